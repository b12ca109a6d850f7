//! Subcommands, one file each, and what they share: loading lexicons,
//! loading documents, and reporting on stderr.

pub mod classify;
pub mod completions;
pub mod diff;
pub mod eval;
pub mod explain;
pub mod lexicon;
pub mod report;

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use crate::cli::{Command, FolderArgs, LexiconArgs, LexiconCommand};
use crate::lexicon as lex;
use crate::read::{self, Decoded, Source};
use crate::score::Scorer;

/// Runs one subcommand.
pub fn dispatch(command: Command) -> anyhow::Result<i32> {
    match command {
        Command::Classify(args) => classify::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Completions(args) => completions::completions(args),
        Command::Man => completions::man(),
        Command::Lexicon(LexiconCommand::Check(args)) => lexicon::check(args),
        Command::Lexicon(LexiconCommand::Export(args)) => lexicon::export(args),
        Command::Diff(args) => diff::run(args),
        Command::Report(args) => report::run(args),
    }
}

/// Prints `bigsoc: {msg}` on stderr, ignoring a closed stderr. Control
/// characters (from file names, say) are shown escaped, never sent to the
/// terminal.
pub fn message(msg: &str) {
    let _ = writeln!(io::stderr().lock(), "bigsoc: {}", printable(msg));
}

/// `s` with control characters other than newline escaped (`\u{1b}`), for
/// text bound for a terminal: a file name or an article must not be able
/// to clear the screen or retitle the window.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| c.is_control() && c != '\n') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_control() && c != '\n' {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A file or folder name (a path, or `-`) made safe for one line of a
/// terminal: every control character is escaped, line feed as `\n`, tab as
/// `\t`, carriage return as `\r`, the others as `\u{1b}`. Every command
/// should show names through this, in `bigsoc:` messages (before handing
/// them to [`message`]) and in headers of its output; [`printable`], which
/// keeps line breaks, is for paragraph text.
pub fn printable_name(name: &str) -> std::borrow::Cow<'_, str> {
    if !name.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len() + 8);
    for c in name.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Words of the text on one line: every run of whitespace, line breaks
/// included, as one space.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` on one line, cut after at most `max` characters at a word
/// boundary and marked " ..." when it is longer: paragraph text quoted by
/// `explain`, `diff` and `eval --show-errors`.
pub fn clip(text: &str, max: usize) -> String {
    let flat = one_line(text);
    let Some((cut, _)) = flat.char_indices().nth(max) else {
        return flat;
    };
    let end = if flat[cut..].starts_with(' ') {
        cut
    } else {
        // Back to the last space, unless the word runs over most of the
        // room (a URL): then cut inside it rather than show almost nothing.
        match flat[..cut].rfind(' ') {
            Some(i) if flat[..i].chars().count() >= max / 2 => i,
            _ => cut,
        }
    };
    format!("{} ...", &flat[..end])
}

/// A score as the label sees it: two decimals, or three where the third
/// matters (a score of 0.895 is below a 0.9 threshold and must not print
/// as "+0.90"). Shown by `explain`, `diff` and `eval --show-errors`.
pub fn score_text(score: f64) -> String {
    if ((score * 100.0).round() - score * 100.0).abs() < 1e-9 {
        format!("{score:+.2}")
    } else {
        format!("{score:+.3}")
    }
}

/// The warning for a file skipped as binary, the same in every subcommand.
pub const BINARY_SKIPPED: &str = "skipped: binary file (NUL byte in the first 8 KiB)";

/// Whether an error chain ends in a closed pipe on our output.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

static EMBEDDED_SCORER: LazyLock<Arc<Scorer>> =
    LazyLock::new(|| Arc::new(Scorer::new(lex::parse_embedded())));

