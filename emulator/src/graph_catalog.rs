//! Microsoft's published permissions for the two APIs the demo app calls, as their service
//! principals list them (`oauth2PermissionScopes`, `appRoles`). IDs are Microsoft's own:
//! Graph's from "All permissions and IDs" of the Microsoft Graph permissions reference
//! (microsoft-graph-docs-contrib, `concepts/includes/permissions-ids.md`), Exchange Online's
//! from its service principal. Only the permissions the emulator needs are listed.

/// Microsoft Graph's application ID.
pub const GRAPH_APP_ID: &str = consent_core::admin::GRAPH_APP_ID;
/// Office 365 Exchange Online's application ID.
pub const EXCHANGE_APP_ID: &str = consent_core::admin::EXCHANGE_APP_ID;
/// The tenant that owns Microsoft's first-party apps ("Microsoft Services").
pub const MICROSOFT_SERVICES_TENANT: &str = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";

/// A delegated permission (`permissionScope`).
pub struct Scope {
    pub value: &'static str,
    pub id: &'static str,
    /// `type: "Admin"`: only an administrator may consent.
    pub admin: bool,
    pub admin_name: &'static str,
    pub admin_description: &'static str,
    pub user_name: &'static str,
    pub user_description: &'static str,
}

/// An application permission (`appRole` for applications).
pub struct Role {
    pub value: &'static str,
    pub id: &'static str,
    pub display_name: &'static str,
    pub description: &'static str,
}

/// One API: its service principal's identity and permissions.
pub struct Api {
    pub app_id: &'static str,
    pub display_name: &'static str,
    pub service_principal_names: &'static [&'static str],
    pub scopes: &'static [Scope],
    pub roles: &'static [Role],
}

