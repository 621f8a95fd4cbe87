//! Keyboard focus and errors on the application form (issue 24, the
//! usability review's problems 4 and 7): a radio that shows fields keeps
//! focus and the arrows go on; every failed «Далі» moves focus to a summary
//! that lists every problem of the step; required fields say so; a record
//! added or removed leaves focus in the group; an in-app navigation keeps the
//! header in view without a frame round the page.

use fantoccini::Locator;
use portal_e2e::{Browser, PATIENCE, Portal, dist_dir};

const ARROW_DOWN: char = '\u{E015}';
const ENTER: char = '\u{E007}';

/// The focused element's id.
async fn focused_id(page: &Browser) -> String {
    page.focused().await.1
}

/// Puts the open draft `id` at `step` with `answers` added, through the API
/// as the page's own session, and opens it again.
async fn open_draft_at(page: &Browser, id: &str, step: &str, answers: serde_json::Value) {
    let script = "const [id, step, extra, done] = arguments;
      (async () => {
        const csrf = (await (await fetch('/api/me')).json()).csrf_token;
        const draft = await (await fetch(`/api/drafts/${id}`)).json();
        const saved = await fetch(`/api/drafts/${id}`, {method: 'PUT',
          headers: {'X-CSRF-Token': csrf, 'Content-Type': 'application/json'},
          body: JSON.stringify({base_version: draft.version, step, answers: {...draft.answers, ...extra}})});
        done(saved.status);
      })();";
    let status = page.client.execute_async(script, vec![id.into(), step.into(), answers]).await.unwrap();
    assert_eq!(status, 200, "the draft moved to step {step}");
    page.client.refresh().await.unwrap();
}

#[tokio::test]
async fn a_radio_that_shows_fields_keeps_focus_and_a_failed_next_focuses_a_summary_of_every_problem() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    page.start_application(&portal, "import-licence").await;
    page.client.wait().at_most(PATIENCE).for_element(Locator::Id("field-full_name")).await.unwrap();

    // Required fields say so to a screen reader; a radio group as a whole.
    page.client.find(Locator::Css("#field-full_name[aria-required=true]")).await.unwrap();
    page.client.find(Locator::Css("fieldset[role=radiogroup][aria-required=true]")).await.unwrap();

    // Arrow keys through «Хто звертається»: each choice shows its fields and
    // focus stays on the radio, so the next arrow goes on.
    page.client.execute("document.getElementById('field-applicant_kind').focus()", vec![]).await.unwrap();
    page.press(ARROW_DOWN).await;
    page.client.wait().at_most(PATIENCE).for_element(Locator::Id("field-represented_full_name")).await.unwrap();
    assert_eq!(focused_id(page).await, "field-applicant_kind-1", "focus stays on the chosen radio");
    page.press(ARROW_DOWN).await;
    page.client.wait().at_most(PATIENCE).for_element(Locator::Id("field-company_name")).await.unwrap();
    assert_eq!(focused_id(page).await, "field-applicant_kind-2", "and the next arrow goes on");

    // A bad date and an emptied name: Enter in the date field («Далі»)
    // focuses the summary, which names both (the required name too).
    // (Emptied as a person does, with the input event a form listens for.)
    let empty = "const e = document.getElementById('field-full_name'); e.value = '';
        e.dispatchEvent(new InputEvent('input', {bubbles: true}));";
    page.client.execute(empty, vec![]).await.unwrap();
    page.type_into("field-birth_date", "31.02.1990").await;
    page.press(ENTER).await;
    page.element_with_text("#application-errors", "Дата народження").await;
    assert_eq!(focused_id(page).await, "application-errors", "the first failed «Далі» focuses the summary");
    let summary = page.client.find(Locator::Id("application-errors")).await.unwrap().text().await.unwrap();
    assert!(summary.contains("Прізвище, ім’я, по батькові"), "the missing name is listed: {summary}");
    assert!(summary.contains("Найменування юридичної особи"), "every problem of the step: {summary}");

    // Again, pressed from the name field: focus goes to the summary again.
    page.client.find(Locator::Id("field-full_name")).await.unwrap().click().await.unwrap();
    page.element_with_text("button[type=submit]", "Далі").await.click().await.unwrap();
    page.client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css("#application-errors:focus"))
        .await
        .expect("every failed «Далі» focuses the summary");

    // A field's error goes as soon as it is right.
    page.client.find(Locator::Css("#field-full_name-error")).await.unwrap();
    page.type_into("field-full_name", "Петренко Петро").await;
    page.wait_for_count("#field-full_name-error", 0).await;
    browser.close().await;
}

#[tokio::test]
async fn a_record_added_takes_focus_and_a_removed_one_leaves_it_beside() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    let path = page.start_application(&portal, "carrier-licence").await;
    let id = path.rsplit('/').next().unwrap();
    open_draft_at(page, id, "vehicles", serde_json::json!({})).await;
    page.element_with_text("h2", "Крок 3 з").await;

    page.element_with_text("button", "Додати ще запис").await.click().await.unwrap();
    page.client.wait().at_most(PATIENCE).for_element(Locator::Id("field-vehicles-0-make")).await.unwrap();
    assert_eq!(focused_id(page).await, "field-vehicles-0-make", "the new record's first field");
    page.type_into("field-vehicles-0-make", "Богдан").await;
    page.element_with_text("button", "Додати ще запис").await.click().await.unwrap();
    page.client.wait().at_most(PATIENCE).for_element(Locator::Id("field-vehicles-1-make")).await.unwrap();
    assert_eq!(focused_id(page).await, "field-vehicles-1-make");
    page.type_into("field-vehicles-1-make", "Еталон").await;

    // The first removed: the second takes its place, and focus.
    page.element_with_text("button", "Видалити запис 1").await.click().await.unwrap();
    page.wait_for_count(".ep-group-entry", 1).await;
    assert_eq!(focused_id(page).await, "field-vehicles-0-make", "the record that took its place");
    let make = page.client.find(Locator::Id("field-vehicles-0-make")).await.unwrap();
    assert_eq!(make.prop("value").await.unwrap().as_deref(), Some("Еталон"));
    // The last removed: «Додати ще запис».
    page.element_with_text("button", "Видалити запис 1").await.click().await.unwrap();
    page.wait_for_count(".ep-group-entry", 0).await;
    assert_eq!(focused_id(page).await, "field-vehicles-add");
    browser.close().await;
}

#[tokio::test]
async fn an_in_app_navigation_keeps_the_header_in_view_without_a_frame() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    page.client.goto(&portal.url("/")).await.unwrap();
    page.element_with_text("main a[href^='/']", "").await;
    // Go by keyboard to a link far down the page, and follow it.
    let script = "const links = [...document.querySelectorAll('main a[href^=\"/\"]')];
        const last = links[links.length - 1]; last.focus(); return last.getAttribute('href');";
    let href = page.client.execute(script, vec![]).await.unwrap();
    page.press(ENTER).await;
    let started = std::time::Instant::now();
    while page.path().await != href.as_str().unwrap() {
        assert!(started.elapsed() < PATIENCE, "never at {href}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    page.element_with_text("h1", "").await;
    let state = page
        .client
        .execute(
            "const main = document.getElementById('ep-main');
             return [document.activeElement === main, window.scrollY, getComputedStyle(main).boxShadow,
                     getComputedStyle(main).outlineStyle];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(state[0], true, "the new page has focus: {state}");
    assert_eq!(state[1], 0, "the header is in view: {state}");
    assert_eq!(state[2], "none", "no frame round the page: {state}");
    assert_eq!(state[3], "none", "no outline round the page: {state}");
    browser.close().await;
}
