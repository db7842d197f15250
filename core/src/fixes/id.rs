//! Fix identifiers: the promised list of docs/public-interface.md §4.2 plus our own.

use std::fmt;

use crate::verdict::Fixer;

/// One way to resolve a problem. Several IDs can name the same card when one action is
/// commonly known by two names (`method-1` and `solution-a` are both "grant tenant-wide consent").
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum FixId {
    AdminConsentUrl,
    Method1,
    SolutionA,
    Method2,
    AdminBrowser,
    ReviewRequest,
    EnableWorkflow,
    SolutionB,
    Method3,
    RequestApproval,
    AskAdmin,
    TryAgain,
    SignInAgain,
    UseOtherAccount,
    ResetPassword,
    FixAccount,
    DeviceCompliance,
    ConditionalAccess,
    EnableSignIn,
    AssignUsers,
    CreateServicePrincipal,
    AppOnlyAccess,
    CheckFirewall,
    ContactVendor,
    WaitAndRetry,
    LookupCode,
    RunCheck,
    PasteMore,
    Federation,
    RegisterDevice,
    GuestAccess,
    ClaimTenant,
    AppProtection,
}

impl FixId {
    pub const ALL: [FixId; 33] = [
        FixId::AdminConsentUrl,
        FixId::Method1,
        FixId::SolutionA,
        FixId::Method2,
        FixId::AdminBrowser,
        FixId::ReviewRequest,
        FixId::EnableWorkflow,
        FixId::SolutionB,
        FixId::Method3,
        FixId::RequestApproval,
        FixId::AskAdmin,
        FixId::TryAgain,
        FixId::SignInAgain,
        FixId::UseOtherAccount,
        FixId::ResetPassword,
        FixId::FixAccount,
        FixId::DeviceCompliance,
        FixId::ConditionalAccess,
        FixId::EnableSignIn,
        FixId::AssignUsers,
        FixId::CreateServicePrincipal,
        FixId::AppOnlyAccess,
        FixId::CheckFirewall,
        FixId::ContactVendor,
        FixId::WaitAndRetry,
        FixId::LookupCode,
        FixId::RunCheck,
        FixId::PasteMore,
        FixId::Federation,
        FixId::RegisterDevice,
        FixId::GuestAccess,
        FixId::ClaimTenant,
        FixId::AppProtection,
    ];

    /// The ID in `data-fix`.
    pub fn id(self) -> &'static str {
        match self {
            FixId::AdminConsentUrl => "admin-consent-url",
            FixId::Method1 => "method-1",
            FixId::SolutionA => "solution-a",
            FixId::Method2 => "method-2",
            FixId::AdminBrowser => "admin-browser",
            FixId::ReviewRequest => "review-request",
            FixId::EnableWorkflow => "enable-workflow",
            FixId::SolutionB => "solution-b",
            FixId::Method3 => "method-3",
            FixId::RequestApproval => "request-approval",
            FixId::AskAdmin => "ask-admin",
            FixId::TryAgain => "try-again",
            FixId::SignInAgain => "sign-in-again",
            FixId::UseOtherAccount => "use-other-account",
            FixId::ResetPassword => "reset-password",
            FixId::FixAccount => "fix-account",
            FixId::DeviceCompliance => "device-compliance",
            FixId::ConditionalAccess => "conditional-access",
            FixId::EnableSignIn => "enable-sign-in",
            FixId::AssignUsers => "assign-users",
            FixId::CreateServicePrincipal => "create-service-principal",
            FixId::AppOnlyAccess => "app-only-access",
            FixId::CheckFirewall => "check-firewall",
            FixId::ContactVendor => "contact-vendor",
            FixId::WaitAndRetry => "wait-and-retry",
            FixId::LookupCode => "lookup-code",
            FixId::RunCheck => "run-check",
            FixId::PasteMore => "paste-more",
            FixId::Federation => "federation",
            FixId::RegisterDevice => "register-device",
            FixId::GuestAccess => "guest-access",
            FixId::ClaimTenant => "claim-tenant",
            FixId::AppProtection => "app-protection",
        }
    }

    pub fn from_id(id: &str) -> Option<FixId> {
        FixId::ALL.into_iter().find(|f| f.id() == id)
    }

    /// Who carries the fix out.
    pub fn actor(self) -> Fixer {
        match self {
            FixId::RequestApproval
            | FixId::AskAdmin
            | FixId::TryAgain
            | FixId::SignInAgain
            | FixId::UseOtherAccount
            | FixId::ResetPassword
            | FixId::DeviceCompliance
            | FixId::RunCheck
            | FixId::PasteMore
            | FixId::RegisterDevice
            | FixId::AppProtection
            | FixId::LookupCode => Fixer::User,
            FixId::ContactVendor => Fixer::Vendor,
            FixId::WaitAndRetry => Fixer::Microsoft,
            _ => Fixer::Admin,
        }
    }

    /// Fixes that change what users may consent to for every app, not just this one.
    pub fn widens_consent(self) -> bool {
        matches!(self, FixId::SolutionB | FixId::Method3)
    }
}

impl fmt::Display for FixId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}
