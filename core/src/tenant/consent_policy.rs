//! May a user consent to one delegated permission for this app? The tenant's answer comes
//! from the app consent policies assigned to users as `ManagePermissionGrantsForSelf.{id}`
//! in `authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned`
//! (https://learn.microsoft.com/entra/identity/enterprise-apps/configure-user-consent).
//!
//! A permission is allowed by a policy when it matches one of the policy's `includes`
//! condition sets and none of its `excludes`; with several policies assigned, one that
//! allows is enough (https://learn.microsoft.com/entra/identity/enterprise-apps/manage-app-consent-policies).
//! When the snapshot holds the policy object we evaluate its conditions; for Microsoft's
//! built-in policies we otherwise know what they mean.

use super::graph::{ConditionSet, PermissionGrantPolicy};

pub const SELF_PREFIX: &str = "ManagePermissionGrantsForSelf.";
pub const LEGACY: &str = "microsoft-user-default-legacy";
pub const LOW: &str = "microsoft-user-default-low";
pub const RECOMMENDED: &str = "microsoft-user-default-recommended";
pub const MAIL_CLIENTS: &str = "microsoft-user-default-allow-consent-apps";

/// Microsoft's built-in policies, whose meaning we know without their objects.
pub fn is_built_in(id: &str) -> bool {
    [LEGACY, LOW, RECOMMENDED, MAIL_CLIENTS].contains(&id)
}

/// Microsoft Graph delegated permissions that Microsoft's managed policy has been announced
/// to keep from users (Microsoft 365 message center MC1097272, July 2025: Files and Sites;
/// MC1163922, late 2025: mail, calendar, contacts, chat and meetings). Microsoft changes the
/// policy itself; the snapshot's copy of the policy, when present, wins over this list.
pub const MANAGED_EXCLUDED: [&str; 21] = [
    "Files.Read.All",
    "Files.ReadWrite.All",
    "Sites.Read.All",
    "Sites.ReadWrite.All",
    "Mail.Read",
    "Mail.ReadBasic",
    "Mail.ReadWrite",
    "Calendars.Read",
    "Calendars.ReadWrite",
    "Calendars.Read.Shared",
    "Calendars.ReadWrite.Shared",
    "Contacts.ReadWrite",
    "People.Read",
    "Chat.Read",
    "Chat.ReadWrite",
    "OnlineMeetings.Read",
    "OnlineMeetings.ReadWrite",
    "EAS.AccessAsUser.All",
    "EWS.AccessAsUser.All",
    "IMAP.AccessAsUser.All",
    "POP.AccessAsUser.All",
];

/// What the rules know about one requested delegated permission.
#[derive(Debug, Clone)]
pub struct PermissionFacts<'a> {
    pub name: &'a str,
    pub id: Option<&'a str>,
    pub resource_app_id: Option<&'a str>,
    /// The resource marks it `Admin`: only an admin may consent, whatever the policy.
    pub admin_only: bool,
    /// Its classification in this tenant (`low`, `medium`, `high`), if any.
    pub classification: Option<&'a str>,
}

/// What the rules know about the app asking.
#[derive(Debug, Clone)]
pub struct ClientFacts<'a> {
    pub app_id: &'a str,
    pub owner_tenant: Option<&'a str>,
    pub publisher_id: Option<&'a str>,
    pub this_tenant: Option<&'a str>,
}

impl ClientFacts<'_> {
    pub fn verified(&self) -> bool {
        self.publisher_id.is_some_and(|p| !p.trim().is_empty())
    }

    /// Apps registered in the tenant itself count like verified ones for the low-impact policy.
    pub fn registered_here(&self) -> bool {
        matches!((self.owner_tenant, self.this_tenant), (Some(a), Some(b)) if a.eq_ignore_ascii_case(b))
    }
}

/// Why a user may not consent to a permission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// No `ManagePermissionGrantsForSelf` policy: user consent is off.
    ConsentOff,
    /// The resource marks the permission `Admin`.
    AdminOnly,
    /// Low-impact only, and this permission is not classified low.
    NotLowImpact,
    /// Low-impact only (or a custom policy) requires a verified publisher.
    UnverifiedPublisher,
    /// Microsoft's managed policy keeps it from users.
    ManagedExcluded,
    /// A custom policy's conditions leave it out.
    CustomPolicy,
}

/// The verdict for one permission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserConsent {
    Allowed,
    Blocked(Block),
    /// A custom policy is assigned whose conditions the snapshot does not hold.
    Unknown,
}

/// The self-consent policy IDs among the assigned policies.
pub fn self_policies(assigned: &[String]) -> Vec<&str> {
    assigned
        .iter()
        .filter_map(|a| a.strip_prefix(SELF_PREFIX))
        .collect()
}

