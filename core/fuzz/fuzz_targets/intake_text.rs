//! Free text: never panics, and the report never carries a token-looking value.
#![no_main]

use consent_core::diagnosis::{diagnose, Options};
use consent_core::report::{report, ReportContext};
use consent_core::{Audience, Intake, Profile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let profile =
        Profile::from_json(include_str!("../../../profiles/demo.json")).expect("demo profile");
    let intake = Intake::from_text(data);
    let d = diagnose(&intake, &profile, Audience::Support, &Options::default());
    let r = report(&d, &profile, &ReportContext::default());
    assert!(
        !r.contains("access_token=eyJ"),
        "a token reached the report"
    );
});
