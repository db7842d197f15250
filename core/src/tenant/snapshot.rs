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
use super::reads::READS;

/// A snapshot larger than this is not one tenant's configuration for one app.
pub const MAX_SNAPSHOT_BYTES: usize = 8 * 1024 * 1024;

/// Keys of the format that are not a read of [`READS`]: failed reads, and the tenant.
const OTHER_KEYS: [&str; 2] = ["errors", "tenantId"];

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
        let known = READS.iter().map(|r| r.key).chain(OTHER_KEYS);
        if !known.into_iter().any(|k| map.contains_key(k)) {
            return Err(SnapshotError::NoKnownKey);
        }
        Ok(Snapshot::from_map(map))
    }

    /// Builds a snapshot from an already-parsed object (the live check assembles one).
    pub fn from_map(map: Map<String, Value>) -> Snapshot {
        let mut keys = Keys {
            map,
            unreadable: Vec::new(),
        };
        let mut snap = Snapshot {
            service_principal: keys.service_principal(),
            grants: keys.collection("oauth2PermissionGrants"),
            app_role_assignments: keys.collection("appRoleAssignments"),
            resources: keys.collection("resourceServicePrincipals"),
            authorization_policy: keys.single("authorizationPolicy"),
            admin_consent_request_policy: keys.single("adminConsentRequestPolicy"),
            permission_grant_policies: keys.collection("permissionGrantPolicies"),
            app_consent_requests: keys.collection("appConsentRequests"),
            conditional_access_policies: keys.collection("conditionalAccessPolicies"),
            user: keys.object("user"),
            errors: keys.errors(),
            tenant_id: match keys.map.remove("tenantId") {
                Some(Value::String(s)) => Some(s),
                _ => None,
            },
            unreadable: Vec::new(),
        };
        snap.unreadable = keys.unreadable;
        snap
    }

    /// Whether the snapshot holds `key` (a key of [`READS`]).
    pub fn was_read(&self, key: &str) -> bool {
        match key {
            "servicePrincipal" => self.service_principal.was_read(),
            "oauth2PermissionGrants" => self.grants.was_read(),
            "appRoleAssignments" => self.app_role_assignments.was_read(),
            "resourceServicePrincipals" => self.resources.was_read(),
            "authorizationPolicy" => self.authorization_policy.was_read(),
            "adminConsentRequestPolicy" => self.admin_consent_request_policy.was_read(),
            "permissionGrantPolicies" => self.permission_grant_policies.was_read(),
            "appConsentRequests" => self.app_consent_requests.was_read(),
            "conditionalAccessPolicies" => self.conditional_access_policies.was_read(),
            "user" => self.user.was_read(),
            _ => false,
        }
    }

    /// True when `key` failed with an error, as opposed to not being read at all.
    pub fn error_for(&self, key: &str) -> Option<&ErrorBody> {
        self.errors.iter().find(|(k, _)| k == key).map(|(_, e)| e)
    }
}

/// The snapshot's keys, taken one at a time; what is not Graph's shape is noted.
struct Keys {
    map: Map<String, Value>,
    unreadable: Vec<(String, String)>,
}

impl Keys {
    /// The filtered collection of the app's enterprise application (or a bare list), its one
    /// element, or `null` for "read, and there is none".
    fn service_principal(&mut self) -> Read<Option<ServicePrincipal>> {
        let key = "servicePrincipal";
        match self.map.remove(key) {
            None => Read::NotRead,
            Some(Value::Null) => Read::Read(None),
            Some(v @ Value::Object(_)) if v.get("value").is_none() => self
                .read_as::<ServicePrincipal>(key, v)
                .map_or(Read::NotRead, |sp| Read::Read(Some(sp))),
            Some(v) => self
                .read_as::<Collection<ServicePrincipal>>(key, v)
                .map_or(Read::NotRead, |c| Read::Read(c.0.into_iter().next())),
        }
    }

    /// Graph's single-object reads. `GET /policies/authorizationPolicy` once answered with a
    /// collection of one; both shapes read.
    fn single<T: DeserializeOwned + Default>(&mut self, key: &str) -> Read<T> {
        match self.map.remove(key) {
            None | Some(Value::Null) => Read::NotRead,
            Some(Value::Object(mut o)) if matches!(o.get("value"), Some(Value::Array(_))) => {
                match o.remove("value") {
                    Some(Value::Array(items)) => match items.into_iter().next() {
                        Some(first) => self.read_as(key, first).map_or(Read::NotRead, Read::Read),
                        None => Read::Read(T::default()),
                    },
                    _ => Read::NotRead,
                }
            }
            Some(v) => self.read_as(key, v).map_or(Read::NotRead, Read::Read),
        }
    }

    /// A single object; `null` counts as not read.
    fn object<T: DeserializeOwned>(&mut self, key: &str) -> Read<T> {
        match self.map.remove(key) {
            None | Some(Value::Null) => Read::NotRead,
            Some(v) => self.read_as(key, v).map_or(Read::NotRead, Read::Read),
        }
    }

    fn collection<T: DeserializeOwned>(&mut self, key: &str) -> Read<Vec<T>> {
        match self.map.remove(key) {
            None => Read::NotRead,
            Some(v) => self
                .read_as::<Collection<T>>(key, v)
                .map_or(Read::NotRead, |c| Read::Read(c.0)),
        }
    }

    /// `errors`: key → Graph's error body; a body of another shape still counts as a failure.
    fn errors(&mut self) -> Vec<(String, ErrorBody)> {
        match self.map.remove("errors") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Object(errors)) => errors
                .into_iter()
                .map(|(key, body)| (key, serde_json::from_value(body).unwrap_or_default()))
                .collect(),
            Some(_) => {
                self.unreadable.push((
                    "errors".into(),
                    "must be an object: key → Graph's error body".into(),
                ));
                Vec::new()
            }
        }
    }

    fn read_as<T: DeserializeOwned>(&mut self, key: &str, value: Value) -> Option<T> {
        match serde_json::from_value::<T>(value) {
            Ok(v) => Some(v),
            Err(e) => {
                let detail = if e.to_string().contains("untagged enum") {
                    "expected a list, or Graph's collection response {\"value\": [...]}".to_string()
                } else {
                    e.to_string()
                };
                self.unreadable.push((key.to_string(), detail));
                None
            }
        }
    }
}
