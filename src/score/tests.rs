//! One test per scoring rule, on a small lexicon written for the tests so
//! the expected weights can be computed by hand.

use super::*;
use crate::lexicon::embedded_with;

const STANCE: &str = "\
cover for cuts -3
cost-cutting exercise -2
smokescreen -2
triumph 2
success 1.5
noble 1
sneering 1!
";
const GENERAL: &str = "bad -1\ngood 1\ncritics -1\nwrong -1.5\n";
const TARGETS: &str = "big society\nbig society bank\n";

fn scorer() -> Scorer {
    scorer_with(STANCE, GENERAL)
}

/// The embedded lexicons with the test targets and these stance and
/// general files in place of the shipped ones.
fn scorer_with(stance: &str, general: &str) -> Scorer {
    Scorer::new(embedded_with(&[
        (Role::Stance, stance),
        (Role::General, general),
        (Role::Target, TARGETS),
    ]))
}

const NAMED: DocContext = DocContext {
    mentions_target: true,
    satire: false,
};
const UNRELATED: DocContext = DocContext {
    mentions_target: false,
    satire: false,
};

fn para(text: &str) -> ParagraphScore {
    scorer().score_paragraph(text, NAMED)
}

fn rules(p: &ParagraphScore, term: &str) -> Vec<Rule> {
    p.evidence
        .iter()
        .find(|e| e.term == term)
        .unwrap_or_else(|| panic!("no evidence for {term}: {:?}", p.evidence))
        .rules
        .iter()
        .map(|(r, _)| *r)
        .collect()
}

