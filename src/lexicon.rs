//! Lexicons: the reviewable text files under `lexicons/`, one per role,
//! parsed into entries with every problem reported as `path:line: reason`.
//! The default set is embedded in the binary; `--lexicons DIR` replaces it.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use sha2::{Digest, Sha256};

use crate::tokenize::fold_word;

/// The part an entry plays in scoring. Each role has its own file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Names of the Big Society and its parts: an explicit mention.
    Target,
    /// Expressions ("the idea", "the scheme", "localism") that refer to the
    /// target only in a document that names it.
    Reference,
    /// The domain's stance frames, signed weights.
    Stance,
    /// Broad general evaluative language, signed weights; counts only where a
    /// paragraph is linked to the target, and yields to `Stance`.
    General,
    /// Negators ("not", "never", "no").
    Negator,
    /// Intensifiers (weight > 1) and downtoners (weight < 1).
    Modifier,
    /// Contrast markers ("but", "however", "yet"): what follows weighs more.
    Contrast,
    /// Concession markers ("although", "despite"): their clause weighs less.
    Concession,
    /// Hedges ("perhaps", "might"): soften what follows in the clause.
    Hedge,
    /// Attribution cues ("said", "critics", "according to").
    Attribution,
    /// Rebuttal cues ("hit back", "rejected", "denied").
    Rebuttal,
    /// Modals of obligation ("must", "should") that turn a negated term into
    /// a warning ("must not become a cost-cutting exercise").
    Warning,
    /// Rival programmes ("the good society"): a paragraph about one that
    /// does not name the target is not linked to it (guideline 5).
    Rival,
    /// Boilerplate line patterns (regular expressions).
    Boilerplate,
}

/// What kind of weight a role's entries carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeightKind {
    /// No weight may be given.
    None,
    /// A signed, non-zero weight in `[-MAX_STANCE_WEIGHT, MAX_STANCE_WEIGHT]`.
    Signed,
    /// A positive multiplier in `(0, MAX_MULTIPLIER]`, not 1.
    Multiplier,
}

/// Largest absolute stance weight an entry may carry.
pub const MAX_STANCE_WEIGHT: f64 = 4.0;
/// Largest multiplier an intensifier may carry.
pub const MAX_MULTIPLIER: f64 = 4.0;
/// Shortest stem a `*` wildcard may have: shorter stems ("con*") match far
/// too many unrelated words.
pub const MIN_WILDCARD_STEM: usize = 4;

impl Role {
    /// Every role, in the order files are read and fingerprinted.
    pub const ALL: [Role; 14] = [
        Role::Target,
        Role::Reference,
        Role::Stance,
        Role::General,
        Role::Negator,
        Role::Modifier,
        Role::Contrast,
        Role::Concession,
        Role::Hedge,
        Role::Attribution,
        Role::Rebuttal,
        Role::Warning,
        Role::Rival,
        Role::Boilerplate,
    ];

    /// The file that holds this role's entries.
    pub fn file_name(self) -> &'static str {
        match self {
            Role::Target => "targets.txt",
            Role::Reference => "references.txt",
            Role::Stance => "stance.txt",
            Role::General => "general.txt",
            Role::Negator => "negators.txt",
            Role::Modifier => "modifiers.txt",
            Role::Contrast => "contrast.txt",
            Role::Concession => "concession.txt",
            Role::Hedge => "hedges.txt",
            Role::Attribution => "attribution.txt",
            Role::Rebuttal => "rebuttals.txt",
            Role::Warning => "warnings.txt",
            Role::Rival => "rivals.txt",
            Role::Boilerplate => "boilerplate.txt",
        }
    }

    /// The weight this role's entries carry.
    pub fn weight_kind(self) -> WeightKind {
        match self {
            Role::Stance | Role::General => WeightKind::Signed,
            Role::Modifier => WeightKind::Multiplier,
            _ => WeightKind::None,
        }
    }

    /// A short lower-case name used in output and messages.
    pub fn name(self) -> &'static str {
        match self {
            Role::Target => "target",
            Role::Reference => "reference",
            Role::Stance => "stance",
            Role::General => "general",
            Role::Negator => "negator",
            Role::Modifier => "modifier",
            Role::Contrast => "contrast",
            Role::Concession => "concession",
            Role::Hedge => "hedge",
            Role::Attribution => "attribution",
            Role::Rebuttal => "rebuttal",
            Role::Warning => "warning",
            Role::Rival => "rival",
            Role::Boilerplate => "boilerplate",
        }
    }

    fn from_file_name(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.file_name() == name)
    }
}

