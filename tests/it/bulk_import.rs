//! `whatsapp import` against a server that does not answer as documented: nothing counts as
//! imported unless the answer says so, and a refusal of the whole request stops the run
//! after a few requests instead of bisecting every row, with every row reported.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use bp::sandbox::Fault;
use serde_json::{Value, json};

use crate::common::{World, json_answer, stderr, stdout, summary_of};

fn contacts(dir: &Path, n: usize, name: impl Fn(usize) -> String) -> PathBuf {
    let mut csv = String::from("name,phone\n");
    for i in 1..=n {
        writeln!(csv, "{},+91 97{i:08}", name(i)).unwrap();
    }
    let path = dir.join("c.csv");
    std::fs::write(&path, csv).unwrap();
    path
}

/// The failed file's rows: (row, reason).
fn failed_rows(path: &Path) -> Vec<(u64, String)> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let headers = reader.headers().unwrap().clone();
    let row_at = headers.iter().position(|h| h == "row").unwrap();
    let reason_at = headers.iter().position(|h| h == "reason").unwrap();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[row_at].parse().unwrap(), r[reason_at].to_string())
        })
        .collect()
}

#[test]
fn an_answer_that_does_not_say_success_is_not_an_acknowledgement() {
    for body in ["", "{}", "{\"message\": \"ok\"}"] {
        let w = World::new();
        let dir = tempfile::tempdir().unwrap();
        let input = contacts(dir.path(), 250, |i| format!("Contact {i}"));
        w.sandbox.sandbox.push_fault(json_answer(200, body));
        let out = w
            .bp()
            .args(["whatsapp", "import", input.to_str().unwrap(), "-o", "json"])
            .args(["--concurrency", "1"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{body:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("without saying success"), "{body:?}: {err}");
        let summary = summary_of(&out);
        assert_eq!(summary["imported"], 0, "{body:?}: {summary}");
        assert_eq!(summary["not_sent"], 250, "{body:?}: {summary}");
        assert_eq!(w.import_requests(), 1, "nothing more is sent");
        // Every row is reported: the batch the server did not acknowledge, then the rest.
        let rows = failed_rows(&dir.path().join("c.csv.failed.csv"));
        assert_eq!(rows.len(), 250, "{body:?}");
        assert!(
            rows[..100]
                .iter()
                .all(|(_, r)| r.starts_with("NOT_ACKNOWLEDGED: ")),
            "{:?}",
            rows[0]
        );
        assert!(
            rows[100..].iter().all(|(_, r)| r.starts_with("NOT_SENT: ")),
            "{:?}",
            rows[100]
        );
        let mut numbers: Vec<u64> = rows.iter().map(|(row, _)| *row).collect();
        numbers.sort_unstable();
        assert_eq!(numbers, (1..=250).collect::<Vec<u64>>());

        // The journal is kept: once the server answers as documented, --resume sends them all.
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
        let summary = summary_of(&out);
        assert_eq!(summary["imported"], 250, "{summary}");
    }
}

#[test]
fn a_refusal_of_every_request_stops_after_a_few_requests() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = contacts(dir.path(), 1000, |i| format!("Contact {i}"));
    let refusal =
        json!({"success": false, "message": "botId is required", "code": 400}).to_string();
    for _ in 0..100 {
        w.sandbox
            .sandbox
            .push_fault(json_answer(400, refusal.clone()));
    }
    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap(), "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let sent = w.import_requests();
    assert!(sent <= 10, "{sent} requests for a refusal of every request");
    let err = stderr(&out);
    assert!(err.contains("refuses the request, not a row"), "{err}");
    assert!(err.contains("--resume"), "{err}");
    let rows = failed_rows(&dir.path().join("c.csv.failed.csv"));
    assert_eq!(rows.len(), 1000, "no row lost");
    assert!(
        rows.iter()
            .all(|(_, r)| r.starts_with("NOT_SENT: ") && r.contains("botId is required")),
        "{:?}",
        rows.iter().find(|(_, r)| !r.starts_with("NOT_SENT: "))
    );
    let summary = summary_of(&out);
    assert_eq!(
        (summary["imported"].as_u64(), summary["not_sent"].as_u64()),
        (Some(0), Some(1000))
    );
}

#[test]
fn the_bad_token_answer_stops_the_run_with_exit_3() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = contacts(dir.path(), 300, |i| format!("Contact {i}"));
    let cast =
        json!({"success": false, "message": bp::api::BAD_TOKEN_MESSAGE, "code": 400}).to_string();
    for _ in 0..40 {
        w.sandbox.sandbox.push_fault(json_answer(400, cast.clone()));
    }
    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("API token") && err.contains("BP_API_TOKEN"),
        "{err}"
    );
    assert!(w.import_requests() <= 4, "{} requests", w.import_requests());
    let rows = failed_rows(&dir.path().join("c.csv.failed.csv"));
    assert_eq!(rows.len(), 300);
    assert!(
        rows.iter().all(|(_, r)| r.starts_with("NOT_SENT: ")),
        "{:?}",
        rows[0]
    );
}

