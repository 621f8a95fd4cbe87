//! Submitting an application (issue 13): the review's «Подати» sends the
//! draft; the order's page shows the payment code in groups, copies its
//! digits, and shows what was sent and the timeline; the application is
//! withdrawn.

use portal_e2e::{Browser, PATIENCE, Portal, dist_dir};
use serde_json::Value;

#[tokio::test]
async fn a_reviewed_application_is_submitted_and_its_order_shows_how_to_pay() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    let draft_path = page.start_application(&portal, "import-licence").await;
    let id: i64 = draft_path.rsplit('/').next().unwrap().parse().unwrap();
    let status = page.complete_draft(id, serde_json::json!({})).await;
    assert_eq!(status, Value::from(200));
    page.review_and_submit().await;

    // The order's page: «Надіслано», the code in six groups of five.
    page.element_with_text(".ep-status", "Надіслано").await;
    let code = page.element_with_text(".ep-payment-code", " ").await.text().await.unwrap();
    let groups: Vec<&str> = code.split(' ').collect();
    assert!(
        groups.len() == 6 && groups.iter().all(|g| g.len() == 5 && g.bytes().all(|b| b.is_ascii_digit())),
        "{code}"
    );
    page.element_with_text("dd", "780,00").await;
    page.element_with_text("button", "Копіювати код").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Код скопійовано").await;
    page.allow_clipboard_reading().await;
    let copied = page
        .client
        .execute_async(
            "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('unreadable: ' + e))",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(copied.as_str(), Some(code.replace(' ', "").as_str()), "the digits only");
    let order_path = page.path().await;

    // Found again by its code: a mistyped digit is caught and its group
    // named; typed with dashes, it opens the order.
    let digits = code.replace(' ', "");
    let wrong_digit = if &digits[12..13] == "9" { "0" } else { "9" };
    let typo = format!("{}{wrong_digit}{}", &digits[..12], &digits[13..]);
    page.client.goto(&portal.url("/cabinet/orders")).await.unwrap();
    // (The field comes with the list of orders.)
    page.client.wait().at_most(PATIENCE).for_element(fantoccini::Locator::Id("ep-order-code")).await.unwrap();
    page.type_into("ep-order-code", &typo).await;
    page.element_with_text("button[type=submit]", "Відкрити").await.click().await.unwrap();
    let alert = page.element_with_text("[role=alert]", "групу цифр №").await.text().await.unwrap();
    let named = alert.split('№').nth(1).unwrap_or_default();
    assert!(named.split([',', ' ']).any(|group| group == "3"), "the third group is named: {alert}");
    page.assert_accessible("a mistyped payment code").await;
    page.type_into("ep-order-code", &code.replace(' ', "-")).await;
    page.element_with_text("button[type=submit]", "Відкрити").await.click().await.unwrap();
    page.element_with_text("h1", "Замовлена послуга").await;
    assert_eq!(page.path().await, order_path);
    // The timeline begins: sent, by the applicant.
    page.element_with_text("h2", "Хід розгляду").await;
    page.element_with_text(".ep-timeline li", "заявник").await;
    // What was sent, read only, with its files.
    page.element_with_text("h2", "Подана заява").await;
    page.element_with_text("dd", "Петренко").await;
    page.element_with_text("a", "⬇").await;
    assert!(
        page.client.find(fantoccini::Locator::Css("#ep-sent-title ~ * a[data-action=show]")).await.is_err(),
        "no «Змінити»"
    );
    page.assert_accessible("the submitted order").await;

    // The receipt: attached here, «Оплачено, очікує підтвердження»; the
    // provider confirms, and the timeline says so.
    let dir = tempfile::tempdir().unwrap();
    let receipt = dir.path().join("квитанція.pdf");
    std::fs::write(&receipt, b"%PDF-1.4\n%%EOF\n").unwrap();
    let input = page.client.find(fantoccini::Locator::Id("order-receipt")).await.unwrap();
    input.send_keys(receipt.to_str().unwrap()).await.unwrap();
    page.element_with_text("dd", "Оплачено, очікує підтвердження").await;
    page.element_with_text(".ep-attached", "квитанція.pdf").await;
    let order: i64 = page.path().await.rsplit('/').next().unwrap().parse().unwrap();
    portal_api::orders::provider_actions::confirm_payment(&portal.db, order).await.unwrap();
    page.client.refresh().await.unwrap();
    page.element_with_text("dd", "Оплату підтверджено").await;
    page.element_with_text(".ep-timeline li", "Оплату підтверджено").await;
    page.assert_accessible("the order with its payment confirmed").await;

    // Withdrawn: a reason first (asked again when left empty), then «Відкликано».
    page.element_with_text("button", "Відкликати заяву").await.click().await.unwrap();
    page.element_with_text("label", "Причина відкликання").await;
    assert_eq!(page.focused().await.1, "withdrawal-reason", "focus on the reason once it is asked");
    page.element_with_text("button[type=submit]", "Так, відкликати").await.click().await.unwrap();
    page.element_with_text("[role=alert]", "Заповніть це поле").await;
    page.assert_accessible("the withdrawal form").await;
    page.type_into("withdrawal-reason", "Подам заяву пізніше").await;
    page.element_with_text("button[type=submit]", "Так, відкликати").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Заяву відкликано").await;
    page.element_with_text(".ep-status", "Відкликано").await;
    page.element_with_text(".ep-timeline li", "Подам заяву пізніше").await;
    assert!(page.client.find(fantoccini::Locator::XPath("//button[contains(., 'Відкликати заяву')]")).await.is_err());

    // The draft is gone from «Чернетки»; the order is among the orders.
    page.client.goto(&portal.url("/cabinet/drafts")).await.unwrap();
    page.element_with_text("h1", "Чернетки").await;
    assert!(page.client.find(fantoccini::Locator::Css(&format!("a[href='{draft_path}']"))).await.is_err());
    browser.close().await;
}

