//! Compiles the embedded boilerplate patterns (`lexicons/boilerplate.txt`)
//! into a dense DFA at build time, so `bigsoc` does not compile them at
//! every start. The DFA is the same language as the run-time `RegexSet`
//! (case-insensitive, Unicode); a test checks the two agree. If a pattern
//! cannot become a DFA (a Unicode word boundary, say), an empty file is
//! written and the binary compiles the patterns at start-up instead.

use std::env;
use std::fs;
use std::path::PathBuf;

use regex_automata::MatchKind;
use regex_automata::dfa::{StartKind, dense};
use regex_automata::util::syntax;

fn main() {
    println!("cargo::rerun-if-changed=lexicons/boilerplate.txt");
    println!("cargo::rerun-if-changed=src/build.rs");
    let text = fs::read_to_string("lexicons/boilerplate.txt").expect("lexicons/boilerplate.txt");
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let patterns: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let big_endian = env::var("CARGO_CFG_TARGET_ENDIAN").as_deref() == Ok("big");
    let bytes = dense::Builder::new()
        .configure(
            dense::Config::new()
                .match_kind(MatchKind::All)
                .start_kind(StartKind::Unanchored)
                .minimize(true),
        )
        .syntax(syntax::Config::new().case_insensitive(true))
        .build_many(&patterns)
        .map(|dfa| {
            let (bytes, pad) = if big_endian {
                dfa.to_bytes_big_endian()
            } else {
                dfa.to_bytes_little_endian()
            };
            bytes[pad..].to_vec()
        })
        .unwrap_or_else(|e| {
            println!("cargo::warning=boilerplate patterns compile at start-up: {e}");
            Vec::new()
        });
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join("boilerplate.dfa");
    fs::write(out, bytes).expect("write the boilerplate DFA");
}
