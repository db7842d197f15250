//! Issue "every code": golden diagnoses for codes outside consent, client libraries' error
//! shapes (one per library, written from their documented formats), localized screens, and
//! what the page says when it recognises nothing.

mod util;

use consent_core::diagnosis::Diagnosis;
use consent_core::Audience;
use util::*;

#[track_caller]
fn verdict_of(t: &str) -> (String, Option<u32>, Diagnosis) {
    let d = text(t, Audience::User);
    (d.verdict.id().to_string(), d.code.map(|c| c.number()), d)
}

#[test]
fn one_golden_diagnosis_per_family_of_new_codes() {
    // (code, verdict, the fix a user is shown first)
    let cases: &[(u32, &str, &str)] = &[
        (20001, "account-problem", "ask-admin"),
        (50155, "account-problem", "register-device"),
        (500571, "account-problem", "use-other-account"),
        (53005, "conditional-access-blocked", "app-protection"),
        (650053, "misconfigured-app", "contact-vendor"),
        (500014, "app-disabled", "ask-admin"),
        (50072, "sign-in-required", "sign-in-again"),
        (90055, "other", "wait-and-retry"),
        (700024, "misconfigured-app", "contact-vendor"),
    ];
    for &(code, verdict, first_fix) in cases {
        let d = query(&format!("error_codes={code}"), Audience::User);
        assert_eq!(d.verdict.id(), verdict, "{code}");
        assert!(!d.summary.is_empty(), "{code}: no meaning");
        assert_eq!(
            fix_ids(&d).first().copied(),
            Some(first_fix),
            "{code}: {:?}",
            fix_ids(&d)
        );
    }
    // The admin reading a federation failure gets the identity provider card, not consent.
    let d = query("error_codes=20001", Audience::Admin);
    assert!(fix_ids(&d).contains(&"federation"), "{:?}", fix_ids(&d));
    assert!(!fix_ids(&d).iter().any(|f| f.starts_with("method-")));
}

#[test]
fn client_library_shapes_reach_the_right_verdict() {
    let trailer = "\nTrace ID: 0b9c5a12-7f3e-4d21-9a8b-1c2d3e4f5a6b\nCorrelation ID: 5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b\nTimestamp: 2025-03-04 10:11:12Z";
    let consent = "AADSTS65001: The user or administrator has not consented to use the application with ID '3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11' named 'Contoso Mail Assistant'. Send an interactive authorization request for this user and resource.";
    let cases: Vec<(String, &str, Option<u32>)> = vec![
        // MSAL.js: name, then errorCode, then the STS text.
        (format!("Uncaught (in promise) InteractionRequiredAuthError: invalid_grant: {consent}{trailer}"), "admin-consent-required", Some(65001)),
        ("BrowserAuthError: user_cancelled: User cancelled the flow.".into(), "user-declined-consent", None),
        // MSAL.NET's ToString.
        (format!("MSAL.NetCore.4.61.3.0.MsalUiRequiredException:\n\tErrorCode: invalid_grant\nMicrosoft.Identity.Client.MsalUiRequiredException: {consent}{trailer}\n\tStatusCode: 400"), "admin-consent-required", Some(65001)),
        ("MSAL.NetCore.4.60.1.0.MsalClientException: ErrorCode: authentication_canceled Microsoft.Identity.Client.MsalClientException: User canceled authentication.".into(), "user-declined-consent", None),
        ("Microsoft.Identity.Client.MsalUiRequiredException: ErrorCode: invalid_grant Classification: ConsentRequired".into(), "admin-consent-required", None),
        // MSAL Python's result dict.
        (format!("{{'error': 'invalid_grant', 'error_description': \"{}\", 'error_codes': [65001], 'suberror': 'consent_required', 'classification': 'consent_required'}}", consent.replace('\'', "\\'")), "admin-consent-required", Some(65001)),
        // MSAL for Android.
        ("com.microsoft.identity.client.exception.MsalUiRequiredException: AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication.".into(), "sign-in-required", Some(50076)),
        ("com.microsoft.identity.client.exception.MsalUserCancelException: ".into(), "user-declined-consent", None),
        // MSAL for iOS/macOS, as NSError prints.
        ("Error Domain=MSALErrorDomain Code=-50002 \"(null)\" UserInfo={MSALErrorDescriptionKey=User interaction is required, MSALOAuthErrorKey=invalid_grant, MSALOAuthSubErrorKey=consent_required, MSALSTSErrorCodesKey=(65001)}".into(), "admin-consent-required", Some(65001)),
        ("MSAL: could not aquire token: Error Domain=MSALErrorDomain Code=-50005 \"(null)\" UserInfo={MSALErrorDescriptionKey=User cancelled the authorization session.}".into(), "user-declined-consent", None),
        // ADAL.NET.
        (format!("Microsoft.IdentityModel.Clients.ActiveDirectory.AdalServiceException: {consent}{trailer}\n\tErrorCode: invalid_grant"), "admin-consent-required", Some(65001)),
        // Azure CLI.
        ("AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication to access '797f4846-ba00-4fd7-ba43-dac1f8f63013'.\nRun the command below to authenticate interactively; additional arguments may be added as needed:\naz logout\naz login --tenant \"contoso.onmicrosoft.com\" --scope \"https://management.core.windows.net//.default\"".into(), "sign-in-required", Some(50076)),
        ("Interactive authentication is needed. Please run:\naz login --scope https://graph.microsoft.com//.default".into(), "sign-in-required", None),
        // Microsoft Graph PowerShell (Azure Identity).
        (format!("Connect-MgGraph: InteractiveBrowserCredential authentication failed: {consent}"), "admin-consent-required", Some(65001)),
        // A resource's claims challenge.
        ("WWW-Authenticate: Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\", error=\"insufficient_claims\", claims=\"eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYwMzc0MjgwMCJ9fX0=\"".into(), "sign-in-required", None),
    ];
    for (input, verdict, code) in cases {
        let (got, got_code, d) = verdict_of(&input);
        assert_eq!((got.as_str(), got_code), (verdict, code), "{input}");
        assert!(!d.summary.is_empty(), "{input}");
    }
}

