//! Demo accounts for `--demo-data`: a citizen whose cabinet shows orders in
//! all four statuses (the examples of seed 000), drafts and notifications,
//! and a second one, so that one can see that nobody sees another's. Created once; a restart
//! changes nothing. The passwords are demo values, printed in README.

use crate::platform::db::Db;
use crate::platform::file_store::FileStore;

pub const DEMO_PASSWORD: &str = "demo-password-2026";
/// The demo user's unique identifier (its password is `DEMO_PASSWORD`).
pub const DEMO_IDENTIFIER: &str = "1111-2222-3333";

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
    DemoOrder {
        service: "high-risk-works-permit",
        status: "sent",
        ordered_at: "2023-11-14",
        registration_number: None,
        registration_date: None,
        control_date: None,
        execution_date: None,
        comment: None,
    },
    DemoOrder {
        service: "annul-construction-products-body",
        status: "done",
        ordered_at: "2023-04-04",
        registration_number: Some("П 2355"),
        registration_date: Some("2023-04-04"),
        control_date: Some("2023-05-02"),
        execution_date: Some("2023-04-04"),
        comment: Some("Свідоцтво анульовано."),
    },
    DemoOrder {
        service: "annul-technical-acceptability-body",
        status: "refused",
        ordered_at: "2023-03-22",
        registration_number: Some("П 1987"),
        registration_date: Some("2023-03-23"),
        control_date: Some("2023-04-20"),
        execution_date: Some("2023-03-30"),
        comment: Some("Заяву залишено без розгляду: не додано копію свідоцтва."),
    },
    DemoOrder {
        service: "labour-protection-declaration",
        status: "registered",
        ordered_at: "2023-03-09",
        registration_number: Some("Д 4410"),
        registration_date: Some("2023-03-10"),
        control_date: Some("2023-03-17"),
        execution_date: None,
        comment: None,
    },
];

const MARIA_ORDERS: [DemoOrder; 1] = [DemoOrder {
    service: "export-licence",
    status: "sent",
    ordered_at: "2024-02-01",
    registration_number: None,
    registration_date: None,
    control_date: None,
    execution_date: None,
    comment: None,
}];

/// Drafts: (service, created at).
const PETRENKO_DRAFTS: [(&str, &str); 2] = [
    ("international-driving-permit", "2024-01-15T09:30:00Z"),
    ("extract-property-rights-register", "2024-01-20T14:05:00Z"),
];
const MARIA_DRAFTS: [(&str, &str); 1] = [("emalyatko", "2024-02-03T10:00:00Z")];

/// Notifications: (kind, index of the order it is about, read).
const PETRENKO_NOTIFICATIONS: [(&str, Option<usize>, bool); 4] = [
    ("order_status", Some(1), false),
    ("answer_ready", Some(1), false),
    ("order_status", Some(2), true),
    ("new_sign_in", None, true),
];
const MARIA_NOTIFICATIONS: [(&str, Option<usize>, bool); 1] = [("order_status", Some(0), false)];

struct DemoUser<'a> {
    email: &'a str,
    full_name: &'a str,
    region: &'a str,
    orders: &'a [DemoOrder],
    drafts: &'a [(&'a str, &'a str)],
    notifications: &'a [(&'a str, Option<usize>, bool)],
}

pub async fn seed(db: &Db, files: &FileStore) -> Result<(), sqlx::Error> {
    add(
        db,
        files,
        DemoUser {
            email: "demo@e-portal.example",
            full_name: "Петренко Петро Петрович",
            region: "Київська область",
            orders: &PETRENKO_ORDERS,
            drafts: &PETRENKO_DRAFTS,
            notifications: &PETRENKO_NOTIFICATIONS,
        },
    )
    .await?;
    crate::accounts::identifier::seed_demo(db, "demo@e-portal.example", DEMO_IDENTIFIER, DEMO_PASSWORD).await?;
    add(
        db,
        files,
        DemoUser {
            email: "demo2@e-portal.example",
            full_name: "Коваль Марія Іванівна",
            region: "Львівська область",
            orders: &MARIA_ORDERS,
            drafts: &MARIA_DRAFTS,
            notifications: &MARIA_NOTIFICATIONS,
        },
    )
    .await
}

