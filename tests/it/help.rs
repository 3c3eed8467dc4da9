//! `--help` as users read it: a command's own flags first, the global ones under their own
//! heading and only where they mean something, and `bp --help`'s commands in groups.

use crate::common::{RunOk, World, stdout};

fn help(w: &World, args: &[&str]) -> String {
    stdout(&w.bare().args(args).run_ok())
}

/// The lines of `text` under `heading:` (up to the next heading), trimmed.
fn section<'a>(text: &'a str, heading: &str) -> Vec<&'a str> {
    let start = format!("{heading}:");
    text.lines()
        .skip_while(|l| *l != start)
        .skip(1)
        .take_while(|l| l.is_empty() || l.starts_with(' '))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

fn flags(text: &str, heading: &str) -> Vec<String> {
    section(text, heading)
        .iter()
        .flat_map(|l| l.split([' ', ',']))
        .filter(|w| w.starts_with('-'))
        .map(|w| w.trim_end_matches("...").to_string())
        .collect()
}

#[test]
fn a_commands_own_flags_come_first_and_the_global_ones_under_their_heading() {
    let w = World::new();
    for args in [
        &["contacts", "search", "--help"][..],
        &["contacts", "search", "-h"],
    ] {
        let text = help(&w, args);
        let own = flags(&text, "Options");
        let global = flags(&text, "Global Options");
        assert!(own.contains(&"--tag".to_string()), "{text}");
        assert!(!own.contains(&"--customer".to_string()), "{text}");
        for flag in [
            "--customer",
            "-o",
            "--fields",
            "--timeout",
            "--sandbox",
            "-q",
        ] {
            assert!(global.contains(&flag.to_string()), "{flag}: {text}");
        }
        assert!(text.find("\nOptions:").unwrap() < text.find("\nGlobal Options:").unwrap());
    }
}

#[test]
fn only_the_global_flags_that_apply_are_offered() {
    let w = World::new();
    // (command, global flags it offers, global flags it must not offer)
    let cases: [(&[&str], &[&str], &[&str]); 6] = [
        (
            &["completions"],
            &[],
            &[
                "--customer",
                "--fields",
                "-o",
                "--jq",
                "--profile",
                "--sandbox",
                "-q",
            ],
        ),
        (
            &["profile", "add"],
            &["-q", "--color"],
            &[
                "--customer",
                "--fields",
                "-o",
                "--jq",
                "--sandbox",
                "--timeout",
            ],
        ),
        (
            &["profile", "list"],
            &["-o", "--fields", "--no-headers", "--jq"],
            &["--customer", "--sandbox", "--retries"],
        ),
        (
            &["sandbox", "serve"],
            &["-q"],
            &["--customer", "--fields", "-o", "--sandbox", "--shapes"],
        ),
        (
            &["customers", "list"],
            &[
                "--profile",
                "-o",
                "--fields",
                "--jq",
                "--sandbox",
                "--timeout",
            ],
            &["--customer"],
        ),
        (
            &["members", "list"],
            &["--customer", "-o", "--fields", "--sandbox"],
            &[],
        ),
    ];
    for (command, offered, not_offered) in cases {
        let text = help(&w, &[command, &["--help"]].concat());
        let global = flags(&text, "Global Options");
        for flag in offered {
            assert!(
                global.contains(&flag.to_string()),
                "{command:?} {flag}: {text}"
            );
        }
        let own = flags(&text, "Options");
        for flag in not_offered {
            let flag = flag.to_string();
            assert!(
                !global.contains(&flag) && !own.contains(&flag),
                "{command:?} {flag}: {text}"
            );
        }
    }
    // A parent offers what any of its commands takes.
    let text = help(&w, &["profile", "--help"]);
    assert!(flags(&text, "Global Options").contains(&"-o".to_string()));
    assert!(!text.contains("--customer"), "{text}");
}

#[test]
fn hidden_global_flags_are_still_accepted_where_they_were() {
    let w = World::new();
    for extra in [
        &["--customer", "Acme"][..],
        &["-o", "json"],
        &["--fields", "name"],
        &["--timeout", "5"],
        &["--profile", "nope"],
    ] {
        let out = w.bare().args(["completions", "bash"]).args(extra).run_ok();
        assert!(stdout(&out).contains("_bp()"), "{extra:?}");
    }
    // And where they mean something, before or after the command, as always.
    let before = w
        .bare()
        .args(["--sandbox", "-o", "json", "customers", "list"])
        .run_ok();
    let after = w
        .bare()
        .args(["customers", "list", "--sandbox", "-o", "json"])
        .run_ok();
    assert_eq!(stdout(&before), stdout(&after));
    assert!(stdout(&after).starts_with('['));
}

#[test]
fn the_top_level_help_groups_the_commands() {
    let w = World::new();
    let expected: [(&str, &[&str]); 4] = [
        ("Agency", &["customers", "members"]),
        (
            "Customer data",
            &["contacts", "leads", "segments", "whatsapp"],
        ),
        (
            "Bulk",
            &[
                "customers each",
                "whatsapp import",
                "leads upsert --from",
                "contacts set-attr --from",
                "contacts delete --from",
            ],
        ),
        (
            "Setup and tools",
            &[
                "profile",
                "auth",
                "bots",
                "api",
                "sandbox",
                "completions",
                "help",
            ],
        ),
    ];
    for args in [&["--help"][..], &["-h"], &["help"]] {
        let text = help(&w, args);
        assert!(!text.contains("\nCommands:"), "{text}");
        let mut at = 0;
        for (heading, names) in expected {
            let found = text[at..].find(&format!("\n{heading}:\n")).map(|i| i + at);
            at = found.unwrap_or_else(|| panic!("no {heading} after the previous: {text}"));
            // Entries start two spaces in; their wrapped lines further.
            let listed: Vec<&str> = text[at + 1..]
                .lines()
                .skip(1)
                .take_while(|l| l.starts_with(' '))
                .filter(|l| !l.starts_with("   "))
                .filter_map(|l| l.trim().split("  ").next())
                .collect();
            assert_eq!(listed, names, "{heading} in {args:?}");
        }
        // The global flags and the exit codes follow.
        assert!(text.contains("\nGlobal Options:\n"), "{text}");
        assert!(text.contains("\nExit codes:\n  0  success"), "{text}");
    }
}
