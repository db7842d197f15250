//! `profile.json` as written, for serde, and its validation into a [`Profile`].
//!
//! serde checks the shape (types, unknown fields, a field written twice) and
//! `serde_path_to_error` says where; [`explain`] turns that into a [`ProfileError`] naming the
//! field. What serde cannot know (a GUID, an https address, lengths, which scopes need a
//! resource) is checked in [`ProfileFile::validate`], which names fields the same way.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;

use super::{
    check_emulator, check_logo, check_redirect_uri, check_web_url, err, App, Branding, Permission,
    Profile, ProfileError, Support, OIDC_SCOPES,
};
use crate::cloud::Cloud;
use crate::ids::{ClientId, Guid, Scope};

/// Entra's limit of permissions per app; more is a mistake, not a profile.
const MAX_PERMISSIONS: usize = 400;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ProfileFile {
    /// A note for whoever edits the file; never read.
    #[serde(rename = "$comment", default)]
    _comment: Option<IgnoredAny>,
    product_name: Option<String>,
    company_name: Option<String>,
    support: Option<Object<SupportFile>>,
    app: Option<Object<AppFile>>,
    cloud: Option<String>,
    delegated_permissions: Option<Vec<Object<DelegatedFile>>>,
    #[serde(default)]
    application_permissions: Vec<Object<ApplicationFile>>,
    #[serde(default)]
    allowed_client_ids: Vec<String>,
    branding: Option<Object<BrandingFile>>,
    tenant_check: Option<Object<TenantCheckFile>>,
    dev: Option<Object<DevFile>>,
}

