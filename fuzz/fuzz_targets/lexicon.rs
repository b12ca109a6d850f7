//! Arbitrary text through the lexicon parser, for every role: it may refuse
//! a line, with its number, but never panic.

#![no_main]

use bigsoc::lexicon::{Role, parse_file};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let role = Role::ALL[pick as usize % Role::ALL.len()];
    let (entries, errors) = parse_file(role, "fuzz.txt", text);
    let lines = text.lines().count();
    for e in &errors {
        assert!(e.line >= 1 && e.line <= lines, "{e}");
        assert!(!e.message.is_empty());
    }
    for e in &entries {
        assert!(e.line >= 1 && e.line <= lines);
        assert!(e.weight.is_none_or(f64::is_finite));
    }
});
