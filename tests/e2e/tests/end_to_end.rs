//! The portal as a user meets it: the real server on a fresh database, the
//! release build of the SPA, headless Chromium.

use fantoccini::Locator;
use portal_e2e::{dist_dir, Browser, Portal, PATIENCE};

#[tokio::test]
async fn browse_in_belarusian_to_a_service_and_reload_it() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk-UA").await;
    let page = &browser;

    page.client.goto(&portal.url("/")).await.unwrap();
    page.element_with_text("h2 a", "Транспорт").await;
    assert_eq!(page.document_lang().await, "uk");

    page.element_with_text("button[data-lang='be']", "Беларуская").await.click().await.unwrap();
    page.element_with_text("h2 a", "Транспарт").await;
    assert_eq!(page.document_lang().await, "be");

    page.element_with_text("h2 a", "Транспарт").await.click().await.unwrap();
    page.element_with_text("h1", "Транспарт").await;
    assert_eq!(page.path().await, "/citizens/categories/transport");

    page.element_with_text("a", "Выдача міжнароднага пасведчання кіроўцы").await.click().await.unwrap();
    page.element_with_text("h1", "Выдача міжнароднага пасведчання кіроўцы").await;
    assert_eq!(page.path().await, "/services/international-driving-permit");
    page.element_with_text("dd", "Галоўны сэрвісны цэнтр МУС Украіны").await;

    // A reload on the service's own URL comes back to the same page, still
    // in the language the user chose.
    page.client.refresh().await.unwrap();
    page.element_with_text("h1", "Выдача міжнароднага пасведчання кіроўцы").await;
    assert_eq!(page.document_lang().await, "be");

    // Back returns to the category.
    page.client.back().await.unwrap();
    page.element_with_text("h1", "Транспарт").await;
    browser.close().await;
}

#[tokio::test]
async fn browser_language_decides_the_first_visit() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("en-GB").await;
    browser.client.goto(&portal.url("/business")).await.unwrap();
    browser.element_with_text("h2 a", "Foreign trade").await;
    assert_eq!(browser.document_lang().await, "en");
    browser.close().await;
}

#[tokio::test]
async fn unknown_addresses_show_a_translated_not_found_page() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    browser.client.goto(&portal.url("/no/such/page")).await.unwrap();
    browser.element_with_text("h1", "Сторінку не знайдено").await;
    browser.client.goto(&portal.url("/services/no-such-service")).await.unwrap();
    browser.element_with_text("h1", "Сторінку не знайдено").await;
    browser.close().await;
}

#[tokio::test]
async fn search_suggests_as_you_type_and_opens_by_keyboard() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    browser.client.goto(&portal.url("/")).await.unwrap();
    browser.element_with_text("h2 a", "Транспорт").await;
    let input = browser.client.wait().for_element(Locator::Id("ep-search")).await.unwrap();
    // Typed on the Latin layout while meaning Ukrainian: "видача міжнародного".
    input.send_keys("dblfxf vs;yfhjlyjuj").await.unwrap();
    let option = browser.element_with_text("[role=option]", "Видача міжнародного посвідчення водія").await;
    assert_eq!(input.attr("aria-expanded").await.unwrap().as_deref(), Some("true"));
    assert!(option.html(true).await.unwrap().contains("<mark>"), "matched words are marked");
    browser.element_with_text("[role=status]", "Стрілки").await;
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "the open combobox meets WCAG: {violations:?}");

    input.send_keys("\u{E015}").await.unwrap(); // ArrowDown
    assert_eq!(
        input.attr("aria-activedescendant").await.unwrap().as_deref(),
        Some("ep-search-option-0"),
        "the first suggestion is active"
    );
    input.send_keys("\u{E007}").await.unwrap(); // Enter
    browser.element_with_text("h1", "Видача міжнародного посвідчення водія").await;
    assert_eq!(browser.path().await, "/services/international-driving-permit");
    browser.close().await;
}

