//! Paying (issue 13): an online extract paid by a sandbox card and
//! downloaded at once, its PDF's text read back (seed 002); the printable
//! payment slip of an order paid by code, checked as printed (seed 004).

use base64::Engine;
use portal_e2e::{Browser, PATIENCE, Portal, dist_dir};
use serde_json::{Value, json};

/// The bytes of a file the page can download (with its session).
async fn fetched(page: &Browser, path: &str) -> Vec<u8> {
    let script = "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
        let s = ''; for (const x of new Uint8Array(b)) s += String.fromCharCode(x); arguments[1](btoa(s)); })";
    let encoded = page.client.execute_async(script, vec![Value::from(path)]).await.unwrap();
    base64::engine::general_purpose::STANDARD.decode(encoded.as_str().unwrap()).unwrap()
}

/// Applies for the property register's extract, to be paid by card, and
/// submits it; the order's page is open.
async fn submit_property_extract_paid_by_card(page: &Browser, portal: &Portal) {
    let draft_path = page.start_application(portal, "extract-property-rights-register").await;
    let id: i64 = draft_path.rsplit('/').next().unwrap().parse().unwrap();
    let answers = json!({
        "rnokpp": "1234567899", "passport_number": "АА 123456", "postal_code": "01001",
        "search_by": "address", "object_kind": "apartment",
        "object_address": "м. Київ, вул. Січових Стрільців, 12, кв. 5", "information_kind": "current",
        "payment_method": "card",
    });
    assert_eq!(page.complete_draft(id, answers).await, Value::from(200));
    page.review_and_submit().await;
}

#[tokio::test]
async fn an_online_extract_is_paid_by_card_and_downloaded_at_once() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    submit_property_extract_paid_by_card(page, &portal).await;
    page.element_with_text("dd", "40,00").await;
    page.element_with_text("button", "Сплатити карткою").await.click().await.unwrap();

    // The provider's page: a mistyped card is refused with what was typed kept.
    page.element_with_text("h1", "Оплата карткою").await;
    page.assert_accessible("the sandbox provider's payment page").await;
    page.type_into("number", "4242 4242 4242 4241").await;
    page.type_into("expiry", "12/30").await;
    page.type_into("cvc", "123").await;
    page.element_with_text("button[type=submit]", "Сплатити").await.click().await.unwrap();
    page.element_with_text("[role=alert]", "перевірка Луна").await;
    let kept = page.client.find(fantoccini::Locator::Id("number")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(kept.as_deref(), Some("4242 4242 4242 4241"));
    page.assert_accessible("the payment page with a refused card").await;
    page.type_into("number", "4242 4242 4242 4242").await;
    page.element_with_text("button[type=submit]", "Сплатити").await.click().await.unwrap();

    // Back on the order: «Виконано», paid, the extract to download.
    page.element_with_text("h1", "Замовлена послуга").await;
    page.element_with_text(".ep-status", "Виконано").await;
    page.element_with_text("dd", "Оплату підтверджено").await;
    page.element_with_text(".ep-timeline li", "платіжна система").await;
    let link = page.element_with_text("a", "vytiah-").await;
    let href = link.attr("href").await.unwrap().unwrap();
    let pdf = fetched(page, &href).await;
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in
        ["Витяг з Державного реєстру речових прав на нерухоме майно", "Петренко Петро Петрович", "Січових Стрільців"]
    {
        assert!(text.contains(expected), "«{expected}» not in the extract: {text}");
    }
    page.assert_accessible("the order completed with its extract").await;
    browser.close().await;
}

#[tokio::test]
async fn the_payment_slip_prints_the_code_amount_recipient_and_qr_code_only() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    let draft_path = page.start_application(&portal, "import-licence").await;
    let id: i64 = draft_path.rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(page.complete_draft(id, json!({})).await, Value::from(200));
    page.review_and_submit().await;
    let code = page.element_with_text(".ep-payment-code", " ").await.text().await.unwrap();
    // The QR code, drawn by the server, is shown on the order's page.
    page.element_with_text("figcaption", "Скануйте QR-код").await;
    let loaded =
        "const i = document.querySelector('.ep-payment-qr img'); return !!i && i.complete && i.naturalWidth > 0;";
    let started = std::time::Instant::now();
    while page.client.execute(loaded, vec![]).await.unwrap() != Value::Bool(true) {
        assert!(started.elapsed() < PATIENCE, "the QR code never loaded");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    page.element_with_text("dd", "IBAN").await;

    page.element_with_text("a", "Надрукувати квитанцію").await.click().await.unwrap();
    page.element_with_text("h1", "Квитанція для сплати").await;
    page.element_with_text(".code", &code).await;
    page.element_with_text("dd", "780,00").await;
    page.assert_accessible("the payment slip").await;
    assert!(page.is_displayed(".no-print").await, "the print button shows on screen");
    page.emulate_print_media().await;
    assert!(!page.is_displayed(".no-print").await, "no button or link on paper");
    assert!(page.is_displayed("figure svg").await, "the QR code is printed");
    assert!(page.is_displayed(".code").await, "the code is printed");
    browser.close().await;
}

/// The usability review (2026-12), problem 1: the import licence demanded
/// «Документ про оплату» before the portal had issued the code to pay
/// with. Its documents step now asks for the other documents only, and
/// the order's page is where the receipt goes.
#[tokio::test]
async fn a_fee_paid_after_submitting_asks_for_no_receipt_before() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    page.start_application(&portal, "import-licence").await;
    page.element_with_text("[role=status]", "Збережено").await;
    page.element_with_text("button[type=submit]", "Далі").await.click().await.unwrap();
    page.element_with_text("h2", "Крок 2 з 4").await;
    page.element_with_text("label", "Установчі документи").await;
    let step = page.client.find(fantoccini::Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(!step.contains("Документ про оплату"), "{step}");
    page.wait_for_count("input[type=file]", 3).await;
    browser.close().await;
}

/// Usability review 2026-12, problems 2 and 3: a card order leads with
/// «Сплатити карткою»; a declined card sent the person back to the top of
/// the order with «Банк відхилив оплату» far below the first screen.
#[tokio::test]
async fn a_declined_card_brings_the_person_back_to_the_message_focused() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    submit_property_extract_paid_by_card(page, &portal).await;
    page.element_with_text(".ep-next-step h2", "Заяву надіслано. Сплатіть 40,00").await;
    page.assert_accessible("the confirmation panel of a card order").await;
    page.element_with_text(".ep-next-step button", "Сплатити карткою").await.click().await.unwrap();

    page.element_with_text("h1", "Оплата карткою").await;
    page.type_into("number", "4000 0000 0000 0002").await;
    page.type_into("expiry", "12/30").await;
    page.type_into("cvc", "123").await;
    page.element_with_text("button[type=submit]", "Сплатити").await.click().await.unwrap();

    // Back on the order: the message has focus, on the first screen, announced.
    page.element_with_text("[role=alert]", "Банк відхилив оплату").await;
    let focused = "const e = document.activeElement;
        return e.getAttribute('role') === 'alert' && e.textContent.includes('Банк відхилив оплату')
            && e.getBoundingClientRect().top >= 0 && e.getBoundingClientRect().bottom <= window.innerHeight;";
    let started = std::time::Instant::now();
    while page.client.execute(focused, vec![]).await.unwrap() != Value::Bool(true) {
        assert!(started.elapsed() < PATIENCE, "focus is not on the message: {:?}", page.focused().await);
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // Another card can be tried at once.
    page.element_with_text(".ep-next-step button", "Сплатити карткою").await;
    page.assert_accessible("the order after a declined card").await;
    browser.close().await;
}
