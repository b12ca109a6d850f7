//! Lexicons: the reviewable text files under `lexicons/`, one per role,
//! parsed into entries with every problem reported as `path:line: reason`.
//! The default set is embedded in the binary; `--lexicons DIR` replaces it.

use std::borrow::Cow;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::sync::{LazyLock, Mutex, OnceLock};

use regex_automata::Input;
use regex_automata::dfa::{Automaton, dense::DFA};
use sha2::{Digest, Sha256};

use crate::tokenize::fold_word_cow;

mod inflect;

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
    /// Attribution cues ("said", "according to", "point out").
    Attribution,
    /// Rebuttal cues ("hit back", "rejected", "denied").
    Rebuttal,
    /// The agenda's critics ("critics", "cynics", "naysayers"): what a
    /// clause says of them it says, reversed, of the target.
    Critic,
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
/// A pattern word standing for any number ("raised # for", "only # of
/// the"): see [`crate::matcher::number_end`] for what it matches.
pub const NUMBER_WORD: &str = "#";

impl Role {
    /// Every role, in the order files are read and fingerprinted.
    pub const ALL: [Role; 15] = [
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
        Role::Critic,
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
            Role::Critic => "critics.txt",
            Role::Warning => "warnings.txt",
            Role::Rival => "rivals.txt",
            Role::Boilerplate => "boilerplate.txt",
        }
    }

    /// Whether a lexicon folder may lack this role's file (read as empty):
    /// roles added after the format was first published, so folders made
    /// before them still load.
    pub fn optional(self) -> bool {
        matches!(self, Role::Critic)
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
            Role::Critic => "critic",
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
pub const EMBEDDED: [(Role, &str); 15] = [
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
    (Role::Critic, include_str!("../lexicons/critics.txt")),
    (Role::Warning, include_str!("../lexicons/warnings.txt")),
    (Role::Rival, include_str!("../lexicons/rivals.txt")),
    (
        Role::Boilerplate,
        include_str!("../lexicons/boilerplate.txt"),
    ),
];

/// Text of an entry: borrowed from the embedded files where it can be, so
/// start-up does not copy thousands of small strings; owned otherwise.
pub type Text = Cow<'static, str>;

/// Keeps a piece of a file's text: borrowed when the file is `'static`.
type Keep<'t> = fn(&'t str) -> Text;

fn keep_static(s: &'static str) -> Text {
    Cow::Borrowed(s)
}

fn keep_owned(s: &str) -> Text {
    Cow::Owned(s.to_owned())
}

/// One word of a pattern, folded as the tokenizer folds text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PatternWord {
    pub text: Text,
    /// `true` when the word ended in `*`: any word starting with `text`.
    pub wildcard: bool,
}

/// One lexicon entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub role: Role,
    /// The pattern as written in the file (trimmed), used in evidence.
    pub pattern: Text,
    /// The folded words of a word pattern; empty for boilerplate entries.
    pub words: Vec<PatternWord>,
    /// The weight, for roles that carry one.
    pub weight: Option<f64>,
    /// A stance weight written with a trailing `!`: the sign is the
    /// writer's whatever surrounds the words ("sneering" defends the target
    /// even in "stop sneering"), so rules that flip a sign leave it alone.
    pub fixed: bool,
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
        // The path may hold any byte a file name can: shown escaped, so
        // each problem stays one line.
        let path = crate::cmd::printable_name(&self.path);
        if self.line == 0 {
            write!(f, "{path}: {}", self.message)
        } else {
            write!(f, "{path}:{}: {}", self.line, self.message)
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
    pub boilerplate: Boilerplate,
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
/// The embedded lexicons with some roles' files replaced, for tests that
/// need weights they can compute by hand.
#[cfg(test)]
pub fn embedded_with(replaced: &[(Role, &str)]) -> LexiconSet {
    let files: Vec<(Role, String)> = EMBEDDED
        .iter()
        .map(|(r, t)| {
            let text = replaced
                .iter()
                .find(|(role, _)| role == r)
                .map_or(*t, |(_, text)| *text);
            (*r, text.to_string())
        })
        .collect();
    parse_set(None, &files).unwrap()
}

pub fn embedded() -> &'static LexiconSet {
    static SET: LazyLock<LexiconSet> = LazyLock::new(parse_embedded);
    &SET
}

