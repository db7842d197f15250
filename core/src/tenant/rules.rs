//! The rules: what in one tenant's configuration blocks one app, read from a [`Snapshot`].
//! Each rule quotes the values it judged by, so an admin can check it in the admin center.
//!
//! Sources for each rule are in docs/tenant-check.md.

use std::collections::BTreeSet;

use super::consent_policy::{self, Block, ClientFacts, PermissionFacts, UserConsent};
use super::finding::{Finding, FindingId, Severity};
use super::graph::{PermissionGrant, PermissionScope, ServicePrincipal};
use super::reads::{self, READS};
use super::snapshot::Snapshot;
use super::{CheckContext, EXCHANGE_APP_ID, GRAPH_APP_ID};
use crate::fixes::FixId;
use crate::ids::{Guid, TenantId};
use crate::profile::Permission;
use crate::urls::{self, Blade};

/// One permission the app needs, matched against the tenant.
struct Needed<'a> {
    permission: &'a Permission,
    resource: Option<&'a ServicePrincipal>,
    scope: Option<&'a PermissionScope>,
    classification: Option<&'a str>,
    /// Granted for everyone (`AllPrincipals`); `None` when the grants or the resource were not read.
    granted: Option<bool>,
}

impl Needed<'_> {
    fn name(&self) -> String {
        format!(
            "{} ({})",
            self.permission.name.name(),
            self.permission.resource_name()
        )
    }

    fn admin_only(&self) -> bool {
        self.scope
            .and_then(|s| s.kind.as_deref())
            .is_some_and(|k| k.eq_ignore_ascii_case("Admin"))
    }
}

