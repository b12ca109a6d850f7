//! `bigsoc classify`: every paragraph of every input, as JSON Lines (or a
//! JSON array, TSV, or a summary for reading: see [`Format`]).
//!
//! A file larger than [`STREAM_THRESHOLD`] is not held in memory: a worker
//! reads it as a stream (encoding, then document context, then the scoring
//! pass), holding one paragraph at a time, and spools what it prints per
//! paragraph (JSON records, TSV rows, or the marks of the stance strip) to
//! an anonymous temporary file while counting them; the consumer then
//! writes what comes before (the record's start, which carries the counts,
//! or the summary's head), copies the spool, and writes what comes after.
//! The result is byte for byte what the in-memory path gives. When the
//! temporary folder takes no file, the spool is held in memory instead
//! (standard input too), with one warning: the run never fails for want
//! of a temporary file.

pub mod progress;
pub mod text;
pub mod tsv;

use std::cell::Cell;
use std::fs::File;
use std::io::{self, BufReader, IsTerminal, Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::sync::Arc;

use anyhow::Context;

use super::{Loaded, load, message, printable_name};
use crate::cli::{ClassifyArgs, ClassifyFormat, ColorChoice};
use crate::output::{JsonArray, RecordWriter, Shape, write_jsonl};
use crate::parallel;
use crate::read::{self, DecodingReader, Encoding, Sniffed, Source};
use crate::score::{Counts, DocContext, ScoredParagraph, Scorer, declares_satire};
use crate::segment::{OwnedParagraph, ParagraphStream, paragraph_stream};
use crate::{EXIT_ERROR, EXIT_OK};
use progress::Progress;
use text::{Palette, Summary};

/// Size of the one buffered writer all output goes through.
const OUTPUT_BUFFER: usize = 64 * 1024;

/// Files larger than this are streamed rather than read whole. A document
/// in memory costs several times its size (its bytes, the decoded text, and
/// the JSON, which with evidence runs to about five times the text), and up
/// to [`parallel::WINDOW_PER_THREAD`] documents per thread are in flight.
/// Measured, a 10 MB file held whole peaks near ten times its size. Articles
/// are kilobytes, so 1 MiB leaves every real one on the in-memory path while
/// a window of big files stays near 10 MiB each (the stream path runs at
/// about the same speed).
pub const STREAM_THRESHOLD: u64 = 1024 * 1024;

/// Buffer of the readers of a streamed file.
const STREAM_BUFFER: usize = 256 * 1024;

/// What `classify` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// JSON Lines, in the [`Shape`] of the config.
    Jsonl,
    /// The JSON Lines records as one JSON array.
    Json,
    /// A header and one row per paragraph.
    Tsv,
    /// A summary per document, coloured or not.
    Text(Palette),
}

/// How a run prints, beyond the JSON [`Shape`] of its [`Config`]: the
/// format, and whether a progress bar may be shown. The default is what
/// [`classify`] does: JSON Lines and no bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Printing {
    pub format: Format,
    /// Whether a progress bar may be shown on standard error (it is a
    /// terminal); it is shown for more than [`progress::MIN_FILES`] inputs.
    pub progress: bool,
}

impl Default for Printing {
    fn default() -> Self {
        Printing {
            format: Format::Jsonl,
            progress: false,
        }
    }
}

/// Validated settings for a classify run.
pub struct Config {
    pub sources: Vec<Source>,
    /// Documents or paragraphs, for the JSON formats.
    pub shape: Shape,
    pub threads: usize,
    pub scorer: Arc<Scorer>,
    /// Files larger than this many bytes are streamed
    /// (normally [`STREAM_THRESHOLD`]).
    pub stream_threshold: u64,
    /// Where warnings and per-input errors go.
    pub notices: Notices,
}

