//! The tenant check's rules on snapshots built from Microsoft Graph's documented response
//! shapes (`fixtures/tenant/all-clear.json`), changed one setting at a time as a tenant
//! would be.

mod util;

use consent_core::tenant::live::Plan;
use consent_core::tenant::{
    evaluate, script, CheckContext, Finding, FindingId, Severity, Snapshot, SnapshotError,
    TenantReport,
};
use consent_core::{AadstsCode, Profile, TenantId};
use proptest::prelude::*;
use serde_json::{json, Value};

const BASELINE: &str = include_str!("fixtures/tenant/all-clear.json");
const APP_SP: &str = "5d2c0b7e-3a41-4f8e-9c6d-2b1a0f9e8d7c";
const GRAPH_SP: &str = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";

fn baseline() -> Value {
    serde_json::from_str(BASELINE).unwrap()
}

fn check_with(snapshot: &Value, profile: &Profile, codes: &[u32]) -> TenantReport {
    let snap = Snapshot::parse(&snapshot.to_string()).expect("a snapshot");
    let codes: Vec<AadstsCode> = codes.iter().filter_map(|c| AadstsCode::new(*c)).collect();
    let tenant = TenantId::parse("contoso.example");
    let ctx = CheckContext {
        profile,
        tenant: tenant.as_ref(),
        codes: &codes,
    };
    evaluate(&snap, &ctx)
}

fn check(snapshot: &Value) -> TenantReport {
    check_with(snapshot, &util::demo(), &[])
}

fn ids(report: &TenantReport) -> Vec<(&'static str, &'static str)> {
    report
        .findings
        .iter()
        .map(|f| (f.id.id(), f.severity.id()))
        .collect()
}

/// The first finding, which must be `id` with `severity`.
#[track_caller]
fn first(report: &TenantReport, id: FindingId, severity: Severity) -> &Finding {
    let f = &report.findings[0];
    assert_eq!((f.id, f.severity), (id, severity), "{:?}", ids(report));
    f
}

fn find(report: &TenantReport, id: FindingId) -> &Finding {
    report
        .findings
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no {} in {:?}", id.id(), ids(report)))
}

fn set_policies(s: &mut Value, assigned: &[&str]) {
    s["authorizationPolicy"]["defaultUserRolePermissions"]["permissionGrantPoliciesAssigned"] =
        json!(assigned);
}

const CONSENT_OFF: &[&str] =
    &["ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team"];

#[test]
fn a_healthy_tenant_is_all_clear_and_report_only_policies_do_not_block() {
    let r = check(&baseline());
    assert_eq!(
        ids(&r),
        vec![("all-clear", "ok"), ("report-only-policies", "ok")]
    );
    assert_eq!(
        r.summary,
        "Nothing in this tenant blocks Contoso Mail Assistant."
    );
    let clear = find(&r, FindingId::AllClear);
    assert!(
        clear
            .evidence
            .contains("covers all 7 delegated permissions"),
        "{}",
        clear.evidence
    );
    assert!(clear.evidence.contains("prompt=consent"));
    // Hostile text from a policy name stays text: the core passes it on unchanged.
    assert!(
        find(&r, FindingId::ReportOnlyPolicies).details[0].contains("<img src=x onerror=alert(1)>")
    );
}

#[test]
fn no_enterprise_app_with_user_consent_off_blocks_and_says_who_creates_it() {
    let mut s = baseline();
    s["servicePrincipal"]["value"] = json!([]);
    s.as_object_mut().unwrap().remove("oauth2PermissionGrants");
    s.as_object_mut().unwrap().remove("appRoleAssignments");
    set_policies(&mut s, CONSENT_OFF);
    let r = check(&s);
    assert_eq!(r.findings[0].id, FindingId::NoServicePrincipal);
    assert_eq!(r.findings[0].severity, Severity::Blocking);
    assert!(r.findings[0]
        .evidence
        .contains("appId eq '3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11'"));
    assert_eq!(
        r.findings[0].data_fix(),
        "admin-consent-url method-2 create-service-principal"
    );
    assert_eq!(
        find(&r, FindingId::UserConsentOff).severity,
        Severity::Blocking
    );
    // Without an enterprise app there is nothing to read grants from: not reported as missing.
    assert!(
        r.findings.iter().all(|f| f.id != FindingId::NotRead),
        "{:?}",
        ids(&r)
    );
}

