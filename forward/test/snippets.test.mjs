// Runs every JavaScript snippet that can run in Node, as a vendor would paste it: the help
// site's placeholder address becomes the test site (whose /forward.js the module hooks serve
// from ../forward.js), browser and host globals are stubs that record what the snippet opened,
// and the errors are the real classes from @azure/msal-browser and @azure/msal-node.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as browserMsal from "@azure/msal-browser";
import * as nodeMsal from "@azure/msal-node";
import { TEST_BASE, assertForwarded } from "../test-support/site.mjs";

const PLACEHOLDER = "https://help.example.com";
const SNIPPETS = new URL("../snippets/", import.meta.url);
const work = await mkdtemp(join(tmpdir(), "consent-doctor-snippets-"));
await copyFile(new URL("../forward.js", import.meta.url), join(work, "forward.js")); // the extension ships a copy
after(() => rm(work, { recursive: true, force: true }));

async function loadSnippet(file) {
  const source = await readFile(new URL(file, SNIPPETS), "utf8");
  assert.ok(source.includes(PLACEHOLDER), `${file} names the help site`);
  const path = join(work, file.replace(/\.js$/, ".mjs"));
  await writeFile(path, source.replaceAll(PLACEHOLDER, TEST_BASE));
  // A fresh module each time, so globals it reads at load time are this test's stubs.
  return import(`${pathToFileURL(path).href}?load=${++loads}`);
}
let loads = 0;

const TRACE = "0bd8e0a4-3f5e-4d2a-9c2e-7d3f5a6b7c8d";
const CORR = "11111111-2222-3333-4444-555555555555";
const ACCOUNT = { homeAccountId: "uid.utid", username: "user@contoso.example" };
const CONSENT_MESSAGE =
  "AADSTS65001: The user or administrator has not consented to use the application with ID " +
  "'4f2a9c1e-0000-4000-8000-000000000001' named 'Contoso Sidebar'. Send an interactive authorization " +
  `request for this user and resource.\r\nTrace ID: ${TRACE}\r\nCorrelation ID: ${CORR}\r\nTimestamp: 2024-05-01 10:00:00Z`;

// What msal-common throws for Entra's consent_required answer (ResponseHandler / Authorize).
function consentRequired(msal) {
  return new msal.InteractionRequiredAuthError(
    "invalid_grant", CORR, CONSENT_MESSAGE, "consent_required", "2024-05-01 10:00:00Z", TRACE, "", "65001",
  );
}

/** Asserts the address is the test site's diagnosis of the AADSTS65001 consent error. */
function assertConsentForwarded(url) {
  const p = assertForwarded(url);
  assert.ok(p.get("error_codes") === "65001" || /AADSTS65001/.test(p.get("error_description") ?? p.get("text") ?? ""), url);
  return p;
}

/** Browser globals that record navigations. */
function stubBrowser({ popupBlocked = false } = {}) {
  const seen = { assigned: [], opened: [] };
  globalThis.window = {
    location: { assign: (url) => seen.assigned.push(url) },
    open: (url, target, features) => {
      seen.opened.push({ url, target, features });
      return popupBlocked ? null : { opener: "the app" };
    },
  };
  return seen;
}

after(() => {
  for (const name of ["window", "location", "Office", "microsoftTeams", "chrome", "browser"]) delete globalThis[name];
});

// ---------------------------------------------------------------------------------------------

test("msal-browser-redirect: a rejected handleRedirectPromise() navigates this tab to /diagnose", async () => {
  const { completeRedirect } = await loadSnippet("msal-browser-redirect.js");
  const seen = stubBrowser();
  const msal = { handleRedirectPromise: () => Promise.reject(consentRequired(browserMsal)) };
  assert.equal(await completeRedirect(msal), null);
  assert.equal(seen.assigned.length, 1);
  const p = assertConsentForwarded(seen.assigned[0]);
  assert.equal(p.get("suberror"), "consent_required");

  // A cancel on Microsoft's consent screen, as msal-browser reports it from the redirect.
  const cancelled = new browserMsal.ServerError(
    "access_denied", CORR, "AADSTS65004: User declined to consent to access the app.", "",
  );
  await completeRedirect({ handleRedirectPromise: () => Promise.reject(cancelled) });
  assert.equal(assertForwarded(seen.assigned[1]).get("error"), "access_denied");
});

