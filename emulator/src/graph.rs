//! The emulated directory behind the tenant-check reads: one tenant in one tenant state, as
//! Microsoft Graph v1.0 returns its objects (property names, `null`s and `@odata.context`
//! included). `graph_api.rs` serves these over HTTP; [`Directory::snapshot`] assembles the
//! same data into the tenant snapshot the read-only scripts print.
//!
//! Object IDs are derived from the tenant ID, so they are the same in every state and run.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use consent_core::Profile;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use crate::graph_catalog::{graph_scope_id, Api, EXCHANGE, GRAPH, MICROSOFT_SERVICES_TENANT};
use crate::protocol::{random_guid, stable_guid};
use crate::tenant_states::{self, Grants, TenantState, UserConsent, Workflow};
use crate::{tokens, TENANTS};

/// Every `@odata.context` starts with this.
pub const METADATA: &str = "https://graph.microsoft.com/v1.0/$metadata#";
/// The vendor's own tenant, where the demo app is registered (not an emulated customer).
const VENDOR_TENANT: &str = "9b1e6c2d-4f3a-4e8b-a5d7-3c2f1e0d9b8a";
/// The hostile text the app must show as text: it sits in a policy name an admin chose.
pub const HOSTILE_TEXT: &str = "<img src=x onerror=alert(1)>";

const SELF: &str = "ManagePermissionGrantsForSelf.";
const OWNED_RESOURCE: [&str; 2] = [
    "ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team",
    "ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-chat",
];
pub const LEGACY: &str = "microsoft-user-default-legacy";
pub const LOW: &str = "microsoft-user-default-low";
pub const RECOMMENDED: &str = "microsoft-user-default-recommended";
pub const ALLOW_CONSENT_APPS: &str = "microsoft-user-default-allow-consent-apps";

/// Emulated stand-in for the delegated Graph permissions Microsoft's managed policy
/// (`microsoft-user-default-recommended`) keeps from users. Microsoft maintains the real list
/// and does not publish it as policy data; these are the ones it has announced.
pub const MANAGED_EXCLUSIONS: [&str; 9] = [
    "Mail.Read",
    "Mail.ReadWrite",
    "Mail.ReadBasic",
    "Calendars.Read",
    "Calendars.ReadWrite",
    "Files.Read.All",
    "Files.ReadWrite.All",
    "Sites.Read.All",
    "Sites.ReadWrite.All",
];

/// Emulated stand-in for the mail clients `microsoft-user-default-allow-consent-apps` names:
/// placeholder IDs, none of them the demo app.
const APPROVED_MAIL_CLIENTS: [&str; 2] = [
    "e0000000-0000-4000-8000-0000000000a1",
    "e0000000-0000-4000-8000-0000000000a2",
];

/// The people of every emulated tenant: mail nickname, display name, given name, surname.
const PEOPLE: [(&str, &str, &str, &str); 4] = [
    ("megan", "Megan Bowen", "Megan", "Bowen"),
    ("adele", "Adele Vance", "Adele", "Vance"),
    ("alexw", "Alex Wilber", "Alex", "Wilber"),
    ("patti", "Patti Fernandez", "Patti", "Fernandez"),
];

/// A failed read, in Graph's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GraphError {
    pub status: u16,
    pub code: &'static str,
    pub message: String,
}

impl GraphError {
    pub fn new(status: u16, code: &'static str, message: impl Into<String>) -> GraphError {
        GraphError {
            status,
            code,
            message: message.into(),
        }
    }

    pub fn denied() -> GraphError {
        GraphError::new(
            403,
            "Authorization_RequestDenied",
            "Insufficient privileges to complete the operation.",
        )
    }

    pub fn not_found(id: &str) -> GraphError {
        GraphError::new(404, "Request_ResourceNotFound", format!("Resource '{id}' does not exist or one of its queried reference-property objects are not present."))
    }

    /// Graph's error body: `{"error": {"code", "message", "innerError": {...}}}`.
    pub fn body(&self, request_id: &str, client_request_id: &str) -> Value {
        json!({
            "error": {
                "code": self.code,
                "message": self.message,
                "innerError": {
                    "date": graph_date(crate::protocol::now_seconds()),
                    "request-id": request_id,
                    "client-request-id": client_request_id,
                }
            }
        })
    }
}

/// `2026-11-22T01:02:03`, the layout of `innerError.date`.
fn graph_date(seconds: i64) -> String {
    crate::protocol::timestamp(seconds)
        .replace(' ', "T")
        .trim_end_matches('Z')
        .to_string()
}

/// A collection response: `@odata.context` and `value`.
pub fn collection(context: &str, items: Vec<Value>) -> Value {
    json!({ "@odata.context": format!("{METADATA}{context}"), "value": items })
}

