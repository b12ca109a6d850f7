//! Edges of reading input met by new users: UTF-16 files, folders with
//! nothing to take, hidden entries, named pipes met in a walk, a missing
//! temporary folder, control characters in file names, standard input
//! named twice, and help and README examples that must work when pasted,
//! and a README that lists every test file.

mod common;

use std::fs;
use std::path::Path;

use common::{bigsoc, documents, records_without_path, stderr_of};

/// `text` in UTF-16 little-endian (`big` false) or big-endian, with the
/// byte-order mark Windows editors write.
fn utf16(text: &str, big: bool) -> Vec<u8> {
    let mut bytes = if big {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if big {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

const ARTICLE: &str = "The Big Society is a \u{201C}cover for cuts\u{201D}.\r\n\r\n\
                       Volunteers ran the caf\u{e9} \u{2013} a triumph.\r\nIt rained.";

#[test]
fn utf16_files_with_a_byte_order_mark_are_decoded_not_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let utf8 = dir.path().join("utf8.txt");
    fs::write(&utf8, ARTICLE).unwrap();
    let le = dir.path().join("le.txt");
    fs::write(&le, utf16(ARTICLE, false)).unwrap();
    let be = dir.path().join("be.txt");
    fs::write(&be, utf16(ARTICLE, true)).unwrap();
    let out = bigsoc()
        .args(["classify", "--flat"])
        .args([&utf8, &le, &be])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(out.stderr.is_empty(), "{}", stderr_of(&out));
    let records = records_without_path(&out.stdout);
    assert_eq!(records.len(), 6);
    assert_eq!(records[0..2], records[2..4]);
    assert_eq!(records[0..2], records[4..6]);
    assert_eq!(
        records[1]["text"],
        "Volunteers ran the caf\u{e9} \u{2013} a triumph.\nIt rained."
    );
}

#[test]
fn a_large_utf16_file_is_streamed_with_the_same_records() {
    // Past the 1 MiB stream threshold, and over standard input too.
    let text = format!("{ARTICLE}\r\n\r\n").repeat(9_000);
    let dir = tempfile::tempdir().unwrap();
    let utf8 = dir.path().join("utf8.txt");
    fs::write(&utf8, &text).unwrap();
    let le = dir.path().join("le.txt");
    fs::write(&le, utf16(&text, false)).unwrap();
    assert!(fs::metadata(&le).unwrap().len() > 1 << 20);
    let run = |path: &Path| {
        let out = bigsoc()
            .args(["classify", "--flat"])
            .arg(path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        records_without_path(&out.stdout)
    };
    let expected = run(&utf8);
    assert_eq!(expected.len(), 18_000);
    assert!(run(&le) == expected, "a streamed UTF-16 file differs");
    let piped = bigsoc()
        .args(["classify", "--flat", "-"])
        .write_stdin(utf16(&text, true))
        .output()
        .unwrap();
    assert_eq!(piped.status.code(), Some(0), "{}", stderr_of(&piped));
    assert!(records_without_path(&piped.stdout) == expected);
}

#[test]
fn invalid_utf16_is_replaced_with_a_warning_and_no_mark_means_binary() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    let mut bytes = utf16("Title\r\n\r\nBody ", false);
    bytes.extend_from_slice(&[0x00, 0xDC]); // a low surrogate alone
    bytes.extend(utf16("end.", false).drain(2..));
    fs::write(&bad, bytes).unwrap();
    let no_mark = dir.path().join("no-mark.txt");
    fs::write(&no_mark, &utf16("Hello there.", false)[2..]).unwrap();
    let out = bigsoc()
        .arg("classify")
        .args([&bad, &no_mark])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let docs = documents(&out.stdout);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].paragraphs[1].text, "Body \u{FFFD}end.");
    assert_eq!(
        stderr_of(&out),
        format!(
            "bigsoc: {}: warning: line 3: not valid UTF-16; 1 unpaired surrogate(s) or \
             cut-off byte(s) replaced by U+FFFD\n\
             bigsoc: {}: warning: skipped: binary file (NUL byte in the first 8 KiB)\n",
            bad.display(),
            no_mark.display()
        )
    );
}

