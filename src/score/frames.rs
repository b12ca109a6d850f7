//! Built-in frames: argument shapes with a gap in them, which a lexicon of
//! consecutive words cannot list, found in a paragraph's tokens and scored
//! as stance terms of their own. Each is an entry appended to the scorer's
//! lexicon (line 0, no pattern words), so every rule reads its hits like a
//! lexicon match and the evidence names it.
//!
//! - **Contradiction**: an inability ("you can't", "cannot credibly",
//!   "could hardly") asked of someone while the same actor takes away what
//!   it needs: "You cannot ask charities to do more while cutting their
//!   grants", "councils can't hand power to communities at the same time as
//!   absorbing further cuts". The objection is the paragraph's own
//!   criticism (guideline 5's "contradiction between the big society and
//!   its cuts"), though no word in it is critical. The connector's
//!   concession reading ("while" as "although") is dropped: its clause is
//!   the second arm of the contradiction and counts in full.
//! - **Insufficiency**: an inability to run or sustain something on meagre
//!   means: "you can't run a library on goodwill", "you cannot fund the
//!   big society on loose change". The means must be a word for goodwill,
//!   small sums or spare effort, so "can't run the hall on a Sunday" is
//!   no criticism.
//! - **Credit**: a loss the agenda is said to have averted, "without" it,
//!   put as what would have happened: "Without the listing we'd have lost
//!   the pub", "without that loan there would be no bakery". Not a demand
//!   for more ("without more funding the centre would close", "without
//!   urgent action"), nor "without the cuts".
//!   "Were it not for the Localism Act", "If the bank had not backed
//!   us" open one too, and a creation denied counts as a loss: "without
//!   the loan the shop would never have opened".
//!   Told the other way round, the creation denied before "without":
//!   "the lunch club would never have happened without the grant", "none
//!   of this would have been possible without the organisers", "the pub
//!   wouldn't have survived without the right to bid". Not when the
//!   subject is a fault ("the closures would never have happened without
//!   the Big Society" blames it).
//! - **Blame**: the same shape with the agenda itself missed and a loss
//!   denied: "Without the Big Society we would never have lost our
//!   library" says it caused the loss.
//! - **Opportunity cost**: what the same money could have kept going
//!   instead: "you could keep a youth club open all year for what it costs
//!   to send a few dozen of them away", "could have funded ten advice
//!   centres for the price of the launch".
//! - **Means denied**: a virtue said not to be the means a thing needs:
//!   "sincerity is not a budget", "goodwill doesn't pay the rent",
//!   "wanting it to succeed is not a plan". The virtue is granted, and
//!   its own favourable word does not count; the point is the shortfall.
//!   Not a likeness to a service ("it is not a substitute for the
//!   library" denies a replacement, a supporter's claim).
//! - **Agent**: the agenda, or one of its instruments, as the doer of a
//!   plain verb of rescue or ruin with an object: "How a Big Society loan
//!   rescued the bakery", "the community right to bid kept the Red Lion
//!   open", "Localism gutted the planning department". The verb alone is
//!   no verdict ("the council closed the library"); done by the agenda, it
//!   is. Not passive ("was rescued"), nor intransitive ("the network
//!   closed in 2014").
//! - **Exemplar**: something said to be exactly what the agenda is about,
//!   means or was meant to do: "That is precisely what the Big Society is
//!   about", "exactly the kind of leadership localism was meant to
//!   release", "is what localism stands for". The target or a reference
//!   to it must stand between the "what" and its predicate, with a copula
//!   before "exactly" or "what" ("nobody knows exactly what the Big
//!   Society is about" is no exemplar) and no question put as its subject
//!   ("The question is what the Big Society is for"); or the meaning comes
//!   first and the target closes the clause, "This is what people mean
//!   when they talk about the Big Society" (not after "So", nor asked).
//! - **Identity**: the agenda named as all that is said of what came
//!   before: "Thirty pensioners now get a hot lunch. That is the Big Society.",
//!   "You are the Big Society". After a fault in its own sentence
//!   ("Threadbare, that's the Big Society") it is the fault's.
//! - **Vagueness**: the agenda said to be beyond knowing: "nobody knows
//!   what the Big Society means", "I still couldn't tell you what it is".
//! - **Promise denied**: a shortfall against the promise: "It's not
//!   exactly the army the Prime Minister promised", "it is not what
//!   people were promised".
//! - **Happening**: the agenda said to be under way: "The Big Society is
//!   already happening in every town", "it's happening now, every day".
//! - **Pointed**: a question put to expose a shortfall: "Will the
//!   Minister tell the House how many of them are actually in post?"
//! - **Supposed**: what the agenda was supposed or meant to be or do,
//!   said in the past: "The Network, which was supposed to be its engine
//!   room, ...", "the people it was meant to empower". A promise recalled
//!   in the past tense is a shortfall; in the present only where the verb
//!   ends its clause, its object gone before ("the groups the Big Society
//!   is supposed to champion."), not "it is meant to train organisers". Not an exemplar ("exactly what it
//!   was supposed to be about"), nor someone else's task ("we were meant
//!   to hold a hundred meetings").
//!
//! None is found where a lexicon term covers its first word: the entry
//! counts instead.

use std::borrow::Cow;

use crate::lexicon::{Entry, Role};
use crate::matcher::Hit;
use crate::tokenize::Tokens;

/// The contradiction frame's name in evidence, and its weight: a clear
/// criticism.
pub const CONTRADICTION: &str = "can't ... while cutting";
pub const CONTRADICTION_WEIGHT: f64 = -1.5;

/// The insufficiency frame's name in evidence, and its weight.
pub const INSUFFICIENCY: &str = "can't run it on goodwill";
pub const INSUFFICIENCY_WEIGHT: f64 = -1.5;

/// The credit frame's name in evidence, and its weight.
pub const CREDIT: &str = "without it we'd have lost";
pub const CREDIT_WEIGHT: f64 = 1.5;
/// How far after "without" its modal may come, and the loss after it.
const CREDIT_MODAL_REACH: usize = 14;
const CREDIT_LOSS_REACH: usize = 6;
/// How far after a condition's opener ("Had the community not used its
/// right to buy, the last post office would ...") its modal may come.
const CONDITION_MODAL_REACH: usize = 20;
/// Hypothetical modals, alone or contracted onto a pronoun ("we'd").
const CREDIT_MODALS: &[&str] = &[
    "would", "we'd", "they'd", "i'd", "it'd", "there'd", "you'd", "he'd", "she'd",
];
/// What would have been lost, as an affirmative verb ("would have lost
/// it", "would have closed", "would have folded"); "no" counts only
/// straight after "be" or "had" ("there would be no bakery", "we'd have
/// had no chance"). A negator between the modal and the loss denies it
/// ("would never have lost our library" blames), so no credit.
const CREDIT_LOSSES: &[&str] = &[
    "lost",
    "closed",
    "shut",
    "gone",
    "folded",
    "sold",
    "demolished",
    "vanished",
    "disappeared",
    "collapsed",
    "died",
    "swallowed",
    "bulldozed",
];
/// Words that open a new noun phrase or subject: a determiner or a
/// subject pronoun. They end the "without" phrase of a credit, after a
/// conjunction they end a contradiction's reach, and after "and that" they
/// end a concession (see `score.rs`).
pub(super) const NEW_SUBJECTS: &[&str] = &[
    "the", "a", "an", "this", "that", "our", "their", "its", "his", "her", "my", "your", "we",
    "they", "i", "it", "there", "he", "she", "you",
];
/// What the "without" phrase must name for the credit to be the
/// agenda's: the target or a reference to it, one of its instruments, or
/// a bare "that", "this" or "it" pointing back to one.
const CREDIT_INSTRUMENTS: &[&str] = &[
    "listing",
    "loan",
    "loans",
    "grant",
    "right",
    "rights",
    "scheme",
    "programme",
    "bank",
    "organiser",
    "organisers",
    "moratorium",
    "pause",
    "breathing",
    "fund",
    "investment",
    "mutual",
    "transfer",
    "vanguard",
];
/// Words in the "without" phrase that make it a demand for more, not
/// credit: "without more money", "without urgent action".
const CREDIT_DEMANDS: &[&str] = &[
    "more",
    "further",
    "proper",
    "urgent",
    "real",
    "extra",
    "enough",
    "adequate",
    "sufficient",
    "additional",
    "new",
    "any",
    "some",
];
/// Needs named straight after "without" ("without support, the centre
/// would close"): a general need, not the agenda's credit.
const CREDIT_NEEDS: &[&str] = &[
    "help",
    "support",
    "funding",
    "money",
    "investment",
    "action",
];

/// The means-denied frame's name in evidence, and its weight.
pub const MEANS_DENIED: &str = "goodwill is not a budget";
pub const MEANS_DENIED_WEIGHT: f64 = -1.5;
/// Virtues a means-denied frame grants: the subject of its denial.
const VIRTUES: &[&str] = &[
    "goodwill",
    "sincerity",
    "enthusiasm",
    "intentions",
    "hope",
    "wanting",
    "passion",
    "optimism",
    "idealism",
    "ambition",
    "kindness",
    "generosity",
    "rhetoric",
    "words",
    "speeches",
    "slogans",
    "praise",
    "applause",
    "gratitude",
    "spirit",
    "commitment",
    "warmth",
];
/// Words that may stand before a virtue heading its subject.
const VIRTUE_BEFORE: &[&str] = &[
    "the",
    "his",
    "her",
    "their",
    "our",
    "its",
    "your",
    "my",
    "this",
    "that",
    "such",
    "all",
    "good",
    "warm",
    "kind",
    "fine",
    "sheer",
    "genuine",
    "real",
    "mere",
    "local",
    "public",
    "community",
    "and",
    "but",
    "so",
    "yet",
    "of",
    "honest",
    "best",
];
/// Words that may stand between a virtue and its denial: "sincerity
/// alone is not a budget", "goodwill by itself won't pay the rent".
const VIRTUE_ASIDES: &[&str] = &[
    "alone", "by", "itself", "simply", "just", "still", "really", "only",
];
/// How many words may come between the virtue and its denial ("wanting
/// it to work is not a plan").
const VIRTUE_REACH: usize = 6;
/// What a virtue is denied to be: a means, not a likeness ("is not a
/// substitute for" is a supporter's denial of replacement).
const MEANS_NOUNS: &[&str] = &[
    "plan", "budget", "strategy", "model", "salary", "wage", "wages", "income", "grant", "pension",
    "funding", "money", "business",
];
/// What a virtue is denied to do: pay for or keep something going.
const MEANS_VERBS: &[&str] = &[
    "pay", "fund", "heat", "staff", "keep", "run", "buy", "feed", "finance", "sustain", "replace",
];

/// The blame frame's name in evidence, and its weight.
pub const BLAME: &str = "without it we'd never have lost";
pub const BLAME_WEIGHT: f64 = -1.5;
/// What would never have come about: a creation denied after the credit's
/// modal ("would never have opened") is a loss averted too.
const CREDIT_CREATIONS: &[&str] = &[
    "opened",
    "built",
    "happened",
    "existed",
    "started",
    "begun",
    "tried",
    "survived",
    "possible",
    "launched",
    "founded",
    "formed",
    "stopped",
    "prevented",
    "saved",
    "won",
    "bought",
];

