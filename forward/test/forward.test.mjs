// forward.js: every input shape, the allowlist, secrets in free text, the 2 KiB bound and
// hostile input. Errors are built with msal-browser's own classes.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  AuthError,
  BrowserAuthError,
  InteractionRequiredAuthError,
  ServerError,
} from "@azure/msal-browser";
import { TEST_BASE, FORWARD_FILE, FORWARDED_KEYS, assertForwarded } from "../test-support/site.mjs";

// Loaded the way a vendor's app loads it: from the help site's own address.
const { helpUrl, shouldForward, FORWARDED_KEYS: MODULE_KEYS } = await import(`${TEST_BASE}/forward.js`);

const B = "https://help.contoso.example";
const TRACE = "0bd8e0a4-3f5e-4d2a-9c2e-7d3f5a6b7c8d";
const CORR = "11111111-2222-3333-4444-555555555555";
const JWT =
  "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
const CONSENT_MESSAGE =
  `AADSTS65001: The user or administrator has not consented to use the application with ID ` +
  `'4f2a9c1e-0000-4000-8000-000000000001' named 'Contoso Sidebar'. Send an interactive ` +
  `authorization request for this user and resource.\r\nTrace ID: ${TRACE}\r\n` +
  `Correlation ID: ${CORR}\r\nTimestamp: 2024-05-01 10:00:00Z`;

function consentError() {
  return new InteractionRequiredAuthError(
    "invalid_grant",
    CORR,
    CONSENT_MESSAGE,
    "consent_required",
    "2024-05-01 10:00:00Z",
    TRACE,
    "",
    "65001",
  );
}

const params = (url) => assertForwarded(url, B);

test("the module's keys are the documented allowlist", () => {
  assert.deepEqual([...MODULE_KEYS], FORWARDED_KEYS);
});

test("a full redirect URL: query", () => {
  const p = params(
    helpUrl(
      "https://app.example/callback?error=access_denied&error_description=AADSTS65004%3A+User+declined+to+consent&error_subcode=cancel&state=SECRETSTATE1",
      B,
    ),
  );
  assert.equal(p.get("error"), "access_denied");
  assert.equal(p.get("error_description"), "AADSTS65004: User declined to consent");
  assert.equal(p.get("error_subcode"), "cancel");
});

test("a full redirect URL: fragment (response_mode=fragment), and a hash router", () => {
  const p = params(helpUrl(`https://app.example/#error=interaction_required&trace_id=${TRACE}&correlation_id=${CORR}`, B));
  assert.equal(p.get("error"), "interaction_required");
  assert.equal(p.get("trace_id"), TRACE);
  assert.equal(p.get("correlation_id"), CORR);
  const r = params(helpUrl("https://app.example/#/auth?error=login_required&state=SECRETSTATE2", B));
  assert.equal(r.get("error"), "login_required");
});

test("bare query and fragment strings", () => {
  for (const s of ["?error=consent_required", "#error=consent_required", "error=consent_required", "  ?error=consent_required  "]) {
    assert.equal(params(helpUrl(s, B)).get("error"), "consent_required", s);
  }
  const both = params(helpUrl("?error=access_denied&state=SECRETSTATE3#error_subcode=cancel", B));
  assert.equal(both.get("error_subcode"), "cancel");
});

test("URL, URLSearchParams and a Location-like object", () => {
  const url = new URL("https://app.example/cb?error=access_denied&code=0.AUTHCODEx#error_subcode=cancel");
  assert.equal(params(helpUrl(url, B)).get("error_subcode"), "cancel");
  const sp = new URLSearchParams({ error: "invalid_client", error_codes: "7000215", code: "0.AUTHCODEy" });
  const p = params(helpUrl(sp, B));
  assert.equal(p.get("error"), "invalid_client");
  assert.equal(p.get("error_codes"), "7000215");
  const location = { href: "https://app.example/cb?admin_consent=True&tenant=contoso.onmicrosoft.com", hash: "" };
  const l = params(helpUrl(location, B));
  assert.equal(l.get("admin_consent"), "True");
  assert.equal(l.get("tenant"), "contoso.onmicrosoft.com");
});

