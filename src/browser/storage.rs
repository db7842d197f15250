//! What this app keeps in browser storage: the pending sign-in (state, PKCE verifier, nonce,
//! authority) in `sessionStorage`, for at most ten minutes, removed the moment the browser
//! comes back; and a one-time flag asking the loader for the full app. Tokens are never
//! stored anywhere.

use consent_core::signin::Transaction;

const KEY: &str = "consent-doctor.pending-sign-in";
/// Read and removed by the loader in `Trunk.toml` (same name there).
const FULL_APP: &str = "consent-doctor.full-app";

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

/// Reloads this page in the full app, once: the loader reads and removes the flag. `false`
/// when storage or reloading is unavailable, or the flag is already set (an old loader that
/// ignores it), so the caller shows what it knows instead of looping.
pub fn reload_as_full_app() -> bool {
    let Some(storage) = session() else {
        return false;
    };
    if storage.get_item(FULL_APP).ok().flatten().is_some() {
        let _ = storage.remove_item(FULL_APP);
        return false;
    }
    storage.set_item(FULL_APP, "1").is_ok()
        && web_sys::window().is_some_and(|w| w.location().reload().is_ok())
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
