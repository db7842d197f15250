//! The admin toolkit: every admin-consent URL form
//! (learn.microsoft.com/entra/identity-platform/v2-admin-consent), the equivalent commands
//! (learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent), tenant discovery
//! (OpenID metadata, learn.microsoft.com/entra/identity-platform/v2-protocols-oidc) and the
//! admin-center links, for this app, this tenant and this cloud.

use serde_json::{Map, Value};

use crate::cloud::Cloud;
use crate::ids::{ClientId, Guid, TenantId};
use crate::profile::{Permission, Profile};
use crate::urls::{consent_tenant, encode, ConsentUrlError};

/// Microsoft Graph's application ID, the same in every tenant.
pub const GRAPH_APP_ID: &str = "00000003-0000-0000-c000-000000000000";
/// Office 365 Exchange Online's application ID.
pub const EXCHANGE_APP_ID: &str = "00000002-0000-0ff1-ce00-000000000000";

/// Which permissions the consent URL asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ScopeMode {
    /// `/.default`: everything configured on the app registration, delegated and application.
    #[default]
    Default,
    /// The profile's delegated permissions by name (dynamic consent); application
    /// permissions cannot be requested this way.
    Explicit,
}

/// What the generator was given.
#[derive(Clone, Debug)]
pub struct Request {
    pub client: ClientId,
    pub tenant: Option<TenantId>,
    pub cloud: Cloud,
    pub scopes: ScopeMode,
}

/// The three links an admin can use, each with the reason it could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentLinks {
    /// `/{tenant}/v2.0/adminconsent` — the recommended one.
    pub v2: Result<String, ConsentUrlError>,
    /// `/{tenant}/adminconsent` — static permissions of the registration, every API at once.
    pub v1: Result<String, ConsentUrlError>,
    /// A sign-in with `prompt=consent`, where the admin ticks "Consent on behalf of your
    /// organization" (Method 2).
    pub sign_in: Result<String, ConsentUrlError>,
    /// Things the admin should know about these links.
    pub notes: Vec<String>,
}

/// The sign-in host for a request: the profile's emulator in development, else the cloud's.
fn login_host(profile: &Profile, cloud: Cloud) -> &str {
    profile
        .emulator_authority
        .as_deref()
        .unwrap_or(cloud.login_host())
}

pub fn consent_links(profile: &Profile, request: &Request) -> ConsentLinks {
    let mut notes = Vec::new();
    if !profile.is_known_client(request.client) {
        let refused = Err(ConsentUrlError::UnknownClient(request.client));
        return ConsentLinks {
            v2: refused.clone(),
            v1: refused.clone(),
            sign_in: refused,
            notes,
        };
    }
    let tenant = match consent_tenant(request.tenant.as_ref()) {
        Ok(t) => t,
        Err(e) => {
            return ConsentLinks {
                v2: Err(e.clone()),
                v1: Err(e.clone()),
                sign_in: Err(e),
                notes,
            }
        }
    };
    if matches!(request.tenant, None | Some(TenantId::Organizations)) {
        notes.push("Without a tenant the links use `organizations`: consent goes to the home organization of the admin who signs in.".into());
    }
    let host = login_host(profile, request.cloud);
    let client = request.client;
    let redirect = encode(&profile.app.redirect_uri);
    let resources = profile.resources();
    let v2_scope = match request.scopes {
        ScopeMode::Default => {
            if resources.len() > 1 {
                notes.push(format!(
                    "The app uses {} APIs; one v2 request can ask for `.default` of only one ({}). The v1 link covers all of them.",
                    resources.len(),
                    crate::profile::resource_display_name(resources[0])
                ));
            }
            let resource = resources
                .first()
                .copied()
                .unwrap_or("https://graph.microsoft.com");
            format!("{}/.default", graph_for_cloud(resource, request.cloud))
        }
        ScopeMode::Explicit => {
            if !profile.application_permissions.is_empty() {
                notes.push("Application permissions can only be granted with `.default` (or the v1 link); the explicit list covers the delegated permissions.".into());
            }
            let scopes: Vec<String> = profile
                .delegated_permissions
                .iter()
                .map(|p| explicit_scope(p, request.cloud))
                .collect();
            scopes.join(" ")
        }
    };
    let delegated: Vec<String> = profile
        .delegated_permissions
        .iter()
        .map(|p| explicit_scope(p, request.cloud))
        .collect();
    ConsentLinks {
        v2: Ok(format!("{host}/{tenant}/v2.0/adminconsent?client_id={client}&scope={}&redirect_uri={redirect}", encode(&v2_scope))),
        v1: Ok(format!("{host}/{tenant}/adminconsent?client_id={client}&redirect_uri={redirect}")),
        sign_in: Ok(format!(
            "{host}/{tenant}/oauth2/v2.0/authorize?client_id={client}&response_type=code&redirect_uri={redirect}&response_mode=fragment&scope={}&prompt=consent",
            encode(&delegated.join(" "))
        )),
        notes,
    }
}

