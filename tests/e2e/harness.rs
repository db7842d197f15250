//! Starting the site and a fresh browser session per test, and reading the DOM hooks that
//! `docs/public-interface.md` promises.

use std::future::Future;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

struct Env {
    base: String,
    emulator: String,
    webdriver: String,
    chromium: String,
}

fn env() -> &'static Env {
    static ENV: OnceLock<Env> = OnceLock::new();
    ENV.get_or_init(|| {
        let need = |key: &str| {
            std::env::var(key).unwrap_or_else(|_| {
                panic!("{key} is not set: run the end-to-end tests with `cargo xtask test`")
            })
        };
        let dist = PathBuf::from(need("E2E_DIST"));
        let port: u16 = need("E2E_PORT").parse().expect("E2E_PORT is a port");
        let running = devserver::spawn(&dist, SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
            .expect("serve dist");
        let profile_text =
            std::fs::read_to_string(dist.join("profile.json")).expect("dist/profile.json");
        let profile = consent_core::Profile::from_json(&profile_text).expect("a valid profile");
        let emulator = emulator::Config {
            profile,
            app_origin: running.url(),
            scenario: None,
        };
        let emulator = emulator::spawn(emulator, SocketAddr::from((Ipv4Addr::LOCALHOST, port + 1)))
            .expect("start the emulator");
        Env {
            base: running.url(),
            emulator: emulator.url(),
            webdriver: need("WEBDRIVER_URL"),
            chromium: std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
        }
    })
}

/// Serves another directory (for example a copy of dist with a broken profile).
pub fn serve_other(dir: &std::path::Path) -> String {
    devserver::spawn(dir, SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .expect("serve")
        .url()
}

/// The site's address (starting it and the emulator if no test has yet).
pub fn base_url() -> String {
    env().base.clone()
}

/// A GET request's status and response headers (names in lower case).
pub fn headers_of(url: &str) -> (u16, Vec<(String, String)>) {
    let response = send("GET", url, "");
    let headers = response
        .headers()
        .iter()
        .map(|(name, value)| {
            let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
            (name.as_str().to_string(), value)
        })
        .collect();
    (response.status().as_u16(), headers)
}

/// Sends one request on loopback as the tests need to see it: redirects are not followed and
/// error statuses are answers, not failures.
fn send(method: &str, url: &str, body: &str) -> ureq::http::Response<ureq::Body> {
    static AGENT: OnceLock<ureq::Agent> = OnceLock::new();
    let agent = AGENT.get_or_init(|| {
        ureq::Agent::config_builder()
            .max_redirects(0)
            .http_status_as_error(false)
            .proxy(None)
            .timeout_per_read(Some(Duration::from_secs(30)))
            .build()
            .new_agent()
    });
    let mut request = ureq::http::Request::builder().method(method).uri(url);
    if !body.is_empty() {
        // ChromeDriver's endpoints take JSON.
        request = request.header("Content-Type", "application/json");
    }
    let request = request
        .body(body.to_string())
        .unwrap_or_else(|e| panic!("{method} {url}: {e}"));
    agent
        .run(request)
        .unwrap_or_else(|e| panic!("{method} {url}: {e}"))
}

/// A copy of `dist/` that a test may change.
/// [`copy_of_dist`] without the files whose names `drop` picks (a build missing a piece).
pub fn copy_of_dist_without(name: &str, drop: impl Fn(&str) -> bool) -> PathBuf {
    let copy = copy_of_dist(name);
    for entry in std::fs::read_dir(&copy).unwrap().flatten() {
        if drop(&entry.file_name().to_string_lossy()) {
            std::fs::remove_file(entry.path()).unwrap();
        }
    }
    copy
}

pub fn copy_of_dist(name: &str) -> PathBuf {
    let copy = std::env::temp_dir().join(format!("consent-doctor-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    std::fs::create_dir_all(&copy).unwrap();
    for entry in std::fs::read_dir(dist()).unwrap().flatten() {
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), copy.join(entry.file_name())).unwrap();
        }
    }
    copy
}

