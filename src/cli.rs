//! Command-line arguments, as clap parses them. Each subcommand turns these
//! into its own validated configuration before any work starts.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const AFTER_HELP: &str = "\
Exit status:
  0  success: every input was classified (or the check passed)
  1  the command ran but its answer is no: lexicon problems, a quality gate missed
  2  an error: an input or lexicon could not be read, a bad gold file, bad usage

Examples:
  bigsoc classify articles/ | jq -c '.paragraphs[] | select(.stance==\"sceptical\") | .text'
  cat article.txt | bigsoc classify - | jq '.counts'
  bigsoc eval --gold gold.jsonl --docs corpus/ --min-macro-f1 0.8
  bigsoc lexicon check --lexicons my-lexicons/
  bigsoc report corpus/ -o report.html";

/// Tag every paragraph of political articles as pro, sceptical or neutral
/// toward the UK "Big Society", with the evidence behind each label.
#[derive(Debug, Parser)]
#[command(name = "bigsoc", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Classify every paragraph of the given files, folders or stdin.
    #[command(after_help = CLASSIFY_HELP)]
    Classify(ClassifyArgs),
    /// Score the classifier against gold labels (accuracy, F1, kappa).
    #[command(after_help = EVAL_HELP)]
    Eval(EvalArgs),
    /// Check or export lexicons.
    #[command(subcommand)]
    Lexicon(LexiconCommand),
    /// Show how each paragraph of a document got its label.
    #[command(after_help = EXPLAIN_HELP)]
    Explain(ExplainArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(
        after_help = "Examples:\n  bigsoc completions bash > ~/.local/share/bash-completion/completions/bigsoc\n  bigsoc completions zsh > ~/.zfunc/_bigsoc\n  bigsoc completions fish > ~/.config/fish/completions/bigsoc.fish"
    )]
    Completions(CompletionsArgs),
    /// Print the man page (roff) on standard output.
    #[command(
        after_help = "Examples:\n  bigsoc man | man -l -\n  bigsoc man > /usr/local/share/man/man1/bigsoc.1"
    )]
    Man,
    /// List paragraphs whose stance changes between two lexicon sets.
    #[command(after_help = DIFF_HELP)]
    Diff(DiffArgs),
    /// Write a self-contained HTML report: totals, stance strips, evidence terms.
    #[command(after_help = REPORT_HELP)]
    Report(ReportArgs),
}

const CLASSIFY_HELP: &str = "\
Output is JSON Lines by default: one object per document (or per paragraph
with --flat), in input order whatever the thread count. Fields are documented
in the README. --format picks another shape:
  jsonl  one JSON object per line (the default)
  json   one JSON array of the same objects
  tsv    a header, then one row per paragraph: path, index, lines, stance,
         score, confidence, the heaviest evidence term, and the text (tab,
         newline, carriage return and backslash written as \\t \\n \\r \\\\,
         and in the path other control characters as \\u{..})
  text   a summary per document for reading: its stance and counts, a stance
         strip with one mark per paragraph (+ pro, - sceptical, . neutral),
         and the paragraphs with the strongest evidence

Folders are walked recursively, in sorted order, for files with an --ext
extension (txt by default), skipping hidden files and folders (names starting
with a dot) unless --hidden; symbolic links are followed. Paths named on the
command line are always read.

Colour applies to the text format only: jsonl, json and tsv are never
coloured, even with --color always. In the text format, colour is used when
standard output is a terminal and NO_COLOR is unset or empty; --color always
or never overrides that. With more than 8 inputs and standard error on a
terminal, a progress bar shows files done, bytes done, the rate (KiB/s or
MiB/s) and time left; otherwise nothing is written to standard error but
warnings and errors.

Examples:
  bigsoc classify article.txt
  bigsoc classify corpus/ --ext txt,md
  cat article.txt | bigsoc classify -
  # the sceptical paragraphs of a folder:
  bigsoc classify corpus/ | jq -r '.paragraphs[] | select(.stance==\"sceptical\") | .text'
  # counts per file:
  bigsoc classify corpus/ | jq -c '{path, counts}'
  # paragraphs that mention the Big Society Bank:
  bigsoc classify --flat corpus/ | jq -c 'select(.targets | index(\"big society bank\"))'
  # the whole result as one JSON array (of paragraphs with --flat):
  bigsoc classify --format json corpus/ > results.json
  bigsoc classify --format json --flat corpus/ | jq 'map(select(.stance==\"pro\")) | length'
  # a spreadsheet-friendly table; the sceptical rows, most negative first:
  bigsoc classify --format tsv corpus/ > paragraphs.tsv
  bigsoc classify --format tsv corpus/ | awk -F'\\t' '$4==\"sceptical\"' | sort -t$'\\t' -k5,5g
  # read the results in a terminal, in colour through a pager:
  bigsoc classify --format text corpus/
  bigsoc classify --format text --color always corpus/ | less -R

Exit status: 0 all inputs classified, 2 some input could not be read (each is
named on stderr; the others are still classified).";

