//! Holes in the config file's handling (issue 11): a file others can write, `_cmd` secrets
//! that never end, secrets holding line breaks, a symlinked config.

use std::path::PathBuf;
use std::time::Duration;

use crate::common::{World, set_mode, stderr};

/// Long enough for a slow CI machine, short enough that a hang fails the test.
const LIMIT: Duration = Duration::from_secs(20);

/// One profile `a` on the sandbox with the given extra lines.
fn config(w: &World, lines: &str) -> PathBuf {
    w.write_config(&format!(
        "[profiles.a]\nbase_url = \"{}\"\n{lines}",
        w.sandbox.base_url()
    ))
}

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
        let out = w
            .bare()
            .args(["customers", "list"])
            .timeout(LIMIT)
            .output()
            .unwrap();
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
    let out = w
        .bare()
        .env("BP_PARTNER_KEY", &w.creds.partner_key)
        .args(["customers", "list"])
        .timeout(LIMIT)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("writable by other users"));
    assert!(!marker.exists());

    // Private again: the command runs.
    set_mode(&path, 0o600);
    let out = w
        .bare()
        .args(["customers", "list"])
        .timeout(LIMIT)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
    assert!(marker.exists());
}
