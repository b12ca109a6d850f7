//! `classify --format text`: a summary of each document for reading in a
//! terminal: its path, its stance and counts, a stance strip with one mark
//! per paragraph, and the paragraphs with the strongest evidence.
//!
//! ```text
//! corpus/oped.txt
//!   stance     sceptical: 1 pro, 3 sceptical, 2 neutral (6 paragraphs)
//!   strip      .--+-.
//!   strongest  #3  sceptical  -2.70  "cover for cuts" -3.00, "hollow" -1.20
//!              #1  sceptical  -1.50  "slogan" -1.50
//! ```
//!
//! A [`Summary`] takes the paragraphs one at a time and keeps only the
//! strongest few, so a streamed file's strip can be spooled while it is
//! scored and its summary written once its counts are known.

use std::fmt;
use std::io::{self, Write};

use crate::output::round;
use crate::score::{Counts, ScoredDocument, ScoredParagraph, Stance};

/// Paragraphs listed under "strongest": enough to show why a document leans
/// the way it does, few enough to keep a summary to a screenful.
pub const STRONGEST: usize = 3;

/// Evidence terms shown for each of the strongest paragraphs.
pub const TOP_TERMS: usize = 3;

/// Marks per line of the stance strip: with the label column, a line fits
/// in 80 columns.
pub const STRIP_WIDTH: usize = 60;

/// Width of the label column ("  strongest  ").
const LABEL: usize = 13;

/// The mark of a paragraph in the strip. The marks differ in shape, so the
/// strip reads without colour too.
pub fn mark(s: Stance) -> char {
    match s {
        Stance::Pro => '+',
        Stance::Sceptical => '-',
        Stance::Neutral => '.',
    }
}

/// The escape codes of the text format, or none. The stance colours are
/// the blue and orange of the HTML report (a pair told apart with every
/// common colour-vision deficiency) and grey, as 256-colour codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    on: bool,
}

impl Palette {
    pub const PLAIN: Palette = Palette { on: false };
    pub const COLOUR: Palette = Palette { on: true };

    pub fn new(colour: bool) -> Palette {
        Palette { on: colour }
    }

    /// The code starting a stance's colour.
    fn stance(self, s: Stance) -> &'static str {
        if !self.on {
            return "";
        }
        match s {
            Stance::Pro => "\x1b[38;5;33m",
            Stance::Sceptical => "\x1b[38;5;208m",
            Stance::Neutral => "\x1b[38;5;244m",
        }
    }

    fn bold(self) -> &'static str {
        if self.on { "\x1b[1m" } else { "" }
    }

    fn reset(self) -> &'static str {
        if self.on { "\x1b[0m" } else { "" }
    }
}

/// One of the strongest paragraphs of a document.
#[derive(Debug)]
struct Strong {
    index: usize,
    stance: Stance,
    score: f64,
    /// The heaviest evidence: the words matched, their weight, and how
    /// many times they count.
    terms: Vec<(String, f64, usize)>,
    /// Distinct evidence terms not shown.
    more: usize,
}

/// The summary of one document, built a paragraph at a time.
#[derive(Debug)]
pub struct Summary {
    palette: Palette,
    /// Marks written to the strip so far.
    marks: usize,
    /// The stance whose colour is on in the strip, if any.
    colour: Option<Stance>,
    /// The strongest paragraphs so far, strongest first.
    strongest: Vec<Strong>,
}

impl Summary {
    pub fn new(palette: Palette) -> Summary {
        Summary {
            palette,
            marks: 0,
            colour: None,
            strongest: Vec::new(),
        }
    }

    /// Writes the path, stance and counts lines and the strip's label.
    pub fn write_head<W: Write>(
        &self,
        w: &mut W,
        path: &str,
        stance: Stance,
        counts: Counts,
    ) -> io::Result<()> {
        let p = self.palette;
        let total = counts.pro + counts.sceptical + counts.neutral;
        let path = crate::cmd::printable_name(path);
        writeln!(w, "{}{path}{}", p.bold(), p.reset())?;
        writeln!(
            w,
            "  {:<w$}{}{stance}{}: {} pro, {} sceptical, {} neutral ({total} paragraph{})",
            "stance",
            p.stance(stance),
            p.reset(),
            counts.pro,
            counts.sceptical,
            counts.neutral,
            if total == 1 { "" } else { "s" },
            w = LABEL - 2,
        )?;
        write!(w, "  {:<w$}", "strip", w = LABEL - 2)
    }

