//! The deployment profile (contracts.md §5): one vendor's app, read from `profile.json`.
//!
//! Parsing walks the [`Json`] tree by hand instead of using derive so that every problem
//! names the exact field (`app.client_id`, `delegated_permissions[2].scope`) in words a
//! vendor can act on.

use std::fmt;

use crate::json::{self, Json, Object};

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
        let value = json::parse(text).map_err(|e| ProfileError {
            field: "(file)".into(),
            problem: format!("not valid JSON: {e}"),
        })?;
        let Json::Object(root) = value else {
            return Err(err("(file)", "the profile must be a JSON object { … }"));
        };
        let mut r = Reader::new(&root, "");
        let product_name = r.text("product_name", 80)?;
        let company_name = r.text("company_name", 80)?;
        let support = {
            let obj = r.object("support")?;
            let mut s = Reader::new(obj, "support");
            let support = Support {
                email: s.optional_text("email", 254)?,
                url: s.optional_text("url", 2048)?,
            };
            s.no_unknown(&["email", "url"])?;
            if let Some(email) = &support.email {
                let ok = email
                    .split_once('@')
                    .is_some_and(|(l, d)| !l.is_empty() && d.contains('.'))
                    && !email.contains(char::is_whitespace);
                if !ok {
                    return Err(err(
                        "support.email",
                        "must be an e-mail address such as support@contoso.com",
                    ));
                }
            }
            if let Some(url) = &support.url {
                check_web_url("support.url", url)?;
            }
            if support.email.is_none() && support.url.is_none() {
                return Err(err(
                    "support",
                    "needs an `email` or a `url` so people know whom to contact",
                ));
            }
            support
        };
        let app = {
            let obj = r.object("app")?;
            let mut a = Reader::new(obj, "app");
            let client_id = a.client_id("client_id")?;
            let publisher = a.text("publisher", 120)?;
            let publisher_verified = a.boolean("publisher_verified")?;
            let redirect_uri = a.text("redirect_uri", 2048)?;
            check_redirect_uri(&redirect_uri)?;
            a.no_unknown(&[
                "client_id",
                "publisher",
                "publisher_verified",
                "redirect_uri",
            ])?;
            App {
                client_id,
                publisher,
                publisher_verified,
                redirect_uri,
            }
        };
        let cloud_text = r.text("cloud", 20)?;
        let cloud = Cloud::parse(&cloud_text)
            .ok_or_else(|| err("cloud", "must be one of global, usgov, usgov-dod, china"))?;
        let delegated_permissions = r.permissions("delegated_permissions", "scope")?;
        if delegated_permissions.is_empty() {
            return Err(err(
                "delegated_permissions",
                "must list at least one permission (for example openid)",
            ));
        }
        let application_permissions = match root.get("application_permissions") {
            None => Vec::new(),
            Some(_) => r.permissions("application_permissions", "permission")?,
        };
        if let Some(p) = application_permissions.iter().find(|p| p.is_oidc()) {
            return Err(err(
                "application_permissions",
                &format!(
                    "`{}` needs a `resource`: application permissions always belong to an API",
                    p.name
                ),
            ));
        }
        let allowed_client_ids = match root.get("allowed_client_ids") {
            None => Vec::new(),
            Some(Json::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    v.as_str().and_then(ClientId::parse).ok_or_else(|| {
                        err(
                            &format!("allowed_client_ids[{i}]"),
                            "must be an application (client) ID GUID",
                        )
                    })
                })
                .collect::<Result<_, _>>()?,
            Some(_) => return Err(err("allowed_client_ids", "must be a list of GUIDs")),
        };
        let branding = match root.get("branding") {
            None => Branding::default(),
            Some(Json::Object(obj)) => {
                let mut b = Reader::new(obj, "branding");
                let branding = Branding {
                    logo: b.optional_text("logo", 2048)?,
                    accent: b.optional_text("accent", 7)?,
                };
                b.no_unknown(&["logo", "accent"])?;
                if let Some(logo) = &branding.logo {
                    check_logo(logo)?;
                }
                if let Some(accent) = &branding.accent {
                    let hex = accent.strip_prefix('#').unwrap_or("");
                    if !matches!(hex.len(), 3 | 6) || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                        return Err(err("branding.accent", "must be a colour such as #0f6cbd"));
                    }
                }
                branding
            }
            Some(_) => {
                return Err(err(
                    "branding",
                    "must be an object with `logo` and/or `accent`",
                ))
            }
        };
        let emulator_authority = match root.get("dev") {
            None => None,
            Some(Json::Object(obj)) => {
                let mut d = Reader::new(obj, "dev");
                let host = d.text("emulator_authority", 100)?;
                d.no_unknown(&["emulator_authority"])?;
                check_emulator(&host)?;
                Some(host.trim_end_matches('/').to_string())
            }
            Some(_) => return Err(err("dev", "must be an object with `emulator_authority`")),
        };
        r.no_unknown(&[
            "product_name",
            "company_name",
            "support",
            "app",
            "cloud",
            "delegated_permissions",
            "application_permissions",
            "allowed_client_ids",
            "branding",
            "dev",
            "$comment",
        ])?;
        Ok(Profile {
            product_name,
            company_name,
            support,
            app,
            cloud,
            delegated_permissions,
            application_permissions,
            allowed_client_ids,
            branding,
            emulator_authority,
        })
    }

    /// Where sign-in and consent happen: the emulator in development, Microsoft otherwise.
    pub fn authority_host(&self) -> &str {
        self.emulator_authority
            .as_deref()
            .unwrap_or(self.cloud.login_host())
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

/// Reads fields of one JSON object, naming them with their path.
struct Reader<'a> {
    obj: &'a Object,
    path: &'a str,
}

