use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::common::{RunOk, World, stderr, stdout};

/// `bp` with the sandbox's bot and customer ids as the profile's defaults.
pub fn bp(w: &World) -> assert_cmd::Command {
    let mut cmd = w.bp();
    cmd.env("BP_BOT_ID", &w.creds.bot_id)
        .env("BP_CUSTOMER_ID", &w.creds.customer_id);
    cmd
}

/// Every lead of the sandbox's bot, as `bp leads list --all` gives them.
pub fn leads(w: &World) -> Vec<Value> {
    let out = bp(w)
        .args(["leads", "list", "--all", "-o", "json"])
        .run_ok();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn upsert_with_every_flag_sends_every_field() {
    let w = World::new();
    let out = bp(&w)
        .args([
            "leads",
            "upsert",
            "--uuid",
            "visitor-1",
            "--name",
            "Ana Lima",
            "--email",
            "ana@lima.io",
            "--phone",
            "98765 43210",
            "--dial-code",
            "91",
            "--agent-id",
            "65f1c0ffee0000000000abcd",
            "--status",
            "inprogress",
            "--picture",
            "https://cdn.example.com/ana.png",
            "--tag",
            "vip",
            "--tag",
            "trial",
            "--attr",
            "plan=gold",
            "--attr",
            "city=Pune=West",
            "--note",
            "Call=at 5 pm",
            "-o",
            "json",
        ])
        .run_ok();
    let reqs = w.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("PUT", "/inbox/direct/lead")
    );
    assert_eq!(r.header("x-bp-token"), Some(w.creds.bot_token.as_str()));
    assert_eq!(r.header("authorization"), None);
    assert_eq!(
        r.json().unwrap(),
        json!({
            "uuid": "visitor-1",
            "botId": w.creds.bot_id,
            "customerId": w.creds.customer_id,
            "agentId": "65f1c0ffee0000000000abcd",
            "name": "Ana Lima",
            "email": "ana@lima.io",
            "phone": "9876543210",
            "dialCode": "+91",
            "notes": [{"title": "Call", "description": "at 5 pm"}],
            "status": "INPROGRESS",
            "picture": "https://cdn.example.com/ana.png",
            "tags": ["vip", "trial"],
            "attributes": [{"key": "plan", "value": "gold"}, {"key": "city", "value": "Pune=West"}]
        })
    );
    // The lead the server answered is printed.
    let printed: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed[0]["uuid"], "visitor-1");
}