/// Graph's App ID URI differs per national cloud; other resources are left as they are.
fn graph_for_cloud(resource: &str, cloud: Cloud) -> String {
    if resource.trim_end_matches('/') == "https://graph.microsoft.com" {
        cloud.graph_host().to_string()
    } else {
        resource.trim_end_matches('/').to_string()
    }
}

fn explicit_scope(p: &Permission, cloud: Cloud) -> String {
    if p.is_oidc() {
        p.name.to_string()
    } else {
        format!("{}/{}", graph_for_cloud(&p.resource, cloud), p.name.name())
    }
}

/// The application ID of a resource, for looking up its service principal.
pub fn resource_app_id(resource: &str) -> Option<String> {
    let r = resource.trim_end_matches('/').to_ascii_lowercase();
    let graph = [
        "https://graph.microsoft.com",
        "https://graph.microsoft.us",
        "https://dod-graph.microsoft.us",
        "https://microsoftgraph.chinacloudapi.cn",
        GRAPH_APP_ID,
    ];
    let exchange = [
        "https://outlook.office365.com",
        "https://outlook.office.com",
        EXCHANGE_APP_ID,
    ];
    if graph.contains(&r.as_str()) {
        Some(GRAPH_APP_ID.to_string())
    } else if exchange.contains(&r.as_str()) {
        Some(EXCHANGE_APP_ID.to_string())
    } else {
        Guid::parse(&r).map(|g| g.to_string())
    }
}

/// A command an admin can paste, and what it does in one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Command {
    pub tool: &'static str,
    pub what: String,
    pub text: String,
}

/// Delegated scopes grouped by resource app ID, in profile order (OpenID scopes belong to
/// Microsoft Graph's service principal).
fn grants(profile: &Profile) -> Vec<(String, String, Vec<String>)> {
    let mut out: Vec<(String, String, Vec<String>)> = Vec::new();
    for p in &profile.delegated_permissions {
        let (app_id, name) = if p.is_oidc() {
            (GRAPH_APP_ID.to_string(), "Microsoft Graph".to_string())
        } else {
            match resource_app_id(&p.resource) {
                Some(id) => (id, p.resource_name().to_string()),
                None => continue,
            }
        };
        match out.iter_mut().find(|(id, _, _)| *id == app_id) {
            Some((_, _, scopes)) => scopes.push(p.name.name().to_string()),
            None => out.push((app_id, name, vec![p.name.name().to_string()])),
        }
    }
    out
}

fn mg_environment(cloud: Cloud) -> &'static str {
    match cloud {
        Cloud::Global => "",
        Cloud::UsGov => " -Environment USGov",
        Cloud::UsGovDod => " -Environment USGovDoD",
        Cloud::China => " -Environment China",
    }
}

fn az_cloud(cloud: Cloud) -> Option<&'static str> {
    match cloud {
        Cloud::Global => None,
        Cloud::UsGov | Cloud::UsGovDod => Some("AzureUSGovernment"),
        Cloud::China => Some("AzureChinaCloud"),
    }
}