#[test]
fn each_counts_a_partial_import_as_partial_and_keeps_every_summary() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    // One row without a country code: every child rejects it and exits 4.
    let input = contacts(dir.path(), 5, |i| format!("Contact {i}"));
    let text = std::fs::read_to_string(&input).unwrap() + "No Country,12345\n";
    std::fs::write(&input, text).unwrap();
    let out = w
        .bare()
        .env("BP_BASE_URL", w.sandbox.base_url())
        .env("BP_PARTNER_KEY", &w.creds.partner_key)
        .args(["customers", "each", "--filter", "care", "--"])
        .args(["whatsapp", "import", input.to_str().unwrap(), "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let summaries: Vec<Value> = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(summaries.len() >= 2, "{summaries:?}");
    let mut failed_files = std::collections::BTreeSet::new();
    for s in &summaries {
        assert_eq!(
            (s["imported"].as_u64(), s["rejected"].as_u64()),
            (Some(5), Some(1)),
            "{s}"
        );
        let id = s["customer"]["_id"].as_str().unwrap();
        let failed = s["failed_file"].as_str().unwrap();
        assert!(failed.contains(id), "{failed} names customer {id}");
        let rows = failed_rows(Path::new(failed));
        assert_eq!(rows.len(), 1, "{failed}");
        failed_files.insert(failed.to_string());
    }
    assert_eq!(
        failed_files.len(),
        summaries.len(),
        "one failed file per customer"
    );
    assert!(!dir.path().join("c.csv.failed.csv").exists());
}

#[test]
fn a_half_the_server_stored_is_counted_when_the_other_half_stops_the_run() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = contacts(dir.path(), 150, |i| format!("Contact {i}"));
    let refusal = json!({"success": false, "message": "row 7: refused", "code": 400}).to_string();
    for fault in [
        json_answer(400, refusal),
        // The first half: answered as usual.
        Fault::Delay { millis: 0 },
        // The second half: a 200 that does not say success.
        json_answer(200, String::new()),
    ] {
        w.sandbox.sandbox.push_fault(fault);
    }
    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap(), "-o", "json"])
        .args(["--concurrency", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let summary = summary_of(&out);
    assert_eq!(summary["imported"], 50, "{summary}");
    let rows = failed_rows(&dir.path().join("c.csv.failed.csv"));
    let rows_of = |prefix: &str| -> Vec<u64> {
        rows.iter()
            .filter(|(_, r)| r.starts_with(prefix))
            .map(|(row, _)| *row)
            .collect()
    };
    assert_eq!(
        rows_of("NOT_ACKNOWLEDGED: "),
        (51..=100).collect::<Vec<u64>>()
    );
    assert_eq!(rows_of("NOT_SENT: "), (101..=150).collect::<Vec<u64>>());
    assert_eq!(rows.len(), 100, "rows 1 to 50 were stored, not reported");
}

#[test]
fn each_refuses_failed_rows_on_standard_output() {
    let w = World::new();
    let out = w
        .bare()
        .env("BP_BASE_URL", w.sandbox.base_url())
        .env("BP_PARTNER_KEY", &w.creds.partner_key)
        .args([
            "customers",
            "each",
            "--",
            "whatsapp",
            "import",
            "c.csv",
            "--failed",
            "-",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--failed - would mix them"),
        "{}",
        stderr(&out)
    );
    assert!(w.requests().is_empty());
}

/// Issue 14: an answer that lists failed rows by their number makes exactly those rows
/// REJECTED with the server's words; the others count as imported when it says success.
#[test]
fn rows_an_answer_lists_as_failed_are_rejected_with_its_words() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = contacts(dir.path(), 5, |i| format!("Contact {i}"));
    let answer = json!({"status": "success", "message": "User profiles imported successfully.",
        "data": {"failed": [{"phone": {"prefix": "91", "number": "9700000003"},
            "message": "number is blocked"}]}});
    w.sandbox
        .sandbox
        .push_fault(json_answer(200, answer.to_string()));
    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap(), "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let summary = summary_of(&out);
    assert_eq!(
        (summary["imported"].as_u64(), summary["rejected"].as_u64()),
        (Some(4), Some(1)),
        "{summary}"
    );
    assert_eq!(w.import_requests(), 1);
    assert_eq!(
        failed_rows(&dir.path().join("c.csv.failed.csv")),
        vec![(3, "REJECTED: number is blocked".to_string())]
    );
}

/// Issue 14: `status: false` on a 200, and an answer that counts failed rows without naming
/// them, are refusals: never counted as imported, bisected down to the row, which is
/// REJECTED with the server's words.
#[test]
fn a_false_status_or_an_unnamed_failure_is_a_refusal_not_an_import() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = contacts(dir.path(), 1, |i| format!("Contact {i}"));
    let answer = json!({"status": false, "message": "Invalid phone"});
    w.sandbox
        .sandbox
        .push_fault(json_answer(200, answer.to_string()));
    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap(), "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert_eq!(summary_of(&out)["imported"], 0);
    assert_eq!(
        failed_rows(&dir.path().join("c.csv.failed.csv")),
        vec![(1, "REJECTED: status false: Invalid phone".to_string())]
    );

    // 3 rows; the server says one failed, not which: the halves find it.
    let w = World::new();
    let input = contacts(dir.path(), 3, |i| format!("Contact {i}"));
    let failed = json!({"status": "success", "message": "number is blocked",
        "data": {"failedCount": 1}})
    .to_string();
    let ok = json!({"status": "success"}).to_string();
    // [1,2,3] one failed; [1] ok; [2,3] one failed; [2] ok; [3] one failed.
    for body in [&failed, &ok, &failed, &ok, &failed] {
        w.sandbox.sandbox.push_fault(json_answer(200, body.clone()));
    }
    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap(), "-o", "json"])
        .args(["--concurrency", "1", "--restart"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let summary = summary_of(&out);
    assert_eq!(
        (summary["imported"].as_u64(), summary["rejected"].as_u64()),
        (Some(2), Some(1)),
        "{summary}"
    );
    assert_eq!(w.import_requests(), 5);
    let rows = failed_rows(&dir.path().join("c.csv.failed.csv"));
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].0, 3);
    assert!(
        rows[0].1.starts_with("REJECTED: number is blocked"),
        "{rows:?}"
    );
}

/// An answer that names failed rows without saying success or failure for the others: those
/// are NOT_ACKNOWLEDGED (the server may have stored them), not sent again, and the run stops.
#[test]
fn named_failures_without_a_word_on_the_others_leave_them_unacknowledged() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = contacts(dir.path(), 5, |i| format!("Contact {i}"));
    let answer = json!({"message": "done", "failed": [{"phone": "+91 9700000003"}]});
    w.sandbox
        .sandbox
        .push_fault(json_answer(200, answer.to_string()));
    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap(), "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(w.import_requests(), 1, "nothing sent again");
    let mut rows = failed_rows(&dir.path().join("c.csv.failed.csv"));
    rows.sort();
    assert_eq!(rows.len(), 5, "{rows:?}");
    assert_eq!(rows[2], (3, "REJECTED: done".to_string()));
    assert!(
        rows.iter()
            .filter(|(r, _)| *r != 3)
            .all(|(_, reason)| reason.starts_with("NOT_ACKNOWLEDGED: ")),
        "{rows:?}"
    );
}
