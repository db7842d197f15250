//! What client libraries print when they pass an error on: MSAL (JavaScript, .NET, Python,
//! Android, iOS/macOS), ADAL, Azure CLI, Microsoft Graph PowerShell and Azure Identity, and a
//! resource's `WWW-Authenticate` claims challenge. Their own names for a cancel, a required
//! interaction or missing consent often stand where the STS's code would be, so they decide
//! the verdict when no AADSTS code is present.
//!
//! Shapes come from the libraries' sources and docs: msal-common's `AuthError.ts` and
//! `InteractionRequiredAuthError.ts`, msal-browser's `BrowserAuthErrorCodes.ts`; MSAL.NET's
//! `MsalError.cs`, `MsalErrorMessage.cs` and `UiRequiredExceptionClassification.cs`; MSAL
//! Python's `application.py` (`classification`) and `broker.py`; MSAL Android's
//! `MsalUserCancelException`; MSAL for iOS/macOS's `MSALError.h` (`MSALErrorDomain`, -50002,
//! -50005) and its userInfo keys; ADAL.NET's `AdalError`; Azure CLI's `auth/util.py`; and
//! https://learn.microsoft.com/entra/identity-platform/claims-challenge for the header.

use crate::verdict::Verdict;

/// What a library's words mean for the person.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Reading {
    /// The sign-in window was closed or cancelled. Ambiguous: it also follows Microsoft's
    /// "Need admin approval" and "Approval required" screens when the person leaves them.
    Cancelled,
    /// Consent is missing (`consent_required` as a sub-error or classification).
    ConsentRequired,
    /// The library needs an interactive sign-in (MFA, expired session, Conditional Access).
    InteractionRequired,
    /// A claims challenge: the resource wants a token with more claims (Conditional Access
    /// authentication context, continuous access evaluation).
    ClaimsChallenge,
}

impl Reading {
    pub fn verdict(self) -> Verdict {
        match self {
            Reading::Cancelled => Verdict::UserDeclinedConsent,
            Reading::ConsentRequired => Verdict::AdminConsentRequired,
            Reading::InteractionRequired | Reading::ClaimsChallenge => Verdict::SignInRequired,
        }
    }

    /// One sentence on what the library reported.
    pub fn meaning(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            Reading::Cancelled => Msg::LibraryCancelled,
            Reading::ConsentRequired => Msg::LibraryConsentRequired,
            Reading::InteractionRequired => Msg::LibraryInteractionRequired,
            Reading::ClaimsChallenge => Msg::LibraryClaimsChallenge,
        }
    }
}

/// A library's error recognised in the text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct LibraryError {
    /// The library, as people know it ("MSAL.NET").
    pub library: &'static str,
    /// The name or wording that was found, as the library writes it.
    pub token: &'static str,
    pub reading: Reading,
}

const fn l(library: &'static str, token: &'static str, reading: Reading) -> LibraryError {
    LibraryError {
        library,
        token,
        reading,
    }
}

use Reading::{Cancelled, ClaimsChallenge, ConsentRequired, InteractionRequired};