/// The agent frames' names in evidence, and their weights.
pub const AGENT_GOOD: &str = "it rescued the pub";
pub const AGENT_GOOD_WEIGHT: f64 = 1.0;
pub const AGENT_BAD: &str = "it gutted the service";
pub const AGENT_BAD_WEIGHT: f64 = -1.0;
/// The identity frame's name in evidence, and its weight: the agenda
/// declared to be what was just described.
pub const IDENTITY: &str = "that is the Big Society";
pub const IDENTITY_WEIGHT: f64 = 1.0;
/// The same identity after a fault: "Threadbare, that's the Big Society."
pub const IDENTITY_FAULT: &str = "that's the Big Society, of a fault";
pub const IDENTITY_FAULT_WEIGHT: f64 = -1.0;
/// How far back in its sentence an identity looks for a fault, in words.
const IDENTITY_LOOKBACK: usize = 30;
/// Subjects of an identity: a pointer back ("That is the Big Society") or
/// the people addressed or speaking ("You are the Big Society").
const IDENTITY_SUBJECTS: &[&str] = &["this", "that", "you", "we"];
/// Words that may come before the subject at the opening of its clause:
/// "And that is the Big Society", "Yes, this is the Big Society". Not
/// "Well," ("Well, that is the Big Society" shrugs).
const IDENTITY_OPENERS: &[&str] = &["and", "but", "yes", "now"];
/// The vagueness frame's name in evidence, and its weight: the agenda
/// said to be beyond knowing or explaining.
pub const VAGUENESS: &str = "nobody knows what it means";
pub const VAGUENESS_WEIGHT: f64 = -1.5;
/// Words of knowing or telling just before the "what" of a vagueness
/// ("know what", "explain what", "tell you what", "idea what").
const KNOWING: &[&str] = &[
    "know",
    "knows",
    "knew",
    "known",
    "understand",
    "understands",
    "understood",
    "explain",
    "explains",
    "explained",
    "define",
    "defines",
    "defined",
    "tell",
    "say",
    "grasp",
    "grasped",
    "grasps",
    "idea",
    "clue",
    "sure",
    "clear",
    "unclear",
    "certain",
    "articulate",
    "describe",
];
/// Words that deny the knowing, a few words before it: "nobody knows",
/// "couldn't tell you", "few understand", "only a third could explain",
/// "it is unclear what".
const UNKNOWING: &[&str] = &[
    "not",
    "never",
    "nobody",
    "noone",
    "no-one",
    "no",
    "few",
    "hardly",
    "barely",
    "scarcely",
    "unable",
    "only",
    "unclear",
    "little",
    "failed",
    "fail",
    "fails",
    "struggle",
    "struggled",
    "struggles",
    "struggling",
];
/// Words between "what" and the agenda, and between the agenda and its
/// verb: "what exactly the Big Society is", "what it actually means".
const VAGUENESS_FILLERS: &[&str] = &[
    "exactly",
    "precisely",
    "quite",
    "actually",
    "really",
    "ever",
];

/// The promise-denied frame's name in evidence, and its weight: a
/// shortfall against what was promised.
pub const PROMISE_DENIED: &str = "not what was promised";
pub const PROMISE_DENIED_WEIGHT: f64 = -1.5;
/// How far before "promised" its negator may stand, in its clause.
const PROMISE_REACH: usize = 10;
/// Negators of a promise kept: "not", "never", "nothing like", "far
/// from", and any word ending in "n't".
const PROMISE_NEGATORS: &[&str] = &["not", "never", "nothing", "far", "no"];

/// The happening frame's name in evidence, and its weight: the agenda
/// said to be real and under way.
pub const HAPPENING: &str = "it is happening";
pub const HAPPENING_WEIGHT: f64 = 1.0;

/// The supposed frame's name in evidence, and its weight.
pub const SUPPOSED: &str = "it was supposed to";
pub const SUPPOSED_WEIGHT: f64 = -1.0;
/// How far before "was" an exemplar's "what" or "as" is looked for.
const SUPPOSED_SUBJECT_REACH: usize = 6;

/// The pointed question's name in evidence, and its weight.
pub const POINTED: &str = "how many ... actually?";
pub const POINTED_WEIGHT: f64 = -1.5;
/// How far after "how many" its "actually", "still" or "a single" may
/// stand.
const POINTED_REACH: usize = 14;
/// Verbs that put a pointed question to someone, before its "how".
const POINTED_ASKING: &[&str] = &["tell", "confirm", "explain", "say", "remind"];
/// Adverbs between the copula and "happening": "is already happening".
const HAPPENING_ADVERBS: &[&str] = &[
    "already",
    "now",
    "really",
    "actually",
    "still",
    "quietly",
    "genuinely",
    "truly",
    "definitely",
];
/// Words after "happening" that keep it the agenda's being under way: a
/// time or a spread ("happening now", "happening everywhere", "happening
/// in every town"), not an aside ("happening at the same time as the
/// cuts" says nothing of its worth).
const HAPPENING_AFTER: &[&str] = &[
    "now",
    "already",
    "everywhere",
    "every",
    "across",
    "all",
    "in",
    "on",
    "here",
    "today",
    "right",
    "and",
];
/// Nouns naming one of the agenda's instruments, which may follow its
/// name as the subject ("a Big Society loan rescued ...").
const AGENT_INSTRUMENTS: &[&str] = &[
    "loan",
    "loans",
    "grant",
    "grants",
    "money",
    "cash",
    "funding",
    "fund",
    "investment",
    "volunteers",
    "organisers",
    "scheme",
    "programme",
    "initiative",
    "award",
    "status",
    "right",
    "rights",
    "pilot",
    "powers",
    "act",
    "bill",
    "network",
    "bank",
];
/// What may stand between the doer and its verb: auxiliaries of the
/// active voice, adverbs, and a relative "that" or "which".
/// A negator may stand there too, and then turns the frame like any
/// term ("hasn't saved a single library").
const AGENT_BETWEEN: &[&str] = &[
    "has",
    "have",
    "had",
    "already",
    "just",
    "now",
    "also",
    "finally",
    "actually",
    "really",
    "quietly",
    "effectively",
    "single-handedly",
    "that",
    "which",
    "will",
    "did",
    "does",
    "not",
    "never",
    "hasn't",
    "haven't",
    "hadn't",
    "didn't",
    "doesn't",
    "won't",
];
/// Verbs of rescue, as exact forms.
/// Base forms count after an auxiliary ("will save", "didn't save").
/// Not "created": creating a body is a fact ("the Act created the right
/// to challenge").
const AGENT_GOOD_VERBS: &[&str] = &[
    "rescued",
    "rescues",
    "rescue",
    "revived",
    "revives",
    "revive",
    "rebuilt",
    "rebuilds",
    "rebuild",
    "restored",
    "restores",
    "restore",
    "reopened",
    "reopens",
    "reopen",
    "saved",
    "saves",
    "save",
    "built",
    "builds",
    "build",
    "kept",
    "keeps",
    "keep",
    "revitalised",
    "revitalized",
    "rejuvenated",
];
/// "kept" and "keeps" rescue only with one of these after the object.
const KEPT_STATES: &[&str] = &["open", "alive", "going", "afloat", "running"];
/// Verbs of ruin, as exact forms.
const AGENT_BAD_VERBS: &[&str] = &[
    "closed",
    "closes",
    "close",
    "shut",
    "shuts",
    "killed",
    "kills",
    "kill",
    "destroyed",
    "destroys",
    "destroy",
    "wrecked",
    "wrecks",
    "wreck",
    "gutted",
    "guts",
    "gut",
    "emptied",
    "empties",
    "ruined",
    "ruins",
    "ruin",
    "undermined",
    "undermines",
    "undermine",
    "damaged",
    "damages",
    "damage",
    "harmed",
    "harms",
    "harm",
    "stripped",
    "strips",
    "drained",
    "drains",
    "hollowed",
    "bypassed",
    "bypasses",
    "bypass",
];
/// Words after a verb that make it intransitive or leave no object:
/// "closed in 2014", "closed down", "saved money" (a saving is no
/// rescue); or deny its object, which a term of its own then carries
/// ("built no lasting institutions", "has built nothing").
const NO_OBJECT: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "last",
    "for",
    "with",
    "by",
    "down",
    "early",
    "when",
    "as",
    "and",
    "but",
    "or",
    "up",
    "money",
    "cash",
    "millions",
    "thousands",
    "itself",
    "themselves",
    "yesterday",
    "today",
    "quietly",
    "to",
    "no",
    "nothing",
    "none",
    "little",
    "few",
    "anything",
];
/// How many words after "kept" its state may come.
const KEPT_REACH: usize = 5;

/// The opportunity-cost frame's name in evidence, and its weight.
pub const OPPORTUNITY_COST: &str = "could keep it open for what it costs";
pub const OPPORTUNITY_COST_WEIGHT: f64 = -1.5;
/// Verbs of keeping, paying for or buying, after "could" or "would".
const OPPORTUNITY_VERBS: &[&str] = &[
    "keep", "kept", "run", "fund", "funded", "pay", "paid", "buy", "bought", "employ", "employed",
    "open", "save", "saved", "hire", "hired", "train", "trained", "staff", "staffed", "build",
    "built",
];
/// Subjects of an opportunity cost: the reader, or whoever holds the
/// money ("you could keep a youth club open", "the council could have
/// funded", "the same money could have kept").
const OPPORTUNITY_SUBJECTS: &[&str] = &[
    "it",
    "bank",
    "network",
    "office",
    "scheme",
    "programme",
    "you",
    "one",
    "council",
    "councils",
    "government",
    "ministers",
    "state",
    "department",
    "treasury",
    "whitehall",
    "money",
    "sum",
    "cash",
    "that",
];
/// Verbs of spending after "for what": "for what it costs".
const COST_VERBS: &[&str] = &[
    "cost", "costs", "costing", "spent", "spends", "spend", "paid", "pays", "charged", "charges",
];
/// How far after the verb "for what" may come.
const OPPORTUNITY_REACH: usize = 10;

/// The exemplar frame's name in evidence, and its weight: clear approval.
pub const EXEMPLAR: &str = "exactly what it is about";
pub const EXEMPLAR_WEIGHT: f64 = 1.5;

/// How far after the inability the connector may come, in words.
const CONNECTOR_REACH: usize = 25;
/// How far after the inability's verb a "when" may come, in words.
const WHEN_REACH: usize = 8;
/// How far after the connector the taking away may come, in words.
const REMOVAL_REACH: usize = 10;
/// How far after "exactly what" the predicate may end, in words.
const EXEMPLAR_REACH: usize = 10;

/// Adverbs between the inability and its verb: "cannot credibly ask".
const INABILITY_ADVERBS: &[&str] = &[
    "credibly",
    "really",
    "seriously",
    "simply",
    "honestly",
    "just",
    "reasonably",
    "possibly",
    "then",
    "now",
];

/// Verbs that make the shape a defence: "you can't blame the Big Society
/// while councils are cutting" faults the councils. A stem matches the
/// word's start.
const EXCUSING_VERBS: &[&str] = &[
    "blam", "fault", "criticis", "criticiz", "attack", "judg", "accus", "condemn", "dismiss",
    "writ", "pin", "say", "claim", "pretend", "argu",
];

/// Words of taking away, as exact forms ("cuts", "closing"; not
/// "closely", "cute", "layer"). Those in [`REMOVAL_WITH_PARTICLE`] count
/// only with their particle soon after ("taking away", "laying off",
/// "kicking away the ladder", "selling off").
const REMOVAL_WORDS: &[&str] = &[
    "cut",
    "cuts",
    "cutting",
    "close",
    "closes",
    "closed",
    "closing",
    "closure",
    "closures",
    "slash",
    "slashes",
    "slashed",
    "slashing",
    "pull",
    "pulls",
    "pulled",
    "pulling",
    "sack",
    "sacks",
    "sacked",
    "sacking",
    "shut",
    "shuts",
    "shutting",
    "gut",
    "guts",
    "gutted",
    "gutting",
    "axe",
    "axes",
    "axed",
    "axing",
    "withdraw",
    "withdraws",
    "withdrew",
    "withdrawn",
    "withdrawing",
    "starve",
    "starves",
    "starved",
    "starving",
    "squeeze",
    "squeezes",
    "squeezed",
    "squeezing",
    "strip",
    "strips",
    "stripped",
    "stripping",
    "scrap",
    "scraps",
    "scrapped",
    "scrapping",
    "remove",
    "removes",
    "removed",
    "removing",
    "reduce",
    "reduces",
    "reduced",
    "reducing",
    "shrink",
    "shrinks",
    "shrank",
    "shrunk",
    "shrinking",
    "drain",
    "drains",
    "drained",
    "draining",
    "defund",
    "defunds",
    "defunded",
    "defunding",
    "redundant",
    "redundancy",
    "redundancies",
    "abolish",
    "abolishes",
    "abolished",
    "abolishing",
    "halve",
    "halves",
    "halved",
    "halving",
    "chop",
    "chops",
    "chopped",
    "chopping",
    "austerity",
];
/// Words of money going without a named hand, which count only with money
/// as their subject, between the connector and the word: "asked to do
/// more of it while the grant disappears" (not "while the red tape
/// vanishes", "while the waiting list dwindles").
const VANISHING_WORDS: &[&str] = &[
    "disappear",
    "disappears",
    "disappearing",
    "vanish",
    "vanishes",
    "vanishing",
    "dwindle",
    "dwindles",
    "dwindling",
];
/// The money that may vanish.
const MONEY_WORDS: &[&str] = &[
    "grant",
    "grants",
    "funding",
    "money",
    "budget",
    "budgets",
    "income",
    "cash",
    "funds",
    "subsidy",
    "subsidies",
];
/// Words of taking away only with a particle soon after them: (words,
/// particles).
const REMOVAL_WITH_PARTICLE: &[(&[&str], &[&str])] = &[
    (&["take", "takes", "taking", "took", "taken"], &["away"]),
    (&["kick", "kicks", "kicked", "kicking"], &["away"]),
    (&["lay", "lays", "laying", "laid"], &["off"]),
    (&["sell", "sells", "selling", "sold"], &["off"]),
    (&["rip", "rips", "ripped", "ripping"], &["out", "away"]),
];
/// How far after its word the particle may come.
const PARTICLE_REACH: usize = 3;

