//! `bigsoc eval`: the classifier against gold labels, with the metrics a
//! lexicon gate needs (accuracy, per-class precision/recall/F1, macro-F1,
//! Cohen's kappa, the confusion matrix) and the worst errors.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow};
use serde::{Deserialize, Serialize};

use super::{Loaded, load, message, printable_name};
use crate::cli::{EvalArgs, ReportFormat};
use crate::output::round;
use crate::parallel;
use crate::read::Source;
use crate::score::{Evidence, Scorer, Stance};
use crate::{EXIT_ERROR, EXIT_NO, EXIT_OK};

/// One gold label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldItem {
    pub doc: String,
    pub paragraph: usize,
    pub stance: Stance,
    pub text: Option<String>,
    /// Where it was read: `path:line`.
    pub origin: String,
    /// Where it was read, for ordering problems: the gold file's position
    /// on the command line, and the line.
    pub at: (usize, usize),
}

/// A problem with the gold labels: its message (`path:line: reason`, or
/// `path: reason` for a file as a whole) and where it belongs in the
/// report: the gold file's position on the command line and the line (0
/// for the file as a whole).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct GoldProblem {
    pub at: (usize, usize),
    pub message: String,
}

#[derive(Deserialize)]
struct GoldLine {
    doc: String,
    paragraph: usize,
    stance: String,
    #[serde(default)]
    text: Option<String>,
}

/// Parses a gold file's text (`file`: its position on the command line).
/// Returns the records that parse and a problem for every line that does
/// not (`path:line: reason`), or for a file with no record at all.
pub fn parse_gold(file: usize, path: &str, text: &str) -> (Vec<GoldItem>, Vec<GoldProblem>) {
    let mut items = Vec::new();
    let mut problems = Vec::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        let mut problem = |reason: String| {
            problems.push(GoldProblem {
                at: (file, line_no),
                message: format!("{path}:{line_no}: {reason}"),
            });
        };
        // serde would take a JSON array as a record, its items as the
        // fields in order, and explain other values in its own terms.
        if is_json_but_not_an_object(line) {
            problem("not a gold record: expected a JSON object".to_string());
            continue;
        }
        match serde_json::from_str::<GoldLine>(line) {
            Ok(g) => match (Stance::parse(&g.stance), doc_name(&g.doc)) {
                (None, _) => problem(format!(
                    "unknown stance {:?} (expected pro, sceptical or neutral)",
                    g.stance
                )),
                (_, Err(why)) => problem(format!("doc {:?} {why}", g.doc)),
                (Some(stance), Ok(doc)) => items.push(GoldItem {
                    doc,
                    paragraph: g.paragraph,
                    stance,
                    text: g.text,
                    origin: format!("{path}:{line_no}"),
                    at: (file, line_no),
                }),
            },
            Err(e) => {
                let (reason, column) = super::json_reason(&e);
                let what = if reason.starts_with("not valid JSON") {
                    reason
                } else {
                    format!("not a gold record: {reason}")
                };
                problem(match column {
                    Some(column) => format!("{what} (column {column})"),
                    None => what,
                })
            }
        }
    }
    if items.is_empty() && problems.is_empty() {
        problems.push(GoldProblem {
            at: (file, 0),
            message: format!(
                "{path}: no gold records (the file is {})",
                if text.is_empty() {
                    "empty"
                } else {
                    "only blank lines"
                }
            ),
        });
    }
    (items, problems)
}

/// Whether a line is JSON (an array, a string, a number, `null`...) but
/// not an object, as a record must be.
fn is_json_but_not_an_object(line: &str) -> bool {
    !line.trim_start().starts_with('{')
        && serde_json::from_str::<serde::de::IgnoredAny>(line).is_ok()
}

/// A gold record's `doc` as the name of a file in `--docs`, in one
/// spelling, so that two spellings of a file ("./a.txt" and "a.txt",
/// "sub/../a.txt") are one document and a second label for it is caught.
/// A name that leaves `--docs` (an absolute path, or one climbing out with
/// "..") or names no file is an error: the reason, to follow the name.
pub fn doc_name(name: &str) -> Result<String, &'static str> {
    use std::path::Component;
    let mut parts: Vec<String> = Vec::new();
    for part in Path::new(name).components() {
        match part {
            Component::CurDir => {}
            Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            Component::ParentDir => {
                if parts.pop().is_none() {
                    return Err("leaves --docs: name a file in --docs, relative to it");
                }
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err("is an absolute path: name a file in --docs, relative to it");
            }
        }
    }
    if parts.is_empty() {
        return Err("names no file: name a file in --docs, relative to it");
    }
    Ok(parts.join("/"))
}

