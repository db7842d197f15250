//! Intake: turns whatever a person brings — redirect parameters, a copied error page, a JSON
//! error body, a log line — into the facts a diagnosis needs.
//!
//! Sources are read in order of trust: structured parameters first, then JSON found in the
//! text, then labelled fields, then loose patterns, then Microsoft's wordings. A later
//! source only fills facts an earlier one left empty.

mod json;
mod libraries;
mod params;
mod phrases;
mod scan;

pub use libraries::{LibraryError, Reading};
pub use params::{ALLOWED_KEYS, MAX_PARAM_CHARS};
pub use phrases::Phrase;

use crate::catalogue::{self, OAuthError};
use crate::ids::{AadstsCode, ClientId, Guid, Scope, TenantId};
use crate::verdict::Audience;

/// Free text longer than this is cut before scanning; 2 MiB covers a whole saved HAR entry.
pub const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;
/// More codes than this in one input is noise, not a diagnosis.
const MAX_CODES: usize = 16;

/// Where the input most likely came from.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Endpoint {
    /// Nothing recognisable.
    #[default]
    Unknown,
    /// The `error`/`error_description` redirect from the authorize endpoint.
    AuthorizeRedirect,
    /// The redirect back from `/adminconsent` (carries `admin_consent`).
    AdminConsentResponse,
    /// A JSON error body from the token endpoint (`error_codes`, `trace_id`, …).
    TokenJson,
    /// Text copied from Microsoft's sign-in error page ("Troubleshooting details").
    ErrorPageCopy,
    /// A SOAP/XML fault carrying the message.
    XmlFault,
    /// A log line or any other text with an error in it.
    FreeText,
}

impl Endpoint {
    pub fn label(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            Endpoint::Unknown => Msg::InputUnknown,
            Endpoint::AuthorizeRedirect => Msg::InputAuthorizeRedirect,
            Endpoint::AdminConsentResponse => Msg::InputAdminConsentResponse,
            Endpoint::TokenJson => Msg::InputTokenJson,
            Endpoint::ErrorPageCopy => Msg::InputErrorPageCopy,
            Endpoint::XmlFault => Msg::InputXmlFault,
            Endpoint::FreeText => Msg::InputFreeText,
        }
    }
}

/// Something that arrived and was deliberately not used.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Dropped {
    /// An authorization code: it is a credential and never belongs in a diagnostic link.
    AuthorizationCode,
    /// An access, ID or refresh token.
    Token,
    /// A redirect or "return to" address: this page never navigates where a link says.
    RedirectTarget(String),
    /// An authority or other parameter that would change where sign-in happens.
    Authority,
}

impl Dropped {
    pub fn explain(&self, m: &crate::i18n::Messages) -> String {
        use crate::i18n::Msg;
        match self {
            Dropped::AuthorizationCode => m.get(Msg::NoteDroppedCode),
            Dropped::Token => m.get(Msg::NoteDroppedToken),
            Dropped::RedirectTarget(key) => m.text(Msg::NoteDroppedRedirect, &[("key", key)]),
            Dropped::Authority => m.get(Msg::NoteDroppedAuthority),
        }
    }
}

/// The facts extracted from one input.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Intake {
    pub error: Option<OAuthError>,
    pub error_description: Option<String>,
    /// Every AADSTS code in order of appearance, without repeats.
    pub codes: Vec<AadstsCode>,
    /// The message Microsoft gave with the primary code.
    pub message: Option<String>,
    pub error_subcode: Option<String>,
    pub suberror: Option<String>,
    pub error_uri: Option<String>,
    pub trace_id: Option<Guid>,
    pub correlation_id: Option<Guid>,
    pub request_id: Option<Guid>,
    pub timestamp: Option<String>,
    /// The app the input names (a `client_id` parameter or an app ID in the text).
    pub app_id: Option<ClientId>,
    pub app_name: Option<String>,
    pub tenant: Option<TenantId>,
    pub admin_consent: Option<bool>,
    /// A `state` parameter was present (its value is never kept).
    pub state_present: bool,
    pub scopes: Vec<Scope>,
    pub endpoint: Endpoint,
    /// A Microsoft wording recognised where no code was given.
    pub phrase: Option<Phrase>,
    /// A client library's own name for the error (a cancel, a required interaction).
    pub library: Option<LibraryError>,
    pub audience: Option<Audience>,
    pub dropped: Vec<Dropped>,
    /// Parameter names outside docs/public-interface.md §3, for the "ignored" list.
    pub ignored: Vec<String>,
    /// Parameters that appeared more than once; only the first value is used.
    pub duplicates: Vec<String>,
    /// Some input was cut to stay within limits.
    pub truncated: bool,
}

impl Intake {
    /// Reads a query string and a fragment (either may be empty, with or without `?`/`#`).
    pub fn from_location(query: &str, fragment: &str) -> Intake {
        params::from_location(query, fragment)
    }

    /// Reads free text: a copied page, a URL, JSON, XML, a log line.
    pub fn from_text(text: &str) -> Intake {
        let mut intake = Intake::default();
        intake.absorb_text(text);
        intake.finish();
        intake
    }

    /// The code the diagnosis is about: the first specific one, skipping generic wrapper
    /// codes that Microsoft puts in front of the real cause.
    pub fn primary_code(&self) -> Option<AadstsCode> {
        let specific = |c: &&AadstsCode| !catalogue::is_wrapper(**c);
        let known = |c: &&AadstsCode| catalogue::lookup(**c).is_some();
        self.codes
            .iter()
            .filter(specific)
            .find(known)
            .or_else(|| self.codes.iter().find(specific))
            .or_else(|| self.codes.first())
            .copied()
    }

    /// True when the input held nothing a diagnosis can use.
    pub fn is_empty(&self) -> bool {
        self.error.is_none()
            && self.codes.is_empty()
            && self.phrase.is_none()
            && self.admin_consent.is_none()
    }

    /// Merges facts from free text, keeping facts already known.
    fn absorb_text(&mut self, text: &str) {
        let text = if text.len() > MAX_TEXT_BYTES {
            self.truncated = true;
            // The limit may fall inside a multi-byte character: back off to a boundary.
            let mut end = MAX_TEXT_BYTES;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            &text[..end]
        } else {
            text
        };
        params::absorb_embedded_url(self, text);
        json::absorb(self, text);
        scan::absorb(self, text);
    }

    /// Derives what depends on everything else: the message of the primary code, the
    /// endpoint kind, the phrase fallback.
    fn finish(&mut self) {
        self.codes.truncate(MAX_CODES);
        if self.codes.is_empty() {
            if let Some(code) = self.phrase.and_then(|p| p.code) {
                self.codes.extend(AadstsCode::new(code));
            }
        }
        if self.message.is_none() {
            if let (Some(code), Some(description)) = (self.primary_code(), &self.error_description)
            {
                self.message = scan::message_after_code(description, code);
            }
        }
        if self.endpoint == Endpoint::Unknown && !self.is_empty() {
            self.endpoint = Endpoint::FreeText;
        }
        if self.admin_consent.is_some() {
            self.endpoint = Endpoint::AdminConsentResponse;
        }
    }

    fn add_code(&mut self, code: AadstsCode) {
        if !self.codes.contains(&code) && self.codes.len() < MAX_CODES {
            self.codes.push(code);
        }
    }
}

fn fill<T>(slot: &mut Option<T>, value: Option<T>) {
    if slot.is_none() {
        *slot = value;
    }
}

#[cfg(test)]
mod tests;
