//! Reading the catalogue from the database, and writing a whole catalogue
//! into it (upsert, so ids that orders may later refer to stay valid).

use super::rows::*;
use crate::http::error::ApiError;
use crate::platform::db::Db;
use portal_model::{
    ApplicantGroup, Audience, AudienceId, Catalogue, Category, Centre, DocumentKind, Localized, Provider, Service,
    ServiceId, Subcategory,
};
use std::collections::HashMap;

pub async fn load(db: &Db) -> Result<Catalogue, ApiError> {
    let audiences = named(db, "audiences").await?;
    let categories = named(db, "categories").await?;
    let subcategories: Vec<SubcategoryRow> =
        sqlx::query_as("SELECT category_id, id, name_uk, name_be, name_en FROM subcategories ORDER BY position")
            .fetch_all(db)
            .await?;
    let providers: Vec<ProviderRow> =
        sqlx::query_as("SELECT id, country, name_uk, name_be, name_en FROM providers ORDER BY position")
            .fetch_all(db)
            .await?;
    let documents = named(db, "document_kinds").await?;
    let groups = named(db, "applicant_groups").await?;

    let mut catalogue = Catalogue {
        audiences: audiences
            .into_iter()
            .filter_map(|row| {
                let id: AudienceId = row.id.parse().ok()?;
                Some(Audience { id, name: row.name() })
            })
            .collect(),
        categories: categories
            .iter()
            .map(|c| Category {
                id: c.id.clone(),
                name: c.name(),
                subcategories: subcategories
                    .iter()
                    .filter(|s| s.category_id == c.id)
                    .map(|s| Subcategory { id: s.named.id.clone(), name: s.named.name() })
                    .collect(),
            })
            .collect(),
        providers: providers
            .into_iter()
            .map(|p| Provider { id: p.named.id.clone(), country: p.country, name: p.named.name() })
            .collect(),
        documents: documents.into_iter().map(|d| DocumentKind { name: d.name(), id: d.id }).collect(),
        applicant_groups: groups.into_iter().map(|g| ApplicantGroup { name: g.name(), id: g.id }).collect(),
        services: Vec::new(),
        centres: Vec::new(),
        search_aids: super::search_aids::shipped(),
    };
    catalogue.services = services(db).await?;
    catalogue.centres = centres(db).await?;
    Ok(catalogue)
}

async fn named(db: &Db, table: &'static str) -> Result<Vec<NamedRow>, sqlx::Error> {
    // `table` is one of our own constants, never user input.
    sqlx::query_as(&format!("SELECT id, name_uk, name_be, name_en FROM {table} ORDER BY position")).fetch_all(db).await
}

async fn links(db: &Db, sql: &'static str) -> Result<HashMap<String, Vec<String>>, sqlx::Error> {
    let rows: Vec<LinkRow> = sqlx::query_as(sql).fetch_all(db).await?;
    let mut by_service: HashMap<String, Vec<String>> = HashMap::new();
    for row in rows {
        by_service.entry(row.service_id).or_default().push(row.other_id);
    }
    Ok(by_service)
}

async fn services(db: &Db) -> Result<Vec<Service>, ApiError> {
    let rows: Vec<ServiceRow> = sqlx::query_as(
        "SELECT id, category_id, subcategory_id, provider_id, name_uk, name_be, name_en,
                description_uk, description_be, description_en, cost_kind, cost_amount_minor,
                cost_currency, term_kind, term_days, online
         FROM services ORDER BY position",
    )
    .fetch_all(db)
    .await?;
    let mut audiences =
        links(db, "SELECT service_id, audience_id AS other_id FROM service_audiences ORDER BY audience_id").await?;
    let mut documents =
        links(db, "SELECT service_id, document_id AS other_id FROM service_documents ORDER BY position").await?;
    let mut applicants =
        links(db, "SELECT service_id, group_id AS other_id FROM service_applicants ORDER BY position").await?;

    rows.into_iter()
        .map(|row| {
            let corrupt = || ApiError::Corrupt(format!("service row {}", row.id));
            let mut audience_ids: Vec<AudienceId> =
                audiences.remove(&row.id).unwrap_or_default().iter().filter_map(|a| a.parse().ok()).collect();
            // Citizens before business, as everywhere in the portal.
            audience_ids.sort();
            Ok(Service {
                id: ServiceId::parse(&row.id).map_err(|_| corrupt())?,
                audiences: audience_ids,
                category: row.category_id.clone(),
                subcategory: row.subcategory_id.clone(),
                provider: row.provider_id.clone(),
                name: Localized { uk: row.name_uk.clone(), be: row.name_be.clone(), en: row.name_en.clone() },
                description: Localized {
                    uk: row.description_uk.clone(),
                    be: row.description_be.clone(),
                    en: row.description_en.clone(),
                },
                applicants: applicants.remove(&row.id).unwrap_or_default(),
                cost: cost_from_columns(&row.cost_kind, row.cost_amount_minor, row.cost_currency.as_deref())
                    .ok_or_else(corrupt)?,
                term: term_from_columns(&row.term_kind, row.term_days).ok_or_else(corrupt)?,
                documents: documents.remove(&row.id).unwrap_or_default(),
                online: row.online != 0,
            })
        })
        .collect()
}