/// A second label for the same (doc, paragraph), in the same file or
/// another, would be counted twice (or contradict the first): each is a
/// problem naming both places.
pub fn duplicates(gold: &[GoldItem]) -> Vec<GoldProblem> {
    let mut first: BTreeMap<(&str, usize), &GoldItem> = BTreeMap::new();
    let mut problems = Vec::new();
    for g in gold {
        match first.get(&(g.doc.as_str(), g.paragraph)) {
            None => {
                first.insert((g.doc.as_str(), g.paragraph), g);
            }
            Some(f) => problems.push(GoldProblem {
                at: g.at,
                message: format!(
                    "{}: a second label for {} paragraph {} (the first, {}, is at {})",
                    g.origin,
                    printable_name(&g.doc),
                    g.paragraph,
                    f.stance,
                    f.origin
                ),
            }),
        }
    }
    problems
}

/// Precision, recall and F1 of one label.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ClassScores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Gold paragraphs with this label.
    pub support: usize,
}

/// The metrics of one evaluation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Metrics {
    pub paragraphs: usize,
    pub accuracy: f64,
    pub macro_f1: f64,
    /// Cohen's kappa; `None` (JSON `null`) when it is undefined: every gold
    /// label and every prediction the same one label, so chance agreement
    /// is already 1 and kappa is 0/0 (scikit-learn gives NaN).
    pub kappa: Option<f64>,
    /// Keyed by label, in the order pro, sceptical, neutral (as
    /// `classify`'s counts are), not alphabetically.
    pub per_class: BTreeMap<Stance, ClassScores>,
    /// `confusion[gold][predicted]`, both in the order of `per_class`.
    pub confusion: BTreeMap<Stance, BTreeMap<Stance, usize>>,
}

/// `sum / n`, 0 when `n` is 0.
fn ratio_f(sum: f64, n: usize) -> f64 {
    if n == 0 { 0.0 } else { sum / n as f64 }
}

fn idx(s: Stance) -> usize {
    match s {
        Stance::Pro => 0,
        Stance::Sceptical => 1,
        Stance::Neutral => 2,
    }
}

/// Computes the metrics from (gold, predicted) pairs. Undefined ratios
/// (no predictions or no gold of a label) count as 0. Macro-F1 is the mean
/// over the labels found in the gold or the predictions, as scikit-learn
/// computes it by default: a label predicted but never gold counts with F1
/// 0 (each of those predictions is wrong), and a label neither gold nor
/// predicted is left out, since there was nothing to get right or wrong
/// (counting it as 0 would cap macro-F1 at 0.67 on a set with two labels).
pub fn metrics(pairs: &[(Stance, Stance)]) -> Metrics {
    let mut m = [[0usize; 3]; 3];
    for &(g, p) in pairs {
        m[idx(g)][idx(p)] += 1;
    }
    let n = pairs.len();
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let mut per_class = BTreeMap::new();
    let mut f1_sum = 0.0;
    let mut averaged = 0;
    for s in Stance::ALL {
        let i = idx(s);
        let tp = m[i][i];
        let predicted: usize = (0..3).map(|g| m[g][i]).sum();
        let support: usize = m[i].iter().sum();
        let precision = ratio(tp, predicted);
        let recall = ratio(tp, support);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        if support > 0 || predicted > 0 {
            f1_sum += f1;
            averaged += 1;
        }
        per_class.insert(
            s,
            ClassScores {
                precision: round(precision),
                recall: round(recall),
                f1: round(f1),
                support,
            },
        );
    }
    let correct: usize = (0..3).map(|i| m[i][i]).sum();
    let accuracy = ratio(correct, n);
    // Cohen's kappa: agreement beyond what the two label distributions
    // would give by chance.
    let expected: f64 = if n == 0 {
        0.0
    } else {
        (0..3)
            .map(|i| {
                let gold: usize = m[i].iter().sum();
                let pred: usize = (0..3).map(|g| m[g][i]).sum();
                (gold as f64 / n as f64) * (pred as f64 / n as f64)
            })
            .sum()
    };
    // When chance agreement is total (gold and predictions all one label,
    // or nothing scored) kappa is 0/0: there is no agreement beyond chance
    // to measure, and 1 or 0 would each claim one.
    let kappa = (n > 0 && (1.0 - expected).abs() >= f64::EPSILON)
        .then(|| (accuracy - expected) / (1.0 - expected));
    let mut confusion = BTreeMap::new();
    for g in Stance::ALL {
        let mut row = BTreeMap::new();
        for p in Stance::ALL {
            row.insert(p, m[idx(g)][idx(p)]);
        }
        confusion.insert(g, row);
    }
    Metrics {
        paragraphs: n,
        accuracy: round(accuracy),
        macro_f1: round(ratio_f(f1_sum, averaged)),
        kappa: kappa.map(round),
        per_class,
        confusion,
    }
}

