//! `cargo xtask test`: every check, in the order that fails fastest.

use std::process::Command;
use std::time::Instant;

use crate::build;
use crate::{root, step, tools, Options};

pub fn run(options: &Options) -> Result<(), String> {
    let started = Instant::now();
    let toolchain = tools::ensure_all(true)?;
    let chromedriver = toolchain
        .chromedriver
        .clone()
        .ok_or("chromedriver is missing")?;
    let mut results: Vec<(&str, Result<(), String>, f64)> = Vec::new();
    let mut stage = |name: &'static str, f: &mut dyn FnMut() -> Result<(), String>| {
        step(name);
        let t = Instant::now();
        let r = f();
        let secs = t.elapsed().as_secs_f64();
        let failed = r.is_err();
        results.push((name, r, secs));
        !failed
    };
    let cargo = |args: &[&str]| -> Result<(), String> {
        tools::run(
            Command::new("cargo")
                .args(args)
                .current_dir(root())
                .env("PATH", &toolchain.path_env),
            &format!("cargo {}", args.join(" ")),
        )
    };

    let only_e2e = options.e2e_filter.is_some();
    let ok = only_e2e
        || stage("format (cargo fmt --check)", &mut || {
            cargo(&["fmt", "--all", "--", "--check"])
        }) && stage("lint (clippy, native)", &mut || {
            cargo(&[
                "clippy",
                "--workspace",
                "--all-targets",
                "--features",
                "consent-doctor/e2e",
                "--",
                "-D",
                "warnings",
            ])
        }) && stage("lint (clippy, wasm32)", &mut || {
            cargo(&[
                "clippy",
                "-p",
                "consent-doctor",
                "--target",
                tools::WASM_TARGET,
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ])
        }) && stage("native tests (cargo test)", &mut || {
            cargo(&["test", "--workspace"])
        }) && stage(
            "forwarding helper and snippets (Node against msal's npm packages, Python)",
            &mut || {
                let forward = root().join("forward");
                // `npm ci` installs exactly what forward/package-lock.json pins.
                tools::run(
                    Command::new("npm")
                        .args(["ci", "--no-audit", "--no-fund"])
                        .current_dir(&forward),
                    "npm ci (forward/)",
                )?;
                tools::run(
                    Command::new("node")
                        .args(["--test", "test/"])
                        .current_dir(&forward),
                    "node --test (forward/)",
                )?;
                tools::run(
                    Command::new("python3")
                        .args([
                            "-m",
                            "unittest",
                            "discover",
                            "-s",
                            "test",
                            "-p",
                            "test_*.py",
                        ])
                        .current_dir(&forward),
                    "python3 -m unittest (forward/)",
                )
            },
        ) && stage(
            "browser tests (wasm-bindgen-test in headless Chromium)",
            &mut || {
                tools::run(
                    Command::new("cargo")
                        .args([
                            "test",
                            "-p",
                            "consent-doctor",
                            "--target",
                            tools::WASM_TARGET,
                            "--test",
                            "browser",
                        ])
                        .current_dir(root())
                        .env("PATH", &toolchain.path_env)
                        .env("CHROMEDRIVER", &chromedriver)
                        .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
                    "browser tests",
                )
            },
        );
    let ok = ok
        && stage(
            "end-to-end tests (built app in Chromium; smoke set in Firefox ESR and WebKitGTK)",
            &mut || {
                let dist = root().join("target").join("e2e").join("dist");
                let port = free_port_pair()?;
                build::demo_on_port(&dist, port, &toolchain)?;
                // Compile first, so ChromeDriver is not left idle through a long build.
                let e2e = [
                    "test",
                    "-p",
                    "consent-doctor",
                    "--features",
                    "e2e",
                    "--test",
                    "e2e",
                ];
                cargo(&[&e2e[..], &["--no-run"]].concat())?;
                let driver = WebDriverServer::start(&chromedriver)?;
                let xvfb = Xvfb::start()?;
                let gecko = WebDriverServer::gecko(
                    &toolchain
                        .geckodriver
                        .clone()
                        .ok_or("geckodriver is missing")?,
                )?;
                let webkit = WebDriverServer::webkit(&xvfb.display)?;
                let result = tools::run(
                    Command::new("cargo")
                        .args(e2e)
                        .args(["--", "--test-threads", "2"])
                        .args(options.e2e_filter.as_deref())
                        .current_dir(root())
                        .env("PATH", &toolchain.path_env)
                        .env("E2E_DIST", &dist)
                        .env("E2E_PORT", port.to_string())
                        .env(
                            "AXE_JS",
                            toolchain.axe.as_deref().unwrap_or(std::path::Path::new("")),
                        )
                        .env("WEBDRIVER_URL", driver.url())
                        .env("GECKODRIVER_URL", gecko.url())
                        .env("WEBKITDRIVER_URL", webkit.url())
                        .env(
                            "CHROMIUM",
                            toolchain
                                .chromium
                                .as_deref()
                                .unwrap_or(std::path::Path::new("/usr/bin/chromium")),
                        ),
                    "end-to-end tests",
                );
                drop((driver, gecko, webkit, xvfb));
                result
            },
        );

    println!("\n==> summary");
    for (name, result, secs) in &results {
        let mark = if result.is_ok() { "ok  " } else { "FAIL" };
        println!("  {mark} {name} ({secs:.0} s)");
    }
    println!("  total {:.1} min", started.elapsed().as_secs_f64() / 60.0);
    match results
        .into_iter()
        .find_map(|(name, r, _)| r.err().map(|e| format!("{name}: {e}")))
    {
        Some(error) => Err(error),
        None if ok => Ok(()),
        None => Err("a stage failed".into()),
    }
}