#[tokio::test]
async fn a_belarusian_procedure_is_submitted_in_belarusian() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("be").await;
    let page = &browser;
    page.client.goto(&portal.url("/services/residence-registration-by")).await.unwrap();
    page.element_with_text("a", "Заказаць паслугу анлайн").await.click().await.unwrap();
    page.element_with_text("h1", "Уваход у кабінет").await;
    page.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    page.element_with_text("h2", "Крок 1 з").await;
    page.element_with_text("[role=status]", "Захавана").await;
    let id: i64 = page.path().await.rsplit('/').next().unwrap().parse().unwrap();
    let answers = serde_json::json!({
        "birth_date": "14.05.1982", "personal_number": "3140582A001PB3", "passport_number": "MP1234567",
        "passport_issued_by": "Фрунзенскае РУУС г. Мінска", "passport_issue_date": "01.03.2015",
        "new_address": "г. Мінск, вул. Карла Маркса, 10, кв. 5", "registration_basis": "owner",
        "previous_address": "г. Гродна, вул. Савецкая, 3", "deregister_previous": true, "military_registration": false
    });
    let status = page.complete_draft(id, answers).await;
    assert_eq!(status, Value::from(200));
    page.client.refresh().await.unwrap();
    page.element_with_text("button[type=submit]", "Праверыць заяву").await.click().await.unwrap();
    page.element_with_text("h2", "Праверка заявы").await;
    page.element_with_text("[role=status]", "Захавана").await;
    page.element_with_text("button", "Падаць").await.click().await.unwrap();

    page.element_with_text("h1", "Заказаная паслуга").await;
    page.element_with_text(".ep-next-step h2", "Заява адпраўлена. Заплаціце 20,00").await;
    page.element_with_text(".ep-status", "Адпраўлена").await;
    page.element_with_text("dt", "Нумар заказу для аплаты").await;
    page.element_with_text("dd", "20,00").await;
    page.element_with_text("button", "Капіяваць нумар").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Нумар скапіяваны").await;
    page.element_with_text("h2", "Ход разгляду").await;
    page.element_with_text(".ep-timeline li", "заяўнік").await;
    page.element_with_text("h2", "Пададзеная заява").await;
    page.assert_accessible("the submitted order, in Belarusian").await;
    browser.close().await;
}

