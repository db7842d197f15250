//! Golden diagnoses: one real-shaped input per verdict, and the ordering rules.

mod util;

use consent_core::diagnosis::{diagnose, Options};
use consent_core::{Audience, Intake, Verdict};
use util::*;

#[test]
fn one_input_per_verdict_gets_the_right_verdict_and_primary_code() {
    let cases: Vec<(String, Verdict, Option<u32>)> = vec![
        (redirect("access_denied", 90094, "The grant requires admin permission."), Verdict::AdminConsentRequired, Some(90094)),
        (redirect("access_denied", 90095, "Admin consent is required for the permissions requested by this application. An admin consent request may be sent to the admin."), Verdict::AdminConsentWorkflow, Some(90095)),
        ("error=access_denied&error_subcode=cancel&state=x".into(), Verdict::UserDeclinedConsent, None),
        (redirect("access_denied", 65004, "User declined to consent to access the app."), Verdict::UserDeclinedConsent, Some(65004)),
        ("admin_consent=True&tenant=72f988bf-86f1-41af-91ab-2d7cd011db47&scope=https%3A%2F%2Fgraph.microsoft.com%2FUser.Read".into(), Verdict::AdminConsentGranted, None),
        (redirect("unauthorized_client", 7000112, "Application '3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11'(Contoso Mail Assistant) is disabled."), Verdict::AppDisabled, Some(7000112)),
        (redirect("access_denied", 50105, "Your administrator has configured the application Contoso Mail Assistant ('3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11') to block users unless they are specifically granted ('assigned') access to the application."), Verdict::UserNotAssigned, Some(50105)),
        (redirect("access_denied", 53003, "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance."), Verdict::ConditionalAccessBlocked, Some(53003)),
        (redirect("unauthorized_client", 700016, "Application with identifier '3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11' was not found in the directory 'Fabrikam'."), Verdict::AppNotFoundInTenant, Some(700016)),
        (redirect("invalid_request", 50011, "The redirect URI 'https://app.example/cb' specified in the request does not match the redirect URIs configured for the application."), Verdict::MisconfiguredApp, Some(50011)),
        (redirect("interaction_required", 50076, "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication."), Verdict::SignInRequired, Some(50076)),
        (redirect("invalid_request", 50020, "User account 'alex@fabrikam.example' from identity provider 'live.com' does not exist in tenant 'Contoso' and cannot access the application."), Verdict::AccountProblem, Some(50020)),
        (redirect("server_error", 50000, "There was an error issuing a token."), Verdict::Other, Some(50000)),
        (redirect("invalid_request", 1234567, "Something new."), Verdict::Other, Some(1234567)),
        ("error=temporarily_unavailable".into(), Verdict::Other, None),
        ("foo=bar".into(), Verdict::Unknown, None),
    ];
    for (q, verdict, code) in cases {
        let d = query(&q, Audience::User);
        assert_eq!(d.verdict, verdict, "{q}");
        assert_eq!(d.code.map(|c| c.number()), code, "{q}");
        assert!(!d.fixes.is_empty(), "{q}: no fix");
        assert!(!d.headline.is_empty() && !d.summary.is_empty(), "{q}");
    }
}

#[test]
fn need_admin_approval_for_a_user_starts_with_asking_the_admin() {
    let d = query(
        &redirect(
            "access_denied",
            90094,
            "The grant requires admin permission.",
        ),
        Audience::User,
    );
    assert_eq!(d.headline, "Your organization needs an administrator to approve Contoso Mail Assistant before you can use it.");
    let ids = fix_ids(&d);
    assert_eq!(ids[0], "ask-admin");
    // The consent link for this app and the org-wide grant come before anything that widens
    // user consent; Method 3 is last among the admin fixes.
    let pos = |id: &str| {
        ids.iter()
            .position(|x| *x == id)
            .unwrap_or_else(|| panic!("{id} missing in {ids:?}"))
    };
    assert!(pos("admin-consent-url") < pos("method-1"));
    assert!(pos("method-1") < pos("method-3"));
    assert!(pos("method-2") < pos("method-3"));
    assert_eq!(
        pos("solution-a"),
        pos("method-1") + 1,
        "Method 1 and Solution A share a card"
    );
    assert!(
        !ids.contains(&"solution-b"),
        "unverified publisher: the verified-publisher setting cannot help"
    );
    assert!(d.has_warning("unverified-publisher"));
    assert!(d
        .consent_url
        .as_deref()
        .unwrap()
        .starts_with("http://127.0.0.1:8081/organizations/v2.0/adminconsent?client_id=3f7d1c2a"));
}

