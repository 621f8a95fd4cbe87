//! WCAG 2.2 AA checks with axe-core on the real pages, in two languages, and
//! the layout at 320 px wide.

use portal_e2e::{Browser, Portal, dist_dir};

/// (path, a text that shows the page has rendered its content)
const PAGES_UK: [(&str, &str); 10] = [
    ("/register", "Серія та номер паспорта"),
    ("/sign-in", "Ще немає кабінету?"),
    ("/centres/cnap-lviv", "Графік роботи"),
    ("/", "Транспорт"),
    ("/business", "Зовнішньоекономічна діяльність"),
    ("/citizens/categories/transport", "Посвідчення водія"),
    ("/services/international-driving-permit", "Необхідні документи"),
    ("/search?q=%D0%B2%D0%B8%D1%82%D1%8F%D0%B3", "Знайдено"),
    ("/search?q=qqqqqqqq", "Як знайти потрібне"),
    ("/no/such/page", "Сторінку не знайдено"),
];

#[tokio::test]
async fn pages_have_no_wcag_violations_in_ukrainian_and_belarusian() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let mut found = Vec::new();
    for (path, marker) in PAGES_UK {
        browser.client.goto(&portal.url(path)).await.unwrap();
        browser.element_with_text("main", marker).await;
        for violation in browser.accessibility_violations().await {
            found.push(format!("uk {path}: {violation}"));
        }
    }
    // Belarusian: switch once, the choice is remembered across pages.
    browser.element_with_text("button[data-lang='be']", "Беларуская").await.click().await.unwrap();
    for (path, marker) in [("/", "Транспарт"), ("/services/export-licence", "Неабходныя дакументы")]
    {
        browser.client.goto(&portal.url(path)).await.unwrap();
        browser.element_with_text("main", marker).await;
        for violation in browser.accessibility_violations().await {
            found.push(format!("be {path}: {violation}"));
        }
    }
    // A form showing its errors (in Belarusian, chosen above).
    browser.client.goto(&portal.url("/register")).await.unwrap();
    browser.element_with_text("button[type=submit]", "Зарэгістравацца").await.click().await.unwrap();
    browser.element_with_text("[role=alert]", "Выпраўце").await;
    for violation in browser.accessibility_violations().await {
        found.push(format!("be /register with errors: {violation}"));
    }
    // The checker itself works: an image without a text alternative is caught.
    browser
        .client
        .execute("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/x.png\">')", vec![])
        .await
        .unwrap();
    let planted = browser.accessibility_violations().await;
    assert!(planted.iter().any(|v| v.starts_with("image-alt")), "axe did not run: {planted:?}");
    browser.close().await;
    assert!(found.is_empty(), "accessibility violations:\n{}", found.join("\n"));
}

#[tokio::test]
async fn nothing_scrolls_sideways_at_320_pixels() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    browser.client.set_window_size(320, 800).await.unwrap();
    for (path, marker) in PAGES_UK {
        browser.client.goto(&portal.url(path)).await.unwrap();
        browser.element_with_text("main", marker).await;
        let widths = browser
            .client
            .execute("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]", vec![])
            .await
            .unwrap();
        let scroll = widths[0].as_u64().unwrap();
        let client = widths[1].as_u64().unwrap();
        assert!(scroll <= client, "{path} is {scroll}px wide in a {client}px window");
    }
    browser.close().await;
}

const TAB: char = '\u{E004}';
const ENTER: char = '\u{E007}';

#[tokio::test]
async fn keyboard_alone_reaches_content_and_switches_language() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    browser.client.goto(&portal.url("/")).await.unwrap();
    browser.element_with_text("h2 a", "Транспорт").await;

    // The first Tab lands on the skip link; Enter takes focus to the content.
    browser.press(TAB).await;
    assert_eq!(browser.focused().await.0, "Перейти до основного вмісту");
    browser.press(ENTER).await;
    browser.press(TAB).await;
    let (_, _, tag) = browser.focused().await;
    assert_eq!(tag, "a", "the next Tab reaches a link inside the content");

    // Tab through the header to the Belarusian button and press Enter.
    browser.client.goto(&portal.url("/")).await.unwrap();
    browser.element_with_text("h2 a", "Транспорт").await;
    for _ in 0..10 {
        browser.press(TAB).await;
        if browser.focused().await.0 == "Беларуская" {
            break;
        }
    }
    assert_eq!(browser.focused().await.0, "Беларуская", "the language switch is reachable by Tab");
    browser.press(ENTER).await;
    browser.element_with_text("h2 a", "Транспарт").await;
    browser.close().await;
}