fn weight(p: &ParagraphScore, term: &str) -> f64 {
    p.evidence
        .iter()
        .find(|e| e.term == term)
        .map(|e| e.weight)
        .unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn explicit_mention_with_a_critical_frame_is_sceptical() {
    let p = para("The Big Society is a cover for cuts.");
    assert_eq!(p.stance, Stance::Sceptical);
    assert_eq!(p.link, Link::Explicit);
    assert_eq!(p.targets, vec!["big society".to_string()]);
    assert!(close(p.score, -3.0));
    assert_eq!(p.evidence[0].matched, "cover for cuts");
}

#[test]
fn no_link_to_the_target_is_neutral_however_emotional() {
    let p = scorer().score_paragraph("The council's cuts are a bad, bad smokescreen.", UNRELATED);
    assert_eq!(p.stance, Stance::Neutral);
    assert_eq!(p.link, Link::None);
    assert!(p.evidence.is_empty());
    assert!(!p.target());
}

#[test]
fn negation_flips_and_weakens() {
    let p = para("The Big Society is not a cover for cuts.");
    assert_eq!(rules(&p, "cover for cuts"), vec![Rule::Negated]);
    assert!(close(p.score, -3.0 * NEGATION_FACTOR));
    assert_eq!(p.stance, Stance::Pro);
}

#[test]
fn a_fixed_weight_keeps_its_sign() {
    // "sneering" defends the target however it is framed.
    let p = para("The Big Society: we should stop sneering.");
    assert_eq!(rules(&p, "sneering"), vec![Rule::Fixed]);
    assert!(close(p.score, 1.0));
    let p = para("Critics rejected claims that the Big Society was sneering.");
    assert!(!rules(&p, "sneering").contains(&Rule::Rebutted));
    assert!(close(weight(&p, "sneering"), 1.0));
    // The same word without `!` is flipped as usual.
    let plain = scorer_with("sneering 1\n", "")
        .score_paragraph("The Big Society: we should stop sneering.", NAMED);
    assert!(close(plain.score, NEGATION_FACTOR));
}

#[test]
fn not_only_and_not_because_do_not_negate() {
    let p = para("The Big Society is not only a triumph but also a success.");
    assert!(rules(&p, "triumph").is_empty(), "{p:?}");
    assert!(close(p.score, 3.5));
    let p = para("It grew because people cared, not because the Big Society was a smokescreen.");
    assert!(close(weight(&p, "smokescreen"), -2.0), "{p:?}");
    // "not just" still negates: more than a smokescreen is no smokescreen.
    let p = para("The Big Society is not just a smokescreen.");
    assert_eq!(rules(&p, "smokescreen"), vec![Rule::Negated]);
}

#[test]
fn if_that_is_not_x_i_do_not_know_what_is_asserts_x() {
    for text in [
        "If the Big Society is not a smokescreen, I do not know what one looks like.",
        "And if the Big Society isn't a smokescreen, then nothing is.",
        "If the Big Society is not a smokescreen, what is?",
    ] {
        let p = para(text);
        assert!(
            !rules(&p, "smokescreen").contains(&Rule::Negated),
            "{text}: {p:?}"
        );
        assert_eq!(p.stance, Stance::Sceptical, "{text}");
    }
    // A plain condition still negates, and so does an answer that is not
    // the idiom.
    let p = para("If the Big Society is not a smokescreen by May, the council will fund it.");
    assert_eq!(rules(&p, "smokescreen"), vec![Rule::Negated]);
    let p = para("The Big Society is not a smokescreen, whatever you know.");
    assert_eq!(rules(&p, "smokescreen"), vec![Rule::Negated]);
}

#[test]
fn a_doubt_verb_takes_the_negation_and_a_denied_doubt_asserts() {
    let s = scorer_with(STANCE, "doubts -1\nsincerity 1\ndisputes -1\n");
    let p = s.score_paragraph("Nobody doubts the sincerity of the Big Society.", NAMED);
    assert!(rules(&p, "doubts").contains(&Rule::Negated), "{p:?}");
    assert!(!rules(&p, "sincerity").contains(&Rule::Negated), "{p:?}");
    let p = s.score_paragraph(
        "Nobody disputes that the Big Society was a smokescreen.",
        NAMED,
    );
    assert!(p.evidence.iter().all(|e| e.term != "disputes"), "{p:?}");
    assert!(rules(&p, "smokescreen").is_empty(), "{p:?}");
    // Without the negator "disputes" is a term as usual.
    let p = s.score_paragraph(
        "Labour disputes that the Big Society was a smokescreen.",
        NAMED,
    );
    assert!(p.evidence.iter().any(|e| e.term == "disputes"), "{p:?}");
    // A negated rebuttal cue does not rebut.
    let p = para("Nobody denies that the Big Society was a smokescreen.");
    assert!(rules(&p, "smokescreen").is_empty(), "{p:?}");
    let p = para("The minister denied that the Big Society was a smokescreen.");
    assert_eq!(rules(&p, "smokescreen"), vec![Rule::Rebutted]);
}

#[test]
fn negation_does_not_cross_a_clause_or_reach_far() {
    let p = para("It is not over, the Big Society is a triumph.");
    assert!(rules(&p, "triumph").is_empty());
    let p = para("Nobody on the left of the party saw the Big Society's triumph coming.");
    assert!(!rules(&p, "triumph").contains(&Rule::Negated));
    // Unless the negated subject denies a view across the words between.
    let p = para("Nobody on the left of the party thinks the Big Society a triumph.");
    assert!(rules(&p, "triumph").contains(&Rule::Negated));
}

#[test]
fn a_warning_keeps_its_doubt() {
    let p = para("The Big Society must not become a cost-cutting exercise.");
    assert_eq!(rules(&p, "cost-cutting exercise"), vec![Rule::Warning]);
    assert!(close(p.score, -2.0 * WARNING_FACTOR));
    assert_eq!(p.stance, Stance::Sceptical);
    let p = para("The Big Society mustn't become a cost-cutting exercise.");
    assert_eq!(p.stance, Stance::Sceptical);
}

#[test]
fn intensifiers_and_downtoners_scale() {
    let p = para("The Big Society is a very good thing.");
    assert_eq!(rules(&p, "good"), vec![Rule::Intensified]);
    assert!(close(p.score, 1.3));
    let p = para("The Big Society is a slightly good thing.");
    assert_eq!(rules(&p, "good"), vec![Rule::Downtoned]);
    assert!(close(p.score, 0.6));
    assert_eq!(p.stance, Stance::Neutral);
}

#[test]
fn hedges_soften_later_terms_in_the_clause() {
    let p = para("The Big Society is perhaps a triumph.");
    assert_eq!(rules(&p, "triumph"), vec![Rule::Hedged]);
    assert!(close(p.score, 2.0 * HEDGE_FACTOR));
}

#[test]
fn questions_are_recorded_and_keep_their_lean() {
    let p = para("Is the Big Society a triumph?");
    assert_eq!(rules(&p, "triumph"), vec![Rule::Question]);
    assert!(close(p.score, 2.0 * QUESTION_FACTOR));
    let p = para("Is the Big Society just a smokescreen?");
    assert_eq!(p.stance, Stance::Sceptical);
}

#[test]
fn the_clause_after_but_carries_the_paragraph() {
    let p = para("The Big Society is a noble idea but a smokescreen.");
    assert_eq!(rules(&p, "noble"), vec![Rule::BeforeContrast]);
    assert_eq!(rules(&p, "smokescreen"), vec![Rule::AfterContrast]);
    assert!(close(p.score, 0.5 - 3.0));
    assert_eq!(p.stance, Stance::Sceptical);
}

#[test]
fn a_sentence_opening_with_however_turns_from_what_came_before() {
    let p = para("Ministers hail the Big Society as a triumph. However, it is a smokescreen.");
    assert_eq!(weight(&p, "triumph"), 2.0 * BEFORE_CONTRAST_FACTOR);
    assert_eq!(
        weight(&p, "smokescreen"),
        -2.0 * AFTER_CONTRAST_FACTOR * FINAL_SENTENCE_FACTOR
    );
    assert_eq!(p.stance, Stance::Sceptical);
}

#[test]
fn but_also_is_not_a_contrast() {
    let p = para("The Big Society is not only noble but also a triumph.");
    assert!(rules(&p, "triumph").is_empty());
}

#[test]
fn a_concessive_clause_counts_for_less() {
    let p = para("Despite its success, the Big Society is a smokescreen.");
    assert_eq!(rules(&p, "success"), vec![Rule::Concession]);
    assert!(close(weight(&p, "success"), 1.5 * CONCESSION_FACTOR));
    assert_eq!(p.stance, Stance::Sceptical);
}

#[test]
fn a_rebutted_view_counts_weakly_the_other_way() {
    let p = para("The minister rejected claims that the Big Society was a smokescreen.");
    assert!(rules(&p, "smokescreen").contains(&Rule::Rebutted));
    assert!(close(p.score, -2.0 * REBUTTAL_FACTOR));
    assert_eq!(p.stance, Stance::Pro);
}

#[test]
fn the_story_a_rebutter_tells_is_their_own_account() {
    let scorer = scorer_with("", "thriving 1.5\nclosures -1.5\n");
    let p = scorer.score_paragraph(
        "Ministers insist the Big Society is thriving, but charity leaders tell a different story of closures.",
        NAMED,
    );
    assert!(!rules(&p, "closures").contains(&Rule::Rebutted), "{p:?}");
    assert!(weight(&p, "closures") < 0.0, "{p:?}");
    assert_eq!(p.stance, Stance::Sceptical);
}

#[test]
fn a_view_named_as_a_charge_is_rebutted_only_as_a_subject() {
    // Opening the sentence (or after "but"), "the charge that" distances.
    for text in [
        "The charge that the Big Society is a smokescreen deserves an answer.",
        "But the charge that the Big Society is a smokescreen is old.",
    ] {
        let p = para(text);
        assert!(rules(&p, "smokescreen").contains(&Rule::Rebutted), "{text}");
    }
    // After a verb it reports the view.
    let p = para("Labour repeated the charge that the Big Society is a smokescreen.");
    assert!(!rules(&p, "smokescreen").contains(&Rule::Rebutted));
    assert_eq!(p.stance, Stance::Sceptical);
}

#[test]
fn what_is_said_of_the_critics_counts_the_other_way() {
    let p = para("The critics of the Big Society are bad at arithmetic.");
    assert_eq!(rules(&p, "bad"), vec![Rule::AboutCritics]);
    assert!(close(weight(&p, "bad"), -CRITIC_FACTOR));
    // Naming the critics is not itself a stance.
    assert!(p.evidence.iter().all(|e| e.term != "critics"), "{p:?}");
    assert_eq!(p.stance, Stance::Neutral);
    // The stretch ends with the clause.
    let p = para("The critics are bad, and the Big Society is bad.");
    let bad: Vec<_> = p.evidence.iter().map(|e| e.weight).collect();
    assert_eq!(bad.len(), 2, "{p:?}");
    assert!(
        close(bad[0], -CRITIC_FACTOR) && close(bad[1], -1.0),
        "{bad:?}"
    );
}

#[test]
fn only_a_predicate_about_the_critics_turns_round() {
    // After a verb of warning, what follows is their view: it keeps its
    // sign, and the critic word is reported criticism.
    let p = para("Critics warn the Big Society is a smokescreen.");
    assert!(close(weight(&p, "smokescreen"), -2.0), "{p:?}");
    assert!(close(weight(&p, "critics"), -1.0));
    assert_eq!(p.stance, Stance::Sceptical);
    // Nor does a word that opens no predicate ("answering critics of").
    let p = para("The minister was answering critics of the Big Society, a smokescreen.");
    assert!(close(weight(&p, "smokescreen"), -2.0), "{p:?}");
    // What they fail to see ("that ...") is the writer's own claim.
    let p = para("The critics fail to see that the Big Society is a success.");
    assert!(close(weight(&p, "success"), 1.5), "{p:?}");
    // A contrast ends the stretch.
    let p = para("The critics are bad but the Big Society is bad.");
    let w: Vec<f64> = p.evidence.iter().map(|e| e.weight).collect();
    assert_eq!(w.len(), 2, "{p:?}");
    assert!(
        close(w[0], -CRITIC_FACTOR * BEFORE_CONTRAST_FACTOR),
        "{w:?}"
    );
    assert!(close(w[1], -AFTER_CONTRAST_FACTOR), "{w:?}");
}

#[test]
fn a_parenthetical_however_does_not_cut_the_critics_off() {
    let p = para("The critics, however, are bad judges of the Big Society.");
    assert!(rules(&p, "bad").contains(&Rule::AboutCritics), "{p:?}");
    assert!(p.score > 0.0, "{p:?}");
}

#[test]
fn the_critics_attitude_to_the_target_is_their_view() {
    // "scathing about", "dismissive of": their attitude, reported.
    let p = para("Critics are bad about the Big Society.");
    assert!(close(weight(&p, "bad"), -1.0), "{p:?}");
    assert!(close(weight(&p, "critics"), -1.0));
    // "wrong about" stays a verdict on them.
    let p = para("The critics are bad and wrong about the Big Society.");
    assert!(rules(&p, "bad").contains(&Rule::AboutCritics), "{p:?}");
}

#[test]
fn a_critical_view_the_paragraph_reports_is_criticism() {
    // The words after "say" are the critics' own view: they keep their
    // sign, and the critic word counts as reported criticism.
    let p = para("The critics of the Big Society say it is a smokescreen.");
    assert_eq!(rules(&p, "smokescreen"), vec![Rule::Attributed]);
    assert!(close(weight(&p, "critics"), -1.0));
    assert!(close(p.score, -3.0));
    // Inverted: the cue stands before a critic word that ends the clause.
    let p = para("The Big Society is a smokescreen, say critics.");
    assert!(close(weight(&p, "critics"), -1.0));
    // The writer's own verdict on the critics is not their view.
    let p = para("I think the critics are bad judges of the Big Society.");
    assert!(rules(&p, "bad").contains(&Rule::AboutCritics));
    assert!(p.evidence.iter().all(|e| e.term != "critics"), "{p:?}");
}

#[test]
fn the_words_of_a_rebuttal_cue_are_not_terms() {
    // "wrong" in "wrong to say" is the rebuttal, already applied to the
    // view it rejects; counting it too would cancel the defence.
    // Being the writer's own denial, it turns the view outright.
    let p = para("It is wrong to say the Big Society is a smokescreen.");
    assert!(p.evidence.iter().all(|e| e.term != "wrong"), "{p:?}");
    assert!(close(p.score, -2.0 * CONTRASTIVE_NEGATION_FACTOR));
    assert_eq!(p.stance, Stance::Pro);
    // Elsewhere the word counts.
    let p = para("The Big Society is wrong.");
    assert!(close(weight(&p, "wrong"), -1.5));
}

#[test]
fn reported_and_quoted_views_count_and_are_marked() {
    let p = para("Critics say the Big Society is a smokescreen.");
    assert_eq!(p.stance, Stance::Sceptical);
    assert_eq!(rules(&p, "smokescreen"), vec![Rule::Attributed]);
    let p = para("The Big Society was \u{201C}a triumph\u{201D}, he said.");
    assert_eq!(p.stance, Stance::Pro);
    assert_eq!(rules(&p, "triumph"), vec![Rule::Quoted, Rule::Attributed]);
}

#[test]
fn references_count_only_in_a_document_that_names_the_target() {
    let s = scorer();
    let p = s.score_paragraph("The scheme is a triumph.", NAMED);
    assert_eq!((p.link, p.stance), (Link::Reference, Stance::Pro));
    assert!(p.target());
    let p = s.score_paragraph("The scheme is a triumph.", UNRELATED);
    assert_eq!((p.link, p.stance), (Link::None, Stance::Neutral));
}

#[test]
fn context_links_keep_domain_frames_and_weaken_general_words() {
    let s = scorer();
    let p = s.score_paragraph("Volunteers called it a smokescreen and a bad one.", NAMED);
    assert_eq!(p.link, Link::Context);
    assert!(!p.target());
    assert!(close(
        weight(&p, "smokescreen"),
        -2.0 * CONTEXT_STANCE_FACTOR
    ));
    assert!(close(weight(&p, "bad"), -CONTEXT_GENERAL_FACTOR));
    // A factor of 1 changes nothing, so it is not recorded as a rule.
    assert_eq!(rules(&p, "smokescreen"), vec![Rule::Attributed]);
    assert_eq!(rules(&p, "bad"), vec![Rule::Attributed, Rule::Context]);
}

#[test]
fn the_label_follows_the_score_as_printed() {
    let s = scorer_with("slogan -1.5\n", "");
    // -1.5 x -0.6 is 0.8999999999999999 in floating point: shown, and
    // labelled, as 0.9, the threshold.
    let p = s.score_paragraph("The Big Society is not a slogan.", NAMED);
    let raw: f64 = p.evidence.iter().map(|e| e.weight).sum();
    assert!(raw < PRO_THRESHOLD, "{raw}");
    assert_eq!(p.score, 0.9);
    assert_eq!(p.stance, Stance::Pro, "{p:?}");
}

#[test]
fn a_whether_question_asserts_neither_side_up_to_its_end() {
    let s = scorer_with("triumph 2\nfailed -2\ndisaster -2\n", "unclear -1\n");
    let p = s.score_paragraph("Nobody knows whether the Big Society failed.", NAMED);
    assert_eq!(weight(&p, "failed"), 0.0);
    assert_eq!(rules(&p, "failed"), vec![Rule::OpenQuestion]);
    // The question stops at a turn, a relative clause or "or not".
    let p = s.score_paragraph(
        "Whether it works in cities is unclear but here it is a triumph.",
        NAMED,
    );
    assert!(close(weight(&p, "triumph"), 2.0 * AFTER_CONTRAST_FACTOR));
    let p = s.score_paragraph(
        "They must decide whether to fund a scheme that failed.",
        NAMED,
    );
    assert!(close(weight(&p, "failed"), -2.0));
    let p = s.score_paragraph(
        "Whether they admit it or not the Big Society is a disaster.",
        NAMED,
    );
    assert!(close(weight(&p, "disaster"), -2.0));
}

#[test]
fn yet_turns_only_where_it_opens_a_clause() {
    let s = scorer_with("triumph 2\nbest 1\n", "");
    let p = s.score_paragraph("The best idea yet, and a triumph.", NAMED);
    assert!(close(weight(&p, "best"), 1.0), "{p:?}");
    let p = s.score_paragraph("It was mocked yet it was a triumph.", NAMED);
    assert!(close(weight(&p, "triumph"), 2.0 * AFTER_CONTRAST_FACTOR));
    let p = s.score_paragraph("Mocked, yet a triumph.", NAMED);
    assert!(close(weight(&p, "triumph"), 2.0 * AFTER_CONTRAST_FACTOR));
}

#[test]
fn a_contrastive_not_after_a_modal_in_its_first_conjunct_warns() {
    let s = scorer_with("cheap replacement -2\nsuccess 2\nfailure -2\n", "");
    let p = s.score_paragraph(
        "Volunteers should add to services, not be a cheap replacement.",
        NAMED,
    );
    assert_eq!(rules(&p, "cheap replacement"), vec![Rule::Warning]);
    assert!(close(
        weight(&p, "cheap replacement"),
        -2.0 * WARNING_FACTOR
    ));
    // Without the modal, or with it in an earlier clause, "not" denies.
    let p = s.score_paragraph("It adds to services, not a cheap replacement.", NAMED);
    assert!(close(weight(&p, "cheap replacement"), 2.0));
    let p = s.score_paragraph(
        "We should stop apologising: a success, not a failure.",
        NAMED,
    );
    assert!(
        close(weight(&p, "failure"), -2.0 * CONTRASTIVE_NEGATION_FACTOR),
        "{p:?}"
    );
}

#[test]
fn a_document_that_names_the_target_links_every_paragraph() {
    let s = scorer();
    let doc = s.score_document("Weather\n\nRain.\n\nThe Big Society, briefly.\n\nA smokescreen.");
    assert!(doc.context.mentions_target);
    assert_eq!(doc.paragraphs[0].score.link, Link::Context);
    assert_eq!(doc.paragraphs[2].score.link, Link::Explicit);
    assert_eq!(doc.paragraphs[3].score.stance, Stance::Sceptical);
    let doc = s.score_document("Weather\n\nA smokescreen, they say.");
    assert!(!doc.context.mentions_target);
    assert_eq!(doc.paragraphs[1].score.link, Link::None);
    assert_eq!(doc.paragraphs[1].score.stance, Stance::Neutral);
}

#[test]
fn boilerplate_is_neutral() {
    let p = para("Comments are closed.");
    assert!(p.boilerplate);
    assert_eq!(p.stance, Stance::Neutral);
    let p = para("Posted by admin on 3 March 2011\nShare this");
    assert!(p.boilerplate);
    let p = para("Posted by admin\nThe Big Society is a triumph.");
    assert!(!p.boilerplate);
    // Under a links heading every line is another page's headline.
    let p = para("Related articles:\nThe Big Society is a triumph\nA smokescreen for cuts");
    assert!(p.boilerplate);
    assert_eq!(p.stance, Stance::Neutral);
    // A long line of prose under a heading is text, not a headline.
    let p = para("See also\nThe report, published today, shows the Big Society is a smokescreen.");
    assert!(!p.boilerplate);
    // A heading alone on its line only; a sentence that starts alike is text.
    let p = para("Read more about why the Big Society is a triumph.\nIt is.");
    assert!(!p.boilerplate);
    for line in [
        "\u{a9} 2011 The Evening Post. All rights reserved.",
        "12 March 2011 at 9:05 pm",
        "21 Jul 2014 News",
        "By Jane Smith",
        "* * *",
        // A comment footer set as a list item, with its dashed time.
        "\u{2022} June 3, 2011 - 8:40 am | Permalink",
        "- Comments are closed.",
        "\u{2014} Reply",
        // Pieces of furniture run together with bars between.
        "Posted by admin | 14 August 2011 | Filed under: Satire, Westminster",
        "Find out more: Volunteering near you | Last updated 12 March 2013 | Share this page",
        "By Jane Smith on 3 May 2011",
        "March 3, 2011 at 10:15 am | Reply",
        "Published: 3 May 2011",
        "First published on Tue 3 May 2011 10.15 BST",
        "Last updated at 10:15 BST, 4 May 2011",
        "Updated",
        "Posted by admin on March 3, 2011 at 10:15 am",
        "Posted on March 3, 2011 at 10:15 a.m.",
        "Posted by John Smith Jr.",
    ] {
        assert!(para(line).boilerplate, "{line}");
    }
    for line in [
        "By March the scheme had folded",
        "3 March 2011 was the day the Big Society Bank opened its doors to the first borrowers",
        // A list item of text stays text.
        "\u{2022} Comments are closed to the public, but the minutes are online",
        "- June 3, 2011 was the day the first vanguards met in Whitehall",
        // Nor do the words of a pattern make one furniture without a time
        // or a word of comment furniture, nor a bare date before a dash.
        "\u{2022} By 2014, spending on youth services had halved.",
        "By 2014, spending on youth services had halved.",
        "- Published figures show volunteering has collapsed since 2010.",
        "May 3, 2011 - total failure",
        // Words that open a dateline also open sentences: without a date
        // after them, or with a sentence's end, they are text.
        "Published figures show volunteering has collapsed since 2010.",
        "Updated guidance says the Big Society Bank will not lend to councils.",
        "Posted by Dave, Kettering: scoff all you like, the Big Society is alive and kicking.",
        "Posted by Dave, Kettering: the Big Society is a total failure and a con",
        "Published on Monday, the report concludes that the Big Society \"has failed.\"",
        "Published market figures show the Big Society Bank has made 300 loans",
    ] {
        assert!(!para(line).boilerplate, "{line}");
    }
}

#[test]
fn a_paragraph_with_no_terms_scores_plain_zero() {
    let p = para("It rained on the Big Society fete.");
    assert!(p.evidence.is_empty());
    assert!(p.score == 0.0 && p.score.is_sign_positive(), "{}", p.score);
    assert_eq!(format!("{:+.2}", p.score), "+0.00");
}

#[test]
fn balanced_paragraphs_are_neutral() {
    let p = para("The Big Society is a triumph and a smokescreen.");
    assert!(close(p.score, 0.0));
    assert_eq!(p.stance, Stance::Neutral);
}

#[test]
fn every_lean_has_evidence_and_confidence_in_range() {
    for text in [
        "The Big Society is a triumph.",
        "The Big Society is a smokescreen.",
        "The Big Society met on Tuesday.",
        "The Big Society is a triumph, a success and a noble triumph.",
    ] {
        let p = para(text);
        if p.stance != Stance::Neutral {
            assert!(!p.evidence.is_empty(), "{text}");
        }
        assert!(
            (0.5..=1.0).contains(&p.confidence),
            "{text}: {}",
            p.confidence
        );
    }
}

#[test]
fn confidence_grows_with_distance_from_the_threshold() {
    assert!(close(confidence(Stance::Pro, PRO_THRESHOLD), 0.5));
    assert!(confidence(Stance::Pro, 5.0) > confidence(Stance::Pro, 2.0));
    assert!(confidence(Stance::Sceptical, -5.0) > confidence(Stance::Sceptical, -2.0));
    assert!(close(confidence(Stance::Neutral, 0.0), 1.0));
    assert!(confidence(Stance::Neutral, 0.9) < confidence(Stance::Neutral, 0.1));
}

#[test]
fn document_stance_follows_the_majority_lean() {
    let c = Counts {
        pro: 3,
        sceptical: 1,
        neutral: 9,
    };
    assert_eq!(c.document_stance(), Stance::Pro);
    let c = Counts {
        pro: 1,
        sceptical: 2,
        neutral: 0,
    };
    assert_eq!(c.document_stance(), Stance::Sceptical);
    let c = Counts {
        pro: 2,
        sceptical: 2,
        neutral: 1,
    };
    assert_eq!(c.document_stance(), Stance::Neutral);
    assert_eq!(Counts::default().document_stance(), Stance::Neutral);
}

#[test]
fn a_rival_programme_without_the_target_is_not_linked() {
    let s = scorer();
    let p = s.score_paragraph("Labour's good society is a triumph of organising.", NAMED);
    assert_eq!((p.link, p.stance), (Link::None, Stance::Neutral));
    let p = s.score_paragraph(
        "Unlike the good society, the Big Society is a smokescreen.",
        NAMED,
    );
    assert_eq!((p.link, p.stance), (Link::Explicit, Stance::Sceptical));
}

#[test]
fn a_word_acting_as_a_negator_is_not_also_a_stance_term() {
    // "no" is a negator; a stance entry for the same word must not count.
    let s = scorer_with("carping -1.5\nquit -1\n", "");
    let p = s.score_paragraph("Quit the carping about the Big Society.", NAMED);
    assert_eq!(p.evidence.len(), 1);
    assert_eq!(rules(&p, "carping"), vec![Rule::Negated]);
    assert!(close(p.score, -1.5 * NEGATION_FACTOR));
}

#[test]
fn a_parenthetical_however_does_not_cut_negation_off() {
    let p = para("The Big Society is not, however, a smokescreen.");
    assert_eq!(
        rules(&p, "smokescreen"),
        vec![Rule::Negated, Rule::AfterContrast]
    );
    assert_eq!(p.stance, Stance::Pro);
    // A real clause break still stops it.
    let p = para("It is not over, the Big Society is a smokescreen.");
    assert!(!rules(&p, "smokescreen").contains(&Rule::Rebutted));
}

#[test]
fn the_text_of_a_pledge_is_not_a_view_of_it() {
    let p = para("Pledge: We will make the Big Society a triumph and a success.");
    assert_eq!(p.link, Link::Explicit);
    assert_eq!(p.stance, Stance::Neutral);
    assert!(p.evidence.is_empty());
    // Only the promise itself: what follows it is scored.
    let p = para("Pledge: a Big Society triumph. In fact it was a smokescreen.");
    assert_eq!(p.stance, Stance::Sceptical);
    let p = para("Pledge: a triumph for all\nStatus: the Big Society is a smokescreen");
    assert_eq!(p.stance, Stance::Sceptical);
    // Only as a label opening the paragraph.
    let p = para("My pledge: the Big Society will be a triumph.");
    assert_eq!(p.link, Link::Explicit);
    assert_eq!(p.stance, Stance::Pro);
}

#[test]
fn the_critics_behind_an_aside_a_relative_clause_or_they() {
    // A short aside between the critics and their predicate.
    let p = para("The critics, of course, are wrong about the Big Society.");
    assert_eq!(rules(&p, "wrong"), vec![Rule::AboutCritics]);
    // A relative clause holds their view; the verdict after it is on them.
    // Found wrong, the view is rebutted along with them ...
    let p = para("Critics who say the Big Society is a smokescreen are wrong.");
    assert!(rules(&p, "smokescreen").contains(&Rule::AboutCritics));
    assert!(rules(&p, "wrong").contains(&Rule::AboutCritics));
    assert_eq!(p.stance, Stance::Pro);
    // ... found right, it keeps its sign.
    let p = para("Critics who said the Big Society was a smokescreen were right.");
    assert!(!rules(&p, "smokescreen").contains(&Rule::AboutCritics));
    assert_eq!(p.stance, Stance::Sceptical);
    // "they" opening a later clause of the sentence is the critics again.
    let p = para("Critics will call the Big Society bad, but they are wrong.");
    assert!(rules(&p, "wrong").contains(&Rule::AboutCritics));
    // Not in another sentence.
    let p = para("Critics spoke. They are wrong about the Big Society.");
    assert!(!rules(&p, "wrong").contains(&Rule::AboutCritics));
}

#[test]
fn a_cue_ending_in_this_answers_the_sentence_before() {
    let p = para("Critics call the Big Society a smokescreen. The minister rejected this.");
    assert!(rules(&p, "smokescreen").contains(&Rule::Rebutted));
    assert!(close(weight(&p, "smokescreen"), -2.0 * REBUTTAL_FACTOR));
    // Only the sentence just before, and not when the cue is negated.
    let p = para(
        "The Big Society is a smokescreen. It is a triumph, critics say. The minister rejected this.",
    );
    assert!(!rules(&p, "smokescreen").contains(&Rule::Rebutted));
    assert!(rules(&p, "triumph").contains(&Rule::Rebutted));
    let p = para("Critics call the Big Society a smokescreen. He has not rejected this.");
    assert!(!rules(&p, "smokescreen").contains(&Rule::Rebutted));
    // A sentence with no term between is passed over, once.
    let p = para(
        "Critics call the Big Society a smokescreen. I see why they say it. The minister rejected this.",
    );
    assert!(rules(&p, "smokescreen").contains(&Rule::Rebutted), "{p:?}");
    let p = para(
        "Critics call the Big Society a smokescreen. I see why. I see how. The minister rejected this.",
    );
    assert!(!rules(&p, "smokescreen").contains(&Rule::Rebutted), "{p:?}");
}

#[test]
fn a_denial_after_a_warning_condition_denies_the_condition() {
    let scorer = scorer_with("will only work if -1.5\n", "");
    for text in [
        "The Big Society will only work if it is properly funded, and it is not.",
        "The Big Society will only work if it is properly funded. It is not.",
        "It cannot succeed unless councils keep their grants. They have not.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(
            p.evidence
                .iter()
                .all(|e| !e.rules.iter().any(|r| r.0 == Rule::Rebutted)),
            "{text}: {p:?}"
        );
    }
    let p = scorer.score_paragraph(
        "The Big Society will only work if it is properly funded, and it is not.",
        NAMED,
    );
    assert_eq!(p.stance, Stance::Sceptical, "{p:?}");
}

