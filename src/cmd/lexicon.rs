//! `bigsoc lexicon check` and `bigsoc lexicon export`.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};
use std::path::Path;

use anyhow::Context;

use super::message;
use crate::cli::{ExportArgs, LexiconArgs};
use crate::lexicon::{
    EMBEDDED, Entry, LexiconError, PatternWord, Role, boilerplate_set_problems, check_dir,
    parse_file, read_role_file, unknown_files,
};
use crate::{EXIT_NO, EXIT_OK};

/// Every problem in a lexicon folder (or the embedded set), in file order.
pub fn lint(dir: Option<&Path>) -> Vec<LexiconError> {
    let mut problems = Vec::new();
    let mut parsed: Vec<(String, Vec<Entry>)> = Vec::new();
    for (role, embedded) in EMBEDDED {
        let (path, text) = match dir {
            None => (
                format!("lexicons/{}", role.file_name()),
                embedded.to_string(),
            ),
            Some(d) => match read_role_file(d, role) {
                Ok(text) => (
                    d.join(role.file_name()).to_string_lossy().into_owned(),
                    text,
                ),
                Err(e) => {
                    problems.push(e);
                    continue;
                }
            },
        };
        let (entries, errors) = parse_file(role, &path, &text);
        problems.extend(errors);
        if role == Role::Boilerplate {
            // Lines that parse may still not compile as `classify`
            // compiles them: too large, alone or together.
            problems.extend(boilerplate_set_problems(&path, &entries));
        }
        parsed.push((path, entries));
    }
    problems.extend(duplicates(&parsed));
    if let Some(d) = dir {
        for f in unknown_files(d) {
            let message = match f.miscased {
                Some(_) => format!("unknown lexicon file{}", f.hint()),
                None => format!(
                    "unknown lexicon file: bigsoc reads only {}",
                    Role::ALL.map(|r| r.file_name()).join(", ")
                ),
            };
            problems.push(LexiconError {
                path: f.path,
                line: 0,
                message,
            });
        }
    }
    problems.sort_by(|a, b| a.path.cmp(&b.path).then(a.line.cmp(&b.line)));
    problems
}

/// Roles whose entries compete for the same words: a pattern may appear
/// once across them.
fn polarity_group(role: Role) -> Role {
    if role == Role::General {
        Role::Stance
    } else {
        role
    }
}

/// Duplicate patterns within a role (or across stance and general), and
/// the same expression with opposite signs.
fn duplicates(parsed: &[(String, Vec<Entry>)]) -> Vec<LexiconError> {
    let mut seen: BTreeMap<(Role, Vec<PatternWord>), (&str, &Entry)> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut reported = std::collections::HashSet::new();
    for (path, entries) in parsed {
        for e in entries {
            if e.role == Role::Boilerplate {
                continue;
            }
            // Words the matcher takes as one ("its", "their") make one
            // pattern.
            let words = e
                .words
                .iter()
                .map(|w| match crate::matcher::match_word(&w.text) {
                    m if !w.wildcard && m != &*w.text => PatternWord {
                        text: m.to_string().into(),
                        wildcard: false,
                    },
                    _ => w.clone(),
                })
                .collect();
            let key = (polarity_group(e.role), words);
            match seen.get(&key) {
                None => {
                    seen.insert(key, (path, e));
                }
                Some((first_path, first)) => {
                    let opposite = matches!((first.weight, e.weight), (Some(a), Some(b)) if a.signum() != b.signum());
                    let message = if opposite {
                        format!(
                            "{:?} appears at {}:{} with the opposite sign ({} vs {})",
                            e.pattern,
                            first_path,
                            first.line,
                            first.weight.unwrap_or(0.0),
                            e.weight.unwrap_or(0.0)
                        )
                    } else {
                        format!(
                            "duplicate entry {:?}: already at {}:{}",
                            e.pattern, first_path, first.line
                        )
                    };
                    // Every form of a `~` verb is an entry of its line: a
                    // line is one problem, naming the first line it
                    // repeats, not one per form.
                    if reported.insert((path.as_str(), e.line)) {
                        problems.push(LexiconError {
                            path: path.clone(),
                            line: e.line,
                            message,
                        });
                    }
                }
            }
        }
    }
    problems
}

