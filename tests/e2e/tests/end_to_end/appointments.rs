//! Appointments at a service centre.

use fantoccini::Locator;
use portal_e2e::{Browser, PATIENCE, Portal, dist_dir};

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
    page.client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css("#ep-centre option[value='cnap-kyiv']"))
        .await
        .unwrap();
    page.client.find(Locator::Id("ep-centre")).await.unwrap().select_by_value("cnap-kyiv").await.unwrap();
    page.client
        .execute(
            "const d = document.getElementById('ep-date'); d.value = arguments[0]; d.dispatchEvent(new Event('change', {bubbles: true}));",
            vec![serde_json::json!(date)],
        )
        .await
        .unwrap();
    page.element_with_text("legend", "Вільні години").await;
    page.assert_accessible("booking").await;

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