/// A single entity with its `@odata.context` first.
fn entity(context: &str, fields: Value) -> Value {
    let mut out = Map::new();
    out.insert(
        "@odata.context".into(),
        Value::String(format!("{METADATA}{context}")),
    );
    if let Value::Object(fields) = fields {
        out.extend(fields);
    }
    Value::Object(out)
}

/// One emulated tenant in one state, as Graph shows it to the tenant-check app.
pub struct Directory<'a> {
    pub state: &'static TenantState,
    pub tenant_id: &'a str,
    pub profile: &'a Profile,
}

struct Person {
    id: String,
    upn: String,
    display_name: &'static str,
    given_name: &'static str,
    surname: &'static str,
}

impl Directory<'_> {
    fn guid(&self, what: &str) -> String {
        stable_guid(&format!("{}/{what}", self.tenant_id))
    }

    /// An ID in the style of grant and assignment IDs (43 characters of base64url).
    fn opaque_id(&self, what: &str) -> String {
        URL_SAFE_NO_PAD.encode(Sha256::digest(format!("{}/{what}", self.tenant_id)))
    }

    fn domain(&self) -> &'static str {
        TENANTS
            .iter()
            .find(|(id, _, _)| *id == self.tenant_id)
            .map_or("contoso.example", |(_, d, _)| d[0])
    }

    fn app_id(&self) -> String {
        self.profile.app.client_id.to_string()
    }

    pub fn app_sp_id(&self) -> String {
        self.guid("servicePrincipal/app")
    }

    pub fn api_sp_id(&self, api: &Api) -> String {
        self.guid(&format!("servicePrincipal/{}", api.app_id))
    }

    fn people(&self) -> Vec<Person> {
        let admin = &tenant_states::ADMIN;
        let mut people: Vec<Person> = PEOPLE
            .iter()
            .map(|(nick, display_name, given_name, surname)| Person {
                id: self.guid(&format!("user/{nick}")),
                upn: format!("{nick}@{}", self.domain()),
                display_name,
                given_name,
                surname,
            })
            .collect();
        // The tenant-check admin is the user its tokens name.
        people.push(Person {
            id: stable_guid(admin.id),
            upn: tokens::user_name(admin, self.tenant_id),
            display_name: admin.display_name,
            given_name: "Allan",
            surname: "Deyoung",
        });
        people
    }

    fn person(&self, key: &str) -> Option<Person> {
        self.people()
            .into_iter()
            .find(|p| p.id.eq_ignore_ascii_case(key) || p.upn.eq_ignore_ascii_case(key))
    }

    fn person_ref(&self, nick: &str) -> Value {
        let p = self.person(&format!("{nick}@{}", self.domain()));
        p.map_or(
            Value::Null,
            |p| json!({ "id": p.id, "displayName": p.display_name, "userPrincipalName": p.upn }),
        )
    }

    // ---- service principals -------------------------------------------------------------

    fn sp_skeleton(&self, id: String, app_id: &str, name: &str) -> Map<String, Value> {
        let fields = json!({
            "id": id,
            "deletedDateTime": null,
            "accountEnabled": true,
            "alternativeNames": [],
            "appDisplayName": name,
            "appDescription": null,
            "appId": app_id,
            "applicationTemplateId": null,
            "appOwnerOrganizationId": MICROSOFT_SERVICES_TENANT,
            "appRoleAssignmentRequired": false,
            "createdDateTime": "2024-05-13T07:21:40Z",
            "description": null,
            "disabledByMicrosoftStatus": null,
            "displayName": name,
            "homepage": null,
            "loginUrl": null,
            "logoutUrl": null,
            "notes": null,
            "notificationEmailAddresses": [],
            "preferredSingleSignOnMode": null,
            "preferredTokenSigningKeyThumbprint": null,
            "publisherName": "Microsoft Services",
            "replyUrls": [],
            "servicePrincipalNames": [app_id],
            "servicePrincipalType": "Application",
            "signInAudience": "AzureADMultipleOrgs",
            "tags": [],
            "tokenEncryptionKeyId": null,
            "samlSingleSignOnSettings": null,
            "addIns": [],
            "appRoles": [],
            "info": {
                "logoUrl": null,
                "marketingUrl": null,
                "privacyStatementUrl": null,
                "supportUrl": null,
                "termsOfServiceUrl": null
            },
            "keyCredentials": [],
            "oauth2PermissionScopes": [],
            "passwordCredentials": [],
            "resourceSpecificApplicationPermissions": [],
            "verifiedPublisher": { "displayName": null, "verifiedPublisherId": null, "addedDateTime": null }
        });
        match fields {
            Value::Object(map) => map,
            _ => Map::new(),
        }
    }

    /// The demo app's enterprise application, unless this state has none.
    pub fn app_service_principal(&self) -> Option<Value> {
        let s = &self.state.switches;
        if !s.service_principal {
            return None;
        }
        let app = &self.profile.app;
        let app_id = self.app_id();
        let mut sp = self.sp_skeleton(self.app_sp_id(), &app_id, &self.profile.product_name);
        sp.insert("accountEnabled".into(), s.account_enabled.into());
        sp.insert(
            "appRoleAssignmentRequired".into(),
            s.assignment_required.into(),
        );
        sp.insert("appOwnerOrganizationId".into(), VENDOR_TENANT.into());
        sp.insert("createdDateTime".into(), "2025-09-16T08:41:27Z".into());
        sp.insert("publisherName".into(), app.publisher.clone().into());
        sp.insert("replyUrls".into(), json!([app.redirect_uri]));
        sp.insert(
            "tags".into(),
            json!(["WindowsAzureActiveDirectoryIntegratedApp"]),
        );
        sp.insert(
            "info".into(),
            json!({
                "logoUrl": null,
                "marketingUrl": null,
                "privacyStatementUrl": null,
                "supportUrl": self.profile.support.url,
                "termsOfServiceUrl": null
            }),
        );
        if app.publisher_verified {
            sp.insert("verifiedPublisher".into(), json!({ "displayName": app.publisher, "verifiedPublisherId": "6432871", "addedDateTime": "2025-01-08T10:15:00Z" }));
        }
        Some(Value::Object(sp))
    }

    /// An API's service principal (Microsoft Graph or Exchange Online); every tenant has both.
    pub fn api_service_principal(&self, api: &Api) -> Value {
        let mut sp = self.sp_skeleton(self.api_sp_id(api), api.app_id, api.display_name);
        sp.insert(
            "servicePrincipalNames".into(),
            json!(api.service_principal_names),
        );
        let scopes: Vec<Value> = api
            .scopes
            .iter()
            .map(|s| {
                json!({
                    "adminConsentDescription": s.admin_description,
                    "adminConsentDisplayName": s.admin_name,
                    "id": s.id,
                    "isEnabled": true,
                    "type": if s.admin { "Admin" } else { "User" },
                    "userConsentDescription": s.user_description,
                    "userConsentDisplayName": s.user_name,
                    "value": s.value,
                })
            })
            .collect();
        let roles: Vec<Value> = api
            .roles
            .iter()
            .map(|r| {
                json!({
                    "allowedMemberTypes": ["Application"],
                    "description": r.description,
                    "displayName": r.display_name,
                    "id": r.id,
                    "isEnabled": true,
                    "origin": "Application",
                    "value": r.value,
                })
            })
            .collect();
        sp.insert("oauth2PermissionScopes".into(), Value::Array(scopes));
        sp.insert("appRoles".into(), Value::Array(roles));
        Value::Object(sp)
    }

    /// Every service principal in the tenant.
    pub fn service_principals(&self) -> Vec<Value> {
        let mut all: Vec<Value> = self.app_service_principal().into_iter().collect();
        all.extend([&GRAPH, &EXCHANGE].map(|api| self.api_service_principal(api)));
        all
    }

    /// The service principal with this object ID.
    pub fn service_principal(&self, id: &str) -> Result<Value, GraphError> {
        self.service_principals()
            .into_iter()
            .find(|sp| {
                sp["id"]
                    .as_str()
                    .is_some_and(|s| s.eq_ignore_ascii_case(id))
            })
            .ok_or_else(|| GraphError::not_found(id))
    }

    /// The API a profile resource names, for `resourceServicePrincipals`.
    fn profile_apis(&self) -> Vec<&'static Api> {
        let mut apis: Vec<&'static Api> = Vec::new();
        for resource in self.profile.resources() {
            if let Some(api) = Api::named(resource) {
                if !apis.iter().any(|a| a.app_id == api.app_id) {
                    apis.push(api);
                }
            }
        }
        apis
    }

    // ---- grants and assignments ---------------------------------------------------------

    /// The Graph permissions the app asks for, OpenID scopes first, as a grant's `scope`.
    fn graph_scope_names(&self) -> Vec<&str> {
        self.profile
            .delegated_permissions
            .iter()
            .filter(|p| {
                p.is_oidc() || Api::named(&p.resource).is_some_and(|a| a.app_id == GRAPH.app_id)
            })
            .map(|p| p.name.name())
            .collect()
    }

    /// Every delegated permission grant in the tenant (all of them are the demo app's).
    pub fn grants(&self) -> Vec<Value> {
        let s = &self.state.switches;
        if !s.service_principal {
            return Vec::new();
        }
        let names = self.graph_scope_names();
        let grant = |n: usize, consent: &str, principal: Value, scope: String| {
            json!({
                "clientId": self.app_sp_id(),
                "consentType": consent,
                "id": self.opaque_id(&format!("grant/{n}")),
                "principalId": principal,
                "resourceId": self.api_sp_id(&GRAPH),
                "scope": scope,
            })
        };
        match s.grants {
            Grants::None => Vec::new(),
            Grants::TenantWide => vec![grant(0, "AllPrincipals", Value::Null, names.join(" "))],
            Grants::TenantWideStale => {
                // An older version of the app: its two newest permissions are missing.
                let oidc = names.iter().filter(|n| is_oidc(n)).count();
                let keep = oidc + names.len().saturating_sub(oidc + 2).max(1);
                let scope = names[..keep.min(names.len())].join(" ");
                vec![grant(0, "AllPrincipals", Value::Null, scope)]
            }
            Grants::PerUser => ["megan", "adele", "alexw"]
                .iter()
                .enumerate()
                .map(|(n, nick)| {
                    let id = self.guid(&format!("user/{nick}"));
                    grant(n, "Principal", Value::String(id), names.join(" "))
                })
                .collect(),
        }
    }

    fn app_role_assignment(
        &self,
        n: &str,
        role: &str,
        principal: (&str, &str, &str),
        resource: (&str, &str),
    ) -> Value {
        json!({
            "id": self.opaque_id(&format!("appRoleAssignment/{n}")),
            "deletedDateTime": null,
            "appRoleId": role,
            "createdDateTime": "2025-09-16T09:02:11.4417311Z",
            "principalDisplayName": principal.1,
            "principalId": principal.0,
            "principalType": principal.2,
            "resourceDisplayName": resource.1,
            "resourceId": resource.0,
        })
    }

    /// The app roles assigned to a service principal (`/servicePrincipals/{id}/appRoleAssignments`).
    pub fn sp_app_role_assignments(&self, sp_id: &str) -> Result<Vec<Value>, GraphError> {
        self.service_principal(sp_id)?;
        if !sp_id.eq_ignore_ascii_case(&self.app_sp_id())
            || !self.state.switches.app_role_assignment
        {
            return Ok(Vec::new());
        }
        let app_sp = self.app_sp_id();
        let assignments = self
            .profile
            .application_permissions
            .iter()
            .filter_map(|p| {
                let api = Api::named(&p.resource)?;
                let role = api.role(p.name.name())?;
                let resource_id = self.api_sp_id(api);
                Some(self.app_role_assignment(
                    &format!("app/{}", role.id),
                    role.id,
                    (&app_sp, &self.profile.product_name, "ServicePrincipal"),
                    (&resource_id, api.display_name),
                ))
            })
            .collect();
        Ok(assignments)
    }

    /// `/servicePrincipals/{id}/delegatedPermissionClassifications`.
    pub fn classifications(&self, sp_id: &str) -> Result<Vec<Value>, GraphError> {
        self.service_principal(sp_id)?;
        if !sp_id.eq_ignore_ascii_case(&self.api_sp_id(&GRAPH))
            || !self.state.switches.low_classifications
        {
            return Ok(Vec::new());
        }
        Ok(["openid", "profile", "offline_access", "User.Read"]
            .iter()
            .map(|name| {
                let id = graph_scope_id(name);
                json!({
                    "id": self.guid(&format!("classification/{id}")),
                    "permissionId": id,
                    "permissionName": name,
                    "classification": "low",
                })
            })
            .collect())
    }

    // ---- users --------------------------------------------------------------------------

    /// `/users/{id | userPrincipalName}`.
    pub fn user(&self, key: &str) -> Result<Value, GraphError> {
        let p = self.person(key).ok_or_else(|| GraphError::not_found(key))?;
        Ok(entity(
            "users/$entity",
            json!({
                "businessPhones": [],
                "displayName": p.display_name,
                "givenName": p.given_name,
                "jobTitle": null,
                "mail": p.upn,
                "mobilePhone": null,
                "officeLocation": null,
                "preferredLanguage": "en-US",
                "surname": p.surname,
                "userPrincipalName": p.upn,
                "id": p.id,
            }),
        ))
    }

    /// `/users/{id | userPrincipalName}/appRoleAssignments`: Adele is assigned to the app
    /// wherever it exists; nobody else is.
    pub fn user_app_role_assignments(&self, key: &str) -> Result<Vec<Value>, GraphError> {
        let p = self.person(key).ok_or_else(|| GraphError::not_found(key))?;
        if !p.upn.starts_with("adele@") || !self.state.switches.service_principal {
            return Ok(Vec::new());
        }
        let app_sp = self.app_sp_id();
        Ok(vec![self.app_role_assignment(
            "user/adele",
            "00000000-0000-0000-0000-000000000000",
            (&p.id, p.display_name, "User"),
            (&app_sp, &self.profile.product_name),
        )])
    }

    // ---- policies -----------------------------------------------------------------------

    pub fn authorization_policy(&self) -> Value {
        let mut assigned: Vec<String> = match self.state.switches.user_consent {
            UserConsent::Off => vec![],
            UserConsent::Legacy => vec![format!("{SELF}{LEGACY}")],
            UserConsent::LowImpact => vec![format!("{SELF}{LOW}")],
            UserConsent::MicrosoftManaged => vec![
                format!("{SELF}{RECOMMENDED}"),
                format!("{SELF}{ALLOW_CONSENT_APPS}"),
            ],
        };
        assigned.extend(OWNED_RESOURCE.map(String::from));
        entity(
            "policies/authorizationPolicy/$entity",
            json!({
                "id": "authorizationPolicy",
                "allowInvitesFrom": "everyone",
                "allowedToSignUpEmailBasedSubscriptions": true,
                "allowedToUseSSPR": true,
                "allowEmailVerifiedUsersToJoinOrganization": false,
                "allowUserConsentForRiskyApps": null,
                "blockMsolPowerShell": false,
                "description": "Used to manage authorization related settings across the company.",
                "displayName": "Authorization Policy",
                "guestUserRoleId": "10dae51f-b6af-4016-8d66-8c2a99b929b3",
                "defaultUserRolePermissions": {
                    "allowedToCreateApps": true,
                    "allowedToCreateSecurityGroups": true,
                    "allowedToCreateTenants": true,
                    "allowedToReadBitlockerKeysForOwnedDevice": true,
                    "allowedToReadOtherUsers": true,
                    "permissionGrantPoliciesAssigned": assigned,
                }
            }),
        )
    }

    /// The permission grant policies the default user role holds for users' own consent.
    pub fn assigned_self_policies(&self) -> Vec<String> {
        let policy = self.authorization_policy();
        policy["defaultUserRolePermissions"]["permissionGrantPoliciesAssigned"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str()?.strip_prefix(SELF).map(str::to_string))
            .collect()
    }

    pub fn admin_consent_request_policy(&self) -> Value {
        let reviewer = |id: String| json!({ "query": format!("/users/{id}"), "queryType": "MicrosoftGraph", "queryRoot": null });
        let admin = reviewer(stable_guid(tenant_states::ADMIN.id));
        let (enabled, reviewers) = match self.state.switches.workflow {
            Workflow::Off => (false, vec![]),
            Workflow::On => (true, vec![admin]),
            Workflow::Pending => (true, vec![admin, reviewer(self.guid("user/patti"))]),
        };
        entity(
            "policies/adminConsentRequestPolicy/$entity",
            json!({
                "isEnabled": enabled,
                "notifyReviewers": enabled,
                "remindersEnabled": enabled,
                "requestDurationInDays": if enabled { 30 } else { 0 },
                "version": if enabled { 2 } else { 0 },
                "reviewers": reviewers,
            }),
        )
    }

    /// `/policies/permissionGrantPolicies/{id}` for Microsoft's built-in user-consent policies.
    pub fn permission_grant_policy(&self, id: &str) -> Result<Value, GraphError> {
        let id = id.to_ascii_lowercase();
        let set =
            |n: usize| Conditions::any(stable_guid(&format!("permissionGrantPolicy/{id}/{n}")));
        let (name, description, includes, excludes) = match id.as_str() {
            LEGACY => (
                "Default User Legacy Policy",
                "All apps, all permissions are consentable by member type users by default.",
                vec![set(0)],
                vec![],
            ),
            LOW => (
                "Default User Low Risk Policy",
                "All low risk permissions are consentable by member type users by default.",
                vec![
                    Conditions {
                        classification: "low",
                        kind: "delegated",
                        tenants: vec![self.tenant_id.to_string()],
                        ..set(0)
                    },
                    Conditions {
                        classification: "low",
                        kind: "delegated",
                        verified_only: true,
                        ..set(1)
                    },
                ],
                vec![],
            ),
            // Emulated stand-in: Microsoft manages this policy's exclusions itself.
            RECOMMENDED => (
                "Microsoft User Default Recommended Policy",
                "Permissions consentable based on Microsoft's current recommendations.",
                vec![set(0)],
                vec![Conditions {
                    kind: "delegated",
                    resource: GRAPH.app_id,
                    permissions: MANAGED_EXCLUSIONS.map(|n| graph_scope_id(n).to_string()).to_vec(),
                    ..set(1)
                }],
            ),
            // Emulated stand-in: gives some managed exclusions back to a few named mail apps.
            ALLOW_CONSENT_APPS => (
                "Microsoft User Default Allow Consent Apps Policy",
                "Permissions consentable for apps Microsoft approved, beyond its current recommendations.",
                vec![Conditions {
                    kind: "delegated",
                    resource: GRAPH.app_id,
                    permissions: MANAGED_EXCLUSIONS[..5].iter().map(|n| graph_scope_id(n).to_string()).collect(),
                    clients: APPROVED_MAIL_CLIENTS.map(String::from).to_vec(),
                    ..set(0)
                }],
                vec![],
            ),
            _ => return Err(GraphError::not_found(&id)),
        };
        Ok(entity(
            "policies/permissionGrantPolicies/$entity",
            json!({
                "id": id,
                "deletedDateTime": null,
                "description": description,
                "displayName": name,
                "includes": includes.iter().map(Conditions::to_json).collect::<Vec<_>>(),
                "excludes": excludes.iter().map(Conditions::to_json).collect::<Vec<_>>(),
            }),
        ))
    }

    // ---- consent requests ---------------------------------------------------------------

    /// `/identityGovernance/appConsent/appConsentRequests`, optionally for one appId.
    pub fn app_consent_requests(&self, app_id: Option<&str>) -> Result<Vec<Value>, GraphError> {
        if self.state.switches.denied_reads {
            return Err(GraphError::denied());
        }
        if self.state.switches.workflow != Workflow::Pending {
            return Ok(Vec::new());
        }
        let mine = self.app_id();
        if app_id.is_some_and(|a| !a.eq_ignore_ascii_case(&mine)) {
            return Ok(Vec::new());
        }
        let pending: Vec<Value> = [
            "Mail.ReadWrite",
            "Calendars.ReadWrite",
            "MailboxSettings.ReadWrite",
        ]
        .iter()
        .map(|n| json!({ "displayName": n }))
        .collect();
        Ok(vec![json!({
            "id": self.guid("appConsentRequest/app"),
            "appDisplayName": self.profile.product_name,
            "appId": mine,
            "consentType": "Dynamic",
            "pendingScopes": pending,
        })])
    }

    /// `/identityGovernance/appConsent/appConsentRequests/{id}/userConsentRequests`.
    pub fn user_consent_requests(&self, request_id: &str) -> Result<Vec<Value>, GraphError> {
        let known = self.app_consent_requests(None)?;
        if !known.iter().any(|r| {
            r["id"]
                .as_str()
                .is_some_and(|i| i.eq_ignore_ascii_case(request_id))
        }) {
            return Err(GraphError::not_found(request_id));
        }
        let request = |n: &str, at: &str, nick: &str, reason: &str| {
            json!({
                "id": self.guid(&format!("userConsentRequest/{n}")),
                "status": "InProgress",
                "createdDateTime": at,
                "reason": reason,
                "createdBy": { "user": self.person_ref(nick) },
            })
        };
        Ok(vec![
            request(
                "1",
                "2026-11-20T09:14:03Z",
                "adele",
                "I file customer e-mails into our CRM with this add-in.",
            ),
            request(
                "2",
                "2026-11-24T16:40:51Z",
                "alexw",
                "Our team schedules client meetings from the sidebar.",
            ),
        ])
    }

    // ---- Conditional Access -------------------------------------------------------------

    /// `/identity/conditionalAccess/policies`.
    pub fn conditional_access_policies(&self) -> Result<Vec<Value>, GraphError> {
        let s = &self.state.switches;
        if s.denied_reads {
            return Err(GraphError::denied());
        }
        let policy = |n: &str,
                      name: String,
                      state: &str,
                      apps: Vec<String>,
                      control: &str,
                      modified: Value| {
            json!({
                "id": self.guid(&format!("conditionalAccessPolicy/{n}")),
                "templateId": null,
                "displayName": name,
                "createdDateTime": "2025-02-11T14:03:27.5430021Z",
                "modifiedDateTime": modified,
                "state": state,
                "sessionControls": null,
                "conditions": {
                    "userRiskLevels": [],
                    "signInRiskLevels": [],
                    "clientAppTypes": ["all"],
                    "servicePrincipalRiskLevels": [],
                    "platforms": null,
                    "locations": null,
                    "devices": null,
                    "clientApplications": null,
                    "applications": {
                        "includeApplications": apps,
                        "excludeApplications": [],
                        "includeUserActions": [],
                        "includeAuthenticationContextClassReferences": [],
                        "applicationFilter": null
                    },
                    "users": {
                        "includeUsers": ["All"],
                        "excludeUsers": [],
                        "includeGroups": [],
                        "excludeGroups": [],
                        "includeRoles": [],
                        "excludeRoles": [],
                        "includeGuestsOrExternalUsers": null,
                        "excludeGuestsOrExternalUsers": null
                    }
                },
                "grantControls": {
                    "operator": "OR",
                    "builtInControls": [control],
                    "customAuthenticationFactors": [],
                    "termsOfUse": [],
                    "authenticationStrength": null
                }
            })
        };
        let mut policies = vec![
            policy(
                "mfa-office",
                "Require MFA for Office 365".into(),
                "enabled",
                vec!["Office365".into()],
                "mfa",
                json!("2025-06-02T07:45:10.9120432Z"),
            ),
            policy(
                "mfa-all-report-only",
                format!("Pilot: MFA for all cloud apps {HOSTILE_TEXT}"),
                "enabledForReportingButNotEnforced",
                vec!["All".into()],
                "mfa",
                json!("2025-10-30T12:00:41.0871123Z"),
            ),
        ];
        if s.ca_blocks_app {
            policies.push(policy(
                "block-app",
                "Block unapproved mail apps".into(),
                "enabled",
                vec![self.app_id()],
                "block",
                Value::Null,
            ));
        }
        Ok(policies)
    }

    // ---- the snapshot -------------------------------------------------------------------

    /// What the read-only script prints for this tenant: every read, from the same data the
    /// endpoints serve, with failed reads under `errors`. Throttling never shows here.
    pub fn snapshot(&self, user: Option<&str>) -> Value {
        let mut out = Map::new();
        let mut errors = Map::new();
        let mut put = |key: &str, read: Result<Value, GraphError>| match read {
            Ok(value) => {
                out.insert(key.into(), value);
            }
            Err(e) => {
                errors.insert(key.into(), e.body(&random_guid(), &random_guid()));
            }
        };
        let app_sp = self.app_service_principal();
        put(
            "servicePrincipal",
            Ok(collection(
                "servicePrincipals",
                app_sp.iter().cloned().collect(),
            )),
        );
        if app_sp.is_some() {
            let app_sp_id = self.app_sp_id();
            put("oauth2PermissionGrants", Ok(Value::Array(self.grants())));
            put(
                "appRoleAssignments",
                self.sp_app_role_assignments(&app_sp_id).map(Value::Array),
            );
        }
        let resources: Vec<Value> = self
            .profile_apis()
            .into_iter()
            .map(|api| {
                let mut sp = self.api_service_principal(api);
                let classifications = self
                    .classifications(&self.api_sp_id(api))
                    .unwrap_or_default();
                sp["delegatedPermissionClassifications"] = Value::Array(classifications);
                sp
            })
            .collect();
        put("resourceServicePrincipals", Ok(Value::Array(resources)));
        put("authorizationPolicy", Ok(self.authorization_policy()));
        put(
            "adminConsentRequestPolicy",
            Ok(self.admin_consent_request_policy()),
        );
        let policies: Result<Vec<Value>, GraphError> = self
            .assigned_self_policies()
            .iter()
            .map(|id| self.permission_grant_policy(id))
            .collect();
        put("permissionGrantPolicies", policies.map(Value::Array));
        let requests = self
            .app_consent_requests(Some(&self.app_id()))
            .and_then(|requests| {
                requests
                    .into_iter()
                    .map(|mut r| {
                        let id = r["id"].as_str().unwrap_or_default().to_string();
                        r["userConsentRequests"] = Value::Array(self.user_consent_requests(&id)?);
                        Ok(r)
                    })
                    .collect::<Result<Vec<Value>, GraphError>>()
            });
        put("appConsentRequests", requests.map(Value::Array));
        put(
            "conditionalAccessPolicies",
            self.conditional_access_policies().map(Value::Array),
        );
        if let Some(key) = user {
            let user = self.user(key).and_then(|mut u| {
                u["appRoleAssignments"] = Value::Array(self.user_app_role_assignments(key)?);
                Ok(u)
            });
            put("user", user);
        }
        out.insert("tenantId".into(), self.tenant_id.into());
        out.insert("errors".into(), Value::Object(errors));
        Value::Object(out)
    }
}

