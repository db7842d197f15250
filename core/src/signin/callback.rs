//! Validating what arrives at `/callback`, in the order of docs/security.md, B2:
//! duplicates, then `iss`, then `state` against the pending transaction, then implicit tokens,
//! and only then `error` or `code`. Every path that is not `Redeem` means no token request.

use super::{Secret, Transaction};
use crate::intake::Intake;
use crate::text::percent_decode;

/// What the page should do with a callback.
#[derive(Debug)]
pub enum Outcome {
    /// Everything checks out: redeem this code with this transaction.
    Redeem {
        code: Secret,
        transaction: Transaction,
    },
    /// An error response. `verified` is true when its `state` matched our pending sign-in.
    Error { intake: Intake, verified: bool },
    /// A response from the admin-consent endpoint (success or failure).
    AdminConsent { intake: Intake, verified: bool },
    /// Refused before any token request; an error it carried is still shown, as unverified.
    Rejected {
        reason: Rejection,
        intake: Option<Box<Intake>>,
    },
    /// Nothing arrived (someone opened `/callback` directly).
    Empty,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    DuplicateParameter(String),
    IssuerMismatch,
    NoPendingSignIn,
    StateMissing,
    StateMismatch,
    Expired,
    ImplicitTokens,
    NoCode,
}

fn pairs(query: &str, fragment: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    query
        .split('&')
        .chain(fragment.split('&'))
        .filter_map(|piece| piece.split_once('='))
        .take(200)
        .map(|(k, v)| {
            (
                percent_decode(k, true).to_ascii_lowercase(),
                percent_decode(v, true),
            )
        })
        .collect()
}

