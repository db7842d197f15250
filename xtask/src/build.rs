//! Release builds: Trunk into a dist folder, then `profile.json` and the security headers.

use std::path::{Path, PathBuf};
use std::process::Command;

use consent_core::Profile;
use serde_json::Value;

use crate::tools::{self, Toolchain};
use crate::{headers, root, shrink, step, Options};

/// What to build.
pub struct Spec {
    /// The profile JSON as it will be shipped.
    pub profile_json: String,
    pub dist: PathBuf,
    /// Production builds refuse a profile that points at the local emulator.
    pub production: bool,
}

/// `cargo xtask build`: the production profile into `dist/`.
pub fn run_release(options: &Options) -> Result<(), String> {
    let toolchain = tools::ensure_all(false)?;
    let profile_path = options
        .profile
        .clone()
        .unwrap_or_else(|| root().join("profiles").join("production.json"));
    let spec = Spec {
        profile_json: read(&profile_path)?,
        dist: root().join("dist"),
        production: true,
    };
    build(&spec, &toolchain)?;
    println!(
        "\nBuilt {} — copy its contents to any static host (see README, \"Deploy for your app\").",
        spec.dist.display()
    );
    Ok(())
}

pub fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn build(spec: &Spec, toolchain: &Toolchain) -> Result<Profile, String> {
    let profile = Profile::from_json(&spec.profile_json).map_err(|e| e.to_string())?;
    if spec.production && profile.emulator_authority.is_some() {
        return Err("this profile has `dev.emulator_authority` (the local emulator); production builds must sign in with Microsoft. Remove the `dev` section.".into());
    }
    let site = site(toolchain)?;
    copy_site(&site, &spec.dist)?;
    std::fs::write(spec.dist.join("profile.json"), &spec.profile_json)
        .map_err(|e| format!("profile.json: {e}"))?;
    headers::write(&spec.dist, &profile, spec.production)?;
    Ok(profile)
}

/// The app's static files without a profile or headers: Trunk's two release builds, shrunk.
/// They depend on the sources only, so they are built again only when an input changed,
/// and `test`, `bench` and `serve` in one run share one build.
fn site(toolchain: &Toolchain) -> Result<PathBuf, String> {
    let site = root().join("target").join("site");
    let stamp = root().join("target").join("site.inputs");
    let inputs = inputs_fingerprint()?;
    let index = site.join("index.html");
    if index.is_file() && std::fs::read_to_string(&stamp).is_ok_and(|s| s == inputs) {
        step(&format!(
            "the release build in {} is up to date with the sources",
            site.display()
        ));
        return Ok(site);
    }
    step(&format!(
        "building the app (release, wasm-opt) into {}",
        site.display()
    ));
    let _ = std::fs::remove_file(&stamp);
    tools::run(
        Command::new("cargo")
            .args(["fetch", "--target", tools::WASM_TARGET])
            .current_dir(root()),
        "cargo fetch",
    )?;
    trunk_build("index.html", &site, toolchain, &[], true)?;
    add_first_visit_build(&site, toolchain)?;
    shrink::dist(&site, toolchain)?;
    add_language_files(&site)?;
    add_forward_helper(&site)?;
    std::fs::write(&stamp, inputs).map_err(|e| format!("{}: {e}", stamp.display()))?;
    Ok(site)
}

/// What the release build is made from: the sources, the build settings (xtask's own code
/// included, which pins every tool's version), the compilers and the environment that
/// steers them, as one SHA-256. Settings outside the repository (a user-level cargo config)
/// are not seen: delete `target/site.inputs` after changing one.
fn inputs_fingerprint() -> Result<String, String> {
    let root = root();
    // The compilers as cargo will pick them here (a toolchain file or RUSTUP_TOOLCHAIN
    // included), and the first-visit build's pinned one.
    let pinned = format!("+{}", tools::PINNED_NIGHTLY);
    let mut compilers = Vec::new();
    for args in [&["-vV"][..], &[pinned.as_str(), "-vV"][..]] {
        let output = Command::new("rustc")
            .args(args)
            .current_dir(&root)
            .output()
            .map_err(|e| format!("rustc {}: {e}", args.join(" ")))?;
        if !output.status.success() {
            return Err(format!("rustc {} failed", args.join(" ")));
        }
        compilers.push(output.stdout);
    }
    fingerprint(&root, &compilers, std::env::vars())
}

/// The files and folders a release build reads (Trunk's pages and settings, the crates'
/// manifests and sources, the stylesheet, and xtask, which pins every tool's version).
const INPUT_FILES: [&str; 9] = [
    "index.html",
    "forward/forward.js",
    "first-visit.html",
    "Trunk.toml",
    "Cargo.toml",
    "Cargo.lock",
    "core/Cargo.toml",
    "xtask/Cargo.toml",
    ".cargo/config.toml",
];
const INPUT_DIRS: [&str; 6] = [
    "src",
    "core/src",
    "core/data",
    "forward/snippets",
    "style",
    "xtask/src",
];