#[test]
fn a_closing_that_and_a_bare_denial_answer_the_sentence_before() {
    // "I don't accept that." closes its clause: "that" points back.
    let p = para("Critics call the Big Society a smokescreen. I simply don't accept that.");
    assert!(rules(&p, "smokescreen").contains(&Rule::Rebutted));
    assert_eq!(p.stance, Stance::Pro);
    // Followed by a clause, "that" opens the view it rejects.
    let p = para("I don't accept that the Big Society is a smokescreen.");
    assert!(rules(&p, "smokescreen").contains(&Rule::Rebutted));
    // A sentence that only denies rejects the one before, and its "not"
    // negates nothing.
    for denial in ["It is not.", "It isn't.", "That is not true.", "Not so."] {
        let p = para(&format!(
            "Critics call the Big Society a smokescreen. {denial} It is a triumph."
        ));
        assert!(
            rules(&p, "smokescreen").contains(&Rule::Rebutted),
            "{denial}"
        );
        assert!(!rules(&p, "triumph").contains(&Rule::Negated), "{denial}");
        assert_eq!(p.stance, Stance::Pro, "{denial}");
    }
    // Only a whole sentence, and only the sentence just before it.
    let p = para("Critics call the Big Society a smokescreen. It is not a triumph.");
    assert!(!rules(&p, "smokescreen").contains(&Rule::Rebutted));
    let p = para("The Big Society is a smokescreen. Ministers call it a triumph. It is not.");
    assert!(!rules(&p, "smokescreen").contains(&Rule::Rebutted));
    assert!(rules(&p, "triumph").contains(&Rule::Rebutted));
    // Nothing before it: nothing to answer.
    let p = para("It is not. The Big Society is a smokescreen.");
    assert!(!rules(&p, "smokescreen").contains(&Rule::Rebutted));
}

#[test]
fn a_caption_ending_in_its_picture_credit_is_furniture() {
    for line in [
        "Marchers in Southampton against the cuts, photo David Smith",
        "Volunteers at the reopened library (Picture: Jane Roe)",
        "The minister on a visit | Image by Sam Ellis",
        "Residents at the opening - photo credit: Ann Lee",
    ] {
        assert!(is_captioned(line), "{line}");
    }
    for line in [
        "A photo opportunity for the minister",
        "photo David Smith",
        "He posed for the camera, photo in hand",
        "Marchers in Southampton, photo by Sam Ellis Photography Studio Ltd",
    ] {
        assert!(!is_captioned(line), "{line}");
    }
    let p = scorer().score_paragraph("A triumph for the Big Society, photo David Smith", NAMED);
    assert!(p.boilerplate);
}

#[test]
fn a_rhetorical_negator_denies_only_in_a_question() {
    // ("so" is also an intensifier.)
    let p = para("What is so bad about the Big Society?");
    assert!(rules(&p, "bad").contains(&Rule::Negated));
    let p = para("What is so bad about the Big Society is its name.");
    assert!(!rules(&p, "bad").contains(&Rule::Negated));
}

#[test]
fn a_question_negator_reaches_past_a_parenthesis_but_not_into_the_answer() {
    // "What, exactly, has": the commas make clauses, but the question is
    // the clause its last word opens.
    let p = para("What, exactly, has the Big Society done that was a triumph?");
    assert!(rules(&p, "triumph").contains(&Rule::Negated));
    // A term that runs past the question mark is the answer, not the
    // question: "What has it achieved? Very little."
    let s = scorer_with("achieve~ very little -1.5\n", GENERAL);
    let p = s.score_paragraph("And what has the Big Society achieved? Very little.", NAMED);
    assert!(!rules(&p, "achieve~ very little").contains(&Rule::Negated));
    assert_eq!(p.stance, Stance::Sceptical);
}

#[test]
fn a_passive_rejection_answers_its_subject() {
    let p = para("Claims that the Big Society was a smokescreen were rejected by ministers.");
    assert!(rules(&p, "smokescreen").contains(&Rule::Rebutted));
    // Its "as ..." is the rejecter's word for that view.
    let p = para("Wrong ideas about the Big Society were dismissed as bad.");
    assert!(rules(&p, "bad").contains(&Rule::Rebutted));
    // With no term in the subject, the words after "as" are the dismissal.
    let p = para("The Big Society was dismissed as a smokescreen by Labour.");
    assert!(!rules(&p, "smokescreen").contains(&Rule::Rebutted));
    assert_eq!(p.stance, Stance::Sceptical);
}

#[test]
fn a_negated_subject_opening_its_clause_denies_its_predicate() {
    let p = para("Not one of the groups we spoke to had a good word for the Big Society.");
    assert!(rules(&p, "good").contains(&Rule::Negated));
    let p = para("None of the eight groups in the town has been a Big Society success.");
    assert!(rules(&p, "success").contains(&Rule::Negated));
    // Not inside a clause of its own in the predicate.
    let p = para("None of us knew what was wrong with the Big Society.");
    assert!(!rules(&p, "wrong").contains(&Rule::Negated));
    // "Not all" denies it for some: a shortfall.
    let p = para("Not all of the groups we spoke to had a good year from the Big Society.");
    assert!(rules(&p, "good").contains(&Rule::Negated));
    // A "so" after a copula is a degree word, not the conjunction.
    let p = para("Not all Big Society vanguards have been so good.");
    assert!(rules(&p, "good").contains(&Rule::Negated));
    // "Not everything", "not every" likewise.
    let p = para("But not everything with the Big Society's name on it is a smokescreen.");
    assert!(p.score > 0.0, "{p:?}");
    let p = para("Not every Big Society library run by volunteers has been good.");
    assert!(rules(&p, "good").contains(&Rule::Negated));
    let p = para("Not everything about the Big Society has been good.");
    assert!(rules(&p, "good").contains(&Rule::Negated));
    // Nor a "not" that is not "not one", "not all" or "not a single".
    let p = para("Not long ago, the Big Society groups in the town were good.");
    assert!(!rules(&p, "good").contains(&Rule::Negated));
}

#[test]
fn review_cases_for_subject_negation_passive_cues_and_what() {
    // A negated subject stops at a new clause joined by "but" or "and",
    // and at the object of an attitude; "few" is a subject only before
    // "of".
    for text in [
        "Nobody wanted the Big Society but it has been a success.",
        "Nobody complained and the Big Society was a success.",
        "Nobody is laughing now at the Big Society's success.",
        "Few tears will be shed for the Big Society's success.",
    ] {
        let p = para(text);
        assert!(!rules(&p, "success").contains(&Rule::Negated), "{text}");
    }
    // A negated passive cue rejects nothing; a passive cue answers only
    // its own clause.
    let p = para("Claims that the Big Society is a smokescreen have never been rejected.");
    assert!(!rules(&p, "smokescreen").contains(&Rule::Rebutted));
    let p = para("Despite its success, the Big Society bid was rejected by the council.");
    assert!(!rules(&p, "success").contains(&Rule::Rebutted));
    // Only "not what" gives up its "what" to a term opening there.
    let s = scorer_with("what happened to -1.5\n", GENERAL);
    let p = s.score_paragraph("It is hard to see what happened to the Big Society.", NAMED);
    assert!(!rules(&p, "what happened to").contains(&Rule::Negated));
}

#[test]
fn a_negator_inside_a_rebuttal_cue_is_part_of_the_cue() {
    let p = para("I do not accept that the Big Society is a smokescreen.");
    assert_eq!(rules(&p, "smokescreen"), vec![Rule::Rebutted]);
    assert_eq!(p.stance, Stance::Pro);
}

#[test]
fn x_not_y_denies_y_outright() {
    let p = para("The Big Society is a triumph, not a smokescreen.");
    assert!(close(
        weight(&p, "smokescreen"),
        -2.0 * CONTRASTIVE_NEGATION_FACTOR
    ));
    // A plain "not" keeps the usual weakening.
    let p = para("The Big Society is not a smokescreen.");
    assert!(close(weight(&p, "smokescreen"), -2.0 * NEGATION_FACTOR));
}

#[test]
fn second_review_cases() {
    // A relative clause set off by commas, and one with its own verb group.
    assert_rule_on(
        "smokescreen",
        Rule::AboutCritics,
        &[
            "Critics, who say the Big Society is a smokescreen, are wrong.",
            "Critics who have long argued that the Big Society is a smokescreen are wrong.",
        ],
    );
    // "rejected this" answers earlier clauses of its own sentence, and
    // not when a negator governs it.
    let p = para("Critics call the Big Society a smokescreen; the minister rejected this.");
    assert!(rules(&p, "smokescreen").contains(&Rule::Rebutted));
    let p = para("The Big Society is a triumph. Nobody has disputed this.");
    assert!(!rules(&p, "triumph").contains(&Rule::Rebutted));
    // "this" as a determiner is not a pointer back.
    let p = para("The Big Society is a triumph. Labour rejected this smokescreen.");
    assert!(!rules(&p, "triumph").contains(&Rule::Rebutted));
    // After "He said:" a cue naming the view opens its clause.
    let p = para("He said: the claim that the Big Society is a smokescreen is old.");
    assert!(rules(&p, "smokescreen").contains(&Rule::Rebutted));
    // "Why is it so bad?" takes the badness as given.
    let p = para("The Big Society is failing. Why is it so bad?");
    assert!(!rules(&p, "bad").contains(&Rule::Negated));
}

#[test]
fn a_negated_quantifier_reaches_its_clause() {
    let scorer = scorer_with(&format!("{STANCE}not everyone -1.5\n"), GENERAL);
    let p = scorer.score_paragraph(
        "Not everyone in the Big Society movement thinks it a success.",
        NAMED,
    );
    assert!(rules(&p, "success").contains(&Rule::Negated));
    // Not past the clause.
    let p = scorer.score_paragraph(
        "Not everyone came to the Big Society launch, and it was a success.",
        NAMED,
    );
    assert!(!rules(&p, "success").contains(&Rule::Negated));
}

#[test]
fn a_subject_sharing_the_sign_of_a_denied_likeness_is_conceded() {
    let s = scorer_with(
        "clumsy -1.5\nfailed idea -2\nattractive 1\ncredible 1\n",
        "",
    );
    // "A clumsy launch is not a failed idea": the clumsiness is granted.
    let p = s.score_paragraph("A clumsy launch is not a failed idea.", NAMED);
    assert!(
        close(weight(&p, "clumsy"), -1.5 * CONCESSION_FACTOR),
        "{p:?}"
    );
    assert_eq!(rules(&p, "clumsy"), vec![Rule::Concession]);
    assert!(p.score > 0.0, "{p:?}");
    // Only a copula before "not" (or a negated copula) denies a likeness.
    let p = s.score_paragraph("An attractive scheme isn't a credible one.", NAMED);
    assert!(close(weight(&p, "attractive"), CONCESSION_FACTOR));
    let p = s.score_paragraph("An attractive scheme was never credible.", NAMED);
    assert!(close(weight(&p, "attractive"), 1.0), "{p:?}");
    // A subject of the other sign, or in another clause, is untouched.
    let p = s.score_paragraph("A clumsy launch is not credible.", NAMED);
    assert!(close(weight(&p, "clumsy"), -1.5));
    let p = s.score_paragraph("It has a clumsy name; it is not a failed idea.", NAMED);
    assert!(close(weight(&p, "clumsy"), -1.5));
    // A likeness made and denied: "does not make a ...", "doesn't make a".
    for text in [
        "A clumsy launch does not make a failed idea.",
        "A clumsy launch doesn't make a failed idea.",
    ] {
        let p = s.score_paragraph(text, NAMED);
        assert_eq!(rules(&p, "clumsy"), vec![Rule::Concession], "{text}");
    }
    let p = s.score_paragraph("A clumsy launch will not make a failed idea.", NAMED);
    assert!(close(weight(&p, "clumsy"), -1.5), "{p:?}");
}

#[test]
fn the_to_of_a_too_to_frame_negates() {
    let s = scorer_with("", "important 0.5\nfail -2\nsave 1\n");
    let p = s.score_paragraph("It is too important an idea to be allowed to fail.", NAMED);
    assert_eq!(rules(&p, "fail"), vec![Rule::Negated, Rule::Context]);
    assert!(weight(&p, "fail") > 0.0);
    let p = s.score_paragraph("It came too late to save the library.", NAMED);
    assert!(weight(&p, "save") < 0.0);
    // Not across a clause, nor beyond its reach.
    let p = s.score_paragraph("It was too much, to fail like that.", NAMED);
    assert!(weight(&p, "fail") < 0.0);
    let p = s.score_paragraph("Too many of the volunteers who came along to fail.", NAMED);
    assert!(weight(&p, "fail") < 0.0);
}

#[test]
fn cues_are_listed_as_the_rules_read_them() {
    let cues = scorer().cues(
        "The plan has not yet worked, and it is too late to rescue it. \
         Whether it ever will is open, or not.",
    );
    let find = |kind: &str, matched: &str| {
        cues.iter()
            .find(|c| c.kind == kind && c.matched == matched)
            .unwrap_or_else(|| panic!("no {kind} {matched:?} in {cues:?}"))
    };
    // "not yet": "not" negates, "yet" is the adverb of time.
    assert!(find("negator", "not").counted);
    assert!(!find("contrast", "yet").counted);
    // The frame's "to" negates though no lexicon lists it.
    let to = find("negator", "to");
    assert!(to.counted);
    assert_eq!(to.pattern, "too ... to");
    // The question is listed with its reach; the "not" of "or not" is not
    // a negator.
    assert!(find("open question", "Whether it ever will is open").counted);
    let last_not = cues.iter().rfind(|c| c.matched == "not").unwrap();
    assert!(!last_not.counted);
    // In text order.
    assert!(cues.windows(2).all(|w| w[0].token <= w[1].token));
}

#[test]
fn a_word_of_doubt_governs_the_favourable_terms_after_it() {
    let s = scorer_with("succeed 1.5\ndoubt -1.5\n", "");
    // The doubt is a term: it carries the clause, the success counts 0.
    let p = s.score_paragraph("I doubt that the Big Society will succeed.", NAMED);
    assert_eq!(weight(&p, "succeed"), 0.0);
    assert_eq!(rules(&p, "succeed")[0], Rule::Doubted);
    assert_eq!(p.score, -1.5);
    // No term: the doubt turns it, and the "whether" is no open question.
    let p = s.score_paragraph(
        "They questioned whether the Big Society will succeed.",
        NAMED,
    );
    assert!(close(weight(&p, "succeed"), 1.5 * NEGATION_FACTOR), "{p:?}");
    assert_eq!(rules(&p, "succeed")[0], Rule::Doubted);
    assert_eq!(p.stance, Stance::Sceptical);
    let p = s.score_paragraph("I am not sure the Big Society will succeed.", NAMED);
    assert!(close(weight(&p, "succeed"), 1.5 * NEGATION_FACTOR));
    // A denied doubt doubts nothing; nor does one in a relative clause.
    let p = s.score_paragraph("Nobody doubts the Big Society will succeed.", NAMED);
    assert_eq!(weight(&p, "succeed"), 1.5);
    let p = s.score_paragraph(
        "Those who doubt the Big Society now expect it to succeed.",
        NAMED,
    );
    assert_eq!(weight(&p, "succeed"), 1.5);
}

#[test]
fn for_too_long_describes_what_is_to_end() {
    let s = scorer_with("cap in hand -1.5\n", "");
    for text in [
        "For too long, charities have had to go cap in hand to the Big Society's critics.",
        "\"For far too long charities have had to go cap in hand,\" the Big Society minister said.",
    ] {
        let p = s.score_paragraph(text, NAMED);
        assert!(
            close(weight(&p, "cap in hand"), -1.5 * REBUTTAL_FACTOR),
            "{text}: {p:?}"
        );
        assert_eq!(
            rules(&p, "cap in hand").first(),
            Some(&Rule::Rebutted),
            "{text}"
        );
    }
    // Only where it opens the sentence, and not where the complaint names
    // the agenda: that is a critic's.
    for text in [
        "The Big Society left charities waiting for too long, cap in hand.",
        "For too long the Big Society has left charities going cap in hand.",
    ] {
        assert_eq!(named_weight(&s, text, "cap in hand"), -1.5, "{text}");
    }
}

#[test]
fn a_claim_not_shown_is_doubted_across_its_clause() {
    let s = scorer_with(
        "value for money 1.5
",
        "",
    );
    // Past the negation's reach, the proof that is missing still governs
    // the claim it would have proved.
    for text in [
        "The department cannot yet demonstrate that the Big Society programme offers value for money.",
        "Ministers have failed to prove that the Big Society scheme they built is value for money.",
        "The minister has not shown that the Big Society programme as a whole is value for money.",
    ] {
        let p = s.score_paragraph(text, NAMED);
        assert!(
            close(weight(&p, "value for money"), 1.5 * NEGATION_FACTOR),
            "{text}: {p:?}"
        );
        assert_eq!(rules(&p, "value for money"), vec![Rule::Doubted], "{text}");
    }
    // Shown, the claim stands: also "not only shown", and a "yet" that
    // only joins clauses.
    for text in [
        "The department has now demonstrated that the Big Society programme offers value for money.",
        "The study established that the Big Society programme as a whole is value for money.",
        "The pilot has not only shown that the Big Society programme is value for money.",
        "The pilot is small, yet shows that the Big Society programme as a whole is value for money.",
    ] {
        let p = s.score_paragraph(text, NAMED);
        assert!(weight(&p, "value for money") >= 1.5, "{text}: {p:?}");
        assert!(
            !rules(&p, "value for money").contains(&Rule::Doubted),
            "{text}"
        );
    }
}