/// The command equivalents of granting tenant-wide consent to the profile's app.
pub fn commands(profile: &Profile, cloud: Cloud) -> Vec<Command> {
    let app = profile.app.client_id;
    let product = &profile.product_name;
    let graph = cloud.graph_host();
    let grants = grants(profile);
    let app_roles: Vec<&Permission> = profile
        .application_permissions
        .iter()
        .filter(|p| resource_app_id(&p.resource).as_deref() == Some(GRAPH_APP_ID))
        .collect();
    let mut out = Vec::new();

    // Microsoft Graph PowerShell.
    let mut ps = format!(
        "Connect-MgGraph{} -Scopes \"Application.ReadWrite.All\",\"DelegatedPermissionGrant.ReadWrite.All\"{}\n\
         # {product}'s enterprise application: create it if nobody has consented yet.\n\
         $client = Get-MgServicePrincipal -Filter \"appId eq '{app}'\"\n\
         if (-not $client) {{ $client = New-MgServicePrincipal -AppId '{app}' }}\n",
        mg_environment(cloud),
        if app_roles.is_empty() { "" } else { ",\"AppRoleAssignment.ReadWrite.All\"" }
    );
    for (i, (app_id, name, scopes)) in grants.iter().enumerate() {
        ps.push_str(&format!(
            "# {name}: delegated permissions for all users (consentType AllPrincipals).\n\
             $resource{i} = Get-MgServicePrincipal -Filter \"appId eq '{app_id}'\"\n\
             New-MgOauth2PermissionGrant -BodyParameter @{{ ClientId = $client.Id; ConsentType = \"AllPrincipals\"; ResourceId = $resource{i}.Id; Scope = \"{}\" }}\n",
            scopes.join(" ")
        ));
    }
    if !app_roles.is_empty() {
        ps.push_str(&format!(
            "$graph = Get-MgServicePrincipal -Filter \"appId eq '{GRAPH_APP_ID}'\"\n"
        ));
        for p in &app_roles {
            ps.push_str(&format!(
                "# Application permission {0} (app-only).\n\
                 $role = $graph.AppRoles | Where-Object {{ $_.Value -eq '{0}' -and $_.AllowedMemberTypes -contains 'Application' }}\n\
                 New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $client.Id -BodyParameter @{{ PrincipalId = $client.Id; ResourceId = $graph.Id; AppRoleId = $role.Id }}\n",
                p.name.name()
            ));
        }
    }
    ps.push_str("# Check: the grants now in place.\nGet-MgOauth2PermissionGrant -Filter \"clientId eq '$($client.Id)' and consentType eq 'AllPrincipals'\"");
    out.push(Command {
        tool: "Microsoft Graph PowerShell",
        what: format!("Creates {product}'s enterprise application if needed and grants its permissions for everyone, like \"Grant admin consent\" in the portal."),
        text: ps,
    });

    // Azure CLI with `az rest` for the grants.
    let mut cli = String::new();
    if let Some(name) = az_cloud(cloud) {
        cli.push_str(&format!("az cloud set --name {name}\n"));
    }
    cli.push_str(&format!(
        "az login --allow-no-subscriptions\n\
         az ad sp create --id {app}   # adds {product} to your tenant (fails harmlessly if it exists)\n\
         CLIENT=$(az ad sp show --id {app} --query id -o tsv)\n"
    ));
    for (i, (app_id, _, scopes)) in grants.iter().enumerate() {
        cli.push_str(&format!(
            "RESOURCE{i}=$(az ad sp show --id {app_id} --query id -o tsv)\n\
             az rest --method POST --uri {graph}/v1.0/oauth2PermissionGrants --body \"{{\\\"clientId\\\":\\\"$CLIENT\\\",\\\"consentType\\\":\\\"AllPrincipals\\\",\\\"resourceId\\\":\\\"$RESOURCE{i}\\\",\\\"scope\\\":\\\"{}\\\"}}\"\n",
            scopes.join(" ")
        ));
    }
    if !app_roles.is_empty() {
        cli.push_str(&format!(
            "GRAPH=$(az ad sp show --id {GRAPH_APP_ID} --query id -o tsv)\n"
        ));
        for p in &app_roles {
            let role = p.name.name();
            cli.push_str(&format!(
                "ROLE=$(az ad sp show --id {GRAPH_APP_ID} --query \"appRoles[?value=='{role}'].id\" -o tsv)\n\
                 az rest --method POST --uri {graph}/v1.0/servicePrincipals/$CLIENT/appRoleAssignments --body \"{{\\\"principalId\\\":\\\"$CLIENT\\\",\\\"resourceId\\\":\\\"$GRAPH\\\",\\\"appRoleId\\\":\\\"$ROLE\\\"}}\"\n"
            ));
        }
    }
    out.push(Command {
        tool: "Azure CLI",
        what: "The same with az: create the service principal, then post the grants through Microsoft Graph.".into(),
        text: cli.trim_end().to_string(),
    });

    // Raw Microsoft Graph requests.
    let mut raw = format!(
        "POST {graph}/v1.0/servicePrincipals\n{{ \"appId\": \"{app}\" }}\n\n\
         # Then, with {{client-sp-id}} = the id returned above and {{resource-sp-id}} from\n\
         # GET {graph}/v1.0/servicePrincipals(appId='<resource app id>'):\n"
    );
    for (app_id, name, scopes) in &grants {
        raw.push_str(&format!(
            "\n# {name} ({app_id})\nPOST {graph}/v1.0/oauth2PermissionGrants\n{{ \"clientId\": \"{{client-sp-id}}\", \"consentType\": \"AllPrincipals\", \"resourceId\": \"{{resource-sp-id}}\", \"scope\": \"{}\" }}\n",
            scopes.join(" ")
        ));
    }
    for p in &app_roles {
        raw.push_str(&format!(
            "\n# Application permission {}\nPOST {graph}/v1.0/servicePrincipals/{{client-sp-id}}/appRoleAssignments\n{{ \"principalId\": \"{{client-sp-id}}\", \"resourceId\": \"{{graph-sp-id}}\", \"appRoleId\": \"{{app-role-id of {}}}\" }}\n",
            p.name.name(),
            p.name.name()
        ));
    }
    out.push(Command {
        tool: "Microsoft Graph (HTTP)",
        what: "The raw requests, for a change process or an automation tool. clientId and resourceId are service principal object IDs, not app IDs.".into(),
        text: raw.trim_end().to_string(),
    });
    out
}

