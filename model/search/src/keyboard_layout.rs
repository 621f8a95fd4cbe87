//! Words typed with the wrong keyboard layout: Latin keys pressed while
//! meaning Cyrillic ("dbljxf" → "видача"). Each Cyrillic layout gives one
//! reading of the same keys.

/// (Latin key, Ukrainian letter, Belarusian letter) on the standard layouts.
const KEYS: [(char, char, char); 33] = [
    ('q', 'й', 'й'),
    ('w', 'ц', 'ц'),
    ('e', 'у', 'у'),
    ('r', 'к', 'к'),
    ('t', 'е', 'е'),
    ('y', 'н', 'н'),
    ('u', 'г', 'г'),
    ('i', 'ш', 'ш'),
    ('o', 'щ', 'ў'),
    ('p', 'з', 'з'),
    ('[', 'х', 'х'),
    (']', 'ї', '\''),
    ('a', 'ф', 'ф'),
    ('s', 'і', 'ы'),
    ('d', 'в', 'в'),
    ('f', 'а', 'а'),
    ('g', 'п', 'п'),
    ('h', 'р', 'р'),
    ('j', 'о', 'о'),
    ('k', 'л', 'л'),
    ('l', 'д', 'д'),
    (';', 'ж', 'ж'),
    ('\'', 'є', 'э'),
    ('z', 'я', 'я'),
    ('x', 'ч', 'ч'),
    ('c', 'с', 'с'),
    ('v', 'м', 'м'),
    ('b', 'и', 'і'),
    ('n', 'т', 'т'),
    ('m', 'ь', 'ь'),
    (',', 'б', 'б'),
    ('.', 'ю', 'ю'),
    ('`', '\'', 'ё'),
];

/// `KEYS` by the Latin key's code: what each layout types for it.
const BY_KEY: [Option<(char, char)>; 128] = {
    let mut table = [None; 128];
    let mut i = 0;
    while i < KEYS.len() {
        let (key, uk, be) = KEYS[i];
        table[key as usize] = Some((uk, be));
        i += 1;
    }
    table
};

/// The Cyrillic readings of a raw query typed on a Latin layout, one per
/// layout (Ukrainian, Belarusian), into `out` (reusing its room: this runs
/// on every keystroke). Punctuation keys count, because on the Cyrillic
/// layouts they are letters (",' → б, є"). Returns how many readings there
/// are: none for a query not typed on a Latin layout, one when both layouts
/// read the keys alike.
pub fn cyrillic_readings_into(raw: &str, out: &mut [String; 2]) -> usize {
    // Only keys of a Latin layout: anything else was typed on another layout.
    if !raw.is_ascii() || !raw.bytes().any(|b| b.is_ascii_alphabetic()) {
        return 0;
    }
    let [uk, be] = out;
    uk.clear();
    be.clear();
    for c in raw.chars().map(|c| c.to_ascii_lowercase()) {
        let (on_uk, on_be) = BY_KEY[c as usize].unwrap_or((c, c));
        uk.push(on_uk);
        be.push(on_be);
    }
    if uk == be { 1 } else { 2 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cyrillic_readings(raw: &str) -> Vec<String> {
        let mut readings = [String::new(), String::new()];
        let count = cyrillic_readings_into(raw, &mut readings);
        readings.into_iter().take(count).collect()
    }

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
