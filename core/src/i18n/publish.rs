//! What `xtask build` publishes beside `index.html` for the nine languages (native only):
//! each translated catalogue compiled to the page's table, and each language's code words.

use super::compile::{self, published_json};
use super::generated::{FINGERPRINT, KEYS};
use super::{code_words_file, message_file, Language};

/// Why the site cannot be published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublishError {
    /// A catalogue does not compile; the text names the file and the message.
    Catalogue(String),
    /// The file changed after the core was compiled; building again fixes it.
    Stale(String),
}

impl std::fmt::Display for PublishError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PublishError::Catalogue(why) => write!(f, "{why}"),
            PublishError::Stale(file) => {
                write!(f, "{file} changed after the core was compiled; build again")
            }
        }
    }
}

fn source(path: &str) -> Option<String> {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).ok()
}

/// The `.ftl` text of `language`'s catalogue (its files joined), when the repository has one.
pub fn catalogue_source(language: Language) -> Option<String> {
    compile::read_catalogue(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("messages")
            .join(language.tag())
            .as_path(),
    )
}

/// `(file name, content)` for every published language file.
pub fn published_files() -> Result<Vec<(String, String)>, PublishError> {
    let mut files = Vec::new();
    for language in Language::ALL {
        let tag = language.tag();
        if language != Language::En {
            if let Some(ftl) = catalogue_source(language) {
                let compiled = compile::compile(&ftl)
                    .map_err(|e| PublishError::Catalogue(format!("core/messages/{tag}/: {e}")))?;
                let json = published_json(tag, FINGERPRINT, &KEYS, &compiled);
                let source = format!("core/messages/{tag}/");
                files.push(named("messages", language, json, message_file, source)?);
            }
        }
        if let Some(json) = source(&format!("data/codes.{tag}.json")) {
            let source = format!("core/data/codes.{tag}.json");
            files.push(named("codes", language, json, code_words_file, source)?);
        }
    }
    Ok(files)
}

/// The file under its published name, if that is the name the core was compiled with.
fn named(
    kind: &str,
    language: Language,
    content: String,
    compiled_name: fn(Language) -> Option<&'static str>,
    source: String,
) -> Result<(String, String), PublishError> {
    let name = compile::published_name(kind, language.tag(), &content);
    if compiled_name(language) != Some(name.as_str()) {
        return Err(PublishError::Stale(source));
    }
    Ok((name, content))
}
