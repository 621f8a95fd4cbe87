//! A plain text document as a PDF: headings and paragraphs on A4 pages,
//! wrapped to the page, in DejaVu Sans (embedded, subset to the letters
//! used), so Ukrainian and Belarusian text (і, ї, є, ґ, ў, ʼ) prints and a
//! PDF reader copies and searches it as text. Built with krilla, which
//! writes the font's ToUnicode map.

use krilla::Document;
use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::text::{Font, TextDirection};
use std::sync::{Arc, LazyLock};

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

static FONTS: LazyLock<Option<(Font, Font)>> = LazyLock::new(|| {
    let regular = Font::new(Arc::new(REGULAR.to_vec()).into(), 0)?;
    let bold = Font::new(Arc::new(BOLD.to_vec()).into(), 0)?;
    Some((regular, bold))
});

/// One block of a document.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Title(String),
    Heading(String),
    Paragraph(String),
    /// A label and its value, side by side in two columns: the value is
    /// indented to its own column and so are all its wrapped lines, so no
    /// part of a value can stand at the margin where headings and the
    /// document's own paragraphs begin.
    Pair(String, String),
    Space,
}

/// A4 in points, with 2 cm margins.
const PAGE_WIDTH: f32 = 595.0;
const PAGE_HEIGHT: f32 = 842.0;
const MARGIN: f32 = 57.0;
/// Where a pair's value column begins, and the gap before it.
pub(crate) const VALUE_X: f32 = MARGIN + 190.0;
const COLUMN_GAP: f32 = 10.0;

/// Renders the blocks; `title` and `language` go into the file's metadata
/// (a screen reader and a search index read them).
pub fn render(title: &str, language: &str, blocks: &[Block]) -> Result<Vec<u8>, String> {
    let (regular, bold) = FONTS.clone().ok_or("the embedded font cannot be read")?;
    let mut document = Document::new();
    let mut lines = layout(blocks).into_iter().peekable();
    while lines.peek().is_some() {
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or("bad page size")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        let mut y = MARGIN;
        while let Some(line) = lines.next_if(|line| y + line.advance <= PAGE_HEIGHT - MARGIN || y == MARGIN) {
            y += line.advance;
            for piece in line.pieces.iter().filter(|piece| !piece.text.is_empty()) {
                let font = if line.bold { bold.clone() } else { regular.clone() };
                surface.draw_text(Point::from_xy(piece.x, y), font, line.size, &piece.text, false, TextDirection::Auto);
            }
        }
        surface.finish();
        page.finish();
    }
    document.set_metadata(Metadata::new().title(title.to_owned()).language(language.to_owned()));
    document.finish().map_err(|error| format!("{error:?}"))
}

/// One printed line: its pieces side by side on one baseline.
pub(crate) struct Line {
    pub(crate) pieces: Vec<Piece>,
    size: f32,
    bold: bool,
    /// Distance from the previous line's baseline.
    advance: f32,
}

/// Text starting at `x` points from the page's left edge.
pub(crate) struct Piece {
    pub(crate) x: f32,
    pub(crate) text: String,
}

pub(crate) fn layout(blocks: &[Block]) -> Vec<Line> {
    let mut lines = Vec::new();
    let full_width = PAGE_WIDTH - 2.0 * MARGIN;
    for block in blocks {
        let (text, size, bold) = match block {
            Block::Title(text) => (text, 15.0, true),
            Block::Heading(text) => (text, 12.0, true),
            Block::Paragraph(text) => (text, 10.5, false),
            Block::Pair(label, value) => {
                let size = 10.5;
                let labels = wrap(&format!("{label}:"), chars_per_line(VALUE_X - MARGIN - COLUMN_GAP, size, false));
                let values = wrap(value, chars_per_line(PAGE_WIDTH - MARGIN - VALUE_X, size, false));
                for row in 0..labels.len().max(values.len()) {
                    let pieces = [(MARGIN, labels.get(row)), (VALUE_X, values.get(row))]
                        .into_iter()
                        .filter_map(|(x, text)| Some(Piece { x, text: text?.clone() }))
                        .collect();
                    lines.push(Line { pieces, size, bold: false, advance: size * 1.45 });
                }
                continue;
            }
            Block::Space => {
                lines.push(Line { pieces: Vec::new(), size: 10.5, bold: false, advance: 8.0 });
                continue;
            }
        };
        for wrapped in wrap(text, chars_per_line(full_width, size, bold)) {
            lines.push(Line { pieces: vec![Piece { x: MARGIN, text: wrapped }], size, bold, advance: size * 1.45 });
        }
    }
    lines
}

