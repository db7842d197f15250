//! The rules: what in one tenant's configuration blocks one app, read from a [`Snapshot`].
//! Each rule quotes the values it judged by, so an admin can check it in the admin center.
//! Sources for each rule are in docs/tenant-check.md.
//!
//! [`Tenant`] gathers once what several rules need (the app's enterprise application, each
//! permission the app needs with its grant and user-consent verdict); each file holds the
//! rules of one part of the admin center, in the order a person checks them:
//! `app.rs` (the enterprise application), `consent.rs` (grants and user consent),
//! `access.rs` (the consent workflow and Conditional Access), `coverage.rs` (what could not
//! be read, and "all clear").

mod access;
mod app;
mod consent;
mod coverage;

use std::collections::BTreeSet;

use super::consent_policy::{self, Block, ClientFacts, PermissionFacts, UserConsent};
use super::finding::{Finding, Severity};
use super::graph::{PermissionGrant, PermissionGrantPolicy, PermissionScope, ServicePrincipal};
use super::snapshot::Snapshot;
use super::{CheckContext, GRAPH_APP_ID};
use crate::ids::{Guid, TenantId};
use crate::profile::{Permission, Profile};
use crate::urls::{self, Blade};

pub(super) fn evaluate(snap: &Snapshot, ctx: &CheckContext) -> Vec<Finding> {
    let tenant = Tenant::read(snap, ctx);
    let mut out = Vec::new();
    app::enterprise_app(&tenant, &mut out);
    consent::grants(&tenant, &mut out);
    consent::user_consent(&tenant, &mut out);
    app::app_roles(&tenant, &mut out);
    access::workflow(&tenant, &mut out);
    access::conditional_access(&tenant, &mut out);
    coverage::could_not_read(&tenant, &mut out);
    coverage::all_clear(&tenant, &mut out);
    out
}

/// One delegated permission the app needs, matched against the tenant.
struct Needed<'a> {
    permission: &'a Permission,
    resource: Option<&'a ServicePrincipal>,
    scope: Option<&'a PermissionScope>,
    /// Its classification in this tenant (`low`, …), if any.
    classification: Option<&'a str>,
    /// Granted for everyone (`AllPrincipals`); `None` when the grants or the resource were not read.
    granted: Option<bool>,
    /// Whether users may consent to it themselves; only for permissions known not to be
    /// granted for everyone, and only when the user-consent setting was read.
    consent: Option<UserConsent>,
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

/// What the rules read from the snapshot, gathered once.
struct Tenant<'a> {
    ctx: &'a CheckContext<'a>,
    snap: &'a Snapshot,
    client_id: String,
    /// The tenant from the address, or else the one the snapshot names.
    tenant: Option<TenantId>,
    /// The app's enterprise application, when it was read and exists.
    sp: Option<&'a ServicePrincipal>,
    resources: &'a [ServicePrincipal],
    /// The app's delegated grants.
    grants: Vec<&'a PermissionGrant>,
    needed: Vec<Needed<'a>>,
    /// The assigned permission grant policies, when the authorization policy was read.
    assigned: Option<&'a [String]>,
    policy_objects: &'a [PermissionGrantPolicy],
    /// A verified publisher, or an app registered in this tenant.
    client_trusted: bool,
    assignment_required: bool,
}

