//! The tenant-check app over real HTTP: its sign-in picks a tenant state, and its Graph
//! token reads that tenant's consent configuration; the product's own token never may.

use super::*;

const TENANT_CHECK: &str = "b5a7c3e1-6d2f-4a8b-9c0e-1f2a3b4c5d6e";
const SCOPE: &str = "openid+profile+offline_access+https%3A%2F%2Fgraph.microsoft.com%2FApplication.Read.All+https%3A%2F%2Fgraph.microsoft.com%2FPolicy.Read.All";

fn tenant_authorize_path(extra: &str) -> String {
    format!(
        "/organizations/oauth2/v2.0/authorize?client_id={TENANT_CHECK}&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fcallback&response_mode=fragment&scope={SCOPE}&state=T1&nonce=N2&code_challenge={}&code_challenge_method=S256{extra}",
        challenge()
    )
}

fn redeem_tenant_check(addr: SocketAddr, code: &str) -> Reply {
    redeem_as(addr, TENANT_CHECK, code, VERIFIER, SCOPE)
}

/// Signs the tenant-check app in to a tenant state and returns its Graph access token.
fn tenant_token(addr: SocketAddr, state: &str) -> String {
    let authorize = tenant_authorize_path(&format!("&login_hint={state}%40contoso.example"));
    access_token(&redeem_tenant_check(addr, &code_at(addr, &authorize)))
}

fn graph_error(reply: &Reply) -> (u16, String, String) {
    let body = json(reply);
    let inner = &body["error"]["innerError"];
    assert!(
        inner["request-id"].is_string()
            && inner["client-request-id"].is_string()
            && inner["date"].is_string(),
        "{}",
        reply.body
    );
    (
        reply.status,
        body["error"]["code"].as_str().unwrap().to_string(),
        body["error"]["message"].as_str().unwrap().to_string(),
    )
}

fn app_sp_id(addr: SocketAddr, token: &str) -> String {
    let sps = read(
        addr,
        &format!("/v1.0/servicePrincipals?$filter=appId%20eq%20%27{APP}%27&$select=id,appId"),
        token,
    );
    json(&sps)["value"][0]["id"].as_str().unwrap().to_string()
}

#[test]
fn the_tenant_check_signs_in_with_pkce_and_reads_conditional_access() {
    let addr = start();
    let reply = http(
        addr,
        "GET",
        &tenant_authorize_path("&login_hint=tenant-ca%40contoso.example"),
        &[],
        "",
    );
    let location = reply.header("location").unwrap();
    assert!(location.contains("state=T1"), "{location}");
    let code = code_from(&location);
    let wrong = redeem_as(
        addr,
        TENANT_CHECK,
        &code,
        "wrong-verifier-wrong-verifier-wrong-verifier",
        SCOPE,
    );
    assert_eq!(json(&wrong)["error_codes"][0], 501481);
    let body = json(&redeem_tenant_check(addr, &code));
    let id = tokens::claims_of(body["id_token"].as_str().unwrap()).unwrap();
    assert_eq!(
        (id["aud"].as_str(), id["nonce"].as_str()),
        (Some(TENANT_CHECK), Some("N2"))
    );
    let token = body["access_token"].as_str().unwrap();
    let access = tokens::claims_of(token).unwrap();
    assert_eq!(
        access["scp"],
        "Application.Read.All Policy.Read.All openid profile"
    );
    assert_eq!(access["tid"], HOME_TENANT);
    assert_eq!(access["appid"], TENANT_CHECK);
    assert_eq!(
        json(&redeem_tenant_check(addr, &code))["error_codes"][0],
        54005
    );

    let policies = read(addr, "/v1.0/identity/conditionalAccess/policies", token);
    assert_eq!(policies.status, 200, "{}", policies.body);
    assert_eq!(
        policies.header("access-control-allow-origin").as_deref(),
        Some(ORIGIN)
    );
    let policies = json(&policies);
    assert_eq!(
        policies["@odata.context"],
        "https://graph.microsoft.com/v1.0/$metadata#identity/conditionalAccess/policies"
    );
    let blocking: Vec<&serde_json::Value> = policies["value"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["state"] == "enabled" && p["grantControls"]["builtInControls"][0] == "block")
        .collect();
    assert_eq!(blocking.len(), 1);
    assert_eq!(blocking[0]["displayName"], "Block unapproved mail apps");
    assert_eq!(
        blocking[0]["conditions"]["applications"]["includeApplications"][0],
        APP
    );
    assert!(policies["value"][1]["displayName"]
        .as_str()
        .unwrap()
        .contains("<img src=x onerror=alert(1)>"));
}