pub fn check(args: LexiconArgs) -> anyhow::Result<i32> {
    // A folder that is not there is an error (exit 2), not a lint finding.
    if let Some(dir) = &args.lexicons {
        check_dir(dir).map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    let problems = lint(args.lexicons.as_deref());
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    problems
        .iter()
        .try_for_each(|p| writeln!(out, "{p}"))
        .and_then(|()| out.flush())
        .context("error writing output")?;
    if problems.is_empty() {
        Ok(EXIT_OK)
    } else {
        message(&format!("{} lexicon problem(s)", problems.len()));
        Ok(EXIT_NO)
    }
}

/// A word pattern as a regular expression for a plain multi-pattern
/// scanner such as `rg -i -f`: the words, escaped, joined by one space, with
/// a wildcard reduced to its stem and a `#` as any figure. These are
/// (nearly all) literal phrases, so the scanner
/// takes its fast path; that scan is the speed bigsoc is measured against.
pub fn pattern_regex(words: &[PatternWord]) -> String {
    let parts: Vec<String> = words
        .iter()
        .map(|w| match &*w.text {
            // Any figure; the rounding words and number words a `#` also
            // takes are left to bigsoc.
            crate::lexicon::NUMBER_WORD => r"[£$€]?[0-9][0-9,.]*[a-z]*%?".to_string(),
            t => regex::escape(t),
        })
        .collect();
    parts.join(" ")
}

pub fn export(args: ExportArgs) -> anyhow::Result<i32> {
    let scorer = super::scorer(&args.lexicons)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    write_export(&mut out, &scorer.lexicons.entries, args.patterns)
        .and_then(|()| out.flush())
        .context("error writing output")?;
    Ok(EXIT_OK)
}

/// Writes the entries as `lexicon export` prints them: TSV rows (role,
/// pattern as written, weight), one per lexicon line, or with `patterns`
/// one scan pattern per word sequence.
pub fn write_export<W: Write>(out: &mut W, entries: &[Entry], patterns: bool) -> io::Result<()> {
    // A `~` verb is one line of its file expanded into one entry per form
    // ("fall~ short": "falls short", "fell short", ...). A scan needs every
    // form; the TSV shows the line once, as it is written.
    let mut shown: BTreeSet<(Role, usize)> = BTreeSet::new();
    // Built-in frames (line 0) are rules of the scorer, not lexicon lines.
    for e in entries.iter().filter(|e| e.line != 0) {
        if patterns {
            if !e.words.is_empty() {
                writeln!(out, "{}", pattern_regex(&e.words))?;
            }
        } else if shown.insert((e.role, e.line)) {
            let mut w = e.weight.map(|w| w.to_string()).unwrap_or_default();
            if e.fixed {
                w.push('!');
            }
            writeln!(out, "{}\t{}\t{}", e.role.name(), e.pattern, w)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_word_exports_as_a_figure() {
        let (entries, errors) = parse_file(Role::General, "general.txt", "raised # for   1\n");
        assert!(errors.is_empty(), "{errors:?}");
        let re = regex::Regex::new(&pattern_regex(&entries[0].words)).unwrap();
        for text in ["raised £600 for", "raised 1,200 for", "raised 3.5m for"] {
            assert!(re.is_match(text), "{text}");
        }
        assert!(!re.is_match("raised money for"));
    }

    #[test]
    fn shipped_lexicons_are_clean() {
        let problems = lint(None);
        assert!(
            problems.is_empty(),
            "{}",
            problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    #[test]
    fn a_tilde_verb_is_one_tsv_row_but_every_form_is_a_pattern() {
        let (entries, errors) = parse_file(
            Role::Stance,
            "stance.txt",
            "# c\nfall~ short -1.5\nsneering -1!\n",
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert!(entries.len() > 2, "the verb expands: {entries:?}");
        let mut tsv = Vec::new();
        write_export(&mut tsv, &entries, false).unwrap();
        assert_eq!(
            String::from_utf8(tsv).unwrap(),
            "stance\tfall~ short\t-1.5\nstance\tsneering\t-1!\n"
        );
        let mut scan = Vec::new();
        write_export(&mut scan, &entries, true).unwrap();
        let scan = String::from_utf8(scan).unwrap();
        assert_eq!(scan.lines().count(), entries.len());
        assert!(scan.lines().any(|l| l == "fell short"), "{scan}");
    }

    #[test]
    fn patterns_export_as_word_bounded_regexes() {
        let words = vec![
            PatternWord {
                text: "cover".into(),
                wildcard: false,
            },
            PatternWord {
                text: "cut".into(),
                wildcard: true,
            },
        ];
        assert_eq!(pattern_regex(&words), "cover cut");
        let words = vec![PatternWord {
            text: "4.5m".into(),
            wildcard: false,
        }];
        assert_eq!(pattern_regex(&words), r"4\.5m");
    }
}
