//! Reading inputs: expanding paths and folders into a list of documents, and
//! decoding raw bytes into text (UTF-8, BOM, line ends, Windows-1252, UTF-16,
//! binary).

use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// How many leading bytes are checked for NUL when deciding a file is binary.
/// 8 KiB is the window git and ripgrep use for the same test.
pub const BINARY_SNIFF_BYTES: usize = 8 * 1024;

/// Where a document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// Standard input (`-` on the command line).
    Stdin,
}

impl Source {
    /// The name shown in output and messages: the path as given (lossily
    /// converted when it is not valid UTF-8), or `-` for standard input.
    pub fn display_name(&self) -> String {
        match self {
            Source::File(p) => p.to_string_lossy().into_owned(),
            Source::Stdin => "-".to_string(),
        }
    }
}

/// Names that open this process's standard input wherever they are
/// given, on Linux and the BSDs: reading one of them and `-` would read
/// one stream twice.
pub const STDIN_NAMES: [&str; 3] = ["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"];

/// What standard input is, for [`reads_stdin`]: the device and inode of a
/// pipe, FIFO, terminal or socket, which can be read only once. `None`
/// when it is a regular file (opened again by another name, it is read
/// again from the start) or cannot be examined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StdinStream {
    #[cfg(unix)]
    dev: u64,
    #[cfg(unix)]
    ino: u64,
}

impl StdinStream {
    /// Standard input as it is now, when it is a stream.
    #[cfg(unix)]
    pub fn current() -> Option<StdinStream> {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        let fd = io::stdin().as_fd().try_clone_to_owned().ok()?;
        let meta = fs::File::from(fd).metadata().ok()?;
        (!meta.is_file()).then(|| StdinStream {
            dev: meta.dev(),
            ino: meta.ino(),
        })
    }

    /// Standard input as it is now, when it is a stream.
    #[cfg(not(unix))]
    pub fn current() -> Option<StdinStream> {
        None
    }

    /// Whether `path` opens this stream.
    #[cfg(unix)]
    fn is(&self, path: &Path) -> bool {
        use std::os::unix::fs::MetadataExt;
        fs::metadata(path).is_ok_and(|m| m.dev() == self.dev && m.ino() == self.ino)
    }

    #[cfg(not(unix))]
    fn is(&self, _path: &Path) -> bool {
        false
    }
}

/// Whether reading the command-line input `path` reads standard input:
/// `-`, one of [`STDIN_NAMES`], or another name for the stream standard
/// input is (`stdin`, from [`StdinStream::current`]).
pub fn reads_stdin(path: &Path, stdin: Option<&StdinStream>) -> bool {
    path.as_os_str() == "-"
        || STDIN_NAMES.iter().any(|name| path == Path::new(name))
        || stdin.is_some_and(|s| s.is(path))
}

/// A problem met while expanding the inputs (a missing path, an unreadable
/// folder). The input is skipped and named; the others go on.
#[derive(Debug)]
pub struct InputError {
    pub path: String,
    pub message: String,
}

/// How folders are walked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walk {
    /// Extensions of the files taken, without the dot (compared
    /// case-insensitively).
    pub exts: Vec<String>,
    /// Whether hidden files and folders (names starting with `.`) are
    /// walked too.
    pub hidden: bool,
}

impl Walk {
    /// A walk taking files with these extensions, each trimmed of spaces
    /// and leading dots (`" .md"` is `md`); empty ones are dropped.
    pub fn new<S: AsRef<str>>(exts: &[S], hidden: bool) -> Walk {
        let exts = exts
            .iter()
            .map(|e| e.as_ref().trim().trim_start_matches('.').to_string())
            .filter(|e| !e.is_empty())
            .collect();
        Walk { exts, hidden }
    }
}

/// What [`expand`] found.
#[derive(Debug, Default)]
pub struct Expanded {
    /// The documents, in the order given (folders in sorted order).
    pub sources: Vec<Source>,
    /// Inputs that could not be listed or read.
    pub errors: Vec<InputError>,
    /// Entries a walk passed over that have one of the extensions but are
    /// no regular file (a named pipe, a socket, a device), with why: a
    /// warning, not an error.
    pub skipped: Vec<InputError>,
    /// Folders named on the command line in which the walk found no file
    /// to take and met no error.
    pub empty: Vec<EmptyFolder>,
    /// Hidden files with one of the extensions and hidden folders the
    /// current walk passed over.
    skipped_hidden: Vec<PathBuf>,
}

/// A folder named on the command line that gave no file to take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmptyFolder {
    pub path: PathBuf,
    /// How many hidden entries the walk skipped in it that hold a file to
    /// take: `--hidden` would read them (always 0 when the walk takes
    /// hidden entries).
    pub skipped_hidden: usize,
}

