//! Search: suggestions as one types, and the results page with its filters in the URL.

use fantoccini::Locator;
use portal_e2e::{Browser, Portal, dist_dir};

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
    browser.assert_accessible("the open combobox").await;

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
    assert!(
        !page.contains("Видача ліцензії на провадження діяльності у сфері використання космічного"),
        "offline services are filtered out"
    );

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

/// Everyday words, abbreviations and Russian spelling find services through
/// the search aids the API serves with the catalogue; a query that only
/// partly matches says so; one that matches nothing offers a way on.
#[tokio::test]
async fn search_forgives_everyday_words_and_never_ends_empty_handed() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    browser.client.goto(&portal.url("/")).await.unwrap();
    browser.element_with_text("h2 a", "Транспорт").await;
    let input = browser.client.wait().for_element(Locator::Id("ep-search")).await.unwrap();
    input.send_keys("прописка").await.unwrap();
    browser.element_with_text("[role=option]", "Декларування та реєстрація місця проживання").await;
    input.clear().await.unwrap();
    input.send_keys("лицензия на экспорт").await.unwrap();
    browser.element_with_text("[role=option]", "Видача ліцензії на експорт товарів").await;

    // One word matches nothing: the entries matching the others, said so.
    let chatty = "хочу витяг з мінюсту терміново будь ласка";
    input.clear().await.unwrap();
    input.send_keys(chatty).await.unwrap();
    browser.element_with_text("[role=status]", "Точних збігів немає").await;
    input.send_keys("\u{E007}").await.unwrap(); // Enter: the results page
    browser.element_with_text("main p", "Точних збігів немає. Схожі послуги:").await;
    browser.element_with_text("main a", "Надання витягу зі Спадкового реєстру").await;

    // Nothing anywhere: how to search, popular services, categories.
    browser.client.goto(&portal.url("/search?q=qqqqqqqq%20zzzzzzzz")).await.unwrap();
    browser.element_with_text("main h2", "Як знайти потрібне").await;
    browser.element_with_text("main h2", "Популярні послуги").await;
    browser.element_with_text("main a", "Комплексна послуга «єМалятко»").await;
    browser.element_with_text("main a", "Транспорт").await.click().await.unwrap();
    assert_eq!(browser.path().await, "/citizens/categories/transport");
    browser.close().await;
}