#[test]
fn without_a_state_the_tenant_check_gets_its_own_picker_even_with_a_forced_scenario() {
    let addr = start_with(scenarios::find("consent-blocked"));
    let page = http(addr, "GET", &tenant_authorize_path(""), &[], "");
    assert_eq!(page.status, 200);
    for s in tenant_states::TENANT_STATES {
        assert!(
            page.body.contains(&format!(
                "name=\"emulator_tenant_state\" value=\"{}\"",
                s.id
            )),
            "{}",
            s.id
        );
    }
    assert!(page.body.contains("name=\"code_challenge\""));
    // The picker re-submits the same authorize request with the choice added.
    let code = code_at(
        addr,
        &tenant_authorize_path("&emulator_tenant_state=tenant-denied"),
    );
    let token = access_token(&redeem_tenant_check(addr, &code));
    let (status, code, _) = graph_error(&read(
        addr,
        "/v1.0/identity/conditionalAccess/policies",
        &token,
    ));
    assert_eq!(
        (status, code.as_str()),
        (403, "Authorization_RequestDenied")
    );
    // The product's own sign-in still follows --scenario.
    let product = http(addr, "GET", &authorize_path(""), &[], "");
    assert!(product.header("location").unwrap().contains("AADSTS90094"));
}

#[test]
fn the_products_own_token_may_not_read_the_directory_and_strangers_get_401() {
    let addr = start();
    let token = product_token(addr, "all-granted@contoso.example");
    for path in [
        "/v1.0/policies/authorizationPolicy",
        "/v1.0/oauth2PermissionGrants",
        &format!("/v1.0/servicePrincipals?$filter=appId+eq+'{APP}'"),
        "/v1.0/identity/conditionalAccess/policies",
    ] {
        let (status, code, message) = graph_error(&read(addr, path, &token));
        assert_eq!(
            (status, code.as_str(), message.as_str()),
            (
                403,
                "Authorization_RequestDenied",
                "Insufficient privileges to complete the operation."
            ),
            "{path}"
        );
    }
    assert_eq!(read(addr, "/v1.0/me", &token).status, 200);
    for token in ["", "forged"] {
        let reply = http(
            addr,
            "GET",
            "/v1.0/policies/authorizationPolicy",
            &[("Authorization", &format!("Bearer {token}"))],
            "",
        );
        let (status, code, _) = graph_error(&reply);
        assert_eq!((status, code.as_str()), (401, "InvalidAuthenticationToken"));
    }
}

#[test]
fn per_user_grants_come_in_two_pages() {
    let addr = start();
    let token = tenant_token(addr, "tenant-per-user");
    let sp = app_sp_id(addr, &token);
    let first = json(&read(
        addr,
        &format!("/v1.0/oauth2PermissionGrants?$filter=clientId%20eq%20%27{sp}%27"),
        &token,
    ));
    assert_eq!(first["value"].as_array().unwrap().len(), 2);
    let next = first["@odata.nextLink"].as_str().unwrap();
    let prefix = format!("http://{addr}");
    assert!(
        next.starts_with(&format!("{prefix}/v1.0/oauth2PermissionGrants?$filter="))
            && next.contains("$skiptoken="),
        "{next}"
    );
    let second = json(&read(addr, next.strip_prefix(&prefix).unwrap(), &token));
    let third = &second["value"].as_array().unwrap();
    assert_eq!(third.len(), 1);
    assert_eq!(third[0]["consentType"], "Principal");
    assert_eq!(third[0]["clientId"], sp.as_str());
    assert!(second.get("@odata.nextLink").is_none());
    let ids: Vec<&serde_json::Value> = first["value"]
        .as_array()
        .unwrap()
        .iter()
        .chain(third.iter())
        .map(|g| &g["principalId"])
        .collect();
    assert!(ids[0] != ids[1] && ids[1] != ids[2] && ids[0] != ids[2]);
}

#[test]
fn a_throttled_tenant_answers_429_once_per_token() {
    let addr = start();
    let token = tenant_token(addr, "tenant-throttled");
    let first = read(addr, "/v1.0/oauth2PermissionGrants", &token);
    assert_eq!(first.header("retry-after").as_deref(), Some("1"));
    assert_eq!(graph_error(&first).1, "TooManyRequests");
    let retry = read(addr, "/v1.0/oauth2PermissionGrants", &token);
    assert_eq!(retry.status, 200, "{}", retry.body);
    assert_eq!(json(&retry)["value"][0]["consentType"], "AllPrincipals");
}

#[test]
fn a_denied_admin_gets_403_on_two_reads_only() {
    let addr = start();
    let token = tenant_token(addr, "tenant-denied");
    for path in [
        "/v1.0/identity/conditionalAccess/policies",
        &format!("/v1.0/identityGovernance/appConsent/appConsentRequests?$filter=appId eq '{APP}'"),
    ] {
        let (status, code, message) = graph_error(&read(addr, &path.replace(' ', "%20"), &token));
        assert_eq!(
            (status, code.as_str(), message.as_str()),
            (
                403,
                "Authorization_RequestDenied",
                "Insufficient privileges to complete the operation."
            )
        );
    }
    let policy = json(&read(addr, "/v1.0/policies/authorizationPolicy", &token));
    assert_eq!(
        policy["defaultUserRolePermissions"]["permissionGrantPoliciesAssigned"][0],
        "ManagePermissionGrantsForSelf.microsoft-user-default-legacy"
    );
}

