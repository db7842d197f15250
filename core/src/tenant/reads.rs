//! The Graph reads behind each snapshot key: the request, the least-privileged delegated
//! permission Microsoft's API reference lists for it, and the admin roles that may read it.
//! The live check, both scripts and the `read-denied` finding use this one table; every
//! request is a GET (https://learn.microsoft.com/graph/api/overview).

use crate::cloud::Cloud;
use crate::profile::Profile;
use crate::urls::encode;

/// One key of the snapshot and the read that fills it.
#[derive(Clone, Copy, Debug)]
pub struct ReadSpec {
    pub key: &'static str,
    /// What it is, in the admin center's words.
    pub what: &'static str,
    pub permission: &'static str,
    pub role: &'static str,
    /// Part of every check (the `user` read is optional).
    pub required: bool,
    /// Only possible once the app's enterprise application is known.
    pub needs_app: bool,
}

pub const READS: [ReadSpec; 10] = [
    ReadSpec {
        key: "servicePrincipal",
        what: "the app's enterprise application",
        permission: "Application.Read.All",
        role: "Global Reader, Directory Readers or Cloud Application Administrator",
        required: true,
        needs_app: false,
    },
    ReadSpec {
        key: "oauth2PermissionGrants",
        what: "the app's delegated permission grants",
        permission: "Directory.Read.All",
        role: "Global Reader, Directory Readers or Cloud Application Administrator",
        required: true,
        needs_app: true,
    },
    ReadSpec {
        key: "appRoleAssignments",
        what: "the app's application permissions",
        permission: "Application.Read.All",
        role: "Global Reader or Cloud Application Administrator",
        required: true,
        needs_app: true,
    },
    ReadSpec {
        key: "resourceServicePrincipals",
        what: "the APIs the app calls (their permissions and classifications)",
        permission: "Application.Read.All",
        role: "Global Reader or Cloud Application Administrator",
        required: true,
        needs_app: false,
    },
    ReadSpec {
        key: "authorizationPolicy",
        what: "the user consent setting",
        permission: "Policy.Read.All",
        role: "Global Reader or Security Reader",
        required: true,
        needs_app: false,
    },
    ReadSpec {
        key: "adminConsentRequestPolicy",
        what: "the admin consent workflow setting",
        permission: "Policy.Read.All",
        role: "Global Reader or Cloud Application Administrator",
        required: true,
        needs_app: false,
    },
    ReadSpec {
        key: "permissionGrantPolicies",
        what: "the app consent policies assigned to users",
        permission: "Policy.Read.PermissionGrant",
        role: "Global Reader or Cloud Application Administrator",
        required: false,
        needs_app: false,
    },
    ReadSpec {
        key: "appConsentRequests",
        what: "the admin consent requests for the app",
        permission: "ConsentRequest.Read.All",
        role: "Global Reader or Cloud Application Administrator",
        required: true,
        needs_app: false,
    },
    ReadSpec {
        key: "conditionalAccessPolicies",
        what: "the Conditional Access policies",
        permission: "Policy.Read.All",
        role: "Global Reader, Security Reader or Conditional Access Administrator",
        required: true,
        needs_app: false,
    },
    ReadSpec {
        key: "user",
        what: "the named user and their assignments",
        permission: "Directory.Read.All",
        role: "Directory Readers or Global Reader",
        required: false,
        needs_app: false,
    },
];

/// The read of one key.
pub fn spec(key: &str) -> Option<&'static ReadSpec> {
    READS.iter().find(|r| r.key.eq_ignore_ascii_case(key))
}

/// The live check's scopes as an authorize or token request writes them, on this cloud's Graph.
pub fn graph_scopes(cloud: Cloud) -> Vec<String> {
    let graph = cloud.graph_host();
    scopes().iter().map(|s| format!("{graph}/{s}")).collect()
}

/// The reads of the APIs the profile's permissions belong to, each once: by app ID for
/// Microsoft's well-known APIs, by `servicePrincipalNames` for others.
pub fn resource_paths(profile: &Profile) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in profile
        .delegated_permissions
        .iter()
        .chain(&profile.application_permissions)
    {
        let request = match super::resource_app_id(&p.resource) {
            Some(app) => path::resource_by_app_id(app),
            None => path::resource_by_name(p.resource.trim_end_matches('/')),
        };
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&request)) {
            out.push(request);
        }
    }
    out
}

/// The delegated permissions the live check asks for: the union of the table, each read-only.
pub fn scopes() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for r in READS {
        if !out.contains(&r.permission) {
            out.push(r.permission);
        }
    }
    out
}

/// Request paths, relative to `{graph host}/v1.0`. OData values are quoted and every
/// piece is percent-encoded here, so an odd ID cannot change the request.
pub mod path {
    use super::encode;

    fn filter_eq(property: &str, value: &str) -> String {
        encode(&format!("{property} eq '{}'", value.replace('\'', "''")))
    }

    pub fn service_principal_by_app_id(app_id: &str) -> String {
        format!("/servicePrincipals?$filter={}", filter_eq("appId", app_id))
    }

    pub fn resource_by_app_id(app_id: &str) -> String {
        format!(
            "/servicePrincipals?$filter={}&$select=id,appId,displayName,servicePrincipalNames,oauth2PermissionScopes,appRoles",
            filter_eq("appId", app_id)
        )
    }

    pub fn resource_by_name(uri: &str) -> String {
        format!(
            "/servicePrincipals?$filter={}&$select=id,appId,displayName,servicePrincipalNames,oauth2PermissionScopes,appRoles",
            encode(&format!("servicePrincipalNames/any(n:n eq '{}')", uri.replace('\'', "''")))
        )
    }

    pub fn grants(sp_id: &str) -> String {
        format!(
            "/oauth2PermissionGrants?$filter={}",
            filter_eq("clientId", sp_id)
        )
    }

    pub fn app_role_assignments(sp_id: &str) -> String {
        format!("/servicePrincipals/{}/appRoleAssignments", encode(sp_id))
    }

    pub fn classifications(sp_id: &str) -> String {
        format!(
            "/servicePrincipals/{}/delegatedPermissionClassifications",
            encode(sp_id)
        )
    }

    pub const AUTHORIZATION_POLICY: &str = "/policies/authorizationPolicy";
    pub const ADMIN_CONSENT_REQUEST_POLICY: &str = "/policies/adminConsentRequestPolicy";
    pub const CONDITIONAL_ACCESS_POLICIES: &str = "/identity/conditionalAccess/policies";

    pub fn permission_grant_policy(id: &str) -> String {
        format!("/policies/permissionGrantPolicies/{}", encode(id))
    }

    pub fn app_consent_requests(app_id: &str) -> String {
        format!(
            "/identityGovernance/appConsent/appConsentRequests?$filter={}",
            filter_eq("appId", app_id)
        )
    }

    pub fn user_consent_requests(request_id: &str) -> String {
        format!(
            "/identityGovernance/appConsent/appConsentRequests/{}/userConsentRequests",
            encode(request_id)
        )
    }

    pub fn user(id_or_upn: &str) -> String {
        format!(
            "/users/{}?$select=id,displayName,userPrincipalName",
            encode(id_or_upn)
        )
    }

    pub fn user_assignments(id_or_upn: &str) -> String {
        format!("/users/{}/appRoleAssignments", encode(id_or_upn))
    }
}
