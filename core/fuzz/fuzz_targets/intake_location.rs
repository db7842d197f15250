//! Query and fragment (the share-link decoder is the same intake): never panics, and a
//! share link built from the diagnosis reproduces its verdict when read back.
#![no_main]

use consent_core::diagnosis::{diagnose, Options};
use consent_core::share::{share_link, MAX_LINK_BYTES};
use consent_core::{Audience, Intake, Profile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let profile =
        Profile::from_json(include_str!("../../../profiles/demo.json")).expect("demo profile");
    let (query, fragment) = data.split_once('\n').unwrap_or((data, ""));
    let intake = Intake::from_location(query, fragment);
    let audience = intake.audience.unwrap_or(Audience::User);
    let d = diagnose(&intake, &profile, audience, &Options::default());
    let link = share_link("https://help.example", &d, &profile, audience);
    assert!(link.len() <= MAX_LINK_BYTES);
    let again = Intake::from_location("", link.split_once('#').map_or("", |(_, f)| f));
    assert_eq!(
        diagnose(&again, &profile, audience, &Options::default()).verdict,
        d.verdict
    );
});