/// One misclassified paragraph.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorCase {
    pub doc: String,
    pub paragraph: usize,
    pub gold: Stance,
    pub predicted: Stance,
    pub score: f64,
    pub link: crate::score::Link,
    /// The terms that counted, in the shape of `classify`'s evidence.
    #[serde(serialize_with = "crate::output::serialize_evidence")]
    pub evidence: Vec<Evidence>,
    pub text: String,
}

/// A gate that was not met.
#[derive(Debug, Clone, Serialize)]
pub struct GateMiss {
    pub metric: String,
    pub floor: f64,
    pub value: f64,
}

#[derive(Debug, Serialize)]
struct JsonReport<'a> {
    #[serde(flatten)]
    metrics: &'a Metrics,
    lexicons: &'a str,
    errors: &'a [ErrorCase],
    gates_missed: &'a [GateMiss],
    warnings: &'a [String],
}

/// Per document: each paragraph's (stance, score, link, evidence, text).
type DocPrediction = Vec<(Stance, f64, crate::score::Link, Vec<Evidence>, String)>;

/// Characters of paragraph text shown per error with `--show-errors`;
/// the rest is cut at a word boundary and marked " ...".
const SHOWN_CHARS: usize = 200;

pub fn run(args: EvalArgs) -> anyhow::Result<i32> {
    let scorer = super::scorer(&args.lexicons)?;
    let floors = parse_floors(args.min_macro_f1, &args.min_f1)?;
    // Every document is looked up in --docs: a folder that is not there
    // is one error, not one per gold document.
    match fs::metadata(&args.docs) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => anyhow::bail!(
            "{}: --docs takes the folder holding the documents, and this is not a folder",
            printable_name(&args.docs.to_string_lossy())
        ),
        Err(err) => anyhow::bail!(
            "{}: --docs: {}",
            printable_name(&args.docs.to_string_lossy()),
            crate::read::io_reason(&err)
        ),
    }
    let mut gold = Vec::new();
    let mut problems = Vec::new();
    let mut shown_files: Vec<String> = Vec::new();
    let mut read: Vec<(PathBuf, String)> = Vec::new();
    for (file, path) in args.gold.iter().enumerate() {
        // Names in messages have their control characters escaped, so a
        // line feed in a name cannot split a message (or a `path:line`).
        let shown = printable_name(&path.to_string_lossy()).into_owned();
        // The same file twice would give every label a "second label"
        // at its own line; read it once and say so.
        let identity = fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        if let Some((_, first)) = read.iter().find(|(id, _)| *id == identity) {
            message(&format!(
                "{shown}: warning: given twice to --gold{}; read once",
                if *first == shown {
                    String::new()
                } else {
                    format!(" (as {first} too)")
                }
            ));
            continue;
        }
        read.push((identity, shown.clone()));
        shown_files.push(shown.clone());
        match read_gold_text(path) {
            Ok(text) => {
                let (items, errs) = parse_gold(file, &shown, &text);
                gold.extend(items);
                problems.extend(errs);
            }
            Err(message) => problems.push(GoldProblem {
                at: (file, 0),
                message,
            }),
        }
    }
    problems.extend(duplicates(&gold));
    let evaluation = evaluate(&scorer, &gold, &args.docs, args.threads)?;
    problems.extend(evaluation.problems);
    if !problems.is_empty() {
        // Every problem found, in file and line order; nothing is scored.
        problems.sort();
        for p in &problems {
            message(&p.message);
        }
        return Ok(EXIT_ERROR);
    }
    let metrics = evaluation.metrics;
    let mut warnings = evaluation.warnings;
    warnings.extend(label_warnings(&metrics, &shown_files.join(", ")));
    let missed = check_floors(&metrics, &floors);
    let mut worst = evaluation.errors;
    worst.truncate(args.show_errors);
    for w in &warnings {
        message(w);
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.format {
        ReportFormat::Json => {
            let report = JsonReport {
                metrics: &metrics,
                lexicons: &scorer.lexicons.fingerprint,
                errors: &worst,
                gates_missed: &missed,
                warnings: &warnings,
            };
            serde_json::to_writer_pretty(&mut out, &report)
                .map_err(io::Error::from)
                .and_then(|()| writeln!(out))
        }
        ReportFormat::Text => write_text(&mut out, &metrics, &worst),
    }
    .and_then(|()| out.flush())
    .context("error writing output")?;
    for m in &missed {
        message(&format!(
            "gate missed: {} {:.3} is below the floor {:.3}",
            m.metric, m.value, m.floor
        ));
    }
    Ok(if missed.is_empty() { EXIT_OK } else { EXIT_NO })
}

