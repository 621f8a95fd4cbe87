//! The layout as a phone (375×812) and a laptop (1366×900) show it (issue
//! 24, usability review problem 10 and the smaller things seen): no step of
//! any form scrolls sideways, the header folds behind «Меню» on a phone, the
//! save state stays in view, suggestions span a phone's screen, the header
//! keeps to two rows with an unread badge, the step list reads as separate
//! steps and the consent box sits beside its label.

use fantoccini::Locator;
use portal_e2e::{Browser, Portal, dist_dir};
use serde_json::{Value, json};
use std::path::Path;

const PHONE: (u32, u32) = (375, 812);
const LAPTOP: (u32, u32) = (1366, 900);
const ESCAPE: char = '\u{E00C}';
const ENTER: char = '\u{E007}';

/// A browser of the given window size, signed in as the demo citizen.
async fn signed_in(portal: &Portal, (width, height): (u32, u32)) -> Browser {
    let browser = Browser::start("uk").await;
    browser.client.set_window_size(width, height).await.unwrap();
    browser.client.goto(&portal.url("/sign-in")).await.unwrap();
    browser.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    // (On a phone «Вийти» is behind the menu: present, not shown.)
    browser.client.wait().for_element(Locator::Css("header .ep-account button")).await.unwrap();
    browser
}

/// Runs `script` (its last argument is the callback) and returns its answer.
async fn run(browser: &Browser, script: &str, args: Vec<Value>) -> Value {
    browser.client.execute_async(script, args).await.unwrap()
}

/// A new draft of `service` made through the API as the page's session: its id.
const NEW_DRAFT: &str = "const [service, done] = arguments;
  (async () => {
    const csrf = (await (await fetch('/api/me')).json()).csrf_token;
    const r = await fetch('/api/drafts', {method: 'POST',
      headers: {'X-CSRF-Token': csrf, 'Content-Type': 'application/json'},
      body: JSON.stringify({service_id: service})});
    done((await r.json()).id);
  })();";

/// The form of a service, as the API gives it to the page.
const FORM: &str = "const [service, done] = arguments;
  fetch(`/api/services/${service}/form`).then(r => r.json()).then(done);";

/// Saves draft `id` as left at step `step` (answers unchanged): the HTTP status.
const LEAVE_AT: &str = "const [id, step, done] = arguments;
  (async () => {
    const csrf = (await (await fetch('/api/me')).json()).csrf_token;
    const draft = await (await fetch(`/api/drafts/${id}`)).json();
    const r = await fetch(`/api/drafts/${id}`, {method: 'PUT',
      headers: {'X-CSRF-Token': csrf, 'Content-Type': 'application/json'},
      body: JSON.stringify({base_version: draft.version, step, answers: draft.answers})});
    done(r.status);
  })();";

/// The answers that show as much of a form as one draft can: every field
/// a condition hides is revealed (the first condition on a field wins) and
/// every repeated group has one record; with `complete_draft` (files, consents)
/// on top.
fn revealing_answers(form: &Value) -> Value {
    let mut answers = serde_json::Map::new();
    let fields: Vec<&Value> =
        form["steps"].as_array().unwrap().iter().flat_map(|s| s["fields"].as_array().unwrap()).collect();
    let multi = |id: &str| fields.iter().any(|f| f["id"] == id && f["kind"].get("multi_choice").is_some());
    for field in &fields {
        if let Some(when) = field.get("shown_when").filter(|w| !w.is_null()) {
            let on = when["field"].as_str().unwrap();
            let value = if multi(on) { json!([when["equals"]]) } else { when["equals"].clone() };
            answers.entry(on.to_owned()).or_insert(value);
        }
        if let Some(group) = field["kind"].get("group") {
            let mut entry = serde_json::Map::new();
            for inner in group["fields"].as_array().unwrap() {
                if let Some(when) = inner.get("shown_when").filter(|w| !w.is_null()) {
                    entry.entry(when["field"].as_str().unwrap().to_owned()).or_insert(when["equals"].clone());
                }
            }
            answers.insert(field["id"].as_str().unwrap().to_owned(), json!([entry]));
        }
    }
    Value::Object(answers)
}

/// How wide the page is laid out against the window: (scrollWidth, clientWidth).
async fn widths(browser: &Browser) -> (u64, u64) {
    let value = browser
        .client
        .execute("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]", vec![])
        .await
        .unwrap();
    (value[0].as_u64().unwrap(), value[1].as_u64().unwrap())
}