    /// Takes the next paragraph: writes its mark to the strip and keeps it
    /// if it is among the strongest so far.
    pub fn paragraph<W: Write>(
        &mut self,
        strip: &mut W,
        p: &ScoredParagraph<'_>,
    ) -> io::Result<()> {
        let stance = p.score.stance;
        if self.marks > 0 && self.marks.is_multiple_of(STRIP_WIDTH) {
            self.end_strip(strip)?;
            write!(strip, "\n{:LABEL$}", "")?;
        }
        if self.colour != Some(stance) {
            strip.write_all(self.palette.stance(stance).as_bytes())?;
            self.colour = self.palette.on.then_some(stance);
        }
        write!(strip, "{}", mark(stance))?;
        self.marks += 1;
        self.consider(p);
        Ok(())
    }

    /// Closes the strip's colour, after its last paragraph.
    pub fn end_strip<W: Write>(&mut self, strip: &mut W) -> io::Result<()> {
        if self.colour.take().is_some() {
            strip.write_all(self.palette.reset().as_bytes())?;
        }
        Ok(())
    }

    /// Writes what follows the strip: the strongest paragraphs and a blank
    /// line.
    pub fn write_tail<W: Write>(&self, w: &mut W) -> io::Result<()> {
        let p = self.palette;
        if self.marks == 0 {
            write!(w, "(no paragraphs)")?;
        }
        writeln!(w)?;
        write!(w, "  {:<w$}", "strongest", w = LABEL - 2)?;
        if self.strongest.is_empty() {
            writeln!(w, "none: no term counted")?;
        }
        let index_width = self
            .strongest
            .iter()
            .map(|s| s.index.to_string().len())
            .max()
            .unwrap_or(0);
        for (i, s) in self.strongest.iter().enumerate() {
            if i > 0 {
                write!(w, "{:LABEL$}", "")?;
            }
            let name = s.stance.as_str();
            write!(
                w,
                "#{:<index_width$}  {}{name}{}{:pad$}  {}  ",
                s.index,
                p.stance(s.stance),
                p.reset(),
                "",
                Signed(s.score),
                pad = "sceptical".len() - name.len(),
            )?;
            for (j, (words, weight, count)) in s.terms.iter().enumerate() {
                let sep = if j > 0 { ", " } else { "" };
                write!(w, "{sep}\"{}\" {}", Clean(words), Signed(*weight))?;
                if *count > 1 {
                    write!(w, " x {count}")?;
                }
            }
            if s.more > 0 {
                write!(w, " (+{} more)", s.more)?;
            }
            writeln!(w)?;
        }
        writeln!(w)
    }

    /// Keeps `p` among the strongest when its score is large enough. Ties
    /// keep the earlier paragraph.
    fn consider(&mut self, p: &ScoredParagraph<'_>) {
        let s = &p.score;
        let strength = round(s.score).abs();
        if s.evidence.is_empty() || strength == 0.0 {
            return;
        }
        let at = self
            .strongest
            .iter()
            .position(|k| k.score.abs() < strength)
            .unwrap_or(self.strongest.len());
        if at >= STRONGEST {
            return;
        }
        let mut heaviest: Vec<_> = s.evidence.iter().collect();
        // Stable, so equal weights keep their order in the text.
        heaviest.sort_by(|a, b| b.weight.abs().total_cmp(&a.weight.abs()));
        // The same words at the same weight are one term, with a count: a
        // paragraph repeating a phrase shows it once.
        let mut distinct: Vec<(String, f64, usize)> = Vec::new();
        let mut seen: std::collections::HashMap<(&str, u64), usize> =
            std::collections::HashMap::new();
        for e in &heaviest {
            let w = round(e.weight);
            match seen.entry((e.matched.as_str(), w.to_bits())) {
                std::collections::hash_map::Entry::Occupied(o) => distinct[*o.get()].2 += 1,
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(distinct.len());
                    distinct.push((e.matched.clone(), w, 1));
                }
            }
        }
        let more = distinct.len().saturating_sub(TOP_TERMS);
        distinct.truncate(TOP_TERMS);
        self.strongest.insert(
            at,
            Strong {
                index: p.para.index,
                stance: s.stance,
                score: round(s.score),
                terms: distinct,
                more,
            },
        );
        self.strongest.truncate(STRONGEST);
    }
}

/// Writes the summary of a document held in memory.
pub fn write_document<W: Write>(
    w: &mut W,
    path: &str,
    doc: &ScoredDocument<'_>,
    palette: Palette,
) -> io::Result<()> {
    let mut summary = Summary::new(palette);
    summary.write_head(w, path, doc.stance, doc.counts)?;
    for p in &doc.paragraphs {
        summary.paragraph(w, p)?;
    }
    summary.end_strip(w)?;
    summary.write_tail(w)
}