test("an MSAL InteractionRequiredAuthError (consent_required)", () => {
  const p = params(helpUrl(consentError(), B));
  assert.equal(p.get("error"), "invalid_grant");
  assert.equal(p.get("error_description"), CONSENT_MESSAGE);
  assert.equal(p.get("suberror"), "consent_required");
  assert.equal(p.get("error_codes"), "65001");
  assert.equal(p.get("trace_id"), TRACE);
  assert.equal(p.get("correlation_id"), CORR);
  assert.equal(p.get("timestamp"), "2024-05-01 10:00:00Z");
  assert.ok(p.get("text").startsWith("InteractionRequiredAuthError: invalid_grant: AADSTS65001"), p.get("text"));
});

test("an MSAL BrowserAuthError: the library's name and code go in text, not error", () => {
  const e = new BrowserAuthError("user_cancelled", CORR);
  const p = params(helpUrl(e, B));
  assert.equal(p.get("error"), null, "user_cancelled is not an OAuth error value");
  assert.match(p.get("text"), /^BrowserAuthError: user_cancelled: /);
  assert.equal(p.get("correlation_id"), CORR);
  // The documented example: a plain object shaped like MSAL's.
  const plain = { name: "BrowserAuthError", errorCode: "user_cancelled", errorMessage: "User cancelled the flow." };
  assert.equal(params(helpUrl(plain, B)).get("text"), "BrowserAuthError: user_cancelled: User cancelled the flow.");
});

test("an MSAL ServerError with errorNo, and errorCodes arrays", () => {
  const e = new ServerError("invalid_client", CORR, "AADSTS7000215: Invalid client secret provided.", "", "7000215");
  const p = params(helpUrl(e, B));
  assert.equal(p.get("error"), "invalid_client");
  assert.equal(p.get("error_codes"), "7000215");
  const withCodes = { errorCode: "invalid_grant", errorMessage: "x", errorCodes: [50076, "50079", "x1y", null] };
  assert.equal(params(helpUrl(withCodes, B)).get("error_codes"), "50076,50079,1");
});

test("an AuthError, a plain Error and a nested { error }", () => {
  const a = params(helpUrl(new AuthError("unexpected_error", CORR, "AADSTS50020: User account from identity provider does not exist"), B));
  assert.match(a.get("text"), /^AuthError: unexpected_error: AADSTS50020/);
  const plain = params(helpUrl(new Error("AADSTS90094: The grant requires admin permission."), B));
  assert.equal(plain.get("text"), "Error: AADSTS90094: The grant requires admin permission.");
  const nested = params(helpUrl({ eventType: "msal:loginFailure", error: consentError(), payload: { accessToken: JWT } }, B));
  assert.equal(nested.get("error_codes"), "65001");
});

test("an object with the OAuth fields (a token-endpoint body, an msal Python dict)", () => {
  const body = {
    error: "invalid_grant",
    error_description: CONSENT_MESSAGE,
    error_codes: [65001],
    timestamp: "2024-05-01 10:00:00Z",
    trace_id: TRACE,
    correlation_id: CORR,
    suberror: "consent_required",
    classification: "consent_required",
    access_token: JWT,
    refresh_token: "0.AUTHCODE-refresh",
    id_token_claims: { oid: "x" },
    code: "0.AUTHCODEz",
    state: "SECRETSTATE4",
  };
  const p = params(helpUrl(body, B));
  assert.deepEqual([...p.keys()], ["error", "error_description", "error_codes", "suberror", "trace_id", "correlation_id", "timestamp"]);
});

test("pasted text goes in text", () => {
  const p = params(helpUrl("AADSTS50105: Your administrator has configured the application to block users", B));
  assert.match(p.get("text"), /^AADSTS50105/);
});

