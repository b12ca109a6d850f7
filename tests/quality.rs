//! The lexicon quality tools: `lexicon check` (one fixture per lint rule),
//! `eval` (exit codes, JSON fields, alignment warnings) and `diff`.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn bigsoc() -> Command {
    Command::cargo_bin("bigsoc").unwrap()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of the shipped lexicons to break in one way.
fn lexicon_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in fs::read_dir(root().join("lexicons")).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), dir.path().join(e.file_name())).unwrap();
    }
    dir
}

/// Two copies of the lexicons, the second knowing one more critical word,
/// "zorblax".
fn zorblax_sets() -> (tempfile::TempDir, tempfile::TempDir) {
    let base = lexicon_copy();
    let new = lexicon_copy();
    append(new.path(), "stance.txt", "zorblax -2.5\n");
    (base, new)
}

/// `bigsoc eval OPTIONS --gold GOLD --docs DOCS`.
fn run_eval(options: &[&str], gold: &Path, docs: &Path) -> std::process::Output {
    bigsoc()
        .arg("eval")
        .args(options)
        .arg("--gold")
        .arg(gold)
        .arg("--docs")
        .arg(docs)
        .output()
        .unwrap()
}

/// `bigsoc diff --format FORMAT --base BASE --lexicons NEW PATH`.
fn run_diff(format: &str, base: &Path, new: &Path, path: &Path) -> std::process::Output {
    bigsoc()
        .args(["diff", "--format", format, "--base"])
        .arg(base)
        .arg("--lexicons")
        .arg(new)
        .arg(path)
        .output()
        .unwrap()
}

/// Appends `text` to `file` and returns the 1-based number of the first
/// appended line.
fn append(dir: &Path, file: &str, text: &str) -> usize {
    let path = dir.join(file);
    let mut s = fs::read_to_string(&path).unwrap();
    if !s.ends_with('\n') {
        s.push('\n');
    }
    let line = s.lines().count() + 1;
    s.push_str(text);
    fs::write(&path, s).unwrap();
    line
}