/// Where [`classify`] sends its warnings and per-input errors, each a line
/// naming the input.
#[derive(Debug, Clone, Default)]
pub enum Notices {
    /// Standard error, as `bigsoc: ...` lines (the command line's choice).
    #[default]
    Stderr,
    /// Kept, in input order, for a caller that reports them itself.
    Collect(Arc<std::sync::Mutex<Vec<String>>>),
}

impl Notices {
    fn send(&self, progress: &Progress, text: String) {
        match self {
            Notices::Stderr => progress.suspend(|| message(&text)),
            Notices::Collect(list) => list
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push(text),
        }
    }
}

/// What became of one input.
enum Outcome {
    /// Classified (or skipped, or failed) in memory.
    Done {
        /// JSON Lines to print.
        output: Vec<u8>,
        /// Warnings to print on stderr (decoding fallback, binary skip, no
        /// temporary file).
        warnings: Vec<String>,
        /// Why it could not be classified.
        error: Option<String>,
    },
    /// A large file, classified as a stream into a spool file.
    Stream(Spooled),
}

/// A large file's paragraph records, spooled to a temporary file, and what
/// the record's start needs.
struct Spooled {
    /// The paragraph records (or the strip), rewound to the start.
    spool: Spool,
    counts: Counts,
    /// For the text format, the summary that goes around the strip.
    summary: Option<Summary>,
    warnings: Vec<String>,
    /// Why the file could not be read to the end (the record is still
    /// written, closed after the last paragraph read).
    problem: Option<String>,
}

pub fn run(args: ClassifyArgs) -> anyhow::Result<i32> {
    if args.flat && matches!(args.format, ClassifyFormat::Tsv | ClassifyFormat::Text) {
        anyhow::bail!(
            "--flat applies to the jsonl and json formats only (tsv is one row per paragraph \
             already; text summarises documents)"
        );
    }
    let walk = super::walk(&args.folders, args.hidden)?;
    let scorer = super::scorer(&args.lexicons)?;
    let (sources, failed) = super::gather_inputs(
        args.paths,
        &walk,
        "no input: give files or folders to classify, or - for standard input",
    )?;
    let no_color = std::env::var_os("NO_COLOR");
    let colour = use_colour(args.color, io::stdout().is_terminal(), no_color.as_deref());
    let printing = Printing {
        format: match args.format {
            ClassifyFormat::Jsonl => Format::Jsonl,
            ClassifyFormat::Json => Format::Json,
            ClassifyFormat::Tsv => Format::Tsv,
            ClassifyFormat::Text => Format::Text(Palette::new(colour)),
        },
        progress: io::stderr().is_terminal(),
    };
    let config = Config {
        sources,
        shape: if args.flat {
            Shape::Flat
        } else {
            Shape::Documents
        },
        threads: args.threads,
        scorer,
        stream_threshold: STREAM_THRESHOLD,
        notices: Notices::Stderr,
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(OUTPUT_BUFFER, stdout.lock());
    let result = classify_with(&config, printing, &mut out);
    let result = result.and_then(|f| {
        out.flush().context("error writing output")?;
        Ok(f)
    });
    match result {
        Ok(f) => Ok(if failed || f { EXIT_ERROR } else { EXIT_OK }),
        Err(e) => Err(e),
    }
}

/// Whether to colour: `always`, `never`, or with `auto` when standard
/// output is a terminal and `NO_COLOR` is unset or empty (no-color.org).
pub fn use_colour(
    choice: ColorChoice,
    stdout_is_terminal: bool,
    no_color: Option<&std::ffi::OsStr>,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => stdout_is_terminal && no_color.is_none_or(|v| v.is_empty()),
    }
}

/// Classifies every source of `config`, writing JSON Lines to `out` in
/// input order. Returns whether any input could not be read.
pub fn classify<W: Write>(config: &Config, out: &mut W) -> anyhow::Result<bool> {
    classify_with(config, Printing::default(), out)
}

