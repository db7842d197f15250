//! Installs the toolchain from the registries this machine can reach (crates.io, npm, Debian),
//! never from GitHub: Trunk's own downloads fail here, so Trunk is pointed at these instead.

use std::path::PathBuf;
use std::process::Command;

use crate::{root, step};

pub const TRUNK_VERSION: &str = "0.21.14";
// npm publishes binaryen release N as N.0.0; Trunk.toml pins the same release (`version_132`).
pub const BINARYEN_VERSION: &str = "132.0.0";
pub const AXE_VERSION: &str = "4.14.1";
/// Minifies the wasm-bindgen glue after Trunk (`shrink.rs`); Trunk's own JS minifier cannot
/// parse it.
pub const TERSER_VERSION: &str = "5.51.2";
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// The one nightly toolchain: the first-visit build compiles the standard library itself
/// (see `build::first_visit_env`), and cargo-fuzz needs sanitizer flags. Pinned by date so a
/// build or a fuzz run next month gets the same compiler; the rest of the project stays on
/// stable.
pub const PINNED_NIGHTLY: &str = "nightly-2026-05-19";

/// Where the tools live and the PATH that puts them first.
pub struct Toolchain {
    pub path_env: String,
    pub chromedriver: Option<PathBuf>,
    pub chromium: Option<PathBuf>,
    /// axe-core's browser script, for the accessibility checks (tests only).
    pub axe: Option<PathBuf>,
    pub geckodriver: Option<PathBuf>,
}

pub fn ensure_all(browser: bool) -> Result<Toolchain, String> {
    ensure_wasm_target()?;
    ensure_pinned_nightly()?;
    let wasm_bindgen = lockfile_wasm_bindgen()?;
    check_trunk_toml(&wasm_bindgen)?;
    ensure_cargo_tool(
        "trunk",
        "trunk",
        TRUNK_VERSION,
        true,
        "about 12 minutes on 2 cores",
    )?;
    ensure_cargo_tool(
        "wasm-bindgen",
        "wasm-bindgen-cli",
        &wasm_bindgen,
        false,
        "about 4 minutes",
    )?;
    ensure_node_and_python()?;
    let npm_bin = ensure_binaryen()?;
    ensure_npm_package("terser", TERSER_VERSION, "package.json")?;
    let cargo_bin = cargo_home().join("bin");
    let path_env = format!(
        "{}:{}:{}",
        npm_bin.display(),
        cargo_bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let (chromium, chromedriver) = if browser {
        ensure_chromium()?
    } else {
        (None, None)
    };
    let axe = if browser {
        Some(ensure_npm_package("axe-core", AXE_VERSION, "axe.min.js")?)
    } else {
        None
    };
    let geckodriver = if browser {
        Some(ensure_other_engines()?)
    } else {
        None
    };
    Ok(Toolchain {
        path_env,
        chromedriver,
        chromium,
        axe,
        geckodriver,
    })
}

fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Runs a command with its output on the terminal, so long installs show progress.
pub fn run(command: &mut Command, what: &str) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("{what}: could not start: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        return Ok(());
    }
    step(&format!(
        "installing the Rust target {WASM_TARGET} (about a minute)"
    ));
    run(
        Command::new("rustup").args(["target", "add", WASM_TARGET]),
        "rustup target add",
    )
}

