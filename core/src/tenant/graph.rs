//! The parts of Microsoft Graph v1.0 objects the tenant check reads, as Graph returns them
//! (property names in Graph's camelCase). Every field is optional or defaults, because
//! Graph omits properties a `$select` left out, writes `null` for empty ones, and adds
//! new ones at any time: a snapshot from a newer Graph must still read.
//!
//! Shapes: https://learn.microsoft.com/graph/api/resources/serviceprincipal,
//! …/oauth2permissiongrant, …/approleassignment, …/authorizationpolicy,
//! …/adminconsentrequestpolicy, …/permissiongrantpolicy, …/permissiongrantconditionset,
//! …/appconsentrequest, …/userconsentrequest, …/conditionalaccesspolicy,
//! …/delegatedpermissionclassification (all under learn.microsoft.com/graph/api/resources/).

use serde::{Deserialize, Deserializer};

/// `null` and absent both read as empty.
fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct ServicePrincipal {
    pub id: Option<String>,
    pub app_id: Option<String>,
    pub display_name: Option<String>,
    pub account_enabled: Option<bool>,
    pub app_role_assignment_required: Option<bool>,
    pub publisher_name: Option<String>,
    pub verified_publisher: Option<VerifiedPublisher>,
    pub app_owner_organization_id: Option<String>,
    #[serde(deserialize_with = "list")]
    pub service_principal_names: Vec<String>,
    #[serde(rename = "oauth2PermissionScopes", deserialize_with = "list")]
    pub oauth2_permission_scopes: Vec<PermissionScope>,
    #[serde(deserialize_with = "list")]
    pub app_roles: Vec<AppRole>,
    /// Not a property of the object: the snapshot adds the read of
    /// `/servicePrincipals/{id}/delegatedPermissionClassifications` here.
    pub delegated_permission_classifications: Option<Collection<Classification>>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct VerifiedPublisher {
    pub display_name: Option<String>,
    pub verified_publisher_id: Option<String>,
    pub added_date_time: Option<String>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct PermissionScope {
    pub id: Option<String>,
    pub value: Option<String>,
    /// `User` (users may consent, policy permitting) or `Admin`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub is_enabled: Option<bool>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct AppRole {
    pub id: Option<String>,
    pub value: Option<String>,
    #[serde(deserialize_with = "list")]
    pub allowed_member_types: Vec<String>,
    pub is_enabled: Option<bool>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct Classification {
    pub id: Option<String>,
    pub permission_id: Option<String>,
    pub permission_name: Option<String>,
    pub classification: Option<String>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct PermissionGrant {
    pub id: Option<String>,
    pub client_id: Option<String>,
    /// `AllPrincipals` (for everyone) or `Principal` (one user).
    pub consent_type: Option<String>,
    pub principal_id: Option<String>,
    pub resource_id: Option<String>,
    pub scope: Option<String>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct AppRoleAssignment {
    pub id: Option<String>,
    pub app_role_id: Option<String>,
    pub principal_id: Option<String>,
    pub principal_display_name: Option<String>,
    pub resource_id: Option<String>,
    pub resource_display_name: Option<String>,
    pub created_date_time: Option<String>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct AuthorizationPolicy {
    pub id: Option<String>,
    pub default_user_role_permissions: Option<DefaultUserRolePermissions>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct DefaultUserRolePermissions {
    #[serde(deserialize_with = "list")]
    pub permission_grant_policies_assigned: Vec<String>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct AdminConsentRequestPolicy {
    pub is_enabled: Option<bool>,
    pub notify_reviewers: Option<bool>,
    pub reminders_enabled: Option<bool>,
    pub request_duration_in_days: Option<i64>,
    #[serde(deserialize_with = "list")]
    pub reviewers: Vec<ReviewerScope>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct ReviewerScope {
    pub query: Option<String>,
    pub query_type: Option<String>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct PermissionGrantPolicy {
    pub id: Option<String>,
    pub display_name: Option<String>,
    #[serde(deserialize_with = "list")]
    pub includes: Vec<ConditionSet>,
    #[serde(deserialize_with = "list")]
    pub excludes: Vec<ConditionSet>,
}

/// A `permissionGrantConditionSet`. Absent properties take Graph's documented defaults
/// (`all`, `any`, `false`), which [`ConditionSet`]'s readers in `consent_policy.rs` apply.
#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct ConditionSet {
    pub permission_type: Option<String>,
    pub permission_classification: Option<String>,
    pub resource_application: Option<String>,
    pub permissions: Option<Vec<String>>,
    pub client_application_ids: Option<Vec<String>>,
    pub client_application_tenant_ids: Option<Vec<String>>,
    pub client_application_publisher_ids: Option<Vec<String>>,
    pub client_applications_from_verified_publisher_only: Option<bool>,
    pub certified_client_applications_only: Option<bool>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct AppConsentRequest {
    pub id: Option<String>,
    pub app_id: Option<String>,
    pub app_display_name: Option<String>,
    #[serde(deserialize_with = "list")]
    pub pending_scopes: Vec<PendingScope>,
    /// Added by the snapshot: the read of `…/appConsentRequests/{id}/userConsentRequests`.
    pub user_consent_requests: Option<Collection<UserConsentRequest>>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct PendingScope {
    pub display_name: Option<String>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct UserConsentRequest {
    pub id: Option<String>,
    pub status: Option<String>,
    pub created_date_time: Option<String>,
    pub reason: Option<String>,
    pub created_by: Option<IdentitySet>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct IdentitySet {
    pub user: Option<Identity>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct Identity {
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub user_principal_name: Option<String>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct ConditionalAccessPolicy {
    pub id: Option<String>,
    pub display_name: Option<String>,
    /// `enabled`, `disabled` or `enabledForReportingButNotEnforced`.
    pub state: Option<String>,
    pub modified_date_time: Option<String>,
    pub created_date_time: Option<String>,
    pub conditions: Option<CaConditions>,
    pub grant_controls: Option<GrantControls>,
    pub session_controls: Option<serde_json::Value>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct CaConditions {
    pub applications: Option<CaApplications>,
    pub users: Option<CaUsers>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct CaApplications {
    #[serde(deserialize_with = "list")]
    pub include_applications: Vec<String>,
    #[serde(deserialize_with = "list")]
    pub exclude_applications: Vec<String>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct CaUsers {
    #[serde(deserialize_with = "list")]
    pub include_users: Vec<String>,
    #[serde(deserialize_with = "list")]
    pub include_groups: Vec<String>,
    #[serde(deserialize_with = "list")]
    pub include_roles: Vec<String>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct GrantControls {
    pub operator: Option<String>,
    #[serde(deserialize_with = "list")]
    pub built_in_controls: Vec<String>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct User {
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub user_principal_name: Option<String>,
    /// Added by the snapshot: the read of `/users/{id}/appRoleAssignments`.
    pub app_role_assignments: Option<Collection<AppRoleAssignment>>,
}

/// Graph's error body: `{"error": {"code": "…", "message": "…", "innerError": {…}}}`.
#[derive(Deserialize, Debug, Default, Clone)]
#[serde(default)]
pub struct ErrorBody {
    pub error: Option<ErrorDetail>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(rename_all = "camelCase", default)]
pub struct ErrorDetail {
    pub code: Option<String>,
    pub message: Option<String>,
    pub inner_error: Option<InnerError>,
}

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(default)]
pub struct InnerError {
    pub date: Option<String>,
    #[serde(rename = "request-id")]
    pub request_id: Option<String>,
}

/// A collection as Graph returns it (`{"value": [...], "@odata.nextLink": …}`) or as a
/// script that unwrapped it writes it (a bare array). Both read the same.
#[derive(Debug, Default, Clone)]
pub struct Collection<T>(pub Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Collection<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Shape<T> {
            Bare(Vec<T>),
            Response {
                #[serde(deserialize_with = "list")]
                value: Vec<T>,
            },
        }
        match Option::<Shape<T>>::deserialize(d)? {
            None => Ok(Collection(Vec::new())),
            Some(Shape::Bare(items)) | Some(Shape::Response { value: items }) => {
                Ok(Collection(items))
            }
        }
    }
}
