//! Callback validation never panics, and a redeemable response always belongs to the
//! pending transaction.
#![no_main]

use consent_core::signin::{validate, Outcome, Transaction};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let tx = Transaction {
        state: "S1state".into(),
        verifier: "v".repeat(43),
        nonce: "n".into(),
        authority: "https://login.microsoftonline.com/organizations".into(),
        client_id: "c".into(),
        redirect_uri: "https://help.example/callback".into(),
        created_at_ms: 1_000.0,
    };
    let (query, fragment) = data.split_once('#').unwrap_or((data, ""));
    if let Outcome::Redeem { transaction, .. } = validate(query, fragment, Some(&tx), 2_000.0) {
        assert_eq!(transaction, tx);
    }
});
