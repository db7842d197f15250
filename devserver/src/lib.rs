//! A small static server for `dist/`, used by `cargo xtask serve`, the end-to-end tests and the
//! benchmark. It behaves like the CDN hosts we ship configuration for: every route falls back
//! to `index.html`, and the headers in `dist/_headers` (Netlify / Cloudflare Pages format) are
//! applied, so development runs under the production Content-Security-Policy. Files come from
//! `tower-http`'s `ServeDir`, which refuses paths that climb out of the folder and never lists
//! a directory; a caller may lay files kept in memory over the folder.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::handler::Handler;
use axum::http::{header, HeaderName, HeaderValue, Method, Response, StatusCode};
use axum::middleware::{self, Next};
use axum::Router;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// One `_headers` rule: a path pattern and the headers it adds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderRule {
    pub pattern: String,
    pub headers: Vec<(String, String)>,
}

/// Parses the `_headers` format: an unindented path pattern, then indented `Name: value`
/// lines. `#` starts a comment.
pub fn parse_headers(text: &str) -> Vec<HeaderRule> {
    let mut rules: Vec<HeaderRule> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !line.starts_with(char::is_whitespace) {
            rules.push(HeaderRule {
                pattern: line.trim().to_string(),
                headers: Vec::new(),
            });
        } else if let (Some(rule), Some((name, value))) =
            (rules.last_mut(), line.trim().split_once(':'))
        {
            rule.headers
                .push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    rules
}

/// `/*` matches everything, `/assets/*` a prefix, anything else exactly.
fn pattern_matches(pattern: &str, path: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => path.starts_with(prefix),
        None => pattern == path,
    }
}

/// A file served from memory in place of the folder's: its URL path (`/profile.json`), its
/// bytes and its content type.
pub type OverlayFile = (String, Vec<u8>, String);

struct Site {
    rules: Vec<HeaderRule>,
    overlay: HashMap<String, (Bytes, HeaderValue)>,
}

/// Marks the app's page answering a route, which takes the rules of `/index.html` as well as
/// those of the route.
#[derive(Clone, Copy)]
struct AppPage;

/// A running server; dropping it does not stop it (the process ends it).
pub struct Running {
    pub addr: SocketAddr,
}

impl Running {
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// Serves `root` on `addr` from a background thread with its own runtime.
pub fn spawn(root: impl Into<PathBuf>, addr: SocketAddr) -> std::io::Result<Running> {
    spawn_with_overlay(root, addr, Vec::new())
}

/// Serves `root` with `overlay`'s files answering their paths instead of the folder's, so a
/// caller can swap one file (say `/profile.json`) without copying the site.
pub fn spawn_with_overlay(
    root: impl Into<PathBuf>,
    addr: SocketAddr,
    overlay: Vec<OverlayFile>,
) -> std::io::Result<Running> {
    let listener = std::net::TcpListener::bind(addr)?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let app = router_with_overlay(root.into(), overlay)?;
    std::thread::Builder::new()
        .name("devserver".into())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("tokio runtime for the dev server");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                let _ = axum::serve(listener, app).await;
            });
        })?;
    Ok(Running { addr })
}

/// The router for a site directory, for callers that run their own runtime.
pub fn router(root: PathBuf) -> std::io::Result<Router> {
    router_with_overlay(root, Vec::new())
}

/// The router for a site directory with files from memory laid over it.
pub fn router_with_overlay(root: PathBuf, overlay: Vec<OverlayFile>) -> std::io::Result<Router> {
    let rules = match std::fs::read_to_string(root.join("_headers")) {
        Ok(text) => parse_headers(&text),
        Err(_) => Vec::new(),
    };
    let overlay = overlay
        .into_iter()
        .map(
            |(path, body, content_type)| match HeaderValue::from_str(&content_type) {
                Ok(value) => Ok((path, (Bytes::from(body), value))),
                Err(e) => Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    format!("content type of {path}: {e}"),
                )),
            },
        )
        .collect::<std::io::Result<_>>()?;
    let site = Arc::new(Site { rules, overlay });
    let app_page = ServeFile::new(root.join("index.html"));
    // Directories are not files here: `/` and `/assets/` are routes like any other.
    let files = ServeDir::new(&root)
        .append_index_html_on_directories(false)
        .fallback(route_or_missing.with_state(app_page));
    Ok(Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn_with_state(site, site_layer)))
}

