//! The catalogue's words (what each code means), fetched from the site once per language.

use consent_core::catalogue::CodeTexts;
use consent_core::i18n::{code_words_file, Language};

/// Fetches and reads `/codes-<tag>-<hash>.json` (English where the language has none). The
/// parsed words are kept for the life of the page (leaked on purpose: one allocation per
/// language, needed by every later diagnosis).
pub async fn load_code_texts(language: Language) -> Result<&'static CodeTexts, String> {
    let file = code_words_file(language)
        .or_else(|| code_words_file(Language::En))
        .ok_or_else(|| "this site has no code words".to_string())?;
    let (status, body) = super::get_text(&format!("/{file}"))
        .await
        .map_err(|e| e.to_string())?;
    if !(200..300).contains(&status) {
        return Err(format!("the site answered {status} for {file}"));
    }
    let texts = CodeTexts::parse(&body).map_err(|e| e.to_string())?;
    Ok(Box::leak(Box::new(texts)))
}
