//! Matching lexicon patterns against a paragraph's tokens: multi-word
//! expressions and `*` suffix wildcards, longest match first, in one pass
//! with a hash lookup per token.

use rustc_hash::FxHashMap;

use crate::lexicon::{LexiconSet, PatternWord, Role};
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

/// The word entries of a lexicon set, compiled for lookup by first word.
#[derive(Debug, Clone)]
pub struct Matcher {
    /// First word (exact) -> entries starting with it.
    exact: FxHashMap<Box<str>, Vec<u32>>,
    /// First-word stem of a wildcard -> entries starting with it.
    prefix: FxHashMap<Box<str>, Vec<u32>>,
    /// Distinct byte lengths of the stems in `prefix`, ascending.
    prefix_lens: Vec<usize>,
    /// Per entry: role and words (copied out for locality).
    words: Vec<(Role, Vec<PatternWord>)>,
}

impl Matcher {
    /// Compiles every word entry of `set` (boilerplate regexes are separate).
    pub fn new(set: &LexiconSet) -> Matcher {
        let mut exact: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
        let mut prefix: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
        let mut words = Vec::with_capacity(set.entries.len());
        for (i, e) in set.entries.iter().enumerate() {
            words.push((e.role, e.words.clone()));
            let Some(first) = e.words.first() else {
                continue;
            };
            let map = if first.wildcard {
                &mut prefix
            } else {
                &mut exact
            };
            map.entry(first.text.as_str().into())
                .or_default()
                .push(i as u32);
        }
        let mut prefix_lens: Vec<usize> = prefix.keys().map(|k| k.len()).collect();
        prefix_lens.sort_unstable();
        prefix_lens.dedup();
        Matcher {
            exact,
            prefix,
            prefix_lens,
            words,
        }
    }

    /// Whether entry `id`'s pattern matches the tokens starting at `pos`;
    /// returns the end position.
    fn matches_at(&self, id: u32, tokens: &Tokens, pos: usize) -> Option<usize> {
        let words = &self.words[id as usize].1;
        if pos + words.len() > tokens.len() {
            return None;
        }
        // The first word was matched by the lookup; check the rest.
        for (k, w) in words.iter().enumerate().skip(1) {
            if !word_matches(w, tokens.norm(pos + k)) {
                return None;
            }
        }
        Some(pos + words.len())
    }

    /// Finds all matches in `tokens`, appending them to `out` sorted by start.
    ///
    /// Within each role, matches do not overlap: scanning left to right, the
    /// longest match at a position wins. `Stance` and `General` are resolved
    /// together, with `Stance` winning a tie, so a domain phrase is never
    /// counted twice through a general word inside it.
    pub fn find(&self, tokens: &Tokens, out: &mut Vec<Hit>) {
        out.clear();
        // Best candidate per position and role group, found in one pass.
        let mut candidates: Vec<Hit> = Vec::new();
        for pos in 0..tokens.len() {
            let norm = tokens.norm(pos);
            if let Some(ids) = self.exact.get(norm) {
                self.push_candidates(ids, tokens, pos, &mut candidates);
            }
            for &len in &self.prefix_lens {
                // A stem may equal the whole word: "fail*" matches "fail".
                if len > norm.len() {
                    break;
                }
                if !norm.is_char_boundary(len) {
                    continue;
                }
                if let Some(ids) = self.prefix.get(&norm[..len]) {
                    self.push_candidates(ids, tokens, pos, &mut candidates);
                }
            }
        }
        // Greedy per group: sort by (group, start, longer first, priority).
        candidates.sort_by_key(|h| {
            (
                group(h.role),
                h.start,
                std::cmp::Reverse(h.end),
                h.role,
                h.entry,
            )
        });
        let mut last_group = None;
        let mut covered_to = 0u32;
        for h in candidates {
            let g = group(h.role);
            if last_group != Some(g) {
                last_group = Some(g);
                covered_to = 0;
            }
            if h.start < covered_to {
                continue;
            }
            covered_to = h.end;
            out.push(h);
        }
        out.sort_by_key(|h| (h.start, h.end, h.role));
    }

    fn push_candidates(&self, ids: &[u32], tokens: &Tokens, pos: usize, out: &mut Vec<Hit>) {
        for &id in ids {
            if let Some(end) = self.matches_at(id, tokens, pos) {
                out.push(Hit {
                    entry: id,
                    role: self.words[id as usize].0,
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

fn word_matches(w: &PatternWord, norm: &str) -> bool {
    if w.wildcard {
        norm.starts_with(w.text.as_str())
    } else {
        norm == w.text
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
            .map(|h| set.entries[h.entry as usize].pattern.clone())
            .collect()
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