#[test]
fn only_get_is_allowed_and_every_method_is_counted() {
    let addr = start();
    let token = tenant_token(addr, "tenant-all-clear");
    let post = http(
        addr,
        "POST",
        "/v1.0/oauth2PermissionGrants",
        &[
            ("Authorization", &format!("Bearer {token}")),
            ("Content-Type", "application/json"),
        ],
        "{}",
    );
    let (status, _, _) = graph_error(&post);
    assert_eq!(status, 405);
    assert_eq!(post.header("allow").as_deref(), Some("GET, OPTIONS"));
    read(addr, "/v1.0/policies/adminConsentRequestPolicy", &token);
    let preflight = http(
        addr,
        "OPTIONS",
        "/v1.0/policies/adminConsentRequestPolicy",
        &[
            ("Origin", ORIGIN),
            ("Access-Control-Request-Method", "GET"),
            ("Access-Control-Request-Headers", "authorization"),
        ],
        "",
    );
    assert_eq!(
        preflight.header("access-control-allow-origin").as_deref(),
        Some(ORIGIN)
    );
    let stats = json(&http(addr, "GET", "/_emulator/stats", &[], ""));
    assert_eq!(
        stats["graph_requests"],
        serde_json::json!({ "GET": 1, "POST": 1 })
    );
    assert_eq!(stats["graph_preflights"], 1);
}

#[test]
fn service_principals_answer_by_app_id_and_by_name() {
    let addr = start();
    let token = tenant_token(addr, "tenant-all-clear");
    let by = |filter: &str| {
        let reply = read(
            addr,
            &format!("/v1.0/servicePrincipals?$filter={filter}"),
            &token,
        );
        assert_eq!(reply.status, 200, "{}", reply.body);
        json(&reply)["value"].as_array().unwrap().clone()
    };
    let app = by(&format!("appId+eq+%27{APP}%27"));
    assert_eq!(app.len(), 1);
    assert_eq!(
        (
            &app[0]["accountEnabled"],
            &app[0]["appRoleAssignmentRequired"],
            &app[0]["publisherName"]
        ),
        (
            &serde_json::json!(true),
            &serde_json::json!(false),
            &serde_json::json!("Contoso Ltd")
        )
    );
    assert!(app[0]["verifiedPublisher"]["verifiedPublisherId"].is_null());
    let graph = by("appId%20eq%20%2700000003-0000-0000-c000-000000000000%27");
    let by_name = by("servicePrincipalNames/any(n:n%20eq%20%27https://graph.microsoft.com%27)");
    assert_eq!(graph[0]["id"], by_name[0]["id"]);
    let user_read = graph[0]["oauth2PermissionScopes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["value"] == "User.Read")
        .unwrap();
    assert_eq!(
        (&user_read["id"], &user_read["type"]),
        (
            &serde_json::json!("e1fe6dd8-ba31-4d61-89e7-88639da4683d"),
            &serde_json::json!("User")
        )
    );
    let exchange = by("servicePrincipalNames/any(x:x+eq+'https://outlook.office365.com')");
    assert_eq!(exchange[0]["appId"], "00000002-0000-0ff1-ce00-000000000000");
    assert_eq!(
        by("appId eq '00000000-1111-4222-8333-444444444444'"
            .replace(' ', "%20")
            .as_str())
        .len(),
        0
    );

    let sp = app[0]["id"].as_str().unwrap();
    let roles = json(&read(
        addr,
        &format!("/v1.0/servicePrincipals/{sp}/appRoleAssignments"),
        &token,
    ));
    assert_eq!(
        roles["value"][0]["appRoleId"],
        "810c84a8-4a9e-49e6-bf7d-12d183f40d01"
    );
    assert_eq!(roles["value"][0]["resourceId"], graph[0]["id"]);
    let classified = json(&read(
        addr,
        &format!(
            "/v1.0/servicePrincipals/{}/delegatedPermissionClassifications",
            graph[0]["id"].as_str().unwrap()
        ),
        &token,
    ));
    assert_eq!(classified["value"], serde_json::json!([]));
}

#[test]
fn policies_requests_and_users_have_graphs_shapes() {
    let addr = start();
    let token = tenant_token(addr, "tenant-workflow-pending");
    let workflow = json(&read(
        addr,
        "/v1.0/policies/adminConsentRequestPolicy",
        &token,
    ));
    assert_eq!(workflow["isEnabled"], true);
    assert_eq!(workflow["reviewers"].as_array().unwrap().len(), 2);
    let requests = json(&read(
        addr,
        &format!(
            "/v1.0/identityGovernance/appConsent/appConsentRequests?%24filter=appId+eq+%27{APP}%27"
        ),
        &token,
    ));
    let request = &requests["value"][0];
    assert_eq!(request["pendingScopes"].as_array().unwrap().len(), 3);
    let users = json(&read(
        addr,
        &format!(
            "/v1.0/identityGovernance/appConsent/appConsentRequests/{}/userConsentRequests",
            request["id"].as_str().unwrap()
        ),
        &token,
    ));
    let dates: Vec<&str> = users["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            assert_eq!(u["status"], "InProgress");
            u["createdDateTime"].as_str().unwrap()
        })
        .collect();
    assert_eq!(dates, ["2026-11-20T09:14:03Z", "2026-11-24T16:40:51Z"]);

    let legacy = json(&read(
        addr,
        "/v1.0/policies/permissionGrantPolicies/microsoft-user-default-legacy",
        &token,
    ));
    assert_eq!(legacy["includes"][0]["clientApplicationIds"][0], "all");
    let (status, code, _) = graph_error(&read(
        addr,
        "/v1.0/policies/permissionGrantPolicies/contoso-custom",
        &token,
    ));
    assert_eq!((status, code.as_str()), (404, "Request_ResourceNotFound"));

    let megan = json(&read(addr, "/v1.0/users/megan%40contoso.example", &token));
    assert_eq!(megan["displayName"], "Megan Bowen");
    let by_id = read(
        addr,
        &format!(
            "/v1.0/users/{}/appRoleAssignments",
            megan["id"].as_str().unwrap()
        ),
        &token,
    );
    assert_eq!(json(&by_id)["value"], serde_json::json!([]));
    let (status, code, _) = graph_error(&read(addr, "/v1.0/users/nobody@contoso.example", &token));
    assert_eq!((status, code.as_str()), (404, "Request_ResourceNotFound"));
}

