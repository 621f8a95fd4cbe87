//! Browsing the catalogue: languages, a service and its reload, not found, an embedded portal whose API is away, service centres.

use fantoccini::Locator;
use portal_e2e::{Browser, Portal, dist_dir};

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
    // The languages' files too: with the portal's origin unreachable, the
    // page's own copy gives the Belarusian text.
    let locales = host_dir.path().join("locales/be");
    std::fs::create_dir_all(&locales).unwrap();
    std::fs::copy(dist.join("locales/be/portal.ftl"), locales.join("portal.ftl")).unwrap();
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

/// Usability review 2026-12, problem 8: a signed-in person was told «Щоб
/// замовити послугу, увійдіть до кабінету».
#[tokio::test]
async fn a_signed_in_person_is_offered_to_order_and_not_told_to_sign_in() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    page.client.goto(&portal.url("/services/import-licence")).await.unwrap();
    page.element_with_text(".ep-note", "Щоб замовити послугу, увійдіть до кабінету").await;
    page.client.goto(&portal.url("/sign-in")).await.unwrap();
    page.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    page.element_with_text("header button", "Вийти").await;
    page.client.goto(&portal.url("/services/import-licence")).await.unwrap();
    page.element_with_text("header button", "Вийти").await;
    page.element_with_text("a", "Замовити послугу онлайн").await;
    let text = page.client.find(fantoccini::Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(!text.contains("увійдіть до кабінету"), "{text}");
    browser.close().await;
}