fn check(dir: &Path) -> (i32, String) {
    let out = bigsoc()
        .args(["lexicon", "check", "--lexicons"])
        .arg(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

/// `classify --lexicons DIR -` on `text`: a set `check` refuses must stop a
/// run too.
fn classify_stdin_with(dir: &Path, text: &str) -> std::process::Output {
    bigsoc()
        .args(["classify", "--lexicons"])
        .arg(dir)
        .arg("-")
        .write_stdin(text)
        .output()
        .unwrap()
}

#[test]
fn check_passes_the_shipped_lexicons() {
    let (code, out) = check(&root().join("lexicons"));
    assert_eq!((code, out.as_str()), (0, ""));
    let out = bigsoc().args(["lexicon", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
}

/// Breaks one file with one line and expects exactly one problem naming it.
fn expect_problem(file: &str, line_text: &str, reason: &str) {
    let dir = lexicon_copy();
    let line = append(dir.path(), file, line_text);
    let (code, out) = check(dir.path());
    assert_eq!(code, 1, "{out}");
    let expected = format!("{}:{}: ", dir.path().join(file).display(), line);
    let problem = out
        .lines()
        .find(|l| l.starts_with(&expected))
        .unwrap_or_else(|| panic!("no {expected} in {out}"));
    assert!(problem.contains(reason), "{problem}");
}

#[test]
fn check_reports_an_unparsable_line() {
    expect_problem("stance.txt", "-1.5\n", "missing weight");
}

#[test]
fn check_reports_a_bad_weight() {
    expect_problem(
        "general.txt",
        "splendid lots\n",
        "bad or missing weight \"lots\"",
    );
}

#[test]
fn check_quotes_a_bad_weight_as_written_bang_and_all() {
    // "1!!" is not "1!" with a typo: the message quotes what the line says.
    expect_problem(
        "stance.txt",
        "zorblax 1!!\n",
        "bad or missing weight \"1!!\"",
    );
    expect_problem(
        "general.txt",
        "zorblax inf!\n",
        "bad or missing weight \"inf!\": must be a finite number",
    );
}

#[test]
fn check_reports_an_out_of_range_weight() {
    expect_problem("stance.txt", "zorblax 7\n", "out of range");
    expect_problem("modifiers.txt", "zorblaxly 0\n", "out of range");
}

#[test]
fn check_reports_a_weight_where_none_belongs() {
    expect_problem("negators.txt", "zilch 2\n", "take no weight");
}

#[test]
fn check_reports_duplicates() {
    let dir = lexicon_copy();
    let first = append(dir.path(), "stance.txt", "zorblax -1\n");
    let second = append(dir.path(), "stance.txt", "Zorblax -1.5\n");
    let (code, out) = check(dir.path());
    assert_eq!(code, 1);
    let stance = dir.path().join("stance.txt");
    assert!(
        out.contains(&format!(
            "{}:{second}: duplicate entry \"Zorblax\": already at {}:{first}",
            stance.display(),
            stance.display()
        )),
        "{out}"
    );
}

#[test]
fn check_reports_a_duplicate_verb_line_once() {
    // Every form of a `~` verb is an entry of its line; a line repeating
    // another is one problem, not one per form.
    let dir = lexicon_copy();
    append(dir.path(), "stance.txt", "zorblaxes the budget -1\n");
    append(dir.path(), "stance.txt", "zorblax~ the budget -1\n");
    append(dir.path(), "stance.txt", "zorblax~ the budget -1\n");
    let (code, out) = check(dir.path());
    assert_eq!(code, 1);
    // One problem for the form the second line shares with the first,
    // one for the third line repeating the second.
    assert_eq!(out.matches("duplicate entry").count(), 2, "{out}");
}

#[test]
fn check_reports_the_same_expression_with_opposite_signs() {
    let dir = lexicon_copy();
    let first = append(dir.path(), "stance.txt", "zorblax -1\n");
    let second = append(dir.path(), "general.txt", "zorblax 1\n");
    let (code, out) = check(dir.path());
    assert_eq!(code, 1);
    let expected = format!(
        "{}:{second}: \"zorblax\" appears at {}:{first} with the opposite sign",
        dir.path().join("general.txt").display(),
        dir.path().join("stance.txt").display()
    );
    assert!(out.contains(&expected), "{out}");
}

#[test]
fn check_reports_a_pattern_the_tokenizer_cannot_match() {
    expect_problem("stance.txt", "\u{a3}5bn -1\n", "can never match");
    expect_problem("targets.txt", "big.society\n", "can never match");
}

#[test]
fn check_reports_a_short_wildcard() {
    expect_problem("general.txt", "bad* -1\n", "wildcard stem shorter");
}

#[test]
fn check_reports_a_bad_regex() {
    expect_problem(
        "boilerplate.txt",
        "^(unclosed\n",
        "invalid regular expression",
    );
}

#[test]
fn check_reports_a_boilerplate_line_too_large_to_compile_as_classify_does() {
    // Valid syntax, but compiled it exceeds the size limit: classify
    // refuses the set, so check must not call it clean, and both name
    // the line.
    let dir = lexicon_copy();
    let line = append(dir.path(), "boilerplate.txt", "\\w{1000}{1000}\n");
    let at = format!("{}:{line}: ", dir.path().join("boilerplate.txt").display());
    let (code, out) = check(dir.path());
    assert_eq!(code, 1, "{out}");
    assert!(out.starts_with(&at), "{out}");
    assert!(out.contains("too large to compile"), "{out}");
    assert_eq!(out.lines().count(), 1, "{out}");
    let out = classify_stdin_with(dir.path(), "The Big Society is a cover for cuts.\n");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with(&format!("bigsoc: {at}")), "{stderr}");
}

#[test]
fn a_boilerplate_pattern_matching_every_line_is_refused_by_line() {
    // A stray "|" makes a pattern match the empty string, and so every
    // line: every paragraph would be boilerplate and neutral.
    for pattern in ["subscribe now|", "(share this)?"] {
        let dir = lexicon_copy();
        let line = append(dir.path(), "boilerplate.txt", &format!("{pattern}\n"));
        let at = format!("{}:{line}: ", dir.path().join("boilerplate.txt").display());
        let (code, out) = check(dir.path());
        assert_eq!(code, 1, "{out}");
        assert_eq!(
            out,
            format!(
                "{at}pattern matches an empty line, so every line is boilerplate and every \
                 paragraph neutral (an empty alternative, as in `subscribe now|`?)\n"
            )
        );
        let out = classify_stdin_with(dir.path(), "The Big Society is a cover for cuts.\n");
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.starts_with(&format!("bigsoc: {at}")), "{stderr}");
    }
    // A pattern for blank-looking lines only is no such pattern.
    let dir = lexicon_copy();
    append(dir.path(), "boilerplate.txt", "^\\s*$\n");
    assert_eq!(check(dir.path()), (0, String::new()));
}

#[test]
fn check_reports_an_unknown_file_and_a_missing_one() {
    let dir = lexicon_copy();
    fs::write(dir.path().join("extra.txt"), "word\n").unwrap();
    fs::remove_file(dir.path().join("hedges.txt")).unwrap();
    let (code, out) = check(dir.path());
    assert_eq!(code, 1);
    assert!(
        out.contains(&format!(
            "{}: unknown lexicon file",
            dir.path().join("extra.txt").display()
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "{}: cannot read lexicon file",
            dir.path().join("hedges.txt").display()
        )),
        "{out}"
    );
}

#[test]
fn a_lexicon_file_named_in_another_case_is_unknown_and_says_so() {
    // Names are case-sensitive: "Stance.TXT" is not read as "stance.txt",
    // so it is flagged as "extra.txt" is, with the name it resembles.
    let dir = lexicon_copy();
    fs::write(dir.path().join("Stance.TXT"), "zorblax -2\n").unwrap();
    fs::write(dir.path().join("Extra.Txt"), "word\n").unwrap();
    let (code, out) = check(dir.path());
    assert_eq!(code, 1, "{out}");
    let stance = dir.path().join("Stance.TXT");
    let extra = dir.path().join("Extra.Txt");
    assert!(
        out.contains(&format!(
            "{}: unknown lexicon file (names are case-sensitive: bigsoc reads \
             stance.txt, not this)\n",
            stance.display()
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "{}: unknown lexicon file: bigsoc reads only",
            extra.display()
        )),
        "{out}"
    );
    // A run names it too, even when the set does not load because the
    // file it stands in for is missing.
    fs::remove_file(dir.path().join("stance.txt")).unwrap();
    let out = classify_stdin_with(dir.path(), "The Big Society.\n");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&format!(
            "bigsoc: {}: warning: not a lexicon file bigsoc knows (names are \
             case-sensitive: bigsoc reads stance.txt, not this); ignored\n",
            stance.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "bigsoc: {}: cannot read lexicon file",
            dir.path().join("stance.txt").display()
        )),
        "{stderr}"
    );
}

