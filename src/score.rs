//! Scoring: turning a paragraph's lexicon matches into a stance toward the
//! Big Society, with the evidence and the rules that shaped each weight.
//!
//! The rules, in the order they apply to each stance term:
//! target link, negation (or warning), intensity, hedging, question,
//! contrast and concession, rebuttal; quotation and attribution are recorded
//! (a reported view counts as the paragraph's own). Every factor is a named
//! constant below.

use std::fmt;

use serde::Serialize;

use crate::lexicon::{LexiconSet, Role};
use crate::matcher::{Hit, Matcher};
use crate::segment::{self, Paragraph};
use crate::tokenize::Tokens;

/// A paragraph's score at or above this is `pro`. One clear favourable term
/// (weight 1) linked to the target is enough; see the README's thresholds.
pub const PRO_THRESHOLD: f64 = 1.0;
/// A paragraph's score at or below minus this is `sceptical`.
pub const SCEPTICAL_THRESHOLD: f64 = 1.0;

/// A negated term flips and weakens: "not a success" leans less far than
/// "a failure". VADER's N_SCALAR is -0.74; a little weaker suits a stance
/// reading, where "not a cover for cuts" is a defence, not praise.
pub const NEGATION_FACTOR: f64 = -0.6;
/// How many words before a term a negator may stand (same clause).
pub const NEGATION_WINDOW: usize = 4;
/// A negated unfavourable term after a modal of obligation ("must not
/// become a cost-cutting exercise") is a warning: it keeps its sign, softened.
pub const WARNING_FACTOR: f64 = 0.7;
/// How many words before the negator the modal may stand.
pub const WARNING_WINDOW: usize = 2;
/// How many words before a term an intensifier or downtoner may stand.
pub const MODIFIER_WINDOW: usize = 2;
/// A hedge earlier in the same clause ("perhaps", "may") softens a term.
pub const HEDGE_FACTOR: f64 = 0.7;
/// A term in a question is weaker than in a statement.
pub const QUESTION_FACTOR: f64 = 0.8;
/// Terms after "but", "however", "yet" carry the paragraph (guideline 3).
pub const AFTER_CONTRAST_FACTOR: f64 = 1.5;
/// Terms before a contrast marker are what the writer moves away from.
pub const BEFORE_CONTRAST_FACTOR: f64 = 0.5;
/// Terms in a concessive clause ("although", "despite") count for less.
pub const CONCESSION_FACTOR: f64 = 0.5;
/// A view the paragraph rebuts ("rejected claims that it was a sham")
/// counts weakly the other way: the rebuttal is the paragraph's stance.
pub const REBUTTAL_FACTOR: f64 = -0.5;
/// Weight of terms in a paragraph that does not name the target but stands
/// in a document that does (domain stance frames). In an article about the
/// Big Society the paragraphs around a mention usually carry on about it.
pub const CONTEXT_STANCE_FACTOR: f64 = 0.8;
/// Weight of general evaluative words in such a paragraph: lower, since
/// general words far from any mention are more often about something else.
/// (Requiring a domain frame beside them was tried and cost 0.02 macro-F1
/// on the dev set, so a strongly worded aside can still lean.)
pub const CONTEXT_GENERAL_FACTOR: f64 = 0.5;
/// Scale of the confidence curve: how far past a threshold a score must go
/// to be about 63% of the way from 0.5 to 1.
pub const CONFIDENCE_SCALE: f64 = 2.0;

/// Words after "but" that make it additive, not contrastive ("but also").
const NOT_CONTRAST_AFTER_BUT: &[&str] = &["also"];

/// The three labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Pro,
    Sceptical,
    Neutral,
}

impl Stance {
    pub const ALL: [Stance; 3] = [Stance::Pro, Stance::Sceptical, Stance::Neutral];

    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Pro => "pro",
            Stance::Sceptical => "sceptical",
            Stance::Neutral => "neutral",
        }
    }

    pub fn parse(s: &str) -> Option<Stance> {
        match s {
            "pro" => Some(Stance::Pro),
            "sceptical" => Some(Stance::Sceptical),
            "neutral" => Some(Stance::Neutral),
            _ => None,
        }
    }
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a paragraph is tied to the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Link {
    /// It names the target or one of its parts.
    Explicit,
    /// It refers to it ("the scheme") in a document that names it.
    Reference,
    /// It names nothing, but the document names the target elsewhere.
    Context,
    /// No tie: its stance terms do not count.
    None,
}