#[test]
fn a_cancel_without_a_code_gets_both_readings_in_order() {
    let (verdict, _, d) = verdict_of("MSAL.NetCore.4.60.1.0.MsalClientException: ErrorCode: authentication_canceled User canceled authentication.");
    assert_eq!(verdict, "user-declined-consent");
    assert!(d.summary.contains("MSAL.NET"), "{}", d.summary);
    let alt = d.alternative.expect("a second reading");
    assert_eq!(alt.verdict.id(), "admin-consent-required");
    assert!(alt.text.contains("Need admin approval"));
    assert!(
        alt.href.starts_with("/diagnose#error_codes=90094"),
        "{}",
        alt.href
    );
    // The redirect Microsoft sends when someone leaves the approval screen: same two readings.
    let d = query(
        "error=access_denied&error_subcode=cancel&state=x",
        Audience::User,
    );
    assert_eq!(d.verdict.id(), "user-declined-consent");
    assert!(d.alternative.is_some());
    // A decline with its code is not ambiguous.
    let d = query("error=access_denied&error_codes=65004", Audience::User);
    assert!(d.alternative.is_none());
}

#[test]
fn localized_screens_reach_the_right_verdict_in_page_text() {
    let cases = [
        ("管理者の承認が必要\nContoso Mail Assistant には、組織内のリソースへのアクセス許可が必要です。このアクセス許可を付与できるのは管理者のみです。", "admin-consent-required", "Japanese"),
        ("承認が必要です\nこのアプリにアクセスするには管理者の承認が必要です\n承認要求", "admin-consent-required", "Japanese"),
        ("Contoso Mail Assistant\nAdministratorgenehmigung erforderlich\nContoso Mail Assistant benötigt eine Berechtigung zum Zugriff auf Ressourcen in Ihrer Organisation, die nur ein Administrator erteilen kann.", "admin-consent-required", "German"),
        ("Approbation requise\nCette application nécessite l’approbation de votre administrateur.", "admin-consent-workflow", "French"),
        ("这个应用可能有风险。 如果你信任此应用，请让管理员授予你访问权限。", "admin-consent-required", "Chinese"),
        ("이 앱은 위험할 수 있습니다.\n승인 요청", "admin-consent-workflow", "Korean"),
    ];
    for (input, verdict, language) in cases {
        let (got, _, d) = verdict_of(input);
        assert_eq!(got, verdict, "{input}");
        assert_eq!(
            d.facts.recognised.map(|p| p.language),
            Some(language),
            "{input}"
        );
        assert!(!d.summary.is_empty());
    }
}

#[test]
fn unknown_says_what_it_looked_for_and_what_it_found() {
    let (verdict, _, d) = verdict_of("Something went wrong.\nCorrelation Id: 5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b\nTimestamp: 2025-03-04T10:11:12Z");
    assert_eq!(verdict, "unknown");
    assert!(
        d.summary.contains("Looked for an AADSTS code"),
        "{}",
        d.summary
    );
    assert!(
        d.summary.contains("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"),
        "{}",
        d.summary
    );
    assert_eq!(fix_ids(&d).first().copied(), Some("paste-more"));
    assert!(fix_ids(&d).contains(&"contact-vendor"));
    let (_, _, bare) = verdict_of("it does not work");
    assert!(bare.summary.contains("No request ID"), "{}", bare.summary);
}
