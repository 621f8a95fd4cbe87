//! The online extract (seed 002): produced automatically, without a
//! registrar, as soon as the card payment for it arrives, and legally valid
//! without the registrar's signature. It names the order, when it was made,
//! and the request's parameters as the applicant gave them; the register's
//! answer comes from the register a deployment connects (this portal has
//! none, and says so rather than invent records).
//!
//! Extracts are Ukrainian documents (the Ministry of Justice's and other
//! Ukrainian registers'), so they are written in Ukrainian.

use crate::pdf_document::{self, Block};
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
    pub form: &'a FormDefinition,
    pub answers: &'a Answers,
}

/// The file name an extract is downloaded as.
pub fn file_name(order_id: i64) -> String {
    format!("vytiah-{order_id}.pdf")
}

/// The extract as a PDF.
pub fn render(request: &ExtractRequest<'_>) -> Result<Vec<u8>, String> {
    pdf_document::render(request.service_name, "uk", &blocks(request))
}

fn blocks(request: &ExtractRequest<'_>) -> Vec<Block> {
    let mut blocks = vec![
        Block::Title(request.service_name.to_owned()),
        Block::Paragraph(format!("Інформаційна довідка, сформована в режимі «онлайн». {}", request.provider_name)),
        Block::Space,
        Block::Pair("Номер замовлення".into(), request.order_id.to_string()),
    ];
    if let Some(code) = request.payment_code.and_then(|digits| OrderCode::parse(digits).ok()) {
        blocks.push(Block::Pair("Код замовлення".into(), code.grouped()));
    }
    blocks.push(Block::Pair("Дата і час формування (UTC)".into(), readable_time(request.made_at)));
    blocks.push(Block::Space);
    blocks.push(Block::Heading("Параметри запиту".into()));
    for step in &request.form.steps {
        for field in &step.fields {
            if let Some(value) = answer_text(field, request.answers) {
                blocks.push(Block::Pair(field.label.get(Lang::Uk).to_owned(), value));
            }
        }
    }
    blocks.push(Block::Space);
    blocks.push(Block::Heading("Відомості з реєстру".into()));
    blocks.push(Block::Paragraph(
        "Цей портал не підключено до державного реєстру: відомостей за параметрами запиту не надано. \
         Розгортання, підключене до реєстру, подає тут його відповідь."
            .into(),
    ));
    blocks.push(Block::Space);
    blocks.push(Block::Paragraph(
        "Витяг сформовано автоматично в режимі «онлайн» без участі реєстратора. \
         «Онлайн-витяг» надається без підпису реєстратора, але має юридичну силу."
            .into(),
    ));
    blocks
}

/// `2026-11-27T10:05:00Z` → `27.11.2026 10:05:00`.
fn readable_time(at: &str) -> String {
    match (at.get(0..4), at.get(5..7), at.get(8..10), at.get(11..19)) {
        (Some(year), Some(month), Some(day), Some(time)) => format!("{day}.{month}.{year} {time}"),
        _ => at.to_owned(),
    }
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
        (_, Value::Bool(true)) => "так".into(),
        (_, Value::Bool(false)) => "ні".into(),
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

    #[test]
    fn an_extract_names_the_order_and_the_request_in_extractable_text() {
        let form = crate::forms::own::form("extract-property-rights-register").unwrap();
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
        let request = ExtractRequest {
            service_name: "Витяг з Державного реєстру речових прав на нерухоме майно",
            provider_name: "Міністерство юстиції України",
            order_id: 42,
            payment_code: None,
            made_at: "2026-11-27T10:05:00Z",
            form,
            answers: &answers,
        };
        let text = pdf_extract::extract_text_from_mem(&render(&request).unwrap()).unwrap();
        // (Words wrapped onto the next line come out with a line break or a space.)
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for expected in [
            "Витяг з Державного реєстру речових прав на нерухоме майно",
            "Номер замовлення: 42",
            "27.11.2026 10:05:00",
            "Мельник Мар\u{2bc}яна Ґудзівна",
            "Для себе",
            "без участі реєстратора",
        ] {
            assert!(text.contains(expected), "«{expected}» not in {text}");
        }
        for unwanted in ["ЗАСВІДЧЕНО", "право власності підтверджено"] {
            assert!(!text.contains(unwanted), "«{unwanted}» printed: {text}");
        }
    }
}
