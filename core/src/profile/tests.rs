use super::*;
use serde_json::Value;

const DEMO: &str = include_str!("../../../profiles/demo.json");

fn with(patch: impl FnOnce(&mut Value)) -> Result<Profile, ProfileError> {
    let mut value: Value = serde_json::from_str(DEMO).unwrap();
    patch(&mut value);
    Profile::from_json(&value.to_string())
}

fn field_of(result: Result<Profile, ProfileError>) -> String {
    result.unwrap_err().field
}

#[test]
fn every_shipped_profile_is_valid() {
    for (name, text) in [
        ("demo", DEMO),
        (
            "northwind",
            include_str!("../../../profiles/northwind-sidebar.json"),
        ),
        (
            "fabrikam",
            include_str!("../../../profiles/fabrikam-outreach.json"),
        ),
        (
            "production",
            include_str!("../../../profiles/production.json"),
        ),
    ] {
        let profile = Profile::from_json(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!profile.delegated_permissions.is_empty(), "{name}");
    }
}

#[test]
fn demo_profile_points_at_the_emulator_and_production_does_not() {
    let demo = Profile::from_json(DEMO).unwrap();
    assert_eq!(demo.authority_host(), "http://127.0.0.1:8081");
    let prod = Profile::from_json(include_str!("../../../profiles/production.json")).unwrap();
    assert_eq!(prod.emulator_authority, None);
    assert_eq!(prod.authority_host(), "https://login.microsoftonline.com");
}

#[test]
fn errors_name_the_field() {
    assert_eq!(
        field_of(with(|v| v["app"]["client_id"] = "not-a-guid".into())),
        "app.client_id"
    );
    assert_eq!(
        field_of(with(|v| {
            v.as_object_mut().unwrap().remove("product_name");
        })),
        "product_name"
    );
    assert_eq!(field_of(with(|v| v["cloud"] = "mars".into())), "cloud");
    assert_eq!(
        field_of(with(
            |v| v["delegated_permissions"][4]["scope"] = "Mail Read".into()
        )),
        "delegated_permissions[4].scope"
    );
    assert_eq!(
        field_of(with(
            |v| v["delegated_permissions"][4]["resource"] = Value::Null
        )),
        "delegated_permissions[4].resource"
    );
    assert_eq!(
        field_of(with(|v| v["app"]["publisher_verified"] = "yes".into())),
        "app.publisher_verified"
    );
    assert_eq!(
        field_of(with(
            |v| v["dev"]["emulator_authority"] = "https://evil.example".into()
        )),
        "dev.emulator_authority"
    );
    assert_eq!(
        field_of(with(
            |v| v["branding"]["logo"] = "javascript:alert(1)".into()
        )),
        "branding.logo"
    );
    assert_eq!(
        field_of(with(|v| v["branding"]["accent"] = "red".into())),
        "branding.accent"
    );
    assert_eq!(
        field_of(with(|v| v["produkt_name"] = "typo".into())),
        "produkt_name"
    );
    assert_eq!(
        field_of(with(|v| v["support"] = serde_json::json!({}))),
        "support"
    );
    assert_eq!(
        field_of(with(|v| v["allowed_client_ids"][0] = 7.into())),
        "allowed_client_ids[0]"
    );
}

#[test]
fn error_message_reads_as_an_instruction() {
    let e = with(|v| v["app"]["client_id"] = "abc".into()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "profile.json, field `app.client_id`: must be the application (client) ID, a GUID such as 00000000-0000-0000-0000-000000000000; found \"abc\""
    );
    assert_eq!(Profile::from_json("[1]").unwrap_err().field, "(file)");
    assert_eq!(
        Profile::from_json("{\n  \"product_name\": \"x\",\n}")
            .unwrap_err()
            .problem,
        "not valid JSON: trailing comma at line 3 column 1"
    );
}

