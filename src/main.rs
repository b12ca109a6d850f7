//! The `bigsoc` binary: parse arguments, run, turn the result into an exit
//! code. Everything else lives in the library.

use clap::Parser;

fn main() {
    let cli = bigsoc::cli::Cli::parse();
    std::process::exit(bigsoc::run(cli));
}
