//! Output records: the stable JSON shape of a classified document and of a
//! paragraph, kept apart from the scorer's internals. Field names here are
//! the contract documented in the README; adding a field is fine, renaming
//! one is a breaking change.

use std::io::{self, Write};

use serde::Serialize;

use crate::score::{Counts, Evidence, Link, ScoredDocument, ScoredParagraph, Stance};

/// Decimal places kept for scores, weights and confidences, so output is
/// short and stable.
pub const DECIMALS: f64 = 1000.0;

/// Rounds to [`DECIMALS`] and turns `-0` into `0`.
pub fn round(x: f64) -> f64 {
    let r = (x * DECIMALS).round() / DECIMALS;
    if r == 0.0 { 0.0 } else { r }
}

/// One document: `{"path", "stance", "counts", "lexicons", "paragraphs"}`.
#[derive(Debug, Serialize)]
pub struct DocumentRecord<'a> {
    pub path: &'a str,
    pub stance: Stance,
    pub counts: Counts,
    pub lexicons: &'a str,
    pub paragraphs: Vec<ParagraphRecord<'a>>,
}

/// One paragraph.
#[derive(Debug, Serialize)]
pub struct ParagraphRecord<'a> {
    pub index: usize,
    pub start_line: usize,
    pub end_line: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub stance: Stance,
    pub score: f64,
    pub confidence: f64,
    /// Whether the paragraph names or refers to the target.
    pub target: bool,
    /// How it is tied to the target: explicit, reference, context or none.
    pub link: Link,
    /// Target expressions named in the paragraph.
    pub targets: &'a [String],
    /// Whether every line is boilerplate.
    pub boilerplate: bool,
    pub evidence: Vec<EvidenceRecord<'a>>,
    pub text: &'a str,
}

/// One paragraph with its document's path, for `--flat`.
#[derive(Debug, Serialize)]
pub struct FlatRecord<'a> {
    pub path: &'a str,
    pub lexicons: &'a str,
    #[serde(flatten)]
    pub paragraph: ParagraphRecord<'a>,
}

/// One term that counted: `{"match", "term", "weight", "rules"}`.
#[derive(Debug, Serialize)]
pub struct EvidenceRecord<'a> {
    /// The words of the paragraph that matched.
    #[serde(rename = "match")]
    pub matched: &'a str,
    /// The lexicon pattern.
    pub term: &'a str,
    /// `stance` (domain frames) or `general`.
    pub lexicon: &'static str,
    /// The lexicon's own weight.
    pub base: f64,
    /// The weight after the rules: what the term added to the score.
    pub weight: f64,
    /// The rules that applied, in order.
    pub rules: Vec<&'static str>,
}

impl<'a> EvidenceRecord<'a> {
    pub fn new(e: &'a Evidence) -> Self {
        EvidenceRecord {
            matched: &e.matched,
            term: &e.term,
            lexicon: e.lexicon.name(),
            base: round(e.base),
            weight: round(e.weight),
            rules: e.rules.iter().map(|(r, _)| r.as_str()).collect(),
        }
    }
}

impl<'a> ParagraphRecord<'a> {
    pub fn new(p: &'a ScoredParagraph<'a>) -> Self {
        let s = &p.score;
        ParagraphRecord {
            index: p.para.index,
            start_line: p.para.start_line,
            end_line: p.para.end_line,
            byte_start: p.para.byte_start,
            byte_end: p.para.byte_end,
            stance: s.stance,
            score: round(s.score),
            confidence: round(s.confidence),
            target: s.target(),
            link: s.link,
            targets: &s.targets,
            boilerplate: s.boilerplate,
            evidence: s.evidence.iter().map(EvidenceRecord::new).collect(),
            text: p.para.text,
        }
    }
}

/// How `classify` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One JSON object per document per line.
    Documents,
    /// One JSON object per paragraph per line (`--flat`).
    Flat,
}

/// Writes a scored document as JSON Lines in the given shape.
pub fn write_jsonl<W: Write>(
    w: &mut W,
    path: &str,
    lexicons: &str,
    doc: &ScoredDocument<'_>,
    shape: Shape,
) -> io::Result<()> {
    match shape {
        Shape::Documents => {
            let rec = DocumentRecord {
                path,
                stance: doc.stance,
                counts: doc.counts,
                lexicons,
                paragraphs: doc.paragraphs.iter().map(ParagraphRecord::new).collect(),
            };
            serde_json::to_writer(&mut *w, &rec)?;
            w.write_all(b"\n")
        }
        Shape::Flat => {
            for p in &doc.paragraphs {
                let rec = FlatRecord {
                    path,
                    lexicons,
                    paragraph: ParagraphRecord::new(p),
                };
                serde_json::to_writer(&mut *w, &rec)?;
                w.write_all(b"\n")?;
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_stable_and_has_no_negative_zero() {
        assert_eq!(round(1.23456), 1.235);
        assert_eq!(round(-0.0001), 0.0);
        assert!(round(-0.0001).is_sign_positive());
    }

    #[test]
    fn document_record_has_the_documented_fields() {
        let scorer = crate::score::Scorer::new(crate::lexicon::embedded().clone());
        let doc = scorer.score_document("The Big Society is a triumph.\n\nIt rained.");
        let mut buf = Vec::new();
        write_jsonl(&mut buf, "a.txt", "sha256:x", &doc, Shape::Documents).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
        for key in ["path", "stance", "counts", "lexicons", "paragraphs"] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        let p = &v["paragraphs"][0];
        for key in [
            "index",
            "start_line",
            "end_line",
            "byte_start",
            "byte_end",
            "stance",
            "score",
            "confidence",
            "target",
            "evidence",
            "text",
        ] {
            assert!(p.get(key).is_some(), "missing paragraph field {key}");
        }
        assert!(buf.ends_with(b"\n"));
        assert_eq!(buf.iter().filter(|&&b| b == b'\n').count(), 1);
    }

    #[test]
    fn flat_prints_one_line_per_paragraph_with_path() {
        let scorer = crate::score::Scorer::new(crate::lexicon::embedded().clone());
        let doc = scorer.score_document("one\n\ntwo\n\nthree");
        let mut buf = Vec::new();
        write_jsonl(&mut buf, "b.txt", "sha256:x", &doc, Shape::Flat).unwrap();
        let lines: Vec<serde_json::Value> = buf
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|l| l["path"] == "b.txt"));
        assert_eq!(lines[2]["index"], 2);
    }
}