/// Every service with an own form (api/seed/forms), and one with the common form.
fn services_to_walk() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../api/seed/forms");
    let mut services: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            serde_json::from_str::<Value>(&text).unwrap()["service_id"].as_str().unwrap().to_owned()
        })
        .collect();
    services.sort();
    assert!(services.len() >= 14, "the own forms are found: {services:?}");
    services.push("import-licence".to_owned());
    services
}

#[tokio::test]
async fn no_step_of_any_form_scrolls_sideways_on_a_phone_and_each_starts_on_the_first_screen() {
    let portal = Portal::start(dist_dir()).await;
    let browser = signed_in(&portal, PHONE).await;
    let (mut too_wide, mut below_first_screen) = (Vec::new(), Vec::new());
    let mut seen = 0;
    for service in services_to_walk() {
        let form = run(&browser, FORM, vec![json!(service)]).await;
        let id = run(&browser, NEW_DRAFT, vec![json!(service)]).await.as_i64().unwrap();
        assert_eq!(browser.complete_draft(id, revealing_answers(&form)).await, json!(200), "{service}");
        let steps = form["steps"].as_array().unwrap();
        let total = steps.len() + 1;
        for (n, step) in steps.iter().enumerate() {
            assert_eq!(run(&browser, LEAVE_AT, vec![json!(id), step["id"].clone()]).await, json!(200));
            browser.client.goto(&portal.url(&format!("/cabinet/drafts/{id}"))).await.unwrap();
            browser.element_with_text("h2", &format!("Крок {} з {total}", n + 1)).await;
            // (Stricter than `scrollWidth <= 375`: headless Chromium draws a
            // 15 px scroll bar, so the page has 360 px of the window's 375.)
            let (scroll, client) = widths(&browser).await;
            seen += 1;
            if scroll > client || client > PHONE.0 as u64 {
                too_wide.push(format!("{service} step {} ({}): {scroll} px in {client}", n + 1, step["id"]));
            }
            // The form starts on the first screen: its first field's control is in it.
            let [_, first_field, _, _] = rect(&browser, "main form .ep-field :is(input, textarea, select)").await;
            if n == 0 && first_field > PHONE.1 as f64 {
                below_first_screen.push(format!("{service}: the first field ends at {first_field} px"));
            }
        }
        // The review, from the last step.
        browser.element_with_text("button[type=submit]", "Перевірити заяву").await.click().await.unwrap();
        browser.element_with_text("h2", "Перевірка заяви").await;
        let (scroll, client) = widths(&browser).await;
        seen += 1;
        if scroll > client {
            too_wide.push(format!("{service} review: {scroll} px in {client}"));
        }
    }
    browser.close().await;
    assert!(seen > 70, "every step was opened ({seen})");
    assert!(
        too_wide.is_empty() && below_first_screen.is_empty(),
        "steps wider than a 375 px phone:\n{}\nforms starting below the first screen:\n{}",
        too_wide.join("\n"),
        below_first_screen.join("\n")
    );
}

/// The rectangle of the element `css` selects, in the page (not the window):
/// [top, bottom, left, right].
async fn rect(browser: &Browser, css: &str) -> [f64; 4] {
    let script = "const r = document.querySelector(arguments[0]).getBoundingClientRect();
        return [r.top + scrollY, r.bottom + scrollY, r.left, r.right];";
    let value = browser.client.execute(script, vec![json!(css)]).await.unwrap();
    let at = |i: usize| value[i].as_f64().unwrap();
    [at(0), at(1), at(2), at(3)]
}

