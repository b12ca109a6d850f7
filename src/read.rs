//! Reading inputs: expanding paths and folders into a list of documents, and
//! decoding raw bytes into text (UTF-8, BOM, line ends, Windows-1252, binary).

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

/// A problem met while expanding the inputs (a missing path, an unreadable
/// folder). The input is skipped and named; the others go on.
#[derive(Debug)]
pub struct InputError {
    pub path: String,
    pub message: String,
}

/// Expands the command-line inputs into documents, in the order given.
///
/// Files named explicitly are always taken, whatever their extension.
/// Folders are walked recursively in sorted order, taking files whose
/// extension is one of `exts` (compared case-insensitively). Symbolic links
/// to folders are followed once each, so a link loop cannot hang the walk.
pub fn expand_inputs(inputs: &[PathBuf], exts: &[String]) -> (Vec<Source>, Vec<InputError>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        match fs::metadata(input) {
            Ok(meta) if meta.is_dir() => {
                let mut seen = BTreeSet::new();
                walk(input, exts, &mut seen, &mut sources, &mut errors);
            }
            Ok(_) => sources.push(Source::File(input.clone())),
            Err(err) => errors.push(InputError {
                path: input.to_string_lossy().into_owned(),
                message: io_reason(&err),
            }),
        }
    }
    (sources, errors)
}

fn walk(
    dir: &Path,
    exts: &[String],
    seen: &mut BTreeSet<PathBuf>,
    sources: &mut Vec<Source>,
    errors: &mut Vec<InputError>,
) {
    // Canonical paths identify a folder however it was reached; visiting each
    // once breaks symlink loops.
    match fs::canonicalize(dir) {
        Ok(canon) => {
            if !seen.insert(canon) {
                return;
            }
        }
        Err(err) => {
            errors.push(InputError {
                path: dir.to_string_lossy().into_owned(),
                message: io_reason(&err),
            });
            return;
        }
    }
    let entries = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(err) => {
            errors.push(InputError {
                path: dir.to_string_lossy().into_owned(),
                message: io_reason(&err),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => paths.push(e.path()),
            Err(err) => errors.push(InputError {
                path: dir.to_string_lossy().into_owned(),
                message: io_reason(&err),
            }),
        }
    }
    paths.sort();
    for path in paths {
        // `metadata` follows links: a link to a folder is walked (once), a
        // dangling link is reported.
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, exts, seen, sources, errors),
            Ok(meta) if meta.is_file() => {
                if has_extension(&path, exts) {
                    sources.push(Source::File(path));
                }
            }
            Ok(_) => {}
            Err(err) => {
                if has_extension(&path, exts) {
                    errors.push(InputError {
                        path: path.to_string_lossy().into_owned(),
                        message: io_reason(&err),
                    });
                }
            }
        }
    }
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
pub fn io_reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let s = err.to_string();
            // "Is a directory (os error 21)" -> "Is a directory"
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
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
/// Windows-1252 fallback, and line-end normalisation (CRLF and lone CR become
/// LF). Byte offsets in the output refer to this decoded text.
pub fn decode(bytes: &[u8]) -> Decoded {
    let sniff = &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)];
    if memchr::memchr(0, sniff).is_some() {
        return Decoded::Binary;
    }
    let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let (text, warning) = match std::str::from_utf8(body) {
        Ok(s) => (normalise_line_ends(s), None),
        Err(err) => {
            let bad = err.valid_up_to();
            let line = 1 + count_line_ends(&body[..bad], &mut false);
            let (decoded, undefined) = decode_windows_1252(body);
            (
                normalise_line_ends(&decoded),
                Some(fallback_warning(line, undefined)),
            )
        }
    };
    Decoded::Text { text, warning }
}

/// The UTF-8 byte-order mark, dropped from the start of a document.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The warning for a document decoded as Windows-1252: `line` is the line of
/// the first byte that is not UTF-8, `undefined` the bytes Windows-1252 has
/// no character for.
fn fallback_warning(line: usize, undefined: usize) -> String {
    if undefined == 0 {
        format!("line {line}: not valid UTF-8; decoded as Windows-1252")
    } else {
        format!(
            "line {line}: not valid UTF-8 nor Windows-1252; decoded as Windows-1252 \
             with {undefined} undefined byte(s) replaced by U+FFFD"
        )
    }
}

