//! The application form's parts (issue 12): fields drawn from a form's
//! definition, conditional fields and a repeatable group, errors beside
//! their fields, and the save-state indicator; public-computer idle stages.

use crate::{mount_point, text};
use portal_model::Lang;
use portal_model::form::{Answers, FormDefinition, Scope};
use portal_model::registration::FieldProblem;
use portal_web::i18n::{I18nProvider, use_i18n};
use portal_web::pages::cabinet::application::field_input::{FieldContext, step_fields};
use portal_web::pages::cabinet::application::review;
use portal_web::pages::cabinet::application::save_state::{SaveState, save_state_view};
use portal_web::public_computer::{IdleStage, idle_stage};
use serde_json::json;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

fn form() -> FormDefinition {
    let label = |uk: &str| json!({"uk": uk, "be": uk, "en": uk});
    let definition = json!({
        "service_id": "test", "version": 1,
        "steps": [{"id": "one", "title": label("Крок"), "fields": [
            {"id": "kind", "label": label("Хто звертається"), "required": true, "kind": {"choice": {"options": [
                {"value": "self", "label": label("Для себе")},
                {"value": "legal_entity", "label": label("Від юридичної особи")}]}}},
            {"id": "edrpou", "label": label("Код ЄДРПОУ"), "required": true, "kind": "edrpou",
             "shown_when": {"field": "kind", "equals": "legal_entity"}},
            {"id": "vehicles", "label": label("Транспортні засоби"), "kind": {"group": {"max": 3, "fields": [
                {"id": "plate", "label": label("Номерний знак"), "required": true, "kind": {"text": {"max_len": 10}}}]}}}
        ]}]
    });
    FormDefinition::from_json(&definition).expect("a valid form")
}

#[derive(Properties, PartialEq)]
struct StepProps {
    answers: Answers,
    problems: Vec<FieldProblem>,
}

#[function_component(Step)]
fn step(props: &StepProps) -> Html {
    let i18n = use_i18n();
    let form = form();
    let cx = FieldContext {
        i18n: &i18n,
        answers: &props.answers,
        problems: &props.problems,
        uploading: None,
        upload_failed: None,
    };
    html! { <form>{ step_fields(&cx, &form.steps[0].fields) }</form> }
}

#[function_component(StepApp)]
fn step_app(props: &StepProps) -> Html {
    html! {
        <I18nProvider initial={Lang::Uk}>
            <Step answers={props.answers.clone()} problems={props.problems.clone()} />
        </I18nProvider>
    }
}

async fn render_step(answers: serde_json::Value, problems: Vec<FieldProblem>) -> Element {
    let answers = answers.as_object().unwrap().clone();
    let root = mount_point();
    yew::Renderer::<StepApp>::with_root_and_props(root.clone(), StepProps { answers, problems }).render();
    yew::scheduler::flush().await;
    root
}

fn input(root: &Element, id: &str) -> Option<HtmlInputElement> {
    root.query_selector(&format!("#{id}")).unwrap().map(wasm_bindgen::JsCast::unchecked_into)
}

#[wasm_bindgen_test]
async fn a_conditional_field_appears_only_when_its_answer_asks_for_it() {
    let for_self = render_step(json!({"kind": "self"}), Vec::new()).await;
    assert!(input(&for_self, "field-edrpou").is_none(), "no ЄДРПОУ for oneself");
    assert!(input(&for_self, "field-kind").unwrap().checked(), "«Для себе» is chosen");
    let company = render_step(json!({"kind": "legal_entity"}), Vec::new()).await;
    assert!(input(&company, "field-edrpou").is_some(), "ЄДРПОУ for a legal entity");
    assert!(input(&company, "field-kind-1").unwrap().checked(), "the chosen option is checked");
}

#[wasm_bindgen_test]
async fn a_repeatable_group_shows_each_entry_and_offers_one_more_up_to_its_limit() {
    let two = render_step(json!({"vehicles": [{"plate": "AA1234BB"}, {}]}), Vec::new()).await;
    assert_eq!(input(&two, "field-vehicles-0-plate").unwrap().value(), "AA1234BB");
    assert_eq!(input(&two, "field-vehicles-1-plate").unwrap().value(), "");
    assert_eq!(two.query_selector_all("button[data-action=remove]").unwrap().length(), 2);
    let add = two.query_selector("button[data-action=add]").unwrap().expect("room for a third");
    assert_eq!(add.get_attribute("data-path").as_deref(), Some("vehicles.2"));
    let full = render_step(json!({"vehicles": [{}, {}, {}]}), Vec::new()).await;
    assert!(full.query_selector("button[data-action=add]").unwrap().is_none(), "no fourth beyond max 3");
}

