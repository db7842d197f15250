//! End-to-end tests: the release build in Debian's Chromium over WebDriver.
//!
//! `cargo xtask test` builds the app with the demo profile, starts ChromeDriver and sets
//! `E2E_DIST`, `WEBDRIVER_URL` and `CHROMIUM`; the tests serve `E2E_DIST` themselves.

mod harness;

mod a11y;
mod admin;
mod developers;
mod diagnose;
mod engines;
mod hostile;
mod languages;
mod msal_browser;
mod pages;
mod security;
mod signin;
mod support;
mod tenant;