#[test]
fn a_disabled_app_blocks_first_with_its_property_quoted_and_a_pinned_link() {
    let mut s = baseline();
    s["servicePrincipal"]["value"][0]["accountEnabled"] = json!(false);
    let r = check(&s);
    let f = first(&r, FindingId::AppDisabled, Severity::Blocking);
    assert!(f.evidence.contains("accountEnabled: false"));
    assert_eq!(f.data_fix(), "enable-sign-in");
    assert!(f.links[0].href.starts_with("https://entra.microsoft.com/contoso.example/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Properties/objectId/5d2c0b7e-3a41-4f8e-9c6d-2b1a0f9e8d7c/appId/3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11"), "{}", f.links[0].href);
    assert_eq!(r.summary, "Users are blocked because: the enterprise application \"Contoso Mail Assistant\" is disabled.");
}

#[test]
fn assignment_required_names_the_user_who_is_not_assigned() {
    let mut s = baseline();
    s["servicePrincipal"]["value"][0]["appRoleAssignmentRequired"] = json!(true);
    s["user"] = json!({"id": "u-1", "displayName": "Megan Bowen", "userPrincipalName": "megan@contoso.example",
        "appRoleAssignments": [{"id": "x", "appRoleId": "00000000-0000-0000-0000-000000000000", "resourceId": "another-app"}]});
    let r = check_with(&s, &util::demo(), &[50105]);
    assert_eq!(r.findings[0].id, FindingId::UserNotAssigned);
    assert!(r.findings[0]
        .evidence
        .contains("Megan Bowen has 1 app role assignment(s), none to this app"));
    assert_eq!(
        find(&r, FindingId::AssignmentRequired).severity,
        Severity::Warning
    );
    // The report withholds the name unless the admin opts in.
    let tenant = TenantId::parse("contoso.example");
    let demo = util::demo();
    let ctx = CheckContext {
        profile: &demo,
        tenant: tenant.as_ref(),
        codes: &[],
    };
    let redacted = r.report_text(&ctx, false);
    assert!(
        !redacted.contains("Megan") && !redacted.contains("megan@"),
        "{redacted}"
    );
    assert!(r.report_text(&ctx, true).contains("Megan Bowen"));

    // Assigned directly: fine.
    s["user"]["appRoleAssignments"][0]["resourceId"] = json!(APP_SP);
    let r = check(&s);
    assert_eq!(find(&r, FindingId::UserAssigned).severity, Severity::Ok);
}

#[test]
fn user_consent_off_without_a_grant_blocks_and_lists_what_is_not_granted() {
    let mut s = baseline();
    set_policies(&mut s, CONSENT_OFF);
    s["oauth2PermissionGrants"] = json!([]);
    s["adminConsentRequestPolicy"]["isEnabled"] = json!(false);
    let r = check_with(&s, &util::demo(), &[90094]);
    let f = first(&r, FindingId::UserConsentOff, Severity::Blocking);
    assert!(f.evidence.contains("permissionGrantPoliciesAssigned: ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team."));
    assert_eq!(f.details.len(), 7);
    // Least privilege first: trusting this app comes before widening consent for all apps.
    assert_eq!(
        f.data_fix(),
        "admin-consent-url method-1 enable-workflow method-3"
    );
    assert_eq!(find(&r, FindingId::WorkflowOff).severity, Severity::Warning);
}

