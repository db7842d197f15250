//! Minting tokens shaped like Entra's: a v2 ID token for the app, a v1 access token per
//! resource with `scp` and `wids`, an opaque refresh token. Signatures are not real (nothing
//! verifies them); every signature starts with a sentinel so tests can prove no token leaked.

use std::collections::HashSet;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::protocol::{now_seconds, random_bytes, random_guid, random_token, stable_guid};
use crate::scenarios::{self, Scenario};
use crate::{Config, Grant, TENANTS};

/// Every emulator token signature begins with this text (base64url-encoded).
pub const SENTINEL: &str = "emulator-sentinel:";

const OIDC: [&str; 4] = ["openid", "profile", "email", "offline_access"];
const GRAPH: &str = "https://graph.microsoft.com";

pub struct Issued {
    pub resource: String,
    pub access_token: String,
    pub refresh_token: Option<String>,
    pub body: Value,
}

pub fn pkce_matches(verifier: &str, challenge: &str, method: &str) -> bool {
    match method {
        "S256" => URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes())) == challenge,
        _ => verifier == challenge,
    }
}

fn jwt(claims: &Value) -> String {
    let header = json!({ "typ": "JWT", "alg": "RS256", "kid": "emulator-key" });
    let mut signature = SENTINEL.as_bytes().to_vec();
    signature.extend(random_bytes::<24>());
    format!(
        "{}.{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string()),
        URL_SAFE_NO_PAD.encode(signature)
    )
}

/// The payload of a token the emulator issued.
pub fn claims_of(token: &str) -> Option<Value> {
    let payload = token.split('.').nth(1)?;
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()
}

/// A stable object ID per scenario user.
fn object_id(scenario: &Scenario) -> String {
    stable_guid(scenario.id)
}

pub(crate) fn user_name(scenario: &Scenario, tenant_id: &str) -> String {
    let domain = TENANTS
        .iter()
        .find(|(id, _, _)| *id == tenant_id)
        .map_or("contoso.example", |(_, d, _)| d[0]);
    format!("{}@{domain}", scenario.id)
}

/// A token request's scopes: OpenID scopes, the one resource, its permission names.
struct Requested {
    oidc: Vec<String>,
    resource: String,
    names: Vec<String>,
}

/// A refused request: the AADSTS code and message.
type Refusal = (u32, String);

/// Splits a `scope` request into OpenID scopes and one resource's permission names.
fn split_scopes(scope: &str) -> Result<Requested, Refusal> {
    let mut oidc = Vec::new();
    let mut resource: Option<String> = None;
    let mut names = Vec::new();
    for item in scope.split_whitespace() {
        if OIDC.contains(&item) {
            oidc.push(item.to_string());
            continue;
        }
        let (res, name) = match item.rsplit_once('/') {
            Some((r, n)) if r.contains("://") => (r.to_string(), n.to_string()),
            _ => (GRAPH.to_string(), item.to_string()),
        };
        match &resource {
            Some(existing) if !existing.eq_ignore_ascii_case(&res) => {
                return Err((28000, "Provided value for the input parameter scope is not valid because it contains more than one resource. Scope openid profile offline_access is not valid.".into()));
            }
            _ => resource = Some(res),
        }
        names.push(name);
    }
    Ok(Requested {
        oidc,
        resource: resource.unwrap_or_else(|| GRAPH.to_string()),
        names,
    })
}

pub fn issue(
    config: &Config,
    grant: &Grant,
    scope: &str,
    with_id_token: bool,
    consented: &HashSet<String>,
) -> Result<Issued, Refusal> {
    let Requested {
        oidc,
        resource,
        names: requested,
    } = split_scopes(scope)?;
    let profile = &config.profile;
    let needed: Vec<&str> = profile
        .delegated_permissions
        .iter()
        .filter(|p| p.resource.eq_ignore_ascii_case(&resource))
        .map(|p| p.name.name())
        .collect();
    // The tenant-check app is its own registration: an administrator consented to the
    // read-only Graph permissions it asks for, whatever the product needs.
    let tenant_check = grant.tenant_state.is_some();
    let granted: Vec<String> = requested
        .iter()
        .filter(|name| tenant_check || needed.contains(&name.as_str()))
        .filter(|name| match grant.scenario.result {
            scenarios::Result::AllGranted => true,
            _ => name.as_str() == "User.Read" || consented.contains(name.as_str()),
        })
        .cloned()
        .collect();

    let now = now_seconds();
    let tid = grant.tenant_id.as_str();
    let upn = user_name(grant.scenario, tid);
    let oid = object_id(grant.scenario);
    let mut scp: Vec<String> = granted.clone();
    scp.extend(oidc.iter().filter(|s| *s != "offline_access").cloned());
    let app_name = if tenant_check {
        format!("{} tenant check", profile.product_name)
    } else {
        profile.product_name.clone()
    };
    let access_claims = json!({
        "aud": resource,
        "iss": format!("https://sts.windows.net/{tid}/"),
        "iat": now, "nbf": now, "exp": now + 3600,
        "app_displayname": app_name,
        "appid": grant.client_id,
        "appidacr": "0",
        "idtyp": "user",
        "name": grant.scenario.display_name,
        "oid": oid,
        "scp": scp.join(" "),
        "tid": tid,
        "unique_name": upn,
        "upn": upn,
        "uti": random_token(""),
        "ver": "1.0",
        "wids": grant.scenario.roles,
    });
    let access_token = jwt(&access_claims);
    let id_token = (with_id_token && oidc.iter().any(|s| s == "openid")).then(|| {
        jwt(&json!({
            "aud": grant.client_id,
            "iss": format!("{}/{tid}/v2.0", profile.authority_host()),
            "iat": now, "nbf": now, "exp": now + 3600,
            "name": grant.scenario.display_name,
            "nonce": grant.nonce,
            "oid": oid,
            "preferred_username": upn,
            "sub": random_guid(),
            "tid": tid,
            "ver": "2.0",
        }))
    });
    let refresh_token = oidc
        .iter()
        .any(|s| s == "offline_access")
        .then(|| random_token("EMU-RT-SENTINEL-"));
    let shown_scope: Vec<String> = granted
        .iter()
        .map(|n| {
            if resource == GRAPH {
                n.clone()
            } else {
                format!("{resource}/{n}")
            }
        })
        .chain(oidc.iter().cloned())
        .collect();
    let mut body = json!({
        "token_type": "Bearer",
        "scope": shown_scope.join(" "),
        "expires_in": 3599,
        "ext_expires_in": 3599,
        "access_token": access_token,
    });
    if let Some(id) = &id_token {
        body["id_token"] = Value::String(id.clone());
    }
    if let Some(rt) = &refresh_token {
        body["refresh_token"] = Value::String(rt.clone());
    }
    Ok(Issued {
        resource,
        access_token,
        refresh_token,
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pkce_s256_matches_the_rfc_vector() {
        assert!(pkce_matches(
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            "S256"
        ));
        assert!(!pkce_matches(
            "wrong",
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            "S256"
        ));
    }

    #[test]
    fn one_resource_per_request() {
        assert!(split_scopes("openid https://graph.microsoft.com/User.Read https://outlook.office365.com/EWS.AccessAsUser.All").is_err());
        let r = split_scopes(
            "openid offline_access https://outlook.office365.com/EWS.AccessAsUser.All",
        )
        .unwrap();
        assert_eq!(
            (r.oidc.len(), r.resource.as_str(), r.names),
            (
                2,
                "https://outlook.office365.com",
                vec!["EWS.AccessAsUser.All".to_string()]
            )
        );
    }
}
