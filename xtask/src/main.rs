//! Project automation (`cargo xtask …`): the two commands of the README and their friends.
//! Each command installs what it needs first, printing progress, so a fresh machine works.

mod bench;
mod build;
mod fuzz;
mod headers;
mod serve;
mod shrink;
mod test;
mod tools;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command> [options]

commands:
  serve   [--port N] [--profile FILE] [--scenario ID] [--watch]
                                        build with the demo profile and serve it (default port 8080);
                                        --watch: the full app only, a debug build rebuilt on every change
  test    [--e2e NAME]                  install what is missing, then fmt, clippy, native, browser and end-to-end tests;
                                        --e2e: only the end-to-end tests whose name contains NAME (while working on them)
  build   [--profile FILE]              release build into dist/ with the production profile and security headers
  bench                                 sizes (raw, gzip, brotli) and time to diagnosis vs msal-browser; writes target/bench/report.json
  fuzz    [--seconds N] [--target NAME] run every cargo-fuzz target (or one) for N seconds (default 60)
  tools   [--browser]                   only install the toolchain (and Chromium with --browser)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = args.first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let options = match Options::parse(&args[1..]) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match command.as_str() {
        "serve" => serve::run(&options),
        "test" => test::run(&options),
        "build" => build::run_release(&options),
        "bench" => bench::run(&options),
        "fuzz" => fuzz::run(&options),
        "tools" => tools::ensure_all(options.browser).map(|_| ()),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask {command} failed: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Options shared by the commands; each uses the ones it knows.
#[derive(Debug, Default)]
pub struct Options {
    pub port: Option<u16>,
    pub profile: Option<PathBuf>,
    pub scenario: Option<String>,
    pub browser: bool,
    pub watch: bool,
    pub seconds: Option<u64>,
    pub fuzz_target: Option<String>,
    /// `test --e2e NAME`: only the end-to-end tests whose name contains NAME.
    pub e2e_filter: Option<String>,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options, String> {
        let mut options = Options::default();
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            let mut value = |name: &str| {
                iter.next()
                    .cloned()
                    .ok_or_else(|| format!("{name} needs a value"))
            };
            match arg.as_str() {
                "--e2e" => options.e2e_filter = Some(value("--e2e")?),
                "--port" => {
                    let text = value("--port")?;
                    let port: u16 = text
                        .parse()
                        .map_err(|_| format!("--port: `{text}` is not a port number"))?;
                    if port == 0 || port == u16::MAX {
                        return Err(
                            "--port must be between 1 and 65534 (the emulator uses port + 1)"
                                .into(),
                        );
                    }
                    options.port = Some(port);
                }
                "--profile" => options.profile = Some(PathBuf::from(value("--profile")?)),
                "--scenario" => options.scenario = Some(value("--scenario")?),
                "--browser" => options.browser = true,
                "--watch" => options.watch = true,
                "--seconds" => {
                    let text = value("--seconds")?;
                    options.seconds = Some(
                        text.parse()
                            .map_err(|_| format!("--seconds: `{text}` is not a number"))?,
                    );
                }
                "--target" => options.fuzz_target = Some(value("--target")?),
                other => return Err(format!("unknown option `{other}`")),
            }
        }
        Ok(options)
    }
}

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Prints a step header that stands out in long logs.
pub fn step(message: &str) {
    println!("\n==> {message}");
}
