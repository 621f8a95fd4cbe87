//! Applying for a service (issue 12): «Замовити послугу онлайн» makes a
//! draft prefilled from the cabinet; steps check their fields with an error
//! summary that leads to each field; every change saves itself; a file is
//! attached; the review lists every answer; the cabinet's «Продовжити»
//! opens the draft where it was left.

use fantoccini::Locator;
use portal_e2e::{Browser, Gateway, PATIENCE, Portal, dist_dir};

#[tokio::test]
async fn an_application_is_filled_step_by_step_and_saves_itself() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    // Signed out: sign-in first, then straight into a new application.
    let draft_path = page.start_application(&portal, "import-licence").await;
    assert!(draft_path.starts_with("/cabinet/drafts/"), "{draft_path}");
    let name = page.client.wait().at_most(PATIENCE).for_element(Locator::Id("field-full_name")).await.unwrap();
    assert_eq!(
        name.prop("value").await.unwrap().as_deref(),
        Some("Петренко Петро Петрович"),
        "prefilled from the cabinet"
    );
    let violations = page.accessibility_violations().await;
    assert!(violations.is_empty(), "the applicant step meets WCAG: {violations:?}");

    // For a legal entity two more fields are asked; «Далі» without them
    // names both in a summary whose links lead to the fields.
    page.element_with_text("label", "Від імені юридичної особи").await.click().await.unwrap();
    page.element_with_text("button[type=submit]", "Далі").await.click().await.unwrap();
    page.element_with_text(".ep-error-summary", "Найменування юридичної особи").await;
    page.element_with_text(".ep-error-summary a", "Код ЄДРПОУ").await.click().await.unwrap();
    let focused = page.client.active_element().await.unwrap();
    assert_eq!(focused.attr("id").await.unwrap().as_deref(), Some("field-edrpou"));
    let violations = page.accessibility_violations().await;
    assert!(violations.is_empty(), "the step with errors meets WCAG: {violations:?}");
    page.type_into("field-edrpou", "00032128").await;
    // Said when the field is left, not while it is typed.
    page.press('\u{E004}').await;
    page.element_with_text("#field-edrpou-error", "контрольна цифра").await;
    page.type_into("field-edrpou", "00032129").await;
    page.type_into("field-company_name", "ТОВ «Зерно»").await;
    page.element_with_text("[role=status]", "Збережено").await;
    page.element_with_text("button[type=submit]", "Далі").await.click().await.unwrap();
    page.element_with_text("h2", "Крок 2 з 4").await;

    // A file: a PNG named .pdf is refused; a real PDF is attached.
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("scan.pdf");
    std::fs::write(&fake, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let real = dir.path().join("licence.pdf");
    std::fs::write(&real, b"%PDF-1.4\n%%EOF\n").unwrap();
    let first_file = page.client.find(Locator::Css("input[type=file]")).await.unwrap();
    first_file.send_keys(fake.to_str().unwrap()).await.unwrap();
    page.element_with_text("[role=alert]", "назва якого відповідає вмісту").await;
    // The limit is said before choosing; a bigger file is explained, not sent.
    page.element_with_text(".ep-field-hint", "не більше 10 МБ").await;
    let big = dir.path().join("big.pdf");
    let mut bytes = b"%PDF-1.4\n".to_vec();
    bytes.resize(11 * 1024 * 1024, b' ');
    std::fs::write(&big, bytes).unwrap();
    let first_file = page.client.find(Locator::Css("input[type=file]")).await.unwrap();
    first_file.send_keys(big.to_str().unwrap()).await.unwrap();
    page.element_with_text("[role=alert]", "більший за 10 МБ").await;
    // Each of the service's three documents (no receipt: the fee is paid
    // after submitting); the first, a larger scan, shows how much of it has
    // gone (every progress bar's value is noted).
    let scan = dir.path().join("licence-scan.pdf");
    let mut bytes = b"%PDF-1.4\n".to_vec();
    bytes.resize(6 * 1024 * 1024, b' ');
    std::fs::write(&scan, bytes).unwrap();
    let note_progress = "window.sent = []; new MutationObserver(() => document.querySelectorAll('progress')
        .forEach(p => window.sent.push(p.value))).observe(document.body,
        { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] }); return true;";
    page.client.execute(note_progress, vec![]).await.unwrap();
    for n in 0..3 {
        let inputs = page.client.find_all(Locator::Css("input[type=file]")).await.unwrap();
        let file = if n == 0 { &scan } else { &real };
        inputs[n].send_keys(file.to_str().unwrap()).await.unwrap();
        page.wait_for_count(".ep-attached", n + 1).await;
    }
    let sent = page.client.execute("return window.sent", vec![]).await.unwrap();
    assert!(sent.as_array().unwrap().iter().any(|v| v == 100), "the upload's progress reached 100 %: {sent}");
    page.element_with_text("[role=status]", "Збережено").await;
    page.assert_accessible("the documents step").await;

    // A reload opens the draft where it was, with everything in it.
    page.client.refresh().await.unwrap();
    page.element_with_text("h2", "Крок 2 з 4").await;
    page.element_with_text(".ep-attached", "licence.pdf").await;
    page.element_with_text("button", "Назад").await.click().await.unwrap();
    let company = page.client.wait().at_most(PATIENCE).for_element(Locator::Id("field-company_name")).await.unwrap();
    assert_eq!(company.prop("value").await.unwrap().as_deref(), Some("ТОВ «Зерно»"));

    // The review lists the answers; «Змінити» leads back to the field.
    page.element_with_text("button[type=submit]", "Далі").await.click().await.unwrap();
    page.element_with_text("h2", "Крок 2 з 4").await;
    page.element_with_text("button[type=submit]", "Далі").await.click().await.unwrap();
    page.element_with_text("h2", "Крок 3 з 4").await;
    page.assert_accessible("the confirmation step").await;
    page.element_with_text("button[type=submit]", "Перевірити заяву").await.click().await.unwrap();
    page.element_with_text(".ep-error-summary", "Підтвердьте").await;
    page.element_with_text("label", "Підтверджую").await.click().await.unwrap();
    page.element_with_text("button[type=submit]", "Перевірити заяву").await.click().await.unwrap();
    page.element_with_text("h2", "Перевірка заяви").await;
    page.element_with_text("dd", "ТОВ «Зерно»").await;
    page.element_with_text("dd", "licence.pdf").await;
    let violations = page.accessibility_violations().await;
    assert!(violations.is_empty(), "the review meets WCAG: {violations:?}");
    page.element_with_text("dd a", "Змінити").await.click().await.unwrap();
    page.element_with_text("h2", "Крок 1 з 4").await;

    // The cabinet's drafts: «Продовжити» opens it again.
    page.element_with_text("[role=status]", "Збережено").await;
    page.client.goto(&portal.url("/cabinet/drafts")).await.unwrap();
    page.element_with_text("h1", "Чернетки").await;
    let continue_link = format!("a[href='{draft_path}']");
    page.client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css(&continue_link))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    page.element_with_text("h2", "Крок 1 з 4").await;
    assert_eq!(page.path().await, draft_path);
    browser.close().await;
}

