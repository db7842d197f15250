//! The page in the reader's language: chosen from the browser, switchable without losing
//! the diagnosis, set by `lang=` in a shared link, accessible in every language, and
//! pseudo-localized text that wraps instead of overflowing.

use consent_core::i18n::{published_files, Language, Messages, Msg};
use serde_json::json;

use crate::a11y::axe;
use crate::harness::{
    copy_of_dist_without, serve_other, with_browser, with_browser_languages, Browser,
};

const PRODUCT: &str = "Contoso Mail Assistant";
const TRACE: &str = "0b9c5a12-7f3e-4d21-9a8b-1c2d3e4f5a6b";

/// The published catalogue of `language` (not English, which is compiled in), as the
/// page reads it.
fn messages(language: Language) -> Messages {
    let prefix = format!("messages-{}-", language.tag());
    let (_, json) = published_files()
        .unwrap()
        .into_iter()
        .find(|(name, _)| name.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no published catalogue for {language}"));
    Messages::parse(&json).unwrap()
}

fn headline(language: Language) -> String {
    let args = [("product", PRODUCT)];
    if language == Language::En {
        return Messages::english().text(Msg::HeadlineAdminConsentRequired, &args);
    }
    messages(language).text(Msg::HeadlineAdminConsentRequired, &args)
}

/// Microsoft's 90094 redirect, as the emulator and Entra send it.
fn redirect_90094() -> String {
    let description = format!(
        "AADSTS90094: The grant requires admin permission.\r\nTrace ID: {TRACE}\r\nTimestamp: 2025-03-04 10:11:12Z"
    );
    format!(
        "error=access_denied&error_codes=90094&error_description={}",
        consent_core::urls::encode(&description)
    )
}

/// Records every headline the page ever shows, from before the app's first line runs.
async fn record_headlines(b: &Browser) {
    let script = "window.__headlines = []; new MutationObserver(() => { const h = document.getElementById('verdict-headline'); if (h && window.__headlines[window.__headlines.length - 1] !== h.textContent) window.__headlines.push(h.textContent); }).observe(document, { subtree: true, childList: true, characterData: true });";
    b.session_command(
        "goog/cdp/execute",
        json!({ "cmd": "Page.addScriptToEvaluateOnNewDocument", "params": { "source": script } }),
    )
    .await;
}

async fn html_lang(b: &Browser) -> String {
    b.exec("return document.documentElement.lang")
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn a_japanese_browser_gets_the_japanese_card_without_a_flash_of_english() {
    with_browser_languages("ja-JP,ja,en-US", |b: Browser| async move {
        record_headlines(&b).await;
        b.goto(&format!("/diagnose?{}", redirect_90094())).await;
        let (verdict, code, _) = b.verdict().await;
        assert_eq!(
            (verdict.as_str(), code.as_str()),
            ("admin-consent-required", "90094")
        );
        b.text_becomes("#verdict-headline", &headline(Language::Ja))
            .await;
        assert_eq!(html_lang(&b).await, "ja");
        let seen = b.exec("return window.__headlines").await;
        assert_eq!(
            seen,
            json!([headline(Language::Ja)]),
            "the card showed another text first"
        );
        // The code's meaning arrives after the card, in Japanese too.
        let ja_words = consent_core::catalogue::CodeTexts::parse(
            &std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/core/data/codes.ja.json"
            ))
            .unwrap(),
        )
        .unwrap();
        b.text_becomes(
            ".verdict-card .summary",
            &ja_words.get(90094).unwrap().meaning,
        )
        .await;
        // The fixes and the message to the admin are Japanese as well.
        let ja = messages(Language::Ja);
        let page = b.text("main").await;
        let ask_admin = ja.text(Msg::FixAskAdminTitle, &[("product", PRODUCT)]);
        assert!(page.contains(&ask_admin), "no {ask_admin:?} in {page}");
        let english = Messages::english().text(Msg::FixAskAdminTitle, &[("product", PRODUCT)]);
        assert!(!page.contains(&english), "English left on the page");
    })
    .await;
}

