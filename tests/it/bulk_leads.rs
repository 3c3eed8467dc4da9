//! `bp leads upsert --from` failing safe (issue 12): rows of one uuid in file order, Ctrl-C
//! and SIGTERM, answers that do not acknowledge, and a run that stops when the server
//! refuses the request rather than the rows.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
#[cfg(unix)]
use std::process::Stdio;

use bp::sandbox::{Fault, Options};
use serde_json::Value;

use crate::common::{World, stderr};
#[cfg(unix)]
use crate::common::{kill, wait_bounded};
use crate::leads::{bp, leads};

/// `leads.csv` in a new temporary directory, with a `uuid,name,status` header.
fn leads_file(
    rows: impl IntoIterator<Item = (String, &'static str)>,
) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("uuid,name,status\n");
    for (uuid, status) in rows {
        csv.push_str(&format!("{uuid},Lead {uuid},{status}\n"));
    }
    let path = dir.path().join("leads.csv");
    std::fs::write(&path, csv).unwrap();
    (dir, path)
}

/// `n` leads, `lead-1` to `lead-n`, all OPEN.
fn open_leads(n: usize) -> (tempfile::TempDir, PathBuf) {
    leads_file((1..=n).map(|i| (format!("lead-{i}"), "open")))
}

/// The failed file beside `input`, as `(uuid, reason)` in the order written.
fn failed_rows(input: &Path) -> Vec<(String, String)> {
    let path = input.with_file_name("leads.csv.failed.csv");
    let mut rdr = csv::Reader::from_path(&path).unwrap();
    let header = rdr.headers().unwrap().clone();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (uuid, reason) = (at("uuid"), at("reason"));
    rdr.records()
        .map(|r| {
            let r = r.unwrap();
            (r[uuid].to_string(), r[reason].to_string())
        })
        .collect()
}

fn puts(w: &World) -> usize {
    w.requests()
        .iter()
        .filter(|r| r.method == "PUT" && r.path == "/inbox/direct/lead")
        .count()
}

/// `bp leads upsert --from input --concurrency N`.
fn upsert(w: &World, input: &Path, concurrency: &str) -> std::process::Output {
    bp(w)
        .args(["leads", "upsert", "--from", input.to_str().unwrap()])
        .args(["--concurrency", concurrency])
        .output()
        .unwrap()
}

/// The sandbox's leads whose uuid starts with `lead-`, with their status.
fn bulk_leads(w: &World) -> Vec<(String, String)> {
    leads(w)
        .iter()
        .filter_map(|l| {
            let uuid = l["uuid"].as_str()?;
            uuid.starts_with("lead-").then(|| {
                (
                    uuid.to_string(),
                    l["status"].as_str().unwrap_or("").to_string(),
                )
            })
        })
        .collect()
}

#[test]
fn rows_of_one_uuid_are_applied_in_file_order() {
    let w = World::with_options(Options {
        latency_ms: 100,
        ..Options::default()
    });
    let (_dir, input) = leads_file((1..=30).flat_map(|i| {
        [
            (format!("lead-{i}"), "open"),
            (format!("lead-{i}"), "closed"),
        ]
    }));
    let out = upsert(&w, &input, "16");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("upserted 60 leads"),
        "{}",
        stderr(&out)
    );
    let states = bulk_leads(&w);
    assert_eq!(states.len(), 30);
    let open: Vec<&String> = states
        .iter()
        .filter(|(_, s)| s != "CLOSED")
        .map(|(u, _)| u)
        .collect();
    assert!(
        open.is_empty(),
        "the last row of each uuid must win: {open:?}"
    );
    // Different uuids still go out together: far less than 60 round trips of 75 ms or more.
    let reqs = w.requests();
    let span = reqs.last().unwrap().at - reqs.first().unwrap().at;
    assert!(
        span < std::time::Duration::from_millis(60 * 75 / 2),
        "{span:?}"
    );
}