/// Decides one permission under the assigned self-consent policies.
pub fn user_consent(
    policies: &[&str],
    objects: &[PermissionGrantPolicy],
    permission: &PermissionFacts,
    client: &ClientFacts,
) -> UserConsent {
    if policies.is_empty() {
        return UserConsent::Blocked(Block::ConsentOff);
    }
    if permission.admin_only {
        return UserConsent::Blocked(Block::AdminOnly);
    }
    let mut unknown = false;
    let mut reasons = Vec::new();
    for &id in policies {
        let object = objects
            .iter()
            .find(|o| o.id.as_deref().is_some_and(|o| o.eq_ignore_ascii_case(id)));
        let verdict = match object {
            Some(policy) => {
                if allows(policy, permission, client) {
                    UserConsent::Allowed
                } else {
                    UserConsent::Blocked(built_in_reason(id, client))
                }
            }
            None => built_in(id, permission, client),
        };
        match verdict {
            UserConsent::Allowed => return UserConsent::Allowed,
            UserConsent::Unknown => unknown = true,
            UserConsent::Blocked(b) => reasons.push(b),
        }
    }
    if unknown {
        return UserConsent::Unknown;
    }
    // The most specific reason: one that names what to change for this app.
    let order = [
        Block::UnverifiedPublisher,
        Block::NotLowImpact,
        Block::ManagedExcluded,
        Block::CustomPolicy,
    ];
    order
        .into_iter()
        .find(|b| reasons.contains(b))
        .map_or(UserConsent::Unknown, UserConsent::Blocked)
}

/// Microsoft's built-in policies, as documented, when the snapshot lacks their objects.
fn built_in(id: &str, p: &PermissionFacts, c: &ClientFacts) -> UserConsent {
    let allowed = match id {
        LEGACY => true,
        LOW => is_low(p) && (c.verified() || c.registered_here()),
        RECOMMENDED => !is_managed_excluded(p),
        // The mail-client policy names a fixed list of Microsoft-approved mail apps.
        MAIL_CLIENTS => false,
        _ => return UserConsent::Unknown,
    };
    if allowed {
        UserConsent::Allowed
    } else {
        UserConsent::Blocked(built_in_reason(id, c))
    }
}

/// Why one assigned policy leaves a permission out. Every reason has its finding; a policy
/// other than the low-impact and managed ones simply "does not include" it.
fn built_in_reason(id: &str, c: &ClientFacts) -> Block {
    match id {
        LOW if !(c.verified() || c.registered_here()) => Block::UnverifiedPublisher,
        LOW => Block::NotLowImpact,
        RECOMMENDED => Block::ManagedExcluded,
        _ => Block::CustomPolicy,
    }
}

fn is_low(p: &PermissionFacts) -> bool {
    p.classification
        .is_some_and(|c| c.eq_ignore_ascii_case("low"))
}

pub fn is_managed_excluded(p: &PermissionFacts) -> bool {
    let graph = p.resource_app_id.is_none_or(|r| {
        r.eq_ignore_ascii_case(super::GRAPH_APP_ID)
            || r.eq_ignore_ascii_case(super::EXCHANGE_APP_ID)
    });
    graph
        && MANAGED_EXCLUDED
            .iter()
            .any(|n| n.eq_ignore_ascii_case(p.name))
}

fn allows(policy: &PermissionGrantPolicy, p: &PermissionFacts, c: &ClientFacts) -> bool {
    policy.includes.iter().any(|set| matches(set, p, c))
        && !policy.excludes.iter().any(|set| matches(set, p, c))
}

/// One condition set against one delegated permission. Absent properties take Graph's
/// defaults: `all`, `any`, `false`
/// (https://learn.microsoft.com/graph/api/resources/permissiongrantconditionset).
fn matches(set: &ConditionSet, p: &PermissionFacts, c: &ClientFacts) -> bool {
    let kind = match set.permission_type.as_deref().map(str::to_ascii_lowercase) {
        None => true,
        Some(t) if t == "delegated" => true,
        Some(t) if t == "delegateduserconsentable" => !p.admin_only,
        Some(_) => false,
    };
    let classification = match set.permission_classification.as_deref() {
        None => true,
        Some(c) if c.eq_ignore_ascii_case("all") => true,
        Some(c) => p
            .classification
            .is_some_and(|pc| pc.eq_ignore_ascii_case(c)),
    };
    let resource = match set.resource_application.as_deref() {
        None => true,
        Some(r) if r.eq_ignore_ascii_case("any") => true,
        Some(r) => p.resource_app_id.is_some_and(|a| a.eq_ignore_ascii_case(r)),
    };
    kind && classification
        && resource
        && in_list(set.permissions.as_deref(), p.id)
        && in_list(set.client_application_ids.as_deref(), Some(c.app_id))
        && in_list(set.client_application_tenant_ids.as_deref(), c.owner_tenant)
        && in_list(set.client_application_publisher_ids.as_deref(), c.publisher_id)
        && (!set.client_applications_from_verified_publisher_only.unwrap_or(false)
            || c.verified()
            || c.registered_here())
        // We cannot see Microsoft 365 certification; an app that needs it is not allowed.
        && !set.certified_client_applications_only.unwrap_or(false)
}

fn in_list(list: Option<&[String]>, value: Option<&str>) -> bool {
    match list {
        None => true,
        Some(items) if items.iter().any(|i| i.eq_ignore_ascii_case("all")) => true,
        Some(items) => value.is_some_and(|v| items.iter().any(|i| i.eq_ignore_ascii_case(v))),
    }
}
