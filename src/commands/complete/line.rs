//! Where the cursor is: the command line as far as the cursor, split into words as a POSIX
//! shell splits them, then walked through bp's command tree to find what the last word is:
//! the value of `--profile`, `--customer` or `--bot`, or the customer of `customers get`
//! and `customers token`.

use clap::{Arg, Command};

/// Words of a command line, the last the one being typed.
#[derive(Debug, PartialEq, Eq)]
pub struct Words {
    pub words: Vec<String>,
    /// The quote the last word is open in (`bp --customer "Acme C`), if any.
    pub open_quote: Option<char>,
}

/// Splits `line` into words: quotes and backslashes as a POSIX shell takes them, and an
/// unclosed quote at the end left open. `;`, `&`, `|`, `(` and `)` start a new command:
/// only the last one's words are kept.
pub fn split(line: &str) -> Words {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some('"'), '\\') => match chars.peek() {
                Some(&n @ ('"' | '\\' | '$' | '`')) => {
                    word.push(n);
                    chars.next();
                }
                _ => word.push('\\'),
            },
            (Some(_), c) => word.push(c),
            (None, '\\') => {
                word.extend(chars.next());
                in_word = true;
            }
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, ';' | '&' | '|' | '(' | ')' | '\n') => {
                words.clear();
                word.clear();
                in_word = false;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    words.push(word);
    Words {
        words,
        open_quote: quote,
    }
}

/// The values bp completes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    Profiles,
    Customers,
    Bots,
}

/// What the word being typed is, and what the words before it said.
#[derive(Debug, PartialEq, Eq)]
pub struct Spot {
    pub want: Want,
    /// The value typed so far (after `--profile=`, if so written).
    pub prefix: String,
    /// `--profile`, if the line gives one.
    pub profile: Option<String>,
    /// `--sandbox` is on the line.
    pub sandbox: bool,
}

/// The value the argument with this id takes, if bp completes it.
fn want_of(arg: &Arg) -> Option<Want> {
    match arg.get_id().as_str() {
        "profile" => Some(Want::Profiles),
        "customer" => Some(Want::Customers),
        "bot" => Some(Want::Bots),
        _ => None,
    }
}

fn takes_value(arg: &Arg) -> bool {
    arg.get_action().takes_values()
}

fn long<'c>(cmd: &'c Command, name: &str) -> Option<&'c Arg> {
    cmd.get_arguments().find(|a| {
        a.get_long_and_visible_aliases()
            .is_some_and(|names| names.contains(&name))
    })
}

fn short(cmd: &Command, c: char) -> Option<&Arg> {
    cmd.get_arguments().find(|a| a.get_short() == Some(c))
}