#[wasm_bindgen_test]
async fn errors_stand_beside_their_fields_translated_and_announced_without_clearing_the_answer() {
    let answers = json!({"kind": "legal_entity", "edrpou": "00032128", "vehicles": [{}]});
    let problems = form().problems(answers.as_object().unwrap(), Scope::Step(0));
    let paths: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(paths, ["edrpou", "vehicles.0.plate"], "{problems:?}");
    let root = render_step(answers, problems).await;
    let edrpou = input(&root, "field-edrpou").unwrap();
    assert_eq!(edrpou.value(), "00032128", "the typed value stays");
    assert_eq!(edrpou.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(edrpou.get_attribute("aria-describedby").unwrap().contains("field-edrpou-error"));
    assert!(text(&root, "field-edrpou-error").contains("контрольна цифра"), "{}", text(&root, "field-edrpou-error"));
    assert!(!text(&root, "field-vehicles-0-plate-error").is_empty(), "a missing answer inside a group");
}

#[derive(Properties, PartialEq)]
struct SaveProps {
    state: SaveState,
}

#[function_component(SaveProbe)]
fn save_probe(props: &SaveProps) -> Html {
    let i18n = use_i18n();
    save_state_view(&i18n, props.state, true, Callback::noop())
}

#[function_component(SaveApp)]
fn save_app(props: &SaveProps) -> Html {
    html! { <I18nProvider initial={Lang::Uk}><SaveProbe state={props.state} /></I18nProvider> }
}

#[wasm_bindgen_test]
async fn the_save_state_is_said_in_words_and_a_symbol_and_announced() {
    for (state, words, symbol, can_save) in [
        (SaveState::Saved, "Збережено", "✔", false),
        (SaveState::Saving, "Зберігається", "⟳", false),
        (SaveState::Pending, "незбережені", "✎", true),
        (SaveState::Offline, "Немає зв’язку", "⚠", true),
        (SaveState::Conflict, "Конфлікт", "⚠", false),
    ] {
        let root = mount_point();
        yew::Renderer::<SaveApp>::with_root_and_props(root.clone(), SaveProps { state }).render();
        yew::scheduler::flush().await;
        let status = root.query_selector("[role=status]").unwrap().expect("a status");
        assert_eq!(status.get_attribute("aria-live").as_deref(), Some("polite"));
        let said = status.text_content().unwrap();
        assert!(said.contains(words) && said.contains(symbol), "{state:?}: {said}");
        let button: Option<HtmlInputElement> =
            root.query_selector("button").unwrap().map(wasm_bindgen::JsCast::unchecked_into);
        match (can_save, state) {
            (_, SaveState::Conflict) => assert!(button.is_none(), "a conflict is resolved in its own view"),
            (true, _) => assert!(!button.unwrap().disabled(), "{state:?}: «Зберегти чернетку» works"),
            (false, _) => assert!(button.unwrap().disabled(), "{state:?}: nothing to save"),
        }
    }
}

#[wasm_bindgen_test]
fn a_public_computer_warns_in_the_last_minute_and_ends_at_fifteen() {
    assert_eq!(idle_stage(0), IdleStage::Active);
    assert_eq!(idle_stage(13 * 60 + 59), IdleStage::Active);
    assert_eq!(idle_stage(14 * 60), IdleStage::Warning);
    assert_eq!(idle_stage(15 * 60 - 1), IdleStage::Warning);
    assert_eq!(idle_stage(15 * 60), IdleStage::Over);
}

#[function_component(Dropped)]
fn dropped_view() -> Html {
    let i18n = use_i18n();
    let answers =
        json!({"kind": "self", "maiden_name": "Коваль", "vehicles": [{"plate": "AA1234BB", "colour": "червоний"}]});
    html! { <>{ review::dropped(&i18n, &form(), answers.as_object().unwrap()) }</> }
}

#[function_component(DroppedApp)]
fn dropped_app() -> Html {
    html! { <I18nProvider initial={Lang::Uk}><Dropped /></I18nProvider> }
}

#[wasm_bindgen_test]
async fn answers_to_questions_the_form_no_longer_asks_are_shown_as_such_on_the_review() {
    let root = mount_point();
    yew::Renderer::<DroppedApp>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let shown = root.text_content().unwrap_or_default();
    assert!(shown.contains("Більше не запитується") && shown.contains("не буде надіслано"), "{shown}");
    assert!(shown.contains("maiden_name") && shown.contains("Коваль"), "{shown}");
    assert!(shown.contains("vehicles.0.colour") && shown.contains("червоний"), "{shown}");
    assert!(!shown.contains("AA1234BB"), "asked answers are not listed as dropped: {shown}");
}