/// Sends `signal` to a `leads upsert --from` of 200 slow rows once a few are in flight.
#[cfg(unix)]
fn interrupted_run(signal: &str) {
    let w = World::with_options(Options {
        latency_ms: 200,
        ..Options::default()
    });
    let (_dir, input) = open_leads(200);
    let mut cmd = w.bp_std();
    cmd.env("BP_BOT_ID", &w.creds.bot_id)
        .env("BP_CUSTOMER_ID", &w.creds.customer_id)
        .args(["leads", "upsert", "--from", input.to_str().unwrap()])
        .args(["--concurrency", "4", "-o", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let started = std::time::Instant::now();
    while puts(&w) < 8 {
        assert!(started.elapsed().as_secs() < 60, "the run never got going");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    kill(&child, signal);
    let status = wait_bounded(&mut child);
    let out = child.wait_with_output().unwrap();
    let err = stderr(&out);
    // 128 + the signal, as a shell reports it: 130 for Ctrl-C, 143 for SIGTERM.
    let code = if signal == "-TERM" { 143 } else { 130 };
    assert_eq!(status.code(), Some(code), "{signal}: {err}");
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    let upserted = summary["upserted"].as_u64().unwrap() as usize;
    // The requests in flight were waited for, and nothing was sent after the signal.
    assert_eq!(puts(&w), upserted, "{signal}: {err}");
    assert!(upserted < 200, "{signal}: stopped early");
    let failed = failed_rows(&input);
    assert_eq!(
        upserted + failed.len(),
        200,
        "{signal}: every row accounted for"
    );
    assert!(
        failed
            .iter()
            .all(|(_, r)| r == "NOT_SENT: interrupted before it was sent"),
        "{signal}: {failed:?}"
    );
    let in_sandbox: BTreeSet<String> = bulk_leads(&w).into_iter().map(|(u, _)| u).collect();
    let in_failed: BTreeSet<String> = failed.into_iter().map(|(u, _)| u).collect();
    assert!(in_sandbox.is_disjoint(&in_failed), "{signal}");
    assert_eq!(in_sandbox.len() + in_failed.len(), 200, "{signal}");
    assert!(err.contains("interrupted"), "{signal}: {err}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_writes_every_row_not_upserted_to_the_failed_file() {
    interrupted_run("-INT");
}

#[cfg(unix)]
#[test]
fn sigterm_stops_like_ctrl_c() {
    interrupted_run("-TERM");
}

#[test]
fn an_answer_that_does_not_say_success_is_not_an_upsert_and_stops_the_run() {
    for body in ["", "{}"] {
        let w = World::new();
        w.sandbox.sandbox.push_fault(Fault::Body {
            status: 200,
            content_type: "application/json".into(),
            body: body.into(),
        });
        let (_dir, input) = open_leads(5);
        let out = upsert(&w, &input, "1");
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{body:?}: {err}");
        assert_eq!(puts(&w), 1, "{body:?}: stopped after the first such answer");
        assert!(err.contains("upserted 0 leads"), "{body:?}: {err}");
        assert!(err.contains("without saying success"), "{body:?}: {err}");
        let failed = failed_rows(&input);
        assert_eq!(failed.len(), 5, "{body:?}: {failed:?}");
        assert!(
            failed[0]
                .1
                .starts_with("NOT_ACKNOWLEDGED: the server answered without saying success"),
            "{body:?}: {failed:?}"
        );
        assert!(
            failed[1..].iter().all(|(_, r)| r.starts_with("NOT_SENT: ")),
            "{body:?}: {failed:?}"
        );
    }
}

fn refuse_every_lead(w: &World, n: usize, message: &str) {
    let body = serde_json::json!({"success": false, "message": message, "code": 400});
    for _ in 0..n {
        w.sandbox.sandbox.push_fault(Fault::Body {
            status: 400,
            content_type: "application/json".into(),
            body: body.to_string(),
        });
    }
}

#[test]
fn twenty_refusals_with_one_message_and_no_upsert_stop_the_run() {
    let w = World::new();
    refuse_every_lead(&w, 100, "botId is required");
    let (_dir, input) = open_leads(100);
    let out = upsert(&w, &input, "16");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let sent = puts(&w);
    assert!((20..=20 + 16).contains(&sent), "{sent} requests: {err}");
    assert!(err.contains("botId is required"), "{err}");
    assert!(err.contains("hint: "), "{err}");
    let failed = failed_rows(&input);
    assert_eq!(failed.len(), 100, "{err}");
    let rejected = failed
        .iter()
        .filter(|(_, r)| r == "REJECTED: the API answered 400 Bad Request: botId is required")
        .count();
    assert_eq!(rejected, sent, "{failed:?}");
    assert!(
        failed
            .iter()
            .filter(|(_, r)| !r.starts_with("REJECTED: "))
            .all(|(_, r)| r.starts_with("NOT_SENT: ") && r.contains("botId is required")),
        "{failed:?}"
    );
    let uuids: BTreeSet<&String> = failed.iter().map(|(u, _)| u).collect();
    assert_eq!(uuids.len(), 100, "every row once");
}

#[test]
fn refusals_after_an_upsert_are_rows_refused_not_a_stop() {
    let w = World::new();
    let (_dir, input) = open_leads(25);
    // The first lead is upserted, the 24 others refused with one message.
    w.sandbox.sandbox.push_fault(Fault::Delay { millis: 0 });
    refuse_every_lead(&w, 24, "lead refused");
    let out = upsert(&w, &input, "1");
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert_eq!(puts(&w), 25);
    assert_eq!(failed_rows(&input).len(), 24);
}

#[test]
fn the_bad_token_answer_stops_the_run_with_exit_3() {
    let w = World::new();
    refuse_every_lead(
        &w,
        50,
        "Argument passed in must be a single String of 12 bytes or a string of 24 hex characters",
    );
    let (_dir, input) = open_leads(50);
    let out = upsert(&w, &input, "4");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(puts(&w) <= 4, "{} requests: {err}", puts(&w));
    assert!(err.contains("bot token"), "{err}");
    assert!(err.contains("hint: check `bot_token`"), "{err}");
    let failed = failed_rows(&input);
    assert_eq!(failed.len(), 50, "{failed:?}");
    assert!(
        failed
            .iter()
            .all(|(_, r)| r.starts_with("REJECTED: ") || r.starts_with("NOT_SENT: ")),
        "{failed:?}"
    );
}

#[test]
fn the_last_record_before_trailing_data_is_still_reported() {
    // `cat a.json b.json`: two arrays. The second record of the first is bad; then the
    // trailing array is an error, which must not take that record with it.
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("two.json");
    std::fs::write(
        &path,
        "[{\"uuid\": \"j-1\"}, {\"uuid\": \"j-2\", \"status\": \"bogus\"}]\n[{\"uuid\": \"j-3\"}]\n",
    )
    .unwrap();
    let out = bp(&w)
        .args(["leads", "upsert", "--from", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("goes on after its array closes (after record 2)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(puts(&w), 1, "j-1 upserted");
    let failed = std::fs::read_to_string(dir.path().join("two.json.failed.ndjson")).unwrap();
    assert!(
        failed.contains("\"j-2\"") && failed.contains("INVALID_STATUS"),
        "{failed}"
    );
}

#[cfg(unix)]
#[test]
fn a_second_ctrl_c_keeps_the_rows_reported_so_far() {
    // Five bad rows are in the failed file before the first Ctrl-C; the second one ends bp at
    // once, and must not take them with it.
    let w = World::with_options(Options {
        latency_ms: 500,
        ..Options::default()
    });
    let (dir, input) =
        leads_file((1..=205).map(|i| (format!("lead-{i}"), if i <= 5 { "bogus" } else { "open" })));
    let mut child = w
        .bp_std()
        .env("BP_BOT_ID", &w.creds.bot_id)
        .env("BP_CUSTOMER_ID", &w.creds.customer_id)
        .args(["leads", "upsert", "--from", input.to_str().unwrap()])
        .args(["--concurrency", "1"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while puts(&w) < 1 {
        assert!(started.elapsed().as_secs() < 60, "the run never got going");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    kill(&child, "-INT");
    std::thread::sleep(std::time::Duration::from_millis(100));
    kill(&child, "-INT");
    let status = wait_bounded(&mut child);
    assert_eq!(status.code(), Some(130));
    let rows = failed_rows(&input);
    let bad: Vec<&str> = rows
        .iter()
        .filter(|(_, r)| r.starts_with("INVALID_STATUS"))
        .map(|(u, _)| u.as_str())
        .collect();
    assert_eq!(bad, ["lead-1", "lead-2", "lead-3", "lead-4", "lead-5"]);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

#[cfg(unix)]
#[test]
fn a_stop_does_not_wait_on_the_pipe_that_feeds_standard_input() {
    // The producer keeps the pipe open: bp must not wait for it to list the rows not sent.
    let w = World::with_options(Options {
        latency_ms: 200,
        ..Options::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let mut child = w
        .bp_std()
        .env("BP_BOT_ID", &w.creds.bot_id)
        .env("BP_CUSTOMER_ID", &w.creds.customer_id)
        .current_dir(dir.path())
        .args([
            "leads",
            "upsert",
            "--from",
            "-",
            "--format",
            "csv",
            "--concurrency",
            "1",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut csv = String::from("uuid,name,status\n");
    for i in 1..=50 {
        csv.push_str(&format!("lead-{i},Lead {i},open\n"));
    }
    std::io::Write::write_all(&mut stdin, csv.as_bytes()).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    kill(&child, "-TERM");
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(10) {
            let _ = child.kill();
            panic!("bp waited on the open pipe after SIGTERM");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    drop(stdin);
    assert_eq!(status.code(), Some(143));
    assert_eq!(
        puts(&w),
        0,
        "stdin is read to its end before anything is sent"
    );
}

/// Issue 16: `leads list -o csv` feeds back into `leads upsert --from` as it is: every row
/// upserted, none refused for its columns, and the leads as they were (but `updatedAt`).
#[test]
fn leads_listed_as_csv_upsert_back_unchanged() {
    let w = World::new();
    let without_stamp = |leads: Vec<Value>| -> Vec<Value> {
        leads
            .into_iter()
            .map(|mut l| {
                l.as_object_mut().unwrap().remove("updatedAt");
                l
            })
            .collect()
    };
    let before = without_stamp(leads(&w));
    assert!(
        before
            .iter()
            .any(|l| l["attributes"].as_array().is_some_and(|a| !a.is_empty()))
            && before
                .iter()
                .any(|l| l["notes"].as_array().is_some_and(|n| !n.is_empty()))
            && before
                .iter()
                .any(|l| l["tags"].as_array().is_some_and(|t| !t.is_empty())),
        "the seed has leads with tags, attributes and notes"
    );
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("leads.csv");
    let out = bp(&w)
        .args(["leads", "list", "--all", "-o", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::write(&csv, &out.stdout).unwrap();
    let out = bp(&w)
        .args([
            "leads",
            "upsert",
            "--from",
            csv.to_str().unwrap(),
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let summary = crate::common::summary_of(&out);
    assert_eq!(summary["upserted"].as_u64(), Some(before.len() as u64));
    assert_eq!(summary["rejected"].as_u64(), Some(0));
    assert!(!dir.path().join("leads.csv.failed.csv").exists());
    assert_eq!(without_stamp(leads(&w)), before);
}
