use super::compile::{compile, ARG_START};
use super::*;

#[test]
fn english_compiles_and_every_message_is_reachable_by_key() {
    for msg in Msg::ALL {
        let text = Messages::english().get(msg);
        assert!(!text.trim().is_empty(), "{} is empty", msg.key());
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
