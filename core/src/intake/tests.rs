//! Intake on real-shaped inputs of every format the product meets. The examples are written
//! from the formats Microsoft documents (parameter names, description layout, JSON fields:
//! https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow);
//! IDs are made up.

use super::*;

const TRACE: &str = "0b9c5a12-7f3e-4d21-9a8b-1c2d3e4f5a6b";
const CORR: &str = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";
const APP: &str = "3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11";
const TENANT: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";

fn codes(intake: &Intake) -> Vec<u32> {
    intake.codes.iter().map(|c| c.number()).collect()
}

fn primary(intake: &Intake) -> Option<u32> {
    intake.primary_code().map(AadstsCode::number)
}

#[test]
fn authorize_redirect_query_with_plus_spaces_and_crlf() {
    let query = format!(
        "?error=access_denied&error_description=AADSTS65004%3a+User+declined+to+consent+to+access+the+app.%0d%0aTrace+ID%3a+{TRACE}%0d%0aCorrelation+ID%3a+{CORR}%0d%0aTimestamp%3a+2024-05-02+09%3a15%3a27Z&error_uri=https%3a%2f%2flogin.microsoftonline.com%2ferror%3fcode%3d65004&error_subcode=cancel&state=abc123"
    );
    let i = Intake::from_location(&query, "");
    assert_eq!(i.error, Some(OAuthError::AccessDenied));
    assert_eq!(codes(&i), [65004]);
    assert_eq!(
        i.message.as_deref(),
        Some("User declined to consent to access the app.")
    );
    assert_eq!(i.trace_id.unwrap().to_string(), TRACE);
    assert_eq!(i.correlation_id.unwrap().to_string(), CORR);
    assert_eq!(i.timestamp.as_deref(), Some("2024-05-02T09:15:27Z"));
    assert_eq!(i.error_subcode.as_deref(), Some("cancel"));
    assert_eq!(
        i.error_uri.as_deref(),
        Some("https://login.microsoftonline.com/error?code=65004")
    );
    assert!(i.state_present);
    assert_eq!(i.endpoint, Endpoint::AuthorizeRedirect);
}

#[test]
fn fragment_with_percent20_and_upper_case_escapes() {
    let fragment = format!(
        "#error=interaction_required&error_description=AADSTS50076%3A%20Due%20to%20a%20configuration%20change%20made%20by%20your%20administrator%2C%20you%20must%20use%20multi-factor%20authentication%20to%20access%20%2700000003-0000-0000-c000-000000000000%27.%0D%0ATrace%20ID%3A%20{TRACE}"
    );
    let i = Intake::from_location("", &fragment);
    assert_eq!(primary(&i), Some(50076));
    assert_eq!(i.error, Some(OAuthError::InteractionRequired));
    assert_eq!(i.trace_id.unwrap().to_string(), TRACE);
    // The GUID after "access" is the resource (Microsoft Graph), not the app.
    assert_eq!(i.app_id, None);
}

#[test]
fn query_and_fragment_are_both_read_and_first_value_wins() {
    let i = Intake::from_location(
        "?error=access_denied&error=server_error",
        "#admin_consent=True&tenant=contoso.com",
    );
    assert_eq!(i.error, Some(OAuthError::AccessDenied));
    assert_eq!(i.duplicates, ["error"]);
    assert_eq!(i.admin_consent, Some(true));
    assert_eq!(i.tenant, TenantId::parse("contoso.com"));
    assert_eq!(i.endpoint, Endpoint::AdminConsentResponse);
}

#[test]
fn admin_consent_success_and_its_three_cancel_shapes() {
    let ok = Intake::from_location(&format!("admin_consent=True&tenant={TENANT}&scope=https%3A%2F%2Fgraph.microsoft.com%2FMail.Read+https%3A%2F%2Fgraph.microsoft.com%2FUser.Read&state=x"), "");
    assert_eq!(ok.admin_consent, Some(true));
    assert_eq!(ok.error, None);
    assert_eq!(ok.scopes.len(), 2);
    let v1 = Intake::from_location("error=permission_denied&error_description=The+admin+canceled+the+request&admin_consent=True", "");
    assert_eq!(v1.error, Some(OAuthError::PermissionDenied));
    let v2 = Intake::from_location("admin_consent=True&error=consent_required&error_description=AADSTS65004%3a+The+resource+owner+or+authorization+server+denied+the+request.%0d%0aTrace+ID%3a+x", "");
    assert_eq!(codes(&v2), [65004]);
    let observed = Intake::from_location("error=access_denied&error_description=AADSTS1003031%3a+Misconfigured+required+resource+access+in+client+application+registration.&admin_consent=True", "");
    assert_eq!(codes(&observed), [1003031]);
}

