//! Microsoft's wordings, for inputs that carry no code: a screenshot's text, a user's
//! description of the screen, a message a library rewrote.

use crate::verdict::Verdict;

/// A recognised wording and what it implies.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Phrase {
    /// Short name of the wording, shown as "recognised: …".
    pub label: &'static str,
    /// Microsoft's words as they were found (lower case); a share link carries these, so
    /// the page that opens it recognises the same wording.
    pub wording: &'static str,
    /// The code Microsoft sends with this wording, when it is unambiguous.
    pub code: Option<u32>,
    pub verdict: Verdict,
}

const fn p(label: &'static str, code: Option<u32>, verdict: Verdict) -> Phrase {
    Phrase {
        label,
        wording: "",
        code,
        verdict,
    }
}

/// Checked in order: longer, more specific wordings come before the shorter ones they
/// contain ("administrator approval required" before "approval required").
const PHRASES: &[(&[&str], Phrase)] = &[
    (
        &[
            "need admin approval",
            "needs admin approval",
            "admin approval is needed",
            "that only an admin can grant",
            "needs permission to access resources in your organization",
        ],
        p(
            "Need admin approval",
            Some(90094),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        &[
            "this app may be risky",
            "this app might be risky",
            "app might be risky",
            "risky application detected",
        ],
        p(
            "This app may be risky",
            Some(900941),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        &[
            "administrator approval required",
            "admin approval required",
            "requires admin approval",
        ],
        p(
            "Administrator approval required",
            None,
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        &[
            "approval required",
            "request approval",
            "an admin consent request may be sent",
            "justification for requesting",
        ],
        p(
            "Approval required",
            Some(90095),
            Verdict::AdminConsentWorkflow,
        ),
    ),
    (
        &[
            "set a policy that prevents you from granting",
            "cannot consent due to lack of permissions",
            "not authorized to grant",
        ],
        p(
            "A policy prevents you from granting permissions",
            Some(90093),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        &[
            "has not consented to use the application",
            "have not consented",
            "consent_required",
        ],
        p("Not consented", Some(65001), Verdict::AdminConsentRequired),
    ),
    (
        &[
            "declined to consent",
            "user canceled the authentication",
            "user cancelled the authentication",
            "the admin canceled the request",
            "resource owner or authorization server denied",
        ],
        p(
            "Consent declined",
            Some(65004),
            Verdict::UserDeclinedConsent,
        ),
    ),
    (
        &["cross-origin token redemption"],
        p(
            "Cross-origin token redemption",
            Some(9002326),
            Verdict::MisconfiguredApp,
        ),
    ),
    (
        &["may only be redeemed via cross-origin requests"],
        p(
            "SPA tokens must be redeemed cross-origin",
            Some(9002327),
            Verdict::MisconfiguredApp,
        ),
    ),
    (
        &["resource principal named"],
        p(
            "Resource principal not found",
            Some(500011),
            Verdict::AppNotFoundInTenant,
        ),
    ),
    (
        &[
            "was not found in the directory",
            "application with identifier",
        ],
        p(
            "Application not found in the directory",
            Some(700016),
            Verdict::AppNotFoundInTenant,
        ),
    ),
    (
        &["misconfigured required resource access"],
        p(
            "Misconfigured required resource access",
            Some(1003031),
            Verdict::MisconfiguredApp,
        ),
    ),
    (
        &[
            "not assigned to a role for the application",
            "specifically granted ('assigned') access",
            "block users unless they are specifically granted",
        ],
        p(
            "User not assigned to the app",
            Some(50105),
            Verdict::UserNotAssigned,
        ),
    ),
    (
        &[
            "device is required to be managed",
            "you can't get there from here",
            "you can\u{2019}t get there from here",
        ],
        p(
            "Managed device required",
            Some(530003),
            Verdict::ConditionalAccessBlocked,
        ),
    ),
    (
        &[
            "blocked by conditional access",
            "access policy does not allow token issuance",
            "conditional access policies",
        ],
        p(
            "Blocked by Conditional Access",
            Some(53003),
            Verdict::ConditionalAccessBlocked,
        ),
    ),
    (
        &[
            "reply url specified in the request does not match",
            "redirect uri specified in the request does not match",
            "does not match the reply addresses",
        ],
        p("Reply URL mismatch", Some(50011), Verdict::MisconfiguredApp),
    ),
    (
        &["no reply address is registered"],
        p(
            "No reply address registered",
            Some(500113),
            Verdict::MisconfiguredApp,
        ),
    ),
    (
        &["does not exist in tenant", "from identity provider"],
        p(
            "Account not in this organization",
            Some(50020),
            Verdict::AccountProblem,
        ),
    ),
    (
        &[
            "you must use multi-factor authentication",
            "must use multi-factor",
            "additional verification",
        ],
        p(
            "Multi-factor authentication required",
            Some(50076),
            Verdict::SignInRequired,
        ),
    ),
    (
        &["account is locked", "account has been locked"],
        p("Account locked", Some(50053), Verdict::AccountProblem),
    ),
    (
        &["account is disabled", "user account is disabled"],
        p("Account disabled", Some(50057), Verdict::AccountProblem),
    ),
    (
        &[
            ") is disabled",
            "' is disabled",
            "application is disabled",
            "app is disabled",
        ],
        p(
            "Application is disabled",
            Some(7000112),
            Verdict::AppDisabled,
        ),
    ),
    (
        &["password is expired", "password has expired"],
        p("Password expired", Some(50055), Verdict::AccountProblem),
    ),
    (
        &[
            "invalid username or password",
            "your account or password is incorrect",
        ],
        p(
            "Wrong user name or password",
            Some(50126),
            Verdict::AccountProblem,
        ),
    ),
    (
        &["access to odata is disabled"],
        p(
            "Application access policy denied the mailbox",
            None,
            Verdict::Other,
        ),
    ),
];

/// The first wording found in lower-cased text.
pub(super) fn find(lower: &str) -> Option<Phrase> {
    let (wording, phrase) = PHRASES.iter().find_map(|(needles, phrase)| {
        let wording = needles.iter().find(|n| lower.contains(*n))?;
        Some((*wording, *phrase))
    })?;
    let phrase = Phrase { wording, ..phrase };
    // The risky-app screen offers a request button when the admin consent workflow is on.
    if phrase.code == Some(900941) && lower.contains("request approval") {
        return Some(Phrase {
            wording,
            ..p(
                "This app may be risky (approval request)",
                Some(900981),
                Verdict::AdminConsentWorkflow,
            )
        });
    }
    Some(phrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A share link carries the wording that was found; opened, it must mean the same
    /// thing — no wording may be shadowed by an earlier, different entry (a fuzz finding).
    #[test]
    fn every_wording_is_recognised_as_itself() {
        for (needles, phrase) in PHRASES {
            for needle in *needles {
                let found = find(needle);
                assert_eq!(
                    found.map(|p| (p.code, p.verdict)),
                    Some((phrase.code, phrase.verdict)),
                    "wording {needle:?}"
                );
                assert!(found.is_some_and(|p| needle.contains(p.wording)));
            }
        }
    }
}