test("the allowlist: nothing else survives a redirect URL, in the fragment or anywhere", () => {
  const hostile =
    "https://app.example/callback?code=0.AUTHCODE1234567890abcdef&state=SECRETSTATE5&session_state=abc-123&client_info=eyJ1aWQiOiIxIn0" +
    "&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&post_logout_redirect_uri=https%3A%2F%2Fevil.example&nonce=n1&returnTo=https%3A%2F%2Fevil.example" +
    `&error=access_denied&scope=openid&client_id=abc&audience=admin#access_token=${JWT}&id_token=${JWT}&refresh_token=0.AUTHCODE-r` +
    "&token_type=Bearer&expires_in=3599&error_subcode=cancel&authority=https%3A%2F%2Fevil.example";
  const url = helpUrl(hostile, B);
  const p = params(url);
  assert.deepEqual([...p.keys()], ["error", "error_subcode"]);
  for (const bad of ["AUTHCODE", "state", "token", "redirect", "nonce", "session", "client", "evil", "eyJ", "returnTo", "authority", "scope"]) {
    assert.ok(!url.includes(bad), `${bad} leaked: ${url}`);
  }
});

test("javascript:, data: and other garbage give the bare page", () => {
  for (const input of [
    "javascript:alert(1)//?error=access_denied",
    " JavaScript:alert(document.cookie)#error=x",
    "data:text/html,<script>alert(1)</script>?error=x",
    "vbscript:msgbox(1)",
    null,
    undefined,
    0,
    42,
    NaN,
    -1n,
    Symbol("x"),
    true,
    () => {},
    [],
    {},
    "",
    "   ",
    "https://app.example/callback?code=0.AUTHCODE99999999999999&state=SECRETSTATE6",
  ]) {
    assert.equal(helpUrl(input, B), `${B}/diagnose`, String(typeof input === "symbol" ? "symbol" : input));
  }
});

test("100 KB of text: the URL stays within 2048 characters and every escape decodes", () => {
  const huge = Array.from("AADSTS65001: ".concat("é€😀 a+b&c=d%zz ".repeat(8000))).slice(0, 100_000).join("");
  for (const input of [
    huge,
    { errorCode: "invalid_grant", errorMessage: huge, name: "ServerError" },
    `https://app.example/cb?error=invalid_grant&error_description=${encodeURIComponent(huge)}`,
    new Error(huge),
    "x".repeat(100_000),
    "?".concat("error=a&".repeat(20_000)),
  ]) {
    const url = helpUrl(input, B);
    assert.ok(url.length <= 2048, `${url.length}`);
    const p = params(url);
    for (const [, value] of p) assert.ok(!value.includes("\uFFFD"), "a character was cut in half");
  }
});

test("adversarial text stays fast (no regular expression backtracks for long)", () => {
  for (const text of [
    "tokentoken_".repeat(20_000),
    "a".repeat(200_000),
    "code=".repeat(40_000),
    '"access_token": "'.repeat(10_000),
    "eyJ.".repeat(50_000),
    "Bearer ".repeat(30_000),
    "_".repeat(100_000),
  ]) {
    const started = performance.now();
    helpUrl(text, B);
    helpUrl({ name: "ServerError", errorCode: "invalid_grant", errorMessage: text }, B);
    shouldForward(text);
    const ms = performance.now() - started;
    assert.ok(ms < 1000, `${text.slice(0, 12)}…: ${ms.toFixed(0)} ms`);
  }
});

test("text is shortened before error_description", () => {
  const message = "AADSTS65001: " + "The user or administrator has not consented. ".repeat(30);
  const p = params(helpUrl({ name: "ServerError", errorCode: "invalid_grant", errorMessage: message }, B));
  assert.equal(p.get("error_description"), message.trim());
  assert.ok(p.get("text").startsWith("ServerError: invalid_grant: AADSTS65001"));
  assert.ok(p.get("text").endsWith("…"));
  const longer = "AADSTS65001: " + "x".repeat(5000);
  const q = params(helpUrl({ name: "ServerError", errorCode: "invalid_grant", errorMessage: longer }, B));
  assert.equal(q.get("text"), null);
  assert.ok(q.get("error_description").endsWith("…"));
  assert.equal(q.get("error"), "invalid_grant");
});

