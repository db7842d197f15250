//! The tenant states the read-only tenant-check app can sign in to: each one is a tenant's
//! consent configuration for the demo app, served by the Graph reads in `graph_api.rs`.
//! IDs are a contract (like the scenario IDs): keep them.
//!
//! Every state is [`BASELINE`] (`tenant-all-clear`) with a few switches changed.

use crate::scenarios::{self, Scenario};

/// Which `ManagePermissionGrantsForSelf.*` policies the default user role holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UserConsent {
    /// None: users cannot consent to anything.
    Off,
    /// `microsoft-user-default-legacy`: any user-consentable permission, any app.
    Legacy,
    /// `microsoft-user-default-low`: low-impact permissions, verified publishers.
    LowImpact,
    /// `microsoft-user-default-recommended` and `microsoft-user-default-allow-consent-apps`.
    MicrosoftManaged,
}

/// The app's delegated permission grants (`oauth2PermissionGrants`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grants {
    None,
    /// One `AllPrincipals` grant with every permission the app needs.
    TenantWide,
    /// One `AllPrincipals` grant from an older version of the app, without
    /// Calendars.ReadWrite and MailboxSettings.ReadWrite.
    TenantWideStale,
    /// Three `Principal` grants, one per user, each with every permission (read in two pages).
    PerUser,
}

/// The admin consent workflow (`adminConsentRequestPolicy`) and its requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Workflow {
    Off,
    /// On with one reviewer, nothing pending.
    On,
    /// On with two reviewers and a request for the app that two users sent.
    Pending,
}

/// What differs between tenant states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Switches {
    /// The app has an enterprise application (service principal) in the tenant.
    pub service_principal: bool,
    /// "Enabled for users to sign in?"
    pub account_enabled: bool,
    /// "Assignment required?"
    pub assignment_required: bool,
    pub user_consent: UserConsent,
    pub grants: Grants,
    /// The app's application permission (Graph Mail.Read) is assigned.
    pub app_role_assignment: bool,
    /// The Graph service principal classifies openid, profile, offline_access and User.Read low.
    pub low_classifications: bool,
    pub workflow: Workflow,
    /// An enabled Conditional Access policy blocks the app itself.
    pub ca_blocks_app: bool,
    /// The signed-in admin may not read Conditional Access policies or consent requests.
    pub denied_reads: bool,
    /// The first permission-grant read of each token answers 429.
    pub throttle_grants: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TenantState {
    pub id: &'static str,
    pub description: &'static str,
    pub switches: Switches,
}

/// `tenant-all-clear`: nothing in the tenant stands in the app's way.
pub const BASELINE: Switches = Switches {
    service_principal: true,
    account_enabled: true,
    assignment_required: false,
    user_consent: UserConsent::Legacy,
    grants: Grants::TenantWide,
    app_role_assignment: true,
    low_classifications: false,
    workflow: Workflow::On,
    ca_blocks_app: false,
    denied_reads: false,
    throttle_grants: false,
};