/// A rule that changed (or qualified) a term's weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    Negated,
    Warning,
    Intensified,
    Downtoned,
    Hedged,
    Question,
    AfterContrast,
    BeforeContrast,
    Concession,
    Rebutted,
    Quoted,
    Attributed,
    Context,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Negated => "negated",
            Rule::Warning => "warning",
            Rule::Intensified => "intensified",
            Rule::Downtoned => "downtoned",
            Rule::Hedged => "hedged",
            Rule::Question => "question",
            Rule::AfterContrast => "after_contrast",
            Rule::BeforeContrast => "before_contrast",
            Rule::Concession => "concession",
            Rule::Rebutted => "rebutted",
            Rule::Quoted => "quoted",
            Rule::Attributed => "attributed",
            Rule::Context => "context",
        }
    }
}

/// One term that counted toward a paragraph's score.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// The words of the paragraph that matched.
    pub matched: String,
    /// The lexicon pattern.
    pub term: String,
    /// Which lexicon: stance (domain frames) or general.
    pub lexicon: Role,
    /// The lexicon's weight.
    pub base: f64,
    /// The weight after every rule.
    pub weight: f64,
    /// The rules applied, in order, each with the factor it applied.
    pub rules: Vec<(Rule, f64)>,
    /// First token of the match.
    pub token: u32,
}

/// The verdict on one paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct ParagraphScore {
    pub stance: Stance,
    pub score: f64,
    pub confidence: f64,
    pub link: Link,
    /// The target expressions the paragraph names (lexicon patterns).
    pub targets: Vec<String>,
    /// Whether every line matched a boilerplate pattern.
    pub boilerplate: bool,
    pub evidence: Vec<Evidence>,
}

impl ParagraphScore {
    /// Whether the paragraph names or refers to the target.
    pub fn target(&self) -> bool {
        matches!(self.link, Link::Explicit | Link::Reference)
    }
}

/// A classified paragraph: where it is and its verdict.
#[derive(Debug, Clone)]
pub struct ScoredParagraph<'a> {
    pub para: Paragraph<'a>,
    pub score: ParagraphScore,
}

/// Paragraph counts per label.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub pro: usize,
    pub sceptical: usize,
    pub neutral: usize,
}

impl Counts {
    pub fn add(&mut self, s: Stance) {
        match s {
            Stance::Pro => self.pro += 1,
            Stance::Sceptical => self.sceptical += 1,
            Stance::Neutral => self.neutral += 1,
        }
    }

    /// The document's own stance: the lean with more paragraphs; neutral on
    /// a tie (which includes a document with no leaning paragraph).
    pub fn document_stance(&self) -> Stance {
        use std::cmp::Ordering::*;
        match self.pro.cmp(&self.sceptical) {
            Greater => Stance::Pro,
            Less => Stance::Sceptical,
            Equal => Stance::Neutral,
        }
    }
}

/// Document-level facts that paragraph rules depend on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DocContext {
    /// Some paragraph names the target: references ("the scheme") then
    /// refer to it, and every paragraph is at least linked by context.
    pub mentions_target: bool,
}

impl DocContext {
    /// The context of a document from whether each of its paragraphs names
    /// the target (see [`Scorer::names_target`]).
    pub fn from_naming(naming: impl IntoIterator<Item = bool>) -> DocContext {
        DocContext {
            mentions_target: naming.into_iter().any(|n| n),
        }
    }
}

/// A scored document.
#[derive(Debug, Clone)]
pub struct ScoredDocument<'a> {
    pub paragraphs: Vec<ScoredParagraph<'a>>,
    pub counts: Counts,
    pub stance: Stance,
    pub context: DocContext,
}

/// Lexicons compiled for scoring. Cheap to share across threads.
#[derive(Debug, Clone)]
pub struct Scorer {
    pub lexicons: LexiconSet,
    pub matcher: Matcher,
}

/// A paragraph's tokens and matches, kept between the two passes.
struct Analysed {
    tokens: Tokens,
    hits: Vec<Hit>,
}

impl Scorer {
    pub fn new(lexicons: LexiconSet) -> Scorer {
        let matcher = Matcher::new(&lexicons);
        Scorer { lexicons, matcher }
    }