test("tokens and codes are removed from free text", () => {
  const message =
    `AADSTS50013: Assertion failed. token ${JWT} was used; redirect was https://app.example/cb?code=0.AUTHCODEabcdefghijklmnop&state=SECRETSTATE7 ` +
    `access_token=${JWT.slice(0, 20)}xyz id_token=abc.def.ghi refresh_token=0.AUTHCODE-r2 {"access_token":"secret1","id_token": "secret2"} ` +
    `Authorization: Bearer abcdefghijklmnopqrstuvwxyz see https://login.microsoftonline.com/error?code=50013`;
  const p = params(helpUrl(new ServerError("invalid_grant", CORR, message), B));
  for (const key of ["error_description", "text"]) {
    const v = p.get(key);
    assert.ok(!v.includes("eyJ"), v);
    assert.ok(!/secret1|secret2|abcdefghijklmnopqrstuvwxyz|abc\.def/.test(v), v);
    assert.match(v, /\[removed\]/);
    assert.match(v, /error\?code=50013/, "an error number after code= is not a secret");
  }
});

test("error_uri: only https on Microsoft's sign-in hosts", () => {
  const uri = (u) => params(helpUrl({ error: "invalid_request", error_uri: u }, B)).get("error_uri");
  for (const host of ["login.microsoftonline.com", "login.microsoftonline.us", "login.partner.microsoftonline.cn", "login.chinacloudapi.cn", "login.live.com"]) {
    assert.equal(uri(`https://${host}/error?code=50011`), `https://${host}/error?code=50011`);
  }
  for (const bad of [
    "http://login.microsoftonline.com/error?code=50011",
    "https://evil.example/error",
    "https://login.microsoftonline.com.evil.example/error",
    "https://login.microsoftonline.com@evil.example/error",
    "https://login.microsoftonline.com:8443/error",
    "javascript:alert(1)",
    `https://login.microsoftonline.com/x?id_token=${JWT}`,
    "https://login.microsoftonline.com/cb?code=0.AUTHCODEabcdefghijklmnopqr",
  ]) {
    assert.equal(uri(bad), null, bad);
  }
});

test("tenant: a GUID or a domain name only", () => {
  const tenant = (t) => params(helpUrl(`?admin_consent=True&tenant=${encodeURIComponent(t)}`, B)).get("tenant");
  assert.equal(tenant(CORR), CORR);
  assert.equal(tenant("contoso.com"), "contoso.com");
  assert.equal(tenant("contoso-eu.onmicrosoft.com"), "contoso-eu.onmicrosoft.com");
  for (const bad of ["contoso.com/evil", "<script>", "evil.example?x=1", "a b", "-contoso.com", "contoso..com", "x".repeat(300)]) {
    assert.equal(tenant(bad), null, bad);
  }
});

test("IDs must be GUIDs and other fields their own shapes", () => {
  const p = params(
    helpUrl(
      `?error=invalid_request&trace_id=not-a-guid&correlation_id=${CORR}x&timestamp=<b>&admin_consent=maybe&error_subcode=${"a".repeat(100)}&suberror=a%20b`,
      B,
    ),
  );
  assert.deepEqual([...p.keys()], ["error"]);
  const bad = params(helpUrl(`?error=${encodeURIComponent('a"b')}`, B));
  assert.equal(bad.get("error"), null);
});

test("the first value of a repeated key counts", () => {
  const p = params(helpUrl("?error=access_denied&error=server_error", B));
  assert.equal(p.get("error"), "access_denied");
});

test("getters that throw, proxies and odd objects never throw", () => {
  const throwing = {
    get errorCode() {
      throw new Error("boom");
    },
    get errorMessage() {
      throw new Error("boom");
    },
    subError: "consent_required",
  };
  assert.equal(params(helpUrl(throwing, B)).get("suberror"), "consent_required");
  const trap = () => {
    throw new Error("trap");
  };
  const proxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
  assert.equal(helpUrl(proxy, B), `${B}/diagnose`);
  assert.equal(shouldForward(proxy), false);
  const evilString = { error: { toString: trap, valueOf: trap }, errorMessage: { toString: trap } };
  assert.equal(helpUrl(evilString, B), `${B}/diagnose`);
  const circular = { name: "Error" };
  circular.error = circular;
  assert.equal(typeof helpUrl(circular, B), "string");
  const brokenParams = new URLSearchParams("error=x");
  Object.defineProperty(brokenParams, Symbol.iterator, { get: trap });
  assert.equal(typeof helpUrl(brokenParams, B), "string");
});

