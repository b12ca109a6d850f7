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
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (text, warning) = match std::str::from_utf8(body) {
        Ok(s) => (normalise_line_ends(s), None),
        Err(err) => {
            let bad = err.valid_up_to();
            let line = 1 + memchr::memchr_iter(b'\n', &body[..bad]).count();
            let (decoded, undefined) = decode_windows_1252(body);
            let warning = if undefined == 0 {
                format!("line {line}: not valid UTF-8; decoded as Windows-1252")
            } else {
                format!(
                    "line {line}: not valid UTF-8 nor Windows-1252; decoded as Windows-1252 \
                     with {undefined} undefined byte(s) replaced by U+FFFD"
                )
            };
            (normalise_line_ends(&decoded), Some(warning))
        }
    };
    Decoded::Text { text, warning }
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
        let c = match b {
            0x00..=0x7F => b as char,
            0x80..=0x9F => match WINDOWS_1252_HIGH[(b - 0x80) as usize] {
                Some(c) => c,
                None => {
                    undefined += 1;
                    '\u{FFFD}'
                }
            },
            _ => b as char,
        };
        out.push(c);
    }
    (out, undefined)
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
}
