//! A text given in each of the portal's languages.

use crate::Lang;
use serde::{Deserialize, Serialize};

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Localized {
    pub uk: String,
    pub be: String,
    pub en: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Uk => &self.uk,
            Lang::Be => &self.be,
            Lang::En => &self.en,
        }
    }

    /// All three texts, for searching across languages.
    pub fn all(&self) -> [&str; 3] {
        [&self.uk, &self.be, &self.en]
    }

    /// The languages in which this text is missing (empty or only spaces).
    pub fn missing(&self) -> Vec<Lang> {
        Lang::ALL.into_iter().filter(|lang| self.get(*lang).trim().is_empty()).collect()
    }
}