/// Expands the command-line inputs into documents, in the order given.
///
/// Paths named explicitly are always taken, whatever their extension and
/// even when hidden. Folders are walked recursively in sorted order,
/// taking files whose extension is one of `walk.exts` (compared
/// case-insensitively; a file with no extension is never taken) and,
/// unless `walk.hidden`, skipping files and folders whose name starts with
/// `.` (`.git/`, `.ipynb_checkpoints/`). Symbolic links are followed, to
/// files and to folders; each folder is walked once, so a link loop
/// cannot hang the walk. A link that leads nowhere is an error when its
/// name has one of the extensions; a named pipe, socket or device with
/// one is skipped with a warning (a named one is read).
pub fn expand(inputs: &[PathBuf], walk: &Walk) -> Expanded {
    let mut found = Expanded::default();
    for input in inputs {
        if input.as_os_str() == "-" {
            found.sources.push(Source::Stdin);
            continue;
        }
        match fs::metadata(input) {
            Ok(meta) if meta.is_dir() => {
                let before = (found.sources.len(), found.errors.len(), found.skipped.len());
                let mut seen = BTreeSet::new();
                found.skipped_hidden.clear();
                walk_dir(input, walk, &mut seen, &mut found);
                let after = (found.sources.len(), found.errors.len(), found.skipped.len());
                if after == before {
                    // Only now, and only here, look inside what was skipped
                    // as hidden, to tell the user whether `--hidden` helps.
                    let skipped = std::mem::take(&mut found.skipped_hidden);
                    let mut seen = BTreeSet::new();
                    let skipped_hidden = skipped
                        .iter()
                        .filter(|p| holds_a_file(p, &walk.exts, &mut seen))
                        .count();
                    found.empty.push(EmptyFolder {
                        path: input.clone(),
                        skipped_hidden,
                    });
                }
            }
            Ok(_) => found.sources.push(Source::File(input.clone())),
            Err(err) => found.errors.push(InputError {
                path: input.to_string_lossy().into_owned(),
                message: path_reason(input, &err),
            }),
        }
    }
    found
}

/// Whether `path` is a file with one of `exts`, or a folder holding one
/// at any depth, hidden entries included. Stops at the first such file;
/// `seen` (canonical folder paths) keeps a link loop from repeating.
fn holds_a_file(path: &Path, exts: &[String], seen: &mut BTreeSet<PathBuf>) -> bool {
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => {
            let fresh = fs::canonicalize(path).is_ok_and(|canon| seen.insert(canon));
            fresh
                && fs::read_dir(path).is_ok_and(|entries| {
                    entries
                        .flatten()
                        .any(|e| holds_a_file(&e.path(), exts, seen))
                })
        }
        Ok(meta) => meta.is_file() && has_extension(path, exts),
        Err(_) => false,
    }
}

/// Whether a walk skips this entry as hidden: its name starts with `.`.
fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name.as_encoded_bytes().first() == Some(&b'.'))
}

fn walk_dir(dir: &Path, walk: &Walk, seen: &mut BTreeSet<PathBuf>, found: &mut Expanded) {
    let error = |err: &io::Error| InputError {
        path: dir.to_string_lossy().into_owned(),
        message: io_reason(err),
    };
    // Canonical paths identify a folder however it was reached; visiting each
    // once breaks symlink loops.
    match fs::canonicalize(dir) {
        Ok(canon) => {
            if !seen.insert(canon) {
                return;
            }
        }
        Err(err) => {
            found.errors.push(error(&err));
            return;
        }
    }
    let entries = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(err) => {
            found.errors.push(error(&err));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => paths.push(e.path()),
            Err(err) => found.errors.push(error(&err)),
        }
    }
    paths.sort();
    for path in paths {
        if !walk.hidden && is_hidden(&path) {
            found.skipped_hidden.push(path);
            continue;
        }
        // `metadata` follows links: a link to a folder is walked (once), a
        // dangling link is reported.
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk_dir(&path, walk, seen, found),
            Ok(meta) if meta.is_file() => {
                if has_extension(&path, &walk.exts) {
                    found.sources.push(Source::File(path));
                }
            }
            Ok(meta) => {
                // Reading a named pipe could block for ever, and a device
                // could be endless: a walk takes regular files only, and
                // says so of one that has the extension.
                if has_extension(&path, &walk.exts) {
                    found.skipped.push(InputError {
                        path: path.to_string_lossy().into_owned(),
                        message: format!(
                            "skipped: {}, not a regular file; name it on the command line \
                             to read it",
                            special_kind(&meta.file_type())
                        ),
                    });
                }
            }
            Err(err) => {
                if has_extension(&path, &walk.exts) {
                    found.errors.push(InputError {
                        path: path.to_string_lossy().into_owned(),
                        message: path_reason(&path, &err),
                    });
                }
            }
        }
    }
}

/// What a file that is neither a regular file nor a folder is, for a
/// message: "a named pipe (FIFO)", "a socket", "a device".
#[cfg(unix)]
fn special_kind(kind: &fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "a named pipe (FIFO)"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_block_device() || kind.is_char_device() {
        "a device"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_kind: &fs::FileType) -> &'static str {
    "a special file"
}

fn has_extension(path: &Path, exts: &[String]) -> bool {
    match path.extension() {
        Some(ext) => {
            let ext = ext.to_string_lossy();
            exts.iter().any(|e| e.eq_ignore_ascii_case(&ext))
        }
        None => false,
    }
}

/// A short reason for an I/O error, without the OS error number noise.
/// [`io_reason`] for an error opening `path`: a symbolic link whose target
/// is missing says so, since `ls` lists the link and "no such file" would
/// puzzle.
pub fn path_reason(path: &Path, err: &io::Error) -> String {
    let dangling = err.kind() == io::ErrorKind::NotFound
        && fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if dangling {
        match fs::read_link(path) {
            Ok(target) => format!(
                "broken symbolic link: its target {} does not exist",
                target.to_string_lossy()
            ),
            Err(_) => "broken symbolic link: its target does not exist".to_string(),
        }
    } else {
        io_reason(err)
    }
}