fn is_oidc(name: &str) -> bool {
    ["openid", "profile", "email", "offline_access"].contains(&name)
}

/// A `permissionGrantConditionSet`, starting from Graph's defaults (`all`, `any`, `false`).
struct Conditions {
    id: String,
    kind: &'static str,
    classification: &'static str,
    resource: &'static str,
    permissions: Vec<String>,
    clients: Vec<String>,
    tenants: Vec<String>,
    verified_only: bool,
}

impl Conditions {
    /// Any user-consentable delegated permission, for any client.
    fn any(id: String) -> Conditions {
        let all = || vec!["all".to_string()];
        Conditions {
            id,
            kind: "delegatedUserConsentable",
            classification: "all",
            resource: "any",
            permissions: all(),
            clients: all(),
            tenants: all(),
            verified_only: false,
        }
    }

    fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "permissionClassification": self.classification,
            "permissionType": self.kind,
            "resourceApplication": self.resource,
            "permissions": self.permissions,
            "clientApplicationIds": self.clients,
            "clientApplicationTenantIds": self.tenants,
            "clientApplicationPublisherIds": ["all"],
            "clientApplicationsFromVerifiedPublisherOnly": self.verified_only,
            "certifiedClientApplicationsOnly": false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn directory<'a>(state: &str, profile: &'a Profile) -> Directory<'a> {
        Directory {
            state: tenant_states::find(state).unwrap(),
            tenant_id: crate::HOME_TENANT,
            profile,
        }
    }

    fn demo() -> Profile {
        Profile::from_json(include_str!("../../profiles/demo.json")).unwrap()
    }

    #[test]
    fn every_permission_the_emulator_names_is_in_the_catalog() {
        for name in
            MANAGED_EXCLUSIONS
                .iter()
                .chain(&["openid", "profile", "offline_access", "User.Read"])
        {
            assert!(!graph_scope_id(name).is_empty(), "{name}");
        }
        let profile = demo();
        for p in profile
            .delegated_permissions
            .iter()
            .filter(|p| !p.is_oidc())
        {
            assert!(
                Api::named(&p.resource)
                    .and_then(|a| a.scope(p.name.name()))
                    .is_some(),
                "{}",
                p.name.as_str()
            );
        }
    }

    #[test]
    fn grants_follow_the_state() {
        let profile = demo();
        let full = "openid profile offline_access User.Read Mail.ReadWrite Calendars.ReadWrite MailboxSettings.ReadWrite";
        assert_eq!(
            directory("tenant-all-clear", &profile).grants()[0]["scope"],
            full
        );
        assert_eq!(
            directory("tenant-stale-grant", &profile).grants()[0]["scope"],
            "openid profile offline_access User.Read Mail.ReadWrite"
        );
        let per_user = directory("tenant-per-user", &profile).grants();
        assert_eq!(per_user.len(), 3);
        assert!(per_user
            .iter()
            .all(|g| g["consentType"] == "Principal" && g["scope"] == full));
        assert!(directory("tenant-no-sp", &profile).grants().is_empty());
    }

    #[test]
    fn ids_are_stable_per_tenant() {
        let profile = demo();
        let a = directory("tenant-all-clear", &profile);
        let b = directory("tenant-ca", &profile);
        assert_eq!(a.app_sp_id(), b.app_sp_id());
        let fabrikam = Directory {
            tenant_id: "7d3e5f1a-9b2c-4d8e-a6f0-1c2b3a4d5e6f",
            ..b
        };
        assert_ne!(a.app_sp_id(), fabrikam.app_sp_id());
    }

    #[test]
    fn the_report_only_policy_carries_the_hostile_text() {
        let profile = demo();
        let policies = directory("tenant-all-clear", &profile)
            .conditional_access_policies()
            .unwrap();
        let report_only: Vec<&Value> = policies
            .iter()
            .filter(|p| p["state"] == "enabledForReportingButNotEnforced")
            .collect();
        assert_eq!(report_only.len(), 1);
        assert!(report_only[0]["displayName"]
            .as_str()
            .unwrap()
            .contains(HOSTILE_TEXT));
    }

    #[test]
    fn the_managed_policy_excludes_mail_and_calendar_from_graph() {
        let profile = demo();
        let policy = directory("tenant-managed", &profile)
            .permission_grant_policy(RECOMMENDED)
            .unwrap();
        let excluded = &policy["excludes"][0];
        assert_eq!(excluded["resourceApplication"], GRAPH.app_id);
        assert_eq!(excluded["permissionType"], "delegated");
        assert!(excluded["permissions"]
            .as_array()
            .unwrap()
            .contains(&json!("024d486e-b451-40bb-833d-3e66d98c5c73")));
        assert_eq!(
            directory("tenant-managed", &profile)
                .permission_grant_policy("nope")
                .unwrap_err()
                .code,
            "Request_ResourceNotFound"
        );
    }
}
