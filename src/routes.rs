//! The routes (docs/public-interface.md §2) and the two builds, decided in the core
//! (`consent_core::routes`) so that the loader script and the router share one rule.

pub use consent_core::routes::{error_page, route, Bundle, Page, Route};