/// Exchange Online: limit app-only mailbox access to one mail-enabled security group
/// (learn.microsoft.com/graph/auth-limit-mailbox-access), then test it for one user.
pub fn application_access_policy(profile: &Profile, group: &str, user: &str) -> Command {
    let app = profile.app.client_id;
    let group = if group.trim().is_empty() {
        "<mail-enabled security group e-mail>"
    } else {
        group.trim()
    };
    let user = if user.trim().is_empty() {
        "<user e-mail>"
    } else {
        user.trim()
    };
    let clean = |s: &str| s.replace(['"', '`', '$', '\n', '\r'], "");
    Command {
        tool: "Exchange Online PowerShell",
        what: format!("Restricts {}'s application permissions to the members of one group, then checks a mailbox.", profile.product_name),
        text: format!(
            "Connect-ExchangeOnline\n\
             New-ApplicationAccessPolicy -AppId {app} -PolicyScopeGroupId \"{}\" -AccessRight RestrictAccess -Description \"Restrict {} to this group\"\n\
             Test-ApplicationAccessPolicy -Identity \"{}\" -AppId {app}",
            clean(group),
            clean(&profile.product_name),
            clean(user)
        ),
    }
}

/// Where tenant discovery asks for a domain's OpenID metadata.
pub fn discovery_url(profile: &Profile, cloud: Cloud, domain: &TenantId) -> String {
    format!(
        "{}/{}/v2.0/.well-known/openid-configuration",
        login_host(profile, cloud),
        encode(&domain.to_string())
    )
}

/// What tenant discovery found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Discovery {
    Found {
        tenant_id: Guid,
        cloud_instance: Option<String>,
        region: Option<String>,
    },
    /// The domain is not a Microsoft Entra tenant in this cloud (AADSTS90002).
    NotFound(String),
    /// The tenant lives in a different cloud than the one asked.
    OtherCloud(String),
    /// An answer that is not OpenID metadata.
    Unreadable(String),
}

impl Discovery {
    pub fn explain(&self) -> String {
        match self {
            Discovery::Found { tenant_id, cloud_instance, region } => format!(
                "Tenant ID {tenant_id}{}{}.",
                cloud_instance.as_ref().map(|c| format!(", cloud {c}")).unwrap_or_default(),
                region.as_ref().map(|r| format!(", region {r}")).unwrap_or_default()
            ),
            Discovery::NotFound(domain) => format!("{domain} is not known to Microsoft Entra in this cloud. Check the spelling, or use a verified domain of your organization (for example yourcompany.onmicrosoft.com)."),
            Discovery::OtherCloud(host) => format!("This organization signs in at {host}, a different Microsoft cloud. Choose that cloud and look it up again."),
            Discovery::Unreadable(why) => format!("The answer could not be read: {why}."),
        }
    }
}

/// Reads a discovery answer (an OpenID configuration document,
/// learn.microsoft.com/entra/identity-platform/v2-protocols-oidc, or the error Microsoft sends
/// for an unknown tenant). `asked_host` is the sign-in host the request went to.
pub fn parse_discovery(status: u16, body: &str, domain: &str, asked_host: &str) -> Discovery {
    let Ok(config) = serde_json::from_str::<Map<String, Value>>(body) else {
        return Discovery::Unreadable(format!("HTTP {status} without a JSON object"));
    };
    let text = |key: &str| config.get(key).and_then(Value::as_str);
    if config.contains_key("error") {
        let intake = crate::intake::Intake::from_text(body);
        return match intake.primary_code().map(|c| c.number()) {
            Some(90038) => Discovery::OtherCloud("another Microsoft cloud".into()),
            _ => Discovery::NotFound(domain.to_string()),
        };
    }
    let Some(issuer) = text("issuer") else {
        return Discovery::Unreadable("no issuer in the metadata".into());
    };
    let issuer_host = issuer
        .match_indices('/')
        .nth(2)
        .map_or(issuer, |(i, _)| &issuer[..i]);
    let asked = asked_host.trim_end_matches('/');
    if issuer_host != asked && !(asked.contains("127.0.0.1") || asked.contains("localhost")) {
        return Discovery::OtherCloud(issuer_host.to_string());
    }
    let tenant_id = issuer
        .split('/')
        .find_map(Guid::parse)
        .or_else(|| text("token_endpoint").and_then(|t| t.split('/').find_map(Guid::parse)));
    match tenant_id {
        Some(tenant_id) => Discovery::Found {
            tenant_id,
            cloud_instance: text("cloud_instance_name").map(str::to_string),
            region: text("tenant_region_scope").map(str::to_string),
        },
        None => Discovery::Unreadable("the issuer names no tenant ID".into()),
    }
}

#[cfg(test)]
mod tests;
