//! The emulator over real HTTP: each test starts one on a free port and talks to it with a
//! blocking client, checking Microsoft's response shapes with the core's own intake.

use std::net::{Ipv4Addr, SocketAddr};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};

use super::*;

const APP: &str = "3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11";
const ORIGIN: &str = "http://127.0.0.1:8080";
const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

struct Reply {
    status: u16,
    headers: ureq::http::HeaderMap,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<String> {
        let value = self.headers.get(name)?;
        Some(value.to_str().ok()?.to_string())
    }
}

fn start() -> SocketAddr {
    start_with(None)
}

/// An emulator for the demo profile; `scenario` as `--scenario` gives it.
fn start_with(scenario: Option<&'static Scenario>) -> SocketAddr {
    let profile = Profile::from_json(include_str!("../../profiles/demo.json")).unwrap();
    let config = Config {
        profile,
        app_origin: ORIGIN.into(),
        scenario,
    };
    spawn(config, SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .unwrap()
        .addr
}

/// One request as the app or a browser would send it; the tests read Microsoft's redirects
/// and error statuses themselves, so the client neither follows the one nor fails on the other.
fn http(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> Reply {
    let agent = ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .proxy(None)
        .build()
        .new_agent();
    let mut request = ureq::http::Request::builder()
        .method(method)
        .uri(format!("http://{addr}{path}"));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let mut response = agent.run(request.body(body).unwrap()).unwrap();
    Reply {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: response.body_mut().read_to_string().unwrap(),
    }
}

fn challenge() -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(VERIFIER.as_bytes()))
}

fn authorize_path(hint: &str) -> String {
    format!(
        "/organizations/oauth2/v2.0/authorize?client_id={APP}&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fcallback&response_mode=fragment&scope=openid+profile+offline_access+https%3A%2F%2Fgraph.microsoft.com%2FUser.Read+https%3A%2F%2Fgraph.microsoft.com%2FMail.ReadWrite&state=S1&nonce=N1&code_challenge={}&code_challenge_method=S256&login_hint={hint}",
        challenge()
    )
}

fn code_from(location: &str) -> String {
    let fragment = location.split_once('#').unwrap().1;
    form_urlencoded::parse(fragment.as_bytes())
        .find_map(|(k, v)| (k == "code").then(|| v.into_owned()))
        .unwrap()
}

fn redeem(addr: SocketAddr, code: &str, verifier: &str) -> Reply {
    redeem_as(addr, APP, code, verifier, "openid+profile+offline_access+https%3A%2F%2Fgraph.microsoft.com%2FUser.Read+https%3A%2F%2Fgraph.microsoft.com%2FMail.ReadWrite")
}

