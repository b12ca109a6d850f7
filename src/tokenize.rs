//! Tokenizing a paragraph: words with byte offsets, folded to lower case with
//! curly apostrophes and hyphen variants made ASCII and a possessive `'s`
//! dropped; sentence and clause numbers so rules can scope by clause;
//! questions; and whether a word stands inside quotation marks.

use std::borrow::Cow;

/// One word of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the word in the paragraph text.
    pub start: u32,
    /// Byte offset one past the end of the word.
    pub end: u32,
    norm_start: u32,
    norm_end: u32,
    /// Sentence number within the paragraph, from 0.
    pub sentence: u32,
    /// Clause number within the paragraph, from 0; a new sentence is also a
    /// new clause.
    pub clause: u32,
    /// Inside double quotation marks or paired single quotation marks.
    pub quoted: bool,
    /// Nothing but spaces, line breaks, quotation marks, a colon ("Status:
    /// Done"), a question mark ("What has it achieved? Very little") or a
    /// currency or per cent sign ("raised £600", "12% of") lies between
    /// this word and the next, so a lexicon phrase may run on to it: "the community. Organisers said" holds no "community
    /// organisers".
    pub joined: bool,
    /// A currency sign stands just before the word ("£2000"): a figure,
    /// not a year, for the `#` pattern word.
    pub currency: bool,
    /// A per cent sign follows the word ("23%"): the `#` pattern word
    /// takes it as "per cent".
    pub percent: bool,
}

/// The tokens of one paragraph. Buffers are reused across paragraphs by
/// [`Tokens::tokenize`], so tokenizing allocates nothing per word.
#[derive(Debug, Default, Clone)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    /// Folded forms of all tokens, back to back.
    norm: String,
    /// For each sentence, whether it ends with a question mark.
    pub questions: Vec<bool>,
}

/// Words such as "Mr." after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "prof", "rev", "sir", "gen", "col", "lt", "sgt", "cllr", "hon",
    "rt", "vs", "etc", "eg", "ie", "cf", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Combining diacritical marks (U+0300 to U+036F): accents written as a
/// separate code point after their letter.
fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

impl Tokens {
    /// A new, empty token list.
    pub fn new() -> Tokens {
        Tokens::default()
    }

    /// Tokenizes `text`, replacing the previous contents.
    pub fn tokenize(&mut self, text: &str) {
        self.tokens.clear();
        self.norm.clear();
        self.questions.clear();
        Tokenizer::new(text, self).run();
    }

    /// The folded form of token `i`.
    pub fn norm(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.norm[t.norm_start as usize..t.norm_end as usize]
    }

    /// The folded form of token `i` as bytes: for scans that only compare
    /// it with ASCII words, without the char-boundary checks of a `str`
    /// slice.
    pub fn norm_bytes(&self, i: usize) -> &[u8] {
        let t = &self.tokens[i];
        &self.norm.as_bytes()[t.norm_start as usize..t.norm_end as usize]
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Whether sentence `s` is a question.
    pub fn is_question(&self, s: u32) -> bool {
        self.questions.get(s as usize).copied().unwrap_or(false)
    }
}

/// Tokenizes `text` into a fresh [`Tokens`].
pub fn tokenize(text: &str) -> Tokens {
    let mut t = Tokens::new();
    t.tokenize(text);
    t
}

struct Tokenizer<'t, 'o> {
    text: &'t str,
    out: &'o mut Tokens,
    sentence: u32,
    clause: u32,
    in_double: bool,
    in_single: bool,
}

impl<'t, 'o> Tokenizer<'t, 'o> {
    fn new(text: &'t str, out: &'o mut Tokens) -> Self {
        Tokenizer {
            text,
            out,
            sentence: 0,
            clause: 0,
            in_double: false,
            in_single: false,
        }
    }

    fn char_at(&self, i: usize) -> Option<char> {
        self.text[i..].chars().next()
    }

    fn char_before(&self, i: usize) -> Option<char> {
        self.text[..i].chars().next_back()
    }

    fn new_clause(&mut self) {
        if self.last_token_clause() == Some(self.clause) {
            self.clause += 1;
        }
    }

    fn last_token_clause(&self) -> Option<u32> {
        self.out.tokens.last().map(|t| t.clause)
    }

