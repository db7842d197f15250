//! Shared helpers for the core's integration tests.
#![allow(dead_code)]

pub mod pending_sign_in;

use consent_core::diagnosis::{diagnose, Diagnosis, Options};
use consent_core::{Audience, Intake, Profile};

pub const TRACE: &str = "0b9c5a12-7f3e-4d21-9a8b-1c2d3e4f5a6b";
pub const CORR: &str = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";

pub const DEMO_PROFILE: &str = include_str!("../../../profiles/demo.json");

/// Diagnosis options with the catalogue's English words loaded, as the page has them once
/// its fetch is done.
pub fn options() -> Options {
    Options {
        texts: Some(consent_core::catalogue::CodeTexts::english()),
        ..Options::default()
    }
}

pub fn demo() -> Profile {
    Profile::from_json(DEMO_PROFILE).unwrap()
}

pub fn verified() -> Profile {
    Profile::from_json(include_str!("../../../profiles/fabrikam-outreach.json")).unwrap()
}

/// Diagnoses a query string as `/diagnose?…` would.
#[track_caller]
pub fn query(q: &str, audience: Audience) -> Diagnosis {
    diagnose(&Intake::from_location(q, ""), &demo(), audience, &options())
}

#[track_caller]
pub fn text(t: &str, audience: Audience) -> Diagnosis {
    diagnose(&Intake::from_text(t), &demo(), audience, &options())
}

pub fn fix_ids(d: &Diagnosis) -> Vec<&'static str> {
    d.fix_ids().iter().map(|f| f.id()).collect()
}

/// An authorize-endpoint error redirect in Microsoft's layout.
pub fn redirect(error: &str, code: u32, message: &str) -> String {
    let description = format!(
        "AADSTS{code}: {message}\r\nTrace ID: {TRACE}\r\nCorrelation ID: {CORR}\r\nTimestamp: 2025-03-04 10:11:12Z"
    );
    format!(
        "error={error}&error_description={}&error_uri=https%3a%2f%2flogin.microsoftonline.com%2ferror%3fcode%3d{code}&state=s1",
        consent_core::urls::encode(&description)
    )
}
