//! Matching lexicon patterns against a paragraph's tokens: multi-word
//! expressions and `*` suffix wildcards, longest match first, in one pass
//! with a hash lookup per token.

use rustc_hash::FxHashMap;

use crate::lexicon::{LexiconSet, NUMBER_WORD, PatternWord, Role, Text};
use crate::tokenize::Tokens;

/// One match of a lexicon entry: tokens `start..end` of the paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`LexiconSet::entries`].
    pub entry: u32,
    pub role: Role,
    /// First token of the match.
    pub start: u32,
    /// One past the last token of the match.
    pub end: u32,
}

/// A pattern word after compilation: an exact word as its vocabulary
/// number, or a wildcard stem.
#[derive(Debug, Clone)]
enum Word {
    Id(u32),
    Stem(Text),
    /// `#`: a number, with the words that round it ("more than", "nearly").
    Number,
}

/// The word entries of a lexicon set, compiled for lookup by first word.
///
/// Every exact pattern word gets a number; each token is looked up once in
/// that vocabulary, and patterns are then compared number by number, so a
/// common first word ("the") costs integer compares, not string compares.
/// Built at every start, so it is laid out in a few flat vectors rather
/// than thousands of small ones.
#[derive(Debug, Clone)]
pub struct Matcher {
    /// Exact pattern words -> vocabulary number.
    vocab: FxHashMap<Text, u32>,
    /// Entries whose first word is vocabulary number `n`:
    /// `first_entries[first_start[n]..first_start[n + 1]]`. Within that
    /// range, those with no second word or a wildcard one come first, up to
    /// `first_split[n]`; the rest are sorted by their second word's number
    /// (`second`), so a common first word ("we", "more", "the") is narrowed
    /// by a binary search on the next token instead of a scan.
    first_start: Vec<u32>,
    first_split: Vec<u32>,
    first_entries: Vec<u32>,
    /// Per entry: vocabulary number of its second word, or `NO_WORD` when
    /// it has none or it is a wildcard.
    second: Vec<u32>,
    /// First-word stem of a wildcard -> entries starting with it.
    prefix: FxHashMap<Text, Vec<u32>>,
    /// Distinct byte lengths of the stems in `prefix`, ascending.
    prefix_lens: Vec<usize>,
    /// Per entry: its role and where its words after the first lie in
    /// `rest`.
    entries: Vec<(Role, u32, u32)>,
    /// Per entry: how many of its words are wildcards. Of two matches of
    /// the same span and role, the one with fewer wins, so an exact word
    /// ("sneerers") is not hidden by a stem ("sneer*").
    wildcards: Vec<u8>,
    rest: Vec<Word>,
    /// Vocabulary numbers of "per" and "cent", which a "%" after a `#`
    /// stands for.
    per_cent: Option<(u32, u32)>,
    /// Bitmap over a hash of the first three bytes of every stem.
    stem_starts: Vec<u64>,
}

/// Vocabulary number of a token that is no exact pattern word.
const NO_WORD: u32 = u32::MAX;

/// The word a pattern word or token is matched as. The possessives "its"
/// and "their" stand for each other: whether a scheme misses "its" or
/// "their" targets, whether a council washes "its" or "their" hands of a
/// library, is the same verdict, and listing every entry twice would
/// leave one form missing wherever a list forgot it.
pub fn match_word(w: &str) -> &str {
    match w {
        "their" => "its",
        _ => w,
    }
}

/// Words that round a number, taken into a `#` before it: "raised more
/// than £600", "reached nearly 30,000".
const ROUNDING: &[&[&str]] = &[
    &["more", "than"],
    &["over"],
    &["well", "over"],
    &["nearly"],
    &["almost"],
    &["around"],
    &["about"],
    &["some"],
    &["roughly"],
    &["approximately"],
    &["up", "to"],
    &["close", "to"],
    &["upwards", "of"],
    &["in", "excess", "of"],
    &["at", "least"],
    &["an", "estimated"],
];

/// Number words a `#` matches besides figures.
const NUMBER_WORDS: &[&str] = &[
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "tens",
];