/// Redeems a code from the app's origin for `client`, asking for the form-encoded `scope`.
fn redeem_as(addr: SocketAddr, client: &str, code: &str, verifier: &str, scope: &str) -> Reply {
    let body = format!(
        "client_id={client}&grant_type=authorization_code&code={code}&redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fcallback&code_verifier={verifier}&scope={scope}"
    );
    http(
        addr,
        "POST",
        "/organizations/oauth2/v2.0/token",
        &[
            ("Origin", ORIGIN),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        &body,
    )
}

fn sign_in(addr: SocketAddr, hint: &str) -> String {
    code_at(addr, &authorize_path(hint))
}

/// The code an authorize request that signs in at once sends back.
fn code_at(addr: SocketAddr, authorize: &str) -> String {
    let reply = http(addr, "GET", authorize, &[], "");
    assert_eq!(reply.status, 302, "{}", reply.body);
    code_from(&reply.header("location").unwrap())
}

/// The access token of a successful token response.
fn access_token(reply: &Reply) -> String {
    json(reply)["access_token"]
        .as_str()
        .unwrap_or_else(|| panic!("{}", reply.body))
        .to_string()
}

/// A Graph read with a bearer token, from the app's origin.
fn read(addr: SocketAddr, path: &str, token: &str) -> Reply {
    http(
        addr,
        "GET",
        path,
        &[
            ("Authorization", &format!("Bearer {token}")),
            ("Origin", ORIGIN),
        ],
        "",
    )
}

/// The product's own Graph access token for a scenario's user.
fn product_token(addr: SocketAddr, hint: &str) -> String {
    access_token(&redeem(addr, &sign_in(addr, hint), VERIFIER))
}

fn json(reply: &Reply) -> serde_json::Value {
    serde_json::from_str(&reply.body).unwrap_or_else(|e| panic!("{e}: {}", reply.body))
}

#[test]
fn without_a_hint_the_sign_in_page_lists_every_scenario() {
    let addr = start();
    let reply = http(addr, "GET", &authorize_path(""), &[], "");
    assert_eq!(reply.status, 200);
    for s in scenarios::SCENARIOS {
        assert!(
            reply.body.contains(&format!("value=\"{}\"", s.id)),
            "{}",
            s.id
        );
    }
    assert!(
        reply.body.contains("name=\"code_challenge\""),
        "the original parameters are carried through"
    );
}

#[test]
fn error_scenarios_redirect_in_microsofts_shape() {
    let addr = start();
    for (hint, code, subcode) in [
        ("consent-blocked@contoso.example", 90094, None),
        ("approval-required@contoso.example", 90095, None),
        ("consent-declined@contoso.example", 65004, Some("cancel")),
        ("app-disabled@contoso.example", 7000112, None),
        ("user-not-assigned@contoso.example", 50105, None),
        ("ca-blocked@contoso.example", 53003, None),
        ("mfa-required@contoso.example", 50076, None),
    ] {
        let reply = http(addr, "GET", &authorize_path(hint), &[], "");
        assert_eq!(reply.status, 302, "{hint}");
        let location = reply.header("location").unwrap();
        assert!(
            location.starts_with("http://127.0.0.1:8080/callback#"),
            "{location}"
        );
        let fragment = location.split_once('#').unwrap().1;
        assert!(fragment.contains("state=S1"));
        assert!(fragment.contains("%0d%0aTrace+ID%3a+"), "{fragment}");
        let intake = consent_core::Intake::from_location("", fragment);
        assert_eq!(
            intake.primary_code().map(|c| c.number()),
            Some(code),
            "{hint}"
        );
        assert!(
            intake.trace_id.is_some()
                && intake.correlation_id.is_some()
                && intake.timestamp.is_some()
        );
        assert_eq!(intake.error_subcode.as_deref(), subcode);
    }
}

#[test]
fn a_code_is_redeemed_once_with_the_right_verifier_from_the_app_origin() {
    let addr = start();
    let code = sign_in(addr, "all-granted@contoso.example");
    let no_origin = http(
        addr,
        "POST",
        "/organizations/oauth2/v2.0/token",
        &[],
        &format!("grant_type=authorization_code&code={code}"),
    );
    assert_eq!(json(&no_origin)["error_codes"][0], 9002327);
    let wrong = redeem(addr, &code, "wrong-verifier-wrong-verifier-wrong-verifier");
    assert_eq!(json(&wrong)["error_codes"][0], 501481);
    let ok = redeem(addr, &code, VERIFIER);
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert_eq!(
        ok.header("access-control-allow-origin").as_deref(),
        Some(ORIGIN)
    );
    let body = json(&ok);
    let id = tokens::claims_of(body["id_token"].as_str().unwrap()).unwrap();
    assert_eq!(id["nonce"], "N1");
    assert_eq!(id["aud"], APP);
    let access = tokens::claims_of(body["access_token"].as_str().unwrap()).unwrap();
    assert_eq!(access["scp"], "User.Read Mail.ReadWrite openid profile");
    let signature = body["access_token"]
        .as_str()
        .unwrap()
        .rsplit('.')
        .next()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&URL_SAFE_NO_PAD.decode(signature).unwrap())
            .starts_with(tokens::SENTINEL)
    );
    let again = redeem(addr, &code, VERIFIER);
    assert_eq!(json(&again)["error_codes"][0], 54005);
}

#[test]
fn missing_scopes_grant_only_the_basics_until_an_admin_consents() {
    let addr = start();
    let code = sign_in(addr, "global-admin@contoso.example");
    let access = tokens::claims_of(&access_token(&redeem(addr, &code, VERIFIER))).unwrap();
    assert_eq!(access["scp"], "User.Read openid profile");
    assert_eq!(access["wids"][0], "62e90394-69f5-4237-9190-012177145e10");

    let consent = format!("/organizations/v2.0/adminconsent?client_id={APP}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fcallback");
    let screen = http(addr, "GET", &consent, &[], "");
    assert!(screen.body.contains("Permissions requested"));
    let accepted = http(
        addr,
        "GET",
        &format!("{consent}&emulator_decision=accept"),
        &[],
        "",
    );
    let location = accepted.header("location").unwrap();
    assert!(
        location.starts_with(&format!(
            "http://127.0.0.1:8080/callback?admin_consent=True&tenant={HOME_TENANT}&scope="
        )),
        "{location}"
    );

    let code = sign_in(addr, "missing-scopes@contoso.example");
    let access = tokens::claims_of(&access_token(&redeem(addr, &code, VERIFIER))).unwrap();
    assert_eq!(access["scp"], "User.Read Mail.ReadWrite openid profile");
}

