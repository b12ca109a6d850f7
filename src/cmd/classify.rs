//! `bigsoc classify`: every paragraph of every input, as JSON Lines.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;

use super::{Loaded, load, message};
use crate::cli::ClassifyArgs;
use crate::output::{Shape, write_jsonl};
use crate::parallel;
use crate::read::{Source, expand_inputs};
use crate::score::Scorer;
use crate::{EXIT_ERROR, EXIT_OK};

/// Size of the one buffered writer all output goes through.
const OUTPUT_BUFFER: usize = 64 * 1024;

/// Validated settings for a classify run.
pub struct Config {
    pub sources: Vec<Source>,
    pub shape: Shape,
    pub threads: usize,
    pub scorer: Arc<Scorer>,
}

/// What became of one input.
struct Outcome {
    /// JSON Lines to print.
    output: Vec<u8>,
    /// A warning to print on stderr (decoding fallback, binary skip).
    warning: Option<String>,
    /// Why it could not be classified.
    error: Option<String>,
}

pub fn run(args: ClassifyArgs) -> anyhow::Result<i32> {
    let scorer = super::scorer(&args.lexicons)?;
    let mut paths: Vec<PathBuf> = args.paths;
    if paths.is_empty() {
        if io::stdin().is_terminal() {
            anyhow::bail!("no input: give files or folders to classify, or - for standard input");
        }
        paths.push(PathBuf::from("-"));
    }
    let ext: Vec<String> = args
        .ext
        .iter()
        .map(|e| e.trim_start_matches('.').to_string())
        .collect();
    let (sources, input_errors) = expand_inputs(&paths, &ext);
    let mut failed = false;
    for e in &input_errors {
        message(&format!("{}: {}", e.path, e.message));
        failed = true;
    }
    let config = Config {
        sources,
        shape: if args.flat {
            Shape::Flat
        } else {
            Shape::Documents
        },
        threads: args.threads,
        scorer,
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(OUTPUT_BUFFER, stdout.lock());
    let result = classify(&config, &mut out);
    let result = result.and_then(|f| {
        out.flush().context("error writing output")?;
        Ok(f)
    });
    match result {
        Ok(f) => Ok(if failed || f { EXIT_ERROR } else { EXIT_OK }),
        Err(e) => Err(e),
    }
}

/// Classifies every source of `config`, writing to `out` in input order.
/// Returns whether any input could not be read.
pub fn classify<W: Write>(config: &Config, out: &mut W) -> anyhow::Result<bool> {
    let pool = parallel::pool(config.threads)?;
    let mut failed = false;
    let lexicons = config.scorer.lexicons.fingerprint.as_str();
    let work = |source: &Source| process(source, &config.scorer, lexicons, config.shape);
    parallel::ordered_map(&pool, &config.sources, work, |i, outcome| {
        let name = config.sources[i].display_name();
        let outcome = outcome.unwrap_or_else(|| Outcome {
            output: Vec::new(),
            warning: None,
            error: Some("internal error while classifying (please report this)".into()),
        });
        if let Some(w) = &outcome.warning {
            message(&format!("{name}: {w}"));
        }
        if let Some(e) = &outcome.error {
            message(&format!("{name}: {e}"));
            failed = true;
        }
        out.write_all(&outcome.output)
            .context("error writing output")
    })?;
    Ok(failed)
}

fn process(source: &Source, scorer: &Scorer, lexicons: &str, shape: Shape) -> Outcome {
    let name = source.display_name();
    match load(source) {
        Loaded::Unreadable(reason) => Outcome {
            output: Vec::new(),
            warning: None,
            error: Some(reason),
        },
        Loaded::Binary => Outcome {
            output: Vec::new(),
            warning: Some("warning: skipped: binary file (NUL byte in the first 8 KiB)".into()),
            error: None,
        },
        Loaded::Text { text, warning } => {
            let doc = scorer.score_document(&text);
            let mut output = Vec::with_capacity(text.len() * 2 + 256);
            // Writing into a Vec cannot fail.
            let _ = write_jsonl(&mut output, &name, lexicons, &doc, shape);
            Outcome {
                output,
                warning: warning.map(|w| format!("warning: {w}")),
                error: None,
            }
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
            };
            let mut buf = Vec::new();
            assert!(!classify(&config, &mut buf).unwrap());
            outputs.push(buf);
        }
        assert_eq!(outputs[0], outputs[1]);
        assert_eq!(outputs[0], outputs[2]);
        assert_eq!(outputs[0].iter().filter(|&&b| b == b'\n').count(), 40);
    }
}
