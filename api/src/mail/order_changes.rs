//! A mail for every change of an order the cabinet is notified of (issue
//! 13/16): each `notifications` row about an order («Надіслано»,
//! «Зареєстровано», «Виконано», a payment, a complaint…) becomes one mail to
//! the account's address, in the account's language, naming what happened
//! (the event as it was then, with its number or reason: issue 24) and
//! linking to the order. Whoever records the change — a request, a payment
//! callback, `portal-admin` — only writes the notification; this task, run by
//! the server, turns them into outbox mail (`mailed_at` marks each, written
//! first, so two instances never mail one twice).

use crate::mail::letters::{letter, link};
use crate::platform::db::Db;
use crate::platform::locale_text::{local_time, text};
use portal_model::cabinet::OrderEventKind;
use portal_model::lang::Lang;
use std::time::Duration;

const POLL: Duration = Duration::from_secs(2);

/// Runs forever: mails new notifications every couple of seconds.
pub async fn run(db: Db, public_url: String) {
    loop {
        if let Err(error) = queue_pending(&db, &public_url).await {
            tracing::warn!(%error, "notification mail: could not read the notifications");
        }
        tokio::time::sleep(POLL).await;
    }
}

#[derive(sqlx::FromRow)]
struct Pending {
    order_id: Option<i64>,
    email: String,
    lang: String,
    status: Option<String>,
    created_at: String,
    country: Option<String>,
    event: Option<String>,
    detail: Option<String>,
    name_uk: Option<String>,
    name_be: Option<String>,
    name_en: Option<String>,
}

/// Queues a mail for each notification not mailed yet; how many.
pub async fn queue_pending(db: &Db, public_url: &str) -> Result<usize, sqlx::Error> {
    let mut queued = 0;
    for _ in 0..100 {
        let mut tx = db.begin().await?;
        // The oldest unmailed one, claimed by writing first.
        let claimed: Option<(i64,)> = sqlx::query_as(
            "UPDATE notifications SET mailed_at = $1
             WHERE id = (SELECT id FROM notifications WHERE mailed_at IS NULL ORDER BY id LIMIT 1) AND mailed_at IS NULL
             RETURNING id",
        )
        .bind(crate::platform::clock::now())
        .fetch_optional(&mut *tx)
        .await?;
        let Some((id,)) = claimed else { break };
        let pending: Option<Pending> = sqlx::query_as(
            "SELECT n.order_id, u.email, u.lang, o.status, n.created_at, p.country, n.event, n.detail,
                    s.name_uk, s.name_be, s.name_en
             FROM notifications n JOIN users u ON u.id = n.user_id
             LEFT JOIN orders o ON o.id = n.order_id LEFT JOIN services s ON s.id = o.service_id
             LEFT JOIN providers p ON p.id = s.provider_id
             WHERE n.id = $1 AND n.kind IN ('order_status', 'answer_ready')",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(pending) = pending
            && let Some(order) = pending.order_id
        {
            let lang = Lang::from_tag(&pending.lang).unwrap_or(Lang::Uk);
            let service = match lang {
                Lang::Uk => pending.name_uk,
                Lang::Be => pending.name_be,
                Lang::En => pending.name_en,
            };
            let what = event_text(lang, pending.event.as_deref(), pending.detail, pending.status.as_deref());
            // When it changed, on the clock of the service's country.
            let when = local_time(lang, pending.country.as_deref().unwrap_or("UA"), &pending.created_at);
            let args = [
                ("order", order.to_string()),
                ("what", what),
                ("when", when),
                ("service", service.unwrap_or_default()),
                ("link", link(public_url, &format!("/cabinet/orders/{order}"))),
            ];
            crate::mail::outbox::send(&mut *tx, &pending.email, lang, &letter(lang, "order", &args)).await?;
            queued += 1;
        }
        tx.commit().await?;
    }
    Ok(queued)
}

/// What happened, in `lang`: the event with its detail; for a notification
/// older than events, the order's status.
pub fn event_text(lang: Lang, event: Option<&str>, detail: Option<String>, status: Option<&str>) -> String {
    match event.and_then(|code| code.parse::<OrderEventKind>().ok()) {
        Some(event) => text(lang, &event.message_id(), &[("detail", detail.unwrap_or_default())]),
        None => text(lang, &format!("order-status-{}", status.unwrap_or_default()), &[]),
    }
}
