//! Integration tests: the real binary on fixtures written for the project.

mod common;

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command as StdCommand, Stdio};

use common::{
    Counts, FlatParagraph, articles, bigsoc, documents, fixtures, json_lines, lexicon_copy,
    stderr_of,
};

#[test]
fn classify_fixtures_prints_one_valid_document_per_file_in_order() {
    let files = articles();
    let out = bigsoc().arg("classify").args(&files).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(out.stderr.is_empty(), "{}", stderr_of(&out));
    let docs = documents(&out.stdout);
    assert_eq!(docs.len(), files.len());
    for (doc, file) in docs.iter().zip(&files) {
        assert_eq!(doc.path, file.to_string_lossy());
        assert!(doc.lexicons.starts_with("sha256:"));
        assert!(["pro", "sceptical", "neutral"].contains(&doc.stance.as_str()));
        let text = fs::read_to_string(file).unwrap();
        let mut counts = Counts {
            pro: 0,
            sceptical: 0,
            neutral: 0,
        };
        for (i, p) in doc.paragraphs.iter().enumerate() {
            assert_eq!(p.index, i);
            assert_eq!(&text[p.byte_start..p.byte_end], p.text);
            assert!(p.start_line <= p.end_line);
            assert!((0.0..=1.0).contains(&p.confidence));
            assert!(p.score.is_finite());
            assert!(["explicit", "reference", "context", "none"].contains(&p.link.as_str()));
            assert_eq!(p.target, p.link == "explicit" || p.link == "reference");
            match p.stance.as_str() {
                "pro" => counts.pro += 1,
                "sceptical" => counts.sceptical += 1,
                "neutral" => counts.neutral += 1,
                other => panic!("bad stance {other}"),
            }
            if p.stance != "neutral" {
                assert!(!p.evidence.is_empty(), "lean without evidence: {}", p.text);
            }
            for e in &p.evidence {
                assert!(!e.matched.is_empty() && !e.term.is_empty());
                assert!(e.lexicon == "stance" || e.lexicon == "general");
                assert!(e.base != 0.0 && e.weight.is_finite());
                assert!(e.rules.iter().all(|r| !r.is_empty()));
            }
            if p.boilerplate {
                assert_eq!(p.stance, "neutral");
            }
        }
        assert_eq!(doc.counts, counts);
    }
}

#[test]
fn fixture_articles_get_the_labels_a_reader_would_give() {
    let out = bigsoc().arg("classify").args(articles()).output().unwrap();
    let docs = documents(&out.stdout);
    let by_name = |name: &str| docs.iter().find(|d| d.path.ends_with(name)).unwrap();
    // The library article never mentions the Big Society: all neutral
    // despite "disgrace" and "betrayal".
    let lib = by_name("library_closures.txt");
    assert_eq!(lib.counts.neutral, lib.paragraphs.len());
    assert!(lib.paragraphs.iter().all(|p| p.link == "none"));
    // The op-ed's headline calls it a slogan.
    let oped = by_name("oped_hollow_slogan.txt");
    assert_eq!(oped.paragraphs[0].stance, "sceptical");
    assert_eq!(oped.stance, "sceptical");
    // The aside about the weather names nothing: it is linked only by the
    // document's context, never explicitly.
    let weather = oped
        .paragraphs
        .iter()
        .find(|p| p.text.starts_with("The weather"))
        .unwrap();
    assert_eq!(weather.link, "context");
    assert!(!weather.target);
    // Boilerplate lines are neutral and marked.
    let bank = by_name("bank_launch_report.txt");
    let closed = bank.paragraphs.last().unwrap();
    assert!(closed.boilerplate);
    // The minister's praise is pro; the charities' warning is sceptical.
    let praise = bank
        .paragraphs
        .iter()
        .find(|p| p.text.starts_with("Ministers said"))
        .unwrap();
    assert_eq!(praise.stance, "pro");
    let warning = bank
        .paragraphs
        .iter()
        .find(|p| p.text.starts_with("But voluntary"))
        .unwrap();
    assert_eq!(warning.stance, "sceptical");
}

#[test]
fn stdin_dash_and_no_paths_read_standard_input() {
    let text = "The Big Society is a smokescreen for cuts.\n\nIt rained.\n";
    for args in [vec!["classify", "-"], vec!["classify"]] {
        let out = bigsoc().args(&args).write_stdin(text).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        let docs = documents(&out.stdout);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].path, "-");
        assert_eq!(docs[0].paragraphs.len(), 2);
    }
}

