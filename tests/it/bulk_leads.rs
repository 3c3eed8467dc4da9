//! `bp leads upsert --from` failing safe (issue 12): rows of one uuid in file order.

use std::path::PathBuf;

use bp::sandbox::Options;

use crate::common::{World, stderr};
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
    let out = bp(&w)
        .args(["leads", "upsert", "--from", input.to_str().unwrap()])
        .args(["--concurrency", "16"])
        .output()
        .unwrap();
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
