//! Diagnosis: (intake, profile, audience) → verdict, headline, who can fix it, ordered fixes,
//! warnings and the facts support needs. Pure and deterministic: the same input always
//! gives the same diagnosis, which is what makes share links and golden tests work.

use crate::catalogue::{self, CodeEntry, CodeTexts, OAuthError};
use crate::cloud::Cloud;
use crate::fixes::{self, FixCard, FixContext, FixId};
use crate::i18n::{Messages, Msg};
use crate::ids::{AadstsCode, ClientId, Guid, TenantId};
use crate::intake::{Endpoint, Intake, Reading};
use crate::profile::Profile;
use crate::text::for_display;
use crate::urls;
use crate::verdict::{Audience, Fixer, Verdict};

/// Longest text shown from any input field.
pub const MAX_SHOWN_CHARS: usize = 4096;

/// Permissions that Microsoft-managed consent settings stopped users from granting in
/// 2025 (Message Center MC1097272 and MC1163922; see
/// https://learn.microsoft.com/entra/identity/enterprise-apps/configure-user-consent).
const MANAGED_POLICY_BLOCKED: [&str; 16] = [
    "Files.Read.All",
    "Files.ReadWrite.All",
    "Sites.Read.All",
    "Sites.ReadWrite.All",
    "Mail.Read",
    "Mail.ReadWrite",
    "Mail.ReadBasic",
    "Calendars.Read",
    "Calendars.ReadWrite",
    "Contacts.ReadWrite",
    "People.Read",
    "OnlineMeetings.ReadWrite",
    "EWS.AccessAsUser.All",
    "EAS.AccessAsUser.All",
    "IMAP.AccessAsUser.All",
    "POP.AccessAsUser.All",
];

/// `{origin}/tenant`: the tenant check, with the tenant and the error code prefilled so the
/// finding that explains this error comes first.
pub fn tenant_page(origin: &str, tenant: Option<&TenantId>, code: Option<AadstsCode>) -> String {
    let mut params = Vec::new();
    if let Some(t) = tenant.filter(|t| t.is_specific()) {
        params.push(format!("tenant={}", urls::encode(&t.to_string())));
    }
    if let Some(code) = code {
        params.push(format!("error_codes={}", code.number()));
    }
    let query = if params.is_empty() {
        String::new()
    } else {
        format!("?{}", params.join("&"))
    };
    format!("{}/tenant{query}", origin.trim_end_matches('/'))
}

/// `{origin}/admin`, with the tenant prefilled when it is known.
pub fn admin_page(origin: &str, tenant: Option<&TenantId>) -> String {
    match tenant.filter(|t| t.is_specific()) {
        Some(t) => format!(
            "{}/admin?tenant={}",
            origin.trim_end_matches('/'),
            urls::encode(&t.to_string())
        ),
        None => format!("{}/admin", origin.trim_end_matches('/')),
    }
}

/// True for a permission users on Microsoft-managed consent settings can no longer grant.
pub fn is_managed_blocked(name: &str) -> bool {
    MANAGED_POLICY_BLOCKED.contains(&name)
}

/// A warning a person must not miss (`data-warning`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// `unknown-client`, `broad-scope`, `unverified-publisher`, `unsolicited-response`.
    pub id: &'static str,
    pub title: String,
    pub text: String,
}

/// A second reading of an ambiguous input, shown under the verdict: a closed sign-in window
/// is also what people report after Microsoft's "Need admin approval" or "Approval required"
/// screen, which they left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alternative {
    pub verdict: Verdict,
    pub text: String,
    /// This site's diagnosis of that reading.
    pub href: String,
}

/// `error_uri` is shown as a link only when it points at Microsoft's sign-in hosts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorUri {
    Link(String),
    Text(String),
}

/// The facts, cleaned for display and for the support report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    pub codes: Vec<AadstsCode>,
    pub error: Option<String>,
    pub error_subcode: Option<String>,
    pub suberror: Option<String>,
    pub message: Option<String>,
    pub description: Option<String>,
    pub description_truncated: bool,
    pub error_uri: Option<ErrorUri>,
    pub trace_id: Option<Guid>,
    pub correlation_id: Option<Guid>,
    pub request_id: Option<Guid>,
    pub timestamp: Option<String>,
    pub tenant: Option<TenantId>,
    pub app_id: Option<ClientId>,
    pub app_name: Option<String>,
    pub admin_consent: Option<bool>,
    pub endpoint: Endpoint,
    /// A Microsoft wording that stood in for a missing code.
    pub recognised: Option<crate::intake::Phrase>,
    pub lookup_url: Option<String>,
    /// What arrived and was deliberately not used (a code, a token, a return address); the
    /// report names these.
    pub dropped: Vec<crate::intake::Dropped>,
}

