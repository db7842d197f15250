//! The languages the user's side of the page speaks, and how one is chosen.

use std::fmt;

/// A language the page has messages for. `En` is compiled in; the others are one data file
/// each, fetched before the page paints in them.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum Language {
    #[default]
    En,
    Ja,
    De,
    Fr,
    Es,
    PtBr,
    It,
    Nl,
    ZhHans,
}

impl Language {
    /// In the order the language switch lists them.
    pub const ALL: [Language; 9] = [
        Language::En,
        Language::Ja,
        Language::De,
        Language::Fr,
        Language::Es,
        Language::PtBr,
        Language::It,
        Language::Nl,
        Language::ZhHans,
    ];

    /// The BCP 47 tag used in `lang=`, in `<html lang>` and in file names.
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ja => "ja",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::PtBr => "pt-BR",
            Language::It => "it",
            Language::Nl => "nl",
            Language::ZhHans => "zh-Hans",
        }
    }

    /// The language's name in itself, for the switch: a reader who does not read the
    /// current language still finds their own.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Ja => "日本語",
            Language::De => "Deutsch",
            Language::Fr => "Français",
            Language::Es => "Español",
            Language::PtBr => "Português (Brasil)",
            Language::It => "Italiano",
            Language::Nl => "Nederlands",
            Language::ZhHans => "简体中文",
        }
    }

    /// Writing direction for `<html dir>`. All nine are left to right; the page still sets
    /// it so that a right-to-left language needs only a new arm here.
    pub fn direction(self) -> &'static str {
        "ltr"
    }

    /// A `lang=` value: one of the nine tags, in any letter case. Nothing else is accepted,
    /// so a link cannot name a file the site does not publish.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let tag = tag.trim();
        Language::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The closest language we have for one browser language (`navigator.languages`
    /// entry): `de-AT` → German, `zh-CN` → Simplified Chinese, any Portuguese → Brazilian
    /// Portuguese (closer for a reader than English). Traditional Chinese is not offered
    /// Simplified, which its readers may not want.
    pub fn for_browser_tag(tag: &str) -> Option<Language> {
        if let Some(exact) = Language::from_tag(tag) {
            return Some(exact);
        }
        let lower = tag.trim().to_ascii_lowercase();
        let mut parts = lower.split(['-', '_']);
        let primary = parts.next().unwrap_or_default();
        let rest: Vec<&str> = parts.collect();
        match primary {
            "en" => Some(Language::En),
            "ja" => Some(Language::Ja),
            "de" => Some(Language::De),
            "fr" => Some(Language::Fr),
            "es" => Some(Language::Es),
            "pt" => Some(Language::PtBr),
            "it" => Some(Language::It),
            "nl" => Some(Language::Nl),
            "zh" => {
                let traditional = rest
                    .iter()
                    .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                (!traditional).then_some(Language::ZhHans)
            }
            _ => None,
        }
    }

    /// The first of the browser's languages we have, or English.
    pub fn negotiate<'a>(browser: impl IntoIterator<Item = &'a str>) -> Language {
        browser
            .into_iter()
            .take(32)
            .find_map(Language::for_browser_tag)
            .unwrap_or_default()
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_in_any_case_and_nothing_else_is_a_tag() {
        for l in Language::ALL {
            assert_eq!(Language::from_tag(l.tag()), Some(l));
            assert_eq!(Language::from_tag(&l.tag().to_uppercase()), Some(l));
        }
        for bad in ["", "xx", "ja-JP", "../en", "en ", "zh", "pt"] {
            let trimmed_ok = bad == "en ";
            assert_eq!(Language::from_tag(bad).is_some(), trimmed_ok, "{bad:?}");
        }
    }

    #[test]
    fn the_browser_list_picks_the_first_language_we_have() {
        assert_eq!(Language::negotiate(["ja-JP", "en-US"]), Language::Ja);
        assert_eq!(Language::negotiate(["sv-SE", "de-AT", "en"]), Language::De);
        assert_eq!(Language::negotiate(["pt-PT"]), Language::PtBr);
        assert_eq!(Language::negotiate(["zh-CN"]), Language::ZhHans);
        assert_eq!(Language::negotiate(["zh-Hans-SG"]), Language::ZhHans);
        assert_eq!(Language::negotiate(["zh-TW", "ja"]), Language::Ja);
        assert_eq!(Language::negotiate(["ko-KR"]), Language::En);
        assert_eq!(Language::negotiate([]), Language::En);
        assert_eq!(Language::negotiate(["nl_BE"]), Language::Nl);
    }
}
