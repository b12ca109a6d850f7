//! `bigsoc diff`: what a lexicon edit changes. Classifies the inputs with
//! two lexicon sets and lists every paragraph whose stance changes, with the
//! evidence that appeared or went away.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, Write};
use std::path::Path;

use anyhow::Context;
use serde::Serialize;

use super::{Loaded, load, message, printable_name};
use crate::cli::{DiffArgs, ReportFormat};
use crate::output::{EvidenceRecord, round};
use crate::parallel;
use crate::read::Source;
use crate::score::{Counts, DocContext, Evidence, Link, Scorer, Stance, declares_satire};
use crate::segment::{self, Paragraph};
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
    /// Evidence only the new lexicons produce: each distinct item once, in
    /// the shape of `classify`'s evidence, with how many more times it is
    /// there.
    pub added: Vec<EvidenceCount>,
    /// Evidence only the base lexicons produced, the same way.
    pub removed: Vec<EvidenceCount>,
    /// `added` as the text format shows it: each distinct `term (weight)`
    /// once, `term (weight) x N` when it is there N times more.
    #[serde(skip)]
    pub added_text: Vec<String>,
    /// `removed` as the text format shows it.
    #[serde(skip)]
    pub removed_text: Vec<String>,
    pub text: String,
}

/// One item of evidence that changed, as JSON: the fields of `classify`'s
/// evidence (`match`, `term`, `lexicon`, `base`, `weight`, `rules`) and
/// `count`, how many more times one side has it than the other.
#[derive(Debug, Clone)]
pub struct EvidenceCount {
    pub evidence: Evidence,
    pub count: usize,
}

impl Serialize for EvidenceCount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Record<'a> {
            #[serde(flatten)]
            evidence: EvidenceRecord<'a>,
            count: usize,
        }
        Record {
            evidence: EvidenceRecord::new(&self.evidence),
            count: self.count,
        }
        .serialize(serializer)
    }
}

/// Totals over all inputs.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub documents: usize,
    pub paragraphs: usize,
    pub changed: usize,
    /// `"old -> new"` to count, in label order (see [`Transition`]).
    pub transitions: BTreeMap<Transition, usize>,
    /// Paragraphs per label, as `classify` counts them (pro, sceptical,
    /// neutral).
    pub base_counts: Counts,
    pub new_counts: Counts,
}

/// A change of label, written `old -> new`. It orders by the old label,
/// then the new, each in label order (pro, sceptical, neutral, as
/// `counts` are), not as its text sorts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Transition {
    pub old: Stance,
    pub new: Stance,
}

impl fmt::Display for Transition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} -> {}", self.old, self.new)
    }
}

impl Serialize for Transition {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[derive(Serialize)]
struct JsonDiff<'a> {
    base_lexicons: &'a str,
    new_lexicons: &'a str,
    changes: &'a [Change],
    summary: &'a Summary,
}

/// How the text format shows an item of evidence: its weight with a third
/// decimal where it matters, as the scores and `explain` show them, so
/// the terms add up to the score.
fn evidence_text(e: &Evidence) -> String {
    format!("{} ({})", e.term, super::score_text(round(e.weight)))
}

/// An item of evidence as JSON shows it, so two items are the same when
/// their JSON objects are.
fn evidence_json(e: &Evidence) -> String {
    serde_json::to_string(&EvidenceRecord::new(e)).unwrap_or_default()
}

/// The evidence in `a` and not in `b`, as a multiset of `key`s: each
/// distinct item once, the first of its key in `a`, with how many more
/// times `a` has it. Linear-logarithmic, so a paragraph of a million terms
/// compares in moments.
fn evidence_minus<'e>(
    a: &'e [Evidence],
    b: &[Evidence],
    key: impl Fn(&Evidence) -> String,
) -> Vec<(&'e Evidence, usize)> {
    let mut count: BTreeMap<String, i64> = BTreeMap::new();
    let mut order = Vec::new();
    for e in a {
        let k = key(e);
        let c = count.entry(k.clone()).or_insert(0);
        if *c == 0 {
            order.push((k, e));
        }
        *c += 1;
    }
    for e in b {
        if let Some(c) = count.get_mut(&key(e)) {
            *c -= 1;
        }
    }
    order
        .into_iter()
        .filter_map(|(k, e)| {
            usize::try_from(count[&k])
                .ok()
                .filter(|&n| n > 0)
                .map(|n| (e, n))
        })
        .collect()
}

