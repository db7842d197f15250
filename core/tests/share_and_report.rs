//! What leaves the page: the share link reproduces the diagnosis and stays small; the report
//! has every ID support needs and no secret.

mod util;

use consent_core::diagnosis::diagnose;
use consent_core::report::{report, ReportContext};
use consent_core::share::{share_link, MAX_LINK_BYTES};
use consent_core::{Audience, Intake};
use util::*;

fn reopen(link: &str) -> consent_core::Diagnosis {
    let fragment = link.split_once('#').unwrap().1;
    let intake = Intake::from_location("", fragment);
    let audience = intake.audience.unwrap();
    diagnose(&intake, &demo(), audience, &options())
}

#[test]
fn share_links_reproduce_verdict_code_and_audience_for_every_golden_input() {
    let inputs = [
        redirect(
            "access_denied",
            90094,
            "The grant requires admin permission.",
        ),
        redirect("access_denied", 90095, "Admin consent is required."),
        "error=access_denied&error_subcode=cancel".into(),
        "admin_consent=True&tenant=contoso.com".into(),
        redirect("unauthorized_client", 7000112, "Application is disabled."),
        redirect("access_denied", 50105, "not assigned"),
        redirect("access_denied", 53003, "blocked"),
        redirect("unauthorized_client", 700016, "not found"),
        redirect("invalid_request", 50011, "reply url"),
        redirect("interaction_required", 50076, "mfa"),
        redirect("invalid_grant", 50126, "bad password"),
        redirect("server_error", 90033, "transient"),
        "text=Need+admin+approval".into(),
        "nothing=here".into(),
    ];
    for q in inputs {
        for audience in Audience::ALL {
            let original = query(&q, audience);
            let link = share_link("https://help.example", &original, &demo(), audience);
            assert!(link.len() <= MAX_LINK_BYTES, "{} bytes", link.len());
            let again = reopen(&link);
            assert_eq!(again.verdict, original.verdict, "{q} → {link}");
            assert_eq!(again.code, original.code, "{q}");
            assert_eq!(again.audience, audience);
            assert_eq!(again.facts.trace_id, original.facts.trace_id);
            assert_eq!(again.facts.correlation_id, original.facts.correlation_id);
            assert_eq!(again.facts.timestamp, original.facts.timestamp);
        }
    }
}

#[test]
fn share_link_stays_under_2_kib_with_a_huge_message_and_drops_emails() {
    let long = format!("user alex@contoso.com {}", "very long text ".repeat(500));
    let d = query(&redirect("access_denied", 90094, &long), Audience::User);
    let link = share_link("https://help.example", &d, &demo(), Audience::User);
    assert!(link.len() <= MAX_LINK_BYTES);
    assert!(
        !link.contains("alex") && !link.contains("%40contoso"),
        "{link}"
    );
    assert!(link.contains("error_description="));
}

#[test]
fn share_link_never_carries_codes_tokens_or_redirects() {
    let d = query("error=access_denied&code=SECRETCODE&access_token=SECRETTOKEN&redirect_uri=https%3A%2F%2Fevil.example&state=SECRETSTATE", Audience::User);
    let link = share_link("https://help.example", &d, &demo(), Audience::User);
    for secret in [
        "SECRETCODE",
        "SECRETTOKEN",
        "evil.example",
        "SECRETSTATE",
        "code=",
        "state=",
    ] {
        assert!(!link.contains(secret), "{secret} in {link}");
    }
}