#[tokio::test]
async fn the_header_folds_behind_a_menu_button_on_a_phone() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    page.client.set_window_size(PHONE.0, PHONE.1).await.unwrap();
    page.client.goto(&portal.url("/")).await.unwrap();
    page.element_with_text("h2 a", "Транспорт").await;
    let button = page.element_with_text("header button[aria-controls]", "Меню").await;
    let menu = button.attr("aria-controls").await.unwrap().unwrap();
    assert_eq!(button.attr("aria-expanded").await.unwrap().as_deref(), Some("false"));
    assert!(!page.is_displayed(&format!("#{menu}")).await, "the menu starts closed");
    assert!(page.is_displayed("#ep-search").await, "the search stays in view");
    let [_, header_bottom, _, _] = rect(page, "header").await;
    assert!(header_bottom <= 130.0, "the header takes {header_bottom} px of 812");

    // Opened by the button, it holds the languages and the account's links.
    button.click().await.unwrap();
    assert_eq!(button.attr("aria-expanded").await.unwrap().as_deref(), Some("true"));
    assert!(page.is_displayed(&format!("#{menu} button[data-lang='be']")).await);
    page.element_with_text(&format!("#{menu} a"), "Увійти до кабінету").await;
    page.assert_accessible("the open menu").await;
    // Escape closes it and leaves focus on the button; Enter opens it again.
    let focus_in_menu = format!("document.querySelector('#{menu} a[href=\"/register\"]').focus()");
    page.client.execute(&focus_in_menu, vec![]).await.unwrap();
    page.press(ESCAPE).await;
    assert_eq!(button.attr("aria-expanded").await.unwrap().as_deref(), Some("false"));
    assert_eq!(page.focused().await.0, "☰ Меню", "focus is back on the menu button");
    page.press(ENTER).await;
    assert_eq!(button.attr("aria-expanded").await.unwrap().as_deref(), Some("true"));
    // A link followed from the menu leaves it closed on the next page.
    page.element_with_text(&format!("#{menu} a"), "Увійти до кабінету").await.click().await.unwrap();
    page.element_with_text("h1", "Вхід до кабінету").await;
    assert_eq!(button.attr("aria-expanded").await.unwrap().as_deref(), Some("false"));
    assert!(!page.is_displayed(&format!("#{menu}")).await);

    // A form's heading and first field are on the first screen.
    page.submit_sign_in("demo@e-portal.example", "demo-password-2026").await;
    page.client.goto(&portal.url("/services/international-driving-permit")).await.unwrap();
    page.element_with_text("a", "Замовити послугу онлайн").await.click().await.unwrap();
    page.element_with_text("h2", "Крок 1 з").await;
    let [h1_top, _, _, _] = rect(page, "main h1").await;
    let [_, field_bottom, _, _] = rect(page, "main form .ep-field input").await;
    assert!(h1_top < 812.0 && field_bottom <= 812.0, "the first field ends at {field_bottom} px, past 812");
    browser.close().await;
}

/// Scrolls to the end of the page, then focuses every control of the form
/// from the last up, as Shift+Tab would: the save state's place each time
/// ([top, bottom] in the window) and the controls it covered.
const SCROLL_AND_FOCUS_UP: &str = "const done = arguments[0];
  scrollTo(0, document.documentElement.scrollHeight);
  const bar = document.querySelector('.ep-save-state');
  const atEnd = bar.getBoundingClientRect();
  const covered = [];
  for (const c of [...document.querySelectorAll('main form :is(input, textarea, select, button)')].reverse()) {
    c.focus();
    const b = bar.getBoundingClientRect(), r = c.getBoundingClientRect();
    if (r.top < b.bottom - 1) covered.push(c.id || c.textContent);
  }
  done([[atEnd.top, atEnd.bottom, innerHeight], covered]);";

#[tokio::test]
async fn the_save_state_stays_in_view_while_the_form_scrolls() {
    let portal = Portal::start(dist_dir()).await;
    for size in [PHONE, LAPTOP] {
        let browser = signed_in(&portal, size).await;
        let page = &browser;
        page.client.goto(&portal.url("/services/international-driving-permit")).await.unwrap();
        page.element_with_text("a", "Замовити послугу онлайн").await.click().await.unwrap();
        page.element_with_text("h2", "Крок 1 з").await;
        page.element_with_text("[role=status]", "Збережено").await;
        let found = run(page, SCROLL_AND_FOCUS_UP, vec![]).await;
        let (place, covered) = (&found[0], &found[1]);
        let (top, bottom, height) =
            (place[0].as_f64().unwrap(), place[1].as_f64().unwrap(), place[2].as_f64().unwrap());
        assert!(top >= 0.0 && bottom <= height, "{size:?}: at the form's end the save state is at {top}–{bottom}");
        assert_eq!(covered, &json!([]), "{size:?}: focused controls under the save state");
        browser.close().await;
    }
}

#[tokio::test]
async fn search_suggestions_span_a_phone_screen() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    browser.client.set_window_size(PHONE.0, PHONE.1).await.unwrap();
    browser.client.goto(&portal.url("/")).await.unwrap();
    browser.element_with_text("h2 a", "Транспорт").await;
    let input = browser.client.wait().for_element(Locator::Id("ep-search")).await.unwrap();
    input.send_keys("ліцензія на провадження").await.unwrap();
    browser.element_with_text("[role=option]", "ліцензії").await;
    let [_, _, left, right] = rect(&browser, "[role=listbox]").await;
    let (_, client) = widths(&browser).await;
    assert!(left <= 0.5 && right >= client as f64 - 0.5, "the suggestions span {left}–{right} of {client} px");
    // No name takes more than three lines.
    let tallest = browser
        .client
        .execute(
            "const line = parseFloat(getComputedStyle(document.querySelector('[role=option]')).lineHeight);
             return Math.max(...[...document.querySelectorAll('[role=option]')].map(o => o.offsetHeight)) / line;",
            vec![],
        )
        .await
        .unwrap();
    assert!(tallest.as_f64().unwrap() < 4.0, "a suggestion is {tallest} lines tall");
    browser.assert_accessible("suggestions on a phone").await;
    browser.close().await;
}