#[tokio::test]
async fn half_a_rnokpp_is_saved_and_another_browser_continues_the_draft() {
    let portal = Portal::start(dist_dir()).await;
    let first = Browser::start("uk").await;
    let draft_path = first.start_application(&portal, "import-licence").await;
    first.type_into("field-rnokpp", "30068").await;
    server_answer_becomes(&first, &draft_path, "rnokpp", "30068").await;
    first.element_with_text("[role=status]", "Збережено").await;
    assert!(!first.is_displayed("#field-rnokpp-error").await, "no problem while the number is being typed");
    assert!(!first.is_displayed(".ep-error-summary").await, "no summary while typing");
    first.close().await;

    // Another browser profile (another device) continues where it was left.
    let second = Browser::start("uk").await;
    second.client.goto(&portal.url(&draft_path)).await.unwrap();
    second.element_with_text("h1", "Вхід до кабінету").await;
    second.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    let field = second.client.wait().at_most(PATIENCE).for_element(Locator::Id("field-rnokpp")).await.unwrap();
    assert_eq!(field.prop("value").await.unwrap().as_deref(), Some("30068"));
    // Leaving the field says what is wrong; the right number clears it at once.
    field.click().await.unwrap();
    second.press('\u{E004}').await;
    second.element_with_text("#field-rnokpp-error", "10 цифр").await;
    second.type_into("field-rnokpp", "1234567899").await;
    second.wait_for_count("#field-rnokpp-error", 0).await;
    server_answer_becomes(&second, &draft_path, "rnokpp", "1234567899").await;
    second.close().await;
}