/// What the folder has no file for (or refused to look up). A path whose last segment has no
/// extension is one of the app's routes, so the app's page answers it; anything else is
/// missing, as it would be on the CDN.
async fn route_or_missing(State(page): State<ServeFile>, request: Request) -> Response<Body> {
    if last_segment_has_extension(request.uri().path()) {
        return not_found();
    }
    let Ok(response) = page.oneshot(request).await;
    let mut response = response.map(Body::new);
    response.extensions_mut().insert(AppPage);
    response
}

/// Answers overlay paths from memory and puts the `_headers` rules on every response.
async fn site_layer(State(site): State<Arc<Site>>, request: Request, next: Next) -> Response<Body> {
    let path = request.uri().path().to_string();
    let readable = matches!(*request.method(), Method::GET | Method::HEAD);
    let mut response = match site.overlay.get(&path).filter(|_| readable) {
        Some((body, content_type)) => {
            let mut response = Response::new(Body::from(body.clone()));
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, content_type.clone());
            response
        }
        None => with_utf8_charset(next.run(request).await),
    };
    let app_page = response.extensions().get::<AppPage>().is_some();
    let headers = response.headers_mut();
    for rule in site.rules.iter().filter(|r| {
        pattern_matches(&r.pattern, &path)
            || (app_page && pattern_matches(&r.pattern, "/index.html"))
    }) {
        for (name, value) in &rule.headers {
            if let (Ok(name), Ok(value)) = (
                HeaderName::try_from(name.as_str()),
                HeaderValue::from_str(value),
            ) {
                headers.insert(name, value);
            }
        }
    }
    response
}

/// `ServeDir` names text types without a charset; the build writes UTF-8 and the hosts we ship
/// for say so, and a page whose type names no charset may be decoded otherwise.
fn with_utf8_charset(mut response: Response<Body>) -> Response<Body> {
    let bare_text = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .filter(|t| t.starts_with("text/") && !t.contains(';'))
        .and_then(|t| HeaderValue::from_str(&format!("{t}; charset=utf-8")).ok());
    if let Some(value) = bare_text {
        response.headers_mut().insert(header::CONTENT_TYPE, value);
    }
    response
}

