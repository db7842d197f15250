// Office add-in, dialog API sign-in. The help site's /diagnose cannot be shown inside the
// dialog or the task pane (its Content-Security-Policy forbids framing), so it opens in the
// user's browser. helpUrl() carries only Entra's error fields, in the fragment: the message
// between the two pages never holds a code, a token or state.
import { helpUrl, shouldForward } from "https://help.example.com/forward.js";

// 1. In the dialog, on the page Microsoft redirects back to. (Signing in with MSAL inside the
//    dialog? Pass the error from handleRedirectPromise() to helpUrl() instead of location.href.)
export function reportFailedRedirect() {
  if (!shouldForward(location.href)) return false;
  Office.context.ui.messageParent(JSON.stringify({ helpUrl: helpUrl(location.href) }));
  return true;
}

// 2. In the task pane, which opened the dialog.
export function openSignInDialog(startUrl) {
  Office.context.ui.displayDialogAsync(startUrl, { height: 60, width: 30 }, (result) => {
    const dialog = result.value;
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
      const { helpUrl: url } = JSON.parse(arg.message);
      // Open nothing but our help page, whatever the message says.
      if (typeof url !== "string" || !url.startsWith("https://help.example.com/diagnose")) return;
      dialog.close();
      Office.context.ui.openBrowserWindow(url);
    });
  });
}

// Nested app authentication (NAA): createNestablePublicClientApplication() from msal-browser
// rejects with ordinary MSAL errors, so forward them as in msal-browser-popup.js, with
// Office.context.ui.openBrowserWindow(helpUrl(error)) in place of window.open.