#[test]
fn admin_consent_cancel_has_the_v1_and_v2_shapes() {
    let addr = start();
    let v2 = http(
        addr,
        "GET",
        &format!(
            "/contoso.example/v2.0/adminconsent?client_id={APP}&emulator_decision=cancel&state=x"
        ),
        &[],
        "",
    );
    let location = v2.header("location").unwrap();
    assert!(
        location.contains("admin_consent=True")
            && location.contains("error=consent_required")
            && location.contains("AADSTS65004"),
        "{location}"
    );
    let v1 = http(
        addr,
        "GET",
        &format!("/contoso.example/adminconsent?client_id={APP}&emulator_decision=cancel"),
        &[],
        "",
    );
    assert!(v1
        .header("location")
        .unwrap()
        .contains("error=permission_denied&error_description=The+admin+canceled+the+request"));
    let common = http(
        addr,
        "GET",
        &format!("/common/v2.0/adminconsent?client_id={APP}"),
        &[],
        "",
    );
    assert_eq!(common.status, 400);
}

#[test]
fn a_fault_applies_once_so_a_retry_succeeds() {
    let addr = start();
    let code = sign_in(addr, "all-granted%2Btoken-500@contoso.example");
    let first = redeem(addr, &code, VERIFIER);
    assert_eq!(first.status, 500);
    let retry = redeem(addr, &code, VERIFIER);
    assert_eq!(retry.status, 200, "{}", retry.body);
    let code = sign_in(addr, "all-granted%2Btoken-no-cors@contoso.example");
    assert_eq!(
        redeem(addr, &code, VERIFIER).header("access-control-allow-origin"),
        None
    );
    let code = sign_in(addr, "all-granted+token-malformed@contoso.example");
    assert!(
        serde_json::from_str::<serde_json::Value>(&redeem(addr, &code, VERIFIER).body).is_err()
    );
}

#[test]
fn unknown_apps_and_redirects_get_an_error_page_not_a_redirect() {
    let addr = start();
    let other_app = authorize_path("all-granted@contoso.example")
        .replace(APP, "00000000-1111-4222-8333-444444444444");
    let reply = http(addr, "GET", &other_app, &[], "");
    assert_eq!((reply.status, reply.header("location")), (400, None));
    assert!(reply.body.contains("AADSTS700016"));
    let other_redirect =
        authorize_path("all-granted@contoso.example").replace("8080%2Fcallback", "9999%2Fevil");
    let reply = http(addr, "GET", &other_redirect, &[], "");
    assert_eq!((reply.status, reply.header("location")), (400, None));
    assert!(reply.body.contains("AADSTS50011"));
}

#[test]
fn test_pages_on_the_app_origin_may_be_redirect_uris() {
    let registered = "http://127.0.0.1:8080/callback";
    for ok in [
        registered,
        "http://127.0.0.1:8080/_test/msal.html",
        "http://127.0.0.1:8080/_test/a/b-c_d.js",
    ] {
        assert!(redirect_uri_registered(registered, ok), "{ok}");
    }
    for refused in [
        "http://127.0.0.1:8080/callback/",
        "http://127.0.0.1:8080/_test/",
        "http://127.0.0.1:8080/_test/../callback",
        "http://127.0.0.1:8080/_test/./x",
        "http://127.0.0.1:8080/_test/%2e%2e/x",
        "http://127.0.0.1:8080/_test/x?next=https://evil.example",
        "http://127.0.0.1:8080/_test/x#y",
        "http://127.0.0.1:8080/_testx",
        "http://127.0.0.1:8080/other/_test/x",
        "http://127.0.0.1:9999/_test/msal.html",
        "https://127.0.0.1:8080/_test/msal.html",
        "http://127.0.0.1:8080.evil.example/_test/msal.html",
        "http://user@127.0.0.1:8080/_test/msal.html",
    ] {
        assert!(!redirect_uri_registered(registered, refused), "{refused}");
    }

    // Over HTTP: the test page gets the scenario's error redirect; another origin's test page
    // gets Entra's error page with the exact-match wording.
    let addr = start();
    let test_page = authorize_path("consent-blocked@contoso.example")
        .replace("%2Fcallback", "%2F_test%2Fmsal.html");
    let reply = http(addr, "GET", &test_page, &[], "");
    assert_eq!(reply.status, 302, "{}", reply.body);
    let location = reply.header("location").unwrap();
    assert!(
        location.starts_with("http://127.0.0.1:8080/_test/msal.html#error=access_denied&"),
        "{location}"
    );
    let elsewhere = test_page.replace("8080", "9999");
    let reply = http(addr, "GET", &elsewhere, &[], "");
    assert_eq!((reply.status, reply.header("location")), (400, None));
    assert!(reply.body.contains("AADSTS50011"), "{}", reply.body);
    assert!(
        reply
            .body
            .contains("does not match the redirect URIs configured for the application"),
        "{}",
        reply.body
    );
}

