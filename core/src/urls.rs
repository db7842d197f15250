//! Addresses we generate: admin-consent URLs (formats in
//! https://learn.microsoft.com/entra/identity-platform/v2-admin-consent) and Microsoft Entra
//! admin center deep links. Every value placed in a URL is percent-encoded here, so no
//! caller can break out of a parameter.

use std::fmt;

use crate::cloud::Cloud;
use crate::ids::{ClientId, TenantId};
use crate::profile::Profile;

/// Why a consent URL could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConsentUrlError {
    /// The client ID is not the profile's app and not allowlisted: a consent link for an
    /// unknown app is how consent phishing works.
    UnknownClient(ClientId),
    /// `common` and `consumers` cannot be used for admin consent.
    TenantNotAllowed(&'static str),
}

impl fmt::Display for ConsentUrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConsentUrlError::UnknownClient(id) => write!(
                f,
                "the application ID {id} is not this site's app, so no consent link is offered for it"
            ),
            ConsentUrlError::TenantNotAllowed(why) => f.write_str(why),
        }
    }
}

/// Percent-encodes everything except RFC 3986 unreserved characters.
///
/// Written here rather than with the `percent-encoding` crate: in the first-visit build the
/// crate (with `form_urlencoded` for decoding) cost 967 B brotli more than these few lines
/// (measured 2026-11-30). The native tools (the emulator) use the crates.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Checks that a tenant may be used for admin consent, returning the path segment.
pub fn consent_tenant(tenant: Option<&TenantId>) -> Result<String, ConsentUrlError> {
    match tenant {
        None | Some(TenantId::Organizations) => Ok("organizations".into()),
        Some(TenantId::Common) => Err(ConsentUrlError::TenantNotAllowed(
            "`common` cannot be used for admin consent: it does not name an organization; use the tenant ID, a verified domain, or `organizations`",
        )),
        Some(TenantId::Consumers) => Err(ConsentUrlError::TenantNotAllowed(
            "`consumers` is for personal Microsoft accounts, which have no administrator to grant consent",
        )),
        Some(specific) => Ok(encode(&specific.to_string())),
    }
}

/// The admin-consent URL a diagnosis offers for the profile's app (or an allowlisted one).
///
/// With a single API it is the v2 form with that API's `/.default`, which asks for every
/// permission configured on the app registration, delegated and application alike. With
/// several APIs it is the v1 form, because one v2 request cannot combine `/.default` of two
/// resources. `admin::consent_links` builds all the forms.
pub fn admin_consent_url(
    profile: &Profile,
    client: ClientId,
    tenant: Option<&TenantId>,
) -> Result<String, ConsentUrlError> {
    let links = crate::admin::consent_links(
        profile,
        &crate::admin::Request {
            client,
            tenant: tenant.cloned(),
            cloud: profile.cloud,
            scopes: crate::admin::ScopeMode::Default,
        },
    );
    if profile.resources().len() > 1 {
        links.v1
    } else {
        links.v2
    }
}

/// Admin center blades. National clouds use the Azure portal host, which serves the same
/// blade paths.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Blade {
    EnterpriseApps,
    AppRegistrations,
    UserConsentSettings,
    AdminConsentSettings,
    AdminConsentRequests,
    ConditionalAccessPolicies,
    SignInLogs,
    Users,
    PermissionClassifications,
}

impl Blade {
    fn path(self) -> &'static str {
        match self {
            Blade::EnterpriseApps => {
                "#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview"
            }
            Blade::AppRegistrations => "#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade/",
            Blade::UserConsentSettings => {
                "#view/Microsoft_AAD_IAM/ConsentPoliciesMenuBlade/~/UserSettings"
            }
            Blade::AdminConsentSettings => {
                "#view/Microsoft_AAD_IAM/ConsentPoliciesMenuBlade/~/AdminConsentSettings"
            }
            Blade::AdminConsentRequests => {
                "#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AccessRequests"
            }
            Blade::ConditionalAccessPolicies => {
                "#view/Microsoft_AAD_ConditionalAccess/ConditionalAccessBlade/~/Policies"
            }
            Blade::SignInLogs => "#view/Microsoft_AAD_IAM/SignInEventsV3Blade",
            Blade::Users => {
                "#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/AllUsers"
            }
            Blade::PermissionClassifications => {
                "#view/Microsoft_AAD_IAM/ConsentPoliciesMenuBlade/~/PermissionClassifications"
            }
        }
    }

    /// The menu path to the same place, for when a link cannot be followed.
    pub fn menu_path(self) -> &'static str {
        match self {
            Blade::EnterpriseApps => "Entra ID › Enterprise apps › All applications",
            Blade::AppRegistrations => "Entra ID › App registrations",
            Blade::UserConsentSettings => {
                "Entra ID › Enterprise apps › Consent and permissions › User consent settings"
            }
            Blade::AdminConsentSettings => {
                "Entra ID › Enterprise apps › Consent and permissions › Admin consent settings"
            }
            Blade::AdminConsentRequests => {
                "Entra ID › Enterprise apps › Activity › Admin consent requests"
            }
            Blade::ConditionalAccessPolicies => "Entra ID › Conditional Access › Policies",
            Blade::SignInLogs => "Entra ID › Monitoring & health › Sign-in logs",
            Blade::Users => "Entra ID › Users › All users",
            Blade::PermissionClassifications => {
                "Entra ID › Enterprise apps › Consent and permissions › Permission classifications"
            }
        }
    }

    /// The deep link, pinned to the customer's tenant when it is known, so an admin who
    /// manages several tenants lands in the right one.
    pub fn url(self, cloud: Cloud, tenant: Option<&TenantId>) -> String {
        let host = cloud.admin_portal_host();
        match tenant.filter(|t| t.is_specific()) {
            Some(t) => format!("{host}/{}/{}", encode(&t.to_string()), self.path()),
            None => format!("{host}/{}", self.path()),
        }
    }
}