    /// Classifies every paragraph of a decoded document.
    pub fn score_document<'a>(&self, text: &'a str) -> ScoredDocument<'a> {
        let paras = segment::segment(text);
        let analysed: Vec<Analysed> = paras.iter().map(|p| self.analyse(p.text)).collect();
        let context = DocContext::from_naming(
            analysed
                .iter()
                .map(|a| a.hits.iter().any(|h| h.role == Role::Target)),
        );
        let mut counts = Counts::default();
        let mut paragraphs = Vec::with_capacity(paras.len());
        for (para, a) in paras.into_iter().zip(analysed) {
            let score = self.score_analysed(para.text, &a, context);
            counts.add(score.stance);
            paragraphs.push(ScoredParagraph { para, score });
        }
        ScoredDocument {
            paragraphs,
            stance: counts.document_stance(),
            counts,
            context,
        }
    }

    fn analyse(&self, text: &str) -> Analysed {
        let mut tokens = Tokens::new();
        tokens.tokenize(text);
        let mut hits = Vec::new();
        self.matcher.find(&tokens, &mut hits);
        Analysed { tokens, hits }
    }

    /// Every lexicon match in a paragraph that is not a stance term (target
    /// names, references, negators, contrast markers, hedges, attribution
    /// and rebuttal cues, ...), in text order, as (role, lexicon pattern,
    /// matched words). `bigsoc explain` shows these beside the evidence.
    pub fn cues(&self, text: &str) -> Vec<(Role, String, String)> {
        let a = self.analyse(text);
        a.hits
            .iter()
            .filter(|h| !matches!(h.role, Role::Stance | Role::General))
            .map(|h| {
                let pattern = self.lexicons.entries[h.entry as usize].pattern.clone();
                (h.role, pattern, match_text(text, &a.tokens, h))
            })
            .collect()
    }

    /// Whether a paragraph names the target explicitly. A first pass over a
    /// document with this gives [`DocContext::from_naming`] what it needs,
    /// so a document can be scored paragraph by paragraph as a stream.
    pub fn names_target(&self, text: &str) -> bool {
        self.analyse(text)
            .hits
            .iter()
            .any(|h| h.role == Role::Target)
    }

    /// Scores one paragraph on its own, in the given document context.
    pub fn score_paragraph(&self, text: &str, context: DocContext) -> ParagraphScore {
        let a = self.analyse(text);
        self.score_analysed(text, &a, context)
    }

    fn is_boilerplate(&self, text: &str) -> bool {
        let set = &self.lexicons.boilerplate;
        !set.is_empty()
            && text
                .lines()
                .all(|l| set.iter().any(|re| re.is_match(l.trim())))
    }

    fn score_analysed(&self, text: &str, a: &Analysed, context: DocContext) -> ParagraphScore {
        let entries = &self.lexicons.entries;
        let mut targets: Vec<String> = Vec::new();
        for h in a.hits.iter().filter(|h| h.role == Role::Target) {
            let p = &entries[h.entry as usize].pattern;
            if !targets.contains(p) {
                targets.push(p.clone());
            }
        }
        let referenced = a.hits.iter().any(|h| h.role == Role::Reference);
        let rival = a.hits.iter().any(|h| h.role == Role::Rival);
        let link = if !targets.is_empty() {
            Link::Explicit
        } else if rival {
            // A rival's own programme is neutral unless the paragraph
            // evaluates the target through it by name (guideline 5).
            Link::None
        } else if referenced && context.mentions_target {
            Link::Reference
        } else if context.mentions_target {
            Link::Context
        } else {
            Link::None
        };
        if self.is_boilerplate(text) {
            return ParagraphScore {
                stance: Stance::Neutral,
                score: 0.0,
                confidence: 1.0,
                link,
                targets,
                boilerplate: true,
                evidence: Vec::new(),
            };
        }
        let mut evidence = Vec::new();
        if link != Link::None {
            let rules = RuleContext::new(&a.tokens, &a.hits);
            for h in &a.hits {
                if !matches!(h.role, Role::Stance | Role::General) {
                    continue;
                }
                // A word acting as a negator ("quit the carping") is not
                // also a stance term.
                if a.hits
                    .iter()
                    .any(|n| n.role == Role::Negator && n.start == h.start && n.end == h.end)
                {
                    continue;
                }
                let entry = &entries[h.entry as usize];
                let base = entry.weight.unwrap_or(0.0);
                let mut ev = Evidence {
                    matched: match_text(text, &a.tokens, h),
                    term: entry.pattern.clone(),
                    lexicon: h.role,
                    base,
                    weight: base,
                    rules: Vec::new(),
                    token: h.start,
                };
                rules.apply(h, entries, &mut ev);
                if link == Link::Context {
                    let f = if h.role == Role::Stance {
                        CONTEXT_STANCE_FACTOR
                    } else {
                        CONTEXT_GENERAL_FACTOR
                    };
                    ev.weight *= f;
                    ev.rules.push((Rule::Context, f));
                    if f == 0.0 {
                        continue;
                    }
                }
                evidence.push(ev);
            }
        }
        let score: f64 = evidence.iter().map(|e| e.weight).sum();
        let score = if score.is_finite() { score } else { 0.0 };
        let stance = if score >= PRO_THRESHOLD {
            Stance::Pro
        } else if score <= -SCEPTICAL_THRESHOLD {
            Stance::Sceptical
        } else {
            Stance::Neutral
        };
        ParagraphScore {
            stance,
            score,
            confidence: confidence(stance, score),
            link,
            targets,
            boilerplate: false,
            evidence,
        }
    }
}

