//! The output formats of `classify` (jsonl, json, tsv, text), colour, and
//! a quiet standard error: the real binary on the fixture articles and on
//! files written for each test.

mod common;

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use common::{json_lines, relative_articles as articles};
use serde_json::Value;

/// The binary, run from the repository root with no NO_COLOR inherited.
fn bigsoc() -> Command {
    let mut cmd = common::bigsoc();
    cmd.current_dir(common::root()).env_remove("NO_COLOR");
    cmd
}

/// Runs `classify` with `args`, checks it succeeded with nothing on
/// stderr, and returns stdout.
fn classify(args: &[&str], paths: &[String]) -> String {
    let out = bigsoc()
        .arg("classify")
        .args(args)
        .args(paths)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(out.stderr.is_empty(), "{stderr}");
    String::from_utf8(out.stdout).unwrap()
}

/// Undoes the TSV escapes.
fn unescape(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                // `\u{1b}`: a control character, by its hex code.
                let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            other => panic!("bad escape \\{other:?} in {field:?}"),
        }
    }
    out
}

/// A fixture with a tab, a backslash and a line break inside paragraphs.
fn awkward_file(dir: &Path) -> String {
    let path = dir.join("awkward.txt");
    fs::write(
        &path,
        "The Big Society\tis a triumph \\ of people power.\nA second line.\n\n\
         Critics call it a cover for cuts: C:\\\\shares\\\\cuts.",
    )
    .unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn json_is_one_array_of_the_jsonl_objects() {
    let files = articles();
    for flat in [false, true] {
        let extra: &[&str] = if flat { &["--flat"] } else { &[] };
        let jsonl: Vec<Value> = json_lines(&classify(extra, &files));
        let json = classify(&[extra, &["--format", "json"]].concat(), &files);
        let array: Vec<Value> = serde_json::from_str(&json).unwrap();
        assert_eq!(array, jsonl, "--flat: {flat}");
        assert!(json.starts_with("[\n{") && json.ends_with("}\n]\n"));
        if flat {
            assert!(
                array
                    .iter()
                    .all(|p| p["index"].is_u64() && p["path"].is_string())
            );
        } else {
            assert_eq!(array.len(), files.len());
            assert!(array.iter().all(|d| d["paragraphs"].is_array()));
        }
    }
}

#[test]
fn json_of_no_documents_is_an_empty_array() {
    let dir = tempfile::tempdir().unwrap();
    // Not through `classify`: the empty folder is named in a warning on
    // stderr (tests/input_edges.rs checks it).
    let out = bigsoc()
        .args(["classify", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[]\n");
}

#[test]
fn jsonl_is_the_default_format() {
    let files = articles();
    assert_eq!(
        classify(&["--format", "jsonl"], &files),
        classify(&[], &files)
    );
}

#[test]
fn tsv_has_a_header_and_one_escaped_row_per_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = articles();
    files.push(awkward_file(dir.path()));
    let paragraphs: Vec<Value> = json_lines(&classify(&["--flat"], &files));
    let tsv = classify(&["--format", "tsv"], &files);
    let mut lines = tsv.lines();
    assert_eq!(
        lines.next(),
        Some("path\tindex\tlines\tstance\tscore\tconfidence\tterm\ttext")
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), paragraphs.len());
    for (row, p) in rows.iter().zip(&paragraphs) {
        assert_eq!(row.len(), 8, "{row:?}");
        assert_eq!(unescape(row[0]), p["path"].as_str().unwrap());
        assert_eq!(row[1], p["index"].to_string());
        assert_eq!(row[2], format!("{}-{}", p["start_line"], p["end_line"]));
        assert_eq!(row[3], p["stance"].as_str().unwrap());
        assert_eq!(row[4].parse::<f64>().unwrap(), p["score"].as_f64().unwrap());
        assert_eq!(
            row[5].parse::<f64>().unwrap(),
            p["confidence"].as_f64().unwrap()
        );
        // The heaviest term, the first of equals.
        let mut heaviest = ("", 0.0f64);
        for e in p["evidence"].as_array().unwrap() {
            let w = e["weight"].as_f64().unwrap().abs();
            if heaviest.0.is_empty() || w > heaviest.1 {
                heaviest = (e["term"].as_str().unwrap(), w);
            }
        }
        assert_eq!(unescape(row[6]), heaviest.0);
        assert_eq!(unescape(row[7]), p["text"].as_str().unwrap());
    }
    let awkward = &rows[rows.len() - 2..];
    assert_eq!(
        awkward[0][7],
        "The Big Society\\tis a triumph \\\\ of people power.\\nA second line."
    );
    assert_eq!(awkward[0][2], "1-2");
    assert_eq!(
        awkward[1][7],
        "Critics call it a cover for cuts: C:\\\\\\\\shares\\\\\\\\cuts."
    );
}

#[test]
fn tsv_text_has_control_characters_escaped_as_the_path_has() {
    // ESC and BEL from an article must not reach a terminal showing the
    // table: every column is escaped alike, and reads back whole.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ctl.txt");
    let text = "The Big Society is a cover\u{1b}[31mfor cuts \u{7}";
    fs::write(&path, format!("{text}\n")).unwrap();
    let files = [path.to_string_lossy().into_owned()];
    let tsv = classify(&["--format", "tsv"], &files);
    assert!(
        !tsv.contains(|c: char| c.is_control() && c != '\t' && c != '\n'),
        "{tsv:?}"
    );
    let row: Vec<&str> = tsv.lines().nth(1).unwrap().split('\t').collect();
    assert_eq!(
        row[7],
        "The Big Society is a cover\\u{1b}[31mfor cuts \\u{7}"
    );
    assert_eq!(unescape(row[7]), text);
}

#[test]
fn text_shows_each_path_its_counts_and_a_stance_strip() {
    let files = articles();
    let docs: Vec<Value> = json_lines(&classify(&[], &files));
    let text = classify(&["--format", "text"], &files);
    let blocks: Vec<&str> = text.split("\n\n").filter(|b| !b.is_empty()).collect();
    assert_eq!(blocks.len(), files.len(), "{text}");
    for (block, doc) in blocks.iter().zip(&docs) {
        let lines: Vec<&str> = block.lines().collect();
        assert_eq!(lines[0], doc["path"].as_str().unwrap());
        let c = &doc["counts"];
        assert!(
            lines[1].contains(&format!(
                "{}: {} pro, {} sceptical, {} neutral",
                doc["stance"].as_str().unwrap(),
                c["pro"],
                c["sceptical"],
                c["neutral"]
            )),
            "{block}"
        );
        let strip: String = doc["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| match p["stance"].as_str().unwrap() {
                "pro" => '+',
                "sceptical" => '-',
                _ => '.',
            })
            .collect();
        assert_eq!(lines[2], format!("  strip      {strip}"), "{block}");
        assert!(lines[3].starts_with("  strongest  "), "{block}");
    }
}