impl<'a> Tenant<'a> {
    fn read(snap: &'a Snapshot, ctx: &'a CheckContext<'a>) -> Tenant<'a> {
        let profile = ctx.profile;
        let client_id = profile.app.client_id.to_string();
        let tenant = ctx
            .tenant
            .cloned()
            .or_else(|| snap.tenant_id.as_deref().and_then(TenantId::parse));
        let sp = snap.service_principal.get().and_then(Option::as_ref);
        let sp_id = sp.and_then(|s| s.id.as_deref());
        let resources = snap.resources.get().map_or(&[][..], Vec::as_slice);
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
        // Without an enterprise application there can be no grant.
        let grants_known =
            snap.grants.was_read() || snap.service_principal.get().is_some_and(Option::is_none);
        let assigned = snap.authorization_policy.get().map(|a| {
            a.default_user_role_permissions
                .as_ref()
                .map_or(&[][..], |d| d.permission_grant_policies_assigned.as_slice())
        });
        let policy_objects = snap
            .permission_grant_policies
            .get()
            .map_or(&[][..], Vec::as_slice);
        // The directory ID, for "registered in this tenant": the snapshot's own `tenantId`
        // (the script reads it from the session) or the address's, when either is a GUID.
        let this_tenant = snap
            .tenant_id
            .as_deref()
            .and_then(Guid::parse)
            .or(match ctx.tenant {
                Some(TenantId::Id(g)) => Some(*g),
                _ => None,
            })
            .map(|g| g.to_string());
        let client = ClientFacts {
            app_id: &client_id,
            owner_tenant: sp.and_then(|s| s.app_owner_organization_id.as_deref()),
            publisher_id: sp
                .and_then(|s| s.verified_publisher.as_ref())
                .and_then(|v| v.verified_publisher_id.as_deref()),
            this_tenant: this_tenant.as_deref(),
        };
        let policies = assigned.map(consent_policy::self_policies);
        let needed = profile
            .delegated_permissions
            .iter()
            .map(|p| {
                let mut n = needed(p, resources, &grants, grants_known);
                if let (Some(policies), Some(false)) = (&policies, n.granted) {
                    let facts = PermissionFacts {
                        name: p.name.name(),
                        id: n.scope.and_then(|s| s.id.as_deref()),
                        resource_app_id: n
                            .resource
                            .and_then(|r| r.app_id.as_deref())
                            .or(p.is_oidc().then_some(GRAPH_APP_ID)),
                        admin_only: n.admin_only(),
                        classification: n.classification,
                    };
                    n.consent = Some(consent_policy::user_consent(
                        policies,
                        policy_objects,
                        &facts,
                        &client,
                    ));
                }
                n
            })
            .collect();
        Tenant {
            ctx,
            snap,
            tenant,
            sp,
            resources,
            grants,
            needed,
            assigned,
            policy_objects,
            client_trusted: client.verified() || client.registered_here(),
            assignment_required: sp.and_then(|s| s.app_role_assignment_required) == Some(true),
            client_id,
        }
    }

    fn profile(&self) -> &'a Profile {
        self.ctx.profile
    }

    fn product(&self) -> &'a str {
        &self.ctx.profile.product_name
    }

    fn sp_id(&self) -> Option<&'a str> {
        self.sp.and_then(|s| s.id.as_deref())
    }

    /// An admin-center blade, pinned to this tenant and cloud.
    fn blade(&self, blade: Blade) -> String {
        blade.url(self.profile().cloud, self.tenant.as_ref())
    }

    /// A section of the app's enterprise application, or the list when its ID is unknown.
    fn app_link(&self, section: &str) -> String {
        let profile = self.profile();
        match self.sp_id().and_then(Guid::parse) {
            Some(object_id) => urls::enterprise_app_blade(
                profile.cloud,
                self.tenant.as_ref(),
                object_id,
                profile.app.client_id,
                section,
            ),
            None => self.blade(Blade::EnterpriseApps),
        }
    }

    /// Needed permissions known not to be granted for everyone.
    fn missing(&self) -> Vec<&Needed<'a>> {
        self.needed
            .iter()
            .filter(|n| n.granted == Some(false))
            .collect()
    }

    fn missing_names(&self) -> Vec<String> {
        self.missing().iter().map(|n| n.name()).collect()
    }

    /// The needed permissions users may not consent to, for one reason.
    fn blocked(&self, block: Block) -> Vec<String> {
        self.needed
            .iter()
            .filter(|n| n.consent == Some(UserConsent::Blocked(block)))
            .map(Needed::name)
            .collect()
    }

    /// Users are stopped at consent when a permission the app needs is neither granted for
    /// everyone nor one they may consent to (or when assignment is required, which forces
    /// admin consent for every permission).
    fn users_blocked_at_consent(&self) -> bool {
        self.needed
            .iter()
            .any(|n| matches!(n.consent, Some(UserConsent::Blocked(_))))
            || (self.assignment_required && !self.missing().is_empty())
    }

    /// Missing grants block only when users cannot make up for them by consenting.
    fn grant_severity(&self) -> Severity {
        if self.users_blocked_at_consent() {
            Severity::Blocking
        } else {
            Severity::Warning
        }
    }
}

/// Matches one permission to its resource, scope, classification and grant.
fn needed<'a>(
    p: &'a Permission,
    resources: &'a [ServicePrincipal],
    grants: &[&PermissionGrant],
    grants_known: bool,
) -> Needed<'a> {
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
            Some(rid) => {
                Some(tenant_wide_scopes(grants, rid).contains(&p.name.name().to_ascii_lowercase()))
            }
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
        consent: None,
    }
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
