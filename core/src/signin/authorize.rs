//! The authorize request with PKCE S256 from the oauth2 crate, in the format of
//! https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use oauth2::{PkceCodeChallenge, PkceCodeVerifier};

use super::{TenantCheckRequest, Transaction};
use crate::profile::Profile;
use crate::urls::encode;

/// 32 bytes from a CSPRNG; the browser passes `getrandom`, tests pass fixed bytes.
pub type Randomness<'a> = &'a mut dyn FnMut() -> [u8; 32];

/// The URL to send the browser to, and the record to keep until it comes back.
#[derive(Debug)]
pub struct AuthorizeRequest {
    pub url: String,
    pub transaction: Transaction,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuthorizeError {
    /// The profile's authority or redirect URI is not a valid URL.
    BadProfileUrl(String),
}

impl std::fmt::Display for AuthorizeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AuthorizeError::BadProfileUrl(what) => {
                write!(f, "the profile's {what} is not a usable URL")
            }
        }
    }
}

/// The tenant segment for the check: work and school accounts of any organization.
const TENANT: &str = "organizations";

/// Builds the authorize request. 43-character verifier, state and nonce each come from 32
/// random bytes (RFC 7636 §4.1, ≥ 128 bits for RFC 6749 §10.10), and the method is always
/// sent explicitly, because Entra assumes `plain` when it is omitted (docs/security.md, A3).
pub fn authorize(
    profile: &Profile,
    random: Randomness,
    now_ms: f64,
    login_hint: Option<&str>,
) -> Result<AuthorizeRequest, AuthorizeError> {
    let scopes: Vec<String> = profile
        .delegated_permissions
        .iter()
        .map(|p| p.request_scope())
        .collect();
    let client = profile.app.client_id.to_string();
    build(
        profile, &client, TENANT, &scopes, random, now_ms, login_hint,
    )
}

/// The live tenant check's sign-in: the separate read-only app registration
/// (`tenant_check.client_id`), Microsoft Graph's read permissions only, in the customer's
/// tenant. `None` when the profile has no tenant-check app: the product's own client ID
/// never asks for directory reads.
pub fn authorize_tenant_check(
    profile: &Profile,
    random: Randomness,
    now_ms: f64,
    check: TenantCheckRequest,
    login_hint: Option<&str>,
) -> Option<Result<AuthorizeRequest, AuthorizeError>> {
    let client = profile.tenant_check_client_id?.to_string();
    let tenant = check
        .tenant
        .as_deref()
        .and_then(crate::ids::TenantId::parse)
        .filter(crate::ids::TenantId::is_specific)
        .map_or_else(|| TENANT.to_string(), |t| t.to_string());
    let scopes = crate::tenant::reads::graph_scopes(profile.cloud);
    Some(
        build(
            profile, &client, &tenant, &scopes, random, now_ms, login_hint,
        )
        .map(|mut r| {
            r.transaction.tenant_check = Some(check);
            r
        }),
    )
}