/// [`classify`], printing as `printing` says.
pub fn classify_with<W: Write>(
    config: &Config,
    printing: Printing,
    out: &mut W,
) -> anyhow::Result<bool> {
    match printing.format {
        Format::Json => {
            let mut array = JsonArray::new(&mut *out);
            let failed = classify_into(config, printing, &mut array)?;
            array.finish().context("error writing output")?;
            Ok(failed)
        }
        Format::Tsv => {
            tsv::write_header(out).context("error writing output")?;
            classify_into(config, printing, out)
        }
        Format::Jsonl | Format::Text(_) => classify_into(config, printing, out),
    }
}

/// Starts the progress bar when it is wanted: with stderr a terminal, and
/// for more than a handful of inputs.
fn start_progress(config: &Config, printing: Printing) -> Progress {
    if !printing.progress || config.sources.len() <= progress::MIN_FILES {
        return Progress::hidden();
    }
    let total = config
        .sources
        .iter()
        .map(|s| match s {
            Source::File(path) => std::fs::metadata(path).map_or(0, |m| m.len()),
            Source::Stdin => 0,
        })
        .sum();
    Progress::start(config.sources.len(), total, io::stdout().is_terminal())
}

/// The body of [`classify`]: every document's output in input order, with
/// no header or framing.
fn classify_into<W: Write>(
    config: &Config,
    printing: Printing,
    out: &mut W,
) -> anyhow::Result<bool> {
    let pool = parallel::pool(config.threads, config.sources.len())?;
    let mut failed = false;
    let lexicons = config.scorer.lexicons.fingerprint.as_str();
    let mut progress = start_progress(config, printing);
    let format = printing.format;
    // Workers count bytes as they score them, so the rate and time left
    // move while one large file is read; the files done follow the output.
    let bytes = progress.byte_counter();
    let work = |source: &Source| {
        let size = match (&bytes, source) {
            (Some(_), Source::File(path)) => std::fs::metadata(path).map_or(0, |m| m.len()),
            _ => 0,
        };
        let tick = |n: u64| {
            if let Some(bar) = &bytes {
                bar.inc(n);
            }
        };
        process(source, config, format, lexicons, size, &tick)
    };
    parallel::ordered_map(&pool, &config.sources, work, |i, outcome| {
        let name = config.sources[i].display_name();
        let outcome = outcome.unwrap_or_else(|| Outcome::Done {
            output: Vec::new(),
            warnings: Vec::new(),
            error: Some("internal error while classifying (please report this)".into()),
        });
        let flush = progress.shares_terminal();
        let (warnings, error) = match outcome {
            Outcome::Done {
                output,
                warnings,
                error,
            } => {
                progress
                    .around_output(|| {
                        out.write_all(&output)?;
                        if flush { out.flush() } else { Ok(()) }
                    })
                    .context("error writing output")?;
                (warnings, error)
            }
            Outcome::Stream(mut spooled) => {
                let notes = (
                    std::mem::take(&mut spooled.warnings),
                    spooled.problem.take(),
                );
                progress
                    .around_output(|| {
                        write_spooled(&name, spooled, lexicons, config.shape, format, out)?;
                        if flush { out.flush() } else { Ok(()) }
                    })
                    .context("error writing output")?;
                notes
            }
        };
        let shown = printable_name(&name);
        for w in &warnings {
            config
                .notices
                .send(&progress, format!("{shown}: warning: {w}"));
        }
        if let Some(e) = &error {
            config.notices.send(&progress, format!("{shown}: {e}"));
            failed = true;
        }
        progress.advance();
        Ok::<(), anyhow::Error>(())
    })?;
    Ok(failed)
}

