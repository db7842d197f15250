// MSAL.js (msal-browser), redirect flow.
// When Microsoft sends the user back with an error (no consent, a cancelled prompt, a
// Conditional Access block), handleRedirectPromise() rejects and the user would otherwise see
// a blank page. Send them to the help site's /diagnose instead: it explains the error and who
// can fix it. helpUrl() copies only Entra's error fields, into the fragment, so no code, token
// or state leaves your app and nothing reaches a server log.
// (With a bundler, mark this URL as external, or load it with import() as in msal-react.jsx.)
import { helpUrl, shouldForward } from "https://help.example.com/forward.js";

// Call once at start-up with your PublicClientApplication, after initialize().
export async function completeRedirect(msalInstance) {
  try {
    return await msalInstance.handleRedirectPromise();
  } catch (error) {
    // Network failures and bugs in our own code are not the user's to diagnose.
    if (!shouldForward(error)) throw error;
    // This tab: the user was mid-navigation anyway and the app has no state to lose.
    window.location.assign(helpUrl(error));
    return null;
  }
}