    fn end_sentence(&mut self, question: bool) {
        let has_words = self
            .out
            .tokens
            .last()
            .is_some_and(|t| t.sentence == self.sentence);
        if has_words {
            while self.out.questions.len() <= self.sentence as usize {
                self.out.questions.push(false);
            }
            self.out.questions[self.sentence as usize] = question;
            self.sentence += 1;
            self.clause += 1;
        }
    }

    fn run(mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < text.len() {
            // Fast paths: a plain space does nothing, and an ASCII letter or
            // digit opens a word.
            match bytes[i] {
                b' ' => {
                    i += 1;
                    continue;
                }
                b if b.is_ascii_alphanumeric() => {
                    i = self.word(i);
                    continue;
                }
                _ => {}
            }
            let c = match self.char_at(i) {
                Some(c) => c,
                None => break,
            };
            if is_word_char(c) {
                i = self.word(i);
                continue;
            }
            let next = i + c.len_utf8();
            let before = self.char_before(i);
            let after = self.char_at(next);
            let alnum_before = before.is_some_and(is_word_char);
            let alnum_after = after.is_some_and(is_word_char);
            match c {
                '"' => self.in_double = !self.in_double,
                '\u{201C}' | '\u{00AB}' | '\u{201E}' => self.in_double = true,
                '\u{201D}' | '\u{00BB}' => self.in_double = false,
                '\u{2018}' if !alnum_before => self.in_single = true,
                '\'' | '\u{2019}' => {
                    if !alnum_before && alnum_after {
                        self.in_single = true;
                    } else if !alnum_after {
                        self.in_single = false;
                    }
                }
                '.' | '!' | '?' | '\u{2026}' => {
                    let ends = match after {
                        None => true,
                        Some(a) => {
                            a.is_whitespace()
                                || matches!(a, '"' | '\u{201D}' | '\u{2019}' | '\'' | ')' | ']')
                                || (c != '.' && !a.is_alphanumeric())
                        }
                    };
                    let abbreviation = c == '.' && self.previous_word_is_abbreviation(i);
                    if ends && !abbreviation {
                        // Let a run of "?!" or "..." count once, and a closing
                        // quote right after stay with its sentence.
                        self.end_sentence(c == '?' || (c == '!' && self.question_run(i)));
                    } else if c != '.' {
                        self.new_clause();
                    }
                }
                ',' | ';' | ':' | '(' | ')' | '[' | ']' | '\n' | '\u{2022}' | '|' | '/' => {
                    self.new_clause()
                }
                '\u{2013}' | '\u{2014}' | '\u{2015}' => self.new_clause(),
                // A spaced hyphen used as a dash.
                '-' if before.is_none_or(char::is_whitespace)
                    || after.is_none_or(char::is_whitespace) =>
                {
                    self.new_clause()
                }
                _ => {}
            }
            i = next;
        }
        // Close the last sentence.
        if self
            .out
            .tokens
            .last()
            .is_some_and(|t| t.sentence == self.sentence)
        {
            self.end_sentence(false);
        }
        while self.out.questions.len() < self.sentence as usize {
            self.out.questions.push(false);
        }
    }

    /// Whether a "?" stands just before position `i` (as in "?!").
    fn question_run(&self, i: usize) -> bool {
        self.char_before(i) == Some('?')
    }

    fn previous_word_is_abbreviation(&self, dot: usize) -> bool {
        match self.out.tokens.last() {
            Some(t) if t.end as usize == dot => {
                let n = self.out.tokens.len() - 1;
                let w = self.out.norm(n);
                ABBREVIATIONS.contains(&w) || (w.len() == 1 && w.chars().all(char::is_alphabetic))
            }
            _ => false,
        }
    }

