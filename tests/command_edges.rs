//! Edges of the subcommands other than `classify`, found by a new user:
//! `lexicon export`, `explain`, `eval`, `report` fed wrong or missing
//! input, and output that cannot be written.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::{Command as StdCommand, Output};

use common::{bigsoc, fixtures, stderr_of};

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

// ---------------------------------------------------------------------------
// explain

fn explain(args: &[&str], stdin: &str) -> Output {
    bigsoc()
        .arg("explain")
        .args(args)
        .write_stdin(stdin)
        .output()
        .unwrap()
}

#[test]
fn explain_shows_a_match_across_a_line_break_on_one_line() {
    let out = explain(&["-"], "The Big Society is a cover for\ncuts.\n");
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(
        text.contains("    \"cover for cuts\" matches stance term"),
        "{text}"
    );
    assert!(!text.contains("for\ncuts"), "{text}");
}

#[test]
fn explain_one_paragraph_does_not_list_every_paragraph_naming_the_target() {
    let doc: Vec<&str> = (0..3000)
        .map(|i| {
            if i % 3 == 0 {
                "Rain fell."
            } else {
                "The Big Society is here."
            }
        })
        .collect();
    let doc = doc.join("\n\n");
    let out = explain(&["-", "-p", "2999"], &doc);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.len() < 2000, "{} bytes: {}", text.len(), &text[..300]);
    assert!(
        text.contains("The document names the target in 2,000 of its 3,000 paragraphs."),
        "{text}"
    );
    assert!(text.contains("paragraph 2999 (line 5999)"), "{text}");
    // Without --paragraph the list is cut after 20 entries.
    let out = explain(&["-"], &doc);
    let text = stdout_of(&out);
    let line = text
        .lines()
        .find(|l| l.starts_with("Paragraphs naming the target"))
        .unwrap();
    assert_eq!(
        line,
        "Paragraphs naming the target (numbered from 0): 1, 2, 4, 5, 7, 8, 10, 11, 13, 14, \
         16, 17, 19, 20, 22, 23, 25, 26, 28, 29, ... and 1,980 more."
    );
}

#[test]
fn explain_names_the_negator_of_a_negated_term() {
    let out = explain(
        &["-"],
        "The Big Society was never a success. It is not a triumph.\n",
    );
    let text = stdout_of(&out);
    assert!(
        text.contains("a negator before it in the clause: \"never\""),
        "{text}"
    );
    assert!(
        text.contains("a negator before it in the clause: \"not\""),
        "{text}"
    );
}

#[test]
fn explain_term_weights_have_the_precision_of_the_sum() {
    // "success" hedged (x0.7) and before a contrast (x0.5): +0.525.
    let out = explain(
        &["-"],
        "The Big Society was perhaps a success and a triumph, but the cuts were a disgrace.\n",
    );
    let text = stdout_of(&out);
    assert!(
        text.contains("-> +0.525 before a contrast marker"),
        "{text}"
    );
    assert!(!text.contains("+0.53"), "{text}");
    // The last arrow of each term (or its weight) adds up to the sum.
    let mut sum = 0.0;
    let mut current: Option<f64> = None;
    let number = |s: &str| s.trim().parse::<f64>().unwrap();
    for line in text.lines() {
        if let Some((_, w)) = line.split_once("\", weight ") {
            sum += current.take().unwrap_or(0.0);
            current = Some(number(w));
        } else if let Some((_, rest)) = line.split_once(" -> ") {
            current = Some(number(rest.split_whitespace().next().unwrap()));
        }
    }
    sum += current.unwrap_or(0.0);
    let total = text
        .lines()
        .find_map(|l| l.strip_prefix("  sum "))
        .and_then(|l| l.split(';').next())
        .map(number)
        .unwrap();
    assert!((sum - total).abs() < 1e-9, "{sum} vs {total}: {text}");
}

#[test]
fn explain_escapes_control_characters_in_the_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new\nline\tx.txt");
    if fs::write(&path, "The Big Society is a triumph.\n").is_err() {
        println!("skipped: this file system refuses such a name");
        return;
    }
    let out = bigsoc().arg("explain").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    let shown = format!("{}/new\\nline\\tx.txt: 1 paragraph; ", dir.path().display());
    assert!(text.starts_with(&shown), "{text}");
    let out = bigsoc()
        .arg("explain")
        .arg(&path)
        .args(["-p", "5"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("new\\nline\\tx.txt: no paragraph 5"), "{err}");
}

