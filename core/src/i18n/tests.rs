use super::compile::{compile, ARG_START};
use super::*;

#[test]
fn english_compiles_and_every_message_is_reachable_by_key() {
    for msg in Msg::ALL {
        let text = Messages::english().get(msg);
        let separator = msg.key().ends_with("-separator");
        assert!(
            separator || !text.trim().is_empty(),
            "{} is empty",
            msg.key()
        );
        assert!(!text.contains(ARG_START), "{}", msg.key());
    }
}

#[test]
fn arguments_are_filled_by_name_and_missing_ones_are_left_out() {
    let m = Messages::english();
    let text = m.text(Msg::HeadlineAppDisabled, &[("product", "Contoso Mail")]);
    assert_eq!(
        text,
        "Contoso Mail is switched off for sign-in in this organization."
    );
    let bare = m.text(Msg::HeadlineAppDisabled, &[]);
    assert!(bare.starts_with(" is switched off"), "{bare}");
}

#[test]
fn a_translator_gets_the_message_name_for_what_the_page_cannot_show() {
    let select = "a = { $n ->\n [one] one\n *[other] many\n}\n";
    let error = compile(select).unwrap_err().to_string();
    assert!(error.starts_with("a: a selector"), "{error}");
    let function = "b = { NUMBER($n) }\n";
    assert!(compile(function)
        .unwrap_err()
        .to_string()
        .contains("b: a function"));
    let missing = "c = { -nowhere }\n";
    assert!(compile(missing)
        .unwrap_err()
        .to_string()
        .contains("-nowhere"));
    assert!(compile("d = x\nd = y\n").is_err());
    assert!(compile("e = {\n").is_err());
}

#[test]
fn terms_and_literals_are_filled_in_at_build_time() {
    let compiled = compile(
        "-portal = Microsoft Entra admin center\nopen = Open the { -portal } as { $who } {\"{\"}now{\"}\"}\n",
    )
    .unwrap();
    assert_eq!(compiled.len(), 1);
    assert_eq!(
        compiled[0].pattern,
        "Open the Microsoft Entra admin center as \u{1}who\u{2} {now}"
    );
    assert_eq!(compiled[0].args, ["who"]);
}

#[test]
fn a_published_file_from_another_build_or_a_broken_one_is_refused_with_a_reason() {
    for bad in [
        "",
        "[]",
        "{\"language\":\"xx\"}",
        "{\"language\":\"fr\",\"keys\":\"0\",\"messages\":[]}",
    ] {
        let error = Messages::parse(bad).unwrap_err();
        assert!(error.to_string().contains("English"), "{error}");
    }
}

#[test]
fn the_build_and_the_core_name_the_published_files_alike() {
    let files = published_files().unwrap();
    for (name, json) in &files {
        if name.starts_with("messages-") {
            let m = Messages::parse(json).unwrap();
            assert_eq!(message_file(m.language()), Some(name.as_str()));
        }
    }
    assert!(files.iter().any(|(n, _)| n.starts_with("codes-en-")));
}

#[test]
fn pseudo_localization_marks_every_sentence_and_keeps_arguments_intact() {
    let text = Messages::pseudo().text(Msg::HeadlineAppDisabled, &[("product", "Contoso Mail")]);
    assert!(text.starts_with('⟦') && text.ends_with('⟧'), "{text}");
    assert!(text.contains("Contoso Mail"), "{text}");
    assert!(
        text.chars().count()
            > "Contoso Mail is switched off for sign-in in this organization.".len() * 5 / 4
    );
}

/// Every language: the catalogue compiles, has every English key and no other, and each
/// message uses exactly the arguments the English one uses (a translation that drops
/// `{ $url }` would lose the link; one that invents `{ $name }` would show nothing there).
#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = compile(&catalogue_source(Language::En).unwrap()).unwrap();
    let mut problems = Vec::new();
    for language in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        let tag = language.tag();
        let Some(source) = catalogue_source(language) else {
            problems.push(format!("{tag}: no catalogue (core/messages/{tag}/)"));
            continue;
        };
        let translated = match compile(&source) {
            Ok(t) => t,
            Err(e) => {
                problems.push(format!("{tag}: {e}"));
                continue;
            }
        };
        for en in &english {
            match translated.iter().find(|t| t.key == en.key) {
                None => problems.push(format!("{tag}: {} is missing", en.key)),
                Some(t) => {
                    let mut a = t.args.clone();
                    let mut b = en.args.clone();
                    a.sort();
                    b.sort();
                    if a != b {
                        problems.push(format!("{tag}: {} uses {a:?}, English uses {b:?}", en.key));
                    }
                    if t.pattern.trim().is_empty() && !en.key.ends_with("-separator") {
                        problems.push(format!("{tag}: {} is empty", en.key));
                    }
                }
            }
        }
        for t in &translated {
            if !english.iter().any(|en| en.key == t.key) {
                problems.push(format!("{tag}: {} is not an English message", t.key));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Every language's code words cover every catalogued code (the words file's own checks
/// refuse empty titles and meanings).
#[test]
fn every_language_has_words_for_every_code() {
    for language in Language::ALL {
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("data/codes.{}.json", language.tag()));
        let json =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let texts = crate::catalogue::CodeTexts::parse(&json)
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert_eq!(texts.language, language.tag());
        for entry in crate::catalogue::all() {
            assert!(
                texts.get(entry.code).is_some(),
                "{}: AADSTS{} has no words",
                language.tag(),
                entry.code
            );
        }
        assert_eq!(
            texts.codes().count(),
            crate::catalogue::all().len(),
            "{}",
            language.tag()
        );
    }
}

#[test]
fn japanese_and_chinese_join_sentences_without_spaces_and_lists_with_the_ideographic_comma() {
    let files = published_files().unwrap();
    for tag in ["ja", "zh-Hans"] {
        let (_, json) = files
            .iter()
            .find(|(name, _)| name.starts_with(&format!("messages-{tag}-")))
            .unwrap();
        let m = Messages::parse(json).unwrap();
        assert_eq!(m.join_sentences(&["一。", "二。"]), "一。二。");
        assert_eq!(m.join_list(&["A", "B"]), "A、B");
    }
    let en = Messages::english();
    assert_eq!(en.join_sentences(&["One.", " ", "Two."]), "One. Two.");
    assert_eq!(en.join_list(&["A", "B"]), "A, B");
}