/// What may be cut or closed without fault: the agenda's own case
/// ("cutting red tape", "reducing the deficit", "reducing loneliness")
/// and everyday senses ("cut the ribbon", "closed for repairs", "closed
/// to traffic", "pulling together"). A word here at most
/// [`BURDEN_REACH`] words after a word of taking away makes it none.
const BURDEN_WORDS: &[&str] = &[
    "red",
    "tape",
    "bureaucracy",
    "bureaucratic",
    "rules",
    "regulation",
    "regulations",
    "paperwork",
    "form-filling",
    "forms",
    "quango",
    "quangos",
    "deficit",
    "waste",
    "barriers",
    "loneliness",
    "isolation",
    "crime",
    "reoffending",
    "ribbon",
    "repairs",
    "refurbishment",
    "traffic",
    "together",
];
const BURDEN_REACH: usize = 3;

/// Verbs of running or sustaining something, after an inability.
const SUSTAINING_VERBS: &[&str] = &[
    "run", "build", "fund", "sustain", "keep", "staff", "power", "deliver", "finance", "maintain",
    "support", "pay", "rebuild", "save",
];
/// How far after the verb "on" may come, and the means after "on".
const MEANS_REACH: usize = 7;
const MEANS_WORDS_REACH: usize = 3;

/// Words of meagre means: "on goodwill", "on cake sales", "on a
/// shoestring". A word paired with a qualifier counts only after it ("loose
/// change", "thin air", "spare time", "good will").
const MEAGRE_MEANS: &[&str] = &[
    "goodwill",
    "cake",
    "cakes",
    "volunteers",
    "intentions",
    "shoestring",
    "jumble",
    "raffle",
    "raffles",
    "biscuits",
    "bake",
    "coffee",
    "donations",
    "enthusiasm",
    "hope",
    "fumes",
    "prayer",
    "charity",
    "kindness",
    "sponsored",
    "bucket",
    "buckets",
    "tins",
    "pennies",
    "crumbs",
    "generosity",
    "favours",
    "handouts",
];
const QUALIFIED_MEANS: &[(&str, &str)] = &[
    ("loose", "change"),
    ("small", "change"),
    ("thin", "air"),
    ("fresh", "air"),
    ("spare", "time"),
    ("good", "will"),
];

/// The built-in entries, appended to the lexicon in this order.
pub fn entries() -> [Entry; 16] {
    let entry = |pattern: &'static str, weight: f64, fixed: bool| Entry {
        role: Role::Stance,
        pattern: Cow::Borrowed(pattern),
        words: Vec::new(),
        weight: Some(weight),
        fixed,
        line: 0,
    };
    [
        // Fixed: the inability before it is the frame, not its negation.
        entry(CONTRADICTION, CONTRADICTION_WEIGHT, true),
        entry(EXEMPLAR, EXEMPLAR_WEIGHT, false),
        entry(INSUFFICIENCY, INSUFFICIENCY_WEIGHT, true),
        entry(CREDIT, CREDIT_WEIGHT, false),
        entry(OPPORTUNITY_COST, OPPORTUNITY_COST_WEIGHT, true),
        // Fixed: the "not" is the frame's own.
        entry(MEANS_DENIED, MEANS_DENIED_WEIGHT, true),
        // Fixed: the negator denies the loss inside the frame.
        entry(BLAME, BLAME_WEIGHT, true),
        entry(AGENT_GOOD, AGENT_GOOD_WEIGHT, false),
        entry(AGENT_BAD, AGENT_BAD_WEIGHT, false),
        entry(IDENTITY, IDENTITY_WEIGHT, false),
        entry(HAPPENING, HAPPENING_WEIGHT, false),
        entry(IDENTITY_FAULT, IDENTITY_FAULT_WEIGHT, false),
        // Not fixed: the denial of knowing opens the frame, so only a
        // negator or rebuttal before it turns it ("It is not true that
        // nobody knows what it means").
        entry(VAGUENESS, VAGUENESS_WEIGHT, false),
        // Fixed: the negator is the frame's own.
        entry(PROMISE_DENIED, PROMISE_DENIED_WEIGHT, true),
        // Fixed: "was supposed to" is a negator of its own.
        entry(SUPPOSED, SUPPOSED_WEIGHT, true),
        // Fixed: a question negator does not turn the question itself.
        entry(POINTED, POINTED_WEIGHT, true),
    ]
}

/// Adds the frames found in `tokens` to `hits` (kept in the matcher's
/// order), `first` being the entry index of the first built-in entry, and
/// drops the concession reading of a contradiction's connector.
pub fn find(tokens: &Tokens, hits: &mut Vec<Hit>, entries: &[Entry], first: u32) {
    let n = tokens.len();
    let mut found: Vec<Hit> = Vec::new();
    let mut not_concessions: Vec<u32> = Vec::new();
    // Where the agenda is first named, for an "it" after it.
    let first_name = hits
        .iter()
        .filter(|h| matches!(h.role, Role::Target | Role::Reference))
        .map(|h| h.end as usize)
        .min();
    // The loss a credit says was averted ("would have folded"), and the
    // virtue a means-denied frame grants ("sincerity"), are the frame's
    // content, not terms of their own.
    let mut averted: Vec<(u32, u32)> = Vec::new();
    // One hit per stretch of words: two inabilities before one connector
    // ("can't ... and can't ... while") make one contradiction.
    // Nor over a lexicon term at its first word ("while cutting" is a
    // stance entry of its own). Found hits come in nearly ascending
    // order, so the last few are enough to check.
    let push = |found: &mut Vec<Hit>, entry: u32, start: usize, end: usize| -> bool {
        let (start, end) = (start as u32, end as u32);
        let k = hits.partition_point(|h| h.start < start);
        let lexicon = hits[k..]
            .iter()
            .take_while(|h| h.start == start)
            .chain(hits[..k].iter().rev().take(4))
            .any(|h| {
                matches!(h.role, Role::Stance | Role::General) && h.start <= start && start < h.end
            });
        let overlaps = found
            .iter()
            .rev()
            .take(4)
            .any(|h| h.start < end && start < h.end);
        let ok = !lexicon && !overlaps;
        if ok {
            found.push(Hit {
                entry,
                role: Role::Stance,
                start,
                end,
            });
        }
        ok
    };
    for i in 0..n {
        if !opens_frame(tokens.norm_bytes(i)) {
            continue;
        }
        if let Some(after) = inability(tokens, i) {
            if let Some((connector, end)) = contradiction(tokens, i, after, false) {
                // From the connector: a match over the inability would
                // swallow it as a negator of the terms it governs ("can't
                // ask charities to step forward").
                if push(&mut found, first, connector, end) {
                    not_concessions.push(connector as u32);
                }
            } else if let Some((on, end)) = insufficiency(tokens, i, after) {
                // From "on", as the contradiction does from its connector.
                push(&mut found, first + 2, on, end);
            }
        } else if let Some(after) = demand(tokens, i)
            && let Some((connector, end)) = contradiction(tokens, i, after, true)
            && push(&mut found, first, connector, end)
        {
            not_concessions.push(connector as u32);
        }
        if let Some(end) = opportunity_cost(tokens, i) {
            push(&mut found, first + 4, i, end);
        }
        if let Some((start, end)) = exemplar(tokens, hits, entries, i) {
            push(&mut found, first + 1, start, end);
        }
        // What was promised is the frame's content, not terms of its own
        // ("nothing like the revolution we were promised").
        if let Some(start) = promise_denied(tokens, i)
            && push(&mut found, first + 13, start, i + 1)
        {
            averted.push((start as u32, (i + 1) as u32));
        }
        if let Some((start, end)) = vagueness(tokens, hits, first_name, i) {
            push(&mut found, first + 12, start, end);
        }
        if let Some(start) = happening(tokens, hits, first_name, i) {
            push(&mut found, first + 10, start, i + 1);
        }
        if let Some(end) = supposed(tokens, hits, first_name, i) {
            push(&mut found, first + 14, i + 1, end);
        }
        // Over its last word only, so that a question negator opening
        // it still reaches what follows ("How much has it actually
        // achieved?").
        if let Some((start, end)) = pointed(tokens, i) {
            push(&mut found, first + 15, start, end);
        }
        // Not over a lexicon term anywhere in it ("not a funding model"
        // is a stance entry of its own).
        if let Some((start, end)) = means_denied(tokens, i)
            && !hits_between(hits, i, end)
                .iter()
                .any(|h| matches!(h.role, Role::Stance | Role::General) && (h.end as usize) > start)
            && push(&mut found, first + 5, start, end)
        {
            averted.push((i as u32, start as u32));
        }
        // The creation denied before "without" ("would never have happened
        // without the grant"): the words up to "without" are the frame's.
        if let Some((start, end)) = credit_after(tokens, hits, entries, i)
            && push(&mut found, first + 3, start, end)
        {
            averted.push((start as u32, (i + 1) as u32));
        }
        // Not when what is missed is itself a fault ("Had it not been a
        // cover for cuts, it would never have lost support").
        if let Some((modal, end, blame)) = credit(tokens, hits, i)
            && !hits_between(hits, i + 1, modal).iter().any(|h| {
                matches!(h.role, Role::Stance | Role::General)
                    && (h.end as usize) <= modal
                    && entries[h.entry as usize].weight.is_some_and(|w| w < 0.0)
            })
            && push(
                &mut found,
                if blame { first + 6 } else { first + 3 },
                i,
                end,
            )
        {
            averted.push((modal as u32, end as u32));
        }
    }
    // The agent frame starts from the agenda's name, not an opener word.
    for h in hits.iter() {
        if !matches!(h.role, Role::Target | Role::Reference) {
            continue;
        }
        if let Some((verb, end, good)) = agent(tokens, h.end as usize) {
            push(
                &mut found,
                if good { first + 7 } else { first + 8 },
                verb,
                end,
            );
        }
        if let Some(start) = identity(tokens, h) {
            let entry = if pointed_at_fault(tokens, hits, entries, start) {
                first + 11
            } else {
                first + 9
            };
            push(&mut found, entry, start, h.end as usize);
        }
    }
    if found.is_empty() {
        return;
    }
    // Spans are pushed as their frames are found, not in order of start.
    averted.sort_unstable();
    hits.retain(|h| {
        let connector = h.role == Role::Concession && not_concessions.contains(&h.start);
        let averted_loss = matches!(h.role, Role::Stance | Role::General) && {
            let k = averted.partition_point(|&(a, _)| a <= h.start);
            k > 0 && h.end <= averted[k - 1].1
        };
        !connector && !averted_loss
    });
    hits.extend(found);
    hits.sort_unstable_by_key(|h| (h.start, h.end, h.role));
}

