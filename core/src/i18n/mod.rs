//! The user's side of the page in nine languages: which language ([`Language`]), its
//! sentences ([`Messages`], keyed by [`Msg`]) and the files the build publishes for them.
//! Catalogues are Fluent files in `core/messages/`; docs/translation.md says how to write
//! one and why the page carries a compiled table instead of a Fluent runtime.

pub mod compile;
mod generated;
mod language;
mod messages;
#[cfg(not(target_arch = "wasm32"))]
mod publish;
#[cfg(test)]
mod tests;

pub use generated::Msg;
pub use language::Language;
pub use messages::{
    code_words_file, enable_full_app_messages, message_file, pseudo_text, Messages, MessagesError,
};
#[cfg(not(target_arch = "wasm32"))]
pub use publish::{catalogue_source, published_files, PublishError};