fn build(
    profile: &Profile,
    client_id: &str,
    tenant: &str,
    scopes: &[String],
    random: Randomness,
    now_ms: f64,
    login_hint: Option<&str>,
) -> Result<AuthorizeRequest, AuthorizeError> {
    let authority = format!("{}/{}", profile.authority_host(), encode(tenant));
    let verifier = PkceCodeVerifier::new(URL_SAFE_NO_PAD.encode(random()));
    let challenge = PkceCodeChallenge::from_code_verifier_sha256(&verifier);
    let state = URL_SAFE_NO_PAD.encode(random());
    let nonce = URL_SAFE_NO_PAD.encode(random());

    // The query is written by hand, in the order Microsoft documents it: the oauth2 crate's
    // URL builder would bring the `url` crate and its Unicode tables into the wasm bundle for
    // a string we can percent-encode ourselves (`urls::encode` encodes every reserved byte).
    if !(profile.app.redirect_uri.starts_with("https://")
        || profile.app.redirect_uri.starts_with("http://"))
    {
        return Err(AuthorizeError::BadProfileUrl("app.redirect_uri".into()));
    }
    let mut params = vec![
        ("response_type", "code".to_string()),
        ("client_id", client_id.to_string()),
        ("state", state.clone()),
        ("code_challenge", challenge.as_str().to_string()),
        (
            "code_challenge_method",
            challenge.method().as_str().to_string(),
        ),
        ("redirect_uri", profile.app.redirect_uri.clone()),
        ("scope", scopes.join(" ")),
        ("response_mode", "fragment".to_string()),
        ("nonce", nonce.clone()),
        ("prompt", "select_account".to_string()),
    ];
    if let Some(hint) = login_hint.and_then(clean_login_hint) {
        params.push(("login_hint", hint));
    }
    let query: Vec<String> = params
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    let url = format!("{authority}/oauth2/v2.0/authorize?{}", query.join("&"));

    Ok(AuthorizeRequest {
        url,
        transaction: Transaction {
            state,
            verifier: verifier.secret().to_string(),
            nonce,
            authority,
            client_id: client_id.to_string(),
            redirect_uri: profile.app.redirect_uri.clone(),
            created_at_ms: now_ms,
            tenant_check: None,
        },
    })
}

