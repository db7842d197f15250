// Browser extension (Manifest V3), Chrome's chrome.identity or Firefox's browser.identity.
// Microsoft's error comes back in the redirect URL that launchWebAuthFlow() returns; open the
// help site's /diagnose for it in a new tab. helpUrl() carries only Entra's error fields, in
// the fragment: the code, state and tokens stay in the extension.
// Extensions may not load remote code, so ship a copy of https://help.example.com/forward.js
// in the package and name the help site explicitly (the copy's own origin is the extension).
import { helpUrl, shouldForward } from "./forward.js";

const HELP_SITE = "https://help.example.com";
const ext = globalThis.browser ?? globalThis.chrome;

export async function signIn(authorizeUrl) {
  let redirectUrl;
  try {
    redirectUrl = await ext.identity.launchWebAuthFlow({ url: authorizeUrl, interactive: true });
  } catch {
    // The user closed the window (chrome.runtime.lastError: "The user did not approve
    // access."): it carries no Entra parameters, so there is nothing to diagnose.
    return null;
  }
  if (shouldForward(redirectUrl)) {
    await ext.tabs.create({ url: helpUrl(redirectUrl, HELP_SITE) });
    return null;
  }
  return redirectUrl; // success: hand it to your code exchange
}
