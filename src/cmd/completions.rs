//! `bigsoc completions SHELL` and `bigsoc man`: shell completion scripts
//! and a man page, generated from the same clap definition as `--help`.

use std::io::{self, Write};

use anyhow::Context;
use clap::CommandFactory;

use crate::EXIT_OK;
use crate::cli::{Cli, CompletionsArgs};

pub fn completions(args: CompletionsArgs) -> anyhow::Result<i32> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "bigsoc", &mut buf);
    write_all(&buf)
}

pub fn man() -> anyhow::Result<i32> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut buf)?;
    // One page per subcommand, appended, so `man` shows every option.
    for sub in Cli::command().get_subcommands() {
        let name = format!("bigsoc-{}", sub.get_name());
        let sub = sub.clone().name(name);
        clap_mangen::Man::new(sub).render(&mut buf)?;
    }
    write_all(&buf)
}

fn write_all(buf: &[u8]) -> anyhow::Result<i32> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    out.write_all(buf).context("error writing output")?;
    out.flush().context("error writing output")?;
    Ok(EXIT_OK)
}
