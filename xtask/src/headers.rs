//! The security headers for `dist/`: a strict Content-Security-Policy that allows Trunk's one
//! inline loader script by its SHA-256 hash (no 'unsafe-inline'), written in the `_headers`
//! format Netlify and Cloudflare Pages read, and as `staticwebapp.config.json` for Azure
//! Static Web Apps.

use std::path::Path;

use base64::Engine;
use consent_core::Profile;
use sha2::{Digest, Sha256};

/// The SHA-256 hashes (CSP source form) of every inline `<script>` in `index.html`.
pub fn inline_script_hashes(index_html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = index_html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body_start = open_end + 1;
        let Some(close) = after[body_start..].find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            let body = &after[body_start..body_start + close];
            let digest = Sha256::digest(body.as_bytes());
            hashes.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        rest = &after[body_start + close..];
    }
    hashes
}

/// The policy for this build. `connect-src` names only this site, the profile's sign-in
/// authority and its cloud's Microsoft Graph.
pub fn content_security_policy(
    profile: &Profile,
    script_hashes: &[String],
    production: bool,
) -> String {
    let mut connect = vec!["'self'".to_string(), profile.authority_host().to_string()];
    if profile.emulator_authority.is_none() {
        connect.push(profile.cloud.graph_host().to_string());
    }
    let mut img = vec!["'self'".to_string(), "data:".to_string()];
    if let Some(logo) = profile
        .branding
        .logo
        .as_deref()
        .filter(|l| l.starts_with("https://"))
    {
        // "https://cdn.example/a/logo.svg" → "https://cdn.example"
        let origin: Vec<&str> = logo.splitn(4, '/').take(3).collect();
        img.push(origin.join("/"));
    }
    let mut directives = vec![
        "default-src 'none'".to_string(),
        format!(
            "script-src 'self' 'wasm-unsafe-eval' {}",
            script_hashes.join(" ")
        ),
        "style-src 'self'".to_string(),
        format!("img-src {}", img.join(" ")),
        format!("connect-src {}", connect.join(" ")),
        "manifest-src 'self'".to_string(),
        "base-uri 'none'".to_string(),
        "object-src 'none'".to_string(),
        "form-action 'none'".to_string(),
        "frame-src 'none'".to_string(),
        "frame-ancestors 'none'".to_string(),
    ];
    if production {
        directives.push("upgrade-insecure-requests".to_string());
    }
    directives.join("; ")
}

/// Headers every response gets.
pub fn common_headers(csp: &str) -> Vec<(&'static str, String)> {
    vec![
        ("Content-Security-Policy", csp.to_string()),
        ("Referrer-Policy", "no-referrer".into()),
        ("X-Content-Type-Options", "nosniff".into()),
        ("X-Frame-Options", "DENY".into()),
        ("Cross-Origin-Opener-Policy", "same-origin".into()),
        ("Cross-Origin-Resource-Policy", "same-origin".into()),
        (
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()"
                .into(),
        ),
        (
            "Strict-Transport-Security",
            "max-age=31536000; includeSubDomains".into(),
        ),
    ]
}

