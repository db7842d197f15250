//! `emulator --profile FILE [--port N] [--app-origin URL] [--scenario ID]`: the local Entra
//! emulator on its own (`cargo xtask serve` starts it for you).

use std::net::{Ipv4Addr, SocketAddr};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let Some(profile_path) = value("--profile") else {
        eprintln!("usage: emulator --profile FILE [--port 8081] [--app-origin http://127.0.0.1:8080] [--scenario ID]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&profile_path).unwrap_or_else(|e| {
        eprintln!("{profile_path}: {e}");
        std::process::exit(2);
    });
    let profile = consent_core::Profile::from_json(&text).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2);
    });
    let port: u16 = value("--port").and_then(|p| p.parse().ok()).unwrap_or(8081);
    let scenario = value("--scenario").map(|id| {
        emulator::scenarios::find(&id).unwrap_or_else(|| {
            eprintln!("unknown scenario `{id}`");
            std::process::exit(2);
        })
    });
    let config = emulator::Config {
        profile,
        app_origin: value("--app-origin").unwrap_or_else(|| "http://127.0.0.1:8080".into()),
        scenario,
    };
    match emulator::spawn(config, SocketAddr::from((Ipv4Addr::LOCALHOST, port))) {
        Ok(running) => {
            println!("Entra emulator at {}", running.url());
            loop {
                std::thread::park();
            }
        }
        Err(e) => {
            eprintln!("cannot listen on port {port}: {e}");
            std::process::exit(1);
        }
    }
}