#[test]
fn an_error_redirect_echoes_msals_client_request_id_as_the_correlation_id() {
    let addr = start();
    let description = |extra: &str| {
        let path = format!(
            "{}{extra}",
            authorize_path("consent-blocked@contoso.example")
        );
        let location = http(addr, "GET", &path, &[], "")
            .header("location")
            .unwrap();
        let fragment = location.split_once('#').unwrap().1.to_string();
        form_urlencoded::parse(fragment.as_bytes())
            .find_map(|(k, v)| (k == "error_description").then(|| v.into_owned()))
            .unwrap()
    };
    let echoed = description("&client-request-id=01A22E98-BE41-73DA-8750-0D088E767E35");
    assert!(
        echoed.contains("\r\nCorrelation ID: 01a22e98-be41-73da-8750-0d088e767e35\r\n"),
        "{echoed}"
    );
    let made_up = description("&client-request-id=not-a-guid");
    assert!(!made_up.contains("not-a-guid"), "{made_up}");
    assert!(made_up.contains("\r\nCorrelation ID: "), "{made_up}");
}

#[test]
fn discovery_knows_its_tenants_and_refuses_others() {
    let addr = start();
    let known = http(
        addr,
        "GET",
        "/contoso.example/v2.0/.well-known/openid-configuration",
        &[],
        "",
    );
    assert_eq!(
        json(&known)["issuer"],
        format!("http://127.0.0.1:8081/{HOME_TENANT}/v2.0")
    );
    assert_eq!(
        known.header("access-control-allow-origin").as_deref(),
        Some("*")
    );
    let unknown = http(
        addr,
        "GET",
        "/nowhere.example/v2.0/.well-known/openid-configuration",
        &[],
        "",
    );
    assert_eq!(unknown.status, 400);
    assert_eq!(json(&unknown)["error_codes"][0], 90002);
}

#[test]
fn graph_me_answers_only_for_its_own_graph_tokens() {
    let addr = start();
    let token = product_token(addr, "all-granted@contoso.example");
    let me = read(addr, "/v1.0/me", &token);
    assert_eq!(json(&me)["displayName"], "Lidia Holloway");
    let bad = http(
        addr,
        "GET",
        "/v1.0/me",
        &[("Authorization", "Bearer forged")],
        "",
    );
    assert_eq!(bad.status, 401);
    let preflight = http(
        addr,
        "OPTIONS",
        "/v1.0/me",
        &[
            ("Origin", ORIGIN),
            ("Access-Control-Request-Headers", "authorization"),
        ],
        "",
    );
    assert_eq!(
        preflight.header("access-control-allow-origin").as_deref(),
        Some(ORIGIN)
    );
}

#[test]
fn a_second_resource_is_served_with_the_refresh_token() {
    let profile =
        Profile::from_json(include_str!("../../profiles/northwind-sidebar.json")).unwrap();
    let app = profile.app.client_id.to_string();
    let redirect = consent_core::urls::encode(&profile.app.redirect_uri);
    let config = Config {
        profile,
        app_origin: "https://help.northwind.example".into(),
        scenario: None,
    };
    let addr = spawn(config, SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .unwrap()
        .addr;
    let authorize = format!(
        "/organizations/oauth2/v2.0/authorize?client_id={app}&response_type=code&redirect_uri={redirect}&response_mode=fragment&scope=openid+offline_access&state=S&code_challenge={}&code_challenge_method=S256&login_hint=all-granted@contoso.example",
        challenge()
    );
    let code = code_from(
        &http(addr, "GET", &authorize, &[], "")
            .header("location")
            .unwrap(),
    );
    let origin = [("Origin", "https://help.northwind.example")];
    let first = http(addr, "POST", "/organizations/oauth2/v2.0/token", &origin, &format!("client_id={app}&grant_type=authorization_code&code={code}&redirect_uri={redirect}&code_verifier={VERIFIER}&scope=openid+offline_access+https%3A%2F%2Fgraph.microsoft.com%2FMail.ReadWrite"));
    let rt = json(&first)["refresh_token"].as_str().unwrap().to_string();
    let second = http(addr, "POST", "/organizations/oauth2/v2.0/token", &origin, &format!("client_id={app}&grant_type=refresh_token&refresh_token={rt}&scope=https%3A%2F%2Foutlook.office365.com%2FEWS.AccessAsUser.All"));
    let body = json(&second);
    assert_eq!(
        body["scope"],
        "https://outlook.office365.com/EWS.AccessAsUser.All"
    );
    let access = tokens::claims_of(body["access_token"].as_str().unwrap()).unwrap();
    assert_eq!(
        (access["aud"].as_str(), access["scp"].as_str()),
        (
            Some("https://outlook.office365.com"),
            Some("EWS.AccessAsUser.All")
        )
    );
}

mod tenant_check;