/// A section of the file, which must be written as an object.
///
/// serde's derive also accepts a list of values in field order (`"support": ["a@b.c",
/// null]`); a profile written that way is a mistake, so only `{ … }` is read.
pub(super) struct Object<T>(pub(super) T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OnlyMaps<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for OnlyMaps<T> {
            type Value = Object<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object { … }")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Object<T>, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map)).map(Object)
            }
        }
        deserializer.deserialize_map(OnlyMaps(PhantomData))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SupportFile {
    email: Option<String>,
    url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AppFile {
    client_id: Option<String>,
    publisher: Option<String>,
    publisher_verified: Option<bool>,
    redirect_uri: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DelegatedFile {
    resource: Option<String>,
    scope: Option<String>,
    why: Option<String>,
    /// `{"ja": "…", "de": "…"}`. Read as JSON values, which the build already reads for
    /// pasted text, rather than through a map type of its own.
    why_translations: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ApplicationFile {
    resource: Option<String>,
    permission: Option<String>,
    why: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BrandingFile {
    logo: Option<String>,
    accent: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TenantCheckFile {
    client_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DevFile {
    emulator_authority: Option<String>,
}

/// serde's error at a path, as a problem with a named field.
///
/// serde reports a field written twice, or one it does not know, at the enclosing object;
/// the name is in its message, and a vendor needs it in the path.
pub(super) fn explain(error: serde_path_to_error::Error<serde_json::Error>) -> ProfileError {
    let path = field_path(error.path());
    let inner = error.into_inner();
    if !inner.is_data() {
        return err("(file)", &format!("not valid JSON: {inner}"));
    }
    let message = inner.to_string();
    // serde_json appends " at line L column C"; the field name says more to a vendor.
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    let join = |name: &str| {
        if path == "." {
            name.to_string()
        } else {
            format!("{path}.{name}")
        }
    };
    if let Some(name) = quoted_after(message, "duplicate field `") {
        return err(&join(name), "appears twice; keep one of them");
    }
    if let Some(expected) = message.split_once(", expected ").map(|(_, e)| e) {
        if quoted_after(message, "unknown field `").is_some() {
            let expected = expected.replace('`', "");
            return err(
                &path,
                &format!("is not a profile field (expected {expected})"),
            );
        }
    }
    if path == "." {
        return err("(file)", "the profile must be a JSON object { … }");
    }
    match message
        .strip_prefix("invalid type: ")
        .and_then(|m| m.split_once(", expected "))
    {
        Some((found, expected)) => {
            let expected = match expected {
                "a sequence" => "a list [ … ]",
                "a boolean" => "true or false",
                "a string" => "a text string",
                other => other,
            };
            err(&path, &format!("must be {expected}, not {found}"))
        }
        None => err(&path, message),
    }
}

/// `app.client_id`, `delegated_permissions[2].scope`, or `.` for the file itself. A member
/// with an empty name is written `""`, so that it still names something.
fn field_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(if key.is_empty() { "\"\"" } else { key });
            }
            Segment::Enum { variant } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(variant);
            }
            Segment::Unknown => out.push_str(".?"),
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

/// The text between `prefix` and the next backtick.
fn quoted_after<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    message.strip_prefix(prefix)?.split('`').next()
}

impl ProfileFile {
    pub(super) fn validate(self) -> Result<Profile, ProfileError> {
        let product_name = required(text("product_name", self.product_name, 80)?, "product_name")?;
        let company_name = required(text("company_name", self.company_name, 80)?, "company_name")?;
        let support = support(self.support.ok_or_else(|| err("support", "is missing"))?.0)?;
        let app = app(self.app.ok_or_else(|| err("app", "is missing"))?.0)?;
        let cloud_text = required(text("cloud", self.cloud, 20)?, "cloud")?;
        let cloud = Cloud::parse(&cloud_text)
            .ok_or_else(|| err("cloud", "must be one of global, usgov, usgov-dod, china"))?;
        let delegated = self.delegated_permissions.ok_or_else(|| {
            err(
                "delegated_permissions",
                "is missing: list the permissions the product asks for",
            )
        })?;
        let delegated_permissions = permissions(
            "delegated_permissions",
            "scope",
            delegated
                .into_iter()
                .map(|Object(p)| (p.resource, p.scope, p.why, p.why_translations))
                .collect(),
        )?;
        if delegated_permissions.is_empty() {
            return Err(err(
                "delegated_permissions",
                "must list at least one permission (for example openid)",
            ));
        }
        let application_permissions = permissions(
            "application_permissions",
            "permission",
            self.application_permissions
                .into_iter()
                .map(|Object(p)| (p.resource, p.permission, p.why, None))
                .collect(),
        )?;
        if let Some(p) = application_permissions.iter().find(|p| p.is_oidc()) {
            return Err(err(
                "application_permissions",
                &format!(
                    "`{}` needs a `resource`: application permissions always belong to an API",
                    p.name
                ),
            ));
        }
        let allowed_client_ids = self
            .allowed_client_ids
            .iter()
            .enumerate()
            .map(|(i, id)| {
                ClientId::parse(id).ok_or_else(|| {
                    err(
                        &format!("allowed_client_ids[{i}]"),
                        "must be an application (client) ID GUID",
                    )
                })
            })
            .collect::<Result<_, _>>()?;
        let branding = match self.branding {
            None => Branding::default(),
            Some(Object(b)) => branding(b)?,
        };
        let tenant_check_client_id = match self.tenant_check {
            None => None,
            Some(Object(check)) => {
                let field = "tenant_check.client_id";
                let id = required(text(field, check.client_id, 100)?, field)?;
                let id = ClientId::parse(&id).ok_or_else(|| {
                    err(field, "must be the application (client) ID GUID of the read-only tenant-check app")
                })?;
                if id == app.client_id {
                    return Err(err(
                        field,
                        "must be a separate app registration, not the product's own client ID: the product's tokens must never gain directory read access",
                    ));
                }
                Some(id)
            }
        };
        let emulator_authority = match self.dev {
            None => None,
            Some(Object(dev)) => {
                let field = "dev.emulator_authority";
                let host = required(text(field, dev.emulator_authority, 100)?, field)?;
                check_emulator(&host)?;
                Some(host.trim_end_matches('/').to_string())
            }
        };
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
            tenant_check_client_id,
            emulator_authority,
        })
    }
}

fn support(file: SupportFile) -> Result<Support, ProfileError> {
    let support = Support {
        email: text("support.email", file.email, 254)?,
        url: text("support.url", file.url, 2048)?,
    };
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
    Ok(support)
}

fn app(file: AppFile) -> Result<App, ProfileError> {
    let id_text = required(text("app.client_id", file.client_id, 40)?, "app.client_id")?;
    let client_id = ClientId::parse(&id_text).ok_or_else(|| {
        err(
            "app.client_id",
            &format!(
                "must be the application (client) ID, a GUID such as 00000000-0000-0000-0000-000000000000; found \"{}\"",
                id_text.chars().take(40).collect::<String>()
            ),
        )
    })?;
    let publisher = required(text("app.publisher", file.publisher, 120)?, "app.publisher")?;
    let publisher_verified = file
        .publisher_verified
        .ok_or_else(|| err("app.publisher_verified", "is missing (true or false)"))?;
    let redirect_uri = required(
        text("app.redirect_uri", file.redirect_uri, 2048)?,
        "app.redirect_uri",
    )?;
    check_redirect_uri(&redirect_uri)?;
    Ok(App {
        client_id,
        publisher,
        publisher_verified,
        redirect_uri,
    })
}

fn branding(file: BrandingFile) -> Result<Branding, ProfileError> {
    let branding = Branding {
        logo: text("branding.logo", file.logo, 2048)?,
        accent: text("branding.accent", file.accent, 7)?,
    };
    if let Some(logo) = &branding.logo {
        check_logo(logo)?;
    }
    if let Some(accent) = &branding.accent {
        let hex = accent.strip_prefix('#').unwrap_or("");
        if !matches!(hex.len(), 3 | 6) || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(err("branding.accent", "must be a colour such as #0f6cbd"));
        }
    }
    Ok(branding)
}

