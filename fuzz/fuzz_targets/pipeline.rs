//! Arbitrary bytes through the whole classify pipeline: decode, segment,
//! tokenize, score, and the streaming readers that must agree with them.

#![no_main]

use std::io::{BufReader, Read};
use std::sync::LazyLock;

use bigsoc::read::{self, Decoded, DecodingReader, Sniffed};
use bigsoc::score::Scorer;
use bigsoc::segment::{self, OwnedParagraph};
use libfuzzer_sys::fuzz_target;

static SCORER: LazyLock<Scorer> =
    LazyLock::new(|| Scorer::new(bigsoc::lexicon::embedded().clone()));

fuzz_target!(|bytes: &[u8]| {
    let whole = read::decode(bytes);
    let sniffed = read::sniff(bytes).expect("reading a slice cannot fail");
    let text = match (whole, sniffed) {
        (Decoded::Binary, Sniffed::Binary) => return,
        (
            Decoded::Text { text, warning },
            Sniffed::Text {
                encoding,
                warning: w,
            },
        ) => {
            assert_eq!(warning, w);
            let mut out = String::new();
            BufReader::new(DecodingReader::new(bytes, encoding))
                .read_to_string(&mut out)
                .expect("decoded text is UTF-8");
            assert_eq!(out, text);
            text
        }
        (a, b) => panic!("decode gave {a:?}, sniff gave {b:?}"),
    };
    let paras = segment::segment(&text);
    let streamed: Vec<OwnedParagraph> = segment::paragraph_stream(text.as_bytes())
        .collect::<std::io::Result<_>>()
        .expect("decoded text streams");
    assert_eq!(streamed.len(), paras.len());
    for (p, s) in paras.iter().zip(&streamed) {
        assert_eq!(&s.as_paragraph(), p);
        assert_eq!(&text[p.byte_start..p.byte_end], p.text);
        let t = bigsoc::tokenize::tokenize(p.text);
        for k in &t.tokens {
            let _ = &p.text[k.start as usize..k.end as usize];
        }
    }
    let doc = SCORER.score_document(&text);
    for p in &doc.paragraphs {
        assert!(p.score.score.is_finite());
        assert!((0.0..=1.0).contains(&p.score.confidence));
    }
});