pub fn dist() -> PathBuf {
    PathBuf::from(std::env::var("E2E_DIST").expect("E2E_DIST"))
}

/// One browser session on the site.
#[derive(Clone)]
pub struct Browser {
    pub client: Client,
    pub base: String,
    /// The local Entra emulator the demo profile signs in with.
    pub emulator: String,
}

/// The browser engines the end-to-end tests drive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

/// Runs `test` with a fresh Chromium profile and always closes the session, even when an
/// assertion fails, so no browser outlives the run.
pub async fn with_browser<F, Fut>(test: F)
where
    F: FnOnce(Browser) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    with_engine(Engine::Chromium, test).await
}

/// The same in another engine: Firefox ESR through geckodriver, or WebKitGTK through
/// WebKitWebDriver (under Xvfb: this WebKitGTK has no headless mode).
pub async fn with_engine<F, Fut>(engine: Engine, test: F)
where
    F: FnOnce(Browser) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let _shared = ALONE.read().await;
    with_options(engine, None, test).await
}

/// Tests run two at a time (`cargo xtask test`) against one emulator. A test that counts
/// the emulator's token requests runs alone, so another test's sign-in cannot change the
/// count it reads.
static ALONE: tokio::sync::RwLock<()> = tokio::sync::RwLock::const_new(());

/// Chromium, with no other test running meanwhile.
pub async fn with_browser_alone<F, Fut>(test: F)
where
    F: FnOnce(Browser) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let _alone = ALONE.write().await;
    with_options(Engine::Chromium, None, test).await
}

/// Chromium whose languages (`navigator.languages`, `Accept-Language`) are `languages`,
/// e.g. `"ja,en"`, as a reader in Tokyo has them.
pub async fn with_browser_languages<F, Fut>(languages: &str, test: F)
where
    F: FnOnce(Browser) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let _shared = ALONE.read().await;
    with_options(Engine::Chromium, Some(languages), test).await
}

async fn with_options<F, Fut>(engine: Engine, languages: Option<&str>, test: F)
where
    F: FnOnce(Browser) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    static SESSION: AtomicU32 = AtomicU32::new(0);
    let env = env();
    let n = SESSION.fetch_add(1, Ordering::SeqCst);
    let data_dir =
        std::env::temp_dir().join(format!("consent-doctor-e2e-{}-{n}", std::process::id()));
    let need = |key: &str| {
        std::env::var(key)
            .unwrap_or_else(|_| panic!("{key} is not set: run with `cargo xtask test`"))
    };
    let (driver, caps) = match engine {
        Engine::Chromium => (
            env.webdriver.clone(),
            json!({
                "goog:chromeOptions": {
                    "binary": env.chromium,
                    "args": [
                        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--window-size=1280,900",
                        format!("--user-data-dir={}", data_dir.display()),
                        format!("--lang={}", languages.unwrap_or("en-US").split(',').next().unwrap_or("en-US")),
                    ],
                    "prefs": { "intl.accept_languages": languages.unwrap_or("en-US,en") }
                },
                "goog:loggingPrefs": { "browser": "ALL" }
            }),
        ),
        Engine::Firefox => (
            need("GECKODRIVER_URL"),
            json!({
                "browserName": "firefox",
                "moz:firefoxOptions": {
                    "binary": std::env::var("FIREFOX").unwrap_or_else(|_| "/usr/bin/firefox-esr".into()),
                    "args": ["-headless"],
                    "prefs": {
                        "app.update.enabled": false,
                        "browser.shell.checkDefaultBrowser": false,
                        "datareporting.policy.dataSubmissionEnabled": false,
                        "network.captive-portal-service.enabled": false,
                        "network.connectivity-service.enabled": false
                    }
                }
            }),
        ),
        Engine::WebKit => (
            need("WEBKITDRIVER_URL"),
            json!({
                "webkitgtk:browserOptions": {
                    "binary": std::env::var("MINIBROWSER").unwrap_or_else(|_| "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser".into()),
                    "args": ["--automation"]
                }
            }),
        ),
    };
    let Value::Object(caps) = caps else {
        unreachable!()
    };
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&driver)
        .await
        .unwrap_or_else(|e| panic!("{engine:?} WebDriver session: {e}"));
    let browser = Browser {
        client: client.clone(),
        base: env.base.clone(),
        emulator: env.emulator.clone(),
    };
    let checker = browser.clone();
    let mut outcome = tokio::spawn(test(browser)).await;
    if outcome.is_ok() && engine == Engine::Chromium {
        // Whatever the test did, the console must show no CSP violation and no panic.
        outcome = tokio::spawn(async move {
            checker.console().await;
        })
        .await;
    }
    let _ = client.close().await;
    let _ = std::fs::remove_dir_all(&data_dir);
    if let Err(error) = outcome {
        std::panic::resume_unwind(error.into_panic());
    }
}