#[test]
fn flags_beat_profile_ids_and_missing_ids_exit_2() {
    let w = World::new();
    w.bp()
        .env("BP_CUSTOMER_ID", &w.creds.customer_id)
        .args([
            "leads",
            "upsert",
            "--uuid",
            "u1",
            "--bot-id",
            &w.creds.bot_id,
        ])
        .run_ok();
    assert_eq!(
        w.requests()[0].json().unwrap()["botId"],
        w.creds.bot_id.as_str()
    );

    let out = w
        .bp()
        .env("BP_CUSTOMER_ID", &w.creds.customer_id)
        .args(["leads", "upsert", "--uuid", "u1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("error: missing --bot-id"), "{err}");
    assert!(
        err.contains("`bot_id` in the profile (or BP_BOT_ID)"),
        "{err}"
    );
    assert_eq!(w.requests().len(), 1);
}

#[test]
fn invalid_values_exit_2_and_send_nothing() {
    let w = World::new();
    for (args, message) in [
        (
            vec!["--status", "weird"],
            "invalid --status: `weird` is not one of OPEN, INPROGRESS, REVIEW, ONHOLD, DEPENDANCY, CLOSED",
        ),
        (vec!["--email", "not-an-email"], "invalid --email"),
        (vec!["--picture", "file:///etc/passwd"], "invalid --picture"),
        (vec!["--dial-code", "+9x"], "invalid --dial-code"),
        (vec!["--phone", "12"], "invalid --phone"),
        (
            vec!["--attr", "novalue"],
            "invalid --attr: `novalue` is not KEY=VALUE",
        ),
        (vec!["--note", "=x"], "invalid --note"),
        (
            vec!["--bot-id", "123"],
            "invalid --bot-id `123`: an id is 24 hex characters",
        ),
    ] {
        let out = bp(&w)
            .args(["leads", "upsert", "--uuid", "u1"])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
    }
    let out = bp(&w)
        .args(["leads", "upsert", "--name", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(w.requests().is_empty());
}

#[test]
fn list_sends_bot_token_and_the_four_parameters() {
    let w = World::new();
    let out = bp(&w).args(["leads", "list"]).run_ok();
    assert!(stdout(&out).starts_with("uuid\tname\temail\tphone\tstatus\ttags\n"));
    let r = &w.requests()[0];
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("GET", "/inbox/direct/chats")
    );
    assert_eq!(r.header("x-bot-token"), Some(w.creds.bot_token.as_str()));
    assert_eq!(r.header("x-bp-token"), None);
    let q = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    assert_eq!(
        r.query_pairs(),
        q(&[
            ("botId", &w.creds.bot_id),
            ("customerId", &w.creds.customer_id),
            ("page", "1"),
            ("type", "lead")
        ])
    );
    bp(&w)
        .args(["leads", "list", "--type", "non-lead", "--page", "2"])
        .output()
        .unwrap();
    let r = w.requests().pop().unwrap();
    assert!(r.query.ends_with("page=2&type=non-lead"), "{}", r.query);
}

#[test]
fn an_upserted_lead_is_listed_updated_and_a_contact() {
    let w = World::new();
    let before = leads(&w).len();
    assert!(before > 0);
    let up = |status: &str| {
        bp(&w)
            .args([
                "leads",
                "upsert",
                "--uuid",
                "visitor-9",
                "--name",
                "Quinn Ortega",
                "--status",
                status,
            ])
            .run_ok();
    };
    up("open");
    up("closed");
    let all = leads(&w);
    assert_eq!(
        all.len(),
        before + 1,
        "the same uuid updates, it does not duplicate"
    );
    let lead = all.iter().find(|l| l["uuid"] == "visitor-9").unwrap();
    assert_eq!(lead["status"], "CLOSED");
    assert_eq!(lead["name"], "Quinn Ortega");

    let out = w
        .bp()
        .args(["contacts", "search", "quinn ortega", "-o", "json"])
        .output()
        .unwrap();
    let found: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0]["profile"]["userDetails"]["userProvidedName"],
        "Quinn Ortega"
    );
}

#[test]
fn all_lists_every_lead_and_other_chat() {
    // A small page size, so that --all really walks pages.
    let w = World::with_options(bp::sandbox::Options {
        contacts_page_size: 4,
        ..bp::sandbox::Options::default()
    });
    let lead_count = leads(&w).len();
    let pages = w.requests().len();
    let out = bp(&w)
        .args([
            "leads", "list", "--type", "non-lead", "--all", "-o", "ndjson",
        ])
        .output()
        .unwrap();
    let others = stdout(&out).lines().count();
    // The seed gives each website bot 30 chats, half of them leads: 3 full pages, 1 short,
    // then the empty one; up to 3 more may already be in flight when it comes back.
    assert_eq!((lead_count, others), (15, 15));
    assert!((5..=8).contains(&pages), "{pages}");
    let uuids: std::collections::BTreeSet<String> = leads(&w)
        .iter()
        .map(|l| l["uuid"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(uuids.len(), 15, "no lead twice, none missing");
}

#[test]
fn dry_run_prints_redacted_requests_and_sends_nothing() {
    let w = World::new();
    let out = bp(&w)
        .args([
            "leads",
            "upsert",
            "--uuid",
            "u1",
            "--status",
            "review",
            "--dry-run",
        ])
        .run_ok();
    let line: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(line["method"], "PUT");
    assert!(
        line["url"]
            .as_str()
            .unwrap()
            .ends_with("/inbox/direct/lead")
    );
    assert_eq!(line["headers"]["x-bp-token"], "sbx_…");
    assert_eq!(line["body"]["status"], "REVIEW");
    assert!(!stdout(&out).contains(&w.creds.bot_token));
    assert!(w.requests().is_empty());
}

/// A CSV of `n` leads; the rows in `bad` get a broken value each.
fn leads_csv(n: usize, bad: &[(usize, &str, &str)]) -> String {
    let mut csv = String::from("uuid,name,email,status,tags,attr.plan,note.Source\n");
    for i in 1..=n {
        let (mut email, mut status) = (format!("lead{i}@example.com"), "open".to_string());
        for (row, field, value) in bad {
            if *row == i {
                match *field {
                    "email" => email = value.to_string(),
                    _ => status = value.to_string(),
                }
            }
        }
        writeln!(
            csv,
            "bulk-{i},Lead {i},{email},{status},a;b,gold,\"csv, import\""
        )
        .unwrap();
    }
    csv
}

#[test]
fn bulk_csv_upserts_good_rows_and_reports_bad_ones() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("leads.csv");
    let bad = [
        (17, "email", "nope"),
        (500, "status", "lost"),
        (999, "email", "x@y"),
    ];
    std::fs::write(&input, leads_csv(1000, &bad)).unwrap();
    let before = leads(&w).len();
    let out = bp(&w)
        .args([
            "leads",
            "upsert",
            "--from",
            input.to_str().unwrap(),
            "--concurrency",
            "8",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("upserted 997 leads"), "{err}");
    let failed_path = dir.path().join("leads.csv.failed.csv");
    assert!(
        err.contains(&format!(
            "3 rows not upserted, written with their reasons to {}",
            failed_path.display()
        )),
        "{err}"
    );

    let puts: Vec<Value> = w
        .requests()
        .iter()
        .filter(|r| r.method == "PUT")
        .map(|r| r.json().unwrap())
        .collect();
    assert_eq!(puts.len(), 997);
    let one = puts.iter().find(|b| b["uuid"] == "bulk-1").unwrap();
    assert_eq!(one["tags"], json!(["a", "b"]));
    assert_eq!(one["attributes"], json!([{"key": "plan", "value": "gold"}]));
    assert_eq!(
        one["notes"],
        json!([{"title": "Source", "description": "csv, import"}])
    );
    assert_eq!(one["status"], "OPEN");
    assert_eq!(leads(&w).len(), before + 997);

    let failed = std::fs::read_to_string(&failed_path).unwrap();
    let mut rdr = csv::Reader::from_reader(failed.as_bytes());
    assert_eq!(
        rdr.headers().unwrap(),
        vec![
            "uuid",
            "name",
            "email",
            "status",
            "tags",
            "attr.plan",
            "note.Source",
            "row",
            "reason"
        ]
    );
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    let summary: Vec<(String, String)> = rows
        .iter()
        .map(|r| {
            (
                r[7].to_string(),
                r[8].split(':').next().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("17", "INVALID_EMAIL"),
            ("500", "INVALID_STATUS"),
            ("999", "INVALID_EMAIL")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    crate::common::assert_private(&failed_path);

    // Fix the failed file as a user would, and feed it back as it is.
    let fixed = failed
        .replace(",nope,", ",ok17@example.com,")
        .replace(",lost,", ",closed,")
        .replace(",x@y,", ",ok999@example.com,");
    std::fs::write(&failed_path, fixed).unwrap();
    let out = bp(&w)
        .args(["leads", "upsert", "--from", failed_path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("upserted 3 leads"));
    let all = leads(&w);
    assert_eq!(all.len(), before + 1000);
    let l500 = all.iter().find(|l| l["uuid"] == "bulk-500").unwrap();
    assert_eq!(l500["status"], "CLOSED");
    // `row` and `reason` were not sent as anything.
    let last = w
        .requests()
        .into_iter()
        .rfind(|r| r.method == "PUT")
        .unwrap()
        .json()
        .unwrap();
    assert!(
        last.get("row").is_none()
            && last["attributes"] == json!([{"key": "plan", "value": "gold"}])
    );
}

#[test]
fn bulk_json_and_ndjson_from_stdin() {
    let w = World::new();
    let ndjson = "{\"uuid\": \"j1\", \"tags\": [\"x\"], \"attr\": {\"k\": \"v\"}}\n{\"uuid\": \"j2\", \"status\": \"bogus\"}\n";
    let out = bp(&w)
        .args([
            "leads", "upsert", "--from", "-", "--format", "ndjson", "--tag", "batch",
        ])
        .write_stdin(ndjson)
        .current_dir(tempfile::tempdir().unwrap().path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let body = w.requests()[0].json().unwrap();
    assert_eq!(body["tags"], json!(["x", "batch"]));
    assert_eq!(body["attributes"], json!([{"key": "k", "value": "v"}]));
    assert!(
        stderr(&out).contains("stdin.failed.ndjson"),
        "{}",
        stderr(&out)
    );

    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("leads.json");
    std::fs::write(
        &input,
        r#"[{"uuid": "j3", "Dial-Code": "+44", "phone": "7700900123"}]"#,
    )
    .unwrap();
    let out = bp(&w)
        .args([
            "leads",
            "upsert",
            "--from",
            input.to_str().unwrap(),
            "-o",
            "json",
        ])
        .run_ok();
    let summary: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(
        summary,
        json!({"upserted": 1, "rejected": 0, "failed_file": null, "requests": 1, "throttled": 0})
    );
}

#[test]
fn unknown_csv_columns_stop_before_sending() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("leads.csv");
    std::fs::write(&input, "uuid,emial\nu1,a@b.io\n").unwrap();
    let out = bp(&w)
        .args(["leads", "upsert", "--from", input.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown column `emial`"),
        "{}",
        stderr(&out)
    );
    assert!(w.requests().is_empty());
}

#[test]
fn server_refusals_land_in_the_failed_file_and_bad_credentials_stop_the_run() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("leads.csv");
    std::fs::write(&input, "uuid\nr1\nr2\n").unwrap();
    w.sandbox.sandbox.push_fault(bp::sandbox::Fault::Body {
        status: 400,
        content_type: "application/json".into(),
        body: r#"{"success": false, "message": "lead refused", "code": 400}"#.into(),
    });
    let out = bp(&w)
        .args([
            "leads",
            "upsert",
            "--from",
            input.to_str().unwrap(),
            "--concurrency",
            "1",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let failed = std::fs::read_to_string(dir.path().join("leads.csv.failed.csv")).unwrap();
    assert_eq!(
        failed,
        "uuid,row,reason\nr1,1,REJECTED: the API answered 400 Bad Request: lead refused\n"
    );

    let out = bp(&w)
        .env("BP_BOT_TOKEN", "wrong-bot-token-0000000")
        .args([
            "leads",
            "upsert",
            "--from",
            input.to_str().unwrap(),
            "--concurrency",
            "1",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let failed = std::fs::read_to_string(dir.path().join("leads.csv.failed.csv")).unwrap();
    assert_eq!(failed.lines().count(), 3, "{failed}");
    assert!(
        failed.contains("r2,2,NOT_SENT: stopped after an earlier error"),
        "{failed}"
    );
}

#[test]
fn sandbox_state_persists_between_runs() {
    let w = World::new();
    w.bare()
        .args([
            "--sandbox",
            "leads",
            "upsert",
            "--uuid",
            "persisted-1",
            "--name",
            "Kept",
        ])
        .run_ok();
    let state = w.data_dir().join("bp").join("sandbox-state.json");
    crate::common::assert_private(&state);
    let out = w
        .bare()
        .args(["--sandbox", "leads", "list", "--all"])
        .output()
        .unwrap();
    assert!(stdout(&out).contains("persisted-1\tKept"));
    w.bare().args(["sandbox", "reset"]).output().unwrap();
    let out = w
        .bare()
        .args(["--sandbox", "leads", "list", "--all"])
        .output()
        .unwrap();
    assert!(!stdout(&out).contains("persisted-1"));
}
