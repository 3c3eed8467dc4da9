//! `--shapes FILE` (issue 14): the shape of every answer, and none of its values.

use std::path::Path;

use serde_json::Value;

use crate::common::{RunOk, World, stderr, stdout};

/// Every string in `v` (keys aside), however deep.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|i| strings(i, out)),
        Value::Object(map) => map.values().for_each(|i| strings(i, out)),
        _ => {}
    }
}

/// The object keys of a shape, however deep.
fn vocabulary(shape: &Value, out: &mut Vec<String>) {
    if let Some(keys) = shape["keys"].as_object() {
        for (k, v) in keys {
            out.push(k.clone());
            vocabulary(v, out);
        }
    }
    for v in shape["of"].as_array().into_iter().flatten() {
        vocabulary(v, out);
    }
    if let Some(items) = shape.get("items") {
        vocabulary(items, out);
    }
}

/// The JSON values of an output: one document, or one per line.
fn documents(text: &str) -> Vec<Value> {
    match serde_json::from_str::<Value>(text) {
        Ok(v) => vec![v],
        Err(_) => text
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect(),
    }
}

/// The lines of a shapes file, each checked to be a whole line of the expected form.
fn shape_lines(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.ends_with('\n'), "a cut line ends {path:?}");
    text.lines()
        .map(|l| {
            let v: Value =
                serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}"));
            assert!(v["method"].is_string(), "{l}");
            assert!(v["path"].as_str().unwrap().starts_with('/'), "{l}");
            assert!(v["status"].is_u64(), "{l}");
            assert!(v["shape"]["type"].is_string(), "{l}");
            v
        })
        .collect()
}

