//! Microsoft's own library against the local Entra emulator: a vendor page that signs in with
//! msal-browser from npm (the version `forward/package.json` pins) and wires in the real
//! integration snippets of `forward/snippets/`. A consent error must reach this site's
//! `/diagnose` with the right verdict, by redirect and by popup, and nothing secret may travel.
//!
//! The page is served by the site's own test server under `/_test/…`, on the same origin as
//! the profile's redirect URI: that is the one origin the emulator lets redeem codes, and it
//! accepts redirect URIs under `/_test/` there (`emulator::redirect_uri_registered`). The
//! files are written into `E2E_DIST` for the test and removed afterwards.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::harness::{base_url, dist, with_browser, with_browser_alone, Browser};

/// The scenario's user: the emulator answers AADSTS90094 ("Need admin approval").
const USER: &str = "consent-blocked@contoso.example";

/// The name the snippets give this site; the site puts its own address there.
const PLACEHOLDER: &str = "https://help.example.com";

/// The vendor's page: a classic script per msal-browser bundle (they are UMD builds that set
/// `globalThis.msal` and `globalThis.msalRedirectBridge`), then the page's module. No inline
/// script: the site's Content-Security-Policy allows only its own files.
const PAGE: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A vendor's app (msal-browser)</title>
<script src="msal-browser.js"></script>
<script src="msal-redirect-bridge.js"></script>
<script type="module" src="msal.js"></script>
</head><body>
<button id="redirect" type="button">Sign in (redirect)</button>
<button id="popup" type="button">Get a token (popup)</button>
</body></html>
"#;

/// The page's module. Reports on `<body>`: `data-ready` once a flow may start,
/// `data-outcome` when the popup flow settles, `data-failure` if the page itself breaks.
const SCRIPT: &str = r##"import { PublicClientApplication, CacheLookupPolicy } from "./msal-browser.mjs";
import { completeRedirect } from "./msal-browser-redirect.js";
import { getToken } from "./msal-browser-popup.js";

const USER = "__USER__";
const TENANT = "contoso.example";
const report = (key, value) => {
  document.body.dataset[key] = value;
};

// The part of `state` the app chose (msal sends `<its own state>|<the app's>`), if Microsoft's
// answer is in this page's address.
function appState() {
  for (const part of [location.hash, location.search]) {
    const state = new URLSearchParams(part.slice(1)).get("state");
    if (state) return state.split("|").slice(1).join("|");
  }
  return null;
}

async function main() {
  if (appState() === "popup") {
    // msal-browser 5 does not read the popup's address from the opener: the redirect page
    // hands the answer over with its redirect bridge (a BroadcastChannel) and closes.
    await globalThis.msalRedirectBridge.broadcastResponseToMainFrame();
    return;
  }
  const profile = await (await fetch("/profile.json")).json();
  const emulator = profile.dev.emulator_authority;
  const host = new URL(emulator).host;
  // msal-browser accepts only https authorities (UrlString.validateAsUri throws
  // authority_uri_insecure for http), and the emulator speaks plain http. So the authority
  // names the emulator's host with https, which msal never fetches: `knownAuthorities` lists
  // that host (no instance discovery at login.microsoftonline.com), and `authorityMetadata`
  // is the emulator's own OpenID configuration, fetched here cross-origin, whose endpoints
  // are http. msal takes configured metadata as is (it checks the issuer only of metadata it
  // fetched itself) and sends the browser to its authorization_endpoint.
  const discovery = await fetch(`${emulator}/${TENANT}/v2.0/.well-known/openid-configuration`);
  if (!discovery.ok) throw new Error(`discovery answered ${discovery.status}`);
  const msal = new PublicClientApplication({
    auth: {
      clientId: profile.app.client_id,
      authority: `https://${host}/${TENANT}`,
      knownAuthorities: [host],
      authorityMetadata: await discovery.text(),
      redirectUri: new URL("msal.html", location.href).href,
    },
  });
  await msal.initialize();
  // The redirect snippet, at start-up: on the way back from Microsoft it sends the user on.
  await completeRedirect(msal);

  const request = { scopes: ["User.Read"], loginHint: USER };
  document.querySelector("#redirect").addEventListener("click", () => {
    msal.loginRedirect({ ...request, state: "redirect" }).catch((e) => report("failure", String(e)));
  });
  document.querySelector("#popup").addEventListener("click", () => {
    // The popup snippet tries the cache first and falls back to a popup on
    // InteractionRequiredAuthError. A user known to the app whose tokens are gone gets that
    // error from the cache (without the account msal would throw no_account_error, which the
    // snippet passes on); the cache and refresh-token lookup only, so msal tries no hidden
    // iframe (the site's policy forbids frames).
    const account = {
      homeAccountId: "00000000-0000-4000-8000-000000000001.4c7e9d2a-1b3f-4e5d-8a6c-0f1e2d3c4b5a",
      environment: host,
      tenantId: "4c7e9d2a-1b3f-4e5d-8a6c-0f1e2d3c4b5a",
      username: USER,
      localAccountId: "00000000-0000-4000-8000-000000000001",
    };
    getToken(msal, {
      ...request,
      account,
      state: "popup",
      cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
    }).then(
      () => report("outcome", "token"),
      (e) => report("outcome", `${e.name}: ${e.errorCode}`),
    );
  });
  report("ready", "true");
}

