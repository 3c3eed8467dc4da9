//! The committed scripts of `completions/`, installed as the README says, in the real
//! shells: bash's `_bp` called as readline calls it, fish's `complete -C`, and zsh typed
//! into through a pseudo-terminal. A shell this machine lacks is skipped, with a note.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{RunOk, World, stderr, stdout};

/// Whether `shell` runs here; if not, the test says it is skipped.
fn have(shell: &str) -> bool {
    let found = Command::new(shell)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("skipped: no `{shell}` on this machine (install it to run this test)");
    }
    found
}

fn script(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("completions")
        .join(file)
}

/// `completions::world`, its customer list read whole once (so cached).
fn world() -> World {
    let (w, _) = crate::completions::world();
    w.bare().args(["customers", "list", "--all"]).run_ok();
    w
}

/// `shell` in the world's environment, with this bp first on PATH: the scripts call `bp`.
fn shell(w: &World, shell: &str) -> Command {
    let mut cmd = w.isolated(shell);
    let bin = Path::new(env!("CARGO_BIN_EXE_bp")).parent().unwrap();
    let path = std::env::var_os("PATH").unwrap_or_default();
    let paths = std::iter::once(bin.to_path_buf()).chain(std::env::split_paths(&path));
    cmd.env("PATH", std::env::join_paths(paths).unwrap());
    cmd
}

/// Runs `cmd` (bounded by the shell's own waits), its stdout once it exited 0.
fn output(mut cmd: Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}: {}", out.status, stderr(&out));
    stdout(&out)
}

/// Sources the script, then for each line calls `_bp` as readline would with the cursor at
/// its end, and prints COMPREPLY, `|`-separated.
const BASH_DRIVER: &str = r#"
source "$1"; shift
for line in "$@"; do
    COMP_LINE="$line"; COMP_POINT=${#line}
    read -ra COMP_WORDS <<< "$line"
    [[ "$line" == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMPREPLY=()
    _bp bp "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf '%s|' "${COMPREPLY[@]}"; echo
done
"#;

#[test]
fn bash_completes_values_and_still_commands() {
    if !have("bash") {
        return;
    }
    let w = world();
    let mut bash = shell(&w, "bash");
    bash.args(["--norc", "--noprofile", "-c", BASH_DRIVER, "bash"])
        .arg(script("bp.bash"))
        .args([
            "bp --profile h",
            "bp leads list --bot ",
            "bp customers get Maple",
            "bp --customer=Pri",
            "bp customers token \"Oak",
            "bp customers l",
        ]);
    assert_eq!(
        output(bash),
        "home\\ office|\n\
         support-bot|wa-sales|\n\
         Maple\\ \\&\\ Main\\ Realty|\n\
         Priya\\ Sharma|\n\
         Oakridge Dental Care|\n\
         list|\n"
    );
}

#[test]
fn fish_completes_values_and_still_commands() {
    if !have("fish") {
        return;
    }
    let w = world();
    let mut fish = shell(&w, "fish");
    fish.args([
        "--no-config",
        "-c",
        "source $argv[1]; for line in $argv[2..]; complete -C $line; echo ==; end",
    ])
    .arg(script("bp.fish"))
    .args([
        "bp --profile ",
        "bp leads list --bot w",
        "bp customers get Maple",
        "bp --customer=Pri",
        "bp customers l",
    ]);
    assert_eq!(
        output(fish),
        "home office\nwork\tdefault profile\n==\n\
         wa-sales\tWhatsApp bot\n==\n\
         Maple & Main Realty\tleads@maplemainrealty.com\n==\n\
         --customer=Priya Sharma\tpriya@sharmaconsulting.in\n==\n\
         list\tList the agency's customers (`GET /customer/list`)\n==\n"
    );
}

/// `zsh -f DRIVER FPATH_DIR OUT LINE…`: an interactive zsh in a pseudo-terminal, with the
/// completion system and the script's directory on its fpath; each LINE typed, TAB pressed,
/// and the command line as completion left it appended to OUT (by a widget on ^T), then
/// cleared.
const ZSH_DRIVER: &str = r#"
zmodload zsh/zpty
dir=$1 out=$2; shift 2
zpty z 'zsh -f -i'
# Reads until the terminal has been quiet for half a second.
settle() {
    local chunk quiet=0
    while (( quiet < 5 )); do
        if zpty -r -t z chunk; then quiet=0; else (( quiet++ )); sleep 0.1; fi
    done
}
# Waits (30 s at most) until OUT has $1 lines.
lines() {
    local i
    for i in {1..300}; do
        settle
        [[ -f $out ]] && (( $(wc -l < $out) >= $1 )) && return 0
    done
    return 1
}
zpty -w z "PS1='> '; fpath=($dir \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "dump() { print -r -- \"\$BUFFER\" >> $out; }; zle -N dump; bindkey '^T' dump; print ready >> $out"
lines 1 || exit 1
n=1
for line in "$@"; do
    zpty -w -n z "$line"$'\t'
    settle
    zpty -w -n z $'\C-t\C-u'
    (( n++ ))
    lines $n || exit 1
done
zpty -d z
"#;

#[test]
fn zsh_completes_values_and_still_commands() {
    if !have("zsh") {
        return;
    }
    let zpty = Command::new("zsh")
        .args(["-fc", "zmodload zsh/zpty"])
        .status();
    if !zpty.is_ok_and(|s| s.success()) {
        eprintln!("skipped: this zsh has no zsh/zpty module to type into it with");
        return;
    }
    let w = world();
    let out = w.home.path().join("zsh-lines");
    let mut zsh = shell(&w, "zsh");
    zsh.args(["-f", "-c", ZSH_DRIVER, "zsh"])
        .arg(script(""))
        .arg(&out)
        .args([
            "bp --profile h",
            "bp leads list --bot w",
            "bp customers get Maple",
            "bp --customer=Pri",
            "bp customers token \"Oak",
            "bp customers l",
        ]);
    let status = zsh.status().unwrap();
    let typed = std::fs::read_to_string(&out).unwrap_or_default();
    assert!(status.success(), "{status}; the lines so far:\n{typed}");
    assert_eq!(
        typed,
        "ready\n\
         bp --profile home\\ office \n\
         bp leads list --bot wa-sales \n\
         bp customers get Maple\\ \\&\\ Main\\ Realty \n\
         bp --customer=Priya\\ Sharma \n\
         bp customers token \"Oakridge Dental Care\" \n\
         bp customers list \n"
    );
}
