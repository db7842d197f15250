//! The sign-in check's protocol logic: authorization code + PKCE (S256) with a one-time
//! `state` and a `nonce`, callback validation in the order of docs/security.md (B2), token
//! responses, and the tokens held in memory. Randomness and time are passed in, so every
//! rule is tested natively; the browser glue only stores, fetches and navigates.

mod authorize;
mod callback;
mod secret;
mod token;
mod transaction;

pub use authorize::{
    authorize, authorize_tenant_check, clean_login_hint, AuthorizeError, AuthorizeRequest,
    Randomness,
};
pub use callback::{validate, Outcome, Rejection};
pub use secret::Secret;
pub use token::{
    parse_token_response, redeem_body, refresh_body, resource_scopes, TokenOutcome, Tokens,
};
pub use transaction::{TenantCheckRequest, Transaction, TRANSACTION_TTL_MS};
