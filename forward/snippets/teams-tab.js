// Teams tab single sign-on. getAuthToken() and the consent window fail with Teams' own words
// ("resourceRequiresConsent", "CancelledByUser"), which the help page does not know: name them
// in MSAL's terms first. The help site's /diagnose opens in the browser; helpUrl() carries
// only Entra's error fields, in the fragment, never a token or state.
// `microsoftTeams` is the TeamsJS global, or: import * as microsoftTeams from "@microsoft/teams-js".
import { helpUrl, shouldForward } from "https://help.example.com/forward.js";

const IN_MSAL_TERMS = { resourceRequiresConsent: "consent_required", CancelledByUser: "user_cancelled" };

export async function getTeamsToken(consentStartUrl) {
  try {
    return await microsoftTeams.authentication.getAuthToken();
  } catch (error) {
    if (error?.message !== "resourceRequiresConsent") return forward(error);
  }
  try {
    // Consent first, in a Teams window at your page that starts the sign-in. On an error its
    // last page calls notifyFailure(location.href): only Entra's error fields are kept from it.
    await microsoftTeams.authentication.authenticate({ url: consentStartUrl });
    return await microsoftTeams.authentication.getAuthToken();
  } catch (error) {
    return forward(error);
  }
}

async function forward(error) {
  const reason = String(error?.message ?? "");
  const word = IN_MSAL_TERMS[reason];
  const failure = word ? { name: "TeamsAuthError", errorCode: word, errorMessage: reason } : /^https:.*[?#&]error=/.test(reason) ? reason : error;
  if (shouldForward(failure)) await microsoftTeams.app.openLink(helpUrl(failure));
  throw error;
}