/// The embedded default lexicons, one `(role, text)` per file.
pub const EMBEDDED: [(Role, &str); 14] = [
    (Role::Target, include_str!("../lexicons/targets.txt")),
    (Role::Reference, include_str!("../lexicons/references.txt")),
    (Role::Stance, include_str!("../lexicons/stance.txt")),
    (Role::General, include_str!("../lexicons/general.txt")),
    (Role::Negator, include_str!("../lexicons/negators.txt")),
    (Role::Modifier, include_str!("../lexicons/modifiers.txt")),
    (Role::Contrast, include_str!("../lexicons/contrast.txt")),
    (Role::Concession, include_str!("../lexicons/concession.txt")),
    (Role::Hedge, include_str!("../lexicons/hedges.txt")),
    (
        Role::Attribution,
        include_str!("../lexicons/attribution.txt"),
    ),
    (Role::Rebuttal, include_str!("../lexicons/rebuttals.txt")),
    (Role::Warning, include_str!("../lexicons/warnings.txt")),
    (Role::Rival, include_str!("../lexicons/rivals.txt")),
    (
        Role::Boilerplate,
        include_str!("../lexicons/boilerplate.txt"),
    ),
];

/// One word of a pattern, folded as the tokenizer folds text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PatternWord {
    pub text: String,
    /// `true` when the word ended in `*`: any word starting with `text`.
    pub wildcard: bool,
}

/// One lexicon entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub role: Role,
    /// The pattern as written in the file (trimmed), used in evidence.
    pub pattern: String,
    /// The folded words of a word pattern; empty for boilerplate entries.
    pub words: Vec<PatternWord>,
    /// The weight, for roles that carry one.
    pub weight: Option<f64>,
    /// 1-based line in its file.
    pub line: usize,
}

/// A problem in a lexicon file, shown as `path:line: reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    pub path: String,
    /// 1-based line, or 0 for a problem with the file as a whole.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path, self.message)
        } else {
            write!(f, "{}:{}: {}", self.path, self.line, self.message)
        }
    }
}

/// Several lexicon problems, reported together.
#[derive(Debug)]
pub struct LexiconErrors(pub Vec<LexiconError>);

impl fmt::Display for LexiconErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                write!(f, "\nbigsoc: ")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LexiconErrors {}

/// A parsed set of lexicons: every role's entries, the compiled boilerplate
/// expressions, where they came from, and a fingerprint of their text.
#[derive(Debug, Clone)]
pub struct LexiconSet {
    pub entries: Vec<Entry>,
    /// The boilerplate line patterns, compiled together: one pass per line.
    pub boilerplate: regex::RegexSet,
    /// The folder they were read from, or `None` for the embedded set.
    pub dir: Option<PathBuf>,
    /// `sha256:` and the hex digest of every file's name and bytes.
    pub fingerprint: String,
}

impl LexiconSet {
    /// Entries of one role.
    pub fn role(&self, role: Role) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.role == role)
    }

    /// The shown path of a role's file.
    pub fn path_of(&self, role: Role) -> String {
        display_path(self.dir.as_deref(), role)
    }
}

fn display_path(dir: Option<&Path>, role: Role) -> String {
    match dir {
        Some(d) => d.join(role.file_name()).to_string_lossy().into_owned(),
        None => format!("lexicons/{}", role.file_name()),
    }
}

/// The embedded default lexicons, parsed once.
pub fn embedded() -> &'static LexiconSet {
    static SET: LazyLock<LexiconSet> = LazyLock::new(parse_embedded);
    &SET
}

/// Parses the embedded lexicons afresh (for a caller that will own them,
/// such as the default scorer, and so need not clone the shared copy).
pub fn parse_embedded() -> LexiconSet {
    let files: Vec<(Role, String)> = EMBEDDED.iter().map(|(r, t)| (*r, t.to_string())).collect();
    parse_set(None, &files).unwrap_or_else(|e| panic!("embedded lexicons are broken: {e}"))
}

/// Reads every role's file from `dir`. A missing file or any malformed entry
/// is an error; nothing is skipped.
pub fn load_dir(dir: &Path) -> Result<LexiconSet, LexiconErrors> {
    check_dir(dir).map_err(|e| LexiconErrors(vec![e]))?;
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for role in Role::ALL {
        match read_role_file(dir, role) {
            Ok(text) => files.push((role, text)),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(LexiconErrors(errors));
    }
    parse_set(Some(dir), &files)
}

/// Checks that a lexicon folder exists and is a folder, so a mistyped
/// `--lexicons` is one clear error rather than one per missing file.
pub fn check_dir(dir: &Path) -> Result<(), LexiconError> {
    match fs::metadata(dir) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(LexiconError {
            path: dir.to_string_lossy().into_owned(),
            line: 0,
            message: "not a folder: --lexicons takes a folder of lexicon files".into(),
        }),
        Err(e) => Err(LexiconError {
            path: dir.to_string_lossy().into_owned(),
            line: 0,
            message: format!("cannot read lexicon folder: {}", crate::read::io_reason(&e)),
        }),
    }
}