/// A scope users may consent to (`type: "User"`), with the admin's and the user's texts.
const fn scope(
    value: &'static str,
    id: &'static str,
    admin: [&'static str; 2],
    user: [&'static str; 2],
) -> Scope {
    Scope {
        value,
        id,
        admin: false,
        admin_name: admin[0],
        admin_description: admin[1],
        user_name: user[0],
        user_description: user[1],
    }
}

impl Scope {
    /// `type: "Admin"`: only an administrator may consent.
    const fn admin_only(self) -> Scope {
        Scope {
            admin: true,
            ..self
        }
    }
}

const GRAPH_SCOPES: [Scope; 17] = [
    scope("openid", "37f7f235-527c-4136-accd-4a02d197296e",
        ["Sign users in", "Allows users to sign in to the app with their work or school accounts and allows the app to see basic user profile information."],
        ["Sign in as you", "Allows you to sign in to the app with your work or school account and allows the app to read your basic profile information."]),
    scope("profile", "14dad69e-099b-42c9-810b-d002981feec1",
        ["View users' basic profile", "Allows the app to see your users' basic profile (e.g., name, picture, user name, email address)"],
        ["View your basic profile", "Allows the app to see your basic profile (e.g., name, picture, user name, email address)"]),
    scope("email", "64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0",
        ["View users' email address", "Allows the app to read your users' primary email address"],
        ["View your email address", "Allows the app to read your primary email address"]),
    scope("offline_access", "7427e0e9-2fba-42fe-b0c0-848c9e6a8182",
        ["Maintain access to data you have given it access to", "Allows the app to see and update the data you gave it access to, even when users are not currently using the app. This does not give the app any additional permissions."],
        ["Maintain access to data you have given it access to", "Allows the app to see and update the data you gave it access to, even when you are not currently using the app. This does not give the app any additional permissions."]),
    scope("User.Read", "e1fe6dd8-ba31-4d61-89e7-88639da4683d",
        ["Sign in and read user profile", "Allows users to sign-in to the app, and allows the app to read the profile of signed-in users. It also allows the app to read basic company information of signed-in users."],
        ["Sign in and read your profile", "You can sign in to the app and let the app read your profile. It also lets the app read basic company information."]),
    scope("User.Read.All", "a154be20-db9c-4678-8ab7-66f6cc099a59",
        ["Read all users' full profiles", "Allows the app to read the full set of profile properties, reports, and managers of other users in your organization, on behalf of the signed-in user."],
        ["Read all users' full profiles", "Allows the app to read the full set of profile properties, reports, and managers of other users in your organization, on your behalf."]).admin_only(),
    scope("Directory.Read.All", "06da0dbc-49e2-44d2-8312-53f166ab848a",
        ["Read directory data", "Allows the app to read data in your organization's directory, such as users, groups and apps."],
        ["Read directory data", "Allows the app to read data in your organization's directory."]).admin_only(),
    scope("Mail.Read", "570282fd-fa5c-430d-a7fd-fc8dc98a9dca",
        ["Read user mail", "Allows the app to read email in user mailboxes."],
        ["Read your mail", "Allows the app to read email in your mailbox."]),
    scope("Mail.ReadBasic", "a4b8392a-d8d1-4954-a029-8e668a39a170",
        ["Read user basic mail", "Allows the app to read email in the signed-in user's mailbox except body, previewBody, attachments and any extended properties."],
        ["Read user basic mail", "Allows the app to read email in the signed-in user's mailbox except body, previewBody, attachments and any extended properties."]),
    scope("Mail.ReadWrite", "024d486e-b451-40bb-833d-3e66d98c5c73",
        ["Read and write access to user mail", "Allows the app to create, read, update, and delete email in user mailboxes. Does not include permission to send mail."],
        ["Read and write access to your mail", "Allows the app to read, update, create and delete email in your mailbox. Does not include permission to send mail."]),
    scope("MailboxSettings.ReadWrite", "818c620a-27a9-40bd-a6a5-d96f7d610b4b",
        ["Read and write user mailbox settings", "Allows the app to create, read, update, and delete user's mailbox settings. Does not include permission to send mail."],
        ["Read and write to your mailbox settings", "Allows the app to read, update, create, and delete your mailbox settings."]),
    scope("Calendars.Read", "465a38f9-76ea-45b9-9f34-9e8b0d4b0b42",
        ["Read user calendars", "Allows the app to read events in user calendars."],
        ["Read your calendars", "Allows the app to read events in your calendars."]),
    scope("Calendars.ReadWrite", "1ec239c2-d7c9-4623-a91a-a9775856bb36",
        ["Have full access to user calendars", "Allows the app to create, read, update, and delete events in user calendars."],
        ["Have full access to your calendars", "Allows the app to read, update, create and delete events in your calendars."]),
    scope("Files.Read.All", "df85f4d6-205c-4ac5-a5ea-6bf408dba283",
        ["Read all files that user can access", "Allows the app to read all files the signed-in user can access."],
        ["Read all files that you have access to", "Allows the app to read all files you can access."]),
    scope("Files.ReadWrite.All", "863451e7-0667-486c-a5d6-d135439485f0",
        ["Have full access to all files user can access", "Allows the app to read, create, update and delete all files the signed-in user can access."],
        ["Have full access to all files you have access to", "Allows the app to read, create, update and delete all files that you can access."]),
    scope("Sites.Read.All", "205e70e5-aba6-4c52-a976-6d2d46c48043",
        ["Read items in all site collections", "Allows the application to read documents and list items in all site collections on behalf of the signed-in user"],
        ["Read items in all site collections", "Allows the application to read documents and list items in all site collections on behalf of the signed-in user"]),
    scope("Sites.ReadWrite.All", "89fe6a52-be36-487e-b7d8-d061c450a026",
        ["Edit or delete items in all site collections", "Allows the application to edit or delete documents and list items in all site collections on behalf of the signed-in user."],
        ["Edit or delete items in all site collections", "Allows the application to edit or delete documents and list items in all site collections on behalf of the signed-in user."]),
];

const GRAPH_ROLES: [Role; 6] = [
    Role {
        value: "Mail.Read",
        id: "810c84a8-4a9e-49e6-bf7d-12d183f40d01",
        display_name: "Read mail in all mailboxes",
        description: "Allows the app to read mail in all mailboxes without a signed-in user.",
    },
    Role {
        value: "Mail.ReadWrite",
        id: "e2a3a72e-5f79-4c64-b1b1-878b674786c9",
        display_name: "Read and write mail in all mailboxes",
        description: "Allows the app to create, read, update, and delete mail in all mailboxes without a signed-in user. Does not include permission to send mail.",
    },
    Role {
        value: "Calendars.ReadWrite",
        id: "ef54d2bf-783f-4e0f-bca1-3210c0444d99",
        display_name: "Read and write calendars in all mailboxes",
        description: "Allows the app to create, read, update, and delete events of all calendars without a signed-in user.",
    },
    Role {
        value: "MailboxSettings.ReadWrite",
        id: "6931bccd-447a-43d1-b442-00a195474933",
        display_name: "Read and write all user mailbox settings",
        description: "Allows the app to create, read, update, and delete user's mailbox settings without a signed-in user. Does not include permission to send mail.",
    },
    Role {
        value: "User.Read.All",
        id: "df021288-bdef-4463-88db-98f22de89214",
        display_name: "Read all users' full profiles",
        description: "Allows the app to read user profiles without a signed in user.",
    },
    Role {
        value: "Directory.Read.All",
        id: "7ab1d382-f21e-4acd-a863-ba3e13f7da61",
        display_name: "Read directory data",
        description: "Allows the app to read data in your organization's directory, such as users, groups and apps, without a signed-in user.",
    },
];

const EXCHANGE_SCOPES: [Scope; 1] = [scope(
    "EWS.AccessAsUser.All",
    "3b5f3d61-589b-4a3c-a359-5dd4b5ee5bd5",
    ["Access mailboxes as the signed-in user via Exchange Web Services", "Allows the app to have the same access to mailboxes as the signed-in user via Exchange Web Services."],
    ["Access your mailboxes", "Allows the app to have the same access to your mailboxes as you via Exchange Web Services."],
)];

const EXCHANGE_ROLES: [Role; 1] = [Role {
    value: "full_access_as_app",
    id: "dc890d15-9560-4a4c-9b7f-a736ec74ec40",
    display_name: "Use Exchange Web Services with full access to all mailboxes",
    description: "Allows the app to have full access via Exchange Web Services to all mailboxes without a signed-in user.",
}];

pub const GRAPH: Api = Api {
    app_id: GRAPH_APP_ID,
    display_name: "Microsoft Graph",
    service_principal_names: &[
        "https://graph.microsoft.com/",
        "https://graph.microsoft.com",
        "https://canary.graph.microsoft.com",
        "https://ags.windows.net",
        "00000003-0000-0000-c000-000000000000",
        "00000003-0000-0000-c000-000000000000/ags.windows.net",
    ],
    scopes: &GRAPH_SCOPES,
    roles: &GRAPH_ROLES,
};

pub const EXCHANGE: Api = Api {
    app_id: EXCHANGE_APP_ID,
    display_name: "Office 365 Exchange Online",
    service_principal_names: &[
        "https://outlook.office365.com/",
        "https://outlook.office365.com",
        "https://outlook.office.com",
        "00000002-0000-0ff1-ce00-000000000000",
    ],
    scopes: &EXCHANGE_SCOPES,
    roles: &EXCHANGE_ROLES,
};

pub const APIS: [&Api; 2] = [&GRAPH, &EXCHANGE];

impl Api {
    pub fn scope(&self, value: &str) -> Option<&'static Scope> {
        self.scopes
            .iter()
            .find(|s| s.value.eq_ignore_ascii_case(value))
    }

    pub fn role(&self, value: &str) -> Option<&'static Role> {
        self.roles
            .iter()
            .find(|r| r.value.eq_ignore_ascii_case(value))
    }

    /// The API a resource URI or appId names (`https://graph.microsoft.com`, its appId, …).
    pub fn named(name: &str) -> Option<&'static Api> {
        let trimmed = name.trim_end_matches('/');
        APIS.into_iter().find(|api| {
            api.app_id.eq_ignore_ascii_case(trimmed)
                || api
                    .service_principal_names
                    .iter()
                    .any(|n| n.trim_end_matches('/').eq_ignore_ascii_case(trimmed))
        })
    }
}

/// A Graph delegated permission's ID by name (empty for a name not listed here; a test
/// checks every name the emulator uses).
pub fn graph_scope_id(value: &str) -> &'static str {
    GRAPH.scope(value).map_or("", |s| s.id)
}
