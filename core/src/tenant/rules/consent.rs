//! Consent: what is granted for the organization or per person, and whether the tenant's
//! user-consent setting lets users make up for what is not.

use std::collections::BTreeSet;

use super::{is_all_principals, Tenant};
use crate::fixes::FixId;
use crate::tenant::consent_policy::{self, Block, UserConsent};
use crate::tenant::finding::{Finding, FindingId, Severity};
use crate::tenant::graph::PermissionGrant;
use crate::urls::Blade;

/// Admin-only permissions, a grant for the organization that lacks permissions, or grants
/// made by individual people only.
pub(super) fn grants(t: &Tenant, out: &mut Vec<Finding>) {
    let product = t.product();
    let missing = t.missing_names();
    let admin_only: Vec<String> = t
        .missing()
        .iter()
        .filter(|n| n.admin_only())
        .map(|n| n.name())
        .collect();
    if !admin_only.is_empty() {
        out.push(
            Finding::new(FindingId::AdminOnlyScopes, Severity::Blocking, format!("{} permission(s) can only ever be granted by an admin", admin_only.len()))
                .evidence(format!("The resource marks {} with type \"Admin\" in oauth2PermissionScopes, and no grant for the organization includes them. No user-consent setting lets users consent to these.", admin_only.join(", ")))
                .details(admin_only.clone())
                .fix("An administrator grants consent for the organization (the admin-consent link).", &[FixId::AdminConsentUrl, FixId::Method1, FixId::Method2])
                .link("Permissions of the enterprise application", t.app_link("Permissions")),
        );
    }
    if missing.is_empty() {
        return;
    }
    let (tenant_wide, per_user): (Vec<&PermissionGrant>, Vec<&PermissionGrant>) =
        t.grants.iter().copied().partition(|g| is_all_principals(g));
    if !tenant_wide.is_empty() {
        let granted: Vec<String> = tenant_wide
            .iter()
            .map(|g| {
                format!(
                    "grant {} (consentType AllPrincipals): scope \"{}\"",
                    g.id.as_deref().unwrap_or("?"),
                    g.scope.as_deref().unwrap_or("").trim()
                )
            })
            .collect();
        let lacking: Vec<&str> = missing.iter().take(25).map(String::as_str).collect();
        out.push(
            Finding::new(FindingId::GrantMissingScopes, t.grant_severity(), format!("The consent granted for the organization lacks {} permission(s) {product} needs now", missing.len()))
                .evidence(format!("{}. It does not include: {}. They were added to the app after consent was granted, so everyone is asked again.", granted.join("; "), lacking.join(", ")))
                .details(missing)
                .fix("Grant consent for the organization again (the admin-consent link, or \"Grant admin consent\" on the app's Permissions page): it adds the new permissions to the existing grant.", &[FixId::AdminConsentUrl, FixId::Method1])
                .link("Permissions of the enterprise application", t.app_link("Permissions")),
        );
    } else if !per_user.is_empty() {
        let people: BTreeSet<&str> = per_user
            .iter()
            .filter_map(|g| g.principal_id.as_deref())
            .collect();
        out.push(
            Finding::new(FindingId::GrantPerUserOnly, t.grant_severity(), "Only individual people have consented; nobody granted it for the organization")
                .evidence(format!("{} grant(s) with consentType Principal for {} person(s) and none with consentType AllPrincipals. Whoever consented did it for themselves only (an admin who signed in without \"Consent on behalf of your organization\" does the same), so everyone else is asked — and blocked if they may not consent.", per_user.len(), people.len()))
                .fix("Grant consent for the organization with the admin-consent link; the personal grants can stay.", &[FixId::AdminConsentUrl, FixId::Method1, FixId::Method2])
                .link("Permissions of the enterprise application", t.app_link("Permissions")),
        );
    }
}

