//! `portal-api`: serves the built SPA and `/api/*` on an embedded SQLite file.

use clap::Parser;
use portal_api::platform::config::Config;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let config = Config::parse();
    portal_api::platform::logging::init(config.log_format);
    match portal_api::run(config).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "the portal stopped");
            std::process::ExitCode::FAILURE
        }
    }
}