test("msal-browser-redirect: success, network errors and our own bugs stay in the app", async () => {
  const { completeRedirect } = await loadSnippet("msal-browser-redirect.js");
  const seen = stubBrowser();
  const result = { account: { username: "a@contoso.com" }, accessToken: "not forwarded" };
  assert.equal(await completeRedirect({ handleRedirectPromise: async () => result }), result);
  const offline = new browserMsal.BrowserAuthError("no_network_connectivity", CORR);
  await assert.rejects(completeRedirect({ handleRedirectPromise: () => Promise.reject(offline) }), offline);
  const inProgress = new browserMsal.BrowserAuthError("interaction_in_progress", CORR);
  await assert.rejects(completeRedirect({ handleRedirectPromise: () => Promise.reject(inProgress) }), inProgress);
  assert.deepEqual(seen.assigned, []);
});

test("msal-browser-popup: a failed acquireTokenPopup() opens /diagnose in a new tab", async () => {
  const { getToken } = await loadSnippet("msal-browser-popup.js");
  const seen = stubBrowser();
  const msal = {
    getActiveAccount: () => ACCOUNT,
    acquireTokenSilent: () => Promise.reject(new browserMsal.InteractionRequiredAuthError("interaction_required", CORR, "AADSTS50076: MFA")),
    acquireTokenPopup: () => Promise.reject(consentRequired(browserMsal)),
  };
  await assert.rejects(getToken(msal, { scopes: ["User.Read"] }), browserMsal.InteractionRequiredAuthError);
  assert.equal(seen.opened.length, 1);
  assert.equal(seen.opened[0].target, "_blank");
  assertConsentForwarded(seen.opened[0].url);
  assert.deepEqual(seen.assigned, [], "the tab opened, so this tab stays");
});

test("msal-browser-popup: the first sign-in (no account yet) goes to loginPopup() and its failure is forwarded", async () => {
  const { getToken } = await loadSnippet("msal-browser-popup.js");
  const seen = stubBrowser();
  let silent = 0;
  const msal = {
    getActiveAccount: () => null,
    acquireTokenSilent: () => { silent += 1; return Promise.reject(new browserMsal.BrowserAuthError("no_account_error", CORR)); },
    loginPopup: () => Promise.reject(consentRequired(browserMsal)),
  };
  await assert.rejects(getToken(msal, { scopes: ["User.Read"] }), browserMsal.InteractionRequiredAuthError);
  assert.equal(silent, 0, "nothing to renew without an account");
  assert.equal(seen.opened.length, 1);
  assertConsentForwarded(seen.opened[0].url);
});

test("msal-browser-popup: a blocked popup falls back to this tab; a closed popup is a cancel", async () => {
  const { getToken } = await loadSnippet("msal-browser-popup.js");
  const seen = stubBrowser({ popupBlocked: true });
  const msal = {
    getActiveAccount: () => ACCOUNT,
    acquireTokenSilent: () => Promise.reject(new browserMsal.InteractionRequiredAuthError("login_required", CORR)),
    acquireTokenPopup: () => Promise.reject(new browserMsal.BrowserAuthError("user_cancelled", CORR)),
  };
  await assert.rejects(getToken(msal, { scopes: ["User.Read"] }), browserMsal.BrowserAuthError);
  assert.equal(seen.opened.length, 1);
  assert.equal(seen.assigned.length, 1);
  assert.match(assertForwarded(seen.assigned[0]).get("text"), /^BrowserAuthError: user_cancelled/);
});

test("msal-browser-popup: silent success and non-interaction failures open nothing", async () => {
  const { getToken } = await loadSnippet("msal-browser-popup.js");
  const seen = stubBrowser();
  const token = { accessToken: "x" };
  assert.equal(await getToken({ getActiveAccount: () => ACCOUNT, acquireTokenSilent: async () => token }, {}), token);
  const offline = new browserMsal.BrowserAuthError("no_network_connectivity", CORR);
  await assert.rejects(getToken({ getActiveAccount: () => ACCOUNT, acquireTokenSilent: () => Promise.reject(offline) }, {}), offline);
  const blocked = new browserMsal.BrowserAuthError("popup_window_error", CORR);
  const msal = {
    getActiveAccount: () => ACCOUNT,
    acquireTokenSilent: () => Promise.reject(new browserMsal.InteractionRequiredAuthError("no_tokens_found", CORR)),
    acquireTokenPopup: () => Promise.reject(blocked),
  };
  await assert.rejects(getToken(msal, {}), blocked);
  assert.deepEqual(seen.opened, []);
  assert.deepEqual(seen.assigned, []);
});

