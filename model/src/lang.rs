//! The three interface and content languages of the portal.

use serde::{Deserialize, Serialize};

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Ukrainian: the fallback when nothing else is known.
    #[default]
    Uk,
    Be,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Uk, Lang::Be, Lang::En];

    /// BCP 47 tag, as used in `<html lang>` and the locale folders.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Uk => "uk",
            Lang::Be => "be",
            Lang::En => "en",
        }
    }

    /// The language's own name, shown in the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Uk => "Українська",
            Lang::Be => "Беларуская",
            Lang::En => "English",
        }
    }

    /// Reads a language tag such as `be`, `be-BY`, `EN_gb` or `uk-UA`;
    /// only the primary subtag counts.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "uk" => Some(Lang::Uk),
            "be" => Some(Lang::Be),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first supported language among the user's preferred ones
    /// (e.g. `navigator.languages`), or Ukrainian.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred.into_iter().find_map(Lang::from_tag).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tags_with_regions_and_case() {
        assert_eq!(Lang::from_tag("be-BY"), Some(Lang::Be));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("uk"), Some(Lang::Uk));
        assert_eq!(Lang::from_tag("ru-RU"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn negotiation_takes_first_supported_and_falls_back_to_ukrainian() {
        assert_eq!(Lang::negotiate(["de-DE", "be", "en"]), Lang::Be);
        assert_eq!(Lang::negotiate(["fr", "de"]), Lang::Uk);
        assert_eq!(Lang::negotiate([]), Lang::Uk);
    }
}