/// A warning for each label with no gold paragraph, saying how it counts
/// in macro-F1 (see [`metrics`]). `files` names the gold files.
fn label_warnings(m: &Metrics, files: &str) -> Vec<String> {
    let mut warnings = Vec::new();
    for s in Stance::ALL {
        if m.per_class[&s].support > 0 {
            continue;
        }
        let predicted: usize = m.confusion.values().map(|row| row[&s]).sum();
        warnings.push(if predicted > 0 {
            format!(
                "{files}: warning: no gold paragraph is labelled {s}; its F1 is 0 in macro-F1 \
                 ({predicted} paragraph{} predicted {s}, all wrong)",
                if predicted == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{files}: warning: no gold paragraph is labelled {s}, and none was predicted \
                 {s}; macro-F1 is the mean over the other labels"
            )
        });
    }
    warnings
}

/// Floors as (metric name, value): `macro_f1` or a label name.
fn parse_floors(macro_f1: Option<f64>, per_class: &[String]) -> anyhow::Result<Vec<(String, f64)>> {
    let mut floors = Vec::new();
    if let Some(x) = macro_f1 {
        anyhow::ensure!(
            (0.0..=1.0).contains(&x),
            "--min-macro-f1 must be between 0 and 1, not {x}"
        );
        floors.push(("macro_f1".to_string(), x));
    }
    let mut given: Vec<(Stance, &str)> = Vec::new();
    for spec in per_class {
        let (label, value) = spec
            .split_once('=')
            .ok_or_else(|| anyhow!("--min-f1 takes LABEL=X, such as pro=0.8, not {spec:?}"))?;
        let stance = Stance::parse(label).ok_or_else(|| {
            anyhow!("--min-f1: unknown label {label:?} (pro, sceptical or neutral)")
        })?;
        let x: f64 = value
            .parse()
            .map_err(|_| anyhow!("--min-f1: {value:?} is not a number"))?;
        anyhow::ensure!(
            (0.0..=1.0).contains(&x),
            "--min-f1 must be between 0 and 1, not {x}"
        );
        // Two floors for one label say two things, and which was meant
        // cannot be known: a usage error, as --min-macro-f1 twice is.
        if let Some((_, first)) = given.iter().find(|(s, _)| *s == stance) {
            anyhow::bail!(
                "--min-f1 gives {stance} two floors ({first:?} and {spec:?}); give one per label"
            );
        }
        given.push((stance, spec));
        floors.push((stance.as_str().to_string(), x));
    }
    Ok(floors)
}

fn check_floors(m: &Metrics, floors: &[(String, f64)]) -> Vec<GateMiss> {
    let mut missed = Vec::new();
    for (metric, floor) in floors {
        let value = if metric == "macro_f1" {
            m.macro_f1
        } else {
            Stance::parse(metric)
                .and_then(|s| m.per_class.get(&s))
                .map_or(0.0, |c| c.f1)
        };
        if value < *floor {
            missed.push(GateMiss {
                metric: if metric == "macro_f1" {
                    "macro-F1".into()
                } else {
                    format!("{metric} F1")
                },
                floor: *floor,
                value,
            });
        }
    }
    missed
}

/// What [`evaluate`] found: the metrics, the misclassified paragraphs
/// worst first, warnings, and problems with the gold (documents that
/// cannot be read, paragraphs that do not exist). With any problem the
/// metrics are of the rest and should not be shown.
pub struct Evaluation {
    pub metrics: Metrics,
    pub errors: Vec<ErrorCase>,
    pub warnings: Vec<String>,
    pub problems: Vec<GoldProblem>,
}