/// An identity ending in the agenda's name `h`: "That is the Big
/// Society.", "You are the Big Society", said at the opening of a clause
/// and ending it, so the name is all that is said of what came before.
/// Not a question, a condition or a report ("If this is the Big Society,
/// ...", "they keep telling us this is the Big Society"), nor "So this
/// is the Big Society, then", whose "so" is the sneer of a discovery.
/// Its first token.
fn identity(tokens: &Tokens, h: &Hit) -> Option<usize> {
    let n = tokens.len();
    let (start, end) = (h.start as usize, h.end as usize);
    let norm = |k: usize| if k < n { tokens.norm(k) } else { "" };
    let clause = tokens.tokens[start].clause;
    // The name ends its clause: "That is the Big Society in action" is the
    // lexicon's, "This is the Big Society on the cheap" too.
    if end < n && tokens.tokens[end].clause == clause {
        return None;
    }
    let mut k = start;
    if k > 0 && matches!(norm(k - 1), "the" | "your" | "our") {
        k -= 1;
    }
    if k < 2 || !matches!(norm(k - 1), "is" | "are" | "was") {
        return None;
    }
    let subject = k - 2;
    if !IDENTITY_SUBJECTS.contains(&norm(subject))
        || matches!(
            (norm(subject), norm(k - 1)),
            ("you" | "we", "is") | ("this" | "that", "are")
        )
        || tokens.is_question(tokens.tokens[subject].sentence)
    {
        return None;
    }
    // Not after "Well," or "So," in its sentence: a shrug or a sneer.
    if subject > 0
        && tokens.tokens[subject - 1].sentence == tokens.tokens[subject].sentence
        && matches!(norm(subject - 1), "well" | "so")
    {
        return None;
    }
    let opens = |j: usize| j == 0 || tokens.tokens[j - 1].clause != tokens.tokens[j].clause;
    let opening = opens(subject)
        || (IDENTITY_OPENERS.contains(&norm(subject - 1))
            && opens(subject - 1)
            && tokens.tokens[subject - 1].sentence == tokens.tokens[subject].sentence);
    opening.then_some(subject)
}

/// Whether what an identity at `start` points back to is a fault: the
/// terms before it in its sentence weigh less than nothing ("Threadbare,
/// that's the Big Society"). Not the sentence before, whose terms the
/// rules may yet turn ("waiting lists have dropped").
fn pointed_at_fault(tokens: &Tokens, hits: &[Hit], entries: &[Entry], start: usize) -> bool {
    // At most IDENTITY_LOOKBACK words back, so a long sentence of
    // identities stays linear.
    let sentence = tokens.tokens[start].sentence;
    let from = (tokens.tokens.partition_point(|t| t.sentence < sentence))
        .max(start.saturating_sub(IDENTITY_LOOKBACK)) as u32;
    let (a, b) = (
        hits.partition_point(|h| h.start < from),
        hits.partition_point(|h| (h.start as usize) < start),
    );
    let sum: f64 = hits[a..b]
        .iter()
        .filter(|h| matches!(h.role, Role::Stance | Role::General) && (h.end as usize) <= start)
        .filter_map(|h| entries[h.entry as usize].weight)
        .sum();
    sum < 0.0
}

/// A promise denied ending at "promised" at `i`: "It's not exactly the
/// army the Prime Minister promised", "it is not what people were
/// promised", "has not achieved the shift in power its architects
/// promised". The negator stands up to ten words before it in its
/// clause with at least two words between, and "promised" ends the
/// phrase: not the promise's own content ("promised to fund it",
/// "promised that ..."), nor a promise not made ("has not promised
/// anything", "did not promise").
fn promise_denied(tokens: &Tokens, i: usize) -> Option<usize> {
    let n = tokens.len();
    let norm = |k: usize| if k < n { tokens.norm(k) } else { "" };
    if norm(i) != "promised" || i < 3 {
        return None;
    }
    if matches!(norm(i + 1), "to" | "that") {
        return None;
    }
    // Nor an adjective: "the promised transition fund".
    let before = norm(i - 1);
    if matches!(
        before,
        "has"
            | "have"
            | "had"
            | "not"
            | "never"
            | "did"
            | "does"
            | "do"
            | "the"
            | "a"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "long"
    ) || before.ends_with("n't")
    {
        return None;
    }
    let clause = tokens.tokens[i].clause;
    (i.saturating_sub(PROMISE_REACH)..i - 2)
        .rev()
        .take_while(|&k| tokens.tokens[k].clause == clause)
        .find(|&k| {
            let w = norm(k);
            (PROMISE_NEGATORS.contains(&w) || w.ends_with("n't"))
                && match w {
                    "nothing" => norm(k + 1) == "like",
                    "far" => norm(k + 1) == "from",
                    _ => true,
                }
        })
}

/// Verbs whose "to" ends a relative clause of the people asked: "nobody
/// I spoke to", "no one we talked to".
const SPOKEN_TO: &[&str] = &["spoke", "spoken", "talked", "listened", "wrote", "turned"];

/// A vagueness at `i`: "what" after a denied word of knowing, then the
/// agenda and a verb of meaning or being: "nobody knows what the Big
/// Society means", "couldn't tell you what it is", "only a third could
/// explain what the Big Society meant". The span from the denial to the
/// verb. "it" counts after the agenda is named earlier in the paragraph.
/// Not a question ("Do you know what the Big Society is?"), nor what it
/// means for something ("what it means for our budget").
fn vagueness(
    tokens: &Tokens,
    hits: &[Hit],
    first_name: Option<usize>,
    i: usize,
) -> Option<(usize, usize)> {
    let n = tokens.len();
    let norm = |k: usize| if k < n { tokens.norm(k) } else { "" };
    if norm(i) != "what" || i == 0 || tokens.is_question(tokens.tokens[i].sentence) {
        return None;
    }
    let sentence = tokens.tokens[i].sentence;
    let in_sentence = |k: usize| k < n && tokens.tokens[k].sentence == sentence;
    // The word of knowing: "know what", "tell you what", "knows quite what".
    let know = (i.saturating_sub(3)..i)
        .rev()
        .find(|&k| in_sentence(k) && KNOWING.contains(&norm(k)))?;
    // The denial just before the knowing (at most four words), with no
    // "to", "let", comparison or "only" between: "don't need a degree to
    // understand", "don't let anyone tell you", "never been more clear",
    // "not only do people understand" deny nothing of the agenda.
    let denial = if matches!(norm(know), "unclear") {
        know
    } else {
        (know.saturating_sub(4)..know).find(|&k| {
            in_sentence(k)
                && (UNKNOWING.contains(&norm(k)) || norm(k).ends_with("n't"))
                && (norm(k) != "no" || matches!(norm(k + 1), "one" | "idea" | "clue"))
                && norm(k + 1) != "only"
                && !(k + 1..know).any(|j| {
                    matches!(norm(j), "let" | "more" | "less" | "longer")
                        // The "to" that closes a relative clause of
                        // whom was asked is none: "nobody I spoke to knew".
                        || (norm(j) == "to" && !SPOKEN_TO.contains(&norm(j - 1)))
                })
        })?
    };
    // The critics' failure to understand it is no vagueness of its own:
    // "The critics simply don't understand what the Big Society is."
    // (a critic word from critics.txt: "critics", "sceptics", "opponents").
    let sentence_start = tokens.tokens.partition_point(|t| t.sentence < sentence) as u32;
    let from = hits.partition_point(|h| h.start < sentence_start);
    if hits[from..]
        .iter()
        .take_while(|h| (h.start as usize) < denial)
        .any(|h| h.role == Role::Critic)
    {
        return None;
    }
    let mut k = i + 1;
    while k < i + 3 && VAGUENESS_FILLERS.contains(&norm(k)) {
        k += 1;
    }
    if norm(k) == "the" {
        k += 1;
    }
    // "it" only after the agenda is named in the paragraph.
    let name_end = if norm(k) == "it" {
        first_name.filter(|&e| e <= k)?;
        k + 1
    } else {
        let from = hits.partition_point(|h| (h.start as usize) < k);
        hits[from..]
            .iter()
            .take_while(|h| h.start as usize == k)
            .filter(|h| matches!(h.role, Role::Target | Role::Reference))
            .map(|h| h.end as usize)
            .max()?
    };
    let mut v = name_end;
    while v < name_end + 2 && VAGUENESS_FILLERS.contains(&norm(v)) {
        v += 1;
    }
    if !in_sentence(v) {
        return None;
    }
    let end = match norm(v) {
        "means" | "meant" if matches!(norm(v + 1), "for" | "to") => return None,
        // "what it was like", "what it is capable of".
        "is" | "was" if matches!(norm(v + 1), "like" | "capable") => return None,
        "means" | "meant" | "is" | "was" | "involves" | "entails" => v + 1,
        "stands" | "stood" if norm(v + 1) == "for" => v + 2,
        "amounts" if norm(v + 1) == "to" => v + 2,
        _ => return None,
    };
    Some((denial, end))
}

/// "happening" at `i` said of the agenda: "The Big Society is already
/// happening", "it's happening now, every day" after the agenda is named
/// earlier in the paragraph (`first_name`, where the first name ends).
/// Its first token.
fn happening(tokens: &Tokens, hits: &[Hit], first_name: Option<usize>, i: usize) -> Option<usize> {
    let n = tokens.len();
    let norm = |k: usize| if k < n { tokens.norm(k) } else { "" };
    if norm(i) != "happening" || tokens.is_question(tokens.tokens[i].sentence) {
        return None;
    }
    let clause = tokens.tokens[i].clause;
    if i + 1 < n
        && tokens.tokens[i + 1].clause == clause
        && (!HAPPENING_AFTER.contains(&norm(i + 1))
            || matches!((norm(i + 1), norm(i + 2)), ("in", "reverse") | ("all", "right"))
            // "on a scale few expected", "on every street"; not "on paper",
            // "on Tuesday".
            || (norm(i + 1) == "on" && !matches!(norm(i + 2), "a" | "every" | "the")))
    {
        return None;
    }
    // Not a condition or a doubt: "If the Big Society is happening, I
    // have yet to see it."
    let sentence = tokens.tokens[i].sentence;
    let opening = tokens.tokens.partition_point(|t| t.sentence < sentence);
    if (opening..i).any(|k| matches!(norm(k), "if" | "whether" | "unless")) {
        return None;
    }
    let mut k = i;
    while k > 0 && i - k < 2 && HAPPENING_ADVERBS.contains(&norm(k - 1)) {
        k -= 1;
    }
    if k == 0 || !matches!(norm(k - 1), "is" | "was") {
        return None;
    }
    let copula = k - 1;
    if copula == 0 || tokens.tokens[copula - 1].clause != clause {
        return None;
    }
    // The agenda's name as the subject (a name is a few words long, so the
    // hits starting just before the copula are enough), or "it" after the
    // name earlier in the paragraph.
    let k = hits.partition_point(|h| (h.start as usize) < copula);
    let named = hits[..k]
        .iter()
        .rev()
        .take(8)
        .find(|h| matches!(h.role, Role::Target | Role::Reference) && h.end as usize == copula);
    if let Some(h) = named {
        return Some(h.start as usize);
    }
    (norm(copula - 1) == "it" && first_name.is_some_and(|e| e < copula)).then_some(copula - 1)
}

