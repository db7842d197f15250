// Consent Doctor forwarding helper, published as /forward.js.
//
// Why: when a sign-in to a vendor's app fails (missing consent, a cancelled prompt, a
// Conditional Access block), the person is usually left on a blank page or a raw error. The
// vendor's app imports this module from its Consent Doctor deployment and sends the person to
// /diagnose, which explains the error in plain words and names who can fix it.
//
// What it guarantees: only Entra's error parameters on a fixed allowlist are copied, and they
// travel in the fragment (after "#"), which browsers never send to a server, so nothing reaches
// server logs or a Referer header. An authorization code, a token, `state`, a redirect or
// return-to address, or anything else outside the allowlist is never copied; free text is
// scrubbed of tokens; the whole URL stays within 2 KiB. Bad input never throws: the worst
// result is the bare /diagnose address.
//
// No dependencies and no build step: a vendor can read all of it before trusting it.

/** The only keys that ever leave, in this order (docs/public-interface.md §3 and §9). */
export const FORWARDED_KEYS = Object.freeze([
  "error",
  "error_description",
  "error_subcode",
  "error_uri",
  "error_codes",
  "suberror",
  "trace_id",
  "correlation_id",
  "timestamp",
  "admin_consent",
  "tenant",
  "text",
]);

/** Longest URL helpUrl returns: share links on the site obey the same 2 KiB bound. */
export const MAX_URL_LENGTH = 2048;

// OAuth 2.0 / OpenID Connect error values an MSAL `errorCode` may carry from the server.
const OAUTH_ERRORS = new Set([
  "invalid_request",
  "invalid_grant",
  "invalid_client",
  "unauthorized_client",
  "invalid_scope",
  "invalid_resource",
  "access_denied",
  "interaction_required",
  "login_required",
  "consent_required",
  "server_error",
  "temporarily_unavailable",
  "unsupported_response_type",
  "unsupported_grant_type",
]);

// Library words that mean "consent, interaction or a cancel": worth a diagnosis even without
// an AADSTS code, because the page recognises them.
const WORTH_FORWARDING = new Set([
  "consent_required",
  "interaction_required",
  "login_required",
  "invalid_grant",
  "access_denied",
  "user_cancelled",
  "user_canceled",
  "interactionrequiredautherror",
]);

// Hosts a genuine `error_uri` points at; anything else could be a phishing link.
const MICROSOFT_LOGIN_HOSTS = new Set([
  "login.microsoftonline.com",
  "login.windows.net",
  "login.microsoftonline.us",
  "login.partner.microsoftonline.cn",
  "login.chinacloudapi.cn",
  "login.live.com",
]);

// Input is cut here before any scanning, so a megabyte of text costs no more than this.
const MAX_INPUT_CHARS = 64 * 1024;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AADSTS = /AADSTS\d{4,}/i;

/**
 * The address of the help site's /diagnose page for a failed sign-in.
 *
 * @param {unknown} input a redirect URL (string, URL or Location), a query or fragment string,
 *   URLSearchParams, an MSAL error, a plain Error, or an object with the OAuth error fields.
 * @param {string} [base] the help site's origin; defaults to the origin this module came from.
 * @returns {string} `${origin}/diagnose#…` with allowlisted keys only, at most 2048 characters.
 */
export function helpUrl(input, base) {
  const page = `${originOf(base)}/diagnose`;
  let params;
  try {
    params = collect(input);
  } catch {
    return page;
  }
  return fit(page, params);
}

/**
 * Whether `input` carries a sign-in error that /diagnose can explain: an OAuth `error`, an
 * AADSTS code, or an MSAL consent, interaction or cancel error. False for network errors,
 * nothing at all, and successful redirects (a `code` without an `error`).
 *
 * @param {unknown} input anything helpUrl accepts.
 * @returns {boolean}
 */
