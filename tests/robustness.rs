//! Robustness: every class of bad or odd input gets a clear message naming
//! it, the other inputs are still classified, nothing is lost and nothing
//! panics. The cases already covered in `cli.rs` (a missing file, a folder
//! with a link loop, BOM and CRLF, a binary file, empty stdin, a closed
//! pipe, a full device) are not repeated here.

mod common;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::sync::Arc;
use std::time::Duration;

use bigsoc::cmd::classify::{Config, Notices, STREAM_THRESHOLD, classify};
use bigsoc::output::Shape;
use bigsoc::read::{Source, Walk, expand};
use bigsoc::score::Scorer;
use common::{Counts, Document, bigsoc, documents, lexicon_copy, records_without_path, stderr_of};

fn classify_paths(paths: &[&Path]) -> std::process::Output {
    bigsoc()
        .arg("classify")
        .args(paths)
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap()
}

fn texts(doc: &Document) -> Vec<&str> {
    doc.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

/// Runs the library's `classify` on `sources` and returns its output.
/// Runs the library's classify: its output, whether an input failed, and
/// the warnings and errors it reported (collected, not printed).
fn classify_lib(
    sources: &[Source],
    shape: Shape,
    threads: usize,
    stream: u64,
) -> (Vec<u8>, bool, Vec<String>) {
    let notices = Arc::new(std::sync::Mutex::new(Vec::new()));
    let config = Config {
        sources: sources.to_vec(),
        shape,
        threads,
        scorer: Arc::new(Scorer::new(bigsoc::lexicon::embedded().clone())),
        stream_threshold: stream,
        notices: Notices::Collect(Arc::clone(&notices)),
    };
    let mut out = Vec::new();
    let failed = classify(&config, &mut out).unwrap();
    let notices = notices.lock().unwrap().clone();
    (out, failed, notices)
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_named_and_the_rest_go_on() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    fs::write(&good, "Fine.").unwrap();
    // A path through a regular file cannot be opened by anyone, root
    // included.
    let through = good.join("inner.txt");
    let out = classify_paths(&[&through, &good]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        format!(
            "bigsoc: {}: part of the path is not a folder\n",
            through.display()
        )
    );
    assert_eq!(documents(&out.stdout).len(), 1);

    let locked = dir.path().join("locked.txt");
    fs::write(&locked, "Secret.").unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&locked).is_ok() {
        println!("skipped the permission-denied case: running as root, which reads any file");
        return;
    }
    let out = classify_paths(&[&locked, &good]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        format!("bigsoc: {}: permission denied\n", locked.display())
    );
    assert_eq!(documents(&out.stdout).len(), 1);
}

#[cfg(unix)]
#[test]
fn a_file_link_loop_and_a_dangling_link_in_a_folder_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("a.txt"), "Aye.").unwrap();
    std::os::unix::fs::symlink(root.join("loop2.txt"), root.join("loop1.txt")).unwrap();
    std::os::unix::fs::symlink(root.join("loop1.txt"), root.join("loop2.txt")).unwrap();
    std::os::unix::fs::symlink(root.join("gone"), root.join("dangling.txt")).unwrap();
    let out = classify_paths(&[root]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    for name in ["dangling.txt", "loop1.txt", "loop2.txt"] {
        let path = root.join(name);
        assert!(
            err.lines()
                .any(|l| l.starts_with(&format!("bigsoc: {}: ", path.display()))),
            "{name} not named in: {err}"
        );
    }
    assert_eq!(err.lines().count(), 3, "{err}");
    let docs = documents(&out.stdout);
    assert_eq!(docs.len(), 1);
    assert!(docs[0].path.ends_with("a.txt"));
}