/// "was supposed to" (or "were", "meant", "intended") at `i` said of the
/// agenda as its subject: its name or a reference to it just before
/// (perhaps "itself" between), "it" after the paragraph has named it, or
/// "which"/"that" straight after the name; not an exemplar ("what",
/// "how", "exactly", "as" up to [`SUPPOSED_SUBJECT_REACH`] words before
/// it: "exactly what it was supposed to be about", "as it was meant to
/// be"). The index just after its "to".
fn supposed(tokens: &Tokens, hits: &[Hit], first_name: Option<usize>, i: usize) -> Option<usize> {
    let n = tokens.len();
    let norm = |k: usize| if k < n { tokens.norm(k) } else { "" };
    if i == 0
        || !matches!(norm(i), "was" | "were" | "is" | "are")
        || !matches!(norm(i + 1), "supposed" | "meant" | "intended")
        || norm(i + 2) != "to"
    {
        return None;
    }
    let sentence = tokens.tokens[i].sentence;
    // In the present tense only the object relative, whose verb ends its
    // clause, tells a shortfall: "the groups the Big Society is supposed
    // to champion."; "it is meant to train 500 organisers" describes.
    if matches!(norm(i), "is" | "are") {
        let verb = i + 3;
        let gapped = verb < n
            && tokens.tokens[verb].clause == tokens.tokens[i].clause
            && (verb + 1 >= n || tokens.tokens[verb + 1].clause != tokens.tokens[verb].clause);
        if !gapped {
            return None;
        }
    }
    // Not an exemplar: "exactly what it was supposed to be about", "as it
    // was meant to be".
    let from = i.saturating_sub(SUPPOSED_SUBJECT_REACH);
    if (from..i).any(|k| {
        tokens.tokens[k].sentence == sentence
            && matches!(
                norm(k),
                "what" | "how" | "exactly" | "precisely" | "just" | "as"
            )
    }) {
        return None;
    }
    // The agenda's name or a reference to it ending just before "was"
    // (perhaps "itself" between).
    // Where it starts.
    let name_ending = |e: usize| {
        let k = hits.partition_point(|h| (h.start as usize) < e);
        hits[..k]
            .iter()
            .rev()
            .take(8)
            .find(|h| {
                matches!(h.role, Role::Target | Role::Reference)
                    && h.end as usize == e
                    && tokens.tokens[h.start as usize].sentence == sentence
            })
            .map(|h| h.start as usize)
    };
    // In the present, the subject must follow the noun the relative
    // describes ("the groups the Big Society is supposed to serve"), not
    // open its clause ("Under the Big Society, organisers are meant to
    // listen.") or follow a word of another kind.
    let present = matches!(norm(i), "is" | "are");
    let after_noun = |start: usize| {
        let mut b = start;
        if b > 0 && matches!(norm(b - 1), "the" | "its" | "their" | "this") {
            b -= 1;
        }
        b > 0
            && tokens.tokens[b - 1].clause == tokens.tokens[start].clause
            && !SUPPOSED_NOT_NOUNS.contains(&norm(b - 1))
    };
    let mut s = i;
    if norm(s - 1) == "itself" && s >= 2 {
        s -= 1;
    }
    if let Some(start) = name_ending(s) {
        return (!present || after_noun(start)).then_some(i + 3);
    }
    // "it" for the agenda named earlier, or "which"/"that" straight after
    // its name: "the Network, which was supposed to be its engine room".
    let before = norm(i - 1);
    let it = before == "it" && first_name.is_some_and(|e| e < i) && (!present || after_noun(i - 1));
    let relative =
        !present && matches!(before, "which" | "that") && i >= 2 && name_ending(i - 1).is_some();
    (it || relative).then_some(i + 3)
}

/// Words before the subject of a present "is supposed to" that show it is
/// no object relative: prepositions, conjunctions, verbs of saying.
const SUPPOSED_NOT_NOUNS: &[&str] = &[
    "under", "with", "for", "by", "from", "that", "which", "and", "but", "or", "as", "of", "in",
    "on", "at", "to", "said", "says", "say", "is", "was", "are", "were", "then", "so", "because",
    "if", "when", "while", "where", "how", "what", "why", "who", "think", "believe", "know", "a",
    "an", "the", "this", "these", "those", "its", "their", "about",
];

/// "how many" or "how much" at `i` in a question put to someone (a verb
/// of [`POINTED_ASKING`] before it), with "actually", "still" or "a
/// single" after it in the sentence (at most [`POINTED_REACH`] words
/// on): a question put to expose a shortfall,
/// "Will the Minister tell the House how many of those organisers are
/// actually in post?", "how much of that money has reached a single
/// charity?", "how many of them will still be open next year?". The
/// range of that word.
fn pointed(tokens: &Tokens, i: usize) -> Option<(usize, usize)> {
    let n = tokens.len();
    let norm = |k: usize| if k < n { tokens.norm(k) } else { "" };
    let sentence = tokens.tokens[i].sentence;
    if norm(i) != "how" || !matches!(norm(i + 1), "many" | "much") || !tokens.is_question(sentence)
    {
        return None;
    }
    // Put to someone: "Will the Minister tell the House how many ...?",
    // "Can anyone explain how much ...?". A question the writer asks
    // and goes on to answer ("But how many of the students actually did
    // it?") is no challenge.
    let opening = tokens.tokens.partition_point(|t| t.sentence < sentence);
    if !(opening..i).any(|k| POINTED_ASKING.contains(&norm(k))) {
        return None;
    }
    (i + 2..(i + 2 + POINTED_REACH).min(n))
        .take_while(|&k| tokens.tokens[k].sentence == sentence)
        .find_map(|k| match norm(k) {
            "actually" | "still" => Some((k, k + 1)),
            "a" if norm(k + 1) == "single" => Some((k, k + 2)),
            _ => None,
        })
}

/// The agenda as the doer of a verb of rescue or ruin, its name ending
/// at `after`: the verb's index, the index just past the verb, and
/// whether it rescues.
fn agent(tokens: &Tokens, after: usize) -> Option<(usize, usize, bool)> {
    let n = tokens.len();
    if after == 0 || after >= n {
        return None;
    }
    let norm = |k: usize| if k < n { tokens.norm(k) } else { "" };
    let clause = tokens.tokens[after - 1].clause;
    let in_clause = |k: usize| k < n && tokens.tokens[k].clause == clause;
    let mut k = after;
    // "a Big Society loan", "the Big Society Bank's money".
    while k < after + 2 && in_clause(k) && AGENT_INSTRUMENTS.contains(&norm(k)) {
        k += 1;
    }
    let before_between = k;
    while k < before_between + 3 && in_clause(k) && AGENT_BETWEEN.contains(&norm(k)) {
        k += 1;
    }
    if !in_clause(k) {
        return None;
    }
    let verb = norm(k);
    let good = AGENT_GOOD_VERBS.contains(&verb);
    if !good && !AGENT_BAD_VERBS.contains(&verb) {
        return None;
    }
    // An object must follow in the clause.
    if !in_clause(k + 1) || NO_OBJECT.contains(&norm(k + 1)) {
        return None;
    }
    if matches!(verb, "kept" | "keeps")
        && !(k + 2..(k + 2 + KEPT_REACH).min(n))
            .take_while(|&j| in_clause(j))
            .any(|j| KEPT_STATES.contains(&norm(j)))
    {
        return None;
    }
    Some((k, k + 1, good))
}

/// A means denied to the virtue at `i` ("sincerity is not a budget",
/// "goodwill doesn't pay the rent"): the span from the denial to the end
/// of the means, in the virtue's clause.
fn means_denied(tokens: &Tokens, i: usize) -> Option<(usize, usize)> {
    let n = tokens.len();
    let w = tokens.norm(i);
    let norm = |k: usize| if k < n { tokens.norm(k) } else { "" };
    if !VIRTUES.contains(&w) {
        return None;
    }
    let clause = tokens.tokens[i].clause;
    let in_clause = |k: usize| k < n && tokens.tokens[k].clause == clause;
    // A noun heading its subject, not the verb of "Campaigners hope the
    // council won't ...": the virtue opens its clause or follows a
    // determiner or a describing word ("his sincerity", "good
    // intentions", "But goodwill ...").
    if i > 0 && in_clause(i - 1) && !VIRTUE_BEFORE.contains(&norm(i - 1)) {
        return None;
    }
    // Only a gerund ("wanting it to succeed") takes words of its own
    // before the denial; a noun takes at most "alone", "by itself", ...
    // ("Hope Community Trust does not run the library" is a name).
    let reach = if w == "wanting" {
        VIRTUE_REACH
    } else {
        let mut k = i + 1;
        while k < i + 3 && in_clause(k) && VIRTUE_ASIDES.contains(&norm(k)) {
            k += 1;
        }
        k - i - 1
    };
    let (denial, after, copula) = (i + 1..i + 2 + reach)
        .take_while(|&k| in_clause(k))
        .find_map(|k| match norm(k) {
            "is" | "are" | "was" | "were" if norm(k + 1) == "not" => Some((k, k + 2, true)),
            "isn't" | "aren't" | "wasn't" | "weren't" => Some((k, k + 1, true)),
            "does" | "do" | "did" | "will" | "can" | "could" | "would" if norm(k + 1) == "not" => {
                Some((k, k + 2, false))
            }
            "doesn't" | "don't" | "didn't" | "won't" | "can't" | "cannot" | "couldn't"
            | "wouldn't" => Some((k, k + 1, false)),
            _ => None,
        })?;
    // No clause of its own between the virtue and the denial: "hope
    // that the council will not close it" is a hope, not a means.
    if (i + 1..denial).any(|k| matches!(norm(k), "that" | "they" | "we" | "he" | "she" | "i")) {
        return None;
    }
    if copula {
        // "is not a budget", "is not a funding model", "is not a plan".
        let mut k = after;
        if matches!(norm(k), "a" | "an") {
            k += 1;
        }
        let j = (k..k + 2)
            .take_while(|&j| in_clause(j))
            .find(|&j| MEANS_NOUNS.contains(&norm(j)))?;
        // "a funding model", "a business plan".
        let end = if in_clause(j + 1) && MEANS_NOUNS.contains(&norm(j + 1)) {
            j + 2
        } else {
            j + 1
        };
        // "is not a grant but an investment" sets one means against
        // another.
        if (end..end + 3).any(|k| in_clause(k) && norm(k) == "but") {
            return None;
        }
        Some((denial, end))
    } else {
        // Not "enthusiasm did not run out", "does not run short".
        (in_clause(after)
            && MEANS_VERBS.contains(&norm(after))
            && !matches!(norm(after + 1), "out" | "short" | "dry" | "low" | "thin"))
        .then_some((denial, after + 1))
    }
}

/// The words a frame can start with: every frame opens with one of these.
const FRAME_OPENERS: &[&[u8]] = &[
    b"ask",
    b"asks",
    b"asked",
    b"asking",
    b"ambition",
    b"applause",
    b"are",
    b"but",
    b"can",
    b"call",
    b"calls",
    b"can't",
    b"could",
    b"called",
    b"cannot",
    b"calling",
    b"couldn't",
    b"commitment",
    b"difficult",
    b"exhort",
    b"expect",
    b"exactly",
    b"exhorts",
    b"expects",
    b"exhorted",
    b"expected",
    b"encourage",
    b"exhorting",
    b"expecting",
    b"encouraged",
    b"encourages",
    b"enthusiasm",
    b"everything",
    b"encouraging",
    b"goodwill",
    b"gratitude",
    b"generosity",
    b"had",
    b"how",
    b"hard",
    b"happening",
    b"hope",
    b"if",
    b"is",
    b"invite",
    b"implore",
    b"invited",
    b"invites",
    b"idealism",
    b"implored",
    b"implores",
    b"inviting",
    b"imploring",
    b"impossible",
    b"intentions",
    b"just",
    b"kindness",
    b"no",
    b"noone",
    b"no-one",
    b"nobody",
    b"optimism",
    b"praise",
    b"passion",
    b"precisely",
    b"promised",
    b"rhetoric",
    b"spirit",
    b"slogans",
    b"speeches",
    b"sincerity",
    b"tell",
    b"told",
    b"tells",
    b"telling",
    b"urge",
    b"urged",
    b"urges",
    b"urging",
    b"want",
    b"were",
    b"what",
    b"wants",
    b"was",
    b"words",
    b"would",
    b"wanted",
    b"warmth",
    b"wanting",
    b"without",
];

/// For each first letter a-z, a bit per word length (up to 31) of the
/// frame openers, and the range of openers with that letter (the list is
/// sorted by first letter): a word is rejected by one table lookup, or
/// compared only with the few openers that share its first letter and
/// length.
const OPENER_SHAPES: [(u32, u16, u16); 26] = {
    let mut table = [(0u32, 0u16, 0u16); 26];
    let mut k = 0;
    while k < FRAME_OPENERS.len() {
        let w = FRAME_OPENERS[k];
        let c = (w[0] - b'a') as usize;
        if table[c].0 == 0 {
            table[c].1 = k as u16;
        }
        table[c].0 |= 1 << w.len();
        table[c].2 = k as u16 + 1;
        k += 1;
    }
    table
};

/// Whether a frame can start at a word (its folded bytes).
fn opens_frame(w: &[u8]) -> bool {
    match w.first() {
        Some(&b @ b'a'..=b'z') if w.len() < 32 => {
            let (lengths, from, to) = OPENER_SHAPES[(b - b'a') as usize];
            lengths & (1 << w.len()) != 0 && FRAME_OPENERS[from as usize..to as usize].contains(&w)
        }
        _ => false,
    }
}

