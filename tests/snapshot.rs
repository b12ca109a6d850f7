//! The classify output for the fixture articles, checked in as
//! tests/fixtures/expected/classify.jsonl: any change to the output, from
//! an optimisation or anything else, shows up here as a diff. When a
//! change is intended (a lexicon or rule edit), regenerate the file with
//! `BIGSOC_BLESS=1 cargo test --test snapshot` and commit it with the edit.

mod common;

use common::{bigsoc, relative_articles, root};

#[test]
fn classify_output_matches_the_checked_in_expectation() {
    let root = root();
    let files = relative_articles();
    let out = bigsoc()
        .current_dir(&root)
        .arg("classify")
        .args(&files)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let expected_path = root.join("tests/fixtures/expected/classify.jsonl");
    if std::env::var_os("BIGSOC_BLESS").is_some() {
        std::fs::create_dir_all(expected_path.parent().unwrap()).unwrap();
        std::fs::write(&expected_path, &out.stdout).unwrap();
        println!("wrote {}", expected_path.display());
        return;
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap();
    let actual = String::from_utf8(out.stdout).unwrap();
    // The lexicon fingerprint changes with any lexicon edit; what matters
    // here is everything else.
    let fingerprint = regex::Regex::new(r#""lexicons":"sha256:[0-9a-f]{64}""#).unwrap();
    let mask = |s: &str| {
        fingerprint
            .replace_all(s, r#""lexicons":"sha256:…""#)
            .into_owned()
    };
    let (actual, expected) = (mask(&actual), mask(&expected));
    for (i, (a, e)) in actual.lines().zip(expected.lines()).enumerate() {
        if a != e {
            let at = a.bytes().zip(e.bytes()).take_while(|(x, y)| x == y).count();
            let from = floor(a, at.saturating_sub(60));
            let from_e = floor(e, at.saturating_sub(60));
            panic!(
                "line {} of {} differs at byte {at} (BIGSOC_BLESS=1 to accept an intended change)\n  now:      ...{}\n  expected: ...{}",
                i + 1,
                expected_path.display(),
                &a[from..floor(a, (at + 80).min(a.len()))],
                &e[from_e..floor(e, (at + 80).min(e.len()))],
            );
        }
    }
    assert_eq!(actual.lines().count(), expected.lines().count());
}

/// The largest char boundary of `s` at or below `i`.
fn floor(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
