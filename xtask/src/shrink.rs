//! After Trunk: make the wasm-bindgen output smaller without changing what it does.
//!
//! - Every function the wasm imports from its glue script has a generated name such as
//!   `__wbg_navigator_c17f443a6fe5d38d`, written once in the wasm and once in the glue. The
//!   16 hex digits do not compress; about 150 of them cost 3.6 KB brotli on the first visit
//!   (measured on a prototype; with terser below, the two together took 5.5 KB).
//!   Each name is replaced in both files by a short one (`a`, `b`, … `ba`, …).
//! - Leptos always builds `server_fn`'s browser client, which brings `wasm-streams`: three
//!   `#[wasm_bindgen]` classes (`IntoUnderlyingSource`, …) that no code of ours ever creates.
//!   Exports are never dead to the linker, so they stay unless removed here: their exports go,
//!   `wasm-opt` drops the code only they reached, and their classes leave the glue (1.7 KB
//!   brotli). If the glue does not have exactly the expected shape, nothing is removed.
//! - The glue script is minified with terser (npm), 1.8 KB brotli.
//! - The wasm's custom sections (`producers`, `target_features`) go: 0.4 KB.
//! - `index.html` loses its comments (written for people reading the source) and indentation,
//!   and its loader is minified by terser; the stylesheet loses comments and the whitespace
//!   around `{};,` and after a declaration's `:`. 0.8 KB.
//!
//! A name is only renamed where the glue defines it exactly once as an object key and never
//! mentions it otherwise, so output this code does not understand is left as it was. The
//! end-to-end tests run the shrunk build in three engines.

use std::path::Path;
use std::process::Command;

use crate::tools::{self, Toolchain};

/// Shrinks every wasm-bindgen pair (`x_bg.wasm` + `x.js`) in `dist`.
pub fn dist(dist: &Path, toolchain: &Toolchain) -> Result<(), String> {
    let entries = std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let mut wasm_files: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with("_bg.wasm"))
        .collect();
    wasm_files.sort();
    for wasm_path in wasm_files {
        let name = wasm_path.to_string_lossy().into_owned();
        let js_path = Path::new(&name.replace("_bg.wasm", ".js")).to_path_buf();
        let wasm = std::fs::read(&wasm_path).map_err(|e| format!("{name}: {e}"))?;
        let js =
            std::fs::read_to_string(&js_path).map_err(|e| format!("{}: {e}", js_path.display()))?;
        let (wasm, js) = match without_unused_classes(&wasm, &js)? {
            Some((wasm, js)) => {
                std::fs::write(&wasm_path, wasm).map_err(|e| format!("{name}: {e}"))?;
                // Drops the functions that only the removed exports reached.
                tools::run(
                    Command::new("wasm-opt")
                        .args(WASM_OPT)
                        .arg(&wasm_path)
                        .arg("-o")
                        .arg(&wasm_path)
                        .env("PATH", &toolchain.path_env),
                    "wasm-opt (after removing unused exports)",
                )?;
                let wasm = std::fs::read(&wasm_path).map_err(|e| format!("{name}: {e}"))?;
                (wasm, js)
            }
            None => (wasm, js),
        };
        let (wasm, js) = short_import_names(&wasm, &js)?;
        let wasm = without_custom_sections(&wasm)?;
        std::fs::write(&wasm_path, wasm).map_err(|e| format!("{name}: {e}"))?;
        std::fs::write(&js_path, js).map_err(|e| format!("{}: {e}", js_path.display()))?;
        tools::run(
            Command::new("terser")
                .arg(&js_path)
                .args(["--module", "--compress", "--mangle", "--output"])
                .arg(&js_path)
                .env("PATH", &toolchain.path_env),
            "terser (minifying the glue script)",
        )?;
    }
    Ok(())
}

