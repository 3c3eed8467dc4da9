//! `--concurrency auto|N` of the bulk senders: pauses on `Retry-After`, pacing after a 429,
//! a fixed window that stays fixed, and flag values refused before anything is sent.

use std::fmt::Write as _;
use std::time::Duration;

use bp::sandbox::{Fault, Options};
use serde_json::Value;

use crate::common::{RunOk, World, stderr, stdout};

fn contacts(dir: &std::path::Path, n: usize) -> std::path::PathBuf {
    let mut csv = String::from("name,phone\n");
    for i in 1..=n {
        writeln!(csv, "Contact {i},+91 96{i:08}").unwrap();
    }
    let path = dir.join("contacts.csv");
    std::fs::write(&path, csv).unwrap();
    path
}

/// Imports `input` with these flags and `-o json`; the run must succeed. The summary, and
/// what bp said on stderr.
fn import(w: &World, input: &std::path::Path, flags: &[&str]) -> (Value, String) {
    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap(), "-o", "json"])
        .args(flags)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let summary = serde_json::from_str(stdout(&out).trim()).unwrap();
    (summary, stderr(&out))
}

/// Arrival times of the import requests, as gaps from the one before.
fn import_gaps(w: &World) -> Vec<Duration> {
    let at: Vec<_> = w
        .requests()
        .iter()
        .filter(|r| r.path == "/inbox/users/import")
        .map(|r| r.at)
        .collect();
    at.windows(2).map(|p| p[1] - p[0]).collect()
}

/// Which of these arrivals a server allowing `limit` a sliding second refuses (the sandbox's
/// rule: refused requests do not count against the limit).
fn refused_at(arrivals: &[std::time::Instant], limit: usize) -> Vec<bool> {
    let mut admitted = std::collections::VecDeque::new();
    arrivals
        .iter()
        .map(|&at| {
            while admitted
                .front()
                .is_some_and(|&first| at.duration_since(first) >= Duration::from_secs(1))
            {
                admitted.pop_front();
            }
            let refused = admitted.len() >= limit;
            if !refused {
                admitted.push_back(at);
            }
            refused
        })
        .collect()
}

#[test]
fn a_429_pauses_every_sender_then_paces_under_the_limit() {
    let w = World::with_options(Options {
        rate_limit: Some(40),
        latency_ms: 2,
        ..Options::default()
    });
    let dir = tempfile::tempdir().unwrap();
    // 100 requests of 20 rows: more than two seconds' worth at 40 a second.
    let input = contacts(dir.path(), 2_000);
    let (summary, err) = import(&w, &input, &["--batch-size", "20"]);
    assert_eq!(summary["imported"], 2_000);
    let (requests, throttled) = (
        summary["requests"].as_u64().unwrap(),
        summary["throttled"].as_u64().unwrap(),
    );
    // The limit was found (a 429), then kept to. The requests in flight when the first 429
    // came back are refused together (as many as the window had grown to: more the faster
    // the server answers); after that, a handful of 429s, not one per second (without
    // pacing, some 40 of these 100 requests are refused).
    assert!(throttled >= 1, "{summary}");
    assert_eq!(requests, 100 + throttled, "{summary}");
    let arrivals: Vec<_> = w
        .requests()
        .iter()
        .filter(|r| r.path == "/inbox/users/import")
        .map(|r| r.at)
        .collect();
    let first_pause = import_gaps(&w)
        .iter()
        .position(|g| *g >= Duration::from_millis(900))
        .expect("a pause after the first 429");
    let refused = refused_at(&arrivals, 40);
    let later = refused.iter().skip(first_pause + 1).filter(|r| **r).count();
    assert!(
        later <= 5,
        "{later} refused after the first pause: {summary}"
    );
    assert_eq!(w.sandbox.sandbox.stats().rate_limited, throttled);
    // After each throttling the server saw nothing for the second `Retry-After` asked for.
    let pauses = import_gaps(&w)
        .iter()
        .filter(|g| **g >= Duration::from_millis(900))
        .count();
    assert!(
        (1..=throttled as usize).contains(&pauses),
        "{pauses} pauses"
    );
    assert!(err.contains("the server throttled"), "{err}");
}