#[test]
fn the_admin_voice_leads_with_the_one_click_link_and_keeps_user_fixes_last() {
    let d = query(
        &redirect(
            "access_denied",
            90094,
            "The grant requires admin permission.",
        ),
        Audience::Admin,
    );
    let ids = fix_ids(&d);
    assert_eq!(ids[0], "admin-consent-url");
    assert_eq!(
        &ids[ids.len() - 2..],
        ["ask-admin", "run-check"],
        "the user's own steps come last for an admin"
    );
    let first_user_fix = ids.iter().position(|x| *x == "ask-admin").unwrap();
    assert!(ids[..first_user_fix].contains(&"method-3"));
    // Admin steps carry the deep links the user voice leaves out.
    let method1 = d
        .fixes
        .iter()
        .find(|c| c.ids.iter().any(|f| f.id() == "method-1"))
        .unwrap();
    assert!(method1.steps.iter().any(|s| s
        .link
        .as_ref()
        .is_some_and(|l| l.href.contains("entra.microsoft.com"))));
    let user = query(&redirect("access_denied", 90094, "x"), Audience::User);
    let user_method1 = user
        .fixes
        .iter()
        .find(|c| c.ids.iter().any(|f| f.id() == "method-1"))
        .unwrap();
    assert_eq!(user_method1.steps.len(), 1);
    assert!(
        user_method1.steps[0].link.is_none(),
        "no portal paths in the user's voice"
    );
}

#[test]
fn verified_publisher_offers_solution_b_before_method_3() {
    let d = diagnose(
        &Intake::from_location(
            &redirect("access_denied", 90095, "Admin consent is required."),
            "",
        ),
        &verified(),
        Audience::Admin,
        &options(),
    );
    let ids = fix_ids(&d);
    assert_eq!(
        ids[0], "review-request",
        "the admin voice starts with the pending request"
    );
    let pos = |id: &str| ids.iter().position(|x| *x == id).unwrap();
    assert!(pos("review-request") < pos("solution-b"));
    assert!(pos("solution-b") < pos("method-3"));
    assert!(!d.has_warning("unverified-publisher"));
    let user = diagnose(
        &Intake::from_location(&redirect("access_denied", 90095, "x"), ""),
        &verified(),
        Audience::User,
        &options(),
    );
    assert_eq!(fix_ids(&user)[0], "request-approval");
}

#[test]
fn conditional_access_is_routed_to_the_policy_not_to_consent() {
    let d = query(
        &redirect(
            "access_denied",
            53003,
            "Access has been blocked by Conditional Access policies.",
        ),
        Audience::Admin,
    );
    let ids = fix_ids(&d);
    assert_eq!(ids[0], "conditional-access");
    assert!(!ids.contains(&"admin-consent-url"));
    assert!(
        d.consent_url.is_some(),
        "the URL exists but is not offered as a fix"
    );
}

#[test]
fn disabled_app_and_unassigned_user_point_at_the_enterprise_app_settings() {
    assert_eq!(
        fix_ids(&query(
            &redirect("unauthorized_client", 7000112, "Application is disabled."),
            Audience::Admin
        ))[0],
        "enable-sign-in"
    );
    assert_eq!(
        fix_ids(&query(
            &redirect("access_denied", 50105, "not assigned"),
            Audience::Admin
        ))[0],
        "assign-users"
    );
}

#[test]
fn an_unknown_client_gets_a_loud_warning_and_no_consent_link() {
    let d = query(
        &format!(
            "{}&client_id=00000000-1111-4222-8333-444444444444",
            redirect("access_denied", 90094, "x")
        ),
        Audience::Admin,
    );
    assert!(d.has_warning("unknown-client"));
    assert_eq!(d.consent_url, None);
    assert!(!fix_ids(&d).contains(&"admin-consent-url"));
    let named = text("AADSTS65001: The user or administrator has not consented to use the application with ID 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' named 'Sketchy'.", Audience::Admin);
    assert!(named.has_warning("unknown-client"));
    assert!(named.warnings.iter().any(|w| w.text.contains("Sketchy")));
}

#[test]
fn an_allowlisted_client_is_trusted() {
    let d = query(
        &format!(
            "{}&client_id=9c0e4b7d-2f1a-4e3b-8d6c-5a4f3e2d1c0b",
            redirect("access_denied", 90094, "x")
        ),
        Audience::Admin,
    );
    assert!(!d.has_warning("unknown-client"));
    assert!(d
        .consent_url
        .unwrap()
        .contains("client_id=9c0e4b7d-2f1a-4e3b-8d6c-5a4f3e2d1c0b"));
}

#[test]
fn tenant_from_the_link_pins_the_consent_url_and_common_is_refused() {
    let d = query(
        &format!(
            "{}&tenant=fabrikam.onmicrosoft.com",
            redirect("access_denied", 90094, "x")
        ),
        Audience::Admin,
    );
    assert!(d
        .consent_url
        .unwrap()
        .starts_with("http://127.0.0.1:8081/fabrikam.onmicrosoft.com/v2.0/adminconsent"));
    let common = query(
        &format!("{}&tenant=common", redirect("access_denied", 90094, "x")),
        Audience::Admin,
    );
    assert_eq!(common.consent_url, None);
}