/// Whether a folded token is a number for `#`: a figure ("1,500", "600m",
/// "3.5", "90-million-pound"; "£" and "%" are not part of the word), or a
/// plural number word ("thousands"). A bare four-digit year ("2012",
/// 1900 to 2099) is a date, not a quantity ("invested 2012's surplus"),
/// unless a currency or per cent sign marks it as a figure ("£2000"; see
/// [`is_number_at`]).
fn is_number(norm: &str) -> bool {
    let b = norm.as_bytes();
    match b.first() {
        Some(c) if c.is_ascii_digit() => {
            !(b.len() == 4
                && b.iter().all(u8::is_ascii_digit)
                && (norm.starts_with("19") || norm.starts_with("20")))
        }
        Some(_) => NUMBER_WORDS.contains(&norm),
        None => false,
    }
}

/// Whether token `i` is a number for `#`: [`is_number`], or a figure a
/// currency or per cent sign marks ("£2000", "2000%"), which no year is.
fn is_number_at(tokens: &Tokens, i: usize) -> bool {
    let norm = tokens.norm(i);
    let t = &tokens.tokens[i];
    is_number(norm)
        || ((t.currency || t.percent) && norm.as_bytes().first().is_some_and(u8::is_ascii_digit))
}

/// Where a `#` that starts at token `at` ends: the index of its number,
/// after at most one rounding phrase ("more than", "nearly"); `None` when
/// no number follows. With `whole`, no punctuation may split it.
fn number_end(tokens: &Tokens, at: usize, whole: bool) -> Option<usize> {
    let n = tokens.len();
    let joined = |from: usize, to: usize| !whole || (from..to).all(|i| tokens.tokens[i].joined);
    if is_number_at(tokens, at) {
        return Some(at);
    }
    for phrase in ROUNDING {
        let num = at + phrase.len();
        if num < n
            && phrase
                .iter()
                .enumerate()
                .all(|(k, w)| tokens.norm(at + k) == *w)
            && is_number_at(tokens, num)
            && joined(at, num)
            // "invested over ten years" is a length of time.
            && !(num + 1 < n
                && matches!(
                    tokens.norm(num + 1),
                    "years" | "months" | "weeks" | "days" | "decades" | "hours"
                ))
        {
            return Some(num);
        }
    }
    None
}

/// Bits in the stem-start bitmap.
const STEM_START_BITS: usize = 1 << 16;
/// Every stem has at least this many bytes (the lexicon requires four
/// characters), so a word shorter than this matches no wildcard.
const MIN_STEM_BYTES: usize = 3;

fn stem_start_bit(b: &[u8]) -> usize {
    let h = (b[0] as usize) | ((b[1] as usize) << 8) | ((b[2] as usize) << 16);
    (h.wrapping_mul(0x9E37_79B1) >> 8) & (STEM_START_BITS - 1)
}

