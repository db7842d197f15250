//! Compiles `messages/en/*.ftl` into the `Msg` enum and the English table, and names the
//! files the build publishes for the other languages (content-hashed, so hosts may cache
//! them for a year). The compiler is the core's own `i18n/compile.rs`.

#[path = "src/i18n/compile.rs"]
#[allow(dead_code)]
mod compile;

use std::fmt::Write as _;
use std::path::Path;

/// Must match `Language::ALL`'s tags (a core test compares them).
const TAGS: [&str; 9] = ["en", "ja", "de", "fr", "es", "pt-BR", "it", "nl", "zh-Hans"];

fn main() {
    println!("cargo:rerun-if-changed=messages");
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/i18n/compile.rs");
    let english = read_catalogue("en").expect("core/messages/en/ is missing");
    let english = compile::compile(&english).unwrap_or_else(|e| panic!("core/messages/en/: {e}"));
    let keys: Vec<&str> = english.iter().map(|c| c.key.as_str()).collect();
    let fingerprint = compile::fingerprint(&keys);

    let mut out = String::new();
    out.push_str("/// One message of the catalogue (`core/messages/en/`), by key.\n");
    out.push_str("#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]\npub enum Msg {\n");
    for c in &english {
        let _ = writeln!(
            out,
            "    /// `{}`\n    {},",
            c.key,
            compile::variant_name(&c.key)
        );
    }
    out.push_str("}\n\n");
    let _ = writeln!(out, "pub(crate) const COUNT: usize = {};", english.len());
    let _ = writeln!(out, "pub(crate) const FINGERPRINT: &str = {fingerprint:?};");
    // The English sentences as two texts with end offsets (a `&str` per message cost 8
    // bytes each): the first visit's, and the full app's, which only the full app links.
    let first = compile::first_visit_count(Path::new("messages/en"));
    for (name, part) in [("FIRST", &english[..first]), ("FULL", &english[first..])] {
        let mut text = String::new();
        let mut ends = Vec::new();
        for c in part {
            text.push_str(&c.pattern);
            ends.push(text.len());
        }
        let _ = writeln!(
            out,
            "pub(crate) static ENGLISH_{name}_TEXT: &str = {text:?};"
        );
        let _ = writeln!(
            out,
            "pub(crate) static ENGLISH_{name}_ENDS: [u32; {}] = {ends:?};",
            ends.len()
        );
    }
    let _ = writeln!(out, "pub(crate) const FIRST_VISIT_COUNT: usize = {first};");
    out.push_str("#[allow(dead_code)]\npub(crate) static KEYS: [&str; COUNT] = [\n");
    for c in &english {
        let _ = writeln!(out, "    {:?},", c.key);
    }
    out.push_str("];\n");
    out.push_str("impl Msg {\n    pub const ALL: [Msg; COUNT] = [\n");
    for c in &english {
        let _ = writeln!(out, "        Msg::{},", compile::variant_name(&c.key));
    }
    out.push_str("    ];\n}\n");

    // File names of the published catalogues and code words, `None` where a language has
    // no file yet (the completeness test fails then).
    out.push_str("pub(crate) const MESSAGE_FILES: [Option<&str>; 9] = [\n");
    for tag in TAGS {
        let name = if tag == "en" {
            None
        } else {
            read_catalogue(tag)
                .and_then(|ftl| compile::compile(&ftl).ok())
                .map(|compiled| {
                    let json = compile::published_json(tag, &fingerprint, &keys, &compiled);
                    compile::published_name("messages", tag, &json)
                })
        };
        let _ = writeln!(out, "    {name:?},");
    }
    out.push_str("];\n");
    out.push_str("pub(crate) const CODE_WORD_FILES: [Option<&str>; 9] = [\n");
    for tag in TAGS {
        let name = read(&format!("data/codes.{tag}.json"))
            .map(|json| compile::published_name("codes", tag, &json));
        let _ = writeln!(out, "    {name:?},");
    }
    out.push_str("];\n");

    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&dir).join("messages.rs"), out).expect("write messages.rs");
}

fn read(path: &str) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

/// A language's catalogue: `messages/<tag>/*.ftl`, one file per part of the page, in
/// file-name order.
fn read_catalogue(tag: &str) -> Option<String> {
    compile::read_catalogue(Path::new("messages").join(tag).as_path())
}
