use super::*;

fn demo() -> Profile {
    Profile::from_json(include_str!("../../../profiles/demo.json")).unwrap()
}

fn production() -> Profile {
    Profile::from_json(include_str!("../../../profiles/production.json")).unwrap()
}

fn northwind() -> Profile {
    Profile::from_json(include_str!("../../../profiles/northwind-sidebar.json")).unwrap()
}

fn request(profile: &Profile, tenant: &str, cloud: Cloud, scopes: ScopeMode) -> Request {
    Request {
        client: profile.app.client_id,
        tenant: TenantId::parse(tenant),
        cloud,
        scopes,
    }
}

#[test]
fn v2_v1_and_sign_in_links_for_a_domain_in_the_global_cloud() {
    let p = production();
    let links = consent_links(
        &p,
        &request(&p, "contoso.com", Cloud::Global, ScopeMode::Default),
    );
    let redirect = "https%3A%2F%2Fconsent.fabrikam.example%2Fcallback";
    assert_eq!(links.v2.unwrap(), format!("https://login.microsoftonline.com/contoso.com/v2.0/adminconsent?client_id=6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri={redirect}"));
    assert_eq!(links.v1.unwrap(), format!("https://login.microsoftonline.com/contoso.com/adminconsent?client_id=6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d&redirect_uri={redirect}"));
    let sign_in = links.sign_in.unwrap();
    assert!(sign_in.starts_with("https://login.microsoftonline.com/contoso.com/oauth2/v2.0/authorize?client_id=6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d&response_type=code&redirect_uri="), "{sign_in}");
    assert!(sign_in.ends_with("&prompt=consent"));
    assert!(sign_in.contains("scope=openid%20offline_access%20https%3A%2F%2Fgraph.microsoft.com%2FUser.Read%20https%3A%2F%2Fgraph.microsoft.com%2FSMTP.Send"));
    assert!(links.notes.is_empty());
}

#[test]
fn each_cloud_uses_its_own_hosts() {
    let p = production();
    let cases = [
        (
            Cloud::Global,
            "https://login.microsoftonline.com/",
            "https%3A%2F%2Fgraph.microsoft.com%2F.default",
        ),
        (
            Cloud::UsGov,
            "https://login.microsoftonline.us/",
            "https%3A%2F%2Fgraph.microsoft.us%2F.default",
        ),
        (
            Cloud::UsGovDod,
            "https://login.microsoftonline.us/",
            "https%3A%2F%2Fdod-graph.microsoft.us%2F.default",
        ),
        (
            Cloud::China,
            "https://login.partner.microsoftonline.cn/",
            "https%3A%2F%2Fmicrosoftgraph.chinacloudapi.cn%2F.default",
        ),
    ];
    for (cloud, host, scope) in cases {
        let links = consent_links(
            &p,
            &request(
                &p,
                "72f988bf-86f1-41af-91ab-2d7cd011db47",
                cloud,
                ScopeMode::Default,
            ),
        );
        let v2 = links.v2.unwrap();
        assert!(
            v2.starts_with(&format!(
                "{host}72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0/adminconsent?"
            )),
            "{v2}"
        );
        assert!(v2.contains(&format!("scope={scope}&")), "{v2}");
        assert!(links.v1.unwrap().starts_with(host));
    }
}

#[test]
fn explicit_scopes_and_several_apis() {
    let p = northwind();
    let explicit = consent_links(
        &p,
        &request(&p, "fabrikam.com", Cloud::Global, ScopeMode::Explicit),
    );
    let v2 = explicit.v2.unwrap();
    assert!(v2.contains("scope=openid%20profile%20email%20offline_access%20https%3A%2F%2Fgraph.microsoft.com%2FUser.Read"), "{v2}");
    assert!(v2.contains("https%3A%2F%2Foutlook.office365.com%2FEWS.AccessAsUser.All"));
    assert!(explicit
        .notes
        .iter()
        .any(|n| n.contains("Application permissions can only be granted")));
    let default = consent_links(
        &p,
        &request(&p, "fabrikam.com", Cloud::Global, ScopeMode::Default),
    );
    assert!(default.notes.iter().any(|n| n.contains("2 APIs")));
}

#[test]
fn tenants_that_cannot_consent_are_refused_and_organizations_is_noted() {
    let p = production();
    for bad in ["common", "consumers"] {
        let links = consent_links(&p, &request(&p, bad, Cloud::Global, ScopeMode::Default));
        assert!(
            matches!(links.v2, Err(ConsentUrlError::TenantNotAllowed(_))),
            "{bad}"
        );
        assert!(
            matches!(links.sign_in, Err(ConsentUrlError::TenantNotAllowed(_))),
            "{bad}"
        );
    }
    let org = consent_links(
        &p,
        &request(&p, "organizations", Cloud::Global, ScopeMode::Default),
    );
    assert!(org.v2.unwrap().contains("/organizations/v2.0/adminconsent"));
    assert!(!org.notes.is_empty());
    let email = consent_links(
        &p,
        &request(&p, "Admin@Contoso.COM", Cloud::Global, ScopeMode::Default),
    );
    assert!(email.v2.unwrap().contains("/contoso.com/v2.0/"));
}

#[test]
fn unknown_clients_get_no_links_at_all() {
    let p = production();
    let mut r = request(&p, "contoso.com", Cloud::Global, ScopeMode::Default);
    r.client = ClientId::parse("00000000-1111-4222-8333-444444444444").unwrap();
    let links = consent_links(&p, &r);
    assert!(links.v2.is_err() && links.v1.is_err() && links.sign_in.is_err());
}

