//! The routes (docs/contracts.md §2), named once so links are never typed twice.

/// A page of the app.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Page {
    Start,
    Diagnose,
    Callback,
    Check,
    Admin,
    Support,
    Errors,
}

impl Page {
    pub fn path(self) -> &'static str {
        match self {
            Page::Start => "/",
            Page::Diagnose => "/diagnose",
            Page::Callback => "/callback",
            Page::Check => "/check",
            Page::Admin => "/admin",
            Page::Support => "/support",
            Page::Errors => "/errors",
        }
    }
}

/// `/errors/90094`
pub fn error_page(code: u32) -> String {
    format!("/errors/{code}")
}

/// The app ships as two wasm builds of the same code, so that a first visit downloads less.
/// The loader script in `Trunk.toml` picks one by path; its pattern must match
/// [`Bundle::serves`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Bundle {
    /// Where people arrive with an error: the start page, the diagnosis and the error
    /// reference. No sign-in, admin generator or link builder.
    FirstVisit,
    /// Every page.
    Full,
}
