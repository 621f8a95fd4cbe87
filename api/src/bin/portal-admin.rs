//! `portal-admin`: what an issuing office does, from the server's shell.
//!
//!     portal-admin issue-identifier demo@e-portal.example
//!     portal-admin restore-identifier 1234-5678-9012
//!
//! Uses the same database as the portal (`DATABASE_URL`, default
//! `sqlite:data/portal.sqlite3`).

use clap::{Parser, Subcommand};
use portal_api::accounts::identifier;

#[derive(Parser)]
#[command(name = "portal-admin", about = "Issue and restore unique identifiers (seed 004)")]
struct Admin {
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite:data/portal.sqlite3")]
    database_url: String,
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
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let admin = Admin::parse();
    let db = match portal_api::db::connect(&admin.database_url).await {
        Ok(db) => db,
        Err(error) => {
            eprintln!("portal-admin: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let result = match admin.command {
        Command::IssueIdentifier { email } => identifier::issue(&db, &email).await.map(|(id, password)| {
            println!("identifier: {id}\npassword:   {password}");
        }),
        Command::RestoreIdentifier { identifier: id } => {
            identifier::restore(&db, &id).await.map(|()| println!("restored: {id}"))
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