#[test]
fn the_snapshot_endpoint_prints_what_the_script_would() {
    let addr = start();
    let snapshot = |path: &str| {
        let reply = http(addr, "GET", path, &[], "");
        (reply.status, json(&reply))
    };
    let (status, no_sp) = snapshot("/_emulator/tenant-snapshot/tenant-no-sp");
    assert_eq!(status, 200);
    assert_eq!(no_sp["servicePrincipal"]["value"], serde_json::json!([]));
    assert!(
        no_sp.get("oauth2PermissionGrants").is_none() && no_sp.get("appRoleAssignments").is_none()
    );
    assert_eq!(no_sp["errors"], serde_json::json!({}));
    assert!(no_sp.get("user").is_none());

    let (_, denied) = snapshot("/_emulator/tenant-snapshot/tenant-denied");
    for key in ["conditionalAccessPolicies", "appConsentRequests"] {
        assert!(denied.get(key).is_none(), "{key}");
        assert_eq!(
            denied["errors"][key]["error"]["code"],
            "Authorization_RequestDenied"
        );
    }
    assert_eq!(denied["errors"].as_object().unwrap().len(), 2);

    let (_, assignment) =
        snapshot("/_emulator/tenant-snapshot/tenant-assignment?user=megan%40contoso.example");
    assert_eq!(
        assignment["servicePrincipal"]["value"][0]["appRoleAssignmentRequired"],
        true
    );
    assert_eq!(
        assignment["user"]["userPrincipalName"],
        "megan@contoso.example"
    );
    assert_eq!(
        assignment["user"]["appRoleAssignments"],
        serde_json::json!([])
    );
    assert_eq!(
        assignment["oauth2PermissionGrants"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        assignment["permissionGrantPolicies"][0]["id"],
        "microsoft-user-default-legacy"
    );

    let (_, low) = snapshot("/_emulator/tenant-snapshot/tenant-low-only");
    let graph = &low["resourceServicePrincipals"][0];
    assert_eq!(graph["appId"], "00000003-0000-0000-c000-000000000000");
    assert_eq!(
        graph["delegatedPermissionClassifications"]
            .as_array()
            .unwrap()
            .len(),
        4
    );

    // The live reads and the snapshot share their data and IDs.
    let token = tenant_token(addr, "tenant-all-clear");
    let (_, clear) = snapshot("/_emulator/tenant-snapshot/tenant-all-clear");
    assert_eq!(
        clear["servicePrincipal"]["value"][0]["id"],
        app_sp_id(addr, &token).as_str()
    );

    let (status, unknown) = snapshot("/_emulator/tenant-snapshot/tenant-nope");
    assert_eq!(status, 404);
    assert!(unknown["tenantStates"].as_array().unwrap().len() >= 13);
}