/// How many characters fit `width` points: DejaVu Sans's letters are at
/// most about 0.62 em wide on average in running Cyrillic text (bold 0.68).
fn chars_per_line(width: f32, size: f32, bold: bool) -> usize {
    let em = if bold { 0.68 } else { 0.62 };
    (width / (size * em)) as usize
}

/// Breaks text into lines of at most `width` characters, at spaces where
/// it can (a longer word is cut).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let mut word: Vec<char> = word.chars().collect();
            while word.len() > width {
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                lines.push(word.drain(..width).collect());
            }
            let word: String = word.into_iter().collect();
            let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
            if needed > width && !line.is_empty() {
                // The space stays at the line's end, so a reader copying the
                // text gets the two words apart.
                line.push(' ');
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&word);
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_cuts_only_overlong_words() {
        assert_eq!(wrap("один два три", 8), vec!["один два ", "три"]);
        assert_eq!(wrap("абвгдеєжзиі", 4), vec!["абвг", "деєж", "зиі"]);
        assert_eq!(wrap("", 10), vec![""]);
    }

    #[test]
    fn a_long_value_wraps_inside_its_column_and_never_reaches_the_margin() {
        let value = format!("Тестовий Тест{} ВІДОМОСТІ З РЕЄСТРУ: право власності зареєстровано", ".".repeat(30));
        let lines = layout(&[Block::Pair("Прізвище, ім\u{2bc}я".into(), value), Block::Heading("Відомості".into())]);
        let (pair, heading) = lines.split_at(lines.len() - 1);
        assert!(pair.len() >= 2, "the value wraps");
        for line in pair {
            let value =
                line.pieces.iter().find(|piece| piece.text.contains("ВІДОМОСТІ") || piece.text.contains("Тест"));
            assert!(value.is_none_or(|piece| piece.x == VALUE_X), "a value's line at {:?}", value.map(|p| p.x));
            assert!(line.pieces.iter().all(|piece| piece.x == VALUE_X || piece.text.starts_with("Прізвище")));
        }
        assert_eq!(heading[0].pieces[0].x, MARGIN, "the document's own lines start at the margin");
    }

    #[test]
    fn text_is_extracted_as_written_over_several_pages() {
        let mut blocks = vec![
            Block::Title("Выпіска з рэестра: ўсё, і, ї, є, ґ, ʼ".into()),
            Block::Pair("Прізвище, ім\u{2bc}я".into(), "Мар\u{2bc}яна Ґудзь".into()),
        ];
        blocks.extend((0..150).map(|n| Block::Paragraph(format!("Рядок {n}"))));
        let pdf = render("Тест", "uk", &blocks).unwrap();
        let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
        assert!(text.contains("Выпіска з рэестра: ўсё, і, ї, є, ґ, ʼ"), "{text}");
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words.contains("Прізвище, ім\u{2bc}я: Мар\u{2bc}яна Ґудзь"), "{text}");
        assert!(text.contains("Рядок 149"));
        let pages = pdf_extract::extract_text_from_mem_by_pages(&pdf).unwrap();
        assert!(pages.len() >= 2, "{} pages", pages.len());
        assert!(pages.last().unwrap().contains("Рядок 149"));
    }
}