/// Parses the embedded lexicons afresh (for a caller that will own them,
/// such as the default scorer, and so need not clone the shared copy).
///
/// The boilerplate patterns were compiled into a DFA when the binary was
/// built (see `build.rs`); a second thread checks and loads it (or, should
/// the build have made none, compiles the patterns) while this one parses
/// the word lexicons, and the first paragraph waits for it.
pub fn parse_embedded() -> LexiconSet {
    let bp_entries = boilerplate_entries(role_text(&EMBEDDED, Role::Boilerplate), keep_static);
    let boilerplate = Boilerplate::in_background(bp_entries.clone(), true);
    let (mut entries, errors) = parse_words(None, &EMBEDDED, &bp_entries, keep_static);
    if !errors.is_empty() {
        panic!("embedded lexicons are broken: {}", LexiconErrors(errors));
    }
    entries.shrink_to_fit();
    LexiconSet {
        entries,
        boilerplate,
        dir: None,
        fingerprint: fingerprint(&EMBEDDED),
    }
}

/// The embedded boilerplate DFA's bytes, aligned as the DFA needs them.
#[repr(C)]
struct Aligned<B: ?Sized> {
    _align: [u32; 0],
    bytes: B,
}

static BOILERPLATE_DFA: &Aligned<[u8]> = &Aligned {
    _align: [],
    bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/boilerplate.dfa")),
};

/// The embedded patterns as the DFA built with the binary, if it was built
/// and loads.
fn embedded_dfa() -> Option<DFA<&'static [u32]>> {
    let bytes = &BOILERPLATE_DFA.bytes;
    if bytes.is_empty() {
        return None;
    }
    DFA::from_bytes(bytes).ok().map(|(dfa, _)| dfa)
}

/// Compiled boilerplate patterns.
#[derive(Clone)]
enum Compiled {
    /// The embedded patterns, compiled when the binary was built.
    Dfa(Box<DFA<&'static [u32]>>),
    /// Compiled at run time (a user's folder, or no DFA was built).
    Set(regex::RegexSet),
}

type Pending = (Receiver<Compiled>, Vec<Entry>);

/// The compiled boilerplate patterns, possibly still being made ready on
/// another thread: the first use waits for them.
pub struct Boilerplate {
    ready: OnceLock<Compiled>,
    pending: Mutex<Option<Pending>>,
}

impl Boilerplate {
    fn ready(set: regex::RegexSet) -> Boilerplate {
        Boilerplate {
            ready: OnceLock::from(Compiled::Set(set)),
            pending: Mutex::new(None),
        }
    }

    /// Loads the embedded DFA (when `embedded`) or compiles `entries` on a
    /// thread of its own. The patterns are known to compile.
    fn in_background(entries: Vec<Entry>, embedded: bool) -> Boilerplate {
        let make = move |entries: &[Entry]| match embedded.then(embedded_dfa).flatten() {
            Some(dfa) => Compiled::Dfa(Box::new(dfa)),
            None => Compiled::Set(compile_boilerplate(entries).expect("boilerplate compiles")),
        };
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        let patterns = entries.clone();
        let spawned = std::thread::Builder::new()
            .name("bigsoc-boilerplate".into())
            .spawn(move || {
                // The receiver may be gone if the run ended first.
                let _ = tx.send(make(&patterns));
            })
            .is_ok();
        if !spawned {
            return Boilerplate {
                ready: OnceLock::from(make(&entries)),
                pending: Mutex::new(None),
            };
        }
        Boilerplate {
            ready: OnceLock::new(),
            pending: Mutex::new(Some((rx, entries))),
        }
    }

    fn compiled(&self) -> &Compiled {
        self.ready.get_or_init(|| {
            let pending = self
                .pending
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .take();
            let (rx, entries) = pending.expect("boilerplate is ready or pending");
            // A thread that died: compile here instead.
            rx.recv().unwrap_or_else(|_| {
                Compiled::Set(compile_boilerplate(&entries).expect("boilerplate compiles"))
            })
        })
    }

    /// Whether the DFA built with the binary is in use.
    pub fn is_prebuilt(&self) -> bool {
        matches!(self.compiled(), Compiled::Dfa(_))
    }

    /// Whether there are no patterns at all.
    pub fn is_empty(&self) -> bool {
        match self.compiled() {
            Compiled::Dfa(dfa) => dfa.pattern_len() == 0,
            Compiled::Set(set) => set.is_empty(),
        }
    }