// ---------------------------------------------------------------------------------------------

function expressStubs(query) {
  const seen = { redirects: [], next: [] };
  const req = { query, session: { authCodeRequest: { scopes: ["User.Read"], redirectUri: "https://app.example/auth/redirect", codeVerifier: "v" } } };
  const res = { redirect: (status, url) => seen.redirects.push({ status, url }) };
  const next = (err) => seen.next.push(err);
  return { req, res, next, seen };
}

test("node-express: ?error= on the redirect route goes to /diagnose with allowlisted fields only", async () => {
  const { handleRedirect } = await loadSnippet("node-express.js");
  const msal = { acquireTokenByCode: () => assert.fail("no code exchange after an error") };
  const { req, res, next, seen } = expressStubs({
    error: "consent_required",
    error_description: CONSENT_MESSAGE,
    error_subcode: "cancel",
    error_uri: "https://login.microsoftonline.com/error?code=65001",
    state: "SECRETSTATE1",
    session_state: "abc",
    client_info: "eyJ1aWQiOiIxMjMifQ",
    code: "0.AUTHCODE-should-not-be-here",
    access_token: "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.",
    redirect_uri: "https://evil.example/cb",
    returnTo: "https://evil.example",
    trace_id: TRACE,
  });
  await handleRedirect(msal)(req, res, next);
  assert.equal(seen.redirects.length, 1);
  assert.equal(seen.redirects[0].status, 303);
  const p = assertConsentForwarded(seen.redirects[0].url);
  assert.deepEqual([...p.keys()].sort(), ["error", "error_description", "error_subcode", "error_uri", "trace_id"]);
});

test("node-express: a rejected acquireTokenByCode() goes to /diagnose; other errors to next()", async () => {
  const { handleRedirect } = await loadSnippet("node-express.js");
  const rejecting = (error) => ({ acquireTokenByCode: () => Promise.reject(error) });

  let s = expressStubs({ code: "0.AUTHCODE1", state: "SECRETSTATE2", session_state: "x" });
  await handleRedirect(rejecting(consentRequired(nodeMsal)))(s.req, s.res, s.next);
  const p = assertConsentForwarded(s.seen.redirects[0].url);
  assert.equal(p.get("error_codes"), "65001");
  assert.equal(p.get("suberror"), "consent_required");
  assert.equal(p.get("trace_id"), TRACE);

  const serverError = new nodeMsal.ServerError(
    "invalid_client", CORR, `Error(s): 7000215 - Timestamp: 2024-05-01 10:00:00Z - Description: AADSTS7000215: Invalid client secret provided. - Correlation ID: ${CORR} - Trace ID: ${TRACE}`, "", "7000215", 401,
  );
  s = expressStubs({ code: "0.AUTHCODE2", state: "SECRETSTATE3" });
  await handleRedirect(rejecting(serverError))(s.req, s.res, s.next);
  assert.equal(assertForwarded(s.seen.redirects[0].url).get("error_codes"), "7000215");

  const bug = new TypeError("cannot read properties of undefined");
  s = expressStubs({ code: "0.AUTHCODE3", state: "SECRETSTATE4" });
  await handleRedirect(rejecting(bug))(s.req, s.res, s.next);
  assert.deepEqual(s.seen.redirects, []);
  assert.deepEqual(s.seen.next, [bug]);

  s = expressStubs({ code: "0.AUTHCODE4", state: "SECRETSTATE5" });
  await handleRedirect({ acquireTokenByCode: async (request) => ({ account: { id: request.code } }) })(s.req, s.res, s.next);
  assert.deepEqual(s.seen.redirects, [{ status: 303, url: "/" }]);
});

