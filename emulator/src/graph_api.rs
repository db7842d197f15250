//! Microsoft Graph v1.0 over HTTP: `/v1.0/me` for the product's sign-in check, and the
//! read-only tenant-check reads of `graph.rs`'s directory. Only the tenant-check app's tokens
//! may read the directory; the product's own tokens get Graph's 403. Every other method than
//! `GET` (and `OPTIONS` preflights) answers 405, and `/_emulator/stats` counts them by method.
//!
//! Paths and queries accepted (segment names case-insensitive, query values form-decoded):
//! `servicePrincipals?$filter=appId eq '…'` or `servicePrincipalNames/any(n:n eq '…')`,
//! `servicePrincipals/{id}[/appRoleAssignments|/delegatedPermissionClassifications]`,
//! `oauth2PermissionGrants?$filter=clientId eq '…'` (pages of 2, `$skiptoken`),
//! `policies/authorizationPolicy`, `policies/adminConsentRequestPolicy`,
//! `policies/permissionGrantPolicies/{id}`,
//! `identityGovernance/appConsent/appConsentRequests?$filter=appId eq '…'` and
//! `…/appConsentRequests/{id}/userConsentRequests`, `identity/conditionalAccess/policies`,
//! `users/{id | userPrincipalName}[/appRoleAssignments]`. `$select` and `$top` are ignored.

use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, Response, StatusCode};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};

use crate::graph::{collection, Directory, GraphError};
use crate::protocol::{form_encode, json_response, parse_form, random_guid};
use crate::{
    allowed_origin, lock, preflight_response, resolve_tenant, tenant_states, tokens, Emulator,
    Shared, TokenInfo, HOME_TENANT,
};

const GRAPH_RESOURCE: &str = "https://graph.microsoft.com";
/// Permission grants come in pages of this many, so paging is exercised.
const PAGE_SIZE: usize = 2;
const SKIPTOKEN_PREFIX: &str = "emulator-page:";

/// One Graph request's answer context: CORS and the request IDs Graph echoes.
struct Exchange {
    cors: Option<String>,
    request_id: String,
    client_request_id: String,
}

impl Exchange {
    fn new(emu: &Emulator, headers: &HeaderMap) -> Exchange {
        let client_request_id = headers
            .get("client-request-id")
            .and_then(|v| v.to_str().ok())
            .filter(|v| !v.is_empty() && v.len() <= 100)
            .map_or_else(random_guid, str::to_string);
        Exchange {
            cors: allowed_origin(emu, headers).map(str::to_string),
            request_id: random_guid(),
            client_request_id,
        }
    }

    fn reply(&self, status: StatusCode, body: &Value) -> Response<Body> {
        let mut response = json_response(status, body, self.cors.as_deref());
        let h = response.headers_mut();
        for (name, value) in [
            ("request-id", &self.request_id),
            ("client-request-id", &self.client_request_id),
        ] {
            if let Ok(value) = HeaderValue::from_str(value) {
                h.insert(name, value);
            }
        }
        if self.cors.is_some() {
            h.insert(
                header::ACCESS_CONTROL_EXPOSE_HEADERS,
                HeaderValue::from_static("Retry-After, request-id, client-request-id"),
            );
        }
        response
    }

    fn error(&self, error: &GraphError) -> Response<Body> {
        let status = StatusCode::from_u16(error.status).unwrap_or(StatusCode::BAD_REQUEST);
        let mut response = self.reply(
            status,
            &error.body(&self.request_id, &self.client_request_id),
        );
        let h = response.headers_mut();
        match status {
            StatusCode::TOO_MANY_REQUESTS => {
                h.insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            }
            StatusCode::METHOD_NOT_ALLOWED => {
                h.insert(header::ALLOW, HeaderValue::from_static("GET, OPTIONS"));
            }
            _ => {}
        }
        response
    }
}

fn bearer(headers: &HeaderMap) -> &str {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("")
}