    /// Whether some pattern matches `line`.
    pub fn is_match(&self, line: &str) -> bool {
        match self.compiled() {
            Compiled::Dfa(dfa) => dfa
                .try_search_fwd(&Input::new(line))
                .is_ok_and(|m| m.is_some()),
            Compiled::Set(set) => set.is_match(line),
        }
    }
}

impl Clone for Boilerplate {
    fn clone(&self) -> Boilerplate {
        Boilerplate {
            ready: OnceLock::from(self.compiled().clone()),
            pending: Mutex::new(None),
        }
    }
}

impl fmt::Debug for Boilerplate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.ready.get() {
            Some(Compiled::Dfa(dfa)) => {
                write!(f, "Boilerplate(DFA, {} patterns)", dfa.pattern_len())
            }
            Some(Compiled::Set(set)) => f.debug_tuple("Boilerplate").field(set).finish(),
            None => f.write_str("Boilerplate(pending)"),
        }
    }
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
    if errors.is_empty() {
        return parse_set(Some(dir), &files);
    }
    // The files that could be read are parsed all the same, so one run
    // names every problem, as `bigsoc lexicon check` does, not the unreadable
    // files first and the malformed entries on the next try.
    if let Err(LexiconErrors(more)) = parse_set(Some(dir), &files) {
        errors.extend(more);
    }
    errors.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    Err(LexiconErrors(errors))
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
/// the file (and, for bad UTF-8, the line). A missing optional file (see
/// [`Role::optional`]) reads as empty.
pub fn read_role_file(dir: &Path, role: Role) -> Result<String, LexiconError> {
    let path = dir.join(role.file_name());
    let shown = path.to_string_lossy().into_owned();
    let bytes = match fs::read(&path) {
        Ok(b) => b,
        Err(e) if role.optional() && e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => {
            return Err(LexiconError {
                path: shown,
                line: 0,
                message: format!("cannot read lexicon file: {}", crate::read::io_reason(&e)),
            });
        }
    };
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

/// A file in a lexicon folder that looks like a lexicon but is not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFile {
    pub path: String,
    /// The role whose file name this one differs from only in case
    /// (`Stance.TXT`): names are case-sensitive, so it is not that file.
    pub miscased: Option<Role>,
}

impl UnknownFile {
    /// Why it is not read, for a message that already says it is unknown:
    /// empty, or the file name it was probably meant to have.
    pub fn hint(&self) -> String {
        match self.miscased {
            Some(role) => format!(
                " (names are case-sensitive: bigsoc reads {}, not this)",
                role.file_name()
            ),
            None => String::new(),
        }
    }
}