#[test]
fn a_denied_comparison_affirms() {
    let s = scorer_with("hopeful 1.5\nslogan -1.5\n", "");
    let p = s.score_paragraph(
        "I have never felt more hopeful about the Big Society.",
        NAMED,
    );
    assert_eq!(weight(&p, "hopeful"), 1.5);
    let p = s.score_paragraph("The Big Society was not much more than a slogan.", NAMED);
    assert_eq!(weight(&p, "slogan"), -1.5);
    let p = s.score_paragraph("The Big Society is far more than a slogan.", NAMED);
    assert!(close(weight(&p, "slogan"), -1.5 * NEGATION_FACTOR));
}

#[test]
fn no_denial_sentence_is_longer_than_the_length_checked() {
    for d in DENIAL_SENTENCES.iter().chain(OWNING_UP_SENTENCES) {
        assert!(d.len() <= DENIAL_MAX_WORDS, "{d:?}");
    }
}

#[test]
fn object_verbs_count_only_before_the_target() {
    let s = scorer_with("battle~ -1.5\nstand~ by 1.5\n", GENERAL);
    let p = s.score_paragraph("Archbishop battles the Big Society.", NAMED);
    assert_eq!(weight(&p, "battle~"), -1.5);
    let p = s.score_paragraph("Minister stands by the Big Society.", NAMED);
    assert_eq!(weight(&p, "stand~ by"), 1.5);
    // Not the target's: no term.
    let p = s.score_paragraph("The Big Society faces battles ahead.", NAMED);
    assert!(p.evidence.is_empty(), "{:?}", p.evidence);
    let p = s.score_paragraph("Nobody will stand by and watch the Big Society.", NAMED);
    assert!(p.evidence.is_empty(), "{:?}", p.evidence);
}

#[test]
fn every_object_verb_has_a_stance_weight() {
    let set = crate::lexicon::embedded();
    for v in OBJECT_VERBS {
        assert!(
            set.entries
                .iter()
                .any(|e| e.role == Role::Stance && &*e.pattern == *v && e.weight.is_some()),
            "{v} is not in stance.txt"
        );
    }
}

#[test]
fn a_reported_rejection_balances_and_the_writers_denial_turns() {
    let s = scorer();
    let p = s.score_paragraph(
        "Ministers rejected claims that the Big Society is a smokescreen.",
        NAMED,
    );
    assert!(close(weight(&p, "smokescreen"), -2.0 * REBUTTAL_FACTOR));
    let p = s.score_paragraph("It is a myth that the Big Society is a smokescreen.", NAMED);
    assert!(close(weight(&p, "smokescreen"), 2.0));
}

#[test]
fn a_sentence_judging_a_claim_it_names_decides_for_the_claim() {
    let s = scorer_with(
        "boosted 1\nlaughable -2\ncover for cuts -2\nabsurd -2\nfair 1\nrejected -1\n",
        "",
    );
    // Found against: the claim's terms turn outright, the verdict is the judging.
    let p = s.score_paragraph(
        "The claim that the Big Society boosted giving is laughable.",
        NAMED,
    );
    assert!(close(weight(&p, "boosted"), -1.0), "{p:?}");
    assert_eq!(weight(&p, "laughable"), 0.0);
    assert_eq!(rules(&p, "laughable")[0], Rule::Verdict);
    let p = s.score_paragraph(
        "The idea that the Big Society is a cover for cuts is absurd.",
        NAMED,
    );
    assert_eq!(p.stance, Stance::Pro);
    // Found for: the claim stands, and the cue "the charge that" rebuts nothing.
    let s2 = Scorer::new(embedded_with(&[
        (Role::Stance, "underfunded -1.5\nfair 1\n"),
        (Role::Rebuttal, "the charge that\n"),
        (Role::Target, TARGETS),
    ]));
    let p = s2.score_paragraph(
        "The charge that the Big Society was underfunded is fair.",
        NAMED,
    );
    assert!(close(weight(&p, "underfunded"), -1.5), "{p:?}");
    // No term in the claim: the verdict is the writer's own term.
    let p = s.score_paragraph(
        "The claim that volunteers can replace carers is absurd.",
        NAMED,
    );
    assert!(close(weight(&p, "absurd"), -2.0), "{p:?}");
    // Too short to be a claim with a verdict: the cover for cuts is the claim.
    let p = s.score_paragraph("The idea that it is a cover for cuts.", NAMED);
    assert!(close(weight(&p, "cover for cuts"), -2.0), "{p:?}");
    // Not opening its sentence: no verdict is read.
    let p = s.score_paragraph(
        "He repeated the claim that the Big Society boosted giving is laughable.",
        NAMED,
    );
    assert!(close(weight(&p, "laughable"), -2.0), "{p:?}");
}

#[test]
fn a_negated_subject_reaches_a_term_holding_a_word_that_ends_its_reach() {
    // "for" ends the reach ("nobody is laughing at its success"), but a
    // term starting before it is still the predicate's.
    let s = scorer_with("closed for good -1\n", "");
    let p = s.score_paragraph(
        "Not one of the Big Society libraries has closed for good.",
        NAMED,
    );
    assert!(
        rules(&p, "closed for good").contains(&Rule::Negated),
        "{p:?}"
    );
    assert!(weight(&p, "closed for good") > 0.0);
}

#[test]
fn the_last_sentence_of_a_paragraph_carries_its_point() {
    let s = scorer();
    // Two sentences: the last one's terms weigh more, the first's do not.
    let p = s.score_paragraph(
        "The Big Society had a bad start. The vanguards are a success.",
        NAMED,
    );
    assert!(close(weight(&p, "bad"), -1.0), "{p:?}");
    assert!(
        close(weight(&p, "success"), 1.5 * FINAL_SENTENCE_FACTOR),
        "{p:?}"
    );
    assert_eq!(rules(&p, "success"), vec![Rule::FinalSentence]);
    // One sentence: nothing to close on.
    let p = s.score_paragraph("The Big Society is a success.", NAMED);
    assert!(close(weight(&p, "success"), 1.5), "{p:?}");
    // A closing denial is left as it is.
    let p = s.score_paragraph(
        "The Big Society is a success. The schemes before it were not a success.",
        NAMED,
    );
    let last = p.evidence.last().unwrap();
    assert!(
        !last.rules.iter().any(|r| r.0 == Rule::FinalSentence),
        "{p:?}"
    );
}

/// The weight of `term` in `text`, standing in a document that names the
/// target.
fn named_weight(s: &Scorer, text: &str, term: &str) -> f64 {
    weight(&s.score_paragraph(text, NAMED), term)
}

#[test]
fn a_closing_aside_is_not_the_paragraphs_point() {
    let s = scorer();
    for text in [
        "The Big Society had a bad year. Still, the launch was a success.",
        "The Big Society had a bad year. If it recovers, it will be a success.",
        "The Big Society had a bad year. The old scheme, by contrast, was a success.",
        "The Big Society had a bad year. Meanwhile the old scheme was a success.",
    ] {
        assert!(close(named_weight(&s, text, "success"), 1.5), "{text}");
    }
    // "contrast" alone is no aside.
    let text = "The Big Society had a bad year. The contrast with last year is a success.";
    assert!(close(
        named_weight(&s, text, "success"),
        1.5 * FINAL_SENTENCE_FACTOR
    ));
}

#[test]
fn a_closing_report_against_the_writers_own_terms_is_not_the_point() {
    let s = scorer();
    // The writer's own "bad" before it: the reported success keeps its weight.
    let text = "The Big Society had a bad year. Ministers said it was a success.";
    assert!(close(named_weight(&s, text, "success"), 1.5));
    // A reported view that agrees with the writer is the point.
    let text = "The Big Society had a good year. Ministers said it was a success.";
    assert!(close(
        named_weight(&s, text, "success"),
        1.5 * FINAL_SENTENCE_FACTOR
    ));
}

#[test]
fn what_the_last_sentence_turns_from_gets_no_final_weight() {
    let s = scorer();
    let p = s.score_paragraph(
        "The Big Society is a triumph. The launch was bad, but it is a success.",
        NAMED,
    );
    assert!(!rules(&p, "bad").contains(&Rule::FinalSentence), "{p:?}");
    assert!(rules(&p, "success").contains(&Rule::FinalSentence), "{p:?}");
    let p = s.score_paragraph(
        "The Big Society is a triumph. Although the launch was bad, it is a success.",
        NAMED,
    );
    assert!(!rules(&p, "bad").contains(&Rule::FinalSentence), "{p:?}");
}

#[test]
fn a_mild_closing_word_gets_no_final_weight() {
    let s = scorer_with("bad -1\ngrown 0.5\nsuccess 1.5\n", "");
    let text = "The Big Society had a bad year. Membership has grown.";
    assert!(close(named_weight(&s, text, "grown"), 0.5));
    let text = "The Big Society had a bad year. Membership is a success.";
    assert!(close(
        named_weight(&s, text, "success"),
        1.5 * FINAL_SENTENCE_FACTOR
    ));
}

#[test]
fn a_sentence_about_a_rival_programme_does_not_count() {
    let s = scorer();
    let p = s.score_paragraph(
        "The Big Society is the Tories' idea. Labour's good society is good, good and good.",
        NAMED,
    );
    assert!(p.evidence.is_empty(), "{:?}", p.evidence);
    // A sentence naming both still counts.
    let p = s.score_paragraph(
        "The good society is a good answer to the Big Society.",
        NAMED,
    );
    assert!(!p.evidence.is_empty());
}

#[test]
fn an_answer_denied_to_something_else_and_offered_to_the_target_does_not_count() {
    let s = scorer_with("not the answer -1\ngood 1\n", "");
    let p = s.score_paragraph(
        "Big government is not the answer; the Big Society is.",
        NAMED,
    );
    assert!(p.evidence.is_empty(), "{:?}", p.evidence);
    // Denied to the target itself, it counts.
    let p = s.score_paragraph("The Big Society is not the answer to poverty.", NAMED);
    assert!(close(weight(&p, "not the answer"), -1.0));
    // A later mention that offers nothing leaves it standing.
    let p = s.score_paragraph(
        "The Big Society is not the answer to what the Big Society is trying to fix.",
        NAMED,
    );
    assert!(close(weight(&p, "not the answer"), -1.0));
}

#[test]
fn a_favourable_word_given_as_a_label_counts_for_nothing() {
    let s = scorer_with("success 1.5\nand calling it -1.5\n", "");
    let p = s.score_paragraph(
        "The Big Society closed the library and calling it a success fooled nobody.",
        NAMED,
    );
    assert_eq!(weight(&p, "success"), 0.0);
    assert!(rules(&p, "success").contains(&Rule::Relabelled), "{p:?}");
    let p = s.score_paragraph("The Big Society is a so-called success.", NAMED);
    assert_eq!(weight(&p, "success"), 0.0);
    // A naming in the past tense is left alone.
    let p = s.score_paragraph(
        "Ministers visited the Big Society project and called it a success.",
        NAMED,
    );
    assert!(weight(&p, "success") > 0.0);
}

#[test]
fn a_favourable_term_after_a_shortfall_ending_yet_to_is_negated() {
    let s = scorer_with("has yet to -1\nsuccess 1.5\nsucceed 1.5\n", "");
    let p = s.score_paragraph("The Big Society has yet to succeed.", NAMED);
    assert!(close(weight(&p, "succeed"), 1.5 * NEGATION_FACTOR));
    assert!(close(weight(&p, "has yet to"), -1.0));
    // Someone who has yet to recognise it grants it all the same.
    let p = s.score_paragraph(
        "Labour has yet to recognise the success of the Big Society.",
        NAMED,
    );
    assert!(close(weight(&p, "success"), 1.5), "{p:?}");
    // Further away, or in another clause, it stands.
    let p = s.score_paragraph(
        "The Big Society has yet to decide, but it is a success.",
        NAMED,
    );
    assert!(weight(&p, "success") > 0.0);
}

#[test]
fn a_shortfall_ending_yet_to_reaches_what_has_not_been_shown() {
    let s = scorer_with(
        "has yet to -1
achieved 1
thriving 1
",
        "",
    );
    let p = s.score_paragraph(
        "The Cabinet Office has yet to publish any evaluation of what the Big Society has achieved.",
        NAMED,
    );
    assert!(close(weight(&p, "achieved"), NEGATION_FACTOR));
    // A clause of another subject is not reached.
    let p = s.score_paragraph(
        "The Big Society has yet to reach the estates where volunteers are thriving.",
        NAMED,
    );
    assert!(close(weight(&p, "thriving"), 1.0));
    // Nor a term too far on.
    let p = s.score_paragraph(
        "The Big Society has yet to publish one of the many long and detailed reports on the extent of what it has achieved.",
        NAMED,
    );
    assert!(close(weight(&p, "achieved"), 1.0));
}

fn frame_weight(p: &ParagraphScore, term: &str) -> Option<f64> {
    p.evidence.iter().find(|e| e.term == term).map(|e| e.weight)
}

/// Each text holds the frame with a weight of the given sign (`negative`)
/// and takes `stance`.
fn assert_frame_found(frame: &str, negative: bool, stance: Stance, texts: &[&str]) {
    for text in texts {
        let p = para(text);
        assert!(
            frame_weight(&p, frame).is_some_and(|w| if negative { w < 0.0 } else { w > 0.0 }),
            "{text}: {p:?}"
        );
        assert_eq!(p.stance, stance, "{text}");
    }
}

/// Every text's `term` carries `rule`; returns the scores for further checks.
fn assert_rule_on(term: &str, rule: Rule, texts: &[&str]) -> Vec<ParagraphScore> {
    texts
        .iter()
        .map(|text| {
            let p = para(text);
            assert!(rules(&p, term).contains(&rule), "{text}: {p:?}");
            p
        })
        .collect()
}

/// Each (text, term) pair: the term is negated in the text.
fn assert_negated(scorer: &Scorer, cases: &[(&str, &str)]) {
    for (text, term) in cases {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(rules(&p, term).contains(&Rule::Negated), "{text}: {p:?}");
    }
}

/// No text's `term` carries `rule`.
fn assert_rule_absent(term: &str, rule: Rule, texts: &[&str]) {
    for text in texts {
        let p = para(text);
        assert!(!rules(&p, term).contains(&rule), "{text}: {p:?}");
    }
}

/// No text holds the frame.
fn assert_frame_absent(frame: &str, texts: &[&str]) {
    for text in texts {
        let p = para(text);
        assert_eq!(frame_weight(&p, frame), None, "{text}: {p:?}");
    }
}

#[test]
fn an_inability_while_taking_away_is_a_contradiction() {
    let p = para("You cannot ask the Big Society to do more while closing its halls.");
    let w = frame_weight(&p, frames::CONTRADICTION).expect("a contradiction");
    assert!(close(w, frames::CONTRADICTION_WEIGHT), "{p:?}");
    assert_eq!(p.evidence[0].matched, "while closing");
    assert_eq!(p.stance, Stance::Sceptical);
    // A demand with "even as" or "at the same time as" is the same shape.
    let p = para("Ministers urge the Big Society to step up even as they slash its grants.");
    assert!(frame_weight(&p, frames::CONTRADICTION).is_some(), "{p:?}");
    let p = para("It is hard to build the Big Society at the same time as cutting it.");
    assert!(frame_weight(&p, frames::CONTRADICTION).is_some(), "{p:?}");
    // After an inability, a means that defeats the end: "by" and the
    // gerund of taking away.
    let p = para("You cannot empower the Big Society by removing its only grant.");
    assert!(frame_weight(&p, frames::CONTRADICTION).is_some(), "{p:?}");
    assert_eq!(p.evidence.last().unwrap().matched, "by removing");
    let p = para("You cannot build the Big Society by taking away its halls.");
    assert!(frame_weight(&p, frames::CONTRADICTION).is_some(), "{p:?}");
    // A passive demand whose ask is the agenda's burden, and money that
    // goes without a named hand.
    for text in [
        "Big Society charities are being asked to do more while their grants are cut.",
        "Big Society groups are expected to fill the gap while the money dwindles.",
        "Big Society volunteers are told to step up while their funding disappears.",
    ] {
        let p = para(text);
        assert!(
            frame_weight(&p, frames::CONTRADICTION).is_some(),
            "{text}: {p:?}"
        );
    }
    // Only money vanishes so: not red tape or a waiting list.
    assert_frame_absent(
        frames::CONTRADICTION,
        &[
            "Big Society groups are asked to run services while the old red tape vanishes.",
            "More teenagers are asked to volunteer on the Big Society scheme while the waiting list dwindles.",
        ],
    );
}

