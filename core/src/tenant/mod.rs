//! The tenant check (docs/tenant-check.md): why one tenant blocks the app, from Microsoft
//! Graph's own answers about that tenant.
//!
//! - [`snapshot`] reads the snapshot (Graph's JSON under fixed keys) and [`graph`] holds the
//!   Graph object shapes it needs;
//! - [`reads`] is the table of reads (request, permission, role) and [`live`] sequences them
//!   for the live check; [`script`] writes the same reads as PowerShell and Azure CLI;
//! - [`rules`] and [`consent_policy`] decide; [`finding`] is what they say;
//! - [`evaluate`] orders the findings for the error the admin came with, and [`TenantReport`]
//!   gives the summary and the redacted report.

pub mod consent_policy;
pub mod finding;
pub mod graph;
pub mod live;
pub mod reads;
mod rules;
pub mod script;
pub mod snapshot;

pub use finding::{Finding, FindingId, Severity};
pub use snapshot::{Snapshot, SnapshotError};

use crate::fixes::{self, FixCard, FixContext};
use crate::ids::{AadstsCode, TenantId};
use crate::profile::Profile;
use crate::verdict::Audience;

/// Microsoft Graph's application ID, the same in every tenant and cloud.
pub const GRAPH_APP_ID: &str = "00000003-0000-0000-c000-000000000000";
/// Office 365 Exchange Online's application ID.
pub const EXCHANGE_APP_ID: &str = "00000002-0000-0ff1-ce00-000000000000";

/// The application ID of a well-known resource URI (or a URI that is an app ID itself).
/// OpenID Connect scopes (no resource) belong to Microsoft Graph.
pub fn resource_app_id(uri: &str) -> Option<&str> {
    let trimmed = uri.trim().trim_end_matches('/').to_ascii_lowercase();
    match trimmed.as_str() {
        ""
        | "https://graph.microsoft.com"
        | "https://graph.microsoft.us"
        | "https://dod-graph.microsoft.us"
        | "https://microsoftgraph.chinacloudapi.cn" => Some(GRAPH_APP_ID),
        "https://outlook.office365.com"
        | "https://outlook.office.com"
        | "https://outlook.office365.us"
        | "https://outlook.office365.cn" => Some(EXCHANGE_APP_ID),
        _ if crate::ids::Guid::parse(uri).is_some() => Some(uri.trim()),
        _ => None,
    }
}

/// What the check knows besides the snapshot.
#[derive(Clone, Debug)]
pub struct CheckContext<'a> {
    pub profile: &'a Profile,
    /// The tenant from the address (`tenant=`), for links pinned to it.
    pub tenant: Option<&'a TenantId>,
    /// The codes of the diagnosis the admin came from (`error_codes=`).
    pub codes: &'a [AadstsCode],
}

/// The findings in the order to read them, with a summary.
#[derive(Clone, Debug, PartialEq)]
pub struct TenantReport {
    pub findings: Vec<Finding>,
    pub summary: String,
}

/// Evaluates a snapshot: blocking findings first; within a severity, the finding that
/// explains the error the admin came with comes first.
pub fn evaluate(snapshot: &Snapshot, ctx: &CheckContext) -> TenantReport {
    let mut findings = rules::evaluate(snapshot, ctx);
    let relevant = explains(ctx.codes);
    // A stable sort: the rules' own order (the order a person checks things) breaks ties.
    findings.sort_by_key(|f| {
        let rank = relevant
            .iter()
            .position(|id| *id == f.id)
            .unwrap_or(relevant.len());
        // When nothing blocks, the all-clear verdict leads its severity.
        (f.severity, f.id != FindingId::AllClear, rank)
    });
    let summary = summary(&findings, ctx.profile);
    TenantReport { findings, summary }
}