/// Walks `words` (the first is bp itself, the last the one being typed) through `root`, a
/// built command tree (its global flags propagated): `None` where bp completes nothing.
pub fn locate(root: &Command, words: &[String]) -> Option<Spot> {
    let (current, before) = words.split_last()?;
    let start = before
        .iter()
        .position(|w| {
            std::path::Path::new(w)
                .file_stem()
                .is_some_and(|s| s == "bp")
        })
        .map_or(1, |i| i + 1);
    let mut cmd = root;
    let mut path: Vec<&str> = Vec::new();
    let mut positionals = 0usize;
    let mut only_positionals = false;
    let mut profile = None;
    let mut sandbox = false;
    // The flag whose value the next word is.
    let mut pending: Option<&Arg> = None;
    for word in before.iter().skip(start) {
        if let Some(arg) = pending.take() {
            if arg.get_id() == "profile" {
                profile = Some(word.clone());
            }
            continue;
        }
        if only_positionals || word == "-" || !word.starts_with('-') {
            match cmd.find_subcommand(word) {
                Some(sub) if positionals == 0 && !only_positionals => {
                    path.push(sub.get_name());
                    cmd = sub;
                }
                _ => positionals += 1,
            }
        } else if word == "--" {
            // `customers each -- COMMAND…`: the child's command line, a bp one of its own.
            if path == ["customers", "each"] {
                (cmd, path, positionals) = (root, Vec::new(), 0);
            } else {
                only_positionals = true;
            }
        } else if let Some(flag) = word.strip_prefix("--") {
            let (name, value) = match flag.split_once('=') {
                Some((name, value)) => (name, Some(value)),
                None => (flag, None),
            };
            let Some(arg) = long(cmd, name) else {
                continue;
            };
            sandbox |= arg.get_id() == "sandbox";
            match value {
                Some(v) if arg.get_id() == "profile" => profile = Some(v.to_string()),
                None if takes_value(arg) => pending = Some(arg),
                _ => {}
            }
        } else {
            // `-v`, `-qv`, `-o json`, `-ojson`: a flag that takes a value ends the cluster.
            let cluster: Vec<char> = word.chars().skip(1).collect();
            for (i, c) in cluster.iter().enumerate() {
                match short(cmd, *c) {
                    Some(arg) if takes_value(arg) => {
                        if i + 1 == cluster.len() {
                            pending = Some(arg);
                        }
                        break;
                    }
                    _ => {}
                }
            }
        }
    }
    let spot = |want, prefix: &str| Spot {
        want,
        prefix: prefix.to_string(),
        profile: profile.clone(),
        sandbox,
    };
    if let Some(arg) = pending {
        return want_of(arg).map(|want| spot(want, current));
    }
    if !only_positionals
        && let Some((name, value)) = current.strip_prefix("--").and_then(|f| f.split_once('='))
    {
        return long(cmd, name)
            .and_then(want_of)
            .map(|want| spot(want, value));
    }
    let customer_of = matches!(path.as_slice(), ["customers", "get" | "token"]);
    if customer_of && positionals == 0 && (only_positionals || !current.starts_with('-')) {
        return Some(spot(Want::Customers, current));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        split(line).words
    }

    #[test]
    fn splits_as_a_shell_does_leaving_the_last_quote_open() {
        assert_eq!(words("bp --profile "), ["bp", "--profile", ""]);
        assert_eq!(words("bp get Acme\\ C"), ["bp", "get", "Acme C"]);
        assert_eq!(
            split("bp --customer \"Acme C"),
            Words {
                words: vec!["bp".into(), "--customer".into(), "Acme C".into()],
                open_quote: Some('"'),
            }
        );
        assert_eq!(words("bp 'a b' \"c\\\"d\" x"), ["bp", "a b", "c\"d", "x"]);
        assert_eq!(words("cd /tmp && bp --bot w"), ["bp", "--bot", "w"]);
    }

    fn spot(line: &str) -> Option<(Want, String, Option<String>, bool)> {
        let mut root = crate::cli::command();
        root.build();
        locate(&root, &words(line)).map(|s| (s.want, s.prefix, s.profile, s.sandbox))
    }

    #[test]
    fn finds_the_values_bp_completes() {
        use Want::*;
        let of = |w: Want, p: &str| Some((w, p.to_string(), None, false));
        assert_eq!(spot("bp --profile "), of(Profiles, ""));
        assert_eq!(spot("bp --profile=wo"), of(Profiles, "wo"));
        assert_eq!(spot("bp customers list --customer Ac"), of(Customers, "Ac"));
        assert_eq!(spot("bp customers get "), of(Customers, ""));
        assert_eq!(spot("bp -o json customers token Ac"), of(Customers, "Ac"));
        assert_eq!(spot("bp leads list --bot "), of(Bots, ""));
        assert_eq!(spot("bp whatsapp send --bot=s"), of(Bots, "s"));
        assert_eq!(spot("bp customers each -- leads list --bot "), of(Bots, ""));
        assert_eq!(
            spot("bp --profile work --sandbox leads list --bot x"),
            Some((Bots, "x".into(), Some("work".into()), true))
        );
    }

    #[test]
    fn completes_nothing_elsewhere() {
        for line in [
            "bp ",
            "bp cust",
            "bp customers get --",
            "bp customers get Acme ",
            "bp customers list ",
            "bp -o ",
            "bp --fields ",
            "bp --profile work ",
            "bp leads list --bot-id ",
            "bp customers get -- -x ",
        ] {
            assert_eq!(spot(line), None, "{line}");
        }
    }
}
