//! Property tests: any input, no panic, output within bounds.

mod util;

use consent_core::diagnosis::{diagnose, Options, MAX_SHOWN_CHARS};
use consent_core::share::{share_link, MAX_LINK_BYTES};
use consent_core::{Audience, Intake, Profile};
use proptest::prelude::*;

fn fragments() -> impl Strategy<Value = String> {
    // Pieces real inputs are made of, shuffled into nonsense.
    let piece = prop_oneof![
        Just("AADSTS".to_string()),
        Just("error=".to_string()),
        Just("&".to_string()),
        Just("%".to_string()),
        Just("%0d%0a".to_string()),
        Just("\\\"".to_string()),
        Just("{\"error\":".to_string()),
        Just("Trace ID: ".to_string()),
        Just("2024-01-01 10:00:00Z".to_string()),
        Just("0b9c5a12-7f3e-4d21-9a8b-1c2d3e4f5a6b".to_string()),
        Just("&#".to_string()),
        Just("\u{202e}".to_string()),
        Just("admin_consent=True".to_string()),
        "[0-9]{1,9}",
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_text_diagnoses_without_panic_and_within_bounds(input in fragments()) {
        let profile = util::demo();
        let intake = Intake::from_text(&input);
        prop_assert!(intake.codes.len() <= 16);
        for audience in Audience::ALL {
            let d = diagnose(&intake, &profile, audience, &Options::default());
            prop_assert!(!d.fixes.is_empty());
            prop_assert!(d.facts.message.as_ref().is_none_or(|m| m.chars().count() <= MAX_SHOWN_CHARS));
            prop_assert!(d.facts.description.as_ref().is_none_or(|m| m.chars().count() <= MAX_SHOWN_CHARS));
            let link = share_link("https://help.example", &d, &profile, audience);
            prop_assert!(link.len() <= MAX_LINK_BYTES);
            let again = Intake::from_location("", link.split_once('#').unwrap().1);
            let redone = diagnose(&again, &profile, audience, &Options::default());
            prop_assert_eq!(redone.verdict, d.verdict);
        }
    }

    #[test]
    fn any_query_string_parses_without_panic(q in "\\PC{0,300}", f in "\\PC{0,300}") {
        let intake = Intake::from_location(&q, &f);
        prop_assert!(intake.ignored.len() <= 20);
        prop_assert!(intake.duplicates.len() <= 20);
    }

    #[test]
    fn any_bytes_as_profile_never_panic(s in "\\PC{0,400}") {
        let _ = Profile::from_json(&s);
    }

    #[test]
    fn display_text_has_no_bidi_controls(s in "\\PC{0,200}") {
        let (shown, _) = consent_core::text::for_display(&s, 100);
        let has_bidi = shown.chars().any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'));
        prop_assert!(!has_bidi, "bidi control left in {:?}", shown);
        prop_assert!(shown.chars().count() <= 100);
    }
}
