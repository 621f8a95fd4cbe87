//! The search engine over the demo catalogue: every way a user may type.

use portal_model::Catalogue;
use portal_search::{Hit, Kind, Matched, SearchIndex};
use std::sync::OnceLock;

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let json = include_str!("../../../api/seed/catalogue.json");
        let mut catalogue: Catalogue = serde_json::from_str(json).expect("demo catalogue");
        // As the API serves it: with the search aids beside it.
        catalogue.search_aids =
            serde_json::from_str(include_str!("../../../api/seed/search_aids.json")).expect("search aids");
        SearchIndex::from_catalogue(&catalogue)
    })
}

fn top(query: &str, n: usize) -> Vec<String> {
    index().search(query, n).into_iter().map(|h: Hit| h.id).collect()
}

fn matched(query: &str) -> Matched {
    index().find(query, 5).matched
}

fn first(query: &str) -> String {
    top(query, 1).pop().unwrap_or_else(|| panic!("nothing found for {query:?}"))
}

fn finds(query: &str, id: &str, within: usize) {
    let ids = top(query, within);
    assert!(ids.iter().any(|i| i == id), "{query:?} should find {id} in its top {within}, got {ids:?}");
}

const IDP: &str = "international-driving-permit";

#[test]
fn exact_title_ranks_first() {
    assert_eq!(first("Видача міжнародного посвідчення водія"), IDP);
    assert_eq!(first("Видача ліцензії на експорт товарів"), "export-licence");
    assert_eq!(first("Видача ліцензії на імпорт товарів"), "import-licence");
}

#[test]
fn letter_case_does_not_matter() {
    assert_eq!(first("ВИДАЧА МІЖНАРОДНОГО ПОСВІДЧЕННЯ"), IDP);
}

#[test]
fn any_apostrophe_matches() {
    for query in [
        "військовозобов'язаних",
        "військовозобов’язаних",
        "військовозобовʼязаних",
        "військовозобов`язаних",
        "військовозобовязаних",
    ] {
        finds(query, "deferment-of-employees", 3);
    }
}

#[test]
fn prefix_of_the_word_being_typed() {
    assert_eq!(first("видача міжнар"), IDP);
    finds("ємал", "emalyatko", 3);
    assert_eq!(matched("видача міжнар "), Matched::MostWords, "a finished word is not a prefix");
    assert_eq!(matched("видача міжнар"), Matched::EveryWord);
}

#[test]
fn any_word_order() {
    assert_eq!(first("водія посвідчення міжнародного"), IDP);
}

#[test]
fn inflected_forms() {
    finds("посвідчення водіїв", IDP, 5);
    finds("ліцензію на експорт", "export-licence", 3);
}

#[test]
fn typos_one_in_five_letters_two_in_nine() {
    finds("посвідченя водія", IDP, 3);
    finds("міжнародного посвитчення", IDP, 3);
    finds("ліцинзія експорт", "export-licence", 3);
    assert!(top("вдач", 5).is_empty(), "no typos allowed in words under five letters");
}

#[test]
fn wrong_keyboard_layout() {
    assert_eq!(first("dblfxf vs;yfhjlyjuj"), IDP);
    // The issue's own example: "dbljxf" reads "видоча", one typo from "видача".
    assert!(!top("dbljxf", 5).is_empty());
}

#[test]
fn latin_transliteration() {
    assert_eq!(first("vydacha mizhnarodnoho posvidchennia"), IDP);
    finds("posvidchennia vodiia", IDP, 3);
    finds("emaliatko", "emalyatko", 3);
}

#[test]
fn belarusian_queries_find_belarusian_names() {
    finds("пасведчанне кіроўцы", IDP, 3);
    finds("ўнікальнага ідэнтыфікатара", "unique-identifier-by", 3);
    finds("выдача ліцэнзіі на экспарт", "export-licence", 3);
}

#[test]
fn english_queries() {
    finds("international driving permit", IDP, 1);
    finds("export licence", "export-licence", 3);
}

