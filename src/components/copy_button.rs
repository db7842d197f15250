use std::time::Duration;

use consent_core::i18n::Msg;
use leptos::prelude::*;

use crate::browser;
use crate::i18n::use_messages;

/// A button that copies `text` and confirms in place ("Copied") without moving the layout.
#[component]
pub fn CopyButton(
    /// What to copy.
    #[prop(into)]
    text: Signal<String>,
    /// The button's label, e.g. "Copy message": a whole message from the catalogue, read in
    /// a closure so it follows the language switch. Without one, "Copy".
    #[prop(into, optional)]
    label: Option<Signal<String>>,
) -> impl IntoView {
    let m = use_messages();
    let (state, set_state) = signal(None::<bool>);
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
                None => label.map_or_else(|| m.get().get(Msg::CopyButtonCopy), |l| l.get()),
                Some(true) => m.get().get(Msg::CopyButtonCopied),
                Some(false) => m.get().get(Msg::CopyButtonFailed),
            }}
        </button>
    }
}
