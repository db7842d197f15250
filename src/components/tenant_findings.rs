use std::sync::Arc;

use consent_core::tenant::{CheckContext, Finding, Severity, TenantReport};
use consent_core::Profile;
use leptos::prelude::*;

use crate::components::{CopyButton, FixCardView};

/// The result of a tenant check: the summary, the findings as cards in `#tenant-findings`,
/// the full steps of the first fix, and the redacted report.
#[component]
pub fn TenantFindings(
    report: TenantReport,
    profile: Arc<Profile>,
    tenant: Option<consent_core::TenantId>,
    codes: Vec<consent_core::AadstsCode>,
) -> impl IntoView {
    let include_names = RwSignal::new(false);
    let report_text = {
        let (report, profile, tenant, codes) = (
            report.clone(),
            profile.clone(),
            tenant.clone(),
            codes.clone(),
        );
        Signal::derive(move || {
            let ctx = CheckContext {
                profile: &profile,
                tenant: tenant.as_ref(),
                codes: &codes,
            };
            report.report_text(&ctx, include_names.get())
        })
    };
    let first_fix = report.first_fix(&CheckContext {
        profile: &profile,
        tenant: tenant.as_ref(),
        codes: &codes,
    });
    let blocking = report
        .findings
        .iter()
        .any(|f| f.severity == Severity::Blocking);
    view! {
        <section class="tenant-result" aria-labelledby="tenant-result-title">
            <h2 id="tenant-result-title">"What the check found"</h2>
            <p class=if blocking { "lead tenant-summary blocking" } else { "lead tenant-summary" } data-tenant-summary="">{report.summary.clone()}</p>
            <div id="tenant-findings">
                {report.findings.into_iter().map(|f| view! { <FindingCard finding=f /> }).collect_view()}
            </div>
            {first_fix.map(|card| view! {
                <h2>"Do this first"</h2>
                <FixCardView card index=0 />
            })}
            <h2>"Report for a ticket"</h2>
            <p class="muted">"Names and sign-in names are left out unless you include them."</p>
            <label class="checkbox">
                <input type="checkbox" data-input="include-names" on:change=move |ev| include_names.set(event_target_checked(&ev)) />
                " Include people's names"
            </label>
            <pre class="report" data-tenant-report="">{move || report_text.get()}</pre>
            <CopyButton text=report_text label="Copy report" />
        </section>
    }
}

#[component]
fn FindingCard(finding: Finding) -> impl IntoView {
    let data_fix = finding.data_fix();
    let class = format!("finding {}", finding.severity.id());
    view! {
        <article class=class data-finding=finding.id.id() data-severity=finding.severity.id()>
            <h3><span class="badge">{finding.severity.label()}</span>" "{finding.title}</h3>
            <p class="evidence">{finding.evidence}</p>
            {(!finding.details.is_empty()).then(|| view! {
                <ul class="details">{finding.details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
            })}
            {(!finding.fix.is_empty()).then(|| view! {
                <p class="fix" data-fix=data_fix><strong>"Fix: "</strong>{finding.fix}</p>
            })}
            {(!finding.links.is_empty()).then(|| view! {
                <p class="links">
                    {finding.links.into_iter().map(|l| view! { <a href=l.href target="_blank" rel="noopener noreferrer">{l.label}</a>" " }).collect_view()}
                </p>
            })}
        </article>
    }
}