/// Classifies one input. `tick` is told the bytes done as the work goes,
/// `size` in all (the file's size when a progress bar counts them, else 0):
/// a streamed file paragraph by paragraph, any other input when done.
fn process(
    source: &Source,
    config: &Config,
    format: Format,
    lexicons: &str,
    size: u64,
    tick: &dyn Fn(u64),
) -> Outcome {
    let scorer = &*config.scorer;
    let name = source.display_name();
    let stream = |path: &Path| {
        let mut done = 0;
        let mut progress = |fraction: f64| {
            let to = (size as f64 * fraction) as u64;
            if to > done {
                tick(to - done);
                done = to;
            }
        };
        let outcome = match spool_stream(
            path,
            &name,
            scorer,
            lexicons,
            config.shape,
            format,
            &mut progress,
        ) {
            Ok(Some(spooled)) => Outcome::Stream(spooled),
            Ok(None) => binary(),
            Err(reason) => failure(reason),
        };
        progress(1.0);
        outcome
    };
    // Only regular files can be read more than once.
    if let Source::File(path) = source
        && let Ok(meta) = std::fs::metadata(path)
        && meta.is_file()
        && meta.len() > config.stream_threshold
    {
        return stream(path);
    }
    // Standard input can be read only once: above the threshold it is
    // spilled to a temporary file and streamed from there like a large file
    // (or, when no temporary file will take it, read whole after all).
    let mut warnings = Vec::new();
    let loaded = if let Source::Stdin = source {
        match read_stdin(config.stream_threshold) {
            Err(reason) => Loaded::Unreadable(reason),
            Ok(StdinRead::Whole { bytes, warning }) => {
                warnings.extend(warning);
                Loaded::from_bytes(&bytes)
            }
            Ok(StdinRead::Spilled(file)) => return stream(file.path()),
        }
    } else {
        load(source)
    };
    tick(size);
    match loaded {
        Loaded::Unreadable(reason) => failure(reason),
        Loaded::Binary => {
            warnings.push(super::BINARY_SKIPPED.into());
            Outcome::Done {
                output: Vec::new(),
                warnings,
                error: None,
            }
        }
        Loaded::Text { text, warning } => {
            warnings.extend(warning);
            let doc = scorer.score_document(&text);
            let mut output = Vec::with_capacity(text.len() * 2 + 256);
            // Writing into a Vec cannot fail.
            let _ = match format {
                Format::Jsonl | Format::Json => {
                    write_jsonl(&mut output, &name, lexicons, &doc, config.shape)
                }
                Format::Tsv => doc
                    .paragraphs
                    .iter()
                    .try_for_each(|p| tsv::write_row(&mut output, &name, p)),
                Format::Text(palette) => text::write_document(&mut output, &name, &doc, palette),
            };
            Outcome::Done {
                output,
                warnings,
                error: None,
            }
        }
    }
}

/// Standard input, read whole when it is small, or spilled to a temporary
/// file once it passes the stream threshold.
enum StdinRead {
    /// Read whole; with a warning when it was to be spilled but no
    /// temporary file would take it.
    Whole {
        bytes: Vec<u8>,
        warning: Option<String>,
    },
    Spilled(tempfile::NamedTempFile),
}

