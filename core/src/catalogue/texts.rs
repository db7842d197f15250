//! The catalogue's words: for each code, Microsoft's name, our short title and what it means
//! in plain words.
//!
//! They live in `core/data/codes.<language>.json`, not in the code table, because they are most of the
//! catalogue's bytes and only the verdict is needed to paint the verdict card. The app fetches
//! the file (under a name that carries a hash of its content, so hosts may cache it for a
//! year) when a code's words are shown; native code and tests read the copy compiled in.

use serde_json::Value;

/// The words for one code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CodeText {
    /// Microsoft's internal name where Microsoft documents one, else empty.
    pub name: String,
    /// A short title in plain words.
    pub title: String,
    /// What it means, in plain words.
    pub meaning: String,
    /// The OAuth `error` value the code usually arrives with, or empty.
    pub error: String,
}

/// Every code's words in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeTexts {
    /// A BCP 47 tag (`en`).
    pub language: String,
    /// In the file's order; a few hundred entries, so lookups scan (a sort or a map would
    /// add code to the first-visit build for no time anyone could notice).
    codes: Vec<(u32, CodeText)>,
}

/// Why a catalogue file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextsError {
    /// Not the catalogue's JSON shape; the message names where.
    Malformed(String),
}

impl std::fmt::Display for TextsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextsError::Malformed(why) => write!(
                f,
                "The error descriptions could not be read ({why}); the verdicts and fixes still apply."
            ),
        }
    }
}

/// The English file, as committed.
const ENGLISH_JSON: &str = include_str!("../../data/codes.en.json");

impl CodeTexts {
    /// Reads a catalogue file. Entries with an empty title or meaning are refused, so a
    /// half-written translation cannot blank the page.
    pub fn parse(json: &str) -> Result<CodeTexts, TextsError> {
        // Read through `Value`, which the first-visit build already has for pasted JSON: a
        // derived map deserializer would add its own code for one file.
        let malformed = |why: &str| TextsError::Malformed(why.to_string());
        let value: Value =
            serde_json::from_str(json).map_err(|e| TextsError::Malformed(e.to_string()))?;
        let language = value
            .get("language")
            .and_then(Value::as_str)
            .ok_or_else(|| malformed("no language"))?
            .to_string();
        let entries = value
            .get("codes")
            .and_then(Value::as_object)
            .ok_or_else(|| malformed("no codes"))?;
        let mut codes = Vec::with_capacity(entries.len());
        for (key, entry) in entries {
            let code: u32 = key
                .parse()
                .map_err(|_| TextsError::Malformed(format!("{key:?} is not a code")))?;
            let field = |name: &str| {
                entry
                    .get(name)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            };
            let text = CodeText {
                name: field("name"),
                title: field("title"),
                meaning: field("meaning"),
                error: field("error"),
            };
            if text.title.trim().is_empty() || text.meaning.trim().is_empty() {
                return Err(TextsError::Malformed(format!(
                    "AADSTS{code} has no title or meaning"
                )));
            }
            codes.push((code, text));
        }
        Ok(CodeTexts { language, codes })
    }

    /// The English words, compiled in. Only native code and the tests call this; the app
    /// fetches the published file instead (`i18n::code_words_file`), so the words stay out of its first download.
    pub fn english() -> &'static CodeTexts {
        static ENGLISH: std::sync::OnceLock<CodeTexts> = std::sync::OnceLock::new();
        ENGLISH.get_or_init(|| {
            CodeTexts::parse(ENGLISH_JSON).unwrap_or_else(|e| panic!("codes.en.json: {e}"))
        })
    }

    /// The same words pseudo-localized (`lang=en-XA`), so that the test locale lengthens and
    /// brackets them like every other sentence.
    pub fn pseudo_localized(&self) -> CodeTexts {
        let pseudo = crate::i18n::pseudo_text;
        CodeTexts {
            language: "en-XA".into(),
            codes: self
                .codes
                .iter()
                .map(|(code, t)| {
                    let text = CodeText {
                        name: t.name.clone(),
                        title: pseudo(&t.title),
                        meaning: pseudo(&t.meaning),
                        error: t.error.clone(),
                    };
                    (*code, text)
                })
                .collect(),
        }
    }

    pub fn get(&self, code: u32) -> Option<&CodeText> {
        self.codes.iter().find(|(c, _)| *c == code).map(|(_, t)| t)
    }

    /// Every code with words.
    pub fn codes(&self) -> impl Iterator<Item = (u32, &CodeText)> {
        self.codes.iter().map(|(code, text)| (*code, text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue;

    #[test]
    fn every_catalogued_code_has_words_and_every_word_has_a_code() {
        let texts = CodeTexts::english();
        for entry in catalogue::all() {
            let text = texts
                .get(entry.code)
                .unwrap_or_else(|| panic!("AADSTS{} has no words", entry.code));
            assert!(text.title.len() <= 70, "{}: title too long", entry.code);
            assert!(text.meaning.len() > 30, "{}: meaning too thin", entry.code);
            assert!(
                !text.meaning.contains('{') && !text.meaning.contains('\t'),
                "{}: a placeholder or tab in the meaning",
                entry.code
            );
        }
        for (code, _) in texts.codes() {
            assert!(
                catalogue::all().iter().any(|e| e.code == code),
                "AADSTS{code} has words but no row in the table"
            );
        }
    }

    #[test]
    fn a_broken_file_is_refused_with_a_reason() {
        for bad in [
            "",
            "[]",
            "{\"language\":\"en\",\"codes\":{\"x\":{\"title\":\"t\",\"meaning\":\"m\"}}}",
            "{\"language\":\"en\",\"codes\":{\"90094\":{\"title\":\"\",\"meaning\":\"m\"}}}",
        ] {
            let error = CodeTexts::parse(bad).unwrap_err();
            assert!(
                error.to_string().contains("verdicts and fixes still apply"),
                "{error}"
            );
        }
        let ok = CodeTexts::parse(
            "{\"language\":\"en\",\"codes\":{\"90094\":{\"title\":\"t\",\"meaning\":\"m\"}}}",
        )
        .unwrap();
        assert_eq!(ok.get(90094).unwrap().name, "");
    }
}