/// The evidence in `a` and not in `b`, in the shape of `classify`'s.
fn evidence_records(a: &[Evidence], b: &[Evidence]) -> Vec<EvidenceCount> {
    evidence_minus(a, b, evidence_json)
        .into_iter()
        .map(|(e, count)| EvidenceCount {
            evidence: e.clone(),
            count,
        })
        .collect()
}

/// The evidence in `a` and not in `b` as the text format shows it: each
/// distinct `term (weight)` once, with " x N" when it is missing N times.
fn evidence_lines(a: &[Evidence], b: &[Evidence]) -> Vec<String> {
    evidence_minus(a, b, evidence_text)
        .into_iter()
        .map(|(e, n)| match n {
            1 => evidence_text(e),
            n => format!("{} x {n}", evidence_text(e)),
        })
        .collect()
}

/// One paragraph as both lexicon sets score it, assuming the document
/// names the target; the evidence is kept only where the stances differ.
struct Pair<'a> {
    para: Paragraph<'a>,
    a: (Stance, f64),
    b: (Stance, f64),
    evidence: Option<(Vec<Evidence>, Vec<Evidence>)>,
}

/// Compares the two classifications of one document, paragraph by
/// paragraph: memory holds a few numbers per paragraph and the evidence of
/// the paragraphs that change, not two scored copies of the document.
pub fn compare(
    path: &str,
    text: &str,
    base: &Scorer,
    new: &Scorer,
) -> (Vec<Change>, [usize; 3], [usize; 3]) {
    // Each paragraph is scored as if the document named the target; a set
    // for which no paragraph names it turns every verdict neutral at the
    // end, as `Scorer::score_document` does.
    let assumed = DocContext {
        mentions_target: true,
        satire: segment::paragraphs(text).any(|p| declares_satire(p.text)),
    };
    let mut names = (false, false);
    let mut pairs = Vec::new();
    for para in segment::paragraphs(text) {
        let a = base.score_paragraph(para.text, assumed);
        let b = new.score_paragraph(para.text, assumed);
        names.0 |= a.link == Link::Explicit;
        names.1 |= b.link == Link::Explicit;
        let evidence = (a.stance != b.stance).then_some((a.evidence, b.evidence));
        pairs.push(Pair {
            para,
            a: (a.stance, a.score),
            b: (b.stance, b.score),
            evidence,
        });
    }
    let mut changes = Vec::new();
    let mut base_counts = [0; 3];
    let mut new_counts = [0; 3];
    let unlinked = (Stance::Neutral, 0.0);
    for p in pairs {
        let a = if names.0 { p.a } else { unlinked };
        let b = if names.1 { p.b } else { unlinked };
        base_counts[a.0 as usize] += 1;
        new_counts[b.0 as usize] += 1;
        if a.0 == b.0 {
            continue;
        }
        // The stances differ: from the evidence kept, or (when only one set
        // links the document) from the linked side scored again.
        let (ea, eb) = match p.evidence {
            Some(e) => e,
            None => (
                base.score_paragraph(p.para.text, assumed).evidence,
                new.score_paragraph(p.para.text, assumed).evidence,
            ),
        };
        let ea = if names.0 { ea } else { Vec::new() };
        let eb = if names.1 { eb } else { Vec::new() };
        changes.push(Change {
            path: path.to_string(),
            index: p.para.index,
            start_line: p.para.start_line,
            old: a.0,
            new: b.0,
            old_score: round(a.1),
            new_score: round(b.1),
            added: evidence_records(&eb, &ea),
            removed: evidence_records(&ea, &eb),
            added_text: evidence_lines(&eb, &ea),
            removed_text: evidence_lines(&ea, &eb),
            text: p.para.text.to_string(),
        });
    }
    (changes, base_counts, new_counts)
}