/// Every request under `/v1.0/`.
pub(crate) async fn graph(
    State(emu): State<Shared>,
    method: Method,
    Path(path): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response<Body> {
    if method == Method::OPTIONS {
        lock(&emu).graph_preflights += 1;
        return preflight_response(
            &emu,
            &headers,
            "GET",
            "authorization, client-request-id, consistencylevel",
        );
    }
    *lock(&emu)
        .graph_requests
        .entry(method.as_str().to_string())
        .or_default() += 1;
    let exchange = Exchange::new(&emu, &headers);
    if method != Method::GET {
        return exchange.error(&GraphError::new(
            405,
            "Request_BadRequest",
            "Specified HTTP method is not allowed for the request target.",
        ));
    }
    let token = bearer(&headers);
    let info = lock(&emu)
        .access_tokens
        .get(token)
        .filter(|info| info.resource == GRAPH_RESOURCE)
        .cloned();
    let Some(info) = info else {
        let message = if token.is_empty() {
            "Access token is empty."
        } else {
            "Access token validation failure. Invalid audience."
        };
        return exchange.error(&GraphError::new(401, "InvalidAuthenticationToken", message));
    };
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if let [me] = segments.as_slice() {
        if me.eq_ignore_ascii_case("me") {
            return graph_me(&exchange, token);
        }
    }
    // Only the tenant-check app reads the directory; the product's tokens never may.
    let Some(state) = tenant_check_state(&emu, &info) else {
        return exchange.error(&GraphError::denied());
    };
    let directory = Directory {
        state,
        tenant_id: &info.tenant_id,
        profile: &emu.config.profile,
    };
    let params = parse_form(query.as_deref().unwrap_or(""));
    let read = Read {
        directory: &directory,
        segments: &segments,
        params: &params,
    };
    let answer = if read.is(&["oauth2PermissionGrants"]) {
        if state.switches.throttle_grants && lock(&emu).throttled_tokens.insert(token.to_string()) {
            Err(GraphError::new(
                429,
                "TooManyRequests",
                "Too many requests. Retry after 1 second.",
            ))
        } else {
            read.grants(&next_link_base(&emu, &headers))
        }
    } else {
        read.answer()
    };
    match answer {
        Ok(body) => exchange.reply(StatusCode::OK, &body),
        Err(error) => exchange.error(&error),
    }
}

fn tenant_check_state(
    emu: &Emulator,
    info: &TokenInfo,
) -> Option<&'static tenant_states::TenantState> {
    let client = consent_core::ClientId::parse(&info.client_id)?;
    (Some(client) == emu.config.profile.tenant_check_client_id)
        .then_some(info.tenant_state)
        .flatten()
}

/// `/v1.0/me`: the signed-in user, for any Graph token the emulator issued.
fn graph_me(exchange: &Exchange, token: &str) -> Response<Body> {
    let Some(claims) = tokens::claims_of(token) else {
        return exchange.error(&GraphError::new(
            401,
            "InvalidAuthenticationToken",
            "Access token validation failure. Invalid audience.",
        ));
    };
    exchange.reply(
        StatusCode::OK,
        &json!({
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users/$entity",
            "id": claims["oid"],
            "displayName": claims["name"],
            "userPrincipalName": claims["upn"],
            "mail": claims["upn"],
        }),
    )
}

/// Where `@odata.nextLink` points: back to this emulator, as the request addressed it.
fn next_link_base(emu: &Emulator, headers: &HeaderMap) -> String {
    match headers.get(header::HOST).and_then(|h| h.to_str().ok()) {
        Some(host) => format!("http://{host}"),
        None => emu.config.profile.authority_host().to_string(),
    }
}

/// One directory read: the path's segments and the query's parameters.
struct Read<'a> {
    directory: &'a Directory<'a>,
    segments: &'a [&'a str],
    params: &'a [(String, String)],
}

