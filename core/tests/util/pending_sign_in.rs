//! The pending sign-in the callback tests validate against. Also compiled into the
//! `callback_validate` fuzz target (`#[path]`), which lives in its own workspace.

use consent_core::signin::Transaction;

/// A sign-in started at t = 1 000 ms with state `S1state`.
pub fn pending() -> Transaction {
    Transaction {
        state: "S1state".into(),
        verifier: "v".repeat(43),
        nonce: "n".into(),
        authority: "https://login.microsoftonline.com/organizations".into(),
        client_id: "c".into(),
        redirect_uri: "https://help.example/callback".into(),
        created_at_ms: 1_000.0,
        tenant_check: None,
    }
}
