//! `bp completions SHELL`: the script that `completions/` holds, generated from the clap tree.
//!
//! clap_complete's scripts know bp's commands and flags but not the values only the user's
//! machine knows: profile names, the profile's bots, the agency's customers. For bash, zsh
//! and fish the script asks `bp __complete` (`complete.rs`) for those: bash's and zsh's
//! `_bp` asks first and falls back to clap_complete's function (renamed `_bp_clap`); fish's
//! `--profile`, `--customer` and `--bot` take their values from it, as does the customer of
//! `customers get` and `customers token`.

use std::io::Write;

use anyhow::Result;
use clap_complete::Shell;

use crate::cli::CompletionsArgs;
use crate::error::ExitStatus;

pub fn run(args: &CompletionsArgs) -> Result<ExitStatus> {
    // Generated into memory first: clap_complete panics on a write error (`| head`).
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut crate::cli::command(), "bp", &mut script);
    let script = with_values(args.shell, &String::from_utf8_lossy(&script));
    crate::printer::stdout().write_all(script.as_bytes())?;
    Ok(ExitStatus::Success)
}

/// Values from `bp __complete`, where bash and zsh ask for the words of the line as far as
/// the cursor (a cheap look at the line first: most TABs need no process).
const BASH: &str = r#"# Values (profiles, bots, customers) from `bp __complete`; the rest from _bp_clap.
_bp() {
    local line="${COMP_LINE:0:COMP_POINT}" values value
    case "$line" in
    *--profile*|*--customer*|*--bot*|*customers*)
        if values="$(command bp __complete bash "$line" 2>/dev/null)"; then
            COMPREPLY=()
            while IFS= read -r value; do
                [[ -n "$value" ]] && COMPREPLY+=("$value")
            done <<< "$values"
            compopt +o default 2>/dev/null
            return 0
        fi
        ;;
    esac
    _bp_clap "$@"
}

"#;

const ZSH: &str = r#"# Values (profiles, bots, customers) from `bp __complete`; the rest from _bp_clap.
_bp() {
    local values
    if [[ "$LBUFFER" == *(--profile|--customer|--bot|customers)* ]] &&
        values="$(command bp __complete zsh "$LBUFFER" 2>/dev/null)"; then
        local -a candidates
        candidates=("${(@f)values}")
        [[ "$PREFIX" == --*=* ]] && compset -P 1 '*='
        (( ${#values} )) && _describe -t values 'value' candidates
        return
    fi
    _bp_clap "$@"
}

"#;

/// What fish runs for a value: the process as far as the cursor.
const FISH_VALUES: &str = r#"-f -a "(command bp __complete fish (commandline -cp))""#;

/// The script, asking `bp __complete` for values (bash, zsh and fish).
fn with_values(shell: Shell, script: &str) -> String {
    match shell {
        Shell::Bash => wrap(script, BASH),
        Shell::Zsh => wrap(script, ZSH),
        Shell::Fish => fish(script),
        _ => script.to_string(),
    }
}

/// `wrapper` defines `_bp`: clap_complete's `_bp` becomes `_bp_clap`, and the wrapper goes
/// where it was (before zsh's script calls `_bp`).
fn wrap(script: &str, wrapper: &str) -> String {
    let Some(at) = script
        .match_indices("_bp() {\n")
        .map(|(i, _)| i)
        .find(|&i| i == 0 || script.as_bytes()[i - 1] == b'\n')
    else {
        return script.to_string();
    };
    format!(
        "{}{wrapper}_bp_clap{}",
        &script[..at],
        &script[at + "_bp".len()..]
    )
}

/// Each `--profile`, `--customer` and `--bot` line takes its values from bp, and so does
/// the customer of `customers get` and `customers token`.
fn fish(script: &str) -> String {
    let mut out = String::with_capacity(script.len() + 4096);
    for line in script.lines() {
        let valued = [" -l profile ", " -l customer ", " -l bot "]
            .iter()
            .any(|flag| line.contains(flag));
        match line.strip_suffix(" -r") {
            Some(head) if valued => {
                out.push_str(&format!("{head} -r {FISH_VALUES}\n"));
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out.push_str(FISH_TOP_LEVEL);
    for flag in ["profile", "customer"] {
        out.push_str(&format!(
            "complete -c bp -n \"__fish_bp_top_level_value\" -l {flag} -r {FISH_VALUES}\n"
        ));
    }
    out.push_str(&format!(
        "complete -c bp -n \"__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get token\" {FISH_VALUES}\n"
    ));
    out
}

/// clap_complete's top-level condition cannot parse `bp --profile <TAB>`: `argparse` fails
/// on a flag still waiting for its value, so that line gets a condition of its own.
const FISH_TOP_LEVEL: &str = r#"
# `bp [FLAGS] --profile|--customer <TAB>`: a line __fish_bp_needs_command cannot parse.
function __fish_bp_top_level_value
    set -l cmd (commandline -opc)
    contains -- $cmd[-1] --profile --customer
    or return
    set -e cmd[1]
    not argparse -s (__fish_bp_global_optspecs) -- $cmd 2>/dev/null
end
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn script(shell: Shell) -> String {
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut crate::cli::command(), "bp", &mut out);
        with_values(shell, &String::from_utf8(out).unwrap())
    }

    #[test]
    fn bash_and_zsh_ask_bp_first_then_clap_completes() {
        for shell in [Shell::Bash, Shell::Zsh] {
            let s = script(shell);
            assert_eq!(s.matches("\n_bp() {\n").count(), 1, "{shell}");
            assert_eq!(s.matches("\n_bp_clap() {\n").count(), 1, "{shell}");
            assert!(s.contains("command bp __complete"), "{shell}");
            assert!(
                s.find("_bp_clap() {").unwrap() > s.find("_bp() {").unwrap(),
                "{shell}"
            );
        }
    }

    #[test]
    fn fish_takes_each_value_from_bp() {
        let s = script(Shell::Fish);
        for flag in ["-l profile ", "-l customer ", "-l bot "] {
            let lines: Vec<&str> = s.lines().filter(|l| l.contains(flag)).collect();
            assert!(!lines.is_empty(), "{flag}");
            assert!(lines.iter().all(|l| l.ends_with(FISH_VALUES)), "{flag}");
        }
        assert!(s.contains("function __fish_bp_using_subcommand"));
        assert!(!s.contains(
            "-l bot-id -d 'Bot id [default: `bot_id` of the profile, BP_BOT_ID]' -r -f -a"
        ));
    }
}