#[test]
fn token_endpoint_json_body() {
    let body = format!(
        r#"{{"error":"invalid_grant","error_description":"AADSTS65001: The user or administrator has not consented to use the application with ID '{APP}' named 'Contoso Mail Assistant'. Send an interactive authorization request for this user and resource.\r\nTrace ID: {TRACE}\r\nCorrelation ID: {CORR}\r\nTimestamp: 2023-11-07 14:02:11Z","error_codes":[65001],"timestamp":"2023-11-07 14:02:11Z","trace_id":"{TRACE}","correlation_id":"{CORR}","suberror":"consent_required"}}"#
    );
    let i = Intake::from_text(&body);
    assert_eq!(i.endpoint, Endpoint::TokenJson);
    assert_eq!(i.error, Some(OAuthError::InvalidGrant));
    assert_eq!(codes(&i), [65001]);
    assert_eq!(i.suberror.as_deref(), Some("consent_required"));
    assert_eq!(i.app_id.unwrap().to_string(), APP);
    assert_eq!(i.app_name.as_deref(), Some("Contoso Mail Assistant"));
    assert_eq!(i.timestamp.as_deref(), Some("2023-11-07T14:02:11Z"));
    assert!(i
        .message
        .as_deref()
        .unwrap()
        .starts_with("The user or administrator has not consented"));
}

#[test]
fn json_nested_inside_json_twice() {
    let inner = format!(
        r#"{{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.\r\nTrace ID: {TRACE}","error_codes":[7000215]}}"#
    );
    let once = serde_json::to_string(&serde_json::json!({ "body": inner })).unwrap();
    let twice =
        serde_json::to_string(&serde_json::json!({ "level": "error", "msg": once })).unwrap();
    let line = format!("2024-02-01T10:00:00Z ERROR auth failed {twice}");
    let i = Intake::from_text(&line);
    assert_eq!(codes(&i), [7000215]);
    assert_eq!(i.error, Some(OAuthError::InvalidClient));
    assert_eq!(i.trace_id.unwrap().to_string(), TRACE);
}

#[test]
fn invalid_json_still_yields_codes_and_ids() {
    let broken = format!(
        r#"{{"error":"invalid_grant","error_description":"AADSTS50173: The provided grant has expired due to it being revoked.\r\nTrace ID: {TRACE}","error_codes":[50173"#
    );
    let i = Intake::from_text(&broken);
    assert_eq!(codes(&i), [50173]);
    assert_eq!(i.error, Some(OAuthError::InvalidGrant));
    assert_eq!(i.trace_id.unwrap().to_string(), TRACE);
}

#[test]
fn xml_fault_with_escaped_message() {
    let xml = format!(
        "<?xml version=\"1.0\"?><s:Envelope><s:Body><s:Fault><s:Reason><s:Text xml:lang=\"en-US\">Authentication Failure</s:Text></s:Reason><s:Detail><psf:error><psf:value>0x80048821</psf:value><psf:internalerror><psf:text>AADSTS50126: Error validating credentials due to invalid username or password.&#13;&#10;Trace ID: {TRACE}&#13;&#10;Correlation ID: {CORR}</psf:text></psf:internalerror></psf:error></s:Detail></s:Fault></s:Body></s:Envelope>"
    );
    let i = Intake::from_text(&xml);
    assert_eq!(codes(&i), [50126]);
    assert_eq!(i.endpoint, Endpoint::XmlFault);
    assert_eq!(i.correlation_id.unwrap().to_string(), CORR);
    assert_eq!(
        i.message.as_deref(),
        Some("Error validating credentials due to invalid username or password.")
    );
}

#[test]
fn wrapper_code_before_the_specific_one() {
    let text =
        "AADSTS70002: Error validating credentials. AADSTS50126: Invalid username or password";
    let i = Intake::from_text(text);
    assert_eq!(codes(&i), [70002, 50126]);
    assert_eq!(primary(&i), Some(50126));
}

