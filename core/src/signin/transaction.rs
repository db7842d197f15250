//! The pending sign-in, kept in `sessionStorage` between leaving for Microsoft and coming
//! back (docs/security.md, B3): one tab, one record, ten minutes, deleted before the token request.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Secret;

/// A transaction older than this is refused.
pub const TRANSACTION_TTL_MS: f64 = 10.0 * 60.0 * 1000.0;

#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Transaction {
    pub state: String,
    /// The PKCE code verifier (secret until the token request).
    pub verifier: String,
    pub nonce: String,
    /// `{authority host}/{tenant}`: the token request goes here and nowhere else.
    pub authority: String,
    pub client_id: String,
    pub redirect_uri: String,
    /// Milliseconds since the Unix epoch, from the browser clock.
    pub created_at_ms: f64,
    /// Set when this sign-in is the live tenant check rather than the sign-in check.
    #[serde(default)]
    pub tenant_check: Option<TenantCheckRequest>,
}

/// What `/tenant` was opened with, kept across the sign-in so the result page is the same.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TenantCheckRequest {
    pub tenant: Option<String>,
    /// The diagnosis's codes, as digits.
    pub codes: Vec<u32>,
    /// One person to check, by sign-in name.
    pub user: Option<String>,
}

impl Transaction {
    pub fn is_expired(&self, now_ms: f64) -> bool {
        !(0.0..=TRANSACTION_TTL_MS).contains(&(now_ms - self.created_at_ms))
    }

    pub fn verifier(&self) -> Secret {
        Secret::new(self.verifier.clone())
    }

    pub fn token_endpoint(&self) -> String {
        format!("{}/oauth2/v2.0/token", self.authority)
    }

    /// The authority's host, which `iss` must start with.
    pub fn authority_host(&self) -> &str {
        match self.authority.match_indices('/').nth(2) {
            Some((i, _)) => &self.authority[..i],
            None => &self.authority,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored record; anything malformed or oversized is no record at all.
    pub fn from_json(text: &str) -> Option<Transaction> {
        if text.len() > 8 * 1024 {
            return None;
        }
        serde_json::from_str(text).ok()
    }
}

impl fmt::Debug for Transaction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transaction")
            .field("state", &"[redacted]")
            .field("verifier", &"[redacted]")
            .field("nonce", &"[redacted]")
            .field("authority", &self.authority)
            .field("created_at_ms", &self.created_at_ms)
            .finish()
    }
}
