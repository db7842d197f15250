//! The integration kit (`/developers`): the code a vendor adds to their own app so that a
//! failed Microsoft sign-in opens this site's diagnosis, one snippet per stack.
//!
//! The snippets are real files in `forward/snippets/`, run or text-checked by the tests in
//! `forward/test/`; they name this site as `https://help.example.com`, which the page
//! replaces with the deployment's own address. Every snippet forwards only the allowlisted
//! Entra parameters, in the URL fragment, and opens the page in the user's browser.

use base64::Engine;
use sha2::{Digest, Sha384};

use crate::profile::Profile;

/// The address the snippet files use for this site.
pub const PLACEHOLDER: &str = "https://help.example.com";

/// Keys `/diagnose` accepts that a vendor's app never forwards: `state` belongs to the
/// vendor's sign-in, and the others are this site's own choices, not Microsoft's error.
const NOT_FORWARDED: [&str; 5] = ["state", "scope", "audience", "client_id", "lang"];

/// The parameters a snippet may forward: Entra's error parameters and pasted text, never a
/// code, a token, `state` or an address to return to. The intake's allowlist minus
/// [`NOT_FORWARDED`]; `forward/forward.js` keeps the same list (a test compares them).
pub fn forwarded_keys() -> impl Iterator<Item = &'static str> {
    crate::intake::ALLOWED_KEYS
        .iter()
        .copied()
        .filter(|key| !NOT_FORWARDED.contains(key))
}

/// Where a snippet runs, for grouping on the page.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Surface {
    BrowserApp,
    Server,
    OfficeOrTeams,
    Extension,
}

impl Surface {
    pub const ALL: [Surface; 4] = [
        Surface::BrowserApp,
        Surface::Server,
        Surface::OfficeOrTeams,
        Surface::Extension,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Surface::BrowserApp => "Single-page apps (the sign-in runs in the browser)",
            Surface::Server => "Web apps with a server (the sign-in comes back to your server)",
            Surface::OfficeOrTeams => "Office add-ins and Teams apps",
            Surface::Extension => "Browser extensions",
        }
    }
}

/// One stack's code.
#[derive(Debug)]
pub struct Snippet {
    /// Stable ID (`data-snippet`), the file's name without its extension.
    pub id: &'static str,
    pub surface: Surface,
    /// The stack as its developers name it.
    pub stack: &'static str,
    /// The file's language, for the code block's label.
    pub language: &'static str,
    /// Which failures it catches, in one sentence.
    pub catches: &'static str,
    code: &'static str,
}

impl Snippet {
    /// The code, naming this deployment (`https://help.contoso.com`, no trailing slash).
    pub fn code_for(&self, site: &str) -> String {
        self.code.replace(PLACEHOLDER, site.trim_end_matches('/'))
    }
}

macro_rules! snippet {
    ($id:literal, $surface:ident, $stack:literal, $language:literal, $file:literal, $catches:literal) => {
        Snippet {
            id: $id,
            surface: Surface::$surface,
            stack: $stack,
            language: $language,
            catches: $catches,
            code: include_str!(concat!("../../forward/snippets/", $file)),
        }
    };
}

/// Every stack, in the order the page shows them.
pub static SNIPPETS: [Snippet; 11] = [
    snippet!("msal-browser-redirect", BrowserApp, "MSAL.js (msal-browser), redirect", "JavaScript", "msal-browser-redirect.js",
        "A rejected handleRedirectPromise() after Microsoft sends the user back with an error."),
    snippet!("msal-browser-popup", BrowserApp, "MSAL.js (msal-browser), popup", "JavaScript", "msal-browser-popup.js",
        "Rejected loginPopup() and acquireTokenPopup() calls, InteractionRequiredAuthError included."),
    snippet!("msal-react", BrowserApp, "MSAL React", "JSX", "msal-react.jsx",
        "The error MSAL React reports for a failed interactive sign-in."),
    snippet!("msal-angular", BrowserApp, "MSAL Angular", "TypeScript", "msal-angular.ts",
        "LOGIN_FAILURE and ACQUIRE_TOKEN_FAILURE events from MsalBroadcastService."),
    snippet!("aspnetcore", Server, "ASP.NET Core (Microsoft.Identity.Web / OpenID Connect)", "C#", "aspnetcore.cs",
        "OnRemoteFailure: the error Microsoft sent back to your callback."),
    snippet!("node-express", Server, "Node.js (msal-node with Express)", "JavaScript", "node-express.js",
        "An error on your redirect route, or a rejected acquireTokenByCode()."),
    snippet!("python-flask", Server, "Python (msal with Flask; Django alike)", "Python", "python-flask.py",
        "An error on your callback, or the error dict msal returns."),
    snippet!("spring", Server, "Java (Spring Security OAuth2 client)", "Java", "spring.java",
        "An OAuth2AuthenticationException from oauth2Login()."),
    snippet!("office-dialog", OfficeOrTeams, "Office add-in (dialog API and nested app authentication)", "JavaScript", "office-dialog.js",
        "A failed sign-in in the dialog, passed to the task pane with messageParent()."),
    snippet!("teams-tab", OfficeOrTeams, "Teams tab", "JavaScript", "teams-tab.js",
        "getAuthToken() failures such as resourceRequiresConsent, and a closed consent window."),
    snippet!("browser-extension", Extension, "Chrome and Firefox extensions (identity API)", "JavaScript", "browser-extension.js",
        "The redirect URL launchWebAuthFlow() returns with Microsoft's error in it."),
];