/// Reads one role's file from a lexicon folder as UTF-8; a problem names
/// the file (and, for bad UTF-8, the line).
pub fn read_role_file(dir: &Path, role: Role) -> Result<String, LexiconError> {
    let path = dir.join(role.file_name());
    let shown = path.to_string_lossy().into_owned();
    let bytes = fs::read(&path).map_err(|e| LexiconError {
        path: shown.clone(),
        line: 0,
        message: format!("cannot read lexicon file: {}", crate::read::io_reason(&e)),
    })?;
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        // A byte-order mark is not part of the first entry.
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|e| {
        let upto = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..upto].iter().filter(|&&b| b == b'\n').count();
        LexiconError {
            path: shown,
            line,
            message: "not valid UTF-8".into(),
        }
    })
}

/// Files in `dir` that look like lexicons (`.txt`) but belong to no role.
pub fn unknown_files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(rd) = fs::read_dir(dir) {
        for entry in rd.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".txt") && Role::from_file_name(&name).is_none() {
                out.push(dir.join(&name).to_string_lossy().into_owned());
            }
        }
    }
    out.sort();
    out
}

/// Parses a full set of role files and computes its fingerprint.
pub fn parse_set(
    dir: Option<&Path>,
    files: &[(Role, String)],
) -> Result<LexiconSet, LexiconErrors> {
    // The boilerplate patterns compile on a second thread while the word
    // lexicons parse on this one: the two are most of start-up.
    let bp_path = display_path(dir, Role::Boilerplate);
    let bp_text = files
        .iter()
        .find(|(r, _)| *r == Role::Boilerplate)
        .map_or("", |(_, t)| t.as_str());
    let (bp_entries, bp_errors) = parse_file(Role::Boilerplate, &bp_path, bp_text);
    let patterns: Vec<&str> = bp_entries.iter().map(|e| e.pattern.as_str()).collect();
    let compile = || {
        regex::RegexSetBuilder::new(&patterns)
            .case_insensitive(true)
            .size_limit(BOILERPLATE_SET_LIMIT)
            .build()
    };
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    let mut hasher = Sha256::new();
    let compiled = std::thread::scope(|scope| {
        // Compile only what parsed cleanly; with syntax errors the set is
        // not needed, as the whole lexicon is refused.
        let handle = bp_errors.is_empty().then(|| scope.spawn(compile));
        for (role, text) in files {
            hasher.update(role.file_name().as_bytes());
            hasher.update([0u8]);
            hasher.update((text.len() as u64).to_le_bytes());
            hasher.update(text.as_bytes());
            if *role == Role::Boilerplate {
                entries.extend(bp_entries.iter().cloned());
                errors.extend(bp_errors.iter().cloned());
                continue;
            }
            let (es, errs) = parse_file(*role, &display_path(dir, *role), text);
            entries.extend(es);
            errors.extend(errs);
        }
        // A thread that cannot start or panics: compile here instead.
        handle.map(|h| h.join().unwrap_or_else(|_| compile()))
    });
    if !errors.is_empty() {
        return Err(LexiconErrors(errors));
    }
    // Each pattern parsed on its own in parse_file; together they can still
    // exceed the size limit, which is reported against the file.
    let boilerplate = compiled.unwrap_or_else(compile).map_err(|e| {
        LexiconErrors(vec![LexiconError {
            path: bp_path.clone(),
            line: 0,
            message: format!("the patterns together are too large to compile: {e}"),
        }])
    })?;
    let digest = hasher.finalize();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    Ok(LexiconSet {
        entries,
        boilerplate,
        dir: dir.map(Path::to_path_buf),
        fingerprint: format!("sha256:{hex}"),
    })
}

/// Size limit for the compiled set of boilerplate patterns.
const BOILERPLATE_SET_LIMIT: usize = 16 << 20;