#[test]
fn explain_into_a_full_device_says_it_could_not_write() {
    let doc = fixtures().join("articles/oped_hollow_slogan.txt");
    let mut big = String::new();
    for _ in 0..200 {
        big.push_str(&fs::read_to_string(&doc).unwrap());
        big.push_str("\n\n");
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    fs::write(&path, big).unwrap();
    assert_write_error_has_context(&["explain", path.to_str().unwrap()]);
}

// ---------------------------------------------------------------------------
// eval

/// `bigsoc eval --gold GOLD... --docs tests/fixtures/articles ARGS`, run
/// from the repository root.
fn eval(gold: &[&Path], args: &[&str]) -> Output {
    bigsoc()
        .current_dir(common::root())
        .arg("eval")
        .arg("--gold")
        .args(gold)
        .args(["--docs", "tests/fixtures/articles"])
        .args(args)
        .output()
        .unwrap()
}

fn record(doc: &str, paragraph: usize, stance: &str) -> String {
    format!("{{\"doc\": \"{doc}\", \"paragraph\": {paragraph}, \"stance\": \"{stance}\"}}\n")
}

/// A gold file in `dir` labelling every paragraph of the off-topic fixture
/// article neutral, as bigsoc predicts them.
fn off_topic_gold(dir: &Path) -> std::path::PathBuf {
    let gold = dir.join("neutral.jsonl");
    let text: String = (0..4)
        .map(|i| record("library_closures.txt", i, "neutral"))
        .collect();
    fs::write(&gold, text).unwrap();
    gold
}

#[test]
fn eval_reports_every_kind_of_gold_problem_in_file_and_line_order() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("g.jsonl");
    let lib = "library_closures.txt";
    let mut text = String::from("{\"paragraph\": 0, \"stance\": \"neutral\"}\n");
    text.push_str(&record(lib, 0, "neutral"));
    text.push_str(&record(lib, 0, "pro"));
    text.push_str(&record("nope.txt", 0, "neutral"));
    text.push_str(&record(lib, 99, "neutral"));
    text.push_str("{oops\n");
    fs::write(&gold, text).unwrap();
    let other = dir.path().join("h.jsonl");
    fs::write(&other, format!("{}not json\n", record(lib, 1, "neutral"))).unwrap();
    let out = eval(&[&gold, &other], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "{}", stdout_of(&out));
    let g = gold.display();
    let h = other.display();
    let expected = [
        format!("bigsoc: {g}:1: not a gold record: missing field \"doc\""),
        format!(
            "bigsoc: {g}:3: a second label for {lib} paragraph 0 (the first, neutral, is at {g}:2)"
        ),
        format!(
            "bigsoc: tests/fixtures/articles/nope.txt: no such file or directory (named at {g}:4)"
        ),
        format!(
            "bigsoc: {g}:5: paragraph 99 of {lib} does not exist (the document has 4 paragraphs, numbered from 0)"
        ),
        format!("bigsoc: {g}:6: not valid JSON (column 2)"),
        format!("bigsoc: {h}:2: not valid JSON (column 2)"),
    ];
    assert_eq!(stderr_of(&out), expected.join("\n") + "\n");
}

#[test]
fn eval_takes_two_spellings_of_a_name_as_one_document_and_keeps_names_in_docs() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("g.jsonl");
    let lib = "library_closures.txt";
    let mut text = record(lib, 0, "neutral");
    text.push_str(&record(&format!("./{lib}"), 0, "pro"));
    text.push_str(&record(&format!("../articles/{lib}"), 1, "neutral"));
    text.push_str(&record("../../README.md", 0, "neutral"));
    text.push_str(&record("/etc/hostname", 0, "neutral"));
    fs::write(&gold, text).unwrap();
    let out = eval(&[&gold], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "{}", stdout_of(&out));
    let g = gold.display();
    let expected = [
        format!(
            "bigsoc: {g}:2: a second label for {lib} paragraph 0 (the first, neutral, is at {g}:1)"
        ),
        format!(
            "bigsoc: {g}:3: doc \"../articles/{lib}\" leaves --docs: name a file in --docs, \
             relative to it"
        ),
        format!(
            "bigsoc: {g}:4: doc \"../../README.md\" leaves --docs: name a file in --docs, \
             relative to it"
        ),
        format!(
            "bigsoc: {g}:5: doc \"/etc/hostname\" is an absolute path: name a file in --docs, \
             relative to it"
        ),
    ];
    assert_eq!(stderr_of(&out), expected.join("\n") + "\n");
    // "./NAME" alone reads NAME, and errors show the one spelling.
    fs::write(&gold, record(&format!("./{lib}"), 0, "pro")).unwrap();
    let out = eval(&[&gold], &["--show-errors", "1"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        stdout_of(&out).contains(&format!("- {lib} #0: gold pro")),
        "{}",
        stdout_of(&out)
    );
}

#[test]
fn eval_says_a_line_of_json_that_is_not_an_object_is_not_a_gold_record() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("g.jsonl");
    let lib = "library_closures.txt";
    let mut text = record(lib, 0, "neutral");
    text.push_str(&format!(
        "[\"{lib}\", 1, \"neutral\", null]\n[\"{lib}\"]\n\"{lib}\"\n"
    ));
    fs::write(&gold, text).unwrap();
    let out = eval(&[&gold], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "{}", stdout_of(&out));
    let g = gold.display();
    assert_eq!(
        stderr_of(&out),
        format!(
            "bigsoc: {g}:2: not a gold record: expected a JSON object\n\
             bigsoc: {g}:3: not a gold record: expected a JSON object\n\
             bigsoc: {g}:4: not a gold record: expected a JSON object\n"
        )
    );
}