#[test]
fn a_contradiction_needs_an_action_taken_away_in_one_voice() {
    assert_frame_absent(
        frames::CONTRADICTION,
        &[
            // Excusing the agenda, a state rather than a demand, no taking away,
            // a cut the agenda wants, and a quotation ended before "while".
            "You can't blame the Big Society while councils are cutting grants.",
            "Big Society volunteers cannot be paid while claiming benefits.",
            "You cannot empower the Big Society while Whitehall signs off everything.",
            "Ministers ask the Big Society to take over while cutting red tape.",
            "'We cannot do it alone,' said the Big Society chief, who spoke while services close.",
            "They asked the Big Society volunteers to help when the floods cut the road.",
            // Everyday senses and other voices (found in review): a ribbon, a
            // road closed for repairs, "closely", effort rather than
            // inability, a forecast, a new clause after "and".
            "Big Society volunteers couldn't stop smiling when the mayor cut the ribbon.",
            "Big Society volunteers worked hard to keep the cafe going while the library was closed for repairs.",
            "The Big Society asked residents to help while working closely with the council.",
            "People are expected to flock to the Big Society fair while the road is closed.",
            "Big Society visitors were asked to leave while the hall was closed.",
            "They cannot wait to start, and the Big Society fund opens while the old scheme is closed.",
            // "by": not after a demand, a state, a noun, a cut the agenda
            // wants, or a gerund that is not itself the taking away.
            "Ministers ask the Big Society to help by cutting costs.",
            "The Big Society cannot be built by closing libraries.",
            "You cannot judge the Big Society by the closing of one hall.",
            "You cannot build the Big Society by cutting red tape.",
            "You can't build the Big Society by working with councils that are closing halls.",
        ],
    );
}

#[test]
fn the_contradiction_connector_is_no_concession() {
    // "while" is a concession marker; in the frame its clause counts in full.
    let p = para("You cannot ask the Big Society to help while it does bad things.");
    assert_eq!(frame_weight(&p, frames::CONTRADICTION), None);
    assert!(rules(&p, "bad").contains(&Rule::Concession));
    let p = para("You cannot ask the Big Society to help while cutting its bad budget.");
    assert!(frame_weight(&p, frames::CONTRADICTION).is_some());
    assert!(!rules(&p, "bad").contains(&Rule::Concession), "{p:?}");
}

#[test]
fn meagre_means_after_an_inability_are_an_insufficiency() {
    let p = para("You can't run the Big Society on goodwill.");
    let w = frame_weight(&p, frames::INSUFFICIENCY).expect("an insufficiency");
    assert!(close(w, frames::INSUFFICIENCY_WEIGHT), "{p:?}");
    assert_eq!(p.evidence[0].matched, "on goodwill");
    let p = para("Nobody can keep the Big Society going on loose change.");
    assert!(frame_weight(&p, frames::INSUFFICIENCY).is_some(), "{p:?}");
    assert_frame_absent(
        frames::INSUFFICIENCY,
        &[
            "You can't run the Big Society hall on a Sunday.",
            "You can run the Big Society on goodwill.",
        ],
    );
}

#[test]
fn exactly_what_the_agenda_is_about_is_approval() {
    for text in [
        "The new shop is exactly what the Big Society is about.",
        "That is what the Big Society stands for.",
        "It was precisely the kind of thing the Big Society was designed for.",
        "A textbook example of what the Big Society is for.",
        "Is that not exactly what the Big Society means?",
    ] {
        let p = para(text);
        let w = frame_weight(&p, frames::EXEMPLAR).unwrap_or_else(|| panic!("{text}: {p:?}"));
        assert!(w > 0.0, "{text}: {p:?}");
        assert_eq!(p.stance, Stance::Pro, "{text}");
    }
    // Denied, it counts against; a question, an "if" or a verb of knowing
    // before it make no exemplar.
    let p = para("This is not exactly what the Big Society is about.");
    assert!(
        frame_weight(&p, frames::EXEMPLAR).is_some_and(|w| w < 0.0),
        "{p:?}"
    );
    // A lexicon entry over the same words counts instead of the frame.
    let p = scorer_with("while cutting -2\n", GENERAL).score_paragraph(
        "You cannot ask the Big Society to help while cutting it.",
        NAMED,
    );
    assert_eq!(frame_weight(&p, frames::CONTRADICTION), None, "{p:?}");
    assert_frame_absent(
        frames::EXEMPLAR,
        &[
            "The question is what the Big Society is for.",
            "That is exactly the kind of bad idea the Big Society was designed for.",
            "Nobody knows exactly what the Big Society is about.",
            "If this is what the Big Society means, you can keep it.",
            "The minister was asked what the Big Society means.",
        ],
    );
}

#[test]
fn a_negative_yes_no_question_asks_for_agreement() {
    for (text, sign) in [
        ("Is the Big Society not a triumph?", 1.0),
        ("Isn't the Big Society a triumph?", 1.0),
        ("Is that not a triumph for the Big Society?", 1.0),
        ("Has the Big Society not been a success?", 1.0),
    ] {
        let p = para(text);
        assert!(p.score * sign > 0.0, "{text}: {p:?}");
        assert!(
            !p.evidence
                .iter()
                .any(|e| e.rules.iter().any(|r| r.0 == Rule::Negated))
        );
    }
    for text in [
        "Why is the Big Society not a triumph?",
        "Is it true that the Big Society was not a triumph?",
        "Was anyone surprised the Big Society did not triumph?",
        "The Big Society is not a triumph?",
    ] {
        let p = para(text);
        assert!(p.score < 0.0, "{text}: {p:?}");
    }
}

#[test]
fn talk_set_against_deeds_is_no_concession() {
    let p = scorer_with("rhetoric -1\n", GENERAL).score_paragraph(
        "Despite all its Big Society rhetoric, the government has changed little.",
        NAMED,
    );
    assert!(!rules(&p, "rhetoric").contains(&Rule::Concession), "{p:?}");
    let p = para("Despite the bad weather, the Big Society fair went ahead.");
    assert!(rules(&p, "bad").contains(&Rule::Concession), "{p:?}");
    // A second reported clause ends the conceded one.
    let p = para(
        "The minister said giving held up despite the bad year and that the Big Society was a success.",
    );
    assert!(rules(&p, "bad").contains(&Rule::Concession), "{p:?}");
    assert!(!rules(&p, "success").contains(&Rule::Concession), "{p:?}");
    // Not a "that" pointing at a thing.
    let p = para("Despite the bad press and that bad first year, the Big Society was a success.");
    assert!(rules(&p, "bad").contains(&Rule::Concession), "{p:?}");
    assert!(
        p.evidence
            .iter()
            .filter(|e| e.term == "bad")
            .all(|e| e.rules.iter().any(|r| r.0 == Rule::Concession)),
        "{p:?}"
    );
    // "Whatever you think of ..." grants the view and sets it aside.
    let p = para("Whatever you think of the Big Society as a smokescreen, the fair was good.");
    assert!(
        rules(&p, "smokescreen").contains(&Rule::Concession),
        "{p:?}"
    );
    assert!(p.score > 0.0, "{p:?}");
    // Talk nobody owns is conceded: "Despite all the hype, it worked".
    let p = scorer_with("rhetoric -1\n", GENERAL)
        .score_paragraph("Despite all the rhetoric, the Big Society worked.", NAMED);
    assert!(rules(&p, "rhetoric").contains(&Rule::Concession), "{p:?}");
}

#[test]
fn scare_quotes_count_for_nothing() {
    let p = para("The council invites the Big Society to be a \"triumph\" on no budget at all.");
    assert!(rules(&p, "triumph").contains(&Rule::ScareQuoted), "{p:?}");
    assert!(close(weight(&p, "triumph"), 0.0), "{p:?}");
    // Reported words anywhere in the paragraph, a finding, a headline, a
    // name given ("he calls"), a colon before it, or a denial: not scare
    // quotes.
    assert_rule_absent(
        "triumph",
        Rule::ScareQuoted,
        &[
            "Volunteers said the Big Society would be a \"triumph\" by Easter.",
            "The minister toured the hall, she said. The Big Society was a \"triumph\".",
            "The evaluation found the Big Society had been a \"triumph\".",
            "Big Society a \"triumph\" - minister",
            "The Big Society Bank has been anything but a \"triumph\".",
            "The Big Society is hardly a \"triumph\".",
            "Cameron hails the Big Society he calls a \"triumph\".",
            "Cameron: the Big Society is my \"triumph\".",
            "They should stop calling the Big Society a \"triumph\".",
        ],
    );
}

#[test]
fn the_kind_of_names_a_kind() {
    let p = para("The Big Society is the kind of good idea we need.");
    assert!(close(weight(&p, "good"), 1.0), "{p:?}");
    let p = para("The Big Society is kind of good.");
    assert!(rules(&p, "good").contains(&Rule::Downtoned), "{p:?}");
}

#[test]
fn a_word_quoted_as_a_word_is_mentioned_not_used() {
    let p = para("The Big Society leaflet used the word \"good\" twice.");
    assert_eq!(
        rules(&p, "good"),
        vec![Rule::Quoted, Rule::Mentioned],
        "{p:?}"
    );
    assert!(close(p.score, 0.0));
    // Used, in a quotation of its own, it counts; so does a word granted.
    let p = para("The Big Society was \"good\", they said.");
    assert!(close(weight(&p, "good"), 1.0), "{p:?}");
    let p = para("The Big Society deserves the label \"good\".");
    assert!(close(weight(&p, "good"), 1.0), "{p:?}");
}

#[test]
fn a_loss_averted_without_the_agenda_is_credit() {
    for text in [
        "Without the Big Society Bank we'd have lost the hall.",
        "If it hadn't been for the Big Society grant, the club would have closed.",
        "Had the Big Society Bank not lent the money, the shop would have shut.",
        // A condition opened by "were it not for" or "if ... had not",
        // and a creation or rescue denied.
        "Were it not for the Big Society Bank, the pub would have closed.",
        "If the Big Society Bank had not backed us, the site would have been bulldozed.",
        "Without the Big Society Bank the shop would never have opened.",
        "Had the village not used the Big Society grant, the inn would never have survived.",
        // Told the other way round, the creation denied before "without".
        "The lunch club would never have happened without the Big Society grant.",
        "None of this would have been possible without the Big Society Bank.",
        "It wouldn't have happened without the Big Society.",
        "The pub would not have survived without the Big Society loan.",
        // Told first, with the subject denied instead of the verb.
        "Without the Big Society Bank, none of this would have been possible.",
        "Without the Big Society grant, nothing would have happened here.",
        // A bare pointer set off by its comma (found in review).
        "The Big Society grant came in May. Without it, none of this would have happened.",
    ] {
        let p = para(text);
        assert!(frame_weight(&p, frames::CREDIT).is_some(), "{text}: {p:?}");
        assert_eq!(p.stance, Stance::Pro, "{text}");
    }
    assert_frame_absent(
        frames::CREDIT,
        &[
            // A demand for more, a cut, and a fault: no credit.
            "Without more money the Big Society hall would close.",
            "Without the cuts, the Big Society library would still be open.",
            "Had the Big Society not been a smokescreen, it would never have lost support.",
            // A loss denied blames (found in review), a need that is not the
            // agenda's, and a plain past perfect.
            "Without the Big Society, we would never have lost our library.",
            "Without our volunteers the Big Society hall would have closed.",
            "Without consultation, the council said the Big Society hall would close.",
            "Had we known, the Big Society hall would have closed.",
            "Without more funding the Big Society hub would never have opened.",
            "If the council had not cut the grant, the Big Society library would not have closed.",
            "If the Big Society was a success, the hall would have closed.",
            // The same told the other way round: a fault credited, a
            // demand, a need, no denial, a missed thing not the agenda's.
            "The smokescreen would never have happened without the Big Society.",
            "The Big Society hub would never have opened without more money.",
            "The Big Society hub would never have opened without support.",
            "The Big Society hub would have opened without the grant.",
            "The Big Society hub would never have opened without our volunteers.",
        ],
    );
    // The agenda itself missed and a loss denied: blame.
    let p = para("Without the Big Society, we would never have lost our library.");
    assert!(frame_weight(&p, frames::BLAME).is_some(), "{p:?}");
    assert_eq!(p.stance, Stance::Sceptical);
    // Not an "if" condition, whose "not" already denies.
    let text = "If the Big Society had not come, we would never have lost our library.";
    assert_eq!(frame_weight(&para(text), frames::BLAME), None, "{text}");
}

#[test]
fn a_page_declares_itself_satire_in_a_short_disclaimer_or_category_line() {
    for text in [
        "This article is satire.",
        "The Daily Pigeon is a satirical website. All quotes are made up.",
        "Any resemblance to real persons is entirely intentional.",
        "All our stories are invented.",
        "Posted by admin | 1 April 2011 | Filed under: Satire, Westminster",
        "Posted in Satire",
        "This story is a spoof.",
        "This column is a parody.",
        "The Pigeon | Satire | 1 April 2011",
        "The Weevil is satire. Any resemblance to real jam is coincidental.",
    ] {
        assert!(declares_satire(text), "{text}");
    }
    let long = format!(
        "Private Eye is a satirical magazine, and {}",
        "it has mocked the Big Society for years and years. ".repeat(8)
    );
    for text in [
        long.as_str(),
        "The minister's speech was beyond satire.",
        "Satire has never had it so good, said the comedian.",
        "The Big Society has been a gift to satirists.",
        // Found in review: a question, a quotation, a links line, a
        // navigation bar, a bare heading, a reader's reply.
        "Dave, 10:14 pm: This is satire, right?",
        "\"This article is satire,\" joked one reader.",
        "Related: NewsThump is a satirical website.",
        "Private Eye is a satirical magazine published fortnightly in London.",
        "The Daily Mash is a satirical website. Its take on this story was harsher.",
        "Home | News | Politics | Satire | Sport | Comment",
        "Satire",
        "Reply to Dave: this is satire, obviously",
        "Tags: Big Society, community organisers, satire, politics",
    ] {
        assert!(!declares_satire(text), "{text}");
    }
}

#[test]
fn on_a_page_of_satire_praise_is_mockery_and_naming_the_target_mocks_it() {
    let s = scorer_with(STANCE, GENERAL);
    let page = "Big Society to be run by pigeons\n\n\
                The minister called the scheme a triumph.\n\n\
                Ministers said it was a triumph and a success.\n\n\
                The Daily Pigeon is satire. We think it is a triumph.\n";
    let doc = s.score_document(page);
    assert!(doc.context.satire);
    let p: Vec<&ParagraphScore> = doc.paragraphs.iter().map(|p| &p.score).collect();
    // The headline names the target with no term: the page mocks it.
    assert_eq!(p[0].stance, Stance::Sceptical, "{:?}", p[0]);
    assert!(
        p[0].evidence
            .iter()
            .any(|e| e.term == SATIRE_TERM && close(e.weight, SATIRE_WEIGHT)),
        "{:?}",
        p[0]
    );
    // A reference: praise turned, plus the page's mockery of what it names.
    assert!(rules(p[1], "triumph").contains(&Rule::Satire), "{:?}", p[1]);
    assert!(weight(p[1], "triumph") < 0.0, "{:?}", p[1]);
    assert_eq!(p[1].stance, Stance::Sceptical);
    // Linked by context only: praise turned, no mockery of a name.
    assert!(weight(p[2], "success") < 0.0, "{:?}", p[2]);
    assert!(!p[2].evidence.iter().any(|e| e.term == SATIRE_TERM));
    assert_eq!(p[2].stance, Stance::Sceptical);
    // The declaration itself is furniture.
    assert!(
        p[3].boilerplate && p[3].stance == Stance::Neutral,
        "{:?}",
        p[3]
    );
    // The same page without its declaration reads as it says.
    let plain = s.score_document(page.rsplit_once("The Daily").unwrap().0);
    assert!(!plain.context.satire);
    assert_eq!(plain.paragraphs[0].score.stance, Stance::Neutral);
    assert!(weight(&plain.paragraphs[1].score, "triumph") > 0.0);
}

#[test]
fn a_shrug_before_one_way_of_makes_a_mock_label() {
    let p =
        para("They shut the Big Society hub, which I suppose is one way of achieving a triumph.");
    assert!(rules(&p, "triumph").contains(&Rule::Relabelled), "{p:?}");
    assert!(close(weight(&p, "triumph"), 0.0), "{p:?}");
    // Without the shrug it is a plain description.
    let p = para("The Big Society is one way of achieving a triumph.");
    assert!(!rules(&p, "triumph").contains(&Rule::Relabelled), "{p:?}");
    assert!(weight(&p, "triumph") > 0.0, "{p:?}");
}

