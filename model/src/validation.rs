//! Validation rules for personal data (../shared/DOMAIN.md, "Rules worth
//! knowing"). Each rule returns a stable error code the SPA translates.

use serde::{Deserialize, Serialize};

/// Why a value was refused; the SPA shows `validation-<code>` from Fluent.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldError {
    Required,
    /// Wrong length or characters for this kind of value.
    Format,
    /// The check digit does not match.
    Checksum,
    /// Not the same as what it must equal (the old password, the new one
    /// typed again).
    Mismatch,
    /// Holds characters nobody types on purpose (see [`is_forbidden_char`]).
    Characters,
}

/// Control characters (NUL, line breaks, escape, …), the Unicode line and
/// paragraph separators, and every character that shows nothing: the
/// format characters (General_Category Cf: zero-width characters, the
/// invisible marks that reorder how text is displayed, the soft hyphen,
/// word joiners, invisible operators, tags, interlinear annotation), the
/// other default-ignorable ones (the combining grapheme joiner, variation
/// selectors, Mongolian and Khmer fillers) and the letters that look blank
/// (Hangul fillers, the empty Braille pattern). In a name, an address, a
/// file name or a complaint they only ever hide something, and in an
/// e-mail address they would reach the mail server's commands.
pub fn is_forbidden_char(c: char) -> bool {
    c.is_control() || INVISIBLE.iter().any(|range| range.contains(&c))
}

/// The characters besides controls that [`is_forbidden_char`] refuses: the
/// Cf characters and the default-ignorable code points of Unicode 16 (a
/// short table rather than a Unicode crate: the SPA ships it to the browser).
const INVISIBLE: &[std::ops::RangeInclusive<char>] = &[
    '\u{00AD}'..='\u{00AD}', // soft hyphen
    '\u{034F}'..='\u{034F}', // combining grapheme joiner
    '\u{0600}'..='\u{0605}', // Arabic number signs
    '\u{061C}'..='\u{061C}', // Arabic letter mark
    '\u{06DD}'..='\u{06DD}',
    '\u{070F}'..='\u{070F}',
    '\u{0890}'..='\u{0891}',
    '\u{08E2}'..='\u{08E2}',
    '\u{115F}'..='\u{1160}', // Hangul choseong and jungseong fillers
    '\u{17B4}'..='\u{17B5}', // Khmer inherent vowels
    '\u{180B}'..='\u{180F}', // Mongolian variation selectors and vowel separator
    '\u{200B}'..='\u{200F}', // zero-width space, joiners, LRM, RLM
    '\u{2028}'..='\u{202E}', // line and paragraph separators, bidi embeddings and overrides
    '\u{2060}'..='\u{206F}', // word joiner, invisible operators, bidi isolates, deprecated format characters
    '\u{2800}'..='\u{2800}', // Braille pattern blank
    '\u{3164}'..='\u{3164}', // Hangul filler
    '\u{FE00}'..='\u{FE0F}', // variation selectors
    '\u{FEFF}'..='\u{FEFF}', // byte order mark, zero-width no-break space
    '\u{FFA0}'..='\u{FFA0}', // halfwidth Hangul filler
    '\u{FFF0}'..='\u{FFFB}', // (unassigned ignorables) interlinear annotation
    '\u{110BD}'..='\u{110BD}',
    '\u{110CD}'..='\u{110CD}',
    '\u{13430}'..='\u{1343F}', // Egyptian hieroglyph format controls
    '\u{1BCA0}'..='\u{1BCA3}', // shorthand format controls
    '\u{1D173}'..='\u{1D17A}', // musical symbol format controls
    '\u{E0000}'..='\u{E0FFF}', // tags, variation selectors supplement
];

/// Text as typed, made fit to store: trimmed, refused if it holds a
/// forbidden character, and (on the server) in Unicode NFC, so «й» or «ў»
/// is one code point however the keyboard composed it.
pub fn typed_text(raw: &str) -> Result<String, FieldError> {
    let value = raw.trim();
    if value.chars().any(is_forbidden_char) {
        return Err(FieldError::Characters);
    }
    Ok(nfc(value))
}

#[cfg(feature = "normalize-unicode")]
fn nfc(value: &str) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    // Almost all typed text is NFC already: checked first, cheaply.
    match is_nfc_quick(value.chars()) {
        IsNormalized::Yes => value.to_owned(),
        _ => value.nfc().collect(),
    }
}

