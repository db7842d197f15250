//! Newtypes for the identifiers that travel through a diagnosis.
//!
//! Every one of them is parsed from untrusted text, so construction validates and
//! never panics; `Display` gives the canonical form that URLs and reports use.

use std::fmt;

/// A GUID in its canonical lower-case 8-4-4-4-12 form.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Guid([u8; 16]);

impl Guid {
    /// Parses `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (any hex case, optional braces).
    pub fn parse(text: &str) -> Option<Guid> {
        let text = text.trim();
        let text = text
            .strip_prefix('{')
            .and_then(|t| t.strip_suffix('}'))
            .unwrap_or(text);
        let bytes = text.as_bytes();
        if bytes.len() != 36 {
            return None;
        }
        let mut out = [0u8; 16];
        let mut nibble = 0usize;
        for (i, &b) in bytes.iter().enumerate() {
            if matches!(i, 8 | 13 | 18 | 23) {
                if b != b'-' {
                    return None;
                }
                continue;
            }
            let v = hex_value(b)?;
            out[nibble / 2] |= if nibble.is_multiple_of(2) { v << 4 } else { v };
            nibble += 1;
        }
        Some(Guid(out))
    }

    /// Finds a GUID that starts exactly at `bytes[0]`.
    pub(crate) fn at_start(bytes: &[u8]) -> Option<Guid> {
        let head = bytes.get(..36)?;
        let text = std::str::from_utf8(head).ok()?;
        let guid = Guid::parse(text)?;
        // A GUID glued to more hex is some other identifier, not this one.
        match bytes.get(36) {
            Some(b) if b.is_ascii_hexdigit() => None,
            _ => Some(guid),
        }
    }
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, b) in self.0.iter().enumerate() {
            if matches!(i, 4 | 6 | 8 | 10) {
                f.write_str("-")?;
            }
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Guid({self})")
    }
}

/// An AADSTS error number, such as 90094 for "Need admin approval".
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct AadstsCode(u32);

impl AadstsCode {
    /// Entra codes have between four and seven digits (16000 … 9002341).
    pub fn new(number: u32) -> Option<AadstsCode> {
        (1000..=99_999_999)
            .contains(&number)
            .then_some(AadstsCode(number))
    }

    /// Parses digits with an optional `AADSTS` prefix in any case.
    pub fn parse(text: &str) -> Option<AadstsCode> {
        let text = text.trim();
        let digits = match text.get(..6) {
            Some(prefix) if prefix.eq_ignore_ascii_case("aadsts") => &text[6..],
            _ => text,
        };
        if digits.is_empty() || digits.len() > 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok().and_then(AadstsCode::new)
    }

    pub fn number(self) -> u32 {
        self.0
    }
}

impl fmt::Display for AadstsCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AADSTS{}", self.0)
    }
}

/// The application (client) ID of an app registration.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ClientId(pub Guid);

impl ClientId {
    pub fn parse(text: &str) -> Option<ClientId> {
        Guid::parse(text).map(ClientId)
    }
}

impl fmt::Display for ClientId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// How a request names the customer's tenant.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TenantId {
    /// The directory (tenant) ID.
    Id(Guid),
    /// A verified domain such as `contoso.com` or `contoso.onmicrosoft.com`, lower-cased.
    Domain(String),
    /// `organizations`: the home tenant of whoever signs in with a work account.
    Organizations,
    /// `common`: work or personal accounts.
    Common,
    /// `consumers`: personal Microsoft accounts only.
    Consumers,
}

impl TenantId {
    /// Accepts a GUID, a domain name, or one of the three well-known aliases.
    /// A work e-mail address yields its domain, because that is what people paste.
    pub fn parse(text: &str) -> Option<TenantId> {
        let text = text.trim();
        if let Some(guid) = Guid::parse(text) {
            return Some(TenantId::Id(guid));
        }
        let lower = text.to_ascii_lowercase();
        match lower.as_str() {
            "organizations" => return Some(TenantId::Organizations),
            "common" => return Some(TenantId::Common),
            "consumers" => return Some(TenantId::Consumers),
            _ => {}
        }
        let domain = match lower.rsplit_once('@') {
            Some((local, domain)) if !local.is_empty() => domain,
            Some(_) => return None,
            None => lower.as_str(),
        };
        is_domain(domain).then(|| TenantId::Domain(domain.to_string()))
    }