/// Reads standard input, holding at most `threshold` bytes (plus one) in
/// memory; the rest goes straight to a temporary file. When the temporary
/// folder refuses (missing, read-only, full), the input is read into
/// memory instead, as `explain` and `report` read it, with a warning: only
/// standard input itself failing is an error.
fn read_stdin(threshold: u64) -> Result<StdinRead, String> {
    let stdin_failed = |e: io::Error| read::io_reason(&e);
    let mut stdin = io::stdin().lock();
    let mut head = Vec::new();
    (&mut stdin)
        .take(threshold.saturating_add(1))
        .read_to_end(&mut head)
        .map_err(stdin_failed)?;
    if (head.len() as u64) <= threshold {
        return Ok(StdinRead::Whole {
            bytes: head,
            warning: None,
        });
    }
    let dir = tempfile::env::temp_dir();
    // The rest of standard input after `bytes`, in memory, with a warning
    // naming what the temporary folder refused.
    let in_memory = |mut bytes: Vec<u8>, stdin: &mut io::StdinLock, what: &str, e: io::Error| {
        stdin.read_to_end(&mut bytes).map_err(stdin_failed)?;
        Ok(StdinRead::Whole {
            bytes,
            warning: Some(format!(
                "cannot {what} a temporary file in {}: {}; read standard input into memory instead",
                printable_name(&dir.to_string_lossy()),
                read::io_reason(&e)
            )),
        })
    };
    let mut file = match tempfile::NamedTempFile::new_in(&dir) {
        Ok(file) => file,
        Err(e) => return in_memory(head, &mut stdin, "create", e),
    };
    // Bytes the file holds, all whole chunks: a chunk that fails may be
    // written in part, so what is taken back stops before it.
    let mut written = 0;
    let mut buf = vec![0u8; STREAM_BUFFER];
    let mut chunk = head;
    loop {
        if let Err(e) = file.write_all(&chunk) {
            let mut bytes = Vec::new();
            let back = file
                .seek(SeekFrom::Start(0))
                .and_then(|_| (&mut file).take(written).read_to_end(&mut bytes));
            if back.is_err() || bytes.len() as u64 != written {
                return Err(format!(
                    "cannot buffer standard input in a temporary file in {}: {}",
                    printable_name(&dir.to_string_lossy()),
                    read::io_reason(&e)
                ));
            }
            bytes.extend_from_slice(&chunk);
            return in_memory(bytes, &mut stdin, "write", e);
        }
        written += chunk.len() as u64;
        let n = loop {
            match stdin.read(&mut buf) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(stdin_failed(e)),
            }
        };
        if n == 0 {
            return Ok(StdinRead::Spilled(file));
        }
        chunk.clear();
        chunk.extend_from_slice(&buf[..n]);
    }
}

fn failure(reason: String) -> Outcome {
    Outcome::Done {
        output: Vec::new(),
        warnings: Vec::new(),
        error: Some(reason),
    }
}

fn binary() -> Outcome {
    Outcome::Done {
        output: Vec::new(),
        warnings: vec![super::BINARY_SKIPPED.into()],
        error: None,
    }
}

/// The message for a file whose content changed between two passes.
const CHANGED: &str = "changed while being read; classify it again";

/// Opens a file for one streaming pass over its paragraphs.
fn open_paragraphs(
    path: &Path,
    encoding: Encoding,
) -> io::Result<ParagraphStream<BufReader<DecodingReader<File>>>> {
    let file = File::open(path)?;
    let decoded = DecodingReader::new(file, encoding);
    Ok(paragraph_stream(BufReader::with_capacity(
        STREAM_BUFFER,
        decoded,
    )))
}

/// The reason shown for a read error in a streaming pass.
fn stream_reason(e: &io::Error) -> String {
    if e.kind() == io::ErrorKind::InvalidData {
        CHANGED.to_string()
    } else {
        read::io_reason(e)
    }
}

