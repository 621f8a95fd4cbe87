//! The write baseline for the API benchmark (`scripts/bench-api.sh`): how
//! many single-row UPDATE transactions raw SQLite commits per second on
//! this machine at the portal's durability (WAL, synchronous=NORMAL), from
//! 64 tasks at once through a pool of 8 connections, as the portal writes.
//! With an argument N, each write is a row of N bytes (a draft's size)
//! rather than a short address.
//! Prints `writes_per_second p50_ms p99_ms`.

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::time::{Duration, Instant};

const TASKS: usize = 64;
const SECONDS: u64 = 8;

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let options = SqliteConnectOptions::from_str(&format!("sqlite:{}", dir.path().join("raw.sqlite3").display()))
        .expect("a URL")
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .busy_timeout(Duration::from_secs(5));
    let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options).await.expect("opens");
    sqlx::query("CREATE TABLE people (id INTEGER PRIMARY KEY, address TEXT NOT NULL)").execute(&pool).await.unwrap();
    for id in 0..TASKS as i64 {
        sqlx::query("INSERT INTO people (id, address) VALUES ($1, '')").bind(id).execute(&pool).await.unwrap();
    }
    let padding = std::env::args().nth(1).and_then(|n| n.parse::<usize>().ok()).map(|n| "ї".repeat(n / 2));
    let until = Instant::now() + Duration::from_secs(SECONDS);
    let tasks: Vec<_> = (0..TASKS as i64)
        .map(|id| {
            let pool = pool.clone();
            let padding = padding.clone().unwrap_or_default();
            tokio::spawn(async move {
                let mut times = Vec::new();
                let mut n = 0;
                while Instant::now() < until {
                    let started = Instant::now();
                    sqlx::query("UPDATE people SET address = $1 WHERE id = $2")
                        .bind(format!("Київ, вул. Хрещатик, {n}{padding}"))
                        .bind(id)
                        .execute(&pool)
                        .await
                        .unwrap();
                    times.push(started.elapsed());
                    n += 1;
                }
                times
            })
        })
        .collect();
    let mut times = Vec::new();
    for task in tasks {
        times.extend(task.await.unwrap());
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{:.0} {:.2} {:.2}",
        times.len() as f64 / SECONDS as f64,
        ms(times[times.len() / 2]),
        ms(times[times.len() * 99 / 100])
    );
}