#[test]
fn empty_and_whitespace_only_files_are_records_with_no_paragraphs() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    fs::write(&empty, "").unwrap();
    let blank = dir.path().join("blank.txt");
    fs::write(&blank, " \n\t\r\n\u{a0}\u{2003}\n\n").unwrap();
    let out = classify_paths(&[&empty, &blank]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(out.stderr.is_empty());
    let docs = documents(&out.stdout);
    assert_eq!(docs.len(), 2);
    for d in &docs {
        assert!(d.paragraphs.is_empty());
        assert_eq!(d.counts, Counts::default());
        assert_eq!(d.stance, "neutral");
    }
    // --flat prints nothing for them, and that is still success.
    let out = bigsoc()
        .args(["classify", "--flat"])
        .args([&empty, &blank])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

#[test]
fn line_ends_of_every_kind_and_no_final_newline() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8]); 4] = [
        ("lf_no_final.txt", b"One\ntwo\n\nThree"),
        ("crlf.txt", b"One\r\ntwo\r\n\r\nThree\r\n"),
        ("cr.txt", b"One\rtwo\r\rThree\r"),
        ("mixed.txt", b"One\r\ntwo\r\n\rThree"),
    ];
    let mut paths = Vec::new();
    for (name, bytes) in cases {
        let p = dir.path().join(name);
        fs::write(&p, bytes).unwrap();
        paths.push(p);
    }
    let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    let out = classify_paths(&refs);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    for d in documents(&out.stdout) {
        assert_eq!(texts(&d), vec!["One\ntwo", "Three"], "{}", d.path);
        let p = &d.paragraphs;
        assert_eq!((p[0].start_line, p[0].end_line), (1, 2), "{}", d.path);
        assert_eq!((p[1].start_line, p[1].end_line), (4, 4), "{}", d.path);
        // Offsets are into the decoded text, where every line end is one
        // byte.
        assert_eq!((p[0].byte_start, p[0].byte_end), (0, 7), "{}", d.path);
        assert_eq!((p[1].byte_start, p[1].byte_end), (9, 14), "{}", d.path);
    }
}

#[test]
fn windows_1252_is_decoded_right_and_the_first_bad_line_named() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("cp1252.txt");
    // Lone CR line ends, as old Mac editors wrote: the bad byte is on line 3.
    fs::write(
        &p,
        b"Plain title\r\rThe \x93Big Society\x94 \x97 na\xefve caf\xe9s, \x85 \x80 5 \x96 it\x92s\r",
    )
    .unwrap();
    let out = classify_paths(&[&p]);
    assert_eq!(out.status.code(), Some(0));
    let docs = documents(&out.stdout);
    assert_eq!(
        docs[0].paragraphs[1].text,
        "The \u{201C}Big Society\u{201D} \u{2014} na\u{ef}ve caf\u{e9}s, \u{2026} \u{20AC} 5 \u{2013} it\u{2019}s"
    );
    assert_eq!(
        stderr_of(&out),
        format!(
            "bigsoc: {}: warning: line 3: not valid UTF-8; decoded as Windows-1252\n",
            p.display()
        )
    );
}

#[test]
fn bytes_that_are_neither_utf8_nor_windows_1252_become_replacement_characters() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("junk.txt");
    fs::write(&p, b"Good line\n\nbad \x81 and \x8d\x8f\x90\x9d here\n").unwrap();
    let out = classify_paths(&[&p]);
    assert_eq!(out.status.code(), Some(0));
    let docs = documents(&out.stdout);
    assert_eq!(
        docs[0].paragraphs[1].text,
        "bad \u{FFFD} and \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} here"
    );
    let err = stderr_of(&out);
    assert!(
        err.starts_with(&format!("bigsoc: {}: warning: line 3: ", p.display())),
        "{err}"
    );
    assert!(err.contains("5 undefined byte(s)"), "{err}");
}

/// Classifies a file holding `sentence` repeated to 10 MB on one line.
fn check_10_mb_line(sentence: &str, timeout: Duration) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("long.txt");
    let n = 10 * 1024 * 1024 / sentence.len() + 1;
    let line = sentence.repeat(n);
    fs::write(&p, &line).unwrap();
    let out = bigsoc()
        .arg("classify")
        .arg(&p)
        .timeout(timeout)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let docs = documents(&out.stdout);
    let para = &docs[0].paragraphs;
    assert_eq!(para.len(), 1);
    assert_eq!((para[0].start_line, para[0].end_line), (1, 1));
    assert_eq!(para[0].byte_end, line.trim_end().len());
    assert_eq!(para[0].text, line.trim_end());
}

