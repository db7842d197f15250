use std::time::Duration;

use leptos::prelude::*;

use crate::browser;

/// A button that copies `text` and confirms in place ("Copied") without moving the layout.
#[component]
pub fn CopyButton(
    /// What to copy.
    #[prop(into)]
    text: Signal<String>,
    /// The button's label, e.g. "Copy message".
    #[prop(into, default = "Copy".into())]
    label: String,
) -> impl IntoView {
    let (state, set_state) = signal(None::<bool>);
    let idle_label = label.clone();
    let on_click = move |_| {
        let value = text.get_untracked();
        leptos::task::spawn_local(async move {
            let ok = browser::copy_text(&value).await;
            set_state.set(Some(ok));
            set_timeout(move || set_state.set(None), Duration::from_millis(2000));
        });
    };
    view! {
        <button type="button" class="copy-button" on:click=on_click aria-live="polite">
            {move || match state.get() {
                None => idle_label.clone(),
                Some(true) => "Copied".to_string(),
                Some(false) => "Select and copy manually".to_string(),
            }}
        </button>
    }
}
