//! One language's sentences: the table compiled from `core/messages/<tag>/*.ftl`.
//!
//! English is compiled in. Another language is one published file the page fetches before
//! it paints; a message missing from it comes from English, so a half-finished translation
//! shows an English sentence rather than a blank (the tests refuse such a file first).

use serde_json::Value;

use super::compile::{ARG_END, ARG_START};
use super::generated::{
    CODE_WORD_FILES, COUNT, ENGLISH_FIRST_ENDS, ENGLISH_FIRST_TEXT, FINGERPRINT, FIRST_VISIT_COUNT,
    KEYS, MESSAGE_FILES,
};
use super::{Language, Msg};

/// Why a published catalogue was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessagesError {
    /// Not the file's JSON shape; the text says where.
    Malformed(String),
    /// Written for a build with other messages (a stale cache or a mixed deployment).
    OtherBuild,
}

impl std::fmt::Display for MessagesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MessagesError::Malformed(why) => write!(
                f,
                "The page's translation could not be read ({why}), so it is shown in English."
            ),
            MessagesError::OtherBuild => f.write_str(
                "The page's translation belongs to another version of this site, so it is shown in English. Reloading the page usually fixes this.",
            ),
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Table {
    English,
    /// In `Msg` order; `None` where the language lacks the message.
    Loaded(Vec<Option<String>>),
}

/// The sentences of one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Messages {
    language: Language,
    table: Table,
}

impl Messages {
    /// The English sentences, compiled in.
    pub fn english() -> &'static Messages {
        static ENGLISH_MESSAGES: Messages = Messages {
            language: Language::En,
            table: Table::English,
        };
        &ENGLISH_MESSAGES
    }

    /// Reads a published file (`messages-<tag>-<hash>.json`).
    pub fn parse(json: &str) -> Result<Messages, MessagesError> {
        let malformed = |why: &str| MessagesError::Malformed(why.to_string());
        let value: Value =
            serde_json::from_str(json).map_err(|e| MessagesError::Malformed(e.to_string()))?;
        let language = value
            .get("language")
            .and_then(Value::as_str)
            .and_then(Language::from_tag)
            .ok_or_else(|| malformed("no known language"))?;
        if value.get("keys").and_then(Value::as_str) != Some(FINGERPRINT) {
            return Err(MessagesError::OtherBuild);
        }
        let list = value
            .get("messages")
            .and_then(Value::as_array)
            .ok_or_else(|| malformed("no messages"))?;
        if list.len() != COUNT {
            return Err(MessagesError::OtherBuild);
        }
        // `null` is a message the language lacks; an empty text is one it leaves empty on
        // purpose (Japanese joins sentences with nothing between them).
        let table = list
            .iter()
            .map(|m| m.as_str().map(str::to_string))
            .collect();
        Ok(Messages {
            language,
            table: Table::Loaded(table),
        })
    }

    /// Pseudo-localization (`lang=en-XA`): every English sentence accented, lengthened by
    /// about 40% and wrapped in `⟦ ⟧`. A sentence on the page without the brackets did not
    /// come from the catalogue, and one cut short shows where a layout cannot take a longer
    /// language.
    pub fn pseudo() -> &'static Messages {
        static PSEUDO: std::sync::OnceLock<Messages> = std::sync::OnceLock::new();
        PSEUDO.get_or_init(|| Messages {
            language: Language::En,
            table: Table::Loaded((0..COUNT).map(|i| Some(pseudo_text(english(i)))).collect()),
        })
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The pattern for `msg`, arguments still marked.
    fn pattern(&self, msg: Msg) -> &str {
        let i = msg as usize;
        match &self.table {
            Table::Loaded(list) => list
                .get(i)
                .and_then(|m| m.as_deref())
                .unwrap_or_else(|| english(i)),
            Table::English => english(i),
        }
    }

    /// The sentence for `msg` with its named arguments filled in. An argument the caller
    /// did not pass is left out rather than shown as a placeholder; the tests make sure
    /// every call passes what the English sentence uses.
    pub fn text(&self, msg: Msg, args: &[(&str, &str)]) -> String {
        let pattern = self.pattern(msg);
        let mut out = String::with_capacity(pattern.len() + 32);
        let mut rest = pattern;
        while let Some(start) = rest.find(ARG_START) {
            out.push_str(&rest[..start]);
            let after = &rest[start + ARG_START.len_utf8()..];
            let end = after.find(ARG_END).unwrap_or(after.len());
            let name = &after[..end];
            if let Some((_, value)) = args.iter().find(|(n, _)| *n == name) {
                out.push_str(value);
            }
            rest = after.get(end + ARG_END.len_utf8()..).unwrap_or("");
        }
        out.push_str(rest);
        out
    }

    /// A message without arguments.
    pub fn get(&self, msg: Msg) -> String {
        self.text(msg, &[])
    }

    /// Whole sentences, one after the other, as the language writes them (Japanese and
    /// Chinese without a space). Empty ones are left out.
    pub fn join_sentences<S: AsRef<str>>(&self, sentences: &[S]) -> String {
        let parts: Vec<&str> = sentences
            .iter()
            .map(|s| s.as_ref().trim())
            .filter(|s| !s.is_empty())
            .collect();
        parts.join(&self.get(Msg::SentenceSeparator))
    }

    /// Words in a list, separated as the language writes them (`, `; `、`).
    pub fn join_list<S: AsRef<str>>(&self, items: &[S]) -> String {
        let parts: Vec<&str> = items.iter().map(|s| s.as_ref()).collect();
        parts.join(&self.get(Msg::ListSeparator))
    }
}

