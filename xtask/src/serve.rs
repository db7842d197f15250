//! `cargo xtask serve`: the demo, built and served locally.

use std::net::{Ipv4Addr, SocketAddr};

use serde_json::Value;

use crate::build::{self, Spec};
use crate::{root, step, tools, Options};

pub const DEFAULT_PORT: u16 = 8080;

pub fn run(options: &Options) -> Result<(), String> {
    let port = options.port.unwrap_or(DEFAULT_PORT);
    if options.scenario.is_some() {
        return Err(
            "--scenario needs the local Entra emulator, which is not part of this build yet".into(),
        );
    }
    let toolchain = tools::ensure_all(false)?;
    let profile_path = options
        .profile
        .clone()
        .unwrap_or_else(|| root().join("profiles").join("demo.json"));
    let profile_json = local_ports(&build::read(&profile_path)?, port)?;
    let dist = root().join("target").join("serve").join("dist");
    let spec = Spec {
        profile_json,
        dist: dist.clone(),
        production: false,
    };
    let profile = build::build(&spec, &toolchain)?;
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let running = devserver::spawn(&dist, addr).map_err(|e| {
        format!("cannot listen on {addr}: {e} (is another server using the port? try --port)")
    })?;
    let base = running.url();
    step(&format!(
        "{} is being served at {base}",
        profile.product_name
    ));
    println!("  profile: {}", profile_path.display());
    println!(
        "  The local Entra emulator is not part of this build yet: pasted errors and links are"
    );
    println!("  diagnosed, but the sign-in check cannot sign in.");
    println!("\nDemo scenarios:");
    for (label, path) in demo_scenarios() {
        println!("  {label:<34} {base}{path}");
    }
    println!("\nPress Ctrl+C to stop.");
    loop {
        std::thread::park();
    }
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

/// Points the demo profile's redirect URI and emulator at the chosen port (and port + 1).
fn local_ports(profile_json: &str, port: u16) -> Result<String, String> {
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
