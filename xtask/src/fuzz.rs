//! `cargo xtask fuzz [--seconds N] [--target NAME]`: every cargo-fuzz target in `core/fuzz`
//! (or the one named), each for N seconds (default 60), starting from the seed inputs;
//! prints executions and crashes. It runs on the same pinned nightly as the first-visit build.

use std::process::Command;

use crate::{root, step, tools, Options};

pub const TARGETS: [&str; 7] = [
    "intake_location",
    "intake_text",
    "json_bodies",
    "jwt_decode",
    "profile_parse",
    "callback_validate",
    "tenant_snapshot",
];

pub fn run(options: &Options) -> Result<(), String> {
    let seconds = options.seconds.unwrap_or(60);
    let targets: Vec<&str> = match &options.fuzz_target {
        None => TARGETS.to_vec(),
        Some(name) => match TARGETS.iter().find(|t| **t == name.as_str()) {
            Some(target) => vec![*target],
            None => {
                return Err(format!(
                    "--target: no fuzz target `{name}`; there are {}",
                    TARGETS.join(", ")
                ))
            }
        },
    };
    ensure_cargo_fuzz()?;
    let fuzz_dir = root().join("core").join("fuzz");
    let mut rows = Vec::new();
    for target in targets {
        step(&format!("fuzzing {target} for {seconds} s"));
        let corpus = fuzz_dir.join("corpus").join(target);
        std::fs::create_dir_all(&corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
        if let Ok(seeds) = std::fs::read_dir(fuzz_dir.join("corpus_seeds").join(target)) {
            for seed in seeds.flatten() {
                let _ = std::fs::copy(seed.path(), corpus.join(seed.file_name()));
            }
        }
        let output = Command::new("cargo")
            .arg(format!("+{}", tools::PINNED_NIGHTLY))
            .args(["fuzz", "run", target])
            .arg(&corpus)
            .args([
                "--",
                &format!("-max_total_time={seconds}"),
                "-print_final_stats=1",
            ])
            .current_dir(&fuzz_dir)
            .output()
            .map_err(|e| format!("cargo fuzz: {e}"))?;
        let log = String::from_utf8_lossy(&output.stderr);
        let runs = log
            .lines()
            .rev()
            .find_map(|l| l.strip_prefix("stat::number_of_executed_units:"))
            .map(|n| n.trim().to_string())
            .unwrap_or_else(|| "?".into());
        let crashed = !output.status.success();
        if crashed {
            // The panic and the failing input, not libFuzzer's statistics.
            let lines: Vec<&str> = log.lines().collect();
            let from = lines
                .iter()
                .position(|l| l.contains("panicked at") || l.contains("ERROR: libFuzzer"))
                .unwrap_or(0);
            eprintln!(
                "{}",
                lines[from..]
                    .iter()
                    .take(30)
                    .copied()
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
        rows.push((target, runs, crashed));
    }
    println!("\n{:<20} {:>14}  result", "target", "executions");
    for (target, runs, crashed) in &rows {
        println!(
            "{target:<20} {runs:>14}  {}",
            if *crashed {
                "CRASH (see core/fuzz/artifacts)"
            } else {
                "no crash"
            }
        );
    }
    if rows.iter().any(|(_, _, c)| *c) {
        Err(
            "a fuzz target crashed; add the input from core/fuzz/artifacts as a regression test"
                .into(),
        )
    } else {
        Ok(())
    }
}

fn ensure_cargo_fuzz() -> Result<(), String> {
    tools::ensure_pinned_nightly()?;
    let has_fuzz = Command::new("cargo")
        .args(["fuzz", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_fuzz {
        step("installing cargo-fuzz from crates.io (about 2 minutes)");
        tools::run(
            Command::new("cargo").args(["install", "cargo-fuzz", "--locked"]),
            "cargo install cargo-fuzz",
        )?;
    }
    Ok(())
}
