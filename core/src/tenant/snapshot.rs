//! The tenant snapshot (docs/public-interface.md, "The tenant check"): one JSON object whose
//! keys hold Microsoft Graph's own responses, unchanged. The live check, the read-only
//! scripts and the test fixtures all produce it; [`Snapshot::parse`] reads it.
//!
//! A missing key means "not read"; a key whose value is not what Graph returns is kept as
//! [`Snapshot::unreadable`] so the rest still evaluates; unknown keys are ignored.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::graph::{
    AdminConsentRequestPolicy, AppConsentRequest, AppRoleAssignment, AuthorizationPolicy,
    Collection, ConditionalAccessPolicy, ErrorBody, PermissionGrant, PermissionGrantPolicy,
    ServicePrincipal, User,
};

/// A snapshot larger than this is not one tenant's configuration for one app.
pub const MAX_SNAPSHOT_BYTES: usize = 8 * 1024 * 1024;

/// Every key of the format, in the order the reads happen.
pub const KEYS: [&str; 12] = [
    "servicePrincipal",
    "oauth2PermissionGrants",
    "appRoleAssignments",
    "resourceServicePrincipals",
    "authorizationPolicy",
    "adminConsentRequestPolicy",
    "permissionGrantPolicies",
    "appConsentRequests",
    "conditionalAccessPolicies",
    "user",
    "errors",
    "tenantId",
];

/// What a key held: read (with its value), or not read.
#[derive(Debug, Clone, Default)]
pub enum Read<T> {
    #[default]
    NotRead,
    Read(T),
}

impl<T> Read<T> {
    pub fn get(&self) -> Option<&T> {
        match self {
            Read::Read(v) => Some(v),
            Read::NotRead => None,
        }
    }

    pub fn was_read(&self) -> bool {
        matches!(self, Read::Read(_))
    }
}

/// A parsed snapshot.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// `Read(None)`: read, and the app has no enterprise application in the tenant.
    pub service_principal: Read<Option<ServicePrincipal>>,
    pub grants: Read<Vec<PermissionGrant>>,
    pub app_role_assignments: Read<Vec<AppRoleAssignment>>,
    pub resources: Read<Vec<ServicePrincipal>>,
    pub authorization_policy: Read<AuthorizationPolicy>,
    pub admin_consent_request_policy: Read<AdminConsentRequestPolicy>,
    pub permission_grant_policies: Read<Vec<PermissionGrantPolicy>>,
    pub app_consent_requests: Read<Vec<AppConsentRequest>>,
    pub conditional_access_policies: Read<Vec<ConditionalAccessPolicy>>,
    pub user: Read<User>,
    /// Reads that failed: the key, and Graph's error body.
    pub errors: Vec<(String, ErrorBody)>,
    /// Keys whose value was not Graph's shape, with what was wrong.
    pub unreadable: Vec<(String, String)>,
    /// The tenant the snapshot came from, when the script or the live check wrote it.
    pub tenant_id: Option<String>,
}

/// Why a pasted text is not a snapshot at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnapshotError {
    Empty,
    TooLarge { bytes: usize },
    NotJson { detail: String },
    NotAnObject,
    NoKnownKey,
}

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SnapshotError::Empty => f.write_str("Nothing was pasted. Run the script above and paste everything it printed."),
            SnapshotError::TooLarge { bytes } => write!(
                f,
                "The pasted text is {} MB, more than the {} MB a snapshot of one app can be. Paste only the script's output.",
                bytes / (1024 * 1024),
                MAX_SNAPSHOT_BYTES / (1024 * 1024)
            ),
            SnapshotError::NotJson { detail } => write!(
                f,
                "The pasted text is not the script's JSON output ({detail}). Copy the whole output, from the first {{ to the last }}."
            ),
            SnapshotError::NotAnObject => f.write_str("The pasted JSON is not one object with the script's keys (servicePrincipal, authorizationPolicy, …). Paste the script's output unchanged."),
            SnapshotError::NoKnownKey => f.write_str("The pasted JSON has none of the snapshot's keys (servicePrincipal, oauth2PermissionGrants, authorizationPolicy, …). Is it the output of the script on this page?"),
        }
    }
}

impl std::error::Error for SnapshotError {}

impl Snapshot {
    /// Reads a pasted script output. Text around the JSON (a PowerShell banner, a prompt)
    /// is tolerated: if the whole text is not JSON, the part from the first `{` to the
    /// last `}` is tried.
    pub fn parse(text: &str) -> Result<Snapshot, SnapshotError> {
        if text.len() > MAX_SNAPSHOT_BYTES {
            return Err(SnapshotError::TooLarge { bytes: text.len() });
        }
        let trimmed = text.trim().trim_start_matches('\u{feff}');
        if trimmed.is_empty() {
            return Err(SnapshotError::Empty);
        }
        let value: Value = match serde_json::from_str(trimmed) {
            Ok(v) => v,
            Err(first) => {
                let inner = match (trimmed.find('{'), trimmed.rfind('}')) {
                    (Some(start), Some(end)) if start < end => &trimmed[start..=end],
                    _ => "",
                };
                serde_json::from_str(inner).map_err(|_| SnapshotError::NotJson {
                    detail: first.to_string(),
                })?
            }
        };
        let Value::Object(map) = value else {
            return Err(SnapshotError::NotAnObject);
        };
        if !KEYS.iter().any(|k| map.contains_key(*k)) {
            return Err(SnapshotError::NoKnownKey);
        }
        Ok(Snapshot::from_map(map))
    }