/// The user-consent setting against every permission not granted for the organization.
pub(super) fn user_consent(t: &Tenant, out: &mut Vec<Finding>) {
    let Some(assigned) = t.assigned else {
        return;
    };
    let product = t.product();
    let profile = t.profile();
    let policies = consent_policy::self_policies(assigned);
    let listed = if assigned.is_empty() {
        "(none)".to_string()
    } else {
        assigned.join(", ")
    };
    let settings = || t.blade(Blade::UserConsentSettings);
    let evidence_head = format!(
        "authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned: {listed}."
    );
    let missing = t.missing_names();
    if policies.is_empty() {
        if !missing.is_empty() {
            out.push(
                Finding::new(FindingId::UserConsentOff, t.grant_severity(), "Users may not consent to any app")
                    .evidence(format!("{evidence_head} No ManagePermissionGrantsForSelf policy is assigned (\"Do not allow user consent\"), and {} permission(s) are not granted for the organization.", missing.len()))
                    .details(missing)
                    .fix(format!("Grant consent for the organization for {product}; that trusts this one app and leaves the setting as it is."), &[FixId::AdminConsentUrl, FixId::Method1, FixId::EnableWorkflow, FixId::Method3])
                    .link("User consent settings", settings()),
            );
        }
        return;
    }
    let not_low = t.blocked(Block::NotLowImpact);
    let unverified = t.blocked(Block::UnverifiedPublisher);
    let managed = t.blocked(Block::ManagedExcluded);
    let custom = t.blocked(Block::CustomPolicy);
    if !not_low.is_empty() {
        out.push(
            Finding::new(FindingId::UserConsentLowOnly, Severity::Blocking, "Users may consent only to low-impact permissions, and the app asks for others")
                .evidence(format!("{evidence_head} microsoft-user-default-low lets users consent only to permissions an admin classified \"low\". Not classified low: {}.", not_low.join(", ")))
                .details(not_low)
                .fix(format!("Grant consent for the organization for {product}. Classifying the permissions as low impact would open them to every app from a verified publisher, so do that only if you mean it."), &[FixId::AdminConsentUrl, FixId::Method1, FixId::Method3])
                .link("Permission classifications", t.blade(Blade::PermissionClassifications)),
        );
    }
    if !unverified.is_empty() {
        let publisher =
            t.sp.and_then(|s| s.publisher_name.as_deref())
                .unwrap_or(&profile.app.publisher);
        out.push(
            Finding::new(FindingId::PublisherNotVerified, Severity::Blocking, "The publisher is not verified, and this tenant lets users consent only to verified publishers")
                .evidence(format!("servicePrincipal.verifiedPublisher.verifiedPublisherId is empty (publisher \"{publisher}\"), and the assigned policy ({}) requires a verified publisher or an app registered in this tenant.", policies.join(", ")))
                .details(unverified.clone())
                .fix(format!("Grant consent for the organization for {product}; {} can also complete Microsoft's publisher verification.", profile.company_name), &[FixId::AdminConsentUrl, FixId::Method1, FixId::ContactVendor])
                .link("User consent settings", settings()),
        );
    }
    if !managed.is_empty() {
        let from_object = t
            .policy_objects
            .iter()
            .any(|o| o.id.as_deref() == Some(consent_policy::RECOMMENDED));
        let source = if from_object {
            "its excludes, as read from the tenant"
        } else {
            "Microsoft's announcements MC1097272 and MC1163922; Microsoft changes this policy itself"
        };
        out.push(
            Finding::new(FindingId::UserConsentMicrosoftManaged, Severity::Blocking, "Microsoft's managed consent setting keeps some of the app's permissions from users")
                .evidence(format!("{evidence_head} With \"Let Microsoft manage your consent settings\" (microsoft-user-default-recommended) users may not consent to {} (per {source}), although these permissions do not need an admin by default.", managed.join(", ")))
                .details(managed)
                .fix(format!("Grant consent for the organization for {product}; switching the setting to allow all apps would widen consent for every app."), &[FixId::AdminConsentUrl, FixId::Method1, FixId::EnableWorkflow, FixId::Method3])
                .link("User consent settings", settings()),
        );
    }
    if !custom.is_empty() {
        out.push(
            Finding::new(FindingId::UserConsentPolicy, Severity::Blocking, "The assigned consent policies leave out some of the app's permissions")
                .evidence(format!("{evidence_head} The conditions of {} do not include: {}.", policies.join(", "), custom.join(", ")))
                .details(custom)
                .fix(format!("Grant consent for the organization for {product}, or add a condition set for this app to the policy."), &[FixId::AdminConsentUrl, FixId::Method1])
                .link("User consent settings", settings()),
        );
    }
    let unknown: Vec<&str> = policies
        .iter()
        .copied()
        .filter(|p| {
            !t.policy_objects
                .iter()
                .any(|o| o.id.as_deref().is_some_and(|o| o.eq_ignore_ascii_case(p)))
                && !consent_policy::is_built_in(p)
        })
        .collect();
    let consents = || t.needed.iter().filter_map(|n| n.consent);
    if !unknown.is_empty() && consents().any(|c| c == UserConsent::Unknown) {
        out.push(
            Finding::new(FindingId::UserConsentPolicy, Severity::Unknown, "A custom consent policy decides, and its conditions were not read")
                .evidence(format!("{evidence_head} The snapshot has no permissionGrantPolicies entry for {}.", unknown.join(", ")))
                .fix("Read the policy too (GET /policies/permissionGrantPolicies/{id}, permission Policy.Read.PermissionGrant) and check again.", &[FixId::AdminConsentUrl])
                .link("User consent settings", settings()),
        );
    }
    // Risk-based step-up: with consent otherwise allowed, an unverified multitenant app
    // asking for more than sign-in becomes an admin request.
    if unverified.is_empty()
        && !t.client_trusted
        && t.sp.is_some()
        && !t.missing().is_empty()
        && consents().any(|c| c == UserConsent::Allowed)
    {
        out.push(
            Finding::new(FindingId::PublisherNotVerified, Severity::Warning, "Unverified publisher: risk-based step-up may still ask for an admin")
                .evidence(format!("servicePrincipal.verifiedPublisher.verifiedPublisherId is empty for {product}, a multitenant app from another organization. Entra's risk-based step-up consent can turn a user's consent to it into an admin-approval request (AADSTS90094, or the request screen when the workflow is on)."))
                .fix(format!("Grant consent for the organization for {product}; {} can complete publisher verification.", profile.company_name), &[FixId::AdminConsentUrl, FixId::ContactVendor])
        );
    }
}