/// `index.html` and the stylesheets in `dist`, without what only readers of the source need.
/// Trunk gives each stylesheet link an `integrity` hash, so the new ones are written in.
pub fn text_assets(dist: &Path, toolchain: &Toolchain) -> Result<(), String> {
    let index_path = dist.join("index.html");
    let mut index =
        html(&std::fs::read_to_string(&index_path).map_err(|e| format!("index.html: {e}"))?);
    if let Some(loader) = inline_script(&index) {
        let scratch = crate::root().join("target").join("loader.js");
        std::fs::write(&scratch, loader).map_err(|e| format!("{}: {e}", scratch.display()))?;
        tools::run(
            Command::new("terser")
                .arg(&scratch)
                .args(["--compress", "--mangle", "--output"])
                .arg(&scratch)
                .env("PATH", &toolchain.path_env),
            "terser (minifying the loader)",
        )?;
        let small =
            std::fs::read_to_string(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
        index = index.replacen(loader, small.trim_end(), 1);
    }
    let entries = std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    for path in entries.flatten().map(|e| e.path()) {
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if !name.ends_with(".css") {
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{name}: {e}"))?;
        let small = css(&text);
        index = with_integrity(&index, name, small.as_bytes())?;
        std::fs::write(&path, small).map_err(|e| format!("{name}: {e}"))?;
    }
    std::fs::write(&index_path, index).map_err(|e| format!("index.html: {e}"))
}

/// The body of the first `<script>` without `src` (the loader).
fn inline_script(index: &str) -> Option<&str> {
    let start = index.find("<script>")? + "<script>".len();
    let len = index[start..].find("</script>")?;
    Some(&index[start..start + len])
}

/// Puts the SHA-384 of `content` into the `integrity` attribute of the tag linking `name`.
fn with_integrity(index: &str, name: &str, content: &[u8]) -> Result<String, String> {
    use base64::Engine as _;
    use sha2::Digest as _;
    let missing = || format!("index.html links `{name}` without an integrity attribute");
    let href = format!("href=\"/{name}\"");
    let tag_start = index.find(&href).ok_or_else(missing)?;
    let tag_end = tag_start + index[tag_start..].find('>').ok_or_else(missing)?;
    let attr = "integrity=\"sha384-";
    let value_start =
        tag_start + index[tag_start..tag_end].find(attr).ok_or_else(missing)? + attr.len();
    let value_end = value_start + index[value_start..].find('"').ok_or_else(missing)?;
    let digest = base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(content));
    Ok(format!(
        "{}{digest}{}",
        &index[..value_start],
        &index[value_end..]
    ))
}

/// Drops `<!-- … -->` comments, and lines that are only a `//` comment inside `<script>`.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        match rest[start..].find("-->") {
            Some(end) => rest = &rest[start + end + 3..],
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    out.push_str(rest);
    let mut in_script = false;
    let mut lines = Vec::new();
    for line in out.lines() {
        if line.contains("<script") {
            in_script = true;
        }
        let comment_only = in_script && line.trim_start().starts_with("//");
        if line.contains("</script>") {
            in_script = false;
        }
        // Lines a removed comment left empty go too, and indentation (the page has no
        // `<pre>` or `<textarea>` in its source).
        if !comment_only && !line.trim().is_empty() {
            lines.push(line.trim_start());
        }
    }
    lines.join("\n") + "\n"
}

/// Drops comments and the whitespace CSS does not need: runs become one space, and none is
/// kept next to `{`, `}`, `;` or `,`, nor after the `:` of a declaration. Quoted strings are
/// copied as they are. Spaces around `+` or `>`, and around `:` in selectors, stay
/// (`a :focus` and `calc(1px + 2px)` need them). Our stylesheet does not nest rules.
pub fn css(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut pending_space = false;
    // One entry per open `{`: whether it holds declarations (not rules, as `@media` does).
    let mut blocks: Vec<bool> = Vec::new();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                pending_space = true;
            }
            '"' | '\'' => {
                if pending_space && !out.ends_with(['{', '}', ';', ',']) && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
                let mut escaped = false;
                for inner in chars.by_ref() {
                    out.push(inner);
                    if escaped {
                        escaped = false;
                    } else if inner == '\\' {
                        escaped = true;
                    } else if inner == c {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => pending_space = true,
            '{' | '}' | ';' | ',' => {
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                if c == '{' {
                    let prelude_start = out.rfind(['{', '}', ';']).map_or(0, |i| i + 1);
                    let prelude = &out[prelude_start..];
                    let groups = ["@media", "@supports", "@container", "@layer", "@keyframes"];
                    blocks.push(!groups.iter().any(|g| prelude.starts_with(g)));
                } else if c == '}' {
                    blocks.pop();
                }
                out.push(c);
                pending_space = false;
            }
            ':' if blocks.last() == Some(&true) => {
                out.push(c);
                pending_space = false;
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
            }
            c => {
                if pending_space && !out.ends_with(['{', '}', ';', ',']) && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
            }
        }
    }
    out
}

