//! The stemmer measured on the paradigms of the catalogue's own words
//! (`tests/bench/word_forms.json`, from the Hunspell dictionaries): the share
//! of word forms that reduce to the same stem as most of their siblings. A
//! form that does not meets its siblings only through prefixes and typos, if
//! at all. `-- --nocapture` prints the figures and the worst paradigms.

use portal_search::normalize::words;
use portal_search::stem::stem;
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize)]
struct WordForms {
    uk: Vec<Vec<String>>,
    be: Vec<Vec<String>>,
}

struct Agreement {
    forms: usize,
    agreeing: usize,
    families: usize,
    whole_families: usize,
    worst: Vec<(usize, String)>,
}

impl Agreement {
    fn share(&self) -> f64 {
        self.agreeing as f64 / self.forms as f64
    }
}

fn measure(families: &[Vec<String>]) -> Agreement {
    let mut a = Agreement { forms: 0, agreeing: 0, families: families.len(), whole_families: 0, worst: Vec::new() };
    for family in families {
        // As the engine sees them: folded (ў as у, no apostrophes), each once.
        let mut forms: Vec<String> = family.iter().flat_map(|form| words(form)).collect();
        forms.sort();
        forms.dedup();
        let mut stems: HashMap<&str, usize> = HashMap::new();
        for form in &forms {
            *stems.entry(stem(form)).or_default() += 1;
        }
        let most = stems.values().copied().max().unwrap_or(0);
        a.forms += forms.len();
        a.agreeing += most;
        if stems.len() == 1 {
            a.whole_families += 1;
        } else {
            let mut seen: Vec<_> = stems.into_iter().collect();
            seen.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(y.0)));
            a.worst.push((forms.len() - most, format!("{:?}", seen)));
        }
    }
    a.worst.sort_by_key(|w| std::cmp::Reverse(w.0));
    a
}

#[test]
fn forms_of_one_word_reduce_to_one_stem() {
    let data: WordForms = serde_json::from_str(include_str!("../../../tests/bench/word_forms.json")).unwrap();
    for (lang, families, floor) in [("uk", &data.uk, 0.89), ("be", &data.be, 0.85)] {
        let a = measure(families);
        eprintln!(
            "{lang}: {:.1} % of {} forms agree with their paradigm's main stem; {} of {} paradigms reduce to one stem",
            a.share() * 100.0,
            a.forms,
            a.whole_families,
            a.families
        );
        for (strays, stems) in a.worst.iter().take(25) {
            eprintln!("  {strays} astray: {stems}");
        }
        assert!(a.share() >= floor, "{lang}: {:.3} < {floor}", a.share());
    }
}