#[test]
fn low_impact_only_names_the_permissions_not_classified_low_and_the_unverified_publisher() {
    let mut s = baseline();
    set_policies(
        &mut s,
        &["ManagePermissionGrantsForSelf.microsoft-user-default-low"],
    );
    s["oauth2PermissionGrants"] = json!([]);
    let low = |id: &str, name: &str| json!({"id": format!("c-{name}"), "permissionId": id, "permissionName": name, "classification": "low"});
    s["resourceServicePrincipals"][0]["delegatedPermissionClassifications"] = json!([
        low("37f7f235-527c-4136-accd-4a02d197296e", "openid"),
        low("14dad69e-099b-42c9-810b-d002981feec1", "profile"),
        low("7427e0e9-2fba-42fe-b0c0-848c9e6a8182", "offline_access"),
        low("e1fe6dd8-ba31-4d61-89e7-88639da4683d", "User.Read"),
    ]);
    // An unverified publisher: the low-impact policy admits none of its permissions.
    let r = check(&s);
    assert_eq!(
        r.findings[0].id,
        FindingId::PublisherNotVerified,
        "{:?}",
        ids(&r)
    );
    assert_eq!(r.findings[0].details.len(), 7);

    // A verified publisher: only the permissions not classified low remain.
    s["servicePrincipal"]["value"][0]["verifiedPublisher"] = json!({"displayName": "Contoso Ltd", "verifiedPublisherId": "1234567", "addedDateTime": "2024-01-01T00:00:00Z"});
    let r = check(&s);
    let f = first(&r, FindingId::UserConsentLowOnly, Severity::Blocking);
    assert_eq!(
        f.details,
        vec![
            "Mail.ReadWrite (Microsoft Graph)",
            "Calendars.ReadWrite (Microsoft Graph)",
            "MailboxSettings.ReadWrite (Microsoft Graph)"
        ]
    );
    assert!(r
        .findings
        .iter()
        .all(|f| f.id != FindingId::PublisherNotVerified));
}

/// Users may consent to low-impact permissions only; nothing is granted; the app is registered
/// in Contoso itself.
fn low_impact_only_for_an_app_registered_here() -> Value {
    let mut s = baseline();
    set_policies(
        &mut s,
        &["ManagePermissionGrantsForSelf.microsoft-user-default-low"],
    );
    s["oauth2PermissionGrants"] = json!([]);
    s["servicePrincipal"]["value"][0]["appOwnerOrganizationId"] =
        json!("4c7e9d2a-1b3f-4e5d-8a6c-0f1e2d3c4b5a");
    s
}

#[test]
fn the_low_impact_policy_object_from_graph_decides_when_present() {
    // Graph's documented microsoft-user-default-low: two includes, one for apps registered in
    // the tenant, one for verified publishers.
    let mut s = low_impact_only_for_an_app_registered_here();
    s["permissionGrantPolicies"] = json!([{ "id": "microsoft-user-default-low", "displayName": "Default policy for user consent to low risk permissions",
        "includes": [
            { "id": "a", "permissionClassification": "low", "permissionType": "delegated", "resourceApplication": "any", "permissions": ["all"], "clientApplicationIds": ["all"], "clientApplicationTenantIds": ["4c7e9d2a-1b3f-4e5d-8a6c-0f1e2d3c4b5a"], "clientApplicationPublisherIds": ["all"], "clientApplicationsFromVerifiedPublisherOnly": false },
            { "id": "b", "permissionClassification": "low", "permissionType": "delegated", "resourceApplication": "any", "permissions": ["all"], "clientApplicationIds": ["all"], "clientApplicationTenantIds": ["all"], "clientApplicationPublisherIds": ["all"], "clientApplicationsFromVerifiedPublisherOnly": true }
        ], "excludes": [] }]);
    let snap = Snapshot::parse(&s.to_string()).unwrap();
    let demo = util::demo();
    let tenant = TenantId::parse("4c7e9d2a-1b3f-4e5d-8a6c-0f1e2d3c4b5a");
    let r = evaluate(
        &snap,
        &CheckContext {
            profile: &demo,
            tenant: tenant.as_ref(),
            codes: &[],
        },
    );
    // Registered in this tenant: no publisher finding; nothing is classified low, so all 7.
    let f = &r.findings[0];
    assert_eq!(f.id, FindingId::UserConsentLowOnly, "{:?}", ids(&r));
    assert_eq!(f.details.len(), 7);
}

