// MSAL.js (msal-browser), popup flow.
// loginPopup() and acquireTokenPopup() reject when the user cannot get in (missing consent,
// InteractionRequiredAuthError, a closed window). Open the help site's /diagnose in a new tab
// so the app keeps its state; helpUrl() forwards only Entra's error fields, in the fragment.
import { InteractionRequiredAuthError } from "@azure/msal-browser";
import { helpUrl, shouldForward } from "https://help.example.com/forward.js";

export async function getToken(msalInstance, request) {
  const account = request.account ?? msalInstance.getActiveAccount();
  // No account yet (the first sign-in): nothing to renew silently, go straight to the popup.
  if (account) {
    try {
      return await msalInstance.acquireTokenSilent({ ...request, account });
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw error;
    }
  }
  try {
    return await (account
      ? msalInstance.acquireTokenPopup({ ...request, account })
      : msalInstance.loginPopup(request));
  } catch (error) {
    if (shouldForward(error)) openHelp(helpUrl(error));
    throw error;
  }
}

function openHelp(url) {
  // Not window.open(url, "_blank", "noopener"): with "noopener" it always returns null, so a
  // blocked popup could not be told apart. Dropping the opener afterwards does the same job.
  const tab = window.open(url, "_blank");
  if (tab) tab.opener = null;
  else window.location.assign(url); // blocked (no user click left after an await): this tab
}
