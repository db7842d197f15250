use consent_core::fixes::{FixCard, Step};
use consent_core::i18n::{Messages, Msg};
use consent_core::Fixer;
use leptos::prelude::*;

use super::CopyButton;
use crate::i18n::{tr, use_messages};

/// One recommended fix: title, who, how long, numbered steps with links and copyable text.
#[component]
pub fn FixCardView(
    card: FixCard,
    index: usize,
    /// Extra content after the steps (the ask-admin helper).
    #[prop(optional_no_strip)]
    extra: Option<AnyView>,
) -> impl IntoView {
    let data_fix = card.data_fix();
    let actor = match card.actor {
        Fixer::User => Msg::FixCardActorUser,
        Fixer::Admin => Msg::FixCardActorAdmin,
        Fixer::Vendor => Msg::FixCardActorVendor,
        Fixer::Microsoft => Msg::FixCardActorMicrosoft,
    };
    let widens = card.widens.clone();
    let widening = widens.is_some();
    let consent_url = card.consent_url.clone();
    let notes = card.notes.clone();
    let check = card.check.clone();
    view! {
        <li class="fix" data-fix=data_fix class:fix-widens=widening>
            <div class="fix-head">
                <span class="fix-number" aria-hidden="true">{index + 1}</span>
                <div>
                    <h3>{card.title.clone()}</h3>
                    <p class="fix-meta">
                        <span class="badge">{tr(actor)}</span>
                        " · "
                        <span>{card.duration}</span>
                    </p>
                </div>
            </div>
            <p class="fix-intro">{card.intro.clone()}</p>
            {widens.map(|w| view! { <p class="fix-widens-note" role="note"><strong>{tr(Msg::FixCardWidens)}" "</strong>{w}</p> })}
            {consent_url.map(|url| {
                let copy = url.clone();
                view! {
                    <p class="consent-link">
                        <a data-consent-url="" href=url.clone() class="button primary" rel="noopener noreferrer">
                            {tr(Msg::FixCardOpenConsentLink)}
                        </a>
                        " "
                        <CopyButton text=copy label=tr(Msg::CopyButtonCopyLink) />
                    </p>
                    <p class="url-preview"><code>{url}</code></p>
                }
            })}
            <ol class="steps">
                {card.steps.into_iter().map(|step| view! { <StepView step /> }).collect_view()}
            </ol>
            {extra}
            {check.map(|c| view! { <p class="fix-check"><strong>{tr(Msg::FixCardCheck)}" "</strong>{c}</p> })}
            {(!notes.is_empty()).then(|| view! {
                <ul class="fix-notes">
                    {notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
            })}
        </li>
    }
}

#[component]
fn StepView(step: Step) -> impl IntoView {
    let m = use_messages();
    let link = step.link.map(|l| {
        // Our own links stay in the tab; everything else opens a new one without opener access.
        let external = !l.href.starts_with('/');
        view! {
            " "
            <a
                href=l.href
                target=external.then_some("_blank")
                rel=external.then_some("noopener noreferrer")
            >
                {l.label}
            </a>
        }
    });
    let snippet = step.snippet.map(|s| {
        let copy = s.text.clone();
        let kind = s.label.clone();
        let label = move || {
            let m = m.get();
            m.get(copy_label(m, &kind))
        };
        view! {
            <div class="snippet">
                <div class="snippet-head">
                    <span>{s.label}</span>
                    <CopyButton text=copy label=label />
                </div>
                <pre><code>{s.text}</code></pre>
            </div>
        }
    });
    view! {
        <li>
            <span>{step.text}</span>
            {link}
            {snippet}
        </li>
    }
}

/// The copy button's whole label for a snippet ("Copy message", "Copy PowerShell"), found
/// by the snippet's label: the user's snippets are labelled by the catalogue (in the
/// language they were written in, compared with the reader's and with English), the admin's
/// by names that stay English. Any other snippet gets "Copy".
fn copy_label(m: &Messages, label: &str) -> Msg {
    let english = Messages::english();
    let is = |msg: Msg| label == m.get(msg) || label == english.get(msg);
    if is(Msg::FixAskAdminSnippetMessage) {
        Msg::CopyButtonCopyMessage
    } else if is(Msg::FixRequestApprovalSnippetJustification) {
        Msg::CopyButtonCopyJustification
    } else if is(Msg::FixRegisterDeviceSnippetCommandPrompt) {
        Msg::CopyButtonCopyCommand
    } else {
        match label {
            "Application ID" => Msg::CopyButtonCopyApplicationId,
            "PowerShell" => Msg::CopyButtonCopyPowershell,
            "Azure CLI" => Msg::CopyButtonCopyAzureCli,
            _ => Msg::CopyButtonCopy,
        }
    }
}