#[test]
fn an_inability_before_a_false_label_keeps_the_charge() {
    let s = scorer_with("and call it -1.5\n", GENERAL);
    for text in [
        "You can't shut it and call it the Big Society.",
        "You cannot shut it and call it the Big Society.",
    ] {
        let p = s.score_paragraph(text, NAMED);
        assert!(weight(&p, "and call it") < 0.0, "{text}: {p:?}");
        assert!(
            rules(&p, "and call it").contains(&Rule::Warning),
            "{text}: {p:?}"
        );
    }
    // A plain denial of the deed denies the charge.
    let p = s.score_paragraph("They would not shut it and call it the Big Society.", NAMED);
    assert!(rules(&p, "and call it").contains(&Rule::Negated), "{p:?}");
    assert!(weight(&p, "and call it") > 0.0, "{p:?}");
    // A negator inside the conjunct before belongs to it.
    let p = s.score_paragraph(
        "They hand over a hall they stopped heating and call it the Big Society.",
        NAMED,
    );
    assert!(!rules(&p, "and call it").contains(&Rule::Negated), "{p:?}");
    assert!(weight(&p, "and call it") < 0.0, "{p:?}");
}

#[test]
fn an_inverted_condition_denies_nothing() {
    let p = para("Had the Big Society not been a smokescreen, people would have stayed.");
    assert!(close(weight(&p, "smokescreen"), -2.0), "{p:?}");
    let p = para("The Big Society had not been a smokescreen.");
    assert!(rules(&p, "smokescreen").contains(&Rule::Negated), "{p:?}");
    // A plain past with its subject dropped keeps its negation.
    for text in [
        "Had a feeling the Big Society was not a triumph.",
        "Had we known the Big Society was not a triumph, we would have stayed.",
    ] {
        let p = para(text);
        assert!(
            rules(&p, "triumph").contains(&Rule::Negated),
            "{text}: {p:?}"
        );
    }
}

#[test]
fn what_the_money_could_have_kept_open_is_an_opportunity_cost() {
    for text in [
        "You could keep the Big Society hub open all year for what the launch cost.",
        "The Big Society Bank could have funded ten centres for the price of its offices.",
    ] {
        let p = para(text);
        assert!(
            frame_weight(&p, frames::OPPORTUNITY_COST).is_some(),
            "{text}: {p:?}"
        );
        assert_eq!(p.stance, Stance::Sceptical, "{text}");
    }
    assert_frame_absent(
        frames::OPPORTUNITY_COST,
        &[
            // Value claimed by those who run it, and the "for" of "pay for".
            "Our volunteers could run the Big Society hub for the cost of the heating.",
            "I would pay for what it costs to keep the Big Society club going.",
            "Big Society volunteers would pay for the hall for what they raised.",
            "The Big Society hub could stay open for a year.",
        ],
    );
}

#[test]
fn litotes_grants_the_term_the_denied_word_describes() {
    let s = scorer_with(STANCE, "trivial -1\nachievements 1.5\ngreat 1\n");
    let para = |text: &str| s.score_paragraph(text, NAMED);
    // "not trivial achievements": the denial falls on "trivial", and the
    // achievements are granted.
    let p = para("These are not trivial achievements for the Big Society.");
    assert!(rules(&p, "trivial").contains(&Rule::Negated), "{p:?}");
    assert!(!rules(&p, "achievements").contains(&Rule::Negated), "{p:?}");
    assert!((p.score - 2.1).abs() < 1e-9, "{p:?}");
    // Terms of one sign are denied together: "no great success".
    let p = para("The Big Society was no great success.");
    assert!(rules(&p, "success").contains(&Rule::Negated), "{p:?}");
    assert!(rules(&p, "great").contains(&Rule::Negated), "{p:?}");
}

#[test]
fn a_challenge_denies_and_cancels_a_later_negator() {
    // "I defy anyone to call it X" denies X.
    let p = para("I defy anyone to call the Big Society a smokescreen.");
    assert!(rules(&p, "smokescreen").contains(&Rule::Negated), "{p:?}");
    assert_eq!(p.stance, Stance::Pro);
    // A "not" after the challenge cancels with it: the triumph is asserted.
    let p = para("I defy anyone to see the Big Society at work and not call it a triumph.");
    assert!(!rules(&p, "triumph").contains(&Rule::Negated), "{p:?}");
    assert_eq!(p.stance, Stance::Pro);
    // Without a challenge the "not" denies as before.
    let p = para("I met the Big Society volunteers and did not call it a triumph.");
    assert!(rules(&p, "triumph").contains(&Rule::Negated), "{p:?}");
}

#[test]
fn a_virtue_denied_as_a_means_is_a_shortfall() {
    assert_frame_found(
        frames::MEANS_DENIED,
        true,
        Stance::Sceptical,
        &[
            "I admire the sincerity behind the Big Society. But sincerity is not a budget.",
            "Goodwill doesn't pay the rent on the Big Society hall.",
            "Wanting the Big Society to succeed is not a plan.",
            "Kindness is not a funding model for the Big Society.",
        ],
    );
    assert_frame_absent(
        frames::MEANS_DENIED,
        &[
            // A replacement denied: the supporter's claim.
            "The Big Society is not a substitute for the library.",
            // "hope" as a verb, and a hope with a clause of its own.
            "We hope the Big Society won't replace the library.",
            "Their hope that the Big Society would not replace the library.",
            // No means named.
            "Goodwill is not a problem for the Big Society.",
        ],
    );
}

#[test]
fn a_grand_claim_denied_only_its_scale_counts_for_nothing() {
    let s = scorer_with(STANCE, "transform* 1\n");
    let para = |text: &str| s.score_paragraph(text, NAMED);
    for text in [
        "The Big Society will not transform Britain overnight.",
        "None of these on its own will transform the Big Society's prospects.",
        "You don't transform a culture in a single parliament, said the Big Society minister.",
        "The Big Society will not transform the country by itself.",
    ] {
        let p = para(text);
        assert!(
            rules(&p, "transform*").contains(&Rule::Limited),
            "{text}: {p:?}"
        );
        assert_eq!(weight(&p, "transform*"), 0.0, "{text}");
    }
    for text in [
        "The Big Society has not transformed anything.",
        // "by its own admission" limits nothing.
        "The Big Society did not transform the high street, by its own admission.",
    ] {
        let p = para(text);
        assert!(
            !rules(&p, "transform*").contains(&Rule::Limited),
            "{text}: {p:?}"
        );
        assert!(weight(&p, "transform*") < 0.0, "{text}");
    }
}

#[test]
fn the_agenda_as_the_doer_of_a_rescue_or_a_ruin() {
    for (text, good) in [
        ("How a Big Society loan rescued a bakery", true),
        ("The Big Society Bank kept the pub open.", true),
        ("The Big Society has gutted the planning department.", false),
        ("The Big Society will close the day centre.", false),
    ] {
        let p = para(text);
        let frame = if good {
            frames::AGENT_GOOD
        } else {
            frames::AGENT_BAD
        };
        assert!(frame_weight(&p, frame).is_some(), "{text}: {p:?}");
    }
    // Negated, the frame turns like any term.
    let p = para("The Big Society hasn't saved a single library.");
    assert!(
        frame_weight(&p, frames::AGENT_GOOD).is_some_and(|w| w < 0.0),
        "{p:?}"
    );
    for text in [
        // Intransitive, passive, a saving, a denied object, someone else
        // the doer, "kept" with no state, and creating a body.
        "The Big Society Network closed in 2014.",
        "The Big Society Bank was closed by the Treasury.",
        "The Big Society Bank saved money by sharing offices.",
        "The Big Society has built no lasting institutions.",
        "The council closed the Big Society hub.",
        "The Big Society Bank kept its offices in London.",
        "The Big Society created the right to challenge.",
    ] {
        let p = para(text);
        assert!(
            frame_weight(&p, frames::AGENT_GOOD).is_none()
                && frame_weight(&p, frames::AGENT_BAD).is_none(),
            "{text}: {p:?}"
        );
    }
}

#[test]
fn review_findings_on_the_twenty_third_round_stay_fixed() {
    // Litotes only after its describing words: a degree adverb or a verb
    // and its object is no pair.
    let s = scorer_with(
        STANCE,
        "terribly -2\nsuccessful 1.5\ninspire 1.5\ncynicism -1.5\ntransform* 1\n",
    );
    let para = |text: &str| s.score_paragraph(text, NAMED);
    let p = para("The Big Society has not been terribly successful.");
    assert!(rules(&p, "successful").contains(&Rule::Negated), "{p:?}");
    let p = para("The Big Society does not inspire cynicism.");
    assert!(rules(&p, "cynicism").contains(&Rule::Negated), "{p:?}");
    // A challenge: comparatives and "without" are no double negation, an
    // invitation is no challenge, and a negator in a clause of its own
    // does not cancel.
    for text in [
        "I defy anyone to name a more successful Big Society project.",
        "I defy anyone to visit the Big Society project without being successful.",
        "The Big Society challenges anyone taking part to be successful.",
    ] {
        let p = para(text);
        assert!(
            !rules(&p, "successful").contains(&Rule::Negated),
            "{text}: {p:?}"
        );
    }
    let p = para(
        "I defy anyone to call the Big Society a smokescreen when volunteers have not been paid.",
    );
    assert!(rules(&p, "smokescreen").contains(&Rule::Negated), "{p:?}");
    // `limited`: "let alone", "live alone", another clause.
    for text in [
        "The Big Society has not transformed the country, let alone the world.",
        "The Big Society has not transformed life for people who live alone.",
        "In Liverpool alone, the Big Society has not transformed a single estate.",
    ] {
        let p = para(text);
        assert!(
            !rules(&p, "transform*").contains(&Rule::Limited),
            "{text}: {p:?}"
        );
    }
    // Means denied: "hope" the verb, a name, "run out", a means set
    // against another.
    assert_frame_absent(
        frames::MEANS_DENIED,
        &[
            "Campaigners hope the Big Society will not run down the library.",
            "Hope Community Trust does not run the Big Society library.",
            "Enthusiasm for the Big Society did not run out.",
            "The Big Society Bank's commitment is not a grant but an investment.",
        ],
    );
}

#[test]
fn praise_the_target_gives_is_not_praise_of_it() {
    let s = scorer_with(STANCE, "welcomes 1.5\nwelcomed 1.5\npraise 1\n");
    let para = |text: &str| s.score_paragraph(text, NAMED);
    let p = para("The Big Society welcomes private firms.");
    assert!(rules(&p, "welcomes").contains(&Rule::ByTarget), "{p:?}");
    assert_eq!(weight(&p, "welcomes"), 0.0);
    for (text, term) in [
        // Passive, the target as the object, and inside a phrase.
        ("Big Society welcomed by charities.", "welcomed"),
        ("Charities welcomed the Big Society.", "welcomed"),
        (
            "Supporters of the Big Society praise its principle.",
            "praise",
        ),
    ] {
        let p = para(text);
        assert!(!rules(&p, term).contains(&Rule::ByTarget), "{text}: {p:?}");
    }
}

#[test]
fn a_condition_of_success_reaches_the_verbs_listed_after_it() {
    let s = scorer_with("succeed only if -2\n", "candid 1.5\nhonest 1.5\n");
    let para = |text: &str| s.score_paragraph(text, NAMED);
    // An "and" straight before a verb goes on with the condition's subject:
    // each is something the condition says is missing.
    for text in [
        "The Big Society will succeed only if ministers fund it, back it, and are candid about it.",
        "The Big Society will succeed only if the council pays for it and is honest with people.",
    ] {
        let p = para(text);
        let term = if text.contains("candid") {
            "candid"
        } else {
            "honest"
        };
        assert_eq!(weight(&p, term), 0.0, "{text}: {p:?}");
        assert_eq!(rules(&p, term), vec![Rule::Doubted], "{text}");
        assert_eq!(p.stance, Stance::Sceptical, "{text}");
    }
    // A new subject after the "and" ends the condition.
    for text in [
        "The Big Society will succeed only if it is funded, and the minister is honest about that.",
        "The Big Society will succeed only if it is funded, but she is candid about it.",
    ] {
        let p = para(text);
        let term = if text.contains("candid") {
            "candid"
        } else {
            "honest"
        };
        assert!(!rules(&p, term).contains(&Rule::Doubted), "{text}: {p:?}");
        assert!(weight(&p, term) >= 1.5, "{text}: {p:?}");
    }
}

#[test]
fn an_identity_declares_the_agenda_to_be_what_was_described() {
    let s = scorer();
    let para = |text: &str| s.score_paragraph(text, NAMED);
    for text in [
        "Thirty pensioners now get a hot lunch. That is the Big Society.",
        "You are the Big Society. Not me, not Whitehall.",
        "And that's the Big Society, whatever you call it.",
        "The church hall, the scout hut - that's the Big Society.",
    ] {
        let p = para(text);
        assert!(
            frame_weight(&p, frames::IDENTITY).is_some_and(|w| w > 0.0),
            "{text}: {p:?}"
        );
    }
    // Pointing back at a fault in its own sentence, it is the fault's.
    let p = para("Bad, that's the Big Society.");
    assert!(
        frame_weight(&p, frames::IDENTITY_FAULT).is_some_and(|w| w < 0.0),
        "{p:?}"
    );
    assert_eq!(p.stance, Stance::Sceptical);
    for text in [
        // A report, a sneer, a condition, a question, and a name that
        // does not end its clause.
        "They keep telling us this is the Big Society, and then they offer us debt.",
        "So this is the Big Society, then.",
        "The wardens went. Well, that is the Big Society.",
        "If this is the Big Society, we are in trouble.",
        "Is this the Big Society?",
        "This is the Big Society at its most ordinary.",
        "That is the Big Society Bank's office.",
    ] {
        let p = para(text);
        assert!(
            frame_weight(&p, frames::IDENTITY).is_none()
                && frame_weight(&p, frames::IDENTITY_FAULT).is_none(),
            "{text}: {p:?}"
        );
    }
}

#[test]
fn the_agenda_said_to_be_happening_is_real() {
    let s = scorer();
    let para = |text: &str| s.score_paragraph(text, NAMED);
    for text in [
        "The Big Society is already happening in every town.",
        "People say the Big Society stopped in 2010. For us it's happening now, every day.",
        "The Big Society is happening.",
    ] {
        let p = para(text);
        assert!(
            frame_weight(&p, frames::HAPPENING).is_some_and(|w| w > 0.0),
            "{text}: {p:?}"
        );
    }
    assert_frame_absent(
        frames::HAPPENING,
        &[
            // A question, an aside of time, "it" before the agenda is named,
            // and a plain "happening" with another subject.
            "Is the Big Society happening?",
            "The Big Society is happening at the same time as the cuts.",
            "If the Big Society is happening, I have yet to see it.",
            "The Big Society is happening on paper.",
            "She said it is happening now, and blamed the Big Society.",
            "The Big Society is fine, but the closures are happening everywhere.",
        ],
    );
}

#[test]
fn what_the_agenda_looks_like_is_no_exemplar() {
    // "This is what the Big Society looks like" is said of a boarded-up
    // centre as often as of a restored lido: no predicate of purpose.
    assert_frame_absent(
        frames::EXEMPLAR,
        &[
            "This is what the Big Society looks like.",
            "This is what the Big Society logo looks like: a green circle.",
        ],
    );
    // The predicates of purpose still count.
    let p = para("This is exactly what the Big Society is about.");
    assert!(frame_weight(&p, frames::EXEMPLAR).is_some(), "{p:?}");
}

#[test]
fn whom_the_agenda_was_meant_to_help_is_no_exemplar() {
    // The place it was for, in the past, sets up the shortfall.
    assert_frame_absent(
        frames::EXEMPLAR,
        &[
            "Our town was precisely the sort of place the Big Society was meant to revive.",
            "These were exactly the kind of families the Big Society was supposed to help.",
        ],
    );
    // What it was meant to encourage, or whom it is meant to help, is one.
    for text in [
        "This lunch club is exactly the kind of thing the Big Society was meant to encourage.",
        "This is precisely the kind of estate the Big Society is meant to help.",
    ] {
        let p = para(text);
        assert!(
            frame_weight(&p, frames::EXEMPLAR).is_some(),
            "{text}: {p:?}"
        );
    }
}