    /// Reads one word starting at `start`; returns the offset after it.
    fn word(&mut self, start: usize) -> usize {
        let norm_start = self.out.norm.len();
        // The ASCII letters and digits that open most words, in one go.
        let bytes = self.text.as_bytes();
        let mut i = start;
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        self.out.norm.push_str(&self.text[start..i]);
        self.out.norm[norm_start..].make_ascii_lowercase();
        let mut prev: Option<char> = (i > start).then(|| bytes[i - 1] as char);
        let mut last_apostrophe = start;
        while let Some(c) = self.char_at(i) {
            let next = i + c.len_utf8();
            // A combining accent ("nai\u{308}ve") belongs to its letter and
            // is dropped, as precomposed accents are.
            if is_combining_mark(c) && prev.is_some_and(is_word_char) {
                i = next;
                continue;
            }
            if is_word_char(c) {
                if c.is_ascii() {
                    self.out.norm.push(c.to_ascii_lowercase());
                } else {
                    for l in c.to_lowercase() {
                        push_unaccented(&mut self.out.norm, l);
                    }
                }
                prev = Some(c);
                i = next;
                continue;
            }
            // A joiner counts only between two word characters.
            let after = self.char_at(next);
            let joined = prev.is_some_and(is_word_char) && after.is_some_and(is_word_char);
            if !joined {
                break;
            }
            if is_apostrophe(c) {
                self.out.norm.push('\'');
                last_apostrophe = i;
            } else if is_hyphen(c) {
                self.out.norm.push('-');
            } else if (c == '.' || c == ',')
                && prev.is_some_and(|p| p.is_ascii_digit())
                && after.is_some_and(|a| a.is_ascii_digit())
            {
                self.out.norm.push(c);
            } else {
                break;
            }
            prev = Some(c);
            i = next;
        }
        // A final 's: after a pronoun or question word it is "is" ("it's a
        // con" reads "it is a con"), a word of its own covering "'s";
        // after anything else it is dropped as a possessive, so "Society's"
        // matches "society".
        let mut contracted = None;
        if self.out.norm[norm_start..].ends_with("'s") && self.out.norm.len() - norm_start > 2 {
            let stem_end = self.out.norm.len() - 2;
            let stem = &self.out.norm[norm_start..stem_end];
            contracted = CONTRACTED_IS
                .iter()
                .find(|(w, _)| *w == stem)
                .map(|(_, full)| *full);
            self.out.norm.truncate(stem_end);
        }
        if let Some(full) = contracted {
            self.push_token(start, last_apostrophe, norm_start);
            let norm_start = self.out.norm.len();
            self.out.norm.push_str(full);
            self.push_token(last_apostrophe, i, norm_start);
        } else {
            self.push_token(start, i, norm_start);
        }
        i
    }

    /// Adds the token of text bytes `start..end` whose folded form is
    /// `norm[norm_start..]`.
    fn push_token(&mut self, start: usize, end: usize, norm_start: usize) {
        if let Some(prev) = self.out.tokens.last_mut() {
            let gap = self.text.get(prev.end as usize..start).unwrap_or("");
            // A colon joins a label to its value ("Status: Done"), a
            // question mark a question to its answer ("What has it
            // achieved? Very little"); a currency sign or a per cent sign
            // is part of a figure ("raised £600", "12% of").
            prev.joined = gap.chars().all(|c| {
                c.is_whitespace()
                    || matches!(c, ':' | '?' | '£' | '$' | '€' | '%')
                    || is_quote_mark(c)
            });
        }
        self.out.tokens.push(Token {
            start: start as u32,
            end: end as u32,
            norm_start: norm_start as u32,
            norm_end: self.out.norm.len() as u32,
            sentence: self.sentence,
            clause: self.clause,
            quoted: self.in_double || self.in_single,
            joined: true,
            currency: self
                .text
                .get(..start)
                .and_then(|t| t.chars().next_back())
                .is_some_and(|c| matches!(c, '£' | '$' | '€')),
            percent: self.text.get(end..).is_some_and(|t| t.starts_with('%')),
        });
    }
}

/// Quotation marks, which a lexicon phrase may run across ("the so-called
/// 'Big Society' agenda").
fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}'
    )
}

/// Words whose final 's stands for a word of its own: "is" after pronouns
/// and question words ("it's", "that's", "there's", "what's"), "us" in
/// "let's". After any other word a final 's is taken as a possessive.
const CONTRACTED_IS: &[(&str, &str)] = &[
    ("it", "is"),
    ("that", "is"),
    ("this", "is"),
    ("there", "is"),
    ("here", "is"),
    ("what", "is"),
    ("where", "is"),
    ("who", "is"),
    ("how", "is"),
    ("why", "is"),
    ("when", "is"),
    ("he", "is"),
    ("she", "is"),
    ("everyone", "is"),
    ("everything", "is"),
    ("nobody", "is"),
    ("nothing", "is"),
    ("let", "us"),
];

