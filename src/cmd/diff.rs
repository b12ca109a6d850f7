//! `bigsoc diff`: what a lexicon edit changes. Classifies the inputs with
//! two lexicon sets and lists every paragraph whose stance changes, with the
//! evidence that appeared or went away.

use std::collections::BTreeMap;
use std::io::{self, Write};

use anyhow::Context;
use serde::Serialize;

use super::{Loaded, load, message, printable_name};
use crate::cli::{DiffArgs, ReportFormat};
use crate::output::round;
use crate::parallel;
use crate::read::{self, Source};
use crate::score::{Evidence, Scorer, Stance};
use crate::{EXIT_ERROR, EXIT_OK};

/// Why a document was not compared: skipped with a warning (binary), or
/// unreadable (an error, exit 2).
enum Skip {
    Warning(String),
    Error(String),
}

/// Characters of a changed paragraph's text shown in the text format; the
/// rest is cut at a word boundary and marked " ...".
const SHOWN_CHARS: usize = 160;

/// One paragraph whose stance changed.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub path: String,
    pub index: usize,
    pub start_line: usize,
    pub old: Stance,
    pub new: Stance,
    pub old_score: f64,
    pub new_score: f64,
    /// Evidence only the new lexicons produce (`term (weight)`).
    pub added: Vec<String>,
    /// Evidence only the base lexicons produced.
    pub removed: Vec<String>,
    pub text: String,
}

/// Totals over all inputs.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub documents: usize,
    pub paragraphs: usize,
    pub changed: usize,
    /// `"old -> new"` to count.
    pub transitions: BTreeMap<String, usize>,
    pub base_counts: BTreeMap<&'static str, usize>,
    pub new_counts: BTreeMap<&'static str, usize>,
}

#[derive(Serialize)]
struct JsonDiff<'a> {
    base_lexicons: &'a str,
    new_lexicons: &'a str,
    changes: &'a [Change],
    summary: &'a Summary,
}

fn evidence_key(e: &Evidence) -> String {
    format!("{} ({:+.2})", e.term, round(e.weight))
}

/// Compares the two classifications of one document.
pub fn compare(
    path: &str,
    text: &str,
    base: &Scorer,
    new: &Scorer,
) -> (Vec<Change>, [usize; 3], [usize; 3]) {
    let a = base.score_document(text);
    let b = new.score_document(text);
    let mut changes = Vec::new();
    let mut base_counts = [0; 3];
    let mut new_counts = [0; 3];
    for (pa, pb) in a.paragraphs.iter().zip(&b.paragraphs) {
        base_counts[pa.score.stance as usize] += 1;
        new_counts[pb.score.stance as usize] += 1;
        if pa.score.stance == pb.score.stance {
            continue;
        }
        let old_ev: Vec<String> = pa.score.evidence.iter().map(evidence_key).collect();
        let new_ev: Vec<String> = pb.score.evidence.iter().map(evidence_key).collect();
        changes.push(Change {
            path: path.to_string(),
            index: pa.para.index,
            start_line: pa.para.start_line,
            old: pa.score.stance,
            new: pb.score.stance,
            old_score: round(pa.score.score),
            new_score: round(pb.score.score),
            added: new_ev
                .iter()
                .filter(|e| !old_ev.contains(e))
                .cloned()
                .collect(),
            removed: old_ev
                .iter()
                .filter(|e| !new_ev.contains(e))
                .cloned()
                .collect(),
            text: pa.para.text.to_string(),
        });
    }
    (changes, base_counts, new_counts)
}

