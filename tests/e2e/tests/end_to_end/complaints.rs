//! Administrative complaints (issue 13, seed 004): about a refused order,
//! with a file, its own number and status; then withdrawn — in Ukrainian
//! and in Belarusian, each screen checked with axe.

use portal_e2e::{Browser, Portal, dist_dir};

/// The demo citizen's refused order.
async fn refused_order(portal: &Portal) -> i64 {
    let (id,): (i64,) = sqlx::query_as(
        "SELECT o.id FROM orders o JOIN users u ON u.id = o.user_id
         WHERE u.email = 'demo@e-portal.example' AND o.status = 'refused' ORDER BY o.id LIMIT 1",
    )
    .fetch_one(&portal.db)
    .await
    .unwrap();
    id
}

struct Words {
    lang: &'static str,
    sign_in: &'static str,
    section: &'static str,
    file: &'static str,
    required: &'static str,
    filed: &'static str,
    withdraw: &'static str,
    withdrawn: &'static str,
}

const UKRAINIAN: Words = Words {
    lang: "uk",
    sign_in: "Вхід до кабінету",
    section: "Скарги",
    file: "Подати скаргу",
    required: "Заповніть це поле",
    filed: "Подано, очікує розгляду",
    withdraw: "Відкликати скаргу",
    withdrawn: "Відкликано",
};

const BELARUSIAN: Words = Words {
    lang: "be",
    sign_in: "Уваход у кабінет",
    section: "Скаргі",
    file: "Падаць скаргу",
    required: "Запоўніце гэтае поле",
    filed: "Пададзена, чакае разгляду",
    withdraw: "Адклікаць скаргу",
    withdrawn: "Адклікана",
};

async fn complain_and_withdraw(words: Words) {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start(words.lang).await;
    let page = &browser;
    let order = refused_order(&portal).await;
    page.client.goto(&portal.url(&format!("/cabinet/orders/{order}"))).await.unwrap();
    page.element_with_text("h1", words.sign_in).await;
    page.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    page.element_with_text("h2", words.section).await;
    // Sent empty, the text is asked for; then written, with a file.
    page.element_with_text("button[type=submit]", words.file).await.click().await.unwrap();
    page.element_with_text("[role=alert]", words.required).await;
    page.assert_accessible(&format!("the complaint form with its error ({})", words.lang)).await;
    assert_eq!(page.focused().await.1, "complaint-text", "focus on the field to fill");
    page.type_into("complaint-text", "Рішення не враховує поданих документів.").await;
    // The error goes as soon as something is written.
    page.wait_for_count("#complaint-error", 0).await;
    let dir = tempfile::tempdir().unwrap();
    let evidence = dir.path().join("dovidka.pdf");
    std::fs::write(&evidence, b"%PDF-1.4\n%%EOF\n").unwrap();
    let input = page.client.find(fantoccini::Locator::Id("complaint-files")).await.unwrap();
    input.send_keys(evidence.to_str().unwrap()).await.unwrap();
    page.element_with_text("button[type=submit]", words.file).await.click().await.unwrap();

    // Its number, status in words, text and file; on the timeline too.
    let number = format!("СК-{order}-1");
    page.element_with_text(".ep-complaint h3", &number).await;
    page.element_with_text(".ep-complaint .ep-status", words.filed).await;
    page.element_with_text(".ep-complaint a", "dovidka.pdf").await;
    page.element_with_text(".ep-timeline li", &number).await;
    page.assert_accessible(&format!("a filed complaint ({})", words.lang)).await;

    // Withdrawn after the browser's confirmation.
    page.element_with_text("button", words.withdraw).await.click().await.unwrap();
    page.client.accept_alert().await.unwrap();
    page.element_with_text(".ep-complaint .ep-status", words.withdrawn).await;
    page.element_with_text(".ep-timeline li", words.withdrawn).await;
    // A new complaint may be written again.
    page.element_with_text("button[type=submit]", words.file).await;
    page.assert_accessible(&format!("a withdrawn complaint ({})", words.lang)).await;
    browser.close().await;
}

#[tokio::test]
async fn a_complaint_is_filed_with_a_file_and_withdrawn_in_ukrainian() {
    complain_and_withdraw(UKRAINIAN).await;
}

#[tokio::test]
async fn a_complaint_is_filed_with_a_file_and_withdrawn_in_belarusian() {
    complain_and_withdraw(BELARUSIAN).await;
}