#[cfg(not(feature = "normalize-unicode"))]
fn nfc(value: &str) -> String {
    value.to_owned()
}

/// РНОКПП (Ukrainian taxpayer number): 10 digits with a check digit.
pub fn rnokpp(raw: &str) -> Result<String, FieldError> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(FieldError::Required);
    }
    let digits: Vec<u32> = value.chars().filter_map(|c| c.to_digit(10)).collect();
    if digits.len() != 10 || value.chars().count() != 10 {
        return Err(FieldError::Format);
    }
    const WEIGHTS: [i64; 9] = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
    let sum: i64 = WEIGHTS.iter().zip(&digits).map(|(w, d)| w * i64::from(*d)).sum();
    let check = (sum.rem_euclid(11) % 10) as u32;
    if check != digits[9] {
        return Err(FieldError::Checksum);
    }
    Ok(value.to_owned())
}

/// Ukrainian passport: booklet «АА 123456» (two Cyrillic capitals, six digits)
/// or ID card (nine digits). Returns the normalised form.
pub fn passport(raw: &str) -> Result<String, FieldError> {
    let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.is_empty() {
        return Err(FieldError::Required);
    }
    let chars: Vec<char> = compact.chars().collect();
    if chars.len() == 9 && chars.iter().all(char::is_ascii_digit) {
        return Ok(compact);
    }
    let is_cyrillic_capital = |c: &char| matches!(c, 'А'..='Я' | 'Є' | 'І' | 'Ї' | 'Ґ');
    if chars.len() == 8 && chars[..2].iter().all(is_cyrillic_capital) && chars[2..].iter().all(char::is_ascii_digit) {
        return Ok(format!("{} {}", &chars[..2].iter().collect::<String>(), &compact[4..]));
    }
    Err(FieldError::Format)
}

/// Phone: a Ukrainian number as people write it — «+380 67 123-45-67»,
/// «067 123 45 67», «(067) 1234567», «80671234567», «380671234567» — or a
/// Belarusian one with its code, «+375 29 123-45-67». Spaces, dots,
/// hyphens and brackets are ignored; the result is `+380XXXXXXXXX` (or
/// `+375XXXXXXXXX`).
pub fn phone(raw: &str) -> Result<String, FieldError> {
    let compact: String = raw.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '.' | '-' | '(' | ')')).collect();
    if compact.is_empty() {
        return Err(FieldError::Required);
    }
    let (plus, digits) = match compact.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, compact.as_str()),
    };
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(FieldError::Format);
    }
    // Without the plus only Ukraine's ways of writing: the trunk 0 («067…»),
    // the old long-distance 8 («8067…») or the country code without its plus.
    let international = match (plus, digits.len()) {
        (true, _) => digits.to_owned(),
        (false, 10) if digits.starts_with('0') => format!("38{digits}"),
        (false, 11) if digits.starts_with("80") => format!("3{digits}"),
        (false, 12) if digits.starts_with("380") => digits.to_owned(),
        _ => return Err(FieldError::Format),
    };
    let known = international.starts_with("380") || (plus && international.starts_with("375"));
    if known && international.len() == 12 { Ok(format!("+{international}")) } else { Err(FieldError::Format) }
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Country {
    #[default]
    UA,
    BY,
}

/// Latin capitals for the Cyrillic ones that look alike: Belarusian
/// document numbers are Latin, and people type them on either layout.
fn latin_lookalike(c: char) -> char {
    match c.to_uppercase().next().unwrap_or(c) {
        'А' => 'A',
        'В' => 'B',
        'С' => 'C',
        'Е' => 'E',
        'Н' => 'H',
        'К' => 'K',
        'М' => 'M',
        'О' => 'O',
        'Р' => 'P',
        'Т' => 'T',
        'Х' => 'X',
        upper => upper,
    }
}

/// The characters of a document number without spaces, in Latin capitals.
fn document_number(raw: &str) -> String {
    raw.chars().filter(|c| !c.is_whitespace() && *c != '-').map(latin_lookalike).collect()
}

