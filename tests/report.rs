//! `bigsoc report`: the HTML page, its escaping, `--from`, and the page in a
//! real browser (headless Chromium, when installed).

mod common;

use std::ffi::OsStr;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use common::{fixtures, json_lines, stderr_of};

/// How long one run of bigsoc may take before the test fails.
const BIGSOC_TIMEOUT: Duration = Duration::from_secs(60);

/// How long one headless Chromium run may take before it is killed and the
/// test fails: a hung browser must not hang CI. A run takes 1-3 s.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(60);

/// Set (by `.ci/run`) to make a missing browser a failure, not a skip.
const REQUIRE_BROWSER: &str = "BIGSOC_REQUIRE_BROWSER";

/// The binary, with a time limit.
fn bigsoc() -> Command {
    let mut cmd = common::bigsoc();
    cmd.timeout(BIGSOC_TIMEOUT);
    cmd
}

/// The fixture articles that are text files; there must be some.
fn articles() -> Vec<PathBuf> {
    let v: Vec<PathBuf> = common::articles()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    assert!(!v.is_empty());
    v
}

fn hostile() -> PathBuf {
    fixtures().join("report/hostile.txt")
}

/// Paragraph counts (pro, sceptical, neutral) of one document record.
type Counts = (u64, u64, u64);

fn counts_of(doc: &serde_json::Value) -> Counts {
    let c = &doc["counts"];
    (
        c["pro"].as_u64().unwrap(),
        c["sceptical"].as_u64().unwrap(),
        c["neutral"].as_u64().unwrap(),
    )
}

/// `bigsoc classify` output for `paths`, as text and as parsed records.
fn classify(paths: &[PathBuf]) -> (String, Vec<serde_json::Value>) {
    let out = bigsoc().arg("classify").args(paths).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let docs = json_lines(&text);
    (text, docs)
}

fn total(docs: &[serde_json::Value]) -> Counts {
    docs.iter()
        .map(counts_of)
        .fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2))
}

/// The sentence the page gives the corpus totals in, as HTML.
fn totals_html(t: Counts, documents: usize) -> String {
    format!(
        "<b>{}</b> pro · <b>{}</b> sceptical · <b>{}</b> neutral paragraphs in <b>{documents}</b> documents",
        t.0, t.1, t.2
    )
}

/// The same sentence as text.
fn totals_text(t: Counts, documents: usize) -> String {
    format!(
        "{} pro · {} sceptical · {} neutral paragraphs in {documents} documents",
        t.0, t.1, t.2
    )
}

/// A document view's count line, as text.
fn doc_counts_text(c: Counts) -> String {
    format!(
        "{} paragraphs: {} pro · {} sceptical · {} neutral",
        c.0 + c.1 + c.2,
        c.0,
        c.1,
        c.2
    )
}

/// Writes a report of `args` into `dir` and returns its path and text.
fn report(dir: &Path, name: &str, args: &[&OsStr]) -> (PathBuf, String) {
    let out = dir.join(name);
    bigsoc()
        .arg("report")
        .args(args)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr("");
    let html = fs::read_to_string(&out).unwrap();
    (out, html)
}

/// Runs a report of `args` into `out` that must exit 2, and returns its
/// standard error.
fn report_exit_2(args: &[&OsStr], out: &Path) -> String {
    let assert = bigsoc()
        .arg("report")
        .args(args)
        .arg("-o")
        .arg(out)
        .assert()
        .code(2);
    stderr_of(assert.get_output())
}

fn os(paths: &[PathBuf]) -> Vec<&OsStr> {
    paths.iter().map(|p| p.as_os_str()).collect()
}

