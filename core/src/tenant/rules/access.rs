//! What stands between a user and the app besides consent: the admin consent workflow
//! (whether blocked users can ask, and who is waiting) and Conditional Access.

use std::collections::BTreeSet;

use super::Tenant;
use crate::fixes::FixId;
use crate::tenant::finding::{Finding, FindingId, Severity};
use crate::tenant::graph::{ConditionalAccessPolicy, Identity, UserConsentRequest};
use crate::tenant::{EXCHANGE_APP_ID, GRAPH_APP_ID};
use crate::urls::Blade;

pub(super) fn workflow(t: &Tenant, out: &mut Vec<Finding>) {
    let Some(policy) = t.snap.admin_consent_request_policy.get() else {
        return;
    };
    let product = t.product();
    let client_id = &t.client_id;
    let reviewers = policy.reviewers.len();
    let came_with_90094 = t
        .ctx
        .codes
        .iter()
        .any(|c| matches!(c.number(), 90094 | 900941));
    if policy.is_enabled == Some(false) && (t.users_blocked_at_consent() || came_with_90094) {
        out.push(
            Finding::new(FindingId::WorkflowOff, Severity::Warning, "Users who are blocked cannot ask for approval")
                .evidence("adminConsentRequestPolicy.isEnabled is false: users see \"Need admin approval\" (AADSTS90094) with no way to send a request, so requests reach you by e-mail, if at all.")
                .fix("Turn on \"Users can request admin consent to apps they are unable to consent to\" and name reviewers; it takes up to an hour to show.", &[FixId::EnableWorkflow])
                .link("Admin consent settings", t.blade(Blade::AdminConsentSettings)),
        );
    }
    if policy.is_enabled != Some(true) {
        return;
    }
    let Some(requests) = t.snap.app_consent_requests.get() else {
        return;
    };
    let mine: Vec<_> = requests
        .iter()
        .filter(|r| {
            r.app_id
                .as_deref()
                .is_none_or(|a| a.eq_ignore_ascii_case(client_id))
        })
        .collect();
    let pending: Vec<_> = mine
        .iter()
        .flat_map(|r| {
            r.user_consent_requests
                .as_ref()
                .map_or(&[][..], |c| c.0.as_slice())
        })
        .filter(|u| {
            u.status
                .as_deref()
                .is_none_or(|s| s.eq_ignore_ascii_case("InProgress"))
        })
        .collect();
    let people: Vec<String> = pending
        .iter()
        .filter_map(|u| requester(u))
        .flat_map(|user| {
            user.display_name
                .clone()
                .into_iter()
                .chain(user.user_principal_name.clone())
        })
        .collect();
    let count = if pending.is_empty() {
        mine.len()
    } else {
        pending.len()
    };
    if count == 0 {
        return;
    }
    let since = pending
        .iter()
        .filter_map(|u| u.created_date_time.as_deref())
        .min()
        .map(|d| format!(" The oldest is from {d}."));
    let scopes: BTreeSet<&str> = mine
        .iter()
        .flat_map(|r| {
            r.pending_scopes
                .iter()
                .filter_map(|s| s.display_name.as_deref())
        })
        .collect();
    let scopes = if scopes.is_empty() {
        "the app's permissions".to_string()
    } else {
        scopes.into_iter().collect::<Vec<_>>().join(", ")
    };
    let details = pending
        .iter()
        .map(|u| {
            let who = requester(u)
                .and_then(|u| u.display_name.clone().or(u.user_principal_name.clone()))
                .unwrap_or_else(|| "someone".into());
            let reason = u
                .reason
                .as_deref()
                .map(|r| format!(": \"{}\"", r.chars().take(200).collect::<String>()))
                .unwrap_or_default();
            format!(
                "{who}, {}{reason}",
                u.created_date_time.as_deref().unwrap_or("date unknown")
            )
        })
        .collect();
    let mut f = Finding::new(FindingId::WorkflowPending, Severity::Warning, format!("{count} request(s) to approve {product} are waiting"))
        .evidence(format!("appConsentRequests for appId {client_id}: {count} pending user request(s) (status InProgress), for {scopes}.{} Reviewers configured: {reviewers}.", since.unwrap_or_default()))
        .details(details)
        .fix("A reviewer opens Admin consent requests, reviews the permissions and approves (it grants consent for the organization); approving also answers the people waiting.", &[FixId::ReviewRequest, FixId::AdminConsentUrl])
        .link("Admin consent requests", t.blade(Blade::AdminConsentRequests));
    f.personal = people;
    out.push(f);
}

