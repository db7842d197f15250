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

    /// The message saying what the error means, for a reader without a code.
    pub fn meaning(&self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            OAuthError::InvalidRequest => Msg::OauthInvalidRequest,
            OAuthError::UnauthorizedClient => Msg::OauthUnauthorizedClient,
            OAuthError::AccessDenied => Msg::OauthAccessDenied,
            OAuthError::UnsupportedResponseType => Msg::OauthUnsupportedResponseType,
            OAuthError::InvalidScope => Msg::OauthInvalidScope,
            OAuthError::ServerError => Msg::OauthServerError,
            OAuthError::TemporarilyUnavailable => Msg::OauthTemporarilyUnavailable,
            OAuthError::InvalidResource => Msg::OauthInvalidResource,
            OAuthError::LoginRequired => Msg::OauthLoginRequired,
            OAuthError::InteractionRequired => Msg::OauthInteractionRequired,
            OAuthError::ConsentRequired => Msg::OauthConsentRequired,
            OAuthError::InvalidGrant => Msg::OauthInvalidGrant,
            OAuthError::InvalidClient => Msg::OauthInvalidClient,
            OAuthError::UnsupportedGrantType => Msg::OauthUnsupportedGrantType,
            OAuthError::PermissionDenied => Msg::OauthPermissionDenied,
            OAuthError::Other(_) => Msg::OauthOther,
        }
    }
}