#[test]
fn report_has_every_id_and_no_email_unless_opted_in() {
    let page = format!(
        "AADSTS50020: User account 'alex.w@fabrikam.example' from identity provider 'live.com' does not exist in tenant 'Contoso'.\nRequest Id: 11111111-2222-4333-8444-555555555555\nCorrelation Id: {CORR}\nTimestamp: 2025-01-14T08:21:44Z\nTrace ID: {TRACE}"
    );
    let d = text(&page, Audience::Support);
    let ctx = ReportContext {
        browser: Some("Mozilla/5.0 Test".into()),
        checked_at: Some("2025-01-14 09:00".into()),
        share_link: Some("https://help.example/diagnose#audience=support".into()),
        ..ReportContext::default()
    };
    let r = report(&d, &demo(), &ctx);
    for needle in [
        TRACE,
        CORR,
        "11111111-2222-4333-8444-555555555555",
        "2025-01-14T08:21:44Z",
        "AADSTS50020",
        "account-problem",
        "Mozilla/5.0 Test",
        "https://help.example/diagnose",
    ] {
        assert!(r.contains(needle), "{needle} missing from\n{r}");
    }
    assert!(!r.contains("alex.w@fabrikam.example"), "{r}");
    assert!(r.contains("[email removed]"));
    let opted = report(
        &d,
        &demo(),
        &ReportContext {
            include_personal: true,
            ..ctx
        },
    );
    assert!(opted.contains("alex.w@fabrikam.example"));
}

#[test]
fn report_says_a_code_was_dropped_but_not_the_code() {
    let d = query(
        "error=access_denied&code=0.AQSECRET&state=x",
        Audience::User,
    );
    let r = report(&d, &demo(), &ReportContext::default());
    assert!(!r.contains("0.AQSECRET"));
    assert!(r.contains("authorization code arrived"), "{r}");
}

#[test]
fn share_links_use_only_contract_keys() {
    let d = query(&format!("{}&tenant=contoso.com&client_id=3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11&foo=bar&redirect_uri=x", redirect("access_denied", 90094, "x")), Audience::Admin);
    let link = share_link("https://help.example", &d, &demo(), Audience::Admin);
    for pair in link.split_once('#').unwrap().1.split('&') {
        let key = pair.split('=').next().unwrap();
        assert!(
            consent_core::intake::ALLOWED_KEYS.contains(&key),
            "{key} in {link}"
        );
    }
}

mod redaction {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        /// Whatever surrounds them, a token, a code and an e-mail address never reach the
        /// report or the share link.
        #[test]
        fn secrets_never_leave_in_the_report_or_the_link(
            before in "\\PC{0,80}",
            after in "\\PC{0,80}",
            code in 50000u32..60000,
            local in "[a-z]{1,12}",
        ) {
            let email = format!("{local}.sentinel@fabrikam.example");
            let text = format!("{before} AADSTS{code}: account {email} failed {after} access_token=eyJSENTINELTOKEN&code=0.AQ-SENTINELCODE-abcdefgh");
            let q = format!("text={}&error_description={}", consent_core::urls::encode(&text), consent_core::urls::encode(&text));
            for audience in Audience::ALL {
                let d = query(&q, audience);
                let r = report(&d, &demo(), &ReportContext::default());
                let link = share_link("https://help.example", &d, &demo(), audience);
                for secret in [email.as_str(), "SENTINELTOKEN", "SENTINELCODE"] {
                    prop_assert!(!r.contains(secret), "{} in report", secret);
                    prop_assert!(!link.contains(secret) && !link.contains(&consent_core::urls::encode(secret)), "{} in link", secret);
                }
            }
        }
    }
}

#[test]
fn a_link_in_the_customers_language_names_it_first_and_still_fits_in_2_kib() {
    use consent_core::i18n::Language;
    use consent_core::share::share_link_in;
    let huge = redirect("access_denied", 90094, &"x".repeat(5000));
    let d = query(&huge, Audience::User);
    for language in Language::ALL {
        let link = share_link_in(
            "https://help.example",
            &d,
            &demo(),
            Audience::User,
            language,
        );
        assert!(link.len() <= MAX_LINK_BYTES, "{} bytes", link.len());
        assert!(
            link.starts_with(&format!(
                "https://help.example/diagnose#lang={}&",
                language.tag()
            )),
            "{link}"
        );
        let again = reopen(&link);
        assert_eq!((again.verdict, again.code), (d.verdict, d.code));
        assert!(
            again.notes.iter().all(|n| !n.contains("lang")),
            "{:?}",
            again.notes
        );
    }
}