impl Matcher {
    /// Compiles every word entry of `set` (boilerplate regexes are separate).
    pub fn new(set: &LexiconSet) -> Matcher {
        let n_words: usize = set.entries.iter().map(|e| e.words.len()).sum();
        let mut vocab: FxHashMap<Text, u32> =
            FxHashMap::with_capacity_and_hasher(n_words, Default::default());
        let mut intern = |w: &PatternWord| -> Word {
            if !w.wildcard && w.text == NUMBER_WORD {
                return Word::Number;
            }
            if w.wildcard {
                return Word::Stem(w.text.clone());
            }
            let next = vocab.len() as u32;
            let text = match match_word(&w.text) {
                m if m == &*w.text => w.text.clone(),
                m => Text::Owned(m.to_string()),
            };
            Word::Id(*vocab.entry(text).or_insert(next))
        };
        let mut firsts = Vec::with_capacity(set.entries.len());
        let wildcards: Vec<u8> = set
            .entries
            .iter()
            .map(|e| {
                // A `#` counts as a wildcard: an exact entry over the same
                // words wins.
                e.words
                    .iter()
                    .filter(|w| w.wildcard || w.text == NUMBER_WORD)
                    .count()
                    .min(255) as u8
            })
            .collect();
        let mut entries = Vec::with_capacity(set.entries.len());
        let mut rest = Vec::with_capacity(n_words);
        for e in &set.entries {
            let mut words = e.words.iter();
            firsts.push(words.next().map(&mut intern));
            let start = rest.len() as u32;
            rest.extend(words.map(&mut intern));
            entries.push((e.role, start, rest.len() as u32));
        }
        // Entries by first word, as one vector cut by offsets.
        let mut first_start = vec![0u32; vocab.len() + 1];
        for first in &firsts {
            if let Some(Word::Id(id)) = first {
                first_start[*id as usize + 1] += 1;
            }
        }
        for i in 1..first_start.len() {
            first_start[i] += first_start[i - 1];
        }
        let mut fill = first_start.clone();
        let mut first_entries = vec![0u32; *first_start.last().unwrap_or(&0) as usize];
        let mut prefix: FxHashMap<Text, Vec<u32>> = FxHashMap::default();
        for (i, first) in firsts.into_iter().enumerate() {
            match first {
                Some(Word::Id(id)) => {
                    let at = &mut fill[id as usize];
                    first_entries[*at as usize] = i as u32;
                    *at += 1;
                }
                Some(Word::Stem(stem)) => prefix.entry(stem).or_default().push(i as u32),
                // `#` never opens a pattern: such a line is a comment.
                Some(Word::Number) | None => {}
            }
        }
        let second: Vec<u32> = entries
            .iter()
            .map(|&(_, a, b)| match rest[a as usize..b as usize].first() {
                Some(Word::Id(id)) => *id,
                _ => NO_WORD,
            })
            .collect();
        let mut first_split = vec![0u32; vocab.len()];
        for n in 0..vocab.len() {
            let range = first_start[n] as usize..first_start[n + 1] as usize;
            let slice = &mut first_entries[range.clone()];
            // NO_WORD is u32::MAX: map it below every real number.
            slice.sort_by_key(|&e| (second[e as usize].wrapping_add(1), e));
            let loose = slice.partition_point(|&e| second[e as usize] == NO_WORD);
            first_split[n] = (range.start + loose) as u32;
        }
        let mut stem_starts = vec![0u64; STEM_START_BITS / 64];
        for stem in prefix.keys() {
            let bit = stem_start_bit(stem.as_bytes());
            stem_starts[bit / 64] |= 1 << (bit % 64);
        }
        let mut prefix_lens: Vec<usize> = prefix.keys().map(|k| k.len()).collect();
        prefix_lens.sort_unstable();
        prefix_lens.dedup();
        let per_cent = vocab.get("per").copied().zip(vocab.get("cent").copied());
        Matcher {
            per_cent,
            vocab,
            first_start,
            first_split,
            first_entries,
            second,
            prefix,
            prefix_lens,
            entries,
            wildcards,
            rest,
            stem_starts,
        }
    }

    /// Entries whose first word is vocabulary number `id` and that could
    /// match with `next` (the next token's number, `NO_WORD` for none) as
    /// their second word: those with no exact second word, then those
    /// whose second word is `next`.
    fn by_first(&self, id: u32, next: u32) -> (&[u32], &[u32]) {
        let (a, split, b) = (
            self.first_start[id as usize] as usize,
            self.first_split[id as usize] as usize,
            self.first_start[id as usize + 1] as usize,
        );
        let loose = &self.first_entries[a..split];
        if next == NO_WORD {
            return (loose, &[]);
        }
        let sorted = &self.first_entries[split..b];
        let lo = sorted.partition_point(|&e| self.second[e as usize] < next);
        let hi = lo + sorted[lo..].partition_point(|&e| self.second[e as usize] == next);
        (loose, &sorted[lo..hi])
    }

    /// Whether entry `id`'s words after the first match the tokens after
    /// `pos`; returns the end position.
    fn matches_at(&self, id: u32, tokens: &Tokens, ids: &[u32], pos: usize) -> Option<usize> {
        let (role, a, b) = self.entries[id as usize];
        let rest = &self.rest[a as usize..b as usize];
        // A name or a verdict does not run across punctuation ("the
        // community. Organisers said"); cues may, and their rules judge
        // a split ("What, exactly, has ...").
        let whole = matches!(
            role,
            Role::Target | Role::Reference | Role::Rival | Role::Stance | Role::General
        );
        let mut at = pos + 1;
        let mut i = 0;
        while i < rest.len() {
            if at >= ids.len() || (whole && !tokens.tokens[at - 1].joined) {
                return None;
            }
            match &rest[i] {
                Word::Id(want) if ids[at] == *want => {}
                Word::Stem(stem) if tokens.norm(at).starts_with(&**stem) => {}
                Word::Number => {
                    at = number_end(tokens, at, whole)?;
                    // "23%" is "23 per cent": the sign stands for the two
                    // pattern words after the `#`.
                    if tokens.tokens[at].percent
                        && matches!(
                            (self.per_cent, rest.get(i + 1..i + 3)),
                            (Some((p, c)), Some([Word::Id(x), Word::Id(y)])) if *x == p && *y == c
                        )
                    {
                        i += 2;
                    }
                }
                _ => return None,
            }
            at += 1;
            i += 1;
        }
        Some(at)
    }