/// A WebDriver server (or Xvfb) in its own process group, so stopping it also stops every
/// browser it started.
pub struct WebDriverServer {
    child: std::process::Child,
    port: u16,
}

impl WebDriverServer {
    pub fn start(binary: &std::path::Path) -> Result<WebDriverServer, String> {
        let port = free_port()?;
        Self::spawn(
            Command::new(binary)
                .arg(format!("--port={port}"))
                .arg("--allowed-ips=127.0.0.1"),
            port,
            "chromedriver",
        )
    }

    /// geckodriver for Firefox ESR.
    pub fn gecko(binary: &std::path::Path) -> Result<WebDriverServer, String> {
        let port = free_port()?;
        Self::spawn(
            Command::new(binary).args(["--host", "127.0.0.1", "--port", &port.to_string()]),
            port,
            "geckodriver",
        )
    }

    /// WebKitWebDriver for WebKitGTK, drawing on the Xvfb display.
    pub fn webkit(display: &str) -> Result<WebDriverServer, String> {
        let port = free_port()?;
        Self::spawn(
            Command::new("WebKitWebDriver")
                .arg(format!("--port={port}"))
                .env("DISPLAY", display),
            port,
            "WebKitWebDriver",
        )
    }

    fn spawn(command: &mut Command, port: u16, name: &str) -> Result<WebDriverServer, String> {
        use std::os::unix::process::CommandExt;
        let child = command
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .process_group(0)
            .spawn()
            .map_err(|e| format!("{name}: {e}"))?;
        let driver = WebDriverServer { child, port };
        let deadline = Instant::now() + std::time::Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                return Err(format!("{name} did not start listening within 20 s"));
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        Ok(driver)
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for WebDriverServer {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let _ = self.child.wait();
    }
}

/// A virtual X display for WebKitGTK, which has no headless mode in this version.
pub struct Xvfb {
    child: std::process::Child,
    pub display: String,
}

impl Xvfb {
    pub fn start() -> Result<Xvfb, String> {
        use std::os::unix::process::CommandExt;
        let number = 90 + std::process::id() % 100;
        let display = format!(":{number}");
        let child = Command::new("Xvfb")
            .args([
                display.as_str(),
                "-screen",
                "0",
                "1280x1024x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .process_group(0)
            .spawn()
            .map_err(|e| format!("Xvfb: {e}"))?;
        let socket = format!("/tmp/.X11-unix/X{number}");
        let deadline = Instant::now() + std::time::Duration::from_secs(10);
        while !std::path::Path::new(&socket).exists() {
            if Instant::now() > deadline {
                return Err("Xvfb did not start within 10 s".into());
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        Ok(Xvfb { child, display })
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.wait();
    }
}

/// A port that was free a moment ago.
pub fn free_port() -> Result<u16, String> {
    let listener =
        std::net::TcpListener::bind(("127.0.0.1", 0)).map_err(|e| format!("no free port: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| e.to_string())
}

/// A port whose successor is free too (the app and the emulator).
pub fn free_port_pair() -> Result<u16, String> {
    for _ in 0..50 {
        let port = free_port()?;
        if port < u16::MAX - 1 && std::net::TcpListener::bind(("127.0.0.1", port + 1)).is_ok() {
            return Ok(port);
        }
    }
    Err("no two neighbouring free ports".into())
}