#[test]
fn a_single_10_mb_line_is_one_paragraph() {
    check_10_mb_line(
        "Volunteers ran the library; the council, \u{201C}sadly\u{201D}, did not. Caf\u{e9}? ",
        Duration::from_secs(300),
    );
}

/// A favourable word in quotation marks, thousands of times in one
/// sentence, each asking whether it is the writer's scare quotes.
#[test]
fn a_10_mb_sentence_of_quoted_praise_is_classified_in_reasonable_time() {
    check_10_mb_line(
        "the Big Society was a \u{201C}success\u{201D} and ",
        Duration::from_secs(300),
    );
}

#[test]
fn a_single_10_mb_line_naming_the_target_is_classified_in_reasonable_time() {
    check_10_mb_line(
        "The Big Society is a cover for cuts, \u{201C}quoted\u{201D} x\u{e9}. ",
        Duration::from_secs(300),
    );
}

#[test]
fn a_file_that_disappears_after_listing_is_named_and_the_rest_go_on() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.txt", "b.txt", "c.txt"] {
        fs::write(dir.path().join(name), format!("{name} text.")).unwrap();
    }
    let found = expand(
        &[dir.path().to_path_buf()],
        &Walk::new(&["txt".to_string()], false),
    );
    let (sources, errors) = (found.sources, found.errors);
    assert!(errors.is_empty());
    assert_eq!(sources.len(), 3);
    fs::remove_file(dir.path().join("b.txt")).unwrap();
    for stream in [u64::MAX, 0] {
        let (out, failed, notices) = classify_lib(&sources, Shape::Documents, 2, stream);
        assert!(failed, "the vanished file must count as a failure");
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0].contains("b.txt: no such file"), "{notices:?}");
        let docs = documents(&out);
        assert_eq!(docs.len(), 2);
        assert!(docs[0].path.ends_with("a.txt") && docs[1].path.ends_with("c.txt"));
    }
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_shown_lossily_in_valid_json() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let name = OsStr::from_bytes(b"caf\xe9.txt");
    let p = dir.path().join(name);
    if fs::write(&p, "The Big Society.").is_err() {
        println!("skipped: this file system refuses names that are not UTF-8");
        return;
    }
    let missing = dir.path().join(OsStr::from_bytes(b"gon\xe9.txt"));
    for (args, shape) in [
        (vec!["classify"], "documents"),
        (vec!["classify", "--flat"], "flat"),
    ] {
        let out = bigsoc()
            .args(&args)
            .arg(dir.path())
            .arg(&p)
            .arg(&missing)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{shape}");
        let stdout = String::from_utf8(out.stdout).expect("output is UTF-8");
        let lines: Vec<serde_json::Value> = stdout
            .lines()
            .map(|l| serde_json::from_str(l).expect("valid JSON"))
            .collect();
        // The folder gives the file, and so does its name: read once.
        assert_eq!(lines.len(), 1, "{shape}");
        for l in &lines {
            assert!(
                l["path"].as_str().unwrap().ends_with("caf\u{FFFD}.txt"),
                "{l}"
            );
        }
        let err = stderr_of(&std::process::Output {
            status: out.status,
            stdout: Vec::new(),
            stderr: out.stderr,
        });
        assert!(err.starts_with("bigsoc: ") && err.contains("gon\u{FFFD}.txt: no such file"));
        assert!(
            err.contains("caf\\xe9.txt: warning: given more than once")
                || err.contains("caf\u{FFFD}.txt: warning: given more than once"),
            "{err}"
        );
    }
}

#[test]
fn every_error_message_starts_with_bigsoc_and_names_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    fs::write(&good, "The Big Society is a triumph.").unwrap();
    let binary = dir.path().join("bin.txt");
    fs::write(&binary, b"\x89PNG\r\n\0\0").unwrap();
    let cp = dir.path().join("cp.txt");
    fs::write(&cp, b"caf\xe9").unwrap();
    let missing = dir.path().join("missing.txt");
    let through = good.join("x.txt");
    let out = classify_paths(&[&missing, &binary, &good, &cp, &through]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    let named: Vec<&Path> = vec![&missing, &binary, &cp, &through];
    assert_eq!(err.lines().count(), named.len(), "{err}");
    for p in named {
        let prefix = format!("bigsoc: {}: ", p.display());
        assert!(err.lines().any(|l| l.starts_with(&prefix)), "{p:?}: {err}");
    }
    assert_eq!(documents(&out.stdout).len(), 2);
    // Warnings alone (a fallback decoding, a binary skip) are not failures.
    let out = classify_paths(&[&binary, &good, &cp]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr_of(&out).lines().all(|l| l.starts_with("bigsoc: ")));
}

