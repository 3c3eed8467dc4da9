//! The command tree as bp parses it and shows it: the derive's, plus two things derive cannot
//! say. Each command's help and man page offer only the global flags that mean something to
//! it: the others are still accepted where they always were, only hidden (clap_complete's
//! scripts still complete them: it ignores `hide`).
//! And `bp --help` lists the commands in groups, which clap 4.6 cannot do itself
//! (clap-rs/clap#1553): the listing is written into the top level's help template.

use std::ffi::OsString;
use std::fmt::Write as _;

use clap::{Arg, Command, CommandFactory, FromArgMatches};

use super::Cli;

/// The tree `bp` parses with, and that its help, completions and man pages come from.
pub fn command() -> Command {
    let cmd = Cli::command();
    let globals: Vec<Arg> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .cloned()
        .collect();
    let cmd = cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        hide_other_globals(sub, &name, &globals).0
    });
    let template = grouped_help_template(&cmd);
    cmd.help_template(template)
}

/// [`Cli`] from the process's arguments, parsed with [`command`].
pub fn try_parse() -> Result<Cli, clap::Error> {
    try_parse_from(std::env::args_os())
}

/// [`Cli`] from `args` (the first is the program's name), parsed with [`command`].
pub fn try_parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let mut cmd = command();
    let mut matches = cmd.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut cmd))
}

// What a global flag is about, as bits: a command takes a set of them.
const PROFILE: u8 = 1;
const CUSTOMER: u8 = 2;
/// `-o`, `--json`.
const FORMAT: u8 = 4;
/// `--fields`, `--no-headers`, `--wide`: for commands that print items through the renderer.
const SHAPING: u8 = 8;
/// Requests to the API: `--timeout`, `--retries`, `-v`, `--sandbox`, `--shapes`.
const NETWORK: u8 = 16;
/// `-q`, `--color`.
const TERMINAL: u8 = 32;
/// `--jq`: wherever JSON can be printed, and `customers each` (its merged output).
const JQ: u8 = 64;
const ALL: u8 = PROFILE | CUSTOMER | FORMAT | SHAPING | NETWORK | TERMINAL | JQ;

fn kind(global: &str) -> u8 {
    match global {
        "profile" => PROFILE,
        "customer" => CUSTOMER,
        "output" | "json" => FORMAT,
        "fields" | "no_headers" | "wide" => SHAPING,
        "jq" => JQ,
        "timeout" | "retries" | "verbose" | "sandbox" | "shapes" => NETWORK,
        // `quiet`, `color`, and a global flag added later: shown wherever bp prints.
        _ => TERMINAL,
    }
}

/// The global flags a leaf command (`"customers list"`) makes use of. API commands take them
/// all; what bp does on its own takes fewer.
fn used_by(path: &str) -> u8 {
    match path {
        "completions" | "man" => 0,
        "profile add" | "profile use" | "sandbox serve" | "sandbox reset" => TERMINAL,
        "profile list" => FORMAT | SHAPING | JQ | TERMINAL,
        "profile show" => PROFILE | FORMAT | SHAPING | JQ | TERMINAL,
        "sandbox shapes-diff" => FORMAT | JQ | TERMINAL,
        "bots add" => PROFILE | CUSTOMER | TERMINAL,
        // The partner key's own commands; `each` gives each child its --customer, and the
        // child's own -o (after `--`) decides the output.
        "customers list" | "customers get" | "customers token" | "customers create"
        | "customers update" | "members token" => ALL & !CUSTOMER,
        "customers delete" => ALL & !(CUSTOMER | FORMAT | SHAPING | JQ),
        "customers each" => ALL & !(CUSTOMER | FORMAT | SHAPING),
        "contacts delete" => ALL & !(FORMAT | SHAPING | JQ),
        _ => ALL,
    }
}

/// Gives `cmd` (at `path`) a hidden copy of each global flag none of its commands uses:
/// clap then propagates that copy to its subcommands instead of the visible one. Returns the
/// flags it uses, for its parent.
fn hide_other_globals(cmd: Command, path: &str, globals: &[Arg]) -> (Command, u8) {
    let mut used = if cmd.has_subcommands() {
        0
    } else {
        used_by(path)
    };
    let cmd = cmd.mut_subcommands(|sub| {
        let sub_path = format!("{path} {}", sub.get_name());
        let (sub, sub_used) = hide_other_globals(sub, &sub_path, globals);
        used |= sub_used;
        sub
    });
    // (An argument of the command's own with a global's id shadows it, as in propagation.)
    let hidden: Vec<Arg> = globals
        .iter()
        .filter(|g| used & kind(g.get_id().as_str()) == 0)
        .filter(|g| cmd.get_arguments().all(|a| a.get_id() != g.get_id()))
        .map(|g| g.clone().hide(true))
        .collect();
    let cmd = cmd.args(hidden);
    (cmd, used)
}

/// A group of `bp --help`: commands by name, or a bulk use of a command with its own words.
struct Group {
    heading: &'static str,
    entries: &'static [Entry],
}

struct Entry {
    /// The command's path (`"customers each"`).
    path: &'static str,
    /// What follows the path in the listing (`"--from"`).
    usage: &'static str,
    /// The line beside it [default: the command's own about].
    about: Option<&'static str>,
}