/// The Belarusian personal identification number (идентификационный номер,
/// in the passport and the ID card): 14 characters, 3010190A001PB1 — the
/// sex and century and the birth date (7 digits), the region's letter, a
/// serial number (3 digits), the citizenship's two letters and a check
/// digit. Its format is checked, not the check digit (the algorithm is not
/// published). Returns it in Latin capitals.
pub fn by_personal_number(raw: &str) -> Result<String, FieldError> {
    let value = document_number(raw);
    if value.is_empty() {
        return Err(FieldError::Required);
    }
    let c: Vec<char> = value.chars().collect();
    let ok = c.len() == 14
        && ('1'..='6').contains(&c[0])
        && c[1..7].iter().all(char::is_ascii_digit)
        && "ABCEHKM".contains(c[7])
        && c[8..11].iter().all(char::is_ascii_digit)
        && c[11..13].iter().all(char::is_ascii_uppercase)
        && c[13].is_ascii_digit();
    if ok { Ok(value) } else { Err(FieldError::Format) }
}

/// The Belarusian passport (or ID card): two Latin letters of the series
/// and seven digits, MP1234567. Returns it in Latin capitals.
pub fn by_passport(raw: &str) -> Result<String, FieldError> {
    let value = document_number(raw);
    if value.is_empty() {
        return Err(FieldError::Required);
    }
    let c: Vec<char> = value.chars().collect();
    let ok = c.len() == 9 && c[..2].iter().all(char::is_ascii_uppercase) && c[2..].iter().all(char::is_ascii_digit);
    if ok { Ok(value) } else { Err(FieldError::Format) }
}

