//! Holes in the config file's handling (issue 11): a file others can write, `_cmd` secrets
//! that never end, secrets holding line breaks, a symlinked config.

#[cfg(unix)]
use std::path::Path;
use std::path::PathBuf;
use std::time::Duration;
#[cfg(unix)]
use std::time::Instant;

#[cfg(unix)]
use crate::common::{RunOk, set_mode, stdout};
use crate::common::{World, stderr};

/// Long enough for a slow CI machine, short enough that a hang fails the test.
const LIMIT: Duration = Duration::from_secs(20);

#[cfg(unix)]
fn mode_of(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// One profile `a` on the sandbox with the given extra lines.
fn config(w: &World, lines: &str) -> PathBuf {
    w.write_config(&format!(
        "[profiles.a]\nbase_url = \"{}\"\n{lines}",
        w.sandbox.base_url()
    ))
}

/// `bp customers list`, bounded in time.
fn customers_list(bp: &mut assert_cmd::Command) -> std::process::Output {
    bp.args(["customers", "list"])
        .timeout(LIMIT)
        .output()
        .unwrap()
}

/// Whether the process is gone (a zombie waiting for init counts as gone).
#[cfg(unix)]
fn is_gone(pid: &str) -> bool {
    let out = std::process::Command::new("ps")
        .args(["-o", "stat=", "-p", pid])
        .output()
        .unwrap();
    !out.status.success() || String::from_utf8_lossy(&out.stdout).trim().starts_with('Z')
}

/// Waits a little for the process whose pid the file holds to be gone.
#[cfg(unix)]
fn assert_gone(pidfile: &Path) {
    let pid = std::fs::read_to_string(pidfile).unwrap();
    let start = Instant::now();
    while !is_gone(pid.trim()) {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the background child {pid} lives on"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[cfg(unix)]
#[test]
fn a_config_others_can_write_warns_and_runs_no_command() {
    let w = World::new();
    let marker = w.home.path().join("ran");
    let path = config(
        &w,
        &format!(
            "partner_key_cmd = \"touch {} && echo {}\"\n",
            marker.display(),
            w.creds.partner_key
        ),
    );
    let shown = path.display();
    for (mode, who) in [
        (0o622, "writable"),
        (0o602, "writable"),
        (0o664, "readable and writable"),
    ] {
        set_mode(&path, mode);
        let out = customers_list(&mut w.bare());
        assert_eq!(out.status.code(), Some(2), "{mode:o}: {}", stderr(&out));
        assert_eq!(
            stderr(&out),
            format!(
                "warning: config file {shown} is {who} by other users; run `chmod 600 {shown}`\n\
                 error: refusing to run `partner_key_cmd` from profile `a`: other users can write to {shown}\n\
                 hint: run `chmod 600 {shown}` (or at least `chmod go-w {shown}`)\n"
            ),
            "{mode:o}"
        );
        assert!(!marker.exists(), "{mode:o}: the command ran");
    }
    assert!(w.requests().is_empty());

    // A secret from the environment needs no command: a warning, and it works.
    let out = customers_list(w.bare().env("BP_PARTNER_KEY", &w.creds.partner_key));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("writable by other users"));
    assert!(!marker.exists());

    // Private again: the command runs.
    set_mode(&path, 0o600);
    let out = customers_list(&mut w.bare());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
    assert!(marker.exists());
}

// `sh`'s `sleep` and background jobs: Windows' `cmd` has neither (a `_cmd` runs there with
// `cmd /C`: secret_cmd's Windows unit tests).
#[cfg(unix)]
#[test]
fn a_secret_command_that_never_ends_is_stopped_at_the_timeout() {
    let w = World::new();
    let pidfile = w.home.path().join("child.pid");
    // The shell waits for a background child: both must be killed.
    let cmd = format!("sleep 60 & echo $! > {}; wait", pidfile.display());
    config(&w, &format!("partner_key_cmd = \"{cmd}\"\n"));
    let start = Instant::now();
    let out = customers_list(w.bare().env("BP_SECRET_CMD_TIMEOUT", "0.5"));
    let took = start.elapsed();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "error: `partner_key_cmd` (`{cmd}`) did not finish within 0.5 s\n\
             hint: if it needs longer, raise `secret_cmd_timeout` in the profile or BP_SECRET_CMD_TIMEOUT (seconds)\n"
        )
    );
    assert!(took < Duration::from_secs(5), "took {took:?}");
    assert_gone(&pidfile);
    assert!(w.requests().is_empty());
}

#[cfg(unix)]
#[test]
fn the_secret_command_timeout_comes_from_the_profile_or_the_environment() {
    let w = World::new();
    config(
        &w,
        "secret_cmd_timeout = 0.3\npartner_key_cmd = \"sleep 60\"\n",
    );
    let start = Instant::now();
    let out = customers_list(&mut w.bare());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .starts_with("error: `partner_key_cmd` (`sleep 60`) did not finish within 0.3 s\n"),
        "{}",
        stderr(&out)
    );
    assert!(start.elapsed() < Duration::from_secs(5));

    // The environment beats the profile; a bad value is a configuration error.
    for bad in ["0", "-1", "ten", "inf"] {
        let out = customers_list(w.bare().env("BP_SECRET_CMD_TIMEOUT", bad));
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert_eq!(
            stderr(&out),
            format!(
                "error: invalid BP_SECRET_CMD_TIMEOUT `{bad}`: give a positive number of seconds\n"
            )
        );
    }
    let path = config(
        &w,
        "secret_cmd_timeout = -2\npartner_key_cmd = \"sleep 60\"\n",
    );
    let out = customers_list(&mut w.bare());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "error: invalid `secret_cmd_timeout` `-2` in profile `a` of {}: give a positive number of seconds\n",
            path.display()
        )
    );
    assert!(w.requests().is_empty());
}

