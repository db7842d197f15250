//! `cargo xtask serve`: the demo, built and served locally.

use std::net::{Ipv4Addr, SocketAddr};

use crate::build::{self, Spec};
use crate::{root, step, tools, Options};

pub const DEFAULT_PORT: u16 = 8080;

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