#[test]
fn empty_stdin_gives_a_document_with_no_paragraphs() {
    let out = bigsoc()
        .args(["classify", "-"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let docs = documents(&out.stdout);
    assert_eq!(docs[0].paragraphs.len(), 0);
    assert_eq!(
        docs[0].counts,
        Counts {
            pro: 0,
            sceptical: 0,
            neutral: 0
        }
    );
    assert_eq!(docs[0].stance, "neutral");
}

#[test]
fn flat_prints_one_object_per_paragraph_with_its_path() {
    let file = fixtures().join("articles/library_closures.txt");
    let out = bigsoc()
        .args(["classify", "--flat"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<FlatParagraph> = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(lines.len(), 4);
    assert!(lines.iter().all(|p| p.path == file.to_string_lossy()));
    assert_eq!(
        lines.iter().map(|p| p.index).collect::<Vec<_>>(),
        vec![0, 1, 2, 3]
    );
}

#[test]
fn a_missing_file_is_named_exit_2_and_the_rest_are_still_classified() {
    let good = fixtures().join("articles/library_closures.txt");
    let out = bigsoc()
        .arg("classify")
        .arg("no-such-file.txt")
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "bigsoc: no-such-file.txt: no such file or directory\n"
    );
    assert_eq!(documents(&out.stdout).len(), 1);
}

#[test]
fn folders_are_walked_sorted_filtered_by_extension_and_links_loops_do_not_hang() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("b/inner")).unwrap();
    fs::write(root.join("b/inner/z.txt"), "Zed.").unwrap();
    fs::write(root.join("a.txt"), "Aye.").unwrap();
    fs::write(root.join("notes.md"), "Markdown.").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(root, root.join("b/inner/loop")).unwrap();
    let out = bigsoc()
        .arg("classify")
        .arg(root)
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let paths: Vec<String> = documents(&out.stdout).into_iter().map(|d| d.path).collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(paths[0].ends_with("a.txt") && paths[1].ends_with("z.txt"));
    let out = bigsoc()
        .args(["classify", "--ext", "md,txt"])
        .arg(root)
        .output()
        .unwrap();
    assert_eq!(documents(&out.stdout).len(), 3);
}

#[test]
fn decoding_bom_crlf_windows_1252_and_binary() {
    let dir = tempfile::tempdir().unwrap();
    let bom = dir.path().join("bom.txt");
    fs::write(&bom, b"\xEF\xBB\xBFTitle\r\n\r\nBody one\r\nbody two\r\n").unwrap();
    let cp = dir.path().join("cp1252.txt");
    fs::write(&cp, b"\x93Big Society\x94 \x96 caf\xe9\n").unwrap();
    let bin = dir.path().join("image.txt");
    fs::write(&bin, b"GIF89a\0\0\x01\x02").unwrap();
    let out = bigsoc()
        .arg("classify")
        .args([&bom, &cp, &bin])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let docs = documents(&out.stdout);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].paragraphs[0].text, "Title");
    assert_eq!(docs[0].paragraphs[1].text, "Body one\nbody two");
    assert_eq!(
        (
            docs[0].paragraphs[1].start_line,
            docs[0].paragraphs[1].end_line
        ),
        (3, 4)
    );
    assert_eq!(
        docs[1].paragraphs[0].text,
        "\u{201C}Big Society\u{201D} \u{2013} caf\u{e9}"
    );
    let err = stderr_of(&out);
    assert!(
        err.contains(&format!(
            "bigsoc: {}: warning: line 1: not valid UTF-8",
            cp.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "bigsoc: {}: warning: skipped: binary file",
            bin.display()
        )),
        "{err}"
    );
}

