//! The emulator's own HTML pages: the scenario picker, Microsoft-like consent screens, and
//! error pages. They echo request parameters, so everything is escaped.

use consent_core::Profile;

use crate::protocol::{escape, parse_form};
use crate::scenarios::{Fault, SCENARIOS};
use crate::tenant_states::TENANT_STATES;
use crate::Config;

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}\
h1{font-size:1.5rem}.tag{display:inline-block;background:#fff4e5;border:1px solid #b35c00;border-radius:6px;padding:.1rem .5rem;font-size:.85rem}\
button,.button{display:block;width:100%;text-align:left;margin:.4rem 0;padding:.6rem .8rem;border:1px solid #d0d7de;border-radius:8px;background:#f5f7fa;font:inherit;cursor:pointer;color:inherit;text-decoration:none}\
button strong{display:block}.primary{background:#0f6cbd;color:#fff;text-align:center}code{font-family:ui-monospace,monospace}";

fn page(title: &str, body: &str) -> String {
    format!("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{}</title><style>{STYLE}</style></head><body><p class=\"tag\">Local Entra emulator — not Microsoft</p>{body}</body></html>", escape(title))
}

fn hidden_inputs(params: &[(String, String)]) -> String {
    params
        .iter()
        .filter(|(k, _)| !k.starts_with("emulator_"))
        .map(|(k, v)| {
            format!(
                "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
                escape(k),
                escape(v)
            )
        })
        .collect()
}

pub fn index(config: &Config) -> String {
    let items: String = SCENARIOS
        .iter()
        .map(|s| format!("<li><code>{}</code> — {}</li>", s.id, escape(s.explanation)))
        .collect();
    let states: String = TENANT_STATES
        .iter()
        .map(|s| format!("<li><code>{}</code> — {}</li>", s.id, escape(s.description)))
        .collect();
    page(
        "Entra emulator",
        &format!(
            "<h1>Local Entra emulator</h1><p>Signs in to <strong>{}</strong> for the demo and the tests. Scenarios:</p><ul>{items}</ul><p>Pick one on the sign-in page, or use a <code>login_hint</code> such as <code>missing-scopes@contoso.example</code>.</p>\
             <h2>Tenant check</h2><p>The read-only tenant-check app reads one of these tenant states through Microsoft Graph. Pick one on its sign-in page, use a <code>login_hint</code> such as <code>tenant-ca@contoso.example</code>, or get a state's snapshot at <code>/_emulator/tenant-snapshot/tenant-ca</code>.</p><ul>{states}</ul>",
            escape(&config.profile.product_name)
        ),
    )
}

/// Submit buttons that re-send the form with `name=value` for each choice.
fn choices<'a>(name: &str, items: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    items
        .map(|(id, text)| {
            format!(
                "<button type=\"submit\" name=\"{name}\" value=\"{id}\"><strong>{id}</strong>{}</button>",
                escape(text)
            )
        })
        .collect()
}

pub fn picker(params: &[(String, String)]) -> String {
    let buttons = choices(
        "emulator_scenario",
        SCENARIOS.iter().map(|s| (s.id, s.explanation)),
    );
    let faults: String = Fault::ALL
        .iter()
        .map(|(_, id, text)| format!("<option value=\"{id}\">{}</option>", escape(text)))
        .collect();
    page(
        "Sign in",
        &format!(
            "<h1>Sign in</h1><p>Choose what happens when you sign in. Each choice answers like Microsoft's sign-in service does in that situation.</p>\
             <form method=\"get\">{}<label for=\"fault\">Token endpoint behaviour (for testing error handling)</label> \
             <select id=\"fault\" name=\"emulator_fault\"><option value=\"\">normal</option>{faults}</select>{buttons}</form>",
            hidden_inputs(params)
        ),
    )
}

/// The tenant-check app's sign-in page: which tenant its administrator signs in to. Like
/// [`picker`], it re-submits the authorize request with the choice added.
pub fn tenant_picker(params: &[(String, String)]) -> String {
    let buttons = choices(
        "emulator_tenant_state",
        TENANT_STATES.iter().map(|s| (s.id, s.description)),
    );
    page(
        "Sign in",
        &format!(
            "<h1>Sign in to the tenant check</h1><p>An administrator signs in to the read-only tenant-check app. Choose the tenant's state; its Microsoft Graph reads answer accordingly.</p>\
             <form method=\"get\">{}{buttons}</form>",
            hidden_inputs(params)
        ),
    )
}

pub fn error_page(code: u32, message: &str) -> String {
    page(
        "Sign in",
        &format!(
            "<h1>Sorry, but we're having trouble signing you in.</h1><p>AADSTS{code}: {}</p><h2>Troubleshooting details</h2><p>Error Code: {code}</p>",
            escape(message)
        ),
    )
}

/// "Need admin approval" (90094) or "Approval required" (90095), before returning to the app.
pub fn consent_screen(code: u32, profile: &Profile, query: &str) -> String {
    let params = parse_form(query);
    let product = escape(&profile.product_name);
    let mut all = params.clone();
    all.push(("emulator_step".into(), "done".into()));
    let back = format!(
        "?{}",
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&all)
            .finish()
    );
    let with_scenario = |mut p: Vec<(String, String)>| {
        p.retain(|(k, _)| k != "emulator_step");
        p
    };
    if code == 90094 {
        page(
            "Need admin approval",
            &format!(
                "<h1>Need admin approval</h1><p>{product} needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.</p>\
                 <p><a href=\"#\">Have an admin account? Sign in with that account</a></p>\
                 <p><a class=\"button\" href=\"{}\">Return to the application without granting consent</a></p>",
                escape(&back)
            ),
        )
    } else {
        page(
            "Approval required",
            &format!(
                "<h1>Approval required</h1><p>{product} needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.</p>\
                 <form method=\"get\">{}<input type=\"hidden\" name=\"emulator_step\" value=\"done\"><label for=\"why\">Enter justification for requesting this app</label><br><textarea id=\"why\" name=\"emulator_justification\" rows=\"3\" cols=\"50\"></textarea>\
                 <button class=\"primary\" type=\"submit\">Request approval</button></form>",
                hidden_inputs(&with_scenario(params.clone())) + &format!("<input type=\"hidden\" name=\"emulator_scenario\" value=\"{}\">", escape(params.iter().find(|(k, _)| k == "emulator_scenario").map_or("", |(_, v)| v.as_str())))
            ),
        )
    }
}

pub fn admin_consent_screen(profile: &Profile, tenant: &str, query: &str) -> String {
    let list: String = profile
        .delegated_permissions
        .iter()
        .map(|p| {
            format!(
                "<li><code>{}</code> — {}</li>",
                escape(p.name.as_str()),
                escape(&p.why)
            )
        })
        .collect();
    let link = |decision: &str| escape(&format!("?{query}&emulator_decision={decision}"));
    page(
        "Permissions requested",
        &format!(
            "<h1>Permissions requested</h1><p><strong>{}</strong> ({}) wants these permissions for everyone in <strong>{}</strong>:</p><ul>{list}</ul>\
             <p>Accepting grants them for the whole organization.</p>\
             <a class=\"button primary\" data-decision=\"accept\" href=\"{}\">Accept</a><a class=\"button\" data-decision=\"cancel\" href=\"{}\">Cancel</a>",
            escape(&profile.product_name),
            escape(&profile.app.publisher),
            escape(tenant),
            link("accept"),
            link("cancel")
        ),
    )
}