    /// True for a concrete tenant (GUID or domain), the only kind that pins a directory.
    pub fn is_specific(&self) -> bool {
        matches!(self, TenantId::Id(_) | TenantId::Domain(_))
    }
}

impl fmt::Display for TenantId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TenantId::Id(guid) => guid.fmt(f),
            TenantId::Domain(domain) => f.write_str(domain),
            TenantId::Organizations => f.write_str("organizations"),
            TenantId::Common => f.write_str("common"),
            TenantId::Consumers => f.write_str("consumers"),
        }
    }
}

/// A DNS name with at least two labels, letters, digits and hyphens only.
pub(crate) fn is_domain(text: &str) -> bool {
    if text.len() > 253 || !text.contains('.') {
        return false;
    }
    text.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    }) && text
        .rsplit('.')
        .next()
        .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_alphabetic()) && tld.len() >= 2)
}

/// One OAuth scope or permission name, such as `Mail.ReadWrite`,
/// `https://graph.microsoft.com/.default` or `offline_access`.
#[derive(Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Scope(String);

impl Scope {
    /// Scopes are printable ASCII without spaces or quotes (RFC 6749 §3.3).
    pub fn parse(text: &str) -> Option<Scope> {
        let text = text.trim();
        let valid = !text.is_empty()
            && text.len() <= 300
            && text
                .bytes()
                .all(|b| (0x21..=0x7e).contains(&b) && b != b'"' && b != b'\\');
        valid.then(|| Scope(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The permission name without its resource prefix: `Mail.Read` for
    /// `https://graph.microsoft.com/Mail.Read`.
    pub fn name(&self) -> &str {
        match self.0.rsplit_once('/') {
            Some((_, name)) if !name.is_empty() => name,
            _ => &self.0,
        }
    }

    /// Permissions worth a second look before anyone grants them tenant-wide.
    pub fn is_broad(&self) -> bool {
        let name = self.name();
        name == ".default"
            || name.ends_with(".ReadWrite.All")
            || name.starts_with("Directory.")
            || name.ends_with("AccessAsUser.All")
            || name == "full_access_as_app"
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guid_round_trips_in_canonical_lower_case() {
        let guid = Guid::parse("{1A2B3C4D-0000-4000-8000-00000000ABCD}").unwrap();
        assert_eq!(guid.to_string(), "1a2b3c4d-0000-4000-8000-00000000abcd");
        assert_eq!(Guid::parse(&guid.to_string()), Some(guid));
    }

    #[test]
    fn guid_rejects_wrong_shapes() {
        for bad in [
            "",
            "1a2b3c4d00004000800000000000abcd",
            "1a2b3c4d-0000-4000-8000-00000000abcg",
            "ä".repeat(18).as_str(),
        ] {
            assert_eq!(Guid::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn aadsts_code_accepts_prefix_in_any_case() {
        assert_eq!(
            AadstsCode::parse("aaDSTS90093").map(AadstsCode::number),
            Some(90093)
        );
        assert_eq!(
            AadstsCode::parse("7000112").map(AadstsCode::number),
            Some(7000112)
        );
        assert_eq!(AadstsCode::parse("AADSTS"), None);
        assert_eq!(AadstsCode::parse("12"), None);
        assert_eq!(AadstsCode::parse("999999999999"), None);
    }

    #[test]
    fn tenant_from_email_uses_the_domain() {
        assert_eq!(
            TenantId::parse("Alex@Contoso.COM"),
            Some(TenantId::Domain("contoso.com".into()))
        );
        assert_eq!(
            TenantId::parse("organizations"),
            Some(TenantId::Organizations)
        );
        assert_eq!(TenantId::parse("not a tenant"), None);
        assert_eq!(TenantId::parse("contoso"), None);
        assert_eq!(TenantId::parse("<script>.com"), None);
    }

    #[test]
    fn broad_scopes_are_flagged() {
        for broad in [
            "https://graph.microsoft.com/.default",
            "Files.ReadWrite.All",
            "Directory.Read.All",
            "EWS.AccessAsUser.All",
        ] {
            assert!(Scope::parse(broad).unwrap().is_broad(), "{broad}");
        }
        assert!(!Scope::parse("User.Read").unwrap().is_broad());
    }
}