#[test]
fn a_lexicon_folder_that_is_missing_or_not_utf8_stops_classify_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("a.txt");
    fs::write(&text, "The Big Society.").unwrap();
    // A folder that does not exist: every role file is named.
    let nowhere = dir.path().join("no-such-lexicons");
    let out = bigsoc()
        .arg("classify")
        .arg("--lexicons")
        .arg(&nowhere)
        .arg(&text)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr_of(&out);
    assert!(!err.is_empty());
    for l in err.lines() {
        assert!(
            l.starts_with(&format!("bigsoc: {}", nowhere.display())),
            "{l}"
        );
    }
    // A lexicon file that is not UTF-8: named with the line of the bad byte.
    let lex = lexicon_copy();
    let hedges = lex.path().join("hedges.txt");
    let lines = fs::read_to_string(&hedges).unwrap().lines().count();
    let mut f = fs::OpenOptions::new().append(true).open(&hedges).unwrap();
    f.write_all(b"\nperhaps\xff\n").unwrap();
    drop(f);
    let out = bigsoc()
        .arg("classify")
        .arg("--lexicons")
        .arg(lex.path())
        .arg(&text)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        stderr_of(&out),
        format!(
            "bigsoc: {}:{}: not valid UTF-8\n",
            hedges.display(),
            lines + 2
        )
    );
    // A file given where the folder belongs.
    let out = bigsoc()
        .arg("classify")
        .arg("--lexicons")
        .arg(&text)
        .arg(&text)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).starts_with(&format!("bigsoc: {}", text.display())));
}

/// A small generated article: `n` paragraphs separated by blank lines of
/// varying kinds, some with several lines.
fn article(seed: usize, n: usize) -> String {
    const SENTENCES: &[&str] = &[
        "The Big Society is a triumph of people power.",
        "Critics say the scheme is a cover for cuts.",
        "It rained in Leeds.",
        "Volunteers ran the library;\nthe council did not.",
        "\u{201C}It is not a failure,\u{201D} the minister said.",
        "Comments are closed.",
    ];
    const SEPARATORS: &[&str] = &["\n\n", "\n \n", "\n\n\n", "\r\n\r\n", "\n\u{a0}\n"];
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push_str(SEPARATORS[(seed + i) % SEPARATORS.len()]);
        }
        s.push_str(SENTENCES[(seed * 7 + i * 3) % SENTENCES.len()]);
    }
    if seed.is_multiple_of(3) {
        s.push('\n');
    }
    s
}

#[test]
fn nothing_is_lost_every_paragraph_in_is_one_record_out() {
    let dir = tempfile::tempdir().unwrap();
    let files = 3000;
    let mut expected = Vec::with_capacity(files);
    for i in 0..files {
        // 0 to 6 paragraphs, in nested folders.
        let n = (i * 13) % 7;
        let sub = dir.path().join(format!("d{:02}", i % 17));
        fs::create_dir_all(&sub).unwrap();
        fs::write(sub.join(format!("{i:05}.txt")), article(i, n)).unwrap();
        expected.push(n);
    }
    let total: usize = expected.iter().sum();
    let mut outputs = Vec::new();
    for threads in ["1", "2", "5"] {
        let out = bigsoc()
            .args(["classify", "-j", threads])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        let docs = documents(&out.stdout);
        assert_eq!(docs.len(), files, "threads {threads}");
        let got: usize = docs.iter().map(|d| d.paragraphs.len()).sum();
        assert_eq!(got, total, "threads {threads}");
        for d in &docs {
            let i: usize = Path::new(&d.path)
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .parse()
                .unwrap();
            assert_eq!(d.paragraphs.len(), expected[i], "{}", d.path);
            let c = &d.counts;
            assert_eq!(c.pro + c.sceptical + c.neutral, expected[i]);
            assert!(d.paragraphs.iter().enumerate().all(|(k, p)| p.index == k));
        }
        let flat = bigsoc()
            .args(["classify", "--flat", "-j", threads])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(flat.status.code(), Some(0));
        let lines = flat.stdout.iter().filter(|&&b| b == b'\n').count();
        assert_eq!(lines, total, "--flat, threads {threads}");
        outputs.push(out.stdout);
    }
    assert!(outputs.windows(2).all(|w| w[0] == w[1]));
}