/// Files in `dir` that look like lexicons (a `.txt` extension in any case)
/// but belong to no role. Names are compared exactly, as they are opened:
/// `Stance.TXT` is not `stance.txt`, and is listed, with the role it
/// resembles, unless it is the very file `stance.txt` opens (a folder on a
/// case-insensitive file system).
pub fn unknown_files(dir: &Path) -> Vec<UnknownFile> {
    let mut out = Vec::new();
    if let Ok(rd) = fs::read_dir(dir) {
        for entry in rd.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let looks_like_one = Path::new(&name)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
            if !looks_like_one || Role::from_file_name(&name).is_some() {
                continue;
            }
            let path = dir.join(&name);
            let miscased = Role::ALL
                .into_iter()
                .find(|r| r.file_name().eq_ignore_ascii_case(&name));
            if miscased.is_some_and(|r| same_file(&path, &dir.join(r.file_name()))) {
                continue;
            }
            out.push(UnknownFile {
                path: path.to_string_lossy().into_owned(),
                miscased,
            });
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

/// Whether two paths name the same file (one file listed under another
/// case on a case-insensitive file system).
#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Whether two paths name the same file (one file listed under another
/// case on a case-insensitive file system).
#[cfg(not(unix))]
fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Parses a full set of role files and computes its fingerprint.
pub fn parse_set<S: AsRef<str> + Sync>(
    dir: Option<&Path>,
    files: &[(Role, S)],
) -> Result<LexiconSet, LexiconErrors> {
    // The boilerplate patterns compile on a second thread while the word
    // lexicons parse on this one: the two are most of start-up. Patterns
    // are validated one by one only when the set fails to compile, to name
    // the line at fault.
    let bp_path = display_path(dir, Role::Boilerplate);
    let bp_text = role_text(files, Role::Boilerplate);
    let bp_entries = boilerplate_entries(bp_text, keep_owned);
    let compile = || compile_boilerplate(&bp_entries);
    let (compiled, (mut entries, mut errors)) = std::thread::scope(|scope| {
        let handle = scope.spawn(compile);
        let texts: Vec<(Role, &str)> = files.iter().map(|(r, t)| (*r, t.as_ref())).collect();
        let words = parse_words(dir, &texts, &bp_entries, keep_owned);
        // A thread that cannot start or panics: compile here instead.
        (handle.join().unwrap_or_else(|_| compile()), words)
    });
    let boilerplate = match compiled {
        Ok(set) => {
            errors.extend(every_line_problems(&bp_path, &bp_entries, &set));
            set
        }
        Err(e) => {
            let (valid, bp_errors) = parse_file(Role::Boilerplate, &bp_path, bp_text);
            if bp_errors.is_empty() {
                // Each pattern is valid: the set is too large to compile.
                errors.extend(compile_problems(&bp_path, &bp_entries, &e));
            } else {
                // Malformed lines, and maybe lines too large as well: name
                // them all in one run, as `lexicon check` does.
                errors.extend(boilerplate_set_problems(&bp_path, &valid));
            }
            errors.extend(bp_errors);
            regex::RegexSet::empty()
        }
    };
    if !errors.is_empty() {
        return Err(LexiconErrors(errors));
    }
    entries.shrink_to_fit();
    Ok(LexiconSet {
        entries,
        boilerplate: Boilerplate::ready(boilerplate),
        dir: dir.map(Path::to_path_buf),
        fingerprint: fingerprint(files),
    })
}

/// The text of one role's file in a set.
fn role_text<S: AsRef<str>>(files: &[(Role, S)], role: Role) -> &str {
    files
        .iter()
        .find(|(r, _)| *r == role)
        .map_or("", |(_, t)| t.as_ref())
}

/// Compiles boilerplate patterns together: one pass per line.
fn compile_boilerplate(entries: &[Entry]) -> Result<regex::RegexSet, regex::Error> {
    regex::RegexSetBuilder::new(entries.iter().map(|e| &*e.pattern))
        .case_insensitive(true)
        .size_limit(BOILERPLATE_SET_LIMIT)
        .build()
}

/// The problems of boilerplate patterns that each parse (see
/// [`check_boilerplate`]) but fail as a set, as [`parse_set`] compiles
/// and checks them: too large to compile, or matching every line.
/// `bigsoc lexicon check` names what `classify` would refuse.
pub fn boilerplate_set_problems(path: &str, entries: &[Entry]) -> Vec<LexiconError> {
    match compile_boilerplate(entries) {
        Ok(set) => every_line_problems(path, entries, &set),
        Err(e) => compile_problems(path, entries, &e),
    }
}

/// Lines of text no boilerplate pattern has any business matching. A
/// pattern that matches the empty string and all of these matches
/// nothing in particular: every line.
const ORDINARY_LINES: [&str; 3] = [
    "The Big Society is a cover for cuts.",
    "x",
    "42 \u{2014} \u{e9}t\u{e9}",
];

/// Patterns that match every line (an empty alternative, `subscribe now|`,
/// or a pattern that is all optional, `(share this)?`): with one, every
/// paragraph would be boilerplate and neutral, so it is an error, named
/// by its line. `set` holds `entries` in order. Two scans of a few short
/// lines per pattern set, cheap enough for every start.
fn every_line_problems(path: &str, entries: &[Entry], set: &regex::RegexSet) -> Vec<LexiconError> {
    let mut hits = set.matches("");
    if !hits.matched_any() {
        return Vec::new();
    }
    let mut every: Vec<usize> = hits.iter().collect();
    for line in ORDINARY_LINES {
        hits = set.matches(line);
        every.retain(|&i| hits.matched(i));
    }
    every
        .into_iter()
        .map(|i| LexiconError {
            path: path.to_string(),
            line: entries[i].line,
            message: "pattern matches an empty line, so every line is boilerplate and \
                      every paragraph neutral (an empty alternative, as in `subscribe now|`?)"
                .to_string(),
        })
        .collect()
}

/// Why a set of valid patterns failed to compile. A set over the size
/// limit is blamed on each line too large to compile alone, as
/// `path:line:`; only when no line is (the lines fit one by one, not
/// together) is it reported against the file. Each line is compiled on
/// its own only here, after the set has failed.
fn compile_problems(path: &str, entries: &[Entry], err: &regex::Error) -> Vec<LexiconError> {
    const LIMIT_MIB: usize = BOILERPLATE_SET_LIMIT >> 20;
    let too_large = |e: &regex::Error| matches!(e, regex::Error::CompiledTooBig(_));
    if !too_large(err) {
        return vec![LexiconError {
            path: path.to_string(),
            line: 0,
            message: format!("the patterns do not compile: {err}"),
        }];
    }
    let lines: Vec<LexiconError> = entries
        .iter()
        .filter(|entry| {
            regex::RegexBuilder::new(&entry.pattern)
                .case_insensitive(true)
                .size_limit(BOILERPLATE_SET_LIMIT)
                .build()
                .is_err_and(|e| too_large(&e))
        })
        .map(|entry| LexiconError {
            path: path.to_string(),
            line: entry.line,
            message: format!(
                "pattern too large to compile: compiled, it alone exceeds the \
                 {LIMIT_MIB} MiB limit (a counted repetition such as \\w{{1000}} is \
                 the usual cause)"
            ),
        })
        .collect();
    if !lines.is_empty() {
        return lines;
    }
    vec![LexiconError {
        path: path.to_string(),
        line: 0,
        message: format!(
            "the patterns together are too large to compile: compiled, they exceed the \
             {LIMIT_MIB} MiB limit, though each fits alone"
        ),
    }]
}

/// Every role's entries in file order, the given boilerplate ones in their
/// place, and the problems found in the word files.
fn parse_words<'t>(
    dir: Option<&Path>,
    files: &[(Role, &'t str)],
    boilerplate: &[Entry],
    keep: Keep<'t>,
) -> (Vec<Entry>, Vec<LexiconError>) {
    let lines: usize = files
        .iter()
        .map(|(_, t)| memchr::memchr_iter(b'\n', t.as_bytes()).count() + 1)
        .sum();
    let mut entries = Vec::with_capacity(lines);
    let mut errors = Vec::new();
    for (role, text) in files {
        if *role == Role::Boilerplate {
            entries.extend(boilerplate.iter().cloned());
            continue;
        }
        let (es, errs) = parse_lines(*role, &display_path(dir, *role), text, keep);
        entries.extend(es);
        errors.extend(errs);
    }
    (entries, errors)
}

/// `sha256:` and the hex digest of every file's name, length and bytes.
fn fingerprint<S: AsRef<str>>(files: &[(Role, S)]) -> String {
    let mut hasher = Sha256::new();
    for (role, text) in files {
        let text = text.as_ref();
        hasher.update(role.file_name().as_bytes());
        hasher.update([0u8]);
        hasher.update((text.len() as u64).to_le_bytes());
        hasher.update(text.as_bytes());
    }
    let hex: String = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256:{hex}")
}

/// Size limit for the compiled set of boilerplate patterns.
const BOILERPLATE_SET_LIMIT: usize = 16 << 20;

/// Checks that a boilerplate pattern is a valid regular expression, as the
/// set will compile it (Unicode). Parsing is enough to find every syntax
/// error and is far cheaper than compiling each pattern on its own.
/// `lexicon check` runs it on every line; [`parse_set`] only when the set
/// fails to compile, to name the lines at fault. A pattern too large to
/// compile parses; [`boilerplate_set_problems`] finds it.
///
/// Parsed case-sensitively: case folding adds no error of its own, and
/// folding a large negated Unicode class takes tens of milliseconds (the
/// lexicon fuzzer found lines costing half a second), against a tenth of a
/// millisecond without it.
fn check_boilerplate(pattern: &str) -> Result<(), String> {
    regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// The boilerplate entries of a file, unvalidated: one per pattern line.
fn boilerplate_entries<'t>(text: &'t str, keep: Keep<'t>) -> Vec<Entry> {
    text.lines()
        .enumerate()
        .filter_map(|(n, raw)| {
            let content = raw.trim();
            (!content.is_empty() && !content.starts_with('#')).then(|| Entry {
                role: Role::Boilerplate,
                pattern: keep(content),
                words: Vec::new(),
                weight: None,
                fixed: false,
                line: n + 1,
            })
        })
        .collect()
}

/// Parses one role file. Returns the good entries and every problem found.
pub fn parse_file(role: Role, path: &str, text: &str) -> (Vec<Entry>, Vec<LexiconError>) {
    parse_lines(role, path, text, keep_owned)
}

fn parse_lines<'t>(
    role: Role,
    path: &str,
    text: &'t str,
    keep: Keep<'t>,
) -> (Vec<Entry>, Vec<LexiconError>) {
    let mut entries = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
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
                    pattern: Cow::Owned(content.to_string()),
                    words: Vec::new(),
                    weight: None,
                    fixed: false,
                    line,
                }),
                Err(e) => {
                    let full = e.to_string();
                    let msg = full.lines().last().unwrap_or("").trim();
                    // The regex crate's last line reads "error: ...".
                    let msg = msg.strip_prefix("error: ").unwrap_or(msg).to_string();
                    errors.push(err(format!("invalid regular expression: {msg}")))
                }
            }
            continue;
        }
        match parse_entry(role, content, keep) {
            Ok((pattern, forms, weight, fixed)) => {
                entries.extend(forms.into_iter().map(|words| Entry {
                    role,
                    pattern: pattern.clone(),
                    words,
                    weight,
                    fixed,
                    line,
                }))
            }
            Err(message) => errors.push(err(message)),
        }
    }
    (entries, errors)
}