/// Trunk's content-hashed outputs (`name-<hex>.js`, `name-<hex>_bg.wasm`, …) and the
/// catalogue's words (`codes-en-<hex>.json`): a new build gives them new names, so hosts may cache them for a year. Anything else in `dist/` (the
/// page, the profile, a vendor's logo) can change under the same name.
pub fn is_hashed_asset(file_name: &str) -> bool {
    let Some((stem, extension)) = file_name.rsplit_once('.') else {
        return false;
    };
    if !matches!(extension, "js" | "wasm" | "css" | "svg" | "json") {
        return false;
    }
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(name, hash)| {
        !name.is_empty() && hash.len() >= 12 && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// Cache-Control for `/forward.js`.
pub const FORWARD_CACHE: &str = "no-cache";

/// Cache-Control for a year, for hashed assets only.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";

pub fn write(dist: &Path, profile: &Profile, production: bool) -> Result<(), String> {
    let index = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("dist/index.html: {e}"))?;
    let hashes = inline_script_hashes(&index);
    if hashes.is_empty() {
        return Err("dist/index.html has no inline loader script; Trunk's output changed".into());
    }
    let csp = content_security_policy(profile, &hashes, production);
    let common = common_headers(&csp);

    let mut text = String::from("# Generated by `cargo xtask build`: security headers for Netlify / Cloudflare Pages.\n/*\n");
    for (name, value) in &common {
        text.push_str(&format!("  {name}: {value}\n"));
    }
    for page in ["/index.html", "/profile.json"] {
        text.push_str(&format!("{page}\n  Cache-Control: no-store\n"));
    }
    // Vendors' pages import the helper from here, and module scripts are fetched with CORS
    // (Cross-Origin-Resource-Policy does not apply to CORS requests). Revalidated, not
    // cached for good: its name has no hash, and vendors pin it with an integrity value.
    text.push_str(&format!(
        "/forward.js\n  Access-Control-Allow-Origin: *\n  Cache-Control: {FORWARD_CACHE}\n"
    ));
    let mut hashed: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| is_hashed_asset(name))
        .collect();
    hashed.sort();
    for name in &hashed {
        text.push_str(&format!("/{name}\n  Cache-Control: {IMMUTABLE}\n"));
    }
    std::fs::write(dist.join("_headers"), text).map_err(|e| format!("dist/_headers: {e}"))?;

    let global: serde_json::Map<String, serde_json::Value> = common
        .iter()
        .map(|(k, v)| (k.to_string(), serde_json::Value::String(v.clone())))
        .collect();
    let mut routes = vec![
        serde_json::json!({ "route": "/index.html", "headers": { "Cache-Control": "no-store" } }),
        serde_json::json!({ "route": "/profile.json", "headers": { "Cache-Control": "no-store" } }),
        serde_json::json!({ "route": "/forward.js", "headers": { "Access-Control-Allow-Origin": "*", "Cache-Control": FORWARD_CACHE } }),
    ];
    routes.extend(hashed.iter().map(|name| {
        serde_json::json!({ "route": format!("/{name}"), "headers": { "Cache-Control": IMMUTABLE } })
    }));
    let swa = serde_json::json!({
        "navigationFallback": { "rewrite": "/index.html", "exclude": ["/*.{js,wasm,css,svg,json,txt}"] },
        "globalHeaders": global,
        "routes": routes,
        "mimeTypes": { ".wasm": "application/wasm" }
    });
    let swa_text = serde_json::to_string_pretty(&swa).map_err(|e| e.to_string())?;
    let mut nginx = String::from(
        "# Generated by `cargo xtask build`; included by deploy/nginx.conf in every location.\n",
    );
    for (name, value) in &common {
        nginx.push_str(&format!(
            "add_header {name} \"{}\" always;\n",
            value.replace('"', "'")
        ));
    }
    std::fs::write(dist.join("nginx-security-headers.conf"), nginx)
        .map_err(|e| format!("nginx-security-headers.conf: {e}"))?;
    std::fs::write(dist.join("staticwebapp.config.json"), swa_text)
        .map_err(|e| format!("staticwebapp.config.json: {e}"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_cover_inline_scripts_only() {
        let html = "<script type=\"module\">import x;</script><script src=\"/a.js\"></script>";
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 1);
        // printf 'import x;' | sha256sum | xxd -r -p | base64
        assert_eq!(
            hashes[0],
            "'sha256-u40hfzEZ5SoEBve0goZ57wnBTAhM9OhJ7Q3qL4iXSIc='"
        );
    }

    #[test]
    fn only_trunk_hashed_outputs_count_as_immutable() {
        for name in [
            "consent-doctor-fb01ea3fd405185_bg.wasm",
            "consent-doctor-fb01ea3fd405185.js",
            "main-ee9843fd11d20c92.css",
            "favicon-1f0e18022702d52a.svg",
            "codes-en-0123456789abcdef.json",
            "messages-pt-BR-0123456789abcdef.json",
        ] {
            assert!(is_hashed_asset(name), "{name}");
        }
        for name in [
            "index.html",
            "profile.json",
            "logo.svg",
            "company-logo.svg",
            "my-deadbeef.svg",
            "-1f0e18022702d52a.svg",
            "main-ee9843fd11d20c92.css.map",
        ] {
            assert!(!is_hashed_asset(name), "{name}");
        }
    }

    #[test]
    fn policy_has_no_unsafe_sources_and_limits_connections() {
        let profile = Profile::from_json(include_str!("../../profiles/production.json")).unwrap();
        let csp = content_security_policy(&profile, &["'sha256-x'".into()], true);
        assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"));
        assert!(csp.contains(
            "connect-src 'self' https://login.microsoftonline.com https://graph.microsoft.com;"
        ));
        assert!(
            csp.contains("frame-ancestors 'none'")
                && csp.contains("object-src 'none'")
                && csp.contains("base-uri 'none'")
        );
    }
}