impl<'a> Reader<'a> {
    fn new(obj: &'a Object, path: &'a str) -> Self {
        Reader { obj, path }
    }

    fn field(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn text(&mut self, key: &str, max: usize) -> Result<String, ProfileError> {
        match self.optional_text(key, max)? {
            Some(text) => Ok(text),
            None => Err(err(&self.field(key), "is missing")),
        }
    }

    fn optional_text(&mut self, key: &str, max: usize) -> Result<Option<String>, ProfileError> {
        match self.obj.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::String(s)) if s.trim().is_empty() => {
                Err(err(&self.field(key), "must not be empty"))
            }
            Some(Json::String(s)) if s.chars().count() > max => Err(err(
                &self.field(key),
                &format!("is longer than {max} characters"),
            )),
            Some(Json::String(s)) if s.chars().any(char::is_control) => {
                Err(err(&self.field(key), "must not contain control characters"))
            }
            Some(Json::String(s)) => Ok(Some(s.trim().to_string())),
            Some(_) => Err(err(&self.field(key), "must be a text string")),
        }
    }

    fn boolean(&mut self, key: &str) -> Result<bool, ProfileError> {
        match self.obj.get(key) {
            Some(Json::Bool(b)) => Ok(*b),
            None => Err(err(&self.field(key), "is missing (true or false)")),
            Some(_) => Err(err(&self.field(key), "must be true or false")),
        }
    }

    fn client_id(&mut self, key: &str) -> Result<ClientId, ProfileError> {
        let text = self.text(key, 40)?;
        ClientId::parse(&text).ok_or_else(|| {
            err(
                &self.field(key),
                &format!("must be the application (client) ID, a GUID such as 00000000-0000-0000-0000-000000000000; found \"{}\"", text.chars().take(40).collect::<String>()),
            )
        })
    }

    fn object(&mut self, key: &str) -> Result<&'a Object, ProfileError> {
        match self.obj.get(key) {
            Some(Json::Object(obj)) => Ok(obj),
            None => Err(err(&self.field(key), "is missing")),
            Some(_) => Err(err(&self.field(key), "must be an object { … }")),
        }
    }

    fn permissions(&mut self, key: &str, name_key: &str) -> Result<Vec<Permission>, ProfileError> {
        let Some(Json::Array(items)) = self.obj.get(key) else {
            return Err(err(&self.field(key), "must be a list of permissions"));
        };
        if items.len() > 400 {
            return Err(err(
                &self.field(key),
                "lists more than 400 permissions, Entra's limit per app",
            ));
        }
        items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let path = format!("{}[{i}]", self.field(key));
                let Json::Object(obj) = item else {
                    return Err(err(&path, "must be an object with resource, scope and why"));
                };
                let mut p = Reader::new(obj, &path);
                let name_text = p.text(name_key, 300)?;
                let name = Scope::parse(&name_text)
                    .ok_or_else(|| err(&p.field(name_key), "must be a permission name without spaces"))?;
                let resource = p.optional_text("resource", 300)?.unwrap_or_default();
                if resource.is_empty() && !OIDC_SCOPES.contains(&name.as_str()) {
                    return Err(err(&p.field("resource"), &format!("is missing: which API does `{name}` belong to (for example https://graph.microsoft.com)?")));
                }
                let resource_ok = resource.is_empty()
                    || resource.starts_with("https://")
                    || resource.starts_with("api://")
                    || crate::ids::Guid::parse(&resource).is_some();
                if !resource_ok {
                    return Err(err(&p.field("resource"), "must be the API's App ID URI (https://… or api://…) or its app ID GUID"));
                }
                let why = p.text("why", 400)?;
                p.no_unknown(&["resource", name_key, "why"])?;
                Ok(Permission { resource, name, why })
            })
            .collect()
    }

    fn no_unknown(&self, known: &[&str]) -> Result<(), ProfileError> {
        if let Some(repeated) = self.obj.first_repeated_name() {
            return Err(err(
                &self.field(repeated),
                "appears twice; keep one of them",
            ));
        }
        match self
            .obj
            .members()
            .map(|(k, _)| k)
            .find(|k| !known.contains(k))
        {
            Some(unknown) => Err(err(
                &self.field(unknown),
                &format!(
                    "is not a profile field (expected one of: {})",
                    known.join(", ")
                ),
            )),
            None => Ok(()),
        }
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

#[cfg(test)]
mod tests;