pub fn io_reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a folder, not a file".to_string(),
        io::ErrorKind::NotADirectory => "part of the path is not a folder".to_string(),
        io::ErrorKind::StorageFull => "no space left on the device".to_string(),
        _ => {
            let s = err.to_string();
            // "Too many open files (os error 24)" -> "too many open files"
            let s = match s.find(" (os error") {
                Some(i) => &s[..i],
                None => &s[..],
            };
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
                    first
                        .to_lowercase()
                        .chain(s[first.len_utf8()..].chars())
                        .collect()
                }
                _ => s.to_string(),
            }
        }
    }
}

/// Reads the raw bytes of a source.
pub fn read_source(source: &Source) -> io::Result<Vec<u8>> {
    match source {
        Source::File(p) => fs::read(p),
        Source::Stdin => {
            let mut buf = Vec::new();
            io::stdin().lock().read_to_end(&mut buf)?;
            Ok(buf)
        }
    }
}

/// The result of decoding a document's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    /// Text, with line ends normalised to `\n`, and a warning when the bytes
    /// were not valid UTF-8.
    Text {
        text: String,
        warning: Option<String>,
    },
    /// The bytes look binary (a NUL in the first [`BINARY_SNIFF_BYTES`]).
    Binary,
}

/// Decodes a document: binary detection, BOM removal, UTF-8 with a
/// Windows-1252 fallback line by line, and line-end normalisation (CRLF and
/// lone CR become LF). A line that is not valid UTF-8 is decoded as
/// Windows-1252 and the others stay UTF-8, so one stray byte in scraped
/// text garbles one line, not the file. A document opening with a UTF-16
/// byte-order mark is UTF-16 in that byte order (its NUL bytes do not make
/// it binary). Byte offsets in the output refer to this decoded text.
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some(order) = utf16_order(bytes) {
        let mut decoder = Utf16Decoder::new(order);
        let mut text = String::with_capacity(bytes.len());
        decoder.push(&bytes[UTF16_BOM_LEN..], &mut text);
        decoder.finish(&mut text);
        return Decoded::Text {
            text,
            warning: decoder.warning(),
        };
    }
    let sniff = &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)];
    if memchr::memchr(0, sniff).is_some() {
        return Decoded::Binary;
    }
    let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let (text, warning) = match std::str::from_utf8(body) {
        Ok(s) => (normalise_line_ends(s), None),
        Err(_) => {
            let mut text = String::with_capacity(body.len() + body.len() / 8);
            let mut fallback = Fallback::default();
            let mut line = 1;
            let mut rest = body;
            loop {
                let end = memchr::memchr2(b'\r', b'\n', rest).unwrap_or(rest.len());
                let (content, after) = rest.split_at(end);
                match std::str::from_utf8(content) {
                    Ok(s) => text.push_str(s),
                    Err(_) => {
                        let (decoded, undefined) = decode_windows_1252(content);
                        text.push_str(&decoded);
                        fallback.add(line, undefined);
                    }
                }
                match after {
                    [b'\r', b'\n', tail @ ..] | [b'\r' | b'\n', tail @ ..] => {
                        text.push('\n');
                        line += 1;
                        rest = tail;
                    }
                    _ => break,
                }
            }
            (text, fallback.warning())
        }
    };
    Decoded::Text { text, warning }
}

/// The lines of a document decoded as Windows-1252: the first, how many,
/// and how many of their bytes Windows-1252 has no character for.
#[derive(Debug, Default, Clone, Copy)]
struct Fallback {
    first_line: usize,
    lines: usize,
    undefined: usize,
}

impl Fallback {
    fn add(&mut self, line: usize, undefined: usize) {
        if self.lines == 0 {
            self.first_line = line;
        }
        self.lines += 1;
        self.undefined += undefined;
    }

    fn warning(&self) -> Option<String> {
        (self.lines > 0).then(|| fallback_warning(self.first_line, self.lines, self.undefined))
    }
}

/// The UTF-8 byte-order mark, dropped from the start of a document.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The byte order of a UTF-16 document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ByteOrder {
    /// Opens with the bytes FF FE.
    Little,
    /// Opens with the bytes FE FF.
    Big,
}

/// Length of a UTF-16 byte-order mark.
const UTF16_BOM_LEN: usize = 2;

/// The byte order a document's UTF-16 byte-order mark gives, if it opens
/// with one. Without one, UTF-16 is not guessed: its NUL bytes make it
/// binary. Nor is it taken when a NUL character (a zero code unit) follows
/// the mark in the first [`BINARY_SNIFF_BYTES`]: UTF-32 ("FF FE 00 00")
/// and binary data that happen to open with a mark stay binary. Only the
/// first chunk is looked at, so [`decode`] and [`sniff`] agree.
fn utf16_order(bytes: &[u8]) -> Option<ByteOrder> {
    let order = match bytes {
        [0xFF, 0xFE, ..] => ByteOrder::Little,
        [0xFE, 0xFF, ..] => ByteOrder::Big,
        _ => return None,
    };
    let window = &bytes[UTF16_BOM_LEN..bytes.len().min(BINARY_SNIFF_BYTES)];
    let nul = window.chunks_exact(2).any(|unit| unit == [0, 0]);
    (!nul).then_some(order)
}