async fn centres(db: &Db) -> Result<Vec<Centre>, ApiError> {
    let rows: Vec<CentreRow> = sqlx::query_as(
        "SELECT id, country, name_uk, name_be, name_en, city_uk, city_be, city_en,
                address_uk, address_be, address_en, hours_json
         FROM centres ORDER BY position",
    )
    .fetch_all(db)
    .await?;
    rows.into_iter()
        .map(|row| {
            let hours = serde_json::from_str(&row.hours_json)
                .map_err(|_| ApiError::Corrupt(format!("hours of centre {}", row.id)))?;
            Ok(Centre {
                id: row.id,
                country: row.country,
                name: Localized { uk: row.name_uk, be: row.name_be, en: row.name_en },
                city: Localized { uk: row.city_uk, be: row.city_be, en: row.city_en },
                address: Localized { uk: row.address_uk, be: row.address_be, en: row.address_en },
                hours,
            })
        })
        .collect()
}

/// Writes a whole catalogue in one transaction. Existing rows with the same
/// ids are updated; a service's audiences, documents and applicants are
/// replaced by the new lists.
pub async fn save(db: &Db, catalogue: &Catalogue) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    for (position, a) in catalogue.audiences.iter().enumerate() {
        upsert_named(&mut tx, "audiences", a.id.slug(), position, &a.name).await?;
    }
    for (position, c) in catalogue.categories.iter().enumerate() {
        upsert_named(&mut tx, "categories", &c.id, position, &c.name).await?;
        for (sub_position, s) in c.subcategories.iter().enumerate() {
            sqlx::query(
                "INSERT INTO subcategories (category_id, id, position, name_uk, name_be, name_en)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (category_id, id) DO UPDATE SET position = excluded.position,
                   name_uk = excluded.name_uk, name_be = excluded.name_be, name_en = excluded.name_en",
            )
            .bind(&c.id)
            .bind(&s.id)
            .bind(position as i64 * 1000 + sub_position as i64)
            .bind(&s.name.uk)
            .bind(&s.name.be)
            .bind(&s.name.en)
            .execute(&mut *tx)
            .await?;
        }
    }
    for (position, p) in catalogue.providers.iter().enumerate() {
        sqlx::query(
            "INSERT INTO providers (id, position, country, name_uk, name_be, name_en)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (id) DO UPDATE SET position = excluded.position, country = excluded.country,
               name_uk = excluded.name_uk, name_be = excluded.name_be, name_en = excluded.name_en",
        )
        .bind(&p.id)
        .bind(position as i64)
        .bind(&p.country)
        .bind(&p.name.uk)
        .bind(&p.name.be)
        .bind(&p.name.en)
        .execute(&mut *tx)
        .await?;
    }
    for (position, d) in catalogue.documents.iter().enumerate() {
        upsert_named(&mut tx, "document_kinds", &d.id, position, &d.name).await?;
    }
    for (position, g) in catalogue.applicant_groups.iter().enumerate() {
        upsert_named(&mut tx, "applicant_groups", &g.id, position, &g.name).await?;
    }
    for (position, s) in catalogue.services.iter().enumerate() {
        save_service(&mut tx, position, s).await?;
    }
    for (position, c) in catalogue.centres.iter().enumerate() {
        save_centre(&mut tx, position, c).await?;
    }
    tx.commit().await
}

type Tx<'a> = sqlx::Transaction<'a, sqlx::Any>;

