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

/// A list of evidence as `classify` writes it, each item an
/// [`EvidenceRecord`]: for `#[serde(serialize_with)]` on the output of
/// other commands (`eval`'s errors), so every command shows evidence in
/// one shape.
pub fn serialize_evidence<S: serde::Serializer>(
    evidence: &[Evidence],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(evidence.iter().map(EvidenceRecord::new))
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

/// Writes one document's JSON Lines a paragraph at a time, for a document
/// too large to hold: the bytes are exactly those of [`write_jsonl`] for
/// the same document. The caller must know the document's stance and counts
/// before the first paragraph, since a document record prints them first.
#[derive(Debug)]
pub struct RecordWriter<'a> {
    path: &'a str,
    lexicons: &'a str,
    shape: Shape,
    written: usize,
}

impl<'a> RecordWriter<'a> {
    /// Starts a record: for [`Shape::Documents`], everything up to the first
    /// paragraph.
    pub fn begin<W: Write>(
        w: &mut W,
        path: &'a str,
        lexicons: &'a str,
        stance: Stance,
        counts: Counts,
        shape: Shape,
    ) -> io::Result<Self> {
        if shape == Shape::Documents {
            // Serialise the record with no paragraphs and cut off the closing
            // "[]}", so the field order and formatting are serde's own.
            let head = DocumentRecord {
                path,
                stance,
                counts,
                lexicons,
                paragraphs: Vec::new(),
            };
            let bytes = serde_json::to_vec(&head)?;
            let Some(open) = bytes.strip_suffix(b"]}") else {
                return Err(io::Error::other(
                    "internal error: paragraphs are not the last field of a document record",
                ));
            };
            w.write_all(open)?;
        }
        Ok(RecordWriter {
            path,
            lexicons,
            shape,
            written: 0,
        })
    }

    /// A writer for the paragraphs of a record whose start is written
    /// separately (with [`RecordWriter::begin`], once the counts are known):
    /// it writes paragraphs only, with the separators between them.
    pub fn paragraphs_only(path: &'a str, lexicons: &'a str, shape: Shape) -> Self {
        RecordWriter {
            path,
            lexicons,
            shape,
            written: 0,
        }
    }

    /// Writes the next paragraph.
    pub fn paragraph<W: Write>(&mut self, w: &mut W, p: &ScoredParagraph<'_>) -> io::Result<()> {
        match self.shape {
            Shape::Documents => {
                if self.written > 0 {
                    w.write_all(b",")?;
                }
                serde_json::to_writer(&mut *w, &ParagraphRecord::new(p))?;
            }
            Shape::Flat => {
                let rec = FlatRecord {
                    path: self.path,
                    lexicons: self.lexicons,
                    paragraph: ParagraphRecord::new(p),
                };
                serde_json::to_writer(&mut *w, &rec)?;
                w.write_all(b"\n")?;
            }
        }
        self.written += 1;
        Ok(())
    }

    /// Ends the record.
    pub fn finish<W: Write>(self, w: &mut W) -> io::Result<()> {
        match self.shape {
            Shape::Documents => w.write_all(b"]}\n"),
            Shape::Flat => Ok(()),
        }
    }
}

/// Turns JSON Lines written through it into one JSON array, for
/// `--format json`: `[`, the records separated by `,` and a line break, and
/// `]`. It relies on what every record above guarantees: a record is one
/// line (serde escapes line breaks inside strings), ended by `\n`. So the
/// array holds exactly the objects the JSON Lines output would, whichever
/// way they were produced (in memory, or copied from a spool), and however
/// the writes are split.
#[derive(Debug)]
pub struct JsonArray<W: Write> {
    inner: W,
    state: ArrayState,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ArrayState {
    /// Nothing written yet.
    Empty,
    /// Inside a record.
    InRecord,
    /// After a record's line end: the next byte starts another record.
    BetweenRecords,
}

impl<W: Write> JsonArray<W> {
    pub fn new(inner: W) -> Self {
        JsonArray {
            inner,
            state: ArrayState::Empty,
        }
    }

    /// Closes the array (`[]` when no record came) and returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        let end: &[u8] = match self.state {
            ArrayState::Empty => b"[]\n",
            ArrayState::InRecord | ArrayState::BetweenRecords => b"\n]\n",
        };
        self.inner.write_all(end)?;
        Ok(self.inner)
    }
}

impl<W: Write> Write for JsonArray<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while !rest.is_empty() {
            match self.state {
                ArrayState::Empty => {
                    self.inner.write_all(b"[\n")?;
                    self.state = ArrayState::InRecord;
                }
                ArrayState::BetweenRecords => {
                    self.inner.write_all(b",\n")?;
                    self.state = ArrayState::InRecord;
                }
                ArrayState::InRecord => match memchr::memchr(b'\n', rest) {
                    Some(end) => {
                        self.inner.write_all(&rest[..end])?;
                        rest = &rest[end + 1..];
                        self.state = ArrayState::BetweenRecords;
                    }
                    None => {
                        self.inner.write_all(rest)?;
                        rest = &[];
                    }
                },
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
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

    #[test]
    fn the_record_writer_gives_the_bytes_of_write_jsonl() {
        let scorer = crate::score::Scorer::new(crate::lexicon::embedded().clone());
        for text in [
            "",
            "The Big Society is a triumph.\n\nIt rained.",
            "A \"quoted\" slogan.\n\nThe Big Society was a cover for cuts.\n\nMore.",
        ] {
            let doc = scorer.score_document(text);
            for shape in [Shape::Documents, Shape::Flat] {
                let mut whole = Vec::new();
                write_jsonl(&mut whole, "p\u{fffd}.txt", "sha256:x", &doc, shape).unwrap();
                let mut streamed = Vec::new();
                let mut rw = RecordWriter::begin(
                    &mut streamed,
                    "p\u{fffd}.txt",
                    "sha256:x",
                    doc.stance,
                    doc.counts,
                    shape,
                )
                .unwrap();
                for p in &doc.paragraphs {
                    rw.paragraph(&mut streamed, p).unwrap();
                }
                rw.finish(&mut streamed).unwrap();
                assert_eq!(
                    String::from_utf8(streamed).unwrap(),
                    String::from_utf8(whole).unwrap()
                );
            }
        }
    }

    #[test]
    fn json_array_holds_the_json_lines_records_however_writes_are_split() {
        let scorer = crate::score::Scorer::new(crate::lexicon::embedded().clone());
        let mut lines = Vec::new();
        for text in [
            "The Big Society is a triumph.\n\nIt rained.",
            "",
            "One\n\ntwo",
        ] {
            let doc = scorer.score_document(text);
            write_jsonl(&mut lines, "a\nb.txt", "sha256:x", &doc, Shape::Flat).unwrap();
            write_jsonl(&mut lines, "c.txt", "sha256:x", &doc, Shape::Documents).unwrap();
        }
        let expected: Vec<serde_json::Value> = lines
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice(l).unwrap())
            .collect();
        for chunk in [1, 2, 7, 64, lines.len()] {
            let mut array = JsonArray::new(Vec::new());
            for piece in lines.chunks(chunk) {
                array.write_all(piece).unwrap();
            }
            let bytes = array.finish().unwrap();
            assert!(bytes.starts_with(b"[\n{") && bytes.ends_with(b"}\n]\n"));
            let parsed: Vec<serde_json::Value> = serde_json::from_slice(&bytes).unwrap();
            assert_eq!(parsed, expected, "chunks of {chunk}");
        }
        assert_eq!(JsonArray::new(Vec::new()).finish().unwrap(), b"[]\n");
    }
}