/// The findings that explain an error code, most direct first.
fn explains(codes: &[AadstsCode]) -> Vec<FindingId> {
    use FindingId::*;
    let consent = [
        AdminOnlyScopes,
        GrantMissingScopes,
        GrantPerUserOnly,
        UserConsentOff,
        UserConsentLowOnly,
        UserConsentMicrosoftManaged,
        UserConsentPolicy,
        PublisherNotVerified,
        AssignmentRequired,
        NoServicePrincipal,
        WorkflowPending,
        WorkflowOff,
    ];
    let mut out = Vec::new();
    for code in codes {
        let ids: &[FindingId] = match code.number() {
            90094 | 90095 | 900941 | 900981 | 90093 | 65001 | 65004 => &consent,
            50105 => &[UserNotAssigned, AssignmentRequired],
            53000..=53004 | 530003 | 530032 | 530033 | 530035 => &[ConditionalAccess],
            7000112 => &[AppDisabled],
            700016 | 500011 => &[NoServicePrincipal],
            _ => &[],
        };
        for id in ids {
            if !out.contains(id) {
                out.push(*id);
            }
        }
    }
    out
}

fn summary(findings: &[Finding], profile: &Profile) -> String {
    let product = &profile.product_name;
    let blocking: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity == Severity::Blocking)
        .collect();
    match blocking.as_slice() {
        [] if findings.iter().any(|f| f.severity == Severity::Unknown) => format!("Nothing that could be read blocks {product}; some reads failed or were missing, listed below."),
        [] => format!("Nothing in this tenant blocks {product}."),
        [one] => format!("Users are blocked because: {}.", lower_first(&one.title)),
        [first, rest @ ..] => format!("Users are blocked because: {} (and {} more cause{} below).", lower_first(&first.title), rest.len(), if rest.len() == 1 { "" } else { "s" }),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        // Keep names ("Conditional Access", "Microsoft's") capitalised; lower only plain words.
        Some(c)
            if c.is_uppercase()
                && chars.clone().next().is_some_and(char::is_lowercase)
                && !text.starts_with("Conditional")
                && !text.starts_with("Microsoft") =>
        {
            c.to_lowercase().chain(chars).collect()
        }
        _ => text.to_string(),
    }
}

impl TenantReport {
    /// The card of the first blocking finding's first fix, for this tenant, so the admin can
    /// act without leaving the page.
    pub fn first_fix(&self, ctx: &CheckContext) -> Option<FixCard> {
        let fix = self
            .findings
            .iter()
            .find(|f| f.severity == Severity::Blocking)
            .and_then(|f| f.fixes.first().copied())?;
        let p = ctx.profile;
        let consent_url = crate::urls::admin_consent_url(p, p.app.client_id, ctx.tenant).ok();
        fixes::card(
            fix,
            &FixContext {
                profile: p,
                audience: Audience::Admin,
                tenant: ctx.tenant,
                code: ctx.codes.first().copied(),
                consent_url: consent_url.as_deref(),
                facts_line: String::new(),
                admin_link: None,
                admin_page: None,
                tenant_page: None,
                m: crate::i18n::Messages::english(),
            },
        )
    }

    /// The findings as plain text for a ticket or an e-mail. Names and sign-in names are
    /// withheld unless `include_names`.
    pub fn report_text(&self, ctx: &CheckContext, include_names: bool) -> String {
        let p = ctx.profile;
        let mut out = String::new();
        out.push_str(&format!(
            "Tenant check for {} (app ID {})\n",
            p.product_name, p.app.client_id
        ));
        if let Some(t) = ctx.tenant {
            out.push_str(&format!("Tenant: {t}\n"));
        }
        out.push_str(&format!("Cloud: {}\n", p.cloud.label()));
        if !ctx.codes.is_empty() {
            let codes: Vec<String> = ctx.codes.iter().map(|c| c.to_string()).collect();
            out.push_str(&format!("Error codes: {}\n", codes.join(", ")));
        }
        out.push_str(&format!("Summary: {}\n", self.summary));
        for f in &self.findings {
            out.push_str(&format!(
                "\n[{}] {}: {}\n",
                f.severity.id(),
                f.id.id(),
                f.title
            ));
            out.push_str(&format!("  {}\n", f.evidence));
            for d in &f.details {
                out.push_str(&format!("  - {d}\n"));
            }
            if !f.fix.is_empty() {
                out.push_str(&format!("  Fix: {}\n", f.fix));
            }
        }
        if include_names {
            return out;
        }
        let mut names: Vec<&String> = self
            .findings
            .iter()
            .flat_map(|f| &f.personal)
            .filter(|n| !n.trim().is_empty())
            .collect();
        // Longest first, so "Megan Bowen" goes before "Megan".
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        for name in names {
            out = out.replace(name.as_str(), "[name withheld]");
        }
        crate::text::redact_emails(&out)
    }
}