/// A UTF-16 decoder fed bytes in chunks of any size (a code unit or a
/// surrogate pair may be split between two), giving UTF-8 with line ends
/// normalised as [`normalise_line_ends`] does. An unpaired surrogate, or a
/// last byte with no partner, becomes U+FFFD and is counted for the
/// warning. Both [`decode`] and the streaming pair use it, so they agree.
#[derive(Debug, Clone)]
struct Utf16Decoder {
    order: ByteOrder,
    /// The first byte of a code unit split between two chunks.
    odd: Option<u8>,
    /// A high surrogate waiting for its low half.
    high: Option<u16>,
    after_cr: bool,
    /// The line being decoded (1-based), for the warning.
    line: usize,
    /// The line of the first invalid code unit, and how many there are.
    first_invalid: usize,
    invalid: usize,
}

impl Utf16Decoder {
    fn new(order: ByteOrder) -> Self {
        Utf16Decoder {
            order,
            odd: None,
            high: None,
            after_cr: false,
            line: 1,
            first_invalid: 0,
            invalid: 0,
        }
    }

    /// Decodes `bytes` (the document after its byte-order mark) onto `out`.
    fn push(&mut self, mut bytes: &[u8], out: &mut String) {
        if let Some(first) = self.odd.take() {
            match bytes.split_first() {
                Some((&second, rest)) => {
                    self.unit([first, second], out);
                    bytes = rest;
                }
                None => {
                    self.odd = Some(first);
                    return;
                }
            }
        }
        let mut pairs = bytes.chunks_exact(2);
        for pair in &mut pairs {
            self.unit([pair[0], pair[1]], out);
        }
        if let [last] = pairs.remainder() {
            self.odd = Some(*last);
        }
    }

    /// Ends the document: a surrogate or a byte left waiting is invalid.
    fn finish(&mut self, out: &mut String) {
        if self.high.take().is_some() {
            self.invalid(out);
        }
        if self.odd.take().is_some() {
            self.invalid(out);
        }
    }

    fn unit(&mut self, bytes: [u8; 2], out: &mut String) {
        let unit = match self.order {
            ByteOrder::Little => u16::from_le_bytes(bytes),
            ByteOrder::Big => u16::from_be_bytes(bytes),
        };
        if let Some(high) = self.high.take() {
            if (0xDC00..=0xDFFF).contains(&unit) {
                // A valid pair always decodes to a character.
                if let Some(Ok(c)) = char::decode_utf16([high, unit]).next() {
                    self.char(c, out);
                }
                return;
            }
            self.invalid(out);
        }
        match unit {
            0xD800..=0xDBFF => self.high = Some(unit),
            0xDC00..=0xDFFF => self.invalid(out),
            // Every other code unit is a character of its own.
            _ => self.char(char::from_u32(u32::from(unit)).unwrap_or('\u{FFFD}'), out),
        }
    }

    fn invalid(&mut self, out: &mut String) {
        if self.invalid == 0 {
            self.first_invalid = self.line;
        }
        self.invalid += 1;
        self.char('\u{FFFD}', out);
    }

    fn char(&mut self, c: char, out: &mut String) {
        let after_cr = std::mem::replace(&mut self.after_cr, c == '\r');
        match c {
            '\n' if after_cr => {}
            '\r' | '\n' => {
                out.push('\n');
                self.line += 1;
            }
            _ => out.push(c),
        }
    }

    /// The warning for a document with invalid code units.
    fn warning(&self) -> Option<String> {
        (self.invalid > 0).then(|| {
            format!(
                "line {}: not valid UTF-16; {} unpaired surrogate(s) or cut-off byte(s) \
                 replaced by U+FFFD",
                self.first_invalid, self.invalid
            )
        })
    }
}

/// The warning for a document with lines decoded as Windows-1252: `line`
/// is the first of them, `lines` how many, `undefined` the bytes in them
/// Windows-1252 has no character for.
fn fallback_warning(line: usize, lines: usize, undefined: usize) -> String {
    let mut w = if lines == 1 {
        format!("line {line}: not valid UTF-8; decoded as Windows-1252")
    } else {
        format!(
            "line {line}: not valid UTF-8; it and {} more line(s) decoded as Windows-1252",
            lines - 1
        )
    };
    if undefined > 0 {
        w.push_str(&format!(
            ", with {undefined} undefined byte(s) replaced by U+FFFD"
        ));
    }
    w
}

/// A UTF-8 validator fed a byte at a time, so lines can be judged across
/// chunk boundaries without being held.
#[derive(Debug, Default, Clone, Copy)]
struct Utf8Check {
    /// Continuation bytes still expected, and the range the next must fall
    /// in (narrower after some lead bytes, as `str::from_utf8` requires).
    need: u8,
    lo: u8,
    hi: u8,
}

impl Utf8Check {
    /// Takes one byte; `false` when it breaks the encoding (the check then
    /// starts afresh).
    fn feed(&mut self, b: u8) -> bool {
        if self.need > 0 {
            if (self.lo..=self.hi).contains(&b) {
                self.need -= 1;
                (self.lo, self.hi) = (0x80, 0xBF);
                return true;
            }
            self.need = 0;
            return false;
        }
        let (need, lo, hi) = match b {
            0x00..=0x7F => return true,
            0xC2..=0xDF => (1, 0x80, 0xBF),
            0xE0 => (2, 0xA0, 0xBF),
            0xE1..=0xEC | 0xEE..=0xEF => (2, 0x80, 0xBF),
            0xED => (2, 0x80, 0x9F),
            0xF0 => (3, 0x90, 0xBF),
            0xF1..=0xF3 => (3, 0x80, 0xBF),
            0xF4 => (3, 0x80, 0x8F),
            _ => return false,
        };
        (self.need, self.lo, self.hi) = (need, lo, hi);
        true
    }

