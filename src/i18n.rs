//! The page's language for every component: the reader's sentences (`use_messages`), the
//! switch that changes them, and the code words that follow the language.

use consent_core::i18n::{Language, Messages, Msg};
use leptos::prelude::*;

use crate::browser::{self, Choice};

/// The language in force and its sentences, shared through context.
#[derive(Clone, Copy)]
pub struct LanguageCtx {
    pub choice: RwSignal<Choice>,
    pub messages: RwSignal<&'static Messages>,
    /// A catalogue that failed to load, said once at the top of the page.
    pub problem: RwSignal<Option<String>>,
}

/// The reader's sentences (tracked: a view that reads them follows the switch).
pub fn use_messages() -> RwSignal<&'static Messages> {
    expect_context::<LanguageCtx>().messages
}

pub fn use_language() -> LanguageCtx {
    expect_context::<LanguageCtx>()
}

/// A message in the page's language: `{tr(Msg::NavStart)}`. Plain text, not a reactive
/// node: a change of language renders the whole page again (`app::App`), which is rare,
/// while a reactive node per sentence cost every visit code and render time.
pub fn tr(msg: Msg) -> String {
    use_messages().get_untracked().get(msg)
}

/// A permission's reason in the page's language (the profile's `why_translations`); plain
/// text like `tr`.
pub fn why_in_language(permission: &consent_core::profile::Permission) -> String {
    let language = core_language(use_language().choice.get_untracked());
    permission.why_in(language).to_string()
}

/// The catalogue language the core should write in (the pseudo-locale writes English).
pub fn core_language(choice: Choice) -> Language {
    match choice {
        Choice::Language(l) => l,
        Choice::Pseudo => Language::En,
    }
}

/// Changes the page's language: loads the catalogue (the page keeps its current language
/// until it has arrived, so nothing flashes) and writes `lang=` into the address, which
/// the router carries to the next page and a reload keeps.
pub fn switch_language(ctx: LanguageCtx, choice: Choice) {
    leptos::task::spawn_local(async move {
        match browser::load_messages(choice).await {
            Ok(messages) => {
                browser::set_document_language(choice);
                browser::set_param("lang", choice.tag());
                ctx.problem.set(None);
                ctx.choice.set(choice);
                ctx.messages.set(messages);
                // The page renders again in the new language; keep the keyboard where it was.
                set_timeout(
                    || browser::focus("language-switch"),
                    std::time::Duration::ZERO,
                );
            }
            Err(why) => ctx.problem.set(Some(why)),
        }
    });
}
