//! bigsoc: paragraph-level stance toward the UK "Big Society" in political
//! articles, explainable term by term.
//!
//! The pipeline, one module per stage: [`read`] (inputs and decoding),
//! [`segment`] (paragraphs), [`tokenize`] (words, clauses, quotes),
//! [`lexicon`] (the role files) and [`matcher`] (finding their patterns),
//! [`score`] (rules and stance), [`output`] (JSON records). [`parallel`]
//! runs documents on a thread pool in input order; [`cmd`] holds one file
//! per subcommand.

pub mod cli;
pub mod cmd;
pub mod lexicon;
pub mod matcher;
pub mod output;
pub mod parallel;
pub mod read;
pub mod score;
pub mod segment;
pub mod tokenize;

/// Exit status: success.
pub const EXIT_OK: i32 = 0;
/// Exit status: the command ran and its answer is "no" (lint problems, a
/// quality gate missed).
pub const EXIT_NO: i32 = 1;
/// Exit status: an error (unreadable input or lexicon, bad usage).
pub const EXIT_ERROR: i32 = 2;

/// Runs a parsed command line and returns the process exit status. Errors
/// are printed once, as `bigsoc: {error}`.
/// Prints what clap says about the arguments (help, version, or a usage
/// error) and gives the exit code: clap's own (0 for help, 2 for a usage
/// error), or 2 when the text cannot be written (`bigsoc --help >
/// /dev/full`). A closed pipe (`bigsoc --help | head -1`) is not a failure.
pub fn argument_error(err: &clap::Error) -> i32 {
    match err.print() {
        Ok(()) => err.exit_code(),
        Err(io) if io.kind() == std::io::ErrorKind::BrokenPipe => err.exit_code(),
        Err(io) => {
            cmd::message(&format!("error writing output: {}", read::io_reason(&io)));
            EXIT_ERROR
        }
    }
}

pub fn run(cli: cli::Cli) -> i32 {
    match cmd::dispatch(cli.command) {
        Ok(code) => code,
        Err(err) => {
            if !cmd::is_broken_pipe(&err) {
                cmd::message(&cmd::error_text(&err));
                return EXIT_ERROR;
            }
            EXIT_OK
        }
    }
}