pub fn run(args: DiffArgs) -> anyhow::Result<i32> {
    let base = super::load_scorer(&args.base)?;
    let new = super::scorer(&args.lexicons)?;
    let (sources, mut failed) = super::gather_inputs(
        args.paths,
        &read::Walk::new(&args.folders.ext, args.hidden),
        "no input: give files or folders to compare",
    )?;
    let pool = parallel::pool(args.threads, sources.len())?;
    let mut changes = Vec::new();
    let mut summary = Summary::default();
    let mut base_counts = [0usize; 3];
    let mut new_counts = [0usize; 3];
    parallel::ordered_map(
        &pool,
        &sources,
        |s: &Source| match load(s) {
            Loaded::Text { text, warning } => {
                Ok((compare(&s.display_name(), &text, &base, &new), warning))
            }
            Loaded::Binary => Err(Skip::Warning(super::BINARY_SKIPPED.to_string())),
            Loaded::Unreadable(r) => Err(Skip::Error(r)),
        },
        |i, r| {
            let name = printable_name(&sources[i].display_name()).into_owned();
            match r {
                Some(Ok(((c, bc, nc), warning))) => {
                    if let Some(w) = warning {
                        message(&format!("{name}: warning: {w}"));
                    }
                    summary.documents += 1;
                    for k in 0..3 {
                        base_counts[k] += bc[k];
                        new_counts[k] += nc[k];
                    }
                    changes.extend(c);
                }
                Some(Err(Skip::Warning(w))) => message(&format!("{name}: warning: {w}")),
                Some(Err(Skip::Error(reason))) => {
                    message(&format!("{name}: {reason}"));
                    failed = true;
                }
                None => {
                    message(&format!("{name}: internal error"));
                    failed = true;
                }
            }
            Ok::<(), anyhow::Error>(())
        },
    )?;
    summary.paragraphs = base_counts.iter().sum();
    summary.changed = changes.len();
    for c in &changes {
        *summary
            .transitions
            .entry(format!("{} -> {}", c.old, c.new))
            .or_default() += 1;
    }
    for s in Stance::ALL {
        summary
            .base_counts
            .insert(s.as_str(), base_counts[s as usize]);
        summary
            .new_counts
            .insert(s.as_str(), new_counts[s as usize]);
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.format {
        ReportFormat::Json => {
            let report = JsonDiff {
                base_lexicons: &base.lexicons.fingerprint,
                new_lexicons: &new.lexicons.fingerprint,
                changes: &changes,
                summary: &summary,
            };
            serde_json::to_writer_pretty(&mut out, &report)
                .map_err(io::Error::from)
                .and_then(|()| writeln!(out))
        }
        ReportFormat::Text => write_text(&mut out, &changes, &summary),
    }
    .and_then(|()| out.flush())
    .context("error writing output")?;
    Ok(if failed { EXIT_ERROR } else { EXIT_OK })
}

fn write_text<W: Write>(out: &mut W, changes: &[Change], s: &Summary) -> io::Result<()> {
    for c in changes {
        writeln!(
            out,
            "{}:{} paragraph {}: {} -> {} (score {} -> {})",
            printable_name(&c.path),
            c.start_line,
            c.index,
            c.old,
            c.new,
            super::score_text(c.old_score),
            super::score_text(c.new_score)
        )?;
        for a in &c.added {
            writeln!(out, "    + {a}")?;
        }
        for r in &c.removed {
            writeln!(out, "    - {r}")?;
        }
        let text = super::clip(&c.text, SHOWN_CHARS);
        writeln!(out, "    | {}", super::printable(&text))?;
    }
    if !changes.is_empty() {
        writeln!(out)?;
    }
    write!(
        out,
        "{} of {} paragraph{} in {} document{} changed",
        s.changed,
        s.paragraphs,
        if s.paragraphs == 1 { "" } else { "s" },
        s.documents,
        if s.documents == 1 { "" } else { "s" }
    )?;
    if !s.transitions.is_empty() {
        let t: Vec<String> = s
            .transitions
            .iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect();
        write!(out, " ({})", t.join(", "))?;
    }
    writeln!(out)?;
    let counts = |m: &BTreeMap<&str, usize>| {
        format!(
            "pro {}, sceptical {}, neutral {}",
            m["pro"], m["sceptical"], m["neutral"]
        )
    };
    writeln!(out, "base: {}", counts(&s.base_counts))?;
    writeln!(out, "new:  {}", counts(&s.new_counts))?;
    Ok(())
}