/// Classifies a large file as a stream: its encoding, its document context
/// (stopping the analysis at the first paragraph that names the target),
/// then one scoring pass that spools the paragraph records to a temporary
/// file (or memory, when the temporary folder takes no file, with a
/// warning) and counts them. `None` when it is binary; `Err` with a reason
/// when it cannot be read.
fn spool_stream(
    path: &Path,
    name: &str,
    scorer: &Scorer,
    lexicons: &str,
    shape: Shape,
    format: Format,
    progress: &mut dyn FnMut(f64),
) -> Result<Option<Spooled>, String> {
    let reason = |e: io::Error| stream_reason(&e);
    let file = File::open(path).map_err(reason)?;
    let (encoding, warning) = match read::sniff(BufReader::new(file)).map_err(reason)? {
        Sniffed::Binary => return Ok(None),
        Sniffed::Text { encoding, warning } => (encoding, warning),
    };
    // Which paragraphs name the target: `from_naming` may stop early once it
    // knows the answer; the rest of the file is still read, to count its
    // paragraphs (to notice a file changing under us), but not analysed.
    let mut error = None;
    let mut paragraphs = 0;
    let mut decoded_len = 0;
    let draining = Cell::new(false);
    // Whether some paragraph declares the page satire: every one is
    // checked, the draining ones too (a short test; disclaimers come last).
    let satire = Cell::new(false);
    let mut naming = open_paragraphs(path, encoding)
        .map_err(reason)?
        .map_while(|p| match p {
            Ok(p) => {
                paragraphs += 1;
                decoded_len = p.byte_end;
                if !satire.get() && declares_satire(&p.text) {
                    satire.set(true);
                }
                Some(!draining.get() && scorer.names_target(&p.text))
            }
            Err(e) => {
                error = Some(e);
                None
            }
        });
    let mut context = DocContext::from_naming(naming.by_ref());
    draining.set(true);
    naming.for_each(drop);
    context.satire = satire.get();
    if let Some(e) = error {
        return Err(stream_reason(&e));
    }
    // The scoring pass, into a temporary file; when the temporary folder
    // refuses one (missing, read-only, full), into memory instead.
    let dir = tempfile::env::temp_dir();
    let refused = |what: &str, e: &io::Error| {
        format!(
            "cannot {what} a temporary file in {}: {}; held the output in memory instead",
            printable_name(&dir.to_string_lossy()),
            read::io_reason(e)
        )
    };
    let pass = Pass {
        path,
        name,
        lexicons,
        scorer,
        shape,
        format,
        encoding,
        context,
        paragraphs,
        decoded_len,
    };
    let (spool, note) = match tempfile::tempfile_in(&dir) {
        Ok(file) => match pass.run(Spool::File(file), progress) {
            Err(PassError::Spool(e)) => (
                pass.run(Spool::Memory(io::Cursor::new(Vec::new())), progress),
                Some(refused("write", &e)),
            ),
            done => (done, None),
        },
        Err(e) => (
            pass.run(Spool::Memory(io::Cursor::new(Vec::new())), progress),
            Some(refused("create", &e)),
        ),
    };
    let (spool, counts, summary, problem) = match spool {
        Ok(done) => done,
        Err(PassError::Read(reason)) => return Err(reason),
        // Writing to memory does not fail.
        Err(PassError::Spool(e)) => return Err(read::io_reason(&e)),
    };
    let mut warnings: Vec<String> = warning.into_iter().collect();
    warnings.extend(note);
    Ok(Some(Spooled {
        spool,
        counts,
        summary,
        warnings,
        problem,
    }))
}

/// Where a streamed file's paragraph output waits for its counts: a
/// temporary file, or memory when the temporary folder takes none.
enum Spool {
    File(File),
    Memory(io::Cursor<Vec<u8>>),
}

impl Write for Spool {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Spool::File(f) => f.write(buf),
            Spool::Memory(m) => m.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Spool::File(f) => f.flush(),
            Spool::Memory(m) => m.flush(),
        }
    }
}

impl Read for Spool {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Spool::File(f) => f.read(buf),
            Spool::Memory(m) => m.read(buf),
        }
    }
}

impl Spool {
    fn rewind(&mut self) -> io::Result<()> {
        match self {
            Spool::File(f) => f.seek(SeekFrom::Start(0)).map(drop),
            Spool::Memory(m) => {
                m.set_position(0);
                Ok(())
            }
        }
    }
}

/// Why a scoring pass stopped: the spool could not be written, or the
/// file could not be read (a reason to show).
enum PassError {
    Spool(io::Error),
    Read(String),
}

/// The scoring pass over a streamed file, with what the first pass found.
struct Pass<'a> {
    path: &'a Path,
    name: &'a str,
    lexicons: &'a str,
    scorer: &'a Scorer,
    shape: Shape,
    format: Format,
    encoding: Encoding,
    context: DocContext,
    /// Paragraphs and decoded bytes the first pass counted, to notice the
    /// file changing between the passes.
    paragraphs: usize,
    decoded_len: usize,
}

