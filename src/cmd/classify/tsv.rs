//! `classify --format tsv`: a header, then one row per paragraph, for
//! spreadsheets, `awk` and `sort`. Rows depend on nothing but their own
//! paragraph, so a streamed file writes them as they are scored.

use std::fmt;
use std::io::{self, Write};

use crate::output::round;
use crate::score::ScoredParagraph;

/// The column names, in order.
pub const HEADER: &str = "path\tindex\tlines\tstance\tscore\tconfidence\tterm\ttext\n";

/// Writes the header row.
pub fn write_header<W: Write>(w: &mut W) -> io::Result<()> {
    w.write_all(HEADER.as_bytes())
}

/// Writes one paragraph's row: its document's path, index, `first-last`
/// lines, stance, score, confidence, the lexicon term of its heaviest
/// evidence (largest absolute weight, the first of equals; empty when none
/// counted) and its text. Numbers are rounded as in the JSON output; the
/// path, the term and the text are escaped with [`escape`].
pub fn write_row<W: Write>(w: &mut W, path: &str, p: &ScoredParagraph<'_>) -> io::Result<()> {
    let s = &p.score;
    let term = s
        .evidence
        .iter()
        .rev()
        .max_by(|a, b| a.weight.abs().total_cmp(&b.weight.abs()))
        .map_or("", |e| e.term.as_str());
    writeln!(
        w,
        "{}\t{}\t{}-{}\t{}\t{}\t{}\t{}\t{}",
        escape(path),
        p.para.index,
        p.para.start_line,
        p.para.end_line,
        s.stance,
        round(s.score),
        round(s.confidence),
        escape(term),
        escape(p.para.text),
    )
}

/// A field with the characters that would break a row, or reach a
/// terminal showing the table, written as escapes: tab `\t`, line feed
/// `\n`, carriage return `\r`, backslash `\\`, and every other control
/// character as `\u{..}` (`\u{1b}` for ESC, `\u{7}` for BEL), so neither
/// a file name nor an article can send escape sequences to the terminal.
/// A backslash in the text is doubled, so reading a field back is a plain
/// unescape. Every column is written through it.
pub fn escape(s: &str) -> Escaped<'_> {
    Escaped(s)
}

/// See [`escape`].
pub struct Escaped<'a>(&'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let special = |c: char| c == '\\' || c.is_control();
        let mut rest = self.0;
        while let Some(i) = rest.find(special) {
            f.write_str(&rest[..i])?;
            let c = rest[i..].chars().next().unwrap_or_default();
            match c {
                '\t' => f.write_str("\\t")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\\' => f.write_str("\\\\")?,
                c => write!(f, "{}", c.escape_unicode())?,
            }
            rest = &rest[i + c.len_utf8()..];
        }
        f.write_str(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_tab_line_ends_backslash_and_every_control_character() {
        assert_eq!(
            escape("plain text, “quoted”").to_string(),
            "plain text, “quoted”"
        );
        assert_eq!(
            escape("a\tb\nc\r\\d\\\\").to_string(),
            "a\\tb\\nc\\r\\\\d\\\\\\\\"
        );
        assert_eq!(escape("").to_string(), "");
        assert_eq!(
            escape("a\tb\nc\r\\d\u{1b}[31m\u{7}\u{7f}\u{85}é.txt").to_string(),
            "a\\tb\\nc\\r\\\\d\\u{1b}[31m\\u{7}\\u{7f}\\u{85}é.txt"
        );
    }

    #[test]
    fn a_row_has_every_column() {
        let scorer = crate::score::Scorer::new(crate::lexicon::embedded().clone());
        let doc =
            scorer.score_document("Intro\n\nThe Big Society is a cover for cuts.\nIt\tfailed.");
        let mut buf = Vec::new();
        write_header(&mut buf).unwrap();
        for p in &doc.paragraphs {
            write_row(&mut buf, "dir/a.txt", p).unwrap();
        }
        let text = String::from_utf8(buf).unwrap();
        let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
        assert_eq!(rows.len(), 3);
        assert!(rows.iter().all(|r| r.len() == 8));
        assert_eq!(rows[2][0], "dir/a.txt");
        assert_eq!(rows[2][1], "1");
        assert_eq!(rows[2][2], "3-4");
        assert_eq!(rows[2][3], "sceptical");
        assert!(rows[2][4].starts_with('-'));
        assert!(!rows[2][6].is_empty());
        assert_eq!(
            rows[2][7],
            "The Big Society is a cover for cuts.\\nIt\\tfailed."
        );
    }
}