/// This deployment's public address: the origin of the profile's redirect URI (the site
/// serves `/callback` itself), so snippets name production even when the page is opened
/// elsewhere.
pub fn site_origin(profile: &Profile) -> String {
    let uri = profile.app.redirect_uri.as_str();
    let after_scheme = uri.find("://").map_or(0, |i| i + 3);
    let end = uri[after_scheme..]
        .find('/')
        .map_or(uri.len(), |i| after_scheme + i);
    uri[..end].to_string()
}

/// The Subresource Integrity value of a file (`sha384-…`), for a `<script integrity>`.
pub fn subresource_integrity(bytes: &[u8]) -> String {
    let digest = Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profiles() -> Vec<Profile> {
        [
            include_str!("../../profiles/demo.json"),
            include_str!("../../profiles/northwind-sidebar.json"),
            include_str!("../../profiles/fabrikam-outreach.json"),
            include_str!("../../profiles/production.json"),
        ]
        .iter()
        .map(|text| Profile::from_json(text).unwrap())
        .collect()
    }

    #[test]
    fn every_snippet_names_the_deployment_and_nothing_else() {
        for profile in profiles() {
            let site = site_origin(&profile);
            assert!(site.starts_with("http") && !site.ends_with('/'), "{site}");
            for snippet in &SNIPPETS {
                let code = snippet.code_for(&site);
                assert!(
                    snippet.code.contains(PLACEHOLDER),
                    "{} never names the site",
                    snippet.id
                );
                assert!(!code.contains(PLACEHOLDER), "{}", snippet.id);
                assert!(code.contains(&site), "{} for {site}", snippet.id);
                assert!(code.contains("diagnose"), "{}", snippet.id);
            }
        }
    }

    #[test]
    fn every_surface_has_a_snippet_and_ids_are_unique() {
        for surface in Surface::ALL {
            assert!(SNIPPETS.iter().any(|s| s.surface == surface), "{surface:?}");
        }
        for (i, a) in SNIPPETS.iter().enumerate() {
            assert!(SNIPPETS[i + 1..].iter().all(|b| b.id != a.id), "{}", a.id);
        }
    }

    #[test]
    fn the_forwarded_keys_are_the_intakes_allowed_keys_minus_state() {
        use crate::intake::ALLOWED_KEYS;
        let forwarded: Vec<&str> = forwarded_keys().collect();
        for key in &forwarded {
            assert!(ALLOWED_KEYS.contains(key), "{key}");
        }
        for never in ["state", "code", "redirect_uri", "access_token", "id_token"] {
            assert!(!forwarded.contains(&never), "{never}");
        }
    }

    /// The JavaScript helper cannot share the list, so it keeps a copy; the two must agree.
    #[test]
    fn forward_js_forwards_exactly_these_keys() {
        let source = include_str!("../../forward/forward.js");
        let start = source
            .find("export const FORWARDED_KEYS = Object.freeze([")
            .expect("forward.js exports FORWARDED_KEYS");
        let list = &source[start..];
        let list = &list[list.find('[').unwrap() + 1..list.find(']').unwrap()];
        let js: Vec<&str> = list
            .split(',')
            .map(|item| item.trim().trim_matches('"'))
            .filter(|item| !item.is_empty())
            .collect();
        assert_eq!(js, forwarded_keys().collect::<Vec<_>>());
    }

    #[test]
    fn integrity_is_sha384_in_base64() {
        // printf 'alert(1)' | openssl dgst -sha384 -binary | base64
        assert_eq!(
            subresource_integrity(b"alert(1)"),
            "sha384-HT2E9NfWiuQ/w1PRai+hTyqW16NIoCGA/m8VQDUopfAtcz6YQjtsMmQd5uRbVDpW"
        );
    }

    #[test]
    fn the_site_is_the_redirect_uris_origin() {
        let profile = &profiles()[1];
        assert_eq!(site_origin(profile), "https://help.northwind.example");
    }
}