#[test]
fn microsoft_managed_consent_names_the_mail_and_calendar_permissions_it_keeps() {
    let mut s = baseline();
    set_policies(
        &mut s,
        &[
            "ManagePermissionGrantsForSelf.microsoft-user-default-recommended",
            "ManagePermissionGrantsForSelf.microsoft-user-default-allow-consent-apps",
        ],
    );
    s["oauth2PermissionGrants"] = json!([]);
    let r = check(&s);
    let f = first(
        &r,
        FindingId::UserConsentMicrosoftManaged,
        Severity::Blocking,
    );
    assert_eq!(
        f.details,
        vec![
            "Mail.ReadWrite (Microsoft Graph)",
            "Calendars.ReadWrite (Microsoft Graph)"
        ]
    );
    assert!(f.evidence.contains("MC1097272"));

    // The policy as read from the tenant wins over the announced list.
    s["permissionGrantPolicies"] = json!([{ "id": "microsoft-user-default-recommended",
        "includes": [{ "permissionType": "delegatedUserConsentable" }],
        "excludes": [{ "permissionType": "delegated", "resourceApplication": "00000003-0000-0000-c000-000000000000", "permissions": ["818c620a-27a9-40bd-a6a5-d96f7d610b4b"] }] }]);
    let r = check(&s);
    let f = find(&r, FindingId::UserConsentMicrosoftManaged);
    assert_eq!(
        f.details,
        vec!["MailboxSettings.ReadWrite (Microsoft Graph)"]
    );
    assert!(f.evidence.contains("as read from the tenant"));
}

#[test]
fn a_grant_older_than_the_apps_permissions_lists_what_was_added() {
    let mut s = baseline();
    set_policies(&mut s, CONSENT_OFF);
    s["oauth2PermissionGrants"][0]["scope"] =
        json!("openid profile offline_access User.Read Mail.ReadWrite");
    let r = check_with(&s, &util::demo(), &[90094]);
    let f = first(&r, FindingId::GrantMissingScopes, Severity::Blocking);
    assert!(f.evidence.contains("consentType AllPrincipals): scope \"openid profile offline_access User.Read Mail.ReadWrite\""));
    assert_eq!(
        f.details,
        vec![
            "Calendars.ReadWrite (Microsoft Graph)",
            "MailboxSettings.ReadWrite (Microsoft Graph)"
        ]
    );
    assert_eq!(f.data_fix(), "admin-consent-url method-1");
}

#[test]
fn only_personal_grants_say_how_many_people_consented() {
    let mut s = baseline();
    set_policies(&mut s, CONSENT_OFF);
    let grant = |who: &str| {
        json!({"id": format!("g-{who}"), "clientId": APP_SP, "consentType": "Principal", "principalId": who, "resourceId": GRAPH_SP,
        "scope": "openid profile offline_access User.Read Mail.ReadWrite Calendars.ReadWrite MailboxSettings.ReadWrite"})
    };
    s["oauth2PermissionGrants"] = json!([grant("p1"), grant("p2"), grant("p3")]);
    let r = check(&s);
    let f = &r.findings[0];
    assert_eq!(f.id, FindingId::GrantPerUserOnly, "{:?}", ids(&r));
    assert!(f
        .evidence
        .starts_with("3 grant(s) with consentType Principal for 3 person(s)"));
}

#[test]
fn pending_requests_say_since_when_and_the_report_withholds_who_asked() {
    let mut s = baseline();
    set_policies(&mut s, CONSENT_OFF);
    s["oauth2PermissionGrants"] = json!([]);
    s["appConsentRequests"] = json!({"value": [{ "id": "r1", "appId": "3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11", "appDisplayName": "Contoso Mail Assistant",
    "pendingScopes": [{"displayName": "Mail.ReadWrite"}, {"displayName": "Calendars.ReadWrite"}],
    "userConsentRequests": [
        {"id": "u1", "status": "InProgress", "createdDateTime": "2026-11-24T16:40:51Z", "reason": "Need it for CRM", "createdBy": {"user": {"id": "a", "displayName": "Alex Wilber", "userPrincipalName": "alex@contoso.example"}}},
        {"id": "u2", "status": "InProgress", "createdDateTime": "2026-11-20T09:14:03Z", "reason": null, "createdBy": {"user": {"id": "b", "displayName": "Lee Gu", "userPrincipalName": "lee@contoso.example"}}},
        {"id": "u3", "status": "Completed", "createdDateTime": "2026-10-01T00:00:00Z", "createdBy": {"user": {"displayName": "Old Request"}}}
    ]}]});
    let r = check_with(&s, &util::demo(), &[90095]);
    let f = find(&r, FindingId::WorkflowPending);
    assert!(
        f.evidence.contains("2 pending user request(s)"),
        "{}",
        f.evidence
    );
    assert!(f
        .evidence
        .contains("The oldest is from 2026-11-20T09:14:03Z"));
    assert_eq!(f.data_fix(), "review-request admin-consent-url");
    let demo = util::demo();
    let ctx = CheckContext {
        profile: &demo,
        tenant: None,
        codes: &[],
    };
    let text = r.report_text(&ctx, false);
    assert!(
        !text.contains("Alex") && !text.contains("Lee Gu") && !text.contains("@contoso.example"),
        "{text}"
    );
    assert!(text.contains("Need it for CRM"));
}

