//! `bigsoc report`: one self-contained HTML page showing a corpus's stance at
//! a glance: totals, a sortable table of documents, a stance strip per
//! document, the evidence terms that drive results, and every document with
//! its paragraphs coloured by stance.
//!
//! The page is built by plain string writing with a single escape function,
//! [`escape`], through which every piece of text from the inputs goes. It
//! carries a Content-Security-Policy that forbids every network request and
//! every script but the page's own sorting script, so even a missed escape
//! could not run anything.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;
use std::sync::{Arc, LazyLock};

use anyhow::Context;
use serde::{Deserialize, Deserializer};
use sha2::{Digest, Sha256};

use super::{Loaded, load, message, printable_name};
use crate::cli::ReportArgs;
use crate::output::{EvidenceRecord, ParagraphRecord};
use crate::parallel;
use crate::read::Source;
use crate::score::{Counts, ScoredDocument, Scorer, Stance};
use crate::{EXIT_ERROR, EXIT_OK};

/// Rows per stance in the evidence-terms table: enough to show what drives
/// a corpus, few enough to read at a glance.
const TOP_TERMS: usize = 15;

/// Characters of paragraph text shown in a strip cell's tooltip; the full
/// text is in the document view, so each paragraph is stored once in full.
const TOOLTIP_CHARS: usize = 280;

/// Evidence terms listed in a strip cell's tooltip.
const TOOLTIP_TERMS: usize = 8;

/// Characters of a document's name beside its stance strip (the column is
/// at most 17rem of 14px text, about 38 average characters); a longer name
/// keeps its end, where paths differ, behind a "…". The full path is in the
/// label's tooltip.
const STRIP_NAME_CHARS: usize = 32;

/// Lines of `--from` input that are not documents listed on stderr with
/// the same reason (wherever the column), and in all; the rest are counted
/// in one line, so input of the wrong kind does not give an error per line.
const SAME_PROBLEM_LISTED: usize = 3;
const PROBLEMS_LISTED: usize = 20;

/// The page's title and heading when `--title` gives none (or only
/// spaces); the default of `--title` in `cli.rs` too.
pub const DEFAULT_TITLE: &str = "bigsoc report";

/// Opacity of a cell at the lowest confidence a label can have (0.5); it
/// rises linearly to 1 at confidence 1. Below about 0.3 a pale cell is hard
/// to tell from the page.
const MIN_OPACITY: f64 = 0.3;

/// The lowest confidence the scorer gives (at a threshold; see
/// `score::confidence`).
const MIN_CONFIDENCE: f64 = 0.5;

// ---------------------------------------------------------------------------
// The data a report shows

/// One document as the report sees it: what `classify` prints, minus what
/// the page does not use. Deserialized from saved `classify` output (extra
/// fields are ignored, so newer output still reads) or built from a scored
/// document.
#[derive(Debug, Clone, Deserialize)]
pub struct Document {
    pub path: String,
    /// The lexicon fingerprint, when known.
    #[serde(default)]
    pub lexicons: String,
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Paragraph {
    /// First line, 1-based (0 when unknown).
    #[serde(default)]
    pub start_line: usize,
    #[serde(deserialize_with = "stance_from_str")]
    pub stance: Stance,
    pub score: f64,
    pub confidence: f64,
    #[serde(default)]
    pub evidence: Vec<Term>,
    pub text: String,
}

/// One evidence term that counted in a paragraph.
#[derive(Debug, Clone, Deserialize)]
pub struct Term {
    /// The words of the paragraph that matched.
    #[serde(rename = "match", default)]
    pub matched: String,
    /// The lexicon pattern.
    pub term: String,
    /// `stance` or `general`.
    #[serde(default)]
    pub lexicon: String,
    /// What it added to the score.
    pub weight: f64,
    #[serde(default)]
    pub rules: Vec<String>,
}

fn stance_from_str<'de, D: Deserializer<'de>>(d: D) -> Result<Stance, D::Error> {
    let s = String::deserialize(d)?;
    Stance::parse(&s).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "unknown stance {s:?}: expected pro, sceptical or neutral"
        ))
    })
}

impl Document {
    /// The report's view of a freshly scored document, with numbers rounded
    /// exactly as `classify` prints them, so a report made from saved output
    /// is the same page.
    pub fn from_scored(path: &str, lexicons: &str, doc: &ScoredDocument<'_>) -> Document {
        let paragraphs = doc
            .paragraphs
            .iter()
            .map(|p| {
                let r = ParagraphRecord::new(p);
                Paragraph {
                    start_line: r.start_line,
                    stance: r.stance,
                    score: r.score,
                    confidence: r.confidence,
                    evidence: r.evidence.iter().map(Term::from_record).collect(),
                    text: r.text.to_string(),
                }
            })
            .collect();
        Document {
            path: path.to_string(),
            lexicons: lexicons.to_string(),
            paragraphs,
        }
    }

    /// Paragraphs per stance.
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for p in &self.paragraphs {
            c.add(p.stance);
        }
        c
    }
}

impl Term {
    fn from_record(e: &EvidenceRecord<'_>) -> Term {
        Term {
            matched: e.matched.to_string(),
            term: e.term.to_string(),
            lexicon: e.lexicon.to_string(),
            weight: e.weight,
            rules: e.rules.iter().map(|r| r.to_string()).collect(),
        }
    }
}

// ---------------------------------------------------------------------------
// The command