/// The scorer for `--lexicons DIR`, or the embedded one. A broken lexicon
/// is an error listing every problem; nothing runs on part of a lexicon.
pub fn scorer(args: &LexiconArgs) -> anyhow::Result<Arc<Scorer>> {
    match &args.lexicons {
        None => Ok(Arc::clone(&EMBEDDED_SCORER)),
        Some(dir) => load_scorer(dir),
    }
}

/// Loads a scorer from a lexicon folder.
pub fn load_scorer(dir: &Path) -> anyhow::Result<Arc<Scorer>> {
    let set = lex::load_dir(dir);
    // Named even when the set does not load: `Stance.TXT` is the likely
    // reason `stance.txt` is missing.
    for unknown in lex::unknown_files(dir) {
        message(&format!(
            "{}: warning: not a lexicon file bigsoc knows{}; ignored",
            printable_name(&unknown.path),
            unknown.hint()
        ));
    }
    Ok(Arc::new(Scorer::new(set.map_err(anyhow::Error::new)?)))
}

/// The walk that `--ext` and `--hidden` ask for. Each `--ext` value is a
/// comma-separated list, items trimmed of spaces and leading dots (`--ext
/// 'txt, .md'`); an empty item is a usage error that quotes the whole
/// value, since it would take nothing (a file without an extension is never
/// taken by a walk) and is most likely a typo (`--ext txt,`).
pub fn walk(folders: &FolderArgs, hidden: bool) -> anyhow::Result<read::Walk> {
    let mut exts = Vec::new();
    for value in &folders.ext {
        for item in value.split(',') {
            let ext = item.trim().trim_start_matches('.');
            if ext.is_empty() {
                anyhow::bail!(
                    "--ext {value:?} has an empty extension in its list; give extensions \
                     separated by commas, such as --ext txt,md"
                );
            }
            exts.push(ext);
        }
    }
    Ok(read::Walk::new(&exts, hidden))
}

/// Turns command-line paths into the documents to read: with no path,
/// standard input when it is not a terminal (`no_input` is the error
/// otherwise); folders walked as `walk` says (see [`read::expand`]): files
/// with one of its extensions, hidden entries skipped unless it takes
/// them. Standard input given twice is a usage error, as `-` or by a
/// name for it (`/dev/stdin`, see [`read::reads_stdin`]): the second
/// would silently read nothing. Inputs that cannot be listed are named on stderr, and so, as a
/// warning, is a folder with no file to take; the second value says
/// whether there were inputs that could not be listed.
pub fn gather_inputs(
    mut paths: Vec<PathBuf>,
    walk: &read::Walk,
    no_input: &str,
) -> anyhow::Result<(Vec<Source>, bool)> {
    if paths.is_empty() {
        if io::stdin().is_terminal() {
            anyhow::bail!("{no_input}");
        }
        paths.push(PathBuf::from("-"));
    }
    if paths.len() > 1 {
        // `-` and `/dev/stdin` (or a FIFO that standard input is) would
        // read one stream twice: the second document, silently empty.
        let stream = read::StdinStream::current();
        let mut stdin_names = paths
            .iter()
            .filter(|p| read::reads_stdin(p, stream.as_ref()))
            .map(|p| printable_name(&p.to_string_lossy()).into_owned());
        if let (Some(first), Some(second)) = (stdin_names.next(), stdin_names.next()) {
            if first == second {
                anyhow::bail!(
                    "{first}: given more than once; standard input can be read only once"
                );
            }
            anyhow::bail!(
                "{second}: reads standard input, as {first} does; standard input can be \
                 read only once"
            );
        }
    }
    let mut found = read::expand(&paths, walk);
    // A file named twice, or named and inside a folder named too, or a
    // folder given twice: read once, or every total would count it twice.
    // The first name each file was reached by.
    let mut seen: std::collections::HashMap<PathBuf, String> = std::collections::HashMap::new();
    // (the later name, the first one)
    let mut repeated: Vec<(String, String)> = Vec::new();
    found.sources.retain(|source| match source {
        Source::File(path) => {
            let identity = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
            match seen.entry(identity) {
                std::collections::hash_map::Entry::Occupied(first) => {
                    repeated.push((source.display_name(), first.get().clone()));
                    false
                }
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(source.display_name());
                    true
                }
            }
        }
        Source::Stdin => true,
    });
    if let Some((name, first)) = repeated.first() {
        let more = match repeated.len() - 1 {
            0 => String::new(),
            1 => " (and 1 more file like it)".to_string(),
            n => format!(" (and {n} more files like it)"),
        };
        // Named twice, or reached again by another name (a symbolic link,
        // "./a.txt" and "a.txt", a file inside a folder also named).
        let what = if name == first {
            "given more than once".to_string()
        } else {
            format!("the same file as {}", printable_name(first))
        };
        message(&format!(
            "{}: warning: {what}, read once{more}",
            printable_name(name)
        ));
    }
    for e in &found.errors {
        message(&format!("{}: {}", printable_name(&e.path), e.message));
    }
    for s in &found.skipped {
        message(&format!(
            "{}: warning: {}",
            printable_name(&s.path),
            s.message
        ));
    }
    for folder in &found.empty {
        // Hidden files and folders were passed over: say so, since they
        // may be what the user meant to read.
        let hint = match folder.skipped_hidden {
            0 => "choose extensions with --ext".to_string(),
            1 => "1 hidden entry holds some: walk it with --hidden".to_string(),
            n => format!("{n} hidden entries hold some: walk them with --hidden"),
        };
        message(&format!(
            "{}: warning: no {} files found ({hint})",
            printable_name(&folder.path.to_string_lossy()),
            printable_name(&extension_list(&walk.exts))
        ));
    }
    Ok((found.sources, !found.errors.is_empty()))
}

