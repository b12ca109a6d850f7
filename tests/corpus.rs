//! Segmentation against the development corpus: the paragraphs of the seed
//! and dev articles must be exactly the ones the gold files label. Skipped,
//! with a printed reason, when `../shared/corpus` is not beside the
//! repository.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use bigsoc::read::{Decoded, decode};
use bigsoc::segment::segment;

fn corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if dir.join("gold").is_dir() {
        Some(dir)
    } else {
        // Straight to stderr, past the test harness's capture, so the
        // reason shows in a plain `cargo test` run.
        let _ = writeln!(
            std::io::stderr(),
            "note: skipped: {} not found (clone ../shared beside the repository)",
            dir.display()
        );
        None
    }
}

fn check_set(corpus: &Path, set: &str, expected: usize) {
    let gold = fs::read_to_string(corpus.join(format!("gold/{set}.jsonl"))).unwrap();
    let mut n = 0;
    let mut by_doc: std::collections::BTreeMap<String, Vec<(usize, String)>> = Default::default();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        by_doc
            .entry(v["doc"].as_str().unwrap().to_string())
            .or_default()
            .push((
                v["paragraph"].as_u64().unwrap() as usize,
                v["text"].as_str().unwrap().to_string(),
            ));
        n += 1;
    }
    assert_eq!(n, expected);
    for (doc, paras) in by_doc {
        let bytes = fs::read(corpus.join(set).join(&doc)).unwrap();
        let Decoded::Text { text, .. } = decode(&bytes) else {
            panic!("{doc} is binary")
        };
        let ours = segment(&text);
        assert_eq!(ours.len(), paras.len(), "{doc}: paragraph count");
        for (i, gold_text) in paras {
            assert_eq!(ours[i].index, i);
            assert_eq!(ours[i].text, gold_text, "{doc} paragraph {i}");
        }
    }
}

#[test]
fn seeds_segment_into_the_119_gold_paragraphs() {
    if let Some(c) = corpus() {
        check_set(&c, "seeds", 119);
    }
}

#[test]
fn dev_segments_into_the_305_gold_paragraphs() {
    if let Some(c) = corpus() {
        check_set(&c, "dev", 305);
    }
}