fn not_found() -> Response<Body> {
    let mut response = Response::new(Body::from("not found"));
    *response.status_mut() = StatusCode::NOT_FOUND;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

fn last_segment_has_extension(path: &str) -> bool {
    path.rsplit('/').next().is_some_and(|s| s.contains('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_file_parses_rules_in_order() {
        let rules = parse_headers("# comment\n/*\n  X-A: 1\n  Content-Security-Policy: default-src 'none'; img-src 'self'\n/index.html\n  Cache-Control: no-store\n");
        assert_eq!(rules.len(), 2);
        assert_eq!(
            rules[0].headers[1],
            (
                "Content-Security-Policy".into(),
                "default-src 'none'; img-src 'self'".into()
            )
        );
        assert!(pattern_matches("/*", "/diagnose"));
        assert!(pattern_matches("/index.html", "/index.html"));
        assert!(!pattern_matches("/index.html", "/x"));
    }

    /// A site in a fresh folder, with a file beside it that must stay out of reach.
    fn site(name: &str) -> PathBuf {
        let base =
            std::env::temp_dir().join(format!("devserver-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let root = base.join("site");
        std::fs::create_dir_all(root.join("assets")).unwrap();
        std::fs::write(base.join("secret.toml"), "secret = true").unwrap();
        std::fs::write(root.join("index.html"), "<!doctype html><title>app</title>").unwrap();
        std::fs::write(root.join("app.js"), "export {};").unwrap();
        std::fs::write(root.join("app.wasm"), b"\0asm\x01\0\0\0").unwrap();
        std::fs::write(root.join("profile.json"), "{\"from\":\"disk\"}").unwrap();
        std::fs::write(
            root.join("_headers"),
            "/*\n  X-Content-Type-Options: nosniff\n/index.html\n  Cache-Control: no-store\n",
        )
        .unwrap();
        root
    }

    fn start(root: PathBuf, overlay: Vec<OverlayFile>) -> String {
        let addr = SocketAddr::from((std::net::Ipv4Addr::LOCALHOST, 0));
        spawn_with_overlay(root, addr, overlay).unwrap().url()
    }

    struct Reply {
        status: u16,
        headers: ureq::http::HeaderMap,
        body: String,
    }

    impl Reply {
        fn header(&self, name: &str) -> &str {
            self.headers
                .get(name)
                .map_or("", |v| v.to_str().unwrap_or("(not text)"))
        }
    }

    /// The answer as sent: nothing is followed and no status is an error.
    fn get(url: &str) -> Reply {
        let agent = ureq::Agent::config_builder()
            .max_redirects(0)
            .http_status_as_error(false)
            .proxy(None)
            .build()
            .new_agent();
        let mut response = agent.get(url).call().unwrap();
        Reply {
            status: response.status().as_u16(),
            headers: response.headers().clone(),
            body: response.body_mut().read_to_string().unwrap(),
        }
    }

    #[test]
    fn routes_get_the_app_page_with_the_rules_of_index_html() {
        let base = start(site("routes"), Vec::new());
        for path in ["/", "/diagnose", "/errors/90094?x=1", "/assets", "/assets/"] {
            let reply = get(&format!("{base}{path}"));
            assert_eq!(reply.status, 200, "{path}");
            assert_eq!(
                reply.header("content-type"),
                "text/html; charset=utf-8",
                "{path}"
            );
            assert_eq!(reply.header("cache-control"), "no-store", "{path}");
            assert_eq!(reply.header("x-content-type-options"), "nosniff", "{path}");
            assert!(reply.body.contains("<title>app</title>"), "{path}");
        }
        let script = get(&format!("{base}/app.js"));
        assert_eq!(script.status, 200);
        assert_eq!(
            script.header("content-type"),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(
            script.header("cache-control"),
            "",
            "only the page's rule says no-store"
        );
        assert_eq!(script.header("x-content-type-options"), "nosniff");
    }

    #[test]
    fn missing_files_are_404_and_wasm_has_its_type() {
        let base = start(site("missing"), Vec::new());
        let missing = get(&format!("{base}/missing.js"));
        assert_eq!(missing.status, 404);
        assert_eq!(missing.header("x-content-type-options"), "nosniff");
        let wasm = get(&format!("{base}/app.wasm"));
        assert_eq!(wasm.status, 200);
        assert_eq!(wasm.header("content-type"), "application/wasm");
    }

    #[test]
    fn paths_cannot_escape_the_root() {
        let root = site("escape");
        let secret = root.parent().unwrap().join("secret.toml");
        let absolute = secret.to_str().unwrap().replace('/', "%2f");
        let base = start(root, Vec::new());
        for path in [
            "/../secret.toml".to_string(),
            "/%2e%2e/secret.toml".into(),
            "/assets/..%2f..%2fsecret.toml".into(),
            format!("/{absolute}"),
        ] {
            let reply = get(&format!("{base}{path}"));
            assert_eq!(
                (reply.status, reply.body.as_str()),
                (404, "not found"),
                "{path}"
            );
        }
        // Without an extension an escape is a route like any other: it gets the app's page.
        let reply = get(&format!("{base}/../secret"));
        assert_eq!(reply.status, 200);
        assert!(reply.body.contains("<title>app</title>"));
    }

    #[test]
    fn overlay_files_answer_from_memory_over_the_folder() {
        let root = site("overlay");
        let overlay = vec![(
            "/profile.json".to_string(),
            b"{\"from\":\"memory\"}".to_vec(),
            "application/json".to_string(),
        )];
        let plain = start(root.clone(), Vec::new());
        let laid = start(root, overlay);
        assert_eq!(
            get(&format!("{plain}/profile.json")).body,
            "{\"from\":\"disk\"}"
        );
        let reply = get(&format!("{laid}/profile.json"));
        assert_eq!(reply.status, 200);
        assert_eq!(reply.body, "{\"from\":\"memory\"}");
        assert_eq!(reply.header("content-type"), "application/json");
        assert_eq!(reply.header("x-content-type-options"), "nosniff");
        let bad_type = vec![("/x".into(), Vec::new(), "bad\ntype".into())];
        let addr = SocketAddr::from((std::net::Ipv4Addr::LOCALHOST, 0));
        assert!(spawn_with_overlay(std::env::temp_dir(), addr, bad_type).is_err());
    }
}