/// A scoring pass's spool, rewound, with the counts, the text format's
/// summary, and why the file could not be read to the end.
type PassDone = (Spool, Counts, Option<Summary>, Option<String>);

impl Pass<'_> {
    /// Scores every paragraph into `spool` and counts them.
    fn run(&self, spool: Spool, progress: &mut dyn FnMut(f64)) -> Result<PassDone, PassError> {
        let (name, format) = (self.name, self.format);
        let mut w = io::BufWriter::with_capacity(STREAM_BUFFER, spool);
        let mut writer = RecordWriter::paragraphs_only(name, self.lexicons, self.shape);
        let mut summary = match format {
            Format::Text(palette) => Some(Summary::new(palette)),
            Format::Jsonl | Format::Json | Format::Tsv => None,
        };
        let mut counts = Counts::default();
        let mut problem = None;
        let mut seen = 0;
        let mut last_end = 0;
        let paras = open_paragraphs(self.path, self.encoding)
            .map_err(|e| PassError::Read(stream_reason(&e)))?;
        for para in paras {
            let para: OwnedParagraph = match para {
                Ok(p) => p,
                Err(e) => {
                    problem = Some(stream_reason(&e));
                    break;
                }
            };
            seen += 1;
            last_end = para.byte_end;
            if self.decoded_len > 0 {
                progress(last_end as f64 / self.decoded_len as f64);
            }
            if seen > self.paragraphs {
                problem = Some(CHANGED.to_string());
                break;
            }
            let p = para.as_paragraph();
            let score = self.scorer.score_paragraph(p.text, self.context);
            counts.add(score.stance);
            let scored = ScoredParagraph { para: p, score };
            match (format, &mut summary) {
                (Format::Text(_), Some(summary)) => summary.paragraph(&mut w, &scored),
                (Format::Tsv, _) => tsv::write_row(&mut w, name, &scored),
                _ => writer.paragraph(&mut w, &scored),
            }
            .map_err(PassError::Spool)?;
        }
        if let Some(summary) = &mut summary {
            summary.end_strip(&mut w).map_err(PassError::Spool)?;
        }
        if problem.is_none() && (seen != self.paragraphs || last_end != self.decoded_len) {
            problem = Some(CHANGED.to_string());
        }
        let mut spool = w
            .into_inner()
            .map_err(|e| PassError::Spool(e.into_error()))?;
        spool.rewind().map_err(PassError::Spool)?;
        Ok((spool, counts, summary, problem))
    }
}