fn eval(args: &[&str]) -> std::process::Output {
    bigsoc()
        .current_dir(root())
        .arg("eval")
        .args(args)
        .output()
        .unwrap()
}

/// Writes `content` as a gold file in `dir` and evaluates it against the
/// fixture articles.
fn eval_gold(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> (PathBuf, std::process::Output) {
    let gold = dir.join(name);
    fs::write(&gold, content).unwrap();
    let out = eval(&[
        "--gold",
        gold.to_str().unwrap(),
        "--docs",
        "tests/fixtures/articles",
    ]);
    (gold, out)
}

#[test]
fn eval_reports_metrics_and_exits_0_when_gates_are_met() {
    let out = eval(&[
        "--gold",
        "tests/fixtures/eval/gold.jsonl",
        "--docs",
        "tests/fixtures/articles",
        "--format",
        "json",
        "--min-macro-f1",
        "0",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in ["macro_f1", "accuracy", "kappa", "per_class", "confusion"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["paragraphs"], 10);
    let text = eval(&[
        "--gold",
        "tests/fixtures/eval/gold.jsonl",
        "--docs",
        "tests/fixtures/articles",
    ]);
    let s = String::from_utf8(text.stdout).unwrap();
    assert!(s.contains("macro-F1") && s.contains("confusion"), "{s}");
}

#[test]
fn eval_exits_1_when_a_floor_is_missed() {
    let dir = tempfile::tempdir().unwrap();
    // Deliberately wrong gold: the off-topic library article called pro.
    let gold = dir.path().join("wrong.jsonl");
    let lines: Vec<String> = (0..4)
        .map(|i| {
            format!(
                "{{\"doc\": \"library_closures.txt\", \"paragraph\": {i}, \"stance\": \"pro\"}}"
            )
        })
        .collect();
    fs::write(&gold, lines.join("\n")).unwrap();
    let out = eval(&[
        "--gold",
        gold.to_str().unwrap(),
        "--docs",
        "tests/fixtures/articles",
        "--min-macro-f1",
        "0.5",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bigsoc: gate missed: macro-F1"), "{err}");
    let out = eval(&[
        "--gold",
        gold.to_str().unwrap(),
        "--docs",
        "tests/fixtures/articles",
        "--min-f1",
        "pro=0.5",
    ]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn eval_exits_2_on_unreadable_or_malformed_input_naming_file_and_line() {
    let out = eval(&[
        "--gold",
        "no-such-gold.jsonl",
        "--docs",
        "tests/fixtures/articles",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "bigsoc: no-such-gold.jsonl: no such file or directory\n"
    );

    let dir = tempfile::tempdir().unwrap();
    let (gold, out) = eval_gold(
        dir.path(),
        "bad.jsonl",
        "{\"doc\": \"library_closures.txt\", \"paragraph\": 0, \"stance\": \"neutral\"}\n{oops\n",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with(&format!("bigsoc: {}:2: not valid JSON", gold.display())),
        "{err}"
    );

    let (gold, out) = eval_gold(
        dir.path(),
        "missing-doc.jsonl",
        "{\"doc\": \"nope.txt\", \"paragraph\": 0, \"stance\": \"neutral\"}\n",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("nope.txt: no such file"), "{err}");
    // The gold line that named it, so a typo can be found.
    assert!(
        err.contains(&format!("(named at {}:1)", gold.display())),
        "{err}"
    );
}

#[test]
fn eval_warns_when_gold_text_does_not_match_the_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let (gold, out) = eval_gold(
        dir.path(),
        "shifted.jsonl",
        "{\"doc\": \"library_closures.txt\", \"paragraph\": 0, \"stance\": \"neutral\", \"text\": \"Something else entirely\"}\n",
    );
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(&format!(
            "{}:1: warning: gold text differs from paragraph 0 of library_closures.txt",
            gold.display()
        )),
        "{err}"
    );
}

/// The JSON array that opens at the first `[` after `from` in `text`, as
/// written, whitespace removed: to compare field order, which
/// serde_json's Value would sort away.
fn array_as_written(text: &str, from: &str) -> String {
    let at = text
        .find(from)
        .unwrap_or_else(|| panic!("no {from}: {text}"));
    let start = at + text[at..].find('[').unwrap();
    let mut depth = 0;
    for (i, c) in text[start..].char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return text[start..=start + i].split_whitespace().collect();
        }
    }
    panic!("unclosed array after {from}: {text}")
}

#[test]
fn eval_json_errors_give_evidence_as_classify_does() {
    let docs = tempfile::tempdir().unwrap();
    let doc = docs.path().join("a.txt");
    fs::write(&doc, "The Big Society is not a success, but a slogan.\n").unwrap();
    let gold = docs.path().join("gold.jsonl");
    fs::write(
        &gold,
        "{\"doc\": \"a.txt\", \"paragraph\": 0, \"stance\": \"pro\"}\n",
    )
    .unwrap();
    let eval = |format: &str| {
        let out = run_eval(
            &["--show-errors", "1", "--format", format],
            &gold,
            docs.path(),
        );
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).unwrap()
    };
    // The text format keeps its short `term (weight)` list.
    let text = eval("text");
    assert!(
        text.contains("\n    evidence: success (-0.45), slogan (-2.25)\n"),
        "{text}"
    );

    let json = eval("json");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v["errors"][0]["evidence"],
        serde_json::json!([
            {"match": "success", "term": "success", "lexicon": "stance",
             "base": 1.5, "weight": -0.45, "rules": ["negated", "before_contrast"]},
            {"match": "slogan", "term": "slogan", "lexicon": "stance",
             "base": -1.5, "weight": -2.25, "rules": ["after_contrast"]},
        ])
    );
    // The same objects, field for field and in the same order, as the
    // evidence `classify` gives for the paragraph.
    let out = bigsoc().arg("classify").arg(&doc).output().unwrap();
    let classified = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        array_as_written(&json, "\"evidence\": ["),
        array_as_written(&classified, "\"evidence\":[")
    );
}

#[test]
fn diff_lists_paragraphs_whose_stance_changes() {
    let (base, new) = zorblax_sets();
    let docs = tempfile::tempdir().unwrap();
    let doc = docs.path().join("a.txt");
    fs::write(
        &doc,
        "The Big Society is a zorblax.\n\nThe weather was fine.\n",
    )
    .unwrap();
    let out = run_diff("text", base.path(), new.path(), docs.path());
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("paragraph 0: neutral -> sceptical"), "{text}");
    assert!(text.contains("+ zorblax (-2.50)"), "{text}");
    assert!(
        text.contains("1 of 2 paragraphs in 1 document changed (neutral -> sceptical: 1)"),
        "{text}"
    );

    let out = run_diff("json", base.path(), new.path(), &doc);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["changed"], 1);
    assert_eq!(v["changes"][0]["old"], "neutral");
    assert_eq!(v["changes"][0]["new"], "sceptical");
    assert_eq!(v["changes"][0]["index"], 0);
}