test("node-express: helpUrl stays within 2 KiB, cuts whole characters and drops malformed fields", async () => {
  const { helpUrl } = await loadSnippet("node-express.js");
  const huge = "AADSTS65001: " + "é😀 +&=%".repeat(20_000);
  const p = assertForwarded(helpUrl({ error: "invalid_grant", error_description: huge, error_codes: [65001, 70011] }));
  assert.equal(p.get("error_codes"), "65001,70011");
  assert.ok(!p.get("error_description").includes("\uFFFD"));
  const q = assertForwarded(
    helpUrl({
      error: ["access_denied", "x"], // ?error=a&error=b: not one word, so dropped
      trace_id: "not-a-guid",
      error_uri: "https://evil.example/error?code=1",
      error_description: { toString: () => "object" },
      timestamp: "<script>",
    }),
  );
  assert.deepEqual([...q.keys()], []);
});

// ---------------------------------------------------------------------------------------------

function stubOffice() {
  const seen = { messages: [], dialogs: [], opened: [], closed: 0 };
  let handler;
  globalThis.Office = {
    EventType: { DialogMessageReceived: "dialogMessageReceived" },
    context: {
      ui: {
        messageParent: (message) => seen.messages.push(message),
        openBrowserWindow: (url) => seen.opened.push(url),
        displayDialogAsync: (url, options, callback) => {
          seen.dialogs.push(url);
          const dialog = {
            addEventHandler: (type, fn) => {
              assert.equal(type, "dialogMessageReceived");
              handler = fn;
            },
            close: () => seen.closed++,
          };
          callback({ status: "succeeded", value: dialog });
        },
      },
    },
  };
  return { seen, deliver: (message) => handler({ message, origin: "https://addin.example" }) };
}

test("office-dialog: the dialog passes helpUrl to the task pane, which opens it in the browser", async () => {
  const { reportFailedRedirect, openSignInDialog } = await loadSnippet("office-dialog.js");
  const { seen, deliver } = stubOffice();
  globalThis.location = {
    href: `https://addin.example/auth-end.html?error=invalid_grant&error_description=${encodeURIComponent(CONSENT_MESSAGE)}&error_codes=65001&state=SECRETSTATE6&session_state=y`,
  };
  assert.equal(reportFailedRedirect(), true);
  assert.equal(seen.messages.length, 1);
  assert.doesNotMatch(seen.messages[0], /SECRETSTATE|session_state/);

  openSignInDialog("https://addin.example/auth-start.html");
  deliver(seen.messages[0]);
  assert.equal(seen.closed, 1);
  assert.equal(seen.opened.length, 1);
  assertConsentForwarded(seen.opened[0]);
});

test("office-dialog: success sends nothing; a message naming another site opens nothing", async () => {
  const { reportFailedRedirect, openSignInDialog } = await loadSnippet("office-dialog.js");
  const { seen, deliver } = stubOffice();
  globalThis.location = { href: "https://addin.example/auth-end.html?code=0.AUTHCODE5&state=SECRETSTATE7" };
  assert.equal(reportFailedRedirect(), false);
  assert.deepEqual(seen.messages, []);
  openSignInDialog("https://addin.example/auth-start.html");
  deliver(JSON.stringify({ helpUrl: "https://evil.example/diagnose#error=x" }));
  deliver(JSON.stringify({ helpUrl: `${TEST_BASE}.evil.example/diagnose` }));
  deliver(JSON.stringify({ status: "ok" }));
  assert.deepEqual(seen.opened, []);
});

test("office-dialog: nested app authentication errors are MSAL errors, for the same helpUrl", async () => {
  const { helpUrl } = await import(`${TEST_BASE}/forward.js`);
  assertConsentForwarded(helpUrl(consentRequired(browserMsal)));
  const source = await readFile(new URL("office-dialog.js", SNIPPETS), "utf8");
  assert.match(source, /createNestablePublicClientApplication/);
});

// ---------------------------------------------------------------------------------------------

function stubTeams({ token = [], authenticate = () => Promise.resolve("done") }) {
  const seen = { links: [], authenticated: [] };
  const answers = [...token];
  globalThis.microsoftTeams = {
    authentication: {
      getAuthToken: () => {
        const a = answers.shift();
        return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
      },
      authenticate: (params) => {
        seen.authenticated.push(params.url);
        return authenticate();
      },
    },
    app: { openLink: async (url) => seen.links.push(url) },
  };
  return seen;
}