#[tokio::test]
async fn results_page_keeps_query_and_filters_in_the_url() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    browser.client.goto(&portal.url("/")).await.unwrap();
    let input = browser.client.wait().for_element(Locator::Id("ep-search")).await.unwrap();
    input.send_keys("ліцензія").await.unwrap();
    input.send_keys("\u{E007}").await.unwrap(); // Enter without choosing: the results page
    browser.element_with_text("a", "Видача ліцензії на експорт товарів").await;
    assert_eq!(browser.path().await, "/search");

    // A shared link with filters: business, online only.
    let url = portal.url("/search?q=%D0%BB%D1%96%D1%86%D0%B5%D0%BD%D0%B7%D1%96%D1%8F&audience=business&online=true");
    browser.client.goto(&url).await.unwrap();
    browser.element_with_text("a", "Видача ліцензії на експорт товарів").await;
    let checked = browser
        .client
        .execute("return document.querySelector('.ep-filters input[type=checkbox]').checked", vec![])
        .await
        .unwrap();
    assert_eq!(checked, serde_json::json!(true));
    let page = browser.client.source().await.unwrap();
    assert!(!page.contains("Видача ліцензії на провадження діяльності у сфері використання космічного"), "offline services are filtered out");

    // Filter by provider: only the medicines service's licences remain.
    let url = portal.url("/search?q=%D0%BB%D1%96%D1%86%D0%B5%D0%BD%D0%B7%D1%96%D1%8F&provider=dls");
    browser.client.goto(&url).await.unwrap();
    browser.element_with_text("a", "Видача ліцензії на виробництво лікарських засобів").await;
    let page = browser.client.source().await.unwrap();
    assert!(!page.contains("Видача ліцензії на експорт товарів"), "other providers are filtered out");

    // A category page keeps its "online only" filter in the URL.
    browser.client.goto(&portal.url("/citizens/categories/transport")).await.unwrap();
    browser.element_with_text("a", "Державна реєстрація транспортного засобу").await;
    browser.client.goto(&portal.url("/citizens/categories/transport?online=true")).await.unwrap();
    browser.element_with_text("a", "Видача міжнародного посвідчення водія").await;
    let page = browser.client.source().await.unwrap();
    assert!(!page.contains(">Державна реєстрація транспортного засобу<"), "in-person services hidden");
    browser.close().await;
}

/// A host page that embeds the portal but points it at an API that cannot
/// be reached: the user gets a translated error and a retry, never a blank
/// page; the host's address is left alone (hash routing).
#[tokio::test]
async fn embedded_portal_with_unreachable_api_explains_and_offers_retry() {
    let dist = dist_dir();
    let host_dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(&dist).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), host_dir.path().join(entry.file_name())).unwrap();
        }
    }
    let index = std::fs::read_to_string(dist.join("index.html")).unwrap();
    let host_page = index.replace(
        "<body>",
        "<body><h1 id=\"host-title\">Regional portal</h1>\
         <div data-e-portal data-api-base=\"http://127.0.0.1:9\" data-lang=\"be\"></div>",
    );
    std::fs::write(host_dir.path().join("index.html"), host_page).unwrap();
    // No precompressed copies of the old index.html.
    let _ = std::fs::remove_file(host_dir.path().join("index.html.gz"));
    let _ = std::fs::remove_file(host_dir.path().join("index.html.br"));

    let portal = Portal::start(host_dir.path().to_path_buf()).await;
    let browser = Browser::start("uk").await;
    browser.client.goto(&portal.url("/")).await.unwrap();
    let alert = browser.element_with_text("[role=alert]", "Няма сувязі з серверам").await;
    let retry = alert.find(Locator::Css("button")).await.unwrap();
    assert_eq!(retry.text().await.unwrap(), "Паспрабаваць яшчэ раз");
    // The host page's own heading is still there, and its <html lang> untouched.
    browser.element_with_text("#host-title", "Regional portal").await;
    assert_eq!(browser.document_lang().await, "uk");
    retry.click().await.unwrap();
    browser.element_with_text("[role=alert]", "Няма сувязі з серверам").await;
    browser.close().await;
}