#[test]
fn providers_are_found_too() {
    let hits = index().search("міністерство юстиції", 10);
    assert!(hits.iter().any(|h| h.kind == Kind::Provider && h.id == "minjust-ua"), "{hits:?}");
    assert!(hits.iter().any(|h| h.kind == Kind::Service), "and the Ministry's services");
}

#[test]
fn nonsense_finds_nothing() {
    assert!(top("qqqqqqqqqqqq", 5).is_empty());
    assert!(top("", 5).is_empty());
    assert!(top("   ", 5).is_empty());
}

#[test]
fn highlight_marks_the_matched_words() {
    let name = "Видача міжнародного посвідчення водія";
    let marks = index().highlight(name, "водіїв міжнар");
    let marked: Vec<&str> = marks.iter().map(|(s, e)| &name[*s..*e]).collect();
    assert_eq!(marked, ["міжнародного", "водія"]);
}

#[test]
fn service_centres_by_city_and_name() {
    let hits = index().search("цнап львів", 5);
    assert_eq!(hits.first().map(|h| (h.kind, h.id.as_str())), Some((Kind::Centre, "cnap-lviv")), "{hits:?}");
    let hits = index().search("адно акно мінск", 5);
    assert!(hits.iter().any(|h| h.kind == Kind::Centre && h.id == "one-window-minsk"), "{hits:?}");
    let hits = index().search("administrative service centre kharkiv", 5);
    assert!(hits.iter().any(|h| h.id == "cnap-kharkiv"), "{hits:?}");
}

/// One-word queries look only at the head of each posting list; they must
/// rank exactly as scoring every matching entry would.
#[test]
fn one_word_top_results_equal_the_full_ranking() {
    let json = include_str!("../../../api/seed/catalogue.json");
    let catalogue: Catalogue = serde_json::from_str(json).expect("demo catalogue");
    let mut words: Vec<String> = catalogue
        .services
        .iter()
        .flat_map(|s| [s.name.uk.clone(), s.name.be.clone(), s.name.en.clone()])
        .flat_map(|name| name.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>())
        .collect();
    words.sort();
    words.dedup();
    let mut queries = Vec::new();
    for word in &words {
        let chars: Vec<char> = word.chars().collect();
        queries.push(word.clone());
        queries.push(format!("{word} "));
        for len in [1, 2, 3, 4, 6] {
            if chars.len() > len {
                queries.push(chars[..len].iter().collect());
            }
        }
        if chars.len() >= 5 {
            // One typo: the second letter dropped.
            queries.push(chars.iter().enumerate().filter(|(i, _)| *i != 1).map(|(_, c)| c).collect());
        }
    }
    let index = index();
    for query in &queries {
        let all = index.search(query, usize::MAX);
        let top5 = index.search(query, 5);
        assert_eq!(top5, all[..all.len().min(5)], "{query:?}");
    }
}

/// Typing reuses what the finished words matched at the previous
/// keystroke; every keystroke's results must equal a search from scratch,
/// and the head of the ranking of every match.
#[test]
fn typing_gives_what_a_fresh_search_gives() {
    let index = index();
    for typed in [
        "видача посвідчення водія",
        "Issue of an international",
        "ліцинзія експорт ",
        "dblfxf gjcdsl",
        "vydacha litsenzii na eksport",
        "видача в м д",
        "цнап льв",
    ] {
        let chars: Vec<char> = typed.chars().collect();
        for end in 1..=chars.len() {
            let prefix: String = chars[..end].iter().collect();
            let while_typing = index.search(&prefix, 8);
            index.forget_recent_queries();
            let fresh = index.search(&prefix, 8);
            assert_eq!(while_typing, fresh, "{prefix:?}");
            // Looking at the best entries first gives the head of the full ranking.
            let all = index.search(&prefix, usize::MAX);
            assert_eq!(fresh, all[..all.len().min(8)], "{prefix:?} against every match");
        }
        // Pressing backspace goes back through the same results.
        for end in (1..chars.len()).rev() {
            let prefix: String = chars[..end].iter().collect();
            let after_backspace = index.search(&prefix, 8);
            index.forget_recent_queries();
            assert_eq!(after_backspace, index.search(&prefix, 8), "{prefix:?} after backspace");
        }
    }
}
