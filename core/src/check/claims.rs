//! One-line explanations of the claims Microsoft puts in ID and access tokens
//! (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference).

const EXPLANATIONS: &[(&str, &str)] = &[
    (
        "aud",
        "Audience: the API (or, in an ID token, the app) this token is for.",
    ),
    (
        "iss",
        "Issuer: the Microsoft sign-in service and tenant that issued the token.",
    ),
    ("iat", "Issued at (seconds since 1970)."),
    ("nbf", "Not valid before (seconds since 1970)."),
    ("exp", "Expires at (seconds since 1970)."),
    ("tid", "Tenant ID: the organization you signed in to."),
    (
        "oid",
        "Your object ID in that organization; the same for every app there.",
    ),
    ("sub", "Subject: an ID for you that is unique to this app."),
    ("name", "Your display name (for display only)."),
    (
        "preferred_username",
        "Your sign-in name (for display only; it can change).",
    ),
    (
        "upn",
        "User principal name: your sign-in name in the directory.",
    ),
    ("unique_name", "A display name for you (version 1 tokens)."),
    (
        "email",
        "Your e-mail address, when the organization shares it.",
    ),
    (
        "scp",
        "Scopes: the delegated permissions granted to the app for this API.",
    ),
    (
        "roles",
        "App roles: application permissions, or roles assigned to you in this API.",
    ),
    (
        "wids",
        "Directory roles you hold in this tenant (role template IDs).",
    ),
    ("groups", "Groups you are a member of."),
    (
        "ver",
        "Token version (1.0 or 2.0), chosen by the API, not the sign-in endpoint.",
    ),
    ("idtyp", "Token type: \"app\" for app-only tokens."),
    (
        "nonce",
        "The one-time value this page sent, echoed back to prove the token answers this sign-in.",
    ),
    (
        "azp",
        "Authorized party: the app (client ID) that asked for the token.",
    ),
    (
        "appid",
        "The app (client ID) that asked for the token (version 1 tokens).",
    ),
    (
        "azpacr",
        "How the app authenticated: 0 = public client (no secret), 1 = secret, 2 = certificate.",
    ),
    (
        "appidacr",
        "How the app authenticated: 0 = public client (no secret), 1 = secret, 2 = certificate.",
    ),
    ("amr", "How you authenticated (password, MFA, …)."),
    ("acr", "Authentication context class."),
    (
        "acrs",
        "Authentication contexts satisfied (Conditional Access).",
    ),
    ("app_displayname", "The app's display name."),
    ("family_name", "Your last name."),
    ("given_name", "Your first name."),
    ("ipaddr", "The IP address you signed in from."),
    (
        "idp",
        "The identity provider that authenticated you (for guests).",
    ),
    ("sid", "Session ID."),
    ("uti", "Token identifier."),
    ("aio", "Internal Microsoft data; ignore."),
    ("rh", "Internal Microsoft data; ignore."),
    ("xms_cc", "Client capabilities the app declared."),
    ("xms_tcdt", "Tenant creation time (internal)."),
    ("login_hint", "An opaque hint for signing you in again."),
];

pub fn explain(claim: &str) -> &'static str {
    EXPLANATIONS
        .iter()
        .find(|(name, _)| *name == claim)
        .map_or("", |(_, text)| text)
}
