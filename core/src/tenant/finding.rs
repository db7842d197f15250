//! What the tenant check says: findings with an ID (docs/public-interface.md, "The tenant
//! check"), a severity, the evidence quoted from the snapshot, and the fix.

use crate::fixes::{FixId, Link};

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// This stops users from signing in or consenting.
    Blocking,
    /// Worth changing; not what blocks users by itself.
    Warning,
    /// The check could not tell.
    Unknown,
    /// Looked at and fine.
    Ok,
}

impl Severity {
    /// The value of `data-severity`.
    pub fn id(self) -> &'static str {
        match self {
            Severity::Blocking => "blocking",
            Severity::Warning => "warning",
            Severity::Unknown => "unknown",
            Severity::Ok => "ok",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Severity::Blocking => "Blocks users",
            Severity::Warning => "Worth a look",
            Severity::Unknown => "Could not tell",
            Severity::Ok => "Fine",
        }
    }
}

macro_rules! finding_ids {
    ($($variant:ident => $id:literal),* $(,)?) => {
        /// Finding IDs: the promised ones, and our own (`user-assigned`, `user-consent-policy`,
        /// `not-read`, `snapshot-unreadable`, `report-only-policies`).
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        pub enum FindingId { $($variant),* }

        impl FindingId {
            pub const ALL: &'static [FindingId] = &[$(FindingId::$variant),*];

            /// The value of `data-finding`.
            pub fn id(self) -> &'static str {
                match self { $(FindingId::$variant => $id),* }
            }
        }
    };
}

finding_ids! {
    NoServicePrincipal => "no-service-principal",
    AppDisabled => "app-disabled",
    AssignmentRequired => "assignment-required",
    UserNotAssigned => "user-not-assigned",
    UserAssigned => "user-assigned",
    UserConsentOff => "user-consent-off",
    UserConsentLowOnly => "user-consent-low-only",
    UserConsentMicrosoftManaged => "user-consent-microsoft-managed",
    UserConsentPolicy => "user-consent-policy",
    PublisherNotVerified => "publisher-not-verified",
    AdminOnlyScopes => "admin-only-scopes",
    GrantMissingScopes => "grant-missing-scopes",
    GrantPerUserOnly => "grant-per-user-only",
    AppRolesMissing => "app-roles-missing",
    WorkflowOff => "workflow-off",
    WorkflowPending => "workflow-pending",
    ConditionalAccess => "conditional-access",
    ReportOnlyPolicies => "report-only-policies",
    ReadDenied => "read-denied",
    NotRead => "not-read",
    SnapshotUnreadable => "snapshot-unreadable",
    AllClear => "all-clear",
}

/// One finding, ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub id: FindingId,
    pub severity: Severity,
    /// A short heading: what is wrong (or fine).
    pub title: String,
    /// One or two sentences quoting the snapshot's values (IDs, `consentType`, `scope`,
    /// policy names, dates).
    pub evidence: String,
    /// Lists the evidence names: permissions, policies, requests. Bounded.
    pub details: Vec<String>,
    /// The one fix that changes exactly this, in a sentence.
    pub fix: String,
    /// The fix cards that carry it out, first to try first.
    pub fixes: Vec<FixId>,
    /// Admin-center links pinned to this tenant and cloud (and to the app where known).
    pub links: Vec<Link>,
    /// Names and sign-in names in the texts above, withheld from the report unless the
    /// admin opts in.
    pub personal: Vec<String>,
}

impl Finding {
    pub(super) fn new(id: FindingId, severity: Severity, title: impl Into<String>) -> Finding {
        Finding {
            id,
            severity,
            title: title.into(),
            evidence: String::new(),
            details: Vec::new(),
            fix: String::new(),
            fixes: Vec::new(),
            links: Vec::new(),
            personal: Vec::new(),
        }
    }

    pub(super) fn evidence(mut self, text: impl Into<String>) -> Finding {
        self.evidence = text.into();
        self
    }

    pub(super) fn fix(mut self, text: impl Into<String>, fixes: &[FixId]) -> Finding {
        self.fix = text.into();
        self.fixes = fixes.to_vec();
        self
    }

    pub(super) fn link(mut self, label: impl Into<String>, href: String) -> Finding {
        self.links.push(Link {
            label: label.into(),
            href,
        });
        self
    }

    pub(super) fn details(mut self, items: Vec<String>) -> Finding {
        self.details = bounded(items);
        self
    }

    /// The space-separated `data-fix` value.
    pub fn data_fix(&self) -> String {
        let ids: Vec<&str> = self.fixes.iter().map(|f| f.id()).collect();
        ids.join(" ")
    }
}

/// At most this many items in one list; the rest are counted.
pub const MAX_DETAILS: usize = 25;

fn bounded(mut items: Vec<String>) -> Vec<String> {
    if items.len() > MAX_DETAILS {
        let more = items.len() - (MAX_DETAILS - 1);
        items.truncate(MAX_DETAILS - 1);
        items.push(format!("… and {more} more"));
    }
    items
}