    /// Finds all matches in `tokens`, appending them to `out` sorted by start.
    ///
    /// Within each role, matches do not overlap: scanning left to right, the
    /// longest match at a position wins. `Stance` and `General` are resolved
    /// together, with `Stance` winning a tie, so a domain phrase is never
    /// counted twice through a general word inside it.
    pub fn find(&self, tokens: &Tokens, out: &mut Vec<Hit>) {
        out.clear();
        let ids: Vec<u32> = (0..tokens.len())
            .map(|i| {
                self.vocab
                    .get(match_word(tokens.norm(i)))
                    .copied()
                    .unwrap_or(NO_WORD)
            })
            .collect();
        // Every candidate match, found in one pass; `out` is the buffer.
        for pos in 0..tokens.len() {
            if ids[pos] != NO_WORD {
                let next = ids.get(pos + 1).copied().unwrap_or(NO_WORD);
                let (loose, exact) = self.by_first(ids[pos], next);
                self.push_candidates(loose, tokens, &ids, pos, out);
                self.push_candidates(exact, tokens, &ids, pos, out);
            }
            let norm = tokens.norm(pos);
            if !self.may_have_stem(norm) {
                continue;
            }
            for &len in &self.prefix_lens {
                // A stem may equal the whole word: "fail*" matches "fail".
                if len > norm.len() {
                    break;
                }
                if !norm.is_char_boundary(len) {
                    continue;
                }
                if let Some(cands) = self.prefix.get(&norm[..len]) {
                    self.push_candidates(cands, tokens, &ids, pos, out);
                }
            }
        }
        // Greedy per group: sort by (group, start, longer first, priority:
        // role, then fewer wildcards, then file order) and keep each
        // candidate that starts after the last kept one ends.
        out.sort_unstable_by_key(|h| {
            (
                group(h.role),
                h.start,
                std::cmp::Reverse(h.end),
                h.role,
                self.wildcards[h.entry as usize],
                // Of two over the same words, the one with more pattern
                // words: "reach # per cent" over "reach #" on "reach 23%".
                std::cmp::Reverse({
                    let (_, a, b) = self.entries[h.entry as usize];
                    b - a
                }),
                h.entry,
            )
        });
        // A cue (any group but stance and general language) that starts
        // inside the last kept one of its group and is longer replaces it:
        // "wrong to think" over "are wrong" in "they are wrong to think".
        // Terms keep the leftmost match, which the lexicon's entries are
        // written for.
        let mut kept = 0;
        for i in 0..out.len() {
            let h = out[i];
            let g = group(h.role);
            if kept > 0 && group(out[kept - 1].role) == g && h.start < out[kept - 1].end {
                let last = out[kept - 1];
                if g != Role::Stance && h.end > last.end && h.end - h.start > last.end - last.start
                {
                    out[kept - 1] = h;
                }
                continue;
            }
            out[kept] = h;
            kept += 1;
        }
        out.truncate(kept);
        out.sort_unstable_by_key(|h| (h.start, h.end, h.role));
    }

    /// Whether some wildcard stem could start `norm`: a bitmap of the stems'
    /// first three bytes rules out most words with one lookup, before any
    /// hashing of prefixes.
    fn may_have_stem(&self, norm: &str) -> bool {
        let b = norm.as_bytes();
        if b.len() < MIN_STEM_BYTES {
            return false;
        }
        let bit = stem_start_bit(b);
        self.stem_starts[bit / 64] & (1 << (bit % 64)) != 0
    }

