use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use bp::sandbox::{Fault, Options};
use serde_json::{Value, json};

use crate::common::{RunOk, World, journal_acked, journals, stderr, stdout};

/// Row `i`'s phone number: distinct Indian mobile numbers.
fn phone(i: usize) -> String {
    format!("+91 97{i:08}")
}

/// A contacts CSV of `n` rows; rows where `bad(i)` get a number without a country code.
fn contacts_csv(dir: &Path, name: &str, n: usize, bad: impl Fn(usize) -> bool) -> PathBuf {
    let mut csv = String::with_capacity(n * 60);
    csv.push_str("name,email,phone,tags,city\n");
    for i in 1..=n {
        let p = if bad(i) {
            "12345".to_string()
        } else {
            phone(i)
        };
        writeln!(csv, "Contact {i},c{i}@example.com,{p},wa;import,Pune").unwrap();
    }
    let path = dir.join(name);
    std::fs::write(&path, csv).unwrap();
    path
}

fn expected_phones(w: &World, rows: impl Iterator<Item = usize>) -> BTreeSet<String> {
    let mut set: BTreeSet<String> = w.contact_phones();
    set.extend(rows.map(phone));
    set
}

/// Phone numbers of the contacts in the import requests received so far.
fn imported_numbers(w: &World) -> Vec<Vec<String>> {
    w.requests()
        .iter()
        .filter(|r| r.path == "/inbox/users/import")
        .map(|r| {
            r.json()
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    let p = &c["profile"]["userDetails"]["contact"]["phone"];
                    format!(
                        "+{} {}",
                        p["prefix"].as_str().unwrap(),
                        p["number"].as_str().unwrap()
                    )
                })
                .collect()
        })
        .collect()
}

#[test]
fn twenty_thousand_rows_with_one_percent_invalid() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let bad = |i: usize| i % 100 == 42;
    let input = contacts_csv(dir.path(), "contacts.csv", 20_000, bad);
    let expected = expected_phones(&w, (1..=20_000).filter(|&i| !bad(i)));
    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap(), "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let summary: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let failed_path = dir.path().join("contacts.csv.failed.csv");
    assert_eq!(
        summary,
        json!({"imported": 19_800, "rejected": 200, "duplicates": 0, "skipped": 0, "failed_file": failed_path, "requests": 198, "throttled": 0})
    );
    assert_eq!(w.contact_phones(), expected);

    let failed = std::fs::read_to_string(&failed_path).unwrap();
    let mut rdr = csv::Reader::from_reader(failed.as_bytes());
    assert_eq!(
        rdr.headers().unwrap(),
        vec!["name", "email", "phone", "tags", "city", "row", "reason"]
    );
    let rows: Vec<(usize, String)> = rdr
        .records()
        .map(|r| {
            let r = r.unwrap();
            assert_eq!(r[0], format!("Contact {}", &r[5]));
            (r[5].parse().unwrap(), r[6].to_string())
        })
        .collect();
    assert_eq!(
        rows.iter().map(|r| r.0).collect::<Vec<_>>(),
        (1..=20_000).filter(|&i| bad(i)).collect::<Vec<_>>()
    );
    assert!(rows.iter().all(|r| {
        r.1.starts_with("INVALID_PHONE: `12345` has no country code")
    }));
    // No journal is left behind by a finished import.
    assert!(journals(&w).is_empty());
}