#[test]
fn eval_reads_a_utf16_gold_file_and_standard_input() {
    let gold = common::root().join("tests/fixtures/eval/gold.jsonl");
    let text = fs::read_to_string(&gold).unwrap();
    let plain = eval(&[&gold], &["--format", "json"]);
    assert_eq!(plain.status.code(), Some(0), "{}", stderr_of(&plain));
    // The metrics, without the warnings (which name the file).
    let metrics = |o: &Output| {
        let mut v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        v.as_object_mut().unwrap().remove("warnings");
        v
    };
    let dir = tempfile::tempdir().unwrap();
    for (name, mark, unit) in [
        (
            "le.jsonl",
            [0xFF, 0xFE],
            u16::to_le_bytes as fn(u16) -> [u8; 2],
        ),
        ("be.jsonl", [0xFE, 0xFF], u16::to_be_bytes),
    ] {
        let utf16 = dir.path().join(name);
        let bytes: Vec<u8> = mark
            .into_iter()
            .chain(text.encode_utf16().flat_map(unit))
            .collect();
        fs::write(&utf16, bytes).unwrap();
        let out = eval(&[&utf16], &["--format", "json"]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr_of(&out));
        assert_eq!(metrics(&out), metrics(&plain), "{name}");
    }
    // `--gold -` reads standard input.
    let out = bigsoc()
        .current_dir(common::root())
        .args(["eval", "--gold", "-", "--docs", "tests/fixtures/articles"])
        .args(["--format", "json"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(metrics(&out), metrics(&plain));
    // A problem in it is named by "-" and line.
    let out = bigsoc()
        .current_dir(common::root())
        .args(["eval", "--gold", "-", "--docs", "tests/fixtures/articles"])
        .write_stdin("not json\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr_of(&out), "bigsoc: -:1: not valid JSON (column 2)\n");
}

#[test]
fn eval_refuses_two_floors_for_one_label() {
    let gold = common::root().join("tests/fixtures/eval/gold.jsonl");
    let out = eval(
        &[&gold],
        &[
            "--min-f1",
            "pro=0.9",
            "--min-f1",
            "neutral=0",
            "--min-f1",
            "pro=0.1",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "{}", stdout_of(&out));
    assert_eq!(
        stderr_of(&out),
        "bigsoc: --min-f1 gives pro two floors (\"pro=0.9\" and \"pro=0.1\"); give one per label\n"
    );
}

#[test]
fn eval_reads_a_gold_file_given_twice_once_and_says_so() {
    let gold = common::root().join("tests/fixtures/eval/gold.jsonl");
    let once = eval(&[&gold], &["--format", "json"]);
    let twice = eval(&[&gold, &gold], &["--format", "json"]);
    assert_eq!(twice.status.code(), Some(0), "{}", stderr_of(&twice));
    assert_eq!(twice.stdout, once.stdout);
    let err = stderr_of(&twice);
    assert!(!err.contains("second label"), "{err}");
    assert!(
        err.starts_with(&format!(
            "bigsoc: {}: warning: given twice to --gold; read once\n",
            gold.display()
        )),
        "{err}"
    );
}

#[test]
fn eval_drops_a_bom_and_refuses_a_gold_file_without_records() {
    let dir = tempfile::tempdir().unwrap();
    let gold = common::root().join("tests/fixtures/eval/gold.jsonl");
    let with_bom = dir.path().join("bom.jsonl");
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(fs::read(&gold).unwrap());
    fs::write(&with_bom, bytes).unwrap();
    let plain = eval(&[&gold], &["--format", "json"]);
    let out = eval(&[&with_bom], &["--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    // The same metrics (the warnings name the file they are about).
    let metrics = |o: &Output| {
        let mut v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        v.as_object_mut().unwrap().remove("warnings");
        v
    };
    assert_eq!(metrics(&out), metrics(&plain));

    for (content, why) in [("", "empty"), ("\n\n", "only blank lines")] {
        let empty = dir.path().join("empty.jsonl");
        fs::write(&empty, content).unwrap();
        let out = eval(&[&empty], &[]);
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        assert_eq!(
            stderr_of(&out),
            format!(
                "bigsoc: {}: no gold records (the file is {why})\n",
                empty.display()
            )
        );
        // Beside a good file it is still an error.
        let out = eval(&[&gold, &empty], &[]);
        assert_eq!(out.status.code(), Some(2));
    }
}

#[test]
fn eval_on_one_label_leaves_the_others_out_of_macro_f1_and_kappa_undefined() {
    let dir = tempfile::tempdir().unwrap();
    let gold = off_topic_gold(dir.path());
    let out = eval(&[&gold], &["--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["macro_f1"], 1.0);
    let err = stderr_of(&out);
    for label in ["pro", "sceptical"] {
        let warning = format!(
            "bigsoc: {}: warning: no gold paragraph is labelled {label}, and none was predicted {label}; \
             macro-F1 is the mean over the other labels",
            gold.display()
        );
        assert!(err.lines().any(|l| l == warning), "{err}");
    }
    assert_eq!(v["warnings"].as_array().unwrap().len(), 2);
    // All neutral, all predicted neutral, so chance agreement is 1 and
    // kappa 0/0: undefined, not 1.
    assert_eq!(v["accuracy"], 1.0);
    assert_eq!(v["kappa"], serde_json::Value::Null);
    let out = eval(&[&gold], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.contains("\nkappa       n/a\n"), "{text}");
    // A defined kappa is still a number.
    let fixture = common::root().join("tests/fixtures/eval/gold.jsonl");
    let out = eval(&[&fixture], &["--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["kappa"].is_f64(), "{}", v["kappa"]);
}

#[test]
fn eval_show_errors_cuts_text_at_a_word_and_marks_the_cut() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    fs::create_dir(&docs).unwrap();
    let words = "Volunteers staffed the library every weekday morning while the council \
                 considered its options";
    let paragraph = format!("The Big Society came to town. {words}. {words}. {words}.");
    assert!(paragraph.len() > 260);
    fs::write(docs.join("a.txt"), &paragraph).unwrap();
    let gold = dir.path().join("g.jsonl");
    fs::write(&gold, record("a.txt", 0, "pro")).unwrap();
    let out = bigsoc()
        .arg("eval")
        .arg("--gold")
        .arg(&gold)
        .arg("--docs")
        .arg(&docs)
        .args(["--show-errors", "5"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    let shown = text
        .lines()
        .find(|l| l.starts_with("    The Big Society"))
        .unwrap();
    let head = shown
        .trim_start()
        .strip_suffix(" ...")
        .unwrap_or_else(|| panic!("no ellipsis: {shown}"));
    assert!(head.chars().count() <= 200, "{head}");
    assert!(head.chars().count() > 150, "{head}");
    assert!(
        paragraph.starts_with(&format!("{head} ")),
        "not cut at a word: {head}"
    );
}

#[test]
fn eval_show_errors_gives_weights_the_precision_of_the_score() {
    let new = hedged_zorblax();
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "The Big Society is perhaps a zorblax.\n",
    )
    .unwrap();
    let gold = dir.path().join("g.jsonl");
    fs::write(&gold, record("a.txt", 0, "pro")).unwrap();
    let out = bigsoc()
        .arg("eval")
        .arg("--gold")
        .arg(&gold)
        .arg("--docs")
        .arg(dir.path())
        .arg("--lexicons")
        .arg(new.path())
        .args(["--show-errors", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(
        text.contains(
            "- a.txt #0: gold pro predicted sceptical (score -1.225, link explicit)\n    \
             evidence: zorblax (-1.225)\n"
        ),
        "{text}"
    );
}

// ---------------------------------------------------------------------------
// diff

#[test]
fn diff_cuts_text_at_a_word_and_names_write_errors() {
    let base = common::lexicon_copy();
    let new = common::lexicon_copy();
    let stance = new.path().join("stance.txt");
    let mut lexicon = fs::read_to_string(&stance).unwrap();
    lexicon.push_str("\nzorblax -2.5\n");
    fs::write(&stance, lexicon).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("a.txt");
    let paragraph = "The Big Society is a zorblax, said the volunteers who staffed the \
                     library every weekday morning while the council considered its options \
                     for the building, the service and the staff who had run it for years";
    assert!(paragraph.len() > 170);
    fs::write(&doc, vec![paragraph; 300].join("\n\n")).unwrap();
    let args = [
        "diff",
        "--base",
        base.path().to_str().unwrap(),
        "--lexicons",
        new.path().to_str().unwrap(),
        doc.to_str().unwrap(),
    ];
    let out = bigsoc().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    let shown = text.lines().find(|l| l.starts_with("    | ")).unwrap();
    let head = shown["    | ".len()..]
        .strip_suffix(" ...")
        .unwrap_or_else(|| panic!("no ellipsis: {shown}"));
    assert!(head.chars().count() <= 160, "{head}");
    assert!(paragraph.starts_with(&format!("{head} ")), "{head}");
    assert!(text.len() > 64 * 1024);
    assert_write_error_has_context(&args);
}

#[test]
fn diff_blames_base_when_it_is_not_a_lexicon_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lexicons.txt");
    fs::write(&file, "success 1.5\n").unwrap();
    let doc = fixtures().join("articles/oped_hollow_slogan.txt");
    let missing = dir.path().join("missing");
    for (base, reason) in [
        (
            &file,
            "not a folder: --base takes a folder of lexicon files",
        ),
        (
            &missing,
            "cannot read the --base lexicon folder: no such file or directory",
        ),
    ] {
        let out = bigsoc()
            .arg("diff")
            .arg("--base")
            .arg(base)
            .arg(&doc)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        assert_eq!(
            stderr_of(&out),
            format!("bigsoc: {}: {reason}\n", base.display())
        );
    }
    // A file given to --lexicons is still blamed on --lexicons.
    let out = bigsoc()
        .arg("diff")
        .arg("--base")
        .arg(common::root().join("lexicons"))
        .arg("--lexicons")
        .arg(&file)
        .arg(&doc)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("--lexicons takes a folder"),
        "{}",
        stderr_of(&out)
    );
}

/// A copy of the shipped lexicons with "zorblax -1.75" added: hedged
/// (x0.7) it weighs -1.225, a third decimal that matters.
fn hedged_zorblax() -> tempfile::TempDir {
    let new = common::lexicon_copy();
    let stance = new.path().join("stance.txt");
    let mut lexicon = fs::read_to_string(&stance).unwrap();
    lexicon.push_str("\nzorblax -1.75\n");
    fs::write(&stance, lexicon).unwrap();
    new
}

#[test]
fn diff_term_weights_have_the_precision_of_the_score() {
    let base = common::lexicon_copy();
    let new = hedged_zorblax();
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("a.txt");
    fs::write(&doc, "The Big Society is perhaps a zorblax.\n").unwrap();
    let out = bigsoc()
        .arg("diff")
        .arg("--base")
        .arg(base.path())
        .arg("--lexicons")
        .arg(new.path())
        .arg(&doc)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(
        text.contains("neutral -> sceptical (score +0.00 -> -1.225)\n    + zorblax (-1.225)\n"),
        "{text}"
    );
}

// ---------------------------------------------------------------------------
// a broken symbolic link, in every command

#[test]
fn a_broken_link_is_named_as_one_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("nowhere", dir.path().join("gone.txt")).unwrap();
    // The files eval and report --from are given are named the same way.
    std::os::unix::fs::symlink("nowhere", dir.path().join("gone.jsonl")).unwrap();
    let gold = dir.path().join("gold.jsonl");
    fs::write(&gold, record("gone.txt", 0, "pro")).unwrap();
    let lexicons = common::root().join("lexicons");
    let lexicons = lexicons.to_str().unwrap();
    let gold = gold.to_str().unwrap();
    let runs: [&[&str]; 5] = [
        &["explain", "gone.txt"],
        &["eval", "--gold", gold, "--docs", "."],
        &["classify", "gone.txt"],
        &["diff", "--base", lexicons, "gone.txt"],
        &["report", "-o", "-", "gone.txt"],
    ];
    for (args, name) in runs.iter().map(|a| (*a, "gone.txt")).chain([
        (
            &["eval", "--gold", "gone.jsonl", "--docs", "."][..],
            "gone.jsonl",
        ),
        (
            &["report", "-o", "-", "--from", "gone.jsonl"][..],
            "gone.jsonl",
        ),
    ]) {
        let out = bigsoc()
            .current_dir(dir.path())
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr_of(&out);
        assert!(
            err.contains(&format!(
                "{name}: broken symbolic link: its target nowhere does not exist"
            )),
            "{args:?}: {err}"
        );
    }
}

// ---------------------------------------------------------------------------
// names with control characters, in every command

/// A temporary folder holding `name`, an article naming the target, or
/// `None` when the file system refuses such a name.
fn folder_with(name: &str) -> Option<(tempfile::TempDir, std::path::PathBuf)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    fs::write(&path, "The Big Society is a triumph.\n\nIt rained.\n").ok()?;
    Some((dir, path))
}

/// Every line of stderr is a whole `bigsoc:` message: a line feed in a
/// name did not split one.
fn assert_one_line_messages(err: &str) {
    assert!(!err.is_empty());
    for line in err.lines() {
        assert!(line.starts_with("bigsoc: "), "a split message: {err}");
    }
}

#[test]
fn eval_shows_gold_and_document_names_with_a_line_feed_escaped() {
    let Some((dir, _)) = folder_with("new\nline.txt") else {
        println!("skipped: this file system refuses such a name");
        return;
    };
    let d = dir.path().display();
    // A gold file with a line feed in its name, labelling the document
    // with one wrongly (pro; it is neutral) and asking for a document and
    // a paragraph that are not there.
    let gold = dir.path().join("g\nold.jsonl");
    let bad = format!(
        "{}{}{}",
        record("new\\nline.txt", 1, "pro"),
        record("new\\nline.txt", 9, "pro"),
        record("no\\nsuch.txt", 0, "pro")
    );
    fs::write(&gold, &bad).unwrap();
    let run = |gold: &Path, args: &[&str]| {
        bigsoc()
            .arg("eval")
            .arg("--gold")
            .arg(gold)
            .arg("--docs")
            .arg(dir.path())
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&gold, &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert_one_line_messages(&err);
    assert_eq!(
        err,
        format!(
            "bigsoc: {d}/g\\nold.jsonl:2: paragraph 9 of new\\nline.txt does not exist \
             (the document has 2 paragraphs, numbered from 0)\n\
             bigsoc: {d}/no\\nsuch.txt: no such file or directory (named at {d}/g\\nold.jsonl:3)\n"
        )
    );
    // Without the bad records: the error listed under its escaped name,
    // and the warnings naming the gold file on one line each.
    fs::write(&gold, record("new\\nline.txt", 1, "pro")).unwrap();
    let out = run(&gold, &["--show-errors", "1"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        stdout_of(&out)
            .lines()
            .any(|l| l.starts_with("- new\\nline.txt #1: gold pro predicted neutral")),
        "{}",
        stdout_of(&out)
    );
    let err = stderr_of(&out);
    assert_one_line_messages(&err);
    assert!(
        err.contains(&format!("bigsoc: {d}/g\\nold.jsonl: warning: ")),
        "{err}"
    );
    // A gold file that cannot be read, and one given twice.
    let missing = dir.path().join("gone\n.jsonl");
    let out = run(&missing, &[]);
    assert_eq!(
        stderr_of(&out),
        format!("bigsoc: {d}/gone\\n.jsonl: no such file or directory\n")
    );
    let out = bigsoc()
        .arg("eval")
        .arg("--gold")
        .args([&gold, &gold])
        .arg("--docs")
        .arg(dir.path())
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_one_line_messages(&err);
    assert!(
        err.starts_with(&format!(
            "bigsoc: {d}/g\\nold.jsonl: warning: given twice to --gold; read once\n"
        )),
        "{err}"
    );
}

#[test]
fn diff_shows_names_with_a_line_feed_escaped() {
    let Some((dir, _)) = folder_with("new\nline.txt") else {
        println!("skipped: this file system refuses such a name");
        return;
    };
    fs::write(dir.path().join("bin\nary.txt"), b"a\0b").unwrap();
    let base = common::lexicon_copy();
    let new = common::lexicon_copy();
    // Without "triumph" the article's first paragraph is neutral.
    let general = new.path().join("general.txt");
    let kept: String = fs::read_to_string(&general)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("triumph"))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(&general, kept).unwrap();
    // A file in the lexicon folder that is no lexicon is named too.
    fs::write(new.path().join("not\na lexicon.txt"), "").unwrap();
    let out = bigsoc()
        .arg("diff")
        .arg("--base")
        .arg(base.path())
        .arg("--lexicons")
        .arg(new.path())
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let d = dir.path().display();
    assert_eq!(
        stderr_of(&out),
        format!(
            "bigsoc: {}/not\\na lexicon.txt: warning: not a lexicon file bigsoc knows; ignored\n\
             bigsoc: {d}/bin\\nary.txt: warning: skipped: binary file (NUL byte in the first 8 KiB)\n",
            new.path().display()
        )
    );
    let text = stdout_of(&out);
    assert!(
        text.starts_with(&format!("{d}/new\\nline.txt:1 paragraph 0: pro -> neutral")),
        "{text}"
    );
    // JSON keeps the name as it is.
    let out = bigsoc()
        .arg("diff")
        .arg("--base")
        .arg(base.path())
        .arg("--lexicons")
        .arg(new.path())
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["changes"][0]["path"],
        format!("{}/new\nline.txt", dir.path().display())
    );
}

#[test]
fn report_shows_names_with_a_line_feed_escaped() {
    let Some((dir, _)) = folder_with("bin\nary.txt") else {
        println!("skipped: this file system refuses such a name");
        return;
    };
    fs::write(dir.path().join("bin\nary.txt"), b"a\0b").unwrap();
    let d = dir.path().display();
    let page = dir.path().join("out\npage.html");
    let missing = dir.path().join("no\nsuch.txt");
    let out = report(&[
        dir.path().as_os_str(),
        missing.as_os_str(),
        "-o".as_ref(),
        page.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        format!(
            "bigsoc: {d}/no\\nsuch.txt: no such file or directory\n\
             bigsoc: {d}/bin\\nary.txt: warning: skipped: binary file (NUL byte in the first 8 KiB)\n\
             bigsoc: {d}/out\\npage.html: not written, as no document could be read\n"
        )
    );
    let from = dir.path().join("sa\nved.jsonl");
    fs::write(&from, "junk\n").unwrap();
    let out = report_from(&from, page.as_os_str());
    let err = stderr_of(&out);
    assert_one_line_messages(&err);
    assert!(
        err.starts_with(&format!("bigsoc: {d}/sa\\nved.jsonl:1: ")),
        "{err}"
    );
    let out = report(&[
        "--from".as_ref(),
        missing.as_os_str(),
        "-o".as_ref(),
        page.as_os_str(),
    ]);
    let err = stderr_of(&out);
    assert_one_line_messages(&err);
    assert!(
        err.starts_with(&format!("bigsoc: {d}/no\\nsuch.txt: ")),
        "{err}"
    );
}

// ---------------------------------------------------------------------------
// report

fn report(args: &[&std::ffi::OsStr]) -> Output {
    bigsoc().arg("report").args(args).output().unwrap()
}

/// `report --from FROM -o OUT`.
fn report_from(from: &Path, out: &std::ffi::OsStr) -> Output {
    report(&["--from".as_ref(), from.as_os_str(), "-o".as_ref(), out])
}

#[test]
fn report_leaves_an_existing_page_alone_when_no_document_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("keep.html");
    fs::write(&page, "a good report").unwrap();
    let missing = dir.path().join("missing");
    let out = report(&[missing.as_os_str(), "-o".as_ref(), page.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(fs::read_to_string(&page).unwrap(), "a good report");
    assert_eq!(
        stderr_of(&out),
        format!(
            "bigsoc: {}: no such file or directory\nbigsoc: {}: not written, as no document could be read\n",
            missing.display(),
            page.display()
        )
    );
    // Every line of --from bad.
    let from = dir.path().join("bad.jsonl");
    fs::write(&from, "{oops\nnot json\n").unwrap();
    let out = report(&[
        "--from".as_ref(),
        from.as_os_str(),
        "-o".as_ref(),
        page.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(fs::read_to_string(&page).unwrap(), "a good report");
    assert!(stderr_of(&out).ends_with(&format!(
        "bigsoc: {}: not written, as no document could be read\n",
        page.display()
    )));
    // Nothing to read at all (an empty --from): no page either.
    let empty = dir.path().join("empty.jsonl");
    fs::write(&empty, "").unwrap();
    let out = report_from(&empty, page.as_os_str());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(fs::read_to_string(&page).unwrap(), "a good report");
    assert_eq!(
        stderr_of(&out),
        format!(
            "bigsoc: {}: not written, as there were no documents\n",
            page.display()
        )
    );
    // To standard output: nothing written.
    let out = report_from(&from, "-".as_ref());
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[cfg(unix)]
#[test]
fn report_replaces_a_page_whole_and_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("r.html");
    fs::write(&page, "old page").unwrap();
    fs::set_permissions(&page, fs::Permissions::from_mode(0o640)).unwrap();
    // A second name for the old file: written in place, it would show the
    // new page too; replaced by a rename, it keeps the old one.
    let old = dir.path().join("old.html");
    fs::hard_link(&page, &old).unwrap();
    let article = common::articles()[0].clone();
    let out = report(&[article.as_os_str(), "-o".as_ref(), page.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        fs::read_to_string(&page)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    assert_eq!(fs::read_to_string(&old).unwrap(), "old page");
    let mode = fs::metadata(&page).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    // No temporary file is left behind.
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["old.html", "r.html"]);
    // A folder that is not there is named.
    let nowhere = dir.path().join("no/such/dir/r.html");
    let out = report(&[article.as_os_str(), "-o".as_ref(), nowhere.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).starts_with(&format!(
            "bigsoc: {}: no such file or directory",
            nowhere.display()
        )),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn report_from_json_or_flat_output_gives_one_message() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("r.html");
    let from = dir.path().join("saved");
    for (flags, says) in [
        (
            &["--format", "json"][..],
            "this looks like classify --format json output",
        ),
        (
            &["--format", "json", "--flat"][..],
            "this looks like classify --format json output",
        ),
        (
            &["--flat"][..],
            "a paragraph record: this looks like classify --flat output",
        ),
    ] {
        let saved = bigsoc()
            .arg("classify")
            .args(flags)
            .args(common::articles())
            .output()
            .unwrap();
        fs::write(&from, &saved.stdout).unwrap();
        let out = report(&[
            "--from".as_ref(),
            from.as_os_str(),
            "-o".as_ref(),
            page.as_os_str(),
        ]);
        assert_eq!(out.status.code(), Some(2));
        let err = stderr_of(&out);
        assert_eq!(err.lines().count(), 2, "{flags:?}: {err}");
        assert!(
            err.starts_with(&format!("bigsoc: {}:1: {says}", from.display())),
            "{flags:?}: {err}"
        );
        assert!(!page.exists());
    }
}

/// `classify`'s JSON Lines for the first fixture article: a good record to
/// put before bad ones.
fn classified_first_article() -> String {
    let out = bigsoc()
        .arg("classify")
        .arg(&common::articles()[0])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn report_from_many_bad_lines_lists_a_few_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("r.html");
    let from = dir.path().join("saved.jsonl");
    let mut text = classified_first_article();
    for i in 0..50 {
        text.push_str(&format!("{{\"path\": \"x{i}.txt\"}}\n"));
    }
    for i in 0..30 {
        text.push_str(&format!("junk {i}\n"));
    }
    fs::write(&from, text).unwrap();
    let out = report(&[
        "--from".as_ref(),
        from.as_os_str(),
        "-o".as_ref(),
        page.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let f = from.display();
    assert_eq!(
        stderr_of(&out),
        format!(
            "bigsoc: {f}:2: missing field \"paragraphs\"\n\
             bigsoc: {f}:3: missing field \"paragraphs\"\n\
             bigsoc: {f}:4: missing field \"paragraphs\"\n\
             bigsoc: {f}:52: not valid JSON (column 1)\n\
             bigsoc: {f}:53: not valid JSON (column 1)\n\
             bigsoc: {f}:54: not valid JSON (column 1)\n\
             bigsoc: {f}: 74 more lines that are not documents, not listed\n"
        )
    );
    // The good document is still reported.
    assert!(
        fs::read_to_string(&page)
            .unwrap()
            .contains("in <b>1</b> document<")
    );
}

#[test]
fn report_from_says_a_line_of_json_that_is_not_an_object_is_not_a_document() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("r.html");
    let from = dir.path().join("saved.jsonl");
    let mut text = classified_first_article();
    text.push_str("[1]\n[\"a.txt\", \"sha256:x\", []]\n42\n");
    fs::write(&from, text).unwrap();
    let out = report_from(&from, page.as_os_str());
    assert_eq!(out.status.code(), Some(2));
    let f = from.display();
    assert_eq!(
        stderr_of(&out),
        format!(
            "bigsoc: {f}:2: not a document record: expected a JSON object\n\
             bigsoc: {f}:3: not a document record: expected a JSON object\n\
             bigsoc: {f}:4: not a document record: expected a JSON object\n"
        )
    );
    // The array that serde would have read as a document is not one.
    assert!(
        fs::read_to_string(&page)
            .unwrap()
            .contains("in <b>1</b> document<")
    );
}

#[test]
fn report_strip_names_keep_the_end_of_a_long_path() {
    let dir = tempfile::tempdir().unwrap();
    let deep = dir
        .path()
        .join("a-rather-long-folder-name/with-another-long-folder/articles");
    fs::create_dir_all(&deep).unwrap();
    let mut inputs = Vec::new();
    for name in ["first.txt", "second.txt", "third.txt", "fourth.txt"] {
        let p = deep.join(name);
        fs::write(&p, "The Big Society is a triumph.\n").unwrap();
        inputs.push(p);
    }
    // One file elsewhere, so the shared folder is short.
    let other = dir.path().join("other.txt");
    fs::write(&other, "The Big Society is a cover for cuts.\n").unwrap();
    inputs.push(other);
    let page = dir.path().join("r.html");
    let mut args: Vec<&std::ffi::OsStr> = inputs.iter().map(|p| p.as_os_str()).collect();
    args.extend(["-o".as_ref(), page.as_os_str()]);
    let out = report(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let html = fs::read_to_string(&page).unwrap();
    let labels: Vec<&str> = html
        .split("<a class=\"name\" ")
        .skip(1)
        .map(|s| {
            let start = s.find('>').unwrap() + 1;
            &s[start..start + s[start..].find("</a>").unwrap()]
        })
        .collect();
    assert_eq!(
        labels,
        [
            "…/articles/first.txt",
            "…/articles/second.txt",
            "…/articles/third.txt",
            "…/articles/fourth.txt",
            "other.txt",
        ]
    );
}

#[test]
fn a_lexicon_problem_shows_its_folder_name_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let lex = dir.path().join("my\nlexicons");
    fs::create_dir(&lex).unwrap();
    let shipped = fixtures().join("../../lexicons");
    for entry in fs::read_dir(shipped).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "txt") {
            fs::copy(&p, lex.join(p.file_name().unwrap())).unwrap();
        }
    }
    fs::write(lex.join("stance.txt"), "cover for cuts   minus three\n").unwrap();
    for args in [
        vec!["lexicon", "check", "--lexicons"],
        vec!["classify", "-", "--lexicons"],
    ] {
        let out = bigsoc()
            .args(&args)
            .arg(&lex)
            .write_stdin("The Big Society.\n")
            .output()
            .unwrap();
        let text = format!("{}{}", stdout_of(&out), stderr_of(&out));
        assert!(text.contains("my\\nlexicons"), "{args:?}: {text}");
        assert!(
            text.lines().all(|l| !l.ends_with("my")),
            "{args:?}: a line broken at the name: {text}"
        );
    }
}

#[test]
fn eval_names_a_docs_path_that_is_not_a_folder_once() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("g.jsonl");
    fs::write(
        &gold,
        "{\"doc\": \"a.txt\", \"paragraph\": 0, \"stance\": \"pro\"}\n\
         {\"doc\": \"b.txt\", \"paragraph\": 0, \"stance\": \"pro\"}\n",
    )
    .unwrap();
    let eval_with_docs = |docs: &Path| {
        bigsoc()
            .arg("eval")
            .arg("--gold")
            .arg(&gold)
            .arg("--docs")
            .arg(docs)
            .output()
            .unwrap()
    };
    let file = dir.path().join("a.txt");
    fs::write(&file, "Text.").unwrap();
    let out = eval_with_docs(&file);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        format!(
            "bigsoc: {}: --docs takes the folder holding the documents, and this is not a folder\n",
            file.display()
        )
    );
    let missing = dir.path().join("nowhere");
    let out = eval_with_docs(&missing);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        format!(
            "bigsoc: {}: --docs: no such file or directory\n",
            missing.display()
        )
    );
}
