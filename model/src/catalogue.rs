//! The catalogue of public services: audiences, categories with sub-categories,
//! providers, services, and the shared dictionaries services refer to
//! (documents, applicant groups). This is the shape of `GET /api/catalogue`
//! and of the demo data file the API loads.

use crate::{Localized, ServiceId};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;
use std::str::FromStr;

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum AudienceId {
    /// «Громадянам»
    Citizens,
    /// «Бізнесу»
    Business,
}

impl AudienceId {
    pub const ALL: [AudienceId; 2] = [AudienceId::Citizens, AudienceId::Business];

    pub fn slug(self) -> &'static str {
        match self {
            AudienceId::Citizens => "citizens",
            AudienceId::Business => "business",
        }
    }
}

impl FromStr for AudienceId {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "citizens" => Ok(AudienceId::Citizens),
            "business" => Ok(AudienceId::Business),
            _ => Err(()),
        }
    }
}

impl fmt::Display for AudienceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    pub id: AudienceId,
    pub name: Localized,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    pub id: String,
    pub name: Localized,
    pub subcategories: Vec<Subcategory>,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subcategory {
    pub id: String,
    pub name: Localized,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provider {
    pub id: String,
    /// ISO 3166 alpha-2: `UA` or `BY`.
    pub country: String,
    pub name: Localized,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Currency {
    UAH,
    BYN,
}

impl Currency {
    pub fn code(self) -> &'static str {
        match self {
            Currency::UAH => "UAH",
            Currency::BYN => "BYN",
        }
    }
}

/// What the applicant pays.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Cost {
    Free,
    /// A fixed fee; `amount_minor` is in kopiyky / kapeiki, so no floats.
    Fee {
        amount_minor: u64,
        currency: Currency,
    },
}

impl Cost {
    /// The amount as "170.00" (the currency is added by the translated text).
    pub fn amount_text(&self) -> Option<String> {
        match self {
            Cost::Free => None,
            Cost::Fee { amount_minor, .. } => Some(format!("{}.{:02}", amount_minor / 100, amount_minor % 100)),
        }
    }
}

/// How long the provider takes.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Term {
    /// Issued at once (e.g. an online extract right after payment).
    Immediate,
    WorkingDays {
        days: u16,
    },
    CalendarDays {
        days: u16,
    },
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentKind {
    pub id: String,
    pub name: Localized,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicantGroup {
    pub id: String,
    pub name: Localized,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    pub id: ServiceId,
    pub audiences: Vec<AudienceId>,
    pub category: String,
    pub subcategory: String,
    pub provider: String,
    pub name: Localized,
    pub description: Localized,
    /// Ids into `Catalogue::applicant_groups`.
    pub applicants: Vec<String>,
    pub cost: Cost,
    pub term: Term,
    /// Ids into `Catalogue::documents`.
    pub documents: Vec<String>,
    /// Can be ordered online through the portal.
    pub online: bool,
}

/// Opening hours for a run of weekdays (1 = Monday … 7 = Sunday).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    pub from_day: u8,
    pub to_day: u8,
    /// "08:00"
    pub open: String,
    /// "20:00"
    pub close: String,
}

/// An administrative service centre: a ЦНАП in Ukraine, a «one window»
/// office in Belarus.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Centre {
    pub id: String,
    /// `UA` or `BY`.
    pub country: String,
    pub name: Localized,
    pub city: Localized,
    pub address: Localized,
    pub hours: Vec<OpeningHours>,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Catalogue {
    pub audiences: Vec<Audience>,
    pub categories: Vec<Category>,
    pub providers: Vec<Provider>,
    pub documents: Vec<DocumentKind>,
    pub applicant_groups: Vec<ApplicantGroup>,
    pub services: Vec<Service>,
    #[serde(default)]
    pub centres: Vec<Centre>,
    /// What helps search and its empty state; kept beside the catalogue
    /// (`api/seed/search_aids.json`) and added to it when it is served.
    #[serde(default)]
    pub search_aids: SearchAids,
}