/// Pushes a lower-case letter with its accent taken off, for the accented
/// Latin letters of Latin-1 and Latin Extended-A ("naïve", "café", "rôle",
/// "Łódź"), so a lexicon written without accents matches them; "æ", "œ"
/// and "ß" become two letters. Other characters are pushed as they are.
/// (Accents written as combining marks are dropped by the word reader.)
fn push_unaccented(out: &mut String, c: char) {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'æ' => {
            out.push_str("ae");
            return;
        }
        'œ' => {
            out.push_str("oe");
            return;
        }
        'ß' => {
            out.push_str("ss");
            return;
        }
        other => other,
    };
    out.push(plain);
}

/// Folds one lexicon word the way the tokenizer folds text, so patterns and
/// text meet in the same form. Returns `None` when the tokenizer could never
/// produce it as a single word.
pub fn fold_word(word: &str) -> Option<String> {
    fold_word_cow(word).map(Cow::into_owned)
}

/// The folded words the tokenizer makes of `word` when they cover it
/// exactly, one after another with nothing between ("it's" gives "it",
/// "is"); `None` when it is no run of words.
pub fn fold_words(word: &str) -> Option<Vec<String>> {
    let t = tokenize(word);
    let covered = !t.is_empty()
        && t.tokens[0].start == 0
        && t.tokens[t.len() - 1].end as usize == word.len()
        && t.tokens.windows(2).all(|w| w[0].end == w[1].start);
    covered.then(|| (0..t.len()).map(|i| t.norm(i).to_string()).collect())
}

