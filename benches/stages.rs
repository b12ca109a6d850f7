//! Micro-benchmarks, one per pipeline stage, so a slowdown points at its
//! stage: decode, segment, tokenize, match, score (a whole document:
//! tokenize + match + rules), serialise. Run with `cargo bench --bench
//! stages`; it prints MB/s per stage (median of several runs) over about
//! 8 MB of the project's own articles. A benchmark, not a test.

use std::hint::black_box;
use std::time::Instant;

use bigsoc::lexicon::embedded;
use bigsoc::output::{Shape, write_jsonl};
use bigsoc::read::decode;
use bigsoc::score::Scorer;
use bigsoc::segment::segment;
use bigsoc::tokenize::Tokens;

/// Roughly how much text each stage processes per run.
const TARGET_BYTES: usize = 8 << 20;
/// Runs per stage; the median is reported.
const RUNS: usize = 7;

fn corpus() -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut pieces = Vec::new();
    for dir in ["tests/fixtures/articles", "tests/gold/tune/docs"] {
        let mut names: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
            .expect("project fixtures")
            .map(|e| e.expect("dir entry").path())
            .collect();
        names.sort();
        for p in names {
            pieces.push(std::fs::read_to_string(p).expect("fixture text"));
        }
    }
    let mut text = String::new();
    while text.len() < TARGET_BYTES {
        for p in &pieces {
            text.push_str(p);
            text.push_str("\n\n");
        }
    }
    text
}

fn bench(name: &str, bytes: usize, mut f: impl FnMut()) {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let median = times[RUNS / 2];
    println!(
        "{name:<10} {:>8.1} MB/s  ({:.1} ms per {:.1} MB)",
        bytes as f64 / 1e6 / median,
        median * 1e3,
        bytes as f64 / 1e6
    );
}

fn main() {
    let text = corpus();
    let bytes = text.len();
    let scorer = Scorer::new(embedded().clone());
    let paragraphs: Vec<&str> = segment(&text).into_iter().map(|p| p.text).collect();
    let mut tokenized: Vec<Tokens> = Vec::with_capacity(paragraphs.len());
    for p in &paragraphs {
        let mut t = Tokens::new();
        t.tokenize(p);
        tokenized.push(t);
    }
    println!(
        "stages over {:.1} MB, {} paragraphs, median of {RUNS} runs",
        bytes as f64 / 1e6,
        paragraphs.len()
    );

    bench("decode", bytes, || {
        black_box(decode(black_box(text.as_bytes())));
    });
    bench("segment", bytes, || {
        black_box(segment(black_box(&text)).len());
    });
    let mut tokens = Tokens::new();
    bench("tokenize", bytes, || {
        for p in &paragraphs {
            tokens.tokenize(black_box(p));
            black_box(tokens.len());
        }
    });
    let mut hits = Vec::new();
    bench("match", bytes, || {
        for t in &tokenized {
            scorer.matcher.find(black_box(t), &mut hits);
            black_box(hits.len());
        }
    });
    bench("score", bytes, || {
        black_box(scorer.score_document(black_box(&text)).counts);
    });
    let doc = scorer.score_document(&text);
    let mut out = Vec::with_capacity(bytes * 3);
    bench("serialise", bytes, || {
        out.clear();
        write_jsonl(
            &mut out,
            "bench.txt",
            &scorer.lexicons.fingerprint,
            &doc,
            Shape::Documents,
        )
        .expect("writing to memory");
        black_box(out.len());
    });
}