/// Waits until the service worker controls the page (it claims open pages
/// as soon as it is active).
async fn wait_for_service_worker(page: &Browser) {
    let deadline = std::time::Instant::now() + PATIENCE;
    loop {
        let controlled = page
            .client
            .execute("return !!(navigator.serviceWorker && navigator.serviceWorker.controller)", vec![])
            .await
            .unwrap();
        if controlled == serde_json::json!(true) {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "no service worker controls the page");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

/// Signs in, waits for the service worker, starts an application for the
/// import licence and saves an address in it; the draft's path. (`url`
/// makes the portal's addresses: directly, or through a proxy.)
async fn draft_saved_with_the_worker_ready(page: &Browser, url: impl Fn(&str) -> String) -> String {
    page.client.goto(&url("/sign-in")).await.unwrap();
    page.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    page.element_with_text("header button", "Вийти").await;
    wait_for_service_worker(page).await;
    page.client.goto(&url("/services/import-licence")).await.unwrap();
    page.element_with_text("a", "Замовити послугу онлайн").await.click().await.unwrap();
    page.element_with_text("h2", "Крок 1 з 4").await;
    let draft_path = page.path().await;
    page.element_with_text("[role=status]", "Збережено").await;
    page.type_into("field-address", "м. Київ, вул. Хрещатик, 1").await;
    page.element_with_text("[role=status]", "Збережено").await;
    draft_path
}

/// The draft's answers as the server holds them.
async fn server_answers(page: &Browser, draft_path: &str) -> serde_json::Value {
    let id = draft_path.rsplit('/').next().unwrap();
    let script = format!("fetch('/api/drafts/{id}').then(r => r.json()).then(d => arguments[0](d.answers))");
    page.client.execute_async(&script, vec![]).await.unwrap()
}

/// Waits until the server's copy of the draft answers `field` with `value`.
async fn server_answer_becomes(page: &Browser, draft_path: &str, field: &str, value: &str) {
    let deadline = std::time::Instant::now() + PATIENCE;
    while server_answers(page, draft_path).await[field] != value {
        assert!(std::time::Instant::now() < deadline, "the server never had {field} = {value}");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

#[tokio::test]
async fn typing_goes_on_offline_survives_a_reload_and_reaches_the_server_when_it_returns() {
    let mut portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    let draft_path = draft_saved_with_the_worker_ready(page, |path| portal.url(path)).await;

    // The connection goes: typing goes on, and the page says where the changes are.
    portal.stop().await;
    page.type_into("field-address", "м. Київ, вул. Хрещатик, 22").await;
    page.element_with_text("[role=status]", "Немає зв’язку — зміни збережено в цьому браузері").await;

    // A reload with no server: the app from the service worker, the draft
    // from the browser's copy, with the change made offline.
    page.client.refresh().await.unwrap();
    page.element_with_text("h2", "Крок 1 з 4").await;
    let address = page.client.wait().at_most(PATIENCE).for_element(Locator::Id("field-address")).await.unwrap();
    assert_eq!(address.prop("value").await.unwrap().as_deref(), Some("м. Київ, вул. Хрещатик, 22"));
    page.element_with_text("[role=status]", "Немає зв’язку").await;
    page.type_into("field-phone", "+380 44 555 12 34").await;
    page.element_with_text("[role=status]", "Немає зв’язку").await;

    // The server returns: the changes go by themselves.
    portal.restart().await;
    page.element_with_text("[role=status]", "Збережено").await;
    let answers = server_answers(page, &draft_path).await;
    assert_eq!(answers["address"], "м. Київ, вул. Хрещатик, 22", "{answers}");
    assert_eq!(answers["phone"], "+380 44 555 12 34", "{answers}");
    browser.close().await;
}

/// Usability review 2026-12, problem 8: offline, the header said «Увійти до
/// кабінету / Зареєструватися», as if signed out.
#[tokio::test]
async fn offline_the_header_still_shows_who_is_signed_in_and_that_there_is_no_connection() {
    let mut portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    draft_saved_with_the_worker_ready(page, |path| portal.url(path)).await;
    portal.stop().await;
    page.client.refresh().await.unwrap();
    page.element_with_text("h2", "Крок 1 з 4").await;
    page.element_with_text("header .ep-user", "demo@e-portal.example").await;
    page.element_with_text("header .ep-offline", "Немає зв’язку").await;
    let header = page.client.find(Locator::Css("header")).await.unwrap().text().await.unwrap();
    assert!(!header.contains("Увійти до кабінету") && !header.contains("Зареєструватися"), "{header}");
    // On a phone, with the menu folded, the offline state stays in view.
    page.client.set_window_size(375, 812).await.unwrap();
    page.element_with_text("header .ep-offline-badge", "Немає зв’язку").await;
    page.client.set_window_size(1280, 900).await.unwrap();
    // The API answers again: signed in as before.
    portal.restart().await;
    page.element_with_text("header button", "Вийти").await;
    assert!(page.client.find(Locator::Css("header .ep-offline")).await.is_err());
    browser.close().await;
}

/// Behind a proxy the portal's absence is an answer, `502 Bad Gateway`, not
/// a failed connection (code review 2026-12, finding 14): the worker then
/// serves the app, the catalogue and the form from its cache all the same,
/// and the draft goes on from the browser's copy.
#[tokio::test]
async fn behind_a_proxy_answering_502_the_application_reopens_and_keeps_every_change() {
    let mut portal = Portal::start(dist_dir()).await;
    let gateway = Gateway::start(&portal.base_url).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    let draft_path = draft_saved_with_the_worker_ready(page, |path| gateway.url(path)).await;

    // The portal goes; the proxy answers in its place.
    portal.stop().await;
    let status = page
        .client
        .execute_async("fetch('/api/health', {cache: 'no-store'}).then(r => arguments[0](r.status))", vec![])
        .await
        .unwrap();
    assert_eq!(status, serde_json::json!(502), "an answer from the proxy, not a failed connection");
    page.type_into("field-address", "м. Київ, вул. Хрещатик, 22").await;
    page.element_with_text("[role=status]", "Немає зв’язку").await;

    // A reload: the navigation, the catalogue and the form get 502 and are
    // served from the worker's cache; the draft from the browser's copy.
    page.client.refresh().await.unwrap();
    page.element_with_text("h2", "Крок 1 з 4").await;
    let address = page.client.wait().at_most(PATIENCE).for_element(Locator::Id("field-address")).await.unwrap();
    assert_eq!(address.prop("value").await.unwrap().as_deref(), Some("м. Київ, вул. Хрещатик, 22"));
    page.element_with_text("[role=status]", "Немає зв’язку").await;

    // The portal is back behind the proxy: the change goes by itself.
    portal.restart().await;
    page.element_with_text("[role=status]", "Збережено").await;
    let answers = server_answers(page, &draft_path).await;
    assert_eq!(answers["address"], "м. Київ, вул. Хрещатик, 22", "{answers}");
    browser.close().await;
}

/// Whether the service worker's cache holds `path`.
async fn cached(page: &Browser, path: &str) -> bool {
    let script = format!("caches.match('{path}', {{ignoreVary: true}}).then(hit => arguments[0](!!hit))");
    page.client.execute_async(&script, vec![]).await.unwrap() == serde_json::json!(true)
}

/// The built SPA without its service worker script (nor its compressed
/// copies), in a folder of its
/// own (links to the real files), where the test can put the script later.
fn dist_without_service_worker() -> tempfile::TempDir {
    let copy = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(dist_dir()).unwrap() {
        let entry = entry.unwrap();
        if !entry.file_name().to_string_lossy().starts_with("sw.js") {
            std::os::unix::fs::symlink(entry.path(), copy.path().join(entry.file_name())).unwrap();
        }
    }
    copy
}

#[tokio::test]
async fn a_form_opened_before_the_service_worker_took_over_still_opens_offline() {
    // A first visit on a slow line, made certain: the worker's script does
    // not arrive until the form has loaded, so the form passes outside any
    // worker, and the page must ask the worker to keep it.
    let dist = dist_without_service_worker();
    let mut portal = Portal::start(dist.path().to_owned()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    let draft_path = page.start_application(&portal, "import-licence").await;
    let form = "/api/services/import-licence/form";
    assert!(!cached(page, form).await);
    // The script arrives, and the page registers it again (as it does at
    // every start).
    std::fs::copy(dist_dir().join("sw.js"), dist.path().join("sw.js")).unwrap();
    page.client
        .execute_async("navigator.serviceWorker.register('/sw.js').then(() => arguments[0](true))", vec![])
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + PATIENCE;
    while !cached(page, form).await {
        assert!(std::time::Instant::now() < deadline, "the form was never kept for offline use");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    wait_for_service_worker(page).await;

    portal.stop().await;
    page.client.refresh().await.unwrap();
    page.element_with_text("h2", "Крок 1 з 4").await;
    assert_eq!(page.path().await, draft_path);
    page.client.wait().at_most(PATIENCE).for_element(Locator::Id("field-address")).await.unwrap();
    browser.close().await;
}

#[tokio::test]
async fn two_tabs_on_one_draft_show_the_conflict_field_by_field_and_lose_nothing() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    let draft_path = page.start_application(&portal, "import-licence").await;
    let first = page.client.window().await.unwrap();

    // The second tab changes the address.
    let second = page.client.new_window(true).await.unwrap().handle;
    page.client.switch_to_window(second.clone()).await.unwrap();
    page.client.goto(&portal.url(&draft_path)).await.unwrap();
    page.element_with_text("h2", "Крок 1 з 4").await;
    page.type_into("field-address", "м. Львів, пл. Ринок, 1").await;
    page.element_with_text("[role=status]", "Збережено").await;

    // The first tab, still on the old version, changes the phone: conflict.
    page.client.switch_to_window(first.clone()).await.unwrap();
    page.type_into("field-phone", "+380 32 111 22 33").await;
    page.element_with_text("[role=status]", "Конфлікт").await;
    page.element_with_text("h2", "Дві версії заяви").await;
    page.element_with_text("th", "Адреса").await;
    page.element_with_text("td", "м. Львів, пл. Ринок, 1").await;
    page.element_with_text("td", "+380 32 111 22 33").await;
    page.assert_accessible("the conflict view").await;

    // The saved version's address, this page's phone.
    page.client.find(Locator::Css("input[name=conflict-address][value=theirs]")).await.unwrap().click().await.unwrap();
    page.element_with_text("button", "Зберегти обране").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Збережено").await;
    assert_eq!(page.focused().await.1, "application-step", "focus back on the form, at its top");
    let address = page.client.find(Locator::Id("field-address")).await.unwrap();
    assert_eq!(address.prop("value").await.unwrap().as_deref(), Some("м. Львів, пл. Ринок, 1"));
    let answers = server_answers(page, &draft_path).await;
    assert_eq!(answers["address"], "м. Львів, пл. Ринок, 1", "{answers}");
    assert_eq!(answers["phone"], "+380 32 111 22 33", "{answers}");

    // The second tab, behind now, types: a conflict there too, which it
    // resolves by taking the first tab's version whole.
    page.client.switch_to_window(second.clone()).await.unwrap();
    page.type_into("field-email", "second@example.ua").await;
    page.element_with_text("h2", "Дві версії заяви").await;
    page.element_with_text("button", "Узяти всю збережену версію").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Збережено").await;
    // The first tab's next keystroke meets a version holding its own
    // answers: no second conflict, it is simply saved.
    page.client.switch_to_window(first).await.unwrap();
    page.type_into("field-phone", "+380 32 111 22 44").await;
    page.element_with_text("[role=status]", "Збережено").await;
    assert!(!page.is_displayed("#conflict-title").await, "no conflict over the first tab's own answers");
    let answers = server_answers(page, &draft_path).await;
    assert_eq!(answers["phone"], "+380 32 111 22 44", "{answers}");
    browser.close().await;
}

#[tokio::test]
async fn a_session_that_ends_while_typing_keeps_the_changes_for_after_signing_in() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    let draft_path = page.start_application(&portal, "import-licence").await;

    // The session ends on the server (expired, or ended from another device).
    sqlx::query("DELETE FROM sessions").execute(&portal.db).await.unwrap();
    page.type_into("field-address", "м. Одеса, вул. Дерибасівська, 5").await;

    // Sign in again: back in the draft, and the change arrives.
    page.element_with_text("h1", "Вхід до кабінету").await;
    page.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    page.element_with_text("h2", "Крок 1 з 4").await;
    assert_eq!(page.path().await, draft_path);
    page.element_with_text("[role=status]", "Збережено").await;
    let answers = server_answers(page, &draft_path).await;
    assert_eq!(answers["address"], "м. Одеса, вул. Дерибасівська, 5", "{answers}");
    browser.close().await;
}

/// What this origin keeps in the browser: IndexedDB databases, local and
/// session storage keys, and the paths in the service worker's caches.
async fn browser_storage(page: &Browser) -> serde_json::Value {
    let script = "Promise.all([indexedDB.databases(), caches.keys().then(names => Promise.all(names.map(name => \
                  caches.open(name).then(cache => cache.keys()).then(requests => requests.map(r => new URL(r.url).pathname)))))])\
                  .then(([dbs, cached]) => arguments[0]({databases: dbs.map(d => d.name), local: Object.keys(localStorage), \
                  session: Object.keys(sessionStorage), cached: cached.flat()}))";
    page.client.execute_async(script, vec![]).await.unwrap()
}

#[tokio::test]
async fn a_public_computer_keeps_nothing_personal_and_signing_out_wipes_the_rest() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    page.client.goto(&portal.url("/services/import-licence")).await.unwrap();
    // (The worker sees every answer from here on.)
    wait_for_service_worker(page).await;
    page.element_with_text("a", "Замовити послугу онлайн").await.click().await.unwrap();
    page.element_with_text("label", "Я на чужому комп’ютері").await.click().await.unwrap();
    page.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    page.element_with_text("h2", "Крок 1 з 4").await;
    page.type_into("field-address", "м. Київ, вул. Хрещатик, 1").await;
    page.element_with_text("[role=status]", "Збережено").await;

    let kept = browser_storage(page).await;
    assert!(!kept["databases"].as_array().unwrap().contains(&serde_json::json!("portal-drafts")), "{kept}");
    assert!(kept["local"].as_array().unwrap().is_empty(), "{kept}");
    let cached = kept["cached"].as_array().unwrap();
    assert!(cached.iter().all(|path| !path.as_str().unwrap().starts_with("/api/drafts")), "{kept}");
    assert!(cached.iter().all(|path| path.as_str().unwrap() != "/api/me"), "{kept}");
    // Nor the form: the list of forms opened names what was applied for.
    assert!(cached.iter().all(|path| !path.as_str().unwrap().ends_with("/form")), "{kept}");

    // Submitted: forgetting the draft's copy creates no database either.
    let id: i64 = page.path().await.rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(page.complete_draft(id, serde_json::json!({})).await, serde_json::json!(200));
    page.review_and_submit().await;
    let kept = browser_storage(page).await;
    assert!(!kept["databases"].as_array().unwrap().contains(&serde_json::json!("portal-drafts")), "{kept}");

    // The language chosen, then signing out: nothing left, and the worker's
    // caches name no service.
    page.element_with_text("button[data-lang='en']", "English").await.click().await.unwrap();
    page.element_with_text("header button", "Sign out").await.click().await.unwrap();
    page.element_with_text("header a", "Sign in").await;
    let kept = browser_storage(page).await;
    assert!(kept["local"].as_array().unwrap().is_empty(), "{kept}");
    assert!(kept["session"].as_array().unwrap().is_empty(), "{kept}");
    assert!(!kept["databases"].as_array().unwrap().contains(&serde_json::json!("portal-drafts")), "{kept}");
    let cached = kept["cached"].as_array().unwrap();
    assert!(cached.iter().all(|path| !path.as_str().unwrap().starts_with("/api/services/")), "{kept}");
    browser.close().await;
}

/// A new application starts with the documents given at registration —
/// the РНОКПП, the passport and the postal code — as it does with the name
/// and the phone (the usability review, 2026-12).
#[tokio::test]
async fn a_new_application_starts_with_the_documents_given_at_registration() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    page.start_application(&portal, "extract-property-rights-register").await;
    for (id, registered) in [("rnokpp", "1234567899"), ("passport_number", "АА 123456"), ("postal_code", "01001")] {
        let field = page.client.wait().at_most(PATIENCE).for_element(Locator::Id(&format!("field-{id}"))).await;
        let value = field.unwrap().prop("value").await.unwrap();
        assert_eq!(value.as_deref(), Some(registered), "{id} prefilled from the cabinet");
    }
    page.element_with_text("[role=status]", "Збережено").await;
    browser.close().await;
}