/// The enterprise application's Permissions blade (with "Grant admin consent"); it needs the
/// service principal's object ID, which differs per tenant.
pub fn permissions_blade(
    cloud: Cloud,
    tenant: Option<&TenantId>,
    object_id: crate::ids::Guid,
    app: ClientId,
) -> String {
    enterprise_app_blade(cloud, tenant, object_id, app, "Permissions")
}

/// One section of an enterprise application (`Permissions`, `Properties`, `UsersAndGroups`).
pub fn enterprise_app_blade(
    cloud: Cloud,
    tenant: Option<&TenantId>,
    object_id: crate::ids::Guid,
    app: ClientId,
    section: &str,
) -> String {
    let host = cloud.admin_portal_host();
    let section = encode(section);
    let path = format!(
        "#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/{section}/objectId/{object_id}/appId/{app}"
    );
    match tenant.filter(|t| t.is_specific()) {
        Some(t) => format!("{host}/{}/{path}", encode(&t.to_string())),
        None => format!("{host}/{path}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Profile {
        Profile::from_json(include_str!("../../profiles/demo.json")).unwrap()
    }

    #[test]
    fn consent_url_for_the_profile_app_uses_the_authority_and_default_scope() {
        let p = demo();
        let tenant = TenantId::parse("contoso.com");
        let url = admin_consent_url(&p, p.app.client_id, tenant.as_ref()).unwrap();
        assert_eq!(
            url,
            "http://127.0.0.1:8081/contoso.com/v2.0/adminconsent?client_id=3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fcallback"
        );
    }

    #[test]
    fn unknown_clients_and_common_are_refused() {
        let p = demo();
        let stranger = ClientId::parse("00000000-1111-2222-3333-444444444444").unwrap();
        assert_eq!(
            admin_consent_url(&p, stranger, None),
            Err(ConsentUrlError::UnknownClient(stranger))
        );
        let common = TenantId::Common;
        assert!(matches!(
            admin_consent_url(&p, p.app.client_id, Some(&common)),
            Err(ConsentUrlError::TenantNotAllowed(_))
        ));
        let url = admin_consent_url(&p, p.app.client_id, None).unwrap();
        assert!(url.contains("/organizations/v2.0/adminconsent"), "{url}");
    }

    #[test]
    fn several_apis_fall_back_to_the_v1_endpoint() {
        let p = Profile::from_json(include_str!("../../profiles/northwind-sidebar.json")).unwrap();
        let url = admin_consent_url(&p, p.app.client_id, None).unwrap();
        assert!(
            url.starts_with(
                "https://login.microsoftonline.com/organizations/adminconsent?client_id=b1d2e3f4"
            ),
            "{url}"
        );
    }

    #[test]
    fn the_permissions_blade_needs_the_object_id() {
        let app = ClientId::parse("3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11").unwrap();
        let oid = crate::ids::Guid::parse("11111111-2222-4333-8444-555555555555").unwrap();
        assert_eq!(
            permissions_blade(Cloud::Global, None, oid, app),
            "https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Permissions/objectId/11111111-2222-4333-8444-555555555555/appId/3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11"
        );
    }

    #[test]
    fn blade_links_pin_a_known_tenant_and_encode_it() {
        let t = TenantId::parse("contoso.com");
        assert_eq!(
            Blade::UserConsentSettings.url(Cloud::Global, t.as_ref()),
            "https://entra.microsoft.com/contoso.com/#view/Microsoft_AAD_IAM/ConsentPoliciesMenuBlade/~/UserSettings"
        );
        assert!(Blade::SignInLogs
            .url(Cloud::China, None)
            .starts_with("https://portal.azure.cn/#view/"));
    }
}