impl Read<'_> {
    /// The path is exactly these segments (`*` matches any one).
    fn is(&self, pattern: &[&str]) -> bool {
        self.segments.len() == pattern.len()
            && self
                .segments
                .iter()
                .zip(pattern)
                .all(|(s, p)| *p == "*" || s.eq_ignore_ascii_case(p))
    }

    fn param(&self, name: &str) -> Option<&str> {
        // v1.0 takes system query options with or without their `$`.
        let bare = name.trim_start_matches('$');
        self.params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name) || k.eq_ignore_ascii_case(bare))
            .map(|(_, v)| v.as_str())
    }

    fn filter(&self, resource: &str, properties: &[&str]) -> Result<Option<Filter>, GraphError> {
        let Some(text) = self.param("$filter") else {
            return Ok(None);
        };
        let filter = Filter::parse(text)
            .ok_or_else(|| GraphError::new(400, "BadRequest", "Invalid filter clause"))?;
        if !properties
            .iter()
            .any(|p| p.eq_ignore_ascii_case(&filter.property))
        {
            return Err(GraphError::new(400, "Request_UnsupportedQuery", format!("Unsupported or invalid query filter clause specified for property '{}' of resource '{resource}'.", filter.property)));
        }
        Ok(Some(filter))
    }

    fn answer(&self) -> Result<Value, GraphError> {
        let d = self.directory;
        let id = self.segments.get(1).copied().unwrap_or_default();
        let sp_context = |what: &str| format!("servicePrincipals('{id}')/{what}");
        if self.is(&["servicePrincipals"]) {
            let filter = self.filter(
                "ServicePrincipal",
                &["appId", "id", "displayName", "servicePrincipalNames"],
            )?;
            let all = d.service_principals();
            let value = all
                .into_iter()
                .filter(|sp| filter.as_ref().is_none_or(|f| f.matches(sp)))
                .collect();
            Ok(collection("servicePrincipals", value))
        } else if self.is(&["servicePrincipals", "*"]) {
            let mut sp = d.service_principal(id)?;
            if let Value::Object(fields) = &mut sp {
                let mut out = serde_json::Map::new();
                out.insert(
                    "@odata.context".into(),
                    json!("https://graph.microsoft.com/v1.0/$metadata#servicePrincipals/$entity"),
                );
                out.append(fields);
                sp = Value::Object(out);
            }
            Ok(sp)
        } else if self.is(&["servicePrincipals", "*", "appRoleAssignments"]) {
            let value = d.sp_app_role_assignments(id)?;
            Ok(collection(&sp_context("appRoleAssignments"), value))
        } else if self.is(&[
            "servicePrincipals",
            "*",
            "delegatedPermissionClassifications",
        ]) {
            let value = d.classifications(id)?;
            Ok(collection(
                &sp_context("delegatedPermissionClassifications"),
                value,
            ))
        } else if self.is(&["policies", "authorizationPolicy"]) {
            Ok(d.authorization_policy())
        } else if self.is(&["policies", "adminConsentRequestPolicy"]) {
            Ok(d.admin_consent_request_policy())
        } else if self.is(&["policies", "permissionGrantPolicies", "*"]) {
            d.permission_grant_policy(self.segments[2])
        } else if self.is(&["identityGovernance", "appConsent", "appConsentRequests"]) {
            let filter = self.filter("AppConsentRequest", &["appId"])?;
            let value = d.app_consent_requests(filter.as_ref().map(|f| f.value.as_str()))?;
            Ok(collection(
                "identityGovernance/appConsent/appConsentRequests",
                value,
            ))
        } else if self.is(&[
            "identityGovernance",
            "appConsent",
            "appConsentRequests",
            "*",
            "userConsentRequests",
        ]) {
            let request = self.segments[3];
            let value = d.user_consent_requests(request)?;
            Ok(collection(
                &format!("identityGovernance/appConsent/appConsentRequests('{request}')/userConsentRequests"),
                value,
            ))
        } else if self.is(&["identity", "conditionalAccess", "policies"]) {
            Ok(collection(
                "identity/conditionalAccess/policies",
                d.conditional_access_policies()?,
            ))
        } else if self.is(&["users", "*"]) {
            d.user(id)
        } else if self.is(&["users", "*", "appRoleAssignments"]) {
            let value = d.user_app_role_assignments(id)?;
            Ok(collection(
                &format!("users('{id}')/appRoleAssignments"),
                value,
            ))
        } else {
            let segment = self.segments.last().copied().unwrap_or_default();
            Err(GraphError::new(
                400,
                "BadRequest",
                format!("Resource not found for the segment '{segment}'."),
            ))
        }
    }

    /// `/oauth2PermissionGrants`, a page at a time with `@odata.nextLink`.
    fn grants(&self, base: &str) -> Result<Value, GraphError> {
        let filter = self.filter(
            "OAuth2PermissionGrant",
            &["clientId", "resourceId", "consentType", "principalId"],
        )?;
        let all: Vec<Value> = self
            .directory
            .grants()
            .into_iter()
            .filter(|g| filter.as_ref().is_none_or(|f| f.matches(g)))
            .collect();
        let start = match self.param("$skiptoken") {
            None => 0,
            Some(token) => parse_skiptoken(token).filter(|n| *n <= all.len()).ok_or_else(|| {
                GraphError::new(400, "Directory_ExpiredPageToken", "The specified page token value has expired and can no longer be included in your request.")
            })?,
        };
        let end = (start + PAGE_SIZE).min(all.len());
        let mut body = collection("oauth2PermissionGrants", all[start..end].to_vec());
        if end < all.len() {
            let mut query: Vec<String> = self
                .params
                .iter()
                .filter(|(k, _)| !k.trim_start_matches('$').eq_ignore_ascii_case("skiptoken"))
                .map(|(k, v)| format!("{}={}", query_key(k), form_encode(v)))
                .collect();
            query.push(format!("$skiptoken={}", skiptoken(end)));
            body["@odata.nextLink"] = json!(format!(
                "{base}/v1.0/oauth2PermissionGrants?{}",
                query.join("&")
            ));
        }
        Ok(body)
    }
}

/// `$filter` written as Graph writes it in a nextLink: the `$` stays.
fn query_key(key: &str) -> String {
    if key.chars().all(|c| c.is_ascii_alphanumeric() || c == '$') {
        key.to_string()
    } else {
        form_encode(key)
    }
}