/// Renames the glue's imports in the wasm's import section and in the glue script.
pub fn short_import_names(wasm: &[u8], js: &str) -> Result<(Vec<u8>, String), String> {
    let mut js = js.to_string();
    let out = rebuild(wasm, |id, body| match id {
        IMPORT_SECTION => rename_imports(body, &mut js).map(Some),
        _ => Ok(Some(body.to_vec())),
    })?;
    Ok((out, js))
}

/// The module without its custom sections (`producers`, `target_features`, …), which
/// browsers ignore. Runs last: wasm-opt reads the features from `target_features`.
pub fn without_custom_sections(wasm: &[u8]) -> Result<Vec<u8>, String> {
    rebuild(wasm, |id, body| {
        Ok((id != CUSTOM_SECTION).then(|| body.to_vec()))
    })
}

/// The module with each section replaced by what `f` returns for it (`None` drops it).
fn rebuild(
    wasm: &[u8],
    mut f: impl FnMut(u8, &[u8]) -> Result<Option<Vec<u8>>, String>,
) -> Result<Vec<u8>, String> {
    let mut out = wasm[..8].to_vec();
    for (id, body) in sections(wasm)? {
        if let Some(body) = f(id, body)? {
            out.push(id);
            write_leb(&mut out, body.len() as u64);
            out.extend_from_slice(&body);
        }
    }
    Ok(out)
}

const CUSTOM_SECTION: u8 = 0;
const IMPORT_SECTION: u8 = 2;
/// The same wasm-opt settings Trunk uses (`data-wasm-opt` in index.html and first-visit.html).
const WASM_OPT: [&str; 2] = ["-O2", "--low-memory-unused"];
const EXPORT_SECTION: u8 = 7;

/// wasm-streams' classes (see the module comment), and the enum only their getters use.
const UNUSED_CLASSES: [&str; 3] = [
    "IntoUnderlyingByteSource",
    "IntoUnderlyingSink",
    "IntoUnderlyingSource",
];
const UNUSED_ENUM: &str = "const __wbindgen_enum_ReadableStreamType = ";

/// The module without the unused classes' exports and the glue without the classes, or
/// `None` when either does not contain them in the shape wasm-bindgen 0.2.130 writes.
pub fn without_unused_classes(wasm: &[u8], js: &str) -> Result<Option<(Vec<u8>, String)>, String> {
    let mut lines: Vec<&str> = js.lines().collect();
    for class in UNUSED_CLASSES {
        let Some(start) = lines
            .iter()
            .position(|l| *l == format!("export class {class} {{"))
        else {
            return Ok(None);
        };
        let dispose = format!("if (Symbol.dispose) {class}.prototype[Symbol.dispose]");
        let Some(len) = lines[start..].iter().position(|l| l.starts_with(&dispose)) else {
            return Ok(None);
        };
        lines.drain(start..=start + len);
        let finalization = format!("const {class}Finalization = ");
        let Some(start) = lines.iter().position(|l| l.starts_with(&finalization)) else {
            return Ok(None);
        };
        let Some(len) = lines[start..].iter().position(|l| l.ends_with(';')) else {
            return Ok(None);
        };
        lines.drain(start..=start + len);
    }
    let Some(at) = lines.iter().position(|l| l.starts_with(UNUSED_ENUM)) else {
        return Ok(None);
    };
    lines.remove(at);
    let js = lines.join("\n") + "\n";
    let prefixes: Vec<String> = UNUSED_CLASSES
        .iter()
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let unused = |name: &str| {
        prefixes.iter().any(|p| {
            name.strip_prefix("__wbg_")
                .unwrap_or(name)
                .starts_with(&format!("{p}_"))
        })
    };
    if UNUSED_CLASSES.iter().any(|c| js.contains(c))
        || prefixes.iter().any(|p| js.contains(&format!("{p}_")))
    {
        return Ok(None);
    }
    let mut removed = 0;
    let out = rebuild(wasm, |id, body| {
        if id != EXPORT_SECTION {
            return Ok(Some(body.to_vec()));
        }
        let (kept, n) = remove_exports(body, unused)?;
        removed = n;
        Ok(Some(kept))
    })?;
    Ok((removed > 0).then_some((out, js)))
}

fn remove_exports(body: &[u8], unused: impl Fn(&str) -> bool) -> Result<(Vec<u8>, usize), String> {
    let mut reader = Reader { bytes: body, at: 0 };
    let count = reader.leb()?;
    let mut kept = Vec::new();
    let mut entries = Vec::new();
    for _ in 0..count {
        let name = reader.name()?;
        let start = reader.at;
        reader.byte()?;
        reader.leb()?;
        entries.push((name, &body[start..reader.at]));
    }
    let before = entries.len();
    entries.retain(|(name, _)| !unused(name));
    write_leb(&mut kept, entries.len() as u64);
    for (name, desc) in &entries {
        write_name(&mut kept, name);
        kept.extend_from_slice(desc);
    }
    Ok((kept, before - entries.len()))
}