/// Checks that a boilerplate pattern is a valid regular expression, as the
/// set will compile it (case-insensitive, Unicode). Parsing is enough to
/// find every syntax error and is far cheaper than compiling each pattern
/// on its own, which matters at start-up; only a set too large to compile
/// is left for [`parse_set`] to report.
fn check_boilerplate(pattern: &str) -> Result<(), String> {
    regex_syntax::ParserBuilder::new()
        .case_insensitive(true)
        .build()
        .parse(pattern)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// Parses one role file. Returns the good entries and every problem found.
pub fn parse_file(role: Role, path: &str, text: &str) -> (Vec<Entry>, Vec<LexiconError>) {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let content = raw.trim();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let err = |message: String| LexiconError {
            path: path.to_string(),
            line,
            message,
        };
        if role == Role::Boilerplate {
            match check_boilerplate(content) {
                Ok(_) => entries.push(Entry {
                    role,
                    pattern: content.to_string(),
                    words: Vec::new(),
                    weight: None,
                    line,
                }),
                Err(e) => {
                    let msg = e
                        .to_string()
                        .lines()
                        .last()
                        .unwrap_or("")
                        .trim()
                        .to_string();
                    errors.push(err(format!("invalid regular expression: {msg}")))
                }
            }
            continue;
        }
        match parse_entry(role, content) {
            Ok((pattern, words, weight)) => entries.push(Entry {
                role,
                pattern,
                words,
                weight,
                line,
            }),
            Err(message) => errors.push(err(message)),
        }
    }
    (entries, errors)
}

type ParsedEntry = (String, Vec<PatternWord>, Option<f64>);

fn parse_entry(role: Role, content: &str) -> Result<ParsedEntry, String> {
    let fields: Vec<&str> = content.split_whitespace().collect();
    let kind = role.weight_kind();
    let (pattern_fields, weight) = match kind {
        WeightKind::None => {
            if fields.len() > 1 && fields.last().is_some_and(|f| f.parse::<f64>().is_ok()) {
                return Err(format!(
                    "{} entries take no weight (remove {:?})",
                    role.name(),
                    fields[fields.len() - 1]
                ));
            }
            (&fields[..], None)
        }
        WeightKind::Signed | WeightKind::Multiplier => {
            if fields.len() < 2 {
                return Err(format!(
                    "missing weight: {} entries need a pattern then a number",
                    role.name()
                ));
            }
            let last = fields[fields.len() - 1];
            let w: f64 = last.parse().map_err(|_| {
                format!(
                    "bad or missing weight {last:?}: {} entries end with a number such as -1.5",
                    role.name()
                )
            })?;
            if !w.is_finite() {
                return Err(format!(
                    "bad or missing weight {last:?}: must be a finite number"
                ));
            }
            match kind {
                WeightKind::Signed if w == 0.0 || w.abs() > MAX_STANCE_WEIGHT => {
                    return Err(format!(
                        "weight {w} out of range: stance weights are non-zero, from -{MAX_STANCE_WEIGHT} to {MAX_STANCE_WEIGHT}"
                    ));
                }
                WeightKind::Multiplier if w <= 0.0 || w > MAX_MULTIPLIER || w == 1.0 => {
                    return Err(format!(
                        "weight {w} out of range: multipliers are above 0, at most {MAX_MULTIPLIER}, and not 1"
                    ));
                }
                _ => {}
            }
            (&fields[..fields.len() - 1], Some(w))
        }
    };
    let mut words = Vec::with_capacity(pattern_fields.len());
    for f in pattern_fields {
        words.push(parse_word(f)?);
    }
    Ok((pattern_fields.join(" "), words, weight))
}

