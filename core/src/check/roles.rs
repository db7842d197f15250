//! Directory roles seen in the `wids` claim and what each may consent to
//! (https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference).

/// How much of the tenant-wide consent an admin role can grant.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ConsentPower {
    /// Any permission for any API, including Microsoft Graph application permissions.
    Everything,
    /// Delegated and application permissions, except Microsoft Graph application permissions.
    AllButGraphAppRoles,
    /// No tenant-wide consent.
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Role {
    pub template_id: &'static str,
    pub name: &'static str,
    pub power: ConsentPower,
    /// What the role may consent to, in one line.
    pub consent: &'static str,
}

pub const ROLES: [Role; 11] = [
    Role { template_id: "62e90394-69f5-4237-9190-012177145e10", name: "Global Administrator", power: ConsentPower::Everything, consent: "Can grant any permission for any API, and approve requests for Microsoft Graph application permissions." },
    Role { template_id: "e8611ab8-c189-46e8-94e1-60213ab1f814", name: "Privileged Role Administrator", power: ConsentPower::Everything, consent: "Can grant any permission for any API, including Microsoft Graph application permissions, and manage consent settings." },
    Role { template_id: "158c047a-c907-4556-b7ef-446551a6b5f7", name: "Cloud Application Administrator", power: ConsentPower::AllButGraphAppRoles, consent: "Can grant delegated and application permissions, except application permissions for Microsoft Graph." },
    Role { template_id: "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", name: "Application Administrator", power: ConsentPower::AllButGraphAppRoles, consent: "Can grant delegated and application permissions, except application permissions for Microsoft Graph." },
    Role { template_id: "29232cdf-9323-42fd-ade2-1d097af3e4de", name: "Exchange Administrator", power: ConsentPower::None, consent: "Cannot grant tenant-wide consent (often mistaken for a role that can)." },
    Role { template_id: "69091246-20e8-4a56-aa4d-066075b2a7a8", name: "Teams Administrator", power: ConsentPower::None, consent: "Cannot grant tenant-wide consent (often mistaken for a role that can)." },
    Role { template_id: "194ae4cb-b126-40b2-bd5b-6091b380977d", name: "Security Administrator", power: ConsentPower::None, consent: "Cannot grant tenant-wide consent." },
    Role { template_id: "f2ef992c-3afb-46b9-b7cf-a126ee74c451", name: "Global Reader", power: ConsentPower::None, consent: "Can read consent settings but not grant consent." },
    Role { template_id: "cf1c38e5-3621-4004-a7cb-879624dced7c", name: "Application Developer", power: ConsentPower::None, consent: "Can register apps but not grant tenant-wide consent." },
    Role { template_id: "88d8e3e3-8f55-4a1e-953a-9b9898b8876b", name: "Directory Readers", power: ConsentPower::None, consent: "Cannot grant consent." },
    Role { template_id: "b79fbf4d-3ef9-4689-8143-76b194e85509", name: "User (default role)", power: ConsentPower::None, consent: "Only what the organization's user consent settings allow." },
];

/// Names a role template ID; unknown IDs are kept so the page can list them.
pub fn role(template_id: &str) -> Option<&'static Role> {
    ROLES
        .iter()
        .find(|r| r.template_id.eq_ignore_ascii_case(template_id.trim()))
}