fn sections(wasm: &[u8]) -> Result<Vec<(u8, &[u8])>, String> {
    if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
        return Err("not a WebAssembly module".into());
    }
    let mut reader = Reader { bytes: wasm, at: 8 };
    let mut sections = Vec::new();
    while reader.at < wasm.len() {
        let id = reader.byte()?;
        let len = reader.leb()? as usize;
        sections.push((id, reader.take(len)?));
    }
    Ok(sections)
}

fn rename_imports(body: &[u8], js: &mut String) -> Result<Vec<u8>, String> {
    let mut reader = Reader { bytes: body, at: 0 };
    let count = reader.leb()?;
    let mut out = Vec::with_capacity(body.len());
    write_leb(&mut out, count);
    let mut next = 0usize;
    for _ in 0..count {
        let module = reader.name()?;
        let field = reader.name()?;
        let desc_start = reader.at;
        reader.skip_import_desc()?;
        let desc = &body[desc_start..reader.at];
        let generated = field.starts_with("__wbg_") || field.starts_with("__wbindgen_");
        let key = format!("{field}:");
        let renamed = if generated && js.matches(field).count() == 1 && js.contains(&key) {
            let short = loop {
                let candidate = short_name(next);
                next += 1;
                // Never collide with a key the glue already has.
                if !has_key(js, &candidate) {
                    break candidate;
                }
            };
            *js = js.replacen(&key, &format!("{short}:"), 1);
            short
        } else {
            field.to_string()
        };
        write_name(&mut out, module);
        write_name(&mut out, &renamed);
        out.extend_from_slice(desc);
    }
    if reader.at != body.len() {
        return Err("the wasm import section has bytes after its last import".into());
    }
    Ok(out)
}

/// Whether `name:` occurs as a whole word (an object key, or a label) anywhere in `js`.
fn has_key(js: &str, name: &str) -> bool {
    let key = format!("{name}:");
    js.match_indices(&key).any(|(at, _)| {
        !js[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$')
    })
}

/// `a` … `z`, `ba` … : letters only, so every name is a valid bare object key.
fn short_name(mut n: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'a' + (n % 26) as u8);
        n /= 26;
        if n == 0 {
            break;
        }
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, String> {
        let b = *self
            .bytes
            .get(self.at)
            .ok_or("the wasm module ends in the middle of a section")?;
        self.at += 1;
        Ok(b)
    }

    fn take(&mut self, len: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(len).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or("a wasm section is longer than the module")?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn leb(&mut self) -> Result<u64, String> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(value);
            }
        }
        Err("a wasm number is too long".into())
    }

    fn name(&mut self) -> Result<&'a str, String> {
        let len = self.leb()? as usize;
        std::str::from_utf8(self.take(len)?).map_err(|_| "a wasm import name is not UTF-8".into())
    }

    /// Function (type index), table (type, limits), memory (limits), global (type, mutability).
    fn skip_import_desc(&mut self) -> Result<(), String> {
        match self.byte()? {
            0 => {
                self.leb()?;
            }
            1 => {
                self.byte()?;
                self.limits()?;
            }
            2 => self.limits()?,
            3 => {
                self.byte()?;
                self.byte()?;
            }
            other => return Err(format!("unknown wasm import kind {other}")),
        }
        Ok(())
    }

    fn limits(&mut self) -> Result<(), String> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 == 1 {
            self.leb()?;
        }
        Ok(())
    }
}