impl Msg {
    /// The key in the `.ftl` files.
    pub fn key(self) -> &'static str {
        KEYS[self as usize]
    }
}

/// The `i`th English sentence. The first visit's are always here; the full app's are linked
/// only into a build that calls [`enable_full_app_messages`] (natively, always).
fn english(i: usize) -> &'static str {
    if i < FIRST_VISIT_COUNT {
        slice(ENGLISH_FIRST_TEXT, &ENGLISH_FIRST_ENDS, i)
    } else {
        full_app_english(i - FIRST_VISIT_COUNT)
    }
}

fn slice(text: &'static str, ends: &[u32], i: usize) -> &'static str {
    let end = ends.get(i).map_or(0, |e| *e as usize);
    let start = if i == 0 {
        0
    } else {
        ends.get(i - 1).map_or(end, |e| *e as usize)
    };
    text.get(start..end).unwrap_or_default()
}

fn full_app_slice(i: usize) -> &'static str {
    use super::generated::{ENGLISH_FULL_ENDS, ENGLISH_FULL_TEXT};
    slice(ENGLISH_FULL_TEXT, &ENGLISH_FULL_ENDS, i)
}

#[cfg(not(target_arch = "wasm32"))]
fn full_app_english(i: usize) -> &'static str {
    full_app_slice(i)
}

/// In the browser, the full app's sentences are reached through this pointer, set by the
/// full app at start; the first-visit build never sets it, so the linker leaves them out
/// of its download (it never shows those pages).
#[cfg(target_arch = "wasm32")]
static FULL_APP: std::sync::OnceLock<fn(usize) -> &'static str> = std::sync::OnceLock::new();

#[cfg(target_arch = "wasm32")]
fn full_app_english(i: usize) -> &'static str {
    FULL_APP.get().map_or("", |f| f(i))
}

/// Makes the full app's sentences available (the full app's start calls it).
pub fn enable_full_app_messages() {
    #[cfg(target_arch = "wasm32")]
    let _ = FULL_APP.set(full_app_slice);
}

/// The published file name of `language`'s sentences; `None` for English (compiled in)
/// and for a language without a catalogue.
pub fn message_file(language: Language) -> Option<&'static str> {
    MESSAGE_FILES[index(language)]
}

/// The published file name of `language`'s code words, when there is one.
pub fn code_words_file(language: Language) -> Option<&'static str> {
    CODE_WORD_FILES[index(language)]
}

fn index(language: Language) -> usize {
    Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or_default()
}

/// Pseudo-localizes a text: accented, lengthened and bracketed, arguments left intact. For
/// the catalogue's patterns and for the code words alike.
pub fn pseudo_text(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() * 2);
    out.push('⟦');
    let mut in_arg = false;
    for c in pattern.chars() {
        match c {
            ARG_START => in_arg = true,
            ARG_END => in_arg = false,
            _ => {}
        }
        let accented = if in_arg {
            None
        } else {
            match c {
                'a' => Some('á'),
                'e' => Some('é'),
                'i' => Some('í'),
                'o' => Some('ó'),
                'u' => Some('ú'),
                'A' => Some('Å'),
                'E' => Some('É'),
                'O' => Some('Ø'),
                _ => None,
            }
        };
        match accented {
            // Doubling the vowels lengthens a sentence by about as much as German or
            // French does.
            Some(a) => {
                out.push(a);
                out.push(a);
            }
            None => out.push(c),
        }
    }
    out.push('⟧');
    out
}
