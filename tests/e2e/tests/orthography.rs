//! The mechanical rules of the portal's Ukrainian and Belarusian (and its
//! apostrophe in English), over everything it writes: the interface and
//! mail texts, the catalogue and the forms. The terms it must not use come
//! from `locales/GLOSSARY.md`. Each rule is also tried on a seeded mistake,
//! so a rule that stopped catching anything would fail too.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every text the portal writes in `lang`: Fluent values (comments, ids and
/// placeholders left out) and the `lang` values of the catalogue and forms.
fn texts(lang: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for file in ["portal.ftl", "mail.ftl", "server.ftl"] {
        let path = format!("locales/{lang}/{file}");
        let text = std::fs::read_to_string(root().join(&path)).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let value = match line.split_once(" = ") {
                Some((id, value)) if !id.starts_with(' ') => value,
                _ => line,
            };
            out.push((format!("{path}:{}", n + 1), without_placeholders(value)));
        }
    }
    let mut json_files = vec![root().join("api/seed/catalogue.json")];
    let mut forms: Vec<PathBuf> =
        std::fs::read_dir(root().join("api/seed/forms")).unwrap().map(|e| e.unwrap().path()).collect();
    forms.sort();
    json_files.extend(forms);
    for path in json_files {
        let value: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let name = path.strip_prefix(root()).unwrap_or(&path).display().to_string();
        localized_values(&value, lang, &name, &mut out);
    }
    out
}

/// The `lang` member of every object that has uk, be and en members.
fn localized_values(value: &serde_json::Value, lang: &str, file: &str, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::Object(map) => {
            if ["uk", "be", "en"].iter().all(|k| map.get(*k).is_some_and(|v| v.is_string())) {
                out.push((file.to_owned(), map[lang].as_str().unwrap_or_default().to_owned()));
                return;
            }
            map.values().for_each(|v| localized_values(v, lang, file, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| localized_values(v, lang, file, out)),
        _ => {}
    }
}

/// Fluent placeholders and selectors (`{ $count -> … }`, `{ $name }`) are
/// not text: each becomes a 0, since what it stands for is often a number
/// that meets a unit («{ $amount } грн»).
fn without_placeholders(value: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in value.chars() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                out.push('0');
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Names that keep their own letters in the other language.
/// (Ukrainian abbreviations are adapted instead: АДРПАУ, АДР, РНУКП.)
const OWN_NAMES: [&str; 3] = ["єМалятко", "єВідновлення", "Українська"];

/// Official names written as the law writes them, whatever the rules say.
const OFFICIAL_NAMES: [&str; 1] = ["Національна комісія з цінних паперів та фондового ринку"];

/// Letters the language does not have (Russian-only ones included).
fn foreign_letters(lang: &str, text: &str) -> Vec<String> {
    let foreign: &[char] = match lang {
        "uk" => &['ў', 'Ў', 'ы', 'Ы', 'э', 'Э', 'ё', 'Ё', 'ъ', 'Ъ'],
        "be" => &['є', 'Є', 'ї', 'Ї', 'ґ', 'Ґ', 'и', 'И', 'щ', 'Щ', 'ъ', 'Ъ'],
        _ => &[],
    };
    words(text)
        .filter(|w| !OWN_NAMES.contains(w) && w.contains(foreign))
        .map(|w| format!("«{w}» has a letter {lang} does not use"))
        .collect()
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\'' || c == 'ʼ' || c == '`'))
        .filter(|w| !w.is_empty())
}

/// The apostrophe inside a word is ’ in every language.
fn other_apostrophes(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .filter(|w| w[0].is_alphabetic() && w[2].is_alphabetic() && matches!(w[1], '\'' | 'ʼ' | '`'))
        .map(|w| format!("«{}» writes the apostrophe as {:?}: write ’", w.iter().collect::<String>(), w[1]))
        .collect()
}

/// Units and signs a number is never parted from at a line's end.
const UNITS: [&str; 18] = [
    "грн",
    "коп.",
    "BYN",
    "UAH",
    "КБ",
    "МБ",
    "ГБ",
    "год.",
    "гадз.",
    "хв.",
    "мм",
    "см",
    "км",
    "кг",
    "В",
    "кВт",
    "МПа",
    "%",
];

/// Ukrainian and Belarusian: a no-break space (U+00A0, as in the amounts
/// «1 050,00») between a number and its unit («780 грн», «10 МБ», «3 %»)
/// and after «№», where an ordinary space would let a line break there.
fn space_in_number_and_unit(text: &str) -> Vec<String> {
    let mut found: Vec<String> = text.match_indices("№ ").map(|_| "«№ »: write «№\u{a0}»".to_owned()).collect();
    for (at, _) in text.match_indices(|c: char| c.is_ascii_digit()) {
        let after = text[at + 1..].trim_start_matches(' ');
        if after.len() == text.len() - at - 1 {
            continue;
        }
        for unit in UNITS.iter().filter(|unit| after.starts_with(**unit)) {
            if !after[unit.len()..].starts_with(char::is_alphanumeric) {
                found.push(format!("«{} {unit}»: write a no-break space (U+00A0) before «{unit}»", &text[at..at + 1]));
            }
        }
    }
    found
}

const BELARUSIAN_VOWELS: &str = "аеёіоуыэюяАЕЁІОУЫЭЮЯ";

