//! Starting the site and a fresh browser session per test, and reading the contract's DOM hooks.

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
        let running = devserver::spawn(&dist, SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
            .expect("serve dist");
        Env {
            base: running.url(),
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

pub fn dist() -> PathBuf {
    PathBuf::from(std::env::var("E2E_DIST").expect("E2E_DIST"))
}

/// One browser session on the site.
#[derive(Clone)]
pub struct Browser {
    pub client: Client,
    pub base: String,
}

/// Runs `test` with a fresh Chromium profile and always closes the session, even when an
/// assertion fails, so no browser outlives the run.
pub async fn with_browser<F, Fut>(test: F)
where
    F: FnOnce(Browser) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    static SESSION: AtomicU32 = AtomicU32::new(0);
    let env = env();
    let n = SESSION.fetch_add(1, Ordering::SeqCst);
    let data_dir =
        std::env::temp_dir().join(format!("consent-doctor-e2e-{}-{n}", std::process::id()));
    let caps = json!({
        "goog:chromeOptions": {
            "binary": env.chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900",
                format!("--user-data-dir={}", data_dir.display()),
            ]
        },
        "goog:loggingPrefs": { "browser": "ALL" }
    });
    let Value::Object(caps) = caps else {
        unreachable!()
    };
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&env.webdriver)
        .await
        .expect("WebDriver session");
    let browser = Browser {
        client: client.clone(),
        base: env.base.clone(),
    };
    let outcome = tokio::spawn(test(browser)).await;
    let _ = client.close().await;
    let _ = std::fs::remove_dir_all(&data_dir);
    if let Err(error) = outcome {
        std::panic::resume_unwind(error.into_panic());
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

    /// `(data-verdict, data-code, data-audience)` of the one `#diagnosis`.
    pub async fn verdict(&self) -> (String, String, String) {
        let el = self.wait_for("#diagnosis").await;
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

    /// Every `data-fix` value in page order.
    pub async fn fixes(&self) -> Vec<String> {
        let value = self
            .exec("return Array.from(document.querySelectorAll('[data-fix]')).map(e => e.getAttribute('data-fix'))")
            .await;
        serde_json::from_value(value).expect("fix list")
    }

    pub async fn url(&self) -> String {
        self.client.current_url().await.expect("url").to_string()
    }
}