/// Files that exercise every decoding and segmentation path.
fn tricky_files(dir: &Path) -> Vec<Source> {
    let long_paragraph = "The Big Society is a cover for cuts, \u{2018}they\u{2019} said. "
        .repeat(3000)
        .into_bytes();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty.txt", Vec::new()),
        ("blank.txt", b" \r\n\t\n".to_vec()),
        ("plain.txt", article(1, 6).into_bytes()),
        ("crlf.txt", article(2, 5).replace('\n', "\r\n").into_bytes()),
        ("cr.txt", article(4, 5).replace('\n', "\r").into_bytes()),
        (
            "bom.txt",
            [b"\xEF\xBB\xBF".as_slice(), article(5, 4).as_bytes()].concat(),
        ),
        (
            "cp1252.txt",
            b"\x93Big Society\x94 \x96 a con\r\n\r\nIt\x92s caf\xe9 \x81\n".to_vec(),
        ),
        ("binary.txt", b"abc\0def".to_vec()),
        ("long.txt", long_paragraph),
        ("no_final.txt", article(7, 6).trim_end().as_bytes().to_vec()),
        // Declared satire in the last paragraph, after the streamed
        // naming pass has its answer: both paths must still see it.
        (
            "satire.txt",
            b"Big Society to be run by a committee of pigeons\n\nA triumph, said the minister.\n\nThe Daily Pigeon is satire. All its quotes are made up.\n".to_vec(),
        ),
    ];
    cases
        .into_iter()
        .map(|(name, bytes)| {
            let p = dir.join(name);
            fs::write(&p, bytes).unwrap();
            Source::File(p)
        })
        .collect()
}

#[test]
fn streamed_files_give_byte_identical_output() {
    let dir = tempfile::tempdir().unwrap();
    let sources = tricky_files(dir.path());
    for shape in [Shape::Documents, Shape::Flat] {
        let (whole, f1, n1) = classify_lib(&sources, shape, 2, u64::MAX);
        let (streamed, f2, n2) = classify_lib(&sources, shape, 2, 0);
        assert!(!f1 && !f2);
        // The same warnings either way: the Windows-1252 line and the
        // binary file, each named.
        assert_eq!(n1, n2);
        assert_eq!(n1.len(), 2, "{n1:?}");
        assert!(n1[0].contains("cp1252.txt: warning: line 1:"), "{n1:?}");
        assert!(n1[1].contains("binary.txt: warning: skipped"), "{n1:?}");
        assert!(!whole.is_empty());
        assert!(
            String::from_utf8_lossy(&whole).contains("named on a page of satire"),
            "the satire page is read as one"
        );
        assert_eq!(
            String::from_utf8(streamed).unwrap(),
            String::from_utf8(whole).unwrap(),
            "{shape:?}"
        );
    }
}

