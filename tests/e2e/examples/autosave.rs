//! The autosave benchmark (README, "Applying for a service"; not a test):
//! the portal on a fresh SQLite file, headless Chromium signed in as the
//! demo citizen, an application open. Types one character into a field,
//! waits for «Збережено», 60 times; the page records (in JavaScript, with
//! `performance.now()`) the input event and the moment the indicator says
//! «Збережено», and the round trip is that time less the 0.8 s pause the
//! form waits for. Then, with the server stopped, the same for the browser's
//! copy: from the input event until IndexedDB holds the new text.
//!
//!     bash scripts/build-spa.sh && cargo run --release -p portal-e2e --example autosave
//!
//! Prints p50 and p99 of both in milliseconds.

use fantoccini::Locator;
use portal_e2e::{Browser, Portal, dist_dir};
use serde_json::Value;

const ROUNDS: usize = 60;
const PAUSE_MS: f64 = 800.0;

/// Records input events and each «Збережено» in `window.bench`.
const WATCH: &str = "window.bench = {inputs: [], saved: []};
  document.addEventListener('input', () => window.bench.inputs.push(performance.now()), true);
  const status = document.querySelector('[role=status]');
  new MutationObserver(() => { if (status.textContent.includes('Збережено')) window.bench.saved.push(performance.now()); })
    .observe(status, {childList: true, subtree: true, characterData: true});
  return true;";

/// Resolves with the ms from the last input event until the draft's copy in
/// IndexedDB holds `text`.
const LOCAL_COPY: &str = "const [id, text, done] = arguments;
  const started = window.bench.inputs[window.bench.inputs.length - 1];
  const poll = () => {
    const open = indexedDB.open('portal-drafts');
    open.onsuccess = () => {
      const get = open.result.transaction('drafts').objectStore('drafts').get(id);
      get.onsuccess = () => { open.result.close();
        if (get.result && get.result.includes(text)) done(performance.now() - started); else setTimeout(poll, 1); };
    };
  };
  poll();";

fn percentile(values: &mut [f64], q: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    values[((values.len() - 1) as f64 * q).round() as usize]
}

#[tokio::main]
async fn main() {
    let mut portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    page.client.goto(&portal.url("/services/import-licence")).await.unwrap();
    page.element_with_text("a", "Замовити послугу онлайн").await.click().await.unwrap();
    page.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    page.element_with_text("h2", "Крок 1 з 4").await;
    page.element_with_text("[role=status]", "Збережено").await;
    let id: i64 = page.path().await.rsplit('/').next().unwrap().parse().unwrap();
    page.client.execute(WATCH, vec![]).await.unwrap();
    let field = page.client.find(Locator::Id("field-address")).await.unwrap();

    let mut round_trips = Vec::new();
    for round in 0..ROUNDS {
        field.send_keys(&(round % 10).to_string()).await.unwrap();
        // Wait for the «Збережено» that follows this keystroke.
        let times = loop {
            let bench = page.client.execute("return window.bench", vec![]).await.unwrap();
            let last = |key: &str| bench[key].as_array().and_then(|a| a.last()).and_then(Value::as_f64);
            if let (Some(input), Some(saved)) = (last("inputs"), last("saved"))
                && saved > input
            {
                break (input, saved);
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        };
        round_trips.push(times.1 - times.0 - PAUSE_MS);
    }

    portal.stop().await;
    let mut local = Vec::new();
    for round in 0..ROUNDS / 2 {
        let text = format!("офлайн-{round}");
        page.type_into("field-address", &text).await;
        let ms = page.client.execute_async(LOCAL_COPY, vec![Value::from(id), Value::from(text)]).await.unwrap();
        local.push(ms.as_f64().unwrap());
    }
    println!(
        "autosave round trip after the pause: p50 {:.1} ms, p99 {:.1} ms ({ROUNDS} saves)",
        percentile(&mut round_trips, 0.5),
        percentile(&mut round_trips, 0.99)
    );
    println!(
        "browser copy while offline: p50 {:.1} ms, p99 {:.1} ms ({} changes)",
        percentile(&mut local, 0.5),
        percentile(&mut local, 0.99),
        ROUNDS / 2
    );
    browser.close().await;
}