/// `POST /session/{id}/{path}` with a JSON body.
#[derive(Debug)]
struct SessionCommand {
    path: &'static str,
    body: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for SessionCommand {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

impl Browser {
    pub async fn goto(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .expect("navigate");
    }

    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("`{css}` did not appear: {e}"))
    }

    pub async fn exec(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.expect("script")
    }

    pub async fn count(&self, css: &str) -> usize {
        self.client
            .find_all(Locator::Css(css))
            .await
            .expect("find")
            .len()
    }

    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css).await.text().await.expect("text")
    }

    /// Waits until the element's text is `expected` (text the page fills in after a fetch,
    /// such as a code's description), failing with the last text seen.
    pub async fn text_becomes(&self, css: &str, expected: &str) {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            let text = self.text(css).await;
            if text == expected {
                return;
            }
            if std::time::Instant::now() > deadline {
                panic!("`{css}` reads {text:?}, not {expected:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The `href` of the first element matching `css`, once it appears.
    pub async fn href(&self, css: &str) -> String {
        self.wait_for(css)
            .await
            .attr("href")
            .await
            .expect("read href")
            .unwrap_or_else(|| panic!("`{css}` has no href"))
    }

    /// Clicks the first element matching `css`, once it appears.
    pub async fn click(&self, css: &str) {
        self.wait_for(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click `{css}`: {e}"));
    }

    /// Signs in from `/check` as `account` (its local part selects the emulator's scenario)
    /// and waits for the verdict.
    pub async fn sign_in(&self, account: &str) -> (String, String, String) {
        self.goto(&format!(
            "/check?login_hint={}",
            account.replace('+', "%2B").replace('@', "%40")
        ))
        .await;
        self.click("[data-action='sign-in']").await;
        self.verdict().await
    }

    /// `(data-verdict, data-code, data-audience)` of the one `#diagnosis`.
    pub async fn verdict(&self) -> (String, String, String) {
        let el = self.wait_for("#diagnosis").await;
        // The fixes and details render a frame after the verdict card; wait for all of it.
        self.wait_for("[data-report]").await;
        let attr = |name: &'static str| {
            let el = el.clone();
            async move { el.attr(name).await.expect("attr").unwrap_or_default() }
        };
        (
            attr("data-verdict").await,
            attr("data-code").await,
            attr("data-audience").await,
        )
    }

    /// Every `data-fix` value in page order, once the whole diagnosis has rendered.
    pub async fn fixes(&self) -> Vec<String> {
        self.verdict().await;
        let value = self
            .exec("return Array.from(document.querySelectorAll('[data-fix]')).map(e => e.getAttribute('data-fix'))")
            .await;
        serde_json::from_value(value).expect("fix list")
    }

    /// Which wasm build this page loaded: `"first-visit"` or `"full"` (`routes::Bundle`).
    pub async fn build(&self) -> String {
        let value = self
            .exec("return performance.getEntriesByType('resource').map(r => new URL(r.name).pathname).filter(p => p.endsWith('.wasm'))")
            .await;
        let wasm: Vec<String> = serde_json::from_value(value).expect("wasm list");
        assert_eq!(wasm.len(), 1, "one wasm per page load: {wasm:?}");
        if wasm[0].starts_with("/consent-doctor-first-visit-") {
            "first-visit".into()
        } else {
            "full".into()
        }
    }

    pub async fn url(&self) -> String {
        self.client.current_url().await.expect("url").to_string()
    }
}

/// One exchange on loopback (the emulator, ChromeDriver's log endpoint): the status, the
/// `Location` header and the body, following nothing.
pub fn http(method: &str, url: &str, body: &str) -> (u16, Option<String>, String) {
    let mut response = send(method, url, body);
    let location = response
        .headers()
        .get("location")
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    // A print answer carries a whole PDF as base64; the client's default stops at 10 MB.
    let bytes = response
        .body_mut()
        .with_config()
        .limit(256 * 1024 * 1024)
        .read_to_vec()
        .unwrap_or_else(|e| panic!("{method} {url}: body: {e}"));
    (
        response.status().as_u16(),
        location,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

impl Browser {
    /// Token requests the emulator has received so far.
    pub fn token_requests(&self) -> u64 {
        let (_, _, body) = http("GET", &format!("{}/_emulator/stats", self.emulator), "");
        let value: Value = serde_json::from_str(&body).expect("stats JSON");
        value["token_requests"].as_u64().expect("a count")
    }

    /// Everything Chromium logged to the console since the last call. Fails the test on a
    /// Content-Security-Policy violation or a Rust panic (console_error_panic_hook's output).
    pub async fn console(&self) -> String {
        let body = self.console_unchecked().await;
        for sign in [
            "Content Security Policy",
            "Refused to",
            "panicked at",
            "RuntimeError: unreachable",
        ] {
            assert!(!body.contains(sign), "the console shows \"{sign}\": {body}");
        }
        body
    }

    /// The same without the check, for tests that expect the browser to refuse something.
    pub async fn console_unchecked(&self) -> String {
        self.session_command("se/log", json!({ "type": "browser" }))
            .await
            .to_string()
    }

    /// A command of the WebDriver session that fantoccini has no method for (ChromeDriver's
    /// DevTools bridge, permissions, logs, printing), sent through the same client; the
    /// command's `value`.
    pub async fn session_command(&self, path: &'static str, body: Value) -> Value {
        self.client
            .issue_cmd(SessionCommand { path, body })
            .await
            .unwrap_or_else(|e| panic!("WebDriver {path}: {e}"))
    }

    /// What a page can see of this browser's storage: local and session storage and cookies.
    pub async fn storage_dump(&self) -> String {
        let value = self
            .exec("return JSON.stringify({local: Object.assign({}, localStorage), session: Object.assign({}, sessionStorage), cookies: document.cookie})")
            .await;
        value.as_str().unwrap_or_default().to_string()
    }

    /// Hosts of every resource the page has loaded or fetched.
    pub async fn requested_origins(&self) -> Vec<String> {
        let value = self
            .exec("return Array.from(new Set(performance.getEntriesByType('resource').map(e => new URL(e.name).origin)))")
            .await;
        serde_json::from_value(value).unwrap_or_default()
    }
}

impl Browser {
    /// CSP violations the app recorded on the current page (any engine).
    pub async fn csp_violations(&self) -> Vec<String> {
        let value = self.exec("return window.consentDoctorCspViolations ? Array.from(window.consentDoctorCspViolations) : null").await;
        match value {
            Value::Array(items) => items
                .into_iter()
                .map(|v| v.as_str().unwrap_or_default().to_string())
                .collect(),
            _ => vec!["the app did not start, so violations were not recorded".into()],
        }
    }
}
