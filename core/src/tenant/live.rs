//! The live check's reads in order. Some reads need an earlier answer (the grants need the
//! enterprise application's object ID, the policies need the assigned IDs), so the plan is
//! a queue that grows as answers arrive. The browser only runs the requests: each is one
//! GET, followed through `@odata.nextLink` for collections, and its answer handed back.
//!
//! The result is the same snapshot object the scripts print, so one evaluator serves both.

use std::collections::VecDeque;

use serde_json::{Map, Value};

use super::consent_policy;
use super::reads::{self, path};
use crate::profile::Profile;

/// No read fans out into more requests than this (consent requests, policies).
const MAX_FAN_OUT: usize = 20;

/// One pending read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    ServicePrincipal,
    Grants(String),
    AppRoleAssignments(String),
    /// One API the app calls, by its read's path.
    Resource(String),
    Classifications {
        index: usize,
        sp_id: String,
    },
    AuthorizationPolicy,
    PermissionGrantPolicy(String),
    AdminConsentRequestPolicy,
    AppConsentRequests,
    UserConsentRequests {
        index: usize,
        id: String,
    },
    ConditionalAccess,
    User(String),
    UserAssignments(String),
}

impl Step {
    /// The snapshot key this read fills (a key of [`READS`](super::reads::READS)).
    fn key(&self) -> &'static str {
        match self {
            Step::ServicePrincipal => "servicePrincipal",
            Step::Grants(_) => "oauth2PermissionGrants",
            Step::AppRoleAssignments(_) => "appRoleAssignments",
            Step::Resource(_) | Step::Classifications { .. } => "resourceServicePrincipals",
            Step::AuthorizationPolicy => "authorizationPolicy",
            Step::PermissionGrantPolicy(_) => "permissionGrantPolicies",
            Step::AdminConsentRequestPolicy => "adminConsentRequestPolicy",
            Step::AppConsentRequests | Step::UserConsentRequests { .. } => "appConsentRequests",
            Step::ConditionalAccess => "conditionalAccessPolicies",
            Step::User(_) | Step::UserAssignments(_) => "user",
        }
    }
}

/// A request to run: a path under `{graph}/v1.0`, and whether to follow `@odata.nextLink`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub step: Step,
    pub path: String,
    pub paged: bool,
    /// For the page: what is being read, in the admin center's words.
    pub label: &'static str,
}

/// The plan and what it has gathered.
#[derive(Debug)]
pub struct Plan {
    client_id: String,
    queue: VecDeque<Step>,
    out: Map<String, Value>,
    errors: Map<String, Value>,
    resources: Vec<Value>,
    policies: Vec<Value>,
    requests: Vec<Value>,
}

impl Plan {
    /// The reads for the profile's app, and for one user when `user` names them.
    pub fn new(profile: &Profile, user: Option<&str>, tenant_id: Option<&str>) -> Plan {
        let mut queue = VecDeque::from([Step::ServicePrincipal]);
        queue.extend(
            reads::resource_paths(profile)
                .into_iter()
                .map(Step::Resource),
        );
        queue.extend([
            Step::AuthorizationPolicy,
            Step::AdminConsentRequestPolicy,
            Step::AppConsentRequests,
            Step::ConditionalAccess,
        ]);
        if let Some(user) = user.map(str::trim).filter(|u| !u.is_empty()) {
            queue.push_back(Step::User(user.to_string()));
        }
        let mut out = Map::new();
        if let Some(t) = tenant_id {
            out.insert("tenantId".into(), Value::String(t.to_string()));
        }
        Plan {
            client_id: profile.app.client_id.to_string(),
            queue,
            out,
            errors: Map::new(),
            resources: Vec::new(),
            policies: Vec::new(),
            requests: Vec::new(),
        }
    }

    /// The next read, or `None` when everything has been read.
    pub fn next_read(&mut self) -> Option<Request> {
        let step = self.queue.pop_front()?;
        let (path, paged) = match &step {
            Step::ServicePrincipal => (path::service_principal_by_app_id(&self.client_id), false),
            Step::Grants(id) => (path::grants(id), true),
            Step::AppRoleAssignments(id) => (path::app_role_assignments(id), true),
            Step::Resource(path) => (path.clone(), false),
            Step::Classifications { sp_id, .. } => (path::classifications(sp_id), true),
            Step::AuthorizationPolicy => (path::AUTHORIZATION_POLICY.to_string(), false),
            Step::PermissionGrantPolicy(id) => (path::permission_grant_policy(id), false),
            Step::AdminConsentRequestPolicy => {
                (path::ADMIN_CONSENT_REQUEST_POLICY.to_string(), false)
            }
            Step::AppConsentRequests => (path::app_consent_requests(&self.client_id), true),
            Step::UserConsentRequests { id, .. } => (path::user_consent_requests(id), true),
            Step::ConditionalAccess => (path::CONDITIONAL_ACCESS_POLICIES.to_string(), true),
            Step::User(u) => (path::user(u), false),
            Step::UserAssignments(u) => (path::user_assignments(u), true),
        };
        let label = reads::spec(step.key()).map_or("the tenant", |r| r.what);
        Some(Request {
            step,
            path,
            paged,
            label,
        })
    }

