//! The sign-in check: from the tokens of a real sign-in, who signed in, which of the
//! product's permissions are granted, which admin roles they hold, and whether the ID token
//! answers this sign-in — then a diagnosis (`signed-in-ok` / `signed-in-missing-scopes`).

pub mod claims;
pub mod graph_me;
pub mod roles;

use crate::catalogue;
use crate::diagnosis::{self, Diagnosis, Facts, Options};
use crate::fixes::{self, FixContext};
use crate::i18n::Msg;
use crate::ids::{ClientId, TenantId};
use crate::intake::{Endpoint, Intake};
use crate::jwt::{self, Claims, Decoded, JwtError};
use crate::profile::{Permission, Profile};
use crate::signin::Tokens;
use crate::urls;
use crate::verdict::{Audience, Fixer, Verdict};
use serde_json::Value;

pub use roles::{ConsentPower, Role};

/// The tenant ID of personal Microsoft accounts.
pub const MSA_TENANT: &str = "9188040d-6c67-4c5b-b112-36a304b66dad";

/// Delegated permissions that need an administrator by default (the API publisher's flag,
/// https://learn.microsoft.com/graph/permissions-reference), as name prefixes.
const ADMIN_BY_DEFAULT: [&str; 12] = [
    "User.Read.All",
    "User.ReadWrite.All",
    "Group.Read.All",
    "Group.ReadWrite.All",
    "Directory.",
    "Application.",
    "AuditLog.",
    "Policy.",
    "RoleManagement.",
    "Sites.FullControl.All",
    "Mail.Read.Shared",
    "Mail.ReadWrite.Shared",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountKind {
    Member,
    Guest,
    Personal,
    Unknown,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Identity {
    pub name: Option<String>,
    pub username: Option<String>,
    pub tenant_id: Option<String>,
    pub object_id: Option<String>,
    pub kind: AccountKind,
}

/// One ID-token check (OIDC Core §3.1.3.7), for display.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdCheck {
    pub claim: &'static str,
    pub passed: bool,
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PermissionStatus {
    pub permission: Permission,
    pub granted: bool,
    pub admin_by_default: bool,
    /// Users of tenants on Microsoft-managed consent settings cannot grant it since 2025.
    pub managed_blocked: bool,
}

/// A decoded token for display: claims are shown, never trusted.
#[derive(Clone, Debug, PartialEq)]
pub struct TokenView {
    pub label: String,
    pub decoded: Result<Decoded, JwtError>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SignedInRole {
    pub template_id: String,
    pub role: Option<&'static Role>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CheckResult {
    pub identity: Identity,
    pub id_checks: Vec<IdCheck>,
    pub permissions: Vec<PermissionStatus>,
    pub roles: Vec<SignedInRole>,
    pub tokens: Vec<TokenView>,
    /// Resources whose token request failed, with the reason.
    pub failed_resources: Vec<(String, String)>,
}

impl CheckResult {
    pub fn missing(&self) -> Vec<&PermissionStatus> {
        self.permissions.iter().filter(|p| !p.granted).collect()
    }

    /// The widest consent power among the signed-in user's roles.
    pub fn consent_power(&self) -> ConsentPower {
        let powers = self.roles.iter().filter_map(|r| r.role.map(|r| r.power));
        let mut best = ConsentPower::None;
        for power in powers {
            best = match (best, power) {
                (_, ConsentPower::Everything) | (ConsentPower::Everything, _) => {
                    ConsentPower::Everything
                }
                (_, ConsentPower::AllButGraphAppRoles) | (ConsentPower::AllButGraphAppRoles, _) => {
                    ConsentPower::AllButGraphAppRoles
                }
                _ => ConsentPower::None,
            };
        }
        best
    }

    pub fn tenant(&self) -> Option<TenantId> {
        self.identity.tenant_id.as_deref().and_then(TenantId::parse)
    }
}

fn admin_by_default(name: &str) -> bool {
    ADMIN_BY_DEFAULT
        .iter()
        .any(|p| name == *p || (p.ends_with('.') && name.starts_with(p)))
}

/// Evaluates the tokens of a completed sign-in. `authority_host` is where the sign-in went
/// (`https://login.microsoftonline.com` or the emulator); `nonce` is the one this page sent.
pub fn evaluate(
    profile: &Profile,
    authority_host: &str,
    nonce: &str,
    tokens: &[Tokens],
    failed: Vec<(String, String)>,
    now_s: i64,
) -> CheckResult {
    let id_token = tokens.iter().find_map(|t| t.id_token.as_ref());
    let id_claims = id_token.and_then(|t| match jwt::decode(t.expose()) {
        Ok(Decoded::Jws { payload, .. }) => Some(payload),
        _ => None,
    });
    let mut views = Vec::new();
    if let Some(t) = id_token {
        views.push(TokenView {
            label: "ID token".into(),
            decoded: jwt::decode(t.expose()),
        });
    }
    let mut access_claims: Vec<(&str, Option<Claims>)> = Vec::new();
    for t in tokens {
        let decoded = jwt::decode(t.access_token.expose());
        let claims = match &decoded {
            Ok(Decoded::Jws { payload, .. }) => Some(payload.clone()),
            _ => None,
        };
        views.push(TokenView {
            label: format!(
                "Access token for {}",
                crate::profile::resource_display_name(&t.resource)
            ),
            decoded,
        });
        access_claims.push((t.resource.as_str(), claims));
    }

    let identity = identity(
        id_claims.as_ref(),
        access_claims.iter().find_map(|(_, c)| c.as_ref()),
    );
    let id_checks = id_checks(
        id_claims.as_ref(),
        profile.app.client_id,
        authority_host,
        nonce,
        now_s,
    );

    let has_refresh = tokens.iter().any(|t| t.refresh_token.is_some());
    let permissions = profile
        .delegated_permissions
        .iter()
        .map(|p| {
            let name = p.name.name();
            let granted = if p.is_oidc() {
                match name {
                    "openid" => id_token.is_some(),
                    "offline_access" => has_refresh,
                    _ => {
                        id_token.is_some()
                            || tokens.iter().any(|t| t.scope.iter().any(|s| s == name))
                    }
                }
            } else {
                let for_resource = tokens
                    .iter()
                    .zip(&access_claims)
                    .filter(|(t, _)| t.resource.eq_ignore_ascii_case(&p.resource));
                let mut granted = false;
                for (t, (_, claims)) in for_resource {
                    // Prefer the token's own `scp`; fall back to the response's `scope`.
                    let scp = claims
                        .as_ref()
                        .map(|c| c.list("scp"))
                        .filter(|l| !l.is_empty());
                    let list: Vec<String> = scp.unwrap_or_else(|| t.scope.clone());
                    granted |= list.iter().any(|s| s.rsplit('/').next() == Some(name));
                }
                granted
            };
            PermissionStatus {
                permission: p.clone(),
                granted,
                admin_by_default: admin_by_default(name),
                managed_blocked: diagnosis::is_managed_blocked(name),
            }
        })
        .collect();

    let wids = access_claims
        .iter()
        .find_map(|(_, c)| c.as_ref().map(|c| c.list("wids")).filter(|l| !l.is_empty()))
        .or_else(|| id_claims.as_ref().map(|c| c.list("wids")))
        .unwrap_or_default();
    let roles = wids
        .into_iter()
        .take(50)
        .map(|id| SignedInRole {
            role: roles::role(&id),
            template_id: id,
        })
        .collect();

    CheckResult {
        identity,
        id_checks,
        permissions,
        roles,
        tokens: views,
        failed_resources: failed,
    }
}

fn identity(id: Option<&Claims>, access: Option<&Claims>) -> Identity {
    let pick = |name: &str| {
        id.and_then(|c| c.str(name))
            .or_else(|| access.and_then(|c| c.str(name)))
            .map(str::to_string)
    };
    let tenant_id = pick("tid");
    let username = pick("preferred_username")
        .or_else(|| pick("upn"))
        .or_else(|| pick("unique_name"));
    let guest = username.as_deref().is_some_and(|u| u.contains("#EXT#"))
        || matches!((pick("idp"), pick("iss")), (Some(idp), Some(iss)) if !iss.contains(&idp));
    let kind = match tenant_id.as_deref() {
        Some(MSA_TENANT) => AccountKind::Personal,
        Some(_) if guest => AccountKind::Guest,
        Some(_) => AccountKind::Member,
        None => AccountKind::Unknown,
    };
    Identity {
        name: pick("name"),
        username,
        tenant_id,
        object_id: pick("oid"),
        kind,
    }
}

fn id_checks(
    id: Option<&Claims>,
    client: ClientId,
    authority_host: &str,
    nonce: &str,
    now_s: i64,
) -> Vec<IdCheck> {
    let Some(c) = id else {
        return vec![IdCheck {
            claim: "id_token",
            passed: false,
            detail: "No readable ID token came back, so the sign-in cannot be tied to this page."
                .into(),
        }];
    };
    let tid = c.str("tid").unwrap_or("{tenantid}");
    let expected_iss = format!("{authority_host}/{tid}/v2.0");
    let iss = c.str("iss").unwrap_or("");
    let aud_ok = match c.get("aud") {
        Some(Value::String(a)) => ClientId::parse(a) == Some(client),
        Some(Value::Array(list)) => {
            list.len() == 1 && list[0].as_str().and_then(ClientId::parse) == Some(client)
        }
        _ => false,
    };
    let exp = c.seconds("exp");
    vec![
        IdCheck {
            claim: "iss",
            passed: iss == expected_iss,
            detail: format!(
                "expected {expected_iss}, found {}",
                if iss.is_empty() { "nothing" } else { iss }
            ),
        },
        IdCheck {
            claim: "aud",
            passed: aud_ok,
            detail: format!("must be this app's client ID {client} and nothing else"),
        },
        IdCheck {
            claim: "exp",
            passed: exp.is_some_and(|e| e > now_s),
            detail: match exp {
                Some(e) if e > now_s => format!("valid for {} more minutes", (e - now_s) / 60),
                Some(_) => "the token has expired".into(),
                None => "missing or not a number".into(),
            },
        },
        IdCheck {
            claim: "nonce",
            passed: !nonce.is_empty() && c.str("nonce") == Some(nonce),
            detail: "must equal the one-time value this page sent".into(),
        },
    ]
}

/// The diagnosis of a completed sign-in. The audience is the admin's when the signed-in
/// user holds a role that can grant consent, unless the page asked for another.
pub fn diagnose_check(
    result: &CheckResult,
    profile: &Profile,
    audience: Option<Audience>,
    options: &Options,
) -> Diagnosis {
    let missing = result.missing();
    let verdict = if missing.is_empty() {
        Verdict::SignedInOk
    } else {
        Verdict::SignedInMissingScopes
    };
    let power = result.consent_power();
    let audience = audience.unwrap_or(if power == ConsentPower::None {
        Audience::User
    } else {
        Audience::Admin
    });
    let tenant = result.tenant().filter(|t| t.is_specific());
    let consent_url = if missing.is_empty() {
        None
    } else {
        urls::admin_consent_url(profile, profile.app.client_id, tenant.as_ref()).ok()
    };
    let product = &profile.product_name;
    let m = options.messages_for(audience);

    let who = match &result.identity.username {
        Some(u) => m.text(Msg::CheckSignedInAs, &[("user", u)]),
        None => m.get(Msg::CheckSignedIn),
    };
    let total = result.permissions.len().to_string();
    let summary = if missing.is_empty() {
        let all = m.text(
            Msg::CheckAllGranted,
            &[("product", product), ("total", &total)],
        );
        m.join_sentences(&[who, all])
    } else {
        let names: Vec<String> = missing
            .iter()
            .map(|p| p.permission.name.name().to_string())
            .collect();
        let grant = m.get(match power {
            ConsentPower::Everything => Msg::CheckRoleCanGrantAll,
            ConsentPower::AllButGraphAppRoles => Msg::CheckRoleCanGrantDelegated,
            ConsentPower::None => Msg::CheckAdminMustGrant,
        });
        let list = m.text(
            Msg::CheckMissing,
            &[
                ("missing", &names.len().to_string()),
                ("total", &total),
                ("names", &names.join(", ")),
            ],
        );
        m.join_sentences(&[who, list, grant])
    };

    let facts = Facts {
        tenant: tenant.clone(),
        app_id: Some(profile.app.client_id),
        app_name: Some(product.clone()),
        endpoint: Endpoint::Unknown,
        ..Facts::default()
    };
    let intake = Intake {
        tenant: tenant.clone(),
        ..Intake::default()
    };
    let admin_link = options
        .origin
        .as_deref()
        .map(|o| crate::share::link_from_facts(o, &facts, None, profile, Audience::Admin));
    let admin_page = options
        .origin
        .as_deref()
        .map(|o| diagnosis::admin_page(o, tenant.as_ref()));
    let tenant_page = options
        .origin
        .as_deref()
        .map(|o| diagnosis::tenant_page(o, tenant.as_ref(), None));
    let ctx = FixContext {
        profile,
        audience,
        tenant: tenant.as_ref(),
        code: None,
        consent_url: consent_url.as_deref(),
        facts_line: String::new(),
        admin_link: admin_link.as_deref(),
        admin_page: admin_page.as_deref(),
        tenant_page: tenant_page.as_deref(),
        m,
    };
    let fixes = if missing.is_empty() {
        Vec::new()
    } else {
        fixes::cards(catalogue::fixes_for_verdict(verdict), &ctx)
    };
    let mut warnings = Vec::new();
    if !missing.is_empty() {
        warnings.extend(diagnosis::consent_warnings(
            profile,
            consent_url.as_deref(),
            &[],
            m,
        ));
    }
    let mut notes = options.notes.clone();
    if power == ConsentPower::AllButGraphAppRoles && !profile.application_permissions.is_empty() {
        notes.push(m.text(Msg::CheckGraphAppRoles, &[("product", product)]));
    }
    for (resource, reason) in &result.failed_resources {
        notes.push(m.text(
            Msg::CheckTokenFailed,
            &[
                ("resource", crate::profile::resource_display_name(resource)),
                ("reason", reason),
            ],
        ));
    }
    let fixers = if missing.is_empty() {
        vec![Fixer::User]
    } else {
        vec![Fixer::Admin, Fixer::User]
    };
    Diagnosis {
        verdict,
        code: None,
        audience,
        headline: diagnosis::headline(verdict, audience, product, &intake, m),
        summary,
        code_title: None,
        alternative: None,
        fixers,
        fixes,
        warnings,
        notes,
        facts,
        consent_url,
    }
}

#[cfg(test)]
mod tests;
