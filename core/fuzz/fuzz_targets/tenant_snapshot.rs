//! A pasted tenant snapshot never panics the reader or the rules, and the findings stay
//! bounded whatever it holds.
#![no_main]

use consent_core::tenant::{evaluate, CheckContext, Snapshot};
use libfuzzer_sys::fuzz_target;

const DEMO: &str = include_str!("../../../profiles/demo.json");

fuzz_target!(|data: &str| {
    let Ok(snapshot) = Snapshot::parse(data) else {
        return;
    };
    let profile = consent_core::Profile::from_json(DEMO).expect("demo profile");
    let report = evaluate(&snapshot, &CheckContext { profile: &profile, tenant: None, codes: &[] });
    assert!(!report.findings.is_empty() && report.findings.len() <= 60);
    let _ = report.report_text(&CheckContext { profile: &profile, tenant: None, codes: &[] }, false);
});