    /// Hands back one read's answer: the response body (for a paged read, `{"value": [all
    /// items]}`), or Graph's error body.
    pub fn receive(&mut self, step: Step, answer: Result<Value, Value>) {
        let body = match answer {
            Ok(body) => body,
            Err(error) => {
                let key = step.key();
                self.errors.entry(key.to_string()).or_insert(error);
                return;
            }
        };
        match step {
            Step::ServicePrincipal => {
                let sp_id = items(&body)
                    .first()
                    .and_then(|sp| sp.get("id"))
                    .and_then(Value::as_str)
                    .map(str::to_string);
                if let Some(id) = sp_id {
                    // Read before the others, so the grants and roles follow right away.
                    self.queue.push_front(Step::AppRoleAssignments(id.clone()));
                    self.queue.push_front(Step::Grants(id));
                }
                self.out.insert("servicePrincipal".into(), body);
            }
            Step::Grants(_) => {
                self.out
                    .insert("oauth2PermissionGrants".into(), Value::Array(items(&body)));
            }
            Step::AppRoleAssignments(_) => {
                self.out
                    .insert("appRoleAssignments".into(), Value::Array(items(&body)));
            }
            Step::Resource(_) => {
                if let Some(sp) = items(&body).into_iter().next() {
                    if let Some(id) = sp.get("id").and_then(Value::as_str) {
                        self.queue.push_front(Step::Classifications {
                            index: self.resources.len(),
                            sp_id: id.to_string(),
                        });
                    }
                    self.resources.push(sp);
                }
            }
            Step::Classifications { index, .. } => {
                if let Some(Value::Object(sp)) = self.resources.get_mut(index) {
                    sp.insert(
                        "delegatedPermissionClassifications".into(),
                        Value::Array(items(&body)),
                    );
                }
            }
            Step::AuthorizationPolicy => {
                let assigned: Vec<String> = body
                    .pointer("/defaultUserRolePermissions/permissionGrantPoliciesAssigned")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default();
                for id in consent_policy::self_policies(&assigned)
                    .into_iter()
                    .take(MAX_FAN_OUT)
                {
                    self.queue
                        .push_front(Step::PermissionGrantPolicy(id.to_string()));
                }
                self.out.insert("authorizationPolicy".into(), body);
            }
            Step::PermissionGrantPolicy(_) => self.policies.push(body),
            Step::AdminConsentRequestPolicy => {
                self.out.insert("adminConsentRequestPolicy".into(), body);
            }
            Step::AppConsentRequests => {
                self.requests = items(&body);
                for (index, r) in self.requests.iter().enumerate().take(MAX_FAN_OUT) {
                    if let Some(id) = r.get("id").and_then(Value::as_str) {
                        self.queue.push_front(Step::UserConsentRequests {
                            index,
                            id: id.to_string(),
                        });
                    }
                }
            }
            Step::UserConsentRequests { index, .. } => {
                if let Some(Value::Object(r)) = self.requests.get_mut(index) {
                    r.insert("userConsentRequests".into(), Value::Array(items(&body)));
                }
            }
            Step::ConditionalAccess => {
                self.out.insert(
                    "conditionalAccessPolicies".into(),
                    Value::Array(items(&body)),
                );
            }
            Step::User(_) => {
                if let Some(id) = body.get("id").and_then(Value::as_str) {
                    self.queue.push_front(Step::UserAssignments(id.to_string()));
                }
                self.out.insert("user".into(), body);
            }
            Step::UserAssignments(_) => {
                if let Some(Value::Object(user)) = self.out.get_mut("user") {
                    user.insert("appRoleAssignments".into(), Value::Array(items(&body)));
                }
            }
        }
    }

    /// The snapshot object, as the scripts print it.
    pub fn finish(mut self) -> Map<String, Value> {
        let errors = std::mem::take(&mut self.errors);
        let mut put = |key: &str, list: Vec<Value>| {
            if !errors.contains_key(key) || !list.is_empty() {
                self.out.insert(key.into(), Value::Array(list));
            }
        };
        put(
            "resourceServicePrincipals",
            std::mem::take(&mut self.resources),
        );
        put(
            "permissionGrantPolicies",
            std::mem::take(&mut self.policies),
        );
        put("appConsentRequests", std::mem::take(&mut self.requests));
        for key in errors.keys() {
            // A failed read leaves its key out ("not read"), except for partial lists above.
            if !matches!(
                key.as_str(),
                "resourceServicePrincipals" | "permissionGrantPolicies" | "appConsentRequests"
            ) {
                self.out.remove(key);
            }
        }
        if !errors.is_empty() {
            self.out.insert("errors".into(), Value::Object(errors));
        }
        self.out
    }
}

/// A collection's items, whether Graph's response object or a bare list.
fn items(body: &Value) -> Vec<Value> {
    match body {
        Value::Array(a) => a.clone(),
        Value::Object(o) => match o.get("value") {
            Some(Value::Array(a)) => a.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}
