//! Callback validation never panics, and a redeemable response always belongs to the
//! pending transaction.
#![no_main]

use consent_core::signin::{validate, Outcome};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/util/pending_sign_in.rs"]
mod pending_sign_in;

fuzz_target!(|data: &str| {
    let tx = pending_sign_in::pending();
    let (query, fragment) = data.split_once('#').unwrap_or((data, ""));
    if let Outcome::Redeem { transaction, .. } = validate(query, fragment, Some(&tx), 2_000.0) {
        assert_eq!(transaction, tx);
    }
});