/// Confidence in [0.5, 1] for a lean, growing with the distance past the
/// threshold; for neutral, 1 at a score of 0 falling to 0.5 at a threshold.
pub fn confidence(stance: Stance, score: f64) -> f64 {
    match stance {
        Stance::Pro => 0.5 + 0.5 * (1.0 - (-(score - PRO_THRESHOLD) / CONFIDENCE_SCALE).exp()),
        Stance::Sceptical => {
            0.5 + 0.5 * (1.0 - (-(-score - SCEPTICAL_THRESHOLD) / CONFIDENCE_SCALE).exp())
        }
        Stance::Neutral => {
            let t = if score >= 0.0 {
                PRO_THRESHOLD
            } else {
                SCEPTICAL_THRESHOLD
            };
            (1.0 - 0.5 * (score.abs() / t)).clamp(0.5, 1.0)
        }
    }
}

fn match_text(text: &str, tokens: &Tokens, h: &Hit) -> String {
    let s = tokens.tokens[h.start as usize].start as usize;
    let e = tokens.tokens[h.end as usize - 1].end as usize;
    text[s..e].to_string()
}

/// The positions of cue words in a paragraph, for the rules.
struct RuleContext<'t> {
    tokens: &'t Tokens,
    hits: &'t [Hit],
    /// Contrast markers: (token, sentence-initial).
    contrasts: Vec<(u32, bool)>,
    /// Concession markers: token.
    concessions: Vec<u32>,
    /// Rebuttal cues: (token after the cue, clause of the cue's last word).
    rebuttals: Vec<(u32, u32)>,
    /// Sentences holding an attribution cue.
    attributed_sentences: Vec<u32>,
}

impl<'t> RuleContext<'t> {
    fn new(tokens: &'t Tokens, hits: &'t [Hit]) -> Self {
        let mut contrasts = Vec::new();
        let mut concessions = Vec::new();
        let mut rebuttals = Vec::new();
        let mut attributed_sentences = Vec::new();
        for h in hits {
            match h.role {
                Role::Contrast => {
                    let next = tokens
                        .tokens
                        .get(h.end as usize)
                        .map(|_| tokens.norm(h.end as usize));
                    if h.end - h.start == 1
                        && tokens.norm(h.start as usize) == "but"
                        && next.is_some_and(|n| NOT_CONTRAST_AFTER_BUT.contains(&n))
                    {
                        continue;
                    }
                    let s = h.start as usize;
                    let initial =
                        s == 0 || tokens.tokens[s - 1].sentence != tokens.tokens[s].sentence;
                    contrasts.push((h.start, initial));
                }
                Role::Concession => concessions.push(h.start),
                Role::Rebuttal => rebuttals.push((h.end, tokens.tokens[h.end as usize - 1].clause)),
                Role::Attribution => {
                    attributed_sentences.push(tokens.tokens[h.start as usize].sentence)
                }
                _ => {}
            }
        }
        RuleContext {
            tokens,
            hits,
            contrasts,
            concessions,
            rebuttals,
            attributed_sentences,
        }
    }