/// Checked in order, against ASCII-lower-cased text; consent and claims before the generic
/// "interaction required" they usually come with.
const SHAPES: &[(&str, LibraryError)] = &[
    // Consent named as a sub-error or classification.
    (
        "msaloauthsuberrorkey=consent_required",
        l(
            "MSAL for iOS/macOS",
            "MSALOAuthSubErrorKey=consent_required",
            ConsentRequired,
        ),
    ),
    (
        "classification: consentrequired",
        l(
            "MSAL.NET",
            "Classification: ConsentRequired",
            ConsentRequired,
        ),
    ),
    (
        "'classification': 'consent_required'",
        l(
            "MSAL Python",
            "'classification': 'consent_required'",
            ConsentRequired,
        ),
    ),
    (
        "suberror: 'consent_required'",
        l("MSAL.js", "subError: 'consent_required'", ConsentRequired),
    ),
    (
        "\"suberror\":\"consent_required\"",
        l(
            "Microsoft's token endpoint",
            "\"suberror\":\"consent_required\"",
            ConsentRequired,
        ),
    ),
    (
        "\"suberror\": \"consent_required\"",
        l(
            "Microsoft's token endpoint",
            "\"suberror\": \"consent_required\"",
            ConsentRequired,
        ),
    ),
    (
        "'suberror': 'consent_required'",
        l(
            "MSAL Python",
            "'suberror': 'consent_required'",
            ConsentRequired,
        ),
    ),
    (
        "suberror=consent_required",
        l(
            "Microsoft's token endpoint",
            "suberror=consent_required",
            ConsentRequired,
        ),
    ),
    (
        "oauthsuberrorcode=consent_required",
        l(
            "MSAL for Android",
            "oauthSubErrorCode=consent_required",
            ConsentRequired,
        ),
    ),
    // Claims challenges.
    (
        "insufficient_claims",
        l(
            "a resource's WWW-Authenticate header",
            "error=\"insufficient_claims\"",
            ClaimsChallenge,
        ),
    ),
    (
        "msalclaimschallengeexception",
        l("MSAL.NET", "MsalClaimsChallengeException", ClaimsChallenge),
    ),
    (
        "adalclaimchallengeexception",
        l("ADAL.NET", "AdalClaimChallengeException", ClaimsChallenge),
    ),
    (
        "returned error contains a claims challenge",
        l("MSAL.NET", "a claims challenge", ClaimsChallenge),
    ),
    // Cancels.
    (
        "authentication_canceled",
        l("MSAL.NET", "authentication_canceled", Cancelled),
    ),
    (
        "user canceled authentication",
        l(
            "MSAL.NET / ADAL.NET",
            "User canceled authentication",
            Cancelled,
        ),
    ),
    ("user_cancelled", l("MSAL.js", "user_cancelled", Cancelled)),
    ("user_canceled", l("MSAL.js", "user_canceled", Cancelled)),
    (
        "user cancelled the flow",
        l("MSAL.js", "User cancelled the flow", Cancelled),
    ),
    (
        "user canceled the flow",
        l(
            "MSAL Python / Azure CLI broker",
            "User canceled the flow",
            Cancelled,
        ),
    ),
    (
        "msalusercancelexception",
        l("MSAL for Android", "MsalUserCancelException", Cancelled),
    ),
    (
        "msalerrordomain code=-50005",
        l(
            "MSAL for iOS/macOS",
            "MSALErrorDomain Code=-50005",
            Cancelled,
        ),
    ),
    (
        "msalerrordomain error -50005",
        l(
            "MSAL for iOS/macOS",
            "MSALErrorDomain error -50005",
            Cancelled,
        ),
    ),
    (
        "user cancelled the authorization session",
        l(
            "MSAL for iOS/macOS",
            "User cancelled the authorization session",
            Cancelled,
        ),
    ),
    (
        "user did not consent",
        l("Visual Studio Code", "User did not consent", Cancelled),
    ),
    (
        "status_usercanceled",
        l(
            "MSAL's Windows/macOS broker",
            "Status_UserCanceled",
            Cancelled,
        ),
    ),
    // An interactive sign-in is needed.
    (
        "msaluirequiredexception",
        l("MSAL", "MsalUiRequiredException", InteractionRequired),
    ),
    (
        "interactionrequiredautherror",
        l(
            "MSAL.js",
            "InteractionRequiredAuthError",
            InteractionRequired,
        ),
    ),
    (
        "msalerrordomain code=-50002",
        l(
            "MSAL for iOS/macOS",
            "MSALErrorDomain Code=-50002",
            InteractionRequired,
        ),
    ),
    (
        "status_interactionrequired",
        l(
            "MSAL's Windows/macOS broker",
            "Status_InteractionRequired",
            InteractionRequired,
        ),
    ),
    (
        "failed_to_acquire_token_silently",
        l(
            "MSAL.NET / ADAL.NET",
            "failed_to_acquire_token_silently",
            InteractionRequired,
        ),
    ),
    (
        "adalsilenttokenacquisitionexception",
        l(
            "ADAL.NET",
            "AdalSilentTokenAcquisitionException",
            InteractionRequired,
        ),
    ),
    (
        "no_tokens_found",
        l("MSAL", "no_tokens_found", InteractionRequired),
    ),
    (
        "interactive authentication is needed",
        l(
            "Azure CLI",
            "Interactive authentication is needed",
            InteractionRequired,
        ),
    ),
    (
        "run the command below to authenticate interactively",
        l(
            "Azure CLI",
            "Run the command below to authenticate interactively",
            InteractionRequired,
        ),
    ),
    (
        "to re-authenticate, please run",
        l(
            "Azure CLI",
            "To re-authenticate, please run",
            InteractionRequired,
        ),
    ),
    (
        "interactivebrowsercredential authentication failed",
        l(
            "Azure Identity / Microsoft Graph PowerShell",
            "InteractiveBrowserCredential authentication failed",
            InteractionRequired,
        ),
    ),
];

/// The first library shape found in lower-cased text.
pub(super) fn find(lower: &str) -> Option<LibraryError> {
    SHAPES
        .iter()
        .find(|(needle, _)| lower.contains(needle))
        .map(|(_, found)| *found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_is_recognised_as_itself() {
        for (needle, shape) in SHAPES {
            assert_eq!(find(needle), Some(*shape), "{needle}");
            assert_eq!(
                needle.to_string(),
                needle.to_ascii_lowercase(),
                "needles are lower case"
            );
        }
    }
}
