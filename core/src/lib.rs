//! Consent Doctor's domain core: everything that can be decided without a browser.
//!
//! - [`intake`] reads redirect parameters and pasted text into [`Intake`] facts;
//! - [`catalogue`] knows every AADSTS code we handle;
//! - [`diagnosis`] turns facts, the audience and the [`Profile`] into a [`Diagnosis`];
//! - [`fixes`] writes the fix cards; [`urls`] builds consent URLs and admin-center links;
//! - [`report`] and [`share`] produce what leaves the page: a redacted report and a link.
//!
//! Architecture invariant: this crate never depends on Leptos, `web-sys` or anything that
//! needs a browser, so all of it is tested natively and can be fuzzed.

pub mod admin;
pub mod catalogue;
pub mod check;
pub mod cloud;
pub mod developers;
pub mod diagnosis;
pub mod fixes;
pub mod i18n;
pub mod ids;
pub mod intake;
pub mod jwt;
pub mod profile;
pub mod qr;
pub mod report;
pub mod routes;
pub mod share;
pub mod signin;
pub mod tenant;
pub mod text;
pub mod urls;
pub mod verdict;

pub use cloud::Cloud;
pub use diagnosis::{diagnose, Diagnosis};
pub use fixes::FixId;
pub use ids::{AadstsCode, ClientId, Guid, Scope, TenantId};
pub use intake::Intake;
pub use profile::{Profile, ProfileError};
pub use verdict::{Audience, Fixer, Verdict};
