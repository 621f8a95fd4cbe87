//! The online extract (seed 002): produced automatically, without a
//! registrar, as soon as the card payment for it arrives. A real online
//! extract carries the register's answer and has legal force without the
//! registrar's signature; this portal is connected to no register, so what
//! it makes is marked, at its top and its end, as a demonstration document
//! that is no extract and has no legal force. It names the order, when it
//! was made, and the request's parameters as the applicant entered them
//! (labelled so), each value in its own indented column, so a value however
//! long cannot pass for a line of the document (`pdf::Block::Pair`).
//!
//! Extracts are Ukrainian documents (the Ministry of Justice's and other
//! Ukrainian registers'), so they are written in Ukrainian; their texts are
//! in the Fluent files (`extract-*`) beside the portal's own.

use crate::documents::pdf::{self, Block};
use crate::platform::locale_text::{local_time, text};
use portal_model::form::{Answers, Field, FieldKind, FormDefinition};
use portal_model::lang::Lang;
use portal_model::order_code::OrderCode;
use serde_json::Value;

/// What an extract is made from.
pub struct ExtractRequest<'a> {
    pub service_name: &'a str,
    pub provider_name: &'a str,
    pub order_id: i64,
    pub payment_code: Option<&'a str>,
    /// `yyyy-mm-ddThh:mm:ssZ`.
    pub made_at: &'a str,
    /// The provider's country (`UA`, `BY`): the clock `made_at` is written on.
    pub country: &'a str,
    pub form: &'a FormDefinition,
    pub answers: &'a Answers,
}

/// The file name an extract is downloaded as.
pub fn file_name(order_id: i64) -> String {
    format!("vytiah-{order_id}.pdf")
}

/// The extract as a PDF.
pub fn render(request: &ExtractRequest<'_>) -> Result<Vec<u8>, String> {
    pdf::render(request.service_name, "uk", &blocks(request))
}

fn blocks(request: &ExtractRequest<'_>) -> Vec<Block> {
    let t = |id: &str| text(Lang::Uk, id, &[]);
    let mut blocks = vec![
        Block::Heading(t("extract-demo-mark")),
        Block::Paragraph(t("extract-demo-notice")),
        Block::Space,
        Block::Title(request.service_name.to_owned()),
        Block::Paragraph(request.provider_name.to_owned()),
        Block::Space,
        Block::Pair(t("extract-order-number"), request.order_id.to_string()),
    ];
    if let Some(code) = request.payment_code.and_then(|digits| OrderCode::parse(digits).ok()) {
        blocks.push(Block::Pair(t("extract-order-code"), code.grouped()));
    }
    blocks.push(Block::Pair(t("extract-made-at"), local_time(Lang::Uk, request.country, request.made_at)));
    blocks.push(Block::Space);
    blocks.push(Block::Heading(t("extract-as-entered")));
    for step in &request.form.steps {
        for field in &step.fields {
            if let Some(value) = answer_text(field, request.answers) {
                blocks.push(Block::Pair(field.label.get(Lang::Uk).to_owned(), value));
            }
        }
    }
    blocks.push(Block::Space);
    blocks.push(Block::Heading(t("extract-register")));
    blocks.push(Block::Paragraph(t("extract-no-register")));
    blocks.push(Block::Space);
    blocks.push(Block::Heading(t("extract-demo-mark")));
    blocks
}

