// msal-node with Express: when Microsoft sends the user back with an error, or the code
// exchange fails, redirect the browser to the help site's /diagnose instead of a bare 500.
// Built here from an allowlist, in the fragment (#): browsers never send a fragment to a
// server, and the code, state and tokens are never copied into it.
import { InteractionRequiredAuthError, ServerError } from "@azure/msal-node";

const HELP_SITE = "https://help.example.com";
const GUID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;
const WORD = /^[\w.-]{1,64}$/;
const ERROR_PAGE = /^https:\/\/login\.(microsoftonline\.(com|us)|partner\.microsoftonline\.cn|chinacloudapi\.cn|live\.com)\/error\?code=\d{1,9}$/;
const FORWARDED = { error: WORD, error_subcode: WORD, error_uri: ERROR_PAGE, error_codes: /^\d{1,9}(,\d{1,9}){0,19}$/,
  suberror: WORD, trace_id: GUID, correlation_id: GUID, timestamp: /^\d[\d :.TZ+-]{0,39}$/ };

export function helpUrl(fields) {
  const params = new URLSearchParams();
  for (const [key, valid] of Object.entries(FORWARDED)) {
    const value = [fields[key] ?? ""].flat().join(","); // error_codes may be an array
    if (valid.test(value)) params.set(key, value);
  }
  // Microsoft's message, cut by whole characters until the address fits in 2 KiB.
  const text = typeof fields.error_description === "string" ? [...fields.error_description] : [];
  for (let n = Math.min(text.length, 1500); n > 0; n -= 50) {
    params.set("error_description", text.slice(0, n).join(""));
    if (`${HELP_SITE}/diagnose#${params}`.length <= 2048) break;
    params.delete("error_description");
  }
  return `${HELP_SITE}/diagnose#${params}`;
}

// app.get("/auth/redirect", handleRedirect(msalClient)); for response_mode=form_post, app.post and req.body.
export function handleRedirect(msalClient) {
  return async (req, res, next) => {
    try {
      // Microsoft refused before issuing a code (no consent, a cancel, a blocked account).
      if (req.query.error) return res.redirect(303, helpUrl(req.query));
      const result = await msalClient.acquireTokenByCode({ ...req.session.authCodeRequest, code: req.query.code });
      req.session.account = result.account;
      res.redirect(303, "/");
    } catch (e) {
      // Entra's refusals only; anything else is our own bug, for the usual error handler.
      if (!(e instanceof ServerError || e instanceof InteractionRequiredAuthError)) return next(e);
      res.redirect(303, helpUrl({ error: e.errorCode, error_description: e.errorMessage, suberror: e.subError,
        error_codes: e.errorNo, trace_id: e.traceId, correlation_id: e.correlationId, timestamp: e.timestamp }));
    }
  };
}
