//! Harness for end-to-end tests: the real portal server (the same library
//! the binary runs) on a fresh SQLite file, and headless Chromium driven
//! through chromedriver (WebDriver).

mod gateway;
pub use gateway::Gateway;

use fantoccini::{Client, ClientBuilder, Locator};
use portal_api::config::Config;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tokio::net::TcpListener;
use tokio::process::{Child, Command};
use tokio::sync::oneshot;

/// How long to wait for something to appear in the page.
pub const PATIENCE: Duration = Duration::from_secs(30);

/// Every `.rs` file under `dir`, in order: the source checks (locales,
/// API texts) read them.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The built SPA: `$PORTAL_DIST`, or `dist/` at the workspace root.
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("PORTAL_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dist"));
    assert!(
        dir.join("index.html").exists(),
        "no built SPA in {}: run `bash scripts/build-spa.sh` first (scripts/test.sh does)",
        dir.display()
    );
    dir
}

/// A running portal on a fresh database; stops when dropped.
pub struct Portal {
    pub base_url: String,
    /// The portal's database, for what a provider's side would change
    /// (orders arriving, statuses moving).
    pub db: portal_api::db::Db,
    config: Config,
    shutdown: Option<oneshot::Sender<()>>,
    serving: Option<tokio::task::JoinHandle<()>>,
    _data: tempfile::TempDir,
}

impl Portal {
    pub async fn start(static_dir: PathBuf) -> Portal {
        let data = tempfile::tempdir().expect("temp dir");
        let db = data.path().join("portal.sqlite3");
        let mut config = Config::for_tests(format!("sqlite:{}", db.display()), static_dir);
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        // Links in mail lead here, as a mail client would open them.
        config.public_url = Some(base_url.clone());
        let (db, shutdown, serving) = Portal::serve(&config, listener).await;
        Portal { base_url, db, config, shutdown: Some(shutdown), serving: Some(serving), _data: data }
    }

    async fn serve(
        config: &Config,
        listener: TcpListener,
    ) -> (portal_api::db::Db, oneshot::Sender<()>, tokio::task::JoinHandle<()>) {
        let state = portal_api::prepare(config).await.expect("the portal prepares its database");
        let db = state.db.clone();
        let (tx, rx) = oneshot::channel::<()>();
        let config = config.clone();
        let serving = tokio::spawn(async move {
            let stop = async {
                let _ = rx.await;
            };
            portal_api::serve(listener, state, &config, stop).await.expect("the portal serves");
        });
        (db, tx, serving)
    }

    /// Stops the server (as a lost connection looks to the browser: nothing
    /// answers on the port); the database stays.
    pub async fn stop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(serving) = self.serving.take() {
            let _ = serving.await;
        }
    }

    /// Starts the server again on the same address and database.
    pub async fn restart(&mut self) {
        let address = self.base_url.trim_start_matches("http://").to_owned();
        let listener = TcpListener::bind(&address).await.expect("the same port again");
        let (db, shutdown, serving) = Portal::serve(&self.config, listener).await;
        self.db = db;
        self.shutdown = Some(shutdown);
        self.serving = Some(serving);
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path)
    }
}

impl Drop for Portal {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Headless Chromium with a fresh profile; `close` ends the session.
pub struct Browser {
    pub client: Client,
    _driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// `accept_language` is what the browser tells pages it prefers.
    pub async fn start(accept_language: &str) -> Browser {
        Browser::start_in_zone(accept_language, None).await
    }