const EVAL_HELP: &str = "\
Gold files are JSON Lines: {\"doc\": NAME, \"paragraph\": N, \"stance\": LABEL, \"text\": ...}
with NAME a file in --docs (\"./a.txt\" is \"a.txt\"; a name leading out of
--docs is an error), in UTF-8 or UTF-16 with a byte-order mark; `--gold -`
reads standard input. Whole documents are classified, so document context
counts, then aligned with the gold by (doc, paragraph).

Examples:
  bigsoc eval --gold gold/seeds.jsonl --docs seeds/
  bigsoc eval --gold a.jsonl b.jsonl --docs corpus/ --min-macro-f1 0.85 --format json
  bigsoc eval --gold gold.jsonl --docs corpus/ --show-errors 20

Exit status: 0 gates met, 1 a floor was missed, 2 unreadable input or a bad gold
file: every problem is named on stderr, in gold file and line order (a line that
is not a gold record, a second label for a paragraph, a document that cannot be
read or has no such paragraph, a file with no record), and nothing is scored.";

const DIFF_HELP: &str = "\
Classifies PATHS with the --base lexicons and with --lexicons (the embedded
set when not given) and lists every paragraph whose stance changes. Folders
are walked as by classify: recursively, for --ext files, skipping hidden files
and folders (names starting with a dot) unless --hidden.

Examples:
  # what the working copy's lexicons change, against those on main:
  git worktree add /tmp/base main
  bigsoc diff --base /tmp/base/lexicons --lexicons lexicons/ corpus/
  bigsoc diff --base old-lexicons/ corpus/ --format json | jq '.summary'";

const EXPLAIN_HELP: &str = "\
Prints, for each paragraph: how it is linked to the target, the cue words
found (negators, contrast markers, hedges, attribution), every term that
counted with its lexicon weight and each rule that changed it, the sum, the
thresholds and the label.

Examples:
  bigsoc explain article.txt
  bigsoc explain article.txt --paragraph 3
  cat article.txt | bigsoc explain -";

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The document to explain; `-` reads standard input.
    #[arg(value_name = "PATH")]
    pub path: PathBuf,

    /// Explain only this paragraph (numbered from 0).
    #[arg(
        long,
        short = 'p',
        value_name = "N",
        allow_negative_numbers = true,
        value_parser = parse_paragraph
    )]
    pub paragraph: Option<usize>,

    #[command(flatten)]
    pub lexicons: LexiconArgs,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write completions for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// How folders are walked.
#[derive(Debug, Clone, Args)]
pub struct FolderArgs {
    /// File extensions taken when walking folders (comma-separated).
    // Each value is kept whole and split by `cmd::walk`, so a usage error
    // can quote what the user typed.
    #[arg(long, value_name = "EXT,...", default_value = "txt")]
    pub ext: Vec<String>,
}

/// A paragraph number: a whole number from 0 (a negative one is read as
/// a number, so the message says what is wrong with it rather than
/// suggesting `--`).
fn parse_paragraph(s: &str) -> Result<usize, String> {
    s.trim().parse().map_err(|_| {
        format!("paragraphs are numbered 0, 1, 2, ...; {s:?} is not a paragraph number")
    })
}

/// Where lexicons come from.
#[derive(Debug, Clone, Args)]
pub struct LexiconArgs {
    /// Read lexicons from this folder instead of the embedded defaults.
    #[arg(long, value_name = "DIR")]
    pub lexicons: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ClassifyArgs {
    /// Files or folders to classify; `-` reads standard input (given once).
    /// With none, standard input is read when it is not a terminal.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub lexicons: LexiconArgs,

    #[command(flatten)]
    pub folders: FolderArgs,

    /// Walk hidden files and folders too (names starting with a dot, such
    /// as .git/); paths named on the command line are always read.
    #[arg(long)]
    pub hidden: bool,

    /// Print one JSON object per paragraph, with its path, instead of one per
    /// document (jsonl and json only).
    #[arg(long)]
    pub flat: bool,

    /// Output format.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = ClassifyFormat::Jsonl)]
    pub format: ClassifyFormat,

    /// When to colour the text format (jsonl, json and tsv are never
    /// coloured).
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Worker threads (0 = one per core).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    pub threads: usize,
}

/// The output formats of `classify`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClassifyFormat {
    /// One JSON object per line (per document, or per paragraph with --flat).
    Jsonl,
    /// One JSON array of the objects jsonl prints.
    Json,
    /// Tab-separated values: a header, then one row per paragraph.
    Tsv,
    /// A summary per document for reading: stance, counts, stance strip,
    /// strongest evidence.
    Text,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When standard output is a terminal and NO_COLOR is unset or empty.
    Auto,
    /// Always (in the text format), even into a pipe or a file.
    Always,
    /// Never.
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold label files (JSON Lines; - for standard input).
    #[arg(long, value_name = "FILE", num_args = 1.., required = true)]
    pub gold: Vec<PathBuf>,

