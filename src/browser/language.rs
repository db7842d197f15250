//! The page's language in the browser: what the reader asked for (`lang=` in the address,
//! else `navigator.languages`), `<html lang>`, and the published catalogue, from the
//! request the loader script started before the app was downloaded.
//!
//! The switch's choice lives in the address, not in storage: the router carries `lang=`
//! from page to page, and a reload or a shared link keeps it. Reading `localStorage` on
//! every start would cost each visitor the round trip to the browser process that the
//! benchmark measured for `sessionStorage` (location.rs), to remember a choice few make.

use consent_core::i18n::{message_file, Language, Messages};
use wasm_bindgen::JsCast;

/// `lang=en-XA` asks for the pseudo-localized English (every sentence bracketed and
/// lengthened), to find text that is not from the catalogue and layouts that cannot grow.
pub const PSEUDO_TAG: &str = "en-XA";

/// What the reader asked for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Choice {
    Language(Language),
    Pseudo,
}

impl Choice {
    pub fn tag(self) -> &'static str {
        match self {
            Choice::Language(l) => l.tag(),
            Choice::Pseudo => PSEUDO_TAG,
        }
    }

    pub fn from_tag(tag: &str) -> Option<Choice> {
        if tag.trim().eq_ignore_ascii_case(PSEUDO_TAG) {
            return Some(Choice::Pseudo);
        }
        Language::from_tag(tag).map(Choice::Language)
    }
}

/// `lang=` from the address (query or fragment), else the browser's languages; English
/// when none of them is one we have.
pub fn initial_choice() -> Choice {
    if let Some(choice) = address_choice() {
        return choice;
    }
    let browser: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Choice::Language(Language::negotiate(browser.iter().map(String::as_str)))
}

/// The language `lang=` names in the address (query or fragment), if it is one we have.
pub fn address_choice() -> Option<Choice> {
    let (_, search, hash) = super::current_location();
    let choice = [search.trim_start_matches('?'), hash.trim_start_matches('#')]
        .into_iter()
        .flat_map(|params| params.split('&'))
        .filter_map(|pair| pair.strip_prefix("lang="))
        .find_map(Choice::from_tag);
    choice
}

/// Sets `<html lang>` and `dir`, so screen readers pronounce the page in its language.
pub fn set_document_language(choice: Choice) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("lang", choice.tag());
        let direction = match choice {
            Choice::Language(l) => l.direction(),
            Choice::Pseudo => "ltr",
        };
        let _ = root.set_attribute("dir", direction);
    }
}

/// The browser tab's title, which follows the language like the page.
pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// The sentences for `choice`: English and the pseudo-locale are in the app; another
/// language is its published file, from the loader's request when it asked for the same one.
pub async fn load_messages(choice: Choice) -> Result<&'static Messages, String> {
    let language = match choice {
        Choice::Pseudo => return Ok(Messages::pseudo()),
        Choice::Language(Language::En) => return Ok(Messages::english()),
        Choice::Language(language) => language,
    };
    if let Some(loaded) = LOADED.with(|l| {
        l.borrow()
            .iter()
            .find(|m| m.language() == language)
            .copied()
    }) {
        return Ok(loaded);
    }
    let file = message_file(language)
        .ok_or_else(|| format!("this site has no {} catalogue", language.tag()))?;
    let path = format!("/{file}");
    let answer = match early_request(&path) {
        Some(promise) => super::fetch::early_text(promise).await,
        None => super::get_text(&path).await,
    };
    // FetchError's own words are about the token endpoint; here it is a plain download.
    let (status, body) = answer.map_err(|_| format!("{file} could not be downloaded"))?;
    if !(200..300).contains(&status) {
        return Err(format!("the site answered {status} for {file}"));
    }
    let messages = Messages::parse(&body).map_err(|e| e.to_string())?;
    // Kept for the life of the page (at most one per language), like the code words.
    let messages: &'static Messages = Box::leak(Box::new(messages));
    LOADED.with(|l| l.borrow_mut().push(messages));
    Ok(messages)
}

thread_local! {
    static LOADED: std::cell::RefCell<Vec<&'static Messages>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Takes the loader's request (`window.consentDoctorMessages`, `[path, promise]`) when it
/// fetched `path`.
fn early_request(path: &str) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let key = wasm_bindgen::JsValue::from_str("consentDoctorMessages");
    let value = js_sys::Reflect::get(&window, &key).ok()?;
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let pair: js_sys::Array = value.dyn_into().ok()?;
    (pair.get(0).as_string()? == path)
        .then(|| pair.get(1).dyn_into().ok())
        .flatten()
}
