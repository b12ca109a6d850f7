//! Edges of the subcommands other than `classify`, found by a new user:
//! `lexicon export`, `explain`, `eval`, `report` fed wrong or missing
//! input, and output that cannot be written.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::process::{Command as StdCommand, Output};

use common::{bigsoc, stderr_of};

fn stdout_of(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("output is UTF-8")
}

/// Runs `bigsoc ARGS` with standard output on `/dev/full`, or `None` when
/// the device is not there.
fn into_full_device(args: &[&str]) -> Option<Output> {
    let full = fs::OpenOptions::new().write(true).open("/dev/full").ok()?;
    Some(
        StdCommand::new(assert_cmd::cargo::cargo_bin("bigsoc"))
            .current_dir(common::root())
            .args(args)
            .stdout(full)
            .output()
            .unwrap(),
    )
}

/// Every write failure names itself as one, whichever command writes.
fn assert_write_error_has_context(args: &[&str]) {
    let Some(out) = into_full_device(args) else {
        println!("skipped: /dev/full is not available here");
        return;
    };
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    let err = stderr_of(&out);
    assert!(
        err.starts_with("bigsoc: error writing output: "),
        "{args:?}: {err}"
    );
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
}

// ---------------------------------------------------------------------------
// lexicon export

#[test]
fn lexicon_export_prints_each_lexicon_line_once() {
    let out = bigsoc().args(["lexicon", "export"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    let mut seen = BTreeSet::new();
    for row in text.lines() {
        assert_eq!(row.split('\t').count(), 3, "{row:?}");
        assert!(seen.insert(row), "repeated row {row:?}");
    }
    // A `~` verb is shown as written, once.
    assert_eq!(
        text.lines()
            .filter(|r| r.split('\t').nth(1) == Some("cover~ for cuts"))
            .count(),
        1
    );
    // The scan patterns still hold every form of it.
    let out = bigsoc()
        .args(["lexicon", "export", "--patterns"])
        .output()
        .unwrap();
    let patterns = stdout_of(&out);
    for form in ["cover for cuts", "covers for cuts", "covered for cuts"] {
        assert!(patterns.lines().any(|l| l == form), "{form} missing");
    }
}

#[test]
fn lexicon_export_into_a_full_device_says_it_could_not_write() {
    assert_write_error_has_context(&["lexicon", "export"]);
    assert_write_error_has_context(&["lexicon", "export", "--patterns"]);
}