    /// A browser whose computer keeps the time zone `zone` (`TZ`, passed
    /// on by chromedriver to Chromium), or the machine's when `None`.
    pub async fn start_in_zone(accept_language: &str, zone: Option<&str>) -> Browser {
        let port = free_port().await;
        let mut driver = Command::new(env_or("CHROMEDRIVER", "/usr/bin/chromedriver"));
        if let Some(zone) = zone {
            driver.env("TZ", zone);
        }
        let driver = driver
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("chromedriver starts (apt-get install chromium-driver)");
        let profile = tempfile::tempdir().unwrap();
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": env_or("CHROMIUM", "/usr/bin/chromium"),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic",
                    format!("--lang={accept_language}"),
                    format!("--user-data-dir={}", profile.path().display()),
                    "--window-size=1280,900",
                ],
                "prefs": { "intl.accept_languages": accept_language },
            }),
        );
        let started = Instant::now();
        let client = loop {
            let attempt = ClientBuilder::rustls()
                .expect("TLS roots")
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await;
            match attempt {
                Ok(client) => break client,
                Err(error) if started.elapsed() > PATIENCE => panic!("no WebDriver session: {error}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        };
        Browser { client, _driver: driver, _profile: profile }
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }

    /// Waits until an element matching `css` holds `text`, and returns it.
    pub async fn element_with_text(&self, css: &str, text: &str) -> fantoccini::elements::Element {
        let started = Instant::now();
        loop {
            if let Ok(elements) = self.client.find_all(Locator::Css(css)).await {
                for element in elements {
                    if element.text().await.map(|t| t.contains(text)).unwrap_or(false) {
                        return element;
                    }
                }
            }
            if started.elapsed() > PATIENCE {
                let body = self.client.source().await.unwrap_or_default();
                panic!("no {css} with text {text:?} after {PATIENCE:?}; page:\n{body}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The `lang` attribute of `<html>`.
    pub async fn document_lang(&self) -> String {
        self.client
            .execute("return document.documentElement.lang", vec![])
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    pub async fn path(&self) -> String {
        self.client.current_url().await.map(|u| u.path().to_owned()).unwrap_or_default()
    }
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_owned())
}

async fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    listener.local_addr().unwrap().port()
}

/// axe-core, installed by `scripts/setup.sh --for-tests` (or `$AXE_JS`).
fn axe_source() -> String {
    let path = std::env::var_os("AXE_JS").map(PathBuf::from).unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.tools/axe/node_modules/axe-core/axe.min.js")
    });
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("axe-core at {}: {e} (run scripts/setup.sh --for-tests)", path.display()))
}

impl Browser {
    /// WCAG 2.2 A/AA violations axe-core finds in the current page, as
    /// "rule: target, target" lines.
    pub async fn accessibility_violations(&self) -> Vec<String> {
        self.violations().await
    }

    /// Fails the test when axe-core finds a WCAG 2.2 A/AA violation in the
    /// current page; `what` names the page in the message ("the review").
    pub async fn assert_accessible(&self, what: &str) {
        let violations = self.violations().await;
        assert!(violations.is_empty(), "{what} meets WCAG: {violations:?}");
    }

    async fn violations(&self) -> Vec<String> {
        self.client
            .execute(&format!("{}\nreturn true;", axe_source()), vec![])
            .await
            .expect("axe-core loads into the page");
        let script = "const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
              .then(r => done(r.violations.map(v =>
                  v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));";
        let result = self.client.execute_async(script, vec![]).await.expect("axe runs");
        result
            .as_array()
            .map(|items| items.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
            .unwrap_or_default()
    }
}

impl Browser {
    /// Presses one key (a WebDriver key code such as `'\u{E004}'` for Tab)
    /// on whatever has focus, as a keyboard user would.
    pub async fn press(&self, key: char) {
        use fantoccini::actions::{InputSource as _, KeyAction, KeyActions};
        let actions = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client.perform_actions(actions).await.expect("key press");
    }

    /// The focused element's text, id and tag, for keyboard tests.
    pub async fn focused(&self) -> (String, String, String) {
        let value = self
            .client
            .execute(
                "const e = document.activeElement; return [e.textContent.trim(), e.id, e.tagName.toLowerCase()]",
                vec![],
            )
            .await
            .unwrap();
        let part = |i: usize| value[i].as_str().unwrap_or_default().to_owned();
        (part(0), part(1), part(2))
    }
}

impl Browser {
    /// On the sign-in form (already open): types the e-mail and password
    /// into empty fields and presses the submit button.
    /// Replaces the text of the input with this id by `text`, typed.
    pub async fn type_into(&self, id: &str, text: &str) {
        let field = self.client.find(Locator::Id(id)).await.unwrap_or_else(|e| panic!("no #{id}: {e}"));
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap();
    }

    /// Signed out, orders `service` online, signs in as the demo citizen
    /// on the way, and waits for the new draft's first step to be saved;
    /// the draft's path.
    pub async fn start_application(&self, portal: &Portal, service: &str) -> String {
        self.client.goto(&portal.url(&format!("/services/{service}"))).await.unwrap();
        self.element_with_text("a", "Замовити послугу онлайн").await.click().await.unwrap();
        self.element_with_text("h1", "Вхід до кабінету").await;
        self.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
        self.element_with_text("h2", "Крок 1 з").await;
        self.element_with_text("[role=status]", "Збережено").await;
        self.path().await
    }

    pub async fn submit_sign_in(&self, email: &str, password: &str) {
        for (id, text) in [("field-email", email), ("field-password", password)] {
            let field = self.client.wait().for_element(Locator::Id(id)).await.expect("the sign-in form");
            field.clear().await.unwrap();
            field.send_keys(text).await.unwrap();
        }
        self.client.find(Locator::Css("main form button[type=submit]")).await.unwrap().click().await.unwrap();
    }
}

impl Portal {
    /// An order as a provider's system would register it for the user with
    /// `email`.
    pub async fn insert_order(&self, email: &str, status: &str, ordered_at: &str) {
        sqlx::query(
            "INSERT INTO orders (user_id, service_id, status, ordered_at)
             SELECT id, 'international-driving-permit', ?, ? FROM users WHERE email = ?",
        )
        .bind(status)
        .bind(ordered_at)
        .bind(email)
        .execute(&self.db)
        .await
        .unwrap();
    }
}

/// Mail and tables.
impl Browser {
    /// The newest mailed link to `to` whose path starts with `path`, read
    /// from the development outbox: absolute, as a mail client opens it.
    pub async fn mailed_link(&self, portal: &Portal, to: &str, path: &str) -> String {
        self.client.goto(&portal.url("/api/dev/outbox")).await.unwrap();
        let text = self.client.execute("return document.body.innerText", vec![]).await.unwrap();
        let outbox: serde_json::Value = serde_json::from_str(text.as_str().unwrap()).unwrap();
        // Newest first.
        outbox
            .as_array()
            .unwrap()
            .iter()
            .filter(|mail| mail["recipient"] == to)
            .find_map(|mail| {
                let link = portal.url(path);
                mail["body"].as_str().unwrap().lines().find(|l| l.starts_with(&link)).map(str::to_owned)
            })
            .unwrap_or_else(|| panic!("no {path} link mailed to {to}"))
    }

    /// Waits until the page's table has `n` body rows.
    pub async fn wait_for_rows(&self, n: usize) {
        self.wait_for_count("tbody tr", n).await;
    }

    /// Waits until exactly `n` elements match `css`.
    pub async fn wait_for_count(&self, css: &str, n: usize) {
        let started = Instant::now();
        while started.elapsed() < PATIENCE {
            if self.client.find_all(Locator::Css(css)).await.unwrap().len() == n {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("never {n} of {css}");
    }
}

/// WebDriver's "Set Permission" (the Permissions specification's
/// extension, which chromedriver implements; fantoccini has no method).
#[derive(Debug)]
struct SetPermission {
    name: &'static str,
}

impl fantoccini::wd::WebDriverCompatibleCommand for SetPermission {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/permissions", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "descriptor": { "name": self.name }, "state": "granted" });
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Browser {
    /// Lets pages read the clipboard, so a test can check what a copy
    /// button put there.
    pub async fn allow_clipboard_reading(&self) {
        self.client.issue_cmd(SetPermission { name: "clipboard-read" }).await.expect("chromedriver grants it");
    }
}

/// A Chrome DevTools Protocol command through chromedriver's
/// `goog/cdp/execute` extension (fantoccini has no method).
#[derive(Debug)]
struct DevTools {
    command: &'static str,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for DevTools {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Browser {
    /// Renders the page as for printing (CSS `@media print` applies), as
    /// Chromium's print preview would.
    pub async fn emulate_print_media(&self) {
        let command =
            DevTools { command: "Emulation.setEmulatedMedia", params: serde_json::json!({ "media": "print" }) };
        self.client.issue_cmd(command).await.expect("chromedriver runs the DevTools command");
    }

    /// Whether the element that `css` selects is laid out (not `display: none`).
    pub async fn is_displayed(&self, css: &str) -> bool {
        let script =
            "const e = document.querySelector(arguments[0]); return !!e && getComputedStyle(e).display !== 'none';";
        self.client.execute(script, vec![serde_json::Value::from(css)]).await.unwrap() == serde_json::Value::Bool(true)
    }
}

/// Completes the open draft through the API as the page's own session:
/// every attachment field gets a PDF, every consent is given, `extra`
/// answers the rest; the draft is left at its last step.
const COMPLETE_DRAFT: &str = "const [id, extra, done] = arguments;
  (async () => {
    const csrf = (await (await fetch('/api/me')).json()).csrf_token;
    const headers = {'X-CSRF-Token': csrf};
    const draft = await (await fetch(`/api/drafts/${id}`)).json();
    const form = await (await fetch(`/api/services/${draft.service_id}/form`)).json();
    const answers = draft.answers;
    for (const step of form.steps) for (const field of step.fields) {
      if (field.kind.attachment !== undefined) {
        const r = await fetch(`/api/drafts/${id}/attachments?field=${field.id}&name=${field.id}.pdf`,
          {method: 'POST', headers, body: '%PDF-1.4\\n%%EOF\\n'});
        answers[field.id] = await r.json();
      } else if (field.kind === 'consent') answers[field.id] = true;
    }
    Object.assign(answers, extra);
    const last = form.steps[form.steps.length - 1].id;
    const saved = await fetch(`/api/drafts/${id}`, {method: 'PUT', headers: {...headers, 'Content-Type': 'application/json'},
      body: JSON.stringify({base_version: draft.version, step: last, answers})});
    done(saved.status);
  })();";

impl Browser {
    /// In Ukrainian, reviews the open, completed draft and submits it;
    /// waits for its order's page.
    pub async fn review_and_submit(&self) {
        self.client.refresh().await.unwrap();
        self.element_with_text("button[type=submit]", "Перевірити заяву").await.click().await.unwrap();
        self.element_with_text("h2", "Перевірка заяви").await;
        self.element_with_text("[role=status]", "Збережено").await;
        self.element_with_text("button", "Подати").await.click().await.unwrap();
        self.element_with_text("h1", "Замовлена послуга").await;
    }

    /// Completes draft `id` (see `COMPLETE_DRAFT`): the save's HTTP status.
    pub async fn complete_draft(&self, id: i64, extra: serde_json::Value) -> serde_json::Value {
        self.client.execute_async(COMPLETE_DRAFT, vec![serde_json::Value::from(id), extra]).await.unwrap()
    }
}
