//! One file per route (contracts.md §2).

mod admin;
mod callback;
mod check;
mod diagnose;
mod errors;
mod home;
mod not_found;
mod support;

pub use admin::Admin;
pub use callback::Callback;
pub use check::Check;
pub use diagnose::Diagnose;
pub use errors::{ErrorDetail, ErrorIndex};
pub use home::Home;
pub use not_found::NotFound;
pub use support::Support;