/// The pinned nightly with the standard library's source, and the crates that source
/// depends on: Trunk builds offline, so they must be in Cargo's cache beforehand.
pub fn ensure_pinned_nightly() -> Result<(), String> {
    // The component list is asked only of an installed toolchain: outside this machine's
    // RUSTUP_AUTO_INSTALL=0, asking it of a missing one installs that with the default
    // profile and without rust-src.
    let installed =
        output("rustup", &["toolchain", "list"]).is_some_and(|list| list.contains(PINNED_NIGHTLY));
    let has_source = installed
        && output(
            "rustup",
            &[
                "component",
                "list",
                "--installed",
                "--toolchain",
                PINNED_NIGHTLY,
            ],
        )
        .is_some_and(|list| list.lines().any(|l| l.trim().starts_with("rust-src")));
    if !has_source {
        step(&format!(
            "installing Rust {PINNED_NIGHTLY} with rust-src (under a minute; the first-visit build and fuzzing need it)"
        ));
        run(
            Command::new("rustup").args([
                "toolchain",
                "install",
                PINNED_NIGHTLY,
                "--profile",
                "minimal",
                "--component",
                "rust-src",
            ]),
            "rustup toolchain install",
        )?;
    }
    let sysroot = output(
        "rustc",
        &[&format!("+{PINNED_NIGHTLY}"), "--print", "sysroot"],
    )
    .ok_or_else(|| format!("rustc +{PINNED_NIGHTLY} --print sysroot failed"))?;
    let library = PathBuf::from(sysroot.trim())
        .join("lib/rustlib/src/rust/library")
        .join("Cargo.toml");
    run(
        Command::new("cargo")
            .arg(format!("+{PINNED_NIGHTLY}"))
            .args(["fetch", "--quiet", "--manifest-path"])
            .arg(&library),
        "cargo fetch (the standard library's dependencies)",
    )
}

/// The wasm-bindgen version in `Cargo.lock`, which the CLI must match exactly.
pub fn lockfile_wasm_bindgen() -> Result<String, String> {
    #[derive(serde::Deserialize)]
    struct Lock {
        package: Vec<Package>,
    }
    #[derive(serde::Deserialize)]
    struct Package {
        name: String,
        version: String,
    }
    let lock: Lock = read_toml(&root().join("Cargo.lock"))?;
    lock.package
        .into_iter()
        .find(|p| p.name == "wasm-bindgen")
        .map(|p| p.version)
        .ok_or_else(|| "Cargo.lock has no wasm-bindgen entry".into())
}

/// Trunk downloads a tool whose version differs from its pin, so the pin must be Cargo.lock's.
fn check_trunk_toml(wasm_bindgen: &str) -> Result<(), String> {
    #[derive(serde::Deserialize)]
    struct TrunkToml {
        tools: Tools,
    }
    #[derive(serde::Deserialize)]
    struct Tools {
        wasm_bindgen: Option<String>,
    }
    let trunk: TrunkToml = read_toml(&root().join("Trunk.toml"))?;
    if trunk.tools.wasm_bindgen.as_deref() == Some(wasm_bindgen) {
        Ok(())
    } else {
        Err(format!(
            "Trunk.toml must pin `wasm_bindgen = \"{wasm_bindgen}\"` under [tools] to match Cargo.lock"
        ))
    }
}