#[test]
fn diff_json_gives_evidence_as_classify_does_with_a_count() {
    let (base, new) = zorblax_sets();
    let docs = tempfile::tempdir().unwrap();
    let doc = docs.path().join("a.txt");
    fs::write(&doc, "The Big Society is a zorblax, a zorblax.\n").unwrap();
    let diff = |format: &str| {
        let out = run_diff(format, base.path(), new.path(), &doc);
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).unwrap()
    };
    // The text format shows the repeated term once, with its count.
    let text = diff("text");
    assert!(text.contains("\n    + zorblax (-2.50) x 2\n"), "{text}");

    let json = diff("json");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let change = &v["changes"][0];
    assert_eq!(change["removed"], serde_json::json!([]));
    assert_eq!(
        change["added"],
        serde_json::json!([{
            "match": "zorblax",
            "term": "zorblax",
            "lexicon": "stance",
            "base": -2.5,
            "weight": -2.5,
            "rules": [],
            "count": 2,
        }])
    );
    // The same object, field for field and in the same order, as the
    // evidence `classify` gives for the paragraph, plus the count.
    let out = bigsoc()
        .args(["classify", "--lexicons"])
        .arg(new.path())
        .arg(&doc)
        .output()
        .unwrap();
    // (Compared as written: serde_json's Value would sort the keys.)
    let object = |text: &str, from: &str| {
        let start = text.find(from).unwrap() + text[text.find(from).unwrap()..].find('{').unwrap();
        let end = start + text[start..].find('}').unwrap() + 1;
        text[start..end].split_whitespace().collect::<String>()
    };
    let classified = String::from_utf8(out.stdout).unwrap();
    let mut expected = object(&classified, "\"evidence\":[");
    expected.insert_str(expected.len() - 1, ",\"count\":2");
    assert_eq!(object(&json, "\"added\": ["), expected);
}

