//! Microsoft's clouds and their hosts
//! (https://learn.microsoft.com/entra/identity-platform/authentication-national-cloud).

/// A Microsoft identity cloud. Tokens, apps and consents never cross between them.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum Cloud {
    #[default]
    Global,
    UsGov,
    UsGovDod,
    China,
}

impl Cloud {
    pub const ALL: [Cloud; 4] = [Cloud::Global, Cloud::UsGov, Cloud::UsGovDod, Cloud::China];

    /// The ID used in profiles and in `/admin?cloud=`.
    pub fn id(self) -> &'static str {
        match self {
            Cloud::Global => "global",
            Cloud::UsGov => "usgov",
            Cloud::UsGovDod => "usgov-dod",
            Cloud::China => "china",
        }
    }

    pub fn parse(text: &str) -> Option<Cloud> {
        Cloud::ALL
            .into_iter()
            .find(|c| c.id().eq_ignore_ascii_case(text.trim()))
    }

    pub fn label(self) -> &'static str {
        match self {
            Cloud::Global => "Global (worldwide, including GCC)",
            Cloud::UsGov => "US Government (GCC High)",
            Cloud::UsGovDod => "US Government DoD",
            Cloud::China => "China (operated by 21Vianet)",
        }
    }

    /// The sign-in (authority) host, without a trailing slash.
    pub fn login_host(self) -> &'static str {
        match self {
            Cloud::Global => "https://login.microsoftonline.com",
            Cloud::UsGov | Cloud::UsGovDod => "https://login.microsoftonline.us",
            Cloud::China => "https://login.partner.microsoftonline.cn",
        }
    }

    /// Microsoft Graph for this cloud.
    pub fn graph_host(self) -> &'static str {
        match self {
            Cloud::Global => "https://graph.microsoft.com",
            Cloud::UsGov => "https://graph.microsoft.us",
            Cloud::UsGovDod => "https://dod-graph.microsoft.us",
            Cloud::China => "https://microsoftgraph.chinacloudapi.cn",
        }
    }

    /// Where admin-center blades open. The worldwide cloud has the Microsoft Entra admin
    /// center; for the national clouds we use the Azure portal, which serves the same
    /// `#view/...` blade paths and is the host Microsoft documents for them.
    pub fn admin_portal_host(self) -> &'static str {
        match self {
            Cloud::Global => "https://entra.microsoft.com",
            Cloud::UsGov | Cloud::UsGovDod => "https://portal.azure.us",
            Cloud::China => "https://portal.azure.cn",
        }
    }

    /// Hosts a genuine `error_uri` may point at.
    pub fn is_microsoft_login_host(host: &str) -> bool {
        matches!(
            host.to_ascii_lowercase().as_str(),
            "login.microsoftonline.com"
                | "login.windows.net"
                | "login.microsoftonline.us"
                | "login.partner.microsoftonline.cn"
                | "login.chinacloudapi.cn"
        )
    }
}