/// Everyday words, abbreviations and old names the catalogue's own texts do
/// not use, and the services people use most.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SearchAids {
    #[serde(default)]
    pub synonyms: Vec<SearchSynonym>,
    /// Services offered when a search finds nothing, most used first.
    #[serde(default)]
    pub most_used: Vec<ServiceId>,
}

/// Entries whose name or text says `means` are also found by each phrase of
/// `also` (one way: «права» finds «посвідчення водія», not the reverse,
/// because «права» also means rights).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchSynonym {
    /// The language people say it in (`uk`, `be`, `en`, or `ru` for the
    /// Russian words typed for official terms); for review.
    pub lang: String,
    /// A phrase as the catalogue writes it (inflected forms also count).
    pub means: String,
    pub also: Vec<String>,
}

/// One problem found by [`Catalogue::check`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueProblem(pub String);

impl Catalogue {
    pub fn service(&self, id: &ServiceId) -> Option<&Service> {
        self.services.iter().find(|s| &s.id == id)
    }

    pub fn provider(&self, id: &str) -> Option<&Provider> {
        self.providers.iter().find(|p| p.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn centre(&self, id: &str) -> Option<&Centre> {
        self.centres.iter().find(|c| c.id == id)
    }

    pub fn document(&self, id: &str) -> Option<&DocumentKind> {
        self.documents.iter().find(|d| d.id == id)
    }

    pub fn applicant_group(&self, id: &str) -> Option<&ApplicantGroup> {
        self.applicant_groups.iter().find(|g| g.id == id)
    }

    pub fn audience(&self, id: AudienceId) -> Option<&Audience> {
        self.audiences.iter().find(|a| a.id == id)
    }

    /// Services of one audience in one category, in catalogue order.
    pub fn services_in<'a>(
        &'a self,
        audience: AudienceId,
        category: &'a str,
    ) -> impl Iterator<Item = &'a Service> + 'a {
        self.services.iter().filter(move |s| s.category == category && s.audiences.contains(&audience))
    }

    /// The categories that have at least one service for the audience, each
    /// with only the sub-categories that have such services: the home grid.
    pub fn grid_for(&self, audience: AudienceId) -> Vec<Category> {
        self.categories
            .iter()
            .filter_map(|category| {
                let subcategories: Vec<Subcategory> = category
                    .subcategories
                    .iter()
                    .filter(|sub| self.services_in(audience, &category.id).any(|s| s.subcategory == sub.id))
                    .cloned()
                    .collect();
                (!subcategories.is_empty()).then(|| Category { subcategories, ..category.clone() })
            })
            .collect()
    }

    /// Integrity of a catalogue: unique ids, every reference resolves, every
    /// text present in all three languages. An empty list means it is sound.
    pub fn check(&self) -> Vec<CatalogueProblem> {
        let mut problems = Vec::new();
        let mut problem = |text: String| problems.push(CatalogueProblem(text));
        let mut texts: Vec<(String, &Localized)> = Vec::new();

        for audience in AudienceId::ALL {
            if self.audience(audience).is_none() {
                problem(format!("audience {audience} has no names"));
            }
        }
        for a in &self.audiences {
            texts.push((format!("audience {}", a.id), &a.name));
        }
        duplicates("category", self.categories.iter().map(|c| c.id.as_str()), &mut problem);
        for c in &self.categories {
            texts.push((format!("category {}", c.id), &c.name));
            duplicates("sub-category", c.subcategories.iter().map(|s| s.id.as_str()), &mut problem);
            for s in &c.subcategories {
                texts.push((format!("sub-category {}/{}", c.id, s.id), &s.name));
            }
        }
        duplicates("provider", self.providers.iter().map(|p| p.id.as_str()), &mut problem);
        for p in &self.providers {
            texts.push((format!("provider {}", p.id), &p.name));
            if p.country != "UA" && p.country != "BY" {
                problem(format!("provider {} has country {}", p.id, p.country));
            }
        }
        duplicates("document", self.documents.iter().map(|d| d.id.as_str()), &mut problem);
        for d in &self.documents {
            texts.push((format!("document {}", d.id), &d.name));
        }
        duplicates("applicant group", self.applicant_groups.iter().map(|g| g.id.as_str()), &mut problem);
        for g in &self.applicant_groups {
            texts.push((format!("applicant group {}", g.id), &g.name));
        }
        duplicates("service", self.services.iter().map(|s| s.id.as_str()), &mut problem);
        for s in &self.services {
            texts.push((format!("service {} name", s.id), &s.name));
            texts.push((format!("service {} description", s.id), &s.description));
            self.check_service_references(s, &mut problem);
        }
        duplicates("centre", self.centres.iter().map(|c| c.id.as_str()), &mut problem);
        for c in &self.centres {
            texts.push((format!("centre {} name", c.id), &c.name));
            texts.push((format!("centre {} city", c.id), &c.city));
            texts.push((format!("centre {} address", c.id), &c.address));
            if c.country != "UA" && c.country != "BY" {
                problem(format!("centre {} has country {}", c.id, c.country));
            }
            for h in &c.hours {
                let time_ok = |t: &str| {
                    t.len() == 5 && t.as_bytes()[2] == b':' && t.replace(':', "").bytes().all(|b| b.is_ascii_digit())
                };
                if !(1..=7).contains(&h.from_day)
                    || !(h.from_day..=7).contains(&h.to_day)
                    || !time_ok(&h.open)
                    || !time_ok(&h.close)
                    || h.open >= h.close
                {
                    problem(format!("centre {} has unreadable hours {h:?}", c.id));
                }
            }
        }
        for (what, text) in texts {
            for lang in text.missing() {
                problem(format!("{what} has no {} text", lang.code()));
            }
        }
        problems
    }

    fn check_service_references(&self, s: &Service, problem: &mut impl FnMut(String)) {
        if s.audiences.is_empty() {
            problem(format!("service {} has no audience", s.id));
        }
        match self.category(&s.category) {
            None => problem(format!("service {} has unknown category {}", s.id, s.category)),
            Some(c) if !c.subcategories.iter().any(|sub| sub.id == s.subcategory) => {
                problem(format!("service {} has unknown sub-category {}", s.id, s.subcategory))
            }
            Some(_) => {}
        }
        if self.provider(&s.provider).is_none() {
            problem(format!("service {} has unknown provider {}", s.id, s.provider));
        }
        for d in &s.documents {
            if self.document(d).is_none() {
                problem(format!("service {} needs unknown document {d}", s.id));
            }
        }
        if s.applicants.is_empty() {
            problem(format!("service {} says nobody may apply", s.id));
        }
        for g in &s.applicants {
            if self.applicant_group(g).is_none() {
                problem(format!("service {} has unknown applicant group {g}", s.id));
            }
        }
    }
}

fn duplicates<'a>(what: &str, ids: impl Iterator<Item = &'a str>, problem: &mut impl FnMut(String)) {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            problem(format!("{what} id {id} appears twice"));
        }
    }
}

/// One service with everything it refers to resolved: the body of
/// `GET /api/services/{id}`, complete for an integrator without the catalogue.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceDetails {
    pub service: Service,
    pub provider: Provider,
    pub category: Localized,
    pub subcategory: Localized,
    pub documents: Vec<DocumentKind>,
    pub applicant_groups: Vec<ApplicantGroup>,
}

impl Catalogue {
    pub fn details(&self, id: &ServiceId) -> Option<ServiceDetails> {
        let service = self.service(id)?;
        let category = self.category(&service.category)?;
        let subcategory = category.subcategories.iter().find(|s| s.id == service.subcategory)?;
        Some(ServiceDetails {
            service: service.clone(),
            provider: self.provider(&service.provider)?.clone(),
            category: category.name.clone(),
            subcategory: subcategory.name.clone(),
            documents: service.documents.iter().filter_map(|d| self.document(d)).cloned().collect(),
            applicant_groups: service.applicants.iter().filter_map(|g| self.applicant_group(g)).cloned().collect(),
        })
    }
}