test("teams-tab: consent needed, then the consent window is closed: /diagnose opens as a cancel", async () => {
  const { getTeamsToken } = await loadSnippet("teams-tab.js");
  const seen = stubTeams({
    token: [new Error("resourceRequiresConsent")],
    authenticate: () => Promise.reject(new Error("CancelledByUser")),
  });
  await assert.rejects(getTeamsToken("https://tab.example/consent-start.html"), /CancelledByUser/);
  assert.deepEqual(seen.authenticated, ["https://tab.example/consent-start.html"]);
  assert.equal(seen.links.length, 1);
  assert.match(assertForwarded(seen.links[0]).get("text"), /user_cancelled/);
});

test("teams-tab: the consent window reports Entra's redirect: only its error fields travel", async () => {
  const { getTeamsToken } = await loadSnippet("teams-tab.js");
  const reason = `https://tab.example/consent-end.html?error=access_denied&error_subcode=cancel&error_description=${encodeURIComponent("AADSTS65004: User declined to consent.")}&state=SECRETSTATE8`;
  const seen = stubTeams({ token: [new Error("resourceRequiresConsent")], authenticate: () => Promise.reject(new Error(reason)) });
  await assert.rejects(getTeamsToken("https://tab.example/consent-start.html"));
  const p = assertForwarded(seen.links[0]);
  assert.equal(p.get("error"), "access_denied");
  assert.equal(p.get("error_subcode"), "cancel");
});

test("teams-tab: consent granted gives the token; an AADSTS failure is forwarded; others are not", async () => {
  const { getTeamsToken } = await loadSnippet("teams-tab.js");
  let seen = stubTeams({ token: [new Error("resourceRequiresConsent"), "the-token"] });
  assert.equal(await getTeamsToken("https://tab.example/consent-start.html"), "the-token");
  assert.deepEqual(seen.links, []);

  seen = stubTeams({ token: [new Error(CONSENT_MESSAGE)] });
  await assert.rejects(getTeamsToken("https://tab.example/consent-start.html"));
  assertConsentForwarded(seen.links[0]);

  seen = stubTeams({ token: [new Error("FailedToOpenWindow")] });
  await assert.rejects(getTeamsToken("https://tab.example/consent-start.html"), /FailedToOpenWindow/);
  assert.deepEqual(seen.links, []);
});

// ---------------------------------------------------------------------------------------------

function stubExtension(global, answer) {
  delete globalThis.chrome;
  delete globalThis.browser;
  const seen = { tabs: [], flows: [] };
  globalThis[global] = {
    identity: {
      launchWebAuthFlow: (details) => {
        seen.flows.push(details);
        return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
      },
    },
    tabs: { create: async (props) => seen.tabs.push(props.url) },
  };
  return seen;
}

test("browser-extension: an error in the returned redirect URL opens /diagnose in a tab (Chrome, Firefox)", async () => {
  const redirect =
    `https://abcdefghijklmnop.chromiumapp.org/?error=invalid_grant&error_codes=65001&error_description=${encodeURIComponent(CONSENT_MESSAGE)}` +
    "&state=SECRETSTATE9&session_state=z";
  let seen = stubExtension("chrome", redirect);
  let { signIn } = await loadSnippet("browser-extension.js");
  assert.equal(await signIn("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x"), null);
  assert.deepEqual(seen.flows[0], { url: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x", interactive: true });
  assertConsentForwarded(seen.tabs[0]);

  // Firefox's browser.identity, with the answer in the fragment.
  seen = stubExtension("browser", "https://0123abcd.extensions.allizom.org/#error=access_denied&error_subcode=cancel&state=SECRETSTATE10");
  ({ signIn } = await loadSnippet("browser-extension.js"));
  await signIn("https://login.microsoftonline.com/common/oauth2/v2.0/authorize");
  assert.equal(assertForwarded(seen.tabs[0]).get("error_subcode"), "cancel");
});

test("browser-extension: success returns the URL to the extension; a closed window opens nothing", async () => {
  const success = "https://abcdefghijklmnop.chromiumapp.org/?code=0.AUTHCODE6&state=SECRETSTATE11";
  let seen = stubExtension("chrome", success);
  let { signIn } = await loadSnippet("browser-extension.js");
  assert.equal(await signIn("https://login.microsoftonline.com/x"), success);
  assert.deepEqual(seen.tabs, []);
  seen = stubExtension("chrome", new Error("The user did not approve access."));
  ({ signIn } = await loadSnippet("browser-extension.js"));
  assert.equal(await signIn("https://login.microsoftonline.com/x"), null);
  assert.deepEqual(seen.tabs, []);
});