#[tokio::test]
async fn switching_to_german_and_back_keeps_the_diagnosis() {
    with_browser_languages("ja,en", |b: Browser| async move {
        b.goto(&format!("/diagnose?{}", redirect_90094())).await;
        b.text_becomes("#verdict-headline", &headline(Language::Ja)).await;
        let report_before = b.text("[data-report]").await;
        b.exec("const s = document.querySelector('[data-action=language]'); s.value = 'de'; s.dispatchEvent(new Event('change')); return true;").await;
        b.text_becomes("#verdict-headline", &headline(Language::De)).await;
        assert_eq!(html_lang(&b).await, "de");
        // The tab's title follows, and the keyboard stays on the switch.
        let title = messages(Language::De).text(Msg::PageTitle, &[("product", PRODUCT)]);
        assert_eq!(b.exec("return document.title").await, json!(title));
        assert_eq!(b.exec("return document.activeElement.id").await, json!("language-switch"));
        let (verdict, code, _) = b.verdict().await;
        assert_eq!((verdict.as_str(), code.as_str()), ("admin-consent-required", "90094"));
        assert!(b.url().await.contains("lang=de"), "{}", b.url().await);
        assert!(b.text("[data-report]").await.contains(TRACE));
        b.exec("const s = document.querySelector('[data-action=language]'); s.value = 'ja'; s.dispatchEvent(new Event('change')); return true;").await;
        b.text_becomes("#verdict-headline", &headline(Language::Ja)).await;
        assert_eq!(b.text("[data-report]").await.lines().next(), report_before.lines().next());
        // The language goes with the reader to the next page.
        b.click("nav a[href='/check']").await;
        b.wait_for("[data-action=sign-in]").await;
        assert!(b.url().await.contains("lang=ja"), "{}", b.url().await);
        assert_eq!(html_lang(&b).await, "ja");
    })
    .await;
}

#[tokio::test]
async fn a_share_link_with_lang_fr_opens_in_french_in_an_english_browser() {
    with_browser(|b: Browser| async move {
        b.goto(&format!("/diagnose#{}&lang=fr", redirect_90094()))
            .await;
        b.text_becomes("#verdict-headline", &headline(Language::Fr))
            .await;
        assert_eq!(html_lang(&b).await, "fr");
        // lang is the page's, not a diagnosis parameter: nothing says it was ignored.
        let ignored = messages(Language::Fr).text(Msg::NoteIgnoredParameters, &[("names", "lang")]);
        assert!(
            !b.text("main").await.contains(&ignored),
            "lang reported as ignored"
        );
        // Without it, the same browser reads English (a new load: only the query changes).
        b.goto(&format!("/diagnose?{}", redirect_90094())).await;
        b.text_becomes("#verdict-headline", &headline(Language::En))
            .await;
        assert_eq!(html_lang(&b).await, "en");
    })
    .await;
}

