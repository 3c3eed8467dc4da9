//! Every command's help ends with examples an agency admin can paste into zsh, and some of
//! them are run as written against the sandbox.

use clap::Command;

#[cfg(unix)]
use crate::common::{World, stderr, stdout};

/// Each leaf command under `cmd`, with its path (`["customers", "list"]`).
fn leaves(cmd: &Command, path: Vec<String>, out: &mut Vec<(Vec<String>, Command)>) {
    let subs: Vec<&Command> = cmd
        .get_subcommands()
        .filter(|s| s.get_name() != "help")
        .collect();
    if subs.is_empty() {
        out.push((path.clone(), cmd.clone()));
    }
    for sub in subs {
        let mut sub_path = path.clone();
        sub_path.push(sub.get_name().to_string());
        leaves(sub, sub_path, out);
    }
}

fn all_leaves() -> Vec<(Vec<String>, Command)> {
    let mut top = bp::cli::command();
    top.build();
    let mut out = Vec::new();
    leaves(&top, Vec::new(), &mut out);
    out
}

/// The command lines under "Examples:" (a line ending in `\` joined with the next).
fn examples(after_help: &str) -> Vec<String> {
    let mut commands = Vec::new();
    let mut lines = after_help
        .lines()
        .skip_while(|l| *l != "Examples:")
        .skip(1)
        .take_while(|l| l.is_empty() || l.starts_with(' '))
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    while let Some(line) = lines.next() {
        let mut command = line.to_string();
        while command.ends_with('\\') {
            command.pop();
            command.push_str(lines.next().unwrap_or_default());
        }
        commands.push(command);
    }
    commands
}

/// Characters zsh would glob, expand or choke on outside single quotes.
fn unquoted_specials(command: &str) -> Vec<char> {
    let (mut single, mut double) = (false, false);
    let mut found = Vec::new();
    for c in command.chars() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '!' if !single => found.push(c),
            '?' | '*' | '[' | ']' | '{' | '}' | '(' | ')' if !single && !double => found.push(c),
            _ => {}
        }
    }
    found
}

#[test]
fn every_leaf_command_ends_its_help_with_examples() {
    let leaves = all_leaves();
    assert!(leaves.len() > 30, "{} leaves", leaves.len());
    for (path, mut cmd) in leaves {
        let path = path.join(" ");
        let after = cmd.get_after_help().map(ToString::to_string);
        let after = after.unwrap_or_else(|| panic!("`bp {path}` has no examples"));
        assert!(after.starts_with("Examples:\n"), "`bp {path}`: {after}");
        let count = examples(&after).len();
        assert!((2..=3).contains(&count), "`bp {path}` has {count} examples");
        let comments = after.lines().filter(|l| l.starts_with("  # ")).count();
        assert!(
            (2..=3).contains(&comments),
            "`bp {path}`: each example says what it does"
        );
        for command in examples(&after) {
            assert!(command.contains("bp "), "`bp {path}`: {command}");
            let specials = unquoted_specials(&command);
            assert!(
                specials.is_empty(),
                "quote {specials:?} for zsh in `{command}`"
            );
        }
        for line in after.lines() {
            assert!(line.chars().count() <= 100, "`bp {path}`: too wide: {line}");
        }
        // And the help ends with them (or with exit codes after them), short and long.
        for text in [
            cmd.render_help().to_string(),
            cmd.render_long_help().to_string(),
        ] {
            assert!(
                text.trim_end().ends_with(after.trim_end()),
                "`bp {path}`: {text}"
            );
        }
    }
}

#[test]
fn the_quote_check_finds_what_zsh_would_glob() {
    assert_eq!(unquoted_specials("bp api GET /customer/list?page=2"), ['?']);
    assert!(unquoted_specials("bp api GET '/customer/list?page=2'").is_empty());
    assert_eq!(unquoted_specials("bp x --text \"hi!\""), ['!']);
    assert!(unquoted_specials("printf '%s\\n' \"$KEY\" | bp x").is_empty());
}

/// Runs each example of these commands, as written, with `bp` the binary under test and
/// `--sandbox` (in a temp directory, for the files they write). In `sh`: Unix.
#[cfg(unix)]
#[test]
fn the_examples_of_the_reading_commands_run_against_the_sandbox() {
    let w = World::new();
    let wanted = [
        "customers list",
        "customers token",
        "contacts search",
        "members list",
        "segments list",
        "whatsapp templates",
        "api",
    ];
    let mut ran = 0;
    for (path, cmd) in all_leaves() {
        if !wanted.contains(&path.join(" ").as_str()) {
            continue;
        }
        let after = cmd.get_after_help().unwrap().to_string();
        for example in examples(&after) {
            let dir = tempfile::tempdir().unwrap();
            let script = format!("bp() {{ \"$BP\" --sandbox \"$@\"; }}\n{example}");
            let bare = w.bare_std();
            let env = bare.get_envs().filter_map(|(k, v)| Some((k, v?)));
            let out = std::process::Command::new("sh")
                .env_clear()
                .envs(env)
                .current_dir(dir.path())
                .env("BP", env!("CARGO_BIN_EXE_bp"))
                .args(["-c", &script])
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "`{example}`: {}{}",
                stdout(&out),
                stderr(&out)
            );
            ran += 1;
        }
    }
    assert!(ran >= 14, "ran {ran} examples");
}
