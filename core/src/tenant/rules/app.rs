//! The app's enterprise application: missing, disabled, assignment required (and the named
//! user's assignment), and its application permissions.

use super::{resource_for, Tenant};
use crate::fixes::FixId;
use crate::tenant::finding::{Finding, FindingId, Severity};
use crate::tenant::graph::{ServicePrincipal, User};
use crate::urls::Blade;

pub(super) fn enterprise_app(t: &Tenant, out: &mut Vec<Finding>) {
    let product = t.product();
    let client_id = &t.client_id;
    match t.snap.service_principal.get() {
        Some(None) => {
            let severity = if t.users_blocked_at_consent()
                || !t.profile().application_permissions.is_empty()
            {
                Severity::Blocking
            } else {
                Severity::Warning
            };
            out.push(
                Finding::new(FindingId::NoServicePrincipal, severity, format!("{product} has never been added to this tenant"))
                    .evidence(format!("GET /servicePrincipals?$filter=appId eq '{client_id}' returned no enterprise application: nobody in this tenant has consented to {product} yet."))
                    .fix("Grant consent for the organization with the admin-consent link: it creates the enterprise application and grants its permissions in one step.", &[FixId::AdminConsentUrl, FixId::Method2, FixId::CreateServicePrincipal])
                    .link("Enterprise applications", t.blade(Blade::EnterpriseApps)),
            );
        }
        Some(Some(sp)) => {
            let name = sp.display_name.as_deref().unwrap_or(product);
            let object = sp.id.as_deref().unwrap_or("?");
            if sp.account_enabled == Some(false) {
                out.push(
                    Finding::new(FindingId::AppDisabled, Severity::Blocking, format!("The enterprise application \"{name}\" is disabled"))
                        .evidence(format!("servicePrincipal {object} has accountEnabled: false (\"Enabled for users to sign-in?\" = No). Entra issues no token for it to anyone, so no consent helps. A reviewer who chose \"Block\" on a consent request also leaves a disabled application."))
                        .fix("Set \"Enabled for users to sign-in?\" to Yes in the application's Properties.", &[FixId::EnableSignIn])
                        .link("Properties of the enterprise application", t.app_link("Properties")),
                );
            }
            if t.assignment_required {
                let missing = t.missing_names();
                let severity = if missing.is_empty() {
                    Severity::Warning
                } else {
                    Severity::Blocking
                };
                let mut f = Finding::new(FindingId::AssignmentRequired, severity, "Only assigned users and groups may use the app")
                    .evidence(format!("servicePrincipal {object} has appRoleAssignmentRequired: true (\"Assignment required?\" = Yes). Unassigned users get AADSTS50105, and nobody can consent for themselves, even to permissions that would not otherwise need an admin."))
                    .fix("Assign the people who use the app (or a group), or set \"Assignment required?\" to No; and grant consent for the organization so assigned users are not asked.", &[FixId::AssignUsers, FixId::AdminConsentUrl])
                    .link("Users and groups of the enterprise application", t.app_link("UsersAndGroups"));
                if !missing.is_empty() {
                    f = f.details(
                        missing
                            .iter()
                            .map(|n| format!("not granted for the organization: {n}"))
                            .collect(),
                    );
                }
                out.push(f);
                if let Some(user) = t.snap.user.get() {
                    out.push(user_assignment(user, sp, &t.app_link("UsersAndGroups")));
                }
            }
        }
        None => {}
    }
}

fn user_assignment(user: &User, sp: &ServicePrincipal, link: &str) -> Finding {
    let name = user
        .display_name
        .clone()
        .or(user.user_principal_name.clone())
        .unwrap_or_else(|| "The user".into());
    let mut personal: Vec<String> = Vec::new();
    personal.extend(user.display_name.clone());
    personal.extend(user.user_principal_name.clone());
    let sp_id = sp.id.as_deref().unwrap_or("");
    let Some(assignments) = user.app_role_assignments.as_ref() else {
        let mut f = Finding::new(
            FindingId::UserNotAssigned,
            Severity::Unknown,
            format!("Could not tell whether {name} is assigned"),
        )
        .evidence("The snapshot has the user but not their appRoleAssignments.")
        .fix(
            "Read /users/{id}/appRoleAssignments too, or look at the app's Users and groups.",
            &[FixId::AssignUsers],
        );
        f.personal = personal;
        return f;
    };
    let direct = assignments.0.iter().any(|a| {
        a.resource_id
            .as_deref()
            .is_some_and(|r| r.eq_ignore_ascii_case(sp_id))
    });
    let mut f = if direct {
        Finding::new(
            FindingId::UserAssigned,
            Severity::Ok,
            format!("{name} is assigned to the app"),
        )
        .evidence(format!(
            "{name} has an appRoleAssignment with resourceId {sp_id}."
        ))
    } else {
        Finding::new(FindingId::UserNotAssigned, Severity::Blocking, format!("{name} is not assigned to the app"))
            .evidence(format!("{name} has {} app role assignment(s), none to this app (resourceId {sp_id}); with assignment required they get AADSTS50105. A group they belong to may still be assigned: Graph lists only direct assignments here.", assignments.0.len()))
            .fix(format!("Assign {name} (or a group they are in) under the app's Users and groups."), &[FixId::AssignUsers])
            .link("Users and groups of the enterprise application", link.to_string())
    };
    f.personal = personal;
    f
}

/// Application permissions the profile lists that are not assigned to the app. One whose
/// resource or role was not read is left to `not-read`.
pub(super) fn app_roles(t: &Tenant, out: &mut Vec<Finding>) {
    let profile = t.profile();
    if profile.application_permissions.is_empty() || t.sp.is_none() {
        return;
    }
    let Some(assignments) = t.snap.app_role_assignments.get() else {
        return;
    };
    let mut absent = Vec::new();
    for p in &profile.application_permissions {
        let resource = resource_for(t.resources, &p.resource);
        let role = resource.and_then(|r| {
            r.app_roles.iter().find(|a| {
                a.value
                    .as_deref()
                    .is_some_and(|v| v.eq_ignore_ascii_case(p.name.name()))
                    && (a.allowed_member_types.is_empty()
                        || a.allowed_member_types.iter().any(|t| t == "Application"))
            })
        });
        let (Some(rid), Some(role_id)) = (
            resource.and_then(|r| r.id.as_deref()),
            role.and_then(|r| r.id.as_deref()),
        ) else {
            continue;
        };
        let assigned = assignments.iter().any(|a| {
            a.resource_id
                .as_deref()
                .is_some_and(|r| r.eq_ignore_ascii_case(rid))
                && a.app_role_id
                    .as_deref()
                    .is_some_and(|r| r.eq_ignore_ascii_case(role_id))
        });
        if !assigned {
            absent.push(format!(
                "{} ({}, application)",
                p.name.name(),
                p.resource_name()
            ));
        }
    }
    if !absent.is_empty() {
        out.push(
            Finding::new(FindingId::AppRolesMissing, Severity::Warning, "Application permissions for the app-only mode are not granted")
                .evidence(format!("appRoleAssignments of servicePrincipal {} do not include {}. The app-only features that need them will get 401/403 from the API; signing in is not affected.", t.sp_id().unwrap_or("?"), absent.join(", ")))
                .details(absent)
                .fix("If you use the app-only mode, grant admin consent for the application permissions (only an admin can), and limit mailbox access with an application access policy.", &[FixId::AppOnlyAccess, FixId::AdminConsentUrl])
                .link("Permissions of the enterprise application", t.app_link("Permissions")),
        );
    }
}