#[test]
fn an_enforced_block_policy_is_blocking_and_comes_first_for_a_53003() {
    let mut s = baseline();
    s["conditionalAccessPolicies"].as_array_mut().unwrap().push(json!({"id": "ca-block", "displayName": "Block unapproved mail apps", "state": "enabled",
        "conditions": {"applications": {"includeApplications": ["3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11"]}, "users": {"includeUsers": ["All"]}},
        "grantControls": {"operator": "OR", "builtInControls": ["block"]}}));
    let r = check(&s);
    let f = first(&r, FindingId::ConditionalAccess, Severity::Blocking);
    assert!(f
        .evidence
        .contains("Policy ca-block \"Block unapproved mail apps\" is on (state: enabled)"));
    assert!(f.evidence.contains("grant controls are block"));

    // With a consent problem too, the error the admin came with decides which comes first.
    set_policies(&mut s, CONSENT_OFF);
    s["oauth2PermissionGrants"] = json!([]);
    assert_eq!(
        check_with(&s, &util::demo(), &[53003]).findings[0].id,
        FindingId::ConditionalAccess
    );
    assert_eq!(
        check_with(&s, &util::demo(), &[90094]).findings[0].id,
        FindingId::UserConsentOff
    );
    // Report-only and disabled policies never block.
    s["conditionalAccessPolicies"][2]["state"] = json!("disabled");
    assert!(check(&s)
        .findings
        .iter()
        .all(|f| f.id != FindingId::ConditionalAccess));
}

#[test]
fn a_denied_read_says_what_would_allow_it_and_the_rest_still_evaluates() {
    let mut s = baseline();
    s.as_object_mut()
        .unwrap()
        .remove("conditionalAccessPolicies");
    s["errors"] = json!({"conditionalAccessPolicies": {"error": {"code": "Authorization_RequestDenied", "message": "Insufficient privileges to complete the operation.",
        "innerError": {"date": "2026-11-30T10:00:00", "request-id": "r", "client-request-id": "c"}}}});
    s["servicePrincipal"]["value"][0]["accountEnabled"] = json!(false);
    let r = check(&s);
    assert_eq!(r.findings[0].id, FindingId::AppDisabled);
    let f = find(&r, FindingId::ReadDenied);
    assert_eq!(f.severity, Severity::Unknown);
    assert!(f.evidence.contains("Authorization_RequestDenied"));
    assert!(
        f.evidence.contains("Policy.Read.All") && f.evidence.contains("Global Reader"),
        "{}",
        f.evidence
    );
}

#[test]
fn admin_only_scopes_and_missing_app_roles_are_named() {
    let mut profile: Value = serde_json::from_str(util::DEMO_PROFILE).unwrap();
    profile["delegated_permissions"].as_array_mut().unwrap().push(json!({"resource": "https://graph.microsoft.com", "scope": "User.Read.All", "why": "Find colleagues."}));
    let profile = Profile::from_json(&profile.to_string()).unwrap();
    let mut s = baseline();
    s["appRoleAssignments"] = json!([]);
    let r = check_with(&s, &profile, &[]);
    let f = first(&r, FindingId::AdminOnlyScopes, Severity::Blocking);
    assert_eq!(f.details, vec!["User.Read.All (Microsoft Graph)"]);
    let roles = find(&r, FindingId::AppRolesMissing);
    assert_eq!(
        roles.details,
        vec!["Mail.Read (Microsoft Graph, application)"]
    );
}