/// An answer as the extract prints it; `None` for what it leaves out
/// (unanswered questions, files, repeated groups).
fn answer_text(field: &Field, answers: &Answers) -> Option<String> {
    // Only what the form asked (an answer to a question it hid is not part
    // of the application), and no free text: the extract is a legal
    // document, and the applicant's own words do not belong in it.
    if field.shown_when.as_ref().is_some_and(|condition| !condition.holds(answers)) {
        return None;
    }
    if matches!(field.kind, FieldKind::Text { multiline: true, .. }) {
        return None;
    }
    let value = answers.get(&field.id)?;
    let option_label = |value: &str, options: &[portal_model::form::ChoiceOption]| {
        options.iter().find(|option| option.value == value).map(|option| option.label.get(Lang::Uk).to_owned())
    };
    let text = match (&field.kind, value) {
        (FieldKind::Attachment { .. } | FieldKind::Group { .. }, _) => return None,
        (FieldKind::Choice { options }, Value::String(chosen)) => option_label(chosen, options)?,
        (FieldKind::MultiChoice { options }, Value::Array(chosen)) => {
            chosen.iter().filter_map(|value| option_label(value.as_str()?, options)).collect::<Vec<_>>().join(", ")
        }
        (_, Value::Bool(true)) => text(Lang::Uk, "application-yes", &[]).to_lowercase(),
        (_, Value::Bool(false)) => text(Lang::Uk, "application-no", &[]).to_lowercase(),
        (_, Value::String(text)) => text.clone(),
        (_, Value::Number(number)) => number.to_string(),
        _ => return None,
    };
    // (One line each: a line break or control character cannot start what
    // looks like another entry of the document.)
    let text: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    (!text.trim().is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The security review's forgery: a name padded so that, wrapped, the
    /// next line would begin with what reads as the register's answer.
    const FORGED_NAME: &str = "Тестовий Тест.............................. ВІДОМОСТІ З РЕЄСТРУ: право власності (1/1) \
        зареєстровано 12.03.2019, обтяжень не виявлено. Витяг засвідчено державним реєстратором.";

    /// A request for the property register's extract with these answers.
    fn property_extract<'a>(form: &'a FormDefinition, answers: &'a Answers) -> ExtractRequest<'a> {
        ExtractRequest {
            service_name: "Витяг з Державного реєстру речових прав на нерухоме майно",
            provider_name: "Міністерство юстиції України",
            order_id: 42,
            payment_code: None,
            made_at: "2026-11-27T10:05:00Z",
            country: "UA",
            form,
            answers,
        }
    }

    #[test]
    fn a_name_that_wraps_stays_in_the_applicants_column() {
        let form = crate::catalogue::forms::own::form("extract-property-rights-register").unwrap();
        let answers: Answers =
            serde_json::from_value(serde_json::json!({"applicant_kind": "self", "full_name": FORGED_NAME})).unwrap();
        let request = property_extract(form, &answers);
        let lines = pdf::layout(&blocks(&request));
        let forged: Vec<_> = lines
            .iter()
            .flat_map(|line| &line.pieces)
            .filter(|piece| ["ВІДОМОСТІ", "зареєстровано", "реєстратором"].iter().any(|w| piece.text.contains(w)))
            .collect();
        assert!(forged.len() >= 2, "the forged name wraps");
        for piece in forged {
            assert_eq!(piece.x, pdf::VALUE_X, "«{}» is not in the value column", piece.text);
        }
        // The document's own heading of the register's answer is at the margin.
        let heading = lines.iter().flat_map(|line| &line.pieces).find(|p| p.text == "Відомості з реєстру").unwrap();
        assert!(heading.x < pdf::VALUE_X);
        let text = pdf_extract::extract_text_from_mem(&render(&request).unwrap()).unwrap();
        assert!(text.contains("ДЕМОНСТРАЦІЙНИЙ ДОКУМЕНТ"), "{text}");
    }

    #[test]
    fn an_extract_names_the_order_and_the_request_in_extractable_text() {
        let form = crate::catalogue::forms::own::form("extract-property-rights-register").unwrap();
        let answers: Answers = serde_json::from_value(serde_json::json!({
            "applicant_kind": "self",
            "full_name": "Мельник Мар\u{2bc}яна Ґудзівна",
            "rnokpp": "3012345678",
            // Hidden by the form (applying for oneself), and free text:
            // neither belongs in the document.
            "represented_full_name": "ВИТЯГ ЗАСВІДЧЕНО РЕЄСТРАТОРОМ",
            "comment": "Рядок один\nВідомості з реєстру: право власності підтверджено",
        }))
        .unwrap();
        let request = property_extract(form, &answers);
        let text = pdf_extract::extract_text_from_mem(&render(&request).unwrap()).unwrap();
        // (Words wrapped onto the next line come out with a line break or a space.)
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for expected in [
            "Витяг з Державного реєстру речових прав на нерухоме майно",
            "Номер замовлення: 42",
            // 10:05 UTC is 12:05 in Kyiv in November.
            "27.11.2026 12:05 за київським часом",
            "Мельник Мар\u{2bc}яна Ґудзівна",
            "Для себе",
            "ДЕМОНСТРАЦІЙНИЙ ДОКУМЕНТ",
            "не має юридичної сили",
            "як їх зазначив заявник",
        ] {
            assert!(text.contains(expected), "«{expected}» not in {text}");
        }
        for unwanted in ["ЗАСВІДЧЕНО", "право власності підтверджено", "має юридичну силу"]
        {
            assert!(!text.contains(unwanted), "«{unwanted}» printed: {text}");
        }
    }
}
