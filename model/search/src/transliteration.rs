//! Latin spellings of Cyrillic words, so that "vydacha posvidchennia" finds
//! «видача посвідчення». Ukrainian follows the national system (Cabinet of
//! Ministers resolution No. 55 of 2010), word-internal forms; Belarusian
//! letters (ў, ы, э) get their usual Latin forms.

fn letter(c: char) -> &'static str {
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "h",
        'ґ' => "g",
        'д' => "d",
        'е' => "e",
        'є' => "ie",
        'ж' => "zh",
        'з' => "z",
        'и' => "y",
        'і' => "i",
        'ї' => "i",
        'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ь' => "",
        'ю' => "iu",
        'я' => "ia",
        // Belarusian and Russian letters.
        'ў' => "u",
        'ы' => "y",
        'э' => "e",
        'ё' => "io",
        'ъ' => "",
        _ => "",
    }
}

/// At the start of a word the national system writes є, ї, й, ю, я as
/// ye, yi, y, yu, ya.
fn initial(c: char) -> Option<&'static str> {
    match c {
        'є' => Some("ye"),
        'ї' => Some("yi"),
        'й' => Some("y"),
        'ю' => Some("yu"),
        'я' => Some("ya"),
        _ => None,
    }
}

/// The Latin form of a normalised Cyrillic word, or `None` for other words.
pub fn to_latin(word: &str) -> Option<String> {
    if !super::normalize::is_cyrillic(word) {
        return None;
    }
    let mut out = String::with_capacity(word.len());
    let mut previous = ' ';
    for (i, c) in word.chars().enumerate() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let (0, Some(start)) = (i, initial(c)) {
            out.push_str(start);
        } else if c == 'г' && previous == 'з' {
            // "зг" is "zgh", so that it is not read as "ж" (the national rule).
            out.push_str("gh");
        } else {
            out.push_str(letter(c));
        }
        previous = c;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_the_national_system() {
        assert_eq!(to_latin("видача").as_deref(), Some("vydacha"));
        assert_eq!(to_latin("посвідчення").as_deref(), Some("posvidchennia"));
        assert_eq!(to_latin("водія").as_deref(), Some("vodiia"));
        assert_eq!(to_latin("юстиції").as_deref(), Some("yustytsii"));
        assert_eq!(to_latin("щастя").as_deref(), Some("shchastia"));
        assert_eq!(to_latin("ўнікальнага").as_deref(), Some("unikalnaha"));
        assert_eq!(to_latin("згода").as_deref(), Some("zghoda"));
        assert_eq!(to_latin("vat"), None);
    }
}