/// The longest run of characters of `class` in `text`.
fn longest_run(text: &str, class: impl Fn(char) -> bool) -> usize {
    let (mut best, mut run) = (0, 0);
    for c in text.chars() {
        run = if class(c) { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

#[test]
fn the_shapes_file_holds_every_answer_and_no_value() {
    let w = World::new();
    let dir = w.home.path().join("work");
    std::fs::create_dir_all(&dir).unwrap();
    let shapes = dir.join("bp-shapes.ndjson");
    let contacts = dir.join("contacts.csv");
    std::fs::write(&contacts, "name,phone\nAda Quill,+91 9700000001\n").unwrap();
    let creds = bp::sandbox::credentials();
    let member = w
        .bare()
        .args(["--sandbox", "members", "list", "-o", "json"])
        .run_ok();
    let members: Value = serde_json::from_str(&stdout(&member)).unwrap();
    let member_email = members[0]["contact"]["email"]
        .as_str()
        .or(members[0]["email"].as_str())
        .expect("a member with an email")
        .to_string();
    let token_query = format!("/ext/get-user-token?userId={}", creds.customer_id);
    let runs: Vec<Vec<&str>> = vec![
        vec!["customers", "list", "--limit", "30"],
        vec!["customers", "token", &creds.customer_id, "--show"],
        vec!["members", "list"],
        vec![
            "members",
            "token",
            &member_email,
            "--type",
            "agent",
            "--show",
        ],
        vec!["contacts", "search", "--all"],
        vec!["segments", "list"],
        vec!["leads", "list", "--all"],
        vec![
            "leads",
            "upsert",
            "--uuid",
            "shape-lead-1",
            "--name",
            "Zed Lowry",
        ],
        vec!["whatsapp", "templates"],
        vec!["whatsapp", "import", contacts.to_str().unwrap()],
        vec!["api", "GET", &token_query, "--show"],
        vec!["api", "GET", "/customer/list?page=2&sort=name"],
    ];
    let mut printed = Vec::new();
    for args in &runs {
        let out = w
            .bare()
            .args([
                "--sandbox",
                "--shapes",
                shapes.to_str().unwrap(),
                "-o",
                "json",
            ])
            .args(args)
            .run_ok();
        for doc in documents(&stdout(&out)) {
            strings(&doc, &mut printed);
        }
    }
    // An error answer is recorded too.
    let out = w
        .bare()
        .args(["--sandbox", "--shapes", shapes.to_str().unwrap()])
        .args(["api", "GET", "/inbox/chats"])
        .output()
        .unwrap();
    assert!(!out.status.success());

    let lines = shape_lines(&shapes);
    let seen = |method: &str, path: &str, status: u64| {
        lines
            .iter()
            .any(|l| l["method"] == method && l["path"] == path && l["status"] == status)
    };
    for (method, path) in [
        ("GET", "/customer/list"),
        ("GET", "/ext/get-user-token"),
        ("GET", "/custom-user"),
        ("POST", "/inbox/users"),
        ("GET", "/inbox/segments"),
        ("GET", "/inbox/direct/chats"),
        ("PUT", "/inbox/direct/lead"),
        ("GET", "/whatsapp-automation/wa/templates"),
        ("POST", "/inbox/users/import"),
    ] {
        assert!(seen(method, path, 200), "no line for {method} {path}");
    }
    assert!(seen("GET", "/inbox/chats", 404));
    let list = lines
        .iter()
        .find(|l| {
            l["path"] == "/customer/list" && l["query"] == serde_json::json!(["page", "sort"])
        })
        .expect("the query's keys, sorted");
    assert_eq!(list["shape"]["keys"]["data"]["type"], "array");

    let text = std::fs::read_to_string(&shapes).unwrap();
    printed.sort();
    printed.dedup();
    let printed: Vec<&String> = printed.iter().filter(|s| s.chars().count() >= 4).collect();
    assert!(
        printed.len() > 50,
        "too few values to check: {}",
        printed.len()
    );
    // The API's own words are kept (keys, path segments): a value that is a lowercase word
    // inside one of them (`agent` of `_agentAssigned`, `user` of `/inbox/users`) is the API's
    // vocabulary, not a customer's data. Any other value found is a leak.
    let mut words = Vec::new();
    for l in &lines {
        words.extend(l["path"].as_str().unwrap().split('/').map(str::to_string));
        vocabulary(&l["shape"], &mut words);
    }
    let api_word =
        |v: &str| v.chars().all(|c| c.is_ascii_lowercase()) && words.iter().any(|w| w.contains(v));
    let hits: Vec<&&String> = printed
        .iter()
        .filter(|v| text.contains(v.as_str()) && !api_word(v))
        .collect();
    assert!(hits.is_empty(), "{hits:?} in the shapes file");
    let customer_token = w
        .sandbox
        .sandbox
        .customer_token(&creds.customer_id)
        .unwrap();
    for secret in [
        &creds.partner_key,
        &creds.api_token,
        &creds.bot_token,
        &creds.wa_api_key,
        &creds.bot_id,
        &customer_token,
        &member_email,
        &"9700000001".to_string(),
        &"Zed Lowry".to_string(),
    ] {
        assert!(
            !text.contains(secret.as_str()),
            "`{secret}` is in the shapes file"
        );
    }
    assert!(!text.contains('@'), "an email in {text}");
    assert!(
        longest_run(&text, |c| c.is_ascii_digit()) < 7,
        "phone digits in the file"
    );
    assert!(
        longest_run(&text, |c| c.is_ascii_hexdigit()) < 24,
        "an id in the file"
    );
    assert!(!text.contains("127.0.0.1"), "the host is in the file");
}

#[test]
fn bp_shapes_in_the_environment_records_as_the_flag_does() {
    let w = World::new();
    let shapes = w.home.path().join("env-shapes.ndjson");
    w.bare()
        .env("BP_SHAPES", &shapes)
        .args(["--sandbox", "segments", "list"])
        .run_ok();
    let lines = shape_lines(&shapes);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["path"], "/inbox/segments");
    crate::common::assert_private(&shapes);
}

#[test]
fn two_bp_processes_append_whole_lines() {
    let w = World::new();
    let shapes = w.home.path().join("shared-shapes.ndjson");
    let spawn = || {
        w.bp_std()
            .args(["--shapes", shapes.to_str().unwrap()])
            .args([
                "customers",
                "list",
                "--all",
                "--concurrency",
                "4",
                "-o",
                "json",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let lines = shape_lines(&shapes);
    let pages = lines
        .iter()
        .filter(|l| l["path"] == "/customer/list")
        .count();
    assert_eq!(pages, lines.len());
    // Each process fetched every page (more than one, and some ahead of the end), and every
    // line arrived whole.
    assert!(pages >= 4, "{pages} lines");
}

#[test]
fn a_shapes_file_that_cannot_be_opened_stops_bp_before_any_request() {
    let w = World::new();
    let missing = w.home.path().join("no/such/dir/shapes.ndjson");
    w.bp()
        .args(["--shapes", missing.to_str().unwrap(), "customers", "list"])
        .fails_with(2, "--shapes");
    assert!(w.requests().is_empty(), "a request was sent");
}

/// A recording of the sandbox's own answers, made the way a user records the real API's.
fn record_from_sandbox(w: &World) -> std::path::PathBuf {
    let shapes = w.home.path().join("recorded.ndjson");
    let runs: Vec<Vec<&str>> = vec![
        vec!["customers", "list", "--all"],
        vec!["members", "list"],
        vec!["segments", "list"],
        vec!["contacts", "search"],
        vec!["leads", "list"],
        vec!["whatsapp", "templates"],
        vec!["leads", "upsert", "--uuid", "diff-1", "--name", "N"],
    ];
    for args in &runs {
        w.bare()
            .args(["--sandbox", "--shapes", shapes.to_str().unwrap()])
            .args(args)
            .run_ok();
    }
    let out = w
        .bare()
        .args(["--sandbox", "--shapes", shapes.to_str().unwrap()])
        .args(["api", "GET", "/inbox/chats"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    shapes
}

#[test]
fn shapes_diff_of_the_sandbox_own_recording_is_clean() {
    let w = World::new();
    let shapes = record_from_sandbox(&w);
    let out = w
        .bare()
        .args(["sandbox", "shapes-diff", shapes.to_str().unwrap()])
        .run_ok();
    assert_eq!(stdout(&out), "");
    // The upsert changes data: the sandbox is not asked it, and says so.
    let err = stderr(&out);
    assert!(
        err.contains("not comparable: PUT /inbox/direct/lead 200 (line"),
        "{err}"
    );
}

#[test]
fn shapes_diff_lists_each_difference_and_exits_1() {
    let w = World::new();
    let shapes = record_from_sandbox(&w);
    let text = std::fs::read_to_string(&shapes).unwrap();
    let mut edited = Vec::new();
    for line in text.lines() {
        let mut v: Value = serde_json::from_str(line).unwrap();
        match v["path"].as_str().unwrap() {
            "/inbox/segments" => {
                let keys = v["shape"]["keys"].as_object_mut().unwrap();
                let success = keys.remove("success").expect("a success key");
                keys.insert("succeeded".into(), success);
            }
            // The last page of `--all` is empty: it has no items to edit.
            "/customer/list" if v["shape"]["keys"]["data"].get("items").is_some() => {
                v["shape"]["keys"]["data"]["items"]["keys"]["_id"] =
                    serde_json::json!({"type": "number"});
            }
            "/inbox/chats" => v["status"] = 200.into(),
            _ => {}
        }
        edited.push(v.to_string());
    }
    let edited_path = w.home.path().join("edited.ndjson");
    std::fs::write(&edited_path, edited.join("\n") + "\n").unwrap();
    let out = w
        .bare()
        .args(["sandbox", "shapes-diff", edited_path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let lines: Vec<String> = stdout(&out).lines().map(str::to_string).collect();
    for wanted in [
        "GET /inbox/segments 200: succeeded: recorded bool, sandbox missing",
        "GET /inbox/segments 200: success: recorded missing, sandbox bool",
        "GET /customer/list?page&sort 200: data[]._id: recorded number, sandbox string(objectid)",
        "GET /inbox/chats 200: status: recorded 200, sandbox 404",
    ] {
        assert!(
            lines.iter().any(|l| l == wanted),
            "no `{wanted}` in {lines:#?}"
        );
    }
    assert_eq!(lines.len(), 4, "{lines:#?}");

    let out = w
        .bare()
        .args([
            "sandbox",
            "shapes-diff",
            "-o",
            "json",
            edited_path.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let items: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(items.as_array().unwrap().len(), 4);
    assert!(items.as_array().unwrap().contains(&serde_json::json!({
        "method": "GET", "path": "/inbox/chats", "status": 200,
        "where": "status", "recorded": "200", "sandbox": "404"
    })));
}

#[test]
fn shapes_diff_refuses_a_garbage_line_naming_it() {
    let w = World::new();
    let path = w.home.path().join("bad.ndjson");
    std::fs::write(
        &path,
        "{\"method\":\"GET\",\"path\":\"/inbox/segments\",\"status\":200,\"shape\":{\"type\":\"empty\"}}\n\nnot json at all\n",
    )
    .unwrap();
    let out = w
        .bare()
        .args(["sandbox", "shapes-diff", path.to_str().unwrap()])
        .fails_with(2, "line 3");
    assert!(stderr(&out).contains("bad.ndjson"), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    w.bare()
        .args(["sandbox", "shapes-diff", "/no/such/file.ndjson"])
        .fails_with(2, "/no/such/file.ndjson");
}