/// Postal code: five digits in Ukraine, six in Belarus.
pub fn postal_code(raw: &str, country: Country) -> Result<String, FieldError> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(FieldError::Required);
    }
    let len = match country {
        Country::UA => 5,
        Country::BY => 6,
    };
    if value.len() == len && value.chars().all(|c| c.is_ascii_digit()) {
        Ok(value.to_owned())
    } else {
        Err(FieldError::Format)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds a valid РНОКПП from nine digits by computing the check digit.
    fn with_check_digit(nine: &str) -> String {
        for last in '0'..='9' {
            let candidate = format!("{nine}{last}");
            if rnokpp(&candidate).is_ok() {
                return candidate;
            }
        }
        unreachable!("one of ten digits is the check digit")
    }

    #[test]
    fn rnokpp_checks_the_check_digit() {
        // 1234567899: sum = -1+10+21+36+20+36+70+40+63 = 295; 295 mod 11 = 9.
        assert_eq!(rnokpp("1234567899"), Ok("1234567899".into()));
        assert_eq!(rnokpp("1234567890"), Err(FieldError::Checksum));
        let valid = with_check_digit("304051234");
        assert!(rnokpp(&valid).is_ok());
    }

    #[test]
    fn rnokpp_rejects_wrong_shapes() {
        assert_eq!(rnokpp(""), Err(FieldError::Required));
        assert_eq!(rnokpp("   "), Err(FieldError::Required));
        assert_eq!(rnokpp("123456789"), Err(FieldError::Format));
        assert_eq!(rnokpp("12345678901"), Err(FieldError::Format));
        assert_eq!(rnokpp("12345a7899"), Err(FieldError::Format));
    }

    #[test]
    fn passport_accepts_booklet_and_id_card() {
        assert_eq!(passport("АА 123456"), Ok("АА 123456".into()));
        assert_eq!(passport("КЕ123456"), Ok("КЕ 123456".into()));
        assert_eq!(passport("123456789"), Ok("123456789".into()));
        assert_eq!(passport("AA 123456"), Err(FieldError::Format), "Latin letters");
        assert_eq!(passport("аа 123456"), Err(FieldError::Format), "lowercase");
        assert_eq!(passport("12345678"), Err(FieldError::Format));
        assert_eq!(passport(""), Err(FieldError::Required));
    }

    #[test]
    fn phones_of_ukraine_and_belarus() {
        assert_eq!(phone("+380 44 253-54-85"), Ok("+380442535485".into()));
        assert_eq!(phone("+375(29)1234567"), Ok("+375291234567".into()));
        assert_eq!(phone("+375 29 123-45-67"), Ok("+375291234567".into()));
        assert_eq!(phone("442535485"), Err(FieldError::Format));
        assert_eq!(phone("+38044253548"), Err(FieldError::Format));
        assert_eq!(phone("+48123456789"), Err(FieldError::Format));
        assert_eq!(phone(""), Err(FieldError::Required));
    }

    /// The usability review (2026-12): «067 123 45 67» was refused.
    #[test]
    fn ukrainian_phones_as_people_write_them() {
        for written in [
            "067 123 45 67",
            "(067) 1234567",
            "+380 67 123-45-67",
            "80671234567",
            "380671234567",
            "067-123-45-67",
            "067.123.45.67",
            "+38 (067) 123 45 67",
            "\u{a0}0671234567 ",
        ] {
            assert_eq!(phone(written), Ok("+380671234567".into()), "{written:?}");
        }
        for wrong in [
            "67 123 45 67",
            "067 123 45 6",
            "067 123 45 678",
            "8067123456",
            "90671234567",
            "375291234567",
            "80291234567X",
            "+0671234567",
            "067 123 45 6x",
            "++380671234567",
            "+",
        ] {
            assert_eq!(phone(wrong), Err(FieldError::Format), "{wrong:?}");
        }
    }

    #[test]
    fn typed_text_refuses_hidden_characters() {
        for bad in [
            "a\u{0}b",
            "line\nbreak",
            "cr\rlf",
            "tab\there",
            "\u{1b}[31m",
            "evil\u{202E}txt.exe",
            "x\u{2066}y",
            "\u{200F}",
            "zero\u{200B}width",
            "line\u{2028}sep",
            "\u{FEFF}bom",
        ] {
            assert_eq!(typed_text(bad), Err(FieldError::Characters), "{bad:?}");
        }
    }

    /// Each character the security review (2026-12, finding 7) found
    /// accepted, and the rest of its kinds, inside a name.
    #[test]
    fn typed_text_refuses_invisible_format_characters_and_blank_fillers() {
        let invisible = [
            '\u{2060}',
            '\u{2062}',
            '\u{00AD}',
            '\u{180E}',
            '\u{206A}',
            '\u{E0041}',
            '\u{E0001}',
            '\u{E007F}',
            '\u{FFF9}',
            '\u{FFFA}',
            '\u{FFFB}',
            '\u{3164}',
            '\u{2800}',
            '\u{034F}',
            '\u{FE0F}',
            '\u{FE00}',
            '\u{115F}',
            '\u{1160}',
            '\u{FFA0}',
            '\u{E0100}',
            '\u{180B}',
            '\u{17B4}',
            '\u{0600}',
            '\u{1D173}',
        ];
        for c in invisible {
            let name = format!("Іван{c}Петренко");
            assert_eq!(typed_text(&name), Err(FieldError::Characters), "U+{:04X}", u32::from(c));
            assert!(is_forbidden_char(c), "U+{:04X}", u32::from(c));
        }
        // What people do type stays: apostrophes, accents, other scripts,
        // the combining breve that composes «й», a no-break space.
        for fine in [
            "Дар’я",
            "Кузьмич-Ясінська",
            "Zoë O'Brien",
            "Łukasz Żółć",
            "Ўладзімір",
            "Андрии\u{306}",
            "1\u{A0}000",
            "☺ дякую",
        ] {
            assert!(typed_text(fine).is_ok(), "{fine}");
        }
    }

    #[test]
    fn typed_text_trims_and_composes() {
        assert_eq!(typed_text("  Київ, вул. Хрещатик, 1 "), Ok("Київ, вул. Хрещатик, 1".into()));
        // «й» typed as и + combining breve, «ў» as у + combining breve.
        assert_eq!(typed_text("Андрии\u{306}"), Ok("Андри\u{439}".into()));
        assert_eq!(typed_text("у\u{306}"), Ok("ў".into()));
        assert_eq!(typed_text("и\u{306}").unwrap().chars().count(), 1);
    }

    #[test]
    fn postal_codes_by_country() {
        assert!(postal_code("01001", Country::UA).is_ok());
        assert!(postal_code("220030", Country::BY).is_ok());
        assert_eq!(postal_code("220030", Country::UA), Err(FieldError::Format));
        assert_eq!(postal_code("0100A", Country::UA), Err(FieldError::Format));
        assert_eq!(postal_code(" ", Country::BY), Err(FieldError::Required));
    }

    #[test]
    fn belarusian_personal_numbers_have_fourteen_characters() {
        assert_eq!(by_personal_number("3140882A001PB5"), Ok("3140882A001PB5".into()));
        assert_eq!(by_personal_number("3140882а001рв5"), Ok("3140882A001PB5".into()));
        assert_eq!(by_personal_number("3140882A001PB"), Err(FieldError::Format), "13 characters");
        assert_eq!(by_personal_number("3140882A001PB51"), Err(FieldError::Format), "15 characters");
        assert_eq!(by_personal_number(" "), Err(FieldError::Required));
    }
}
