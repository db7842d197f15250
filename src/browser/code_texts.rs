//! The catalogue's words (what each code means), fetched from the site once per page load.

use consent_core::catalogue::{texts::ENGLISH_FILE, CodeTexts};

/// Fetches and reads `/codes-en-<hash>.json`. The parsed words are kept for the life of the
/// page (leaked on purpose: one allocation, needed by every later diagnosis).
pub async fn load_code_texts() -> Result<&'static CodeTexts, String> {
    let (status, body) = super::get_text(&format!("/{ENGLISH_FILE}"))
        .await
        .map_err(|e| e.to_string())?;
    if !(200..300).contains(&status) {
        return Err(format!("the site answered {status} for {ENGLISH_FILE}"));
    }
    let texts = CodeTexts::parse(&body).map_err(|e| e.to_string())?;
    Ok(Box::leak(Box::new(texts)))
}