    /// Folder holding the documents the gold files name.
    #[arg(long, value_name = "DIR")]
    pub docs: PathBuf,

    #[command(flatten)]
    pub lexicons: LexiconArgs,

    /// Fail (exit 1) when macro-F1 is below this.
    #[arg(long, value_name = "X")]
    pub min_macro_f1: Option<f64>,

    /// Fail (exit 1) when a label's F1 is below a floor: LABEL=X, repeatable
    /// (e.g. --min-f1 pro=0.8).
    #[arg(long, value_name = "LABEL=X")]
    pub min_f1: Vec<String>,

    /// Print the N worst misclassified paragraphs.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub show_errors: usize,

    /// Report format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,

    /// Worker threads (0 = one per core).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    pub threads: usize,
}

#[derive(Debug, Subcommand)]
pub enum LexiconCommand {
    /// Report every problem in a lexicon folder as path:line: reason.
    #[command(after_help = LEXICON_CHECK_HELP)]
    Check(LexiconArgs),
    /// Print lexicon terms, e.g. as patterns for a plain multi-pattern scan.
    #[command(after_help = LEXICON_EXPORT_HELP)]
    Export(ExportArgs),
}

const LEXICON_CHECK_HELP: &str = "\
Every malformed entry, missing or unreadable file, duplicate entry and
expression listed with both signs is one line, path:line: reason; no output
means the set is clean.

Exit status:
  0  the set is clean
  1  problems were found (each listed)
  2  the folder cannot be read

Examples:
  bigsoc lexicon check                       # the embedded set
  bigsoc lexicon check --lexicons my-lexicons/";

const LEXICON_EXPORT_HELP: &str = "\
By default, one term per line as tab-separated values: role, pattern, weight
(empty for roles without one). With --patterns, one pattern per line for a
plain multi-pattern scan instead.

Examples:
  bigsoc lexicon export > terms.tsv
  bigsoc lexicon export --patterns > patterns.txt && rg -i -c -f patterns.txt corpus/";

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub lexicons: LexiconArgs,

    /// Print one pattern per line for a plain multi-pattern scan (`rg -i -f`):
    /// literal phrases, escaped, with a wildcard reduced to its stem.
    #[arg(long)]
    pub patterns: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The lexicon folder to compare against (the old version).
    #[arg(long, value_name = "DIR")]
    pub base: PathBuf,

    #[command(flatten)]
    pub lexicons: LexiconArgs,

    /// Files or folders to classify with both sets.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub folders: FolderArgs,

    /// Walk hidden files and folders too (names starting with a dot, such
    /// as .git/); paths named on the command line are always read.
    #[arg(long)]
    pub hidden: bool,

    /// Report format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,

    /// Worker threads (0 = one per core).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    pub threads: usize,
}

const REPORT_HELP: &str = "\
The page is one HTML file with inline CSS and a little inline script (only for
sorting the table); it loads nothing from the network and reads fine without
script. It shows paragraphs per stance, each document's share of pro and
sceptical paragraphs, a stance strip per document (one cell per paragraph;
hover or focus a cell for its text, score and evidence; click it to jump to
the paragraph), and the evidence terms that fired most often per stance.

Folders are walked as by classify: recursively, for --ext files, skipping
hidden files and folders (names starting with a dot) unless --hidden.

Examples:
  bigsoc report corpus/ -o report.html
  bigsoc report --lexicons my-lexicons/ corpus/ -o report.html
  # render saved classify output without classifying again:
  bigsoc classify corpus/ > results.jsonl
  bigsoc report --from results.jsonl -o report.html
  bigsoc classify corpus/ | bigsoc report --from - -o report.html

Exit status: 0 report written from every input, 2 some input (or some line of
--from) could not be read (each is named on stderr; the report shows the rest).
When no document could be read (or there was none), no page is written: the
--output file is left untouched, and the exit status is 2.";

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Files or folders to classify; `-` reads standard input. With none (and
    /// no --from), standard input is read when it is not a terminal.
    #[arg(value_name = "PATH", conflicts_with = "from")]
    pub paths: Vec<PathBuf>,

    /// Render saved `bigsoc classify` output (JSON Lines, one document per
    /// line) instead of classifying; `-` reads standard input.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["lexicons", "ext", "hidden"])]
    pub from: Option<PathBuf>,

    /// Where to write the HTML page (`-` for standard output).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: PathBuf,

    /// Heading and window title of the page.
    #[arg(long, value_name = "TEXT", default_value = crate::cmd::report::DEFAULT_TITLE)]
    pub title: String,

    #[command(flatten)]
    pub lexicons: LexiconArgs,

    #[command(flatten)]
    pub folders: FolderArgs,

    /// Walk hidden files and folders too (names starting with a dot, such
    /// as .git/); paths named on the command line are always read.
    #[arg(long)]
    pub hidden: bool,

    /// Worker threads (0 = one per core).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    pub threads: usize,
}