pub(super) fn evaluate(snap: &Snapshot, ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    let profile = ctx.profile;
    let client_id = profile.app.client_id.to_string();
    let tenant = ctx
        .tenant
        .cloned()
        .or_else(|| snap.tenant_id.as_deref().and_then(TenantId::parse));
    let tenant = tenant.as_ref();
    let cloud = profile.cloud;
    let sp: Option<&ServicePrincipal> = snap.service_principal.get().and_then(Option::as_ref);
    let sp_id = sp.and_then(|s| s.id.as_deref());
    let app_link = |section: &str| match sp_id.and_then(Guid::parse) {
        Some(object_id) => {
            urls::enterprise_app_blade(cloud, tenant, object_id, profile.app.client_id, section)
        }
        None => Blade::EnterpriseApps.url(cloud, tenant),
    };
    let product = &profile.product_name;

    // Delegated permissions, each matched to its resource, scope, classification and grant.
    let resources: &[ServicePrincipal] = snap.resources.get().map_or(&[], Vec::as_slice);
    let grants: Vec<&PermissionGrant> = snap
        .grants
        .get()
        .map(|g| {
            g.iter()
                .filter(|g| match (sp_id, g.client_id.as_deref()) {
                    (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
                    _ => true,
                })
                .collect()
        })
        .unwrap_or_default();
    let grants_known =
        snap.grants.was_read() || snap.service_principal.get().is_some_and(Option::is_none);
    let needed: Vec<Needed> = profile
        .delegated_permissions
        .iter()
        .map(|p| {
            let resource = resource_for(resources, &p.resource);
            let scope = resource.and_then(|r| {
                r.oauth2_permission_scopes.iter().find(|s| {
                    s.value
                        .as_deref()
                        .is_some_and(|v| v.eq_ignore_ascii_case(p.name.name()))
                })
            });
            let classification = match (resource, scope.and_then(|s| s.id.as_deref())) {
                (Some(r), Some(scope_id)) => r
                    .delegated_permission_classifications
                    .as_ref()
                    .and_then(|c| {
                        c.0.iter().find(|c| {
                            c.permission_id
                                .as_deref()
                                .is_some_and(|i| i.eq_ignore_ascii_case(scope_id))
                                || c.permission_name
                                    .as_deref()
                                    .is_some_and(|n| n.eq_ignore_ascii_case(p.name.name()))
                        })
                    })
                    .and_then(|c| c.classification.as_deref()),
                _ => None,
            };
            let granted = if !grants_known {
                None
            } else {
                match resource.and_then(|r| r.id.as_deref()) {
                    Some(rid) => Some(
                        tenant_wide_scopes(&grants, rid)
                            .contains(&p.name.name().to_ascii_lowercase()),
                    ),
                    None if grants.is_empty() => Some(false),
                    None => None,
                }
            };
            Needed {
                permission: p,
                resource,
                scope,
                classification,
                granted,
            }
        })
        .collect();
    let missing: Vec<&Needed> = needed.iter().filter(|n| n.granted != Some(true)).collect();
    let missing_known: Vec<&Needed> = needed.iter().filter(|n| n.granted == Some(false)).collect();

    // The user-consent policy, for every permission not granted tenant-wide.
    let assigned: Option<Vec<String>> = snap.authorization_policy.get().map(|a| {
        a.default_user_role_permissions
            .as_ref()
            .map(|d| d.permission_grant_policies_assigned.clone())
            .unwrap_or_default()
    });
    let policy_objects = snap
        .permission_grant_policies
        .get()
        .map_or(&[][..], Vec::as_slice);
    let this_tenant = tenant.and_then(|t| match t {
        TenantId::Id(g) => Some(g.to_string()),
        _ => None,
    });
    let client = ClientFacts {
        app_id: &client_id,
        owner_tenant: sp.and_then(|s| s.app_owner_organization_id.as_deref()),
        publisher_id: sp
            .and_then(|s| s.verified_publisher.as_ref())
            .and_then(|v| v.verified_publisher_id.as_deref()),
        this_tenant: this_tenant.as_deref(),
    };
    let assignment_required = sp.and_then(|s| s.app_role_assignment_required) == Some(true);
    let consent: Vec<(&Needed, UserConsent)> = match &assigned {
        None => Vec::new(),
        Some(assigned) => {
            let policies = consent_policy::self_policies(assigned);
            missing_known
                .iter()
                .map(|n| {
                    let facts = PermissionFacts {
                        name: n.permission.name.name(),
                        id: n.scope.and_then(|s| s.id.as_deref()),
                        resource_app_id: n.resource.and_then(|r| r.app_id.as_deref()).or(
                            if n.permission.is_oidc() {
                                Some(GRAPH_APP_ID)
                            } else {
                                None
                            },
                        ),
                        admin_only: n.admin_only(),
                        classification: n.classification,
                    };
                    (
                        *n,
                        consent_policy::user_consent(&policies, policy_objects, &facts, &client),
                    )
                })
                .collect()
        }
    };
    let blocked = |b: Block| -> Vec<String> {
        consent
            .iter()
            .filter(|(_, c)| *c == UserConsent::Blocked(b))
            .map(|(n, _)| n.name())
            .collect()
    };
    // Users are stopped at consent when a permission the app needs is neither granted for
    // everyone nor one they may consent to (or when assignment is required, which forces
    // admin consent for every permission).
    let users_blocked_at_consent = consent
        .iter()
        .any(|(_, c)| matches!(c, UserConsent::Blocked(_)))
        || (assignment_required && !missing_known.is_empty());

    // 1. The enterprise application.
    match snap.service_principal.get() {
        Some(None) => {
            let severity =
                if users_blocked_at_consent || !profile.application_permissions.is_empty() {
                    Severity::Blocking
                } else {
                    Severity::Warning
                };
            out.push(
                Finding::new(FindingId::NoServicePrincipal, severity, format!("{product} has never been added to this tenant"))
                    .evidence(format!("GET /servicePrincipals?$filter=appId eq '{client_id}' returned no enterprise application: nobody in this tenant has consented to {product} yet."))
                    .fix("Grant consent for the organization with the admin-consent link: it creates the enterprise application and grants its permissions in one step.", &[FixId::AdminConsentUrl, FixId::Method2, FixId::CreateServicePrincipal])
                    .link("Enterprise applications", Blade::EnterpriseApps.url(cloud, tenant)),
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
                        .link("Properties of the enterprise application", app_link("Properties")),
                );
            }
            if assignment_required {
                let severity = if missing_known.is_empty() {
                    Severity::Warning
                } else {
                    Severity::Blocking
                };
                let mut f = Finding::new(FindingId::AssignmentRequired, severity, "Only assigned users and groups may use the app")
                    .evidence(format!("servicePrincipal {object} has appRoleAssignmentRequired: true (\"Assignment required?\" = Yes). Unassigned users get AADSTS50105, and nobody can consent for themselves, even to permissions that would not otherwise need an admin."))
                    .fix("Assign the people who use the app (or a group), or set \"Assignment required?\" to No; and grant consent for the organization so assigned users are not asked.", &[FixId::AssignUsers, FixId::AdminConsentUrl])
                    .link("Users and groups of the enterprise application", app_link("UsersAndGroups"));
                if !missing_known.is_empty() {
                    f = f.details(
                        missing_known
                            .iter()
                            .map(|n| format!("not granted for the organization: {}", n.name()))
                            .collect(),
                    );
                }
                out.push(f);
                if let Some(user) = snap.user.get() {
                    out.push(user_assignment(user, sp, &app_link("UsersAndGroups")));
                }
            }
        }
        None => {}
    }

    // 2. Grants for the organization, per user, and what the app asks for that nobody granted.
    let admin_only: Vec<String> = missing_known
        .iter()
        .filter(|n| n.admin_only())
        .map(|n| n.name())
        .collect();
    let tenant_wide: Vec<&&PermissionGrant> =
        grants.iter().filter(|g| is_all_principals(g)).collect();
    let per_user: Vec<&&PermissionGrant> =
        grants.iter().filter(|g| !is_all_principals(g)).collect();
    let grant_severity = if users_blocked_at_consent {
        Severity::Blocking
    } else {
        Severity::Warning
    };
    if !admin_only.is_empty() {
        out.push(
            Finding::new(FindingId::AdminOnlyScopes, Severity::Blocking, format!("{} permission(s) can only ever be granted by an admin", admin_only.len()))
                .evidence(format!("The resource marks {} with type \"Admin\" in oauth2PermissionScopes, and no grant for the organization includes them. No user-consent setting lets users consent to these.", admin_only.join(", ")))
                .details(admin_only.clone())
                .fix("An administrator grants consent for the organization (the admin-consent link).", &[FixId::AdminConsentUrl, FixId::Method1, FixId::Method2])
                .link("Permissions of the enterprise application", app_link("Permissions")),
        );
    }

    if !tenant_wide.is_empty() && !missing_known.is_empty() {
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
        out.push(
            Finding::new(FindingId::GrantMissingScopes, grant_severity, format!("The consent granted for the organization lacks {} permission(s) {product} needs now", missing_known.len()))
                .evidence(format!("{}. It does not include: {}. They were added to the app after consent was granted, so everyone is asked again.", granted.join("; "), join_names(&missing_known)))
                .details(missing_known.iter().map(|n| n.name()).collect())
                .fix("Grant consent for the organization again (the admin-consent link, or \"Grant admin consent\" on the app's Permissions page): it adds the new permissions to the existing grant.", &[FixId::AdminConsentUrl, FixId::Method1])
                .link("Permissions of the enterprise application", app_link("Permissions")),
        );
    } else if tenant_wide.is_empty() && !per_user.is_empty() && !missing_known.is_empty() {
        let people: BTreeSet<&str> = per_user
            .iter()
            .filter_map(|g| g.principal_id.as_deref())
            .collect();
        out.push(
            Finding::new(FindingId::GrantPerUserOnly, grant_severity, "Only individual people have consented; nobody granted it for the organization")
                .evidence(format!("{} grant(s) with consentType Principal for {} person(s) and none with consentType AllPrincipals. Whoever consented did it for themselves only (an admin who signed in without \"Consent on behalf of your organization\" does the same), so everyone else is asked — and blocked if they may not consent.", per_user.len(), people.len()))
                .fix("Grant consent for the organization with the admin-consent link; the personal grants can stay.", &[FixId::AdminConsentUrl, FixId::Method1, FixId::Method2])
                .link("Permissions of the enterprise application", app_link("Permissions")),
        );
    }
    // 3. The user-consent setting.
    if let Some(assigned) = &assigned {
        let policies = consent_policy::self_policies(assigned);
        let listed = if assigned.is_empty() {
            "(none)".to_string()
        } else {
            assigned.join(", ")
        };
        let settings = || Blade::UserConsentSettings.url(cloud, tenant);
        let evidence_head = format!("authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned: {listed}.");
        if policies.is_empty() && !missing_known.is_empty() {
            out.push(
                Finding::new(FindingId::UserConsentOff, grant_severity, "Users may not consent to any app")
                    .evidence(format!("{evidence_head} No ManagePermissionGrantsForSelf policy is assigned (\"Do not allow user consent\"), and {} permission(s) are not granted for the organization.", missing_known.len()))
                    .details(missing_known.iter().map(|n| n.name()).collect())
                    .fix(format!("Grant consent for the organization for {product}; that trusts this one app and leaves the setting as it is."), &[FixId::AdminConsentUrl, FixId::Method1, FixId::EnableWorkflow, FixId::Method3])
                    .link("User consent settings", settings()),
            );
        } else {
            let not_low = blocked(Block::NotLowImpact);
            let unverified = blocked(Block::UnverifiedPublisher);
            let managed = blocked(Block::ManagedExcluded);
            let custom = blocked(Block::CustomPolicy);
            if policies
                .iter()
                .any(|p| p.eq_ignore_ascii_case(consent_policy::LOW))
                && !not_low.is_empty()
            {
                out.push(
                    Finding::new(FindingId::UserConsentLowOnly, Severity::Blocking, "Users may consent only to low-impact permissions, and the app asks for others")
                        .evidence(format!("{evidence_head} microsoft-user-default-low lets users consent only to permissions an admin classified \"low\". Not classified low: {}.", not_low.join(", ")))
                        .details(not_low)
                        .fix(format!("Grant consent for the organization for {product}. Classifying the permissions as low impact would open them to every app from a verified publisher, so do that only if you mean it."), &[FixId::AdminConsentUrl, FixId::Method1, FixId::Method3])
                        .link("Permission classifications", Blade::PermissionClassifications.url(cloud, tenant)),
                );
            }
            if !unverified.is_empty() {
                let publisher = sp
                    .and_then(|s| s.publisher_name.as_deref())
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
                let from_object = policy_objects
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
                    Finding::new(FindingId::UserConsentPolicy, Severity::Blocking, "The tenant's own consent policy leaves out some of the app's permissions")
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
                    !policy_objects
                        .iter()
                        .any(|o| o.id.as_deref().is_some_and(|o| o.eq_ignore_ascii_case(p)))
                })
                .filter(|p| {
                    ![
                        consent_policy::LEGACY,
                        consent_policy::LOW,
                        consent_policy::RECOMMENDED,
                        consent_policy::MAIL_CLIENTS,
                    ]
                    .contains(p)
                })
                .collect();
            if !unknown.is_empty() && consent.iter().any(|(_, c)| *c == UserConsent::Unknown) {
                out.push(
                    Finding::new(FindingId::UserConsentPolicy, Severity::Unknown, "A custom consent policy decides, and its conditions were not read")
                        .evidence(format!("{evidence_head} The snapshot has no permissionGrantPolicies entry for {}.", unknown.join(", ")))
                        .fix("Read the policy too (GET /policies/permissionGrantPolicies/{id}, permission Policy.Read.PermissionGrant) and check again.", &[FixId::AdminConsentUrl])
                        .link("User consent settings", settings()),
                );
            }
            // Risk-based step-up: with consent otherwise allowed, an unverified multitenant
            // app asking for more than sign-in becomes an admin request.
            if unverified.is_empty()
                && !client.verified()
                && !client.registered_here()
                && sp.is_some()
                && !missing_known.is_empty()
                && consent.iter().any(|(_, c)| *c == UserConsent::Allowed)
            {
                out.push(
                    Finding::new(FindingId::PublisherNotVerified, Severity::Warning, "Unverified publisher: risk-based step-up may still ask for an admin")
                        .evidence(format!("servicePrincipal.verifiedPublisher.verifiedPublisherId is empty for {product}, a multitenant app from another organization. Entra's risk-based step-up consent can turn a user's consent to it into an admin-approval request (AADSTS90094, or the request screen when the workflow is on)."))
                        .fix(format!("Grant consent for the organization for {product}; {} can complete publisher verification.", profile.company_name), &[FixId::AdminConsentUrl, FixId::ContactVendor])
                );
            }
        }
    }

    // 4. Application permissions.
    if !profile.application_permissions.is_empty() && sp.is_some() {
        if let Some(assignments) = snap.app_role_assignments.get() {
            let mut absent = Vec::new();
            let mut unknown = false;
            for p in &profile.application_permissions {
                let resource = resource_for(resources, &p.resource);
                let role = resource.and_then(|r| {
                    r.app_roles.iter().find(|a| {
                        a.value
                            .as_deref()
                            .is_some_and(|v| v.eq_ignore_ascii_case(p.name.name()))
                            && (a.allowed_member_types.is_empty()
                                || a.allowed_member_types.iter().any(|t| t == "Application"))
                    })
                });
                match (
                    resource.and_then(|r| r.id.as_deref()),
                    role.and_then(|r| r.id.as_deref()),
                ) {
                    (Some(rid), Some(role_id)) => {
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
                    _ => unknown = true,
                }
            }
            if !absent.is_empty() {
                out.push(
                    Finding::new(FindingId::AppRolesMissing, Severity::Warning, "Application permissions for the app-only mode are not granted")
                        .evidence(format!("appRoleAssignments of servicePrincipal {} do not include {}. The app-only features that need them will get 401/403 from the API; signing in is not affected.", sp_id.unwrap_or("?"), absent.join(", ")))
                        .details(absent)
                        .fix("If you use the app-only mode, grant admin consent for the application permissions (only an admin can), and limit mailbox access with an application access policy.", &[FixId::AppOnlyAccess, FixId::AdminConsentUrl])
                        .link("Permissions of the enterprise application", app_link("Permissions")),
                );
            } else if unknown && !snap.resources.was_read() {
                // Reported by `not-read` below.
            }
        }
    }

    // 5. The admin consent workflow.
    if let Some(policy) = snap.admin_consent_request_policy.get() {
        let reviewers = policy.reviewers.len();
        if policy.is_enabled == Some(false)
            && (users_blocked_at_consent
                || ctx
                    .codes
                    .iter()
                    .any(|c| matches!(c.number(), 90094 | 900941)))
        {
            out.push(
                Finding::new(FindingId::WorkflowOff, Severity::Warning, "Users who are blocked cannot ask for approval")
                    .evidence("adminConsentRequestPolicy.isEnabled is false: users see \"Need admin approval\" (AADSTS90094) with no way to send a request, so requests reach you by e-mail, if at all.")
                    .fix("Turn on \"Users can request admin consent to apps they are unable to consent to\" and name reviewers; it takes up to an hour to show.", &[FixId::EnableWorkflow])
                    .link("Admin consent settings", Blade::AdminConsentSettings.url(cloud, tenant)),
            );
        }
        if policy.is_enabled == Some(true) {
            if let Some(requests) = snap.app_consent_requests.get() {
                let mine: Vec<_> = requests
                    .iter()
                    .filter(|r| {
                        r.app_id
                            .as_deref()
                            .is_none_or(|a| a.eq_ignore_ascii_case(&client_id))
                    })
                    .collect();
                let mut pending = Vec::new();
                let mut people = Vec::new();
                for r in &mine {
                    for u in r
                        .user_consent_requests
                        .as_ref()
                        .map_or(&[][..], |c| c.0.as_slice())
                    {
                        let open = u
                            .status
                            .as_deref()
                            .is_none_or(|s| s.eq_ignore_ascii_case("InProgress"));
                        if open {
                            pending.push(u);
                            if let Some(user) = u.created_by.as_ref().and_then(|c| c.user.as_ref())
                            {
                                people.extend(user.display_name.clone());
                                people.extend(user.user_principal_name.clone());
                            }
                        }
                    }
                }
                let count = if pending.is_empty() {
                    mine.len()
                } else {
                    pending.len()
                };
                if count > 0 {
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
                    let mut f = Finding::new(FindingId::WorkflowPending, Severity::Warning, format!("{count} request(s) to approve {product} are waiting"))
                        .evidence(format!("appConsentRequests for appId {client_id}: {count} pending user request(s) (status InProgress), for {}.{} Reviewers configured: {reviewers}.", if scopes.is_empty() { "the app's permissions".to_string() } else { scopes.into_iter().collect::<Vec<_>>().join(", ") }, since.unwrap_or_default()))
                        .details(pending.iter().map(|u| {
                            let who = u.created_by.as_ref().and_then(|c| c.user.as_ref()).and_then(|u| u.display_name.clone().or(u.user_principal_name.clone())).unwrap_or_else(|| "someone".into());
                            format!("{who}, {}{}", u.created_date_time.as_deref().unwrap_or("date unknown"), u.reason.as_deref().map(|r| format!(": \"{}\"", r.chars().take(200).collect::<String>())).unwrap_or_default())
                        }).collect())
                        .fix("A reviewer opens Admin consent requests, reviews the permissions and approves (it grants consent for the organization); approving also answers the people waiting.", &[FixId::ReviewRequest, FixId::AdminConsentUrl])
                        .link("Admin consent requests", Blade::AdminConsentRequests.url(cloud, tenant));
                    f.personal = people;
                    out.push(f);
                }
            }
        }
    }

    // 6. Conditional Access.
    if let Some(policies) = snap.conditional_access_policies.get() {
        let targets = [client_id.as_str(), GRAPH_APP_ID, EXCHANGE_APP_ID];
        let applies = |p: &&super::graph::ConditionalAccessPolicy| {
            let apps = p.conditions.as_ref().and_then(|c| c.applications.as_ref());
            apps.is_some_and(|a| {
                let includes = a.include_applications.iter().any(|i| {
                    i.eq_ignore_ascii_case("All")
                        || targets.iter().any(|t| i.eq_ignore_ascii_case(t))
                });
                let excluded = a
                    .exclude_applications
                    .iter()
                    .any(|e| e.eq_ignore_ascii_case(&client_id));
                includes && !excluded
            })
        };
        let state = |p: &super::graph::ConditionalAccessPolicy, s: &str| {
            p.state
                .as_deref()
                .is_some_and(|x| x.eq_ignore_ascii_case(s))
        };
        let enabled: Vec<_> = policies
            .iter()
            .filter(|p| state(p, "enabled"))
            .filter(applies)
            .collect();
        for p in enabled.iter().take(10) {
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
                    .link("Conditional Access policies", Blade::ConditionalAccessPolicies.url(cloud, tenant)),
            );
        }
        let report_only: Vec<_> = policies
            .iter()
            .filter(|p| state(p, "enabledForReportingButNotEnforced"))
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

    // 7. What the check could not see.
    for (key, body) in &snap.errors {
        let read = READS.iter().find(|r| r.key.eq_ignore_ascii_case(key));
        let detail = body.error.as_ref();
        let code = detail.and_then(|d| d.code.as_deref()).unwrap_or("an error");
        let message = detail
            .and_then(|d| d.message.as_deref())
            .map(|m| format!(" (\"{}\")", m.chars().take(300).collect::<String>()))
            .unwrap_or_default();
        let (what, needs) = match read {
            Some(r) => (r.what, format!("Reading it needs the delegated permission {} and a role such as {}; Global Reader can read everything this check reads.", r.permission, r.role)),
            None => ("a read", "Global Reader can read everything this check reads.".to_string()),
        };
        let throttled = code.eq_ignore_ascii_case("TooManyRequests");
        out.push(
            Finding::new(FindingId::ReadDenied, Severity::Unknown, format!("Could not read {what}"))
                .evidence(format!("Graph answered {code}{message} for {key}. {}", if throttled { "Graph was throttling requests; run the check again in a minute.".to_string() } else { needs }))
                .fix("Run the check again as an admin with that role (or with the script, signed in as one); the rest of this report holds.", &[FixId::RunCheck]),
        );
    }
    let not_read: Vec<&str> = READS
        .iter()
        .filter(|r| r.required && !reads::was_read(snap, r.key) && snap.error_for(r.key).is_none())
        .filter(|r| sp.is_some() || !r.needs_app)
        .map(|r| r.what)
        .collect();
    if !not_read.is_empty() {
        out.push(
            Finding::new(
                FindingId::NotRead,
                Severity::Unknown,
                "Some of the configuration was not in the snapshot",
            )
            .evidence(format!(
                "Not read: {}. Findings that depend on them are missing from this report.",
                not_read.join("; ")
            ))
            .fix(
                "Run the whole script above (or the live check) and paste its output unchanged.",
                &[FixId::RunCheck],
            ),
        );
    }
    for (key, problem) in &snap.unreadable {
        out.push(
            Finding::new(FindingId::SnapshotUnreadable, Severity::Unknown, format!("\"{key}\" in the snapshot is not what Graph returns"))
                .evidence(format!("{key}: {}", problem.chars().take(300).collect::<String>()))
                .fix("Paste the script's output unchanged; the rest of the snapshot was still evaluated.", &[FixId::RunCheck]),
        );
    }
    let _ = &missing;

    // 8. All clear.
    if !out.iter().any(|f| f.severity == Severity::Blocking) {
        let partial = out.iter().any(|f| f.severity == Severity::Unknown);
        let mut seen = Vec::new();
        if let Some(Some(sp)) = snap.service_principal.get() {
            if sp.account_enabled != Some(false) {
                seen.push("the enterprise application exists and is enabled".to_string());
            }
        }
        if !needed.is_empty() && needed.iter().all(|n| n.granted == Some(true)) {
            seen.push(format!(
                "a grant for the organization covers all {} delegated permissions",
                needed.len()
            ));
        }
        if snap.conditional_access_policies.was_read() {
            seen.push("no enforced Conditional Access policy blocks it".into());
        }
        out.push(
            Finding::new(FindingId::AllClear, Severity::Ok, if partial { "Nothing that could be read blocks the app" } else { "Nothing in this tenant blocks the app" })
                .evidence(format!("{}{}", if seen.is_empty() { String::new() } else { format!("Checked: {}. ", seen.join("; ")) }, "If people still see an error, it comes from their side (another account or tenant signed in, an old session: sign out and in again) or from the app's request (an app that always sends prompt=consent asks every user again, even after consent for the organization)."))
                .fix("Have the person who is blocked open the diagnosis with their exact error, or run the sign-in check.", &[FixId::RunCheck, FixId::PasteMore]),
        );
    }
    out
}

