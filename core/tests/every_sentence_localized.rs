//! Every sentence the user's voice shows comes from the message catalogue: diagnosed with
//! the pseudo-localized catalogue (every message wrapped in ⟦ ⟧), no sentence of a
//! diagnosis may be left unwrapped, for every catalogued code and every verdict path.

mod util;

use consent_core::diagnosis::{diagnose, Diagnosis, Options};
use consent_core::i18n::Messages;
use consent_core::{catalogue, Audience, Intake};
use util::*;

fn pseudo() -> Options {
    Options {
        messages: Some(Messages::pseudo()),
        origin: Some("https://help.example".into()),
        ..Options::default()
    }
}

/// A sentence the catalogue did not write: a non-empty text without the pseudo brackets.
/// (Text that only quotes input, like a code or an ID, is not a sentence here.)
#[track_caller]
fn wrapped(what: &str, text: &str, failures: &mut Vec<String>) {
    let has_words = text.chars().filter(|c| c.is_alphabetic()).count() > 3;
    if has_words && !text.contains('⟦') {
        failures.push(format!("{what}: {text}"));
    }
}

fn check(label: &str, d: &Diagnosis, failures: &mut Vec<String>) {
    wrapped(&format!("{label} headline"), &d.headline, failures);
    if d.code.is_none() {
        wrapped(&format!("{label} summary"), &d.summary, failures);
    }
    if let Some(alt) = &d.alternative {
        wrapped(&format!("{label} alternative"), &alt.text, failures);
    }
    for w in &d.warnings {
        wrapped(&format!("{label} warning {}", w.id), &w.title, failures);
        wrapped(&format!("{label} warning {}", w.id), &w.text, failures);
    }
    for n in &d.notes {
        wrapped(&format!("{label} note"), n, failures);
    }
    for card in &d.fixes {
        let id = card.data_fix();
        wrapped(&format!("{label} {id} title"), &card.title, failures);
        wrapped(&format!("{label} {id} intro"), &card.intro, failures);
        wrapped(&format!("{label} {id} duration"), &card.duration, failures);
        if let Some(w) = &card.widens {
            wrapped(&format!("{label} {id} widens"), w, failures);
        }
        if let Some(c) = &card.check {
            wrapped(&format!("{label} {id} check"), c, failures);
        }
        for n in &card.notes {
            wrapped(&format!("{label} {id} note"), n, failures);
        }
        for step in &card.steps {
            wrapped(&format!("{label} {id} step"), &step.text, failures);
            if let Some(link) = &step.link {
                wrapped(&format!("{label} {id} link"), &link.label, failures);
            }
            if let Some(snippet) = &step.snippet {
                wrapped(
                    &format!("{label} {id} snippet label"),
                    &snippet.label,
                    failures,
                );
            }
        }
    }
}

fn inputs() -> Vec<(String, Intake)> {
    let mut all: Vec<(String, Intake)> = catalogue::all()
        .iter()
        .map(|e| {
            let q = format!("error_codes={}&tenant=contoso.example", e.code);
            (format!("AADSTS{}", e.code), Intake::from_location(&q, ""))
        })
        .collect();
    for q in [
        "error=access_denied&error_subcode=cancel",
        "error=consent_required",
        "error=invalid_request",
        "error=interaction_required",
        "error=server_error",
        "error=invalid_resource",
        "admin_consent=True&tenant=contoso.example",
        "admin_consent=True&error=access_denied",
        "error_codes=99999999",
        "error=access_denied&client_id=11111111-2222-3333-4444-555555555555&error_codes=90094",
        "error_codes=90094,50058&code=abc&redirect_uri=x&foo=1&foo=2",
        "",
        "trace_id=0b9c5a12-7f3e-4d21-9a8b-1c2d3e4f5a6b",
    ] {
        all.push((q.to_string(), Intake::from_location(q, "")));
    }
    for t in [
        "Need admin approval",
        "管理者の承認が必要",
        "MsalUiRequiredException: user_canceled",
        "Approval required. This app requires your admin's approval.",
        "nothing useful here",
    ] {
        all.push((t.to_string(), Intake::from_text(t)));
    }
    all
}

#[test]
fn no_sentence_in_the_users_voice_is_left_in_english() {
    let mut failures = Vec::new();
    for profile in [demo(), verified()] {
        for (label, intake) in inputs() {
            let d = diagnose(&intake, &profile, Audience::User, &pseudo());
            check(&label, &d, &mut failures);
        }
    }
    failures.sort();
    failures.dedup();
    assert!(
        failures.is_empty(),
        "{} sentences are not from the catalogue:\n{}",
        failures.len(),
        failures
            .iter()
            .take(60)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_admins_voice_stays_english_whatever_the_users_language() {
    let intake = Intake::from_location("error_codes=90094", "");
    let d = diagnose(&intake, &demo(), Audience::Admin, &pseudo());
    assert!(!d.headline.contains('⟦'), "{}", d.headline);
}