#[test]
fn codes_found_by_different_wordings_keep_their_order_in_the_text() {
    let text = "error_codes: [50076, 50079] then Error Code: 53003, later AADSTS90094 and error code 65001";
    assert_eq!(
        codes(&Intake::from_text(text)),
        [50076, 50079, 53003, 90094, 65001]
    );
    let text = "Error code 53003 first, AADSTS50105 second";
    assert_eq!(codes(&Intake::from_text(text)), [53003, 50105]);
}

#[test]
fn code_casing_and_sign_in_log_wording() {
    assert_eq!(
        primary(&Intake::from_text("got aaDSTS90093 from login")),
        Some(90093)
    );
    assert_eq!(
        primary(&Intake::from_text(
            "Sign-in error code: 90095\nFailure reason: Admin consent is required"
        )),
        Some(90095)
    );
    assert_eq!(
        primary(&Intake::from_text("Error Code: 53003")),
        Some(53003)
    );
    let i = Intake::from_text("Error Code: interaction_required");
    assert_eq!(i.error, Some(OAuthError::InteractionRequired));
    assert!(i.codes.is_empty());
}

#[test]
fn error_page_copy_with_troubleshooting_details() {
    let page = format!(
        "Sign in\nSorry, but we're having trouble signing you in.\n\nAADSTS50105: Your administrator has configured the application Contoso Mail Assistant ('{APP}') to block users unless they are specifically granted ('assigned') access to the application.\n\nTroubleshooting details\nIf you contact your administrator, send this info to them.\nCopy info to clipboard\n\nRequest Id: {TRACE}\nCorrelation Id: {CORR}\nTimestamp: 2025-01-14T08:21:44.910Z\nMessage: AADSTS50105: Your administrator has configured the application\nApp name: Contoso Mail Assistant\nApp id: {APP}\nIP address: 203.0.113.7\nDevice identifier: Not available\n"
    );
    let i = Intake::from_text(&page);
    assert_eq!(i.endpoint, Endpoint::ErrorPageCopy);
    assert_eq!(codes(&i), [50105]);
    assert_eq!(i.request_id.unwrap().to_string(), TRACE);
    assert_eq!(i.correlation_id.unwrap().to_string(), CORR);
    assert_eq!(i.timestamp.as_deref(), Some("2025-01-14T08:21:44.910Z"));
    assert_eq!(i.app_id.unwrap().to_string(), APP);
    assert_eq!(i.app_name.as_deref(), Some("Contoso Mail Assistant"));
}

#[test]
fn a_url_without_question_mark_and_mixed_plain_text() {
    let text = "the app redirected to https://app.example/callback&error=access_denied&error_description=AADSTS90094%3a+The+grant+requires+admin+permission.&state=zz and then froze";
    let i = Intake::from_text(text);
    assert_eq!(i.error, Some(OAuthError::AccessDenied));
    assert_eq!(codes(&i), [90094]);
    assert_eq!(
        i.message.as_deref(),
        Some("The grant requires admin permission.")
    );
    assert_eq!(i.endpoint, Endpoint::AuthorizeRedirect);
}

#[test]
fn a_full_redirect_url_pasted_into_text_drops_the_code() {
    let text =
        "https://app.example/callback?code=0.AAAA-secret-looking-code&state=s&session_state=q";
    let i = Intake::from_text(text);
    assert!(i.dropped.contains(&Dropped::AuthorizationCode));
    assert!(i.is_empty());
}

#[test]
fn literal_backslash_r_backslash_n_from_a_log() {
    let text = format!(
        r"AADSTS700016: Application with identifier '{APP}' was not found in the directory 'Contoso'.\r\nTrace ID: {TRACE}\r\nCorrelation ID: {CORR}"
    );
    let i = Intake::from_text(&text);
    assert_eq!(codes(&i), [700016]);
    assert_eq!(i.app_id.unwrap().to_string(), APP);
    assert_eq!(i.message.as_deref(), Some("Application with identifier '3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11' was not found in the directory 'Contoso'."));
    assert_eq!(i.trace_id.unwrap().to_string(), TRACE);
}

#[test]
fn tenant_from_authority_path_and_from_message() {
    let i = Intake::from_text(&format!("POST https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token failed: AADSTS9002326: Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type. Request origin: 'https://app.example'."));
    assert_eq!(i.tenant, Some(TenantId::Id(Guid::parse(TENANT).unwrap())));
    assert_eq!(primary(&i), Some(9002326));
}

#[test]
fn truncated_text_keeps_what_is_there() {
    let i = Intake::from_text(&format!(
        "AADSTS90094: The grant requires admin permis\r\nTrace ID: {}",
        &TRACE[..20]
    ));
    assert_eq!(codes(&i), [90094]);
    assert_eq!(i.trace_id, None);
}