fn write_leb(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn write_name(out: &mut Vec<u8>, name: &str) {
    write_leb(out, name.len() as u64);
    out.extend_from_slice(name.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module with a type section and three function imports from the glue.
    fn module(fields: &[&str]) -> Vec<u8> {
        let mut imports = Vec::new();
        write_leb(&mut imports, fields.len() as u64);
        for field in fields {
            write_name(&mut imports, "./app_bg.js");
            write_name(&mut imports, field);
            imports.extend_from_slice(&[0, 0]);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        // type section: one type, () -> ()
        wasm.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        wasm.push(IMPORT_SECTION);
        write_leb(&mut wasm, imports.len() as u64);
        wasm.extend_from_slice(&imports);
        wasm
    }

    /// The names in the import (field names) or export section of `wasm`.
    fn names(wasm: &[u8], section: u8) -> Vec<String> {
        let (_, body) = sections(wasm)
            .unwrap()
            .into_iter()
            .find(|(id, _)| *id == section)
            .unwrap();
        let mut reader = Reader { bytes: body, at: 0 };
        (0..reader.leb().unwrap())
            .map(|_| {
                if section == IMPORT_SECTION {
                    reader.name().unwrap();
                }
                let name = reader.name().unwrap().to_string();
                if section == IMPORT_SECTION {
                    reader.skip_import_desc().unwrap();
                } else {
                    reader.byte().unwrap();
                    reader.leb().unwrap();
                }
                name
            })
            .collect()
    }

    fn import_names(wasm: &[u8]) -> Vec<String> {
        names(wasm, IMPORT_SECTION)
    }

    #[test]
    fn generated_names_become_short_in_both_files() {
        let wasm = module(&[
            "__wbg_log_0123456789abcdef",
            "__wbindgen_throw_fedcba9876543210",
        ]);
        let js = "const import0 = { __wbg_log_0123456789abcdef: function(a) { console.log(a); },\n  __wbindgen_throw_fedcba9876543210: function(a) { throw a; } };";
        let (wasm, js) = short_import_names(&wasm, js).unwrap();
        assert_eq!(import_names(&wasm), ["a", "b"]);
        assert_eq!(
            js,
            "const import0 = { a: function(a) { console.log(a); },\n  b: function(a) { throw a; } };"
        );
        // The type section before the imports is untouched.
        assert_eq!(&wasm[8..14], &[1, 4, 1, 0x60, 0, 0]);
    }

    #[test]
    fn custom_sections_are_dropped() {
        let mut wasm = module(&["__wbg_log_0123456789abcdef"]);
        let mut custom = Vec::new();
        write_name(&mut custom, "producers");
        custom.extend_from_slice(b"rustc");
        wasm.push(CUSTOM_SECTION);
        write_leb(&mut wasm, custom.len() as u64);
        wasm.extend_from_slice(&custom);
        let wasm = without_custom_sections(&wasm).unwrap();
        let ids: Vec<u8> = sections(&wasm).unwrap().iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, [1, IMPORT_SECTION]);
    }

    #[test]
    fn names_the_glue_mentions_elsewhere_and_other_imports_stay() {
        let wasm = module(&[
            "__wbg_x_0000000000000000",
            "memory_helper",
            "__wbg_y_1111111111111111",
        ]);
        let js = "({ __wbg_x_0000000000000000: f, memory_helper: g, __wbg_y_1111111111111111: h }); use(__wbg_x_0000000000000000);";
        let (wasm, js) = short_import_names(&wasm, js).unwrap();
        assert_eq!(
            import_names(&wasm),
            ["__wbg_x_0000000000000000", "memory_helper", "a"]
        );
        assert!(js.contains("a: h"), "{js}");
    }

    #[test]
    fn short_names_skip_keys_the_glue_already_has() {
        let wasm = module(&["__wbg_x_0000000000000000"]);
        let js = "({ a: 1, data: 2, __wbg_x_0000000000000000: f })";
        let (wasm, js) = short_import_names(&wasm, js).unwrap();
        assert_eq!(import_names(&wasm), ["b"]);
        assert_eq!(js, "({ a: 1, data: 2, b: f })");
        assert_eq!(short_name(25), "z");
        assert_eq!(short_name(26), "ba");
    }

    fn with_exports(names: &[&str]) -> Vec<u8> {
        let mut exports = Vec::new();
        write_leb(&mut exports, names.len() as u64);
        for (i, name) in names.iter().enumerate() {
            write_name(&mut exports, name);
            exports.extend_from_slice(&[0, i as u8]);
        }
        let mut wasm = module(&[]);
        wasm.push(EXPORT_SECTION);
        write_leb(&mut wasm, exports.len() as u64);
        wasm.extend_from_slice(&exports);
        wasm
    }

    fn export_names(wasm: &[u8]) -> Vec<String> {
        names(wasm, EXPORT_SECTION)
    }

    /// The glue as wasm-bindgen 0.2.130 writes it around the three classes.
    fn glue_with_classes() -> String {
        let mut js = String::new();
        for class in UNUSED_CLASSES {
            let lower = class.to_ascii_lowercase();
            js += &format!(
                "export class {class} {{\n    free() {{\n        wasm.__wbg_{lower}_free(this.__wbg_ptr, 0);\n    }}\n}}\nif (Symbol.dispose) {class}.prototype[Symbol.dispose] = {class}.prototype.free;\n\n"
            );
        }
        js += "export function keep() { return 1; }\n";
        js += &format!("{UNUSED_ENUM}[\"bytes\"];\n");
        for class in UNUSED_CLASSES {
            let lower = class.to_ascii_lowercase();
            js += &format!(
                "const {class}Finalization = (typeof FinalizationRegistry === 'undefined')\n    ? {{ register: () => {{}}, unregister: () => {{}} }}\n    : new FinalizationRegistry(ptr => wasm.__wbg_{lower}_free(ptr, 1));\n"
            );
        }
        js + "const after = 2;\n"
    }

    #[test]
    fn the_unused_stream_classes_leave_the_glue_and_the_exports() {
        let wasm = with_exports(&[
            "memory",
            "__wbg_intounderlyingsink_free",
            "intounderlyingsource_pull",
            "intounderlyingbytesource_type",
            "main",
        ]);
        let (wasm, js) = without_unused_classes(&wasm, &glue_with_classes())
            .unwrap()
            .expect("the expected shape");
        assert_eq!(export_names(&wasm), ["memory", "main"]);
        assert_eq!(
            js,
            "\n\n\nexport function keep() { return 1; }\nconst after = 2;\n"
        );
    }

    #[test]
    fn an_unexpected_glue_shape_removes_nothing() {
        let wasm = with_exports(&["intounderlyingsource_pull", "main"]);
        let glue = glue_with_classes();
        // A later wasm-bindgen that writes the dispose line differently.
        let changed = glue.replace(
            "if (Symbol.dispose) IntoUnderlyingSink",
            "IntoUnderlyingSink",
        );
        assert_eq!(without_unused_classes(&wasm, &changed).unwrap(), None);
        // A glue that still uses a class somewhere else.
        let used = glue + "new IntoUnderlyingSource();\n";
        assert_eq!(without_unused_classes(&wasm, &used).unwrap(), None);
    }

    #[test]
    fn css_keeps_what_changes_meaning() {
        let source = "/* theme */\n:root {\n  --mono: ui-monospace, \"Cascadia Mono\";\n}\n\n.a :focus-visible, .b > .c {\n  width: calc(1px + 2px);\n  content: \"✓  /* not a comment */ ;\";\n}\n@media (prefers-color-scheme: dark) { .d { color: #fff; } }\n";
        assert_eq!(
            css(source),
            ":root{--mono:ui-monospace,\"Cascadia Mono\"}.a :focus-visible,.b > .c{width:calc(1px + 2px);content:\"✓  /* not a comment */ ;\"}@media (prefers-color-scheme: dark){.d{color:#fff}}"
        );
    }

    #[test]
    fn html_loses_comments_but_not_the_loader() {
        let source = "<head>\n  <!-- why the\n       loader is here -->\n  <script>\n  // picks a build\n  const a = \"http://x\"; // kept: code before it\n  </script>\n</head>\n";
        assert_eq!(
            html(source),
            "<head>\n<script>\nconst a = \"http://x\"; // kept: code before it\n</script>\n</head>\n"
        );
    }

    #[test]
    fn the_loader_is_the_script_without_src() {
        let index = "<head><script>run()</script><script src=\"/x.js\"></script></head>";
        assert_eq!(inline_script(index), Some("run()"));
        assert_eq!(inline_script("<head></head>"), None);
    }

    #[test]
    fn a_smaller_stylesheet_gets_its_new_integrity_hash() {
        let index = "<link rel=\"stylesheet\" href=\"/main-1.css\" integrity=\"sha384-old\"/>";
        let updated = with_integrity(index, "main-1.css", b"a{}").unwrap();
        // `printf 'a{}' | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            updated,
            "<link rel=\"stylesheet\" href=\"/main-1.css\" integrity=\"sha384-m4Zcd9m9Kerya2aMKZ9CuL1yv7QLjdpmEo79GaQCk1uO2U4trsxWuyqSJsOzpOru\"/>"
        );
        assert!(with_integrity("<link href=\"/main-1.css\">", "main-1.css", b"").is_err());
    }

    #[test]
    fn broken_modules_are_errors_not_panics() {
        assert!(short_import_names(b"not wasm", "").is_err());
        let mut truncated = module(&["__wbg_x_0000000000000000"]);
        truncated.truncate(truncated.len() - 3);
        assert!(short_import_names(&truncated, "").is_err());
    }
}