fn parse_word(field: &str) -> Result<PatternWord, String> {
    let (stem, wildcard) = match field.strip_suffix('*') {
        Some(s) => (s, true),
        None => (field, false),
    };
    if stem.contains('*') {
        return Err(format!("{field:?}: `*` may only end a word"));
    }
    if stem.is_empty() {
        return Err("a lone `*` matches any word; give a stem".to_string());
    }
    let folded = fold_word(stem).ok_or_else(|| {
        format!("{field:?} can never match: the tokenizer does not produce it as one word")
    })?;
    if wildcard && folded.chars().count() < MIN_WILDCARD_STEM {
        return Err(format!(
            "{field:?}: wildcard stem shorter than {MIN_WILDCARD_STEM} characters matches too much"
        ));
    }
    Ok(PatternWord {
        text: folded,
        wildcard,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(role: Role, line: &str) -> Result<Entry, String> {
        let (mut es, errs) = parse_file(role, "x.txt", line);
        match errs.into_iter().next() {
            Some(e) => Err(e.to_string()),
            None => Ok(es.remove(0)),
        }
    }

    #[test]
    fn embedded_lexicons_parse_cleanly() {
        let set = embedded();
        assert!(set.role(Role::Target).count() > 5);
        assert!(set.role(Role::Stance).count() > 100);
        assert!(set.fingerprint.starts_with("sha256:"));
        assert_eq!(set.fingerprint.len(), "sha256:".len() + 64);
    }

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let (es, errs) = parse_file(Role::Negator, "n.txt", "# header\n\n  not  \n# x\nnever\n");
        assert!(errs.is_empty());
        assert_eq!(
            es.iter()
                .map(|e| (e.pattern.as_str(), e.line))
                .collect::<Vec<_>>(),
            vec![("not", 3), ("never", 5)]
        );
    }

    #[test]
    fn signed_entries_parse_words_wildcards_and_weight() {
        let e = one(Role::Stance, "Cover for  slash*   -2.5").unwrap();
        assert_eq!(e.pattern, "Cover for slash*");
        assert_eq!(e.weight, Some(-2.5));
        assert_eq!(
            e.words,
            vec![
                PatternWord {
                    text: "cover".into(),
                    wildcard: false
                },
                PatternWord {
                    text: "for".into(),
                    wildcard: false
                },
                PatternWord {
                    text: "slash".into(),
                    wildcard: true
                },
            ]
        );
    }

    #[test]
    fn error_missing_weight() {
        assert_eq!(
            one(Role::Stance, "smokescreen").unwrap_err(),
            "x.txt:1: missing weight: stance entries need a pattern then a number"
        );
    }

    #[test]
    fn error_bad_weight() {
        assert!(
            one(Role::General, "good x1")
                .unwrap_err()
                .contains("bad or missing weight \"x1\"")
        );
        assert!(
            one(Role::General, "good NaN")
                .unwrap_err()
                .contains("must be a finite number")
        );
    }

    #[test]
    fn error_weight_out_of_range() {
        assert!(
            one(Role::Stance, "good 0")
                .unwrap_err()
                .contains("out of range")
        );
        assert!(
            one(Role::Stance, "good 4.5")
                .unwrap_err()
                .contains("out of range")
        );
        assert!(
            one(Role::Modifier, "very -1")
                .unwrap_err()
                .contains("out of range")
        );
        assert!(
            one(Role::Modifier, "very 1")
                .unwrap_err()
                .contains("out of range")
        );
        assert_eq!(one(Role::Modifier, "very 1.5").unwrap().weight, Some(1.5));
    }

    #[test]
    fn error_weight_where_none_belongs() {
        assert!(
            one(Role::Negator, "not 2")
                .unwrap_err()
                .contains("take no weight")
        );
    }

    #[test]
    fn error_unmatchable_pattern() {
        assert!(
            one(Role::Stance, "\u{a3}5m -1")
                .unwrap_err()
                .contains("can never match")
        );
        assert!(
            one(Role::Target, "big, society")
                .unwrap_err()
                .contains("can never match")
        );
    }

    #[test]
    fn error_wildcards() {
        assert!(
            one(Role::Stance, "con* -1")
                .unwrap_err()
                .contains("shorter than 4")
        );
        assert!(
            one(Role::Stance, "fa*il -1")
                .unwrap_err()
                .contains("may only end")
        );
        assert!(one(Role::Stance, "big * -1").unwrap_err().contains("lone"));
    }

    #[test]
    fn error_bad_regex_in_boilerplate() {
        assert!(
            one(Role::Boilerplate, "^(comments")
                .unwrap_err()
                .contains("invalid regular expression")
        );
        assert!(one(Role::Boilerplate, r"^comments are closed\.?$").is_ok());
    }

    #[test]
    fn errors_name_path_and_line() {
        let (_, errs) = parse_file(Role::Stance, "dir/stance.txt", "good 1\nbad\n");
        assert_eq!(errs.len(), 1);
        assert_eq!(
            errs[0].to_string(),
            "dir/stance.txt:2: missing weight: stance entries need a pattern then a number"
        );
    }

    #[test]
    fn load_dir_reports_missing_files() {
        let dir = std::env::temp_dir().join(format!("bigsoc-lex-missing-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let err = load_dir(&dir).unwrap_err();
        assert_eq!(err.0.len(), Role::ALL.len());
        assert!(err.0[0].to_string().contains("cannot read lexicon file"));
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn fingerprint_changes_with_content() {
        let mut files: Vec<(Role, String)> =
            EMBEDDED.iter().map(|(r, t)| (*r, t.to_string())).collect();
        let a = parse_set(None, &files).unwrap().fingerprint;
        files[2].1.push_str("\nbrand new entry 1\n");
        let b = parse_set(None, &files).unwrap().fingerprint;
        assert_ne!(a, b);
    }
}
