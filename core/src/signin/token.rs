//! Token requests (learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow) and responses: one access token per resource, bodies
//! built here, responses read into secrets or into an intake for the diagnosis.

use serde_json::{Map, Value};

use super::{Secret, Transaction};
use crate::intake::Intake;
use crate::profile::Profile;
use crate::urls::encode;

/// What came back from the token endpoint for one resource. `Debug` shows no token.
#[derive(Clone, Debug)]
pub struct Tokens {
    /// The resource these tokens are for (`https://graph.microsoft.com`), or empty for sign-in only.
    pub resource: String,
    pub access_token: Secret,
    pub id_token: Option<Secret>,
    pub refresh_token: Option<Secret>,
    /// The `scope` the endpoint says it granted.
    pub scope: Vec<String>,
    pub expires_in: Option<u64>,
}

#[derive(Debug)]
pub enum TokenOutcome {
    Tokens(Tokens),
    /// A Microsoft-shaped error body: diagnose it like any other error.
    Error(Box<Intake>),
    /// Not a token response at all; the text says what was wrong.
    Malformed(String),
}

/// The scope string for each resource's token request, in profile order. The first one also
/// carries the OpenID Connect scopes (it is the request that returns the ID token).
pub fn resource_scopes(profile: &Profile) -> Vec<(String, String)> {
    let oidc: Vec<String> = profile
        .delegated_permissions
        .iter()
        .filter(|p| p.is_oidc())
        .map(|p| p.name.to_string())
        .collect();
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for p in profile
        .delegated_permissions
        .iter()
        .filter(|p| !p.is_oidc())
    {
        match out
            .iter_mut()
            .find(|(r, _)| r.eq_ignore_ascii_case(&p.resource))
        {
            Some((_, scopes)) => scopes.push(p.request_scope()),
            None => out.push((p.resource.clone(), vec![p.request_scope()])),
        }
    }
    if out.is_empty() {
        return vec![(String::new(), oidc.join(" "))];
    }
    out.into_iter()
        .enumerate()
        .map(|(i, (resource, scopes))| {
            let mut all = if i == 0 { oidc.clone() } else { Vec::new() };
            all.extend(scopes);
            (resource, all.join(" "))
        })
        .collect()
}

/// The form body that redeems an authorization code (no client secret: a SPA is public).
pub fn redeem_body(tx: &Transaction, code: &Secret, scope: &str) -> String {
    form(&[
        ("client_id", tx.client_id.as_str()),
        ("grant_type", "authorization_code"),
        ("code", code.expose()),
        ("redirect_uri", tx.redirect_uri.as_str()),
        ("code_verifier", tx.verifier.as_str()),
        ("scope", scope),
    ])
}

/// The form body that asks for the next resource's token with the refresh token.
pub fn refresh_body(client_id: &str, refresh_token: &Secret, scope: &str) -> String {
    form(&[
        ("client_id", client_id),
        ("grant_type", "refresh_token"),
        ("refresh_token", refresh_token.expose()),
        ("scope", scope),
    ])
}