main().catch((e) => report("failure", `${e && e.name}: ${e && e.message}`));
"##;

/// The vendor page's files in `E2E_DIST/_test/<name>/`, removed when dropped (also when the
/// test fails).
struct TestPages {
    dir: PathBuf,
    path: String,
}

impl Drop for TestPages {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        // `_test/` itself goes once no test is using it.
        if let Some(parent) = self.dir.parent() {
            let _ = std::fs::remove_dir(parent);
        }
    }
}

/// msal-browser's package as npm installed it; `cargo xtask test` runs `npm ci` in
/// `forward/` before the end-to-end tests. `MSAL_BROWSER_DIR` may name another copy.
fn msal_package() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates: Vec<PathBuf> = std::env::var_os("MSAL_BROWSER_DIR")
        .map(PathBuf::from)
        .into_iter()
        .chain([
            root.join("forward/node_modules/@azure/msal-browser"),
            root.join("tools/npm/node_modules/@azure/msal-browser"),
        ])
        .collect();
    candidates
        .iter()
        .find(|dir| dir.join("lib/msal-browser.min.js").is_file())
        .cloned()
        .unwrap_or_else(|| {
            panic!(
                "msal-browser is not installed (looked for lib/msal-browser.min.js in {candidates:?}): run `npm ci` in forward/, or `cargo xtask test`, which does"
            )
        })
}

/// Names a snippet imports from `@azure/msal-browser`.
fn msal_imports(code: &str) -> Vec<String> {
    code.lines()
        .filter(|line| line.trim_end().ends_with("from \"@azure/msal-browser\";"))
        .filter_map(|line| line.split_once('{')?.1.split_once('}'))
        .flat_map(|(names, _)| names.split(','))
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty())
        .collect()
}

/// Writes the vendor page into `E2E_DIST/_test/<name>/`: the page, msal-browser's browser
/// bundles from npm, a module that re-exports the bundle's names (what a bundler would do
/// for `import … from "@azure/msal-browser"`), and the two msal-browser snippets with this
/// site's address in place of the placeholder, as `/developers` shows them.
fn install(name: &str) -> TestPages {
    let site = base_url();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(
        dist().join("forward.js").is_file(),
        "{} has no forward.js: rebuild it with `cargo xtask test`",
        dist().display()
    );
    let dir = dist().join("_test").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let pages = TestPages {
        dir: dir.clone(),
        path: format!("/_test/{name}/msal.html"),
    };
    let package = msal_package();
    for (from, to) in [
        ("lib/msal-browser.min.js", "msal-browser.js"),
        (
            "lib/redirect-bridge/msal-redirect-bridge.min.js",
            "msal-redirect-bridge.js",
        ),
    ] {
        std::fs::copy(package.join(from), dir.join(to))
            .unwrap_or_else(|e| panic!("copy {from} from {}: {e}", package.display()));
    }
    let mut exports = vec![
        "PublicClientApplication".to_string(),
        "CacheLookupPolicy".to_string(),
    ];
    for snippet in ["msal-browser-redirect.js", "msal-browser-popup.js"] {
        let path = root.join("forward/snippets").join(snippet);
        let code =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(code.contains(PLACEHOLDER), "{snippet} names no help site");
        exports.extend(msal_imports(&code));
        let code = code
            .replace(PLACEHOLDER, site.trim_end_matches('/'))
            .replace("\"@azure/msal-browser\"", "\"./msal-browser.mjs\"");
        std::fs::write(dir.join(snippet), code).unwrap();
    }
    exports.sort();
    exports.dedup();
    std::fs::write(
        dir.join("msal-browser.mjs"),
        format!(
            "// @azure/msal-browser's names from its UMD bundle.\nexport const {{ {} }} = globalThis.msal;\n",
            exports.join(", ")
        ),
    )
    .unwrap();
    std::fs::write(dir.join("msal.html"), PAGE).unwrap();
    std::fs::write(dir.join("msal.js"), SCRIPT.replace("__USER__", USER)).unwrap();
    pages
}