#[test]
fn text_names_the_strongest_paragraphs_with_their_terms() {
    let files = vec!["tests/fixtures/articles/oped_hollow_slogan.txt".to_string()];
    let doc = &json_lines::<Value>(&classify(&[], &files))[0];
    let text = classify(&["--format", "text"], &files);
    let strongest = doc["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .max_by(|a, b| {
            let (a, b) = (a["score"].as_f64().unwrap(), b["score"].as_f64().unwrap());
            a.abs().total_cmp(&b.abs())
        })
        .unwrap();
    let line = text.lines().find(|l| l.starts_with("  strongest")).unwrap();
    assert!(
        line.starts_with(&format!(
            "  strongest  #{}  {}",
            strongest["index"],
            strongest["stance"].as_str().unwrap()
        )),
        "{text}"
    );
    assert!(line.contains(&format!("{:+.2}", strongest["score"].as_f64().unwrap())));
    assert!(line.contains(&format!(
        "\"{}\"",
        strongest["evidence"][0]["match"].as_str().unwrap()
    )));
}

#[test]
fn colour_is_used_only_when_asked_for_or_on_a_terminal() {
    let files = articles();
    let coloured = classify(&["--format", "text", "--color", "always"], &files);
    assert!(coloured.contains("\x1b["), "{coloured}");
    assert!(coloured.contains("\x1b[0m"));
    let plain = classify(&["--format", "text", "--color", "never"], &files);
    assert!(!plain.contains('\x1b'));
    // Standard output is a pipe here, so auto means no colour.
    assert!(!classify(&["--format", "text"], &files).contains('\x1b'));
    // Stripped of its escapes, the coloured text is the plain text.
    let mut stripped = String::new();
    let mut rest = coloured.as_str();
    while let Some(i) = rest.find('\x1b') {
        stripped.push_str(&rest[..i]);
        let end = rest[i..].find('m').unwrap();
        rest = &rest[i + end + 1..];
    }
    stripped.push_str(rest);
    assert_eq!(stripped, plain);
    // Only the text format is ever coloured.
    for format in ["jsonl", "json", "tsv"] {
        let out = classify(&["--format", format, "--color", "always"], &files);
        assert!(!out.contains('\x1b'), "{format}");
    }
}