/// The text of an HTML page: tags dropped, the five escapes decoded.
fn text_of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Nothing in the page reaches outside it: no URL, no `src`, no CSS `url()`
/// or `@import`, and every link an anchor in the page. Input text is
/// escaped, so every literal `<` opens one of the page's own tags.
fn assert_self_contained(html: &str) {
    assert!(!html.contains("http://"), "page names an http:// resource");
    assert!(
        !html.contains("https://"),
        "page names an https:// resource"
    );
    assert!(!html.contains("url("), "page loads something from CSS");
    assert!(!html.contains("@import"));
    for tag in html.split('<').skip(1) {
        // Attribute values are double-quoted and hold no `"`, so the pieces
        // between quotes alternate: markup, value, markup, value...
        let pieces: Vec<&str> = tag.split('"').collect();
        for (k, piece) in pieces.iter().enumerate().step_by(2) {
            let end = piece.find('>');
            let markup = &piece[..end.unwrap_or(piece.len())];
            assert!(!markup.contains(" src="), "a tag with src: <{tag}");
            if markup.ends_with(" href=") {
                let target = pieces.get(k + 1).copied().unwrap_or_default();
                assert!(
                    target.starts_with('#') || target.starts_with("data:"),
                    "a link out of the page: {target}"
                );
            }
            if end.is_some() {
                break;
            }
        }
    }
}

#[test]
fn report_of_the_fixtures_has_names_counts_and_nothing_external() {
    let dir = tempfile::tempdir().unwrap();
    let paths = articles();
    let (_, docs) = classify(&paths);
    let (_, html) = report(dir.path(), "report.html", &os(&paths));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains(&totals_html(total(&docs), docs.len())));
    let text = text_of(&html);
    for (path, doc) in paths.iter().zip(&docs) {
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(text.contains(name), "{name} missing");
        // The document view has the full path and its counts.
        let full = path.to_str().unwrap();
        let view = text.split(full).nth(1).unwrap_or_default();
        assert!(
            view.contains(&doc_counts_text(counts_of(doc))),
            "counts of {full} missing"
        );
        // One strip cell per paragraph.
        let n = doc["paragraphs"].as_array().unwrap().len();
        for m in 0..n {
            let anchor = format!(
                "href=\"#doc-{}-p-{m}\"",
                1 + paths.iter().position(|p| p == path).unwrap()
            );
            assert!(html.contains(&anchor), "{anchor} missing");
        }
    }
    assert_self_contained(&html);
    assert_eq!(html.matches("<script").count(), 1, "one script: the sorter");
}

#[test]
fn hostile_text_and_names_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let (_, html) = report(dir.path(), "hostile.html", &[hostile().as_os_str()]);
    assert!(html.contains("alert(1)"));
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("<script>document"));
    assert!(!html.contains("<img"));
    assert!(!html.contains("<svg"));
    assert!(!html.contains("<style>body"));
    assert!(!html.contains("<!-- a comment"));
    assert!(!html.contains("' onmouseover='"));
    assert_eq!(html.matches("<script").count(), 1);
    assert_eq!(html.matches("<style").count(), 1);
    assert!(html.contains("&lt;script&gt;document.documentElement"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=&quot;x&quot; onerror="));
    assert!(html.contains("&#39; onmouseover=&#39;alert(3)&#39;"));
    assert!(html.contains("Tea &amp; biscuits"));
    assert_self_contained(&html);

    // Names and evidence terms go into attributes too: make them hostile.
    let (saved, _) = classify(&[hostile()]);
    let mut doc: serde_json::Value = serde_json::from_str(saved.trim()).unwrap();
    doc["path"] = "\"><img src=x onerror=alert(5)>'.txt".into();
    doc["paragraphs"][0]["evidence"][0]["term"] = "<b onclick=\"alert(6)\">hails</b>".into();
    let from = dir.path().join("hostile.jsonl");
    fs::write(&from, format!("{doc}\n")).unwrap();
    let (_, html) = report(
        dir.path(),
        "hostile-names.html",
        &["--from".as_ref(), from.as_os_str()],
    );
    assert!(!html.contains("<img"));
    assert!(!html.contains("<b onclick"));
    assert!(html.contains("data-name=\"&quot;&gt;&lt;img src=x onerror=alert(5)&gt;&#39;.txt\""));
    assert!(html.contains("&lt;b onclick=&quot;alert(6)&quot;&gt;hails&lt;/b&gt;"));
}

#[test]
fn from_saved_output_gives_the_same_report() {
    let dir = tempfile::tempdir().unwrap();
    let paths = articles();
    let (saved, docs) = classify(&paths);
    let from = dir.path().join("results.jsonl");
    fs::write(&from, &saved).unwrap();
    let (_, direct) = report(dir.path(), "direct.html", &os(&paths));
    let (_, replay) = report(
        dir.path(),
        "replay.html",
        &["--from".as_ref(), from.as_os_str()],
    );
    let totals = totals_html(total(&docs), docs.len());
    assert!(direct.contains(&totals));
    assert!(replay.contains(&totals));
    assert_eq!(direct, replay, "a saved run renders the same page");

    // `--from -` reads standard input; `-o -` writes standard output.
    let out = bigsoc()
        .args(["report", "--from", "-", "-o", "-"])
        .write_stdin(saved.clone())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), direct);

    // A byte-order mark is skipped, and a run saved twice is read once,
    // with a warning: the page is the same.
    let twice = format!("\u{feff}{saved}{saved}");
    let out = bigsoc()
        .args(["report", "--from", "-", "-o", "-"])
        .write_stdin(twice)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), direct);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("is there more than once with the same results; read once"),
        "{stderr}"
    );

    // UTF-16 is named once, and nothing is read.
    let utf16: Vec<u8> = saved.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let out = bigsoc()
        .args(["report", "--from", "-", "-o", "-"])
        .write_stdin([&[0xff, 0xfe][..], &utf16].concat())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.matches("UTF-16").count(), 1, "{stderr}");
}

