//! The deployment profile (docs/public-interface.md, "The deployment profile"): one vendor's app,
//! read from `profile.json`.
//!
//! `file.rs` holds the file's shape for serde; this module holds the validated
//! [`Profile`] the app uses. Every problem names its field (`app.client_id`,
//! `delegated_permissions[2].scope`) in words a vendor can act on.

use std::fmt;

use crate::cloud::Cloud;
use crate::ids::{ClientId, Scope};

/// A validated profile.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub product_name: String,
    pub company_name: String,
    pub support: Support,
    pub app: App,
    pub cloud: Cloud,
    /// Delegated permissions the product needs, in the order the vendor listed them.
    pub delegated_permissions: Vec<Permission>,
    /// Application (app-only) permissions, if the product has an app-only mode.
    pub application_permissions: Vec<Permission>,
    /// Other client IDs that prefilled links may name (the vendor's other apps).
    pub allowed_client_ids: Vec<ClientId>,
    pub branding: Branding,
    /// The separate, read-only app registration that the live tenant check signs in with
    /// (`tenant_check.client_id`); without it `/tenant` offers only the pasted snapshot.
    pub tenant_check_client_id: Option<ClientId>,
    /// Development only: the local Entra emulator that replaces Microsoft's sign-in host.
    pub emulator_authority: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Support {
    pub email: Option<String>,
    pub url: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct App {
    pub client_id: ClientId,
    pub publisher: String,
    pub publisher_verified: bool,
    /// The single-page-application redirect URI registered for the app (this site's `/callback`).
    pub redirect_uri: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Permission {
    /// The resource's App ID URI, e.g. `https://graph.microsoft.com`; empty for the OpenID
    /// Connect scopes (`openid`, `profile`, `email`, `offline_access`).
    pub resource: String,
    pub name: Scope,
    /// Why the product needs it, shown to admins reviewing consent.
    pub why: String,
    /// The same reason in other languages (`why_translations` in the file), for the user's
    /// side of the page and the message to the admin in the reader's language.
    pub why_translations: Vec<(crate::i18n::Language, String)>,
}

impl Permission {
    /// The reason in `language`, or the English one when the profile has none in it.
    pub fn why_in(&self, language: crate::i18n::Language) -> &str {
        self.why_translations
            .iter()
            .find(|(l, _)| *l == language)
            .map_or(self.why.as_str(), |(_, why)| why.as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Branding {
    pub logo: Option<String>,
    pub accent: Option<String>,
}

/// A problem with the profile, naming the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileError {
    pub field: String,
    pub problem: String,
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "profile.json, field `{}`: {}", self.field, self.problem)
    }
}

impl std::error::Error for ProfileError {}

/// The field of an error [`Profile::from_json_quick`] could not place.
const UNLOCATED: &str = "(unlocated)";

impl ProfileError {
    /// The quick reader found a shape error but not where; [`Profile::from_json`] can say.
    pub fn is_unlocated(&self) -> bool {
        self.field == UNLOCATED
    }
}

const OIDC_SCOPES: [&str; 4] = ["openid", "profile", "email", "offline_access"];

/// Well-known resources and the names admins see for them in the admin center.
const RESOURCE_NAMES: [(&str, &str); 8] = [
    ("https://graph.microsoft.com", "Microsoft Graph"),
    ("https://graph.microsoft.us", "Microsoft Graph"),
    ("https://dod-graph.microsoft.us", "Microsoft Graph"),
    ("https://microsoftgraph.chinacloudapi.cn", "Microsoft Graph"),
    ("00000003-0000-0000-c000-000000000000", "Microsoft Graph"),
    (
        "https://outlook.office365.com",
        "Office 365 Exchange Online",
    ),
    ("https://outlook.office.com", "Office 365 Exchange Online"),
    (
        "00000002-0000-0ff1-ce00-000000000000",
        "Office 365 Exchange Online",
    ),
];

impl Permission {
    /// The scope as an authorize request writes it: bare for OpenID Connect scopes,
    /// `resource/name` otherwise.
    pub fn request_scope(&self) -> String {
        if self.resource.is_empty() {
            self.name.to_string()
        } else {
            format!(
                "{}/{}",
                self.resource.trim_end_matches('/'),
                self.name.name()
            )
        }
    }

    /// "Microsoft Graph" for Graph, the resource itself otherwise.
    pub fn resource_name(&self) -> &str {
        resource_display_name(&self.resource)
    }

    pub fn is_oidc(&self) -> bool {
        self.resource.is_empty()
    }
}

/// The admin center's name for a resource, or the resource string itself.
pub fn resource_display_name(resource: &str) -> &str {
    if resource.is_empty() {
        return "OpenID Connect (sign-in)";
    }
    let trimmed = resource.trim_end_matches('/');
    RESOURCE_NAMES
        .iter()
        .find(|(uri, _)| uri.eq_ignore_ascii_case(trimmed))
        .map_or(resource, |(_, name)| name)
}

impl Profile {
    /// Parses and validates `profile.json`.
    pub fn from_json(text: &str) -> Result<Profile, ProfileError> {
        Profile::read(text, |reader| {
            serde_path_to_error::deserialize(reader).map_err(file::explain)
        })
    }

    /// Reads `profile.json` like [`Profile::from_json`], but without recording where serde
    /// stopped: the first-visit build uses this, because the recorder costs it 3 KB. A file
    /// whose shape serde refuses comes back [unlocated](ProfileError::is_unlocated); the page
    /// then hands over to the full app, which names the field. Everything else (JSON syntax,
    /// every check after serde) gives the same error as `from_json`.
    pub fn from_json_quick(text: &str) -> Result<Profile, ProfileError> {
        Profile::read(text, |reader| {
            serde::Deserialize::deserialize(reader).map_err(|e| {
                if e.is_data() {
                    err(UNLOCATED, "a value has the wrong type, or a field is unknown or written twice; open this site's /admin page, which names the field")
                } else {
                    err("(file)", &format!("not valid JSON: {e}"))
                }
            })
        })
    }

    /// The steps both readers share: serde's shape through `shape`, then nothing after the
    /// object, then the checks serde cannot make.
    fn read(
        text: &str,
        shape: impl FnOnce(
            &mut serde_json::Deserializer<serde_json::de::StrRead<'_>>,
        ) -> Result<file::Object<file::ProfileFile>, ProfileError>,
    ) -> Result<Profile, ProfileError> {
        let mut reader = serde_json::Deserializer::from_str(text);
        let file::Object(file) = shape(&mut reader)?;
        reader
            .end()
            .map_err(|e| err("(file)", &format!("not valid JSON: {e}")))?;
        file.validate()
    }

    /// Where sign-in and consent happen: the emulator in development, Microsoft otherwise.
    pub fn authority_host(&self) -> &str {
        self.emulator_authority
            .as_deref()
            .unwrap_or(self.cloud.login_host())
    }

    /// Where Microsoft Graph is read: the emulator in development, this cloud's Graph otherwise.
    pub fn graph_host(&self) -> &str {
        self.emulator_authority
            .as_deref()
            .unwrap_or(self.cloud.graph_host())
    }

    /// The product's own app, or one the vendor allowlisted for prefilled links.
    pub fn is_known_client(&self, client: ClientId) -> bool {
        client == self.app.client_id || self.allowed_client_ids.contains(&client)
    }

    /// The delegated scopes as one authorize-request `scope` string.
    pub fn delegated_scope_string(&self) -> String {
        let scopes: Vec<String> = self
            .delegated_permissions
            .iter()
            .map(Permission::request_scope)
            .collect();
        scopes.join(" ")
    }

    /// Distinct resources (APIs) across delegated and application permissions, in order.
    pub fn resources(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let all = self
            .delegated_permissions
            .iter()
            .chain(&self.application_permissions);
        for p in all.filter(|p| !p.is_oidc()) {
            if !out.iter().any(|r| r.eq_ignore_ascii_case(&p.resource)) {
                out.push(&p.resource);
            }
        }
        out
    }

    /// Permissions worth a warning before an admin grants them tenant-wide.
    pub fn broad_permissions(&self) -> Vec<&Permission> {
        self.delegated_permissions
            .iter()
            .chain(&self.application_permissions)
            .filter(|p| p.name.is_broad())
            .collect()
    }

    /// The support contact as one line: "support@… or https://…".
    pub fn support_contact(&self) -> String {
        match (&self.support.email, &self.support.url) {
            (Some(email), Some(url)) => format!("{email} or {url}"),
            (Some(email), None) => email.clone(),
            (None, Some(url)) => url.clone(),
            (None, None) => format!("{}'s support", self.company_name),
        }
    }
}

fn err(field: &str, problem: &str) -> ProfileError {
    ProfileError {
        field: field.to_string(),
        problem: problem.to_string(),
    }
}

fn check_web_url(field: &str, url: &str) -> Result<(), ProfileError> {
    let lower = url.to_ascii_lowercase();
    let ok = (lower.starts_with("https://")
        || lower.starts_with("http://127.0.0.1")
        || lower.starts_with("http://localhost"))
        && !url.contains(char::is_whitespace)
        && url.len() > "https://x".len();
    if ok {
        Ok(())
    } else {
        Err(err(field, "must be an https:// address"))
    }
}

fn check_redirect_uri(uri: &str) -> Result<(), ProfileError> {
    check_web_url("app.redirect_uri", uri)?;
    if uri.contains('#') {
        return Err(err("app.redirect_uri", "must not contain a fragment (#)"));
    }
    Ok(())
}

fn check_logo(logo: &str) -> Result<(), ProfileError> {
    let lower = logo.to_ascii_lowercase();
    let relative = !lower.contains(':') && !lower.starts_with("//");
    if relative || lower.starts_with("https://") {
        Ok(())
    } else {
        Err(err(
            "branding.logo",
            "must be a path beside index.html (logo.svg) or an https:// address",
        ))
    }
}

fn check_emulator(host: &str) -> Result<(), ProfileError> {
    let rest = host
        .strip_prefix("http://127.0.0.1:")
        .or_else(|| host.strip_prefix("http://localhost:"));
    match rest.map(|r| r.trim_end_matches('/')) {
        Some(port) if port.parse::<u16>().is_ok_and(|p| p > 0) => Ok(()),
        _ => Err(err(
            "dev.emulator_authority",
            "must be the local emulator on this machine, such as http://127.0.0.1:8081 (development only)",
        )),
    }
}

mod file;

#[cfg(test)]
mod tests;
