//! The closed list of verdicts (docs/public-interface.md §4.1) and who can act on each.

use std::fmt;

/// What went wrong, in the categories the page, tests and support tooling share.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Verdict {
    AdminConsentRequired,
    AdminConsentWorkflow,
    UserDeclinedConsent,
    AdminConsentGranted,
    AppDisabled,
    UserNotAssigned,
    ConditionalAccessBlocked,
    AppNotFoundInTenant,
    MisconfiguredApp,
    SignInRequired,
    AccountProblem,
    Other,
    Unknown,
    SignedInOk,
    SignedInMissingScopes,
}

impl Verdict {
    pub const ALL: [Verdict; 15] = [
        Verdict::AdminConsentRequired,
        Verdict::AdminConsentWorkflow,
        Verdict::UserDeclinedConsent,
        Verdict::AdminConsentGranted,
        Verdict::AppDisabled,
        Verdict::UserNotAssigned,
        Verdict::ConditionalAccessBlocked,
        Verdict::AppNotFoundInTenant,
        Verdict::MisconfiguredApp,
        Verdict::SignInRequired,
        Verdict::AccountProblem,
        Verdict::Other,
        Verdict::Unknown,
        Verdict::SignedInOk,
        Verdict::SignedInMissingScopes,
    ];

    /// The ID used in `data-verdict` and in links.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::AdminConsentRequired => "admin-consent-required",
            Verdict::AdminConsentWorkflow => "admin-consent-workflow",
            Verdict::UserDeclinedConsent => "user-declined-consent",
            Verdict::AdminConsentGranted => "admin-consent-granted",
            Verdict::AppDisabled => "app-disabled",
            Verdict::UserNotAssigned => "user-not-assigned",
            Verdict::ConditionalAccessBlocked => "conditional-access-blocked",
            Verdict::AppNotFoundInTenant => "app-not-found-in-tenant",
            Verdict::MisconfiguredApp => "misconfigured-app",
            Verdict::SignInRequired => "sign-in-required",
            Verdict::AccountProblem => "account-problem",
            Verdict::Other => "other",
            Verdict::Unknown => "unknown",
            Verdict::SignedInOk => "signed-in-ok",
            Verdict::SignedInMissingScopes => "signed-in-missing-scopes",
        }
    }

    pub fn from_id(id: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.id() == id)
    }

    /// Consent verdicts are the ones where the app's permissions and publisher matter.
    pub fn is_about_consent(self) -> bool {
        matches!(
            self,
            Verdict::AdminConsentRequired
                | Verdict::AdminConsentWorkflow
                | Verdict::UserDeclinedConsent
                | Verdict::SignedInMissingScopes
        )
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Who can make the problem go away.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Fixer {
    User,
    Admin,
    Vendor,
    Microsoft,
}

impl Fixer {
    pub fn id(self) -> &'static str {
        match self {
            Fixer::User => "user",
            Fixer::Admin => "admin",
            Fixer::Vendor => "vendor",
            Fixer::Microsoft => "microsoft",
        }
    }

    /// The badge text, from the reader's point of view.
    pub fn label(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            Fixer::User => Msg::FixerUser,
            Fixer::Admin => Msg::FixerAdmin,
            Fixer::Vendor => Msg::FixerVendor,
            Fixer::Microsoft => Msg::FixerMicrosoft,
        }
    }
}

/// Whose voice the page speaks in.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum Audience {
    #[default]
    User,
    Admin,
    Support,
}

impl Audience {
    pub const ALL: [Audience; 3] = [Audience::User, Audience::Admin, Audience::Support];

    pub fn id(self) -> &'static str {
        match self {
            Audience::User => "user",
            Audience::Admin => "admin",
            Audience::Support => "support",
        }
    }

    pub fn parse(text: &str) -> Option<Audience> {
        Audience::ALL
            .into_iter()
            .find(|a| a.id().eq_ignore_ascii_case(text.trim()))
    }

    pub fn label(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            Audience::User => Msg::AudienceUser,
            Audience::Admin => Msg::AudienceAdmin,
            Audience::Support => Msg::AudienceSupport,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdict_ids_round_trip_and_are_unique() {
        for v in Verdict::ALL {
            assert_eq!(Verdict::from_id(v.id()), Some(v));
        }
        let mut ids: Vec<_> = Verdict::ALL.iter().map(|v| v.id()).collect();
        ids.dedup();
        assert_eq!(ids.len(), 15);
    }
}
