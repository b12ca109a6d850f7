//! `bigsoc explain`: a readable trace of how each paragraph got its label,
//! the answer to "why did it say that?".

use std::io::{self, Write};

use anyhow::{Context, anyhow};

use super::{Loaded, load};
use crate::EXIT_OK;
use crate::cli::ExplainArgs;
use crate::lexicon::Role;
use crate::read::Source;
use crate::score::{
    Link, PRO_THRESHOLD, Rule, SCEPTICAL_THRESHOLD, ScoredDocument, ScoredParagraph, Scorer,
};

pub fn run(args: ExplainArgs) -> anyhow::Result<i32> {
    let scorer = super::scorer(&args.lexicons)?;
    let source = if args.path.as_os_str() == "-" {
        Source::Stdin
    } else {
        Source::File(args.path.clone())
    };
    let name = source.display_name();
    let text = match load(&source) {
        Loaded::Text { text, warning } => {
            if let Some(w) = warning {
                super::message(&format!("{name}: warning: {w}"));
            }
            text
        }
        Loaded::Binary => return Err(anyhow!("{name}: {}", super::BINARY_SKIPPED)),
        Loaded::Unreadable(reason) => return Err(anyhow!("{name}: {reason}")),
    };
    let doc = scorer.score_document(&text);
    if let Some(n) = args.paragraph
        && n >= doc.paragraphs.len()
    {
        return Err(anyhow!(
            "{name}: no paragraph {n} (the document has {} paragraphs, numbered from 0)",
            doc.paragraphs.len()
        ));
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    write_explanation(&mut out, &name, &scorer, &doc, args.paragraph)?;
    out.flush().context("error writing output")?;
    Ok(EXIT_OK)
}

/// Writes the trace of a scored document (or of one paragraph of it).
pub fn write_explanation<W: Write>(
    out: &mut W,
    name: &str,
    scorer: &Scorer,
    doc: &ScoredDocument<'_>,
    only: Option<usize>,
) -> io::Result<()> {
    let naming: Vec<String> = doc
        .paragraphs
        .iter()
        .filter(|p| p.score.link == Link::Explicit)
        .map(|p| p.para.index.to_string())
        .collect();
    writeln!(
        out,
        "{}: {} paragraph{}; lexicons {}",
        super::printable(name),
        doc.paragraphs.len(),
        if doc.paragraphs.len() == 1 { "" } else { "s" },
        scorer.lexicons.fingerprint
    )?;
    if naming.is_empty() {
        writeln!(
            out,
            "The document never names the Big Society or its parts, so no paragraph is linked to it\n\
             and every paragraph is neutral."
        )?;
    } else {
        writeln!(
            out,
            "Paragraphs naming the target (numbered from 0): {}.",
            naming.join(", ")
        )?;
    }
    if only.is_none() {
        writeln!(
            out,
            "Document stance: {} (pro {}, sceptical {}, neutral {}; the lean with more paragraphs wins, a tie is neutral).",
            doc.stance, doc.counts.pro, doc.counts.sceptical, doc.counts.neutral
        )?;
    }
    for p in &doc.paragraphs {
        if only.is_some_and(|n| n != p.para.index) {
            continue;
        }
        writeln!(out)?;
        write_paragraph(out, scorer, p)?;
    }
    Ok(())
}

fn write_paragraph<W: Write>(
    out: &mut W,
    scorer: &Scorer,
    p: &ScoredParagraph<'_>,
) -> io::Result<()> {
    let s = &p.score;
    let lines = if p.para.start_line == p.para.end_line {
        format!("line {}", p.para.start_line)
    } else {
        format!("lines {}-{}", p.para.start_line, p.para.end_line)
    };
    writeln!(
        out,
        "paragraph {} ({lines}): {} (score {}, confidence {:.2})",
        p.para.index,
        s.stance,
        score_text(s.score),
        s.confidence
    )?;
    let text: String = p
        .para
        .text
        .chars()
        .take(300)
        .collect::<String>()
        .replace('\n', " ");
    let more = if p.para.text.chars().count() > 300 {
        " ..."
    } else {
        ""
    };
    writeln!(out, "  \"{}{more}\"", super::printable(&text))?;
    let link = match s.link {
        Link::Explicit => format!("explicit: names {}", quoted_list(&s.targets)),
        Link::Reference => "reference: refers to it (\"the scheme\", \"the idea\", ...) in a document that names it".into(),
        Link::Context => "context: names nothing, but the document names the target; domain frames count in full, general words at half weight".into(),
        Link::None => "none: the paragraph is not linked to the target, so its terms do not count".into(),
    };
    writeln!(out, "  link: {link}")?;
    if s.boilerplate {
        writeln!(
            out,
            "  boilerplate: every line matches a pattern in boilerplate.txt, so it is neutral"
        )?;
        return Ok(());
    }
    let cues: Vec<String> = scorer
        .cues(p.para.text)
        .into_iter()
        .filter(|c| c.kind != Role::Target.name())
        .map(|c| {
            let flat = c.matched.replace('\n', " ");
            let shown = super::printable(&flat);
            let shape = if c.pattern.contains("...") {
                format!(" ({})", c.pattern)
            } else {
                String::new()
            };
            let unused = if c.counted { "" } else { " (not counted here)" };
            format!("{} \"{shown}\"{shape}{unused}", c.kind)
        })
        .collect();
    if !cues.is_empty() {
        writeln!(out, "  cues: {}", cues.join(", "))?;
    }
    if s.evidence.is_empty() {
        writeln!(out, "  terms: none counted")?;
    } else {
        writeln!(out, "  terms:")?;
        for e in &s.evidence {
            writeln!(
                out,
                "    \"{}\" matches {} term \"{}\", weight {:+.2}",
                e.matched,
                e.lexicon.name(),
                e.term,
                e.base
            )?;
            let mut w = e.base;
            for (rule, f) in &e.rules {
                if *f == 1.0 {
                    writeln!(out, "      {:<16} {}", rule.as_str(), rule_note(*rule))?;
                } else {
                    w *= f;
                    writeln!(
                        out,
                        "      {:<16} x{:<6} -> {:+.2}  {}",
                        rule.as_str(),
                        trim(*f),
                        w,
                        rule_note(*rule)
                    )?;
                }
            }
        }
    }
    writeln!(
        out,
        "  sum {}; pro at >= {:+.2}, sceptical at <= {:+.2}: {}",
        score_text(s.score),
        PRO_THRESHOLD,
        -SCEPTICAL_THRESHOLD,
        s.stance
    )?;
    Ok(())
}

fn trim(f: f64) -> String {
    let s = format!("{f:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn quoted_list(items: &[String]) -> String {
    items
        .iter()
        .map(|t| format!("\"{t}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn rule_note(rule: Rule) -> &'static str {
    match rule {
        Rule::Negated => "a negator stands just before it",
        Rule::Warning => "negated after a modal: a warning keeps its doubt",
        Rule::Intensified => "an intensifier stands just before it",
        Rule::Downtoned => "a downtoner stands just before it",
        Rule::Hedged => "a hedge earlier in the clause",
        Rule::Question => "in a question (recorded; a rhetorical question keeps its lean)",
        Rule::AfterContrast => "after a contrast marker: carries the paragraph",
        Rule::BeforeContrast => "before a contrast marker: what the writer turns from",
        Rule::Concession => "in a concessive clause",
        Rule::Rebutted => "in a view the paragraph rejects",
        Rule::AboutCritics => "said of the critics: faulting them defends the target",
        Rule::Quoted => "inside quotation marks (recorded; a quoted view counts)",
        Rule::Fixed => {
            "fixed-sign term (weight with `!`): negation, rebuttal and the critics rule leave it alone"
        }
        Rule::Attributed => "in a reported view (recorded; a reported view counts)",
        Rule::Context => "the paragraph is linked by document context only",
        Rule::OpenQuestion => "in a clause opened by \"whether\": an open question, not a claim",
    }
}

/// A score as the label sees it: two decimals, or three where the third
/// matters (a score of 0.895 is below a 0.9 threshold and must not print
/// as "+0.90").
pub fn score_text(score: f64) -> String {
    if ((score * 100.0).round() - score * 100.0).abs() < 1e-9 {
        format!("{score:+.2}")
    } else {
        format!("{score:+.3}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explanation_names_link_terms_rules_and_thresholds() {
        let scorer = Scorer::new(crate::lexicon::embedded().clone());
        let text = "The Big Society is not a cover for cuts, ministers said.\n\nComments are closed.\n\nIt rained.";
        let doc = scorer.score_document(text);
        let mut buf = Vec::new();
        write_explanation(&mut buf, "a.txt", &scorer, &doc, None).unwrap();
        let s = String::from_utf8(buf).unwrap();
        assert!(
            s.contains("Paragraphs naming the target (numbered from 0): 0."),
            "{s}"
        );
        assert!(s.contains("paragraph 0 (line 1): pro"), "{s}");
        assert!(s.contains("link: explicit: names \"big society\""), "{s}");
        assert!(
            s.contains("\"cover for cuts\" matches stance term \"cover~ for cuts\""),
            "{s}"
        );
        assert!(s.contains("negated"), "{s}");
        assert!(
            s.contains("pro at >= +0.90, sceptical at <= -0.90: pro"),
            "{s}"
        );
        assert!(s.contains("boilerplate: every line matches"), "{s}");
        let mut one = Vec::new();
        write_explanation(&mut one, "a.txt", &scorer, &doc, Some(2)).unwrap();
        let one = String::from_utf8(one).unwrap();
        assert_eq!(score_text(0.895), "+0.895");
        assert_eq!(score_text(-1.5), "-1.50");
        assert!(
            one.contains("paragraph 2") && !one.contains("paragraph 0 ("),
            "{one}"
        );
    }
}