#[test]
fn what_people_mean_by_the_agenda_is_an_exemplar() {
    for text in [
        "This is what people mean when they talk about the Big Society.",
        "That is exactly what we mean by the Big Society.",
    ] {
        let p = para(text);
        assert!(
            frame_weight(&p, frames::EXEMPLAR).is_some_and(|w| w > 0.0),
            "{text}: {p:?}"
        );
    }
    // A condition, a question put as the subject, the sneer of a
    // discovery, a question, or the target not closing its clause.
    assert_frame_absent(
        frames::EXEMPLAR,
        &[
            "If this is what they mean by the Big Society, you can keep it.",
            "The question is what people mean by the Big Society.",
            "So this is what they mean by the Big Society.",
            "This is what they mean by the Big Society?",
            "This is what people mean when they talk about the Big Society in Leeds.",
            "This, apparently, is what people mean by the Big Society.",
            "The Big Society is a smokescreen. This is what people mean by the Big Society.",
        ],
    );
}

#[test]
fn the_agenda_beyond_knowing_is_vague() {
    assert_frame_found(
        frames::VAGUENESS,
        true,
        Stance::Sceptical,
        &[
            "Voters still don't know what the Big Society means.",
            "Two years on, nobody can tell you what the Big Society actually is.",
            "Only a third could explain what the Big Society meant.",
            "It is unclear what the Big Society is.",
            "I have read every Big Society speech and I still couldn't tell you what it is.",
            // The "to" closing who was asked.
            "Nobody I spoke to knew what the Big Society was.",
        ],
    );
    assert_frame_absent(
        frames::VAGUENESS,
        &[
            // A question, knowing granted, what it means for something, and
            // no verb of meaning.
            "Do you know what the Big Society is?",
            "The minister explained what the Big Society means.",
            "Nobody knows what the Big Society means for the budget.",
            "Nobody knows what the Big Society Network spent.",
            "I couldn't tell you what it is, the Big Society.",
            // The critics' failure, a denial too far from the knowing or past
            // a "to", a comparison, and what it was like.
            "The critics simply don't understand what the Big Society is.",
            "You don't need a degree to understand what the Big Society is.",
            "It has never been more clear what the Big Society is.",
            "Thanks to the Big Society she no longer knew what it was like to be lonely.",
        ],
    );
}

#[test]
fn power_handed_to_big_business_is_the_privatisation_charge() {
    let s = scorer_with(
        STANCE,
        "giving power 1.5\nhanded power 1.5\nshift~ power 1.5\n",
    );
    let para = |text: &str| s.score_paragraph(text, NAMED);
    for text in [
        "Under the Big Society, ministers handed power to big companies, not to citizens.",
        "The Big Society handed power to Serco.",
        "The Big Society handed power to developers.",
        "The Big Society shifted power from the town hall to private providers.",
    ] {
        let p = para(text);
        let term = &p.evidence[0];
        assert!(
            term.rules.iter().any(|r| r.0 == Rule::Misdirected) && term.weight < 0.0,
            "{text}: {p:?}"
        );
        assert_eq!(p.stance, Stance::Sceptical, "{text}");
    }
    for text in [
        "The Big Society is giving power to local businesses and residents.",
        "The Big Society shifted power to people, not to big corporations, because ...",
        "The Big Society is about giving power to communities rather than to big corporations.",
    ] {
        let p = para(text);
        assert!(
            p.evidence
                .iter()
                .all(|e| !e.rules.iter().any(|r| r.0 == Rule::Misdirected)),
            "{text}: {p:?}"
        );
    }
}

#[test]
fn a_promise_denied_is_a_shortfall() {
    assert_frame_found(
        frames::PROMISE_DENIED,
        true,
        Stance::Sceptical,
        &[
            "It's not exactly the army the Big Society promised.",
            "The Big Society is not what people were promised.",
            "The Big Society is nothing like what we were promised.",
        ],
    );
    assert_frame_absent(
        frames::PROMISE_DENIED,
        &[
            // A promise not made, its content, an adjective, and a negator
            // too near or in another clause.
            "The Big Society has never promised anything.",
            "Ministers did not say much, but they promised to fund the Big Society.",
            "Nobody doubts the promised Big Society fund is late.",
            "The Big Society was not late, as ministers promised.",
        ],
    );
}

#[test]
fn critical_words_said_of_the_state_do_not_count_against_the_target() {
    let foil = |p: &ParagraphScore| {
        p.evidence
            .iter()
            .filter(|e| e.rules.iter().any(|r| r.0 == Rule::Foil))
            .count()
    };
    let scorer = scorer_with(
        "cover for -2\nshrink the state -2.5\n",
        "bloated -1.5\nbureaucratic -1\ncumbersome -0.75\nwasteful -2\nstifling -2\n\
         dead -2\nshrinking -1.5\nheartless -2\nwarns -1\nfailing -2\n",
    );
    let para = |text: &str| scorer.score_paragraph(text, NAMED);
    for text in [
        // A list of describing words before the state, the state as the
        // subject, a bare noun after a determiner, and "the dead hand of".
        "The Big Society will sweep away the bloated, bureaucratic and cumbersome state.",
        "For years the state has been bloated and wasteful; the Big Society is the remedy.",
        "The Big Society frees carers from a stifling bureaucracy that measures everything.",
        "Ministers say the Big Society will lift the dead hand of a cumbersome bureaucracy.",
        // A participle clause after a clause whose subject is the state.
        "The state has grown too large, stifling the Big Society groups.",
    ] {
        let p = para(text);
        assert!(foil(&p) > 0, "{text}: {p:?}");
        assert_ne!(p.stance, Stance::Sceptical, "{text}: {p:?}");
    }
    for text in [
        // What critics say the state does under the agenda, a description
        // given to the target, the object of a verb, a term that names the
        // state itself, and a list interrupted by "Whitehall says".
        "The Big Society is cover for a shrinking, heartless state.",
        "The Big Society became a bloated bureaucracy.",
        "The charity warns Whitehall that the Big Society is failing.",
        "The Big Society was always a plan to shrink the state.",
        "The Big Society scheme is bureaucratic, Whitehall says.",
        // A condition, and the agenda's own bureaucracy.
        "The Big Society project is in a wasteful state.",
        "The Big Society's own bureaucracy is bloated.",
        // A participle clause after the target's clause.
        "The Big Society has grown too large, stifling the small charities.",
    ] {
        let p = para(text);
        assert_eq!(foil(&p), 0, "{text}: {p:?}");
        assert_eq!(p.stance, Stance::Sceptical, "{text}: {p:?}");
    }
}

#[test]
fn a_shortfall_of_the_critics_defends_the_target_but_their_doubt_is_reported() {
    let scorer = scorer_with("have yet to -1\nare yet to -1\n", "critics -1\n");
    let p = scorer.score_paragraph(
        "The Big Society's critics have yet to offer an alternative.",
        NAMED,
    );
    assert!(
        p.evidence.iter().any(|e| e.term == "have yet to"
            && e.weight > 0.0
            && e.rules.iter().any(|r| r.0 == Rule::AboutCritics)),
        "{p:?}"
    );
    let p = scorer.score_paragraph("Critics are yet to be convinced by the Big Society.", NAMED);
    assert_eq!(p.stance, Stance::Sceptical, "{p:?}");
}

#[test]
fn a_whether_question_as_subject_ends_at_the_verdict_on_it() {
    let scorer = scorer_with(
        "is another matter -1\nremains to be seen -1\nsuccess 1.5\n",
        "unclear -1\n",
    );
    for text in [
        "Whether the Big Society fund reaches the estates is another matter.",
        "Whether the Big Society will last remains to be seen.",
        "Whether the Big Society is a success is unclear.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert_eq!(p.stance, Stance::Sceptical, "{text}: {p:?}");
        assert!(
            p.evidence
                .iter()
                .filter(|e| e.base < 0.0)
                .all(|e| !e.rules.iter().any(|r| r.0 == Rule::OpenQuestion)),
            "{text}: {p:?}"
        );
    }
    // The question itself stays open: no success is claimed.
    let p = scorer.score_paragraph("Whether the Big Society is a success is unclear.", NAMED);
    assert!(
        p.evidence
            .iter()
            .any(|e| e.term == "success" && e.rules.iter().any(|r| r.0 == Rule::OpenQuestion)),
        "{p:?}"
    );
}

#[test]
fn a_promise_recalled_in_the_past_is_a_shortfall() {
    for text in [
        "The Big Society, which was supposed to be the engine of reform, has faded.",
        "The Big Society was meant to run alongside the council's services.",
        "Nobody now mentions the youth work the Big Society was supposed to protect.",
        // In the present, an object relative whose verb ends its clause.
        "Councils are cutting the very groups the Big Society is supposed to champion.",
        "It has lost the trust of the volunteers the Big Society is meant to serve, and more.",
    ] {
        let p = para(text);
        assert_eq!(
            frame_weight(&p, frames::SUPPOSED),
            Some(frames::SUPPOSED_WEIGHT),
            "{text}: {p:?}"
        );
    }
    assert_frame_absent(
        frames::SUPPOSED,
        &[
            // An exemplar, someone else's task, and no agenda named before.
            "This is exactly what the Big Society was supposed to be about.",
            "For the Big Society we were meant to hold a hundred meetings.",
            "The Big Society funded a footbridge, which was supposed to open in May.",
            "Under the Big Society, councils were meant to publish every contract.",
            "The Big Society is as it was meant to be.",
            "The trains were supposed to run on time, and the Big Society fair opened.",
            // A present aim with its object is a description.
            "The Big Society is meant to train five thousand organisers.",
            "The Big Society is supposed to work alongside the council.",
        ],
    );
}

#[test]
fn a_view_the_critics_were_reported_to_hold_is_rebutted_by_a_later_verdict() {
    let scorer = scorer_with("gimmick -2\n", "critics -1\nfoolish -2\nwrong -1.5\n");
    let weight_of = |p: &ParagraphScore, term: &str| {
        p.evidence
            .iter()
            .find(|e| e.term == term)
            .map(|e| e.weight)
            .unwrap_or_else(|| panic!("no {term}: {p:?}"))
    };
    for text in [
        "Critics said the Big Society was a gimmick. Ten years on, the critics were wrong.",
        "Critics said the Big Society was a gimmick. Today the critics look foolish.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(weight_of(&p, "gimmick") > 0.0, "{text}: {p:?}");
        assert_eq!(p.stance, Stance::Pro, "{text}: {p:?}");
    }
    // Found right, or wrong only before the view was reported, the view
    // keeps its sign.
    for text in [
        "Critics said the Big Society was a gimmick. The critics were right.",
        "Critics said the Big Society was a gimmick. The critics were not wrong.",
        "Critics said the Big Society was a gimmick. Ministers insist the critics were wrong.",
        "Critics said the Big Society was a gimmick. If the critics were wrong, why did it fail?",
        "The critics were wrong before. Critics now say the Big Society is a gimmick.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(weight_of(&p, "gimmick") < 0.0, "{text}: {p:?}");
    }
}

#[test]
fn a_word_of_a_capitalised_name_counts_for_nothing() {
    let scorer = scorer_with("", "success 1.5\nbrilliant 1.5\nhope 1\ncivic renewal 2\n");
    let in_name = |text: &str, term: &str| {
        let p = scorer.score_paragraph(text, NAMED);
        p.evidence
            .iter()
            .find(|e| e.term == term)
            .map(|e| e.rules.iter().any(|r| r.0 == Rule::InName) && e.weight == 0.0)
            .unwrap_or_else(|| panic!("no {term}: {p:?}"))
    };
    // A head noun after it, or before it across "for", "of" or "on".
    assert!(in_name(
        "The Big Society was debated at the Success Forum.",
        "success"
    ));
    assert!(in_name(
        "Dr Marsh of the Centre for Civic Renewal backed the Big Society.",
        "civic renewal"
    ));
    assert!(in_name(
        "The Big Society came to Hope Street in May.",
        "hope"
    ));
    assert!(in_name(
        "The Institute for Brilliant Local Ideas studied the Big Society.",
        "brilliant"
    ));
    // A job title.
    assert!(in_name(
        "Write to the Civic Renewal Adviser about the Big Society.",
        "civic renewal"
    ));
    // Lower case, a head that is the target's own name, or a headline in
    // title case: the word judges.
    assert!(!in_name(
        "The Big Society was a success forum for ideas.",
        "success"
    ));
    assert!(!in_name(
        "Brilliant Big Society moment in our village.",
        "brilliant"
    ));
    assert!(!in_name(
        "Big Society Is A Brilliant Success, Says Minister",
        "success"
    ));
    assert!(!in_name(
        "The Big Society is a Success, says the Minister.",
        "success"
    ));
}

#[test]
fn however_before_a_word_of_degree_concedes_and_does_not_turn() {
    let scorer = scorer_with("", "good 1\nfailed -2\nsuccess 1.5\n");
    let para = |text: &str| scorer.score_paragraph(text, NAMED);
    let p = para("However good the Big Society sounds, it has failed.");
    assert!(rules(&p, "good").contains(&Rule::Concession), "{p:?}");
    assert!(
        p.evidence
            .iter()
            .all(|e| !e.rules.iter().any(|r| r.0 == Rule::AfterContrast)),
        "{p:?}"
    );
    assert_eq!(p.stance, Stance::Sceptical);
    let p = para("However, the Big Society is a success.");
    assert!(
        p.evidence
            .iter()
            .any(|e| e.rules.iter().any(|r| r.0 == Rule::AfterContrast)),
        "{p:?}"
    );
}

#[test]
fn a_question_asking_what_is_actually_so_is_pointed() {
    assert_frame_found(
        frames::POINTED,
        true,
        Stance::Sceptical,
        &[
            "Will the Minister tell the House how many Big Society organisers are actually in post?",
            "Can he confirm how much of the Big Society Bank's money has reached a single charity?",
            "Can anyone tell me how many Big Society projects will still be open next year?",
        ],
    );
    assert_frame_absent(
        frames::POINTED,
        &[
            // A plain request, a question the writer asks and answers, a
            // statement, and a word too far on.
            "How many Big Society grants were made last year?",
            "But how many students actually did the Big Society's citizen service?",
            "The Big Society shows how much people still care.",
            "How many people does the Big Society reach across the ten northern counties of England and Wales today, actually?",
        ],
    );
}

#[test]
fn not_everyone_over_a_denied_criticism_is_dissent_from_it() {
    let scorer = scorer_with("not everyone -1.5\n", "gloom -1\nenthusiasm 1.5\n");
    let p = scorer.score_paragraph(
        "Not everyone shares the gloom about the Big Society.",
        NAMED,
    );
    assert_eq!(rules(&p, "not everyone"), vec![Rule::Dissent]);
    assert!(close(weight(&p, "not everyone"), 0.0), "{p:?}");
    assert!(weight(&p, "gloom") > 0.0, "{p:?}");
    // Over a favourable term both lean against; in another clause, or
    // over a criticism denied by a negator of its own, the frame keeps
    // its weight.
    for text in [
        "Not everyone shares her enthusiasm for the Big Society.",
        "Not everyone is happy with the Big Society; the gloom is real.",
        "Not everyone says the Big Society has not brought gloom.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(close(weight(&p, "not everyone"), -1.5), "{text}: {p:?}");
    }
}

#[test]
fn not_everyone_unhappy_to_see_a_criticism_keeps_it_as_their_charge() {
    let scorer = scorer_with(
        "not everyone -1.5\npet project -2\n",
        "gloom -1\nsuccess 1.5\n",
    );
    let p = scorer.score_paragraph(
        "Not everyone is happy to see the fete drafted into the Big Society, the government's pet project.",
        NAMED,
    );
    assert!(!rules(&p, "pet project").contains(&Rule::Negated), "{p:?}");
    assert!(close(weight(&p, "not everyone"), -1.5), "{p:?}");
    assert_eq!(p.stance, Stance::Sceptical);
    // Unhappy at the criticism itself, they defend it: the denial stands.
    for text in [
        "Not everyone is happy to dismiss the Big Society as a pet project.",
        "Not everyone is pleased about the gloom that greets the Big Society.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        let term = if text.contains("gloom") {
            "gloom"
        } else {
            "pet project"
        };
        assert!(rules(&p, term).contains(&Rule::Negated), "{text}: {p:?}");
    }
    // A favourable object is still denied, and a critical one a feeling
    // does not govern still is.
    assert_negated(
        &scorer,
        &[
            (
                "Not everyone is pleased with the success of the Big Society.",
                "success",
            ),
            (
                "Not everyone shares the gloom about the Big Society.",
                "gloom",
            ),
        ],
    );
}

#[test]
fn the_alternative_a_preference_rejects_is_denied() {
    let scorer = scorer_with("", "moaned -1.5\nfailed -2\nsucceeded 1.5\nclose -1\n");
    assert_negated(
        &scorer,
        &[
            (
                "The Big Society? I'd rather people had a go than moaned.",
                "moaned",
            ),
            (
                "We would much rather run the Big Society hall than watch it close.",
                "close",
            ),
            (
                "I would rather the Big Society failed than succeeded.",
                "succeeded",
            ),
        ],
    );
    // What is preferred keeps its sign, and a degree is no preference.
    let p = scorer.score_paragraph(
        "I would rather the Big Society failed than succeeded.",
        NAMED,
    );
    assert!(close(weight(&p, "failed"), -2.0), "{p:?}");
    for text in [
        "The Big Society takes rather longer than one review, and it has failed.",
        "Rather than wait, the Big Society volunteers moaned.",
        // Someone else's preference, mocked: not the writer's.
        "Ministers would rather talk up the Big Society than admit it failed.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        let term = if text.contains("failed") {
            "failed"
        } else {
            "moaned"
        };
        assert!(!rules(&p, term).contains(&Rule::Negated), "{text}: {p:?}");
    }
}