#[tokio::test]
async fn service_centres_are_found_and_show_address_and_hours() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    browser.client.goto(&portal.url("/")).await.unwrap();
    let input = browser.client.wait().for_element(Locator::Id("ep-search")).await.unwrap();
    input.send_keys("цнап львів").await.unwrap();
    // In the group of service centres (its title is shown in capitals).
    browser.element_with_text("#ep-search-group-search-group-centres", "ЦЕНТРИ НАДАННЯ ПОСЛУГ").await;
    browser.element_with_text("[role=group] [role=option]", "(ЦНАП) м. Львів").await.click().await.unwrap();
    browser.element_with_text("h1", "Центр надання адміністративних послуг (ЦНАП) м. Львів").await;
    browser.element_with_text("dd", "вул. Ставропігійська, 1, Львів").await;
    browser.element_with_text("dd li", "Пн–Пт 09:00–18:00").await;
    assert_eq!(browser.path().await, "/centres/cnap-lviv");
    browser.close().await;
}

#[tokio::test]
async fn register_activate_from_the_outbox_sign_in_and_out() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    page.client.goto(&portal.url("/register")).await.unwrap();
    page.element_with_text("h1", "Реєстрація").await;
    page.type_into("field-email", "oksana@example.ua").await;
    page.type_into("field-password", "correct horse battery").await;
    page.type_into("field-full_name", "Коваленко Оксана Іванівна").await;
    page.type_into("field-rnokpp", "1234567890").await; // wrong check digit
    page.type_into("field-passport", "АА 123456").await;
    page.type_into("field-phone", "+380442535485").await;
    page.type_into("field-postal_code", "01001").await;
    page.type_into("field-address", "Київ, вул. Хрещатик, 1").await;
    page.type_into("field-region", "Київська область").await;
    page.element_with_text("button[type=submit]", "Зареєструватися").await.click().await.unwrap();

    // The error stands beside its field, is announced, and nothing typed is lost.
    page.element_with_text("#field-rnokpp-error", "контрольна цифра").await;
    page.element_with_text("[role=alert]", "Виправте").await;
    let rnokpp = page.client.find(Locator::Id("field-rnokpp")).await.unwrap();
    assert_eq!(rnokpp.attr("aria-invalid").await.unwrap().as_deref(), Some("true"));
    let kept = page.client.find(Locator::Id("field-full_name")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(kept.as_deref(), Some("Коваленко Оксана Іванівна"));

    page.type_into("field-rnokpp", "1234567899").await;
    page.element_with_text("button[type=submit]", "Зареєструватися").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Ми надіслали лист").await;

    // The activation mail, from the development outbox.
    page.client.goto(&portal.url("/api/dev/outbox")).await.unwrap();
    let outbox: serde_json::Value = serde_json::from_str(
        page.client.execute("return document.body.innerText", vec![]).await.unwrap().as_str().unwrap(),
    )
    .unwrap();
    let body = outbox[0]["body"].as_str().unwrap();
    let link = body.lines().find(|l| l.starts_with("/activate?token=")).expect("an activation link");
    page.client.goto(&portal.url(link)).await.unwrap();
    // Only the password chosen at registration completes the activation.
    page.client.wait().at_most(PATIENCE).for_element(Locator::Id("field-password")).await.unwrap();
    page.type_into("field-password", "not the password").await;
    page.element_with_text("button[type=submit]", "Активувати кабінет").await.click().await.unwrap();
    page.element_with_text("#field-password-error", "Пароль не збігається").await;
    let violations = page.accessibility_violations().await;
    assert!(violations.is_empty(), "activation with an error meets WCAG: {violations:?}");
    page.type_into("field-password", "correct horse battery").await;
    page.element_with_text("button[type=submit]", "Активувати кабінет").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Кабінет активовано").await;

    page.client.goto(&portal.url("/sign-in")).await.unwrap();
    page.submit_sign_in("oksana@example.ua", "wrong password!!").await;
    page.element_with_text("[role=alert]", "Неправильна електронна адреса або пароль").await;
    page.submit_sign_in("oksana@example.ua", "correct horse battery").await;
    page.element_with_text(".ep-user", "oksana@example.ua").await;

    // A reload keeps the session (HttpOnly cookie).
    page.client.refresh().await.unwrap();

    // Personal data: the e-mail in the header opens it; a bad phone is refused
    // beside the field; a good one is saved and survives a reload.
    page.element_with_text(".ep-user", "oksana@example.ua").await.click().await.unwrap();
    page.element_with_text("h1", "Персональні дані").await;
    let phone = page.client.find(Locator::Id("field-phone")).await.unwrap();
    phone.clear().await.unwrap();
    phone.send_keys("12345").await.unwrap();
    page.element_with_text("form button[type=submit]", "Зберегти").await.click().await.unwrap();
    page.element_with_text("#field-phone-error", "+380XXXXXXXXX").await;
    let violations = page.accessibility_violations().await;
    assert!(violations.is_empty(), "personal data with an error meets WCAG: {violations:?}");
    let phone = page.client.find(Locator::Id("field-phone")).await.unwrap();
    phone.clear().await.unwrap();
    phone.send_keys("+375291234567").await.unwrap();
    let postal = page.client.find(Locator::Id("field-postal_code")).await.unwrap();
    postal.clear().await.unwrap();
    postal.send_keys("220030").await.unwrap();
    page.element_with_text("form button[type=submit]", "Зберегти").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Дані збережено").await;
    page.client.refresh().await.unwrap();
    page.element_with_text("h1", "Персональні дані").await;
    let saved = page.client.wait().for_element(Locator::Id("field-phone")).await.unwrap();
    assert_eq!(saved.prop("value").await.unwrap().as_deref(), Some("+375291234567"));

    // Signing out ends the session; the cabinet's direct link then leads to
    // sign-in and, after it, back to the cabinet.
    page.element_with_text("header button", "Вийти").await.click().await.unwrap();
    page.element_with_text("header a", "Зареєструватися").await;
    page.client.refresh().await.unwrap();
    page.element_with_text("header a", "Увійти до кабінету").await;
    page.client.goto(&portal.url("/cabinet/personal-data")).await.unwrap();
    page.element_with_text("h1", "Вхід до кабінету").await;
    assert_eq!(page.path().await, "/sign-in");
    page.submit_sign_in("oksana@example.ua", "correct horse battery").await;
    page.element_with_text("h1", "Персональні дані").await;
    assert_eq!(page.path().await, "/cabinet/personal-data");

    // Security: change the password (a mismatch first), see this session,
    // and sign out on all devices.
    page.element_with_text(".ep-tabs a", "Безпека").await.click().await.unwrap();
    page.element_with_text("h1", "Безпека").await;
    let tab = page.element_with_text(".ep-tabs a", "Безпека").await;
    assert_eq!(tab.attr("aria-current").await.unwrap().as_deref(), Some("page"));
    page.element_with_text("li", "цей пристрій").await;
    let violations = page.accessibility_violations().await;
    assert!(violations.is_empty(), "the security tab meets WCAG: {violations:?}");
    page.type_into("field-old_password", "correct horse battery").await;
    page.type_into("field-new_password", "a brand new password").await;
    page.type_into("field-confirm_password", "a brand new passwort").await;
    page.element_with_text("form button[type=submit]", "Зберегти").await.click().await.unwrap();
    page.element_with_text("#field-confirm_password-error", "Паролі не збігаються").await;
    page.type_into("field-confirm_password", "a brand new password").await;
    page.element_with_text("form button[type=submit]", "Зберегти").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Пароль змінено").await;
    page.element_with_text("button", "Вийти на всіх пристроях").await.click().await.unwrap();
    page.element_with_text("header a", "Увійти до кабінету").await;

    // A provider registers Oksana's orders; she reads their statuses in Belarusian.
    for (status, date) in [("sent", "2024-03-01"), ("registered", "2024-02-01"), ("refused", "2024-01-10"), ("done", "2023-12-05")] {
        sqlx_insert_order(&portal, "oksana@example.ua", status, date).await;
    }
    page.client.goto(&portal.url("/cabinet/orders")).await.unwrap();
    page.submit_sign_in("oksana@example.ua", "a brand new password").await;
    page.element_with_text("h1", "Замовлені послуги").await;
    page.element_with_text("button", "Беларуская").await.click().await.unwrap();
    page.element_with_text("h1", "Замоўленыя паслугі").await;
    for status in ["Адпраўлена, чакае рэгістрацыі", "Зарэгістравана", "Адмоўлена або пакінута без разгляду", "Выканана, адказ дадзены"] {
        page.element_with_text("td .ep-status", status).await;
    }

    // Delete the cabinet: what goes is counted first; a wrong confirmation
    // is refused beside its field; the address deletes it.
    page.element_with_text(".ep-tabs a", "Бяспека").await.click().await.unwrap();
    page.element_with_text("button", "Выдаліць кабінет…").await.click().await.unwrap();
    page.element_with_text("li", "1 актыўны сеанс").await;
    page.element_with_text("p", "Замоўленыя паслугі (4) застануцца").await;
    page.type_into("field-confirmation", "так").await;
    page.element_with_text("form button[type=submit]", "Выдаліць кабінет назаўсёды").await.click().await.unwrap();
    page.element_with_text("#field-confirmation-error", "не супадае").await;
    let violations = page.accessibility_violations().await;
    assert!(violations.is_empty(), "deleting the cabinet meets WCAG: {violations:?}");
    page.type_into("field-confirmation", "Oksana@example.ua").await;
    page.element_with_text("form button[type=submit]", "Выдаліць кабінет назаўсёды").await.click().await.unwrap();
    page.element_with_text("h1", "Кабінет выдалены").await;
    page.element_with_text("header a", "Увайсці ў кабінет").await;
    page.client.goto(&portal.url("/sign-in")).await.unwrap();
    page.submit_sign_in("oksana@example.ua", "a brand new password").await;
    page.element_with_text("[role=alert]", "Няправільны электронны адрас або пароль").await;
    // Her orders stayed with the providers, detached from any account.
    let detached: (i64,) = sqlx::query_as("SELECT count(*) FROM orders WHERE user_id IS NULL")
        .fetch_one(&portal.db)
        .await
        .unwrap();
    assert_eq!(detached.0, 4);
    browser.close().await;
}