fn user_assignment(user: &super::graph::User, sp: &ServicePrincipal, link: &str) -> Finding {
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

fn is_all_principals(g: &PermissionGrant) -> bool {
    g.consent_type
        .as_deref()
        .is_some_and(|c| c.eq_ignore_ascii_case("AllPrincipals"))
}

/// The lower-cased scopes granted for everyone on one resource.
fn tenant_wide_scopes(grants: &[&PermissionGrant], resource_id: &str) -> BTreeSet<String> {
    grants
        .iter()
        .filter(|g| is_all_principals(g))
        .filter(|g| {
            g.resource_id
                .as_deref()
                .is_some_and(|r| r.eq_ignore_ascii_case(resource_id))
        })
        .flat_map(|g| g.scope.as_deref().unwrap_or("").split_whitespace())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// The resource's service principal: OpenID Connect scopes live on Microsoft Graph; well-known
/// App ID URIs by their app ID; others by `servicePrincipalNames`.
fn resource_for<'a>(resources: &'a [ServicePrincipal], uri: &str) -> Option<&'a ServicePrincipal> {
    let app_id = super::resource_app_id(uri);
    let uri = uri.trim_end_matches('/');
    resources.iter().find(|r| {
        let by_id = app_id.is_some_and(|a| {
            r.app_id
                .as_deref()
                .is_some_and(|x| x.eq_ignore_ascii_case(a))
        });
        by_id
            || (!uri.is_empty()
                && r.service_principal_names
                    .iter()
                    .any(|n| n.trim_end_matches('/').eq_ignore_ascii_case(uri)))
    })
}

fn join_names(items: &[&Needed]) -> String {
    let names: Vec<String> = items.iter().take(25).map(|n| n.name()).collect();
    names.join(", ")
}
