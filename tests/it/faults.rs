//! Issue 6's fault tests: the import and the listings under a sandbox that fails on
//! purpose (deterministic for its seed), each bounded in rows and time.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use bp::sandbox::Options;
use serde_json::Value;

use crate::common::{World, journal_acked, journals, stderr, stdout};

fn phone(i: usize) -> String {
    format!("+91 96{i:08}")
}

fn csv(dir: &Path, n: usize) -> PathBuf {
    let mut text = String::from("name,phone\n");
    for i in 1..=n {
        writeln!(text, "F{i},{}", phone(i)).unwrap();
    }
    let path = dir.join("faults.csv");
    std::fs::write(&path, text).unwrap();
    path
}

fn faulty(seed: u64) -> Options {
    Options {
        seed,
        error_rate: 0.10,
        rate_limit: Some(150),
        reset_rate: 0.02,
        stall_rate: 0.01,
        ..Options::default()
    }
}

/// 1. 20,000 rows through 10% 503s, a rate limit, 2% resets and 1% stalls.
#[test]
fn import_under_faults_loses_nothing_and_repeats_only_retried_batches() {
    let w = World::with_options(faulty(11));
    let dir = tempfile::tempdir().unwrap();
    let n = 20_000;
    let input = csv(dir.path(), n);
    let mut expected = w.contact_phones();
    expected.extend((1..=n).map(phone));
    let started = Instant::now();
    let out = w
        .bp()
        .args([
            "whatsapp",
            "import",
            input.to_str().unwrap(),
            "--timeout",
            "1",
            "--retries",
            "8",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(started.elapsed() < Duration::from_secs(120));
    let summary: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(summary["imported"], n);
    assert_eq!(w.contact_phones(), expected);
    let stats = w.sandbox.sandbox.stats();
    assert!(
        stats.unavailable > 0
            && stats.rate_limited + stats.resets_before + stats.resets_after + stats.stalls > 0,
        "{stats:?}"
    );
    // Every batch reached the handler once, plus once more for each answer cut after it ran.
    assert_eq!(
        stats.normal,
        (n / 100) as u64 + stats.resets_after,
        "{stats:?}"
    );
}

/// 2. Listings under the same faults print exactly what they print without.
#[test]
fn listings_under_faults_print_the_same() {
    let calm = World::new();
    let stormy = World::with_options(faulty(5));
    for args in [
        vec!["customers", "list", "--all", "-o", "json"],
        vec![
            "contacts",
            "search",
            "--interacted",
            "any",
            "--all",
            "-o",
            "ndjson",
        ],
    ] {
        let a = calm.bp().args(&args).output().unwrap();
        let b = stormy
            .bp()
            .args(["--timeout", "1", "--retries", "8"])
            .args(&args)
            .output()
            .unwrap();
        assert!(a.status.success() && b.status.success(), "{}", stderr(&b));
        assert_eq!(stdout(&a), stdout(&b), "{args:?}");
    }
    assert!(stormy.sandbox.sandbox.stats().faults() > 0);
}

/// 3. SIGKILL at 10 moments of an import, each followed by --resume.
///
/// Each kill lands mid-import: once the journal holds 500 rows more than the kill before
/// left, and before it holds them all. Batches of 20, 4 in flight, 40 ms a request: about
/// 2,000 rows a second, so that the journal on disk (synced within 0.1 s) is never far
/// behind the run, even on a busy machine.
#[test]
fn sigkill_ten_times_then_resume_holds_every_row() {
    let w = World::with_options(Options {
        latency_ms: 40,
        ..Options::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let n = 6_000;
    let input = csv(dir.path(), n);
    let mut expected = w.contact_phones();
    expected.extend((1..=n).map(phone));
    let mut acked = 0;
    for i in 0..10 {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_bp"));
        w.dirs(cmd.env_clear())
            .env("BP_BASE_URL", w.sandbox.base_url())
            .env("BP_API_TOKEN", &w.creds.api_token)
            .args(["whatsapp", "import", input.to_str().unwrap()])
            .args(["--batch-size", "20", "--concurrency", "4"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        if i > 0 {
            cmd.arg("--resume");
        }
        let mut child = cmd.spawn().unwrap();
        let started = Instant::now();
        let journalled = || journals(&w).first().map_or(0, |j| journal_acked(j).len());
        while journalled() < acked + 500 {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "run {i} never got going"
            );
            assert!(
                child.try_wait().unwrap().is_none(),
                "run {i} ended before its kill"
            );
            std::thread::sleep(Duration::from_millis(2));
        }
        let _ = child.kill();
        child.wait().unwrap();
        let journal = journals(&w);
        assert_eq!(journal.len(), 1, "kill {i} left the journal");
        let now = journal_acked(&journal[0]).len();
        assert!(
            now > acked && now < n,
            "kill {i}: {now} of {n} rows journalled, {acked} before"
        );
        acked = now;
    }
    let out = w
        .bp()
        .args([
            "whatsapp",
            "import",
            input.to_str().unwrap(),
            "--resume",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(w.contact_phones(), expected);
}

// 4. A server down for longer than the retries: tests/it/whatsapp.rs,
//    `a_server_down_past_the_retries_stops_and_resume_finishes`.
