//! The error catalogue: what each AADSTS code means and how to get past it.

mod codes;
mod oauth;
pub mod texts;

pub use oauth::OAuthError;
pub use texts::{CodeText, CodeTexts};

use crate::cloud::Cloud;
use crate::fixes::FixId;
use crate::ids::AadstsCode;
use crate::verdict::{Fixer, Verdict};

/// What the page does about one code. Its words (and the OAuth `error` it usually arrives
/// with) are in [`CodeTexts`], loaded when shown.
#[derive(Debug)]
pub struct CodeEntry {
    pub code: u32,
    pub verdict: Verdict,
    fixers: codes::Fixers,
    fixes: codes::FixList,
}

impl CodeEntry {
    /// Who can fix it, most likely first.
    pub fn fixers(&self) -> &'static [Fixer] {
        self.fixers.fixers()
    }

    /// Recommended fixes, least privilege first.
    pub fn fixes(&self) -> &'static [FixId] {
        self.fixes.fixes()
    }
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
    fn every_code_of_microsofts_reference_is_catalogued() {
        // A copy of the reference's code list, with its source and date in its header.
        let list = include_str!("../../data/reference-error-codes.tsv");
        let codes: Vec<u32> = list
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .map(|line| line.split('\t').next().unwrap().parse().unwrap())
            .collect();
        assert!(codes.len() > 300, "the list lost rows: {}", codes.len());
        let missing: Vec<u32> = codes
            .into_iter()
            .filter(|&code| lookup(AadstsCode::new(code).unwrap()).is_none())
            .collect();
        assert!(missing.is_empty(), "no entry for {missing:?}");
        // Codes documented only in troubleshooting articles: those of the first release
        // (consent, single-page apps, managed devices), and a list with the page that
        // documents each.
        let outside = include_str!("../../data/codes-outside-reference.tsv");
        let more = outside
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .map(|line| line.split('\t').next().unwrap().parse::<u32>().unwrap());
        let first_release = [
            500113, 530003, 530033, 650051, 900941, 900981, 1003031, 9002326, 9002327,
        ];
        for code in first_release.into_iter().chain(more) {
            assert!(lookup(AadstsCode::new(code).unwrap()).is_some(), "{code}");
        }
    }

    #[test]
    fn every_entry_is_complete() {
        for entry in all() {
            assert!(!entry.fixes().is_empty(), "{} has no fix", entry.code);
            assert!(!entry.fixers().is_empty(), "{} has no fixer", entry.code);
            assert!(!matches!(
                entry.verdict,
                Verdict::Unknown | Verdict::SignedInOk | Verdict::SignedInMissingScopes
            ));
            let error = &CodeTexts::english().get(entry.code).unwrap().error;
            assert!(
                error.is_empty() || OAuthError::parse(error).is_known(),
                "{} has an unusual error value {error}",
                entry.code,
            );
        }
    }

    #[test]
    fn widening_fixes_come_after_every_fix_that_trusts_only_this_app() {
        for entry in all() {
            let fixes = entry.fixes();
            let first_widening = fixes.iter().position(|f| f.widens_consent());
            if let Some(first) = first_widening {
                let admin_only_later = fixes[first..].iter().any(|f| {
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