    fn tok(&self, i: u32) -> &crate::tokenize::Token {
        &self.tokens.tokens[i as usize]
    }

    /// The nearest hit of `role` ending at or before `pos`, no more than
    /// `window` words before it, in the same clause.
    fn cue_before(&self, role: Role, pos: u32, window: usize) -> Option<&Hit> {
        let clause = self.tok(pos).clause;
        self.hits
            .iter()
            .filter(|c| c.role == role && c.end <= pos && (pos - c.end) as usize <= window)
            .filter(|c| self.tok(c.start).clause == clause)
            .max_by_key(|c| c.end)
    }

    fn apply(&self, h: &Hit, entries: &[crate::lexicon::Entry], ev: &mut Evidence) {
        let first = self.tok(h.start);
        let (sentence, clause) = (first.sentence, first.clause);

        // Negation, or a warning ("must not become ...").
        if let Some(neg) = self.cue_before(Role::Negator, h.start, NEGATION_WINDOW) {
            let warned = ev.weight < 0.0
                && self.hits.iter().any(|w| {
                    let before =
                        w.end <= neg.start && (neg.start - w.end) as usize <= WARNING_WINDOW;
                    let overlaps = w.start < neg.end && w.end > neg.start;
                    w.role == Role::Warning
                        && self.tok(w.start).clause == clause
                        && (before || overlaps)
                });
            if warned {
                ev.weight *= WARNING_FACTOR;
                ev.rules.push((Rule::Warning, WARNING_FACTOR));
            } else {
                ev.weight *= NEGATION_FACTOR;
                ev.rules.push((Rule::Negated, NEGATION_FACTOR));
            }
        }
        // Intensifiers and downtoners.
        if let Some(m) = self.cue_before(Role::Modifier, h.start, MODIFIER_WINDOW) {
            let f = entries[m.entry as usize].weight.unwrap_or(1.0);
            ev.weight *= f;
            ev.rules.push((
                if f > 1.0 {
                    Rule::Intensified
                } else {
                    Rule::Downtoned
                },
                f,
            ));
        }
        // Hedges earlier in the clause.
        if self.hits.iter().any(|c| {
            c.role == Role::Hedge && c.end <= h.start && self.tok(c.start).clause == clause
        }) {
            ev.weight *= HEDGE_FACTOR;
            ev.rules.push((Rule::Hedged, HEDGE_FACTOR));
        }
        if self.tokens.is_question(sentence) {
            ev.weight *= QUESTION_FACTOR;
            ev.rules.push((Rule::Question, QUESTION_FACTOR));
        }
        // Contrast: is a marker still to come that governs this term (it is
        // later in the sentence, or opens a later sentence)? Then the term
        // is what the writer moves away from. Otherwise, a marker before it
        // in the sentence, or opening the sentence, puts it after the turn.
        let before = self
            .contrasts
            .iter()
            .any(|&(c, initial)| c > h.start && (self.tok(c).sentence == sentence || initial));
        let after = self
            .contrasts
            .iter()
            .any(|&(c, _)| c < h.start && self.tok(c).sentence == sentence);
        if before {
            ev.weight *= BEFORE_CONTRAST_FACTOR;
            ev.rules
                .push((Rule::BeforeContrast, BEFORE_CONTRAST_FACTOR));
        } else if after {
            ev.weight *= AFTER_CONTRAST_FACTOR;
            ev.rules.push((Rule::AfterContrast, AFTER_CONTRAST_FACTOR));
        }
        // Concession: the marker's own clause counts for less.
        if self
            .concessions
            .iter()
            .any(|&c| c <= h.start && self.tok(c).clause == clause)
        {
            ev.weight *= CONCESSION_FACTOR;
            ev.rules.push((Rule::Concession, CONCESSION_FACTOR));
        }
        // Rebuttal: a view in the clause after "rejected claims that".
        if self
            .rebuttals
            .iter()
            .any(|&(r, c)| r <= h.start && c == clause)
        {
            ev.weight *= REBUTTAL_FACTOR;
            ev.rules.push((Rule::Rebutted, REBUTTAL_FACTOR));
        }
        if first.quoted {
            ev.rules.push((Rule::Quoted, 1.0));
        }
        if self.attributed_sentences.contains(&sentence) {
            ev.rules.push((Rule::Attributed, 1.0));
        }
    }
}

#[cfg(test)]
mod tests;