/// A number with a sign and two decimals, `0.00` for zero.
struct Signed(f64);

impl fmt::Display for Signed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.abs() < 0.005 {
            f.write_str(" 0.00")
        } else {
            write!(f, "{:+.2}", self.0)
        }
    }
}

/// Text from a document made safe for a terminal: each run
/// of whitespace becomes one space, and other control characters (escape
/// sequences included) are shown as `\u{..}` rather than sent.
struct Clean<'a>(&'a str);

impl fmt::Display for Clean<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut in_space = false;
        for c in self.0.chars() {
            if c.is_whitespace() {
                if !in_space {
                    f.write_str(" ")?;
                }
                in_space = true;
                continue;
            }
            in_space = false;
            if c.is_control() {
                write!(f, "\\u{{{:x}}}", c as u32)?;
            } else {
                write!(f, "{c}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(text: &str, palette: Palette) -> String {
        let scorer = crate::score::Scorer::new(crate::lexicon::embedded().clone());
        let doc = scorer.score_document(text);
        let mut buf = Vec::new();
        write_document(&mut buf, "a.txt", &doc, palette).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn the_strip_has_one_mark_per_paragraph_and_wraps() {
        let mut text = String::from("The Big Society is a cover for cuts.");
        for _ in 0..STRIP_WIDTH + 4 {
            text.push_str("\n\nIt rained.");
        }
        let out = summary(&text, Palette::PLAIN);
        let strip: Vec<&str> = out.lines().skip(2).take(2).collect();
        assert_eq!(
            strip[0],
            format!("  strip      -{}", ".".repeat(STRIP_WIDTH - 1))
        );
        assert_eq!(strip[1], format!("{:LABEL$}{}", "", ".".repeat(5)));
        assert!(out.contains(&format!("1 sceptical, {} neutral", STRIP_WIDTH + 4)));
    }

    #[test]
    fn colour_runs_are_opened_once_and_closed() {
        let out = summary(
            "The Big Society is a triumph.\n\nThe Big Society is a great success.\n\nIt rained.",
            Palette::COLOUR,
        );
        let strip = out.lines().nth(2).unwrap();
        assert_eq!(
            strip, "  strip      \x1b[38;5;33m++\x1b[38;5;244m.\x1b[0m",
            "{out}"
        );
        assert!(!summary("x", Palette::PLAIN).contains('\x1b'));
    }

    #[test]
    fn strongest_are_ordered_by_size_and_capped() {
        let out = summary(
            "The Big Society is a triumph.\n\n\
             The Big Society is a cover for cuts and a hollow slogan.\n\n\
             The Big Society is good.\n\n\
             The Big Society is a disaster.\n\n\
             The Big Society is fine.",
            Palette::PLAIN,
        );
        let lines: Vec<&str> = out.lines().skip(3).take_while(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), STRONGEST, "{out}");
        assert!(lines[0].starts_with("  strongest  #1 "), "{out}");
        let scores: Vec<f64> = lines
            .iter()
            .map(|l| {
                l[LABEL..]
                    .split_whitespace()
                    .nth(2)
                    .unwrap()
                    .parse()
                    .unwrap()
            })
            .collect();
        assert!(scores.windows(2).all(|w| w[0].abs() >= w[1].abs()), "{out}");
    }

    #[test]
    fn a_repeated_term_is_shown_once_with_its_count() {
        let out = summary(
            "The Big Society is a triumph, a triumph, a triumph.",
            Palette::PLAIN,
        );
        assert!(out.contains("\"triumph\" +1.50 x 3\n"), "{out}");
        assert_eq!(out.matches("triumph\"").count(), 1, "{out}");
    }

    #[test]
    fn an_empty_document_says_so() {
        let out = summary("", Palette::PLAIN);
        assert_eq!(
            out,
            "a.txt\n  stance     neutral: 0 pro, 0 sceptical, 0 neutral (0 paragraphs)\n  \
             strip      (no paragraphs)\n  strongest  none: no term counted\n\n"
        );
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        assert_eq!(Clean("a\x1b[31mb\n\t c").to_string(), "a\\u{1b}[31mb c");
        let scorer = crate::score::Scorer::new(crate::lexicon::embedded().clone());
        let mut buf = Vec::new();
        let doc = scorer.score_document("x");
        write_document(&mut buf, "a\tb\nc\x1b[2J.txt", &doc, Palette::PLAIN).unwrap();
        let out = String::from_utf8(buf).unwrap();
        assert_eq!(out.lines().next(), Some("a\\tb\\nc\\u{1b}[2J.txt"));
    }
}
