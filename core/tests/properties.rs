//! Property tests: any input, no panic, output within bounds.

mod util;

use consent_core::diagnosis::{diagnose, MAX_SHOWN_CHARS};
use consent_core::jwt::{decode, Decoded};
use consent_core::share::{share_link, MAX_LINK_BYTES};
use consent_core::signin::{validate, Outcome, Transaction};
use consent_core::{Audience, Intake, Profile};
use proptest::prelude::*;

fn b64(text: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
}

/// JSON-ish text: objects, arrays, strings and numbers in any nesting, often broken.
fn json_ish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("{".to_string()),
        Just("}".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just("\"scp\":".to_string()),
        Just("\"wids\":".to_string()),
        Just("\"tid\":".to_string()),
        Just(",".to_string()),
        Just("\"x\"".to_string()),
        Just("1e999".to_string()),
        Just("\\u0000".to_string()),
        "\\PC{0,8}",
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

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
        // Hidden characters the display clean-up must mark without joining or splitting.
        Just("\u{6}".to_string()),
        Just("\r".to_string()),
        Just("admin_consent=True".to_string()),
        // Wordings recognised without a code: a share link must carry them faithfully.
        Just("Need admin approval".to_string()),
        Just("Approval required".to_string()),
        Just("access to OData is disabled".to_string()),
        Just("Your sign-in was blocked".to_string()),
        Just("application is disabled".to_string()),
        Just("not assigned to a role for the application".to_string()),
        "[0-9]{1,9}",
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// Generated JSON documents (any nesting, escapes, numbers) as `serde_json` writes them.
fn json_document() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        "[\\x00-\\x1f\"\\\\/\u{e9}\u{1F600}]{0,6}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("\\PC{0,6}", inner), 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// An object's members written by hand, so names can repeat (serde_json's own writer
/// cannot write that).
fn object_text(members: &[(String, serde_json::Value)]) -> String {
    let parts: Vec<String> = members
        .iter()
        .map(|(k, v)| format!("{}:{v}", serde_json::Value::from(k.as_str())))
        .collect();
    format!("{{{}}}", parts.join(","))
}

/// Paths into the demo profile, where the profile test puts a generated value.
const PROFILE_PATHS: [&str; 9] = [
    "/product_name",
    "/support",
    "/support/email",
    "/app/client_id",
    "/app/publisher_verified",
    "/cloud",
    "/delegated_permissions/3",
    "/delegated_permissions/3/scope",
    "/allowed_client_ids",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// A token's claims are the object serde_json reads, claim for claim, in the token's
    /// order; a name written twice keeps its last value (as `JSON.parse` does) and is
    /// reported once.
    #[test]
    fn claims_are_the_object_with_repeats_reported(
        members in prop::collection::vec((prop_oneof![Just("aud".to_string()), "[a-z]{1,3}"], json_document()), 0..8),
    ) {
        let text = object_text(&members);
        let token = format!("{}.{}.sig", b64("{}"), b64(&text));
        let Ok(Decoded::Jws { payload, .. }) = decode(&token) else {
            return Err(TestCaseError::fail(format!("not decoded: {text}")));
        };
        let serde_view: serde_json::Value = serde_json::from_str(&text).unwrap();
        let ours: serde_json::Map<String, serde_json::Value> = payload.entries.iter().cloned().collect();
        prop_assert_eq!(serde_json::Value::Object(ours), serde_view);
        let mut first_seen: Vec<&str> = Vec::new();
        for (name, _) in &members {
            if !first_seen.contains(&name.as_str()) {
                first_seen.push(name);
            }
        }
        let order: Vec<&str> = payload.entries.iter().map(|(k, _)| k.as_str()).collect();
        prop_assert_eq!(order, first_seen.clone());
        let repeated: Vec<&str> = first_seen
            .into_iter()
            .filter(|n| members.iter().filter(|(k, _)| k == n).count() > 1)
            .collect();
        let mut reported: Vec<&str> = payload.duplicates.iter().map(String::as_str).collect();
        reported.sort_unstable();
        let mut expected = repeated;
        expected.sort_unstable();
        prop_assert_eq!(reported, expected);
    }

    /// Whatever value lands in a profile field, the profile is valid or the error names a
    /// field that exists in the file (or the file itself), never a panic.
    #[test]
    fn a_profile_with_any_value_anywhere_is_valid_or_names_the_field(
        at in prop::sample::select(PROFILE_PATHS.to_vec()),
        value in json_document(),
    ) {
        let mut profile: serde_json::Value = serde_json::from_str(util::DEMO_PROFILE).unwrap();
        *profile.pointer_mut(at).unwrap() = value;
        if let Err(e) = Profile::from_json(&profile.to_string()) {
            let top = at.trim_start_matches('/').split('/').next().unwrap();
            prop_assert!(e.field.starts_with(top), "{} for a value at {}", e, at);
            prop_assert!(!e.problem.is_empty());
        }
    }

    #[test]
    fn any_text_diagnoses_without_panic_and_within_bounds(input in fragments()) {
        let profile = util::demo();
        let intake = Intake::from_text(&input);
        prop_assert!(intake.codes.len() <= 16);
        for audience in Audience::ALL {
            let d = diagnose(&intake, &profile, audience, &util::options());
            prop_assert!(!d.fixes.is_empty());
            prop_assert!(d.facts.message.as_ref().is_none_or(|m| m.chars().count() <= MAX_SHOWN_CHARS));
            prop_assert!(d.facts.description.as_ref().is_none_or(|m| m.chars().count() <= MAX_SHOWN_CHARS));
            let link = share_link("https://help.example", &d, &profile, audience);
            prop_assert!(link.len() <= MAX_LINK_BYTES);
            let again = Intake::from_location("", link.split_once('#').unwrap().1);
            let redone = diagnose(&again, &profile, audience, &util::options());
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
    fn any_token_decodes_or_says_why(header in json_ish(), payload in json_ish(), raw in "\\PC{0,200}") {
        let claims = r#"{"scp":"User.Read Mail.Read","wids":["62e90394-69f5-4237-9190-012177145e10"]}"#;
        for token in [
            format!("{}.{}.sig", b64(&header), b64(&payload)),
            format!("{}.{}.sig", b64(r#"{"alg":"RS256"}"#), b64(claims)),
            format!("{}.{}", b64(&header), b64(&payload)),
            raw.clone(),
        ] {
            match decode(&token) {
                Ok(Decoded::Jws { payload, .. }) => {
                    // A decoded payload must be what was encoded, claim for claim.
                    if token.contains(&b64(claims)) {
                        prop_assert_eq!(payload.list("scp"), vec!["User.Read", "Mail.Read"]);
                    }
                }
                Ok(_) => {}
                // Every refusal explains itself in words a person can act on.
                Err(e) => {
                    let message = e.to_string();
                    prop_assert!(message.starts_with("the token"), "{}", message);
                }
            }
        }
    }

    #[test]
    fn only_the_pending_state_leads_to_a_token_request(
        state in prop_oneof![Just("S1state".to_string()), "[A-Za-z0-9]{0,10}"],
        extra in "\\PC{0,80}",
        code in "[A-Za-z0-9._-]{0,40}",
        in_fragment in any::<bool>(),
    ) {
        let response = format!("code={code}&state={state}&{extra}");
        let (query, fragment) = if in_fragment { ("", response.as_str()) } else { (response.as_str(), "") };
        let tx = util::pending_sign_in::pending();
        match validate(query, fragment, Some(&tx), 2_000.0) {
            Outcome::Redeem { transaction, .. } => {
                prop_assert_eq!(&transaction, &tx);
                prop_assert_eq!(state.as_str(), "S1state");
                prop_assert!(!code.is_empty());
            }
            // A clean response with our state and a code is redeemed; anything else may not be.
            other => {
                let clean = state == "S1state" && !code.is_empty() && extra.is_empty();
                prop_assert!(!clean, "not redeemed: {:?}", other);
            }
        }
        // Without a pending sign-in nothing is ever redeemed.
        let redeems = |tx: Option<&Transaction>, now: f64| matches!(validate(query, fragment, tx, now), Outcome::Redeem { .. });
        prop_assert!(!redeems(None, 2_000.0), "redeemed without a pending sign-in");
        // Nor after the ten minutes a sign-in may take.
        prop_assert!(!redeems(Some(&tx), 1_000.0 + 11.0 * 60_000.0), "redeemed after expiry");
    }

    #[test]
    fn display_text_has_no_bidi_controls(s in "\\PC{0,200}") {
        let (shown, _) = consent_core::text::for_display(&s, 100);
        let has_bidi = shown.chars().any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'));
        prop_assert!(!has_bidi, "bidi control left in {:?}", shown);
        prop_assert!(shown.chars().count() <= 100);
    }
}