/// Verbs asking something of others, which take "to" a few words on
/// ("asking volunteers to step up"), as exact forms; "call" and its forms
/// only with "on" or "upon" ("calls on charities to").
const DEMAND_WORDS: &[&str] = &[
    "ask",
    "asks",
    "asked",
    "asking",
    "urge",
    "urges",
    "urged",
    "urging",
    "tell",
    "tells",
    "told",
    "telling",
    "expect",
    "expects",
    "expected",
    "expecting",
    "want",
    "wants",
    "wanted",
    "wanting",
    "encourage",
    "encourages",
    "encouraged",
    "encouraging",
    "exhort",
    "exhorts",
    "exhorted",
    "exhorting",
    "implore",
    "implores",
    "implored",
    "imploring",
    "invite",
    "invites",
    "invited",
    "inviting",
];
const CALL_FORMS: &[&str] = &["call", "calls", "called", "calling"];
/// Before a demand verb, a passive or a forecast: "are expected to flock",
/// "were asked to leave" tell what will happen or was done, and ask
/// nothing of anyone in this sentence.
const PASSIVE_BEFORE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
/// How far after a demand verb its "to" may come.
const DEMAND_TO_REACH: usize = 4;

/// Whether a demand starts at `i` ("asking volunteers to", "urged us all
/// to"); the index just after its "to".
fn demand(tokens: &Tokens, i: usize) -> Option<usize> {
    let n = tokens.len();
    let w = tokens.norm(i);
    let called_on =
        CALL_FORMS.contains(&w) && i + 1 < n && matches!(tokens.norm(i + 1), "on" | "upon");
    if !(DEMAND_WORDS.contains(&w) || called_on) {
        return None;
    }
    let after = (i + 1..(i + 1 + DEMAND_TO_REACH).min(n))
        .take_while(|&k| tokens.tokens[k].clause == tokens.tokens[i].clause)
        .find(|&k| tokens.norm(k) == "to")
        .map(|k| k + 1)?;
    // A passive asks nothing of anyone, unless what is asked is the
    // agenda's burden: "charities are being asked to do more while their
    // grants are cut" (not "were asked to leave while the hall closed").
    if i > 0
        && PASSIVE_BEFORE.contains(&tokens.norm(i - 1))
        && !(after..(after + 2).min(n)).any(|k| PASSIVE_BURDENS.contains(&tokens.norm(k)))
    {
        return None;
    }
    Some(after)
}

/// What a passive demand may ask that makes it the agenda's burden: "are
/// asked to do more", "expected to fill the gap", "told to step up".
const PASSIVE_BURDENS: &[&str] = &[
    "more",
    "fill",
    "step",
    "plug",
    "pick",
    "take",
    "run",
    "volunteer",
    "provide",
    "deliver",
];

/// Words just before "hard to", "difficult to", "impossible to" that make
/// it an inability ("it is hard to build ...", "makes it impossible to"),
/// not effort ("worked hard to keep the cafe going").
const HARD_BEFORE: &[&str] = &[
    "is", "was", "be", "been", "being", "it", "so", "very", "too", "rather", "pretty", "seems",
    "remains", "proved", "proving",
];

/// Whether an inability starts at `i` ("can't", "cannot", "couldn't",
/// "can not", "could hardly", "nobody can", "no one could"); the index
/// just after it.
fn inability(tokens: &Tokens, i: usize) -> Option<usize> {
    let n = tokens.len();
    let norm = |k: usize| if k < n { tokens.norm(k) } else { "" };
    match norm(i) {
        "nobody" | "no-one" | "noone" if matches!(norm(i + 1), "can" | "could") => Some(i + 2),
        "no" if norm(i + 1) == "one" && matches!(norm(i + 2), "can" | "could") => Some(i + 3),
        "can't" | "cannot" | "couldn't" => Some(i + 1),
        // "It is hard to build a civil society when ...", "How can they
        // ask us to do more while ...".
        "hard" | "difficult" | "impossible"
            if norm(i + 1) == "to" && i > 0 && HARD_BEFORE.contains(&norm(i - 1)) =>
        {
            Some(i + 2)
        }
        "how" if matches!(norm(i + 1), "can" | "could") => Some(i + 2),
        "can" | "could"
            if i + 1 < tokens.len()
                && matches!(tokens.norm(i + 1), "not" | "hardly")
                && same_sentence(tokens, i, i + 1) =>
        {
            Some(i + 2)
        }
        _ => None,
    }
}

fn same_sentence(tokens: &Tokens, a: usize, b: usize) -> bool {
    tokens.tokens[a].sentence == tokens.tokens[b].sentence
}

fn starts_with_any(word: &str, stems: &[&str]) -> bool {
    stems.iter().any(|s| word.starts_with(s))
}

/// The contradiction after an inability at `i` whose verb comes at or
/// after `after`: the connector's first token and the index just past the
/// word of taking away.
fn contradiction(
    tokens: &Tokens,
    i: usize,
    mut after: usize,
    demand: bool,
) -> Option<(usize, usize)> {
    let n = tokens.len();
    after = past_adverbs(tokens, i, after);
    if after >= n || !same_sentence(tokens, i, after) {
        return None;
    }
    let verb = tokens.norm(after);
    // A state, not an action asked of anyone: "volunteers cannot be paid
    // while claiming benefits".
    if verb == "be" || starts_with_any(verb, EXCUSING_VERBS) {
        return None;
    }
    // Within one voice: not from a quotation into the words around it
    // ("'You cannot borrow your way out,' said one, who called the bank
    // a sideshow while services close").
    let quoted = tokens.tokens[i].quoted;
    let limit = (after + CONNECTOR_REACH).min(n);
    let mut k = after + 1;
    while k < limit && same_sentence(tokens, i, k) && tokens.tokens[k].quoted == quoted {
        // After a bare demand, only simultaneity: "asked them to help when
        // the floods cut the road off" is a story, not a contradiction;
        // after an inability, a "when" only close to its verb.
        if let Some(end) = connector(tokens, k)
            && !(tokens.norm(k) == "when" && (demand || k - after > WHEN_REACH))
        {
            return removal(tokens, end).map(|r| (k, r));
        }
        // The means that defeats the end, after an inability and close to
        // its verb: "you cannot empower a group by removing the only money
        // it had". The word of taking away must be the gerund itself.
        // Not "except by", nor the idiom "can't go wrong by".
        if tokens.norm(k) == "by"
            && !demand
            && k - after <= WHEN_REACH
            && tokens.norm(k - 1) != "except"
            && verb != "go"
            && k + 1 < n
            && same_sentence(tokens, k, k + 1)
        {
            let gerund = tokens.norm(k + 1);
            let plain = REMOVAL_WORDS.contains(&gerund);
            let with_particle = REMOVAL_WITH_PARTICLE
                .iter()
                .any(|(words, _)| words.contains(&gerund));
            // The gerund itself, not a later word of taking away found
            // past it ("by cutting red tape" is no removal at all).
            if gerund.ends_with("ing")
                && (plain || with_particle)
                && let Some(r) = removal(tokens, k + 1)
                && (!plain || r == k + 2)
            {
                return Some((k, r));
            }
        }
        // A new predicate of its own: "they cannot wait to start, and the
        // fund opens while the old scheme is closed".
        // A conjunction after a comma or before a new subject ends the
        // reach; "step up and do more while ..." goes on.
        if matches!(tokens.norm(k), "and" | "but" | "so" | "or" | "because")
            && !(tokens.norm(k) == "and" && connector(tokens, k + 1).is_some())
            && (tokens.tokens[k].clause != tokens.tokens[k - 1].clause
                || (k + 1 < n && NEW_SUBJECTS.contains(&tokens.norm(k + 1))))
        {
            return None;
        }
        k += 1;
    }
    None
}

/// The first word at or after `after`, in the sentence of `i`, that is not
/// an adverb of [`INABILITY_ADVERBS`] ("cannot *credibly* ask").
fn past_adverbs(tokens: &Tokens, i: usize, mut after: usize) -> usize {
    while after < tokens.len()
        && same_sentence(tokens, i, after)
        && INABILITY_ADVERBS.contains(&tokens.norm(after))
    {
        after += 1;
    }
    after
}

/// The insufficiency after an inability at `i` whose verb comes at or
/// after `after`: the index of "on" and the index just past the means.
fn insufficiency(tokens: &Tokens, i: usize, mut after: usize) -> Option<(usize, usize)> {
    let n = tokens.len();
    after = past_adverbs(tokens, i, after);
    if after >= n || !SUSTAINING_VERBS.contains(&tokens.norm(after)) {
        return None;
    }
    let clause = tokens.tokens[after].clause;
    let in_clause = |k: usize| k < n && tokens.tokens[k].clause == clause;
    let on = (after + 1..after + 1 + MEANS_REACH)
        .take_while(|&k| in_clause(k))
        .find(|&k| tokens.norm(k) == "on")?;
    (on + 1..on + 1 + MEANS_WORDS_REACH)
        .take_while(|&k| in_clause(k))
        .find(|&k| {
            let w = tokens.norm(k);
            MEAGRE_MEANS.contains(&w)
                || QUALIFIED_MEANS
                    .iter()
                    .any(|&(q, m)| m == w && tokens.norm(k - 1) == q)
        })
        .map(|k| (on, k + 1))
}