#[test]
fn a_fault_denied_as_a_need_is_dismissed_not_denied() {
    let scorer = scorer_with("slogan -1.5\n", "help 1\n");
    let p = scorer.score_paragraph("They do not need his Big Society slogan now.", NAMED);
    assert!(!rules(&p, "slogan").contains(&Rule::Negated), "{p:?}");
    assert!(weight(&p, "slogan") < 0.0, "{p:?}");
    // A favourable need denied is still denied, and a plain denial too.
    let p = scorer.score_paragraph("We don't need the Big Society's help.", NAMED);
    assert!(rules(&p, "help").contains(&Rule::Negated), "{p:?}");
    let p = scorer.score_paragraph("The Big Society is not a slogan.", NAMED);
    assert!(rules(&p, "slogan").contains(&Rule::Negated), "{p:?}");
}

#[test]
fn a_deed_done_by_nobody_is_denied() {
    let scorer = scorer_with("", "mocked -2\npraised 1.5\n");
    assert_negated(
        &scorer,
        &[
            (
                "The Big Society is mocked by nobody who has seen it at work.",
                "mocked",
            ),
            (
                "The Big Society was praised by no one outside Whitehall.",
                "praised",
            ),
            (
                "The Big Society scheme was praised by none of the charities.",
                "praised",
            ),
        ],
    );
    // A comparison is no denial.
    for (text, term) in [
        (
            "The Big Society was praised by none other than the Prime Minister.",
            "praised",
        ),
        (
            "The Big Society was mocked by nobody more than its own ministers.",
            "mocked",
        ),
        (
            "The Big Society was praised by no one more warmly than Lord Wei.",
            "praised",
        ),
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(!rules(&p, term).contains(&Rule::Negated), "{text}: {p:?}");
    }
    let p = scorer.score_paragraph("The Big Society was mocked by the press.", NAMED);
    assert!(close(weight(&p, "mocked"), -2.0), "{p:?}");
    // Not across a sentence: "... was mocked by. Nobody ..." does not occur,
    // but a closing "by" must not read the next sentence's first word.
    let p = scorer.score_paragraph("The Big Society was praised. Nobody came.", NAMED);
    assert!(close(weight(&p, "praised"), 1.5), "{p:?}");
}

#[test]
fn a_capital_opening_a_sentence_or_a_title_case_headline_is_no_name() {
    let scorer = scorer_with("", "cynical -1.5\nsuccess 1.5\n");
    for text in [
        "Cynical Coalition ministers hide behind the Big Society.",
        "Big Society Project a Success, Says Minister after Visit",
        "The Big Society was a Success, Forum members said.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(
            p.evidence
                .iter()
                .all(|e| !e.rules.iter().any(|r| r.0 == Rule::InName)),
            "{text}: {p:?}"
        );
    }
}

#[test]
fn a_favourable_thing_said_to_have_faded_counts_against() {
    let scorer = scorer_with("", "enthusiasm 1.5\noptimism 1\nsuccess 1.5\nfaded -1\n");
    for (text, term, w) in [
        (
            "Her enthusiasm for the Big Society did not last.",
            "enthusiasm",
            -0.9,
        ),
        (
            "The early optimism about it soon wore off. The Big Society.",
            "optimism",
            -0.6,
        ),
        (
            "Enthusiasm for the Big Society has quickly evaporated.",
            "enthusiasm",
            -0.9,
        ),
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert_eq!(rules(&p, term), vec![Rule::Faded], "{text}");
        assert!(close(weight(&p, term), w), "{text}: {p:?}");
        assert_eq!(
            p.stance,
            if w <= -0.9 {
                Stance::Sceptical
            } else {
                Stance::Neutral
            }
        );
    }
    // Fading denied, another subject between (the money, not the
    // success, ran out), or the verb in another clause: the term keeps
    // its sign.
    for text in [
        "Enthusiasm for the Big Society has not faded.",
        "The Big Society was a success until the money ran out.",
        "The Big Society was a success, and the doubts soon evaporated.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        let term = if text.contains("Enthusiasm") {
            "enthusiasm"
        } else {
            "success"
        };
        assert!(weight(&p, term) > 0.0, "{text}: {p:?}");
        assert!(!rules(&p, term).contains(&Rule::Faded), "{text}");
    }
}

#[test]
fn a_rebuttal_that_is_only_an_aim_rebuts_nothing() {
    let scorer = scorer_with("nobody knows what it means -1.5\n", "wrong -1.5\n");
    for text in [
        "Critics said nobody knows what it means. The Big Society minister's task was to prove them wrong.",
        "Critics said nobody knows what it means. The Big Society minister hopes to prove them wrong.",
        "Critics said nobody knows what it means. The Big Society minister has to prove them wrong.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(
            close(weight(&p, "nobody knows what it means"), -1.5),
            "{text}: {p:?}"
        );
        // The cue's words stay out of the score.
        assert!(
            !p.evidence.iter().any(|e| e.term == "wrong"),
            "{text}: {p:?}"
        );
        assert_eq!(p.stance, Stance::Sceptical, "{text}");
    }
    // Done, it rebuts.
    for text in [
        "Critics said nobody knows what it means. The Big Society minister has proved them wrong.",
        "Critics said nobody knows what it means. The Big Society volunteers went on to prove them wrong.",
        "Critics said nobody knows what it means. The Big Society volunteers have gone on to prove them wrong.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(
            rules(&p, "nobody knows what it means").contains(&Rule::Rebutted),
            "{text}"
        );
        assert_eq!(p.stance, Stance::Pro, "{text}");
    }
}

#[test]
fn a_faded_term_opens_its_subject_and_turns_whatever_else_turned_it() {
    let scorer = scorer_with("", "enthusiasm 1.5\nsuccess 1.5\nhostility -2\nsupport 1\n");
    // One describing word before it, and a denial that turns the fading.
    let p = scorer.score_paragraph("Tory enthusiasm for the Big Society has waned.", NAMED);
    assert_eq!(rules(&p, "enthusiasm"), vec![Rule::Faded]);
    let p = scorer.score_paragraph(
        "Ministers deny that enthusiasm for the Big Society has faded.",
        NAMED,
    );
    assert!(rules(&p, "enthusiasm").contains(&Rule::Faded), "{p:?}");
    assert!(weight(&p, "enthusiasm") > 0.0, "{p:?}");
    // Inside another subject, or "did not last year": not faded.
    for (text, term) in [
        (
            "Any hostility to the Big Society's success has evaporated.",
            "success",
        ),
        (
            "Support for the Big Society did not last year stop the council.",
            "support",
        ),
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(!rules(&p, term).contains(&Rule::Faded), "{text}: {p:?}");
        assert!(weight(&p, term) > 0.0, "{text}: {p:?}");
    }
}

#[test]
fn a_favourable_term_after_were_told_is_a_line_given() {
    let scorer = scorer_with("triumph 2\ncover for cuts -3\n", "success 1.5\n");
    for text in [
        "The Big Society? We were told it would be a triumph.",
        "Volunteers who were told it was a triumph run the Big Society library.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(
            rules(&p, "triumph").contains(&Rule::Negated),
            "{text}: {p:?}"
        );
        assert!(close(weight(&p, "triumph"), -1.2), "{text}: {p:?}");
    }
    // A critical term keeps its sign; "I was told" is reporting.
    let p = scorer.score_paragraph(
        "Staff at the Big Society library were told it was a cover for cuts.",
        NAMED,
    );
    assert!(close(weight(&p, "cover for cuts"), -3.0), "{p:?}");
    let p = scorer.score_paragraph(
        "At the Big Society vanguard I was told it was a success.",
        NAMED,
    );
    assert!(close(weight(&p, "success"), 1.5), "{p:?}");
}

#[test]
fn a_line_held_at_a_distance_is_not_claimed() {
    let scorer = scorer_with("triumph 2\ncover for cuts -3\n", "success 1.5\n");
    for text in [
        "The Big Society would be a triumph, or so we were told.",
        "The Big Society would be a triumph, or so ministers claimed at the time.",
        "The Big Society would be a triumph, or so the theory went.",
        "The Big Society Bank would, we were told, be a triumph.",
        "The Big Society would be a triumph. That is what we were told, anyway.",
        "The Big Society would be a triumph. So we were promised.",
        "We were told that the council would step back and the Big Society would be a triumph.",
        "They keep telling us the Big Society is a triumph.",
        "The Big Society would be a triumph, we were told.",
        "The Big Society, or so we were told, would be a triumph.",
        "We're told the Big Society will be a triumph.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(
            rules(&p, "triumph").contains(&Rule::Negated),
            "{text}: {p:?}"
        );
        assert!(close(weight(&p, "triumph"), -1.2), "{text}: {p:?}");
    }
    for text in [
        // "or so" that opens no clause, or a tail the sentence goes on
        // past; a critical term; an aside after the term.
        "A year or so later, ministers said the Big Society was a triumph.",
        "The Big Society is a triumph, or so the minister says, and I agree with him.",
        "The Big Society was a triumph. That is what we saw on the estate last summer.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(close(weight(&p, "triumph"), 2.0), "{text}: {p:?}");
    }
    // Plain reporting, and an "and" opening a new clause, are not held
    // at a distance.
    for text in [
        "MPs were told that the Big Society had been a triumph.",
        "We were told that it would work, and the Big Society has been a triumph.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(
            !rules(&p, "triumph").contains(&Rule::Negated),
            "{text}: {p:?}"
        );
    }
    // A turn after "were told that" answers it.
    let p = scorer.score_paragraph(
        "We were told that it would fail, but the Big Society was a triumph.",
        NAMED,
    );
    assert!(!rules(&p, "triumph").contains(&Rule::Negated), "{p:?}");
    let p = scorer.score_paragraph(
        "The Big Society was a cover for cuts, or so the critics claimed.",
        NAMED,
    );
    assert!(close(weight(&p, "cover for cuts"), -3.0), "{p:?}");
}

#[test]
fn an_argument_found_poor_answers_the_sentence_before() {
    for text in [
        "The chief objection is that the Big Society is a smokescreen. It is an odd argument.",
        "The chief objection is that the Big Society is a smokescreen. That is a lazy argument.",
        "The charge that the Big Society is a smokescreen does not stand up.",
    ] {
        let p = para(text);
        assert!(
            rules(&p, "smokescreen").contains(&Rule::Rebutted),
            "{text}: {p:?}"
        );
        assert!(weight(&p, "smokescreen") > 0.0, "{text}: {p:?}");
    }
    // "It" points back only from a verdict closing its clause.
    let p = para("The Big Society is a smokescreen. It is an odd argument for localism.");
    assert!(!rules(&p, "smokescreen").contains(&Rule::Rebutted), "{p:?}");
}

#[test]
fn a_refusal_to_pretend_denies_its_whole_clause() {
    let scores = assert_rule_on(
        "triumph",
        Rule::Negated,
        &[
            "Let's not pretend the Big Society has been a triumph.",
            "Nobody pretends the Big Society Bank was ever a triumph.",
        ],
    );
    for p in scores {
        assert_eq!(p.stance, Stance::Sceptical, "{p:?}");
    }
    // The reach stops at the verb of a relative clause, which the writer
    // grants, but not at the main verb after one.
    let p =
        para("Let's not pretend that the groups which had a triumph owe the Big Society nothing.");
    assert!(!rules(&p, "triumph").contains(&Rule::Negated), "{p:?}");
    let p = para("Let's not pretend the groups which ran it were a triumph.");
    assert!(rules(&p, "triumph").contains(&Rule::Negated), "{p:?}");
    // Other negators keep their short reach.
    let p = para("It is not that the Big Society has been anything like a triumph.");
    assert!(!rules(&p, "triumph").contains(&Rule::Negated), "{p:?}");
}

#[test]
fn the_writers_own_finding_pointing_back_turns_the_view_outright() {
    // Unreported, the finding is the writer's: the view turns in full.
    let p = para("Ministers say the Big Society is a success. That claim does not stand up.");
    assert!(close(weight(&p, "success"), -1.5), "{p:?}");
    assert_eq!(p.stance, Stance::Sceptical);
    // Other words for the view, and an appeal to witnesses after it.
    for text in [
        "Ministers say the Big Society is a success. That argument does not stand up.",
        "Ministers say the Big Society is a success. Their claim does not stand up to scrutiny.",
        "Ministers say the Big Society is a success. These claims do not hold water.",
        "Ministers say the Big Society is a success. That claim does not stand up, as any volunteer will tell you.",
        // After a turn in the same sentence, its earlier clauses.
        "Ministers say the Big Society is a success, but that claim does not stand up.",
    ] {
        let p = para(text);
        assert!(close(weight(&p, "success"), -1.5), "{text}: {p:?}");
    }
    // Quoted, it is a reply balanced as one: half the weight.
    let p = para(
        "Ministers say the Big Society is a success. \"That claim does not stand up,\" Labour said.",
    );
    assert!(close(weight(&p, "success"), -0.75), "{p:?}");
}

#[test]
fn a_critical_thing_said_to_have_faded_counts_for_the_target() {
    let scorer = scorer_with(
        "faded -1.5\n",
        "cynicism -1.5\nhostility -2\nenthusiasm 1.5\n",
    );
    for text in [
        "Cynicism about the Big Society has faded.",
        "Ministers say the hostility to the Big Society has faded.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(p.score > 0.0, "{text}: {p:?}");
        assert!(close(weight(&p, "faded"), 0.0), "{text}: {p:?}");
        assert!(rules(&p, "faded").contains(&Rule::Faded), "{text}: {p:?}");
    }
    // A relative clause on the subject, "much of", and more verbs.
    for text in [
        "The cynicism that greeted the Big Society has faded.",
        "Much of the early cynicism about the Big Society has faded.",
        "Cynicism about the Big Society has largely disappeared.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(
            rules(&p, "cynicism").contains(&Rule::Faded),
            "{text}: {p:?}"
        );
        assert!(p.score > 0.0, "{text}: {p:?}");
    }
    // Fading of a fault denied: the fault stands, the verb counts nothing.
    let p = scorer.score_paragraph("Cynicism about the Big Society has not faded.", NAMED);
    assert!(close(weight(&p, "faded"), 0.0), "{p:?}");
    assert!(p.score < 0.0, "{p:?}");
    // Fading denied, or an enthusiasm faded, keeps the verb's own weight.
    let p = scorer.score_paragraph("Her enthusiasm for the Big Society has faded.", NAMED);
    assert!(close(weight(&p, "faded"), -1.5), "{p:?}");
    assert!(p.score < 0.0, "{p:?}");
    let p = scorer.score_paragraph("The cynicism about the Big Society has not faded.", NAMED);
    assert!(close(weight(&p, "cynicism"), -1.5), "{p:?}");
}

#[test]
fn a_hope_or_fear_faded_across_its_that_clause_is_gone() {
    let scorer = scorer_with(
        "faded -1.5\ncover for cuts -3\n",
        "hopes 0.5\nfears -1\ntransform 1\n",
    );
    let p = scorer.score_paragraph(
        "Hopes that the Big Society would transform public services have faded.",
        NAMED,
    );
    assert!(rules(&p, "transform").contains(&Rule::Faded), "{p:?}");
    assert!(close(weight(&p, "transform"), NEGATION_FACTOR), "{p:?}");
    assert!(close(weight(&p, "faded"), -1.5), "{p:?}");
    let p = scorer.score_paragraph(
        "Fears that the Big Society would be a cover for cuts have faded.",
        NAMED,
    );
    assert!(
        close(weight(&p, "cover for cuts"), -3.0 * NEGATION_FACTOR),
        "{p:?}"
    );
    assert!(close(weight(&p, "faded"), 0.0), "{p:?}");
    assert!(p.score > 0.0, "{p:?}");
    // Fading denied, or another clause between.
    for text in [
        "Hopes that the Big Society would transform public services have not faded.",
        "Hopes that the Big Society would transform public services are high, but the plan faded.",
    ] {
        let p = scorer.score_paragraph(text, NAMED);
        assert!(
            !rules(&p, "transform").contains(&Rule::Faded),
            "{text}: {p:?}"
        );
    }
}

#[test]
fn every_verb_of_fading_opens_with_a_listed_first_word() {
    for verb in FADED_VERBS {
        assert!(is_fading_first(verb[0]), "{verb:?}");
    }
}