/// Belarusian: у after a vowel, in the next word without a pause, is ў.
fn u_after_vowel(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(4)
        .filter(|w| {
            BELARUSIAN_VOWELS.contains(w[0]) && w[1] == ' ' && w[2] == 'у' && (w[3].is_alphabetic() || w[3] == ' ')
        })
        .map(|w| format!("«{}»: ў after a vowel", w.iter().collect::<String>()))
        .collect()
}

/// The preposition з where the language wants another form: Belarusian
/// «са» before з, с, ш, ж followed by a consonant; Ukrainian «зі» before з,
/// с, ш, щ followed by a consonant and «із» before з, с, ц, ч, ш, щ
/// otherwise (2019 orthography, § 23).
fn z_before_sibilant(lang: &str, text: &str) -> Vec<String> {
    let all: Vec<&str> = words(text).collect();
    all.windows(2)
        .filter(|w| matches!(w[0], "з" | "З"))
        .filter_map(|w| {
            let mut next = w[1].chars().flat_map(char::to_lowercase);
            let (first, second) = (next.next()?, next.next().unwrap_or(' '));
            let instead = match lang {
                "be" if "зсшж".contains(first) && is_consonant(second) => "са",
                "uk" if "зсшщ".contains(first) && is_consonant(second) => "зі",
                "uk" if "зсцчшщ".contains(first) => "із",
                _ => return None,
            };
            Some(format!("«{} {}»: write «{instead}»", w[0], w[1]))
        })
        .collect()
}

fn is_consonant(c: char) -> bool {
    "бвгґджзйклмнпрстўфхцчшщ".contains(c)
}

/// (language, not written, write instead) from the glossary's last table.
fn excluded_terms() -> Vec<(String, String, String)> {
    let glossary = std::fs::read_to_string(root().join("locales/GLOSSARY.md")).unwrap();
    let table = glossary.split("## Not written").nth(1).expect("the glossary's «Not written» table");
    table
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.trim().trim_matches('|').split('|').map(str::trim).collect();
            match cells[..] {
                [lang @ ("uk" | "be" | "en"), bad, good, _] => Some((lang.to_owned(), bad.to_owned(), good.to_owned())),
                _ => None,
            }
        })
        .collect()
}

fn excluded(lang: &str, text: &str, terms: &[(String, String, String)]) -> Vec<String> {
    terms
        .iter()
        .filter(|(l, bad, _)| l == lang && text.contains(bad.as_str()))
        .map(|(_, bad, good)| format!("«{bad}»: write «{good}» (locales/GLOSSARY.md)"))
        .collect()
}

fn problems(lang: &str, text: &str, terms: &[(String, String, String)]) -> Vec<String> {
    let text = &OFFICIAL_NAMES.iter().fold(text.to_owned(), |text, name| text.replace(name, ""));
    let mut found = other_apostrophes(text);
    found.extend(foreign_letters(lang, text));
    found.extend(excluded(lang, text, terms));
    found.extend(z_before_sibilant(lang, text));
    if lang != "en" {
        found.extend(space_in_number_and_unit(text));
    }
    if lang == "be" {
        found.extend(u_after_vowel(text));
    }
    found
}

#[test]
fn every_text_keeps_the_rules_of_its_language() {
    let terms = excluded_terms();
    assert!(terms.len() >= 20, "the glossary's table was not read: {terms:?}");
    let mut found = Vec::new();
    for lang in ["uk", "be", "en"] {
        for (place, text) in texts(lang) {
            for problem in problems(lang, &text, &terms) {
                found.push(format!("{lang} {place}: {problem}"));
            }
        }
    }
    assert!(found.is_empty(), "{} problems:\n{}", found.len(), found.join("\n"));
}

#[test]
fn each_rule_catches_a_seeded_mistake() {
    let terms = excluded_terms();
    for (lang, text) in [
        ("be", "Рэгістрацыя шлюбу у аддзеле"),
        ("be", "Абмен у сувязі з стратай"),
        ("be", "Выдача ліцензії"),
        ("be", "Нумар замовы"),
        ("be", "Сям'я"),
        ("uk", "У зв’язку з зміною"),
        ("uk", "У зв’язку з закінченням"),
        ("uk", "Выдача довідки"),
        ("uk", "Проект землеустрою"),
        ("uk", "Усі сповіщення"),
        ("uk", "Сімʼя"),
        ("en", "The provider's page"),
        ("uk", "Сплатіть 780 грн"),
        ("be", "Файл большы за 10 МБ"),
        ("uk", "Скарга № 5"),
        ("uk", "3 % доходу"),
        ("be", without_placeholders("{ $amount } BYN").as_str()),
        ("be", "Код ЄДРПОУ"),
    ] {
        assert!(!problems(lang, text, &terms).is_empty(), "{lang}: «{text}» passed");
    }
    for (lang, text) in [
        ("be", "Рэгістрацыя шлюбу ў аддзеле, у Мінску"),
        ("be", "Абмен у сувязі са стратай, з сям’ёй"),
        ("be", "Комплексная паслуга «єМалятко»"),
        ("uk", "У зв’язку зі зміною, із закінченням, з батьком"),
        ("uk", "Сплатіть 780\u{a0}грн: 10\u{a0}МБ, №\u{a0}5, 3\u{a0}%, крок 1 з 4, 2 Вікна"),
        ("be", without_placeholders("Скарга №\u{a0}{ $number }: { $amount }\u{a0}BYN").as_str()),
        ("en", "The provider’s page"),
    ] {
        assert_eq!(problems(lang, text, &terms), Vec::<String>::new(), "{lang}: «{text}»");
    }
}