/// An order as a provider's system would register it for the user with `email`.
async fn sqlx_insert_order(portal: &Portal, email: &str, status: &str, ordered_at: &str) {
    sqlx::query(
        "INSERT INTO orders (user_id, service_id, status, ordered_at)
         SELECT id, 'international-driving-permit', ?, ? FROM users WHERE email = ?",
    )
    .bind(status)
    .bind(ordered_at)
    .bind(email)
    .execute(&portal.db)
    .await
    .unwrap();
}

#[tokio::test]
async fn drafts_are_deleted_after_a_question_and_brought_back_by_undo() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    page.client.goto(&portal.url("/cabinet/drafts")).await.unwrap();
    page.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    page.element_with_text("h1", "Чернетки").await;
    page.element_with_text("td", "Видача міжнародного посвідчення водія").await;
    let rows = page.client.find_all(Locator::Css("tbody tr")).await.unwrap();
    assert_eq!(rows.len(), 2);
    let violations = page.accessibility_violations().await;
    assert!(violations.is_empty(), "the drafts table meets WCAG: {violations:?}");

    // «Видалити» asks first; «Скасувати» keeps the draft.
    let delete = "button[aria-label='Видалити чернетку: Видача міжнародного посвідчення водія']";
    page.client.find(Locator::Css(delete)).await.unwrap().click().await.unwrap();
    page.element_with_text("[role=alertdialog]", "Видалити чернетку «Видача міжнародного посвідчення водія»?").await;
    page.element_with_text("[role=alertdialog] button", "Скасувати").await.click().await.unwrap();
    assert_eq!(page.client.find_all(Locator::Css("tbody tr")).await.unwrap().len(), 2);

    page.client.find(Locator::Css(delete)).await.unwrap().click().await.unwrap();
    page.element_with_text("[role=alertdialog] button", "Так, видалити").await.click().await.unwrap();
    page.element_with_text("[role=status]", "видалено").await;
    wait_for_rows(page, 1).await;
    // Undo brings it back, also after a reload.
    page.element_with_text("[role=status] button", "Повернути").await.click().await.unwrap();
    wait_for_rows(page, 2).await;
    page.client.refresh().await.unwrap();
    page.element_with_text("td", "Видача міжнародного посвідчення водія").await;
    browser.close().await;
}

