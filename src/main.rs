//! The `bigsoc` binary: parse arguments, run, turn the result into an exit
//! code. Everything else lives in the library.

use clap::Parser;

fn main() {
    let cli = match bigsoc::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => std::process::exit(bigsoc::argument_error(&err)),
    };
    std::process::exit(bigsoc::run(cli));
}