#[tokio::test]
async fn axe_finds_nothing_serious_in_any_language() {
    with_browser(|b: Browser| async move {
        let mut problems = Vec::new();
        for language in Language::ALL {
            let tag = language.tag();
            b.goto(&format!("/diagnose?lang={tag}#{}", redirect_90094()))
                .await;
            b.verdict().await;
            b.text_becomes("#verdict-headline", &headline(language))
                .await;
            problems.extend(axe(&b, &format!("/diagnose in {tag}")).await);
            b.goto(&format!("/?lang={tag}")).await;
            b.wait_for("[data-action=language]").await;
            problems.extend(axe(&b, &format!("/ in {tag}")).await);
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    })
    .await;
}

/// Pseudo-localization (`lang=en-XA`) makes every sentence about 40% longer and brackets
/// it. On a phone-sized window, no page may scroll sideways or cut text off, and the
/// user's pages show no sentence outside the brackets.
#[tokio::test]
async fn pseudo_localized_pages_wrap_instead_of_overflowing() {
    with_browser(|b: Browser| async move {
        b.client.set_window_size(400, 900).await.expect("window size");
        let mut problems = Vec::new();
        for path in [
            "/?lang=en-XA".to_string(),
            format!("/diagnose?lang=en-XA#{}", redirect_90094()),
            "/diagnose?lang=en-XA#error=access_denied&error_subcode=cancel".to_string(),
            "/check?lang=en-XA".to_string(),
            "/errors?lang=en-XA".to_string(),
            "/errors/90094?lang=en-XA".to_string(),
        ] {
            b.goto(&path).await;
            b.wait_for("[data-action=language]").await;
            if path.starts_with("/diagnose") {
                b.verdict().await;
            }
            let found = b.exec(r#"
                const out = [];
                const root = document.documentElement;
                if (root.scrollWidth > root.clientWidth + 1) {
                    const widest = [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1).map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`).slice(-3);
                    out.push(`page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window: ${widest.join(' ')}`);
                }
                for (const el of document.querySelectorAll('main *, header *, footer *')) {
                    const style = getComputedStyle(el);
                    if (style.display === 'none' || el.closest('pre, code, textarea, select, .snippet')) continue;
                    const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
                    if (clips && el.scrollWidth > el.clientWidth + 1) out.push(`cut off: <${el.tagName.toLowerCase()} class="${el.className}">`);
                }
                // Headings, buttons and labels the user reads must come from the catalogue (a
                // code's reference page lists the admin's fixes, which stay English for now).
                const adminFixes = location.pathname.startsWith('/errors/') ? '.fix h3' : null;
                for (const el of document.querySelectorAll('main h1, main h2, main h3, main button, main label, nav a, footer p')) {
                    if (adminFixes && el.matches(adminFixes)) continue;
                    const text = el.textContent.trim();
                    if (/[A-Za-z]{3}/.test(text) && !text.includes('⟦')) out.push(`not from the catalogue: <${el.tagName.toLowerCase()}> ${text.slice(0, 80)}`);
                    // A sentence this build does not carry would show as empty brackets.
                    if (text === '' || text.includes('⟦⟧')) out.push(`empty: <${el.tagName.toLowerCase()} class="${el.className}">`);
                }
                return out;
            "#).await;
            for p in found.as_array().cloned().unwrap_or_default() {
                problems.push(format!("{path}: {}", p.as_str().unwrap_or_default()));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    })
    .await;
}

#[tokio::test]
async fn support_sends_the_link_in_the_customers_language() {
    with_browser(|b: Browser| async move {
        b.goto("/support").await;
        b.wait_for("[data-input='link-language']").await;
        b.exec("const s = document.querySelector('[data-input=link-language]'); s.value = 'ja'; s.dispatchEvent(new Event('change')); return true;").await;
        let expected = format!("{}/diagnose#lang=ja&", b.base);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let link = b.href("a[data-share-link]").await;
            if link.starts_with(&expected) {
                break;
            }
            assert!(std::time::Instant::now() < deadline, "{link}");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        // The preview speaks the customer's language too.
        b.text_becomes("[data-preview] dd:nth-of-type(2)", &headline(Language::Ja)).await;
    })
    .await;
}

#[tokio::test]
async fn a_missing_translation_file_leaves_the_page_in_english_and_says_so() {
    let copy = copy_of_dist_without("no-japanese", |name| name.starts_with("messages-ja-"));
    let base = serve_other(&copy);
    with_browser(move |b: Browser| async move {
        b.client
            .goto(&format!("{base}/diagnose?lang=ja#{}", redirect_90094()))
            .await
            .unwrap();
        b.verdict().await;
        b.text_becomes("#verdict-headline", &headline(Language::En))
            .await;
        b.wait_for("[data-language-problem]").await;
        assert_eq!(html_lang(&b).await, "en");
    })
    .await;
}