    /// Whether a character is cut off here.
    fn pending(&self) -> bool {
        self.need > 0
    }
}

/// Turns CRLF and lone CR into LF. Borrows nothing and copies only when a CR
/// is present.
pub fn normalise_line_ends(s: &str) -> String {
    if memchr::memchr(b'\r', s.as_bytes()).is_none() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// The characters Windows-1252 assigns to bytes 0x80-0x9F; `None` marks the
/// five bytes it leaves undefined. Bytes 0xA0-0xFF are Latin-1.
const WINDOWS_1252_HIGH: [Option<char>; 32] = [
    Some('\u{20AC}'),
    None,
    Some('\u{201A}'),
    Some('\u{0192}'),
    Some('\u{201E}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{02C6}'),
    Some('\u{2030}'),
    Some('\u{0160}'),
    Some('\u{2039}'),
    Some('\u{0152}'),
    None,
    Some('\u{017D}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201C}'),
    Some('\u{201D}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{02DC}'),
    Some('\u{2122}'),
    Some('\u{0161}'),
    Some('\u{203A}'),
    Some('\u{0153}'),
    None,
    Some('\u{017E}'),
    Some('\u{0178}'),
];

/// Decodes bytes as Windows-1252, returning the text and how many bytes had
/// no character in that encoding (each becomes U+FFFD).
pub fn decode_windows_1252(bytes: &[u8]) -> (String, usize) {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut undefined = 0;
    for &b in bytes {
        let c = match windows_1252_char(b) {
            Some(c) => c,
            None => {
                undefined += 1;
                '\u{FFFD}'
            }
        };
        out.push(c);
    }
    (out, undefined)
}

/// The character Windows-1252 gives a byte, or `None` for its five
/// undefined bytes.
fn windows_1252_char(b: u8) -> Option<char> {
    match b {
        0x80..=0x9F => WINDOWS_1252_HIGH[(b - 0x80) as usize],
        _ => Some(b as char),
    }
}

/// Bytes read at a time by the streaming functions below.
const CHUNK: usize = 64 * 1024;

/// How a document's bytes are to be decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// All of it is UTF-8.
    Utf8,
    /// Some lines are not: those are Windows-1252, the rest UTF-8.
    Mixed,
    /// UTF-16 in this byte order (it opens with a byte-order mark).
    Utf16(ByteOrder),
}

/// What [`sniff`] learned from a full pass over a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sniffed {
    /// A NUL in the first [`BINARY_SNIFF_BYTES`]: skip it, as [`decode`] does.
    Binary,
    /// Text in this encoding, with the warning [`decode`] would give.
    Text {
        encoding: Encoding,
        warning: Option<String>,
    },
}