/// The fingerprint of the build inputs under `root`, given the compilers' version reports
/// and the environment.
fn fingerprint(
    root: &Path,
    compilers: &[Vec<u8>],
    env: impl IntoIterator<Item = (String, String)>,
) -> Result<String, String> {
    use sha2::Digest as _;
    let mut files: Vec<PathBuf> = INPUT_FILES.iter().map(|f| root.join(f)).collect();
    files.extend(
        ["rust-toolchain", "rust-toolchain.toml"]
            .iter()
            .map(|f| root.join(f))
            .filter(|f| f.is_file()),
    );
    for dir in INPUT_DIRS {
        collect_files(&root.join(dir), &mut files)?;
    }
    files.sort();
    let mut hash = sha2::Sha256::new();
    for file in &files {
        let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
        hash.update(
            file.strip_prefix(root)
                .unwrap_or(file)
                .to_string_lossy()
                .as_bytes(),
        );
        hash.update((bytes.len() as u64).to_le_bytes());
        hash.update(&bytes);
    }
    for report in compilers {
        hash.update(report);
    }
    // Settings that change what cargo or Trunk produce without touching a file here.
    let mut settings: Vec<(String, String)> = env
        .into_iter()
        .filter(|(name, _)| {
            ["RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS", "RUSTUP_TOOLCHAIN"].contains(&name.as_str())
                || ["CARGO_BUILD_", "CARGO_PROFILE_", "CARGO_TARGET_", "TRUNK_"]
                    .iter()
                    .any(|prefix| name.starts_with(prefix))
        })
        .collect();
    settings.sort();
    for (name, value) in settings {
        hash.update(format!("{name}={value}\n").as_bytes());
    }
    Ok(format!("{:x}", hash.finalize()))
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// `dist` becomes a fresh copy of the site.
fn copy_site(site: &Path, dist: &Path) -> Result<(), String> {
    if dist.exists() {
        std::fs::remove_dir_all(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    }
    std::fs::create_dir_all(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let mut files = Vec::new();
    collect_files(site, &mut files)?;
    for file in files {
        let relative = file.strip_prefix(site).map_err(|e| e.to_string())?;
        let target = dist.join(relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::copy(&file, &target).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    Ok(())
}

/// `trunk build` of `html` into `dist`; `release` for what ships (wasm-opt, minified).
pub fn trunk_build(
    html: &str,
    dist: &Path,
    toolchain: &Toolchain,
    env: &[(&str, String)],
    release: bool,
) -> Result<(), String> {
    let mode: &[&str] = if release { &["--release"] } else { &[] };
    tools::run(
        Command::new("trunk")
            .arg("build")
            .args(mode)
            .args(["--offline", "--dist"])
            .arg(dist)
            .arg(html)
            .current_dir(root())
            .env("PATH", &toolchain.path_env)
            .env("NO_COLOR", "true")
            .envs(env.iter().map(|(k, v)| (k, v))),
        &format!("trunk build {html}"),
    )
}

/// How the first-visit build differs from the full app's, so that the page people land on
/// with an error stays within the size budget with room to grow:
/// - the standard library is compiled with the app and optimised for size (nightly
///   `-Zbuild-std`), −4.4 KB brotli;
/// - a panic stops the module at once instead of formatting a message
///   (`-Cpanic=immediate-abort`), −11.6 KB. The page then shows no panic text, only
///   "RuntimeError: unreachable" in the console, which the end-to-end checks also treat as
///   a panic. The full app keeps console_error_panic_hook's messages.
///
/// Its own target folder keeps the nightly artifacts from evicting the stable ones.
pub fn first_visit_env() -> Result<Vec<(&'static str, String)>, String> {
    let config = read(&root().join(".cargo").join("config.toml"))?;
    // The environment variable replaces the config's flags for this target, so they are
    // carried over.
    let mut flags = wasm_rustflags(&config)?;
    flags.extend(["-Zunstable-options", "-Cpanic=immediate-abort"].map(String::from));
    Ok(vec![
        ("RUSTUP_TOOLCHAIN", tools::PINNED_NIGHTLY.to_string()),
        ("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort".into()),
        (
            "CARGO_UNSTABLE_BUILD_STD_FEATURES",
            "optimize_for_size".into(),
        ),
        (
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            flags.join(" "),
        ),
        (
            "CARGO_TARGET_DIR",
            root()
                .join("target")
                .join("first-visit-build")
                .to_string_lossy()
                .into_owned(),
        ),
    ])
}

/// The `rustflags` list of `[target.wasm32-unknown-unknown]` in `.cargo/config.toml`.
fn wasm_rustflags(config: &str) -> Result<Vec<String>, String> {
    #[derive(serde::Deserialize)]
    struct Config {
        #[serde(default)]
        target: std::collections::BTreeMap<String, Target>,
    }
    #[derive(serde::Deserialize)]
    struct Target {
        rustflags: Option<Vec<String>>,
    }
    let config: Config = toml::from_str(config).map_err(|e| format!(".cargo/config.toml: {e}"))?;
    config
        .target
        .get(tools::WASM_TARGET)
        .and_then(|t| t.rustflags.clone())
        .ok_or_else(|| {
            format!(
                ".cargo/config.toml: no `rustflags = [...]` under [target.{}]",
                tools::WASM_TARGET
            )
        })
}

/// The first-visit build (`first-visit.html`, `routes::Bundle`): Trunk builds it into a
/// folder of its own, its two hashed files join `dist/`, and the loader in `index.html`
/// learns their names.
fn add_first_visit_build(dist: &Path, toolchain: &Toolchain) -> Result<(), String> {
    let staging = root().join("target").join("first-visit-dist");
    trunk_build(
        "first-visit.html",
        &staging,
        toolchain,
        &first_visit_env()?,
        true,
    )?;
    let find = |suffix: &str| -> Result<String, String> {
        std::fs::read_dir(&staging)
            .map_err(|e| format!("{}: {e}", staging.display()))?
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|n| n.starts_with("consent-doctor-first-visit-") && n.ends_with(suffix))
            .ok_or_else(|| format!("the first-visit build made no `{suffix}` file"))
    };
    let (js, wasm) = (find(".js")?, find("_bg.wasm")?);
    for name in [&js, &wasm] {
        std::fs::copy(staging.join(name), dist.join(name))
            .map_err(|e| format!("copying {name} into dist: {e}"))?;
    }
    let index_path = dist.join("index.html");
    let index = read(&index_path)?;
    let filled = fill_loader(&index, &js, &wasm)?;
    std::fs::write(&index_path, filled).map_err(|e| format!("{}: {e}", index_path.display()))
}

/// Each language's sentences and code words, under the content-hashed names the app asks
/// for (the core's build script computes them from the same files, and refuses to publish
/// a file that changed since, so the two cannot disagree).
fn add_language_files(dist: &Path) -> Result<(), String> {
    for (name, content) in consent_core::i18n::published_files().map_err(|e| e.to_string())? {
        let path = dist.join(&name);
        std::fs::write(&path, content).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// `/forward.js`, the module vendors load to send failed sign-ins here (forward/README.md).
fn add_forward_helper(dist: &Path) -> Result<(), String> {
    let from = root().join("forward").join("forward.js");
    std::fs::copy(&from, dist.join("forward.js"))
        .map(|_| ())
        .map_err(|e| format!("{}: {e}", from.display()))
}

/// Puts the first-visit file names, the paths it serves, and each language's catalogue
/// file into the loader (Trunk.toml's `pattern_script`).
pub fn fill_loader(index_html: &str, js: &str, wasm: &str) -> Result<String, String> {
    const JS: &str = "__FIRST_VISIT_JS__";
    const WASM: &str = "__FIRST_VISIT_WASM__";
    const PATHS: &str = "__FIRST_VISIT_PATHS__";
    const LANGUAGES: &str = "__MESSAGE_FILES__";
    if [JS, WASM, PATHS, LANGUAGES]
        .iter()
        .any(|slot| index_html.matches(slot).count() != 1)
    {
        return Err("index.html has no loader with one slot for each first-visit file, its paths and the language files (Trunk.toml's pattern_script)".into());
    }
    Ok(index_html
        .replace(JS, js)
        .replace(WASM, wasm)
        .replace(PATHS, &consent_core::routes::first_visit_paths())
        .replace(LANGUAGES, &message_files()))
}

/// `ja=messages-ja-<hash>.json,de=…`: the loader fetches the reader's catalogue while the
/// wasm downloads.
fn message_files() -> String {
    use consent_core::i18n::{message_file, Language};
    let pairs: Vec<String> = Language::ALL
        .into_iter()
        .filter_map(|l| message_file(l).map(|file| format!("{}={file}", l.tag())))
        .collect();
    pairs.join(",")
}

/// The demo profile built into `dist` for a local run: the app on `port`, the emulator on
/// `port + 1` (sign-in redirects need both baked into the shipped profile).
pub fn demo_on_port(dist: &Path, port: u16, toolchain: &Toolchain) -> Result<Profile, String> {
    let spec = Spec {
        profile_json: local_ports(&read(&root().join("profiles").join("demo.json"))?, port)?,
        dist: dist.to_path_buf(),
        production: false,
    };
    build(&spec, toolchain)
}

/// Points the demo profile's redirect URI and emulator at the chosen port (and port + 1).
pub fn local_ports(profile_json: &str, port: u16) -> Result<String, String> {
    let mut value: Value =
        serde_json::from_str(profile_json).map_err(|e| format!("profile: {e}"))?;
    let local = |v: &Value| {
        v.as_str().is_some_and(|s| {
            s.starts_with("http://127.0.0.1:") || s.starts_with("http://localhost:")
        })
    };
    if local(&value["app"]["redirect_uri"]) {
        value["app"]["redirect_uri"] = Value::String(format!("http://127.0.0.1:{port}/callback"));
    }
    if local(&value["dev"]["emulator_authority"]) {
        value["dev"]["emulator_authority"] =
            Value::String(format!("http://127.0.0.1:{}", port + 1));
    }
    serde_json::to_string_pretty(&value).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_visit_build_keeps_the_configured_wasm_flags() {
        let config = "[alias]\nx = \"run\"\n\n[target.wasm32-unknown-unknown]\nrunner = \"r\"\n# why\nrustflags = [\"--cfg\", \"erase_components\"]\n\n[target.other]\nrustflags = [\"-Cbad\"]\n";
        assert_eq!(
            wasm_rustflags(config).unwrap(),
            ["--cfg", "erase_components"]
        );
        let env = first_visit_env().unwrap();
        let flags = &env
            .iter()
            .find(|(k, _)| *k == "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS")
            .unwrap()
            .1;
        assert!(flags.starts_with("--cfg erase_components "), "{flags}");
        assert!(flags.ends_with("-Cpanic=immediate-abort"), "{flags}");
    }

    #[test]
    fn a_config_without_wasm_flags_is_refused() {
        let error = wasm_rustflags(
            "[target.wasm32-unknown-unknown]\nrunner = \"r\"\n[x]\nrustflags = [\"a\"]\n",
        )
        .unwrap_err();
        assert!(error.contains("rustflags"), "{error}");
    }

    /// A build folder with every input `fingerprint` reads, under the system's temp folder.
    fn inputs_in(name: &str) -> PathBuf {
        let root =
            std::env::temp_dir().join(format!("consent-doctor-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let in_dirs = INPUT_DIRS.map(|dir| format!("{dir}/a"));
        let files = INPUT_FILES
            .iter()
            .copied()
            .chain(in_dirs.iter().map(String::as_str))
            .chain(["profiles/demo.json"]);
        for file in files {
            let path = root.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, file).unwrap();
        }
        root
    }

    #[test]
    fn the_release_build_is_made_again_exactly_when_an_input_changed() {
        let root = inputs_in("fingerprint");
        let compilers = vec![b"rustc 1.95.0".to_vec()];
        let env = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<Vec<_>>()
        };
        let of = |compilers: &[Vec<u8>], vars: Vec<(String, String)>| {
            fingerprint(&root, compilers, vars).unwrap()
        };
        let first = of(&compilers, env(&[("HOME", "/root")]));
        // What the build does not read leaves it alone.
        std::fs::write(root.join("profiles/demo.json"), "changed").unwrap();
        assert_eq!(of(&compilers, env(&[("HOME", "/elsewhere")])), first);
        // A source, a compiler or a setting that steers cargo or Trunk does not.
        assert_ne!(of(&[b"rustc 1.96.0".to_vec()], env(&[])), first);
        assert_ne!(
            of(&compilers, env(&[("RUSTFLAGS", "-Copt-level=3")])),
            first
        );
        assert_ne!(
            of(&compilers, env(&[("TRUNK_BUILD_FILEHASH", "false")])),
            first
        );
        std::fs::write(root.join("src/a"), "changed").unwrap();
        assert_ne!(of(&compilers, env(&[])), first);
        std::fs::remove_file(root.join("Trunk.toml")).unwrap();
        assert!(fingerprint(&root, &compilers, env(&[])).is_err());
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn the_loader_learns_the_first_visit_files_once() {
        let html = r#"<script>const a = "/__FIRST_VISIT_JS__", b = "/__FIRST_VISIT_WASM__"; "__FIRST_VISIT_PATHS__".split(","); "__MESSAGE_FILES__"</script>"#;
        let filled = fill_loader(html, "x-1f.js", "x-1f_bg.wasm").unwrap();
        assert!(
            filled.starts_with(
                r#"<script>const a = "/x-1f.js", b = "/x-1f_bg.wasm"; "/,/diagnose".split(","); ""#
            ),
            "{filled}"
        );
        assert!(filled.contains("ja=messages-ja-"), "{filled}");
        assert!(fill_loader("<script>import x;</script>", "a.js", "a.wasm").is_err());
    }
}