/// `(resource, name, why, why_translations)` of one permission, as the file has it.
type PermissionItem = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<serde_json::Map<String, serde_json::Value>>,
);

/// `why_translations`: each key one of the page's languages other than English, each value
/// a reason like `why`.
fn why_translations(
    field: &str,
    map: Option<serde_json::Map<String, serde_json::Value>>,
) -> Result<Vec<(crate::i18n::Language, String)>, ProfileError> {
    use crate::i18n::Language;
    let mut out = Vec::new();
    for (tag, value) in map.unwrap_or_default() {
        let key = format!("{field}.{tag}");
        let language = Language::from_tag(&tag)
            .filter(|l| *l != Language::En)
            .ok_or_else(|| {
                err(
                    &key,
                    "is not one of the page's other languages (ja, de, fr, es, pt-BR, it, nl, zh-Hans)",
                )
            })?;
        let serde_json::Value::String(text_value) = value else {
            return Err(err(&key, "must be a text"));
        };
        let why = required(text(&key, Some(text_value), 400)?, &key)?;
        out.push((language, why));
    }
    Ok(out)
}

/// One list of permissions; `name_key` is what the list calls a permission's name.
fn permissions(
    list: &str,
    name_key: &str,
    items: Vec<PermissionItem>,
) -> Result<Vec<Permission>, ProfileError> {
    if items.len() > MAX_PERMISSIONS {
        return Err(err(
            list,
            &format!("lists more than {MAX_PERMISSIONS} permissions, Entra's limit per app"),
        ));
    }
    items
        .into_iter()
        .enumerate()
        .map(|(i, (resource, name, why, translations))| {
            let field = |key: &str| format!("{list}[{i}].{key}");
            let name_text = required(text(&field(name_key), name, 300)?, &field(name_key))?;
            let name = Scope::parse(&name_text).ok_or_else(|| {
                err(
                    &field(name_key),
                    "must be a permission name without spaces",
                )
            })?;
            let resource = text(&field("resource"), resource, 300)?.unwrap_or_default();
            if resource.is_empty() && !OIDC_SCOPES.contains(&name.as_str()) {
                return Err(err(
                    &field("resource"),
                    &format!("is missing: which API does `{name}` belong to (for example https://graph.microsoft.com)?"),
                ));
            }
            let resource_ok = resource.is_empty()
                || resource.starts_with("https://")
                || resource.starts_with("api://")
                || Guid::parse(&resource).is_some();
            if !resource_ok {
                return Err(err(
                    &field("resource"),
                    "must be the API's App ID URI (https://… or api://…) or its app ID GUID",
                ));
            }
            let why = required(text(&field("why"), why, 400)?, &field("why"))?;
            let why_translations = why_translations(&field("why_translations"), translations)?;
            Ok(Permission {
                resource,
                name,
                why,
                why_translations,
            })
        })
        .collect()
}

/// An optional text field: trimmed, not blank, at most `max` characters, no control
/// characters.
fn text(field: &str, value: Option<String>, max: usize) -> Result<Option<String>, ProfileError> {
    let Some(value) = value else {
        return Ok(None);
    };
    if value.trim().is_empty() {
        return Err(err(field, "must not be empty"));
    }
    if value.chars().count() > max {
        return Err(err(field, &format!("is longer than {max} characters")));
    }
    if value.chars().any(char::is_control) {
        return Err(err(field, "must not contain control characters"));
    }
    Ok(Some(value.trim().to_string()))
}

fn required(value: Option<String>, field: &str) -> Result<String, ProfileError> {
    value.ok_or_else(|| err(field, "is missing"))
}
