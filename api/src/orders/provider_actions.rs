//! What a providing authority does with an order (seed 000): register it
//! with a number such as «П 2355», refuse it with a comment, complete it
//! with an answer file, confirm its payment. Until the officials' workspace exists `portal-admin`
//! calls these; its screens will call the same functions. Each step goes on
//! the order's timeline and into the applicant's notifications, in one
//! transaction with the change itself.

use crate::orders::order::{Event, record_event};
use crate::platform::clock;
use crate::platform::db::Db;
use crate::platform::file_store::FileStore;
use portal_model::cabinet::OrderEventKind;
use portal_model::draft::media_type_of;
use portal_model::order::{Actor, OrderStatus, PaymentState};
use std::future::Future;
use std::pin::Pin;

#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    #[error("no order {0}")]
    NoSuchOrder(i64),
    #[error("order {0} is {1}: it cannot be {2} now")]
    WrongStatus(i64, OrderStatus, &'static str),
    #[error("the answer must be a PDF, PNG or JPEG file")]
    FileType,
    #[error("a registration number and a refusal's comment cannot be empty")]
    Empty,
    #[error("order {0} has no payment waiting to be confirmed")]
    NothingToConfirm(i64),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("file store: {0}")]
    Store(#[from] std::io::Error),
}

/// «Зареєстровано»: the order gets its registration number, today as its
/// registration date, and the control date when given (`yyyy-mm-dd`).
pub async fn register(db: &Db, order: i64, number: &str, control_date: Option<&str>) -> Result<(), ActionError> {
    let number = number.trim();
    if number.is_empty() {
        return Err(ActionError::Empty);
    }
    let comment = format!("№\u{a0}{number}");
    // (The step owns what it writes: it runs inside `move_on`'s transaction.)
    let (number, control_date) = (number.to_owned(), control_date.map(str::to_owned));
    move_on(db, order, OrderStatus::Registered, &[OrderStatus::Sent], Some(&comment), "registered", move |tx| {
        Box::pin(async move {
            let today = today_at_provider(&mut *tx, order).await?;
            sqlx::query(
                "UPDATE orders SET registration_number = $1, registration_date = $2, control_date = $3 WHERE id = $4",
            )
            .bind(number)
            .bind(today)
            .bind(control_date)
            .bind(order)
            .execute(&mut *tx)
            .await?;
            Ok(())
        })
    })
    .await
}

/// «Відмовлено або залишено без розгляду», with the reason.
pub async fn refuse(db: &Db, order: i64, comment: &str) -> Result<(), ActionError> {
    let comment = comment.trim();
    if comment.is_empty() {
        return Err(ActionError::Empty);
    }
    let open = [OrderStatus::Sent, OrderStatus::Registered];
    let reason = comment.to_owned();
    move_on(db, order, OrderStatus::Refused, &open, Some(comment), "refused", move |tx| {
        Box::pin(async move {
            let today = today_at_provider(&mut *tx, order).await?;
            sqlx::query("UPDATE orders SET execution_date = $1, comment = $2 WHERE id = $3")
                .bind(today)
                .bind(reason)
                .bind(order)
                .execute(&mut *tx)
                .await?;
            Ok(())
        })
    })
    .await
}

/// «Виконано, відповідь надано»: the answer file (PDF, PNG or JPEG, told by
/// its content) on the order, with an optional comment.
pub async fn complete(
    db: &Db,
    files: &FileStore,
    order: i64,
    file_name: &str,
    content: Vec<u8>,
    comment: Option<&str>,
) -> Result<(), ActionError> {
    let Some((media_type, _)) = media_type_of(&content) else { return Err(ActionError::FileType) };
    let open = [OrderStatus::Sent, OrderStatus::Registered];
    // (Stored first: a file cannot join the transaction. Should the step
    // fail, it is removed, or else swept later.)
    let key = files.put(&content).await?;
    let answer = StoredAnswer { key: key.clone(), size: content.len(), file_name: file_name.to_owned(), media_type };
    let note = comment.map(str::to_owned);
    let done = move_on(db, order, OrderStatus::Done, &open, comment, "completed", move |tx| {
        Box::pin(async move {
            let today = today_at_provider(&mut *tx, order).await?;
            sqlx::query("UPDATE orders SET execution_date = $1, comment = coalesce($2, comment) WHERE id = $3")
                .bind(today)
                .bind(note)
                .bind(order)
                .execute(&mut *tx)
                .await?;
            attach_answer(tx, order, &answer).await
        })
    })
    .await;
    if done.is_err() {
        let _ = files.remove(&key).await;
    }
    done
}

/// An answer file already in the file store, as its order's row names it.
pub(crate) struct StoredAnswer {
    pub key: String,
    pub size: usize,
    pub file_name: String,
    pub media_type: &'static str,
}