pub fn run(args: DiffArgs) -> anyhow::Result<i32> {
    let walk = super::walk(&args.folders, args.hidden)?;
    check_base(&args.base)?;
    let base = super::load_scorer(&args.base)?;
    let new = super::scorer(&args.lexicons)?;
    let (sources, mut failed) = super::gather_inputs(
        args.paths,
        &walk,
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
            .entry(Transition {
                old: c.old,
                new: c.new,
            })
            .or_default() += 1;
    }
    let counts = |c: [usize; 3]| Counts {
        pro: c[Stance::Pro as usize],
        sceptical: c[Stance::Sceptical as usize],
        neutral: c[Stance::Neutral as usize],
    };
    summary.base_counts = counts(base_counts);
    summary.new_counts = counts(new_counts);
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

/// Checks that `--base` is a folder before its lexicons load: the lexicon
/// loader's own check names `--lexicons`, which would blame the wrong flag.
fn check_base(dir: &Path) -> anyhow::Result<()> {
    let shown = || printable_name(&dir.to_string_lossy()).into_owned();
    match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => anyhow::bail!(
            "{}: not a folder: --base takes a folder of lexicon files",
            shown()
        ),
        Err(err) => anyhow::bail!(
            "{}: cannot read the --base lexicon folder: {}",
            shown(),
            crate::read::io_reason(&err)
        ),
    }
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
        for a in &c.added_text {
            writeln!(out, "    + {a}")?;
        }
        for r in &c.removed_text {
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
    let counts = |c: &Counts| {
        format!(
            "pro {}, sceptical {}, neutral {}",
            c.pro, c.sceptical, c.neutral
        )
    };
    writeln!(out, "base: {}", counts(&s.base_counts))?;
    writeln!(out, "new:  {}", counts(&s.new_counts))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{Role, embedded_with};

    /// The embedded lexicons with these targets and stance terms.
    fn scorer(targets: &str, stance: &str) -> Scorer {
        Scorer::new(embedded_with(&[
            (Role::Stance, stance),
            (Role::General, ""),
            (Role::Target, targets),
        ]))
    }

    #[test]
    fn changed_evidence_is_a_multiset_shown_once_with_a_count() {
        let base = scorer("big society\n", "slogan -1\n");
        let new = scorer("big society\n", "slogan -1\nsuccess 2\n");
        let text = "The Big Society: a success, a success, a success, a slogan.";
        let (changes, base_counts, new_counts) = compare("t", text, &base, &new);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].added_text, vec!["success (+2.00) x 3"]);
        assert!(changes[0].removed_text.is_empty());
        let added: Vec<_> = changes[0]
            .added
            .iter()
            .map(|a| (a.evidence.term.as_str(), a.count))
            .collect();
        assert_eq!(added, vec![("success", 3)]);
        assert!(changes[0].removed.is_empty());
        assert_eq!(base_counts[Stance::Sceptical as usize], 1);
        assert_eq!(new_counts[Stance::Pro as usize], 1);
    }

    #[test]
    fn a_set_that_no_longer_names_the_target_turns_every_paragraph_neutral() {
        let base = scorer("big society\n", "success 2\n");
        let new = scorer("grand plan\n", "success 2\n");
        let text = "The Big Society.\n\nIt was a success.\n\nAnother success.";
        let (changes, _, new_counts) = compare("t", text, &base, &new);
        // Both success paragraphs were pro by context; with no target named
        // they are neutral, and the evidence they had is what went away.
        assert_eq!(changes.len(), 2, "{changes:?}");
        assert!(changes.iter().all(|c| c.new == Stance::Neutral));
        assert_eq!(changes[0].removed_text, vec!["success (+2.00)"]);
        assert_eq!(changes[0].removed.len(), 1);
        assert_eq!(changes[0].removed[0].count, 1);
        assert!(changes[0].added.is_empty() && changes[0].added_text.is_empty());
        assert_eq!(new_counts[Stance::Neutral as usize], 3);
    }
}