/// Counts line ends the way [`normalise_line_ends`] makes them: CRLF, lone CR
/// and LF each count once. `after_cr` carries a CR at the end of one chunk
/// into the next, so a CRLF split across chunks counts once.
fn count_line_ends(bytes: &[u8], after_cr: &mut bool) -> usize {
    let mut n = 0;
    for &b in bytes {
        match b {
            b'\r' => n += 1,
            b'\n' if !*after_cr => n += 1,
            _ => {}
        }
        *after_cr = b == b'\r';
    }
    n
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

/// How a document's bytes are to be decoded as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1252,
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

/// Makes the decisions of [`decode`] (binary or text, UTF-8 or
/// Windows-1252, and the warning) in one streaming pass, holding one chunk
/// at a time, so a file too large to hold can then be read through a
/// [`DecodingReader`] with exactly the result [`decode`] would give.
pub fn sniff<R: Read>(mut r: R) -> io::Result<Sniffed> {
    // Room for a chunk plus up to 3 bytes of a UTF-8 sequence split across
    // the chunk boundary.
    let mut buf = vec![0u8; CHUNK + 4];
    let mut carry = 0;
    let mut offset: usize = 0;
    let mut first = true;
    let mut utf8_ok = true;
    // Line ends before the first byte that is not UTF-8.
    let mut lines_before = 0;
    let mut after_cr = false;
    let mut undefined = 0;
    loop {
        let n = fill(&mut r, &mut buf[carry..carry + CHUNK])?;
        let fresh = &buf[carry..carry + n];
        if offset < BINARY_SNIFF_BYTES {
            let window = &fresh[..fresh.len().min(BINARY_SNIFF_BYTES - offset)];
            if memchr::memchr(0, window).is_some() {
                return Ok(Sniffed::Binary);
            }
        }
        offset += n;
        undefined += fresh
            .iter()
            .filter(|&&b| undefined_in_windows_1252(b))
            .count();
        let end = carry + n;
        let mut start = 0;
        if first {
            first = false;
            if buf[..end].starts_with(BOM) {
                start = BOM.len();
            }
        }
        if utf8_ok {
            let data = &buf[start..end];
            match std::str::from_utf8(data) {
                Ok(_) => {
                    lines_before += count_line_ends(data, &mut after_cr);
                    carry = 0;
                }
                // An incomplete sequence at the end of a chunk: keep it for
                // the next one.
                Err(e) if e.error_len().is_none() && n > 0 => {
                    let good = e.valid_up_to();
                    lines_before += count_line_ends(&data[..good], &mut after_cr);
                    let tail = data.len() - good;
                    buf.copy_within(start + good..end, 0);
                    carry = tail;
                }
                Err(e) => {
                    utf8_ok = false;
                    lines_before += count_line_ends(&data[..e.valid_up_to()], &mut after_cr);
                    carry = 0;
                }
            }
        } else {
            carry = 0;
        }
        if n == 0 {
            break;
        }
    }
    Ok(Sniffed::Text {
        encoding: if utf8_ok {
            Encoding::Utf8
        } else {
            Encoding::Windows1252
        },
        warning: (!utf8_ok).then(|| fallback_warning(1 + lines_before, undefined)),
    })
}

/// A reader giving the decoded text of a document as UTF-8, exactly as
/// [`decode`] gives it (BOM dropped, line ends normalised, Windows-1252
/// transcoded), while holding one chunk at a time. The encoding comes from
/// [`sniff`].
#[derive(Debug)]
pub struct DecodingReader<R> {
    inner: R,
    encoding: Encoding,
    raw: Vec<u8>,
    out: Vec<u8>,
    out_pos: usize,
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
            started: false,
            after_cr: false,
            eof: false,
        }
    }

    /// Decodes the next chunk into `out`.
    fn refill(&mut self) -> io::Result<()> {
        self.out.clear();
        self.out_pos = 0;
        let n = fill(&mut self.inner, &mut self.raw)?;
        if n == 0 {
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
            match b {
                b'\r' => {
                    self.out.push(b'\n');
                    self.after_cr = true;
                }
                0x00..=0x7F => self.out.push(b),
                _ => match self.encoding {
                    Encoding::Utf8 => self.out.push(b),
                    Encoding::Windows1252 => {
                        let c = windows_1252_char(b).unwrap_or('\u{FFFD}');
                        let mut tmp = [0u8; 4];
                        self.out
                            .extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
                    }
                },
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
