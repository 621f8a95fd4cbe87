//! The cabinet's tabs: drafts, notifications, orders.

use fantoccini::Locator;
use portal_e2e::{Browser, Portal, dist_dir};

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
    page.assert_accessible("the drafts table").await;

    // «Видалити» asks first; «Скасувати» keeps the draft.
    let delete = "button[aria-label='Видалити чернетку: Видача міжнародного посвідчення водія']";
    page.client.find(Locator::Css(delete)).await.unwrap().click().await.unwrap();
    page.element_with_text("[role=alertdialog]", "Видалити чернетку «Видача міжнародного посвідчення водія»?").await;
    page.element_with_text("[role=alertdialog] button", "Скасувати").await.click().await.unwrap();
    assert_eq!(page.client.find_all(Locator::Css("tbody tr")).await.unwrap().len(), 2);

    page.client.find(Locator::Css(delete)).await.unwrap().click().await.unwrap();
    page.element_with_text("[role=alertdialog] button", "Так, видалити").await.click().await.unwrap();
    page.element_with_text("[role=status]", "видалено").await;
    page.wait_for_rows(1).await;
    // Undo brings it back, also after a reload.
    page.element_with_text("[role=status] button", "Повернути").await.click().await.unwrap();
    page.wait_for_rows(2).await;
    page.client.refresh().await.unwrap();
    page.element_with_text("td", "Видача міжнародного посвідчення водія").await;
    browser.close().await;
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
    page.element_with_text("header .ep-visually-hidden", "2 непрочитані повідомлення").await;
    page.element_with_text("header a", "Повідомлення").await.click().await.unwrap();
    page.element_with_text("h1", "Повідомлення").await;
    page.assert_accessible("the notifications page").await;
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
    page.element_with_text("h1", "Заказаныя паслугі").await;
    for status in [
        "Адпраўлена, чакае рэгістрацыі",
        "Зарэгістравана",
        "Адмоўлена або пакінута без разгляду",
        "Выканана, адказ дадзены",
    ] {
        page.element_with_text("td .ep-status", status).await;
    }
    page.element_with_text("td", "14.11.2023").await;
    page.assert_accessible("the orders table").await;

    // Filter by status, then open the done order's details.
    let filter = page.client.find(Locator::Id("ep-order-filter")).await.unwrap();
    filter.select_by_value("done").await.unwrap();
    let rows = page.client.find_all(Locator::Css("tbody tr")).await.unwrap();
    assert_eq!(rows.len(), 1);
    page.element_with_text("td a", "Выканана").await.click().await.unwrap();
    page.element_with_text("h1", "Заказаная паслуга").await;
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