/// A credit opening at `i` ("without", "but for", "if it hadn't been
/// for", "were it not for", "Had the bank not ...", "If the bank had not
/// ..."): its modal, the index just past the loss, and whether it is a
/// blame instead (the agenda itself missed, a loss denied).
fn credit(tokens: &Tokens, hits: &[Hit], i: usize) -> Option<(usize, usize, bool)> {
    let n = tokens.len();
    let norm = |k: usize| if k < n { tokens.norm(k) } else { "" };
    let sentence_start = i == 0 || !same_sentence(tokens, i - 1, i);
    // "without", "but for", "if it hadn't been for", "if it weren't for",
    // "if not for", and a sentence opening "Had the bank not ...".
    let opens = match norm(i) {
        "without" => true,
        "but" => norm(i + 1) == "for",
        "if" => {
            norm(i + 1) == "not" && norm(i + 2) == "for"
                || (norm(i + 1) == "it"
                    && (i + 2..(i + 6).min(n)).any(|k| norm(k) == "for")
                    && (i + 2..(i + 5).min(n))
                        .any(|k| matches!(norm(k), "hadn't" | "wasn't" | "weren't" | "not")))
        }
        "had" => sentence_start && inverted_condition(tokens, i).is_some(),
        // "Were it not for the Localism Act, ...".
        "were" => {
            norm(i + 1) == "it"
                && norm(i + 2) == "not"
                && norm(i + 3) == "for"
                && (sentence_start || tokens.tokens[i - 1].clause != tokens.tokens[i].clause)
        }
        _ => false,
    };
    // "If the bank had not backed the co-operative, ...": an inverted
    // condition's shape after "if".
    let opens = opens || (norm(i) == "if" && if_had_not(tokens, i));
    if !opens {
        return None;
    }
    // A condition set off by its comma may run longer.
    let reach = if norm(i) == "without" {
        CREDIT_MODAL_REACH
    } else {
        CONDITION_MODAL_REACH
    };
    let limit = (i + 1 + reach).min(n);
    // In its clause: not across "; ministers knew it would never work".
    let clause = tokens.tokens[i].clause;
    let modal = (i + 1..limit)
        .take_while(|&k| same_sentence(tokens, i, k) && tokens.tokens[k].clause <= clause + 1)
        .find(|&k| CREDIT_MODALS.contains(&tokens.norm(k)))?;
    if (i + 1..modal).any(|k| {
        let w = tokens.norm(k);
        CREDIT_DEMANDS.contains(&w)
            || REMOVAL_WORDS.contains(&w)
            || matches!(w, "said" | "says" | "told" | "announced" | "warned")
            || (norm(i) == "without" && k <= i + 2 && CREDIT_NEEDS.contains(&w))
    }) {
        return None;
    }
    // What is missed must be the agenda's: "Without the listing", "Without
    // the Big Society Bank", "Without that"; not "without consultation",
    // "without our volunteers".
    // The phrase runs from "without" (or the "for" of "but for", "if it
    // hadn't been for") to a new determiner or subject: in "Without our
    // volunteers the Big Society hall would have closed" it is "our
    // volunteers".
    let from = match norm(i) {
        "but" | "if" | "were" => (i + 1..modal)
            .find(|&k| norm(k) == "for")
            .map_or(i + 1, |k| k + 1),
        _ => i + 1,
    };
    // A condition ("Had the community not used its right to buy, ...",
    // "Were it not for the loan, ...") runs to the end of its clause.
    let clause_end = (norm(i) != "without")
        .then(|| (from + 1..modal).find(|&k| tokens.tokens[k].clause != tokens.tokens[from].clause))
        .flatten();
    let to = clause_end.unwrap_or_else(|| {
        (from + 1..modal)
            .find(|&k| NEW_SUBJECTS.contains(&norm(k)))
            .unwrap_or(modal)
    });
    let agenda = hits_between(hits, from, to)
        .iter()
        .any(|h| matches!(h.role, Role::Target | Role::Reference));
    let named = agenda
        || (from..to).any(|k| CREDIT_INSTRUMENTS.contains(&tokens.norm(k)))
        || (modal == i + 2 && matches!(norm(i + 1), "that" | "this" | "it"))
        // "Without it, none of this would have happened": a bare pointer
        // set off by its comma.
        || (matches!(norm(i + 1), "that" | "this" | "it")
            && i + 2 < n
            && tokens.tokens[i + 2].clause != tokens.tokens[i + 1].clause)
        || (modal == i + 3 && norm(i + 1) == "that" && norm(i + 2) == "there");
    if !named {
        return None;
    }
    let reach = (modal + 1..(modal + 1 + CREDIT_LOSS_REACH).min(n))
        .take_while(|&k| same_sentence(tokens, i, k));
    let denied_before = |end: usize| {
        (modal + 1..end).any(|k| {
            let w = tokens.norm(k);
            matches!(w, "not" | "never" | "no") || w.ends_with("n't")
        })
    };
    if let Some(end) = reach.clone().find(|&k| {
        let w = tokens.norm(k);
        CREDIT_LOSSES.contains(&w) || (w == "no" && matches!(norm(k - 1), "be" | "had"))
    }) {
        // "would never have lost", "would not have closed": a loss
        // denied, which blames the agenda when it is what is missed.
        return if !denied_before(end) {
            Some((modal, end + 1, false))
        } else if agenda && norm(i) != "if" {
            Some((modal, end + 1, true))
        } else {
            None
        };
    }
    // "would never have opened": a creation denied is a loss averted, and
    // so is one whose subject is denied ("none of this would have been
    // possible", "nothing would have happened").
    let subject_denied = norm(modal.saturating_sub(1)) == "nothing"
        || (modal >= 3
            && norm(modal - 3) == "none"
            && norm(modal - 2) == "of"
            && matches!(norm(modal - 1), "this" | "that" | "it" | "them"));
    reach
        .clone()
        .find(|&k| CREDIT_CREATIONS.contains(&tokens.norm(k)))
        .filter(|&end| subject_denied || denied_before(end))
        .map(|end| (modal, end + 1, false))
}

/// How many words a credit told after its creation ("would never have
/// happened without ...") may take to name what is missed.
const CREDIT_AFTER_REACH: usize = 6;
/// How far before such a credit its subject is searched for a fault.
const CREDIT_SUBJECT_REACH: usize = 30;

/// A credit told after the creation it denies, at "without" `i`: "the
/// club would never have happened without the grant", "none of this
/// would have been possible without the organisers". Its first token (the
/// modal, or "none" or "nothing" before it) and the index just past what
/// is missed.
fn credit_after(
    tokens: &Tokens,
    hits: &[Hit],
    entries: &[Entry],
    i: usize,
) -> Option<(usize, usize)> {
    let n = tokens.len();
    let norm = |k: usize| if k < n { tokens.norm(k) } else { "" };
    if norm(i) != "without" || i < 4 {
        return None;
    }
    // The creation just before "without", or one word before it ("would
    // never have happened here without").
    let created = (i.saturating_sub(2)..i)
        .rev()
        .find(|&k| CREDIT_CREATIONS.contains(&norm(k)) && same_sentence(tokens, k, i))?;
    let mut have = created - 1;
    if norm(have) == "been" {
        have = have.checked_sub(1)?;
    }
    if norm(have) != "have" || have < 2 || !same_sentence(tokens, have - 2, i) {
        return None;
    }
    let modal = |w: &str| CREDIT_MODALS.contains(&w) || w == "could";
    let start = match (norm(have - 2), norm(have - 1)) {
        (m, "never" | "not") if modal(m) => have - 2,
        (_, "wouldn't" | "couldn't") => have - 1,
        (_, "would" | "could") if norm(have - 2) == "nothing" => have - 2,
        (_, "would" | "could")
            if have >= 4
                && norm(have - 4) == "none"
                && norm(have - 3) == "of"
                && matches!(norm(have - 2), "this" | "that" | "it" | "them") =>
        {
            have - 4
        }
        _ => return None,
    };
    // What is missed must be the agenda's, as for a credit told first.
    let from = i + 1;
    if from >= n || !same_sentence(tokens, from, i) || CREDIT_NEEDS.contains(&norm(from)) {
        return None;
    }
    let clause = tokens.tokens[from].clause;
    let to = (from + 1..(from + CREDIT_AFTER_REACH).min(n))
        .find(|&k| tokens.tokens[k].clause != clause || NEW_SUBJECTS.contains(&norm(k)))
        .unwrap_or((from + CREDIT_AFTER_REACH).min(n));
    if (from..to).any(|k| CREDIT_DEMANDS.contains(&norm(k))) {
        return None;
    }
    let named = hits_between(hits, from, to)
        .iter()
        .any(|h| matches!(h.role, Role::Target | Role::Reference))
        || (from..to).any(|k| CREDIT_INSTRUMENTS.contains(&norm(k)))
        || (to == from + 1 && matches!(norm(from), "it" | "that" | "this" | "them"));
    if !named {
        return None;
    }
    // Not a fault credited: "the closures would never have happened
    // without it" blames. The subject is the sentence before the frame,
    // as far back as CREDIT_SUBJECT_REACH words (bounded, so a long
    // sentence of repeated frames stays linear).
    let sentence = tokens.tokens[i].sentence;
    let opening = (start.saturating_sub(CREDIT_SUBJECT_REACH)..start)
        .rev()
        .take_while(|&k| tokens.tokens[k].sentence == sentence)
        .last()
        .unwrap_or(start);
    if hits_between(hits, opening, start).iter().any(|h| {
        matches!(h.role, Role::Stance | Role::General)
            && entries[h.entry as usize].weight.is_some_and(|w| w < 0.0)
    }) {
        return None;
    }
    Some((start, to))
}

/// Whether "if" at `i` opens a condition of the inverted shape, "If the
/// bank had not put up the loan", "If the council hadn't listed it": a
/// short subject with no verb in it, "had not" or "hadn't", a participle.
fn if_had_not(tokens: &Tokens, i: usize) -> bool {
    let n = tokens.len();
    let norm = |k: usize| if k < n { tokens.norm(k) } else { "" };
    let Some(k) = (i + 2..(i + 2 + INVERTED_SUBJECT_MAX).min(n))
        .take_while(|&k| same_sentence(tokens, i, k))
        .find(|&k| norm(k) == "hadn't" || (norm(k) == "had" && norm(k + 1) == "not"))
    else {
        return false;
    };
    let participle_at = if norm(k) == "hadn't" { k + 1 } else { k + 2 };
    let next = norm(participle_at);
    !NOT_SUBJECT_OPENERS.contains(&norm(i + 1))
        && !(i + 1..k).any(|j| {
            matches!(
                norm(j),
                "is" | "was" | "are" | "were" | "be" | "has" | "have" | "had" | "do" | "did"
            )
        })
        && (next.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&next))
}

/// The hits starting in `from..to`, by binary search.
fn hits_between(hits: &[Hit], from: usize, to: usize) -> &[Hit] {
    let a = hits.partition_point(|h| (h.start as usize) < from);
    let b = hits.partition_point(|h| (h.start as usize) < to);
    &hits[a..b.max(a)]
}

/// An opportunity cost opening with "could" or "would" at `i` ("could
/// keep a youth club open all year for what it costs", "could have funded
/// ten centres for the price of"): the index just past its measure ("for
/// what", "for the price/cost of", "for the same money").
fn opportunity_cost(tokens: &Tokens, i: usize) -> Option<usize> {
    let n = tokens.len();
    let norm = |k: usize| if k < n { tokens.norm(k) } else { "" };
    // Said of those who hold the money, not of volunteers claiming value
    // ("we could run it for what the council spent on agency staff").
    if !matches!(norm(i), "could" | "would")
        || i == 0
        || !OPPORTUNITY_SUBJECTS.contains(&norm(i - 1))
    {
        return None;
    }
    let mut v = i + 1;
    if norm(v) == "have" {
        v += 1;
    }
    if !OPPORTUNITY_VERBS.contains(&norm(v)) || !same_sentence(tokens, i, v) {
        return None;
    }
    (v + 1..(v + 1 + OPPORTUNITY_REACH).min(n))
        .take_while(|&k| same_sentence(tokens, i, k))
        // Not the "for" of "pay for".
        .filter(|&k| norm(k) == "for" && !(k == v + 1 && matches!(norm(v), "pay" | "paid")))
        .find_map(|f| match (norm(f + 1), norm(f + 2), norm(f + 3)) {
            // "for what it costs", "for what the evening cost"; not "for
            // what they raised".
            ("what", _, _) => (f + 2..(f + 8).min(n))
                .take_while(|&k| same_sentence(tokens, i, k))
                .find(|&k| COST_VERBS.contains(&norm(k)))
                .map(|k| k + 1),
            ("the", "price" | "cost", "of") => Some(f + 4),
            ("the", "same", "money" | "price" | "cost") => Some(f + 4),
            _ => None,
        })
}

/// Whether a connector of simultaneity starts at `k`; the index after it.
fn connector(tokens: &Tokens, k: usize) -> Option<usize> {
    let norm = |j: usize| if j < tokens.len() { tokens.norm(j) } else { "" };
    match norm(k) {
        // Not "for a while", "all the while".
        "while" | "whilst" if !matches!(norm(k.wrapping_sub(1)), "a" | "the") || k == 0 => {
            Some(k + 1)
        }
        "when" => Some(k + 1),
        "even" if norm(k + 1) == "as" => Some(k + 2),
        "at" if norm(k + 1) == "the" && norm(k + 2) == "same" && norm(k + 3) == "time" => {
            Some(if norm(k + 4) == "as" { k + 5 } else { k + 4 })
        }
        _ => None,
    }
}

/// The index just past a word of taking away in the clause after a
/// connector ending at `from`, in the same sentence and voice.
fn removal(tokens: &Tokens, from: usize) -> Option<usize> {
    let n = tokens.len();
    if from == 0 || from >= n {
        return None;
    }
    let limit = (from + REMOVAL_REACH).min(n);
    let quoted = tokens.tokens[from - 1].quoted;
    let near = |r: usize, reach: usize| r + 1..(r + 1 + reach).min(n);
    for r in from..limit {
        if !same_sentence(tokens, from, r) || tokens.tokens[r].quoted != quoted {
            break;
        }
        let w = tokens.norm(r);
        let burden = || near(r, BURDEN_REACH).any(|k| BURDEN_WORDS.contains(&tokens.norm(k)));
        if REMOVAL_WORDS.contains(&w) && !burden() {
            return Some(r + 1);
        }
        if VANISHING_WORDS.contains(&w) && (from..r).any(|k| MONEY_WORDS.contains(&tokens.norm(k)))
        {
            return Some(r + 1);
        }
        for (words, particles) in REMOVAL_WITH_PARTICLE {
            if words.contains(&w)
                && let Some(p) =
                    near(r, PARTICLE_REACH).find(|&k| particles.contains(&tokens.norm(k)))
                && !near(p, BURDEN_REACH).any(|k| BURDEN_WORDS.contains(&tokens.norm(k)))
            {
                return Some(p + 1);
            }
        }
    }
    None
}

