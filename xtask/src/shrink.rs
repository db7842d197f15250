//! After Trunk: make the wasm-bindgen output smaller without changing what it does. Each
//! step stays for a measured brotli saving on the first-visit build (wasm + glue, brotli
//! q11, measured 2026-11-30 by building with the step left out). The wasm is read and
//! written with `wasmparser` and `wasm-encoder`, the glue is minified by terser (npm), and
//! the stylesheet and `index.html` are minified by Trunk itself (`minify = "on_release"` in
//! Trunk.toml: lightningcss and minify-html).
//!
//! - Every function the wasm imports from its glue script has a generated name such as
//!   `__wbg_navigator_c17f443a6fe5d38d`, written once in the wasm and once in the glue. The
//!   16 hex digits do not compress: each name is replaced in both files by a short one (`a`,
//!   `b`, … `ba`, …). Saves 3,848 B (wasm 2,269, glue 1,579).
//! - Leptos always builds `server_fn`'s browser client, which brings `wasm-streams`: three
//!   `#[wasm_bindgen]` classes (`IntoUnderlyingSource`, …) that no code of ours ever creates.
//!   Exports are never dead to the linker, so they stay unless removed here: their exports go,
//!   `wasm-opt` drops the code only they reached, and their classes leave the glue. Saves
//!   1,570 B (wasm 1,239, glue 331). If the glue does not have exactly the expected shape,
//!   nothing is removed.
//! - The glue script is minified with terser: Trunk's own JS minifier cannot parse it.
//!   Saves 1,262 B.
//! - wasm-opt's `--strip-producers`, `--strip-target-features` and `--strip-debug` passes
//!   drop what browsers ignore. Saves 210 B.
//!
//! A name is only renamed where the glue defines it exactly once as an object key and never
//! mentions it otherwise, so output this code does not understand is left as it was. The
//! end-to-end tests run the shrunk build in three engines.

use std::path::Path;
use std::process::Command;

use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasmparser::{Parser, Payload};

use crate::tools::{self, Toolchain};

/// The same wasm-opt settings Trunk uses (`data-wasm-opt` in index.html and
/// first-visit.html), for the run that drops the code only removed exports reached.
const WASM_OPT: [&str; 2] = ["-O2", "--low-memory-unused"];
/// wasm-opt's own passes for what browsers never read.
const WASM_STRIP: [&str; 3] = [
    "--strip-producers",
    "--strip-target-features",
    "--strip-debug",
];

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
        let (wasm, js, optimise) = match without_unused_classes(&wasm, &js)? {
            Some((wasm, js)) => (wasm, js, true),
            None => (wasm, js, false),
        };
        let (wasm, js) = short_import_names(&wasm, &js)?;
        std::fs::write(&wasm_path, wasm).map_err(|e| format!("{name}: {e}"))?;
        std::fs::write(&js_path, js).map_err(|e| format!("{}: {e}", js_path.display()))?;
        let passes: Vec<&str> = if optimise {
            WASM_OPT.iter().chain(&WASM_STRIP).copied().collect()
        } else {
            WASM_STRIP.to_vec()
        };
        tools::run(
            Command::new("wasm-opt")
                .args(&passes)
                .arg(&wasm_path)
                .arg("-o")
                .arg(&wasm_path)
                .env("PATH", &toolchain.path_env),
            "wasm-opt (stripping, and dropping code only removed exports reached)",
        )?;
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

/// Renames the glue's imports in the wasm's import section and in the glue script.
pub fn short_import_names(wasm: &[u8], js: &str) -> Result<(Vec<u8>, String), String> {
    let mut js = js.to_string();
    let mut next = 0usize;
    let out = rebuild(wasm, |payload, module| {
        let Payload::ImportSection(reader) = payload else {
            return Ok(false);
        };
        let mut imports = wasm_encoder::ImportSection::new();
        for import in reader.into_imports() {
            let import = import.map_err(|e| format!("the wasm's import section: {e}"))?;
            let generated =
                import.name.starts_with("__wbg_") || import.name.starts_with("__wbindgen_");
            let key = format!("{}:", import.name);
            let name = if generated && js.matches(import.name).count() == 1 && js.contains(&key) {
                let short = loop {
                    let candidate = short_name(next);
                    next += 1;
                    // Never collide with a key the glue already has.
                    if !has_key(&js, &candidate) {
                        break candidate;
                    }
                };
                js = js.replacen(&key, &format!("{short}:"), 1);
                short
            } else {
                import.name.to_string()
            };
            let ty = RoundtripReencoder
                .entity_type(import.ty)
                .map_err(|e| format!("the wasm's import section: {e}"))?;
            imports.import(import.module, &name, ty);
        }
        module.section(&imports);
        Ok(true)
    })?;
    Ok((out, js))
}

