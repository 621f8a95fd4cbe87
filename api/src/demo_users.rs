//! Demo accounts for `--demo-data`: a citizen whose cabinet shows orders in
//! all four statuses (the examples of seed 000), and a second one, so that
//! one can see that nobody sees another's orders. Created once; a restart
//! changes nothing. The passwords are demo values, printed in README.

use crate::db::Db;

pub const DEMO_PASSWORD: &str = "demo-password-2026";

struct DemoOrder {
    service: &'static str,
    status: &'static str,
    ordered_at: &'static str,
    registration_number: Option<&'static str>,
    registration_date: Option<&'static str>,
    control_date: Option<&'static str>,
    execution_date: Option<&'static str>,
    comment: Option<&'static str>,
}

const PETRENKO_ORDERS: [DemoOrder; 4] = [
    DemoOrder { service: "high-risk-works-permit", status: "sent", ordered_at: "2023-11-14", registration_number: None, registration_date: None, control_date: None, execution_date: None, comment: None },
    DemoOrder { service: "annul-construction-products-body", status: "done", ordered_at: "2023-04-04", registration_number: Some("П 2355"), registration_date: Some("2023-04-04"), control_date: Some("2023-05-02"), execution_date: Some("2023-04-04"), comment: Some("Свідоцтво анульовано.") },
    DemoOrder { service: "annul-technical-acceptability-body", status: "refused", ordered_at: "2023-03-22", registration_number: Some("П 1987"), registration_date: Some("2023-03-23"), control_date: Some("2023-04-20"), execution_date: Some("2023-03-30"), comment: Some("Заяву залишено без розгляду: не додано копію свідоцтва.") },
    DemoOrder { service: "labour-protection-declaration", status: "registered", ordered_at: "2023-03-09", registration_number: Some("Д 4410"), registration_date: Some("2023-03-10"), control_date: Some("2023-03-17"), execution_date: None, comment: None },
];

const MARIA_ORDERS: [DemoOrder; 1] = [
    DemoOrder { service: "export-licence", status: "sent", ordered_at: "2024-02-01", registration_number: None, registration_date: None, control_date: None, execution_date: None, comment: None },
];

pub async fn seed(db: &Db) -> Result<(), sqlx::Error> {
    add(db, "demo@e-portal.example", "Петренко Петро Петрович", "Київська область", &PETRENKO_ORDERS).await?;
    add(db, "demo2@e-portal.example", "Коваль Марія Іванівна", "Львівська область", &MARIA_ORDERS).await
}

async fn add(db: &Db, email: &str, full_name: &str, region: &str, orders: &[DemoOrder]) -> Result<(), sqlx::Error> {
    let existing: Option<(i64,)> = sqlx::query_as("SELECT id FROM users WHERE email = ?").bind(email).fetch_optional(db).await?;
    if existing.is_some() {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    let (user_id,): (i64,) = sqlx::query_as(
        "INSERT INTO users (email, password_hash, full_name, rnokpp, passport, phone, postal_code, address, region, activated_at)
         VALUES (?, ?, ?, '1234567899', 'АА 123456', '+380442535485', '01001', 'Київ', ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
         RETURNING id",
    )
    .bind(email)
    .bind(crate::accounts::hash_password(DEMO_PASSWORD))
    .bind(full_name)
    .bind(region)
    .fetch_one(&mut *tx)
    .await?;
    for o in orders {
        sqlx::query(
            "INSERT INTO orders (user_id, service_id, status, ordered_at, registration_number, registration_date,
                control_date, execution_date, comment, documents_json)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '[\"Заява.pdf\", \"Заява.pdf.p7s\"]')",
        )
        .bind(user_id)
        .bind(o.service)
        .bind(o.status)
        .bind(o.ordered_at)
        .bind(o.registration_number)
        .bind(o.registration_date)
        .bind(o.control_date)
        .bind(o.execution_date)
        .bind(o.comment)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}
