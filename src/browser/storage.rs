//! The one thing this app keeps in browser storage: the pending sign-in (state, PKCE
//! verifier, nonce, authority) in `sessionStorage`, for at most ten minutes, removed the
//! moment the browser comes back. Tokens are never stored anywhere.

use consent_core::signin::Transaction;

const KEY: &str = "consent-doctor.pending-sign-in";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

pub fn store_transaction(tx: &Transaction) -> bool {
    session().is_some_and(|s| s.set_item(KEY, &tx.to_json()).is_ok())
}

/// Reads and deletes the pending sign-in in one step, so a replayed callback finds nothing.
pub fn take_transaction() -> Option<Transaction> {
    let storage = session()?;
    let text = storage.get_item(KEY).ok()??;
    let _ = storage.remove_item(KEY);
    Transaction::from_json(&text)
}

/// Forgets everything this app may have kept in this tab.
pub fn clear() {
    if let Some(storage) = session() {
        let _ = storage.remove_item(KEY);
    }
}

/// 32 bytes from the browser's CSPRNG (`crypto.getRandomValues`); `None` if it is missing,
/// in which case there must be no sign-in at all.
pub fn random32() -> Option<[u8; 32]> {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).ok()?;
    Some(bytes)
}

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Leaves for the sign-in page (a full navigation: no popups, no iframes).
pub fn leave_for(url: &str) -> bool {
    web_sys::window().is_some_and(|w| w.location().assign(url).is_ok())
}