pub const TENANT_STATES: [TenantState; 13] = [
    TenantState {
        id: "tenant-all-clear",
        description: "Everything is in place: enterprise app enabled, tenant-wide consent for every permission, application permission assigned.",
        switches: BASELINE,
    },
    TenantState {
        id: "tenant-no-sp",
        description: "The app was never added to the tenant: no enterprise application, no grants, user consent and the consent workflow off.",
        switches: Switches {
            service_principal: false,
            grants: Grants::None,
            app_role_assignment: false,
            user_consent: UserConsent::Off,
            workflow: Workflow::Off,
            ..BASELINE
        },
    },
    TenantState {
        id: "tenant-disabled",
        description: "The enterprise application exists but \"Enabled for users to sign in?\" is No.",
        switches: Switches {
            account_enabled: false,
            ..BASELINE
        },
    },
    TenantState {
        id: "tenant-assignment",
        description: "Assignment is required and megan@ is not assigned to the app.",
        switches: Switches {
            assignment_required: true,
            ..BASELINE
        },
    },
    TenantState {
        id: "tenant-consent-off",
        description: "Users may not consent to apps, nobody has granted the app anything, and the consent workflow is off.",
        switches: Switches {
            user_consent: UserConsent::Off,
            grants: Grants::None,
            workflow: Workflow::Off,
            ..BASELINE
        },
    },
    TenantState {
        id: "tenant-low-only",
        description: "Users may consent only to low-impact permissions (openid, profile, offline_access, User.Read are classified low); no grants.",
        switches: Switches {
            user_consent: UserConsent::LowImpact,
            low_classifications: true,
            grants: Grants::None,
            workflow: Workflow::Off,
            ..BASELINE
        },
    },
    TenantState {
        id: "tenant-managed",
        description: "Microsoft-managed user consent, which keeps mail and calendar permissions from users; the consent workflow is on; no grants.",
        switches: Switches {
            user_consent: UserConsent::MicrosoftManaged,
            grants: Grants::None,
            ..BASELINE
        },
    },
    TenantState {
        id: "tenant-stale-grant",
        description: "An admin consented to an older version of the app: the grant lacks Calendars.ReadWrite and MailboxSettings.ReadWrite; user consent off.",
        switches: Switches {
            grants: Grants::TenantWideStale,
            user_consent: UserConsent::Off,
            ..BASELINE
        },
    },
    TenantState {
        id: "tenant-per-user",
        description: "Only three users consented for themselves (no tenant-wide grant); user consent is now off.",
        switches: Switches {
            grants: Grants::PerUser,
            user_consent: UserConsent::Off,
            ..BASELINE
        },
    },
    TenantState {
        id: "tenant-workflow-pending",
        description: "User consent off, no grants, and two users' requests for the app wait for the two reviewers of the consent workflow.",
        switches: Switches {
            user_consent: UserConsent::Off,
            grants: Grants::None,
            workflow: Workflow::Pending,
            ..BASELINE
        },
    },
    TenantState {
        id: "tenant-ca",
        description: "An enabled Conditional Access policy blocks this app.",
        switches: Switches {
            ca_blocks_app: true,
            ..BASELINE
        },
    },
    TenantState {
        id: "tenant-denied",
        description: "The signed-in admin may not read Conditional Access policies or consent requests (403 on those reads).",
        switches: Switches {
            denied_reads: true,
            ..BASELINE
        },
    },
    TenantState {
        id: "tenant-throttled",
        description: "Graph throttles the first permission-grant read (429, Retry-After: 1); the retry succeeds.",
        switches: Switches {
            throttle_grants: true,
            ..BASELINE
        },
    },
];

pub fn find(id: &str) -> Option<&'static TenantState> {
    TENANT_STATES
        .iter()
        .find(|s| s.id.eq_ignore_ascii_case(id.trim()))
}

/// Reads `state@domain` from a login hint.
pub fn from_login_hint(hint: &str) -> Option<&'static TenantState> {
    find(hint.split('@').next()?)
}

/// Global Reader: reads every setting the tenant check needs, changes none.
const GLOBAL_READER: &str = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";
const USER_ROLE: &str = "b79fbf4d-3ef9-4689-8143-76b194e85509";

/// The administrator who signs in to the tenant-check app, whatever the state.
pub const ADMIN: Scenario = Scenario {
    id: "tenant-admin",
    explanation: "A Global Reader runs the read-only tenant check.",
    display_name: "Allan Deyoung",
    roles: &[GLOBAL_READER, USER_ROLE],
    result: scenarios::Result::AllGranted,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_hints_pick_them() {
        for (i, s) in TENANT_STATES.iter().enumerate() {
            assert!(
                TENANT_STATES[i + 1..].iter().all(|o| o.id != s.id),
                "{}",
                s.id
            );
            assert!(
                scenarios::find(s.id).is_none(),
                "{} is also a scenario",
                s.id
            );
        }
        assert_eq!(
            from_login_hint("tenant-ca@contoso.example").map(|s| s.id),
            Some("tenant-ca")
        );
        assert!(from_login_hint("all-granted@contoso.example").is_none());
    }
}