/// The module rebuilt section by section: `f` writes a section itself and says so, or
/// returns `false` to have it copied as it was.
fn rebuild(
    wasm: &[u8],
    mut f: impl FnMut(Payload<'_>, &mut wasm_encoder::Module) -> Result<bool, String>,
) -> Result<Vec<u8>, String> {
    let mut module = wasm_encoder::Module::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload =
            payload.map_err(|e| format!("not a WebAssembly module this build understands: {e}"))?;
        let section = payload.as_section();
        if f(payload, &mut module)? {
            continue;
        }
        if let Some((id, range)) = section {
            module.section(&wasm_encoder::RawSection {
                id,
                data: &wasm[range],
            });
        }
    }
    Ok(module.finish())
}

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
    let out = rebuild(wasm, |payload, module| {
        let Payload::ExportSection(reader) = payload else {
            return Ok(false);
        };
        let mut exports = wasm_encoder::ExportSection::new();
        for export in reader {
            let export = export.map_err(|e| format!("the wasm's export section: {e}"))?;
            if unused(export.name) {
                removed += 1;
                continue;
            }
            let kind = RoundtripReencoder
                .export_kind(export.kind)
                .map_err(|e| format!("the wasm's export section: {e}"))?;
            exports.export(export.name, kind, export.index);
        }
        module.section(&exports);
        Ok(true)
    })?;
    Ok((removed > 0).then_some((out, js)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{EntityType, ExportKind, Module, TypeSection};

    /// A module with a type section and function imports from the glue, and optionally
    /// exports of those functions.
    fn module(imports: &[&str], exports: &[&str]) -> Vec<u8> {
        let mut module = Module::new();
        let mut types = TypeSection::new();
        types.ty().function([], []);
        module.section(&types);
        let mut section = wasm_encoder::ImportSection::new();
        for name in imports {
            section.import("./app_bg.js", name, EntityType::Function(0));
        }
        module.section(&section);
        if !exports.is_empty() {
            let mut section = wasm_encoder::ExportSection::new();
            for (i, name) in exports.iter().enumerate() {
                section.export(name, ExportKind::Func, (i % imports.len().max(1)) as u32);
            }
            module.section(&section);
        }
        module.finish()
    }

    fn import_names(wasm: &[u8]) -> Vec<String> {
        let mut names = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            if let Payload::ImportSection(reader) = payload.unwrap() {
                for import in reader.into_imports() {
                    names.push(import.unwrap().name.to_string());
                }
            }
        }
        names
    }

    fn export_names(wasm: &[u8]) -> Vec<String> {
        let mut names = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            if let Payload::ExportSection(reader) = payload.unwrap() {
                for export in reader {
                    names.push(export.unwrap().name.to_string());
                }
            }
        }
        names
    }

    #[test]
    fn generated_names_become_short_in_both_files() {
        let wasm = module(
            &[
                "__wbg_log_0123456789abcdef",
                "__wbindgen_throw_fedcba9876543210",
            ],
            &[],
        );
        let js = "const import0 = { __wbg_log_0123456789abcdef: function(a) { console.log(a); },\n  __wbindgen_throw_fedcba9876543210: function(a) { throw a; } };";
        let (out, js) = short_import_names(&wasm, js).unwrap();
        assert_eq!(import_names(&out), ["a", "b"]);
        assert_eq!(
            js,
            "const import0 = { a: function(a) { console.log(a); },\n  b: function(a) { throw a; } };"
        );
        // Everything else is as it was: the module still validates with the same type.
        wasmparser::Validator::new().validate_all(&out).unwrap();
        assert_eq!(&out[..8], &wasm[..8]);
    }

    #[test]
    fn names_the_glue_mentions_elsewhere_and_other_imports_stay() {
        let wasm = module(
            &[
                "__wbg_x_0000000000000000",
                "memory_helper",
                "__wbg_y_1111111111111111",
            ],
            &[],
        );
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
        let wasm = module(&["__wbg_x_0000000000000000"], &[]);
        let js = "({ a: 1, data: 2, __wbg_x_0000000000000000: f })";
        let (wasm, js) = short_import_names(&wasm, js).unwrap();
        assert_eq!(import_names(&wasm), ["b"]);
        assert_eq!(js, "({ a: 1, data: 2, b: f })");
        assert_eq!(short_name(25), "z");
        assert_eq!(short_name(26), "ba");
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
        let wasm = module(
            &["__wbg_log_0123456789abcdef"],
            &[
                "memory_free",
                "__wbg_intounderlyingsink_free",
                "intounderlyingsource_pull",
                "intounderlyingbytesource_type",
                "main",
            ],
        );
        let (wasm, js) = without_unused_classes(&wasm, &glue_with_classes())
            .unwrap()
            .expect("the expected shape");
        assert_eq!(export_names(&wasm), ["memory_free", "main"]);
        wasmparser::Validator::new().validate_all(&wasm).unwrap();
        assert_eq!(
            js,
            "\n\n\nexport function keep() { return 1; }\nconst after = 2;\n"
        );
    }

    #[test]
    fn an_unexpected_glue_shape_removes_nothing() {
        let wasm = module(&["f"], &["intounderlyingsource_pull", "main"]);
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
    fn broken_modules_are_errors_not_panics() {
        assert!(short_import_names(b"not wasm", "").is_err());
        let mut truncated = module(&["__wbg_x_0000000000000000"], &[]);
        truncated.truncate(truncated.len() - 3);
        assert!(short_import_names(&truncated, "").is_err());
    }
}
