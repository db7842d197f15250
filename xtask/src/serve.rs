//! `cargo xtask serve`: the demo, built and served locally.

use std::net::{Ipv4Addr, SocketAddr};
use std::process::Command;

use consent_core::Profile;

use crate::build::{self, Spec};
use crate::{root, step, tools, Options};

pub const DEFAULT_PORT: u16 = 8080;

/// Trunk's switch for hashed file names, off for `--watch` (see `run`).
const FILEHASH: &str = "TRUNK_BUILD_FILEHASH";

pub fn run(options: &Options) -> Result<(), String> {
    let port = options.port.unwrap_or(DEFAULT_PORT);
    let scenario = match &options.scenario {
        Some(id) => Some(emulator::scenarios::find(id).ok_or_else(|| {
            let ids: Vec<&str> = emulator::scenarios::SCENARIOS
                .iter()
                .map(|s| s.id)
                .collect();
            format!("unknown scenario `{id}` (one of: {})", ids.join(", "))
        })?),
        None => None,
    };
    let toolchain = tools::ensure_all(false)?;
    let profile_path = options
        .profile
        .clone()
        .unwrap_or_else(|| root().join("profiles").join("demo.json"));
    let profile_json = build::local_ports(&build::read(&profile_path)?, port)?;
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let listen_error = |e: std::io::Error| {
        format!("cannot listen on {addr}: {e} (is another server using the port? try --port)")
    };
    let (profile, running, watcher) = if options.watch {
        let dist = root().join("target").join("serve-watch").join("dist");
        let profile = Profile::from_json(&profile_json).map_err(|e| e.to_string())?;
        step("building the full app (debug) for --watch");
        build::trunk_build(
            "index.html",
            &dist,
            &toolchain,
            &[(FILEHASH, "false".into())],
            false,
        )?;
        // Trunk replaces the folder on every rebuild: the server keeps the headers it read
        // at start and serves the profile from memory. Without hashed file names the loader,
        // and so its CSP hash, stays the same from one rebuild to the next.
        crate::headers::write(&dist, &profile, false)?;
        let headers_path = dist.join("_headers");
        let headers = build::read(&headers_path)?;
        // The same names now hold new code after each rebuild.
        std::fs::write(
            &headers_path,
            format!("{headers}/*\n  Cache-Control: no-cache\n"),
        )
        .map_err(|e| format!("{}: {e}", headers_path.display()))?;
        let overlay = vec![(
            "/profile.json".to_string(),
            profile_json.into_bytes(),
            "application/json".to_string(),
        )];
        let running = devserver::spawn_with_overlay(&dist, addr, overlay).map_err(listen_error)?;
        let watcher = watch(&dist, &toolchain)?;
        (profile, running, Some(watcher))
    } else {
        let dist = root().join("target").join("serve").join("dist");
        let spec = Spec {
            profile_json,
            dist: dist.clone(),
            production: false,
        };
        let profile = build::build(&spec, &toolchain)?;
        let running = devserver::spawn(&dist, addr).map_err(listen_error)?;
        (profile, running, None)
    };
    let base = running.url();
    let emulator_note = match &profile.emulator_authority {
        Some(authority) => {
            let emulator_addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port + 1));
            let config = emulator::Config {
                profile: profile.clone(),
                app_origin: base.clone(),
                scenario,
            };
            emulator::spawn(config, emulator_addr)
                .map_err(|e| format!("cannot start the Entra emulator on {emulator_addr}: {e}"))?;
            format!("the local Entra emulator answers sign-ins at {authority}")
        }
        None => "this profile signs in with Microsoft, so no emulator was started".to_string(),
    };
    step(&format!(
        "{} is being served at {base}",
        profile.product_name
    ));
    println!("  profile: {}", profile_path.display());
    println!("  {emulator_note}");
    if let Some(s) = scenario {
        println!("  every sign-in uses the scenario `{}`", s.id);
    }
    println!("\nDiagnoses:");
    for (label, path) in demo_scenarios() {
        println!("  {label:<34} {base}{path}");
    }
    if profile.emulator_authority.is_some() {
        println!("\nSign-in check, one link per emulator scenario:");
        for s in emulator::scenarios::SCENARIOS {
            println!(
                "  {:<24} {base}/check?login_hint={}@contoso.example",
                s.id, s.id
            );
        }
        println!("  (or open {base}/check, sign in, and pick a scenario on the emulator's page)");
        let states: Vec<&str> = emulator::tenant_states::TENANT_STATES
            .iter()
            .map(|s| s.id)
            .collect();
        let emulator = profile.emulator_authority.as_deref().unwrap_or_default();
        println!(
            "\nTenant check states: {} (open {base}/tenant and sign in as e.g. tenant-ca@contoso.example, or paste {emulator}/_emulator/tenant-snapshot/tenant-ca)",
            states.join(", ")
        );
    }
    if watcher.is_some() {
        println!("\nWatching src/, core/src/, style/ and index.html: Trunk rebuilds the full app (debug build, every page) on each change; reload the page to see it.");
    }
    println!("\nPress Ctrl+C to stop.");
    loop {
        std::thread::park();
    }
}

/// `trunk watch` in the background: rebuilds the full app into `dist` when a source changes.
/// Debug builds skip wasm-opt, so a change to one component is on the page in seconds.
fn watch(
    dist: &std::path::Path,
    toolchain: &tools::Toolchain,
) -> Result<std::process::Child, String> {
    let mut command = Command::new("trunk");
    command
        .args(["watch", "--offline", "--dist"])
        .arg(dist)
        .args([
            "--watch",
            "src",
            "--watch",
            "core/src",
            "--watch",
            "style",
            "--watch",
            "index.html",
        ])
        .arg("index.html")
        .current_dir(root())
        .env("PATH", &toolchain.path_env)
        .env("NO_COLOR", "true")
        .env(FILEHASH, "false");
    command.spawn().map_err(|e| format!("trunk watch: {e}"))
}

/// Pages a newcomer can open to see each kind of diagnosis.
pub fn demo_scenarios() -> Vec<(&'static str, &'static str)> {
    vec![
        ("Start page", "/"),
        ("Need admin approval (user)", "/diagnose?error=access_denied&error_description=AADSTS90094%3a+The+grant+requires+admin+permission.%0d%0aTrace+ID%3a+0b9c5a12-7f3e-4d21-9a8b-1c2d3e4f5a6b%0d%0aCorrelation+ID%3a+5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b%0d%0aTimestamp%3a+2026-11-20+09%3a15%3a27Z"),
        ("Approval required (admin)", "/diagnose#error_codes=90095&audience=admin&tenant=contoso.com"),
        ("Conditional Access block", "/diagnose#text=AADSTS53003%3A%20Access%20has%20been%20blocked%20by%20Conditional%20Access%20policies."),
        ("Pasted token error (JSON)", "/diagnose#text=%7B%22error%22%3A%22invalid_grant%22%2C%22error_codes%22%3A%5B65001%5D%7D"),
        ("Admin guide and consent link", "/admin?tenant=contoso.com"),
        ("Error code reference", "/errors/90094"),
    ]
}
