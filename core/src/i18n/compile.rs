//! Fluent files → the page's message table, with Mozilla's parser (`fluent-syntax`).
//!
//! The page does not carry a Fluent runtime: measured on the first-visit build,
//! `fluent-bundle` added 37 KB brotli. What a message may contain is therefore the part of
//! Fluent that needs no runtime: text, `{ $argument }`, and references to terms and other
//! messages, which are filled in here. Selectors and functions are refused with the
//! message's name, so a translator learns at once instead of a reader seeing a broken
//! sentence. This file is shared with `core/build.rs` (it names no other module).

use fluent_syntax::ast;

/// Marks an argument in a compiled pattern: `\u{1}product\u{2}`. Control characters never
/// occur in catalogue text (refused below), so the marks cannot collide with it.
pub const ARG_START: char = '\u{1}';
pub const ARG_END: char = '\u{2}';

/// One message, compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Compiled {
    pub key: String,
    pub pattern: String,
    /// Argument names in order of first use.
    pub args: Vec<String>,
}

/// Why a catalogue cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompileError {
    Syntax(String),
    Unsupported { key: String, what: String },
    Unresolved { key: String, reference: String },
    Duplicate(String),
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CompileError::Syntax(why) => write!(f, "not valid Fluent: {why}"),
            CompileError::Unsupported { key, what } => write!(
                f,
                "{key}: {what} is not supported; write the sentence with text and {{ $arguments }} only (docs/translation.md)"
            ),
            CompileError::Unresolved { key, reference } => {
                write!(f, "{key}: refers to {reference}, which is not defined")
            }
            CompileError::Duplicate(key) => write!(f, "{key} is defined twice"),
        }
    }
}

/// Compiles a whole file, in file order. Terms (`-enterprise-apps = …`) are not messages;
/// they are filled into the messages that use them.
pub fn compile(ftl: &str) -> Result<Vec<Compiled>, CompileError> {
    let resource = fluent_syntax::parser::parse(ftl).map_err(|(_, errors)| {
        CompileError::Syntax(
            errors
                .first()
                .map(|e| format!("{:?} at bytes {:?}", e.kind, e.pos))
                .unwrap_or_default(),
        )
    })?;
    let mut messages = Vec::new();
    let mut terms = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => messages.push(m),
            ast::Entry::Term(t) => terms.push(t),
            ast::Entry::Junk { content } => {
                return Err(CompileError::Syntax(format!(
                    "cannot read {:?}",
                    content.chars().take(80).collect::<String>()
                )))
            }
            _ => {}
        }
    }
    let mut out: Vec<Compiled> = Vec::with_capacity(messages.len());
    for message in &messages {
        let key = message.id.name.to_string();
        if out.iter().any(|c| c.key == key) {
            return Err(CompileError::Duplicate(key));
        }
        let Some(value) = &message.value else {
            return Err(CompileError::Unsupported {
                key,
                what: "a message without a value".into(),
            });
        };
        if !message.attributes.is_empty() {
            return Err(CompileError::Unsupported {
                key,
                what: "an attribute".into(),
            });
        }
        let mut compiled = Compiled {
            key: key.clone(),
            pattern: String::new(),
            args: Vec::new(),
        };
        let lookup = Lookup {
            messages: &messages,
            terms: &terms,
        };
        lookup.pattern(&key, value, &mut compiled, 0)?;
        out.push(compiled);
    }
    Ok(out)
}

struct Lookup<'a, 's> {
    messages: &'a [&'s ast::Message<&'s str>],
    terms: &'a [&'s ast::Term<&'s str>],
}

impl Lookup<'_, '_> {
    fn pattern(
        &self,
        key: &str,
        pattern: &ast::Pattern<&str>,
        out: &mut Compiled,
        depth: usize,
    ) -> Result<(), CompileError> {
        if depth > 8 {
            return Err(CompileError::Unsupported {
                key: key.into(),
                what: "references nested more than 8 deep".into(),
            });
        }
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    if value.chars().any(|c| c.is_control() && c != '\n') {
                        return Err(CompileError::Unsupported {
                            key: key.into(),
                            what: "a control character".into(),
                        });
                    }
                    out.pattern.push_str(value);
                }
                ast::PatternElement::Placeable { expression } => {
                    self.expression(key, expression, out, depth)?
                }
            }
        }
        Ok(())
    }

    fn expression(
        &self,
        key: &str,
        expression: &ast::Expression<&str>,
        out: &mut Compiled,
        depth: usize,
    ) -> Result<(), CompileError> {
        let unsupported = |what: &str| CompileError::Unsupported {
            key: key.into(),
            what: what.into(),
        };
        let inline = match expression {
            ast::Expression::Inline(inline) => inline,
            ast::Expression::Select { .. } => return Err(unsupported("a selector")),
        };
        match inline {
            ast::InlineExpression::StringLiteral { value } => {
                out.pattern.push_str(&unescape(value));
            }
            ast::InlineExpression::NumberLiteral { value } => out.pattern.push_str(value),
            ast::InlineExpression::VariableReference { id } => {
                out.pattern.push(ARG_START);
                out.pattern.push_str(id.name);
                out.pattern.push(ARG_END);
                if !out.args.iter().any(|a| a == id.name) {
                    out.args.push(id.name.to_string());
                }
            }
            ast::InlineExpression::TermReference {
                id,
                attribute: None,
                arguments: None,
            } => {
                let term = self
                    .terms
                    .iter()
                    .find(|t| t.id.name == id.name)
                    .ok_or_else(|| CompileError::Unresolved {
                        key: key.into(),
                        reference: format!("-{}", id.name),
                    })?;
                self.pattern(key, &term.value, out, depth + 1)?;
            }
            ast::InlineExpression::MessageReference {
                id,
                attribute: None,
            } => {
                let message = self
                    .messages
                    .iter()
                    .find(|m| m.id.name == id.name)
                    .and_then(|m| m.value.as_ref())
                    .ok_or_else(|| CompileError::Unresolved {
                        key: key.into(),
                        reference: id.name.to_string(),
                    })?;
                self.pattern(key, message, out, depth + 1)?;
            }
            ast::InlineExpression::Placeable { expression } => {
                self.expression(key, expression, out, depth)?
            }
            ast::InlineExpression::FunctionReference { .. } => {
                return Err(unsupported("a function"))
            }
            _ => return Err(unsupported("an attribute or term argument")),
        }
        Ok(())
    }
}