/// Extensions for a message: `.txt`, `.txt or .md`, `.txt, .md or .html`.
fn extension_list(exts: &[String]) -> String {
    let dotted: Vec<String> = exts.iter().map(|e| format!(".{e}")).collect();
    match dotted.split_last() {
        None => "matching".to_string(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

/// A document read and decoded, or why not.
pub enum Loaded {
    Text {
        text: String,
        warning: Option<String>,
    },
    /// Skipped as binary (a warning, not an error).
    Binary,
    /// Could not be read (an error).
    Unreadable(String),
}

/// Reads and decodes one source. A file that cannot be read is named in
/// the words of [`read::path_reason`], as the walk names it: a broken
/// symbolic link says so, in every command.
pub fn load(source: &Source) -> Loaded {
    match read::read_source(source) {
        Err(e) => Loaded::Unreadable(match source {
            Source::File(path) => read::path_reason(path, &e),
            Source::Stdin => read::io_reason(&e),
        }),
        Ok(bytes) => Loaded::from_bytes(&bytes),
    }
}

impl Loaded {
    /// A document's bytes decoded (see [`read::decode`]).
    pub fn from_bytes(bytes: &[u8]) -> Loaded {
        match read::decode(bytes) {
            Decoded::Text { text, warning } => Loaded::Text { text, warning },
            Decoded::Binary => Loaded::Binary,
        }
    }
}

/// How many paragraphs a document has, for a message about a paragraph
/// number beyond them: "the document has 4 paragraphs, numbered from 0",
/// "the document has 1 paragraph, numbered 0", "the document has no
/// paragraphs".
pub fn paragraph_count(n: usize) -> String {
    match n {
        0 => "the document has no paragraphs".to_string(),
        1 => "the document has 1 paragraph, numbered 0".to_string(),
        n => format!("the document has {n} paragraphs, numbered from 0"),
    }
}

/// An error and its causes on one line, `outer: inner`, with an I/O
/// cause in the words of [`read::io_reason`] ("no space left on the
/// device", not "No space left on device (os error 28)").
pub fn error_text(err: &anyhow::Error) -> String {
    err.chain()
        .map(|cause| match cause.downcast_ref::<io::Error>() {
            Some(io) => read::io_reason(io),
            None => cause.to_string(),
        })
        .collect::<Vec<_>>()
        .join(": ")
}

/// serde_json's reason for a line that is not the record it should be, in
/// plain words rather than the parser's ("expected ident", "usize"), and
/// the column it points at, when that helps: where the JSON breaks or a
/// value has the wrong type, not for a field missing from the end, nor
/// for a line cut short. A record is one line, so serde's "line 1" is
/// dropped.
pub fn json_reason(err: &serde_json::Error) -> (String, Option<usize>) {
    use serde_json::error::Category;
    let full = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    let reason = full.strip_suffix(&suffix).unwrap_or(&full);
    let column = (err.column() > 0).then_some(err.column());
    match err.classify() {
        Category::Syntax => ("not valid JSON".to_string(), column),
        Category::Eof => (
            "not valid JSON: the line ends before the record does".to_string(),
            None,
        ),
        Category::Io => (reason.to_string(), None),
        Category::Data => {
            if let Some(field) = reason.strip_prefix("missing field ") {
                return (format!("missing field {}", field.replace('`', "\"")), None);
            }
            (plain_type_reason(reason), column)
        }
    }
}

/// "invalid type: string \"0\", expected usize" as "the string \"0\"
/// where a whole number from 0 was expected".
fn plain_type_reason(reason: &str) -> String {
    let expected = |what: &str| match what {
        "usize" | "u64" | "u32" | "u16" | "u8" => "a whole number from 0".to_string(),
        "isize" | "i64" | "i32" => "a whole number".to_string(),
        "f64" | "f32" => "a number".to_string(),
        "a sequence" => "a list".to_string(),
        "a map" => "an object".to_string(),
        w if w.starts_with("struct ") => "an object".to_string(),
        w => w.replace('`', "\""),
    };
    let found = |what: &str| what.replace('`', "");
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = reason.strip_prefix(prefix)
            && let Some((got, want)) = rest.rsplit_once(", expected ")
        {
            return format!("{} where {} was expected", found(got), expected(want));
        }
    }
    reason.replace('`', "\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_have_every_control_character_escaped() {
        assert_eq!(printable_name("corpus/a b.txt"), "corpus/a b.txt");
        assert_eq!(
            printable_name("no\nsuch\t\r\u{1b}[31m\u{7f}\u{85}.txt"),
            "no\\nsuch\\t\\r\\u{1b}[31m\\u{7f}\\u{85}.txt"
        );
        // Paragraph text keeps its line breaks.
        assert_eq!(printable("a\nb\u{1b}"), "a\nb\\u{1b}");
    }

    #[test]
    fn clip_cuts_at_a_word_boundary_and_says_so() {
        assert_eq!(clip("short text", 20), "short text");
        assert_eq!(clip("line one\nline  two", 40), "line one line two");
        assert_eq!(clip("the cover for cuts again", 13), "the cover for ...");
        assert_eq!(clip("the cover for cuts again", 12), "the cover ...");
        // A word longer than half the room is cut inside.
        assert_eq!(clip("a https://example.org/x/y/z", 10), "a https:// ...");
        assert_eq!(clip("ééééé ééééé", 7), "ééééé ...");
    }

    #[test]
    fn scores_show_a_third_decimal_only_where_it_matters() {
        assert_eq!(score_text(0.895), "+0.895");
        assert_eq!(score_text(-1.5), "-1.50");
        assert_eq!(score_text(0.0), "+0.00");
    }

    #[test]
    fn extensions_are_listed_as_a_reader_would() {
        let list =
            |exts: &[&str]| extension_list(&exts.iter().map(|e| e.to_string()).collect::<Vec<_>>());
        assert_eq!(list(&["txt"]), ".txt");
        assert_eq!(list(&["txt", "md"]), ".txt or .md");
        assert_eq!(list(&["txt", "md", "html"]), ".txt, .md or .html");
        assert_eq!(list(&[]), "matching");
    }
}
