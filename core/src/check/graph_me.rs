//! Microsoft Graph's `GET /me` answer, of which the sign-in check shows only the name
//! (learn.microsoft.com/graph/api/user-get).

use serde::Deserialize;

#[derive(Deserialize)]
struct Me {
    #[serde(rename = "displayName")]
    display_name: Option<String>,
}

/// The signed-in person's display name, if the body is a user object that has one.
pub fn display_name(body: &str) -> Option<String> {
    serde_json::from_str::<Me>(body)
        .ok()?
        .display_name
        .filter(|name| !name.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_comes_from_a_user_object_only() {
        assert_eq!(
            display_name(r#"{"@odata.context":"x","displayName":"Megan Bowen","id":"1"}"#),
            Some("Megan Bowen".into())
        );
        assert_eq!(display_name(r#"{"displayName":" "}"#), None);
        assert_eq!(
            display_name(r#"{"error":{"code":"InvalidAuthenticationToken"}}"#),
            None
        );
        assert_eq!(display_name("<html>"), None);
        assert_eq!(display_name(r#"{"displayName":7}"#), None);
    }
}