/// Copulas that may stand just before "exactly": "That is precisely what
/// ...", "Pat is exactly what ...", "is that not exactly what ...".
const EXEMPLAR_COPULAS: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "being", "seems", "sounds", "looks", "not",
];

/// Subjects before the copula that make a bare "what" a question, not an
/// exemplar: "The question is what the Big Society is for".
const QUESTION_SUBJECTS: &[&str] = &[
    "question",
    "questions",
    "issue",
    "problem",
    "test",
    "point",
    "puzzle",
    "mystery",
    "debate",
    "argument",
    "answer",
    "uncertainty",
    "doubt",
    "confusion",
    "dispute",
    "challenge",
    "trick",
    "difficulty",
    "task",
    "unclear",
    "clear",
    "asked",
    "asking",
    "wonder",
];

/// Predicates after the target naming what it is for: "is about", "was all
/// about", "means", "stands for", "was meant to ...", "was designed for".
/// Verbs of helping someone, after a past "was meant to": what the agenda
/// was for, not what it is.
const MEANT_TO_HELP: &[&str] = &[
    "revive",
    "help",
    "rescue",
    "reach",
    "serve",
    "benefit",
    "save",
    "regenerate",
    "transform",
    "lift",
    "empower",
];

fn exemplar_predicate(tokens: &Tokens, j: usize) -> Option<usize> {
    let n = tokens.len();
    let norm = |k: usize| if k < n { tokens.norm(k) } else { "" };
    match norm(j) {
        "means" | "meant" if norm(j + 1) == "to" && norm(j.wrapping_sub(1)) != "is" => None,
        "means" | "meant" => Some(j + 1),
        "stands" | "stood" if norm(j + 1) == "for" => Some(j + 2),
        "had" | "has" if norm(j + 1) == "in" && norm(j + 2) == "mind" => Some(j + 3),
        "ought" if norm(j + 1) == "to" => Some(j + 2),
        "is" | "was" | "are" | "were" => {
            let mut k = j + 1;
            while matches!(norm(k), "all" | "really" | "always" | "ever" | "truly") {
                k += 1;
            }
            match norm(k) {
                "about" | "for" => Some(k + 1),
                // The place it was meant to help, in the past: "precisely
                // the sort of place the Big Society was meant to revive"
                // names whom it was for, ahead of the shortfall.
                "meant" | "supposed" | "designed" | "intended"
                    if matches!(norm(j), "was" | "were")
                        && norm(k + 1) == "to"
                        && MEANT_TO_HELP.contains(&norm(k + 2)) =>
                {
                    None
                }
                "meant" | "supposed" | "designed" | "intended" | "created" | "set"
                    if matches!(norm(k + 1), "to" | "for" | "up") =>
                {
                    Some(k + 2)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// An exemplar at `i` ("exactly", "precisely", "just" after a copula,
/// then "what" or "the kind/sort/type of"): its first token and the index
/// just past its predicate. A negative question asks the reader to agree
/// ("Is that not exactly what the big society is about?", "Isn't that
/// precisely what ..."): the frame then takes in its negator, which so
/// denies nothing.
fn exemplar(tokens: &Tokens, hits: &[Hit], entries: &[Entry], i: usize) -> Option<(usize, usize)> {
    let n = tokens.len();
    let norm = |k: usize| if k < n { tokens.norm(k) } else { "" };
    if i == 0 {
        return None;
    }
    // "That is what localism stands for", "is everything the Big Society
    // was meant to be", "a textbook example of what localism is for".
    // Not a question put as a subject: "The question is what the Big
    // Society is for", "What nobody can explain is what it means".
    let sentence = tokens.tokens[i].sentence;
    let opening = tokens.tokens.partition_point(|t| t.sentence < sentence);
    let pointed = i >= 2
        && EXEMPLAR_COPULAS.contains(&norm(i - 1))
        && norm(i - 1) != "not"
        && !QUESTION_SUBJECTS.contains(&norm(i - 2))
        && !matches!(norm(opening), "what" | "how" | "why" | "whether");
    if matches!(norm(i), "what" | "everything")
        && (pointed || (norm(i - 1) == "of" && i >= 2 && norm(i - 2) == "example"))
    {
        // "Is that not a perfect example of what localism is for?" asks
        // for agreement, as "Is that not exactly what ..." does.
        let question = tokens.is_question(tokens.tokens[i].sentence);
        let start = (i.saturating_sub(5)..i)
            .find(|&k| {
                question
                    && same_sentence(tokens, k, i)
                    && matches!(norm(k), "not" | "isn't" | "wasn't")
            })
            .unwrap_or(i);
        return exemplar_from(tokens, hits, entries, i, start, i + 1);
    }
    if !matches!(norm(i), "exactly" | "precisely" | "just") {
        return None;
    }
    let question = || tokens.is_question(tokens.tokens[i].sentence);
    let start = match norm(i - 1) {
        "not" if question() => i - 1,
        "that" | "this" | "it"
            if i >= 2 && matches!(norm(i - 2), "isn't" | "wasn't" | "aren't") && question() =>
        {
            i - 2
        }
        w if EXEMPLAR_COPULAS.contains(&w) => i,
        _ => return None,
    };
    let after = match norm(i + 1) {
        "what" => i + 2,
        "the" if matches!(norm(i + 2), "kind" | "sort" | "type") && norm(i + 3) == "of" => i + 4,
        _ => return None,
    };
    exemplar_from(tokens, hits, entries, i, start, after)
}

/// The rest of an exemplar whose wh-word or "kind of" ends at `after`:
/// the target, then its predicate, in the sentence of `i`, and no "if"
/// or "whether" before it in the clause ("If this is what the Big Society
/// means, you can keep it").
fn exemplar_from(
    tokens: &Tokens,
    hits: &[Hit],
    entries: &[Entry],
    i: usize,
    start: usize,
    after: usize,
) -> Option<(usize, usize)> {
    let n = tokens.len();
    // The hits from "exactly" on, found by binary search: a long
    // paragraph of exemplars stays linear.
    let from = hits.partition_point(|h| (h.start as usize) < i);
    let before = &hits[..from];
    let hits = &hits[from..];
    let clause = tokens.tokens[start].clause;
    let first = tokens.tokens.partition_point(|t| t.clause < clause);
    if (first..start).any(|k| matches!(tokens.norm(k), "if" | "whether" | "unless")) {
        return None;
    }
    let limit = (after + EXEMPLAR_REACH).min(n);
    let mut named = false;
    let window = &hits[..hits.partition_point(|h| (h.start as usize) < limit)];
    // The meaning named before the target, which closes its clause: "This
    // is what people mean by the Big Society", "exactly what they mean
    // when they talk about localism". No fault before it.
    if let Some(h) = window
        .iter()
        .find(|h| matches!(h.role, Role::Target | Role::Reference) && h.start as usize >= after)
    {
        let (mut t, e) = (h.start as usize, h.end as usize);
        if t > after && tokens.norm(t - 1) == "the" {
            t -= 1;
        }
        let closes = e >= n || tokens.tokens[e].clause != tokens.tokens[e - 1].clause;
        let meaning = t >= 2
            && same_sentence(tokens, i, e - 1)
            && (after..t - 1).any(|k| matches!(tokens.norm(k), "mean" | "means" | "meant"))
            && (tokens.norm(t - 1) == "by"
                || (tokens.norm(t - 1) == "about"
                    && matches!(tokens.norm(t - 2), "talk" | "talks" | "speak" | "speaks")));
        let fault = window.iter().any(|o| {
            matches!(o.role, Role::Stance | Role::General)
                && (after..t).contains(&(o.start as usize))
                && entries[o.entry as usize].weight.is_some_and(|w| w < 0.0)
        });
        // Not the sneer of a discovery: "So this is what they mean by the
        // Big Society", or the same put as a question.
        let sentence = tokens.tokens[i].sentence;
        let opening = tokens.tokens.partition_point(|t| t.sentence < sentence);
        // Nor irony: "This, apparently, is what people mean by ...", or a
        // fault just described, in its sentence or the one before ("Forty
        // libraries have closed. This is what they mean by ...").
        let closing = tokens.tokens.partition_point(|t| t.sentence <= sentence);
        let ironic = (opening..closing).any(|k| {
            matches!(
                tokens.norm(k),
                "apparently" | "supposedly" | "presumably" | "sneered"
            )
        }) || before.iter().rev().take(16).any(|o| {
            matches!(o.role, Role::Stance | Role::General)
                && tokens.tokens[o.start as usize].sentence + 1 >= sentence
                && entries[o.entry as usize].weight.is_some_and(|w| w < 0.0)
        });
        let sneer = tokens.norm(opening) == "so" || tokens.is_question(sentence) || ironic;
        if closes && meaning && !fault && !sneer {
            return Some((start, e));
        }
    }
    for j in after..limit {
        if !same_sentence(tokens, i, j) {
            return None;
        }
        if window.iter().any(|h| {
            matches!(h.role, Role::Target | Role::Reference)
                && h.end as usize == j
                && h.start as usize >= after
        }) {
            named = true;
        }
        // "exactly the kind of cost-cutting the Big Society was designed
        // to disguise": a fault named before the target is no exemplar.
        if !named
            && window.iter().any(|h| {
                matches!(h.role, Role::Stance | Role::General)
                    && h.start as usize == j
                    && entries[h.entry as usize].weight.is_some_and(|w| w < 0.0)
            })
        {
            return None;
        }
        if named && let Some(end) = exemplar_predicate(tokens, j) {
            // A lexicon entry over the same words already counts it
            // ("what the big society was meant to be about").
            let covered = window.iter().any(|h| {
                matches!(h.role, Role::Stance | Role::General)
                    && (i..=j).contains(&(h.start as usize))
                    && h.end as usize > j
            });
            return (!covered && same_sentence(tokens, i, end - 1)).then_some((start, end));
        }
    }
    None
}

/// Participles that follow the "not" of an inverted condition besides
/// those ending "-ed": "Had the bank not put up the loan".
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "been", "had", "put", "set", "cut", "made", "done", "seen", "known", "got", "given", "taken",
    "kept", "come", "gone", "won", "lost", "paid", "built", "run", "sold", "told", "found", "left",
    "brought", "bought", "held", "meant", "sent", "spent", "stood", "taught", "thought", "written",
    "shown", "grown", "chosen", "fallen", "begun", "become", "broken", "spoken", "driven", "risen",
    "stepped", "lent", "sent", "backed", "offered", "kept", "bid", "fought", "met", "heard",
];
/// Words that cannot open the subject of an inverted condition: "Had a
/// feeling ...", "Had no idea ..." are a plain past with its subject
/// dropped.
const NOT_SUBJECT_OPENERS: &[&str] = &[
    "a", "an", "no", "to", "never", "just", "been", "some", "any", "enough", "little", "nothing",
    "not",
];
/// The longest subject of an inverted condition, in words.
const INVERTED_SUBJECT_MAX: usize = 4;

/// Whether "had" at `i` opens an inverted condition, "Had the council not
/// cut the grant", "Had it not been for the loan": a short subject with
/// no verb in it, "not", then a participle. The index of its "not".
/// "Had we known it was not a success" and "Had a feeling it was not" are
/// not conditions of this shape.
pub(crate) fn inverted_condition(tokens: &Tokens, i: usize) -> Option<usize> {
    let n = tokens.len();
    if tokens.norm(i) != "had" {
        return None;
    }
    let not = (i + 2..(i + 2 + INVERTED_SUBJECT_MAX).min(n))
        .take_while(|&k| same_sentence(tokens, i, k))
        .find(|&k| tokens.norm(k) == "not")?;
    let verbish = |w: &str| {
        matches!(
            w,
            "is" | "was" | "are" | "were" | "be" | "has" | "have" | "had" | "do" | "did" | "does"
        ) || w.ends_with("ed")
            || w.ends_with("wn")
            || IRREGULAR_PARTICIPLES.contains(&w)
    };
    let next = if not + 1 < n {
        tokens.norm(not + 1)
    } else {
        ""
    };
    let participle = next.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&next);
    (!NOT_SUBJECT_OPENERS.contains(&tokens.norm(i + 1))
        && !(i + 1..not).any(|k| verbish(tokens.norm(k)))
        && participle)
        .then_some(not)
}
