//! The README's shell examples work as written (issue 16): the install steps on a fresh
//! account, every example in zsh (which refuses an unquoted `?` or `*` that matches no
//! file), and the crontab lines in cron's own environment.

use std::path::Path;
use std::process::Command;

use crate::common::World;

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap()
}

/// Each fenced block of `text`: its language and its lines (blocks indented in a list too).
fn blocks(text: &str) -> Vec<(String, Vec<String>)> {
    let mut blocks = Vec::new();
    let mut open: Option<(String, Vec<String>)> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        match (&mut open, trimmed.strip_prefix("```")) {
            (None, Some(lang)) => open = Some((lang.trim().to_string(), Vec::new())),
            (Some(_), Some(_)) => blocks.extend(open.take()),
            (Some((_, lines)), None) => lines.push(trimmed.to_string()),
            (None, None) => {}
        }
    }
    blocks
}

/// The commands of a block: the lines of `sh`, `$ `-lines of `console`, each joined
/// across `\` continuations.
fn commands(lang: &str, lines: &[String]) -> Vec<String> {
    let mut commands = Vec::new();
    let mut pending: Option<String> = None;
    for line in lines {
        let line = match (&pending, lang) {
            (Some(_), _) => line.as_str(),
            (None, "sh" | "bash") => line.as_str(),
            (None, "console") => match line.strip_prefix("$ ") {
                Some(command) => command,
                None => continue,
            },
            _ => continue,
        };
        let mut command = pending.take().unwrap_or_default();
        match line.strip_suffix('\\') {
            Some(head) => {
                command.push_str(head);
                pending = Some(command);
            }
            None => {
                command.push_str(line);
                commands.push(command);
            }
        }
    }
    commands
}

/// The characters of `command` that zsh takes for a pattern or a brace expansion: `?`, `*`,
/// `[` and `{` outside quotes (and outside `${…}` and comments).
fn unquoted_patterns(command: &str) -> Vec<char> {
    #[derive(PartialEq)]
    enum In {
        Plain,
        Single,
        Double,
    }
    let mut found = Vec::new();
    let mut state = In::Plain;
    let mut prev = ' ';
    let mut chars = command.chars();
    while let Some(c) = chars.next() {
        match state {
            In::Single if c == '\'' => state = In::Plain,
            In::Single => {}
            In::Double if c == '\\' => {
                chars.next();
            }
            In::Double if c == '"' => state = In::Plain,
            In::Double => {}
            In::Plain => match c {
                '\\' => {
                    chars.next();
                }
                '\'' => state = In::Single,
                '"' => state = In::Double,
                '#' if prev.is_whitespace() => break,
                '{' if prev == '$' => {}
                '?' | '*' | '[' | '{' => found.push(c),
                _ => {}
            },
        }
        prev = c;
    }
    found
}

