use super::*;

fn obj(text: &str) -> Object {
    match parse(text) {
        Ok(Json::Object(o)) => o,
        other => panic!("not an object: {other:?}"),
    }
}

#[test]
fn reads_every_kind_of_value() {
    let o = obj(
        r#" { "s": "a\"b\\c\/\n\u00e9\ud83d\ude00", "n": -12.5e+3, "t": true, "f": false,
        "z": null, "list": [1, [], {}] } "#,
    );
    assert_eq!(o.get("s").and_then(Json::as_str), Some("a\"b\\c/\né😀"));
    assert_eq!(o.get("n"), Some(&Json::Number("-12.5e+3".into())));
    assert_eq!(o.get("t"), Some(&Json::Bool(true)));
    assert_eq!(o.get("f"), Some(&Json::Bool(false)));
    assert_eq!(o.get("z"), Some(&Json::Null));
    let list = o.get("list").and_then(Json::as_array).unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(list[0].as_u64(), Some(1));
    assert!(list[2].as_object().is_some_and(Object::is_empty));
}

#[test]
fn repeated_names_are_kept_and_the_last_one_wins() {
    let o = obj(r#"{"aud":"a","x":1,"aud":"b"}"#);
    assert_eq!(o.get("aud").and_then(Json::as_str), Some("b"));
    assert_eq!(o.first_repeated_name(), Some("aud"));
    let (unique, repeated) = o.deduplicated();
    let names: Vec<&str> = unique.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, ["aud", "x"]);
    assert_eq!(unique[0].1.as_str(), Some("b"));
    assert_eq!(repeated, ["aud"]);
}

#[test]
fn errors_say_what_is_wrong_and_where() {
    let e = parse("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
    assert_eq!((e.line, e.column), (3, 7));
    assert_eq!(
        e.to_string(),
        "expected `:` after the member name at line 3, column 7"
    );
    // Columns count characters: the é before the error is one column.
    let e = parse("{\"é\": tru}").unwrap_err();
    assert_eq!((e.line, e.column, e.problem), (1, 7, "expected a value"));
}

#[test]
fn rejects_what_json_does_not_allow() {
    for bad in [
        "",
        "   ",
        "{",
        "[1,]",
        "{\"a\":1,}",
        "{'a':1}",
        "{a:1}",
        "01",
        "1.",
        ".5",
        "1e",
        "-",
        "+1",
        "NaN",
        "Infinity",
        "tru",
        "nul",
        "\"abc",
        "\"a\tb\"",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"\\ud800\\u0041\"",
        "[1 2]",
        "{\"a\" 1}",
        "1 2",
        "\"\\",
        "\"\\é\"",
        "[\"\\u00é\"]",
    ] {
        assert!(parse(bad).is_err(), "accepted {bad:?}");
    }
}

#[test]
fn a_prefix_parse_ignores_what_follows_the_value() {
    let value = parse_prefix(r#"  {"error":"x"} and then a log line {"#).unwrap();
    assert_eq!(value.get("error").and_then(Json::as_str), Some("x"));
    assert!(parse(r#"{"error":"x"} trailing"#).is_err());
}

#[test]
fn nesting_is_limited_instead_of_overflowing_the_stack() {
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    assert_eq!(parse(&deep).unwrap_err().problem, "nested too deeply");
    let hostile = "[".repeat(1_000_000);
    assert!(parse(&hostile).is_err());
}

#[test]
fn whole_numbers_for_time_claims() {
    let n = |s: &str| Json::Number(s.into()).as_whole_number();
    assert_eq!(n("1700000000"), Some(1_700_000_000));
    assert_eq!(n("-5"), Some(-5));
    assert_eq!(n("1700000000.9"), Some(1_700_000_000));
    assert_eq!(n("1.7e9"), Some(1_700_000_000));
    assert_eq!(n("17E+8"), Some(1_700_000_000));
    assert_eq!(n("170000000000e-2"), Some(1_700_000_000));
    assert_eq!(n("-0.5"), Some(0));
    assert_eq!(n("0e999999"), Some(0));
    assert_eq!(n("1e300"), None);
    assert_eq!(n("1e15"), None);
    assert_eq!(n("999999999999999"), Some(999_999_999_999_999));
    assert_eq!(n(&format!("1{}e-40", "0".repeat(50))), Some(10_000_000_000));
    assert_eq!(Json::String("5".into()).as_whole_number(), None);
    assert_eq!(n("12x"), None);
    assert_eq!(n(""), None);
    assert_eq!(n("-"), None);
}

#[test]
fn u64_only_for_plain_non_negative_integers() {
    let n = |s: &str| Json::Number(s.into()).as_u64();
    assert_eq!(n("50105"), Some(50105));
    assert_eq!(n("-1"), None);
    assert_eq!(n("1.0"), None);
    assert_eq!(n("1e3"), None);
    assert_eq!(n("18446744073709551616"), None);
}

#[test]
fn display_writes_compact_json_that_reads_back_the_same() {
    let text = r#"{"a":[1,-2.5e3,true,null,{}],"s":"q\"\\\n\u0001é","a":"again"}"#;
    let value = parse(text).unwrap();
    assert_eq!(value.to_string(), text);
    assert_eq!(parse(&value.to_string()).unwrap(), value);
}