/// Validates a callback against the pending transaction (already removed from storage by the
/// caller, so a replay finds none).
pub fn validate(
    query: &str,
    fragment: &str,
    pending: Option<&Transaction>,
    now_ms: f64,
) -> Outcome {
    let params = pairs(query, fragment);
    if params.is_empty() {
        return Outcome::Empty;
    }
    let get = |key: &str| {
        params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let has_error = get("error").is_some();
    let error_intake = || has_error.then(|| Box::new(Intake::from_location(query, fragment)));
    let reject = |reason: Rejection| Outcome::Rejected {
        reason,
        intake: error_intake(),
    };

    // 1. Duplicates make the response ambiguous.
    for (i, (key, _)) in params.iter().enumerate() {
        if params[..i].iter().any(|(k, _)| k == key) {
            return reject(Rejection::DuplicateParameter(
                key.chars().take(40).collect(),
            ));
        }
    }
    let admin_consent = get("admin_consent").is_some();
    // 2. `iss` (RFC 9207), when present, must be the authority we sent the request to.
    if let (Some(iss), Some(tx)) = (get("iss"), pending) {
        if !iss.starts_with(&format!("{}/", tx.authority_host())) {
            return reject(Rejection::IssuerMismatch);
        }
    }
    // 3. `state` must match the one pending transaction, within its lifetime.
    let state_check = match (get("state"), pending) {
        (_, None) => Err(Rejection::NoPendingSignIn),
        (None, Some(_)) => Err(Rejection::StateMissing),
        (Some(state), Some(tx)) if state != tx.state => Err(Rejection::StateMismatch),
        (Some(_), Some(tx)) if tx.is_expired(now_ms) => Err(Rejection::Expired),
        (Some(_), Some(_)) => Ok(()),
    };
    // 4. Tokens in the front channel mean an implicit or hybrid response we never request.
    if ["access_token", "id_token", "token"]
        .iter()
        .any(|k| get(k).is_some())
    {
        return reject(Rejection::ImplicitTokens);
    }
    // 5. Errors are shown either way; unverified ones under a warning (docs/security.md, B6).
    if admin_consent {
        return Outcome::AdminConsent {
            intake: Intake::from_location(query, fragment),
            verified: state_check.is_ok(),
        };
    }
    if has_error {
        return Outcome::Error {
            intake: Intake::from_location(query, fragment),
            verified: state_check.is_ok(),
        };
    }
    // 6. Only now may a code be redeemed.
    if let Err(reason) = state_check {
        return reject(reason);
    }
    match (get("code"), pending) {
        (Some(code), Some(tx)) if !code.is_empty() => Outcome::Redeem {
            code: Secret::new(code),
            transaction: tx.clone(),
        },
        _ => reject(Rejection::NoCode),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tx() -> Transaction {
        Transaction {
            state: "S1".into(),
            verifier: "V".repeat(43),
            nonce: "N1".into(),
            authority: "http://127.0.0.1:8081/organizations".into(),
            client_id: "3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11".into(),
            redirect_uri: "http://127.0.0.1:8080/callback".into(),
            created_at_ms: 1_000.0,
            tenant_check: None,
        }
    }

    fn rejected(outcome: Outcome) -> Rejection {
        match outcome {
            Outcome::Rejected { reason, .. } => reason,
            other => panic!("expected a rejection, got {other:?}"),
        }
    }

    const NOW: f64 = 2_000.0;

    #[test]
    fn a_matching_code_is_redeemed() {
        match validate("", "#code=C0DE&state=S1&session_state=x", Some(&tx()), NOW) {
            Outcome::Redeem { code, transaction } => {
                assert_eq!(code.expose(), "C0DE");
                assert_eq!(transaction, tx());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn every_negative_case_is_refused_before_a_token_request() {
        let t = tx();
        assert_eq!(
            rejected(validate("", "#code=C&state=S1&state=S1", Some(&t), NOW)),
            Rejection::DuplicateParameter("state".into())
        );
        assert_eq!(
            rejected(validate(
                "",
                "#code=C&state=S1&iss=https%3A%2F%2Fevil.example%2F",
                Some(&t),
                NOW
            )),
            Rejection::IssuerMismatch
        );
        assert_eq!(
            rejected(validate("", "#code=C&state=S1", None, NOW)),
            Rejection::NoPendingSignIn
        );
        assert_eq!(
            rejected(validate("", "#code=C", Some(&t), NOW)),
            Rejection::StateMissing
        );
        assert_eq!(
            rejected(validate("", "#code=C&state=OTHER", Some(&t), NOW)),
            Rejection::StateMismatch
        );
        assert_eq!(
            rejected(validate(
                "",
                "#code=C&state=S1",
                Some(&t),
                1_000.0 + 600_001.0
            )),
            Rejection::Expired
        );
        assert_eq!(
            rejected(validate("", "#code=C&state=S1", Some(&t), 500.0)),
            Rejection::Expired,
            "a clock that went backwards"
        );
        assert_eq!(
            rejected(validate("", "#access_token=eyJ&state=S1", Some(&t), NOW)),
            Rejection::ImplicitTokens
        );
        assert_eq!(
            rejected(validate("", "#id_token=eyJ&code=C&state=S1", Some(&t), NOW)),
            Rejection::ImplicitTokens
        );
        assert_eq!(
            rejected(validate("", "#state=S1", Some(&t), NOW)),
            Rejection::NoCode
        );
        assert!(matches!(validate("", "", Some(&t), NOW), Outcome::Empty));
    }

    #[test]
    fn a_replayed_callback_finds_no_transaction() {
        // The page removes the transaction before redeeming, so the same URL a second time
        // meets `None`.
        assert!(matches!(
            validate("", "#code=C&state=S1", Some(&tx()), NOW),
            Outcome::Redeem { .. }
        ));
        assert_eq!(
            rejected(validate("", "#code=C&state=S1", None, NOW)),
            Rejection::NoPendingSignIn
        );
    }

    #[test]
    fn errors_are_diagnosed_verified_or_not() {
        let with_state = validate(
            "?error=access_denied&error_description=AADSTS90094%3a+x&state=S1",
            "",
            Some(&tx()),
            NOW,
        );
        assert!(matches!(with_state, Outcome::Error { verified: true, .. }));
        let without = validate(
            "?error=access_denied&error_description=AADSTS90094%3a+x",
            "",
            Some(&tx()),
            NOW,
        );
        assert!(matches!(
            without,
            Outcome::Error {
                verified: false,
                ..
            }
        ));
        let no_pending = validate("?error=access_denied&state=S1", "", None, NOW);
        match no_pending {
            Outcome::Error { intake, verified } => {
                assert!(!verified);
                assert_eq!(intake.error.unwrap().as_str(), "access_denied");
            }
            other => panic!("{other:?}"),
        }
        // A duplicated error is refused, but its text is still there to show as unverified.
        match validate("?error=a&error=b", "", None, NOW) {
            Outcome::Rejected { reason, intake } => {
                assert_eq!(reason, Rejection::DuplicateParameter("error".into()));
                assert!(intake.is_some());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn admin_consent_with_an_error_is_an_error_response() {
        match validate(
            "?admin_consent=True&error=consent_required&error_description=AADSTS65004%3a+declined",
            "",
            None,
            NOW,
        ) {
            Outcome::AdminConsent { intake, verified } => {
                assert!(!verified);
                assert_eq!(intake.primary_code().map(|c| c.number()), Some(65004));
            }
            other => panic!("{other:?}"),
        }
    }
}