/// The answer's row on the order: its name, type and size, and the key of
/// its file in the store (the row keeps no bytes: `content` stays empty).
pub(crate) async fn attach_answer(
    tx: &mut sqlx::AnyConnection,
    order: i64,
    answer: &StoredAnswer,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO order_answers (order_id, file_name, media_type, content, stored_as, size)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(order)
    .bind(&answer.file_name)
    .bind(answer.media_type)
    .bind(Vec::<u8>::new())
    .bind(&answer.key)
    .bind(answer.size as i64)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// «Оплату підтверджено»: the provider has the money for an order whose
/// receipt was sent (or, seeing it arrive, for one still waiting).
pub async fn confirm_payment(db: &Db, order: i64) -> Result<(), ActionError> {
    let mut tx = db.begin().await?;
    // The write comes first and decides: two confirmations at once make
    // one (and on SQLite a write-first transaction waits its turn).
    let confirmed: Option<(String, Option<i64>)> = sqlx::query_as(
        "UPDATE orders SET payment_state = 'confirmed'
         WHERE id = $1 AND payment_state IN ('awaiting', 'receipt_sent')
         RETURNING status, user_id",
    )
    .bind(order)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((status, user)) = confirmed else {
        drop(tx);
        return Err(match current_status(db, order).await? {
            None => ActionError::NoSuchOrder(order),
            Some(_) => ActionError::NothingToConfirm(order),
        });
    };
    let status: OrderStatus = status.parse().map_err(|_| ActionError::NoSuchOrder(order))?;
    let event = Event { status, actor: Actor::Provider, comment: None, payment: Some(PaymentState::Confirmed) };
    record_event(&mut tx, order, event).await?;
    crate::notifications::order_changed(&mut tx, user, order, OrderEventKind::PaymentConfirmed, None).await?;
    tx.commit().await?;
    Ok(())
}

/// An order's status as it is; `None` when there is no such order.
async fn current_status(db: &Db, order: i64) -> Result<Option<OrderStatus>, sqlx::Error> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT status FROM orders WHERE id = $1").bind(order).fetch_optional(db).await?;
    Ok(row.and_then(|(status,)| status.parse().ok()))
}

/// What an action writes besides the status, inside its transaction.
type StepFuture<'t> = Pin<Box<dyn Future<Output = Result<(), sqlx::Error>> + Send + 't>>;

/// Today on the calendar of the order's provider's country, the day its
/// registration, refusal or completion carries (`yyyy-mm-dd`).
pub(crate) async fn today_at_provider(tx: &mut sqlx::AnyConnection, order: i64) -> Result<String, sqlx::Error> {
    let (country,): (String,) = sqlx::query_as(
        "SELECT p.country FROM orders o JOIN services s ON s.id = o.service_id JOIN providers p ON p.id = s.provider_id
         WHERE o.id = $1",
    )
    .bind(order)
    .fetch_one(&mut *tx)
    .await?;
    Ok(clock::today_date_in(&country))
}

/// Moves `order` from one of `from` to `to` (with what `step` also
/// writes), puts it on the timeline and notifies the applicant: all or
/// nothing.
async fn move_on(
    db: &Db,
    order: i64,
    to: OrderStatus,
    from: &[OrderStatus],
    comment: Option<&str>,
    verb: &'static str,
    step: impl for<'t> FnOnce(&'t mut sqlx::AnyConnection) -> StepFuture<'t> + Send,
) -> Result<(), ActionError> {
    let mut tx = db.begin().await?;
    // The write comes first and decides (see `confirm_payment`); `from`
    // holds one or two statuses.
    let moved: Option<(Option<i64>,)> =
        sqlx::query_as("UPDATE orders SET status = $1 WHERE id = $2 AND status IN ($3, $4) RETURNING user_id")
            .bind(to.code())
            .bind(order)
            .bind(from.first().map(|s| s.code()))
            .bind(from.last().map(|s| s.code()))
            .fetch_optional(&mut *tx)
            .await?;
    let Some((user,)) = moved else {
        drop(tx);
        return Err(match current_status(db, order).await? {
            None => ActionError::NoSuchOrder(order),
            Some(status) => ActionError::WrongStatus(order, status, verb),
        });
    };
    step(&mut tx).await?;
    record_event(&mut tx, order, Event { status: to, actor: Actor::Provider, comment, payment: None }).await?;
    let event = match to {
        OrderStatus::Registered => OrderEventKind::Registered,
        OrderStatus::Refused => OrderEventKind::Refused,
        _ => OrderEventKind::Done,
    };
    // (The comment: «№ П 2355» for a registration, the reason for a refusal.)
    crate::notifications::order_changed(&mut tx, user, order, event, comment).await?;
    tx.commit().await?;
    Ok(())
}