const fn cmd(path: &'static str) -> Entry {
    Entry {
        path,
        usage: "",
        about: None,
    }
}

const fn bulk(path: &'static str, usage: &'static str, about: &'static str) -> Entry {
    Entry {
        path,
        usage,
        about: Some(about),
    }
}

/// `bp --help`'s groups. Every visible top-level command is in exactly one of the groups but
/// Bulk, which points at the commands that take many rows or customers in one run (a test
/// checks both).
const GROUPS: &[Group] = &[
    Group {
        heading: "Agency",
        entries: &[cmd("customers"), cmd("members")],
    },
    Group {
        heading: "Customer data",
        entries: &[
            cmd("contacts"),
            cmd("leads"),
            cmd("segments"),
            cmd("whatsapp"),
        ],
    },
    Group {
        heading: "Bulk",
        entries: &[
            bulk(
                "customers each",
                "",
                "Run a bp command for every customer, with its token",
            ),
            bulk(
                "whatsapp import",
                "",
                "Import WhatsApp contacts from a CSV, JSON, NDJSON or spreadsheet",
            ),
            bulk(
                "leads upsert",
                "--from",
                "Create or update a lead per row of a file",
            ),
            bulk(
                "contacts set-attr",
                "--from",
                "Set the attributes of a contact per row of a file",
            ),
            bulk(
                "contacts delete",
                "--from",
                "Delete the contacts whose ids a file lists",
            ),
        ],
    },
    Group {
        heading: "Setup and tools",
        entries: &[
            cmd("profile"),
            cmd("auth"),
            cmd("bots"),
            cmd("api"),
            cmd("sandbox"),
            cmd("completions"),
            bulk(
                "help",
                "",
                "Print this message or the help of the given command(s)",
            ),
        ],
    },
];

/// Where the listing's lines end, as clap's own help does when not on a terminal.
const WIDTH: usize = 100;

/// The top level's help: clap's default layout, with the grouped listing for "Commands:"
/// and the global flags as "Global Options:".
fn grouped_help_template(top: &Command) -> String {
    let styles = top.get_styles();
    let (header, literal) = (styles.get_header(), styles.get_literal());
    let mut out = String::from("{before-help}{about-with-newline}\n{usage-heading} {usage}\n");
    let groups: Vec<(&str, Vec<(String, String)>)> = GROUPS
        .iter()
        .map(|group| {
            let rows = group.entries.iter().map(|e| {
                let name = [e.path, e.usage].join(" ").trim_end().to_string();
                (
                    name,
                    e.about.map_or_else(|| about_of(top, e.path), String::from),
                )
            });
            (group.heading, rows.collect())
        })
        .collect();
    // One column for all groups, as clap aligns a section.
    let column = groups
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|(name, _)| name.len()))
        .max()
        .unwrap_or(0)
        + 4;
    for (heading, rows) in groups {
        let _ = write!(out, "\n{header}{heading}:{header:#}\n");
        for (name, about) in rows {
            let pad = " ".repeat(column - 2 - name.len());
            let mut lines = wrap(&about, WIDTH.saturating_sub(column).max(30)).into_iter();
            let first = lines.next().unwrap_or_default();
            let _ = writeln!(out, "  {literal}{name}{literal:#}{pad}{first}");
            for line in lines {
                let _ = writeln!(out, "{}{line}", " ".repeat(column));
            }
        }
    }
    let _ = write!(
        out,
        "\n{header}Global Options:{header:#}\n{{options}}{{after-help}}"
    );
    out
}

/// The first line of the about of the command at `path` under `top`.
fn about_of(top: &Command, path: &str) -> String {
    let found = path
        .split(' ')
        .try_fold(top, |cmd, name| cmd.find_subcommand(name));
    found
        .and_then(|c| c.get_about())
        .map(|a| a.to_string())
        .unwrap_or_default()
        // Braces would be read as the template's tags.
        .replace(['{', '}'], "")
}

/// `text` in lines of at most `width` characters, broken between words.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("one line at least");
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_is_in_one_group_and_bulk_entries_exist() {
        let mut top = command();
        top.build();
        for sub in top.get_subcommands().filter(|s| !s.is_hide_set()) {
            let groups = GROUPS
                .iter()
                .filter(|g| g.heading != "Bulk")
                .filter(|g| g.entries.iter().any(|e| e.path == sub.get_name()))
                .count();
            assert_eq!(groups, 1, "`{}` is in {groups} groups", sub.get_name());
        }
        for entry in GROUPS.iter().flat_map(|g| g.entries) {
            let found = entry
                .path
                .split(' ')
                .try_fold(&top, |cmd, name| cmd.find_subcommand(name));
            let found = found.unwrap_or_else(|| panic!("no command `{}`", entry.path));
            let flag = entry
                .usage
                .strip_prefix("--")
                .and_then(|f| f.split(' ').next());
            if let Some(flag) = flag.filter(|f| !f.is_empty()) {
                assert!(
                    found.get_arguments().any(|a| a.get_long() == Some(flag)),
                    "`{}` has no --{flag}",
                    entry.path
                );
            }
        }
    }

    #[test]
    fn wraps_between_words() {
        assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("", 6), [""]);
    }
}