#[test]
fn missing_keys_are_reported_as_not_read_and_broken_keys_as_unreadable() {
    let mut s = baseline();
    s.as_object_mut()
        .unwrap()
        .remove("adminConsentRequestPolicy");
    s["conditionalAccessPolicies"] = json!("not a list");
    let r = check(&s);
    let not_read = find(&r, FindingId::NotRead);
    assert!(not_read
        .evidence
        .contains("the admin consent workflow setting"));
    assert!(
        not_read
            .evidence
            .contains("the Conditional Access policies"),
        "{}",
        not_read.evidence
    );
    assert!(find(&r, FindingId::SnapshotUnreadable)
        .title
        .contains("conditionalAccessPolicies"));
    assert_eq!(
        find(&r, FindingId::AllClear).title,
        "Nothing that could be read blocks the app"
    );
}

#[test]
fn pasted_text_that_is_not_a_snapshot_gets_a_clear_message() {
    assert_eq!(Snapshot::parse("   ").unwrap_err(), SnapshotError::Empty);
    assert_eq!(
        Snapshot::parse("[1,2]").unwrap_err(),
        SnapshotError::NotAnObject
    );
    assert_eq!(
        Snapshot::parse("{\"a\": 1}").unwrap_err(),
        SnapshotError::NoKnownKey
    );
    assert!(matches!(
        Snapshot::parse("Welcome to Microsoft Graph!").unwrap_err(),
        SnapshotError::NotJson { .. }
    ));
    let huge = "x".repeat(9 * 1024 * 1024);
    assert!(Snapshot::parse(&huge)
        .unwrap_err()
        .to_string()
        .contains("more than the 8 MB"));
    // A banner before the JSON (Connect-MgGraph's welcome) is tolerated.
    let pasted = format!("Welcome to Microsoft Graph!\nPS> ./check.ps1\n{BASELINE}\nPS>");
    assert!(Snapshot::parse(&pasted).is_ok());
    // The filtered collection, its one element, or null all read.
    let mut s = baseline();
    s["servicePrincipal"] = s["servicePrincipal"]["value"][0].clone();
    assert_eq!(check(&s).findings[0].id, FindingId::AllClear);
    s["servicePrincipal"] = Value::Null;
    s.as_object_mut().unwrap().remove("oauth2PermissionGrants");
    assert!(check(&s)
        .findings
        .iter()
        .any(|f| f.id == FindingId::NoServicePrincipal));
}

/// Plays Graph from a snapshot: answers each read of the live plan from its keys.
fn answer(snapshot: &Value, path: &str) -> Result<Value, Value> {
    let list = |v: &Value| json!({ "value": v.clone() });
    let p = path.split('?').next().unwrap();
    let rs = &snapshot["resourceServicePrincipals"];
    Ok(match p {
        "/servicePrincipals" if path.contains("3f7d1c2a") => snapshot["servicePrincipal"].clone(),
        "/servicePrincipals" => list(&json!([rs[0].clone()])),
        "/oauth2PermissionGrants" => list(&snapshot["oauth2PermissionGrants"]),
        _ if p.ends_with("/appRoleAssignments") && p.starts_with("/servicePrincipals/") => {
            list(&snapshot["appRoleAssignments"])
        }
        _ if p.ends_with("/delegatedPermissionClassifications") => {
            list(&rs[0]["delegatedPermissionClassifications"])
        }
        "/policies/authorizationPolicy" => snapshot["authorizationPolicy"].clone(),
        "/policies/adminConsentRequestPolicy" => snapshot["adminConsentRequestPolicy"].clone(),
        "/identityGovernance/appConsent/appConsentRequests" => {
            list(&snapshot["appConsentRequests"])
        }
        "/identity/conditionalAccess/policies" => {
            return Err(
                json!({"error": {"code": "Authorization_RequestDenied", "message": "Insufficient privileges to complete the operation."}}),
            )
        }
        _ if p.starts_with("/policies/permissionGrantPolicies/") => {
            json!({"id": "microsoft-user-default-legacy", "includes": [{"permissionType": "delegatedUserConsentable"}], "excludes": []})
        }
        other => panic!("unexpected read {other}"),
    })
}

