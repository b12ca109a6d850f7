//! Property tests: for arbitrary input, decoding, segmentation, tokenizing
//! and scoring never panic and keep their promises about offsets, order and
//! values; and the streaming readers give exactly what the in-memory ones
//! give.

use std::io::{BufReader, Read};
use std::sync::LazyLock;

use bigsoc::read::{self, Decoded, DecodingReader, Sniffed};
use bigsoc::score::{Scorer, Stance};
use bigsoc::segment::{self, OwnedParagraph, Paragraph};
use bigsoc::tokenize;
use proptest::prelude::*;

static SCORER: LazyLock<Scorer> =
    LazyLock::new(|| Scorer::new(bigsoc::lexicon::embedded().clone()));

/// Pieces that exercise the rules and the edge cases of each stage: target
/// names, stance terms, cue words, quotes, sentence ends, every kind of line
/// end and whitespace, multi-byte characters.
const PIECES: &[&str] = &[
    "Big Society",
    "big-society",
    "the Big Society's",
    "the idea",
    "the scheme",
    "cover for cuts",
    "superb",
    "failure",
    "not",
    "never",
    "must not become",
    "but",
    "However,",
    "although",
    "perhaps",
    "very",
    "rejected claims that",
    "said",
    "critics",
    "the cynics of",
    "are",
    "warn",
    "that",
    "na\u{ef}ve",
    "not only",
    "Mr.",
    "co-operative",
    "£4.5m",
    "10,000",
    "\"",
    "\u{201C}",
    "\u{201D}",
    "'",
    "\u{2018}",
    "\u{2019}",
    "?",
    "!",
    "?!",
    ".",
    "...",
    "\u{2026}",
    ",",
    ";",
    " - ",
    "\u{2014}",
    "(",
    ")",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "\u{2003}",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\r\n\r\n",
    "caf\u{e9}",
    "\u{1F600}",
    "\u{FFFD}",
    "Comments are closed.",
    "Share this article",
];

/// Text built from the pieces above mixed with arbitrary characters.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "[a-zA-Z]{1,12}",
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// Bytes that are often, but not always, UTF-8: encoded text with stray
/// bytes, BOMs, NULs and Windows-1252 punctuation spliced in.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        4 => text().prop_map(String::into_bytes),
        1 => proptest::collection::vec(any::<u8>(), 0..8),
        1 => proptest::sample::select(vec![
            b"\xEF\xBB\xBF".to_vec(),
            b"\x93".to_vec(),
            b"\x94".to_vec(),
            b"\x96".to_vec(),
            b"\x81".to_vec(),
            b"\xe9".to_vec(),
            b"\r".to_vec(),
            b"\0".to_vec(),
            b"\xC3".to_vec(),
        ]),
    ];
    proptest::collection::vec(piece, 0..8).prop_map(|v| v.concat())
}

/// Checks every promise a segmentation of `text` makes.
fn check_paragraphs(text: &str, paras: &[Paragraph<'_>]) {
    let mut prev_end = 0;
    let mut prev_line = 0;
    for (i, p) in paras.iter().enumerate() {
        assert_eq!(p.index, i);
        assert!(text.is_char_boundary(p.byte_start));
        assert!(text.is_char_boundary(p.byte_end));
        assert!(p.byte_start < p.byte_end, "empty paragraph {p:?}");
        // In order, without overlap, and exactly the text at the offsets.
        assert!(p.byte_start >= prev_end);
        assert_eq!(&text[p.byte_start..p.byte_end], p.text);
        assert_eq!(p.text, p.text.trim());
        assert!(p.start_line > prev_line && p.start_line <= p.end_line);
        assert_eq!(
            p.end_line - p.start_line,
            p.text.matches('\n').count(),
            "lines of {p:?}"
        );
        prev_end = p.byte_end;
        prev_line = p.end_line;
    }
}

fn streamed(text: &str) -> Vec<OwnedParagraph> {
    segment::paragraph_stream(text.as_bytes())
        .collect::<std::io::Result<_>>()
        .expect("valid UTF-8 reads without error")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn segmentation_keeps_its_promises(raw in text()) {
        // Segment what decoding produces, as classify does.
        let text = read::normalise_line_ends(&raw);
        let paras = segment::segment(&text);
        check_paragraphs(&text, &paras);
        // Every character that is not whitespace is in some paragraph.
        let kept: usize = paras.iter().map(|p| p.text.chars().filter(|c| !c.is_whitespace()).count()).sum();
        prop_assert_eq!(kept, text.chars().filter(|c| !c.is_whitespace()).count());
    }

    #[test]
    fn the_paragraph_stream_equals_segment(raw in text()) {
        let text = read::normalise_line_ends(&raw);
        let owned = streamed(&text);
        let borrowed: Vec<Paragraph<'_>> = owned.iter().map(OwnedParagraph::as_paragraph).collect();
        prop_assert_eq!(borrowed, segment::segment(&text));
    }

    #[test]
    fn tokens_slice_the_text_in_order(text in text()) {
        let t = tokenize::tokenize(&text);
        let mut prev_end = 0;
        let mut prev_sentence = 0;
        for (i, k) in t.tokens.iter().enumerate() {
            let (s, e) = (k.start as usize, k.end as usize);
            prop_assert!(s < e && e <= text.len());
            prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            prop_assert!(s >= prev_end);
            prop_assert!(k.sentence >= prev_sentence && k.clause >= k.sentence);
            prop_assert!(!t.norm(i).is_empty());
            prev_end = e;
            prev_sentence = k.sentence;
        }
        prop_assert!(t.questions.len() >= t.tokens.last().map_or(0, |k| k.sentence as usize + 1));
    }

    #[test]
    fn scores_are_finite_and_stances_valid(raw in text()) {
        let text = read::normalise_line_ends(&raw);
        let doc = SCORER.score_document(&text);
        prop_assert_eq!(
            doc.counts.pro + doc.counts.sceptical + doc.counts.neutral,
            doc.paragraphs.len()
        );
        for p in &doc.paragraphs {
            let s = &p.score;
            prop_assert!(s.score.is_finite());
            prop_assert!((0.0..=1.0).contains(&s.confidence), "confidence {}", s.confidence);
            prop_assert!(Stance::ALL.contains(&s.stance));
            if s.stance != Stance::Neutral {
                prop_assert!(!s.evidence.is_empty());
            }
            for e in &s.evidence {
                prop_assert!(e.weight.is_finite() && e.base.is_finite());
                prop_assert!(p.para.text.contains(e.matched.as_str()));
            }
            // Scored alone in the document's context, it gets the same.
            let alone = SCORER.score_paragraph(p.para.text, doc.context);
            prop_assert_eq!(&alone, s);
        }
    }

    #[test]
    fn decode_never_panics_and_streams_identically(bytes in bytes()) {
        let whole = read::decode(&bytes);
        let sniffed = read::sniff(&bytes[..]).expect("reading a slice cannot fail");
        match (&whole, sniffed) {
            (Decoded::Binary, Sniffed::Binary) => {}
            (Decoded::Text { text, warning }, Sniffed::Text { encoding, warning: w }) => {
                prop_assert_eq!(warning, &w);
                let mut out = String::new();
                BufReader::new(DecodingReader::new(&bytes[..], encoding))
                    .read_to_string(&mut out)
                    .expect("decoded text is UTF-8");
                prop_assert_eq!(&out, text);
                prop_assert!(!text.contains('\r'));
                check_paragraphs(text, &segment::segment(text));
            }
            (a, b) => prop_assert!(false, "decode gave {a:?}, sniff gave {b:?}"),
        }
    }
}