/// The pattern as written, the word sequences it stands for (one, or one
/// per form of a `~` verb), the weight and whether it is fixed.
type ParsedEntry = (Text, Vec<Vec<PatternWord>>, Option<f64>, bool);

fn parse_entry<'t>(role: Role, content: &'t str, keep: Keep<'t>) -> Result<ParsedEntry, String> {
    let fields: Vec<&str> = content.split_whitespace().collect();
    let kind = role.weight_kind();
    let mut fixed = false;
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
            // The weight as written, `!` and all, is what a message quotes.
            let written = fields[fields.len() - 1];
            let mut last = written;
            if let Some(number) = last.strip_suffix('!') {
                if kind != WeightKind::Signed {
                    return Err(format!(
                        "{} weights cannot be fixed with '!' (only stance and general weights can)",
                        role.name()
                    ));
                }
                fixed = true;
                last = number;
            }
            let w: f64 = last.parse().map_err(|_| {
                format!(
                    "bad or missing weight {written:?}: {} entries end with a number such as -1.5",
                    role.name()
                )
            })?;
            if !w.is_finite() {
                return Err(format!(
                    "bad or missing weight {written:?}: must be a finite number"
                ));
            }
            match kind {
                WeightKind::Signed if w == 0.0 || w.abs() > MAX_STANCE_WEIGHT => {
                    return Err(format!(
                        "weight {w} out of range: {} weights are non-zero, from -{MAX_STANCE_WEIGHT} to {MAX_STANCE_WEIGHT}",
                        role.name()
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
    // A word ending in `~` is a verb in all its forms: the entry stands for
    // one word sequence per form.
    let mut verb: Option<(usize, Vec<String>)> = None;
    for f in pattern_fields {
        if let Some(base) = f.strip_suffix('~') {
            if verb.is_some() {
                return Err(format!("{f:?}: only one word of a pattern may end in `~`"));
            }
            let folded = match parse_word(base, keep) {
                Ok(w) if !w.wildcard && !w.text.is_empty() && w.text != NUMBER_WORD => w.text,
                _ => {
                    return Err(format!(
                        "{f:?}: `~` follows a plain word (a verb such as `fill~`)"
                    ));
                }
            };
            verb = Some((words.len(), inflect::verb_forms(&folded)));
            words.push(PatternWord {
                text: folded,
                wildcard: false,
            });
            continue;
        }
        match parse_word(f, keep) {
            Ok(w) => words.push(w),
            // A contraction the tokenizer reads as two words ("it's" is
            // "it is"): take the words it gives.
            Err(e) => match crate::tokenize::fold_words(f) {
                Some(ws) if !f.ends_with('*') => {
                    words.extend(ws.into_iter().map(|w| PatternWord {
                        text: Cow::Owned(w),
                        wildcard: false,
                    }))
                }
                _ => return Err(e),
            },
        }
    }
    // Most patterns are written with single spaces: take them as they are.
    let pattern = match (pattern_fields.first(), pattern_fields.last()) {
        (Some(first), Some(last)) => {
            let start = first.as_ptr() as usize - content.as_ptr() as usize;
            let end = last.as_ptr() as usize - content.as_ptr() as usize + last.len();
            let span = &content[start..end];
            if span.len() == pattern_fields.iter().map(|f| f.len() + 1).sum::<usize>() - 1
                && !span.contains(|c: char| c.is_whitespace() && c != ' ')
            {
                keep(span)
            } else {
                Cow::Owned(pattern_fields.join(" "))
            }
        }
        _ => Cow::Borrowed(""),
    };
    let forms = match verb {
        None => vec![words],
        Some((at, forms)) => forms
            .into_iter()
            .map(|form| {
                let mut ws = words.clone();
                ws[at].text = Cow::Owned(form);
                ws
            })
            .collect(),
    };
    Ok((pattern, forms, weight, fixed))
}

fn parse_word<'t>(field: &'t str, keep: Keep<'t>) -> Result<PatternWord, String> {
    if field == NUMBER_WORD {
        return Ok(PatternWord {
            text: Cow::Borrowed(NUMBER_WORD),
            wildcard: false,
        });
    }
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
    let folded = fold_word_cow(stem).ok_or_else(|| {
        format!("{field:?} can never match: the tokenizer does not produce it as one word")
    })?;
    if wildcard && folded.chars().count() < MIN_WILDCARD_STEM {
        return Err(format!(
            "{field:?}: wildcard stem shorter than {MIN_WILDCARD_STEM} characters matches too much"
        ));
    }
    let text = match folded {
        Cow::Borrowed(same) => keep(same),
        Cow::Owned(folded) => Cow::Owned(folded),
    };
    Ok(PatternWord { text, wildcard })
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
    fn embedded_set_equals_the_folder_it_came_from() {
        // The embedded set takes a faster path (boilerplate as a DFA built
        // with the binary); it must give what the folder gives.
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let from_dir = load_dir(&root.join("lexicons")).unwrap();
        let embedded = parse_embedded();
        assert!(embedded.boilerplate.is_prebuilt(), "build.rs made no DFA");
        assert!(!from_dir.boilerplate.is_prebuilt());
        assert_eq!(embedded.entries, from_dir.entries);
        assert_eq!(embedded.fingerprint, from_dir.fingerprint);
        // Every line of every text the project ships, and some edge cases,
        // get the same answer from the DFA and from the RegexSet.
        let mut lines: Vec<String> = [
            "Comments are closed.",
            "Posted by Jo on 3 May 2011",
            "A plan.",
            "",
            "\u{a9} 2012 Some Paper",
            "Copyright",
            "COPYRIGHTED material",
            "By \u{c9}lodie Martin",
            "12 March 2011 | Politics",
            "Home \u{bb} Politics \u{bb} The Big Society",
            "\u{2014}\u{2014}",
            "Tags:",
            "K\u{212a}",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // The shared corpus, when it sits beside the project, adds real
        // pages' lines; the project's own texts are enough without it.
        let mut stack = vec![root.join("tests"), root.join("../shared/corpus")];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if let Ok(text) = fs::read_to_string(&p) {
                    lines.extend(text.lines().map(|l| l.trim().to_string()));
                }
            }
        }
        assert!(lines.len() > 4_000, "{}", lines.len());
        let mut matched = 0;
        for line in &lines {
            let want = from_dir.boilerplate.is_match(line);
            assert_eq!(embedded.boilerplate.is_match(line), want, "{line:?}");
            matched += usize::from(want);
        }
        assert!(matched > 50, "{matched}");
        let clone = embedded.clone();
        assert!(clone.boilerplate.is_match("Comments are closed."));
    }

    #[test]
    fn boilerplate_compiled_in_the_background_is_waited_for() {
        let entries = boilerplate_entries("^comments are closed\\.?$\n^tags:\n", keep_owned);
        let b = Boilerplate::in_background(entries, false);
        assert!(!b.is_prebuilt());
        let clone = b.clone();
        assert!(b.is_match("Comments are closed."));
        assert!(clone.is_match("TAGS: x"));
        assert!(!b.is_match("Open comments"));
        assert!(!b.is_empty());
    }

    #[test]
    fn a_broken_boilerplate_pattern_is_named_by_line() {
        let mut files: Vec<(Role, String)> =
            EMBEDDED.iter().map(|(r, t)| (*r, t.to_string())).collect();
        for (role, text) in &mut files {
            if *role == Role::Boilerplate {
                *text = "^fine$\n# note\n^(unclosed\n".into();
            }
        }
        let errs = parse_set(None, &files).unwrap_err().0;
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].line, 3);
        assert!(
            errs[0].message.contains("invalid regular expression"),
            "{errs:?}"
        );
    }

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let (es, errs) = parse_file(Role::Negator, "n.txt", "# header\n\n  not  \n# x\nnever\n");
        assert!(errs.is_empty());
        assert_eq!(
            es.iter().map(|e| (&*e.pattern, e.line)).collect::<Vec<_>>(),
            vec![("not", 3), ("never", 5)]
        );
    }

    #[test]
    fn a_trailing_bang_fixes_a_stance_weight() {
        let e = one(Role::Stance, "sneering at 1.5!").unwrap();
        assert_eq!((e.weight, e.fixed), (Some(1.5), true));
        assert_eq!(&*e.pattern, "sneering at");
        let e = one(Role::General, "sneer -1").unwrap();
        assert!(!e.fixed);
        assert!(
            one(Role::Modifier, "very 1.5!")
                .unwrap_err()
                .contains("cannot be fixed")
        );
        assert!(
            one(Role::Stance, "sneer 0!")
                .unwrap_err()
                .contains("out of range")
        );
        assert!(
            one(Role::Stance, "sneer !")
                .unwrap_err()
                .contains("bad or missing weight")
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
    fn a_verb_with_a_tilde_stands_for_all_its_forms() {
        let (es, errs) = parse_file(Role::Stance, "x.txt", "# c\nFall~ short   -1.5\n");
        assert!(errs.is_empty(), "{errs:?}");
        let mut got: Vec<String> = es
            .iter()
            .map(|e| {
                assert_eq!(
                    (e.pattern.as_ref(), e.weight, e.line),
                    ("Fall~ short", Some(-1.5), 2)
                );
                e.words
                    .iter()
                    .map(|w| w.text.as_ref())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        got.sort();
        assert_eq!(
            got,
            [
                "fall short",
                "fallen short",
                "falling short",
                "falls short",
                "fell short"
            ]
        );
        for bad in ["fill~ gap~ -1", "fill*~ the gap -1", "~ the gap -1"] {
            let (_, errs) = parse_file(Role::Stance, "x.txt", bad);
            assert_eq!(errs.len(), 1, "{bad}: {errs:?}");
            assert!(errs[0].message.contains('~'), "{}", errs[0]);
        }
    }

    #[test]
    fn a_hash_is_a_number_word_after_the_first() {
        let e = one(Role::General, "raised # for   0.75").unwrap();
        assert_eq!(e.words[1].text, NUMBER_WORD);
        assert!(!e.words[1].wildcard);
        // A line starting with `#` is a comment, so `#` never opens one.
        let (es, errs) = parse_file(Role::General, "x.txt", "# times as many 1\n");
        assert!(es.is_empty() && errs.is_empty());
        for bad in ["raised #~ for 1", "raised #* for 1"] {
            assert!(one(Role::General, bad).is_err(), "{bad}");
        }
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
    fn boilerplate_check_agrees_with_the_case_insensitive_compile() {
        // The check parses case-sensitively, for speed; it must accept and
        // refuse exactly what the real (case-insensitive) compile does.
        for p in [
            r"^comments? closed$",
            r"\P{Greek}+\pL",
            r"(?i)\P{Lu}*[^a-z\P{Ll}]",
            r"[[:^alpha:]]\W",
            r"\p{NoSuchClass}",
            r"^(unclosed",
            r"[z-a]",
            r"a{2,1}",
            r"(?P<n>x)(?P<n>y)",
            r"\b\B^$",
        ] {
            let compiles = regex::RegexBuilder::new(p)
                .case_insensitive(true)
                .size_limit(1 << 28)
                .build()
                .is_ok();
            assert_eq!(check_boilerplate(p).is_ok(), compiles, "{p}");
        }
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
        let required = Role::ALL.iter().filter(|r| !r.optional()).count();
        assert_eq!(err.0.len(), required);
        assert!(err.0.iter().all(|e| !e.to_string().contains("critics.txt")));
        assert!(err.0[0].to_string().contains("cannot read lexicon file"));
        // With a file missing, the malformed entries of the others are
        // named in the same run, in path order.
        for (role, text) in EMBEDDED {
            if role != Role::Hedge {
                fs::write(dir.join(role.file_name()), text).unwrap();
            }
        }
        fs::write(dir.join(Role::General.file_name()), "fine 1\nbroken x\n").unwrap();
        let err = load_dir(&dir).unwrap_err();
        let shown: Vec<String> = err.0.iter().map(|e| e.to_string()).collect();
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(
            shown[0].contains("general.txt:2: bad or missing weight"),
            "{shown:?}"
        );
        assert!(
            shown[1].contains("hedges.txt: cannot read lexicon file"),
            "{shown:?}"
        );
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