#[test]
fn every_example_runs_in_zsh_as_written() {
    assert_eq!(unquoted_patterns("bp api GET /customer/list?page=2"), ['?']);
    assert!(unquoted_patterns("bp api GET '/customer/list?page=2'   # a ? here").is_empty());
    assert!(unquoted_patterns(r#"echo "1 * * * \$(x) ${HOME}" | jq '.[]'"#).is_empty());
    let mut bad = Vec::new();
    for (lang, lines) in blocks(&readme()) {
        for command in commands(&lang, &lines) {
            let found = unquoted_patterns(&command);
            if !found.is_empty() {
                bad.push(format!("{found:?} in: {command}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "unquoted in the README:\n{}",
        bad.join("\n")
    );
}

/// The README's block that holds `needle`.
fn block_with(needle: &str) -> Vec<String> {
    let (lang, lines) = blocks(&readme())
        .into_iter()
        .find(|(_, lines)| lines.iter().any(|l| l.contains(needle)))
        .unwrap_or_else(|| panic!("no README block with `{needle}`"));
    commands(&lang, &lines)
}

/// A directory holding `bp` (this build's) and a `crontab` that keeps the table in
/// `$HOME/crontab` (read whole before it is replaced, as crontab(1) does).
fn bin_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_bp"), dir.path().join("bp")).unwrap();
    let crontab = dir.path().join("crontab");
    std::fs::write(
        &crontab,
        "#!/bin/sh\ncase \"$1\" in\n  -l) cat \"$HOME/crontab\" 2>/dev/null || { echo 'no crontab' >&2; exit 1; } ;;\n  -) cat > \"$HOME/crontab.new\" && mv \"$HOME/crontab.new\" \"$HOME/crontab\" ;;\n  *) exit 2 ;;\nesac\n",
    )
    .unwrap();
    crate::common::set_mode(&crontab, 0o755);
    dir
}

/// Runs `command` with bash, as a user would paste it: HOME a fresh account's, `bin` first
/// on the PATH.
fn paste(command: &str, home: &Path, bin: &Path) -> std::process::Output {
    Command::new("bash")
        .args(["-c", command])
        .env_clear()
        .env("HOME", home)
        .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
        .output()
        .unwrap()
}

#[test]
fn the_install_steps_work_on_a_fresh_account() {
    let install = block_with("cargo install");
    assert!(
        install
            .iter()
            .any(|c| c.starts_with("cargo install --profile dist --locked --path .")),
        "{install:?}"
    );
    let home = tempfile::tempdir().unwrap();
    let bin = bin_dir();
    for command in install.iter().filter(|c| !c.starts_with("cargo ")) {
        let out = paste(command, home.path(), bin.path());
        assert!(
            out.status.success(),
            "`{command}` failed on a fresh account: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let script = home
        .path()
        .join(".local/share/bash-completion/completions/bp");
    assert!(std::fs::read_to_string(script).unwrap().contains("_bp"));
}

/// The crontab lines the README adds name bp by its absolute path (cron's PATH has no
/// `~/.cargo/bin`) and export with `--since-last`; run as cron runs them (`sh`, a bare
/// environment), a second night appends nothing new.
#[test]
fn the_cron_examples_run_under_cron() {
    let w = World::new();
    let home = w.home.path();
    let bin = bin_dir();
    let mut added = 0;
    for (lang, lines) in blocks(&readme()) {
        for command in commands(&lang, &lines) {
            if command.contains("| crontab -") || command.starts_with("mkdir -p ~/exports") {
                let out = paste(&command, home, bin.path());
                assert!(out.status.success(), "`{command}`: {out:?}");
                added += usize::from(command.contains("| crontab -"));
            }
        }
    }
    assert!(
        added >= 2,
        "the README adds its cron jobs with `… | crontab -`"
    );
    std::fs::write(home.join(".bp-key"), &w.creds.partner_key).unwrap();
    let config = home.join(".config/bp/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(
        &config,
        format!(
            "[profiles.cron]\nbase_url = \"{}\"\npartner_key = \"{}\"\n",
            w.sandbox.base_url(),
            w.creds.partner_key
        ),
    )
    .unwrap();
    crate::common::set_mode(&config, 0o600);
    let table = std::fs::read_to_string(home.join("crontab")).unwrap();
    let jobs: Vec<&str> = table.lines().collect();
    assert_eq!(jobs.len(), added, "{table}");
    let bp = bin.path().join("bp");
    let night = || {
        for job in &jobs {
            let command: String = job.split_whitespace().skip(5).collect::<Vec<_>>().join(" ");
            let bp = bp.to_str().unwrap();
            assert!(command.split_whitespace().any(|w| w == bp), "{job}");
            assert!(command.contains("--since-last "), "{job}");
            let out = Command::new("/bin/sh")
                .args(["-c", &command])
                .env_clear()
                .env("HOME", home)
                .env("PATH", "/usr/bin:/bin")
                .output()
                .unwrap();
            assert!(out.status.success(), "{job}: {out:?}");
        }
    };
    let lines = |name: &str| {
        std::fs::read_to_string(home.join("exports").join(name))
            .unwrap()
            .lines()
            .count()
    };
    night();
    let customers = lines("customers.ndjson");
    assert_eq!(customers, w.sandbox.sandbox.customer_count());
    let contacts = lines("oakridge-contacts.ndjson");
    assert!(contacts > 0);
    night();
    assert_eq!(lines("customers.ndjson"), customers);
    assert_eq!(lines("oakridge-contacts.ndjson"), contacts);
    let log = std::fs::read_to_string(home.join("exports/bp.log")).unwrap();
    assert!(log.contains("--since-last nightly: 0 new of"), "{log}");
}

/// Why a README example does not run as written here; the test runs all the others.
const NOT_RUN: &[(&str, &str)] = &[
    (
        "cargo install",
        "builds bp (the install test runs the rest of its block)",
    ),
    (
        "crontab -",
        "adds to the user's crontab (the cron test runs these)",
    ),
    ("bp profile add acme  ", "asks for each value on a terminal"),
    (
        "some-export",
        "a stand-in for the user's own export command",
    ),
    ("bp sandbox serve", "a server that runs until stopped"),
    ("sandbox.env", "reads the file `bp sandbox serve` wrote"),
    (
        ".failed.csv",
        "runs again the rows an earlier run rejected (none here)",
    ),
];

/// A `pass` (the password manager the README's `_cmd` examples use) that knows the
/// sandbox's secrets under the README's names.
fn pass_stub(w: &World, bin: &Path) {
    let bots = bp::sandbox::seeded_bots();
    let secret = |name: &str, wa: bool| {
        let bot = bots.iter().find(|b| b.name == name).unwrap();
        match wa {
            true => bot.wa_api_key.clone().unwrap(),
            false => bot.token.clone(),
        }
    };
    let script = format!(
        "#!/bin/sh\ncase \"$2\" in\n  bp/acme/oakridge-web) echo {} ;;\n  bp/acme/oakridge-wa) echo {} ;;\n  bp/beta) echo {} ;;\n  *) echo \"pass: $2 is not in the password store\" >&2; exit 1 ;;\nesac\n",
        secret("Oakridge Dental Website", false),
        secret("Oakridge Appointments", true),
        w.creds.partner_key
    );
    let path = bin.join("pass");
    std::fs::write(&path, script).unwrap();
    crate::common::set_mode(&path, 0o755);
}

/// Examples whose documented exit status here is not 0: the status, and why.
const EXITS: &[(&str, i32, &str)] = &[(
    "bp sandbox shapes-diff",
    1,
    "differences: the customers and contacts earlier examples created have other keys than the seeded ones",
)];

/// Files the examples read, as a user would have them.
fn fixtures(dir: &Path) {
    let files = [
        (
            "contacts.csv",
            "phone,name,email\n+91 98765 43210,Ana Lima,ana@lima.io\n+1 415 555 0100,Bo Chen,\n",
        ),
        (
            "leads.ndjson",
            "{\"phone\":\"415 555 0101\",\"name\":\"Cy Dean\"}\n",
        ),
        (
            "after-campaign.csv",
            "search,city,plan\npooja.brown52@gmail.com,Pune,gold\n",
        ),
        ("name.txt", "Lumen Fitness Studio\n"),
        ("pw.txt", "a-long-enough-password-1\n"),
        ("contacts.json", "[]\n"),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

/// Every `bp` example of the README, in order, against a served sandbox (its `export BP_…`
/// lines as the environment, the examples' files in the working directory), in zsh where
/// it is installed (else bash): each runs as written and exits 0, but those `NOT_RUN`
/// names.
#[test]
fn every_readme_example_runs_against_the_sandbox() {
    let w = World::new();
    let bin = bin_dir();
    pass_stub(&w, bin.path());
    let work = tempfile::tempdir().unwrap();
    fixtures(work.path());
    let shell = ["zsh", "bash"]
        .into_iter()
        .find(|s| Command::new(s).args(["-c", "true"]).output().is_ok())
        .unwrap();
    let jq = Command::new("jq").arg("--version").output().is_ok();
    let env = [
        ("BP_BASE_URL", w.sandbox.base_url()),
        ("BP_PARTNER_KEY", w.creds.partner_key.clone()),
        ("BP_API_TOKEN", w.creds.api_token.clone()),
        ("BP_BOT_TOKEN", w.creds.bot_token.clone()),
        ("BP_BOT_ID", w.creds.bot_id.clone()),
        ("BP_CUSTOMER_ID", w.creds.customer_id.clone()),
        ("BP_WA_API_KEY", w.creds.wa_api_key.clone()),
        // What the user has in their own shell and password store.
        ("PARTNER_KEY", w.creds.partner_key.clone()),
    ];
    let (mut ran, mut failed, mut skipped) = (0, Vec::new(), Vec::new());
    for (lang, lines) in blocks(&readme()) {
        for command in commands(&lang, &lines) {
            if !command.split_whitespace().any(|w| w == "bp") {
                continue;
            }
            if let Some((_, why)) = NOT_RUN.iter().find(|(n, _)| command.contains(n)) {
                skipped.push(format!("{command}  ({why})"));
                continue;
            }
            if !jq && command.contains("| jq") {
                skipped.push(format!("{command}  (no jq here)"));
                continue;
            }
            let out = Command::new(shell)
                .args(["-c", &command])
                .current_dir(work.path())
                .env_clear()
                .env("HOME", w.home.path())
                .env("PATH", format!("{}:/usr/bin:/bin", bin.path().display()))
                .envs(env.iter().map(|(k, v)| (k, v)))
                .stdin(std::process::Stdio::null())
                .output()
                .unwrap();
            ran += 1;
            let expected = EXITS
                .iter()
                .find(|(n, _, _)| command.contains(n))
                .map_or(0, |(_, code, _)| *code);
            if out.status.code() != Some(expected) {
                failed.push(format!(
                    "{command}\n  exit {:?}: {}{}",
                    out.status.code(),
                    String::from_utf8_lossy(&out.stderr).trim(),
                    String::from_utf8_lossy(&out.stdout).trim()
                ));
            }
        }
    }
    eprintln!(
        "README examples: {} ran as written in {shell}, {} not run:\n{}",
        ran - failed.len(),
        skipped.len(),
        skipped.join("\n")
    );
    assert!(
        failed.is_empty(),
        "{} failed:\n{}",
        failed.len(),
        failed.join("\n")
    );
    assert!(ran >= 40, "only {ran} examples ran");
}