#[test]
fn from_saved_output_keeps_different_documents_that_share_a_path() {
    // Two runs on standard input, saved together: two documents named "-".
    let run = |text: &str| {
        let out = bigsoc()
            .args(["classify", "-"])
            .write_stdin(text)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    let sham = run("The Big Society is a sham.\n");
    let triumph = run("The Big Society is a triumph.\n");
    let two = format!("{sham}{triumph}");
    let from = |saved: &str| {
        let out = bigsoc()
            .args(["report", "--from", "-", "-o", "-"])
            .write_stdin(saved.to_string())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        (
            String::from_utf8(out.stdout.clone()).unwrap(),
            stderr_of(&out),
        )
    };
    let (html, stderr) = from(&two);
    assert!(html.contains("The Big Society is a sham."), "sham missing");
    assert!(
        html.contains("The Big Society is a triumph."),
        "triumph missing"
    );
    assert!(html.contains("in <b>2</b> documents"));
    assert_eq!(
        stderr,
        "bigsoc: -: warning: 2 documents with different results are named -; each is shown\n"
    );
    // The same two saved twice: each is read once, and the page is the same.
    let (again, stderr) = from(&format!("{two}{two}"));
    assert_eq!(again, html);
    assert!(
        stderr.contains(
            "bigsoc: -: warning: - is there more than once with the same results; read once\n"
        ),
        "{stderr}"
    );
}

/// Two files whose names are not UTF-8 and print alike ("caf\u{FFFD}.txt")
/// are two documents in saved output, as they are when classified again.
#[cfg(unix)]
#[test]
fn from_saved_output_keeps_files_whose_names_print_alike() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    for (name, text) in [
        (&b"caf\xe9.txt"[..], "The Big Society is a sham."),
        (&b"caf\xe8.txt"[..], "The Big Society is a triumph."),
    ] {
        if fs::write(corpus.join(OsStr::from_bytes(name)), text).is_err() {
            println!("skipped: this file system refuses names that are not UTF-8");
            return;
        }
    }
    let (saved, docs) = classify(std::slice::from_ref(&corpus));
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["path"], docs[1]["path"]);
    let from = dir.path().join("results.jsonl");
    fs::write(&from, &saved).unwrap();
    let (_, direct) = report(dir.path(), "direct.html", &[corpus.as_os_str()]);
    let out = dir.path().join("replay.html");
    let assert = bigsoc()
        .arg("report")
        .arg("--from")
        .arg(&from)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let stderr = stderr_of(assert.get_output());
    assert!(
        stderr.contains("2 documents with different results are named"),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(&out).unwrap(), direct);
}

