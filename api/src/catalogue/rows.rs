//! Database rows of the catalogue tables and their conversion to model types.

use portal_model::{Cost, Currency, Localized, Term};

#[derive(sqlx::FromRow)]
pub struct NamedRow {
    pub id: String,
    pub name_uk: String,
    pub name_be: String,
    pub name_en: String,
}

impl NamedRow {
    pub fn name(&self) -> Localized {
        Localized { uk: self.name_uk.clone(), be: self.name_be.clone(), en: self.name_en.clone() }
    }
}

#[derive(sqlx::FromRow)]
pub struct SubcategoryRow {
    pub category_id: String,
    #[sqlx(flatten)]
    pub named: NamedRow,
}

#[derive(sqlx::FromRow)]
pub struct ProviderRow {
    pub country: String,
    #[sqlx(flatten)]
    pub named: NamedRow,
}

#[derive(sqlx::FromRow)]
pub struct ServiceRow {
    pub id: String,
    pub category_id: String,
    pub subcategory_id: String,
    pub provider_id: String,
    pub name_uk: String,
    pub name_be: String,
    pub name_en: String,
    pub description_uk: String,
    pub description_be: String,
    pub description_en: String,
    pub cost_kind: String,
    pub cost_amount_minor: Option<i64>,
    pub cost_currency: Option<String>,
    pub term_kind: String,
    pub term_days: Option<i64>,
    /// 0 or 1 (a yes/no column is an integer in both databases).
    pub online: i64,
}

/// A link row: (service, other id), in position order.
#[derive(sqlx::FromRow)]
pub struct LinkRow {
    pub service_id: String,
    pub other_id: String,
}

/// Columns of a cost, as stored.
pub fn cost_columns(cost: &Cost) -> (&'static str, Option<i64>, Option<&'static str>) {
    match cost {
        Cost::Free => ("free", None, None),
        Cost::Fee { amount_minor, currency } => ("fee", Some(*amount_minor as i64), Some(currency.code())),
    }
}

pub fn cost_from_columns(kind: &str, amount: Option<i64>, currency: Option<&str>) -> Option<Cost> {
    match (kind, amount, currency) {
        ("free", _, _) => Some(Cost::Free),
        ("fee", Some(amount), Some(code)) => Some(Cost::Fee {
            amount_minor: u64::try_from(amount).ok()?,
            currency: match code {
                "UAH" => Currency::UAH,
                "BYN" => Currency::BYN,
                _ => return None,
            },
        }),
        _ => None,
    }
}

pub fn term_columns(term: &Term) -> (&'static str, Option<i64>) {
    match term {
        Term::Immediate => ("immediate", None),
        Term::WorkingDays { days } => ("working_days", Some(i64::from(*days))),
        Term::CalendarDays { days } => ("calendar_days", Some(i64::from(*days))),
    }
}

pub fn term_from_columns(kind: &str, days: Option<i64>) -> Option<Term> {
    let days = || days.and_then(|d| u16::try_from(d).ok());
    match kind {
        "immediate" => Some(Term::Immediate),
        "working_days" => Some(Term::WorkingDays { days: days()? }),
        "calendar_days" => Some(Term::CalendarDays { days: days()? }),
        _ => None,
    }
}

#[derive(sqlx::FromRow)]
pub struct CentreRow {
    pub id: String,
    pub country: String,
    pub name_uk: String,
    pub name_be: String,
    pub name_en: String,
    pub city_uk: String,
    pub city_be: String,
    pub city_en: String,
    pub address_uk: String,
    pub address_be: String,
    pub address_en: String,
    pub hours_json: String,
}