/// A TOML file read into `T`, with the file named in any error.
pub fn read_toml<T: serde::de::DeserializeOwned>(path: &std::path::Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn ensure_cargo_tool(
    binary: &str,
    package: &str,
    version: &str,
    locked: bool,
    duration: &str,
) -> Result<(), String> {
    let current = output(binary, &["--version"]).or_else(|| {
        let path = cargo_home().join("bin").join(binary);
        output(path.to_str()?, &["--version"])
    });
    if current
        .as_deref()
        .is_some_and(|v| v.split_whitespace().nth(1) == Some(version))
    {
        return Ok(());
    }
    step(&format!(
        "installing {package} {version} from crates.io ({duration}; cargo prints each crate as it compiles)"
    ));
    let mut command = Command::new("cargo");
    command.args(["install", package, "--version", version]);
    if locked {
        command.arg("--locked");
    }
    // A plain release build of these tools is plenty fast; full LTO doubles the install time.
    command
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16");
    run(&mut command, &format!("cargo install {package}"))
}

/// binaryen from npm, installed inside the repository's `tools/` (git-ignored); returns the
/// folder npm links its executables (`wasm-opt`) into.
fn ensure_binaryen() -> Result<PathBuf, String> {
    ensure_npm_package("binaryen", BINARYEN_VERSION, "package.json")?;
    Ok(root()
        .join("tools")
        .join("npm")
        .join("node_modules")
        .join(".bin"))
}

/// An npm package inside `tools/npm`, returning the path of one of its files.
pub fn ensure_npm_package(name: &str, version: &str, file: &str) -> Result<PathBuf, String> {
    let prefix = root().join("tools").join("npm");
    let dir = prefix.join("node_modules").join(name);
    let installed = std::fs::read_to_string(dir.join("package.json"))
        .ok()
        .is_some_and(|p| p.contains(&format!("\"version\": \"{version}\"")));
    if !installed {
        step(&format!(
            "installing {name} {version} from npm (a few seconds)"
        ));
        std::fs::create_dir_all(&prefix).map_err(|e| format!("tools/npm: {e}"))?;
        run(
            Command::new("npm").args([
                "install",
                "--prefix",
                prefix.to_str().unwrap_or("tools/npm"),
                "--no-audit",
                "--no-fund",
                &format!("{name}@{version}"),
            ]),
            &format!("npm install {name}"),
        )?;
    }
    Ok(dir.join(file))
}

/// Firefox ESR and WebKitGTK (Debian) with Xvfb, and geckodriver (crates.io); returns the
/// geckodriver path.
fn ensure_other_engines() -> Result<PathBuf, String> {
    let needed = [
        "/usr/bin/firefox-esr",
        "/usr/bin/WebKitWebDriver",
        "/usr/bin/Xvfb",
    ];
    if needed.iter().any(|p| !std::path::Path::new(p).exists()) {
        step("installing Debian's firefox-esr, webkit2gtk-driver and xvfb (a few minutes)");
        apt(&["update"])?;
        apt(&[
            "install",
            "-y",
            "--no-install-recommends",
            "firefox-esr",
            "webkit2gtk-driver",
            "xvfb",
            "xauth",
        ])?;
    }
    let gecko = cargo_home().join("bin").join("geckodriver");
    if output(gecko.to_str().unwrap_or("geckodriver"), &["--version"]).is_none() {
        step("installing geckodriver from crates.io (about 4 minutes)");
        run(
            Command::new("cargo").args(["install", "--locked", "geckodriver"]),
            "cargo install geckodriver",
        )?;
    }
    Ok(gecko)
}

/// Node.js with npm (binaryen, terser and axe come from npm; forward/'s tests run on Node)
/// and Python 3 (the Flask snippet's test), from Debian when missing.
fn ensure_node_and_python() -> Result<(), String> {
    let missing: Vec<&str> = [("node", "nodejs"), ("npm", "npm"), ("python3", "python3")]
        .into_iter()
        .filter(|(program, _)| output(program, &["--version"]).is_none())
        .map(|(_, package)| package)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    step(&format!(
        "installing Debian's {} (a minute or two)",
        missing.join(", ")
    ));
    apt(&["update"])?;
    let mut args = vec!["install", "-y", "--no-install-recommends"];
    args.extend(missing);
    apt(&args)
}

fn apt(args: &[&str]) -> Result<(), String> {
    let mut command = if is_root() {
        Command::new("apt-get")
    } else {
        let mut sudo = Command::new("sudo");
        sudo.arg("apt-get");
        sudo
    };
    command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
    run(&mut command, "apt-get")
}

/// Debian's Chromium and ChromeDriver, for browser and end-to-end tests.
fn ensure_chromium() -> Result<(Option<PathBuf>, Option<PathBuf>), String> {
    let chromium = PathBuf::from("/usr/bin/chromium");
    let driver = PathBuf::from("/usr/bin/chromedriver");
    if !(chromium.exists() && driver.exists()) {
        step("installing Debian's chromium and chromium-driver (about a minute)");
        apt(&["update"])?;
        apt(&[
            "install",
            "-y",
            "--no-install-recommends",
            "chromium",
            "chromium-driver",
        ])?;
    }
    Ok((Some(chromium), Some(driver)))
}

fn is_root() -> bool {
    output("id", &["-u"]).is_some_and(|id| id.trim() == "0")
}
