//! Loading `profile.json` from beside `index.html`, so a vendor can change it without a rebuild.

use std::fmt;

use consent_core::{Profile, ProfileError};
use gloo_net::http::Request;

#[derive(Clone, Debug)]
pub enum LoadError {
    Network(String),
    Http(u16),
    Invalid(ProfileError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network(e) => write!(f, "profile.json could not be loaded ({e}). Check that the site is served over HTTP, not opened as a file."),
            LoadError::Http(404) => f.write_str("profile.json was not found beside index.html (HTTP 404). Copy your profile into the site's root folder."),
            LoadError::Http(status) => write!(f, "profile.json could not be loaded: the server answered HTTP {status}."),
            LoadError::Invalid(e) => e.fmt(f),
        }
    }
}

pub async fn load_profile() -> Result<Profile, LoadError> {
    let response = Request::get("/profile.json")
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    Profile::from_json(&text).map_err(LoadError::Invalid)
}
