use serde_json::{Map, Value, json};

use crate::common::{RunOk, World, stderr, stdout};

/// The documented sample body of `POST /inbox/users`, verbatim.
fn sample() -> Value {
    json!({
        "searchText": "",
        "tags": [],
        "status": [],
        "isOnline": false,
        "_botWebsite": [],
        "_botWhatsapp": [],
        "_botTelegram": [],
        "_botFacebook": [],
        "_agentAssigned": [],
        "segments": [],
        "applicableFilters": ["userInteracted"],
        "lastSeenAt": {"startAt": "", "endsAt": ""},
        "createdAt": {"startAt": "", "endsAt": ""},
        "userInteracted": true,
        "lastMessageBy": [],
        "isLiveChatActive": false,
        "hasOrdered": {"status": false, "lastAt": ""},
        "page": 1,
        "isExport": "none",
        "isContact": true
    })
}

/// The body the server received for `bp contacts search ARGS`.
fn body_for(w: &World, args: &[&str]) -> Value {
    let before = w.requests().len();
    let out = w
        .bp()
        .args(["contacts", "search", "-o", "json"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    let reqs = w.requests();
    assert_eq!(reqs.len(), before + 1, "{args:?}");
    reqs.last().unwrap().json().unwrap()
}

/// The top-level keys whose values differ from the sample; the body keeps every other key.
fn changes(body: &Value) -> Map<String, Value> {
    let sample = sample();
    let body = body.as_object().unwrap();
    assert_eq!(
        body.keys().collect::<Vec<_>>(),
        sample.as_object().unwrap().keys().collect::<Vec<_>>()
    );
    body.iter()
        .filter(|(k, v)| sample[k.as_str()] != **v)
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

fn assert_changes(w: &World, args: &[&str], expected: Value) {
    let body = body_for(w, args);
    assert_eq!(Value::Object(changes(&body)), expected, "{args:?}");
}

#[test]
fn no_flags_send_the_documented_sample() {
    let w = World::new();
    let body = body_for(&w, &[]);
    assert_eq!(body, sample());
    let r = &w.requests()[0];
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", "/inbox/users")
    );
    assert_eq!(r.header("authtype"), Some("Key"));
    let bearer = format!("Bearer {}", w.creds.api_token);
    assert_eq!(r.header("authorization"), Some(bearer.as_str()));
    assert_eq!(r.header("content-type"), Some("application/json"));
}

#[test]
fn text_and_list_flags_map_to_their_fields() {
    let w = World::new();
    assert_changes(&w, &["ana lima"], json!({"searchText": "ana lima"}));
    assert_changes(
        &w,
        &["--tag", "vip", "--tag", "trial"],
        json!({"tags": ["vip", "trial"]}),
    );
    assert_changes(&w, &["--status", "OPEN"], json!({"status": ["OPEN"]}));
    assert_changes(
        &w,
        &["--segment", "69c4b4430606106f0139b49e"],
        json!({"segments": ["69c4b4430606106f0139b49e"]}),
    );
    assert_changes(&w, &["--bot-website", "b1"], json!({"_botWebsite": ["b1"]}));
    assert_changes(
        &w,
        &["--bot-whatsapp", "b2"],
        json!({"_botWhatsapp": ["b2"]}),
    );
    assert_changes(
        &w,
        &["--bot-telegram", "b3"],
        json!({"_botTelegram": ["b3"]}),
    );
    assert_changes(
        &w,
        &["--bot-facebook", "b4"],
        json!({"_botFacebook": ["b4"]}),
    );
    assert_changes(
        &w,
        &["--agent", "a1", "--agent", "a2"],
        json!({"_agentAssigned": ["a1", "a2"]}),
    );
    assert_changes(
        &w,
        &["--last-message-by", "user"],
        json!({"lastMessageBy": ["user"]}),
    );
    assert_changes(&w, &["--page", "3"], json!({"page": 3}));
}

#[test]
fn boolean_flags_turn_on_their_filters() {
    let w = World::new();
    assert_changes(
        &w,
        &["--online"],
        json!({"isOnline": true, "applicableFilters": ["userInteracted", "isOnline"]}),
    );
    assert_changes(
        &w,
        &["--live-chat"],
        json!({"applicableFilters": ["userInteracted", "isLiveChatActive"], "isLiveChatActive": true}),
    );
    assert_changes(&w, &["--interacted", "true"], json!({}));
    assert_changes(
        &w,
        &["--interacted", "false"],
        json!({"userInteracted": false}),
    );
    assert_changes(
        &w,
        &["--interacted", "any"],
        json!({"applicableFilters": []}),
    );
}

#[test]
fn date_flags_fill_ranges_in_the_apis_format() {
    let w = World::new();
    assert_changes(
        &w,
        &[
            "--seen-since",
            "2024-04-02",
            "--seen-until",
            "2024-05-01T12:30:00+02:00",
        ],
        json!({
            "applicableFilters": ["userInteracted", "lastSeenAt"],
            "lastSeenAt": {"startAt": "2024-04-02T00:00:00.000Z", "endsAt": "2024-05-01T10:30:00.000Z"}
        }),
    );
    assert_changes(
        &w,
        &["--created-until", "2025-01-01"],
        json!({
            "applicableFilters": ["userInteracted", "createdAt"],
            "createdAt": {"startAt": "", "endsAt": "2025-01-01T00:00:00.000Z"}
        }),
    );
    assert_changes(
        &w,
        &["--ordered"],
        json!({"applicableFilters": ["userInteracted", "hasOrdered"], "hasOrdered": {"status": true, "lastAt": ""}}),
    );
    assert_changes(
        &w,
        &["--ordered-since", "2024-01-01"],
        json!({
            "applicableFilters": ["userInteracted", "hasOrdered"],
            "hasOrdered": {"status": true, "lastAt": "2024-01-01T00:00:00.000Z"}
        }),
    );
    // A span counts back from now.
    let body = body_for(&w, &["--created-since", "7d"]);
    let start: jiff::Timestamp = body["createdAt"]["startAt"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let expected = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(7 * 24);
    assert!(
        (start.as_second() - expected.as_second()).abs() < 60,
        "{start}"
    );
    assert!(
        body["createdAt"]["startAt"]
            .as_str()
            .unwrap()
            .ends_with('Z')
    );
}

#[test]
fn body_json_merges_over_the_built_body() {
    let w = World::new();
    assert_changes(
        &w,
        &[
            "--tag",
            "vip",
            "--body-json",
            r#"{"isExport": "csv", "createdAt": {"endsAt": "2025-01-01T00:00:00.000Z"}}"#,
        ],
        json!({"tags": ["vip"], "createdAt": {"startAt": "", "endsAt": "2025-01-01T00:00:00.000Z"}, "isExport": "csv"}),
    );
    // Keys the sample does not have are added, at the end.
    let body = body_for(&w, &["--body-json", r#"{"ctwaNewUsers": false}"#]);
    assert_eq!(body["ctwaNewUsers"], false);
}

#[test]
fn bad_values_exit_2_and_send_nothing() {
    let w = World::new();
    for args in [
        vec!["--created-since", "yesterday"],
        vec!["--body-json", "[1]"],
        vec!["--body-json", "{oops"],
        vec!["--interacted", "maybe"],
    ] {
        let out = w
            .bp()
            .args(["contacts", "search"])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains("error:"), "{args:?}");
    }
    assert!(w.requests().is_empty());
}

#[test]
fn all_walks_every_contact_and_filters_apply() {
    let w = World::new();
    let out = w
        .bp()
        .args([
            "contacts",
            "search",
            "--interacted",
            "any",
            "--all",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let all: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        all.len(),
        w.sandbox.sandbox.contact_count(&w.creds.customer_id)
    );
    let tagged = all
        .iter()
        .filter(|c| {
            c["profile"]["userDetails"]["tags"]
                .as_array()
                .unwrap()
                .contains(&json!("vip"))
        })
        .count();

    let out = w
        .bp()
        .args([
            "contacts",
            "search",
            "--interacted",
            "any",
            "--tag",
            "vip",
            "--all",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let vip: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(tagged > 0);
    assert_eq!(vip.len(), tagged);

    let out = w
        .bp()
        .args(["contacts", "search", "--all", "-o", "json"])
        .output()
        .unwrap();
    let interacted: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!interacted.is_empty() && interacted.len() < all.len());
    assert!(interacted.iter().all(|c| c["userInteracted"] == true));
}

#[test]
fn table_columns_come_from_the_contact_shape() {
    let w = World::new();
    let out = w
        .bp()
        .args(["contacts", "search", "--limit", "3"])
        .output()
        .unwrap();
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "id\tname\temail\tphone\ttags\tstatus\tlast seen");
    assert_eq!(lines.len(), 4);
    for line in &lines[1..] {
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells.len(), 7);
        assert_eq!(cells[0].len(), 24);
        assert!(!cells[1].is_empty(), "{line}");
    }
}

#[test]
fn delete_from_a_file_stops_on_an_error_and_lists_the_ids_not_deleted() {
    use bp::sandbox::Fault;
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ids.txt");
    let ids: Vec<String> = (0..250).map(|i| format!("{i:024x}")).collect();
    std::fs::write(&file, ids.join("\n")).unwrap();
    // The first request is answered as usual, the second refused: the third is never sent.
    w.sandbox.sandbox.push_fault(Fault::Delay { millis: 0 });
    w.sandbox.sandbox.push_fault(Fault::Status {
        status: 400,
        retry_after: None,
    });
    let out = w
        .bp()
        .args([
            "contacts",
            "delete",
            "--from",
            file.to_str().unwrap(),
            "--yes",
        ])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("deleted 100 of 250 contacts, then"), "{err}");
    let failed = std::fs::read_to_string(dir.path().join("ids.txt.failed.csv")).unwrap();
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(failed.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), 150, "{failed}");
    for (row, id) in rows.iter().zip(&ids[100..]) {
        assert_eq!(&row[0], id);
        assert!(row[2].starts_with("NOT_SENT: "), "{row:?}");
    }
    // The failed file is an input `--from` takes as it is.
    let out = w
        .bp()
        .args(["contacts", "delete", "--yes", "--from"])
        .arg(dir.path().join("ids.txt.failed.csv"))
        .run_ok();
    assert!(stderr(&out).contains("deleted 150 contacts"));
}

/// The ids in a `contacts delete` failed file, with their reasons.
fn delete_failed_rows(path: &std::path::Path) -> Vec<(String, String)> {
    let failed = std::fs::read_to_string(path).unwrap();
    csv::Reader::from_reader(failed.as_bytes())
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[2].to_string())
        })
        .collect()
}

