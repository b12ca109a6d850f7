//! Helpers shared by the integration tests: the binary, the fixtures, and
//! the documented JSON shape of `classify` output.

// Every test binary compiles its own copy of this module and uses only part
// of it; the rest would be reported as dead code in that binary.
#![allow(dead_code)]

use std::fs;
use std::path::PathBuf;
use std::process::Output;

use assert_cmd::Command;
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// The binary under test.
pub fn bigsoc() -> Command {
    Command::cargo_bin("bigsoc").unwrap()
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    root().join("tests/fixtures")
}

/// The fixture articles, sorted, as absolute paths.
pub fn articles() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(fixtures().join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

/// The fixture articles, sorted, as paths relative to the repository root:
/// for runs from there whose output must not depend on where the checkout
/// is.
pub fn relative_articles() -> Vec<String> {
    articles()
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            format!("tests/fixtures/articles/{name}")
        })
        .collect()
}

/// A temporary copy of the shipped lexicons, to edit.
pub fn lexicon_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in fs::read_dir(root().join("lexicons")).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), dir.path().join(e.file_name())).unwrap();
    }
    dir
}

/// Parses JSON lines, one record a line; a line that does not parse fails
/// the test with its text.
pub fn json_lines<T: DeserializeOwned>(text: &str) -> Vec<T> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// The documents `classify` wrote to standard output.
pub fn documents(stdout: &[u8]) -> Vec<Document> {
    json_lines(std::str::from_utf8(stdout).expect("output is UTF-8"))
}

pub fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The documented JSON shape. `deny_unknown_fields` makes any schema change
/// a visible decision.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub path: String,
    pub stance: String,
    pub counts: Counts,
    pub lexicons: String,
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Debug, Deserialize, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    pub pro: usize,
    pub sceptical: usize,
    pub neutral: usize,
}

/// Defines a paragraph record: the fields given, then every field of a
/// paragraph, all listed to pin the schema. One list serves the paragraphs
/// of a document and the `--flat` records, which cannot share it through
/// `#[serde(flatten)]`: serde does not support that with
/// `deny_unknown_fields`.
macro_rules! paragraph_record {
    ($(#[$attr:meta])* $name:ident { $($field:ident: $ty:ty),* $(,)? }) => {
        $(#[$attr])*
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $(pub $field: $ty,)*
            pub index: usize,
            pub start_line: usize,
            pub end_line: usize,
            pub byte_start: usize,
            pub byte_end: usize,
            pub stance: String,
            pub score: f64,
            pub confidence: f64,
            pub target: bool,
            pub link: String,
            pub targets: Vec<String>,
            pub boilerplate: bool,
            pub evidence: Vec<Evidence>,
            pub text: String,
        }
    };
}

paragraph_record!(
    /// A paragraph of a document.
    Paragraph {}
);

paragraph_record!(
    /// A `--flat` record: a paragraph with its document's path and lexicons.
    FlatParagraph {
        path: String,
        lexicons: String,
    }
);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    #[serde(rename = "match")]
    pub matched: String,
    pub term: String,
    pub lexicon: String,
    pub base: f64,
    pub weight: f64,
    pub rules: Vec<String>,
}

/// Every record of `classify --flat` output with its path blanked, to
/// compare the same text read from different files.
pub fn records_without_path(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| {
            let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["path"] = serde_json::Value::Null;
            v
        })
        .collect()
}
