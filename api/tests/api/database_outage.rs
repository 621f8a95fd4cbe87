//! PostgreSQL going away and coming back: while it is down every request
//! that needs it answers 503 with the JSON error and `/api/health` says
//! the database is unavailable; when it is back the API recovers by itself,
//! without a restart. It stops the cluster, so it is ignored in ordinary
//! runs (reported as not run, on SQLite there is nothing to stop) and
//! `scripts/test.sh` runs it with `--ignored` on its own, after the other
//! tests, in its PostgreSQL stage, with `PORTAL_TEST_POSTGRES` and
//! `PORTAL_TEST_PG_CTL` (the command that runs `pg_ctl -D <data dir>` for
//! that cluster); run without them it fails rather than pass unchecked.

use crate::helpers::{PETRO, api};
use axum::http::StatusCode;
use std::time::Duration;

fn pg_ctl(action: &str) {
    let command = std::env::var("PORTAL_TEST_PG_CTL").expect("PORTAL_TEST_PG_CTL");
    let status =
        std::process::Command::new("sh").arg("-c").arg(format!("{command} -w {action} >/dev/null")).status().unwrap();
    assert!(status.success(), "pg_ctl {action}");
}

#[tokio::test]
#[ignore = "stops a PostgreSQL cluster: scripts/test.sh runs it alone in its PostgreSQL stage"]
async fn the_api_answers_503_while_postgresql_is_down_and_recovers_by_itself() {
    assert!(
        crate::helpers::on_postgres() && std::env::var_os("PORTAL_TEST_PG_CTL").is_some(),
        "the outage test needs PORTAL_TEST_POSTGRES and PORTAL_TEST_PG_CTL (scripts/postgres-for-tests.sh sets both)"
    );
    let api = api().await;
    let petro = api.demo(PETRO).await;
    assert_eq!(api.call("GET", "/api/health", None, &[]).await.status, StatusCode::OK);

    pg_ctl("-m fast stop");
    let health = api.call("GET", "/api/health", None, &[]).await;
    assert_eq!(
        (health.status, health.body["database"].as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, Some("unavailable"))
    );
    let orders = api.as_user(&petro, "GET", "/api/orders", None).await;
    assert_eq!(
        (orders.status, orders.body["code"].as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, Some("unavailable")),
        "{}",
        orders.body
    );

    pg_ctl("start");
    let mut healthy = false;
    for _ in 0..50 {
        if api.call("GET", "/api/health", None, &[]).await.status == StatusCode::OK {
            healthy = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(healthy, "/api/health recovers without a restart");
    assert_eq!(api.as_user(&petro, "GET", "/api/orders", None).await.status, StatusCode::OK, "the session survived");
}