    fn push_candidates(
        &self,
        cands: &[u32],
        tokens: &Tokens,
        ids: &[u32],
        pos: usize,
        out: &mut Vec<Hit>,
    ) {
        for &id in cands {
            if let Some(end) = self.matches_at(id, tokens, ids, pos) {
                out.push(Hit {
                    entry: id,
                    role: self.entries[id as usize].0,
                    start: pos as u32,
                    end: end as u32,
                });
            }
        }
    }
}

/// Roles that compete for the same tokens. Stance and general language are
/// one group; every other role is its own.
fn group(role: Role) -> Role {
    match role {
        Role::General => Role::Stance,
        r => r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{EMBEDDED, parse_set};
    use crate::tokenize::tokenize;

    fn set_with(stance: &str, general: &str, targets: &str) -> LexiconSet {
        let files: Vec<(Role, String)> = EMBEDDED
            .iter()
            .map(|(r, t)| {
                let text = match r {
                    Role::Stance => stance.to_string(),
                    Role::General => general.to_string(),
                    Role::Target => targets.to_string(),
                    _ => t.to_string(),
                };
                (*r, text)
            })
            .collect();
        parse_set(None, &files).unwrap()
    }

    fn hits(set: &LexiconSet, text: &str, role: Role) -> Vec<String> {
        let m = Matcher::new(set);
        let t = tokenize(text);
        let mut out = Vec::new();
        m.find(&t, &mut out);
        out.iter()
            .filter(|h| h.role == role)
            .map(|h| set.entries[h.entry as usize].pattern.to_string())
            .collect()
    }

    #[test]
    fn a_longer_cue_starting_inside_another_replaces_it() {
        let set = set_with("", "", "big society\n");
        // Both are embedded rebuttal cues: "are mistaken" and "mistaken to
        // think" overlap, and the longer one, starting later, wins.
        assert_eq!(
            hits(&set, "Critics are mistaken to think so.", Role::Rebuttal),
            vec!["mistaken to think"]
        );
        assert_eq!(
            hits(&set, "The critics are mistaken.", Role::Rebuttal),
            vec!["are mistaken"]
        );
        // Terms keep the leftmost match.
        let set = set_with("cover for -1\nfor cuts -2\n", "", "big society\n");
        assert_eq!(
            hits(&set, "A cover for cuts.", Role::Stance),
            vec!["cover for"]
        );
    }

    #[test]
    fn multi_word_and_longest_match() {
        let set = set_with(
            "cover for cuts -3\ncover -1\n",
            "",
            "big society\nbig society bank\n",
        );
        assert_eq!(
            hits(&set, "A cover for cuts.", Role::Stance),
            vec!["cover for cuts"]
        );
        assert_eq!(
            hits(&set, "A cover for nothing.", Role::Stance),
            vec!["cover"]
        );
        assert_eq!(
            hits(
                &set,
                "The Big Society Bank and the big society",
                Role::Target
            ),
            vec!["big society bank", "big society"]
        );
    }

    #[test]
    fn phrases_do_not_run_across_punctuation() {
        let set = set_with(
            "mutual support 1\nstatus done 1.5\nso-called big society -1\n",
            "",
            "big society\nbig society bank\ncommunity organisers\n",
        );
        // A sentence end or a comma splits a name or a verdict.
        assert!(
            hits(
                &set,
                "He praised the community. Organisers said no.",
                Role::Target
            )
            .is_empty()
        );
        assert_eq!(
            hits(&set, "A big society, bank staff said.", Role::Target),
            vec!["big society"]
        );
        assert!(hits(&set, "Form a mutual. Support is offered.", Role::Stance).is_empty());
        // Line breaks, quotation marks and a label's colon do not.
        assert_eq!(
            hits(&set, "the community\norganisers", Role::Target),
            vec!["community organisers"]
        );
        assert_eq!(
            hits(
                &set,
                "the so-called \u{2018}Big Society\u{2019}",
                Role::Stance
            ),
            vec!["so-called big society"]
        );
        assert_eq!(
            hits(&set, "Status: Done - it opened.", Role::Stance),
            vec!["status done"]
        );
    }

    #[test]
    fn a_number_word_matches_figures_with_their_rounding() {
        let set = set_with(
            "",
            "raised # for 1\nonly # of -1\ndrew # times as many 1\n",
            "big society\n",
        );
        for text in [
            "They raised £600 for a hospice.",
            "They raised more than £1,200 for the shelter.",
            "They raised nearly 3.5m for it.",
            "They raised thousands for the club.",
        ] {
            assert_eq!(
                hits(&set, text, Role::General),
                vec!["raised # for"],
                "{text}"
            );
        }
        assert_eq!(
            hits(&set, "Only 18% of the money arrived.", Role::General),
            vec!["only # of"]
        );
        assert_eq!(
            hits(&set, "It drew 4 times as many.", Role::General),
            vec!["drew # times as many"]
        );
        // A currency or per cent sign keeps a phrase joined; "%" is "per
        // cent" after a `#`, and a sign makes a four-digit figure no year.
        let set2 = set_with(
            "",
            "reached # per cent 0.05\nonly # per cent -1\nraised # for 1\n",
            "big society\n",
        );
        for (text, want) in [
            ("Its share reached 23% in May.", "reached # per cent"),
            (
                "Its share reached 23 per cent in May.",
                "reached # per cent",
            ),
            ("It was only 6%.", "only # per cent"),
            ("They raised £2000 for it.", "raised # for"),
            ("They raised $1,200 for it.", "raised # for"),
        ] {
            assert_eq!(hits(&set2, text, Role::General), vec![want], "{text}");
        }
        // A year is a date, a word is no number, and punctuation splits.
        for text in [
            "They raised 2012 for it.",
            "They raised money for it.",
            "They raised more than enough for it.",
            "They raised, in the end, 600 for it.",
            "They raised more than, say, 600 for it.",
            "They raised over 3 years for it.",
        ] {
            assert!(hits(&set, text, Role::General).is_empty(), "{text}");
        }
    }

    #[test]
    fn wildcards_match_prefixes_in_any_word_position() {
        let set = set_with("undermin* -1\nfailed to deliv* -2\n", "", "big society\n");
        assert_eq!(
            hits(&set, "It undermines and undermined", Role::Stance),
            vec!["undermin*", "undermin*"]
        );
        assert_eq!(
            hits(&set, "It failed to deliver.", Role::Stance),
            vec!["failed to deliv*"]
        );
        assert!(hits(&set, "It failed to arrive.", Role::Stance).is_empty());
    }

    #[test]
    fn an_exact_word_beats_a_stem_of_the_same_span() {
        // The stem comes first in the file, and still loses.
        let set = set_with("", "sneer* -2\nsneerers 1\n", "big society\n");
        assert_eq!(
            hits(&set, "the sneerers sneer", Role::General),
            vec!["sneerers", "sneer*"]
        );
    }

    #[test]
    fn stance_beats_general_and_phrases_beat_words() {
        let set = set_with(
            "empty slogan -2\n",
            "empty -1\nslogan -1\ngood 1\n",
            "big society\n",
        );
        assert_eq!(
            hits(&set, "an empty slogan", Role::Stance),
            vec!["empty slogan"]
        );
        assert!(hits(&set, "an empty slogan", Role::General).is_empty());
        assert_eq!(
            hits(&set, "a good slogan", Role::General),
            vec!["good", "slogan"]
        );
    }

    #[test]
    fn its_and_their_stand_for_each_other() {
        let set = set_with(
            "miss~ its targets -2\n",
            "wash~ their hands of -1\n",
            "big society\n",
        );
        assert_eq!(
            hits(&set, "The projects missed their targets", Role::Stance),
            vec!["miss~ its targets"]
        );
        assert_eq!(
            hits(&set, "The council washed its hands of it", Role::General),
            vec!["wash~ their hands of"]
        );
        // No other word is taken for "its".
        assert!(hits(&set, "The projects missed our targets", Role::Stance).is_empty());
    }

    #[test]
    fn possessive_and_case_do_not_block_matches() {
        let set = set_with("flop -1\n", "", "big society\n");
        assert_eq!(
            hits(&set, "The BIG Society\u{2019}s flop", Role::Target),
            vec!["big society"]
        );
    }

    #[test]
    fn matches_do_not_cross_paragraph_end() {
        let set = set_with("cover for cuts -3\n", "", "big society\n");
        assert!(hits(&set, "a cover for", Role::Stance).is_empty());
    }
}
