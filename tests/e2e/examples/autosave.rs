//! The autosave benchmark (README, "Applying for a service"; not a test):
//! the portal on a fresh SQLite file, headless Chromium signed in as the
//! demo citizen, an application open. Types one character into a field,
//! waits for «Збережено», 60 times; the page records (in JavaScript, with
//! `performance.now()`) the input event and the moment the indicator says
//! «Збережено», and the round trip is that time less the 0.8 s pause the
//! form waits for. Then, with the server stopped, the same for the browser's
//! copy: from the input event until IndexedDB holds the new text.
//!
//!     bash scripts/build-spa.sh && cargo run --profile server -p portal-e2e --example autosave
//!
//! Prints p50 and p99 of both in milliseconds: first for a light draft (the
//! import licence's common form), then for a heavy one (the carrier licence
//! with 25 vehicles, 220 answers and 20 attached lease contracts), whose
//! every save sends all of it.

use fantoccini::Locator;
use portal_e2e::{Browser, Portal, dist_dir};
use serde_json::Value;

const ROUNDS: usize = 60;
const PAUSE_MS: f64 = 800.0;

/// Records input events and each «Збережено» in `window.bench`.
const WATCH: &str = "window.bench = {inputs: [], saved: []};
  document.addEventListener('input', () => window.bench.inputs.push(performance.now()), true);
  const status = document.querySelector('.ep-save-state [role=status]');
  new MutationObserver(() => { if (status.textContent.includes('Збережено')) window.bench.saved.push(performance.now()); })
    .observe(status, {childList: true, subtree: true, characterData: true});
  return true;";

/// Resolves with the ms from the last input event until the draft's copy in
/// IndexedDB holds `text` (read through a connection of its own, each read
/// asked as soon as the last one answered — a timer would add the browser's
/// 4 ms clamp; the reads themselves still add a little).
const LOCAL_COPY: &str = "const [id, text, done] = arguments;
  const started = window.bench.inputs[window.bench.inputs.length - 1];
  const poll = (db) => {
    const get = db.transaction('drafts').objectStore('drafts').get(id);
    get.onsuccess = () => {
      if (get.result && get.result.includes(text)) { done(performance.now() - started); db.close(); }
      else poll(db);
    };
  };
  const open = indexedDB.open('portal-drafts');
  open.onsuccess = () => poll(open.result);";

fn percentile(values: &mut [f64], q: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    values[((values.len() - 1) as f64 * q).round() as usize]
}

/// Fills the open carrier-licence draft through the API as the page's own
/// session: 20 lease contracts uploaded, then 25 vehicles (220 answers).
const HEAVY_DRAFT: &str = "const [id, done] = arguments;
  (async () => {
    const csrf = (await (await fetch('/api/me')).json()).csrf_token;
    const headers = {'X-CSRF-Token': csrf};
    const contracts = [];
    for (let n = 0; n < 20; n++) {
      const r = await fetch(`/api/drafts/${id}/attachments?field=vehicles.${n}.lease_contract&name=lease-${n}.pdf`,
        {method: 'POST', headers, body: '%PDF-1.4\\n%%EOF\\n'});
      contracts.push(await r.json());
    }
    const vehicles = [...Array(25).keys()].map(n => Object.assign(
      {make: 'Богдан', model: 'А092', plate: `АА${String(n).padStart(4, '0')}ВВ`, vin: 'Y6LA0920000123456',
       manufacture_year: '2015', seats: '32', ownership: 'own'},
      n < 20 ? {ownership: 'lease', lease_until: '31.12.2030', lease_contract: contracts[n]} : {}));
    const draft = await (await fetch(`/api/drafts/${id}`)).json();
    const answers = Object.assign(draft.answers, {vehicles});
    const saved = await fetch(`/api/drafts/${id}`, {method: 'PUT', headers: {...headers, 'Content-Type': 'application/json'},
      body: JSON.stringify({base_version: draft.version, step: 'applicant', answers})});
    done(saved.status);
  })();";

#[tokio::main]
async fn main() {
    for (service, heavy) in [("import-licence", false), ("carrier-licence", true)] {
        measure(service, heavy).await;
    }
}

/// The round trip and the offline copy for one draft of `service`.
async fn measure(service: &str, heavy: bool) {
    let mut portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    let path = page.start_application(&portal, service).await;
    let id: i64 = path.rsplit('/').next().unwrap().parse().unwrap();
    if heavy {
        let status = page.client.execute_async(HEAVY_DRAFT, vec![Value::from(id)]).await.unwrap();
        assert_eq!(status, Value::from(200), "the heavy draft is stored");
        page.client.refresh().await.unwrap();
        page.element_with_text("[role=status]", "Збережено").await;
    }
    page.client.execute(WATCH, vec![]).await.unwrap();
    let field = page.client.find(Locator::Id("field-address")).await.unwrap();

    let mut round_trips = Vec::new();
    for round in 0..ROUNDS {
        field.send_keys(&(round % 10).to_string()).await.unwrap();
        // Wait for the «Збережено» that follows this keystroke.
        let waiting = std::time::Instant::now();
        let times = loop {
            assert!(waiting.elapsed().as_secs() < 30, "no «Збережено» after keystroke {round}");
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
    page.type_into("field-address", "офлайн ").await;
    let mut text = String::from("офлайн ");
    for round in 0..ROUNDS / 2 {
        // One keystroke, as for the round trip above.
        let key = (round % 10).to_string();
        text.push_str(&key);
        field.send_keys(&key).await.unwrap();
        let ms = page.client.execute_async(LOCAL_COPY, vec![Value::from(id), Value::from(text.clone())]).await.unwrap();
        local.push(ms.as_f64().unwrap());
    }
    println!("{service}{}:", if heavy { " (220 answers, 20 attachments)" } else { "" });
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