    /// Builds a snapshot from an already-parsed object (the live check assembles one).
    pub fn from_map(mut map: Map<String, Value>) -> Snapshot {
        let mut snap = Snapshot::default();
        let mut unreadable = Vec::new();
        let mut take = |key: &str| map.remove(key);

        if let Some(v) = take("servicePrincipal") {
            snap.service_principal = match v {
                Value::Null => Read::Read(None),
                // A collection response (or bare list) of the filtered read, or its element.
                Value::Object(ref o) if !o.contains_key("value") => {
                    read_as::<ServicePrincipal>("servicePrincipal", v, &mut unreadable)
                        .map_or(Read::NotRead, |sp| Read::Read(Some(sp)))
                }
                other => read_as::<Collection<ServicePrincipal>>(
                    "servicePrincipal",
                    other,
                    &mut unreadable,
                )
                .map_or(Read::NotRead, |c| Read::Read(c.0.into_iter().next())),
            };
        }
        snap.grants = collection(
            take("oauth2PermissionGrants"),
            "oauth2PermissionGrants",
            &mut unreadable,
        );
        snap.app_role_assignments = collection(
            take("appRoleAssignments"),
            "appRoleAssignments",
            &mut unreadable,
        );
        snap.resources = collection(
            take("resourceServicePrincipals"),
            "resourceServicePrincipals",
            &mut unreadable,
        );
        snap.authorization_policy = single(
            take("authorizationPolicy"),
            "authorizationPolicy",
            &mut unreadable,
        );
        snap.admin_consent_request_policy = single(
            take("adminConsentRequestPolicy"),
            "adminConsentRequestPolicy",
            &mut unreadable,
        );
        snap.permission_grant_policies = collection(
            take("permissionGrantPolicies"),
            "permissionGrantPolicies",
            &mut unreadable,
        );
        snap.app_consent_requests = collection(
            take("appConsentRequests"),
            "appConsentRequests",
            &mut unreadable,
        );
        snap.conditional_access_policies = collection(
            take("conditionalAccessPolicies"),
            "conditionalAccessPolicies",
            &mut unreadable,
        );
        snap.user = match take("user") {
            None | Some(Value::Null) => Read::NotRead,
            Some(v) => read_as("user", v, &mut unreadable).map_or(Read::NotRead, Read::Read),
        };
        if let Some(v) = take("errors") {
            match v {
                Value::Object(errors) => {
                    for (key, body) in errors {
                        let parsed = serde_json::from_value::<ErrorBody>(body).unwrap_or_default();
                        snap.errors.push((key, parsed));
                    }
                }
                Value::Null => {}
                _ => unreadable.push((
                    "errors".into(),
                    "must be an object: key → Graph's error body".into(),
                )),
            }
        }
        snap.tenant_id = match take("tenantId") {
            Some(Value::String(s)) => Some(s),
            _ => None,
        };
        snap.unreadable = unreadable;
        snap
    }

    /// True when `key` failed with an error, as opposed to not being read at all.
    pub fn error_for(&self, key: &str) -> Option<&ErrorBody> {
        self.errors.iter().find(|(k, _)| k == key).map(|(_, e)| e)
    }
}

/// Graph's single-object reads. `GET /policies/authorizationPolicy` once answered with a
/// collection of one; both shapes read.
fn single<T: DeserializeOwned + Default>(
    value: Option<Value>,
    key: &str,
    unreadable: &mut Vec<(String, String)>,
) -> Read<T> {
    match value {
        None | Some(Value::Null) => Read::NotRead,
        Some(Value::Object(mut o)) if matches!(o.get("value"), Some(Value::Array(_))) => {
            match o.remove("value") {
                Some(Value::Array(items)) => match items.into_iter().next() {
                    Some(first) => {
                        read_as(key, first, unreadable).map_or(Read::NotRead, Read::Read)
                    }
                    None => Read::Read(T::default()),
                },
                _ => Read::NotRead,
            }
        }
        Some(v) => read_as(key, v, unreadable).map_or(Read::NotRead, Read::Read),
    }
}

fn collection<T: DeserializeOwned>(
    value: Option<Value>,
    key: &str,
    unreadable: &mut Vec<(String, String)>,
) -> Read<Vec<T>> {
    match value {
        None => Read::NotRead,
        Some(v) => {
            read_as::<Collection<T>>(key, v, unreadable).map_or(Read::NotRead, |c| Read::Read(c.0))
        }
    }
}

fn read_as<T: DeserializeOwned>(
    key: &str,
    value: Value,
    unreadable: &mut Vec<(String, String)>,
) -> Option<T> {
    match serde_json::from_value::<T>(value) {
        Ok(v) => Some(v),
        Err(e) => {
            let detail = if e.to_string().contains("untagged enum") {
                "expected a list, or Graph's collection response {\"value\": [...]}".to_string()
            } else {
                e.to_string()
            };
            unreadable.push((key.to_string(), detail));
            None
        }
    }
}