/// Reads until `buf` is full or the reader ends; returns the bytes read.
fn fill<R: Read>(r: &mut R, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Whether a byte has no character in Windows-1252.
fn undefined_in_windows_1252(b: u8) -> bool {
    (0x80..=0x9F).contains(&b) && WINDOWS_1252_HIGH[(b - 0x80) as usize].is_none()
}

/// Makes the decisions of [`decode`] (binary or text, UTF-8,
/// Windows-1252 or UTF-16, and the warning) in one streaming pass, holding one chunk
/// at a time, so a file too large to hold can then be read through a
/// [`DecodingReader`] with exactly the result [`decode`] would give.
pub fn sniff<R: Read>(mut r: R) -> io::Result<Sniffed> {
    let mut buf = vec![0u8; CHUNK];
    let n = fill(&mut r, &mut buf)?;
    if let Some(order) = utf16_order(&buf[..n]) {
        return sniff_utf16(r, order, buf, n);
    }
    sniff_8bit(r, buf, n)
}

/// [`sniff`] for a UTF-16 document whose first `n` bytes are in `buf`:
/// decodes it all, a chunk at a time, for the warning.
fn sniff_utf16<R: Read>(
    mut r: R,
    order: ByteOrder,
    mut buf: Vec<u8>,
    n: usize,
) -> io::Result<Sniffed> {
    let mut decoder = Utf16Decoder::new(order);
    let mut scratch = String::with_capacity(CHUNK * 2);
    decoder.push(&buf[UTF16_BOM_LEN..n], &mut scratch);
    loop {
        scratch.clear();
        let n = fill(&mut r, &mut buf)?;
        if n == 0 {
            break;
        }
        decoder.push(&buf[..n], &mut scratch);
    }
    decoder.finish(&mut scratch);
    Ok(Sniffed::Text {
        encoding: Encoding::Utf16(order),
        warning: decoder.warning(),
    })
}

/// [`sniff`] for a document that is not UTF-16, whose first `n` bytes are
/// in `buf`.
fn sniff_8bit<R: Read>(mut r: R, mut buf: Vec<u8>, mut n: usize) -> io::Result<Sniffed> {
    let mut offset: usize = 0;
    let mut first = true;
    let mut check = Utf8Check::default();
    let mut fallback = Fallback::default();
    // The line being read: its number, whether it is bad so far, and its
    // bytes Windows-1252 has no character for.
    let mut line = 1;
    let mut bad = false;
    let mut undefined = 0;
    let mut after_cr = false;
    loop {
        if !first {
            n = fill(&mut r, &mut buf)?;
        }
        if n == 0 {
            break;
        }
        let mut fresh = &buf[..n];
        if offset < BINARY_SNIFF_BYTES {
            let window = &fresh[..fresh.len().min(BINARY_SNIFF_BYTES - offset)];
            if memchr::memchr(0, window).is_some() {
                return Ok(Sniffed::Binary);
            }
        }
        offset += n;
        if first {
            first = false;
            fresh = fresh.strip_prefix(BOM).unwrap_or(fresh);
        }
        // Plain ASCII without line ends cannot change a verdict.
        if !check.pending()
            && !after_cr
            && fresh.is_ascii()
            && memchr::memchr2(b'\r', b'\n', fresh).is_none()
        {
            continue;
        }
        for &b in fresh {
            if b == b'\r' || b == b'\n' {
                let lf_of_crlf = b == b'\n' && after_cr;
                after_cr = b == b'\r';
                if lf_of_crlf {
                    continue;
                }
                if check.pending() {
                    bad = true;
                    check = Utf8Check::default();
                }
                if bad {
                    fallback.add(line, undefined);
                }
                line += 1;
                bad = false;
                undefined = 0;
                continue;
            }
            after_cr = false;
            if !check.feed(b) {
                bad = true;
            }
            if undefined_in_windows_1252(b) {
                undefined += 1;
            }
        }
    }
    if check.pending() || bad {
        fallback.add(line, undefined);
    }
    Ok(Sniffed::Text {
        encoding: if fallback.lines == 0 {
            Encoding::Utf8
        } else {
            Encoding::Mixed
        },
        warning: fallback.warning(),
    })
}

/// A reader giving the decoded text of a document as UTF-8, exactly as
/// [`decode`] gives it (BOM dropped, line ends normalised, lines that are
/// not UTF-8 transcoded from Windows-1252, UTF-16 transcoded), while
/// holding one chunk at a time, and in a [`Encoding::Mixed`] document one
/// line. The encoding comes from [`sniff`].
#[derive(Debug)]
pub struct DecodingReader<R> {
    inner: R,
    encoding: Encoding,
    raw: Vec<u8>,
    out: Vec<u8>,
    out_pos: usize,
    /// The current line's bytes, in a mixed document: whether it is UTF-8
    /// is known only at its end.
    line: Vec<u8>,
    /// The decoder of a UTF-16 document, and the text it decoded last.
    utf16: Option<(Utf16Decoder, String)>,
    started: bool,
    after_cr: bool,
    eof: bool,
}

impl<R: Read> DecodingReader<R> {
    pub fn new(inner: R, encoding: Encoding) -> Self {
        DecodingReader {
            inner,
            encoding,
            raw: vec![0; CHUNK],
            out: Vec::with_capacity(CHUNK + CHUNK / 2),
            out_pos: 0,
            line: Vec::new(),
            utf16: match encoding {
                Encoding::Utf16(order) => Some((Utf16Decoder::new(order), String::new())),
                Encoding::Utf8 | Encoding::Mixed => None,
            },
            started: false,
            after_cr: false,
            eof: false,
        }
    }

    /// Moves a held line to `out`, as UTF-8 if it is, else transcoded from
    /// Windows-1252.
    fn flush_line(line: &mut Vec<u8>, out: &mut Vec<u8>) {
        match std::str::from_utf8(line) {
            Ok(_) => out.extend_from_slice(line),
            Err(_) => {
                let (decoded, _) = decode_windows_1252(line);
                out.extend_from_slice(decoded.as_bytes());
            }
        }
        line.clear();
    }

    /// Decodes the next chunk into `out`.
    fn refill(&mut self) -> io::Result<()> {
        self.out.clear();
        self.out_pos = 0;
        let n = fill(&mut self.inner, &mut self.raw)?;
        if let Some((decoder, text)) = &mut self.utf16 {
            text.clear();
            let mut bytes = &self.raw[..n];
            if !self.started {
                self.started = true;
                if utf16_order(bytes).is_some() {
                    bytes = &bytes[UTF16_BOM_LEN..];
                }
            }
            if n == 0 {
                decoder.finish(text);
                self.eof = true;
            } else {
                decoder.push(bytes, text);
            }
            self.out.extend_from_slice(text.as_bytes());
            return Ok(());
        }
        if n == 0 {
            Self::flush_line(&mut self.line, &mut self.out);
            self.eof = true;
            return Ok(());
        }
        let mut bytes = &self.raw[..n];
        if !self.started {
            self.started = true;
            bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
        }
        // The common case: UTF-8 with LF line ends passes through as is.
        if self.encoding == Encoding::Utf8
            && !self.after_cr
            && memchr::memchr(b'\r', bytes).is_none()
        {
            self.out.extend_from_slice(bytes);
            return Ok(());
        }
        for &b in bytes {
            if self.after_cr {
                self.after_cr = false;
                if b == b'\n' {
                    continue;
                }
            }
            match (b, self.encoding) {
                (b'\r' | b'\n', Encoding::Mixed) => {
                    Self::flush_line(&mut self.line, &mut self.out);
                    self.out.push(b'\n');
                    self.after_cr = b == b'\r';
                }
                (b'\r', Encoding::Utf8) => {
                    self.out.push(b'\n');
                    self.after_cr = true;
                }
                (_, Encoding::Mixed) => self.line.push(b),
                // UTF-16 was decoded above.
                (_, Encoding::Utf8 | Encoding::Utf16(_)) => self.out.push(b),
            }
        }
        Ok(())
    }
}

impl<R: Read> Read for DecodingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.out_pos == self.out.len() {
            if self.eof {
                return Ok(0);
            }
            self.refill()?;
        }
        let n = buf.len().min(self.out.len() - self.out_pos);
        buf[..n].copy_from_slice(&self.out[self.out_pos..self.out_pos + n]);
        self.out_pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> (String, Option<String>) {
        match decode(bytes) {
            Decoded::Text { text, warning } => (text, warning),
            Decoded::Binary => panic!("unexpectedly binary"),
        }
    }

    #[test]
    fn utf8_passes_through() {
        assert_eq!(
            text("caf\u{e9} \u{2019}".as_bytes()),
            ("caf\u{e9} \u{2019}".into(), None)
        );
    }

    #[test]
    fn bom_is_dropped() {
        assert_eq!(text(b"\xEF\xBB\xBFHello").0, "Hello");
    }

    #[test]
    fn crlf_and_lone_cr_become_lf() {
        assert_eq!(text(b"a\r\nb\rc\n\r\nd").0, "a\nb\nc\n\nd");
    }

    #[test]
    fn windows_1252_fallback_decodes_quotes_and_accents() {
        let (t, w) = text(b"line one\n\x93Big Society\x94 \x96 caf\xe9 \x80");
        assert_eq!(
            t,
            "line one\n\u{201C}Big Society\u{201D} \u{2013} caf\u{e9} \u{20AC}"
        );
        let w = w.expect("a warning");
        assert!(w.starts_with("line 2:"), "{w}");
        assert!(w.contains("Windows-1252"));
    }

    #[test]
    fn only_the_lines_that_are_not_utf8_are_decoded_as_windows_1252() {
        // One stray byte on line 3 of a UTF-8 file with curly quotes.
        let bytes = [
            "\u{201C}one\u{201D}\r\ntwo \u{e9}\n".as_bytes(),
            b"th\x92ree\r\n",
            "four \u{20AC}".as_bytes(),
        ]
        .concat();
        let (t, w) = text(&bytes);
        assert_eq!(
            t,
            "\u{201C}one\u{201D}\ntwo \u{e9}\nth\u{2019}ree\nfour \u{20AC}"
        );
        assert_eq!(
            w.unwrap(),
            "line 3: not valid UTF-8; decoded as Windows-1252"
        );
        let (t, w) = text(b"a\xe9\nb \xc3\xa9\nc\x93\n");
        assert_eq!(t, "a\u{e9}\nb \u{e9}\nc\u{201C}\n");
        assert_eq!(
            w.unwrap(),
            "line 1: not valid UTF-8; it and 1 more line(s) decoded as Windows-1252"
        );
    }

    #[test]
    fn undefined_windows_1252_bytes_are_replaced_and_counted() {
        let (t, w) = text(b"x\x81y");
        assert_eq!(t, "x\u{FFFD}y");
        assert!(w.unwrap().contains("1 undefined byte"));
    }

    #[test]
    fn nul_in_first_8k_is_binary() {
        assert_eq!(decode(b"abc\0def"), Decoded::Binary);
        let mut late = vec![b'a'; BINARY_SNIFF_BYTES];
        late.push(0);
        assert!(matches!(decode(&late), Decoded::Text { .. }));
    }

    /// `text` in UTF-16 with a byte-order mark.
    fn utf16(text: &str, order: ByteOrder) -> Vec<u8> {
        let mut bytes = match order {
            ByteOrder::Little => vec![0xFF, 0xFE],
            ByteOrder::Big => vec![0xFE, 0xFF],
        };
        for unit in text.encode_utf16() {
            bytes.extend(match order {
                ByteOrder::Little => unit.to_le_bytes(),
                ByteOrder::Big => unit.to_be_bytes(),
            });
        }
        bytes
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_decoded_in_either_order() {
        let original = "Caf\u{e9} \u{201C}Big Society\u{201D}\r\n\r\nTwo \u{1F600}\rthree";
        for order in [ByteOrder::Little, ByteOrder::Big] {
            assert_eq!(
                text(&utf16(original, order)),
                (
                    "Caf\u{e9} \u{201C}Big Society\u{201D}\n\nTwo \u{1F600}\nthree".into(),
                    None
                ),
                "{order:?}"
            );
        }
        assert_eq!(text(&[0xFF, 0xFE]), (String::new(), None));
    }

    #[test]
    fn unpaired_surrogates_and_a_cut_off_byte_become_replacement_characters() {
        let mut bytes = utf16("one\ntwo ", ByteOrder::Little);
        // A lone low surrogate, then a high one followed by a letter.
        bytes.extend_from_slice(&[0x00, 0xDC, 0x3D, 0xD8, b'x', 0x00]);
        let (t, w) = text(&bytes);
        assert_eq!(t, "one\ntwo \u{FFFD}\u{FFFD}x");
        assert_eq!(
            w.unwrap(),
            "line 2: not valid UTF-16; 2 unpaired surrogate(s) or cut-off byte(s) \
             replaced by U+FFFD"
        );
        let mut cut = utf16("a\u{1F600}", ByteOrder::Big);
        cut.truncate(cut.len() - 1);
        let (t, w) = text(&cut);
        assert_eq!(t, "a\u{FFFD}\u{FFFD}");
        assert!(w.unwrap().contains("2 unpaired"));
    }

    #[test]
    fn utf32_or_binary_behind_a_utf16_mark_stays_binary() {
        let mut utf32 = vec![0xFF, 0xFE, 0, 0];
        for c in "The Big Society".chars() {
            utf32.extend((c as u32).to_le_bytes());
        }
        let mut junk = vec![0xFE, 0xFF, 0x12, 0x34, 0, 0, 0x56];
        junk.extend([7u8; 100]);
        for bytes in [utf32, junk] {
            assert!(matches!(decode(&bytes), Decoded::Binary));
            assert!(matches!(sniff(&bytes[..]).unwrap(), Sniffed::Binary));
        }
    }

    #[test]
    fn utf16_without_a_byte_order_mark_stays_binary() {
        let mut bytes = utf16("Hello", ByteOrder::Little);
        bytes.drain(..2);
        assert_eq!(decode(&bytes), Decoded::Binary);
    }

    #[test]
    fn extension_filter_is_case_insensitive() {
        let exts = vec!["txt".to_string()];
        assert!(has_extension(Path::new("a/B.TXT"), &exts));
        assert!(!has_extension(Path::new("a/b.md"), &exts));
        assert!(!has_extension(Path::new("a/txt"), &exts));
    }

    /// What the streaming pair gives: the sniffed verdict and, for text,
    /// everything the decoding reader reads.
    fn streamed(bytes: &[u8]) -> Decoded {
        match sniff(bytes).unwrap() {
            Sniffed::Binary => Decoded::Binary,
            Sniffed::Text { encoding, warning } => {
                let mut text = String::new();
                DecodingReader::new(bytes, encoding)
                    .read_to_string(&mut text)
                    .unwrap();
                Decoded::Text { text, warning }
            }
        }
    }

    #[test]
    fn lone_cr_lines_are_counted_in_the_warning() {
        let (_, w) = text(b"one\rtwo\r\nthree\r\xff");
        assert!(w.unwrap().starts_with("line 4:"));
    }

    #[test]
    fn streaming_agrees_with_decode_across_chunk_boundaries() {
        let mut cases: Vec<Vec<u8>> = Vec::new();
        for at in [CHUNK - 2, CHUNK - 1, CHUNK, CHUNK + 1] {
            // A CRLF, a multi-byte character and a BOM'd start around the
            // boundary between two chunks.
            let mut crlf = vec![b'a'; at];
            crlf.extend_from_slice(b"\r\nb\r");
            cases.push(crlf);
            let mut euro = vec![b'a'; at];
            euro.extend_from_slice("\u{20AC}\n\u{1F600}".as_bytes());
            cases.push(euro);
            let mut bom = b"\xEF\xBB\xBF".to_vec();
            bom.extend(std::iter::repeat_n(b'x', at));
            bom.extend_from_slice("\u{e9}\r\n".as_bytes());
            cases.push(bom);
            // A bad byte in the second chunk, after many lines.
            let mut late = b"line\r\n".repeat(at / 6);
            late.extend_from_slice(b"caf\xe9 \x81");
            cases.push(late);
            // A character cut off by the end of the file.
            let mut cut = vec![b'a'; at];
            cut.extend_from_slice(&"\u{20AC}".as_bytes()[..2]);
            cases.push(cut);
            // UTF-8 and Windows-1252 lines mixed, a line and a character
            // split across the boundary.
            let mut mixed = "\u{e9}t\u{e9}\r\n".as_bytes().to_vec();
            mixed.extend(std::iter::repeat_n(b'y', at.saturating_sub(7)));
            mixed.extend_from_slice(
                &[
                    "\u{20AC}\u{20AC}\nbad".as_bytes(),
                    b"\x93\r\nok ",
                    "\u{e9}\rlast".as_bytes(),
                    b"\x80",
                ]
                .concat(),
            );
            cases.push(mixed);
            // A character cut off by a line end, across the boundary.
            let mut cut_line = vec![b'z'; at];
            cut_line.extend_from_slice(&[0xE2, 0x82, b'\n', b'o', b'k']);
            cases.push(cut_line);
        }
        for order in [ByteOrder::Little, ByteOrder::Big] {
            // A code unit, a surrogate pair and a CRLF split between two
            // chunks, and a bad surrogate and a cut-off byte near the end.
            for pad in [CHUNK / 2 - 2, CHUNK / 2 - 1] {
                let mut text = "x".repeat(pad);
                text.push_str("\u{1F600}\r\n\u{e9}\r");
                let mut bytes = utf16(&text, order);
                cases.push(bytes.clone());
                bytes.insert(CHUNK - 1, 0xD8);
                cases.push(bytes.clone());
                bytes.extend_from_slice(&[0x00, 0xDC, 0x41]);
                cases.push(bytes);
            }
        }
        let mut late_nul = vec![b'a'; BINARY_SNIFF_BYTES + 10];
        late_nul.push(0);
        cases.push(late_nul);
        cases.push(b"x\0".to_vec());
        cases.push(Vec::new());
        for bytes in &cases {
            assert_eq!(streamed(bytes), decode(bytes), "{} bytes", bytes.len());
        }
    }
}