pub fn run(args: ReportArgs) -> anyhow::Result<i32> {
    let (docs, failed) = match &args.from {
        Some(from) => read_saved_path(from)?,
        None => {
            let walk = super::walk(&args.folders, args.hidden)?;
            let scorer = super::scorer(&args.lexicons)?;
            let (sources, input_failed) = super::gather_inputs(
                args.paths,
                &walk,
                "no input: give files or folders to report on, --from FILE, or - for standard input",
            )?;
            let (docs, failed) = classify_sources(&sources, &scorer, args.threads)?;
            (docs, failed || input_failed)
        }
    };
    if docs.is_empty() {
        // An empty page would replace a good report with nothing worth
        // having: leave the file as it is.
        let why = if failed {
            "no document could be read"
        } else {
            "there were no documents"
        };
        if args.output.as_os_str() == "-" {
            message(&format!("no report written, as {why}"));
        } else {
            message(&format!(
                "{}: not written, as {why}",
                printable_name(&args.output.to_string_lossy())
            ));
        }
        return Ok(EXIT_ERROR);
    }
    // An empty title would leave the page's heading and its window or tab
    // without a name: the default names it.
    let title = if args.title.trim().is_empty() {
        DEFAULT_TITLE
    } else {
        args.title.as_str()
    };
    let mut html = String::with_capacity(64 * 1024);
    render(&mut html, &docs, title).context("internal error while rendering the report")?;
    write_output(&args.output, html.as_bytes())?;
    Ok(if failed { EXIT_ERROR } else { EXIT_OK })
}

/// Classifies every source in input order. Returns the documents and
/// whether any input could not be read (each is named on stderr).
pub fn classify_sources(
    sources: &[Source],
    scorer: &Arc<Scorer>,
    threads: usize,
) -> anyhow::Result<(Vec<Document>, bool)> {
    let pool = parallel::pool(threads, sources.len())?;
    let lexicons = scorer.lexicons.fingerprint.as_str();
    let mut docs = Vec::with_capacity(sources.len());
    let mut failed = false;
    let work = |source: &Source| match load(source) {
        Loaded::Unreadable(reason) => Err(reason),
        Loaded::Binary => Ok((None, Some(super::BINARY_SKIPPED.to_string()))),
        Loaded::Text { text, warning } => {
            let scored = scorer.score_document(&text);
            let doc = Document::from_scored(&source.display_name(), lexicons, &scored);
            Ok((Some(doc), warning))
        }
    };
    parallel::ordered_map(&pool, sources, work, |i, outcome| {
        let name = printable_name(&sources[i].display_name()).into_owned();
        match outcome {
            Some(Ok((doc, warning))) => {
                if let Some(w) = warning {
                    message(&format!("{name}: warning: {w}"));
                }
                docs.extend(doc);
            }
            Some(Err(reason)) => {
                message(&format!("{name}: {reason}"));
                failed = true;
            }
            None => {
                message(&format!(
                    "{name}: internal error while classifying (please report this)"
                ));
                failed = true;
            }
        }
        Ok::<(), anyhow::Error>(())
    })?;
    Ok((docs, failed))
}

/// Reads saved `classify` output from a file or `-`. Each bad line is named
/// on stderr as `FILE:LINE: reason` and skipped; the flag says whether there
/// was any.
fn read_saved_path(path: &Path) -> anyhow::Result<(Vec<Document>, bool)> {
    let name = printable_name(&path.to_string_lossy()).into_owned();
    let (docs, problems) = if path.as_os_str() == "-" {
        read_saved(io::stdin().lock(), "-")
    } else {
        let file = File::open(path)
            .map_err(|e| anyhow::anyhow!("{name}: {}", crate::read::path_reason(path, &e)))?;
        read_saved(BufReader::new(file), &name)
    }
    .with_context(|| name.to_string())?;
    for p in &problems {
        message(p);
    }
    Ok((read_once(docs, &name), !problems.is_empty()))
}

/// Paths named in each warning about repeated records before the rest
/// are counted.
const REPEATS_LISTED: usize = 3;

/// A record saved twice (two runs concatenated) is read once, with a
/// warning, as `report PATH...` reads a file named twice once: the totals
/// stay true. Only a record the same in every field the page shows is
/// one: records that share a path but differ are different documents
/// (standard input read by two runs, two file names that print alike, a
/// file classified with two lexicon sets), and every one is kept, as
/// `classify` showed them, with a warning, since the page names them
/// alike.
fn read_once(mut docs: Vec<Document>, name: &str) -> Vec<Document> {
    // Each record by a digest of all it holds (its Debug form spells out
    // every field, strings quoted and numbers exact).
    let mut seen = std::collections::HashSet::new();
    // Distinct records per path, and the paths with more than one in the
    // order they were found.
    let mut per_path: std::collections::HashMap<String, usize> = Default::default();
    let mut shared: Vec<String> = Vec::new();
    let mut repeated: Vec<String> = Vec::new();
    let mut repeated_paths = std::collections::HashSet::new();
    docs.retain(|d| {
        let mut hasher = DigestWriter(Sha256::new());
        let _ = write!(hasher, "{d:?}");
        if !seen.insert(hasher.0.finalize()) {
            if repeated_paths.insert(d.path.clone()) {
                repeated.push(d.path.clone());
            }
            return false;
        }
        let n = per_path.entry(d.path.clone()).or_default();
        *n += 1;
        if *n == 2 {
            shared.push(d.path.clone());
        }
        true
    });
    let warn_about = |paths: &[String], say: &dyn Fn(&str) -> String| {
        for path in paths.iter().take(REPEATS_LISTED) {
            message(&format!("{name}: warning: {}", say(path)));
        }
        if paths.len() > REPEATS_LISTED {
            message(&format!(
                "{name}: warning: and {} more documents like it",
                paths.len() - REPEATS_LISTED
            ));
        }
    };
    warn_about(&repeated, &|path| {
        format!(
            "{} is there more than once with the same results; read once",
            printable_name(path)
        )
    });
    warn_about(&shared, &|path| {
        format!(
            "{} documents with different results are named {}; each is shown",
            per_path[path],
            printable_name(path)
        )
    });
    docs
}

/// A [`fmt::Write`] that feeds what is written to a SHA-256 digest.
struct DigestWriter(Sha256);

impl fmt::Write for DigestWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.update(s.as_bytes());
        Ok(())
    }
}