#[test]
fn the_live_plan_reads_everything_in_order_and_builds_the_same_snapshot() {
    let demo = util::demo();
    let graph = baseline();
    let mut plan = Plan::new(&demo, None, Some("4c7e9d2a-1b3f-4e5d-8a6c-0f1e2d3c4b5a"));
    let mut paths = Vec::new();
    while let Some(request) = plan.next_read() {
        paths.push(request.path.clone());
        let reply = answer(&graph, &request.path);
        plan.receive(request.step, reply);
    }
    assert_eq!(
        paths[0],
        "/servicePrincipals?$filter=appId%20eq%20%273f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11%27"
    );
    assert_eq!(
        paths[1],
        format!("/oauth2PermissionGrants?$filter=clientId%20eq%20%27{APP_SP}%27")
    );
    assert!(paths
        .contains(&"/policies/permissionGrantPolicies/microsoft-user-default-legacy".to_string()));
    let snapshot = Value::Object(plan.finish());
    assert_eq!(
        snapshot["errors"]["conditionalAccessPolicies"]["error"]["code"],
        "Authorization_RequestDenied"
    );
    assert!(snapshot.get("conditionalAccessPolicies").is_none());
    let r = check(&snapshot);
    assert_eq!(
        ids(&r),
        vec![("read-denied", "unknown"), ("all-clear", "ok")]
    );
}

#[test]
fn the_scripts_only_read_and_are_pinned_to_the_tenant_and_cloud() {
    let mut profile: Value = serde_json::from_str(util::DEMO_PROFILE).unwrap();
    profile["cloud"] = json!("usgov");
    let profile = Profile::from_json(&profile.to_string()).unwrap();
    let tenant = TenantId::parse("contoso.example");
    let ps = script::powershell(&profile, tenant.as_ref(), Some("o'brien@contoso.example"));
    let cli = script::azure_cli(&profile, tenant.as_ref(), Some("o'brien@contoso.example"));
    for text in [&ps, &cli] {
        assert!(text.contains("READ-ONLY"));
        assert!(text.contains("https://graph.microsoft.us"));
        assert!(text.contains("3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11"));
        let lower = text.to_ascii_lowercase();
        for verb in ["post", "patch", "put", "delete"] {
            assert!(
                !lower.contains(&format!("-method {verb}"))
                    && !lower.contains(&format!("--method {verb}")),
                "{verb}"
            );
        }
        for writer in ["New-Mg", "Update-Mg", "Remove-Mg", "Set-Mg"] {
            assert!(!text.contains(writer), "{writer}");
        }
    }
    assert!(ps.contains("-TenantId 'contoso.example' -Environment USGov"));
    assert!(ps.contains("'Application.Read.All','Directory.Read.All','Policy.Read.All','Policy.Read.PermissionGrant','ConsentRequest.Read.All'"));
    assert!(ps.contains("$user = 'o''brien@contoso.example'"));
    assert!(cli.contains("az cloud set --name AzureUSGovernment"));
    assert!(cli.contains("user='o'\\''brien@contoso.example'"));
    assert_eq!(ps.matches("Invoke-MgGraphRequest").count(), 1);
    assert_eq!(cli.matches("az rest").count(), 2); // the comment and the one call
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        "[a-zA-Z<>&\"' .@-]{0,12}".prop_map(Value::from),
        prop_oneof![
            Just("AllPrincipals"),
            Just("Principal"),
            Just("enabled"),
            Just("All"),
            Just("Admin"),
            Just("low"),
            Just("ManagePermissionGrantsForSelf.microsoft-user-default-low"),
            Just("3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11")
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("value".to_string()),
                        Just("id".to_string()),
                        Just("scope".to_string()),
                        Just("state".to_string()),
                        Just("consentType".to_string()),
                        Just("resourceId".to_string()),
                        Just("includeApplications".to_string()),
                        Just("accountEnabled".to_string()),
                        Just("conditions".to_string()),
                        Just("applications".to_string()),
                        "[a-zA-Z]{1,8}"
                    ],
                    inner
                ),
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Any JSON under the snapshot's keys evaluates without a panic, and the findings stay
    /// bounded however large the input.
    #[test]
    fn any_json_under_the_keys_evaluates_to_bounded_findings(values in prop::collection::vec(json_value(), 11)) {
        let keys = ["servicePrincipal", "oauth2PermissionGrants", "appRoleAssignments", "resourceServicePrincipals", "authorizationPolicy",
            "adminConsentRequestPolicy", "permissionGrantPolicies", "appConsentRequests", "conditionalAccessPolicies", "user", "errors"];
        let object: serde_json::Map<String, Value> = keys.iter().map(|k| k.to_string()).zip(values).collect();
        let r = check(&Value::Object(object));
        prop_assert!(!r.findings.is_empty() && r.findings.len() <= 40, "{}", r.findings.len());
        for f in &r.findings {
            prop_assert!(f.details.len() <= 25);
        }
    }

    #[test]
    fn any_text_is_a_snapshot_or_a_clear_error(text in ".{0,200}") {
        if let Err(e) = Snapshot::parse(&text) {
            prop_assert!(e.to_string().len() > 20);
        }
    }
}