/// [`fold_word`], borrowing `word` when it is already folded (plain
/// lower-case ASCII, as nearly every lexicon word is).
pub fn fold_word_cow(word: &str) -> Option<Cow<'_, str>> {
    // Most lexicon words are plain ASCII letters and digits with at most an
    // inner apostrophe or hyphen: fold those directly (start-up parses
    // thousands of them); anything else goes through the tokenizer itself.
    let b = word.as_bytes();
    let plain = !b.is_empty()
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && !word.contains("--");
    if plain {
        return Some(if b.iter().any(u8::is_ascii_uppercase) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        });
    }
    let t = tokenize(word);
    if t.len() != 1 || t.tokens[0].start != 0 || t.tokens[0].end as usize != word.len() {
        return None;
    }
    Some(Cow::Owned(t.norm(0).to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(t: &Tokens) -> Vec<&str> {
        (0..t.len()).map(|i| t.norm(i)).collect()
    }

    #[test]
    fn currency_and_per_cent_signs_join_and_mark_figures() {
        let t = tokenize("It raised £2000, or 12% of the €30 target.");
        assert_eq!(
            norms(&t),
            vec![
                "it", "raised", "2000", "or", "12", "of", "the", "30", "target"
            ]
        );
        let tok = &t.tokens;
        assert!(tok[1].joined, "raised £2000");
        assert!(!tok[2].joined, "a comma splits");
        assert!(tok[4].joined, "12% of");
        assert!(tok[2].currency && tok[7].currency && !tok[4].currency);
        assert!(tok[4].percent && !tok[2].percent);
    }

    #[test]
    fn a_pronoun_s_is_is_and_a_noun_s_is_dropped() {
        let text = "It\u{2019}s a con, that's all. The Society's plan? Let's see.";
        let t = tokenize(text);
        assert_eq!(
            norms(&t),
            vec![
                "it", "is", "a", "con", "that", "is", "all", "the", "society", "plan", "let", "us",
                "see"
            ]
        );
        // "It" and "'s" cover their own bytes, the curly apostrophe included.
        let span = |i: usize| &text[t.tokens[i].start as usize..t.tokens[i].end as usize];
        assert_eq!((span(0), span(1)), ("It", "\u{2019}s"));
        assert_eq!(t.tokens[1].clause, t.tokens[0].clause);
        assert_eq!(
            fold_words("it's"),
            Some(vec!["it".to_string(), "is".to_string()])
        );
        assert_eq!(fold_words("it s"), None);
    }

    #[test]
    fn words_lose_their_accents() {
        let t = tokenize(
            "Na\u{ef}ve CAF\u{c9} r\u{f4}le \u{c6}sop man\u{e6}uvre \u{141}\u{f3}d\u{17a}",
        );
        assert_eq!(
            norms(&t),
            vec!["naive", "cafe", "role", "aesop", "manaeuvre", "lodz"]
        );
        // Decomposed: a letter, then its accent as a code point of its own.
        let t = tokenize("nai\u{308}ve cafe\u{301}.");
        assert_eq!(norms(&t), vec!["naive", "cafe"]);
        assert_eq!((t.tokens[0].start, t.tokens[0].end), (0, 7));
        assert_eq!(fold_word("Na\u{ef}ve").as_deref(), Some("naive"));
    }

    #[test]
    fn words_fold_case_and_curly_apostrophes() {
        let t = tokenize("The Big Society\u{2019}s don\u{2019}t co-operatives");
        assert_eq!(
            norms(&t),
            vec!["the", "big", "society", "don't", "co-operatives"]
        );
    }

    #[test]
    fn offsets_slice_the_original() {
        let s = "\u{201C}Caf\u{e9} society\u{201D}, she said.";
        let t = tokenize(s);
        let words: Vec<&str> = t
            .tokens
            .iter()
            .map(|k| &s[k.start as usize..k.end as usize])
            .collect();
        assert_eq!(words, vec!["Caf\u{e9}", "society", "she", "said"]);
    }

    #[test]
    fn numbers_keep_internal_points_and_commas() {
        let t = tokenize("It cost \u{a3}4.5m, or 10,000 pounds.");
        assert_eq!(
            norms(&t),
            vec!["it", "cost", "4.5m", "or", "10,000", "pounds"]
        );
        assert_eq!(t.questions, vec![false]);
    }

    #[test]
    fn sentences_and_questions() {
        let t = tokenize("Is it dead? Mr. Smith says no. It lives!");
        let sentences: Vec<u32> = t.tokens.iter().map(|k| k.sentence).collect();
        assert_eq!(sentences, vec![0, 0, 0, 1, 1, 1, 1, 2, 2]);
        assert_eq!(t.questions, vec![true, false, false]);
    }

    #[test]
    fn clauses_split_on_punctuation_and_dashes() {
        let t = tokenize("good, but bad \u{2014} maybe; fine - ok\nnext");
        let clauses: Vec<u32> = t.tokens.iter().map(|k| k.clause).collect();
        assert_eq!(clauses, vec![0, 1, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn hyphenated_words_are_one_token_but_spaced_hyphen_is_a_dash() {
        let t = tokenize("cost-cutting - again");
        assert_eq!(norms(&t), vec!["cost-cutting", "again"]);
        assert_ne!(t.tokens[0].clause, t.tokens[1].clause);
    }

    #[test]
    fn quoted_spans_are_marked() {
        let t = tokenize(
            "He called it \u{201C}a con\u{201D} and \u{2018}a sham\u{2019} today; \"truly\" not",
        );
        let q: Vec<bool> = t.tokens.iter().map(|k| k.quoted).collect();
        assert_eq!(
            q,
            vec![
                false, false, false, true, true, false, true, true, false, true, false
            ]
        );
    }

    #[test]
    fn apostrophe_inside_single_quotes_does_not_close_them() {
        let t =
            tokenize("the \u{2018}Big Society\u{2019}s\u{2019} end and the 'people's army' now");
        let q: Vec<(String, bool)> = (0..t.len())
            .map(|i| (t.norm(i).to_string(), t.tokens[i].quoted))
            .collect();
        assert!(q.contains(&("society".to_string(), true)));
        assert!(q.contains(&("army".to_string(), true)));
        assert_eq!(q.last().unwrap(), &("now".to_string(), false));
    }

    #[test]
    fn fold_word_rejects_what_cannot_be_one_token() {
        assert_eq!(fold_word("Society\u{2019}s").as_deref(), Some("society"));
        assert_eq!(fold_word("cost-cutting").as_deref(), Some("cost-cutting"));
        assert_eq!(fold_word("\u{a3}5"), None);
        assert_eq!(fold_word("a.b"), None);
        assert_eq!(fold_word("-x"), None);
    }
}
