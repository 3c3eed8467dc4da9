//! Holes closed after the first release: writes to a closed pipe or a full disk never panic,
//! and name what they were writing.

use std::io::BufRead;
use std::process::{Command, Output, Stdio};

use crate::common::{World, stderr};

/// `bp` as a `std::process::Command`, with the environment of [`World::bp`], for tests that
/// need to choose the child's pipes themselves.
fn bp_std(w: &World) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_bp"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", w.home.path())
        .env("XDG_CONFIG_HOME", w.config_dir())
        .env("XDG_DATA_HOME", w.home.path().join("data"))
        .env("XDG_CACHE_HOME", w.home.path().join("cache"))
        .env("XDG_STATE_HOME", w.home.path().join("state"))
        .env("BP_RETRY_BASE_MS", "1")
        .env("BP_BASE_URL", w.sandbox.base_url())
        .env("BP_PARTNER_KEY", &w.creds.partner_key)
        .env("BP_API_TOKEN", &w.creds.api_token)
        .env("BP_BOT_TOKEN", &w.creds.bot_token);
    cmd
}

/// A pipe whose reading end is already closed: the first write to it fails with EPIPE.
fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    writer.into()
}

fn dev_full() -> Stdio {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap()
        .into()
}

fn assert_no_panic(out: &Output) {
    let err = stderr(out);
    assert_ne!(out.status.code(), Some(101), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn version_into_a_closed_pipe_ends_quietly() {
    // `bp --version | true`
    let w = World::new();
    for flag in ["--version", "-V"] {
        let out = bp_std(&w).arg(flag).stdout(closed_pipe()).output().unwrap();
        assert_no_panic(&out);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(stderr(&out), "");
    }
}

#[test]
fn stdout_on_a_full_disk_is_a_one_line_error() {
    // `bp --version > /dev/full`, a data command, and clap's help.
    let w = World::new();
    let runs: [&[&str]; 4] = [
        &["--version"],
        &["customers", "list", "-o", "json"],
        &["customers", "list"],
        &["--help"],
    ];
    for args in runs {
        let out = bp_std(&w).args(args).stdout(dev_full()).output().unwrap();
        assert_no_panic(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        assert_eq!(
            stderr(&out),
            "error: cannot write to standard output: No space left on device (os error 28)\n",
            "{args:?}"
        );
    }
}

#[test]
fn each_goes_on_when_its_stderr_is_closed() {
    // `bp customers each -v -- contacts search -v 2>&1 >/dev/null | head -1`
    let w = World::new();
    let (reader, writer) = std::io::pipe().unwrap();
    let mut child = bp_std(&w)
        .args(["customers", "each", "-v", "--", "contacts", "search", "-v"])
        .stdout(Stdio::null())
        .stderr(writer)
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufReader::new(reader)
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("/customer/list"), "{first}");
    // The reader is gone (dropped above) before any child has answered.
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "customers each never ended"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(0));
    // Every child ran.
    let tokens = w
        .requests()
        .iter()
        .filter(|r| r.path == "/ext/get-user-token")
        .count();
    assert!(tokens > 1, "{tokens}");
}