#[test]
fn wordings_without_a_code_are_recognised() {
    let cases = [
        ("Need admin approval\nContoso Mail Assistant needs permission to access resources in your organization that only an admin can grant.", Some(90094)),
        ("Approval required\nThis app requires your admin's approval to: ... Enter justification for requesting this app. Request approval", Some(90095)),
        ("This app may be risky. If you trust this app, ask your admin to grant you access.", Some(900941)),
        ("Administrator approval required", None),
        ("Application with identifier 'x' was not found in the directory 'Fabrikam'", Some(700016)),
        ("Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type", Some(9002326)),
    ];
    for (text, code) in cases {
        let i = Intake::from_text(text);
        assert!(i.phrase.is_some(), "{text}");
        assert_eq!(primary(&i), code, "{text}");
    }
    assert_eq!(
        Intake::from_text("Administrator approval required")
            .phrase
            .unwrap()
            .verdict,
        crate::verdict::Verdict::AdminConsentRequired
    );
}

#[test]
fn nothing_recognisable_is_empty_and_unknown() {
    let i = Intake::from_text("my computer is slow today");
    assert!(i.is_empty());
    assert_eq!(i.endpoint, Endpoint::Unknown);
}

#[test]
fn hostile_parameters_are_kept_as_data_and_dangerous_keys_dropped() {
    let i = Intake::from_location(
        "error=%3Cscript%3Ealert(1)%3C%2Fscript%3E&error_description=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E&redirect_uri=https%3A%2F%2Fevil.example&authority=https%3A%2F%2Fevil.example&code=abc&access_token=eyJ&returnTo=x&foo%3Cb%3E=1",
        "",
    );
    assert_eq!(
        i.error,
        Some(OAuthError::Other("<script>alert(1)</script>".into()))
    );
    assert_eq!(
        i.error_description.as_deref(),
        Some("<img src=x onerror=alert(1)>")
    );
    assert!(i.dropped.contains(&Dropped::AuthorizationCode));
    assert!(i.dropped.contains(&Dropped::Token));
    assert!(i.dropped.contains(&Dropped::Authority));
    assert!(i
        .dropped
        .contains(&Dropped::RedirectTarget("redirect_uri".into())));
    assert!(i
        .dropped
        .contains(&Dropped::RedirectTarget("returnto".into())));
    assert_eq!(i.ignored, ["foob"]);
}

#[test]
fn text_parameter_is_read_as_free_text() {
    let i = Intake::from_location("audience=admin&text=Sign-in+error+code%3A+90095&client_id=3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11&tenant=fabrikam.onmicrosoft.com", "");
    assert_eq!(primary(&i), Some(90095));
    assert_eq!(i.audience, Some(Audience::Admin));
    assert_eq!(i.app_id.unwrap().to_string(), APP);
    assert_eq!(i.tenant, TenantId::parse("fabrikam.onmicrosoft.com"));
}

#[test]
fn input_within_the_limit_is_not_reported_as_cut() {
    // Every paste once carried the "input was cut" note (and spent 2 ms looking for a
    // character boundary two megabytes past its end) — found by the slow fuzz target.
    for text in ["AADSTS90094", "", "é", &"x".repeat(MAX_TEXT_BYTES)] {
        assert!(!Intake::from_text(text).truncated, "{} bytes", text.len());
    }
    let mut text = "x".repeat(MAX_TEXT_BYTES - 1);
    text.push('é');
    let cut = Intake::from_text(&text);
    assert!(cut.truncated);
}

#[test]
fn two_megabytes_of_input_is_cut_and_bounded() {
    let mut text = String::with_capacity(2_200_000);
    while text.len() < 2_100_000 {
        text.push_str("lorem ipsum 2024 {\"x\": \"AADSTS9\" %41 \\u00 &amp; ");
    }
    text.push_str("AADSTS90094: late code");
    // Speed is measured by `cargo xtask bench`, not asserted here; this checks the bounds.
    let i = Intake::from_text(&text);
    assert!(i.truncated);
    assert!(i.codes.len() <= MAX_CODES);
}

#[test]
fn many_codes_are_capped() {
    let text: String = (0..500).map(|n| format!("AADSTS{} ", 50000 + n)).collect();
    assert_eq!(Intake::from_text(&text).codes.len(), MAX_CODES);
}