#[test]
fn a_delete_answer_that_does_not_say_success_is_not_a_deletion() {
    for body in ["", "{}", "{\"message\": \"ok\"}"] {
        let w = World::new();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ids.txt");
        let ids: Vec<String> = (0..150).map(|i| format!("{i:024x}")).collect();
        std::fs::write(&file, ids.join("\n")).unwrap();
        w.sandbox
            .sandbox
            .push_fault(crate::common::json_answer(200, body));
        let out = w
            .bp()
            .args(["contacts", "delete", "--yes", "--from"])
            .arg(&file)
            .output()
            .unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{body:?}: {err}");
        assert!(err.contains("without saying success"), "{body:?}: {err}");
        assert!(err.contains("deleted 0 contacts"), "{body:?}: {err}");
        let rows = delete_failed_rows(&dir.path().join("ids.txt.failed.csv"));
        assert_eq!(rows.len(), 150, "{body:?}");
        assert!(
            rows[..100]
                .iter()
                .all(|(_, r)| r.starts_with("NOT_ACKNOWLEDGED: ")),
            "{body:?}: {:?}",
            rows[0]
        );
        assert!(
            rows[100..].iter().all(|(_, r)| r.starts_with("NOT_SENT: ")),
            "{body:?}: {:?}",
            rows[100]
        );
        let listed: Vec<&String> = rows.iter().map(|(id, _)| id).collect();
        assert_eq!(listed, ids.iter().collect::<Vec<_>>());
    }
}

