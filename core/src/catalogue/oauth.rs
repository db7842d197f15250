//! OAuth 2.0 / OpenID Connect `error` values (RFC 6749 §4.1.2.1, §5.2; OIDC Core §3.1.2.6)
//! and the non-standard ones Entra sends.

/// An `error` value. Unknown values are kept, as the oauth2 crate does with `Extension`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum OAuthError {
    InvalidRequest,
    UnauthorizedClient,
    AccessDenied,
    UnsupportedResponseType,
    InvalidScope,
    ServerError,
    TemporarilyUnavailable,
    InvalidResource,
    LoginRequired,
    InteractionRequired,
    ConsentRequired,
    InvalidGrant,
    InvalidClient,
    UnsupportedGrantType,
    /// The v1 admin-consent endpoint's cancel value.
    PermissionDenied,
    Other(String),
}

const KNOWN: [(&str, OAuthError); 15] = [
    ("invalid_request", OAuthError::InvalidRequest),
    ("unauthorized_client", OAuthError::UnauthorizedClient),
    ("access_denied", OAuthError::AccessDenied),
    (
        "unsupported_response_type",
        OAuthError::UnsupportedResponseType,
    ),
    ("invalid_scope", OAuthError::InvalidScope),
    ("server_error", OAuthError::ServerError),
    (
        "temporarily_unavailable",
        OAuthError::TemporarilyUnavailable,
    ),
    ("invalid_resource", OAuthError::InvalidResource),
    ("login_required", OAuthError::LoginRequired),
    ("interaction_required", OAuthError::InteractionRequired),
    ("consent_required", OAuthError::ConsentRequired),
    ("invalid_grant", OAuthError::InvalidGrant),
    ("invalid_client", OAuthError::InvalidClient),
    ("unsupported_grant_type", OAuthError::UnsupportedGrantType),
    ("permission_denied", OAuthError::PermissionDenied),
];

impl OAuthError {
    /// Reads a value case-insensitively; anything else is kept as `Other`, capped in length.
    pub fn parse(text: &str) -> OAuthError {
        let text = text.trim();
        KNOWN
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(text))
            .map(|(_, e)| e.clone())
            .unwrap_or_else(|| OAuthError::Other(text.chars().take(64).collect()))
    }

    /// Reads an `error` parameter: invisible and control characters are dropped first, and
    /// a value with nothing left is no error at all.
    pub fn from_param(text: &str) -> Option<OAuthError> {
        let (clean, _) = crate::text::for_display(text, 64);
        let clean = clean.trim();
        (!clean.is_empty()).then(|| OAuthError::parse(clean))
    }

    /// Finds a known value as a whole word in free text ("Error Code: interaction_required").
    pub fn known_name(word: &str) -> Option<OAuthError> {
        match OAuthError::parse(word) {
            OAuthError::Other(_) => None,
            known => Some(known),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            OAuthError::Other(s) => s,
            known => KNOWN
                .iter()
                .find(|(_, e)| e == known)
                .map_or("", |(name, _)| name),
        }
    }

    pub fn is_known(&self) -> bool {
        !matches!(self, OAuthError::Other(_))
    }

    /// What the value says, in plain words, for when no AADSTS code came with it.
    pub fn meaning(&self) -> &'static str {
        match self {
            OAuthError::InvalidRequest => "The sign-in request was malformed or missing something; the app built it wrongly.",
            OAuthError::UnauthorizedClient => "The app is not allowed to use this kind of sign-in, or it is not available in this organization.",
            OAuthError::AccessDenied => "Access was denied: the consent prompt was declined or cancelled, or a policy refused the sign-in.",
            OAuthError::UnsupportedResponseType => "The app asked for a kind of response its registration does not allow.",
            OAuthError::InvalidScope => "The app asked for permissions in a form that is not valid.",
            OAuthError::ServerError => "Microsoft's sign-in service hit an unexpected error. Try again in a few minutes.",
            OAuthError::TemporarilyUnavailable => "Microsoft's sign-in service is temporarily overloaded or unavailable. Try again shortly.",
            OAuthError::InvalidResource => "The service the app wants to call does not exist or is not set up in this organization.",
            OAuthError::LoginRequired => "There is no active sign-in session; you need to sign in interactively.",
            OAuthError::InteractionRequired => "Microsoft needs you to do something on the sign-in screen (sign in, multi-factor authentication, or consent).",
            OAuthError::ConsentRequired => "Consent to the app's permissions is missing; someone has to grant it interactively.",
            OAuthError::InvalidGrant => "The sign-in code or saved sign-in is no longer valid; sign in again.",
            OAuthError::InvalidClient => "The app could not prove its identity to Microsoft; its registration or credentials are wrong.",
            OAuthError::UnsupportedGrantType => "The app used a kind of token request this registration does not support.",
            OAuthError::PermissionDenied => "The administrator cancelled the consent request.",
            OAuthError::Other(_) => "This error value is not one the OAuth standard or Microsoft documents.",
        }
    }
}