#[test]
fn a_title_names_the_page_and_an_empty_one_gives_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let paths = articles();
    let args = |title: Option<&'static str>| {
        let mut v = os(&paths);
        if let Some(t) = title {
            v.extend([OsStr::new("--title"), OsStr::new(t)]);
        }
        v
    };
    let (_, plain) = report(dir.path(), "plain.html", &args(None));
    assert!(plain.contains("<title>bigsoc report</title>"));
    assert!(plain.contains("<h1>bigsoc report</h1>"));
    for empty in ["", "  "] {
        let (_, page) = report(dir.path(), "empty.html", &args(Some(empty)));
        assert_eq!(page, plain, "--title {empty:?}");
    }
    let (_, named) = report(dir.path(), "named.html", &args(Some("Corpus <A>")));
    assert!(named.contains("<title>Corpus &lt;A&gt;</title>"));
    assert!(named.contains("<h1>Corpus &lt;A&gt;</h1>"));
}

#[test]
fn an_unreadable_input_is_named_and_the_rest_reported() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.html");
    let good = &articles()[0];
    let missing = dir.path().join("missing.txt");
    let stderr = report_exit_2(&[good.as_os_str(), missing.as_os_str()], &out);
    assert!(
        stderr.starts_with(&format!("bigsoc: {}: ", missing.display())),
        "{stderr}"
    );
    let html = fs::read_to_string(&out).unwrap();
    assert!(html.contains(good.file_name().unwrap().to_str().unwrap()));
    assert!(html.contains("in <b>1</b> document<"));
}

#[test]
fn a_malformed_from_line_is_named_by_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let paths = articles();
    let (saved, docs) = classify(&paths[..2]);
    let mut lines: Vec<&str> = saved.lines().collect();
    lines.insert(1, "{\"path\": \"broken.txt\", \"paragraphs\": [");
    let from = dir.path().join("results.jsonl");
    fs::write(&from, lines.join("\n")).unwrap();
    let out = dir.path().join("r.html");
    let stderr = report_exit_2(&["--from".as_ref(), from.as_os_str()], &out);
    assert!(
        stderr.starts_with(&format!("bigsoc: {}:2: ", from.display())),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let html = fs::read_to_string(&out).unwrap();
    assert!(html.contains(&totals_html(total(&docs), 2)));

    // Flat output gets a hint.
    let flat = bigsoc()
        .args(["classify", "--flat"])
        .arg(&paths[0])
        .output()
        .unwrap();
    fs::write(&from, &flat.stdout).unwrap();
    let stderr = report_exit_2(&["--from".as_ref(), from.as_os_str()], &out);
    assert!(
        stderr.starts_with(&format!("bigsoc: {}:1: a paragraph record", from.display())),
        "{stderr}"
    );
}

#[test]
fn from_and_paths_do_not_mix() {
    let dir = tempfile::tempdir().unwrap();
    report_exit_2(
        &[
            "--from".as_ref(),
            "x.jsonl".as_ref(),
            articles()[0].as_os_str(),
        ],
        &dir.path().join("r.html"),
    );
}

// ---------------------------------------------------------------------------
// In a real browser

/// The Chromium binary: /usr/bin/chromium, or chromium on PATH.
fn chromium() -> Option<PathBuf> {
    let fixed = Path::new("/usr/bin/chromium");
    if fixed.is_file() {
        return Some(fixed.to_path_buf());
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|n| dir.join(n)))
        .find(|p| p.is_file())
}

/// Chromium, or `None` after saying why the test skips. With
/// `BIGSOC_REQUIRE_BROWSER` set (as in CI) a missing browser fails.
fn browser_or_skip(test: &str) -> Option<PathBuf> {
    let found = chromium();
    if found.is_none() {
        assert!(
            std::env::var_os(REQUIRE_BROWSER).is_none(),
            "{test}: {REQUIRE_BROWSER} is set but Chromium is not installed"
        );
        eprintln!(
            "{test}: skipped: no Chromium (/usr/bin/chromium or chromium on PATH); \
             install it (Debian: apt-get install chromium) to run the browser test"
        );
    }
    found
}