export function shouldForward(input) {
  try {
    const p = collect(input);
    if (p.error) return true;
    for (const key of ["error_codes", "error_description", "text"]) {
      if (p[key] && (key === "error_codes" || AADSTS.test(p[key]))) return true;
    }
    return [p.suberror, ...(p.words || [])].some(
      (w) => typeof w === "string" && WORTH_FORWARDING.has(w.toLowerCase()),
    );
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the input into { key: value } (allowlisted keys only; `words` is internal).

function collect(input) {
  const out = {};
  read(input, out, 0);
  return out;
}

function read(input, out, depth) {
  if (input == null || depth > 2) return;
  if (typeof input === "string") return readString(input, out);
  if (typeof input !== "object" && typeof input !== "function") return;
  if (isSearchParams(input)) return readPairs(input, out);
  const href = get(input, "href");
  if (typeof href === "string" && get(input, "searchParams") !== undefined) {
    return readUrlString(href, out); // URL
  }
  if (typeof href === "string" && typeof get(input, "hash") === "string") {
    return readUrlString(href, out); // window.location
  }
  readObject(input, out, depth);
}

function readString(s, out) {
  s = s.slice(0, MAX_INPUT_CHARS).trim();
  if (!s) return;
  if (/^(javascript|data|vbscript|blob):/i.test(s)) return; // read nothing from these
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s) && readUrlString(s, out)) return;
  if (/^[?#]/.test(s) || /^[A-Za-z_][\w.-]*=/.test(s)) {
    const hash = s.indexOf("#", 1);
    if (hash > 0 && s[0] !== "#") {
      readQuery(s.slice(0, hash), out);
      readQuery(s.slice(hash + 1), out);
    } else {
      readQuery(s, out);
    }
    return;
  }
  // Anything else is pasted text: the page finds codes and IDs in it.
  put(out, "text", s);
}

// Returns false when `s` is not a URL at all (then it is read as text).
function readUrlString(s, out) {
  s = s.slice(0, MAX_INPUT_CHARS).trim();
  if (/^(javascript|data|vbscript|blob):/i.test(s)) return true; // read nothing from these
  let url;
  try {
    url = new URL(s);
  } catch {
    return false;
  }
  readQuery(url.search, out);
  readQuery(url.hash, out);
  return true;
}

function readQuery(s, out) {
  s = s.replace(/^[?#]/, "");
  // Hash routers: "#/callback?error=…" or "#/error=…".
  if (s.startsWith("/")) {
    const q = s.indexOf("?");
    s = q >= 0 ? s.slice(q + 1) : s.replace(/^\/+/, "");
  }
  if (!s.includes("=")) return;
  readPairs(new URLSearchParams(s), out);
}

function readPairs(params, out) {
  let n = 0;
  for (const [key, value] of params) {
    if (++n > 200) break;
    put(out, key, value);
  }
}

function readObject(o, out, depth) {
  // Nested errors: MSAL event payloads ({ error }), msal-react's { error }, { cause }.
  const inner = get(o, "error");
  if (inner && typeof inner === "object") read(inner, out, depth + 1);

  // OAuth fields under their own names (a token-endpoint JSON body, an MSAL Python dict).
  for (const key of FORWARDED_KEYS) {
    const v = key === "error_codes" ? get(o, key) : scalar(get(o, key));
    if (v !== undefined) put(out, key, v);
  }

  // MSAL: errorCode, errorMessage, subError, correlationId, traceId, timestamp, errorNo.
  const name = scalar(get(o, "name"));
  const errorCode = scalar(get(o, "errorCode"));
  const errorMessage = scalar(get(o, "errorMessage"));
  const subError = scalar(get(o, "subError"));
  const message = scalar(get(o, "message"));
  const words = (out.words ||= []);
  if (errorCode !== undefined || errorMessage !== undefined || subError !== undefined) {
    if (errorCode && OAUTH_ERRORS.has(errorCode)) put(out, "error", errorCode);
    if (errorMessage) put(out, "error_description", errorMessage);
    if (subError) put(out, "suberror", subError);
    put(out, "correlation_id", scalar(get(o, "correlationId")));
    put(out, "trace_id", scalar(get(o, "traceId")));
    put(out, "timestamp", scalar(get(o, "timestamp")));
    put(out, "error_codes", get(o, "errorCodes"));
    put(out, "error_codes", scalar(get(o, "errorNo")));
    const parts = [name, errorCode, errorMessage || message].filter((p) => p);
    if (parts.length) put(out, "text", parts.join(": "));
    words.push(name, errorCode, subError);
  } else if (message !== undefined || name !== undefined) {
    // A plain Error (or a library's own error class): its name and message are the text.
    const parts = [name, message].filter((p) => p);
    if (parts.length) put(out, "text", parts.join(": "));
    words.push(name);
  }
}

// ---------------------------------------------------------------------------------------------
// Checking one value; the first value of a key wins, as on the page.

function put(out, key, value) {
  if (value === undefined || value === null || out[key] !== undefined) return;
  if (!FORWARDED_KEYS.includes(key)) return;
  const v = clean(key, value);
  if (v !== undefined && v !== "") out[key] = v;
}

function clean(key, value) {
  if (key === "error_codes") return codes(value);
  if (typeof value !== "string") return undefined;
  const v = value.slice(0, MAX_INPUT_CHARS).trim();
  switch (key) {
    case "error":
      // RFC 6749 §4.1.2.1: printable ASCII except `"` and `\`.
      return /^[\x20\x21\x23-\x5B\x5D-\x7E]{1,100}$/.test(v) && !looksSecret(v) ? v : undefined;
    case "error_subcode":
    case "suberror":
      return /^[\w.-]{1,64}$/.test(v) ? v : undefined;
    case "trace_id":
    case "correlation_id":
      return GUID.test(v) ? v : undefined;
    case "timestamp":
      return /^[0-9][0-9A-Za-z :.,+\-/]{0,39}$/.test(v) ? v : undefined;
    case "admin_consent":
      return /^(true|false)$/i.test(v) ? v : undefined;
    case "tenant":
      return GUID.test(v) || isDomain(v) ? v : undefined;
    case "error_uri":
      return microsoftUri(v);
    case "error_description":
    case "text":
      return redact(v);
    default:
      return undefined;
  }
}

// error_codes: digits only, comma-separated; from an array, a number or "[65001, 70011]".
function codes(value) {
  let list;
  if (Array.isArray(value)) list = value.slice(0, 20);
  else if (typeof value === "number" || typeof value === "string") list = [value];
  else return undefined;
  const found = [];
  for (const item of list) {
    const s = typeof item === "number" && Number.isInteger(item) ? String(item) : item;
    if (typeof s !== "string") continue;
    for (const m of s.slice(0, 1024).matchAll(/\d{1,9}/g)) {
      if (found.length < 20 && !found.includes(m[0])) found.push(m[0]);
    }
  }
  return found.length ? found.join(",") : undefined;
}

function isDomain(v) {
  return (
    v.length <= 253 &&
    /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(
      v,
    )
  );
}

function microsoftUri(v) {
  if (v.length > 512 || looksSecret(v)) return undefined;
  try {
    const u = new URL(v);
    if (u.protocol !== "https:" || u.username || u.password || u.port) return undefined;
    return MICROSOFT_LOGIN_HOSTS.has(u.hostname.toLowerCase()) ? v : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Removing secrets from free text.

// key=value pairs whose value must never travel: codes, tokens, state, return addresses.
const SECRET_PAIR =
  /\b([A-Za-z_]{0,40}token[A-Za-z_]{0,40}|code|state|session_state|client_info|nonce|redirect_uri|post_logout_redirect_uri|client_secret|client_assertion|code_verifier|assertion|password)(=|%3D)([^\s&#"'<>,;]+)/gi;
// The same in JSON: "access_token": "…".
const SECRET_JSON =
  /"([A-Za-z_]{0,40}token[A-Za-z_]{0,40}|code|state|session_state|client_info|client_secret|code_verifier|password)"(\s*:\s*)"(?:[^"\\]|\\.)*"/gi;
// Anything that starts like a JWT or JWE (base64url of `{"`), with or without its dots.
const JWT = /eyJ[A-Za-z0-9_.-]{7,}/g;
const BEARER = /\bBearer\s+[A-Za-z0-9._~+/-]{8,}=*/gi;

function redact(text) {
  return text
    .replace(JWT, "[removed]")
    .replace(BEARER, "Bearer [removed]")
    .replace(SECRET_JSON, (_, k, sep) => `"${k}"${sep}"[removed]"`)
    .replace(SECRET_PAIR, (all, k, eq, v) =>
      // `code=90094` in Microsoft's error-page links is an error number, not a secret.
      k.toLowerCase() === "code" && /^\d{1,9}$/.test(v) ? all : `${k}${eq}[removed]`,
    );
}

function looksSecret(v) {
  return redact(v) !== v;
}

// ---------------------------------------------------------------------------------------------
// Building the URL within the length limit.

function fit(page, params) {
  const values = {};
  for (const key of FORWARDED_KEYS) {
    if (typeof params[key] === "string") values[key] = Array.from(params[key]).slice(0, MAX_URL_LENGTH);
  }
  const build = () => {
    const q = new URLSearchParams();
    for (const key of FORWARDED_KEYS) {
      if (values[key] && values[key].length) q.append(key, values[key].join(""));
    }
    const s = q.toString();
    return s ? `${page}#${s}` : page;
  };
  // Shorten the free text first (it repeats what the fields say), then the description.
  for (const key of ["text", "error_description"]) {
    if (build().length <= MAX_URL_LENGTH) return build();
    if (values[key]) shorten(values, key, build);
  }
  // Still too long (a very long base): drop keys from the least useful end.
  for (const key of [...FORWARDED_KEYS].reverse()) {
    if (build().length <= MAX_URL_LENGTH) break;
    delete values[key];
  }
  return build();
}

// Cut values[key] (an array of code points) to the longest prefix that fits, marked with "…".
function shorten(values, key, build) {
  const full = values[key];
  values[key] = [];
  if (build().length > MAX_URL_LENGTH) return; // nothing of it fits
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    values[key] = [...full.slice(0, mid), "…"];
    if (build().length <= MAX_URL_LENGTH) lo = mid;
    else hi = mid - 1;
  }
  values[key] = lo > 0 ? [...full.slice(0, lo), "…"] : [];
}

// ---------------------------------------------------------------------------------------------
// Small, never-throwing helpers.

function originOf(base) {
  for (const candidate of [base, import.meta.url]) {
    if (typeof candidate !== "string" || !candidate) continue;
    try {
      const u = new URL(candidate);
      if (u.protocol === "https:" || u.protocol === "http:") return u.origin;
      if (candidate !== base) return u.origin; // a file: module gives "null"
    } catch {
      // fall through to the next candidate
    }
  }
  return "";
}

function get(o, key) {
  try {
    return o[key];
  } catch {
    return undefined;
  }
}

function scalar(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

function isSearchParams(o) {
  try {
    if (typeof URLSearchParams !== "undefined" && o instanceof URLSearchParams) return true;
    return (
      Object.prototype.toString.call(o) === "[object URLSearchParams]" &&
      typeof o[Symbol.iterator] === "function"
    );
  } catch {
    return false;
  }
}
