//! A minimal blocking WebDriver client over loopback HTTP, enough for the benchmark: new
//! session, navigate, execute script, Chrome DevTools commands, delete session.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::{json, Value};

pub struct Session {
    driver: String,
    id: String,
}

/// One HTTP/1.1 request to `host:port`, reading the body by Content-Length or chunks.
pub fn request(
    host: &str,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> Result<Value, String> {
    let mut stream = TcpStream::connect(host).map_err(|e| format!("connect {host}: {e}"))?;
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .map_err(|e| e.to_string())?;
    let body = body.map(Value::to_string).unwrap_or_default();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream
        .write_all(head.as_bytes())
        .and_then(|_| stream.write_all(body.as_bytes()))
        .map_err(|e| e.to_string())?;
    let mut reader = BufReader::new(stream);
    let mut status = String::new();
    reader.read_line(&mut status).map_err(|e| e.to_string())?;
    let (mut length, mut chunked) = (None, false);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).map_err(|e| e.to_string())? == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            match k.trim().to_ascii_lowercase().as_str() {
                "content-length" => length = v.trim().parse::<usize>().ok(),
                "transfer-encoding" => chunked = v.trim().eq_ignore_ascii_case("chunked"),
                _ => {}
            }
        }
    }
    let mut bytes = Vec::new();
    if chunked {
        loop {
            let mut size = String::new();
            reader.read_line(&mut size).map_err(|e| e.to_string())?;
            let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
            if n == 0 {
                break;
            }
            let mut chunk = vec![0; n + 2];
            reader.read_exact(&mut chunk).map_err(|e| e.to_string())?;
            bytes.extend_from_slice(&chunk[..n]);
        }
    } else if let Some(n) = length {
        bytes.resize(n, 0);
        reader.read_exact(&mut bytes).map_err(|e| e.to_string())?;
    } else {
        reader.read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    }
    serde_json::from_slice(&bytes)
        .map_err(|e| format!("WebDriver answered with something that is not JSON: {e}"))
}

impl Session {
    /// A fresh headless Chromium session with an empty profile.
    pub fn chromium(driver_port: u16, chromium: &str, data_dir: &str) -> Result<Session, String> {
        let driver = format!("127.0.0.1:{driver_port}");
        let caps = json!({ "capabilities": { "alwaysMatch": { "goog:chromeOptions": {
            "binary": chromium,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", "--disable-quic", format!("--user-data-dir={data_dir}")]
        }}}});
        let answer = request(&driver, "POST", "/session", Some(&caps))?;
        let id = answer["value"]["sessionId"]
            .as_str()
            .ok_or_else(|| format!("no WebDriver session: {answer}"))?
            .to_string();
        Ok(Session { driver, id })
    }

    pub fn goto(&self, url: &str) -> Result<(), String> {
        request(
            &self.driver,
            "POST",
            &format!("/session/{}/url", self.id),
            Some(&json!({ "url": url })),
        )
        .map(|_| ())
    }

    pub fn execute(&self, script: &str) -> Result<Value, String> {
        let answer = request(
            &self.driver,
            "POST",
            &format!("/session/{}/execute/sync", self.id),
            Some(&json!({ "script": script, "args": [] })),
        )?;
        Ok(answer["value"].clone())
    }

    /// A Chrome DevTools Protocol command (ChromeDriver's extension).
    pub fn cdp(&self, cmd: &str, params: Value) -> Result<Value, String> {
        request(
            &self.driver,
            "POST",
            &format!("/session/{}/goog/cdp/execute", self.id),
            Some(&json!({ "cmd": cmd, "params": params })),
        )
    }

    pub fn close(self) {
        let _ = request(
            &self.driver,
            "DELETE",
            &format!("/session/{}", self.id),
            None,
        );
    }
}