/// Whether the page's script `condition` holds (polled until it does, or PATIENCE).
async fn eventually(page: &Browser, condition: &str) -> bool {
    let started = std::time::Instant::now();
    loop {
        if page.client.execute(condition, vec![]).await.unwrap() == Value::Bool(true) {
            return true;
        }
        if started.elapsed() > PATIENCE {
            return false;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Usability review 2026-12, problem 2: after submitting, nothing said
/// "now pay" — a status, a table of dashes, «Відкликати заяву», the amount
/// and code below the fold.
#[tokio::test]
async fn right_after_submitting_the_order_page_leads_with_what_to_pay() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    let draft_path = page.start_application(&portal, "import-licence").await;
    let id: i64 = draft_path.rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(page.complete_draft(id, serde_json::json!({})).await, Value::from(200));
    page.review_and_submit().await;

    // First the panel: sent, pay this much by this code, on the first screen.
    page.element_with_text(".ep-next-step h2", "Заяву надіслано. Сплатіть 780,00").await;
    page.element_with_text(".ep-next-step .ep-payment-code", " ").await;
    page.element_with_text(".ep-next-step figcaption", "Скануйте QR-код").await;
    page.element_with_text(".ep-next-step a", "Надрукувати квитанцію").await;
    let first_screen = "const copy = [...document.querySelectorAll('.ep-next-step button')]
            .find(b => b.textContent.includes('Копіювати код'));
        const status = document.querySelector('.ep-status');
        return !!copy && copy.getBoundingClientRect().bottom + window.scrollY <= window.innerHeight
            && !!(copy.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING);";
    assert!(eventually(page, first_screen).await, "the code and its copy button come first, above the fold");
    // Then the facts: no row of dashes; «Подані документи» are the files sent.
    page.element_with_text("dt", "Назва організації").await;
    let dashes = "return [...document.querySelectorAll('.ep-facts dd')].some(d => d.textContent.trim() === '—')";
    assert_eq!(page.client.execute(dashes, vec![]).await.unwrap(), Value::Bool(false), "no empty rows");
    let sent_files = "const dt = [...document.querySelectorAll('.ep-facts dt')]
            .find(d => d.textContent.includes('Подані документи'));
        return !!dt && !!dt.nextElementSibling.querySelector('a[href*=\"/files/\"]');";
    assert!(eventually(page, sent_files).await, "«Подані документи» lists the files sent");
    page.assert_accessible("the order led by its confirmation panel").await;
    browser.close().await;
}

/// Withdraws the open order with a reason, through its page.
async fn withdraw(page: &Browser) {
    page.element_with_text("button", "Відкликати заяву").await.click().await.unwrap();
    page.type_into("withdrawal-reason", "Подам заяву пізніше").await;
    page.element_with_text("button[type=submit]", "Так, відкликати").await.click().await.unwrap();
    page.element_with_text(".ep-status", "Відкликано").await;
}

/// Problem 6: a withdrawn order still invited payment (QR code, slip,
/// instructions) and said nothing of the money already paid.
#[tokio::test]
async fn a_withdrawn_order_invites_no_payment_and_says_what_happens_to_money_paid() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    let draft_path = page.start_application(&portal, "import-licence").await;
    let id: i64 = draft_path.rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(page.complete_draft(id, serde_json::json!({})).await, Value::from(200));
    page.review_and_submit().await;
    let unpaid = page.path().await;

    // Not paid, withdrawn: nothing of paying.
    page.element_with_text(".ep-next-step h2", "Сплатіть").await;
    withdraw(page).await;
    page.client.refresh().await.unwrap();
    page.element_with_text(".ep-status", "Відкликано").await;
    page.element_with_text("h2", "Хід розгляду").await;
    for css in [".ep-payment", ".ep-payment-qr", ".ep-next-step", "a[href*=payment-slip]"] {
        assert!(page.client.find(fantoccini::Locator::Css(css)).await.is_err(), "no {css} on {unpaid}");
    }
    let body = page.client.find(fantoccini::Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(!body.contains("Сплатіть") && !body.contains("Надрукувати квитанцію"), "{body}");

    // Paid (the receipt attached), then withdrawn: what happens to the money.
    page.client.goto(&portal.url("/services/import-licence")).await.unwrap();
    page.element_with_text("a", "Замовити послугу онлайн").await.click().await.unwrap();
    page.element_with_text("h2", "Крок 1 з").await;
    page.element_with_text("[role=status]", "Збережено").await;
    let id: i64 = page.path().await.rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(page.complete_draft(id, serde_json::json!({})).await, Value::from(200));
    page.review_and_submit().await;
    let dir = tempfile::tempdir().unwrap();
    let receipt = dir.path().join("receipt.pdf");
    std::fs::write(&receipt, b"%PDF-1.4\n%%EOF\n").unwrap();
    let input =
        page.client.wait().at_most(PATIENCE).for_element(fantoccini::Locator::Id("order-receipt")).await.unwrap();
    input.send_keys(receipt.to_str().unwrap()).await.unwrap();
    page.element_with_text("dd", "Оплачено, очікує підтвердження").await;
    withdraw(page).await;
    page.element_with_text(".ep-payment .ep-notice", "Повернути кошти можна за заявою до суб’єкта надання послуги")
        .await;
    assert!(page.client.find(fantoccini::Locator::Css(".ep-payment-qr")).await.is_err(), "no QR code");
    assert!(page.client.find(fantoccini::Locator::Css("a[href*=payment-slip]")).await.is_err(), "no slip");
    page.assert_accessible("a withdrawn paid order").await;
    browser.close().await;
}
