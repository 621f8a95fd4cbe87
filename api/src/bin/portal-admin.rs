//! `portal-admin`: what an issuing office or a providing authority does,
//! from the server's shell (until the officials' workspace exists).
//!
//!     portal-admin issue-identifier demo@e-portal.example
//!     portal-admin restore-identifier 1234-5678-9012
//!     portal-admin register-order 5 "П 2355" --control-date 2026-12-25
//!     portal-admin refuse-order 5 "Не додано копію свідоцтва"
//!     portal-admin complete-order 5 decision.pdf --comment "Ліцензію видано"
//!     portal-admin confirm-payment 5
//!     portal-admin refunds-due
//!     portal-admin retry-refunds
//!
//! Uses the same database as the portal (`DATABASE_URL`, default
//! `sqlite:data/portal.sqlite3`).

use clap::{Parser, Subcommand};
use portal_api::accounts::identifier;
use portal_api::orders::provider_actions;
use portal_api::payments::card_payments;

#[derive(Parser)]
#[command(name = "portal-admin", about = "Unique identifiers (seed 004) and providers' actions on orders (seed 000)")]
struct Admin {
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite:data/portal.sqlite3")]
    database_url: String,
    /// Where users' files are kept (the portal's `--files-dir`): answer files go there.
    #[arg(long, env = "PORTAL_FILES_DIR")]
    files_dir: Option<std::path::PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Issue an identifier to the cabinet with this e-mail address; prints
    /// the identifier and its first password.
    IssueIdentifier { email: String },
    /// Give back sign-in by an identifier its holder refused.
    RestoreIdentifier { identifier: String },
    /// Register a sent order under the provider's number.
    RegisterOrder {
        order: i64,
        number: String,
        /// The control date, yyyy-mm-dd.
        #[arg(long)]
        control_date: Option<String>,
    },
    /// Refuse an order (or leave it without consideration), saying why.
    RefuseOrder { order: i64, comment: String },
    /// Confirm that an order's payment arrived.
    ConfirmPayment { order: i64 },
    /// List card payments that came when their order no longer waited for
    /// them and are not given back yet (the provider refused or was
    /// unreachable).
    RefundsDue,
    /// Ask the card provider again to give back every payment still due.
    RetryRefunds,
    /// Complete an order with its answer file (PDF, PNG or JPEG).
    CompleteOrder {
        order: i64,
        answer: std::path::PathBuf,
        #[arg(long)]
        comment: Option<String>,
    },
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let admin = Admin::parse();
    let db = match portal_api::platform::db::connect(&admin.database_url).await {
        Ok(db) => db,
        Err(error) => {
            eprintln!("portal-admin: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let result = match admin.command {
        Command::IssueIdentifier { email } => identifier::issue(&db, &email)
            .await
            .map(|(id, password)| {
                println!("identifier: {id}\npassword:   {password}");
            })
            .map_err(|e| e.to_string()),
        Command::RestoreIdentifier { identifier: id } => {
            identifier::restore(&db, &id).await.map(|()| println!("restored: {id}")).map_err(|e| e.to_string())
        }
        Command::RegisterOrder { order, number, control_date } => {
            provider_actions::register(&db, order, &number, control_date.as_deref())
                .await
                .map(|()| println!("order {order}: registered as {number}"))
                .map_err(|e| e.to_string())
        }
        Command::RefuseOrder { order, comment } => provider_actions::refuse(&db, order, &comment)
            .await
            .map(|()| println!("order {order}: refused"))
            .map_err(|e| e.to_string()),
        Command::ConfirmPayment { order } => provider_actions::confirm_payment(&db, order)
            .await
            .map(|()| println!("order {order}: payment confirmed"))
            .map_err(|e| e.to_string()),
        Command::RefundsDue => refunds_due(&db).await,
        Command::RetryRefunds => retry_refunds(&db).await,
        Command::CompleteOrder { order, answer, comment } => {
            complete_order(&db, &admin.database_url, admin.files_dir.as_deref(), order, &answer, comment.as_deref())
                .await
        }
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("portal-admin: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// «Виконано»: the order completed with the answer file at `answer`, kept
/// in the portal's file store.
async fn complete_order(
    db: &portal_api::platform::db::Db,
    database_url: &str,
    files_dir: Option<&std::path::Path>,
    order: i64,
    answer: &std::path::Path,
    comment: Option<&str>,
) -> Result<(), String> {
    let content = std::fs::read(answer).map_err(|error| format!("cannot read {}: {error}", answer.display()))?;
    let name = answer.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let folder = portal_api::platform::config::files_folder(database_url, files_dir);
    let files = portal_api::platform::file_store::FileStore::open(&folder)
        .map_err(|error| format!("cannot open the file store {}: {error}", folder.display()))?;
    provider_actions::complete(db, &files, order, &name, content, comment).await.map_err(|e| e.to_string())?;
    println!("order {order}: completed with {name}");
    Ok(())
}

/// One line per payment due back: order, amount, provider, references, when paid.
async fn refunds_due(db: &portal_api::platform::db::Db) -> Result<(), String> {
    let due = card_payments::refunds::due(db).await.map_err(|e| e.to_string())?;
    if due.is_empty() {
        println!("no card payment is due back");
    }
    for refund in due {
        println!(
            "order {}\t{}.{:02} {}\t{} {}\treference {}\tpaid {}",
            refund.order_id,
            refund.amount_minor / 100,
            refund.amount_minor % 100,
            refund.currency,
            refund.provider,
            refund.provider_ref,
            refund.reference,
            refund.settled_at.as_deref().unwrap_or("?"),
        );
    }
    Ok(())
}

/// Asks again; fails (exit status 1) while any is still due.
async fn retry_refunds(db: &portal_api::platform::db::Db) -> Result<(), String> {
    let (refunded, failed) = card_payments::refunds::retry_all(db).await.map_err(|e| e.to_string())?;
    println!("refunded: {refunded}");
    if failed.is_empty() {
        return Ok(());
    }
    for (refund, error) in &failed {
        eprintln!("order {} (reference {}): {error}", refund.order_id, refund.reference);
    }
    Err(format!("{} card payment(s) still due back", failed.len()))
}