/// The label keys (`"pro":`, ...) of `json` between `from` and `to`, in the
/// order written (serde_json's Value would sort them).
fn label_keys<'a>(json: &'a str, from: &str, to: &str) -> Vec<&'a str> {
    let start = json
        .find(from)
        .unwrap_or_else(|| panic!("no {from}: {json}"));
    let end = start + json[start..].find(to).unwrap_or(json.len() - start);
    regex::Regex::new(r#""(pro|sceptical|neutral)":"#)
        .unwrap()
        .captures_iter(&json[start..end])
        .map(|c| c.get(1).unwrap().as_str())
        .collect()
}

#[test]
fn label_counts_in_json_are_ordered_pro_sceptical_neutral_as_in_classify() {
    let order = ["pro", "sceptical", "neutral"];
    let docs = tempfile::tempdir().unwrap();
    fs::write(
        docs.path().join("a.txt"),
        "The Big Society is a zorblax.\n\nThe weather was fine.\n",
    )
    .unwrap();
    let out = bigsoc().arg("classify").arg(docs.path()).output().unwrap();
    let classify = String::from_utf8(out.stdout).unwrap();
    assert_eq!(label_keys(&classify, "\"counts\"", "}"), order);

    let gold = docs.path().join("gold.jsonl");
    fs::write(
        &gold,
        "{\"doc\": \"a.txt\", \"paragraph\": 0, \"stance\": \"sceptical\"}\n\
         {\"doc\": \"a.txt\", \"paragraph\": 1, \"stance\": \"neutral\"}\n",
    )
    .unwrap();
    let out = run_eval(&["--format", "json"], &gold, docs.path());
    assert_eq!(out.status.code(), Some(0));
    let eval = String::from_utf8(out.stdout).unwrap();
    assert_eq!(label_keys(&eval, "\"per_class\"", "\"confusion\""), order);
    // Rows in that order, and in each row the columns.
    let confusion = label_keys(&eval, "\"confusion\"", "\"lexicons\"");
    let rows: Vec<&str> = confusion.iter().step_by(4).copied().collect();
    assert_eq!(rows, order);
    for row in confusion.chunks(4) {
        assert_eq!(row[1..], order);
    }

    let new = lexicon_copy();
    append(new.path(), "stance.txt", "zorblax -2.5\n");
    let out = run_diff("json", &root().join("lexicons"), new.path(), docs.path());
    assert_eq!(out.status.code(), Some(0));
    let diff = String::from_utf8(out.stdout).unwrap();
    assert_eq!(label_keys(&diff, "\"base_counts\"", "}"), order);
    assert_eq!(label_keys(&diff, "\"new_counts\"", "}"), order);
}

