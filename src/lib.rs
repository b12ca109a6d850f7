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
pub fn run(cli: cli::Cli) -> i32 {
    match cmd::dispatch(cli.command) {
        Ok(code) => code,
        Err(err) => {
            if !cmd::is_broken_pipe(&err) {
                cmd::message(&format!("{err:#}"));
                return EXIT_ERROR;
            }
            EXIT_OK
        }
    }
}