/// A `login_hint` is a sign-in name (`user@contoso.com`); anything else is dropped.
pub fn clean_login_hint(hint: &str) -> Option<String> {
    let hint = hint.trim();
    let ok = hint.len() <= 256
        && hint
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
        && hint
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"@.-_+'".contains(&b));
    ok.then(|| hint.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Profile {
        Profile::from_json(include_str!("../../../profiles/demo.json")).unwrap()
    }

    #[test]
    fn rfc_7636_appendix_b_vector() {
        let verifier = PkceCodeVerifier::new("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk".into());
        let challenge = PkceCodeChallenge::from_code_verifier_sha256(&verifier);
        assert_eq!(
            challenge.as_str(),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
        assert_eq!(challenge.method().as_str(), "S256");
        // The appendix's octets encode to that verifier, the way `authorize` encodes bytes.
        let octets: [u8; 32] = [
            116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212,
            37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
        ];
        assert_eq!(
            URL_SAFE_NO_PAD.encode(octets),
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
        );
    }

    #[test]
    fn authorize_url_golden() {
        let mut n = 0u8;
        let mut random = || {
            n += 1;
            [n; 32]
        };
        let request = authorize(
            &demo(),
            &mut random,
            1_000.0,
            Some("consent-blocked@contoso.example"),
        )
        .unwrap();
        let expected_verifier = URL_SAFE_NO_PAD.encode([1u8; 32]);
        let challenge = PkceCodeChallenge::from_code_verifier_sha256(&PkceCodeVerifier::new(
            expected_verifier.clone(),
        ));
        let state = URL_SAFE_NO_PAD.encode([2u8; 32]);
        let nonce = URL_SAFE_NO_PAD.encode([3u8; 32]);
        assert_eq!(
            request.url,
            format!(
                "http://127.0.0.1:8081/organizations/oauth2/v2.0/authorize?response_type=code&client_id=3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11&state={state}&code_challenge={}&code_challenge_method=S256&redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fcallback&scope=openid%20profile%20offline_access%20https%3A%2F%2Fgraph.microsoft.com%2FUser.Read%20https%3A%2F%2Fgraph.microsoft.com%2FMail.ReadWrite%20https%3A%2F%2Fgraph.microsoft.com%2FCalendars.ReadWrite%20https%3A%2F%2Fgraph.microsoft.com%2FMailboxSettings.ReadWrite&response_mode=fragment&nonce={nonce}&prompt=select_account&login_hint=consent-blocked%40contoso.example",
                challenge.as_str()
            )
        );
        let tx = request.transaction;
        assert_eq!(
            (tx.verifier.as_str(), tx.state.as_str(), tx.nonce.as_str()),
            (expected_verifier.as_str(), state.as_str(), nonce.as_str())
        );
        assert_eq!(tx.authority, "http://127.0.0.1:8081/organizations");
        assert_eq!(
            tx.token_endpoint(),
            "http://127.0.0.1:8081/organizations/oauth2/v2.0/token"
        );
        assert_eq!(tx.authority_host(), "http://127.0.0.1:8081");
        assert!(
            !format!("{tx:?}").contains(&expected_verifier),
            "Debug must redact the verifier"
        );
    }

    #[test]
    fn the_tenant_check_signs_in_with_its_own_app_in_the_tenant_with_read_scopes_only() {
        let mut random = || [5u8; 32];
        let check = TenantCheckRequest {
            tenant: Some("contoso.example".into()),
            codes: vec![90094],
            user: None,
        };
        let request = authorize_tenant_check(&demo(), &mut random, 0.0, check.clone(), None)
            .expect("the demo profile has a tenant-check app")
            .unwrap();
        assert!(request.url.starts_with(
            "http://127.0.0.1:8081/contoso.example/oauth2/v2.0/authorize?response_type=code&client_id=b5a7c3e1-6d2f-4a8b-9c0e-1f2a3b4c5d6e&"
        ), "{}", request.url);
        let scope = request
            .url
            .split("&scope=")
            .nth(1)
            .and_then(|s| s.split('&').next())
            .unwrap();
        assert_eq!(scope, "https%3A%2F%2Fgraph.microsoft.com%2FApplication.Read.All%20https%3A%2F%2Fgraph.microsoft.com%2FDirectory.Read.All%20https%3A%2F%2Fgraph.microsoft.com%2FPolicy.Read.All%20https%3A%2F%2Fgraph.microsoft.com%2FPolicy.Read.PermissionGrant%20https%3A%2F%2Fgraph.microsoft.com%2FConsentRequest.Read.All");
        let tx = request.transaction;
        assert_eq!(tx.client_id, "b5a7c3e1-6d2f-4a8b-9c0e-1f2a3b4c5d6e");
        assert_eq!(tx.authority, "http://127.0.0.1:8081/contoso.example");
        assert_eq!(tx.tenant_check, Some(check.clone()));

        // No tenant-check app in the profile: no sign-in, never the product's own client ID.
        let mut profile = demo();
        profile.tenant_check_client_id = None;
        assert!(authorize_tenant_check(&profile, &mut random, 0.0, check, None).is_none());
    }

    #[test]
    fn the_method_is_sent_exactly_once_and_the_challenge_is_43_characters() {
        let mut random = || [7u8; 32];
        let url = authorize(&demo(), &mut random, 0.0, None).unwrap().url;
        assert_eq!(url.matches("code_challenge_method=S256").count(), 1);
        assert!(!url.contains("plain"));
        let challenge = url
            .split("code_challenge=")
            .nth(1)
            .unwrap()
            .split('&')
            .next()
            .unwrap();
        assert_eq!(challenge.len(), 43);
        assert!(!url.contains("login_hint"));
    }

    #[test]
    fn login_hints_must_be_sign_in_names() {
        assert_eq!(
            clean_login_hint(" a.b+c@contoso.example "),
            Some("a.b+c@contoso.example".into())
        );
        for bad in [
            "no-at-sign",
            "@contoso.com",
            "a@b",
            "a b@c.com",
            "<x>@y.com",
            &format!("{}@x.com", "a".repeat(300)),
        ] {
            assert_eq!(clean_login_hint(bad), None, "{bad}");
        }
    }

    #[test]
    fn production_profile_signs_in_with_microsoft() {
        let profile =
            Profile::from_json(include_str!("../../../profiles/production.json")).unwrap();
        let mut random = || [9u8; 32];
        let url = authorize(&profile, &mut random, 0.0, None).unwrap().url;
        assert!(
            url.starts_with(
                "https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?"
            ),
            "{url}"
        );
    }
}
