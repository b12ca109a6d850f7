//! `bigsoc explain`: a readable trace of how each paragraph got its label,
//! the answer to "why did it say that?".

use std::io::{self, Write};

use anyhow::{Context, anyhow};

use super::{Loaded, clip, load, one_line, printable_name, score_text};
use crate::EXIT_OK;
use crate::cli::ExplainArgs;
use crate::lexicon::Role;
use crate::read::Source;
use crate::score::{
    CueReport, Link, PRO_THRESHOLD, Rule, SCEPTICAL_THRESHOLD, ScoredDocument, ScoredParagraph,
    Scorer,
};

pub fn run(args: ExplainArgs) -> anyhow::Result<i32> {
    let scorer = super::scorer(&args.lexicons)?;
    let source = if args.path.as_os_str() == "-" {
        Source::Stdin
    } else {
        Source::File(args.path.clone())
    };
    let name = printable_name(&source.display_name()).into_owned();
    let text = match load(&source) {
        Loaded::Text { text, warning } => {
            if let Some(w) = warning {
                super::message(&format!("{name}: warning: {w}"));
            }
            text
        }
        Loaded::Binary => return Err(anyhow!("{name}: {}", super::BINARY_SKIPPED)),
        Loaded::Unreadable(reason) => {
            let hint = if args.path.is_dir() {
                " (explain reads one file; classify walks folders)"
            } else {
                ""
            };
            return Err(anyhow!("{name}: {reason}{hint}"));
        }
    };
    let doc = scorer.score_document(&text);
    if let Some(n) = args.paragraph
        && n >= doc.paragraphs.len()
    {
        return Err(anyhow!(
            "{name}: no paragraph {n} ({})",
            super::paragraph_count(doc.paragraphs.len())
        ));
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    write_explanation(&mut out, &name, &scorer, &doc, args.paragraph)
        .and_then(|()| out.flush())
        .context("error writing output")?;
    Ok(EXIT_OK)
}

/// Paragraph numbers listed in full in the line naming the paragraphs that
/// name the target; a longer list is cut, with a count of the rest. A
/// document of 100,000 paragraphs must not print a 400 KB line.
const NAMING_LISTED: usize = 20;

/// Characters of paragraph text quoted in a trace; the rest is cut at a word
/// boundary and marked " ...".
const QUOTED_CHARS: usize = 300;

/// Writes the trace of a scored document (or of one paragraph of it).
/// Control characters in `name` are shown escaped (see
/// [`printable_name`]).
pub fn write_explanation<W: Write>(
    out: &mut W,
    name: &str,
    scorer: &Scorer,
    doc: &ScoredDocument<'_>,
    only: Option<usize>,
) -> io::Result<()> {
    let naming: Vec<usize> = doc
        .paragraphs
        .iter()
        .filter(|p| p.score.link == Link::Explicit)
        .map(|p| p.para.index)
        .collect();
    writeln!(
        out,
        "{}: {} paragraph{}; lexicons {}",
        printable_name(name),
        thousands(doc.paragraphs.len()),
        if doc.paragraphs.len() == 1 { "" } else { "s" },
        scorer.lexicons.fingerprint
    )?;
    if naming.is_empty() {
        writeln!(
            out,
            "The document never names the Big Society or its parts, so no paragraph is linked to it\n\
             and every paragraph is neutral."
        )?;
    } else if only.is_some() {
        // One paragraph asked for: what the document's naming means for it
        // (context links), not the list.
        writeln!(
            out,
            "The document names the target in {} of its {} paragraph{}.",
            thousands(naming.len()),
            thousands(doc.paragraphs.len()),
            if doc.paragraphs.len() == 1 { "" } else { "s" },
        )?;
    } else {
        writeln!(
            out,
            "Paragraphs naming the target (numbered from 0): {}.",
            abbreviated_list(&naming, NAMING_LISTED)
        )?;
    }
    if only.is_none() {
        writeln!(
            out,
            "Document stance: {} (pro {}, sceptical {}, neutral {}; the lean with more paragraphs wins, a tie is neutral).",
            doc.stance,
            thousands(doc.counts.pro),
            thousands(doc.counts.sceptical),
            thousands(doc.counts.neutral)
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

/// `items` joined by ", ", the first `max` only when there are more:
/// "0, 2, 3, ... and 1,234 more".
fn abbreviated_list(items: &[usize], max: usize) -> String {
    let shown: Vec<String> = items.iter().take(max).map(|i| i.to_string()).collect();
    let mut s = shown.join(", ");
    if items.len() > max {
        s.push_str(&format!(", ... and {} more", thousands(items.len() - max)));
    }
    s
}

/// `n` with a comma between thousands: 1,234.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut s = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            s.push(',');
        }
        s.push(c);
    }
    s
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
    writeln!(
        out,
        "  \"{}\"",
        super::printable(&clip(p.para.text, QUOTED_CHARS))
    )?;
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
    let all_cues = scorer.cues(p.para.text);
    // The negators some term was negated by: the others are listed as
    // reaching none, so the trace does not read as if they applied.
    let used_negators: Vec<u32> = s
        .evidence
        .iter()
        .filter(|e| e.rules.iter().any(|r| r.0 == Rule::Negated))
        .filter_map(|e| negator_cue_before(&all_cues, e.token).map(|c| c.token))
        .collect();
    let cues: Vec<String> = all_cues
        .iter()
        .filter(|c| c.kind != Role::Target.name())
        .map(|c| {
            let flat = one_line(&c.matched);
            let shown = super::printable(&flat);
            let shape = if c.pattern.contains("...") {
                format!(" ({})", c.pattern)
            } else {
                String::new()
            };
            let unused = if !c.counted {
                " (not counted here)"
            } else if c.kind == Role::Negator.name() && !used_negators.contains(&c.token) {
                " (negates no term)"
            } else {
                ""
            };
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
                "    \"{}\" matches {} term \"{}\", weight {}",
                super::printable(&one_line(&e.matched)),
                e.lexicon.name(),
                e.term,
                score_text(e.base)
            )?;
            let mut w = e.base;
            for (rule, f) in &e.rules {
                let note = match rule {
                    Rule::Negated => negator_before(&all_cues, e.token).map_or_else(
                        || rule_note(*rule).to_string(),
                        |n| {
                            format!(
                                "a negator before it in the clause: \"{}\"",
                                super::printable(&n)
                            )
                        },
                    ),
                    _ => rule_note(*rule).to_string(),
                };
                if *f == 1.0 {
                    writeln!(out, "      {:<16} {note}", rule.as_str())?;
                } else {
                    w *= f;
                    // A critical term set to nothing is 0, not -0.
                    if w == 0.0 {
                        w = 0.0;
                    }
                    writeln!(
                        out,
                        "      {:<16} x{:<6} -> {:<6} {note}",
                        rule.as_str(),
                        trim(*f),
                        score_text(w),
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

/// The negator the `negated` rule read for a term starting at `token`: the
/// nearest counted negator cue before it (the rule takes one in the same
/// clause, a few words back, so no other counted negator stands between).
fn negator_before(cues: &[CueReport], token: u32) -> Option<String> {
    negator_cue_before(cues, token).map(|c| one_line(&c.matched))
}

fn negator_cue_before(cues: &[CueReport], token: u32) -> Option<&CueReport> {
    cues.iter()
        .rev()
        .find(|c| c.kind == Role::Negator.name() && c.counted && c.token < token)
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
        Rule::Negated => "a negator before it in the clause",
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
            "fixed-sign term (weight with `!`, or a built-in frame): negation, rebuttal and the critics rule leave it alone"
        }
        Rule::Attributed => "in a reported view (recorded; a reported view counts)",
        Rule::Context => "the paragraph is linked by document context only",
        Rule::OpenQuestion => "in a clause opened by \"whether\": an open question, not a claim",
        Rule::Doubted => "what a word of doubt before it in the clause doubts",
        Rule::Verdict => "the sentence's verdict on a claim it names: the claim's terms carry it",
        Rule::FinalSentence => "in the paragraph's last sentence: a paragraph closes on its point",
        Rule::Relabelled => {
            "a favourable word pinned on something as a label (\"and calling it\", \"dressed up as\", \"so-called\"): it counts for nothing"
        }
        Rule::Mentioned => {
            "a favourable word quoted as a word (\"the word 'empowerment'\"): mentioned, not used, it counts for nothing"
        }
        Rule::ScareQuoted => {
            "a favourable word alone in short quotation marks in a sentence that reports nobody's words: the writer's scare quotes, it counts for nothing"
        }
        Rule::ByTarget => {
            "a verb of praise whose subject is the target (\"the Big Society welcomes private firms\"): the agenda's attitude, not one toward it; it counts for nothing"
        }
        Rule::Limited => {
            "a grand claim denied only its scale or speed (\"will not transform the country overnight\"): modesty, not a failure, it counts for nothing"
        }
        Rule::Misdirected => {
            "power or control handed to big business (\"handing power to private firms\"): the privatisation charge, it counts against"
        }
        Rule::Foil => {
            "a critical word said of the state, not the target (\"sweep away the bloated, bureaucratic state\"): the supporters' case against big government, it counts for nothing"
        }
        Rule::InName => {
            "a word of a capitalised name (\"the Centre for Civic Renewal\", \"the Social Finance Forum\"): it names an organisation, programme or place and counts for nothing"
        }
        Rule::Faded => {
            "a thing said to have faded (\"her enthusiasm did not last\", \"the cynicism soon wore off\"): what was there is gone, so it counts the other way (and the fading of a fault counts for nothing)"
        }
        Rule::Satire => {
            "on a page that declares itself satire (\"This article is satire\", \"Filed under: Satire\"): a favourable word about the target is mockery and counts the other way"
        }
        Rule::Dissent => {
            "a \"not everyone\" whose clause holds a critical term it denies (\"not everyone shares the gloom\"): dissent from the criticism, not from the target; it counts for nothing"
        }
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
        assert!(
            one.contains("paragraph 2") && !one.contains("paragraph 0 ("),
            "{one}"
        );
    }

    #[test]
    fn a_negator_that_negates_no_term_is_marked() {
        let scorer = Scorer::new(crate::lexicon::embedded().clone());
        let trace = |text: &str| {
            let doc = scorer.score_document(text);
            let mut buf = Vec::new();
            write_explanation(&mut buf, "a.txt", &scorer, &doc, Some(0)).unwrap();
            String::from_utf8(buf).unwrap()
        };
        let s = trace("The Big Society has not been tested, and it is a triumph.");
        assert!(s.contains("negator \"not\" (negates no term)"), "{s}");
        let s = trace("The Big Society is not a cover for cuts.");
        assert!(s.contains("cues: negator \"not\"\n"), "{s}");
    }

    #[test]
    fn long_lists_and_numbers_are_abbreviated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_234), "1,234");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(abbreviated_list(&[0, 2, 3], 3), "0, 2, 3");
        assert_eq!(
            abbreviated_list(&[0, 2, 3, 5, 8], 3),
            "0, 2, 3, ... and 2 more"
        );
    }

    #[test]
    fn the_header_shows_every_control_character_of_a_name_escaped() {
        let scorer = Scorer::new(crate::lexicon::embedded().clone());
        let doc = scorer.score_document("It rained.");
        let mut buf = Vec::new();
        write_explanation(&mut buf, "a\nb\tc\u{1b}[2J.txt", &scorer, &doc, None).unwrap();
        let s = String::from_utf8(buf).unwrap();
        assert!(
            s.starts_with("a\\nb\\tc\\u{1b}[2J.txt: 1 paragraph; "),
            "{s}"
        );
    }
}