async fn wait_for_rows(page: &Browser, n: usize) {
    for _ in 0..50 {
        if page.client.find_all(Locator::Css("tbody tr")).await.unwrap().len() == n {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the table never had {n} rows");
}

#[tokio::test]
async fn unread_notifications_are_counted_in_the_header_and_read_when_opened() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    page.client.goto(&portal.url("/sign-in")).await.unwrap();
    page.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    // The count is a badge for the eye and words for screen readers.
    page.element_with_text("header .ep-unread", "2").await;
    page.element_with_text("header .ep-visually-hidden", "2 непрочитані сповіщення").await;
    page.element_with_text("header a", "Сповіщення").await.click().await.unwrap();
    page.element_with_text("h1", "Сповіщення").await;
    let violations = page.accessibility_violations().await;
    assert!(violations.is_empty(), "the notifications page meets WCAG: {violations:?}");
    let unread = page.element_with_text(".ep-notification-unread button", "нове").await;
    assert_eq!(unread.attr("aria-expanded").await.unwrap().as_deref(), Some("false"));
    unread.click().await.unwrap();
    page.element_with_text("[id^=ep-notification-] a", "Відкрити замовлення").await;
    page.element_with_text("header .ep-unread", "1").await;
    page.client.refresh().await.unwrap();
    page.element_with_text("header .ep-unread", "1").await;
    browser.close().await;
}

#[tokio::test]
async fn demo_cabinet_lists_orders_with_statuses_in_belarusian() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("be").await;
    let page = &browser;
    page.client.goto(&portal.url("/cabinet/orders")).await.unwrap();
    // Signed out: sign-in first, then back to the orders.
    page.element_with_text("h1", "Уваход у кабінет").await;
    page.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    page.element_with_text("h1", "Замоўленыя паслугі").await;
    for status in ["Адпраўлена, чакае рэгістрацыі", "Зарэгістравана", "Адмоўлена або пакінута без разгляду", "Выканана, адказ дадзены"] {
        page.element_with_text("td .ep-status", status).await;
    }
    page.element_with_text("td", "14.11.2023").await;
    let violations = page.accessibility_violations().await;
    assert!(violations.is_empty(), "the orders table meets WCAG: {violations:?}");

    // Filter by status, then open the done order's details.
    let filter = page.client.find(Locator::Id("ep-order-filter")).await.unwrap();
    filter.select_by_value("done").await.unwrap();
    let rows = page.client.find_all(Locator::Css("tbody tr")).await.unwrap();
    assert_eq!(rows.len(), 1);
    page.element_with_text("td a", "Выканана").await.click().await.unwrap();
    page.element_with_text("h1", "Замоўленая паслуга").await;
    page.element_with_text("dd", "П 2355").await;
    page.element_with_text("dd", "02.05.2023").await;
    page.element_with_text("dd", "Міністэрства эканомікі Украіны").await;
    // The answer file downloads with the session cookie, as a PDF.
    let link = page.element_with_text("dd a", "Рішення.pdf").await;
    let href = link.attr("href").await.unwrap().unwrap();
    let fetched = page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch(arguments[0]).then(async (r) => done([r.status, r.headers.get('content-type'), (await r.text()).slice(0, 8)]));",
            vec![serde_json::json!(href)],
        )
        .await
        .unwrap();
    assert_eq!(fetched, serde_json::json!([200, "application/pdf", "%PDF-1.4"]));

    // Another user's order number gives nothing.
    page.client.goto(&portal.url("/cabinet/orders/999999")).await.unwrap();
    page.element_with_text("[role=alert]", "Запытаных даных не знойдзена").await;
    browser.close().await;
}