/// Peak resident memory of a child, in KiB, read from `/proc` while it runs
/// (VmHWM only grows, so the last reading is the peak). `None` where there
/// is no `/proc`.
#[cfg(target_os = "linux")]
fn peak_rss_kib(mut cmd: StdCommand) -> Option<(u64, std::process::ExitStatus)> {
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = None;
    loop {
        if let Ok(s) = fs::read_to_string(&status_file)
            && let Some(kb) = s
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak = Some(peak.unwrap_or(0).max(kb));
        }
        if let Some(status) = child.try_wait().unwrap() {
            return peak.map(|p| (p, status));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Writes a file of about `size` bytes: real paragraphs every few hundred
/// KiB, blank lines between them (cheap to classify in a debug build, but
/// read, decoded and segmented like any text).
fn write_big_file(path: &Path, size: u64, words: bool) {
    let mut f = std::io::BufWriter::new(fs::File::create(path).unwrap());
    let para = "The Big Society is a cover for cuts, critics say; volunteers disagree.\n\n";
    let filler = if words {
        "Ministers said the Big Society would empower communities and charities.\n".repeat(4) + "\n"
    } else {
        format!("{}\n", " ".repeat(79)).repeat(4096)
    };
    let mut written = 0u64;
    while written < size {
        f.write_all(para.as_bytes()).unwrap();
        f.write_all(filler.as_bytes()).unwrap();
        written += (para.len() + filler.len()) as u64;
    }
    f.flush().unwrap();
}

#[cfg(target_os = "linux")]
fn check_big_file(size: u64, words: bool) -> u64 {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.txt");
    write_big_file(&p, size, words);
    let mut cmd = StdCommand::new(assert_cmd::cargo::cargo_bin("bigsoc"));
    cmd.arg("classify").arg(&p);
    let Some((peak, status)) = peak_rss_kib(cmd) else {
        println!("skipped: no /proc to read peak memory from");
        return 0;
    };
    assert!(status.success(), "{status}");
    println!(
        "{} MiB file: peak RSS {} MiB",
        size >> 20,
        peak as f64 / 1024.0
    );
    peak
}

#[cfg(target_os = "linux")]
#[test]
fn a_file_above_the_stream_threshold_is_classified_in_bounded_memory() {
    // Big enough that holding it whole would be plain against the few MiB
    // the process needs anyway.
    let size = (STREAM_THRESHOLD * 3).max(48 << 20);
    let peak = check_big_file(size, false);
    // Holding the file would take its size at least; streaming holds a
    // paragraph and the buffers.
    assert!(
        peak < (size >> 10) / 2,
        "peak RSS {peak} KiB for a {size}-byte file"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn standard_input_above_the_stream_threshold_is_streamed_too() {
    // Piped input cannot be read twice: past the threshold it is spilled
    // to a temporary file and streamed, with the same output as the file.
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.txt");
    let size = (STREAM_THRESHOLD * 3).max(48 << 20);
    write_big_file(&p, size, false);
    let mut cmd = StdCommand::new(assert_cmd::cargo::cargo_bin("bigsoc"));
    cmd.arg("classify")
        .arg("-")
        .stdin(fs::File::open(&p).unwrap());
    let Some((peak, status)) = peak_rss_kib(cmd) else {
        println!("skipped: no /proc to read peak memory from");
        return;
    };
    assert!(status.success(), "{status}");
    assert!(
        peak < (size >> 10) / 2,
        "peak RSS {peak} KiB for {size} bytes on standard input"
    );
    // Same records as the file gives (a smaller input, over the threshold).
    let text = "The Big Society is a cover for cuts.\n\nVolunteers disagree, and say so.\n\n"
        .repeat((STREAM_THRESHOLD as usize / 60) + 10);
    let q = dir.path().join("mid.txt");
    fs::write(&q, &text).unwrap();
    let piped = bigsoc()
        .args(["classify", "--flat", "-"])
        .write_stdin(text.clone())
        .output()
        .unwrap();
    let from_file = bigsoc()
        .args(["classify", "--flat"])
        .arg(&q)
        .output()
        .unwrap();
    assert!(piped.status.success() && from_file.status.success());
    // Every record the same but for its path.
    let (a, b) = (
        records_without_path(&piped.stdout),
        records_without_path(&from_file.stdout),
    );
    assert!(a.len() > 1000, "{} records", a.len());
    assert_eq!(a, b);
}

#[cfg(target_os = "linux")]
#[test]
#[ignore = "writes and classifies a 1 GB file: minutes, even in release"]
fn a_1_gb_file_is_classified_in_bounded_memory() {
    let peak = check_big_file(1 << 30, true);
    assert!(peak < 256 * 1024, "peak RSS {peak} KiB");
}

#[cfg(target_os = "linux")]
#[test]
#[ignore = "classifies 50 MB and 250 MB files of text: slow in a debug build"]
fn memory_does_not_grow_with_file_size() {
    let small = check_big_file(50 << 20, true);
    let large = check_big_file(250 << 20, true);
    assert!(
        large as f64 <= small as f64 * 1.3,
        "{small} KiB for 50 MB, {large} KiB for 250 MB"
    );
}