/// Fluent's string-literal escapes: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(width @ ('u' | 'U')) => {
                let n = if width == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(n).collect();
                if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(ch);
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The variant name a key gets in the generated `Msg` enum: `headline-app-disabled` →
/// `HeadlineAppDisabled`.
pub fn variant_name(key: &str) -> String {
    key.split(['-', '_'])
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// 64-bit FNV-1a, for content-addressed file names and the key-list fingerprint. Not for
/// security: the host serves the files; the hash only gives each content its own name.
pub fn fnv(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The name a language file is published under: `<kind>-<tag>-<16 hex digits>.json`, the
/// digits a hash of the content, so a changed file gets a new name and hosts may cache one
/// for good. `kind` is `messages` or `codes`.
pub fn published_name(kind: &str, tag: &str, content: &str) -> String {
    format!("{kind}-{tag}-{:016x}.json", fnv(content.as_bytes()))
}

/// The fingerprint of a key list: a published file is only read by a build with the same
/// keys in the same order.
pub fn fingerprint(keys: &[&str]) -> String {
    format!("{:016x}", fnv(keys.join("\n").as_bytes()))
}

/// The file the page fetches for one language: `{"language", "keys", "messages": [...]}`,
/// the messages in the English file's order, `null` where this language lacks one (the
/// page then shows the English sentence). Written by hand rather than through serde so
/// that `core/build.rs` can share it without dependencies; strings are escaped for JSON.
pub fn published_json(
    tag: &str,
    fingerprint: &str,
    keys: &[&str],
    compiled: &[Compiled],
) -> String {
    let mut out = String::new();
    out.push_str("{\"language\":");
    json_string(&mut out, tag);
    out.push_str(",\"keys\":");
    json_string(&mut out, fingerprint);
    out.push_str(",\"messages\":[");
    for (i, key) in keys.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match compiled.iter().find(|c| c.key == *key) {
            Some(c) => json_string(&mut out, &c.pattern),
            None => out.push_str("null"),
        }
    }
    out.push_str("]}");
    out
}

fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The parts of the page only the full app shows (the sign-in check, the callback, the
/// error-code pages). Their sentences come last in the table, and the first-visit build
/// does not link them (`i18n::messages`).
pub const FULL_APP_FILES: [&str; 3] = ["check.ftl", "errors.ftl", "signin.ftl"];

/// A language's catalogue files: the first visit's parts, then the full app's, each in
/// file-name order.
pub fn catalogue_files(folder: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(folder)
        .map(|dir| {
            dir.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort_by_key(|p| (is_full_app_file(p), p.clone()));
    files
}

pub fn is_full_app_file(path: &std::path::Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| FULL_APP_FILES.contains(&n))
}

/// A language's catalogue: its files (`catalogue_files`) joined. `None` when the folder
/// has none.
pub fn read_catalogue(folder: &std::path::Path) -> Option<String> {
    let files = catalogue_files(folder);
    let mut all = String::new();
    for file in &files {
        all.push_str(&std::fs::read_to_string(file).ok()?);
        all.push('\n');
    }
    (!files.is_empty()).then_some(all)
}

/// How many messages the first visit's files of `folder` hold: the first part of the table.
pub fn first_visit_count(folder: &std::path::Path) -> usize {
    catalogue_files(folder)
        .iter()
        .filter(|p| !is_full_app_file(p))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|text| {
            fluent_syntax::parser::parse(text.as_str()).map_or(0, |resource| {
                resource
                    .body
                    .iter()
                    .filter(|e| matches!(e, ast::Entry::Message(_)))
                    .count()
            })
        })
        .sum()
}