/// The path of the newest mailed link to `to` that starts with `path`.
async fn mailed_link(page: &Browser, portal: &Portal, to: &str, path: &str) -> String {
    page.client.goto(&portal.url("/api/dev/outbox")).await.unwrap();
    let text = page.client.execute("return document.body.innerText", vec![]).await.unwrap();
    let outbox: serde_json::Value = serde_json::from_str(text.as_str().unwrap()).unwrap();
    // Newest first.
    outbox.as_array().unwrap().iter()
        .filter(|mail| mail["recipient"] == to)
        .find_map(|mail| mail["body"].as_str().unwrap().lines().find(|l| l.starts_with(path)).map(str::to_owned))
        .unwrap_or_else(|| panic!("no {path} link mailed to {to}"))
}

#[tokio::test]
async fn a_forgotten_password_and_a_new_address_go_through_mailed_links() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    page.client.goto(&portal.url("/sign-in")).await.unwrap();
    page.element_with_text("main a", "Забули пароль?").await.click().await.unwrap();
    page.element_with_text("h1", "Відновлення паролю").await;
    let email = page.client.find(Locator::Id("field-email")).await.unwrap();
    email.send_keys("demo@").await.unwrap();
    page.element_with_text("form button[type=submit]", "Надіслати посилання").await.click().await.unwrap();
    page.element_with_text("#field-email-error", "name@example.ua").await;
    email.send_keys("e-portal.example").await.unwrap();
    page.element_with_text("form button[type=submit]", "Надіслати посилання").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Якщо кабінет із цією адресою існує").await;
    let violations = page.accessibility_violations().await;
    assert!(violations.is_empty(), "the reset request page meets WCAG: {violations:?}");

    let link = mailed_link(page, &portal, "demo@e-portal.example", "/reset-password?token=").await;
    page.client.goto(&portal.url(&link)).await.unwrap();
    page.element_with_text("h1", "Новий пароль").await;
    page.type_into("field-new_password", "a brand new password").await;
    page.type_into("field-confirm_password", "a brand new passwort").await;
    page.element_with_text("form button[type=submit]", "Зберегти").await.click().await.unwrap();
    page.element_with_text("#field-confirm_password-error", "Паролі не збігаються").await;
    page.type_into("field-confirm_password", "a brand new password").await;
    page.element_with_text("form button[type=submit]", "Зберегти").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Пароль змінено").await;

    page.client.goto(&portal.url("/cabinet/security")).await.unwrap();
    page.submit_sign_in("demo@e-portal.example", "a brand new password").await;
    page.element_with_text("h2", "Зміна електронної пошти").await;
    page.type_into("field-new_email", "petro@example.ua").await;
    page.type_into("field-password", "wrong password").await;
    page.element_with_text("form button[type=submit]", "Надіслати посилання на нову адресу").await.click().await.unwrap();
    page.element_with_text("#field-password-error", "Пароль не збігається").await;
    assert_eq!(page.client.find(Locator::Id("field-new_email")).await.unwrap().prop("value").await.unwrap().as_deref(), Some("petro@example.ua"));
    page.type_into("field-password", "a brand new password").await;
    page.element_with_text("form button[type=submit]", "Надіслати посилання на нову адресу").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Ми надіслали посилання на petro@example.ua").await;
    // Nothing changes until the link is followed.
    page.element_with_text(".ep-user", "demo@e-portal.example").await;
    let link = mailed_link(page, &portal, "petro@example.ua", "/confirm-email?token=").await;
    page.client.goto(&portal.url(&link)).await.unwrap();
    page.element_with_text("[role=status]", "Адресу електронної пошти кабінету змінено").await;
    page.element_with_text(".ep-user", "petro@example.ua").await;
    browser.close().await;
}