/// The review's «18:48 UTC» of a winter evening, on the demo user's orders'
/// timelines: 20:48 in Kyiv, 21:48 in Minsk.
#[tokio::test]
async fn times_are_on_the_clock_of_the_services_country_named_for_a_reader_elsewhere() {
    let portal = Portal::start(dist_dir()).await;
    sqlx::query("UPDATE order_events SET at = '2026-12-07T18:48:00Z'").execute(&portal.db).await.unwrap();
    let demo_order = |country: &'static str| {
        let db = portal.db.clone();
        async move {
            let (id,): (i64,) = sqlx::query_as(
                "SELECT o.id FROM orders o JOIN users u ON u.id = o.user_id JOIN services s ON s.id = o.service_id
                 JOIN providers p ON p.id = s.provider_id
                 WHERE u.email = 'demo@e-portal.example' AND p.country LIKE ? ORDER BY o.id LIMIT 1",
            )
            .bind(country)
            .fetch_one(&db)
            .await
            .unwrap();
            id
        }
    };
    let kyiv = demo_order("UA").await;
    // A Belarusian provider's order: another of the demo user's, moved to a Belarusian service.
    sqlx::query(
        "UPDATE orders SET service_id = (SELECT s.id FROM services s JOIN providers p ON p.id = s.provider_id
                                         WHERE p.country = 'BY' ORDER BY s.id LIMIT 1)
         WHERE id = (SELECT o.id FROM orders o JOIN users u ON u.id = o.user_id
                     WHERE u.email = 'demo@e-portal.example' AND o.id <> ? ORDER BY o.id LIMIT 1)",
    )
    .bind(kyiv)
    .execute(&portal.db)
    .await
    .unwrap();
    let minsk = demo_order("BY").await;

    // A reader in Berlin is told whose clock.
    let browser = Browser::start_in_zone("uk", Some("Europe/Berlin")).await;
    let page = &browser;
    page.client.goto(&portal.url(&format!("/cabinet/orders/{kyiv}"))).await.unwrap();
    page.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    page.element_with_text(".ep-timeline li", "07.12.2026 20:48 за київським часом").await;
    page.client.goto(&portal.url(&format!("/cabinet/orders/{minsk}"))).await.unwrap();
    page.element_with_text(".ep-timeline li", "07.12.2026 21:48 за мінським часом").await;
    browser.close().await;

    // A reader in Kyiv reads Kyiv's time unnamed, and Minsk's named.
    let browser = Browser::start_in_zone("uk", Some("Europe/Kyiv")).await;
    let page = &browser;
    page.client.goto(&portal.url(&format!("/cabinet/orders/{kyiv}"))).await.unwrap();
    page.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    let event = page.element_with_text(".ep-timeline li", "07.12.2026 20:48").await;
    assert!(!event.text().await.unwrap().contains("часом"), "{}", event.text().await.unwrap());
    page.client.goto(&portal.url(&format!("/cabinet/orders/{minsk}"))).await.unwrap();
    page.element_with_text(".ep-timeline li", "07.12.2026 21:48 за мінським часом").await;
    browser.close().await;
}

/// Usability review 2026-12, problem 9: every notification read «Змінено
/// статус замовлення «…»» without the status, and a complaint was
/// announced by the order's «Виконано».
#[tokio::test]
async fn notifications_name_what_happened_registered_with_its_number_and_a_complaint_filed() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    page.client.goto(&portal.url("/sign-in")).await.unwrap();
    page.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    page.element_with_text("header button", "Вийти").await;
    let order = |status: &'static str| {
        let db = portal.db.clone();
        async move {
            let (id,): (i64,) = sqlx::query_as(
                "SELECT o.id FROM orders o JOIN users u ON u.id = o.user_id
                 WHERE u.email = 'demo@e-portal.example' AND o.status = $1 ORDER BY o.id LIMIT 1",
            )
            .bind(status)
            .fetch_one(&db)
            .await
            .unwrap();
            id
        }
    };
    let (sent, done) = (order("sent").await, order("done").await);
    portal_api::orders::provider_actions::register(&portal.db, sent, "П 7001", None).await.unwrap();
    let complain = "const [id, done] = arguments;
      (async () => {
        const csrf = (await (await fetch('/api/me')).json()).csrf_token;
        const r = await fetch(`/api/orders/${id}/complaints`, {method: 'POST',
          headers: {'X-CSRF-Token': csrf, 'Content-Type': 'application/json'},
          body: JSON.stringify({text: 'Відповідь неповна.'})});
        done(r.status);
      })();";
    let status = page.client.execute_async(complain, vec![serde_json::Value::from(done)]).await.unwrap();
    assert_eq!(status, serde_json::Value::from(201));

    page.client.goto(&portal.url("/cabinet/notifications")).await.unwrap();
    page.element_with_text(".ep-notification-unread button", "Зареєстровано, № П 7001").await;
    // (WebDriver reads the no-break space after «№» as a space.)
    let complaint = format!("СК-{done}-1 подано, вона очікує розгляду");
    let filed = page.element_with_text(".ep-notification-unread button", &complaint).await;
    assert!(!filed.text().await.unwrap().contains("Виконано"), "a complaint is not «Виконано»");
    page.assert_accessible("notifications that name what happened").await;
    browser.close().await;
}