#[test]
fn diff_transitions_are_in_label_order_not_alphabetical() {
    // Six paragraphs, one for each change of label: the base set knows
    // two made-up words, the new set two others.
    let base = lexicon_copy();
    append(base.path(), "stance.txt", "flimbo 2.5\ngrobnik -2.5\n");
    let new = lexicon_copy();
    append(new.path(), "stance.txt", "zorblax -2.5\nquuxly 2.5\n");
    let docs = tempfile::tempdir().unwrap();
    fs::write(
        docs.path().join("a.txt"),
        "The Big Society is flimbo and a zorblax.\n\n\
         The Big Society is flimbo.\n\n\
         The Big Society is grobnik and quuxly.\n\n\
         The Big Society is grobnik.\n\n\
         The Big Society is quuxly.\n\n\
         The Big Society is a zorblax.\n",
    )
    .unwrap();
    let diff = |format: &str| {
        let out = run_diff(format, base.path(), new.path(), docs.path());
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).unwrap()
    };
    // By the old label, then the new, each in the order pro, sceptical,
    // neutral, as `counts` are.
    let order = [
        "pro -> sceptical",
        "pro -> neutral",
        "sceptical -> pro",
        "sceptical -> neutral",
        "neutral -> pro",
        "neutral -> sceptical",
    ];
    let keys = |text: &str, pattern: &str| -> Vec<String> {
        regex::Regex::new(pattern)
            .unwrap()
            .captures_iter(text)
            .map(|c| c[1].to_string())
            .collect()
    };
    // (Read as written: serde_json's Value would sort the keys.)
    let json = diff("json");
    let at = json.find("\"transitions\"").expect("transitions");
    let transitions = &json[at..at + json[at..].find('}').unwrap()];
    assert_eq!(keys(transitions, r#""(\w+ -> \w+)": 1"#), order, "{json}");
    // The text format's summary line lists them the same way.
    let text = diff("text");
    let summary = text.lines().find(|l| l.contains(" changed (")).unwrap();
    assert_eq!(keys(summary, r"(\w+ -> \w+): 1"), order, "{text}");
}

#[test]
fn diff_with_a_broken_base_exits_2() {
    let base = lexicon_copy();
    append(base.path(), "stance.txt", "broken\n");
    let out = bigsoc()
        .args(["diff", "--base"])
        .arg(base.path())
        .arg(root().join("tests/fixtures/articles"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn export_patterns_are_regexes_one_per_line() {
    let out = bigsoc()
        .args(["lexicon", "export", "--patterns"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().count() > 300);
    for line in text.lines() {
        regex::Regex::new(line).unwrap_or_else(|e| panic!("{line}: {e}"));
    }
    assert!(text.lines().any(|l| l == "big society"));
}

#[test]
fn a_missing_lexicon_folder_is_one_error_exit_2() {
    let out = bigsoc()
        .args(["lexicon", "check", "--lexicons", "no-such-lexicons"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err,
        "bigsoc: no-such-lexicons: cannot read lexicon folder: no such file or directory\n"
    );
    let out = bigsoc()
        .args(["classify", "--lexicons", "no-such-lexicons", "-"])
        .write_stdin("text")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8(out.stderr).unwrap().lines().count(), 1);
}

#[test]
fn check_gives_the_line_of_bad_utf8() {
    let dir = lexicon_copy();
    let path = dir.path().join("hedges.txt");
    let mut bytes = fs::read(&path).unwrap();
    let line = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
    bytes.extend_from_slice(b"caf\xe9\n");
    fs::write(&path, bytes).unwrap();
    let (code, out) = check(dir.path());
    assert_eq!(code, 1);
    assert!(
        out.contains(&format!("{}:{line}: not valid UTF-8", path.display())),
        "{out}"
    );
}

#[test]
fn eval_names_the_line_of_bad_utf8_in_a_gold_file() {
    let dir = tempfile::tempdir().unwrap();
    let (gold, out) = eval_gold(dir.path(), "latin1.jsonl", b"{\"doc\": \"library_closures.txt\", \"paragraph\": 0, \"stance\": \"neutral\"}\n{\"doc\": \"caf\xe9.txt\"}\n");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err,
        format!("bigsoc: {}:2: not valid UTF-8\n", gold.display())
    );
}