#[test]
fn the_first_fix_is_the_full_card_of_the_first_blocking_finding_for_this_tenant() {
    let mut s = baseline();
    set_policies(&mut s, CONSENT_OFF);
    s["oauth2PermissionGrants"] = json!([]);
    let demo = util::demo();
    let tenant = TenantId::parse("contoso.example");
    let ctx = CheckContext {
        profile: &demo,
        tenant: tenant.as_ref(),
        codes: &[],
    };
    let r = evaluate(&Snapshot::parse(&s.to_string()).unwrap(), &ctx);
    let card = r.first_fix(&ctx).expect("a fix card");
    assert_eq!(card.data_fix(), "admin-consent-url");
    assert!(card
        .consent_url
        .as_deref()
        .unwrap()
        .starts_with("http://127.0.0.1:8081/contoso.example/v2.0/adminconsent?client_id=3f7d1c2a"));
    // Nothing blocks: no card to push.
    let clear = evaluate(&Snapshot::parse(BASELINE).unwrap(), &ctx);
    assert!(clear.first_fix(&ctx).is_none());
}

#[test]
fn a_policy_that_leaves_permissions_out_is_named_whatever_it_is_called() {
    // A custom policy with "low" in its name that admits only low-impact permissions.
    let mut s = baseline();
    set_policies(
        &mut s,
        &["ManagePermissionGrantsForSelf.contoso-low-risk-apps"],
    );
    s["oauth2PermissionGrants"] = json!([]);
    s["permissionGrantPolicies"] = json!([{ "id": "contoso-low-risk-apps",
        "includes": [{ "permissionType": "delegated", "permissionClassification": "low" }], "excludes": [] }]);
    let r = check(&s);
    let f = first(&r, FindingId::UserConsentPolicy, Severity::Blocking);
    assert_eq!(f.details.len(), 7);
    assert!(f
        .evidence
        .contains("The conditions of contoso-low-risk-apps do not include"));

    // Microsoft's legacy policy, read from the tenant with an exclusion added.
    set_policies(
        &mut s,
        &["ManagePermissionGrantsForSelf.microsoft-user-default-legacy"],
    );
    s["permissionGrantPolicies"] = json!([{ "id": "microsoft-user-default-legacy",
        "includes": [{ "permissionType": "delegatedUserConsentable" }],
        "excludes": [{ "permissionType": "delegated", "permissions": ["818c620a-27a9-40bd-a6a5-d96f7d610b4b"] }] }]);
    let r = check(&s);
    let f = first(&r, FindingId::UserConsentPolicy, Severity::Blocking);
    assert_eq!(
        f.details,
        vec!["MailboxSettings.ReadWrite (Microsoft Graph)"]
    );
}

#[test]
fn an_app_registered_in_the_tenant_is_recognised_from_the_snapshots_tenant_id() {
    // The admin typed a domain; the script wrote the directory ID.
    let s = low_impact_only_for_an_app_registered_here();
    let r = check(&s);
    let f = first(&r, FindingId::UserConsentLowOnly, Severity::Blocking);
    assert_eq!(f.details.len(), 7);
    assert!(r
        .findings
        .iter()
        .all(|f| f.id != FindingId::PublisherNotVerified));
}
