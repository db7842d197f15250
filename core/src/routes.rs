//! The site's paths (docs/public-interface.md §2) and which of the two builds serves each.
//!
//! The app ships as two wasm builds of the same code so that a first visit downloads less
//! (ARCHITECTURE.md, "Small first visit"). This module is the one place that decides which
//! build a path needs: the app's router asks [`Bundle::serves`], and `cargo xtask build`
//! writes [`first_visit_paths`] into the loader script that picks a build before any wasm
//! has run.

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
    Tenant,
    Developers,
}

impl Page {
    pub const ALL: [Page; 9] = [
        Page::Start,
        Page::Diagnose,
        Page::Callback,
        Page::Check,
        Page::Admin,
        Page::Support,
        Page::Errors,
        Page::Tenant,
        Page::Developers,
    ];

    pub fn path(self) -> &'static str {
        match self {
            Page::Start => "/",
            Page::Diagnose => "/diagnose",
            Page::Callback => "/callback",
            Page::Check => "/check",
            Page::Admin => "/admin",
            Page::Support => "/support",
            Page::Errors => "/errors",
            Page::Tenant => "/tenant",
            Page::Developers => "/developers",
        }
    }
}

/// Where one AADSTS code's reference page lives: `/errors/90094`.
const ERROR_PAGE_PREFIX: &str = "/errors/";

/// `/errors/90094`
pub fn error_page(code: u32) -> String {
    format!("{ERROR_PAGE_PREFIX}{code}")
}

/// What a path shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Page(Page),
    /// `/errors/{code}` with the raw segment (validated by the page).
    ErrorCode(String),
    NotFound,
}

/// The route of a path; trailing slashes do not matter.
pub fn route(path: &str) -> Route {
    let path = path.trim_end_matches('/');
    let path = if path.is_empty() { "/" } else { path };
    if let Some(code) = path.strip_prefix(ERROR_PAGE_PREFIX) {
        return Route::ErrorCode(code.to_string());
    }
    Page::ALL
        .into_iter()
        .find(|p| p.path() == path)
        .map_or(Route::NotFound, Route::Page)
}

/// The two builds of the app.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Bundle {
    /// Where people arrive with an error: the start page and the diagnosis. No error
    /// reference, sign-in, admin generator, link builder or integration kit.
    FirstVisit,
    /// Every page.
    Full,
}

impl Bundle {
    /// The build a page load of `route` starts. An unknown path gets the full build, whose
    /// "not found" page links to every page.
    pub fn for_route(route: &Route) -> Bundle {
        match route {
            Route::Page(Page::Start | Page::Diagnose) => Bundle::FirstVisit,
            Route::Page(_) | Route::ErrorCode(_) | Route::NotFound => Bundle::Full,
        }
    }

    /// Whether this build can show `route`; anything else needs a page load, which brings
    /// the build that can.
    pub fn serves(self, route: &Route) -> bool {
        self == Bundle::Full || Bundle::for_route(route) == self
    }
}

/// The paths whose page load starts the first-visit build, comma-separated, a trailing `*`
/// meaning "and everything below": the loader's copy of [`Bundle::for_route`], as data.
pub fn first_visit_paths() -> String {
    let mut paths: Vec<String> = Page::ALL
        .into_iter()
        .filter(|p| Bundle::for_route(&Route::Page(*p)) == Bundle::FirstVisit)
        .map(|p| p.path().to_string())
        .collect();
    if Bundle::for_route(&Route::ErrorCode(String::new())) == Bundle::FirstVisit {
        paths.push(format!("{ERROR_PAGE_PREFIX}*"));
    }
    paths.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_routes() {
        assert_eq!(route("/"), Route::Page(Page::Start));
        assert_eq!(route(""), Route::Page(Page::Start));
        assert_eq!(route("/diagnose"), Route::Page(Page::Diagnose));
        assert_eq!(route("/diagnose//"), Route::Page(Page::Diagnose));
        assert_eq!(route("/errors"), Route::Page(Page::Errors));
        assert_eq!(route("/errors/"), Route::Page(Page::Errors));
        assert_eq!(route("/errors/90094"), Route::ErrorCode("90094".into()));
        assert_eq!(route("/no/such"), Route::NotFound);
    }

    #[test]
    fn the_first_visit_build_serves_the_arrival_pages_only() {
        for path in ["/", "/diagnose", "/diagnose/"] {
            assert_eq!(
                Bundle::for_route(&route(path)),
                Bundle::FirstVisit,
                "{path}"
            );
            assert!(Bundle::FirstVisit.serves(&route(path)), "{path}");
        }
        for path in [
            "/callback",
            "/check",
            "/admin",
            "/support",
            "/x",
            "/errorsx",
            // The error reference is not where people arrive with an error; its words
            // come on demand anyway.
            "/errors",
            "/errors/90094",
        ] {
            assert_eq!(Bundle::for_route(&route(path)), Bundle::Full, "{path}");
            assert!(!Bundle::FirstVisit.serves(&route(path)), "{path}");
            assert!(Bundle::Full.serves(&route(path)), "{path}");
        }
    }

    /// The loader's matching, written as it is in `Trunk.toml`'s script (a path equals an
    /// entry, or starts with an entry's part before `*`), against the rule for every page.
    #[test]
    fn the_loaders_list_picks_the_same_build_as_the_rule() {
        let list = first_visit_paths();
        assert_eq!(list, "/,/diagnose");
        let loader_picks_first_visit = |path: &str| {
            let path = path.trim_end_matches('/');
            let path = if path.is_empty() { "/" } else { path };
            list.split(',').any(|entry| match entry.strip_suffix('*') {
                Some(prefix) => path.starts_with(prefix),
                None => entry == path,
            })
        };
        let paths = Page::ALL.iter().map(|p| p.path().to_string()).chain(
            [
                "/errors/90094",
                "/errors/x/y",
                "/nope",
                "/diagnosex",
                "/admin/",
            ]
            .map(String::from),
        );
        for path in paths {
            let rule = Bundle::for_route(&route(&path)) == Bundle::FirstVisit;
            assert_eq!(loader_picks_first_visit(&path), rule, "{path}");
        }
    }
}