fn form(pairs: &[(&str, &str)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    parts.join("&")
}

/// Reads a token endpoint response (learn.microsoft.com/entra/identity-platform/
/// v2-oauth2-auth-code-flow, "Successful response"). Each member is read on its own, so one
/// member of an odd type costs only that member.
pub fn parse_token_response(status: u16, body: &str, resource: &str) -> TokenOutcome {
    let map = match serde_json::from_str::<Map<String, Value>>(body) {
        Ok(map) => map,
        Err(e) => {
            let what = if body.trim().is_empty() {
                "an empty body"
            } else if e.is_data() {
                "JSON that is not an object"
            } else {
                "something that is not JSON"
            };
            return TokenOutcome::Malformed(format!(
                "The token endpoint answered HTTP {status} with {what}."
            ));
        }
    };
    if map.contains_key("error") {
        return TokenOutcome::Error(Box::new(Intake::from_text(body)));
    }
    let text = |key: &str| {
        map.get(key)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    };
    let Some(access) = text("access_token") else {
        return TokenOutcome::Malformed(format!(
            "The token endpoint answered HTTP {status} without an access token."
        ));
    };
    if !(200..300).contains(&status) {
        return TokenOutcome::Malformed(format!(
            "The token endpoint answered HTTP {status} with tokens, which is not a valid response."
        ));
    }
    TokenOutcome::Tokens(Tokens {
        resource: resource.to_string(),
        access_token: Secret::new(access),
        id_token: text("id_token").map(Secret::new),
        refresh_token: text("refresh_token").map(Secret::new),
        scope: text("scope")
            .map(|s| s.split_whitespace().map(str::to_string).collect())
            .unwrap_or_default(),
        // A number in the v2 endpoint, a string in some older answers.
        expires_in: map
            .get("expires_in")
            .and_then(|v| v.as_u64().or_else(|| v.as_str()?.parse().ok())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn northwind() -> Profile {
        Profile::from_json(include_str!("../../../profiles/northwind-sidebar.json")).unwrap()
    }

    #[test]
    fn one_request_per_resource_and_oidc_scopes_only_in_the_first() {
        let scopes = resource_scopes(&northwind());
        assert_eq!(scopes.len(), 2);
        assert_eq!(scopes[0].0, "https://graph.microsoft.com");
        assert!(scopes[0].1.starts_with(
            "openid profile email offline_access https://graph.microsoft.com/User.Read"
        ));
        assert_eq!(
            scopes[1],
            (
                "https://outlook.office365.com".into(),
                "https://outlook.office365.com/EWS.AccessAsUser.All".into()
            )
        );
    }

    #[test]
    fn bodies_encode_every_value() {
        let tx = Transaction {
            state: "s".into(),
            verifier: "v&x=1".into(),
            nonce: "n".into(),
            authority: "http://127.0.0.1:8081/organizations".into(),
            client_id: "c".into(),
            redirect_uri: "http://127.0.0.1:8080/callback".into(),
            created_at_ms: 0.0,
            tenant_check: None,
        };
        let body = redeem_body(&tx, &Secret::new("co de"), "openid User.Read");
        assert_eq!(body, "client_id=c&grant_type=authorization_code&code=co%20de&redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fcallback&code_verifier=v%26x%3D1&scope=openid%20User.Read");
        assert!(!body.contains("client_secret"));
    }

    #[test]
    fn responses_become_tokens_errors_or_a_clear_message() {
        let ok = parse_token_response(
            200,
            r#"{"token_type":"Bearer","scope":"User.Read Mail.Read","expires_in":3599,"access_token":"AT-SENTINEL","id_token":"IT","refresh_token":"RT"}"#,
            "https://graph.microsoft.com",
        );
        let TokenOutcome::Tokens(t) = ok else {
            panic!()
        };
        assert_eq!(t.scope, ["User.Read", "Mail.Read"]);
        assert_eq!(t.access_token.expose(), "AT-SENTINEL");
        assert!(
            !format!("{t:?}").contains("SENTINEL"),
            "Debug shows no token"
        );
        let err = parse_token_response(
            400,
            r#"{"error":"invalid_grant","error_description":"AADSTS54005: OAuth2 Authorization code was already redeemed.","error_codes":[54005]}"#,
            "",
        );
        let TokenOutcome::Error(intake) = err else {
            panic!()
        };
        assert_eq!(intake.primary_code().map(|c| c.number()), Some(54005));
        // One member of an odd type costs that member only.
        let odd = parse_token_response(
            200,
            r#"{"access_token":"AT","scope":7,"expires_in":3599.5,"id_token":null}"#,
            "",
        );
        let TokenOutcome::Tokens(t) = odd else {
            panic!("odd members refused the whole answer")
        };
        assert_eq!(
            (t.scope.len(), t.expires_in, t.id_token.is_none()),
            (0, None, true)
        );
        for (status, body) in [
            (500, "<html>oops</html>"),
            (200, ""),
            (200, "{\"token_type\":\"Bearer\"}"),
            (200, "[1]"),
        ] {
            assert!(
                matches!(
                    parse_token_response(status, body, ""),
                    TokenOutcome::Malformed(_)
                ),
                "{body}"
            );
        }
    }
}
