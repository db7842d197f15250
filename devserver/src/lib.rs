//! A small static server for `dist/`, used by `cargo xtask serve`, the end-to-end tests and the
//! benchmark. It behaves like the CDN hosts we ship configuration for: every route falls back
//! to `index.html`, and the headers in `dist/_headers` (Netlify / Cloudflare Pages format) are
//! applied, so development runs under the production Content-Security-Policy.

use std::net::SocketAddr;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderName, HeaderValue, Request, Response, StatusCode};
use axum::Router;

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

struct Site {
    root: PathBuf,
    rules: Vec<HeaderRule>,
}

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
    let listener = std::net::TcpListener::bind(addr)?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let app = router(root.into())?;
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
    let headers_file = root.join("_headers");
    let rules = match std::fs::read_to_string(&headers_file) {
        Ok(text) => parse_headers(&text),
        Err(_) => Vec::new(),
    };
    let site = Arc::new(Site { root, rules });
    Ok(Router::new().fallback(handle).with_state(site))
}

async fn handle(State(site): State<Arc<Site>>, request: Request<Body>) -> Response<Body> {
    let path = request.uri().path().to_string();
    let (status, file) = match resolve(&site.root, &path) {
        Some(file) => (StatusCode::OK, file),
        // Routes have no file extension: they are the app's, so the app answers them.
        None if !last_segment_has_extension(&path) => {
            (StatusCode::OK, site.root.join("index.html"))
        }
        None => (StatusCode::NOT_FOUND, PathBuf::new()),
    };
    let mut response = if status == StatusCode::OK {
        match tokio::fs::read(&file).await {
            Ok(bytes) => Response::new(Body::from(bytes)),
            Err(_) => not_found(),
        }
    } else {
        not_found()
    };
    let is_index = file.file_name().is_some_and(|n| n == "index.html");
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(content_type(&file)) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    // Rules match the requested path; the fallback page gets the rules of `/index.html` too.
    let matched_path = if is_index {
        "/index.html"
    } else {
        path.as_str()
    };
    for rule in site
        .rules
        .iter()
        .filter(|r| pattern_matches(&r.pattern, &path) || pattern_matches(&r.pattern, matched_path))
    {
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

fn not_found() -> Response<Body> {
    let mut response = Response::new(Body::from("not found"));
    *response.status_mut() = StatusCode::NOT_FOUND;
    response
}

/// Maps a URL path to a file under `root`, refusing anything that climbs out of it.
fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let relative = path.trim_start_matches('/');
    if relative.is_empty() {
        return Some(root.join("index.html"));
    }
    let candidate = Path::new(relative);
    if candidate
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let full = root.join(candidate);
    full.is_file().then_some(full)
}

fn last_segment_has_extension(path: &str) -> bool {
    path.rsplit('/').next().is_some_and(|s| s.contains('.'))
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "text/plain; charset=utf-8",
    }
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

    #[test]
    fn paths_cannot_escape_the_root() {
        let root = std::env::temp_dir();
        assert_eq!(resolve(&root, "/../etc/passwd"), None);
        assert_eq!(resolve(&root, "/a/../../b"), None);
    }
}
