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
    write_all(unfilled_extra(&String::from_utf8_lossy(&buf)).as_bytes())
}

/// The `--help` epilogues (exit status tables, examples, format lists) are
/// laid out by hand; roff would justify and refill them into one
/// paragraph. Marks each page's EXTRA section as no-fill (`.nf` ... `.fi`).
fn unfilled_extra(roff: &str) -> String {
    let mut out = String::with_capacity(roff.len() + 64);
    let mut in_extra = false;
    for line in roff.lines() {
        // A page ends at the next section or at the next page's preamble.
        let ends = line.starts_with(".SH ") || line.starts_with(".TH ") || line.starts_with(".ie ");
        if ends && in_extra {
            out.push_str(".fi\n");
            in_extra = false;
        }
        out.push_str(line);
        out.push('\n');
        if line == ".SH EXTRA" {
            out.push_str(".nf\n");
            in_extra = true;
        }
    }
    if in_extra {
        out.push_str(".fi\n");
    }
    out
}

fn write_all(buf: &[u8]) -> anyhow::Result<i32> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    out.write_all(buf).context("error writing output")?;
    out.flush().context("error writing output")?;
    Ok(EXIT_OK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epilogues_are_set_without_filling() {
        let roff = ".TH x 1\n.SH EXTRA\nExamples:\n  a | b\n.SH VERSION\nv1\n.SH EXTRA\nlast\n";
        assert_eq!(
            unfilled_extra(roff),
            ".TH x 1\n.SH EXTRA\n.nf\nExamples:\n  a | b\n.fi\n.SH VERSION\nv1\n.SH EXTRA\n.nf\nlast\n.fi\n"
        );
        // A page ending in EXTRA is closed before the next page begins.
        let two = ".TH a 1\n.SH EXTRA\nx\n.ie \\n(.g .ds Aq\n.TH b 1\n";
        assert_eq!(
            unfilled_extra(two),
            ".TH a 1\n.SH EXTRA\n.nf\nx\n.fi\n.ie \\n(.g .ds Aq\n.TH b 1\n"
        );
    }
}