#[test]
fn retry_after_pauses_every_sender_of_a_fixed_window_too() {
    let w = World::with_options(Options {
        latency_ms: 2,
        ..Options::default()
    });
    // One 429 with `Retry-After: 1`, to the first request only: the server would take the
    // others at once.
    w.sandbox.sandbox.push_fault(Fault::Status {
        status: 429,
        retry_after: Some("1".into()),
    });
    let dir = tempfile::tempdir().unwrap();
    let input = contacts(dir.path(), 1_000);
    let started = std::time::Instant::now();
    let (summary, _) = import(&w, &input, &["--batch-size", "20", "--concurrency", "8"]);
    assert_eq!(summary["imported"], 1_000);
    assert_eq!(summary["throttled"], 1, "{summary}");
    // Had only the refused sender waited, the other seven would have sent the rest
    // meanwhile, and the refused batch alone would have come a second later. Instead the
    // server heard nothing for the second it asked for, right after the first requests.
    let gaps = import_gaps(&w);
    let pauses: Vec<usize> = (0..gaps.len())
        .filter(|&i| gaps[i] >= Duration::from_millis(800))
        .collect();
    assert_eq!(pauses.len(), 1, "{gaps:?}");
    assert!(
        pauses[0] < 16,
        "the pause came after {} requests",
        pauses[0] + 1
    );
    assert!(started.elapsed() >= Duration::from_secs(1));
}

#[test]
fn a_fixed_concurrency_keeps_that_many_in_flight() {
    let w = World::with_options(Options {
        latency_ms: 30,
        ..Options::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let input = contacts(dir.path(), 400);
    import(&w, &input, &["--batch-size", "10", "--concurrency", "1"]);
    // One at a time: each request arrives after the answer to the one before (30 ms ± 25%).
    let gaps = import_gaps(&w);
    assert_eq!(gaps.len(), 39);
    assert!(
        gaps.iter().all(|g| *g >= Duration::from_millis(20)),
        "{gaps:?}"
    );
}

#[test]
fn auto_keeps_more_in_flight_when_the_server_keeps_up() {
    let w = World::with_options(Options {
        latency_ms: 30,
        ..Options::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let input = contacts(dir.path(), 400);
    import(&w, &input, &["--batch-size", "10"]);
    // From 2 at once up: most requests arrive while others are still being answered.
    let gaps = import_gaps(&w);
    let overlapped = gaps
        .iter()
        .filter(|g| **g < Duration::from_millis(10))
        .count();
    assert!(overlapped >= 10, "{gaps:?}");
}

#[test]
fn concurrency_values_are_checked_before_anything_is_sent() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = contacts(dir.path(), 3);
    for bad in ["0", "65", "fast"] {
        let out = w
            .bp()
            .args(["whatsapp", "import", input.to_str().unwrap()])
            .args(["--concurrency", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("is not `auto` or a number from 1 to 64"),
            "{}",
            stderr(&out)
        );
    }
    assert!(w.requests().is_empty());
}

/// When each page request of `customers list --all` arrived.
fn page_times(w: &World) -> Vec<std::time::Instant> {
    w.requests()
        .iter()
        .filter(|r| r.path == "/customer/list")
        .map(|r| r.at)
        .collect()
}

#[test]
fn list_pages_are_fetched_concurrency_at_a_time() {
    let w = World::with_options(Options {
        latency_ms: 30,
        customers_page_size: 5,
        ..Options::default()
    });
    let run = |concurrency: &str| {
        let out = w
            .bp()
            .args(["customers", "list", "--all", "-o", "json"])
            .args(["--concurrency", concurrency])
            .run_ok();
        stdout(&out)
    };
    let one = run("1");
    let times = page_times(&w);
    // One at a time: each page asked for after the one before was answered (30 ms ± 25%).
    assert!(times.len() >= 10, "{}", times.len());
    assert!(
        times
            .windows(2)
            .all(|p| p[1] - p[0] >= Duration::from_millis(20)),
        "{times:?}"
    );
    let four = run("4");
    assert_eq!(one, four, "the same items, in the same order");
    let times: Vec<_> = page_times(&w).split_off(times.len());
    // After page 1, pages 2 to 5 are asked for at once.
    let together = times
        .windows(2)
        .filter(|p| p[1] - p[0] < Duration::from_millis(10))
        .count();
    assert!(together >= 3, "{times:?}");
}