#[test]
fn help_and_readme_say_colour_is_for_the_text_format_only() {
    // `--color always --format jsonl` prints no colour (above); the
    // option's own help says so, short and long, and so does the README.
    for flag in ["-h", "--help"] {
        let out = bigsoc().args(["classify", flag]).output().unwrap();
        let help = String::from_utf8(out.stdout).unwrap();
        let start = help.find("--color <WHEN>").expect("--color in help");
        let end = start + help[start..].find("--threads").expect("--threads after it");
        let option = help[start..end].split_whitespace().collect::<Vec<_>>();
        assert!(
            option
                .join(" ")
                .contains("(jsonl, json and tsv are never coloured)"),
            "{flag}: {option:?}"
        );
    }
    let readme = fs::read_to_string(common::root().join("README.md")).unwrap();
    let row = readme
        .lines()
        .find(|l| l.starts_with("| `--color WHEN` |"))
        .expect("README's --color row");
    assert!(
        row.contains("`jsonl`, `json` and `tsv` are never coloured"),
        "{row}"
    );
}

#[test]
fn no_color_turns_auto_colour_off_but_not_always() {
    let files = articles();
    let run = |no_color: &str, choice: &str| {
        let out = bigsoc()
            .env("NO_COLOR", no_color)
            .args(["classify", "--format", "text", "--color", choice])
            .args(&files)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(!run("1", "auto").contains('\x1b'));
    assert!(run("1", "always").contains('\x1b'));
    assert!(!run("", "auto").contains('\x1b'));
}

#[test]
fn flat_with_tsv_or_text_is_a_usage_error() {
    for format in ["tsv", "text"] {
        let out = bigsoc()
            .args(["classify", "--flat", "--format", format])
            .args(articles())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        assert!(String::from_utf8_lossy(&out.stderr).starts_with("bigsoc: --flat"));
    }
}

#[test]
fn many_files_off_a_terminal_write_nothing_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for i in 0..20 {
        let path = dir.path().join(format!("{i:02}.txt"));
        let body = format!(
            "Headline {i}\n\nThe Big Society is a triumph of people power.\n\n\
             Critics say it is a cover for cuts.\n\n{}",
            "Some filler about the weather. ".repeat(i * 20)
        );
        fs::write(&path, body).unwrap();
        files.push(path.to_string_lossy().into_owned());
    }
    for format in ["jsonl", "json", "tsv", "text"] {
        let out = bigsoc()
            .args(["classify", "-j", "2", "--format", format])
            .args(&files)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}");
        assert!(!out.stdout.is_empty(), "{format}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{format}");
    }
    // The folder, walked, is quiet too.
    let out = bigsoc()
        .args(["classify", "--format", "text"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty());
}

#[test]
fn text_format_snapshot() {
    let files = vec![
        "tests/fixtures/articles/blog_volunteers.txt".to_string(),
        "tests/fixtures/articles/oped_hollow_slogan.txt".to_string(),
    ];
    let text = classify(&["--format", "text", "--color", "never"], &files);
    insta::assert_snapshot!("text_format", text);
}

#[test]
fn the_readme_text_example_is_what_bigsoc_prints() {
    // The README shows `--format text` on one fixture; a lexicon change
    // that moves its numbers must move the README too.
    let readme = fs::read_to_string("README.md").unwrap();
    let indent = "      ";
    let first = format!("{indent}tests/fixtures/articles/oped_hollow_slogan.txt");
    let start = readme.find(&first).expect("README text example");
    let shown: String = readme[start..]
        .lines()
        .take_while(|l| l.starts_with(indent))
        .map(|l| format!("{}\n", &l[indent.len()..]))
        .collect();
    let files = vec!["tests/fixtures/articles/oped_hollow_slogan.txt".to_string()];
    let printed = classify(&["--format", "text", "--color", "never"], &files);
    assert_eq!(shown, printed.trim_end_matches('\n').to_string() + "\n");
}

#[test]
fn help_shows_each_format_and_colour() {
    let out = bigsoc().args(["classify", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "--format json",
        "--format tsv",
        "--format text",
        "--color always",
        "NO_COLOR",
        "progress",
    ] {
        assert!(help.contains(needle), "missing {needle}");
    }
}