/// Parses `classify` JSON Lines (one document per line; blank lines are
/// skipped). Returns the documents and a `NAME:LINE: reason` message per
/// line that is not a document; an error only when reading fails.
///
/// Input of the wrong kind gives one message, not one per line: a first
/// line opening a JSON array (`classify --format json`) or holding a
/// paragraph record (`classify --flat`) is named and reading stops; other
/// bad lines are listed up to [`SAME_PROBLEM_LISTED`] per reason and
/// [`PROBLEMS_LISTED`] in all, and the rest counted.
pub fn read_saved<R: BufRead>(
    mut reader: R,
    name: &str,
) -> io::Result<(Vec<Document>, Vec<String>)> {
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    // Reason (without its column) -> how many lines had it.
    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    let mut unlisted = 0;
    let mut first = true;
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        number += 1;
        // A byte-order mark, as Windows tools write, is not part of the
        // JSON; UTF-16 (its mark, or a NUL in the line) is named once.
        let mut bytes = line.trim_ascii();
        if number == 1 {
            bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
            if bytes.starts_with(b"\xff\xfe")
                || bytes.starts_with(b"\xfe\xff")
                || bytes.contains(&0)
            {
                problems.push(format!(
                    "{name}:1: UTF-16 text: report --from reads classify's output as it wrote \
                     it, in UTF-8"
                ));
                break;
            }
        }
        if bytes.is_empty() {
            continue;
        }
        let opening = std::mem::replace(&mut first, false);
        if opening && bytes.starts_with(b"[") {
            problems.push(format!(
                "{name}:{number}: this looks like classify --format json output (one JSON \
                 array); report --from reads classify's default JSON Lines, one document per line"
            ));
            break;
        }
        // serde would take a JSON array as a record, its items as the
        // fields in order, and explain other values in its own terms.
        let (reason, column) = if is_json_but_not_an_object(bytes) {
            (
                "not a document record: expected a JSON object".to_string(),
                None,
            )
        } else {
            let err = match serde_json::from_slice::<Document>(bytes) {
                Ok(doc) => {
                    docs.push(doc);
                    continue;
                }
                Err(e) => e,
            };
            if opening && is_flat_record(bytes) {
                problems.push(format!(
                    "{name}:{number}: a paragraph record: this looks like classify --flat output; \
                     report --from reads classify's output without --flat, one document per line"
                ));
                break;
            }
            saved_reason(bytes, &err)
        };
        let same = reasons.entry(reason.clone()).or_default();
        *same += 1;
        if *same > SAME_PROBLEM_LISTED || problems.len() >= PROBLEMS_LISTED {
            unlisted += 1;
            continue;
        }
        problems.push(match column {
            Some(c) => format!("{name}:{number}: {reason} (column {c})"),
            None => format!("{name}:{number}: {reason}"),
        });
    }
    if unlisted > 0 {
        problems.push(format!(
            "{name}: {unlisted} more line{} that {} not documents, not listed",
            if unlisted == 1 { "" } else { "s" },
            if unlisted == 1 { "is" } else { "are" }
        ));
    }
    Ok((docs, problems))
}

/// Whether a line is JSON (an array, a string, a number, `null`...) but
/// not an object, as a document record must be.
fn is_json_but_not_an_object(line: &[u8]) -> bool {
    !line.starts_with(b"{") && serde_json::from_slice::<serde::de::IgnoredAny>(line).is_ok()
}

/// Whether a line is a paragraph record of `classify --flat`.
fn is_flat_record(line: &[u8]) -> bool {
    matches!(
        serde_json::from_slice(line),
        Ok(serde_json::Value::Object(map))
            if map.contains_key("index") && !map.contains_key("paragraphs")
    )
}

/// Why a line of saved output is not a document, in words, and the column
/// where the JSON breaks, when serde says (a line is a record, so its "line
/// 1" says nothing).
fn saved_reason(line: &[u8], err: &serde_json::Error) -> (String, Option<usize>) {
    if is_flat_record(line) {
        return (
            "a paragraph record (classify --flat); give the output of classify without --flat"
                .to_string(),
            None,
        );
    }
    super::json_reason(err)
}

/// Writes the page to `path`, or standard output for `-`. A file is
/// written to a temporary file beside it and renamed over it, so a failure
/// part-way (a full disk) leaves the old page whole, never a truncated one.
/// A path that is not a regular file (a link, a pipe, `/dev/stdout`) is
/// written in place.
fn write_output(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    if path.as_os_str() == "-" {
        let stdout = io::stdout();
        let mut out = stdout.lock();
        out.write_all(bytes)
            .and_then(|()| out.flush())
            .context("error writing output")?;
        return Ok(());
    }
    let shown = printable_name(&path.to_string_lossy()).into_owned();
    let failed = |e: io::Error| anyhow::anyhow!("{shown}: {}", crate::read::io_reason(&e));
    let existing = match std::fs::symlink_metadata(path) {
        Ok(m) if !m.file_type().is_file() => {
            return std::fs::write(path, bytes).map_err(failed);
        }
        Ok(m) => Some(m.permissions()),
        Err(_) => None,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let file_name = path.file_name().unwrap_or(path.as_os_str());
    let mut builder = tempfile::Builder::new();
    let prefix = format!(".{}.", file_name.to_string_lossy());
    builder.prefix(&prefix);
    builder.suffix(".tmp");
    // A new page gets the permissions any new file would (0666 less the
    // umask), not the temporary file's 0600.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(failed)?;
    tmp.write_all(bytes).map_err(failed)?;
    if let Some(permissions) = existing {
        tmp.as_file().set_permissions(permissions).map_err(failed)?;
    }
    tmp.persist(path).map_err(|e| failed(e.error))?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Escaping

/// Text made safe for HTML text and for double- or single-quoted attribute
/// values, written without allocating. See [`escape`].
pub struct Escaped<'a>(&'a str);

/// Escapes `&`, `<`, `>`, `"` and `'`. Every piece of input text goes
/// through this before it reaches the page; all attributes are quoted.
pub fn escape(s: &str) -> Escaped<'_> {
    Escaped(s)
}

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let mut last = 0;
        for (i, b) in s.bytes().enumerate() {
            let rep = match b {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&#39;",
                _ => continue,
            };
            f.write_str(&s[last..i])?;
            f.write_str(rep)?;
            last = i + 1;
        }
        f.write_str(&s[last..])
    }
}