fn skiptoken(offset: usize) -> String {
    URL_SAFE_NO_PAD.encode(format!("{SKIPTOKEN_PREFIX}{offset}"))
}

fn parse_skiptoken(token: &str) -> Option<usize> {
    let text = String::from_utf8(URL_SAFE_NO_PAD.decode(token).ok()?).ok()?;
    text.strip_prefix(SKIPTOKEN_PREFIX)?.parse().ok()
}

/// The one-clause OData filters the tenant check sends: `prop eq 'value'` and
/// `collection/any(x:x eq 'value')`.
#[derive(Debug, PartialEq, Eq)]
struct Filter {
    property: String,
    /// `collection/any(...)`: the property is a collection that must contain the value.
    any: bool,
    value: String,
}

impl Filter {
    fn parse(text: &str) -> Option<Filter> {
        let text = text.trim();
        if let Some((collection, rest)) = text.split_once("/any(") {
            let inner = rest.trim_end().strip_suffix(')')?;
            let (variable, condition) = inner.split_once(':')?;
            let (left, value) = equality(condition)?;
            return (left == variable.trim()).then(|| Filter {
                property: collection.trim().to_string(),
                any: true,
                value,
            });
        }
        let (property, value) = equality(text)?;
        let simple = !property.is_empty() && property.chars().all(|c| c.is_ascii_alphanumeric());
        simple.then_some(Filter {
            property,
            any: false,
            value,
        })
    }

    /// Property names compare case-insensitively, as Graph's do; so do the GUID values.
    fn matches(&self, object: &Value) -> bool {
        let field = object
            .as_object()
            .and_then(|o| {
                o.iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(&self.property))
            })
            .map(|(_, v)| v);
        let equal = |v: &Value| {
            v.as_str()
                .is_some_and(|s| s.eq_ignore_ascii_case(&self.value))
        };
        match (field, self.any) {
            (Some(Value::Array(items)), true) => items.iter().any(equal),
            (Some(v), false) => equal(v),
            _ => false,
        }
    }
}

/// `left eq 'value'`, with OData's `''` for a quote inside the value.
fn equality(text: &str) -> Option<(String, String)> {
    let (left, right) = text.trim().split_once(" eq ")?;
    let value = right.trim().strip_prefix('\'')?.strip_suffix('\'')?;
    Some((left.trim().to_string(), value.replace("''", "'")))
}

/// `GET /_emulator/tenant-snapshot/{state}?user={upn}&tenant={id or domain}`: what the
/// read-only script prints for that tenant state (Contoso unless `tenant` names another).
pub(crate) async fn tenant_snapshot(
    State(emu): State<Shared>,
    Path(state): Path<String>,
    RawQuery(query): RawQuery,
) -> Response<Body> {
    let params = parse_form(query.as_deref().unwrap_or(""));
    let get = |key: &str| {
        params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let tenant_id = match get("tenant") {
        None => Some(HOME_TENANT),
        Some(t) => resolve_tenant(t),
    };
    let (Some(state), Some(tenant_id)) = (tenant_states::find(&state), tenant_id) else {
        let ids: Vec<&str> = tenant_states::TENANT_STATES.iter().map(|s| s.id).collect();
        let body = json!({
            "error": format!("unknown tenant state `{state}` or tenant"),
            "tenantStates": ids,
        });
        return json_response(StatusCode::NOT_FOUND, &body, Some("*"));
    };
    let directory = Directory {
        state,
        tenant_id,
        profile: &emu.config.profile,
    };
    let user = get("user").filter(|u| !u.is_empty());
    json_response(StatusCode::OK, &directory.snapshot(user), Some("*"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_parse_as_the_tenant_check_writes_them() {
        assert_eq!(
            Filter::parse("appId eq '3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11'"),
            Some(Filter {
                property: "appId".into(),
                any: false,
                value: "3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11".into()
            })
        );
        assert_eq!(
            Filter::parse("servicePrincipalNames/any(n:n eq 'https://graph.microsoft.com')"),
            Some(Filter {
                property: "servicePrincipalNames".into(),
                any: true,
                value: "https://graph.microsoft.com".into()
            })
        );
        assert_eq!(Filter::parse("appId eq 'it''s'").unwrap().value, "it's");
        assert!(Filter::parse("appId eq 3").is_none());
        assert!(Filter::parse("startswith(displayName,'a')").is_none());
        assert!(Filter::parse("names/any(n:m eq 'x')").is_none());
    }

    #[test]
    fn skiptokens_round_trip() {
        assert_eq!(parse_skiptoken(&skiptoken(2)), Some(2));
        assert_eq!(parse_skiptoken("garbage!"), None);
    }
}