#[tokio::test]
async fn an_appointment_is_booked_lost_to_a_faster_person_and_cancelled() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    page.client.goto(&portal.url("/cabinet/appointments")).await.unwrap();
    page.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    page.element_with_text("h1", "Запис на прийом").await;
    page.element_with_text("p", "Записів на прийом немає").await;
    // A weekday a few days ahead.
    let (date,): (String,) = sqlx::query_as(
        "WITH RECURSIVE d(n) AS (SELECT 3 UNION ALL SELECT n + 1 FROM d WHERE n < 10)
         SELECT date('now', '+' || n || ' days') FROM d WHERE strftime('%w', date('now', '+' || n || ' days')) BETWEEN '1' AND '5' LIMIT 1",
    )
    .fetch_one(&portal.db)
    .await
    .unwrap();
    // The centres come with the catalogue, which may still be on its way.
    page.client.wait().at_most(PATIENCE).for_element(Locator::Css("#ep-centre option[value='cnap-kyiv']")).await.unwrap();
    page.client.find(Locator::Id("ep-centre")).await.unwrap().select_by_value("cnap-kyiv").await.unwrap();
    page.client
        .execute(
            "const d = document.getElementById('ep-date'); d.value = arguments[0]; d.dispatchEvent(new Event('change', {bubbles: true}));",
            vec![serde_json::json!(date)],
        )
        .await
        .unwrap();
    page.element_with_text("legend", "Вільний час").await;
    let violations = page.accessibility_violations().await;
    assert!(violations.is_empty(), "booking meets WCAG: {violations:?}");

    // Someone else takes 09:30 between choosing and pressing «Записатися».
    page.client.find(Locator::Id("ep-slot-0930")).await.unwrap().click().await.unwrap();
    sqlx::query("INSERT INTO appointments (user_id, centre_id, day, time) SELECT id, 'cnap-kyiv', ?, '09:30' FROM users WHERE email = 'demo2@e-portal.example'")
        .bind(&date)
        .execute(&portal.db)
        .await
        .unwrap();
    page.element_with_text("form button[type=submit]", "Записатися").await.click().await.unwrap();
    page.element_with_text("[role=alert]", "Цей час щойно зайняли").await;
    page.element_with_text(".ep-slot-taken", "09:30 — зайнято").await;
    let centre = page.client.find(Locator::Id("ep-centre")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(centre.as_deref(), Some("cnap-kyiv"), "the choices stay");

    page.client.find(Locator::Id("ep-slot-1000")).await.unwrap().click().await.unwrap();
    page.element_with_text("form button[type=submit]", "Записатися").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Вас записано").await;
    page.element_with_text("li", "10:00").await;
    page.element_with_text("li button", "Скасувати запис").await.click().await.unwrap();
    page.element_with_text("[role=status]", "скасовано").await;
    page.element_with_text("p", "Записів на прийом немає").await;
    browser.close().await;
}