test("random input never throws and stays within the allowlist and 2 KiB", () => {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pieces = ["error=", "&", "#", "?", "%", "%2", "%E9", "eyJ", ".", "code=", "state=", "é", "😀", "\uD800", "AADSTS", "65001", "=", "tenant=", "https://", "javascript:", " ", "+"];
  for (let i = 0; i < 2000; i++) {
    let s = "";
    const n = Math.floor(next() * 40);
    for (let j = 0; j < n; j++) s += pieces[Math.floor(next() * pieces.length)];
    const url = helpUrl(s, B);
    params(url);
    assert.equal(typeof shouldForward(s), "boolean");
  }
});

test("base: an origin, a full address, and the module's own origin by default", () => {
  assert.ok(helpUrl("?error=x", "https://help.contoso.example/").startsWith("https://help.contoso.example/diagnose#"));
  assert.ok(helpUrl("?error=x", "https://help.contoso.example/some/page?q=1#f").startsWith("https://help.contoso.example/diagnose#"));
  // Loaded from the test site, the default is the test site.
  assertForwarded(helpUrl(consentError()), TEST_BASE);
  // An unusable base falls back to the module's origin rather than building a script link.
  for (const bad of ["javascript:alert(1)", "not a url", 42, null]) {
    assert.ok(helpUrl("?error=x", bad).startsWith(`${TEST_BASE}/diagnose`), String(bad));
  }
});

test("base: a module loaded from a file has the origin null", async () => {
  const fromFile = await import(FORWARD_FILE);
  assert.equal(fromFile.helpUrl("?error=access_denied"), "null/diagnose#error=access_denied");
  assert.equal(fromFile.helpUrl("?error=access_denied", B), `${B}/diagnose#error=access_denied`);
});

test("shouldForward: sign-in errors yes; network errors, nothing and success no", () => {
  const yes = [
    consentError(),
    new BrowserAuthError("user_cancelled", CORR),
    new InteractionRequiredAuthError("interaction_required", CORR, "AADSTS50076: MFA required"),
    new InteractionRequiredAuthError("no_tokens_found", CORR),
    new ServerError("invalid_client", CORR, "AADSTS7000215: Invalid client secret."),
    new ServerError("", CORR, "something", "", "50105"),
    new ServerError("access_denied", CORR, "The user has denied access."),
    { name: "BrowserAuthError", errorCode: "user_canceled" },
    { errorCode: "login_required" },
    { errorCode: "x", subError: "consent_required" },
    new Error("AADSTS90094: admin approval required"),
    "https://app.example/cb?error=access_denied&error_subcode=cancel&state=SECRETSTATE8",
    "#error=consent_required",
    new URLSearchParams("error=invalid_request"),
    { error: "invalid_grant", error_codes: [65001] },
    "Sign-in failed: aadsts50011 redirect URI mismatch",
  ];
  for (const input of yes) assert.equal(shouldForward(input), true, String(input?.errorCode ?? input));
  const no = [
    new BrowserAuthError("no_network_connectivity", CORR),
    new BrowserAuthError("post_request_failed", CORR),
    new BrowserAuthError("interaction_in_progress", CORR),
    new BrowserAuthError("popup_window_error", CORR),
    new TypeError("Failed to fetch"),
    new Error("NetworkError when attempting to fetch resource."),
    null,
    undefined,
    42,
    "",
    "https://app.example/cb?code=0.AUTHCODE1234567890abcdef&state=SECRETSTATE9",
    "#code=0.AUTHCODE1234567890abcdef&client_info=x&session_state=y",
    "javascript:alert(1)//?error=access_denied",
    "?admin_consent=True&tenant=contoso.com",
  ];
  for (const input of no) assert.equal(shouldForward(input), false, String(input?.errorCode ?? input));
});