/// How the page came to show this diagnosis.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The response looks like a redirect this browser did not start (no pending sign-in).
    pub unsolicited: bool,
    /// This site's origin (`https://help.example`), for the link to this diagnosis in the
    /// admin's voice that the user's message to the admin carries.
    pub origin: Option<String>,
    /// Notes the page adds (for example why a sign-in response was refused).
    pub notes: Vec<String>,
    /// The catalogue's words, once loaded. Without them a catalogued code's summary is
    /// empty (the page fills it in when the words arrive); the verdict and fixes are the same.
    pub texts: Option<&'static CodeTexts>,
    /// The user's language; English when unset. The admin's and support's voices are
    /// English for now, whatever this says (docs/translation.md).
    pub messages: Option<&'static Messages>,
}

impl Options {
    /// The catalogue for `audience`.
    pub fn messages_for(&self, audience: Audience) -> &'static Messages {
        match self.messages {
            Some(m) if audience == Audience::User => m,
            _ => Messages::english(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnosis {
    pub verdict: Verdict,
    pub code: Option<AadstsCode>,
    pub audience: Audience,
    pub headline: String,
    /// What the code or wording means; empty while the catalogue's words are loading.
    pub summary: String,
    /// The catalogue's short title for the code, when its words are loaded.
    pub code_title: Option<String>,
    /// Another reading, when the input cannot tell two causes apart.
    pub alternative: Option<Alternative>,
    pub fixers: Vec<Fixer>,
    pub fixes: Vec<FixCard>,
    pub warnings: Vec<Warning>,
    pub notes: Vec<String>,
    pub facts: Facts,
    /// The admin-consent URL, when one may be offered for this app and tenant.
    pub consent_url: Option<String>,
}

impl Diagnosis {
    /// All fix IDs in recommended order, as the page renders them.
    pub fn fix_ids(&self) -> Vec<FixId> {
        self.fixes
            .iter()
            .flat_map(|c| c.ids.iter().copied())
            .collect()
    }

    pub fn has_warning(&self, id: &str) -> bool {
        self.warnings.iter().any(|w| w.id == id)
    }

    /// Codes and IDs in one line, for messages.
    pub fn facts_line(&self) -> String {
        facts_line(&self.facts)
    }
}

/// Decides the verdict and the catalogue entry behind it.
pub fn classify(intake: &Intake) -> (Verdict, Option<AadstsCode>, Option<&'static CodeEntry>) {
    let code = intake.primary_code();
    let entry = code.and_then(catalogue::lookup);
    let cancelled = intake
        .error_subcode
        .as_deref()
        .is_some_and(|s| s.eq_ignore_ascii_case("cancel"));
    if let Some(entry) = entry {
        return (entry.verdict, code, Some(entry));
    }
    if code.is_some() {
        return (Verdict::Other, code, None);
    }
    if intake.admin_consent == Some(true) && intake.error.is_none() {
        return (Verdict::AdminConsentGranted, None, None);
    }
    if let Some(phrase) = intake.phrase {
        return (phrase.verdict, None, None);
    }
    if let Some(found) = intake.library {
        // "Interaction required" is the libraries' wrapper for many things; a more specific
        // OAuth error beside it (consent_required) says more.
        let wrapper_only = found.reading == Reading::InteractionRequired
            && matches!(intake.error, Some(OAuthError::ConsentRequired));
        if !wrapper_only {
            return (found.reading.verdict(), None, None);
        }
    }
    if intake
        .suberror
        .as_deref()
        .is_some_and(|s| s.eq_ignore_ascii_case("consent_required"))
    {
        return (Verdict::AdminConsentRequired, None, None);
    }
    let verdict = match &intake.error {
        None => Verdict::Unknown,
        Some(OAuthError::AccessDenied) if cancelled => Verdict::UserDeclinedConsent,
        Some(OAuthError::AccessDenied | OAuthError::PermissionDenied) => {
            Verdict::UserDeclinedConsent
        }
        Some(OAuthError::ConsentRequired) if intake.admin_consent.is_some() => {
            Verdict::UserDeclinedConsent
        }
        Some(OAuthError::ConsentRequired) => Verdict::AdminConsentRequired,
        Some(
            OAuthError::InteractionRequired | OAuthError::LoginRequired | OAuthError::InvalidGrant,
        ) => Verdict::SignInRequired,
        Some(
            OAuthError::InvalidRequest
            | OAuthError::UnauthorizedClient
            | OAuthError::UnsupportedResponseType
            | OAuthError::InvalidScope
            | OAuthError::InvalidClient
            | OAuthError::UnsupportedGrantType,
        ) => Verdict::MisconfiguredApp,
        Some(OAuthError::InvalidResource) => Verdict::AppNotFoundInTenant,
        Some(
            OAuthError::ServerError | OAuthError::TemporarilyUnavailable | OAuthError::Other(_),
        ) => Verdict::Other,
    };
    (verdict, None, None)
}

/// The whole diagnosis.
pub fn diagnose(
    intake: &Intake,
    profile: &Profile,
    audience: Audience,
    options: &Options,
) -> Diagnosis {
    let (verdict, code, entry) = classify(intake);
    let m = options.messages_for(audience);
    let product = profile.product_name.as_str();
    let facts = facts(intake, profile.cloud, code);

    let mut warnings = Vec::new();
    let named_app_is_known = intake.app_id.is_none_or(|id| profile.is_known_client(id));
    if let Some(id) = intake.app_id.filter(|_| !named_app_is_known) {
        let app = match &facts.app_name {
            Some(name) => format!("{id} (\"{name}\")"),
            None => id.to_string(),
        };
        warnings.push(Warning {
            id: "unknown-client",
            title: m.text(Msg::WarningUnknownClientTitle, &[("product", product)]),
            text: m.text(
                Msg::WarningUnknownClient,
                &[("app", &app), ("product", product)],
            ),
        });
    }
    if options.unsolicited {
        warnings.push(Warning {
            id: "unsolicited-response",
            title: m.get(Msg::WarningUnsolicitedTitle),
            text: m.get(Msg::WarningUnsolicited),
        });
    }

    let consent_url = if named_app_is_known {
        let client = intake.app_id.unwrap_or(profile.app.client_id);
        urls::admin_consent_url(profile, client, intake.tenant.as_ref()).ok()
    } else {
        None
    };
    let consent_verdict = verdict.is_about_consent() || verdict == Verdict::AdminConsentGranted;
    if consent_verdict && named_app_is_known {
        warnings.extend(consent_warnings(
            profile,
            consent_url.as_deref(),
            &intake.scopes,
            m,
        ));
    }

    let fix_list: &[FixId] = match entry {
        Some(entry) => entry.fixes(),
        None if intake
            .phrase
            .is_some_and(|p| p.label.starts_with("Application access policy")) =>
        {
            &[FixId::AppOnlyAccess, FixId::ContactVendor]
        }
        None if verdict == Verdict::Other && code.is_some() => {
            &[FixId::LookupCode, FixId::ContactVendor, FixId::WaitAndRetry]
        }
        None => catalogue::fixes_for_verdict(verdict),
    };
    let facts_text = facts_line(&facts);
    let admin_link = options.origin.as_deref().map(|origin| {
        crate::share::link_from_facts(origin, &facts, code, profile, Audience::Admin)
    });
    let admin_page = options
        .origin
        .as_deref()
        .map(|origin| admin_page(origin, intake.tenant.as_ref()));
    let tenant_page = options
        .origin
        .as_deref()
        .map(|origin| tenant_page(origin, intake.tenant.as_ref(), code));
    let ctx = FixContext {
        profile,
        audience,
        tenant: intake.tenant.as_ref(),
        code,
        consent_url: consent_url.as_deref(),
        facts_line: facts_text,
        admin_link: admin_link.as_deref(),
        admin_page: admin_page.as_deref(),
        tenant_page: tenant_page.as_deref(),
        m,
    };
    let fixes = fixes::cards(fix_list, &ctx);

    let fixers = match entry {
        Some(entry) => entry.fixers().to_vec(),
        None => catalogue::fixers_for_verdict(verdict).to_vec(),
    };
    let headline = headline(verdict, audience, product, intake, m);
    let summary = summary(verdict, entry, intake, code, options.texts, m);
    let code_title = code
        .zip(options.texts)
        .and_then(|(code, texts)| texts.get(code.number()))
        .map(|t| t.title.clone());
    let mut notes = notes(intake, profile, verdict, code, entry, m);
    notes.splice(0..0, options.notes.iter().cloned());

    Diagnosis {
        verdict,
        code,
        audience,
        headline,
        summary,
        code_title,
        alternative: alternative(verdict, code, intake, audience, product, m),
        fixers,
        fixes,
        warnings,
        notes,
        facts,
        consent_url,
    }
}

/// Warnings for any page that offers consent to the profile's app: an unverified publisher,
/// and permissions (or a `.default` link) that deserve a second look.
pub fn consent_warnings(
    profile: &Profile,
    consent_url: Option<&str>,
    requested: &[crate::ids::Scope],
    m: &Messages,
) -> Vec<Warning> {
    let product = profile.product_name.as_str();
    let mut warnings = Vec::new();
    if !profile.app.publisher_verified {
        warnings.push(Warning {
            id: "unverified-publisher",
            title: m.text(
                Msg::WarningUnverifiedPublisherTitle,
                &[("product", product)],
            ),
            text: m.text(
                Msg::WarningUnverifiedPublisher,
                &[
                    ("publisher", &profile.app.publisher),
                    ("app_id", &profile.app.client_id.to_string()),
                ],
            ),
        });
    }
    let mut broad: Vec<String> = profile
        .broad_permissions()
        .iter()
        .map(|p| p.name.name().to_string())
        .collect();
    broad.extend(
        requested
            .iter()
            .filter(|s| s.is_broad())
            .map(|s| s.name().to_string()),
    );
    broad.retain(|name| name != ".default");
    broad.dedup();
    let uses_default = consent_url.is_some_and(|u| u.contains("%2F.default"));
    let app_only: Vec<&str> = profile
        .application_permissions
        .iter()
        .map(|p| p.name.name())
        .collect();
    let mut parts = Vec::new();
    if !broad.is_empty() {
        parts.push(m.text(
            Msg::WarningBroadDelegated,
            &[("permissions", &broad.join(", "))],
        ));
    }
    if !app_only.is_empty() {
        parts.push(m.text(
            Msg::WarningBroadApplication,
            &[("permissions", &app_only.join(", "))],
        ));
    }
    if uses_default {
        parts.push(m.get(Msg::WarningBroadDefault));
    }
    if !parts.is_empty() {
        warnings.push(Warning {
            id: "broad-scope",
            title: m.get(Msg::WarningBroadScopeTitle),
            text: m.join_sentences(&parts),
        });
    }
    warnings
}

pub(crate) fn headline(
    verdict: Verdict,
    audience: Audience,
    product: &str,
    intake: &Intake,
    m: &Messages,
) -> String {
    let admin = audience != Audience::User;
    let msg = match verdict {
        Verdict::AdminConsentRequired if admin => Msg::HeadlineAdminConsentRequiredAdmin,
        Verdict::AdminConsentRequired => Msg::HeadlineAdminConsentRequired,
        Verdict::AdminConsentWorkflow if admin => Msg::HeadlineAdminConsentWorkflowAdmin,
        Verdict::AdminConsentWorkflow => Msg::HeadlineAdminConsentWorkflow,
        Verdict::UserDeclinedConsent if intake.admin_consent.is_some() => {
            Msg::HeadlineOrgConsentCancelled
        }
        Verdict::UserDeclinedConsent => Msg::HeadlineUserDeclinedConsent,
        Verdict::AdminConsentGranted => Msg::HeadlineAdminConsentGranted,
        Verdict::AppDisabled => Msg::HeadlineAppDisabled,
        Verdict::UserNotAssigned if admin => Msg::HeadlineUserNotAssignedAdmin,
        Verdict::UserNotAssigned => Msg::HeadlineUserNotAssigned,
        Verdict::ConditionalAccessBlocked => Msg::HeadlineConditionalAccessBlocked,
        Verdict::AppNotFoundInTenant => Msg::HeadlineAppNotFoundInTenant,
        Verdict::MisconfiguredApp => Msg::HeadlineMisconfiguredApp,
        Verdict::SignInRequired => Msg::HeadlineSignInRequired,
        Verdict::AccountProblem => Msg::HeadlineAccountProblem,
        Verdict::Other => Msg::HeadlineOther,
        Verdict::Unknown => Msg::HeadlineUnknown,
        Verdict::SignedInOk => Msg::HeadlineSignedInOk,
        Verdict::SignedInMissingScopes => Msg::HeadlineSignedInMissingScopes,
    };
    m.text(msg, &[("product", product)])
}

fn summary(
    verdict: Verdict,
    entry: Option<&CodeEntry>,
    intake: &Intake,
    code: Option<AadstsCode>,
    texts: Option<&CodeTexts>,
    m: &Messages,
) -> String {
    let meaning = |code: u32| texts.and_then(|t| t.get(code)).map(|t| t.meaning.as_str());
    if let Some(entry) = entry {
        return meaning(entry.code).unwrap_or_default().to_string();
    }
    if let Some(code) = code {
        return m.text(Msg::SummaryNotCatalogued, &[("code", &code.to_string())]);
    }
    if verdict == Verdict::AdminConsentGranted {
        return m.get(Msg::SummaryAdminConsentGranted);
    }
    if let Some(phrase) = intake.phrase {
        let implied = phrase.code.and_then(meaning).unwrap_or_default();
        let recognised = match language_name(phrase.language) {
            Some(language) => m.text(
                Msg::SummaryRecognisedLocalized,
                &[
                    ("language", &m.get(language)),
                    ("wording", phrase.wording),
                    ("label", phrase.label),
                ],
            ),
            None => m.text(Msg::SummaryRecognised, &[("wording", phrase.label)]),
        };
        return m.join_sentences(&[recognised.as_str(), implied]);
    }
    if let Some(found) = intake.library.filter(|f| verdict == f.reading.verdict()) {
        return m.text(
            Msg::SummaryLibrary,
            &[
                ("library", found.library),
                ("token", found.token),
                ("meaning", &m.get(found.reading.meaning())),
            ],
        );
    }
    match &intake.error {
        Some(error) => m.get(error.meaning()),
        None => unknown_summary(intake, m),
    }
}

/// The message naming a localized screen's language (`Phrase::language`, in English).
fn language_name(language: &str) -> Option<Msg> {
    Some(match language {
        "Japanese" => Msg::LanguageJapanese,
        "German" => Msg::LanguageGerman,
        "French" => Msg::LanguageFrench,
        "Spanish" => Msg::LanguageSpanish,
        "Portuguese" => Msg::LanguagePortuguese,
        "Italian" => Msg::LanguageItalian,
        "Dutch" => Msg::LanguageDutch,
        "Chinese" => Msg::LanguageChinese,
        "Korean" => Msg::LanguageKorean,
        _ => return None,
    })
}

/// For input with nothing recognisable: what was looked for, and what was found anyway.
fn unknown_summary(intake: &Intake, m: &Messages) -> String {
    let looked = m.get(Msg::SummaryUnknownLooked);
    let mut found = Vec::new();
    let mut id = |msg: Msg, value: Option<String>| {
        if let Some(value) = value {
            found.push(m.text(msg, &[("value", &value)]));
        }
    };
    id(
        Msg::FoundRequestId,
        intake.request_id.map(|g| g.to_string()),
    );
    id(
        Msg::FoundCorrelationId,
        intake.correlation_id.map(|g| g.to_string()),
    );
    id(Msg::FoundTraceId, intake.trace_id.map(|g| g.to_string()));
    id(Msg::FoundTime, intake.timestamp.clone());
    id(Msg::FoundAppId, intake.app_id.map(|a| a.to_string()));
    id(
        Msg::FoundOrganization,
        intake.tenant.as_ref().map(|t| t.to_string()),
    );
    if found.is_empty() {
        return m.join_sentences(&[looked, m.get(Msg::SummaryUnknownNothing)]);
    }
    let found = m.text(Msg::SummaryUnknownFound, &[("found", &m.join_list(&found))]);
    m.join_sentences(&[looked, found])
}

/// A cancel without a code: also what people report after leaving Microsoft's "Need admin
/// approval" or "Approval required" screen, so that reading is offered second.
fn alternative(
    verdict: Verdict,
    code: Option<AadstsCode>,
    intake: &Intake,
    audience: Audience,
    product: &str,
    m: &Messages,
) -> Option<Alternative> {
    if verdict != Verdict::UserDeclinedConsent || code.is_some() {
        return None;
    }
    let tenant = intake
        .tenant
        .as_ref()
        .filter(|t| t.is_specific())
        .map(|t| format!("&tenant={}", urls::encode(&t.to_string())))
        .unwrap_or_default();
    Some(Alternative {
        verdict: Verdict::AdminConsentRequired,
        text: m.text(Msg::AlternativeAdminApproval, &[("product", product)]),
        href: format!(
            "/diagnose#error_codes=90094{tenant}&audience={}",
            audience.id()
        ),
    })
}

fn notes(
    intake: &Intake,
    profile: &Profile,
    verdict: Verdict,
    code: Option<AadstsCode>,
    entry: Option<&CodeEntry>,
    m: &Messages,
) -> Vec<String> {
    let mut notes: Vec<String> = intake.dropped.iter().map(|d| d.explain(m)).collect();
    if let (Some(primary), true) = (code, intake.codes.len() > 1) {
        let others: Vec<String> = intake
            .codes
            .iter()
            .filter(|c| **c != primary)
            .map(|c| c.to_string())
            .collect();
        notes.push(m.text(
            Msg::NoteOtherCodes,
            &[
                ("others", &others.join(", ")),
                ("primary", &primary.to_string()),
            ],
        ));
    }
    if verdict.is_about_consent()
        && entry.is_none_or(|e| matches!(e.code, 90094 | 90095 | 90093 | 65001))
    {
        let blocked: Vec<&str> = profile
            .delegated_permissions
            .iter()
            .map(|p| p.name.name())
            .filter(|n| MANAGED_POLICY_BLOCKED.contains(n))
            .collect();
        if !blocked.is_empty() {
            notes.push(m.text(
                Msg::NoteManagedConsent,
                &[("permissions", &blocked.join(", "))],
            ));
        }
    }
    if !intake.ignored.is_empty() {
        notes.push(m.text(
            Msg::NoteIgnoredParameters,
            &[("names", &intake.ignored.join(", "))],
        ));
    }
    if !intake.duplicates.is_empty() {
        notes.push(m.text(
            Msg::NoteDuplicateParameters,
            &[("names", &intake.duplicates.join(", "))],
        ));
    }
    if intake.truncated {
        notes.push(m.get(Msg::NoteTruncated));
    }
    notes
}

fn facts(intake: &Intake, cloud: Cloud, code: Option<AadstsCode>) -> Facts {
    // Input is shown and reported without credentials: a pasted URL can carry a code or a
    // token right next to the error text.
    let clean = |s: &str| for_display(&crate::text::redact_secrets(s), MAX_SHOWN_CHARS);
    let shown = |s: &Option<String>| s.as_deref().map(|s| clean(s).0).filter(|s| !s.is_empty());
    let (description, description_truncated) = match &intake.error_description {
        Some(d) => {
            let (text, cut) = clean(d);
            (Some(text), cut)
        }
        None => (None, false),
    };
    let error_uri = intake.error_uri.as_deref().map(|uri| {
        let (text, _) = for_display(uri, 512);
        if is_microsoft_https(&text) {
            ErrorUri::Link(text)
        } else {
            ErrorUri::Text(text)
        }
    });
    Facts {
        codes: intake.codes.clone(),
        error: intake.error.as_ref().map(|e| for_display(e.as_str(), 64).0),
        error_subcode: shown(&intake.error_subcode),
        suberror: shown(&intake.suberror),
        message: shown(&intake.message),
        description,
        description_truncated,
        error_uri,
        trace_id: intake.trace_id,
        correlation_id: intake.correlation_id,
        request_id: intake.request_id,
        timestamp: intake.timestamp.clone(),
        tenant: intake.tenant.clone(),
        app_id: intake.app_id,
        app_name: shown(&intake.app_name),
        admin_consent: intake.admin_consent,
        endpoint: intake.endpoint,
        recognised: intake.phrase,
        lookup_url: code.map(|c| catalogue::lookup_url(c, cloud)),
        dropped: intake.dropped.clone(),
    }
}

fn is_microsoft_https(uri: &str) -> bool {
    let Some(rest) = uri.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    Cloud::is_microsoft_login_host(host)
}

pub(crate) fn facts_line(facts: &Facts) -> String {
    let mut parts = Vec::new();
    if let Some(code) = facts.codes.first() {
        let codes: Vec<String> = facts.codes.iter().map(|c| c.to_string()).collect();
        parts.push(if facts.codes.len() > 1 {
            codes.join(", ")
        } else {
            code.to_string()
        });
    } else if let Some(error) = &facts.error {
        parts.push(format!("error {error}"));
    }
    if let Some(id) = facts.trace_id {
        parts.push(format!("Trace ID {id}"));
    }
    if let Some(id) = facts.correlation_id {
        parts.push(format!("Correlation ID {id}"));
    }
    if let Some(id) = facts.request_id {
        parts.push(format!("Request ID {id}"));
    }
    if let Some(ts) = &facts.timestamp {
        parts.push(format!("Timestamp {ts}"));
    }
    parts.join(" · ")
}
