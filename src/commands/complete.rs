//! `bp __complete SHELL LINE`: the values the completion scripts of `bp completions` cannot
//! know, asked for at each TAB: profile names from the config file, the active profile's
//! registered bots, and customer names from the cache of the customer list (`cache`).
//!
//! LINE is the command line as far as the cursor. The answer is one candidate a line, as
//! SHELL takes it, and exit 0; exit 1, with nothing printed, where bp has no values to offer
//! (the script then completes as it always did). It runs no `_cmd`, sends no request, and
//! prints nothing on stderr, whatever the config file holds: a completion must be quick and
//! quiet. Not a clap command: it is answered before the command line is parsed, and is in
//! no help, man page or completion.

pub mod cache;
mod line;

use std::ffi::OsString;
use std::io::Write;

use self::line::{Spot, Want};
use crate::settings::{Env, ProcessEnv};

/// The shells whose scripts ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shell {
    Bash,
    Zsh,
    Fish,
}

/// A value, and what it is (a customer's email, a bot's kind).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Candidate {
    value: String,
    help: String,
}

/// `bp __complete SHELL LINE…` (the arguments after `__complete`; fish splits a line of
/// several lines in as many arguments); the exit code.
pub fn main(args: &[OsString]) -> i32 {
    let Some((shell, lines)) = args.split_first() else {
        return 1;
    };
    let line = lines
        .iter()
        .map(|l| l.to_string_lossy())
        .collect::<Vec<_>>()
        .join("\n");
    let shell = match shell.to_str() {
        Some("bash") => Shell::Bash,
        Some("zsh") => Shell::Zsh,
        Some("fish") => Shell::Fish,
        _ => return 1,
    };
    let Some(answer) = answer(shell, &line, &ProcessEnv) else {
        return 1;
    };
    match crate::printer::stdout().write_all(answer.as_bytes()) {
        Ok(()) => 0,
        Err(_) => 1,
    }
}

/// The candidates for the word `line` ends with, one a line as `shell` reads them; `None`
/// where bp completes nothing.
fn answer(shell: Shell, line: &str, env: &dyn Env) -> Option<String> {
    let words = line::split(line);
    let mut root = crate::cli::command();
    root.build();
    let spot = line::locate(&root, &words.words)?;
    let mut candidates: Vec<Candidate> = match spot.want {
        Want::Profiles => profiles(env),
        Want::Bots => bots(&spot, env),
        Want::Customers => customers(&spot, env),
    };
    // A value with a control character could not be typed back, nor fit on a line.
    candidates.retain(|c| !c.value.is_empty() && !c.value.chars().any(char::is_control));
    let prefix = spot.prefix.to_lowercase();
    let mut out = String::new();
    for c in candidates {
        let help = crate::leaf::sanitize(&c.help);
        match shell {
            // bash takes the words as they are to be inserted, and leaves matching (here in
            // any case: `pr` finds `Priya Sharma`) to us.
            Shell::Bash if c.value.to_lowercase().starts_with(&prefix) => {
                out.push_str(&bash_quote(&c.value, words.open_quote));
                out.push('\n');
            }
            Shell::Bash => {}
            Shell::Zsh => {
                out.push_str(&c.value.replace('\\', "\\\\").replace(':', "\\:"));
                if !help.is_empty() {
                    out.push_str(&format!(":{help}"));
                }
                out.push('\n');
            }
            Shell::Fish => {
                out.push_str(&c.value);
                if !help.is_empty() {
                    out.push_str(&format!("\t{help}"));
                }
                out.push('\n');
            }
        }
    }
    Some(out)
}

/// `value` as bash is to insert it: in the quote the word is open in, else with each
/// character the shell would take for something else escaped (`Acme\ Corp`).
fn bash_quote(value: &str, open_quote: Option<char>) -> String {
    match open_quote {
        Some('\'') => value.replace('\'', "'\\''"),
        Some(_) => value.chars().fold(String::new(), |mut s, c| {
            if matches!(c, '"' | '\\' | '$' | '`') {
                s.push('\\');
            }
            s.push(c);
            s
        }),
        None => value.chars().fold(String::new(), |mut s, c| {
            if !(c.is_alphanumeric() || "-_./@%+,:=".contains(c)) {
                s.push('\\');
            }
            s.push(c);
            s
        }),
    }
}

/// The profile `--profile` (or BP_PROFILE) names, as `settings::load` takes it.
fn requested(spot: &Spot, env: &dyn Env) -> Option<String> {
    spot.profile.clone().or_else(|| env.var("BP_PROFILE"))
}

fn profiles(env: &dyn Env) -> Vec<Candidate> {
    let Ok(list) = crate::settings::list_profiles(env) else {
        return Vec::new();
    };
    list.names
        .into_iter()
        .map(|name| Candidate {
            help: if list.default.as_ref() == Some(&name) {
                "default profile".to_string()
            } else {
                String::new()
            },
            value: name,
        })
        .collect()
}

fn bots(spot: &Spot, env: &dyn Env) -> Vec<Candidate> {
    if spot.sandbox {
        let mut names: Vec<String> = super::sandbox::sandbox_registry()
            .into_iter()
            .map(|(name, ..)| name)
            .collect();
        names.sort();
        return names
            .into_iter()
            .map(|value| Candidate {
                value,
                help: "website bot".to_string(),
            })
            .collect();
    }
    let Ok(loaded) = crate::settings::load(env, requested(spot, env).as_deref()) else {
        return Vec::new();
    };
    loaded
        .profile
        .bots()
        .iter()
        .map(|(name, bot)| {
            let kind = match (bot.is_website(), bot.is_whatsapp()) {
                (true, _) => "website bot",
                (false, true) => "WhatsApp bot",
                (false, false) => "bot",
            };
            let help = match &bot.customer {
                Some(whose) => format!("{kind} of {whose}"),
                None => kind.to_string(),
            };
            Candidate {
                value: name.clone(),
                help,
            }
        })
        .collect()
}

/// The cached customers' names (each once), or their emails when the word has an `@`.
fn customers(spot: &Spot, env: &dyn Env) -> Vec<Candidate> {
    let entries = if spot.sandbox {
        cache::load(&cache::Owner::Sandbox)
    } else {
        let Ok(loaded) = crate::settings::load(env, requested(spot, env).as_deref()) else {
            return Vec::new();
        };
        cache::load(&cache::Owner::of(&loaded.profile))
    };
    let by_email = spot.prefix.contains('@');
    let mut seen = std::collections::BTreeSet::new();
    let mut out: Vec<Candidate> = entries
        .into_iter()
        .map(|e| match by_email {
            true => Candidate {
                value: e.email,
                help: e.name,
            },
            false => Candidate {
                value: e.name,
                help: e.email,
            },
        })
        .filter(|c| seen.insert(c.value.clone()))
        .collect();
    out.sort_by_key(|c| c.value.to_lowercase());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_for_bash_as_the_word_is_quoted() {
        assert_eq!(bash_quote("Acme Corp", None), "Acme\\ Corp");
        assert_eq!(bash_quote("O'Neil & Co", None), "O\\'Neil\\ \\&\\ Co");
        assert_eq!(bash_quote("ops@acme.test", None), "ops@acme.test");
        assert_eq!(bash_quote("Acme Corp", Some('"')), "Acme Corp");
        assert_eq!(bash_quote("say \"$hi\"", Some('"')), "say \\\"\\$hi\\\"");
        assert_eq!(bash_quote("O'Neil", Some('\'')), "O'\\''Neil");
    }
}
