//! The error catalogue: what each AADSTS code means and how to get past it.

mod codes;
mod oauth;

pub use oauth::OAuthError;

use crate::cloud::Cloud;
use crate::fixes::FixId;
use crate::ids::AadstsCode;
use crate::verdict::{Fixer, Verdict};

/// Everything the catalogue knows about one code.
#[derive(Debug)]
pub struct CodeEntry {
    pub code: u32,
    /// Microsoft's internal name where Microsoft documents one, else empty.
    pub name: &'static str,
    /// A short title in plain words.
    pub title: &'static str,
    pub verdict: Verdict,
    /// The OAuth `error` value this code usually arrives with.
    pub error: &'static str,
    /// Who can fix it, most likely first.
    pub fixers: &'static [Fixer],
    /// Recommended fixes, least privilege first.
    pub fixes: &'static [FixId],
    /// What it means, in plain words.
    pub meaning: &'static str,
}

/// Looks a code up; `None` for codes we have no entry for.
pub fn lookup(code: AadstsCode) -> Option<&'static CodeEntry> {
    codes::CODES
        .binary_search_by_key(&code.number(), |entry| entry.code)
        .ok()
        .map(|i| &codes::CODES[i])
}

/// Recommended fixes for a verdict when no catalogued code says more.
pub fn fixes_for_verdict(verdict: Verdict) -> &'static [FixId] {
    codes::fixes_for_verdict(verdict)
}

/// Who can fix a verdict when no catalogued code says more.
pub fn fixers_for_verdict(verdict: Verdict) -> &'static [Fixer] {
    codes::fixers_for_verdict(verdict)
}

/// Every entry, sorted by code.
pub fn all() -> &'static [CodeEntry] {
    codes::CODES
}

/// Codes that only say "something failed" and are followed by the specific one
/// (`AADSTS70002: Error validating credentials. AADSTS50126: Invalid username or password`).
pub fn is_wrapper(code: AadstsCode) -> bool {
    matches!(code.number(), 70002 | 50000 | 9002313 | 50012 | 70000)
}

/// Microsoft's own lookup page for a code, in the right cloud.
pub fn lookup_url(code: AadstsCode, cloud: Cloud) -> String {
    format!("{}/error?code={}", cloud.login_host(), code.number())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_and_unique_so_binary_search_works() {
        for pair in all().windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} before {}",
                pair[0].code,
                pair[1].code
            );
        }
    }

    #[test]
    fn every_documented_code_is_catalogued() {
        // The consent, app-registration and sign-in codes of Microsoft's error-code reference
        // (https://learn.microsoft.com/entra/identity-platform/reference-error-codes), plus the
        // typical codes of docs/public-interface.md §4.1.
        let expected = [
            65001, 65002, 65004, 65005, 650051, 650052, 650054, 650056, 650057, 90008, 90093,
            90094, 90095, 900941, 900981, 90099, 1003031, 9002341, 50011, 500113, 900971, 700016,
            700011, 70001, 7000112, 500011, 50194, 700054, 70011, 70000, 9002313, 9002326, 9002327,
            7000215, 7000222, 7000218, 700025, 700084, 501481, 54005, 700005, 90002, 90038, 90124,
            90130, 9001023, 9002332, 50128, 50059, 90019, 50107, 50000, 90090, 16000, 50020, 90072,
            50034, 50053, 50055, 50056, 50057, 50058, 50076, 50079, 50097, 50105, 50126, 50158,
            50173, 53000, 53001, 53002, 53003, 53004, 53011, 530003, 530032, 530035, 500021,
            500022, 500212, 500213, 70043, 700082, 70008, 50196, 90033, 900144,
        ];
        for code in expected {
            assert!(
                lookup(AadstsCode::new(code).unwrap()).is_some(),
                "missing {code}"
            );
        }
    }

    #[test]
    fn every_entry_is_complete() {
        for entry in all() {
            assert!(!entry.title.is_empty(), "{} has no title", entry.code);
            assert!(entry.meaning.len() > 30, "{} meaning too thin", entry.code);
            assert!(!entry.fixes.is_empty(), "{} has no fix", entry.code);
            assert!(!entry.fixers.is_empty(), "{} has no fixer", entry.code);
            assert!(!matches!(
                entry.verdict,
                Verdict::Unknown | Verdict::SignedInOk | Verdict::SignedInMissingScopes
            ));
            assert!(
                entry.error.is_empty() || OAuthError::parse(entry.error).is_known(),
                "{} has an unusual error value {}",
                entry.code,
                entry.error
            );
        }
    }

    #[test]
    fn widening_fixes_come_after_every_fix_that_trusts_only_this_app() {
        for entry in all() {
            let first_widening = entry.fixes.iter().position(|f| f.widens_consent());
            if let Some(first) = first_widening {
                let admin_only_later = entry.fixes[first..].iter().any(|f| {
                    matches!(
                        f,
                        FixId::AdminConsentUrl | FixId::Method1 | FixId::SolutionA | FixId::Method2
                    )
                });
                assert!(
                    !admin_only_later,
                    "{}: a one-app fix follows a widening one",
                    entry.code
                );
            }
        }
    }

    #[test]
    fn contract_codes_map_to_their_verdicts() {
        // The typical codes of the verdict table in docs/public-interface.md §4.1.
        let cases: &[(u32, Verdict)] = &[
            (90094, Verdict::AdminConsentRequired),
            (900941, Verdict::AdminConsentRequired),
            (90093, Verdict::AdminConsentRequired),
            (65001, Verdict::AdminConsentRequired),
            (90095, Verdict::AdminConsentWorkflow),
            (900981, Verdict::AdminConsentWorkflow),
            (65004, Verdict::UserDeclinedConsent),
            (7000112, Verdict::AppDisabled),
            (50105, Verdict::UserNotAssigned),
            (53000, Verdict::ConditionalAccessBlocked),
            (53003, Verdict::ConditionalAccessBlocked),
            (53004, Verdict::ConditionalAccessBlocked),
            (530003, Verdict::ConditionalAccessBlocked),
            (530032, Verdict::ConditionalAccessBlocked),
            (700016, Verdict::AppNotFoundInTenant),
            (70001, Verdict::AppNotFoundInTenant),
            (500011, Verdict::AppNotFoundInTenant),
            (50011, Verdict::MisconfiguredApp),
            (9002326, Verdict::MisconfiguredApp),
            (650056, Verdict::MisconfiguredApp),
            (65005, Verdict::MisconfiguredApp),
            (70011, Verdict::MisconfiguredApp),
            (50194, Verdict::MisconfiguredApp),
            (50058, Verdict::SignInRequired),
            (50076, Verdict::SignInRequired),
            (50079, Verdict::SignInRequired),
            (50158, Verdict::SignInRequired),
            (50173, Verdict::SignInRequired),
            (700084, Verdict::SignInRequired),
            (50020, Verdict::AccountProblem),
            (50034, Verdict::AccountProblem),
            (50053, Verdict::AccountProblem),
            (50055, Verdict::AccountProblem),
            (50057, Verdict::AccountProblem),
            (50126, Verdict::AccountProblem),
            (50000, Verdict::Other),
            (90033, Verdict::Other),
        ];
        for &(code, verdict) in cases {
            let entry = lookup(AadstsCode::new(code).unwrap()).unwrap();
            assert_eq!(entry.verdict, verdict, "{code}");
        }
    }
}