#[cfg(unix)]
#[test]
fn a_secret_command_leaving_a_child_on_its_output_does_not_hang() {
    let w = World::new();
    let pidfile = w.home.path().join("child.pid");
    config(
        &w,
        &format!(
            "partner_key_cmd = \"echo {}; sleep 60 & echo $! > {}\"\n",
            w.creds.partner_key,
            pidfile.display()
        ),
    );
    let start = Instant::now();
    let out = customers_list(&mut w.bare());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Oakridge"), "{}", stdout(&out));
    let took = start.elapsed();
    assert!(took < Duration::from_secs(5), "took {took:?}");
    assert_gone(&pidfile);
}

/// A `_cmd` that asks on the terminal (as `age -d`, `ssh` or `sudo` do, reading /dev/tty)
/// still can, though it runs in a process group of its own. `script` gives `bp` a terminal.
#[cfg(unix)]
#[test]
fn a_secret_command_can_prompt_on_the_terminal() {
    let script = std::process::Command::new("script")
        .arg("--version")
        .output();
    if !script.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: no util-linux `script` to make a terminal");
        return;
    }
    let w = World::new();
    config(
        &w,
        "partner_key_cmd = \"printf 'key? ' >/dev/tty; read -r k </dev/tty && echo $k\"\n",
    );
    let bp = assert_cmd::cargo::cargo_bin!("bp");
    let out = assert_cmd::Command::new("script")
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", w.home.path())
        .env("XDG_CONFIG_HOME", w.config_dir())
        .env("BP_SECRET_CMD_TIMEOUT", "3")
        .args([
            "-qec",
            &format!("{} customers list -o json", bp.display()),
            "/dev/null",
        ])
        .write_stdin(format!("{}\n", w.creds.partner_key))
        .timeout(LIMIT)
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("key? "), "{text}");
    assert!(text.contains("Oakridge"), "{text}");
}

#[test]
fn a_secret_holding_a_line_break_is_a_configuration_error() {
    let w = World::new();
    // From the file: TOML's escapes make a key with CR LF inside it.
    let path = config(&w, "partner_key = \"abcd\\r\\nefghijklmnop\"\n");
    let out = customers_list(&mut w.bare());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "error: `partner_key` in profile `a` of {} holds a line break: a secret is one line\n",
            path.display()
        )
    );

    // From the environment: the variable is named.
    let out = customers_list(w.bp().env("BP_PARTNER_KEY", "abcd\nefghijklmnop"));
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "error: BP_PARTNER_KEY holds a line break: a secret is one line\n"
    );
    assert!(w.requests().is_empty(), "nothing was sent");

    // From a command: a trailing newline is fine, a second line is not (`printf`: Unix).
    #[cfg(unix)]
    lines_from_a_command(&w);
}

#[cfg(unix)]
fn lines_from_a_command(w: &World) {
    config(
        w,
        &format!(
            "partner_key_cmd = \"printf '%s\\\\n\\\\n' {}\"\n",
            w.creds.partner_key
        ),
    );
    let out = customers_list(&mut w.bare());
    assert!(out.status.success(), "{}", stderr(&out));
    let sent = w.requests().len();
    config(
        w,
        "partner_key_cmd = \"printf 'abcd\\\\nefghijklmnop\\\\n'\"\n",
    );
    let out = customers_list(&mut w.bare());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "error: `partner_key_cmd` (`printf 'abcd\\nefghijklmnop\\n'`) printed 2 lines; a secret is one line: pipe it through `head -1`\n"
    );
    assert_eq!(w.requests().len(), sent, "nothing more was sent");
}

#[cfg(unix)]
#[test]
fn profile_add_and_use_write_through_a_symlinked_config() {
    let w = World::new();
    // $XDG_CONFIG_HOME/bp/config.toml -> ../../dotfiles/bp.toml -> <home>/repo/bp.toml
    let repo = w.home.path().join("repo");
    let dotfiles = w.home.path().join("dotfiles");
    let bp_dir = w.config_dir().join("bp");
    for d in [&repo, &dotfiles, &bp_dir] {
        std::fs::create_dir_all(d).unwrap();
    }
    let target = repo.join("bp.toml");
    std::fs::write(&target, "# mine\n[profiles.old]\nbot_id = \"b1\"\n").unwrap();
    set_mode(&target, 0o644);
    let middle = dotfiles.join("bp.toml");
    std::os::unix::fs::symlink(&target, &middle).unwrap();
    let link = bp_dir.join("config.toml");
    std::os::unix::fs::symlink("../../dotfiles/bp.toml", &link).unwrap();

    w.bare()
        .args(["profile", "add", "acme", "--bot-id", "b2"])
        .timeout(LIMIT)
        .run_ok();
    w.bare()
        .args(["profile", "use", "acme"])
        .timeout(LIMIT)
        .run_ok();

    for l in [&link, &middle] {
        assert!(
            std::fs::symlink_metadata(l)
                .unwrap()
                .file_type()
                .is_symlink(),
            "{} is no longer a link",
            l.display()
        );
    }
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(
        text.contains("# mine\n[profiles.old]\nbot_id = \"b1\"\n"),
        "{text}"
    );
    assert!(
        text.contains("[profiles.acme]\nbot_id = \"b2\"\n"),
        "{text}"
    );
    assert!(text.contains("default_profile = \"acme\""), "{text}");
    assert_eq!(mode_of(&target), 0o600);
    // No temporary file left beside the link or the target.
    for d in [&repo, &dotfiles, &bp_dir] {
        assert_eq!(std::fs::read_dir(d).unwrap().count(), 1, "{}", d.display());
    }
}