/// Who filed a consent request.
fn requester(u: &UserConsentRequest) -> Option<&Identity> {
    u.created_by.as_ref().and_then(|c| c.user.as_ref())
}

/// Enforced policies that include the app (or all apps, or an API it calls) and do not
/// exclude it; report-only ones are listed as harmless.
pub(super) fn conditional_access(t: &Tenant, out: &mut Vec<Finding>) {
    let Some(policies) = t.snap.conditional_access_policies.get() else {
        return;
    };
    let product = t.product();
    let client_id = t.client_id.as_str();
    let targets = [client_id, GRAPH_APP_ID, EXCHANGE_APP_ID];
    let applies = |p: &&ConditionalAccessPolicy| {
        let apps = p.conditions.as_ref().and_then(|c| c.applications.as_ref());
        apps.is_some_and(|a| {
            let includes = a.include_applications.iter().any(|i| {
                i.eq_ignore_ascii_case("All") || targets.iter().any(|t| i.eq_ignore_ascii_case(t))
            });
            let excluded = a
                .exclude_applications
                .iter()
                .any(|e| e.eq_ignore_ascii_case(client_id));
            includes && !excluded
        })
    };
    let in_state = |state: &'static str| {
        move |p: &&ConditionalAccessPolicy| {
            p.state
                .as_deref()
                .is_some_and(|x| x.eq_ignore_ascii_case(state))
        }
    };
    for p in policies
        .iter()
        .filter(in_state("enabled"))
        .filter(applies)
        .take(10)
    {
        let controls = p
            .grant_controls
            .as_ref()
            .map(|g| g.built_in_controls.clone())
            .unwrap_or_default();
        let block = controls.iter().any(|c| c.eq_ignore_ascii_case("block"));
        let apps = p
            .conditions
            .as_ref()
            .and_then(|c| c.applications.as_ref())
            .map(|a| a.include_applications.join(", "))
            .unwrap_or_default();
        let users = p
            .conditions
            .as_ref()
            .and_then(|c| c.users.as_ref())
            .map(|u| {
                let mut parts = Vec::new();
                if !u.include_users.is_empty() {
                    parts.push(format!("users {}", u.include_users.join(", ")));
                }
                if !u.include_groups.is_empty() {
                    parts.push(format!("{} group(s)", u.include_groups.len()));
                }
                if !u.include_roles.is_empty() {
                    parts.push(format!("{} role(s)", u.include_roles.len()));
                }
                parts.join(", ")
            })
            .unwrap_or_default();
        let name = p.display_name.as_deref().unwrap_or("(no name)");
        out.push(
            Finding::new(FindingId::ConditionalAccess, if block { Severity::Blocking } else { Severity::Warning }, format!("Conditional Access policy \"{name}\" applies to this app"))
                .evidence(format!("Policy {} \"{name}\" is on (state: enabled), includes applications {apps}{}, and its grant controls are {}{}.", p.id.as_deref().unwrap_or("?"), if users.is_empty() { String::new() } else { format!(" for {users}") }, if controls.is_empty() { "none".into() } else { controls.join(", ") }, p.modified_date_time.as_deref().map(|d| format!("; last changed {d}")).unwrap_or_default()))
                .fix(if block { format!("Exclude {product} ({client_id}) from the policy, or narrow it, if blocking it was not intended. Sign-in logs show the policy under the Conditional Access tab of a failed sign-in.") } else { "Users must meet these controls (for example MFA or a compliant device) to get in; check that the people affected can.".to_string() }, &[FixId::ConditionalAccess])
                .link("Conditional Access policies", t.blade(Blade::ConditionalAccessPolicies)),
        );
    }
    let report_only: Vec<_> = policies
        .iter()
        .filter(in_state("enabledForReportingButNotEnforced"))
        .filter(applies)
        .collect();
    if !report_only.is_empty() {
        out.push(
            Finding::new(FindingId::ReportOnlyPolicies, Severity::Ok, format!("{} report-only Conditional Access policy(ies) include this app and do not block it", report_only.len()))
                .evidence("Policies in report-only mode (state: enabledForReportingButNotEnforced) are evaluated and logged but never enforced.")
                .details(report_only.iter().map(|p| format!("{} \"{}\"", p.id.as_deref().unwrap_or("?"), p.display_name.as_deref().unwrap_or(""))).collect()),
        );
    }
}