// ---------------------------------------------------------------------------
// The page

/// The table-sorting script. Without it the table stays sorted by name.
/// It turns the sortable headers into buttons; a first click sorts names
/// A to Z and shares highest first, a second click reverses; ties go by name.
const SCRIPT: &str = r#"
(function () {
  var table = document.getElementById("docs");
  if (!table) return;
  var body = table.tBodies[0];
  var heads = table.querySelectorAll("th[data-sort]");
  function byName(a, b) {
    var x = a.getAttribute("data-name"), y = b.getAttribute("data-name");
    return x < y ? -1 : x > y ? 1 : 0;
  }
  Array.prototype.forEach.call(heads, function (th) {
    var key = th.getAttribute("data-sort");
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(button);
    button.addEventListener("click", function () {
      var now = th.getAttribute("aria-sort");
      var desc = now ? now === "ascending" : key !== "name";
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var r = key === "name" ? byName(a, b)
          : Number(a.getAttribute("data-" + key)) - Number(b.getAttribute("data-" + key));
        if (desc) r = -r;
        return r || byName(a, b);
      });
      rows.forEach(function (row) { body.appendChild(row); });
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", desc ? "descending" : "ascending");
    });
  });
})();
"#;

/// The page's Content-Security-Policy: nothing from the network, no script
/// but [`SCRIPT`] (by its hash), inline styles only.
static CSP: LazyLock<String> = LazyLock::new(|| {
    let hash = base64(&Sha256::digest(SCRIPT.as_bytes()));
    format!(
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
         script-src 'sha256-{hash}'; base-uri 'none'; form-action 'none'"
    )
});