#[test]
fn sigkill_then_resume_sends_nothing_acknowledged_twice() {
    let w = World::with_options(Options {
        latency_ms: 20,
        ..Options::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let n = 30_000;
    let input = contacts_csv(dir.path(), "big.csv", n, |_| false);
    let expected = expected_phones(&w, 1..=n);
    let mut child = w
        .dirs(std::process::Command::new(env!("CARGO_BIN_EXE_bp")).env_clear())
        .env("BP_BASE_URL", w.sandbox.base_url())
        .env("BP_API_TOKEN", &w.creds.api_token)
        .args(["whatsapp", "import", input.to_str().unwrap()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once it is well under way.
    let started = Instant::now();
    while imported_numbers(&w).len() < 40 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the import never got going"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let sent_before = imported_numbers(&w).len();
    let journal = journals(&w);
    assert_eq!(journal.len(), 1, "the killed run left its journal");
    let acked = journal_acked(&journal[0]);
    assert!(!acked.is_empty() && acked.len() < n, "{}", acked.len());

    // Without a flag, the unfinished journal is an error that names the flags.
    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "hint: run again with --resume to send only the rest, or --restart to import it all again"
        ),
        "{}",
        stderr(&out)
    );

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
    let summary: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(summary["skipped"], acked.len());
    assert_eq!(
        summary["imported"].as_u64().unwrap() + summary["skipped"].as_u64().unwrap(),
        n as u64
    );
    assert_eq!(w.contact_phones(), expected);

    let acked_numbers: BTreeSet<String> = acked.iter().map(|&i| phone(i)).collect();
    for batch in &imported_numbers(&w)[sent_before..] {
        for number in batch {
            assert!(
                !acked_numbers.contains(number),
                "{number} was acknowledged, then sent again"
            );
        }
    }
    assert!(journals(&w).is_empty());
}

#[test]
fn a_batch_too_large_is_halved() {
    let w = World::with_options(Options {
        import_max_batch: Some(30),
        ..Options::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let input = contacts_csv(dir.path(), "c.csv", 500, |_| false);
    let expected = expected_phones(&w, 1..=500);
    let out = w
        .bp()
        .args([
            "whatsapp",
            "import",
            input.to_str().unwrap(),
            "--batch-size",
            "100",
            "--concurrency",
            "1",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(w.contact_phones(), expected);
    let sizes: Vec<usize> = imported_numbers(&w).iter().map(Vec::len).collect();
    // 100 and 50 are refused; from then on every batch has the size that worked.
    assert_eq!(sizes, [vec![100, 50], vec![25; 20]].concat());

    // With batches in flight when the first refusal comes, the same holds for the rest.
    let w = World::with_options(Options {
        import_max_batch: Some(30),
        ..Options::default()
    });
    let expected = expected_phones(&w, 1..=500);
    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(w.contact_phones(), expected);
    let sizes: Vec<usize> = imported_numbers(&w).iter().map(Vec::len).collect();
    assert!(sizes.iter().filter(|&&s| s > 30).count() <= 8, "{sizes:?}");
}

#[test]
fn a_refused_batch_is_bisected_to_the_refused_rows() {
    let w = World::with_options(Options {
        refuse_marker: Some("REFUSE".into()),
        ..Options::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let input = contacts_csv(dir.path(), "c.csv", 500, |_| false);
    let text = std::fs::read_to_string(&input).unwrap();
    let text = text
        .replace("Contact 37,", "Contact 37 REFUSE,")
        .replace("Contact 388,", "Contact 388 REFUSE,");
    std::fs::write(&input, text).unwrap();
    let expected = expected_phones(&w, (1..=500).filter(|&i| i != 37 && i != 388));
    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap(), "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let summary: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(
        (summary["imported"].as_u64(), summary["rejected"].as_u64()),
        (Some(498), Some(2))
    );
    assert_eq!(w.contact_phones(), expected);
    let failed = std::fs::read_to_string(dir.path().join("c.csv.failed.csv")).unwrap();
    let mut lines: Vec<&str> = failed.lines().skip(1).collect();
    lines.sort_by_key(|l| l.contains(",388,"));
    assert_eq!(lines.len(), 2);
    assert!(lines[0].starts_with("Contact 37 REFUSE,") && lines[0].contains(",37,REJECTED: the API answered 400 Bad Request: validation failed: row 0: contact refused"), "{}", lines[0]);
    assert!(lines[1].contains(",388,REJECTED:"), "{}", lines[1]);
}

#[test]
fn duplicates_keep_the_last_row_and_are_counted() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("d.csv");
    std::fs::write(
        &input,
        "Name,Phone,Country\nFirst,98765 43210,IN\nOther,+91 98765 43299,\nLast,0091-9876543210,\n",
    )
    .unwrap();
    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap(), "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let summary: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(
        summary,
        json!({"imported": 2, "rejected": 0, "duplicates": 1, "skipped": 0, "failed_file": null, "requests": 1, "throttled": 0})
    );
    let names: Vec<String> = imported_numbers(&w).concat();
    assert_eq!(names.len(), 2, "one contact per number is sent");
    let body = w.requests().last().unwrap().json().unwrap();
    assert_eq!(
        body[1]["profile"]["userDetails"]["userProvidedName"],
        "Last"
    );
}

#[test]
fn dry_run_checks_everything_and_sends_nothing() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = contacts_csv(dir.path(), "c.csv", 250, |i| i == 5);
    let out = w
        .bp()
        .args([
            "whatsapp",
            "import",
            input.to_str().unwrap(),
            "--dry-run",
            "--batch-size",
            "2",
            "--tag",
            "new",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(w.requests().is_empty());
    let body: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        body[0],
        json!({"profile": {"userDetails": {"userProvidedName": "Contact 1", "contact": {"email": "c1@example.com", "phone": {"number": "9700000001", "prefix": "91"}}, "tags": ["wa", "import", "new"], "attributes": [{"key": "city", "value": "Pune"}]}}})
    );
    assert_eq!(body.as_array().unwrap().len(), 2);
    assert!(
        stderr(&out).contains("would import 249 of 250 rows: 1 rejected"),
        "{}",
        stderr(&out)
    );
    // The rejected rows are told on stderr; the failed file is not touched.
    assert!(
        stderr(&out).contains("warning: row 5: INVALID_PHONE:"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("c.csv.failed.csv").exists());
    assert!(journals(&w).is_empty());
}

#[test]
fn json_ndjson_and_stdin_inputs() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let json_path = dir.path().join("c.json");
    std::fs::write(
        &json_path,
        r#"[{"name": "J1", "phone": "+44 7911 123456", "tags": ["a"], "plan": "gold"}, {"name": "J2", "phone": "nope"}]"#,
    )
    .unwrap();
    let out = w
        .bp()
        .args(["whatsapp", "import", json_path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let body = w.requests().last().unwrap().json().unwrap();
    assert_eq!(
        body[0]["profile"]["userDetails"]["attributes"],
        json!([{"key": "plan", "value": "gold"}])
    );
    let failed = std::fs::read_to_string(dir.path().join("c.json.failed.ndjson")).unwrap();
    let row: Value = serde_json::from_str(failed.trim()).unwrap();
    assert_eq!(
        (row["name"].as_str(), row["row"].as_u64()),
        (Some("J2"), Some(2))
    );

    let out = w
        .bp()
        .args([
            "whatsapp",
            "import",
            "-",
            "--format",
            "ndjson",
            "--default-country",
            "US",
        ])
        .write_stdin("{\"name\": \"S1\", \"phone\": \"(415) 555-2671\"}\n")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let body = w.requests().last().unwrap().json().unwrap();
    assert_eq!(
        body[0]["profile"]["userDetails"]["contact"]["phone"],
        json!({"number": "4155552671", "prefix": "1"})
    );
}

#[test]
fn a_server_down_past_the_retries_stops_and_resume_finishes() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = contacts_csv(dir.path(), "c.csv", 300, |_| false);
    let expected = expected_phones(&w, 1..=300);
    for _ in 0..200 {
        w.sandbox.sandbox.push_fault(Fault::Status {
            status: 503,
            retry_after: None,
        });
    }
    let out = w
        .bp()
        .args([
            "whatsapp",
            "import",
            input.to_str().unwrap(),
            "--retries",
            "1",
            "--concurrency",
            "1",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("the API answered 503"), "{err}");
    assert!(err.contains("--resume` to send the rest"), "{err}");
    assert_eq!(journals(&w).len(), 1);
    // The server is back.
    while w.requests().len() < 200 {
        let _ = w
            .bp()
            .args(["customers", "list", "--retries", "0"])
            .output();
    }
    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap(), "--resume"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(w.contact_phones(), expected);
    assert!(journals(&w).is_empty());
}

#[cfg(unix)]
#[test]
fn ctrl_c_waits_for_batches_in_flight_saves_the_journal_and_exits_130() {
    let w = World::with_options(Options {
        latency_ms: 20,
        ..Options::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let n = 20_000;
    let input = contacts_csv(dir.path(), "big.csv", n, |_| false);
    let expected = expected_phones(&w, 1..=n);
    let child = w
        .dirs(std::process::Command::new(env!("CARGO_BIN_EXE_bp")).env_clear())
        .env("BP_BASE_URL", w.sandbox.base_url())
        .env("BP_API_TOKEN", &w.creds.api_token)
        .args(["whatsapp", "import", input.to_str().unwrap(), "-o", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while imported_numbers(&w).len() < 20 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the import never got going"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--resume` to send the rest"),
        "{}",
        stderr(&out)
    );
    let summary: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let imported = summary["imported"].as_u64().unwrap();
    // Every batch sent was waited for and journalled.
    let journal = journals(&w);
    assert_eq!(journal_acked(&journal[0]).len() as u64, imported);
    assert_eq!(imported_numbers(&w).concat().len() as u64, imported);

    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap(), "--resume"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(w.contact_phones(), expected);
}

#[test]
fn resume_restores_rows_the_server_refused_and_skips_acknowledged_ones() {
    let w = World::with_options(Options {
        refuse_marker: Some("REFUSE".into()),
        ..Options::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let input = contacts_csv(dir.path(), "c.csv", 6, |_| false);
    let text = std::fs::read_to_string(&input)
        .unwrap()
        .replace("Contact 1,", "Contact 1 REFUSE,");
    std::fs::write(&input, text).unwrap();
    // [1,2] refused, then [1] refused and [2] taken; [3,4] taken; [5,6] meets a server down.
    for _ in 0..4 {
        w.sandbox.sandbox.push_fault(Fault::Delay { millis: 0 });
    }
    w.sandbox.sandbox.push_fault(Fault::Status {
        status: 503,
        retry_after: None,
    });
    let args = [
        "whatsapp",
        "import",
        input.to_str().unwrap(),
        "--batch-size",
        "2",
        "--concurrency",
        "1",
        "--retries",
        "0",
        "-o",
        "json",
    ];
    let out = w.bp().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let summary: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(summary["imported"], 3);
    assert_eq!(summary["rejected"], 1);
    assert_eq!(summary["not_sent"], 2);

    let out = w.bp().args(args).arg("--resume").output().unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let summary: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(
        summary,
        json!({"imported": 2, "rejected": 1, "duplicates": 0, "skipped": 3, "failed_file": dir.path().join("c.csv.failed.csv"), "requests": 1, "throttled": 0})
    );
    let failed = std::fs::read_to_string(dir.path().join("c.csv.failed.csv")).unwrap();
    assert!(
        failed.contains("Contact 1 REFUSE,") && failed.contains(",1,REJECTED:"),
        "{failed}"
    );
    // The resume sent rows 5 and 6 only.
    let last = imported_numbers(&w).pop().unwrap();
    assert_eq!(last, vec![phone(5), phone(6)]);
}

#[test]
fn the_failed_file_never_overwrites_its_input() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = contacts_csv(dir.path(), "c.csv", 3, |i| i == 2);
    let other_spelling = format!("{}/./c.csv", dir.path().display());
    let out = w
        .bp()
        .args([
            "whatsapp",
            "import",
            input.to_str().unwrap(),
            "--failed",
            &other_spelling,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&input).unwrap().lines().count(), 4);
}

/// Issue 14: with `--bot`, each import request carries the bot's id as `botId`, query
/// parameter and header, as BotPenguin's own n8n node sends it; without, neither.
#[test]
fn import_with_bot_sends_its_id_as_bot_id() {
    let w = World::new();
    let id = "64a1b2c3d4e5f60718293a4b";
    w.write_config(&format!(
        "[profiles.agency.bots.support]\nid = \"{id}\"\nwa_api_key = \"k-1234567890\"\n"
    ));
    let dir = tempfile::tempdir().unwrap();
    let input = contacts_csv(dir.path(), "c.csv", 3, |_| false);
    let bot_ids = |w: &World| -> Vec<(Option<String>, Option<String>)> {
        w.requests()
            .iter()
            .filter(|r| r.path == "/inbox/users/import")
            .map(|r| {
                let query = r
                    .query_pairs()
                    .into_iter()
                    .find(|(k, _)| k == "botId")
                    .map(|(_, v)| v);
                (query, r.header("botid").map(str::to_owned))
            })
            .collect()
    };
    for bot in [id, "support"] {
        let before = bot_ids(&w).len();
        w.bp()
            .args(["whatsapp", "import", input.to_str().unwrap(), "--bot", bot])
            .run_ok();
        assert_eq!(
            bot_ids(&w)[before..],
            [(Some(id.to_owned()), Some(id.to_owned()))],
            "--bot {bot}"
        );
    }
    let before = bot_ids(&w).len();
    w.bp()
        .args(["whatsapp", "import", input.to_str().unwrap()])
        .run_ok();
    assert_eq!(bot_ids(&w)[before..], [(None, None)]);

    // A name the profile has no id for: exit 2 before anything is sent.
    let before = w.requests().len();
    w.bp()
        .args([
            "whatsapp",
            "import",
            input.to_str().unwrap(),
            "--bot",
            "sales",
        ])
        .fails_with(2, "--bot `sales` is neither a bot id");
    assert_eq!(w.requests().len(), before);
}