async fn add(db: &Db, files: &FileStore, user: DemoUser<'_>) -> Result<(), sqlx::Error> {
    let DemoUser { email, full_name, region, orders, drafts, notifications } = user;
    let existing: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM users WHERE email = $1").bind(email).fetch_optional(db).await?;
    if existing.is_some() {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    let (user_id,): (i64,) = sqlx::query_as(
        "INSERT INTO users (email, password_hash, full_name, rnokpp, passport, phone, postal_code, address, region, activated_at)
         VALUES ($1, $2, $3, '1234567899', 'АА 123456', '+380442535485', '01001', 'Київ', $4, $5)
         RETURNING id",
    )
    .bind(email)
    .bind(crate::accounts::hash_password(DEMO_PASSWORD).await)
    .bind(full_name)
    .bind(region)
    .bind(crate::platform::clock::now())
    .fetch_one(&mut *tx)
    .await?;
    let mut order_ids = Vec::new();
    for o in orders {
        let (order_id,): (i64,) = sqlx::query_as(
            "INSERT INTO orders (user_id, service_id, status, ordered_at, registration_number, registration_date,
                control_date, execution_date, comment, documents_json)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '[\"Заява.pdf\", \"Заява.pdf.p7s\"]') RETURNING id",
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
        .fetch_one(&mut *tx)
        .await?;
        order_ids.push(order_id);
        for (at, status, actor, comment) in demo_timeline(o) {
            sqlx::query("INSERT INTO order_events (order_id, at, status, actor, comment) VALUES ($1, $2, $3, $4, $5)")
                .bind(order_id)
                .bind(at)
                .bind(status)
                .bind(actor)
                .bind(comment)
                .execute(&mut *tx)
                .await?;
        }
    }
    // The done order's answer: the decision, as a small PDF.
    for (o, &order_id) in orders.iter().zip(&order_ids) {
        if o.status == "done" {
            let number = o.registration_number.unwrap_or("-");
            let pdf = demo_pdf(&format!(
                "Decision on order {order_id} (registration {}) - demo answer file",
                number.replace('П', "P")
            ));
            let key = files.put(&pdf).await.map_err(sqlx::Error::Io)?;
            sqlx::query(
                "INSERT INTO order_answers (order_id, file_name, media_type, content, stored_as, size)
                 VALUES ($1, $2, 'application/pdf', $3, $4, $5)",
            )
            .bind(order_id)
            .bind("Рішення.pdf")
            .bind(Vec::<u8>::new())
            .bind(key)
            .bind(pdf.len() as i64)
            .execute(&mut *tx)
            .await?;
        }
    }
    for (service, created_at) in drafts {
        sqlx::query("INSERT INTO drafts (user_id, service_id, created_at) VALUES ($1, $2, $3)")
            .bind(user_id)
            .bind(service)
            .bind(created_at)
            .execute(&mut *tx)
            .await?;
    }
    for (kind, order, read) in notifications {
        sqlx::query(
            "INSERT INTO notifications (user_id, kind, order_id, read_at, mailed_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(user_id)
        .bind(kind)
        .bind(order.map(|i| order_ids[i]))
        .bind(read.then(crate::platform::clock::now))
        // (Demo notifications are not mailed.)
        .bind(crate::platform::clock::now())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// A demo order's timeline: sent, registered when it has a number, then
/// refused or done (`at`, status, actor, comment).
fn demo_timeline(o: &DemoOrder) -> Vec<(String, &'static str, &'static str, Option<&'static str>)> {
    let at = |day: &str, time: &str| format!("{day}T{time}Z");
    let mut events = vec![(at(o.ordered_at, "09:12:00"), "sent", "applicant", None)];
    if let Some(day) = o.registration_date {
        events.push((at(day, "11:40:00"), "registered", "provider", None));
    }
    if matches!(o.status, "refused" | "done") {
        let day = o.execution_date.or(o.registration_date).unwrap_or(o.ordered_at);
        events.push((at(day, "15:05:00"), o.status, "provider", o.comment));
    }
    events
}

/// A one-page PDF showing `line` (ASCII): a real file to download, made
/// without a PDF library.
fn demo_pdf(line: &str) -> Vec<u8> {
    let text: String = line.chars().filter(|c| c.is_ascii() && !"()\\".contains(*c)).collect();
    let stream = format!("BT /F1 14 Tf 56 770 Td ({text}) Tj ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{stream}\nendstream", stream.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (n, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", n + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
    );
    pdf
}
