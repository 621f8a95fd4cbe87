//! Words typed with the wrong keyboard layout: Latin keys pressed while
//! meaning Cyrillic ("dbljxf" → "видача"). Each Cyrillic layout gives one
//! reading of the same keys.

/// (Latin key, Ukrainian letter, Belarusian letter) on the standard layouts.
const KEYS: [(char, char, char); 33] = [
    ('q', 'й', 'й'), ('w', 'ц', 'ц'), ('e', 'у', 'у'), ('r', 'к', 'к'), ('t', 'е', 'е'),
    ('y', 'н', 'н'), ('u', 'г', 'г'), ('i', 'ш', 'ш'), ('o', 'щ', 'ў'), ('p', 'з', 'з'),
    ('[', 'х', 'х'), (']', 'ї', '\''), ('a', 'ф', 'ф'), ('s', 'і', 'ы'), ('d', 'в', 'в'),
    ('f', 'а', 'а'), ('g', 'п', 'п'), ('h', 'р', 'р'), ('j', 'о', 'о'), ('k', 'л', 'л'),
    ('l', 'д', 'д'), (';', 'ж', 'ж'), ('\'', 'є', 'э'), ('z', 'я', 'я'), ('x', 'ч', 'ч'),
    ('c', 'с', 'с'), ('v', 'м', 'м'), ('b', 'и', 'і'), ('n', 'т', 'т'), ('m', 'ь', 'ь'),
    (',', 'б', 'б'), ('.', 'ю', 'ю'), ('`', '\'', 'ё'),
];

/// The Cyrillic readings of a raw query typed on a Latin layout, one per
/// layout (Ukrainian, Belarusian). Punctuation keys count, because on the
/// Cyrillic layouts they are letters (",' → б, є").
pub fn cyrillic_readings(raw: &str) -> Vec<String> {
    let lower = raw.to_lowercase();
    if !lower.chars().any(|c| c.is_ascii_alphabetic()) || lower.chars().any(|c| !c.is_ascii()) {
        return Vec::new();
    }
    let reading = |pick: fn(&(char, char, char)) -> char| -> String {
        lower
            .chars()
            .map(|c| KEYS.iter().find(|k| k.0 == c).map(pick).unwrap_or(c))
            .collect()
    };
    let uk = reading(|k| k.1);
    let be = reading(|k| k.2);
    if uk == be { vec![uk] } else { vec![uk, be] }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_latin_keys_as_cyrillic() {
        assert_eq!(cyrillic_readings("dblfxf")[0], "видача");
        // The example "dbljxf" reads "видоча": one typo away, found by the search.
        assert_eq!(cyrillic_readings("dbljxf")[0], "видоча");
        assert_eq!(cyrillic_readings("gjcdslxtyyz")[0], "посвідчення");
        assert!(cyrillic_readings("dslfxf").contains(&"выдача".to_owned()), "Belarusian layout");
        assert_eq!(cyrillic_readings("Ytdtkbrbq ,elbyjr")[0], "невеликий будинок");
        assert!(cyrillic_readings("видача").is_empty());
    }
}