/// Writes a spooled record: its start (with the counts), the spooled
/// paragraphs, and its end; for TSV, just the rows.
fn write_spooled<W: Write>(
    name: &str,
    spooled: Spooled,
    lexicons: &str,
    shape: Shape,
    format: Format,
    out: &mut W,
) -> io::Result<()> {
    let Spooled {
        mut spool,
        counts,
        summary,
        ..
    } = spooled;
    let stance = counts.document_stance();
    match (format, summary) {
        (Format::Tsv, _) => {
            io::copy(&mut spool, out)?;
            Ok(())
        }
        (Format::Text(_), Some(summary)) => {
            summary.write_head(out, name, stance, counts)?;
            io::copy(&mut spool, out)?;
            summary.write_tail(out)
        }
        _ => {
            let writer = RecordWriter::begin(out, name, lexicons, stance, counts, shape)?;
            io::copy(&mut spool, out)?;
            writer.finish(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_is_identical_across_thread_counts() {
        let dir = tempfile::tempdir().unwrap();
        let mut sources = Vec::new();
        for i in 0..40 {
            let p = dir.path().join(format!("{i:03}.txt"));
            let body = format!(
                "Title {i}\n\nThe Big Society is a triumph of people power, number {i}.\n\n\
                 Critics say the scheme is a cover for cuts.\n\n{}",
                "filler words here. ".repeat(i * 10)
            );
            std::fs::write(&p, body).unwrap();
            sources.push(Source::File(p));
        }
        let scorer = Arc::new(Scorer::new(crate::lexicon::embedded().clone()));
        let mut outputs = Vec::new();
        for threads in [1, 2, 3] {
            let config = Config {
                sources: sources.clone(),
                shape: Shape::Documents,
                threads,
                scorer: Arc::clone(&scorer),
                stream_threshold: STREAM_THRESHOLD,
                notices: Notices::Stderr,
            };
            let mut buf = Vec::new();
            assert!(!classify(&config, &mut buf).unwrap());
            outputs.push(buf);
        }
        assert_eq!(outputs[0], outputs[1]);
        assert_eq!(outputs[0], outputs[2]);
        assert_eq!(outputs[0].iter().filter(|&&b| b == b'\n').count(), 40);
    }

    /// Every format gives the same bytes whether a file is read whole or
    /// streamed through a spool, on one thread or several.
    #[test]
    fn every_format_is_the_same_streamed_or_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        let mut sources = Vec::new();
        for (i, body) in [
            "The Big Society\tis a triumph of people power.\n\nIt rained.\n\n\
             Critics say the scheme is a cover for cuts and a hollow slogan.",
            "",
            "Nothing here names the target. A disaster, a triumph.",
        ]
        .iter()
        .enumerate()
        {
            let mut body = body.to_string();
            if i == 0 {
                // Enough paragraphs to wrap the text format's strip.
                body.push_str(&"\n\nThe Big Society is good. Volunteers.".repeat(70));
            }
            let p = dir.path().join(format!("{i}.txt"));
            std::fs::write(&p, body).unwrap();
            sources.push(Source::File(p));
        }
        let scorer = Arc::new(Scorer::new(crate::lexicon::embedded().clone()));
        for format in [
            Format::Jsonl,
            Format::Json,
            Format::Tsv,
            Format::Text(Palette::PLAIN),
            Format::Text(Palette::COLOUR),
        ] {
            for shape in [Shape::Documents, Shape::Flat] {
                let mut outputs = Vec::new();
                for (threads, stream_threshold) in [(1, STREAM_THRESHOLD), (1, 0), (2, 0)] {
                    let config = Config {
                        sources: sources.clone(),
                        shape,
                        threads,
                        scorer: Arc::clone(&scorer),
                        stream_threshold,
                        notices: Notices::Stderr,
                    };
                    let printing = Printing {
                        format,
                        progress: false,
                    };
                    let mut buf = Vec::new();
                    assert!(!classify_with(&config, printing, &mut buf).unwrap());
                    outputs.push(String::from_utf8(buf).unwrap());
                }
                assert_eq!(outputs[0], outputs[1], "{format:?} {shape:?}");
                assert_eq!(outputs[0], outputs[2], "{format:?} {shape:?}");
                if format == Format::Json {
                    let v: serde_json::Value = serde_json::from_str(&outputs[0]).unwrap();
                    let expected = if shape == Shape::Flat { 73 + 1 } else { 3 };
                    assert_eq!(v.as_array().unwrap().len(), expected);
                }
            }
        }
    }

    #[test]
    fn colour_follows_the_choice_the_terminal_and_no_color() {
        use std::ffi::OsStr;
        let set = Some(OsStr::new("1"));
        let empty = Some(OsStr::new(""));
        assert!(use_colour(ColorChoice::Auto, true, None));
        assert!(use_colour(ColorChoice::Auto, true, empty));
        assert!(!use_colour(ColorChoice::Auto, true, set));
        assert!(!use_colour(ColorChoice::Auto, false, None));
        assert!(use_colour(ColorChoice::Always, false, set));
        assert!(!use_colour(ColorChoice::Never, true, None));
    }
}