#[test]
fn demo_links_go_to_the_emulator() {
    let p = demo();
    let links = consent_links(
        &p,
        &request(&p, "contoso.example", Cloud::Global, ScopeMode::Default),
    );
    assert!(links
        .v2
        .unwrap()
        .starts_with("http://127.0.0.1:8081/contoso.example/v2.0/adminconsent?"));
}

#[test]
fn powershell_grants_every_resource_and_app_role() {
    let p = northwind();
    let cmds = commands(&p, Cloud::Global);
    let ps = &cmds
        .iter()
        .find(|c| c.tool == "Microsoft Graph PowerShell")
        .unwrap()
        .text;
    assert!(ps.starts_with("Connect-MgGraph -Scopes \"Application.ReadWrite.All\",\"DelegatedPermissionGrant.ReadWrite.All\",\"AppRoleAssignment.ReadWrite.All\""), "{ps}");
    assert!(ps.contains("New-MgServicePrincipal -AppId 'b1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f'"));
    assert!(ps.contains("$resource0 = Get-MgServicePrincipal -Filter \"appId eq '00000003-0000-0000-c000-000000000000'\""));
    assert!(ps.contains("Scope = \"openid profile email offline_access User.Read User.ReadBasic.All Mail.ReadWrite Calendars.ReadWrite MailboxSettings.ReadWrite\""), "{ps}");
    assert!(ps.contains("$resource1 = Get-MgServicePrincipal -Filter \"appId eq '00000002-0000-0ff1-ce00-000000000000'\""));
    assert!(ps.contains("Scope = \"EWS.AccessAsUser.All\""));
    assert_eq!(
        ps.matches("New-MgServicePrincipalAppRoleAssignment")
            .count(),
        2
    );
    assert!(ps.contains("$_.Value -eq 'Calendars.ReadWrite'"));
    let cli = &cmds.iter().find(|c| c.tool == "Azure CLI").unwrap().text;
    assert!(cli.contains("az ad sp create --id b1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"));
    assert!(cli.contains(
        "az rest --method POST --uri https://graph.microsoft.com/v1.0/oauth2PermissionGrants"
    ));
    assert!(cli.contains("appRoles[?value=='Mail.ReadWrite'].id"));
    let raw = &cmds
        .iter()
        .find(|c| c.tool == "Microsoft Graph (HTTP)")
        .unwrap()
        .text;
    assert!(raw.starts_with("POST https://graph.microsoft.com/v1.0/servicePrincipals\n{ \"appId\": \"b1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f\" }"));
}

#[test]
fn national_cloud_commands_select_the_environment() {
    let p = production();
    let cmds = commands(&p, Cloud::UsGovDod);
    assert!(cmds[0]
        .text
        .starts_with("Connect-MgGraph -Environment USGovDoD -Scopes"));
    assert!(cmds[1]
        .text
        .starts_with("az cloud set --name AzureUSGovernment"));
    assert!(cmds[1]
        .text
        .contains("https://dod-graph.microsoft.us/v1.0/oauth2PermissionGrants"));
    assert!(
        !cmds[0].text.contains("AppRoleAssignment"),
        "no application permissions in this profile"
    );
}

#[test]
fn access_policy_command_uses_the_inputs_without_letting_them_break_out() {
    let p = northwind();
    let c = application_access_policy(&p, "SyncUsers@contoso.com", "alex@contoso.com");
    assert_eq!(
        c.text,
        "Connect-ExchangeOnline\nNew-ApplicationAccessPolicy -AppId b1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f -PolicyScopeGroupId \"SyncUsers@contoso.com\" -AccessRight RestrictAccess -Description \"Restrict Northwind Inbox Sidebar to this group\"\nTest-ApplicationAccessPolicy -Identity \"alex@contoso.com\" -AppId b1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"
    );
    let hostile = application_access_policy(&p, "x\"; Remove-Mailbox $all `n", "");
    assert!(!hostile.text.contains("\"; Remove") && hostile.text.contains("<user e-mail>"));
}

#[test]
fn discovery_answers_are_read_into_tenant_cloud_or_a_reason() {
    let found = parse_discovery(
        200,
        r#"{"issuer":"https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0","tenant_region_scope":"WW","cloud_instance_name":"microsoftonline.com"}"#,
        "contoso.com",
        "https://login.microsoftonline.com",
    );
    assert_eq!(
        found,
        Discovery::Found {
            tenant_id: Guid::parse("72f988bf-86f1-41af-91ab-2d7cd011db47").unwrap(),
            cloud_instance: Some("microsoftonline.com".into()),
            region: Some("WW".into())
        }
    );
    let missing = parse_discovery(
        400,
        r#"{"error":"invalid_tenant","error_description":"AADSTS90002: Tenant 'nope.example' not found.","error_codes":[90002]}"#,
        "nope.example",
        "https://login.microsoftonline.com",
    );
    assert_eq!(missing, Discovery::NotFound("nope.example".into()));
    let other = parse_discovery(
        200,
        r#"{"issuer":"https://login.microsoftonline.us/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0"}"#,
        "agency.gov",
        "https://login.microsoftonline.com",
    );
    assert_eq!(
        other,
        Discovery::OtherCloud("https://login.microsoftonline.us".into())
    );
    assert!(matches!(
        parse_discovery(502, "<html>", "x.com", "https://login.microsoftonline.com"),
        Discovery::Unreadable(_)
    ));
    assert_eq!(
        discovery_url(
            &production(),
            Cloud::China,
            &TenantId::parse("a@contoso.cn").unwrap()
        ),
        "https://login.partner.microsoftonline.cn/contoso.cn/v2.0/.well-known/openid-configuration"
    );
}