/// Opens the vendor page and waits until its module has set msal up.
async fn open(b: &Browser, pages: &TestPages) {
    b.goto(&pages.path).await;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let state = b
            .exec("return [document.body.dataset.ready || '', document.body.dataset.failure || '']")
            .await;
        if state[0] == "true" {
            return;
        }
        let failure = state[1].as_str().unwrap_or_default();
        assert!(failure.is_empty(), "the vendor page failed: {failure}");
        assert!(
            Instant::now() < deadline,
            "the vendor page did not get ready: {}",
            b.console_unchecked().await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The diagnosis a snippet opened: its verdict and code, and an address that carries no
/// code and no state.
async fn assert_consent_diagnosis(b: &Browser) {
    let (verdict, code, _) = b.verdict().await;
    assert_eq!(
        (verdict.as_str(), code.as_str()),
        ("admin-consent-required", "90094")
    );
    let url = b.url().await;
    assert!(url.starts_with(&format!("{}/diagnose", b.base)), "{url}");
    for secret in ["code=", "state=", "session_state", "EMU-CODE-"] {
        assert!(!url.contains(secret), "{secret} in {url}");
    }
    // msal's correlation ID (sent as client-request-id, echoed by Entra) is the one in
    // Microsoft's description, so support can find the sign-in by either.
    let fragment = url.split_once('#').map_or("", |(_, f)| f);
    let field = |name: &str| {
        url::form_urlencoded::parse(fragment.as_bytes())
            .find_map(|(k, v)| (k == name).then(|| v.into_owned()))
            .unwrap_or_else(|| panic!("no {name} in {url}"))
    };
    let correlation = field("correlation_id");
    assert!(
        field("error_description").contains(&format!("Correlation ID: {correlation}")),
        "{url}"
    );
}

#[tokio::test]
async fn msal_browser_redirect_consent_error_opens_the_diagnosis() {
    let pages = install("msal-redirect");
    with_browser_alone(|b: Browser| async move {
        open(&b, &pages).await;
        let token_requests = b.token_requests();
        b.click("#redirect").await;
        // msal → the emulator's authorize → back with AADSTS90094 → handleRedirectPromise
        // rejects → the snippet sends this tab to /diagnose.
        assert_consent_diagnosis(&b).await;
        assert_eq!(
            b.token_requests(),
            token_requests,
            "an error redirect redeems nothing"
        );
    })
    .await;
}

#[tokio::test]
async fn msal_browser_popup_consent_error_opens_the_diagnosis() {
    let pages = install("msal-popup");
    with_browser(|b: Browser| async move {
        open(&b, &pages).await;
        let app = b.client.window().await.expect("the app's window");
        // A real click, so no popup blocker stands in the way of msal's window.
        b.click("#popup").await;
        // The popup snippet opens the diagnosis in a new tab, or in this one if the browser
        // blocked the tab.
        let deadline = Instant::now() + Duration::from_secs(30);
        let help = 'found: loop {
            for handle in b.client.windows().await.expect("windows") {
                if b.client.switch_to_window(handle.clone()).await.is_err() {
                    continue; // msal's popup, closing
                }
                if let Ok(url) = b.client.current_url().await {
                    if url.path() == "/diagnose" {
                        break 'found handle;
                    }
                }
            }
            assert!(
                Instant::now() < deadline,
                "no window reached /diagnose: {}",
                b.console_unchecked().await
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        };
        assert_consent_diagnosis(&b).await;
        if help != app {
            // The app kept its page, and the error came back to its code too.
            b.client
                .switch_to_window(app)
                .await
                .expect("back to the app");
            let outcome = b.exec("return document.body.dataset.outcome || ''").await;
            assert_eq!(outcome, "ServerError: access_denied");
            b.client.switch_to_window(help).await.unwrap();
        }
    })
    .await;
}
