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
    write_all(man_page()?.as_bytes())
}

/// The man page, bigsoc(1): one page that refers to no other. clap_mangen
/// writes one page per command, and its list of subcommands points at
/// pages such as bigsoc-classify(1) that `bigsoc man` never writes. Here
/// that list is left out and every command (down to `lexicon check` and
/// `lexicon export`) is a subsection of COMMANDS instead, with its
/// synopsis, description, options and epilogue.
pub fn man_page() -> io::Result<String> {
    let cli = Cli::command().disable_help_subcommand(true);
    let top = clap_mangen::Man::new(cli.clone());
    let mut page = rendered(|w| top.render_title(w))?;
    page += &section(|w| top.render_name_section(w), Some(".SH NAME"))?;
    page += &section(|w| top.render_synopsis_section(w), Some(".SH SYNOPSIS"))?;
    page += &section(
        |w| top.render_description_section(w),
        Some(".SH DESCRIPTION"),
    )?;
    page += &section(|w| top.render_options_section(w), Some(".SH OPTIONS"))?;
    page += ".SH COMMANDS\n";
    let mut commands = Vec::new();
    leaf_commands(&cli, "bigsoc", &mut commands);
    for (name, cmd) in commands {
        let epilogue = cmd.get_after_help().is_some() || cmd.get_after_long_help().is_some();
        let man = clap_mangen::Man::new(cmd.bin_name(&name).name(&name));
        page += &format!(".SS \"{name}\"\n");
        page += &section(|w| man.render_synopsis_section(w), None)?;
        page += &section(|w| man.render_description_section(w), Some(".PP"))?;
        page += &section(|w| man.render_options_section(w), None)?;
        if epilogue {
            page += &unfilled(&section(|w| man.render_extra_section(w), None)?, ".PP");
        }
    }
    page += &unfilled(
        &section(|w| top.render_extra_section(w), None)?,
        ".SH \"EXIT STATUS AND EXAMPLES\"",
    );
    page += &section(|w| top.render_version_section(w), Some(".SH VERSION"))?;
    Ok(page)
}

/// Every command under `cmd` that has no subcommands of its own, named
/// in full (`bigsoc lexicon check`), in the order of `--help`.
fn leaf_commands(cmd: &clap::Command, prefix: &str, out: &mut Vec<(String, clap::Command)>) {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("{prefix} {}", sub.get_name());
        if sub.has_subcommands() {
            leaf_commands(sub, &name, out);
        } else {
            out.push((name, sub.clone()));
        }
    }
}

/// What `render` writes, as text.
fn rendered(render: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<String> {
    let mut buf = Vec::new();
    render(&mut buf)?;
    String::from_utf8(buf).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

/// One section as `render` writes it, without the preamble each rendering
/// repeats (the `.ie`/`.el` lines, written once with the title) and with
/// its `.SH` heading replaced by `heading`, or dropped.
fn section(
    render: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    heading: Option<&str>,
) -> io::Result<String> {
    Ok(replace_heading(&rendered(render)?, heading))
}

fn replace_heading(roff: &str, heading: Option<&str>) -> String {
    let mut out = String::with_capacity(roff.len());
    let mut headed = false;
    for line in roff.lines() {
        if line.starts_with(".ie ") || line.starts_with(".el ") {
            continue;
        }
        if !headed && line.starts_with(".SH ") {
            headed = true;
            if let Some(h) = heading {
                out.push_str(h);
                out.push('\n');
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// `body` under `heading`, set without filling. The `--help` epilogues
/// (exit status tables, examples, format lists) are laid out by hand;
/// roff would justify and refill them into one paragraph.
fn unfilled(body: &str, heading: &str) -> String {
    format!("{heading}\n.nf\n{body}.fi\n")
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
    fn a_section_loses_its_preamble_and_heading() {
        let roff = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n.SH OPTIONS\n.TP\n\\fB\\-h\\fR\n";
        assert_eq!(replace_heading(roff, None), ".TP\n\\fB\\-h\\fR\n");
        assert_eq!(
            replace_heading(roff, Some(".PP")),
            ".PP\n.TP\n\\fB\\-h\\fR\n"
        );
        assert_eq!(
            unfilled("Examples:\n  a | b\n", ".PP"),
            ".PP\n.nf\nExamples:\n  a | b\n.fi\n"
        );
    }

    #[test]
    fn the_man_page_is_one_page_naming_no_other() {
        let page = man_page().unwrap();
        assert_eq!(page.matches(".TH ").count(), 1, "{page}");
        assert!(page.starts_with(".ie "), "{page}");
        assert_eq!(page.matches(".ie ").count(), 1);
        // No reference to a page, bigsoc-classify(1) or any other.
        assert!(!page.contains("(1)"), "{page}");
        assert!(!page.contains("SUBCOMMANDS"), "{page}");
        for command in [
            "classify",
            "eval",
            "lexicon check",
            "lexicon export",
            "explain",
            "completions",
            "man",
            "diff",
            "report",
        ] {
            assert!(
                page.contains(&format!(".SS \"bigsoc {command}\"\n")),
                "{command}: {page}"
            );
        }
        // Every option of every command is there.
        for option in [
            "\\-\\-hidden",
            "\\-\\-patterns",
            "\\-\\-show\\-errors",
            "\\-\\-from",
        ] {
            assert!(page.contains(option), "{option}");
        }
        // Each epilogue is set without filling, opened once and closed once.
        assert_eq!(
            page.matches("\n.nf\n").count(),
            page.matches("\n.fi\n").count()
        );
        assert!(
            page.contains(".nf\nOutput is JSON Lines by default"),
            "{page}"
        );
    }
}