#[test]
fn output_is_byte_identical_across_thread_counts() {
    let files = articles();
    let one = bigsoc()
        .args(["classify", "--threads", "1"])
        .args(&files)
        .output()
        .unwrap();
    let two = bigsoc()
        .args(["classify", "-j", "2"])
        .args(&files)
        .output()
        .unwrap();
    let four = bigsoc()
        .args(["classify", "-j", "4"])
        .args(&files)
        .output()
        .unwrap();
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stdout, four.stdout);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let text = "The Big Society is a triumph.\n\n".repeat(50);
    let mut paths = Vec::new();
    for i in 0..300 {
        let p = dir.path().join(format!("{i:04}.txt"));
        fs::write(&p, &text).unwrap();
        paths.push(p);
    }
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("bigsoc"))
        .arg("classify")
        .args(&paths)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    reader.read_line(&mut first).unwrap();
    drop(reader);
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with('{'));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr_of(&out), "");
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_device_is_an_error_with_a_message() {
    if fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .is_err()
    {
        println!("skipped: /dev/full is not available here");
        return;
    }
    let into_full = |args: &[&std::ffi::OsStr]| {
        StdCommand::new(assert_cmd::cargo::cargo_bin("bigsoc"))
            .args(args)
            .stdout(
                fs::OpenOptions::new()
                    .write(true)
                    .open("/dev/full")
                    .unwrap(),
            )
            .output()
            .unwrap()
    };
    let mut classify: Vec<&std::ffi::OsStr> = vec!["classify".as_ref()];
    let paths = articles();
    classify.extend(paths.iter().map(|p| p.as_os_str()));
    // Output, and help text, that cannot be written: a failure, in words,
    // without the OS error number.
    for args in [classify, vec!["--help".as_ref()]] {
        let out = into_full(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(
            stderr_of(&out),
            "bigsoc: error writing output: no space left on the device\n",
            "{args:?}"
        );
    }
}

fn append(path: &Path, text: &str) {
    let mut s = fs::read_to_string(path).unwrap();
    s.push_str(text);
    fs::write(path, s).unwrap();
}

#[test]
fn classify_refuses_a_broken_lexicon_with_path_and_line() {
    let lex = lexicon_copy();
    let stance = lex.path().join("stance.txt");
    let before = fs::read_to_string(&stance).unwrap().lines().count();
    append(&stance, "this line has no weight\n");
    let out = bigsoc()
        .arg("classify")
        .arg("--lexicons")
        .arg(lex.path())
        .args(articles())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let expected = format!(
        "bigsoc: {}:{}: bad or missing weight \"weight\"",
        stance.display(),
        before + 1
    );
    assert!(
        stderr_of(&out).starts_with(&expected),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn lexicons_dir_replaces_the_embedded_set() {
    let lex = lexicon_copy();
    let text = "The Big Society is a zorblax.\n";
    let plain = bigsoc()
        .args(["classify", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert_eq!(documents(&plain.stdout)[0].paragraphs[0].stance, "neutral");
    append(&lex.path().join("stance.txt"), "\nzorblax -2\n");
    let out = bigsoc()
        .args(["classify", "-", "--lexicons"])
        .arg(lex.path())
        .write_stdin(text)
        .output()
        .unwrap();
    let doc = &documents(&out.stdout)[0];
    assert_eq!(doc.paragraphs[0].stance, "sceptical");
    assert_ne!(doc.lexicons, documents(&plain.stdout)[0].lexicons);
}

#[test]
fn usage_errors_exit_2() {
    let out = bigsoc()
        .args(["classify", "--no-such-flag"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = bigsoc().output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_has_examples_and_exit_codes() {
    let out = bigsoc().args(["classify", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("Examples:"));
    assert!(help.contains("jq"));
    let out = bigsoc().arg("--help").output().unwrap();
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("Exit status:")
    );
}

#[test]
fn help_names_every_reason_for_exit_2() {
    let help = |cmd: &str| {
        let out = bigsoc().args([cmd, "--help"]).output().unwrap();
        // One line per sentence, whatever the wrapping.
        String::from_utf8(out.stdout)
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let eval = help("eval");
    assert!(
        eval.contains("2 unreadable input or a bad gold file: every problem is named on stderr, in gold file and line order"),
        "{eval}"
    );
    let report = help("report");
    assert!(
        report.contains(
            "When no document could be read (or there was none), no page is written: \
             the --output file is left untouched, and the exit status is 2."
        ),
        "{report}"
    );
}

#[test]
fn clap_definition_is_consistent() {
    use clap::CommandFactory;
    bigsoc::cli::Cli::command().debug_assert();
}

#[test]
fn explain_traces_a_paragraph_and_rejects_a_missing_one() {
    let file = fixtures().join("articles/oped_hollow_slogan.txt");
    let out = bigsoc()
        .args(["explain", "--paragraph", "0"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("paragraph 0 (line 1): sceptical"), "{text}");
    assert!(text.contains("link: explicit"), "{text}");
    assert!(text.contains("sum "), "{text}");
    let out = bigsoc()
        .args(["explain", "--paragraph", "99"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).starts_with(&format!("bigsoc: {}: no paragraph 99", file.display())));
    let out = bigsoc()
        .args(["explain", "-"])
        .write_stdin("The Big Society is a smokescreen.\n")
        .output()
        .unwrap();
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains(": sceptical")
    );
}

#[test]
fn completions_and_man_page_are_generated() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = bigsoc().args(["completions", shell]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(
            script.contains("classify") && script.contains("explain"),
            "{shell}"
        );
    }
    assert_eq!(
        bigsoc()
            .args(["completions", "tcsh"])
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
    let out = bigsoc().arg("man").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(".TH bigsoc 1"));
    // One page, bigsoc(1), with every command in it.
    assert_eq!(page.matches(".TH ").count(), 1, "{page}");
    assert!(page.contains(".SS \"bigsoc classify\""), "{page}");
    assert!(page.contains(".SS \"bigsoc lexicon export\""), "{page}");
    // It refers to no other page (`bigsoc-classify(1)` was never written):
    // every `NAME(SECTION)` in it names the page itself.
    let plain = page.replace("\\-", "-");
    let mut rest = plain.as_str();
    while let Some(open) = rest.find("(1)") {
        let before = &rest[..open];
        let name = before
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
            .next()
            .unwrap();
        assert_eq!(name, "bigsoc", "a reference to {name}(1)");
        rest = &rest[open + 3..];
    }
}

#[test]
fn a_huge_thread_count_is_capped_not_obeyed() {
    let out = bigsoc()
        .args(["classify", "-j", "100000"])
        .args(articles())
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(documents(&out.stdout).len(), articles().len());
}

#[test]
fn control_characters_in_names_are_escaped_on_stderr() {
    let out = bigsoc()
        .args(["classify", "no\u{1b}[2Jpe.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(!err.contains('\u{1b}'), "{err:?}");
    assert!(err.starts_with("bigsoc: no\\u{1b}[2Jpe.txt: "), "{err:?}");
}