/// Classifies the gold's documents and scores the predictions.
pub fn evaluate(
    scorer: &Scorer,
    gold: &[GoldItem],
    docs: &Path,
    threads: usize,
) -> anyhow::Result<Evaluation> {
    let mut names: Vec<&str> = gold.iter().map(|g| g.doc.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    let sources: Vec<Source> = names.iter().map(|n| Source::File(docs.join(n))).collect();
    let pool = parallel::pool(threads, sources.len())?;
    let mut predictions: BTreeMap<&str, DocPrediction> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    parallel::ordered_map(
        &pool,
        &sources,
        |s| match load(s) {
            Loaded::Text { text, warning } => {
                let doc = scorer.score_document(&text);
                let preds: DocPrediction = doc
                    .paragraphs
                    .into_iter()
                    .map(|p| {
                        (
                            p.score.stance,
                            p.score.score,
                            p.score.link,
                            p.score.evidence,
                            p.para.text.to_string(),
                        )
                    })
                    .collect();
                Ok((preds, warning))
            }
            Loaded::Binary => Err("binary file".to_string()),
            Loaded::Unreadable(r) => Err(r),
        },
        |i, r| {
            let name = names[i];
            let shown = || printable_name(&docs.join(name).to_string_lossy()).into_owned();
            // Name the gold line that asked for the document, so a typo in
            // a gold file can be found (looked up only on failure: a scan
            // per document would make eval quadratic).
            let asked = || gold.iter().find(|g| g.doc == name);
            let mut unreadable = |reason: &str| {
                let first = asked();
                problems.push(GoldProblem {
                    at: first.map_or((0, 0), |g| g.at),
                    message: format!(
                        "{}: {reason}{}",
                        shown(),
                        first
                            .map(|g| format!(" (named at {})", g.origin))
                            .unwrap_or_default()
                    ),
                });
            };
            match r {
                Some(Ok((preds, warning))) => {
                    if let Some(w) = warning {
                        warnings.push(format!("{}: warning: {w}", shown()));
                    }
                    predictions.insert(name, preds);
                }
                Some(Err(reason)) => unreadable(&reason),
                None => unreadable("internal error while classifying (please report this)"),
            }
            Ok::<(), anyhow::Error>(())
        },
    )?;
    let mut pairs = Vec::with_capacity(gold.len());
    let mut errors = Vec::new();
    let mut checked: BTreeSet<(&str, usize)> = BTreeSet::new();
    for g in gold {
        // A document that could not be read is one problem already, and a
        // second label for a paragraph is one too.
        let Some(doc) = predictions.get(g.doc.as_str()) else {
            continue;
        };
        if !checked.insert((g.doc.as_str(), g.paragraph)) {
            continue;
        }
        let Some((stance, score, link, evidence, text)) = doc.get(g.paragraph) else {
            problems.push(GoldProblem {
                at: g.at,
                message: format!(
                    "{}: paragraph {} of {} does not exist ({})",
                    g.origin,
                    g.paragraph,
                    printable_name(&g.doc),
                    super::paragraph_count(doc.len())
                ),
            });
            continue;
        };
        if let Some(gt) = &g.text
            && gt.trim() != text
        {
            warnings.push(format!(
                "{}: warning: gold text differs from paragraph {} of {} as segmented (scored by position anyway)",
                g.origin,
                g.paragraph,
                printable_name(&g.doc)
            ));
        }
        pairs.push((g.stance, *stance));
        if g.stance != *stance {
            errors.push(ErrorCase {
                doc: g.doc.clone(),
                paragraph: g.paragraph,
                gold: g.stance,
                predicted: *stance,
                score: round(*score),
                link: *link,
                evidence: evidence.clone(),
                text: text.clone(),
            });
        }
    }
    // Worst first: a lean read as the opposite lean, then by how far the
    // score sits from the gold label's region.
    errors.sort_by(|a, b| {
        severity(b)
            .total_cmp(&severity(a))
            .then(a.doc.cmp(&b.doc))
            .then(a.paragraph.cmp(&b.paragraph))
    });
    Ok(Evaluation {
        metrics: metrics(&pairs),
        errors,
        warnings,
        problems,
    })
}

fn severity(e: &ErrorCase) -> f64 {
    let opposite = matches!(
        (e.gold, e.predicted),
        (Stance::Pro, Stance::Sceptical) | (Stance::Sceptical, Stance::Pro)
    );
    let distance = match e.gold {
        Stance::Pro => crate::score::PRO_THRESHOLD - e.score,
        Stance::Sceptical => e.score + crate::score::SCEPTICAL_THRESHOLD,
        Stance::Neutral => e.score.abs(),
    };
    distance + if opposite { 100.0 } else { 0.0 }
}

/// The link's name as the JSON output spells it.
fn link_name(link: crate::score::Link) -> &'static str {
    use crate::score::Link;
    match link {
        Link::Explicit => "explicit",
        Link::Reference => "reference",
        Link::Context => "context",
        Link::None => "none",
    }
}

fn write_text<W: Write>(out: &mut W, m: &Metrics, errors: &[ErrorCase]) -> io::Result<()> {
    writeln!(out, "paragraphs  {}", m.paragraphs)?;
    writeln!(out, "accuracy    {:.3}", m.accuracy)?;
    writeln!(out, "macro-F1    {:.3}", m.macro_f1)?;
    match m.kappa {
        Some(kappa) => writeln!(out, "kappa       {kappa:.3}")?,
        None => writeln!(out, "kappa       n/a")?,
    }
    writeln!(out)?;
    writeln!(
        out,
        "{:<10} {:>9} {:>7} {:>7} {:>8}",
        "label", "precision", "recall", "F1", "support"
    )?;
    for s in Stance::ALL {
        let c = &m.per_class[&s];
        writeln!(
            out,
            "{:<10} {:>9.3} {:>7.3} {:>7.3} {:>8}",
            s.as_str(),
            c.precision,
            c.recall,
            c.f1,
            c.support
        )?;
    }
    writeln!(out)?;
    writeln!(out, "confusion (rows gold, columns predicted)")?;
    writeln!(
        out,
        "{:<10} {:>9} {:>9} {:>9}",
        "", "pro", "sceptical", "neutral"
    )?;
    for g in Stance::ALL {
        let row = &m.confusion[&g];
        writeln!(
            out,
            "{:<10} {:>9} {:>9} {:>9}",
            g.as_str(),
            row[&Stance::Pro],
            row[&Stance::Sceptical],
            row[&Stance::Neutral]
        )?;
    }
    if !errors.is_empty() {
        writeln!(out)?;
        writeln!(out, "worst errors")?;
        for e in errors {
            let text = super::clip(&e.text, SHOWN_CHARS);
            writeln!(
                out,
                "- {} #{}: gold {} predicted {} (score {}, link {})",
                printable_name(&e.doc),
                e.paragraph,
                e.gold,
                e.predicted,
                super::score_text(e.score),
                link_name(e.link)
            )?;
            if !e.evidence.is_empty() {
                let terms: Vec<String> = e
                    .evidence
                    .iter()
                    .map(|e| format!("{} ({})", e.term, super::score_text(round(e.weight))))
                    .collect();
                writeln!(out, "    evidence: {}", terms.join(", "))?;
            }
            writeln!(out, "    {}", super::printable(&text))?;
        }
    }
    Ok(())
}