#[test]
fn ext_items_are_trimmed_and_an_empty_one_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Aye.").unwrap();
    fs::write(dir.path().join("b.md"), "Bee.").unwrap();
    for ext in ["txt, md", " .txt , .md "] {
        let out = bigsoc()
            .args(["classify", "--ext", ext])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{ext:?}: {}", stderr_of(&out));
        assert_eq!(documents(&out.stdout).len(), 2, "{ext:?}");
    }
    for ext in ["", "txt,", "txt,,md", " ", "."] {
        let out = bigsoc()
            .args(["classify", "--ext", ext])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{ext:?}");
        assert!(out.stdout.is_empty(), "{ext:?}");
        // The whole value the user typed is quoted, not the empty item.
        assert_eq!(
            stderr_of(&out),
            format!(
                "bigsoc: --ext {ext:?} has an empty extension in its list; give extensions \
                 separated by commas, such as --ext txt,md\n"
            ),
            "{ext:?}"
        );
    }
}

#[test]
fn an_empty_ext_item_names_the_whole_value_in_every_command_that_walks() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Aye.").unwrap();
    let expected = "bigsoc: --ext \"txt,\" has an empty extension in its list; give \
                    extensions separated by commas, such as --ext txt,md\n";
    let lexicons = common::root().join("lexicons");
    let report = dir.path().join("report.html");
    let runs: [Vec<std::ffi::OsString>; 3] = [
        vec!["classify".into()],
        vec!["diff".into(), "--base".into(), lexicons.into()],
        vec!["report".into(), "-o".into(), report.clone().into()],
    ];
    for args in runs {
        let out = bigsoc()
            .args(&args)
            .args(["--ext", "txt,"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(stderr_of(&out), expected, "{args:?}");
    }
    assert!(!report.exists());
    // Repeating --ext adds to the list, as it did when clap split it.
    let out = bigsoc()
        .args(["classify", "--ext", "md", "--ext", "txt"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(documents(&out.stdout).len(), 1);
}

/// The paths `classify` printed, relative to `root`.
fn relative_paths(stdout: &[u8], root: &Path) -> Vec<String> {
    documents(stdout)
        .into_iter()
        .map(|d| {
            Path::new(&d.path)
                .strip_prefix(root)
                .unwrap_or(Path::new(&d.path))
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

#[test]
fn walking_skips_hidden_entries_unless_asked_but_named_ones_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for (path, text) in [
        ("a.txt", "Aye."),
        (".draft.txt", "Draft."),
        (".git/objects/x.txt", "Git."),
        (".ipynb_checkpoints/a-checkpoint.txt", "Aye."),
        ("sub/.b.txt", "Bee."),
        ("sub/c.txt", "Sea."),
    ] {
        let p = root.join(path);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }
    let out = bigsoc().arg("classify").arg(root).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(relative_paths(&out.stdout, root), ["a.txt", "sub/c.txt"]);
    let out = bigsoc()
        .args(["classify", "--hidden"])
        .arg(root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        relative_paths(&out.stdout, root),
        [
            ".draft.txt",
            ".git/objects/x.txt",
            ".ipynb_checkpoints/a-checkpoint.txt",
            "a.txt",
            "sub/.b.txt",
            "sub/c.txt"
        ]
    );
    // Named on the command line, a hidden file or folder is read.
    let out = bigsoc()
        .arg("classify")
        .arg(root.join(".draft.txt"))
        .arg(root.join(".git"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        relative_paths(&out.stdout, root),
        [".draft.txt", ".git/objects/x.txt"]
    );
}

/// A folder with two visible articles and three hidden ones.
fn folder_with_hidden_entries() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for path in [
        "a.txt",
        ".draft.txt",
        ".git/x.txt",
        "sub/.b.txt",
        "sub/c.txt",
    ] {
        let p = dir.path().join(path);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, "The Big Society is a triumph.\n").unwrap();
    }
    dir
}

#[test]
fn report_and_diff_walk_hidden_entries_only_with_hidden() {
    let dir = folder_with_hidden_entries();
    let documents_in_report = |extra: &[&str]| {
        let out = bigsoc()
            .arg("report")
            .args(extra)
            .arg(dir.path())
            .args(["-o", "-"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        String::from_utf8(out.stdout)
            .unwrap()
            .matches("<article class=\"doc\"")
            .count()
    };
    assert_eq!(documents_in_report(&[]), 2);
    assert_eq!(documents_in_report(&["--hidden"]), 5);
    let documents_in_diff = |extra: &[&str]| {
        let out = bigsoc()
            .arg("diff")
            .arg("--base")
            .arg(common::root().join("lexicons"))
            .args(["--format", "json"])
            .args(extra)
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["summary"]["documents"].as_u64().unwrap()
    };
    assert_eq!(documents_in_diff(&[]), 2);
    assert_eq!(documents_in_diff(&["--hidden"]), 5);
    // --from reads saved output, walking nothing: --hidden is a usage error.
    let out = bigsoc()
        .args(["report", "--from", "-", "--hidden", "-o", "-"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("cannot be used with"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn eval_reads_gold_documents_by_name_hidden_or_not() {
    // eval walks no folder: --docs DIR/NAME is read whatever NAME is.
    let dir = folder_with_hidden_entries();
    let gold = dir.path().join("gold.jsonl");
    let lines: String = [".draft.txt", ".git/x.txt", "sub/.b.txt", "a.txt"]
        .iter()
        .map(|d| format!("{{\"doc\": \"{d}\", \"paragraph\": 0, \"stance\": \"pro\"}}\n"))
        .collect();
    fs::write(&gold, lines).unwrap();
    let out = bigsoc()
        .arg("eval")
        .arg("--gold")
        .arg(&gold)
        .arg("--docs")
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["paragraphs"], 4);
}

#[test]
fn files_without_an_extension_are_taken_only_when_named() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("article"), "An article.").unwrap();
    fs::write(dir.path().join("a.txt"), "Aye.").unwrap();
    let out = bigsoc().arg("classify").arg(dir.path()).output().unwrap();
    assert_eq!(relative_paths(&out.stdout, dir.path()), ["a.txt"]);
    let out = bigsoc()
        .arg("classify")
        .arg(dir.path().join("article"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(relative_paths(&out.stdout, dir.path()), ["article"]);
}

/// What the README says of links met in a walk: links to files and to
/// folders are followed, and a broken one is an error (exit 2) when its
/// name has a taken extension, passed over when it has not.
#[cfg(unix)]
#[test]
fn walking_follows_links_to_files_and_folders_and_names_broken_ones() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let outside = dir.path().join("outside");
    fs::create_dir_all(outside.join("folder")).unwrap();
    fs::write(outside.join("real.txt"), "Real.").unwrap();
    fs::write(outside.join("folder/inner.txt"), "Inner.").unwrap();
    let root = dir.path().join("corpus");
    fs::create_dir(&root).unwrap();
    fs::write(root.join("a.txt"), "Aye.").unwrap();
    symlink(outside.join("real.txt"), root.join("linked.txt")).unwrap();
    symlink(outside.join("folder"), root.join("linked-folder")).unwrap();
    symlink(outside.join("gone.txt"), root.join("broken.md")).unwrap();
    let out = bigsoc().arg("classify").arg(&root).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        relative_paths(&out.stdout, &root),
        ["a.txt", "linked-folder/inner.txt", "linked.txt"]
    );
    symlink(outside.join("gone.txt"), root.join("broken.txt")).unwrap();
    let out = bigsoc().arg("classify").arg(&root).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        format!(
            "bigsoc: {}: broken symbolic link: its target {} does not exist\n",
            root.join("broken.txt").display(),
            outside.join("gone.txt").display()
        )
    );
    assert_eq!(documents(&out.stdout).len(), 3);
}

/// A named pipe met in a walk is named in a warning and not opened:
/// reading one that nobody writes to would block for ever.
#[cfg(unix)]
#[test]
fn a_named_pipe_in_a_walked_folder_is_named_and_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("corpus");
    fs::create_dir_all(root.join("only")).unwrap();
    fs::write(root.join("a.txt"), "The Big Society is a triumph.").unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(root.join("pipe.txt"))
        .arg(root.join("only/pipe.txt"))
        .arg(root.join("pipe.md"))
        .status();
    if !made.is_ok_and(|s| s.success()) {
        println!("skipped: mkfifo is not available here");
        return;
    }
    let skipped = |path: &Path| {
        format!(
            "bigsoc: {}: warning: skipped: a named pipe (FIFO), not a regular file; \
             name it on the command line to read it\n",
            path.display()
        )
    };
    let out = bigsoc()
        .arg("classify")
        .arg(&root)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(relative_paths(&out.stdout, &root), ["a.txt"]);
    // Only the pipes with a taken extension are named, once each.
    assert_eq!(
        stderr_of(&out),
        format!(
            "{}{}",
            skipped(&root.join("only/pipe.txt")),
            skipped(&root.join("pipe.txt"))
        )
    );
    // A folder whose only .txt is a pipe: the pipe is named, and there is
    // no second warning that nothing was found.
    let out = bigsoc()
        .arg("classify")
        .arg(root.join("only"))
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert_eq!(stderr_of(&out), skipped(&root.join("only/pipe.txt")));
}

#[test]
fn a_folder_with_nothing_to_take_is_named_in_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    fs::create_dir(&empty).unwrap();
    let notes = dir.path().join("notes");
    fs::create_dir_all(notes.join("deeper")).unwrap();
    fs::write(notes.join("deeper/a.md"), "Markdown.").unwrap();
    let out = run_in(dir.path(), &["classify", "empty/", "notes"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert_eq!(
        stderr_of(&out),
        "bigsoc: empty/: warning: no .txt files found (choose extensions with --ext)\n\
         bigsoc: notes: warning: no .txt files found (choose extensions with --ext)\n"
    );
    // The warning names every extension looked for; none when one is found.
    let out = run_in(
        dir.path(),
        &["classify", "--ext", "txt,html,md", "empty", "notes"],
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(documents(&out.stdout).len(), 1);
    assert_eq!(
        stderr_of(&out),
        "bigsoc: empty: warning: no .txt, .html or .md files found \
         (choose extensions with --ext)\n"
    );
    // An empty JSON array, as ever when there is nothing.
    let out = run_in(dir.path(), &["classify", "--format", "json", "empty"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
}

#[test]
fn a_folder_whose_only_files_are_hidden_says_so_in_its_warning() {
    let dir = tempfile::tempdir().unwrap();
    // Hidden files and folders that hold a .txt file: --hidden would help.
    fs::create_dir_all(dir.path().join("drafts/.old")).unwrap();
    fs::write(dir.path().join("drafts/.old/a.txt"), "Text.").unwrap();
    fs::write(dir.path().join("drafts/.b.txt"), "Text.").unwrap();
    // Skipped too, but holding no .txt file: not counted in the hint.
    fs::create_dir_all(dir.path().join("drafts/.git")).unwrap();
    fs::write(dir.path().join("drafts/.git/HEAD"), "ref").unwrap();
    // A hidden folder without one (a .git), and a hidden file of another
    // extension: --hidden would not help, so the usual hint stays.
    fs::create_dir_all(dir.path().join("notes/.git")).unwrap();
    fs::write(dir.path().join("notes/.git/HEAD"), "ref").unwrap();
    fs::write(dir.path().join("notes/.c.md"), "Text.").unwrap();
    let out = run_in(dir.path(), &["classify", "drafts", "notes"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert_eq!(
        stderr_of(&out),
        "bigsoc: drafts: warning: no .txt files found \
         (2 hidden entries hold some: walk them with --hidden)\n\
         bigsoc: notes: warning: no .txt files found (choose extensions with --ext)\n"
    );
    let out = run_in(dir.path(), &["classify", "--hidden", "drafts"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(documents(&out.stdout).len(), 2);
    assert!(out.stderr.is_empty());
}

#[test]
fn a_file_given_more_than_once_is_read_once_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("corpus")).unwrap();
    fs::write(dir.path().join("corpus/a.txt"), "The Big Society.").unwrap();
    fs::write(dir.path().join("corpus/b.txt"), "The Big Society.").unwrap();
    let out = run_in(
        dir.path(),
        &["classify", "corpus/b.txt", "corpus", "./corpus/b.txt"],
    );
    assert_eq!(out.status.code(), Some(0));
    let paths: Vec<String> = documents(&out.stdout)
        .iter()
        .map(|d| d.path.clone())
        .collect();
    // Where it first comes: b named first, then the folder gives a.
    assert_eq!(paths, ["corpus/b.txt", "corpus/a.txt"]);
    assert_eq!(
        stderr_of(&out),
        "bigsoc: corpus/b.txt: warning: given more than once, read once \
         (and 1 more file like it)\n"
    );
    // Reached again by a symbolic link: named as the same file.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("a.txt", dir.path().join("corpus/link.txt")).unwrap();
        let out = run_in(dir.path(), &["classify", "corpus"]);
        assert_eq!(documents(&out.stdout).len(), 2);
        let err = stderr_of(&out);
        assert!(
            err.contains(
                "bigsoc: corpus/link.txt: warning: the same file as corpus/a.txt, read once\n"
            ),
            "{err}"
        );
        assert_eq!(out.status.code(), Some(0));
        fs::remove_file(dir.path().join("corpus/link.txt")).unwrap();
    }
    // A folder twice: one warning for all its files.
    let out = run_in(dir.path(), &["classify", "corpus", "corpus/"]);
    assert_eq!(documents(&out.stdout).len(), 2);
    assert_eq!(
        stderr_of(&out),
        "bigsoc: corpus/a.txt: warning: given more than once, read once \
         (and 1 more file like it)\n"
    );
}

/// Runs `bigsoc ARGS` in `dir`.
fn run_in(dir: &Path, args: &[&str]) -> std::process::Output {
    bigsoc().current_dir(dir).args(args).output().unwrap()
}

/// More than the 1 MiB stream threshold of text.
fn over_threshold() -> String {
    "The Big Society is a cover for cuts.\n\n".repeat((1 << 20) / 38 + 10)
}

/// `classify ARGS` with `TMPDIR` set to `tmpdir` (and `stdin`), against
/// the same run with the usual temporary folder: the exit status, whether
/// the output is the same, and stderr.
fn classify_with_tmpdir(args: &[&Path], tmpdir: &Path, stdin: &str) -> (Option<i32>, bool, String) {
    let run = |tmpdir: Option<&Path>| {
        let mut cmd = bigsoc();
        cmd.arg("classify").args(args).write_stdin(stdin);
        if let Some(dir) = tmpdir {
            cmd.env("TMPDIR", dir);
        }
        cmd.output().unwrap()
    };
    let usual = run(None);
    assert_eq!(usual.status.code(), Some(0), "{}", stderr_of(&usual));
    let out = run(Some(tmpdir));
    let same = !out.stdout.is_empty() && out.stdout == usual.stdout;
    (out.status.code(), same, stderr_of(&out))
}

#[cfg(unix)]
#[test]
fn without_a_temporary_folder_large_input_is_classified_in_memory() {
    // Past the stream threshold, classify spools through the temporary
    // folder; when it takes no file, standard input and a large file are
    // still classified (as explain and report read them), with the same
    // output and one warning naming the folder.
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nonexistent");
    assert_eq!(
        classify_with_tmpdir(&[Path::new("-")], &missing, &over_threshold()),
        (
            Some(0),
            true,
            format!(
                "bigsoc: -: warning: cannot create a temporary file in {}: no such file or \
                 directory; read standard input into memory instead\n",
                missing.display()
            )
        )
    );
    let out = bigsoc()
        .args(["explain", "-"])
        .env("TMPDIR", &missing)
        .write_stdin(over_threshold())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    // A temporary "folder" that is a file, and a large file's spool.
    let file = dir.path().join("a-file");
    fs::write(&file, "").unwrap();
    let big = dir.path().join("big.txt");
    fs::write(&big, over_threshold()).unwrap();
    let (code, same, err) = classify_with_tmpdir(&[&big], &file, "");
    assert_eq!((code, same), (Some(0), true), "{err}");
    let prefix = format!(
        "bigsoc: {}: warning: cannot create a temporary file in {}: ",
        big.display(),
        file.display()
    );
    assert!(
        err.starts_with(&prefix)
            && err.ends_with("; held the output in memory instead\n")
            && err.lines().count() == 1,
        "{err}"
    );
}

/// A file name with a line feed, a tab and an escape sequence in it.
const HOSTILE: &str = "no\nsuch\t\u{1b}[31m.txt";
/// How bigsoc shows it: on one line, nothing sent to the terminal.
const HOSTILE_SHOWN: &str = "no\\nsuch\\t\\u{1b}[31m.txt";

#[test]
fn a_missing_name_with_control_characters_is_shown_escaped_on_one_line() {
    let out = bigsoc().args(["classify", HOSTILE]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        format!("bigsoc: {HOSTILE_SHOWN}: no such file or directory\n")
    );
}

#[cfg(unix)]
#[test]
fn names_with_control_characters_are_escaped_in_messages_text_and_tsv() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    if fs::write(root.join(HOSTILE), "The Big Society is a triumph.").is_err() {
        println!("skipped: this file system refuses such names");
        return;
    }
    let run = |args: &[&str]| {
        bigsoc()
            .current_dir(root)
            .args(args)
            .env_remove("NO_COLOR")
            .output()
            .unwrap()
    };
    let out = run(&["classify", "--format", "text", "--color", "never", HOSTILE]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().next(), Some(HOSTILE_SHOWN), "{text}");
    let out = run(&["classify", "--format", "tsv", HOSTILE]);
    let tsv = String::from_utf8(out.stdout).unwrap();
    let row: Vec<&str> = tsv.lines().nth(1).unwrap().split('\t').collect();
    assert_eq!(row[0], HOSTILE_SHOWN, "{tsv:?}");
    assert_eq!(row.len(), 8);
    // JSON keeps the name as it is (JSON escaping makes it safe).
    let out = run(&["classify", HOSTILE]);
    assert_eq!(documents(&out.stdout)[0].path, HOSTILE);
    // A warning about a folder (given when listing inputs), and one about
    // a file (when reading it), stay on one line.
    let binary = format!("{HOSTILE}.bin.txt");
    fs::write(root.join(&binary), b"\0\0").unwrap();
    let folder = "empty\n\u{1b}[2J";
    fs::create_dir(root.join(folder)).unwrap();
    let out = run(&["classify", &binary, folder]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stderr_of(&out),
        format!(
            "bigsoc: empty\\n\\u{{1b}}[2J: warning: no .txt files found (choose extensions \
             with --ext)\n\
             bigsoc: {HOSTILE_SHOWN}.bin.txt: warning: skipped: binary file (NUL byte in \
             the first 8 KiB)\n"
        )
    );
}

#[test]
fn standard_input_named_twice_is_a_usage_error() {
    for args in [
        &["classify", "-", "-"][..],
        &["classify", "--format", "tsv", "-", "README.md", "-"],
    ] {
        let out = bigsoc()
            .current_dir(common::root())
            .args(args)
            .write_stdin("The Big Society is a triumph.")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(
            stderr_of(&out),
            "bigsoc: -: given more than once; standard input can be read only once\n"
        );
    }
    let out = bigsoc()
        .args(["classify", "-"])
        .write_stdin("The Big Society is a triumph.")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(documents(&out.stdout).len(), 1);
}

#[test]
fn standard_input_under_another_name_counts_as_dash() {
    // `/dev/stdin` and `-` read one pipe: the second document would be
    // silently empty, so it is the same usage error as `- -`.
    let run = |args: &[&str]| {
        bigsoc()
            .current_dir(common::root())
            .args(args)
            .write_stdin("The Big Society is a triumph.")
            .output()
            .unwrap()
    };
    for (args, message) in [
        (
            &["classify", "/dev/stdin", "-"][..],
            "-: reads standard input, as /dev/stdin does",
        ),
        (
            &["report", "-o", "-", "-", "/dev/fd/0"],
            "/dev/fd/0: reads standard input, as - does",
        ),
        (
            &["classify", "/proc/self/fd/0", "README.md", "/dev/stdin"],
            "/dev/stdin: reads standard input, as /proc/self/fd/0 does",
        ),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(
            stderr_of(&out),
            format!("bigsoc: {message}; standard input can be read only once\n")
        );
    }
    // Another path to the same pipe is found by what it opens.
    if cfg!(target_os = "linux") {
        let out = run(&["classify", "-", "/proc/self/fd/../fd/0"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr_of(&out).starts_with("bigsoc: /proc/self/fd/../fd/0: reads standard input"),
            "{}",
            stderr_of(&out)
        );
    }
    // One name for it alone is read as before.
    let out = run(&["classify", "/dev/stdin"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(documents(&out.stdout)[0].counts.pro, 1);
}

#[test]
fn readme_lists_every_test_file() {
    let readme = fs::read_to_string(common::root().join("README.md")).unwrap();
    let development = readme
        .split("## Development")
        .nth(1)
        .expect("a Development section");
    for entry in fs::read_dir(common::root().join("tests")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".rs") {
            assert!(
                development.contains(&format!("`tests/{name}`")),
                "README's Development section does not list tests/{name}"
            );
        }
    }
}

#[test]
fn readme_pagers_get_colour_asked_for() {
    // Colour is off when standard output is a pipe, so an example piping
    // the text format into `less -R` must ask for it.
    let readme = fs::read_to_string(common::root().join("README.md")).unwrap();
    let pagers: Vec<&str> = readme.lines().filter(|l| l.contains("| less -R")).collect();
    assert!(!pagers.is_empty());
    for line in pagers {
        assert!(line.contains("--color always"), "{line}");
    }
}

#[test]
fn every_help_example_is_one_line_that_pastes_whole() {
    // clap wraps help text to the terminal (100 columns off one): an
    // example longer than that breaks mid-command when pasted.
    let pages: &[&[&str]] = &[
        &["--help"],
        &["classify", "--help"],
        &["eval", "--help"],
        &["explain", "--help"],
        &["diff", "--help"],
        &["report", "--help"],
        &["completions", "--help"],
        &["man", "--help"],
    ];
    for args in pages {
        let out = bigsoc().args(*args).output().unwrap();
        let help = String::from_utf8(out.stdout).unwrap();
        let examples = help
            .split("Examples:\n")
            .nth(1)
            .unwrap_or_else(|| panic!("{args:?} has no examples"));
        for line in examples.lines().take_while(|l| !l.is_empty()) {
            let start = line.trim_start().split(' ').next().unwrap_or("");
            assert!(
                line.starts_with("  ") && ["bigsoc", "cat", "git", "#"].contains(&start),
                "{args:?}: a line that is not a whole command: {line:?}"
            );
        }
    }
    let out = bigsoc().args(["diff", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(
        help.lines()
            .any(|l| l == "  bigsoc diff --base /tmp/base/lexicons --lexicons lexicons/ corpus/"),
        "{help}"
    );
}