/// Runs headless Chromium on a page with `mode` (`--screenshot=...` or
/// `--dump-dom`) and returns its standard output. Fails the test when the
/// browser fails or runs past [`BROWSER_TIMEOUT`] (it is then killed).
fn headless(browser: &Path, work: &Path, page: &Path, mode: &str) -> String {
    let profile = tempfile::tempdir_in(work).unwrap();
    let stdout_path = work.join("browser.stdout");
    let stderr_path = work.join("browser.stderr");
    let mut child = StdCommand::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--window-size=1200,1600")
        .arg(mode)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(File::create(&stdout_path).unwrap())
        .stderr(File::create(&stderr_path).unwrap())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > BROWSER_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "headless Chromium {mode} ran past {BROWSER_TIMEOUT:?}; stderr:\n{}",
                fs::read_to_string(&stderr_path).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(
        status.success(),
        "headless Chromium {mode} failed ({status}); stderr:\n{}",
        fs::read_to_string(&stderr_path).unwrap_or_default()
    );
    fs::read_to_string(&stdout_path).unwrap()
}

#[test]
fn the_fixtures_report_renders_in_a_browser() {
    let Some(browser) = browser_or_skip("the_fixtures_report_renders_in_a_browser") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let paths = articles();
    let (_, docs) = classify(&paths);
    let (page, _) = report(dir.path(), "report.html", &os(&paths));

    let shot = dir.path().join("shot.png");
    headless(
        &browser,
        dir.path(),
        &page,
        &format!("--screenshot={}", shot.display()),
    );
    let png = fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    // A blank 1200x1600 page compresses to a few KiB; the report is far more.
    assert!(
        png.len() > 30_000,
        "screenshot is nearly empty: {} bytes",
        png.len()
    );

    let dom = headless(&browser, dir.path(), &page, "--dump-dom");
    let text = text_of(&dom);
    assert!(
        text.contains(&totals_text(total(&docs), docs.len())),
        "{text}"
    );
    for (path, doc) in paths.iter().zip(&docs) {
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(text.contains(name), "{name} not rendered");
        assert!(text.contains(&doc_counts_text(counts_of(doc))));
    }
    // The sorting script ran (under the page's own CSP): headers became buttons.
    assert_eq!(dom.matches("<th data-sort=").count(), 3);
    assert_eq!(
        dom.matches("<button type=\"button\">").count(),
        3,
        "sort script did not run"
    );
}

#[test]
fn hostile_markup_creates_no_elements_in_a_browser() {
    let Some(browser) = browser_or_skip("hostile_markup_creates_no_elements_in_a_browser") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (page, html) = report(dir.path(), "hostile.html", &[hostile().as_os_str()]);
    // Render it as shipped, and with its Content-Security-Policy replaced by
    // a script that disarms dialogs (an `alert` that ran would block the
    // browser until the timeout), so the escaping alone is what is tested.
    let csp_start = html
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .unwrap();
    let csp_end = csp_start + html[csp_start..].find('>').unwrap() + 1;
    let bare = dir.path().join("hostile-no-csp.html");
    let disarm = "<script>window.alert = window.confirm = window.prompt = function () {};</script>";
    fs::write(
        &bare,
        format!("{}{disarm}{}", &html[..csp_start], &html[csp_end..]),
    )
    .unwrap();
    for (page, scripts) in [(&page, 1), (&bare, 2)] {
        let dom = headless(&browser, dir.path(), page, "--dump-dom");
        // The injected script and onerror handler would mark <html>.
        let html_tag = &dom[dom.find("<html").unwrap()..];
        let html_tag = &html_tag[..html_tag.find('>').unwrap()];
        assert!(!html_tag.contains("pwned"), "injected code ran: {html_tag}");
        // No element came from the article: text nodes serialise `<` as `&lt;`.
        assert_eq!(dom.matches("<script").count(), scripts);
        assert_eq!(dom.matches("<style").count(), 1);
        assert!(!dom.contains("<img"));
        assert!(!dom.contains("<svg"));
        assert!(dom.contains("&lt;script&gt;document.documentElement"));
        assert!(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(text_of(&dom).contains("<script>document.documentElement.setAttribute("));
        assert!(text_of(&dom).contains("Tea & biscuits were served."));
    }
}