#[test]
fn a_refused_token_stops_a_delete_with_exit_3() {
    let w = World::new();
    w.sandbox.sandbox.push_fault(crate::common::json_answer(
        400,
        r#"{"success": false, "message": "Argument passed in must be a single String of 12 bytes or a string of 24 hex characters"}"#,
    ));
    let out = w
        .bp()
        .args(["contacts", "delete", "--yes", &format!("{:024x}", 1)])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("api_token"), "{err}");
}

#[test]
fn delete_failed_names_where_the_ids_not_deleted_go() {
    let ids: Vec<String> = (1..=3).map(|i| format!("{i:024x}")).collect();
    let refuse = |w: &World| {
        w.sandbox.sandbox.push_fault(crate::common::json_answer(
            400,
            r#"{"success": false, "message": "no such users"}"#,
        ))
    };
    // Ids on the command line, no --from: the file is where --failed says.
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("left.csv");
    refuse(&w);
    let out = w
        .bp()
        .args(["contacts", "delete", "--yes", "--failed"])
        .arg(&path)
        .args(&ids)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let rows = delete_failed_rows(&path);
    let listed: Vec<&String> = rows.iter().map(|(id, _)| id).collect();
    assert_eq!(listed, ids.iter().collect::<Vec<_>>());
    assert!(rows[0].1.contains("no such users"), "{rows:?}");
    // `-`: the CSV on standard output.
    let w = World::new();
    refuse(&w);
    let out = w
        .bp()
        .args(["contacts", "delete", "--yes", "--failed", "-"])
        .args(&ids)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let csv = stdout(&out);
    assert!(csv.starts_with("id,row,reason\n"), "{csv}");
    assert_eq!(csv.lines().count(), 4, "{csv}");
    assert!(stderr(&out).contains("standard output"), "{}", stderr(&out));
    // A device is refused before anything is sent.
    let w = World::new();
    let device = if cfg!(windows) { "NUL" } else { "/dev/null" };
    let out = w
        .bp()
        .args(["contacts", "delete", "--yes", "--failed", device])
        .args(&ids)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("not a regular file"),
        "{}",
        stderr(&out)
    );
    assert!(w.requests().is_empty(), "{:?}", w.requests());
}
