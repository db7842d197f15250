//! The scenarios a person (or a test) can pick on the emulator's sign-in page
//! (`docs/public-interface.md` §6). IDs are a contract: keep them.

/// What happens when a scenario signs in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Result {
    /// Redirect back with this error.
    Error {
        error: &'static str,
        code: u32,
        message: &'static str,
        subcode: Option<&'static str>,
    },
    /// Sign in; grant every permission the app needs.
    AllGranted,
    /// Sign in; grant only the basic sign-in permissions (plus what an admin consented to here).
    Partial,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub id: &'static str,
    pub explanation: &'static str,
    pub display_name: &'static str,
    /// Directory role template IDs (`wids`).
    pub roles: &'static [&'static str],
    pub result: Result,
}

const USER_ROLE: &str = "b79fbf4d-3ef9-4689-8143-76b194e85509";

pub const SCENARIOS: [Scenario; 13] = [
    Scenario {
        id: "consent-blocked",
        explanation: "A user whose organization requires an admin to approve the app, with no request process (\"Need admin approval\", AADSTS90094).",
        display_name: "Adele Vance",
        roles: &[USER_ROLE],
        result: Result::Error { error: "access_denied", code: 90094, message: "The grant requires admin permission.", subcode: None },
    },
    Scenario {
        id: "approval-required",
        explanation: "The admin consent workflow is on: the user sees \"Approval required\" and can send a request (AADSTS90095).",
        display_name: "Alex Wilber",
        roles: &[USER_ROLE],
        result: Result::Error { error: "access_denied", code: 90095, message: "Admin consent is required for the permissions requested by this application. An admin consent request may be sent to the admin.", subcode: None },
    },
    Scenario {
        id: "consent-declined",
        explanation: "The user cancels the permissions screen (AADSTS65004, error_subcode=cancel).",
        display_name: "Diego Siciliani",
        roles: &[USER_ROLE],
        result: Result::Error { error: "access_denied", code: 65004, message: "User declined to consent to access the app.", subcode: Some("cancel") },
    },
    Scenario {
        id: "app-disabled",
        explanation: "The app's enterprise application has \"Enabled for users to sign-in?\" set to No (AADSTS7000112).",
        display_name: "Grady Archie",
        roles: &[USER_ROLE],
        result: Result::Error { error: "unauthorized_client", code: 7000112, message: "Application is disabled.", subcode: None },
    },
    Scenario {
        id: "user-not-assigned",
        explanation: "Assignment is required and this user is not assigned to the app (AADSTS50105).",
        display_name: "Henrietta Mueller",
        roles: &[USER_ROLE],
        result: Result::Error { error: "access_denied", code: 50105, message: "Your administrator has configured the application to block users unless they are specifically granted ('assigned') access to the application.", subcode: None },
    },
    Scenario {
        id: "ca-blocked",
        explanation: "A Conditional Access policy blocks the sign-in (AADSTS53003).",
        display_name: "Isaiah Langer",
        roles: &[USER_ROLE],
        result: Result::Error { error: "access_denied", code: 53003, message: "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.", subcode: None },
    },
    Scenario {
        id: "mfa-required",
        explanation: "Multi-factor authentication is required and was not completed (AADSTS50076).",
        display_name: "Johanna Lorenz",
        roles: &[USER_ROLE],
        result: Result::Error { error: "interaction_required", code: 50076, message: "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.", subcode: None },
    },
    Scenario {
        id: "missing-scopes",
        explanation: "The user signs in, but only the basic permissions are granted; the mail and calendar ones are missing.",
        display_name: "Lee Gu",
        roles: &[USER_ROLE],
        result: Result::Partial,
    },
    Scenario {
        id: "all-granted",
        explanation: "The user signs in and every permission the app needs is granted.",
        display_name: "Lidia Holloway",
        roles: &[USER_ROLE],
        result: Result::AllGranted,
    },
    Scenario {
        id: "global-admin",
        explanation: "A Global Administrator signs in; some permissions are missing, and this admin can grant all of them.",
        display_name: "Megan Bowen",
        roles: &["62e90394-69f5-4237-9190-012177145e10", USER_ROLE],
        result: Result::Partial,
    },
    Scenario {
        id: "privileged-role-admin",
        explanation: "A Privileged Role Administrator signs in; some permissions are missing, and this admin can grant all of them.",
        display_name: "Miriam Graham",
        roles: &["e8611ab8-c189-46e8-94e1-60213ab1f814", USER_ROLE],
        result: Result::Partial,
    },
    Scenario {
        id: "cloud-app-admin",
        explanation: "A Cloud Application Administrator signs in; some permissions are missing, and this admin can grant all but Graph application permissions.",
        display_name: "Nestor Wilke",
        roles: &["158c047a-c907-4556-b7ef-446551a6b5f7", USER_ROLE],
        result: Result::Partial,
    },
    Scenario {
        id: "app-admin",
        explanation: "An Application Administrator signs in; some permissions are missing, and this admin can grant all but Graph application permissions.",
        display_name: "Patti Fernandez",
        roles: &["9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", USER_ROLE],
        result: Result::Partial,
    },
];

pub fn find(id: &str) -> Option<&'static Scenario> {
    SCENARIOS
        .iter()
        .find(|s| s.id.eq_ignore_ascii_case(id.trim()))
}

/// Faults the token endpoint can inject on the first redemption of a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    Slow,
    ServerError,
    Malformed,
    NoCors,
}

impl Fault {
    pub const ALL: [(Fault, &'static str, &'static str); 4] = [
        (
            Fault::Slow,
            "token-slow",
            "the token endpoint answers after 15 seconds",
        ),
        (
            Fault::ServerError,
            "token-500",
            "the token endpoint answers HTTP 500",
        ),
        (
            Fault::Malformed,
            "token-malformed",
            "the token endpoint answers with broken JSON",
        ),
        (
            Fault::NoCors,
            "token-no-cors",
            "the token endpoint omits the CORS header",
        ),
    ];

    pub fn parse(text: &str) -> Option<Fault> {
        Fault::ALL
            .iter()
            .find(|(_, id, _)| *id == text)
            .map(|(f, _, _)| *f)
    }
}

/// Reads `scenario[+fault]@domain` from a login hint.
pub fn from_login_hint(hint: &str) -> Option<(&'static Scenario, Option<Fault>)> {
    let local = hint.split('@').next()?;
    // A `+` that went through form decoding arrives as a space.
    let (scenario, fault) = match local.split_once(['+', ' ']) {
        Some((s, f)) => (s, Fault::parse(f)),
        None => (local, None),
    };
    find(scenario).map(|s| (s, fault))
}