#[test]
fn broad_permissions_are_flagged_on_consent_verdicts() {
    let d = query(&redirect("access_denied", 90094, "x"), Audience::Admin);
    assert!(d.has_warning("broad-scope"));
    let ca = query(&redirect("access_denied", 53003, "x"), Audience::Admin);
    assert!(!ca.has_warning("broad-scope"));
}

#[test]
fn an_unknown_code_still_gets_a_useful_page() {
    let d = query(
        &redirect("invalid_request", 1234567, "Something new."),
        Audience::User,
    );
    assert_eq!(d.verdict, Verdict::Other);
    assert_eq!(fix_ids(&d)[0], "lookup-code");
    assert_eq!(
        d.facts.lookup_url.as_deref(),
        Some("https://login.microsoftonline.com/error?code=1234567")
    );
    assert!(d.summary.contains("AADSTS1234567"));
}

#[test]
fn a_dropped_code_and_ignored_parameters_are_explained() {
    let d = query("code=0.AAA&state=x&utm_source=mail", Audience::User);
    assert_eq!(d.verdict, Verdict::Unknown);
    assert!(d
        .notes
        .iter()
        .any(|n| n.contains("authorization code arrived")));
    assert!(d.notes.iter().any(|n| n.contains("utm_source")));
}

#[test]
fn error_uri_is_a_link_only_for_microsoft_hosts() {
    use consent_core::diagnosis::ErrorUri;
    let evil = query(
        "error=access_denied&error_uri=javascript%3Aalert(1)",
        Audience::User,
    );
    assert!(matches!(evil.facts.error_uri, Some(ErrorUri::Text(_))));
    let other = query(
        "error=access_denied&error_uri=https%3A%2F%2Fevil.example%2Ferror",
        Audience::User,
    );
    assert!(matches!(other.facts.error_uri, Some(ErrorUri::Text(_))));
    let ms = query(
        "error=access_denied&error_uri=https%3A%2F%2Flogin.windows.net%2Ferror%3Fcode%3D65004",
        Audience::User,
    );
    assert!(matches!(ms.facts.error_uri, Some(ErrorUri::Link(_))));
}

#[test]
fn ask_admin_message_carries_the_link_and_the_ids() {
    let d = query(&redirect("access_denied", 90094, "x"), Audience::User);
    let card = &d.fixes[0];
    let message = &card.steps[0].snippet.as_ref().unwrap().text;
    assert!(message.contains(d.consent_url.as_deref().unwrap()));
    assert!(message.contains(TRACE));
    assert!(message.contains("3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11"));
    assert!(card.steps[0]
        .link
        .as_ref()
        .unwrap()
        .href
        .starts_with("mailto:?subject="));
}

#[test]
fn managed_consent_note_names_the_blocked_permissions() {
    let d = query(&redirect("access_denied", 90094, "x"), Audience::Admin);
    let note = d
        .notes
        .iter()
        .find(|n| n.contains("Let Microsoft manage"))
        .unwrap();
    assert!(note.contains("Mail.ReadWrite") && note.contains("Calendars.ReadWrite"));
}

/// The ask-admin card of a 90094 for a Contoso user, on a deployment at help.example.
fn contoso_ask_admin() -> consent_core::fixes::FixCard {
    let options = Options {
        origin: Some("https://help.example".into()),
        ..options()
    };
    let intake = Intake::from_location(
        &format!(
            "{}&tenant=contoso.com",
            redirect("access_denied", 90094, "x")
        ),
        "",
    );
    let d = diagnose(&intake, &demo(), Audience::User, &options);
    d.fixes
        .into_iter()
        .find(|c| c.data_fix() == "ask-admin")
        .unwrap()
}

#[test]
fn the_message_to_the_admin_names_the_permissions_and_links_the_admin_page_for_the_tenant() {
    let ask = contoso_ask_admin();
    let message = &ask.steps[0].snippet.as_ref().unwrap().text;
    assert!(message.contains("- Mail.ReadWrite (Microsoft Graph): File the e-mails you choose into your CRM and tag them."), "{message}");
    assert!(
        message.contains("http://127.0.0.1:8081/contoso.com/v2.0/adminconsent?client_id="),
        "the link is for the user's tenant"
    );
    assert!(message.contains("https://help.example/admin?tenant=contoso.com"));
    assert!(message.contains("https://help.example/diagnose#audience=admin"));
    let mailto = &ask.steps[0].link.as_ref().unwrap().href;
    assert!(mailto.starts_with("mailto:?subject=Please%20approve%20Contoso%20Mail%20Assistant%20for%20our%20organization&body=Hello%2C"));
}

#[test]
fn the_message_to_the_admin_links_the_tenant_check_for_the_tenant() {
    let ask = contoso_ask_admin();
    let message = &ask.steps[0].snippet.as_ref().unwrap().text;
    assert!(
        message.contains("read-only check finds the setting in our tenant that causes it:\nhttps://help.example/tenant?tenant=contoso.com&error_codes=90094"),
        "{message}"
    );
}