/// Reads a gold file (standard input for `-`); the error is the message
/// naming it. See [`gold_text`].
fn read_gold_text(path: &Path) -> Result<String, String> {
    let shown = printable_name(&path.to_string_lossy()).into_owned();
    let source = if path.as_os_str() == "-" {
        Source::Stdin
    } else {
        Source::File(path.to_path_buf())
    };
    let bytes = crate::read::read_source(&source)
        .map_err(|e| format!("{shown}: {}", crate::read::path_reason(path, &e)))?;
    gold_text(&shown, bytes)
}

/// A gold file's bytes as text: UTF-8 (a byte-order mark is dropped by
/// [`parse_gold`]), or UTF-16 in the byte order its byte-order mark gives,
/// as `classify` reads documents. Unlike a document, a gold file is not
/// decoded in part: the error is the message naming `shown` and the line
/// of the first byte or code unit that does not decode.
fn gold_text(shown: &str, bytes: Vec<u8>) -> Result<String, String> {
    let unit: fn([u8; 2]) -> u16 = match bytes.get(..2) {
        Some([0xFF, 0xFE]) => u16::from_le_bytes,
        Some([0xFE, 0xFF]) => u16::from_be_bytes,
        _ => {
            return String::from_utf8(bytes).map_err(|e| {
                let upto = e.utf8_error().valid_up_to();
                let line = 1 + e.as_bytes()[..upto].iter().filter(|&&b| b == b'\n').count();
                format!("{shown}:{line}: not valid UTF-8")
            });
        }
    };
    let body = &bytes[2..];
    let mut text = String::with_capacity(body.len() / 2);
    let bad = |text: &str| {
        let line = 1 + text.matches('\n').count();
        format!("{shown}:{line}: not valid UTF-16")
    };
    for c in char::decode_utf16(body.chunks_exact(2).map(|u| unit([u[0], u[1]]))) {
        text.push(c.map_err(|_| bad(&text))?);
    }
    if body.len() % 2 == 1 {
        return Err(bad(&text));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Stance::*;

    #[test]
    fn a_gold_file_in_utf16_is_decoded_and_a_bad_one_named_by_line() {
        let text = "{\"doc\":\"a.txt\",\"paragraph\":0,\"stance\":\"pro\"}\n\u{e9}\n";
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(gold_text("g", le.clone()).as_deref(), Ok(text));
        assert_eq!(gold_text("g", be).as_deref(), Ok(text));
        // A lone surrogate on line 3, and a byte cut off at its end.
        let mut bad = le.clone();
        bad.extend([0x00, 0xD8, b'x', 0]);
        assert_eq!(
            gold_text("g", bad),
            Err("g:3: not valid UTF-16".to_string())
        );
        let mut cut = le;
        cut.push(b'x');
        assert_eq!(
            gold_text("g", cut),
            Err("g:3: not valid UTF-16".to_string())
        );
        assert_eq!(
            gold_text("g", b"ok\n\xff\n".to_vec()),
            Err("g:2: not valid UTF-8".to_string())
        );
    }

    #[test]
    fn metrics_match_a_hand_computed_case() {
        // gold \ pred   pro  scep  neut
        // pro            2     0     1
        // sceptical      1     3     0
        // neutral        0     1     2
        let mut pairs = Vec::new();
        pairs.extend([(Pro, Pro), (Pro, Pro), (Pro, Neutral)]);
        pairs.extend([
            (Sceptical, Pro),
            (Sceptical, Sceptical),
            (Sceptical, Sceptical),
            (Sceptical, Sceptical),
        ]);
        pairs.extend([(Neutral, Sceptical), (Neutral, Neutral), (Neutral, Neutral)]);
        let m = metrics(&pairs);
        assert_eq!(m.paragraphs, 10);
        assert_eq!(m.accuracy, 0.7);
        // pro: P 2/3, R 2/3, F1 0.667; sceptical: P 3/4, R 3/4, F1 0.75;
        // neutral: P 2/3, R 2/3, F1 0.667. Macro = (0.6667+0.75+0.6667)/3.
        assert_eq!(m.per_class[&Pro].f1, 0.667);
        assert_eq!(m.per_class[&Sceptical].precision, 0.75);
        assert_eq!(m.per_class[&Neutral].recall, 0.667);
        assert_eq!(m.macro_f1, 0.694);
        // Expected agreement: (3*3 + 4*4 + 3*3) / 100 = 0.34;
        // kappa = (0.7 - 0.34) / 0.66 = 0.5454...
        assert_eq!(m.kappa, Some(0.545));
        assert_eq!(m.confusion[&Sceptical][&Pro], 1);
    }

    #[test]
    fn undefined_ratios_are_zero() {
        let m = metrics(&[(Neutral, Neutral), (Neutral, Neutral)]);
        assert_eq!(m.per_class[&Pro].f1, 0.0);
        assert_eq!(m.per_class[&Neutral].f1, 1.0);
        assert_eq!(m.accuracy, 1.0);
        // Gold and predictions all one label: kappa is 0/0, undefined.
        assert_eq!(m.kappa, None);
        // All gold one label, every prediction another: no agreement, and
        // none expected by chance: 0.
        assert_eq!(metrics(&[(Neutral, Pro), (Neutral, Pro)]).kappa, Some(0.0));
        assert_eq!(metrics(&[]).kappa, None);
    }

    #[test]
    fn gold_parse_errors_name_path_and_line() {
        let text = "{\"doc\":\"a.txt\",\"paragraph\":0,\"stance\":\"pro\"}\n\nnot json\n{\"doc\":\"a.txt\",\"paragraph\":1,\"stance\":\"happy\"}\n";
        let (items, errs) = parse_gold(0, "g.jsonl", text);
        assert_eq!(items.len(), 1);
        assert_eq!(errs.len(), 2);
        assert_eq!(errs[0].at, (0, 3));
        assert_eq!(errs[0].message, "g.jsonl:3: not valid JSON (column 2)");
        assert!(
            errs[1]
                .message
                .starts_with("g.jsonl:4: unknown stance \"happy\""),
            "{}",
            errs[1].message
        );
    }

    #[test]
    fn a_gold_line_that_is_json_but_not_an_object_is_not_a_record() {
        for line in [
            "[\"a.txt\",0,\"pro\",null]",
            "[\"a.txt\"]",
            "42",
            "\"a.txt\"",
            "null",
        ] {
            let (items, errs) = parse_gold(0, "g.jsonl", line);
            assert!(items.is_empty(), "{line}");
            assert_eq!(
                errs[0].message, "g.jsonl:1: not a gold record: expected a JSON object",
                "{line}"
            );
        }
        // Broken JSON is still named as such.
        let (_, errs) = parse_gold(0, "g.jsonl", "[\"a.txt\",");
        assert!(errs[0].message.contains("not valid JSON"), "{:?}", errs);
    }

    #[test]
    fn gold_parse_errors_give_no_inner_line_and_a_column_only_where_it_helps() {
        let reason = |line: &str| {
            let (_, errs) = parse_gold(0, "g.jsonl", line);
            errs[0].message.clone()
        };
        // A field missing: the column is the end of the record, no help.
        assert_eq!(
            reason("{\"paragraph\": 0, \"stance\": \"pro\"}"),
            "g.jsonl:1: not a gold record: missing field \"doc\""
        );
        // A value of the wrong type: the column points at it.
        assert_eq!(
            reason("{\"doc\": \"a.txt\", \"paragraph\": \"0\", \"stance\": \"pro\"}"),
            "g.jsonl:1: not a gold record: string \"0\" where a whole number from 0 was expected (column 33)"
        );
        // A line cut short: the end of the line.
        assert_eq!(
            reason("{\"doc\": \"a.txt\""),
            "g.jsonl:1: not valid JSON: the line ends before the record does"
        );
    }

    #[test]
    fn a_bom_is_dropped_and_a_file_without_records_is_a_problem() {
        let line = "{\"doc\":\"a.txt\",\"paragraph\":0,\"stance\":\"pro\"}\n";
        let (items, errs) = parse_gold(0, "g.jsonl", &format!("\u{feff}{line}"));
        assert_eq!((items.len(), errs.len()), (1, 0), "{errs:?}");
        for (text, why) in [("", "empty"), ("\n  \n", "only blank lines")] {
            let (items, errs) = parse_gold(2, "g.jsonl", text);
            assert!(items.is_empty());
            assert_eq!(
                errs,
                vec![GoldProblem {
                    at: (2, 0),
                    message: format!("g.jsonl: no gold records (the file is {why})"),
                }]
            );
        }
    }

    #[test]
    fn duplicate_labels_are_errors_naming_both_places() {
        let text = "{\"doc\":\"a.txt\",\"paragraph\":0,\"stance\":\"pro\"}\n{\"doc\":\"a.txt\",\"paragraph\":1,\"stance\":\"pro\"}\n{\"doc\":\"a.txt\",\"paragraph\":0,\"stance\":\"neutral\"}\n";
        let (gold, errs) = parse_gold(0, "g.jsonl", text);
        assert!(errs.is_empty());
        assert_eq!(
            duplicates(&gold),
            vec![GoldProblem {
                at: (0, 3),
                message:
                    "g.jsonl:3: a second label for a.txt paragraph 0 (the first, pro, is at g.jsonl:1)"
                        .to_string()
            }]
        );
    }

    #[test]
    fn doc_names_are_one_spelling_and_stay_in_docs() {
        assert_eq!(doc_name("a.txt").as_deref(), Ok("a.txt"));
        assert_eq!(doc_name("./a.txt").as_deref(), Ok("a.txt"));
        assert_eq!(doc_name("sub//./b.txt").as_deref(), Ok("sub/b.txt"));
        assert_eq!(doc_name("sub/../a.txt").as_deref(), Ok("a.txt"));
        assert!(doc_name("../outside.txt").is_err());
        assert!(doc_name("sub/../../outside.txt").is_err());
        assert!(doc_name("/etc/hostname").is_err());
        assert!(doc_name("").is_err());
        assert!(doc_name("./").is_err());
        // Two spellings of one file are a second label.
        let text = "{\"doc\":\"a.txt\",\"paragraph\":0,\"stance\":\"pro\"}\n\
                    {\"doc\":\"./a.txt\",\"paragraph\":0,\"stance\":\"sceptical\"}\n\
                    {\"doc\":\"../b.txt\",\"paragraph\":0,\"stance\":\"pro\"}\n";
        let (gold, errs) = parse_gold(0, "g.jsonl", text);
        assert_eq!(
            errs,
            vec![GoldProblem {
                at: (0, 3),
                message: "g.jsonl:3: doc \"../b.txt\" leaves --docs: name a file in --docs, \
                          relative to it"
                    .to_string()
            }]
        );
        assert_eq!(duplicates(&gold).len(), 1);
    }

    #[test]
    fn macro_f1_leaves_out_a_label_neither_gold_nor_predicted() {
        // No sceptical anywhere: the mean of pro and neutral.
        let m = metrics(&[(Pro, Pro), (Neutral, Neutral), (Neutral, Pro)]);
        // pro: P 1/2, R 1, F1 0.667; neutral: P 1, R 1/2, F1 0.667.
        assert_eq!(m.macro_f1, 0.667);
        assert_eq!(m.per_class[&Sceptical].f1, 0.0);
        let w = label_warnings(&m, "g.jsonl");
        assert_eq!(
            w,
            vec![
                "g.jsonl: warning: no gold paragraph is labelled sceptical, and none was \
                 predicted sceptical; macro-F1 is the mean over the other labels"
            ]
        );
        // Sceptical predicted but never gold: it counts, with F1 0.
        let m = metrics(&[(Pro, Pro), (Neutral, Neutral), (Neutral, Sceptical)]);
        // pro 1, neutral P 1 R 1/2 F1 0.667, sceptical 0.
        assert_eq!(m.macro_f1, 0.556);
        let w = label_warnings(&m, "g.jsonl");
        assert_eq!(
            w,
            vec![
                "g.jsonl: warning: no gold paragraph is labelled sceptical; its F1 is 0 in \
                 macro-F1 (1 paragraph predicted sceptical, all wrong)"
            ]
        );
        assert!(
            label_warnings(
                &metrics(&[(Pro, Pro), (Sceptical, Neutral), (Neutral, Neutral)]),
                "g"
            )
            .is_empty()
        );
    }

    #[test]
    fn floors_parse_and_check() {
        let floors = parse_floors(Some(0.7), &["pro=0.9".into()]).unwrap();
        let m = metrics(&[(Pro, Pro), (Neutral, Neutral), (Sceptical, Neutral)]);
        let missed = check_floors(&m, &floors);
        // macro-F1 = (1 + 0 + 0.667)/3 = 0.556 < 0.7; pro F1 = 1 >= 0.9.
        assert_eq!(missed.len(), 1);
        assert_eq!(missed[0].metric, "macro-F1");
        assert!(parse_floors(None, &["happy=0.5".into()]).is_err());
        assert!(parse_floors(Some(1.5), &[]).is_err());
        let twice = parse_floors(
            None,
            &["pro=0.9".into(), "neutral=0.5".into(), "pro=0.1".into()],
        );
        assert_eq!(
            twice.unwrap_err().to_string(),
            "--min-f1 gives pro two floors (\"pro=0.9\" and \"pro=0.1\"); give one per label"
        );
    }
}