#[tokio::test]
async fn the_header_keeps_to_two_rows_at_1366_pixels_with_unread_notifications() {
    let portal = Portal::start(dist_dir()).await;
    let browser = signed_in(&portal, LAPTOP).await;
    browser.element_with_text("header .ep-unread", "2").await;
    // Rows: the distinct heights at which the header's parts are centred.
    let rows = browser
        .client
        .execute(
            "const centres = [...document.querySelectorAll('header :is(a, button, input)')]
               .filter(e => e.offsetParent !== null)
               .map(e => { const r = e.getBoundingClientRect(); return (r.top + r.bottom) / 2; })
               .sort((a, b) => a - b);
             return centres.filter((c, i) => i === 0 || c - centres[i - 1] > 12).length;",
            vec![],
        )
        .await
        .unwrap();
    assert!(rows.as_u64().unwrap() <= 2, "the header at 1366 px has {rows} rows");
    browser.close().await;
}

/// The step list's items as boxes: for each, [left, right, top, border width]
/// and whether its number sits inside it.
const STEP_BOXES: &str = "return [...document.querySelectorAll('.ep-steps li')].map(li => {
    const r = li.getBoundingClientRect(), s = getComputedStyle(li);
    const framed = parseFloat(s.borderTopWidth) > 0 && s.borderTopStyle !== 'none';
    return [r.left, r.right, r.top, framed, s.listStylePosition === 'inside' || s.listStyleType === 'none'];
  });";

/// Where the consent's box and its label are: [box top, box bottom, box right,
/// label's first line top, first line bottom, label left].
const CONSENT_PLACE: &str = "const box = document.querySelector('input[data-kind=consent]');
  const label = document.querySelector(`label[for=${box.id}]`);
  const b = box.getBoundingClientRect(), line = label.getClientRects()[0];
  const range = document.createRange(); range.selectNodeContents(label);
  const first = range.getClientRects()[0];
  return [b.top, b.bottom, b.right, first.top, first.bottom, line.left];";

#[tokio::test]
async fn the_step_list_reads_as_separate_steps_and_the_consent_box_sits_beside_its_label() {
    let portal = Portal::start(dist_dir()).await;
    for size in [PHONE, LAPTOP] {
        let browser = signed_in(&portal, size).await;
        let page = &browser;
        let form = run(page, FORM, vec![json!("international-driving-permit")]).await;
        let id = run(page, NEW_DRAFT, vec![json!("international-driving-permit")]).await.as_i64().unwrap();
        page.complete_draft(id, revealing_answers(&form)).await;
        page.client.goto(&portal.url(&format!("/cabinet/drafts/{id}"))).await.unwrap();
        page.element_with_text("h2", "Крок 5 з 6").await;
        page.element_with_text(".ep-steps li", "✔ Заявник").await;

        let boxes = page.client.execute(STEP_BOXES, vec![]).await.unwrap();
        let boxes = boxes.as_array().unwrap();
        assert_eq!(boxes.len(), 6);
        for (n, item) in boxes.iter().enumerate() {
            assert_eq!(item[3], json!(true), "{size:?}: step {} is a box of its own", n + 1);
            assert_eq!(item[4], json!(true), "{size:?}: step {}'s number is inside its box", n + 1);
            if n > 0 && item[2] == boxes[n - 1][2] {
                let gap = item[0].as_f64().unwrap() - boxes[n - 1][1].as_f64().unwrap();
                assert!(gap >= 4.0, "{size:?}: steps {n} and {} are {gap} px apart", n + 1);
            }
        }
        let current = page.client.find(Locator::Css(".ep-steps [aria-current=step]")).await.unwrap();
        assert!(current.text().await.unwrap().contains("Підтвердження"), "the current step is marked for all");

        let place = page.client.execute(CONSENT_PLACE, vec![]).await.unwrap();
        let at = |i: usize| place[i].as_f64().unwrap();
        let (box_top, box_bottom, box_right, line_top, line_bottom, label_left) =
            (at(0), at(1), at(2), at(3), at(4), at(5));
        assert!(box_right <= label_left, "{size:?}: the box is left of its label ({box_right} > {label_left})");
        assert!(
            box_bottom > line_top && box_top < line_bottom,
            "{size:?}: the box ({box_top}–{box_bottom}) is beside the label's first line ({line_top}–{line_bottom})"
        );
        browser.close().await;
    }
}
