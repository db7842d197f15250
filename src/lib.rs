//! Consent Doctor's browser app: Leptos components over the pure `consent_core` crate.
//!
//! - [`app`] routes and lays out the pages; [`routes`] names them;
//! - `pages/` holds one file per route, `components/` the pieces they share;
//! - [`browser`] touches browser APIs for everyone else; only [`router`] also does (history,
//!   `popstate`, link clicks), because that is what a router is.

pub mod app;
pub mod browser;
mod components;
pub mod i18n;
mod pages;
pub mod router;
pub mod routes;
pub mod signin;
mod tenant_check;

use std::sync::Arc;

use consent_core::catalogue::CodeTexts;
use consent_core::i18n::{Language, Messages};
use consent_core::{Profile, ProfileError};
use leptos::prelude::*;

/// The deployment profile, shared with every page through context.
#[derive(Clone)]
pub struct ProfileCtx(pub Arc<Profile>);

/// The profile of this deployment; pages call this at their top.
pub fn use_profile() -> Arc<Profile> {
    expect_context::<ProfileCtx>().0
}

/// The catalogue's words (what each code means), which the verdict card does not wait for:
/// fetched once per language, the first time a page that shows codes asks for them.
#[derive(Clone, Copy)]
pub struct CodeWords(RwSignal<Words>, RwSignal<Option<browser::Choice>>);

#[derive(Clone, Copy)]
enum Words {
    NotAsked,
    Loading,
    Ready(&'static CodeTexts),
    Unavailable,
}

impl CodeWords {
    pub fn new() -> CodeWords {
        CodeWords(RwSignal::new(Words::NotAsked), RwSignal::new(None))
    }

    /// The words once they have arrived (tracked, so a diagnosis re-renders with them).
    pub fn texts(self) -> Option<&'static CodeTexts> {
        match self.0.get() {
            Words::Ready(texts) => Some(texts),
            _ => None,
        }
    }

    /// The words could not be fetched or read; pages then point to Microsoft's lookup page.
    pub fn unavailable(self) -> bool {
        matches!(self.0.get(), Words::Unavailable)
    }
}

impl Default for CodeWords {
    fn default() -> Self {
        CodeWords::new()
    }
}

/// The catalogue's words in the page's language; the first call starts the download, and
/// a change of language fetches that language's words (the old ones stay until the new
/// ones arrive, so the card is never blank in between).
pub fn use_code_words() -> CodeWords {
    let words = expect_context::<CodeWords>();
    let language = i18n::use_language();
    Effect::new(move |_| {
        let wanted = language.choice.get();
        if words.1.get_untracked() == Some(wanted) {
            return;
        }
        words.1.set(Some(wanted));
        if matches!(words.0.get_untracked(), Words::NotAsked) {
            words.0.set(Words::Loading);
        }
        leptos::task::spawn_local(async move {
            let state = match browser::load_code_texts(i18n::core_language(wanted)).await {
                Ok(texts) if wanted == browser::Choice::Pseudo => {
                    Words::Ready(Box::leak(Box::new(texts.pseudo_localized())))
                }
                Ok(texts) => Words::Ready(texts),
                // The reason is not shown: the page's answer is the same whatever it was.
                Err(_) => Words::Unavailable,
            };
            // A slower answer for a language the reader has already left is dropped.
            if words.1.get_untracked() == Some(wanted) {
                words.0.set(state);
            }
        });
    });
    words
}

/// The pages one build can show: which build it is, and how it renders a route it serves.
/// A function pointer rather than a `match` on [`routes::Bundle`], so that the pages a build
/// leaves out are not linked into it at all.
#[derive(Clone, Copy)]
pub struct PageSet {
    pub bundle: routes::Bundle,
    pub render: fn(routes::Route) -> AnyView,
    /// How this build reads `profile.json` (the first-visit build leaves out the reader that
    /// names the field of a shape error, and hands such a file to the full app).
    pub read_profile: fn(&str) -> Result<Profile, ProfileError>,
}

/// The full app (`src/main.rs`).
pub fn start_full() {
    consent_core::i18n::enable_full_app_messages();
    start(PageSet {
        bundle: routes::Bundle::Full,
        render: pages::full,
        read_profile: Profile::from_json,
    });
}

/// The first-visit build (`src/main_first_visit.rs`).
pub fn start_first_visit() {
    start(PageSet {
        bundle: routes::Bundle::FirstVisit,
        render: pages::first_visit,
        read_profile: Profile::from_json_quick,
    });
}

fn start(pages: PageSet) {
    console_error_panic_hook::set_once();
    browser::mark("app-started");
    let choice = browser::initial_choice();
    browser::set_document_language(choice);
    wasm_bindgen_futures::spawn_local(async move {
        // Both requests are in flight already (the loader started them); the page paints
        // once it has both, so a reader of another language never sees English first.
        let messages = browser::load_messages(choice);
        let profile = browser::load_profile(pages.read_profile).await;
        browser::mark("profile-loaded");
        let (choice, messages, problem) = match messages.await {
            Ok(m) => (choice, m, None),
            Err(why) => {
                browser::set_document_language(browser::Choice::Language(Language::En));
                (
                    browser::Choice::Language(Language::En),
                    Messages::english(),
                    Some(why),
                )
            }
        };
        let language = i18n::LanguageCtx {
            choice: RwSignal::new(choice),
            messages: RwSignal::new(messages),
            problem: RwSignal::new(problem),
        };
        if let Err(browser::LoadError::Invalid(error)) = &profile {
            // Only the full app can say which field is wrong; it loads in this page's place.
            if error.is_unlocated() && browser::reload_as_full_app() {
                return;
            }
        }
        mount(profile, pages, language);
    });
}

/// Replaces the boot message with the app, or with the reason the profile is unusable.
fn mount(
    profile: Result<Profile, browser::LoadError>,
    pages: PageSet,
    language: i18n::LanguageCtx,
) {
    browser::remove_element("boot");
    match profile {
        Ok(profile) => leptos::mount::mount_to_body(move || {
            provide_context(language);
            view! { <app::App profile=Arc::new(profile) pages /> }
        }),
        Err(error) => leptos::mount::mount_to_body(
            move || view! { <app::ProfileProblem error=error.to_string() /> },
        ),
    }
}