#[test]
fn shape_errors_say_what_belongs_there() {
    let typo = with(|v| v["produkt_name"] = "typo".into()).unwrap_err();
    assert!(
        typo.problem.starts_with(
            "is not a profile field (expected one of $comment, product_name, company_name"
        ),
        "{}",
        typo.problem
    );
    let flag = with(|v| v["app"]["publisher_verified"] = "yes".into()).unwrap_err();
    assert_eq!(flag.problem, "must be true or false, not string \"yes\"");
    let list = with(|v| v["allowed_client_ids"] = "9c0e4b7d-2f1a-4e3b-8d6c-5a4f3e2d1c0b".into())
        .unwrap_err();
    assert_eq!(
        (
            list.field.as_str(),
            list.problem.starts_with("must be a list [ … ], not string")
        ),
        ("allowed_client_ids", true),
        "{list}"
    );
    let support = with(|v| v["support"] = "mail us".into()).unwrap_err();
    assert_eq!(support.field, "support");
    assert_eq!(
        support.problem,
        "must be an object { … }, not string \"mail us\""
    );
    // serde's derive would also read a list in field order; a profile must say what it means.
    let list = with(|v| v["support"] = serde_json::json!(["support@contoso.example", null]));
    assert_eq!(field_of(list), "support");
    assert_eq!(
        field_of(with(|v| *v = Value::Array(vec!["x".into(); 11]))),
        "(file)"
    );
    let permission = with(|v| v["delegated_permissions"][2]["scoop"] = "x".into()).unwrap_err();
    assert_eq!(permission.field, "delegated_permissions[2].scoop");
    let trailing = Profile::from_json(&format!("{DEMO} {{}}")).unwrap_err();
    assert_eq!(trailing.field, "(file)");
    assert!(
        trailing
            .problem
            .starts_with("not valid JSON: trailing characters"),
        "{trailing}"
    );
}

#[test]
fn a_repeated_field_is_named_at_every_depth() {
    let top = DEMO.replacen(
        "\"cloud\": \"global\",",
        "\"cloud\": \"global\", \"cloud\": \"china\",",
        1,
    );
    assert_eq!(Profile::from_json(&top).unwrap_err().field, "cloud");
    let nested = DEMO.replacen(
        "{ \"scope\": \"openid\",",
        "{ \"scope\": \"openid\", \"scope\": \"email\",",
        1,
    );
    let e = Profile::from_json(&nested).unwrap_err();
    assert_eq!(
        (e.field.as_str(), e.problem.as_str()),
        (
            "delegated_permissions[0].scope",
            "appears twice; keep one of them"
        )
    );
}

#[test]
fn a_field_written_twice_is_named_instead_of_one_silently_winning() {
    let text = DEMO.replacen(
        "\"support\": {",
        "\"support\": { \"email\": \"old@contoso.example\",",
        1,
    );
    assert!(
        text.contains("old@contoso"),
        "the demo profile changed shape"
    );
    let e = Profile::from_json(&text).unwrap_err();
    assert_eq!(e.field, "support.email");
    assert_eq!(e.problem, "appears twice; keep one of them");
}

#[test]
fn scope_string_prefixes_resources_but_not_oidc_scopes() {
    let p = Profile::from_json(DEMO).unwrap();
    let scopes = p.delegated_scope_string();
    assert!(
        scopes.starts_with("openid profile offline_access https://graph.microsoft.com/User.Read "),
        "{scopes}"
    );
    assert_eq!(p.resources(), ["https://graph.microsoft.com"]);
}

#[test]
fn the_tenant_check_app_must_be_a_separate_guid() {
    let demo = Profile::from_json(DEMO).unwrap();
    assert_eq!(
        demo.tenant_check_client_id
            .map(|c| c.to_string())
            .as_deref(),
        Some("b5a7c3e1-6d2f-4a8b-9c0e-1f2a3b4c5d6e")
    );
    let same = with(|v| v["tenant_check"]["client_id"] = v["app"]["client_id"].clone());
    let error = same.unwrap_err();
    assert_eq!(error.field, "tenant_check.client_id");
    assert!(
        error.problem.contains("separate app registration"),
        "{}",
        error.problem
    );
    assert_eq!(
        field_of(with(
            |v| v["tenant_check"]["client_id"] = "not-a-guid".into()
        )),
        "tenant_check.client_id"
    );
    assert_eq!(
        field_of(with(|v| v["tenant_check"]["scopes"] = "x".into())),
        "tenant_check.scopes"
    );
    let without = with(|v| {
        v.as_object_mut().unwrap().remove("tenant_check");
    })
    .unwrap();
    assert_eq!(without.tenant_check_client_id, None);
}