/// Standard base64 with padding (for the script hash in [`CSP`]).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * k)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Colours from the Okabe-Ito palette, told apart by people with the common
/// colour-vision deficiencies: blue for pro, orange (striped, so it differs
/// in pattern too) for sceptical, grey for neutral. `--a` is a cell's
/// opacity (its confidence); it shades the fill only, never the tooltip.
const STYLE: &str = r#"
:root{--a:1;--ink:#1f2933;--mute:#5f6b76;--line:#e2e6ea;--soft:#f4f6f8;--pro:#0072b2;--sce:#e69f00;--sce-dark:#8f5500;--neu:#9aa0a6}
*{box-sizing:border-box}
html{scroll-behavior:smooth}
body{margin:0;background:#fff;color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:74rem;margin:0 auto;padding:2rem 1.5rem 4rem}
h1{font-size:1.75rem;margin:0 0 .2rem;letter-spacing:-.01em}
h2{font-size:1.2rem;margin:2.6rem 0 .8rem;padding-bottom:.35rem;border-bottom:1px solid var(--line)}
h3{font-size:1rem;margin:0 0 .5rem}
a{color:#0b5cad}
.sub,.note{color:var(--mute);margin:.2rem 0}
.note{font-size:13px}
code{font-size:12px;background:var(--soft);padding:1px 4px;border-radius:3px}
.p{background:rgb(0 114 178/var(--a))}
.s{background:repeating-linear-gradient(135deg,rgb(143 85 0/var(--a)) 0 2px,rgb(230 159 0/var(--a)) 2px 6px)}
.n{background:rgb(184 190 196/var(--a))}
.sw{display:inline-block;width:12px;height:16px;border-radius:2px;vertical-align:-3px;margin-right:.35rem}
.bar{display:flex;height:34px;border-radius:6px;overflow:hidden;margin:.8rem 0 .5rem;background:var(--soft)}
.bar span{min-width:2px}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.6rem;margin:.3rem 0;padding:0;list-style:none}
.totals{font-size:1.05rem;margin:.6rem 0 .2rem}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid var(--line);vertical-align:middle}
th{font-weight:600;color:var(--mute);font-size:13px;white-space:nowrap}
th button{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-decoration:underline dotted}
th[aria-sort=ascending] button::after{content:" \25B2"}
th[aria-sort=descending] button::after{content:" \25BC"}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tbody tr:hover{background:var(--soft)}
.share{display:inline-block;width:5.5rem;height:9px;background:var(--soft);border-radius:5px;overflow:hidden;vertical-align:0;margin-right:.45rem}
.share span{display:block;height:100%}
.tag{display:inline-block;font-size:11px;font-weight:600;letter-spacing:.04em;text-transform:uppercase;padding:1px 7px;border-radius:3px;vertical-align:2px}
.t-p{background:var(--pro);color:#fff}
.t-s{background:var(--sce);color:#1f2933}
.t-n{background:#e4e7ea;color:#3d4852}
.strips{display:grid;grid-template-columns:minmax(9rem,17rem) 1fr;gap:.3rem 1rem;align-items:start}
.strips .name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;padding-top:4px;font-size:14px}
.strip{position:relative;display:flex;flex-wrap:wrap;gap:2px;padding:2px 0}
.c{display:block;width:14px;height:26px;border-radius:2px}
.c:hover,.c:focus{outline:2px solid var(--ink);outline-offset:1px}
.c:hover::after,.c:focus::after{content:attr(title);position:absolute;z-index:10;left:0;top:calc(100% + 4px);width:max-content;max-width:min(40rem,100%);white-space:pre-line;background:var(--ink);color:#fff;font-size:13px;line-height:1.45;padding:.55rem .75rem;border-radius:6px;box-shadow:0 4px 14px rgb(0 0 0/.25);pointer-events:none}
.terms{display:grid;grid-template-columns:repeat(auto-fit,minmax(19rem,1fr));gap:1.5rem}
.lex{color:var(--mute);font-size:12px}
.doc{margin:0 0 2.2rem;scroll-margin-top:1rem}
.doc h3{font-size:1.05rem;word-break:break-all}
.para{margin:.45rem 0;padding:.5rem .8rem;border-left:6px solid;border-radius:0 4px 4px 0;scroll-margin-top:1rem}
.para.b-p{border-color:var(--pro);background:rgb(0 114 178/.07)}
.para.b-s{border-color:var(--sce);background:rgb(230 159 0/.10);border-left-style:dashed}
.para.b-n{border-color:#d5d9dd;color:#3d4852}
.para:target{outline:3px solid var(--ink);outline-offset:2px}
.para .meta{font-size:12px;color:var(--mute);margin-bottom:.2rem}
.para .txt{margin:0;white-space:pre-line}
.para .ev{margin:.3rem 0 0;font-size:12px;color:var(--mute)}
.para .ev b{color:var(--ink);font-weight:600}
.empty{color:var(--mute);font-style:italic}
.top{font-size:13px}
footer{margin-top:3rem;color:var(--mute);font-size:12px}
@media (prefers-reduced-motion:reduce){html{scroll-behavior:auto}}
@media print{.c:hover::after,.c:focus::after{display:none}}
"#;

/// The CSS class of a stance's fill.
fn fill(s: Stance) -> &'static str {
    match s {
        Stance::Pro => "p",
        Stance::Sceptical => "s",
        Stance::Neutral => "n",
    }
}

/// The opacity of a cell with this confidence.
pub fn opacity(confidence: f64) -> f64 {
    let t = ((confidence - MIN_CONFIDENCE) / (1.0 - MIN_CONFIDENCE)).clamp(0.0, 1.0);
    MIN_OPACITY + (1.0 - MIN_OPACITY) * t
}

/// A signed number with two decimals and no `-0.00`.
fn signed(x: f64) -> String {
    if x.abs() < 0.005 {
        "0.00".to_string()
    } else {
        format!("{x:+.2}")
    }
}

/// `part` as a percentage of `whole` (0 when `whole` is 0).
fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

/// The length of the folder prefix all document paths share (up to and
/// including the last separator), so tables and strips can show the rest.
fn common_folder(docs: &[Document]) -> usize {
    let Some(first) = docs.first() else {
        return 0;
    };
    let mut len = first.path.len();
    for d in &docs[1..] {
        len = first.path.as_bytes()[..len]
            .iter()
            .zip(d.path.as_bytes())
            .take_while(|(a, b)| a == b)
            .count();
    }
    // Separators are ASCII, so cutting after one keeps valid UTF-8.
    first.path.as_bytes()[..len]
        .iter()
        .rposition(|&b| b == b'/' || b == b'\\')
        .map_or(0, |i| i + 1)
}

/// `name` cut to at most `max` characters from the left, behind a "…":
/// names of one folder differ at the end, so the end is what tells them
/// apart. The cut moves on to a path separator in the kept part, if there
/// is one, so no folder shows half its name.
fn keep_end(name: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let count = name.chars().count();
    if count <= max {
        return std::borrow::Cow::Borrowed(name);
    }
    let (start, _) = name
        .char_indices()
        .nth(count - (max - 1))
        .unwrap_or((0, ' '));
    let tail = &name[start..];
    let tail = tail.find(['/', '\\']).map_or(tail, |i| &tail[i..]);
    std::borrow::Cow::Owned(format!("…{tail}"))
}

/// How often a term fired in paragraphs of one stance, and its total weight.
#[derive(Default)]
struct TermTally {
    count: usize,
    weight: f64,
}

/// Writes the whole page.
pub fn render<W: fmt::Write>(w: &mut W, docs: &[Document], title: &str) -> fmt::Result {
    let counts: Vec<Counts> = docs.iter().map(Document::counts).collect();
    let mut total = Counts::default();
    let mut leans = Counts::default();
    for c in &counts {
        total.pro += c.pro;
        total.sceptical += c.sceptical;
        total.neutral += c.neutral;
        leans.add(c.document_stance());
    }
    let paragraphs = total.pro + total.sceptical + total.neutral;
    let folder = common_folder(docs);
    let short: Vec<&str> = docs.iter().map(|d| &d.path[folder..]).collect();

    write!(
        w,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"bigsoc {version}\">\n\
         <link rel=\"icon\" href=\"data:,\">\n<title>{title}</title>\n<style>{STYLE}</style>\n\
         </head>\n<body>\n<main>\n<header id=\"top\">\n<h1>{title}</h1>\n",
        csp = escape(&CSP),
        version = env!("CARGO_PKG_VERSION"),
        title = escape(title),
    )?;
    write!(
        w,
        "<p class=\"sub\">Stance toward the Big Society, paragraph by paragraph: {} {}, {} {}",
        docs.len(),
        if docs.len() == 1 {
            "document"
        } else {
            "documents"
        },
        paragraphs,
        if paragraphs == 1 {
            "paragraph"
        } else {
            "paragraphs"
        },
    )?;
    write_lexicons(w, docs)?;
    w.write_str(".</p>\n")?;
    if folder > 0 {
        writeln!(
            w,
            "<p class=\"note\">Names are relative to <code>{}</code>.</p>",
            escape(&docs[0].path[..folder])
        )?;
    }
    w.write_str("</header>\n")?;

    write_totals(w, total, leans, docs.len())?;
    let rows = Rows {
        names: &short,
        docs,
        counts: &counts,
    };
    write_table(w, &rows)?;
    write_strips(w, &rows)?;
    write_terms(w, docs)?;
    write_documents(w, docs, &counts)?;

    write!(
        w,
        "<footer>Made by bigsoc {}. This page is self-contained: it loads nothing from the network.</footer>\n\
         </main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// The lexicon fingerprint(s) the documents were classified with.
fn write_lexicons<W: fmt::Write>(w: &mut W, docs: &[Document]) -> fmt::Result {
    let mut sets: Vec<&str> = docs
        .iter()
        .map(|d| d.lexicons.as_str())
        .filter(|l| !l.is_empty())
        .collect();
    sets.sort_unstable();
    sets.dedup();
    match sets.as_slice() {
        [] => Ok(()),
        [one] => {
            let short: String = one.chars().take("sha256:".len() + 12).collect();
            write!(
                w,
                "; lexicons <code title=\"{}\">{}</code>",
                escape(one),
                escape(&short)
            )
        }
        many => write!(
            w,
            "; <strong>{} different lexicon sets</strong> (results from different runs)",
            many.len()
        ),
    }
}

fn write_totals<W: fmt::Write>(w: &mut W, total: Counts, leans: Counts, n: usize) -> fmt::Result {
    let paragraphs = total.pro + total.sceptical + total.neutral;
    let rows = [
        (Stance::Pro, total.pro),
        (Stance::Sceptical, total.sceptical),
        (Stance::Neutral, total.neutral),
    ];
    w.write_str("<section id=\"totals\">\n<h2>Corpus totals</h2>\n")?;
    writeln!(
        w,
        "<p class=\"totals\"><b>{}</b> pro · <b>{}</b> sceptical · <b>{}</b> neutral paragraphs in <b>{}</b> {}</p>",
        total.pro,
        total.sceptical,
        total.neutral,
        n,
        if n == 1 { "document" } else { "documents" }
    )?;
    write!(
        w,
        "<div class=\"bar\" role=\"img\" aria-label=\"{} pro, {} sceptical, {} neutral paragraphs\">",
        total.pro, total.sceptical, total.neutral
    )?;
    for (s, count) in rows {
        if count > 0 {
            write!(
                w,
                "<span class=\"{}\" style=\"flex-grow:{count}\" title=\"{s}: {count}\"></span>",
                fill(s)
            )?;
        }
    }
    w.write_str("</div>\n<ul class=\"legend\">")?;
    for (s, count) in rows {
        write!(
            w,
            "<li><span class=\"sw {}\"></span>{s} <b>{count}</b> ({:.0}%)</li>",
            fill(s),
            percent(count, paragraphs)
        )?;
    }
    w.write_str("</ul>\n")?;
    write!(
        w,
        "<p class=\"note\">Documents by their leaning: {} pro, {} sceptical, {} neutral \
         (a document leans the way most of its leaning paragraphs do).</p>\n</section>\n",
        leans.pro, leans.sceptical, leans.neutral
    )
}

/// One row per document, as the table and the strips show them: its short
/// name, the document, and its stance counts, index for index.
#[derive(Clone, Copy)]
struct Rows<'a> {
    names: &'a [&'a str],
    docs: &'a [Document],
    counts: &'a [Counts],
}

/// The documents table, sorted by name; the script re-sorts it by share.
fn write_table<W: fmt::Write>(w: &mut W, rows: &Rows) -> fmt::Result {
    let (names, docs, counts) = (rows.names, rows.docs, rows.counts);
    w.write_str(
        "<section id=\"documents\">\n<h2>Documents</h2>\n\
         <p class=\"note\">Share of each document's paragraphs that are pro or sceptical. \
         Sort by a column's heading.</p>\n\
         <table id=\"docs\">\n<thead><tr>\
         <th data-sort=\"name\" aria-sort=\"ascending\" scope=\"col\">Document</th>\
         <th class=\"num\" scope=\"col\">Paragraphs</th>\
         <th class=\"num\" scope=\"col\">Pro</th>\
         <th class=\"num\" scope=\"col\">Sceptical</th>\
         <th class=\"num\" scope=\"col\">Neutral</th>\
         <th data-sort=\"pro\" scope=\"col\">Pro share</th>\
         <th data-sort=\"sceptical\" scope=\"col\">Sceptical share</th>\
         <th scope=\"col\">Leans</th></tr></thead>\n<tbody>\n",
    )?;
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by(|&a, &b| names[a].cmp(names[b]).then(a.cmp(&b)));
    for i in order {
        let (d, c) = (&docs[i], counts[i]);
        let n = d.paragraphs.len();
        let (pro, sce) = (percent(c.pro, n), percent(c.sceptical, n));
        let lean = c.document_stance();
        writeln!(
            w,
            "<tr data-name=\"{name}\" data-pro=\"{pro:.4}\" data-sceptical=\"{sce:.4}\">\
             <td><a href=\"#doc-{id}\" title=\"{path}\">{name}</a></td>\
             <td class=\"num\">{n}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
             <td><span class=\"share\"><span class=\"p\" style=\"width:{pro:.1}%\"></span></span>{pro:.0}%</td>\
             <td><span class=\"share\"><span class=\"s\" style=\"width:{sce:.1}%\"></span></span>{sce:.0}%</td>\
             <td><span class=\"tag t-{}\">{lean}</span></td></tr>",
            c.pro,
            c.sceptical,
            c.neutral,
            fill(lean),
            name = escape(names[i]),
            path = escape(&d.path),
            id = i + 1,
        )?;
    }
    if docs.is_empty() {
        w.write_str("<tr><td colspan=\"8\" class=\"empty\">No documents.</td></tr>\n")?;
    }
    w.write_str("</tbody>\n</table>\n</section>\n")
}

/// The tooltip of a strip cell (also its `title`): stance, numbers,
/// evidence, and the start of the text.
fn tooltip(index: usize, p: &Paragraph) -> String {
    let mut t = format!(
        "¶{index} · {} · score {} · confidence {:.2}",
        p.stance,
        signed(p.score),
        p.confidence
    );
    if p.start_line > 0 {
        let _ = write!(t, " · line {}", p.start_line);
    }
    if p.evidence.is_empty() {
        t.push_str("\nno evidence");
    } else {
        t.push_str("\nevidence: ");
        for (k, e) in p.evidence.iter().take(TOOLTIP_TERMS).enumerate() {
            if k > 0 {
                t.push_str(", ");
            }
            let _ = write!(t, "{} {}", e.term, signed(e.weight));
        }
        if p.evidence.len() > TOOLTIP_TERMS {
            let _ = write!(t, ", … ({} more)", p.evidence.len() - TOOLTIP_TERMS);
        }
    }
    t.push_str("\n\n");
    let mut chars = p.text.chars();
    t.extend(chars.by_ref().take(TOOLTIP_CHARS));
    if chars.next().is_some() {
        t.push('…');
    }
    t
}

fn write_strips<W: fmt::Write>(w: &mut W, rows: &Rows) -> fmt::Result {
    let (names, docs, counts) = (rows.names, rows.docs, rows.counts);
    w.write_str(
        "<section id=\"strips\">\n<h2>Stance strips</h2>\n\
         <ul class=\"legend\"><li><span class=\"sw p\"></span>pro (solid)</li>\
         <li><span class=\"sw s\"></span>sceptical (striped)</li>\
         <li><span class=\"sw n\"></span>neutral</li>\
         <li><span class=\"sw p\" style=\"--a:.3\"></span>paler: less confident</li></ul>\n\
         <p class=\"note\">One cell per paragraph, in reading order. Hover over a cell or \
         focus it with Tab to see the paragraph, its score and its evidence; click it to \
         read it in its document.</p>\n<div class=\"strips\">\n",
    )?;
    for (i, d) in docs.iter().enumerate() {
        let id = i + 1;
        let c = counts[i];
        write!(
            w,
            "<a class=\"name\" href=\"#doc-{id}\" title=\"{path}: {} pro, {} sceptical, {} neutral\">{name}</a><div class=\"strip\">",
            c.pro,
            c.sceptical,
            c.neutral,
            name = escape(&keep_end(names[i], STRIP_NAME_CHARS)),
            path = escape(&d.path),
        )?;
        for (m, p) in d.paragraphs.iter().enumerate() {
            write!(
                w,
                "<a class=\"c {}\" href=\"#doc-{id}-p-{m}\" tabindex=\"0\" style=\"--a:{:.2}\" title=\"{}\"></a>",
                fill(p.stance),
                opacity(p.confidence),
                escape(&tooltip(m, p)),
            )?;
        }
        if d.paragraphs.is_empty() {
            w.write_str("<span class=\"empty\">no paragraphs</span>")?;
        }
        w.write_str("</div>\n")?;
    }
    if docs.is_empty() {
        w.write_str("<p class=\"empty\">No documents.</p>\n")?;
    }
    w.write_str("</div>\n</section>\n")
}

/// The most frequent evidence terms in paragraphs of each stance.
fn write_terms<W: fmt::Write>(w: &mut W, docs: &[Document]) -> fmt::Result {
    // (term, lexicon) -> tally, per stance; ordered maps keep output stable.
    let mut tallies: [BTreeMap<(&str, &str), TermTally>; 3] = Default::default();
    for p in docs.iter().flat_map(|d| &d.paragraphs) {
        for e in &p.evidence {
            let t = tallies[p.stance as usize]
                .entry((e.term.as_str(), e.lexicon.as_str()))
                .or_default();
            t.count += 1;
            t.weight += e.weight;
        }
    }
    w.write_str(
        "<section id=\"terms\">\n<h2>Evidence terms</h2>\n\
         <p class=\"note\">The lexicon entries that fired most often in paragraphs of each \
         stance, with how often and their mean weight after the rules (what they added to \
         a paragraph's score). Terms in neutral paragraphs fired but did not tip them.</p>\n\
         <div class=\"terms\">\n",
    )?;
    for s in Stance::ALL {
        let mut rows: Vec<(&(&str, &str), &TermTally)> = tallies[s as usize].iter().collect();
        rows.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
        writeln!(
            w,
            "<div><h3><span class=\"sw {}\"></span>In {s} paragraphs</h3>",
            fill(s)
        )?;
        if rows.is_empty() {
            w.write_str("<p class=\"empty\">No evidence.</p></div>\n")?;
            continue;
        }
        w.write_str(
            "<table><thead><tr><th scope=\"col\">Term</th><th class=\"num\" scope=\"col\">Count</th>\
             <th class=\"num\" scope=\"col\">Mean weight</th></tr></thead>\n<tbody>\n",
        )?;
        for ((term, lexicon), t) in rows.iter().take(TOP_TERMS) {
            write!(w, "<tr><td>{}", escape(term))?;
            if !lexicon.is_empty() {
                write!(w, " <span class=\"lex\">{}</span>", escape(lexicon))?;
            }
            writeln!(
                w,
                "</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                t.count,
                signed(t.weight / t.count as f64)
            )?;
        }
        w.write_str("</tbody></table>\n")?;
        if rows.len() > TOP_TERMS {
            writeln!(
                w,
                "<p class=\"note\">{} of {} terms shown.</p>",
                TOP_TERMS,
                rows.len()
            )?;
        }
        w.write_str("</div>\n")?;
    }
    w.write_str("</div>\n</section>\n")
}

/// Every document in full, each paragraph marked with its stance.
fn write_documents<W: fmt::Write>(w: &mut W, docs: &[Document], counts: &[Counts]) -> fmt::Result {
    w.write_str("<section id=\"views\">\n<h2>Documents in full</h2>\n")?;
    for (i, d) in docs.iter().enumerate() {
        let id = i + 1;
        let c = counts[i];
        let lean = c.document_stance();
        write!(
            w,
            "<article class=\"doc\" id=\"doc-{id}\">\n<h3>{} <span class=\"tag t-{}\">{lean}</span></h3>\n\
             <p class=\"sub\">{} paragraphs: {} pro · {} sceptical · {} neutral · \
             <a class=\"top\" href=\"#strips\">back to the strips</a></p>\n",
            escape(&d.path),
            fill(lean),
            d.paragraphs.len(),
            c.pro,
            c.sceptical,
            c.neutral,
        )?;
        for (m, p) in d.paragraphs.iter().enumerate() {
            write!(
                w,
                "<div class=\"para b-{f}\" id=\"doc-{id}-p-{m}\"><div class=\"meta\">\
                 <span class=\"tag t-{f}\">{}</span> ¶{m}",
                p.stance,
                f = fill(p.stance),
            )?;
            if p.start_line > 0 {
                write!(w, " · line {}", p.start_line)?;
            }
            write!(
                w,
                " · score {} · confidence {:.2}</div><p class=\"txt\">{}</p>",
                signed(p.score),
                p.confidence,
                escape(&p.text)
            )?;
            if !p.evidence.is_empty() {
                w.write_str("<p class=\"ev\">Evidence: ")?;
                for (k, e) in p.evidence.iter().enumerate() {
                    if k > 0 {
                        w.write_str("; ")?;
                    }
                    write!(w, "<b>{}</b>", escape(&e.term))?;
                    if !e.matched.is_empty() && !e.matched.eq_ignore_ascii_case(&e.term) {
                        write!(w, " (“{}”)", escape(&e.matched))?;
                    }
                    write!(w, " {}", signed(e.weight))?;
                    if !e.rules.is_empty() {
                        write!(w, " [{}]", escape(&e.rules.join(", ")))?;
                    }
                }
                w.write_str("</p>")?;
            }
            w.write_str("</div>\n")?;
        }
        w.write_str("</article>\n")?;
    }
    if docs.is_empty() {
        w.write_str("<p class=\"empty\">No documents.</p>\n")?;
    }
    w.write_str("</section>\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scored(path: &str, text: &str) -> Document {
        let scorer = Scorer::new(crate::lexicon::embedded().clone());
        let doc = scorer.score_document(text);
        Document::from_scored(path, "sha256:test", &doc)
    }

    fn page(docs: &[Document]) -> String {
        let mut s = String::new();
        render(&mut s, docs, DEFAULT_TITLE).unwrap();
        s
    }

    #[test]
    fn escape_covers_text_and_attribute_contexts() {
        assert_eq!(
            escape("<a href=\"x\" title='y'>&</a>").to_string(),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape("plain ¶ text").to_string(), "plain ¶ text");
        assert_eq!(escape("").to_string(), "");
    }

    #[test]
    fn base64_matches_known_values() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn opacity_runs_from_the_floor_to_one() {
        assert!((opacity(0.5) - MIN_OPACITY).abs() < 1e-9);
        assert!((opacity(1.0) - 1.0).abs() < 1e-9);
        assert!((opacity(0.0) - MIN_OPACITY).abs() < 1e-9);
        assert!(opacity(0.75) > opacity(0.6));
    }

    #[test]
    fn hostile_text_and_names_are_escaped() {
        let doc = scored(
            "\"><img src=x onerror=alert(1)>.txt",
            "The Big Society is a cover for cuts. <script>alert(1)</script>\n\n\
             \"><img src=x onerror=alert(2)> and ' quotes",
        );
        let html = page(&[doc]);
        assert!(!html.contains("<script>alert"));
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
        // Exactly one script element: the page's own.
        assert_eq!(html.matches("<script").count(), 1);
    }

    #[test]
    fn the_page_references_nothing_outside_itself() {
        let html = page(&[scored(
            "a.txt",
            "The Big Society is a triumph.\n\nSee https://example.org for more.",
        )]);
        // The only URL-like text is in the paragraph, escaped as text.
        let without_text = html.replace("https://example.org", "");
        assert!(!without_text.contains("http://"));
        assert!(!without_text.contains("https://"));
        assert!(!html.contains(" src="));
        assert!(html.contains("default-src &#39;none&#39;"));
    }

    #[test]
    fn counts_strips_and_anchors_are_consistent() {
        let doc = scored(
            "a.txt",
            "The Big Society is a triumph of people power.\n\n\
             Critics say the Big Society is a cover for cuts.\n\nIt rained.",
        );
        let c = doc.counts();
        let html = page(std::slice::from_ref(&doc));
        assert_eq!(html.matches("<a class=\"c ").count(), 3);
        for m in 0..3 {
            assert!(html.contains(&format!("href=\"#doc-1-p-{m}\"")));
            assert!(html.contains(&format!("id=\"doc-1-p-{m}\"")));
        }
        assert!(html.contains(&format!(
            "<b>{}</b> pro · <b>{}</b> sceptical · <b>{}</b> neutral paragraphs",
            c.pro, c.sceptical, c.neutral
        )));
    }

    #[test]
    fn saved_output_reads_back_and_bad_lines_are_named() {
        let good = r#"{"path":"a.txt","stance":"pro","counts":{"pro":1,"sceptical":0,"neutral":0},"lexicons":"sha256:x","paragraphs":[{"index":0,"start_line":1,"stance":"pro","score":1.5,"confidence":0.6,"evidence":[{"match":"triumph","term":"triumph","lexicon":"general","base":1.5,"weight":1.5,"rules":[]}],"text":"A triumph.","future_field":1}]}"#;
        let flat =
            r#"{"path":"a.txt","index":0,"stance":"pro","score":1.5,"confidence":0.6,"text":"x"}"#;
        let input = format!(
            "{good}\n\n{{not json\n{flat}\n{}\n",
            good.replace("\"pro\",\"score\"", "\"positive\",\"score\"")
        );
        let (docs, problems) = read_saved(input.as_bytes(), "r.jsonl").unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].paragraphs[0].evidence[0].term, "triumph");
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].starts_with("r.jsonl:3: "), "{}", problems[0]);
        assert!(problems[1].starts_with("r.jsonl:4: a paragraph record"));
        assert!(problems[2].starts_with("r.jsonl:5: unknown stance \"positive\""));
    }

    #[test]
    fn long_strip_names_keep_their_end() {
        assert_eq!(keep_end("a.txt", 8), "a.txt");
        assert_eq!(keep_end("abcdefgh", 8), "abcdefgh");
        assert_eq!(keep_end("x/abcdefgh", 8), "…bcdefgh");
        assert_eq!(keep_end("long/folder/name.txt", 12), "…/name.txt");
        assert_eq!(keep_end("ééééé/ééé.txt", 9), "…/ééé.txt");
        assert_eq!(keep_end("C:\\dir\\file.txt", 10), "…\\file.txt");
    }

    #[test]
    fn an_empty_corpus_still_makes_a_page() {
        let html = page(&[]);
        assert!(html.contains("No documents."));
        assert!(html.ends_with("</html>\n"));
    }
}