async fn upsert_named(
    tx: &mut Tx<'_>,
    table: &'static str,
    id: &str,
    position: usize,
    name: &Localized,
) -> Result<(), sqlx::Error> {
    sqlx::query(&format!(
        "INSERT INTO {table} (id, position, name_uk, name_be, name_en) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position,
           name_uk = excluded.name_uk, name_be = excluded.name_be, name_en = excluded.name_en"
    ))
    .bind(id)
    .bind(position as i64)
    .bind(&name.uk)
    .bind(&name.be)
    .bind(&name.en)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn save_centre(tx: &mut Tx<'_>, position: usize, c: &Centre) -> Result<(), sqlx::Error> {
    let hours = serde_json::to_string(&c.hours).expect("hours serialise");
    sqlx::query(
        "INSERT INTO centres (id, position, country, name_uk, name_be, name_en, city_uk, city_be,
            city_en, address_uk, address_be, address_en, hours_json)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, country = excluded.country,
            name_uk = excluded.name_uk, name_be = excluded.name_be, name_en = excluded.name_en,
            city_uk = excluded.city_uk, city_be = excluded.city_be, city_en = excluded.city_en,
            address_uk = excluded.address_uk, address_be = excluded.address_be,
            address_en = excluded.address_en, hours_json = excluded.hours_json",
    )
    .bind(&c.id)
    .bind(position as i64)
    .bind(&c.country)
    .bind(&c.name.uk)
    .bind(&c.name.be)
    .bind(&c.name.en)
    .bind(&c.city.uk)
    .bind(&c.city.be)
    .bind(&c.city.en)
    .bind(&c.address.uk)
    .bind(&c.address.be)
    .bind(&c.address.en)
    .bind(hours)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn save_service(tx: &mut Tx<'_>, position: usize, s: &Service) -> Result<(), sqlx::Error> {
    let (cost_kind, cost_amount, cost_currency) = cost_columns(&s.cost);
    let (term_kind, term_days) = term_columns(&s.term);
    sqlx::query(
        "INSERT INTO services (id, position, category_id, subcategory_id, provider_id,
            name_uk, name_be, name_en, description_uk, description_be, description_en,
            cost_kind, cost_amount_minor, cost_currency, term_kind, term_days, online)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position,
            category_id = excluded.category_id, subcategory_id = excluded.subcategory_id,
            provider_id = excluded.provider_id, name_uk = excluded.name_uk,
            name_be = excluded.name_be, name_en = excluded.name_en,
            description_uk = excluded.description_uk, description_be = excluded.description_be,
            description_en = excluded.description_en, cost_kind = excluded.cost_kind,
            cost_amount_minor = excluded.cost_amount_minor, cost_currency = excluded.cost_currency,
            term_kind = excluded.term_kind, term_days = excluded.term_days, online = excluded.online",
    )
    .bind(s.id.as_str())
    .bind(position as i64)
    .bind(&s.category)
    .bind(&s.subcategory)
    .bind(&s.provider)
    .bind(&s.name.uk)
    .bind(&s.name.be)
    .bind(&s.name.en)
    .bind(&s.description.uk)
    .bind(&s.description.be)
    .bind(&s.description.en)
    .bind(cost_kind)
    .bind(cost_amount)
    .bind(cost_currency)
    .bind(term_kind)
    .bind(term_days)
    .bind(i64::from(s.online))
    .execute(&mut **tx)
    .await?;

    for table in ["service_audiences", "service_documents", "service_applicants"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE service_id = $1"))
            .bind(s.id.as_str())
            .execute(&mut **tx)
            .await?;
    }
    for audience in &s.audiences {
        sqlx::query("INSERT INTO service_audiences (service_id, audience_id) VALUES ($1, $2)")
            .bind(s.id.as_str())
            .bind(audience.slug())
            .execute(&mut **tx)
            .await?;
    }
    for (i, document) in s.documents.iter().enumerate() {
        sqlx::query("INSERT INTO service_documents (service_id, document_id, position) VALUES ($1, $2, $3)")
            .bind(s.id.as_str())
            .bind(document)
            .bind(i as i64)
            .execute(&mut **tx)
            .await?;
    }
    for (i, group) in s.applicants.iter().enumerate() {
        sqlx::query("INSERT INTO service_applicants (service_id, group_id, position) VALUES ($1, $2, $3)")
            .bind(s.id.as_str())
            .bind(group)
            .bind(i as i64)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}