#[tokio::test]
async fn a_unique_identifier_signs_in_and_once_refused_is_blocked() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("be").await;
    let page = &browser;
    page.client.goto(&portal.url("/sign-in")).await.unwrap();
    page.element_with_text("h2", "Уваход па ўнікальным ідэнтыфікатары").await;
    let sign_in_by_identifier = || async {
        let field = page.client.find(Locator::Id("field-identifier")).await.unwrap();
        field.clear().await.unwrap();
        field.send_keys("1111 2222 3333").await.unwrap();
        let password = page.client.find(Locator::Id("field-identifier_password")).await.unwrap();
        password.clear().await.unwrap();
        password.send_keys("demo-password-2026").await.unwrap();
        page.client.find(Locator::Css("section form button[type=submit]")).await.unwrap().click().await.unwrap();
    };
    sign_in_by_identifier().await;
    page.element_with_text(".ep-user", "demo@e-portal.example").await;

    page.client.goto(&portal.url("/cabinet/security")).await.unwrap();
    page.element_with_text("p", "1111-2222-3333").await;
    let violations = page.accessibility_violations().await;
    assert!(violations.is_empty(), "the security tab with an identifier meets WCAG: {violations:?}");
    page.element_with_text("button", "Адмовіцца ад ідэнтыфікатара…").await.click().await.unwrap();
    page.element_with_text("[role=alertdialog] button", "Так, адмовіцца").await.click().await.unwrap();
    page.element_with_text("[role=status]", "уваход па ім заблакаваны").await;

    page.element_with_text("header button", "Выйсці").await.click().await.unwrap();
    // Signed out for sure before the next page load.
    page.element_with_text("header a", "Увайсці ў кабінет").await;
    page.client.goto(&portal.url("/sign-in")).await.unwrap();
    page.element_with_text("h2", "Уваход па ўнікальным ідэнтыфікатары").await;
    sign_in_by_identifier().await;
    page.element_with_text("[role=alert]", "Ад гэтага ідэнтыфікатара адмовіліся").await;
    browser.close().await;
}
