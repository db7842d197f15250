//! Client-side navigation: the current path as a signal, links that stay in the app, and the
//! back button. The app has seven fixed routes, so this small module replaces a general
//! router (and about a fifth of the wasm bundle that came with one).

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::routes::{route, Bundle};

/// The path of the current page (`/diagnose`), and the build that is running, shared
/// through context.
#[derive(Clone, Copy)]
pub struct CurrentPath {
    pub path: RwSignal<String>,
    pub bundle: Bundle,
}

pub fn use_path() -> RwSignal<String> {
    expect_context::<CurrentPath>().path
}

/// Starts following the address bar: the back and forward buttons, and clicks on links to
/// this site, which change the page without a reload.
pub fn install(bundle: Bundle) -> CurrentPath {
    let (path, _, _) = browser::current_location();
    let current = CurrentPath {
        path: RwSignal::new(path),
        bundle,
    };
    provide_context(current);
    let Some(window) = web_sys::window() else {
        return current;
    };
    let on_pop = Closure::<dyn Fn()>::new(move || {
        let (path, _, _) = browser::current_location();
        if !bundle.serves(&route(&path)) {
            // Back to a page of the other build: the address is already right, so load it.
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
            return;
        }
        current.path.set(path);
    });
    let _ = window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if let Some(target) = internal_link(&ev) {
            ev.prevent_default();
            go(Some(current), &target);
        }
    });
    if let Some(document) = window.document() {
        let _ =
            document.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    }
    on_click.forget();
    current
}

/// Goes to `target` (`/diagnose#text=…`) inside the app: a new history entry, no reload —
/// unless the page is not in the running build, which then loads it normally.
pub fn go_to_page(target: &str) {
    go(use_context::<CurrentPath>(), target);
}

fn go(current: Option<CurrentPath>, target: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let target = &carry_language(target);
    let target_path = target.split(['?', '#']).next().unwrap_or_default();
    if current.is_some_and(|c| !c.bundle.serves(&route(target_path))) {
        let _ = window.location().assign(target);
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(target));
    }
    let (path, _, _) = browser::current_location();
    if let Some(current) = current {
        current.path.set(path);
    }
    window.scroll_to_with_x_and_y(0.0, 0.0);
    browser::focus("main");
}

/// The reader's `lang=` goes with them from page to page (it is where the language switch
/// keeps its choice), unless the link names a language itself.
fn carry_language(target: &str) -> String {
    let Some(choice) = browser::address_choice() else {
        return target.to_string();
    };
    if target.contains("lang=") {
        return target.to_string();
    }
    let (before_hash, hash) = match target.split_once('#') {
        Some((before, hash)) => (before, format!("#{hash}")),
        None => (target, String::new()),
    };
    let joiner = if before_hash.contains('?') { '&' } else { '?' };
    format!("{before_hash}{joiner}lang={}{hash}", choice.tag())
}

/// The in-app address of a plain left click on a link to another page of this site, or
/// `None` for everything the browser should handle itself (other sites, new tabs, downloads,
/// `#anchors` on this page, modifier keys).
fn internal_link(ev: &web_sys::MouseEvent) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.ctrl_key()
        || ev.meta_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let mut node = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let anchor = loop {
        if let Ok(a) = node.clone().dyn_into::<web_sys::HtmlAnchorElement>() {
            break a;
        }
        node = node.parent_element()?;
    };
    if !anchor.target().is_empty() || anchor.has_attribute("download") {
        return None;
    }
    let location = web_sys::window()?.location();
    if anchor.origin() != location.origin().ok()? {
        return None;
    }
    let path = anchor.pathname();
    if path == location.pathname().ok()?
        && !anchor.hash().is_empty()
        && anchor.search() == location.search().ok()?
    {
        // Same page, different fragment: the browser scrolls (or the page reads the hash).
        return None;
    }
    Some(format!("{path}{}{}", anchor.search(), anchor.hash()))
}
