//! Inputs the fuzzers found, kept as regression tests (see `cargo xtask fuzz`).

mod util;

use consent_core::diagnosis::diagnose;
use consent_core::share::share_link;
use consent_core::{Audience, Intake};

/// The share-link round trip of `fuzz/fuzz_targets/intake_location.rs`.
fn round_trip(data: &str) {
    let profile = util::demo();
    let (query, fragment) = data.split_once('\n').unwrap_or((data, ""));
    let intake = Intake::from_location(query, fragment);
    let audience = intake.audience.unwrap_or(Audience::User);
    let d = diagnose(&intake, &profile, audience, &util::options());
    let link = share_link("https://help.example", &d, &profile, audience);
    let again = Intake::from_location("", link.split_once('#').map_or("", |(_, f)| f));
    assert_eq!(
        diagnose(&again, &profile, audience, &util::options()).verdict,
        d.verdict,
        "{link}"
    );
}

#[test]
fn control_characters_removed_for_display_do_not_join_into_a_new_code() {
    // "AAD\u{1}\0…sTS65004" is no code; cleaned for display it once read "AADsTS65004" and the
    // share link then diagnosed something else.
    round_trip(include_str!("fuzz_regressions/intake_location-1"));
}

#[test]
fn wording_recognised_in_a_description_survives_the_share_link() {
    round_trip(include_str!("fuzz_regressions/intake_location-2"));
}

#[test]
fn wording_and_code_found_in_different_places_survive_the_share_link() {
    round_trip(include_str!("fuzz_regressions/intake_location-3"));
}

#[test]
fn addresses_that_share_characters_are_redacted_without_a_panic() {
    // "n@--------.7f3e@dr-a21.7f3e@…": the second address's local part once reached back into
    // the first, already replaced one, and the slice ran backwards.
    let text = include_str!("fuzz_regressions/intake_text-1");
    let intake = Intake::from_text(text);
    let d = diagnose(&intake, &util::demo(), Audience::Support, &util::options());
    let report = consent_core::report::report(
        &d,
        &util::demo(),
        &consent_core::report::ReportContext::default(),
    );
    assert!(!report.contains("n@-"), "{report}");
    assert_eq!(
        consent_core::text::redact_emails("a@b.c@d.e x@y.z"),
        "[email removed]@d.e [email removed]"
    );
}

#[test]
fn a_member_with_an_empty_name_is_named_as_such() {
    // `""product_name"`: serde_path_to_error writes a path whose last member has an empty
    // name as nothing at all, which left the error without a field.
    let e = consent_core::Profile::from_json(include_str!("fuzz_regressions/profile_parse-1"))
        .unwrap_err();
    assert!(!e.field.is_empty(), "{e}");
    let unknown = consent_core::Profile::from_json(r#"{"": 1}"#).unwrap_err();
    assert_eq!(unknown.field, "\"\"");
    let nested = consent_core::Profile::from_json(r#"{"support": {"": 1}}"#).unwrap_err();
    assert_eq!(nested.field, "support.\"\"");
}