/// The first-visit build reads profiles with `from_json_quick`: the same profile or the same
/// error as `from_json`, except a shape error, which it reports as unlocated so that the page
/// asks the full app to name the field.
#[test]
fn the_quick_reader_agrees_with_the_full_one_or_says_it_cannot_place_the_error() {
    let quick = |patch: fn(&mut Value)| {
        let mut value: Value = serde_json::from_str(DEMO).unwrap();
        patch(&mut value);
        let text = value.to_string();
        (Profile::from_json(&text), Profile::from_json_quick(&text))
    };
    let (full, fast) = quick(|_| {});
    assert_eq!(full.unwrap(), fast.unwrap());
    // A check after serde: both name the field.
    let (full, fast) = quick(|v| v["app"]["client_id"] = "not-a-guid".into());
    assert_eq!(full.unwrap_err(), fast.unwrap_err());
    // A shape error: only the full reader can place it.
    let (full, fast) = quick(|v| v["app"]["publisher_verified"] = "yes".into());
    assert_eq!(full.unwrap_err().field, "app.publisher_verified");
    let fast = fast.unwrap_err();
    assert!(fast.is_unlocated(), "{fast}");
    // Broken JSON is the same for both, and never unlocated.
    let full = Profile::from_json("{\"product_name\": ").unwrap_err();
    let fast = Profile::from_json_quick("{\"product_name\": ").unwrap_err();
    assert_eq!(full, fast);
    assert!(!fast.is_unlocated());
}

#[test]
fn a_reason_in_the_readers_language_comes_from_why_translations() {
    use crate::i18n::Language;
    let demo = Profile::from_json(DEMO).unwrap();
    let user_read = demo
        .delegated_permissions
        .iter()
        .find(|p| p.name.name() == "User.Read")
        .unwrap();
    assert_eq!(user_read.why_in(Language::En), user_read.why);
    assert_ne!(user_read.why_in(Language::Ja), user_read.why);
    for language in Language::ALL {
        assert!(!user_read.why_in(language).is_empty(), "{language}");
    }
    // A profile without translations gives the English reason in every language.
    let plain = with(|v| {
        for p in v["delegated_permissions"].as_array_mut().unwrap() {
            p.as_object_mut().unwrap().remove("why_translations");
        }
    })
    .unwrap();
    let p = &plain.delegated_permissions[0];
    assert_eq!(p.why_in(Language::De), p.why);
}

#[test]
fn a_translation_for_an_unknown_language_or_not_a_text_is_named() {
    let bad_language = with(|v| {
        v["delegated_permissions"][0]["why_translations"] = serde_json::json!({ "xx": "Hi" });
    });
    assert_eq!(
        field_of(bad_language),
        "delegated_permissions[0].why_translations.xx"
    );
    let english = with(|v| {
        v["delegated_permissions"][0]["why_translations"] = serde_json::json!({ "en": "Hi" });
    });
    assert_eq!(
        field_of(english),
        "delegated_permissions[0].why_translations.en"
    );
    let not_text = with(|v| {
        v["delegated_permissions"][0]["why_translations"] = serde_json::json!({ "ja": 3 });
    });
    assert_eq!(
        field_of(not_text),
        "delegated_permissions[0].why_translations.ja"
    );
    let blank = with(|v| {
        v["delegated_permissions"][0]["why_translations"] = serde_json::json!({ "ja": "  " });
    });
    assert_eq!(
        field_of(blank),
        "delegated_permissions[0].why_translations.ja"
    );
}
