use bp::sandbox::Fault;

use crate::common::{RunOk, World, raw_request, stderr, stdout};

#[test]
fn rejected_key_exits_3_with_status_and_no_stdout() {
    let w = World::new();
    let out = w
        .bp()
        .env("BP_PARTNER_KEY", "wrong-key-that-is-long-enough")
        .args(["customers", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    assert!(
        err.starts_with("error: the API refused the partner key (401 Unauthorized)"),
        "{err}"
    );
    assert!(err.contains("hint: check `partner_key`"), "{err}");
    assert!(!err.contains("wrong-key-that-is-long-enough"), "{err}");
    // 401 is not retried.
    assert_eq!(w.requests().len(), 1);
}

#[test]
fn sandbox_answers_401_without_either_header() {
    let w = World::new();
    let url = w.sandbox.base_url();
    let key = &w.creds.partner_key;
    let (status, body) = raw_request(
        &url,
        &format!("GET /customer/list HTTP/1.1\r\nAuthorization: Bearer {key}\r\n"),
    );
    assert_eq!(status, 401);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["success"], false);
    assert_eq!(v["code"], 401);
    let (status, _) = raw_request(&url, "GET /customer/list HTTP/1.1\r\nauthtype: Key\r\n");
    assert_eq!(status, 401);
    let (status, _) = raw_request(
        &url,
        &format!("GET /customer/list HTTP/1.1\r\nauthtype: Key\r\nAuthorization: Bearer {key}\r\n"),
    );
    assert_eq!(status, 200);
}

#[test]
fn very_verbose_logs_redact_every_token() {
    let w = World::new();
    let runs: Vec<Vec<&str>> = vec![
        vec!["-vv", "customers", "list", "--all", "-o", "json"],
        vec!["-vv", "customers", "list", "--page", "2"],
        vec!["-vv", "profile", "show"],
        vec!["-vv", "contacts", "search", "--limit", "25"],
        vec!["-vv", "leads", "list"],
        vec!["-vv", "leads", "upsert", "--uuid", "v-1", "--name", "N"],
        vec!["-vv", "leads", "upsert", "--uuid", "v-1", "--dry-run"],
    ];
    for args in runs {
        let out = w
            .bp()
            .env("BP_BOT_ID", &w.creds.bot_id)
            .env("BP_CUSTOMER_ID", &w.creds.customer_id)
            .args(&args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let all = format!("{}{}", stdout(&out), stderr(&out));
        for s in w.secrets() {
            assert!(!all.contains(&s), "{args:?} leaked a token");
        }
    }
    let out = w.bp().args(["-vv", "customers", "list"]).output().unwrap();
    let err = stderr(&out);
    assert!(err.contains("GET http://127.0.0.1:"), "{err}");
    assert!(err.contains("> authorization: Bearer sbx_…"), "{err}");
    assert!(err.contains("< content-type: application/json"), "{err}");
    let bad = w
        .bp()
        .env("BP_PARTNER_KEY", "not-the-key-but-secret-too")
        .args(["-vv", "customers", "list"])
        .output()
        .unwrap();
    assert!(!format!("{}{}", stdout(&bad), stderr(&bad)).contains("not-the-key-but-secret-too"));
}

#[test]
fn verbose_logs_one_line_per_request() {
    let w = World::new();
    let out = w
        .bp()
        .args(["-v", "customers", "list", "--limit", "12", "-o", "ndjson"])
        .output()
        .unwrap();
    let lines: Vec<String> = stderr(&out)
        .lines()
        .filter(|l| l.starts_with("GET "))
        .map(String::from)
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].contains("/customer/list?page=1&sort=createdAt -> 200 OK ("),
        "{}",
        lines[0]
    );
}

#[test]
fn server_errors_are_retried_then_succeed() {
    let w = World::new();
    for _ in 0..2 {
        w.sandbox.sandbox.push_fault(Fault::Status {
            status: 503,
            retry_after: None,
        });
    }
    let out = w.bp().args(["customers", "list", "-o", "ndjson"]).run_ok();
    assert_eq!(stdout(&out).lines().count(), 10);
    assert_eq!(w.requests().len(), 3);
}

#[test]
fn retry_after_is_honoured_and_long_waits_stop() {
    let w = World::new();
    w.sandbox.sandbox.push_fault(Fault::Status {
        status: 429,
        retry_after: Some("0".into()),
    });
    w.bp().args(["customers", "list"]).run_ok();
    assert_eq!(w.requests().len(), 2);

    let w = World::new();
    w.sandbox.sandbox.push_fault(Fault::Status {
        status: 429,
        retry_after: Some("600".into()),
    });
    let out = w.bp().args(["customers", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("rate limited: the server asks to retry after 600 s"),
        "{}",
        stderr(&out)
    );
    assert_eq!(w.requests().len(), 1);
}

#[test]
fn html_from_a_proxy_is_a_clear_error_after_retries() {
    let w = World::new();
    for _ in 0..3 {
        w.sandbox.sandbox.push_fault(Fault::Html502);
    }
    let out = w
        .bp()
        .args(["--retries", "2", "customers", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    assert!(
        err.contains("502 Bad Gateway with a body that is not valid JSON (text/html)"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(w.requests().len(), 3);
}

#[test]
fn a_non_json_success_body_is_an_error() {
    let w = World::new();
    w.sandbox.sandbox.push_fault(Fault::Body {
        status: 200,
        content_type: "text/plain".into(),
        body: "{\"success\": true, \"data\": [".into(),
    });
    let out = w.bp().args(["customers", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("200 OK with a body that is not valid JSON (text/plain)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn wrong_shape_is_an_error_not_a_panic() {
    let w = World::new();
    w.sandbox.sandbox.push_fault(Fault::Body {
        status: 200,
        content_type: "application/json".into(),
        body: "{\"success\": true, \"data\": {\"a\": 1}}".into(),
    });
    let out = w.bp().args(["customers", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out).lines().next().unwrap(),
        "error: unexpected response from customer/list: `data` should be a list, found an object holding none (keys: a)"
    );
}

#[test]
fn client_errors_are_not_retried_and_show_the_message() {
    let w = World::new();
    w.sandbox.sandbox.push_fault(Fault::Body {
        status: 400,
        content_type: "application/json".into(),
        body: r#"{"success": false, "message": "invalid sort", "data": ["sort must be a field"], "code": 400}"#.into(),
    });
    let out = w.bp().args(["customers", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out).lines().next().unwrap(),
        "error: the API answered 400 Bad Request: invalid sort: sort must be a field"
    );
    assert_eq!(w.requests().len(), 1);
}

#[test]
fn success_false_in_a_200_is_a_failure() {
    let w = World::new();
    w.sandbox.sandbox.push_fault(Fault::Body {
        status: 200,
        content_type: "application/json".into(),
        body: r#"{"success": false, "message": "Unauthorized", "code": 401}"#.into(),
    });
    let out = w.bp().args(["customers", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn unreachable_server_exits_1() {
    let w = World::new();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = w
        .bp()
        .env("BP_BASE_URL", format!("http://127.0.0.1:{port}"))
        .args(["--retries", "1", "customers", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("could not connect") && err.contains("(after 2 attempts)"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let w = World::new();
    let out = w
        .bp()
        .args(["customers", "list", "--page", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = w
        .bp()
        .args(["customers", "list", "--all", "--page", "2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = w
        .bp()
        .args(["--timeout", "0", "customers", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = w
        .bp()
        .env("BP_BASE_URL", "ftp://x")
        .args(["customers", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("invalid base_url `ftp://x`"));
}

#[test]
fn help_documents_exit_codes() {
    let w = World::new();
    let out = w.bare().arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = stdout(&out);
    for line in [
        "0  success",
        "2  usage or configuration error",
        "3  the API refused",
        "4  partial success",
    ] {
        assert!(text.contains(line), "{line}");
    }
}

#[test]
fn forbidden_and_plain_text_401_exit_3() {
    for (status, body) in [
        (
            403,
            r#"{"success": false, "message": "Forbidden", "code": 403}"#,
        ),
        (401, "Unauthorized"),
    ] {
        let w = World::new();
        w.sandbox.sandbox.push_fault(Fault::Body {
            status,
            content_type: "text/plain".into(),
            body: body.into(),
        });
        let out = w.bp().args(["customers", "list"]).output().unwrap();
        assert_eq!(out.status.code(), Some(3), "{status}: {}", stderr(&out));
        assert_eq!(stdout(&out), "");
    }
}

#[test]
fn a_request_that_times_out_is_retried_then_fails() {
    let w = World::new();
    for _ in 0..2 {
        w.sandbox.sandbox.push_fault(Fault::Delay { millis: 3000 });
    }
    let started = std::time::Instant::now();
    let out = w
        .bp()
        .args(["--timeout", "0.3", "--retries", "1", "customers", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("/customer/list timed out") && err.contains("(after 2 attempts)"),
        "{err}"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(3));
}

#[test]
fn a_closed_pipe_exits_quietly() {
    let w = World::new();
    for args in [
        vec!["customers", "list", "--all", "-o", "ndjson"],
        vec!["completions", "bash"],
    ] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_bp"))
            .env_clear()
            .env("HOME", w.home.path())
            .env("BP_BASE_URL", w.sandbox.base_url())
            .env("BP_PARTNER_KEY", &w.creds.partner_key)
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{args:?}");
    }
}

#[test]
fn quiet_drops_hints_and_colour_follows_the_flag() {
    let w = World::new();
    let out = w.bp().args(["-q", "customers", "list"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(stderr(&out), "");

    let bad = |extra: &[&str]| {
        let out = w
            .bp()
            .env("BP_PARTNER_KEY", "wrong-key-that-is-long-enough")
            .args(extra)
            .args(["customers", "list"])
            .output()
            .unwrap();
        stderr(&out)
    };
    assert!(bad(&[]).starts_with("error: "), "not a terminal: no colour");
    assert!(bad(&["--color", "always"]).starts_with("\x1b[1;31merror:\x1b[0m "));
    assert!(bad(&["--color", "never"]).starts_with("error: "));
}

#[test]
fn hostile_answers_are_clear_errors_within_the_timeout() {
    let w = World::new();
    let cases: Vec<(Fault, &str)> = vec![
        (
            Fault::Body {
                status: 200,
                content_type: "application/json".into(),
                body: "{\"success\": true, \"data\": [{\"_id\": \"a\"".into(),
            },
            "200 OK with a body that is not valid JSON (application/json)",
        ),
        (
            Fault::Body {
                status: 200,
                content_type: "application/json".into(),
                body: "{\"success\": true, \"data\": \"nope\"}".into(),
            },
            "`data` should be a list, found a string",
        ),
        (
            Fault::Body {
                status: 200,
                content_type: "application/json".into(),
                body: format!("{{\"data\": [\"{}\"]}}", "x".repeat(50 * 1024 * 1024)),
            },
            "the answer is larger than 32 MB",
        ),
        (Fault::Delay { millis: 5000 }, "timed out"),
    ];
    for (fault, message) in cases {
        w.sandbox.sandbox.push_fault(fault);
        let started = std::time::Instant::now();
        let out = w
            .bp()
            .args(["--timeout", "1", "--retries", "0", "customers", "list"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{message}");
        assert!(
            stderr(&out).contains(message),
            "{message}: {}",
            stderr(&out)
        );
        assert!(!stderr(&out).contains("panicked"));
        assert_eq!(stdout(&out), "");
        assert!(
            started.elapsed() < std::time::Duration::from_secs(4),
            "{message}"
        );
    }
}

/// Issue 14: a 200 whose body says failure is a failure, however it says it: `success` false
/// as a boolean or as the string "false", or a `code` of 400 or more, number or string.
#[test]
fn a_200_whose_body_says_failure_fails() {
    let cases = [
        (
            r#"{"success": "false", "message": "Quota exceeded"}"#,
            1,
            "Quota exceeded",
        ),
        (
            r#"{"success": false, "message": "Nope", "code": 422}"#,
            1,
            "Nope",
        ),
        (
            r#"{"code": "500", "message": "Internal trouble"}"#,
            1,
            "Internal trouble",
        ),
        (r#"{"code": 403, "message": "Not yours"}"#, 3, "Not yours"),
        (
            r#"{"code": "401", "message": "Token expired"}"#,
            3,
            "Token expired",
        ),
    ];
    for (body, code, words) in cases {
        let w = World::new();
        w.sandbox
            .sandbox
            .push_fault(crate::common::json_answer(200, body));
        let out = w
            .bp()
            .args(["customers", "list", "--retries", "0"])
            .fails_with(code, words);
        assert_eq!(stdout(&out), "", "{body}");
    }
}

/// Issue 14: the documented bad-token answer (a 400 whose message says the token is not an
/// ObjectId) is an authentication failure everywhere: exit 3, and `auth status` calls the
/// credential refused.
#[test]
fn the_documented_bad_token_answer_is_an_authentication_failure() {
    let bad = serde_json::json!({"success": false, "code": 400,
        "message": bp::api::BAD_TOKEN_MESSAGE})
    .to_string();
    let w = World::new();
    w.sandbox
        .sandbox
        .push_fault(crate::common::json_answer(400, bad.clone()));
    w.bp()
        .args(["contacts", "search"])
        .fails_with(3, "refused the API token");

    let w = World::new();
    w.sandbox
        .sandbox
        .push_fault(crate::common::json_answer(400, bad));
    let out = w
        .bp()
        .env_remove("BP_API_TOKEN")
        .args(["auth", "status", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let partner = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["credential"] == "partner_key")
        .unwrap();
    assert!(
        partner["status"].as_str().unwrap().starts_with("refused"),
        "{partner}"
    );
}

/// Issue 14: list answers read tolerantly. `data` an object holding one list gives that list
/// (and its `totalCount` the hint's total), `data` null is an empty page, a bare list body is
/// the page, and anything else names the endpoint and the shape seen.
#[test]
fn list_answers_are_read_in_every_shape_a_server_may_send() {
    let customers = |n: usize| -> Vec<serde_json::Value> {
        (0..n)
            .map(|i| serde_json::json!({"_id": format!("{i:024x}"), "name": format!("C{i}")}))
            .collect()
    };
    let run = |body: serde_json::Value| {
        let w = World::new();
        w.sandbox
            .sandbox
            .push_fault(crate::common::json_answer(200, body.to_string()));
        w.bp()
            .args(["customers", "list", "-o", "ndjson"])
            .output()
            .unwrap()
    };
    // An object holding one list, with a total: the hint counts what is left.
    let out = run(serde_json::json!({"success": true,
        "data": {"customers": customers(10), "totalCount": 57}}));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 10);
    assert!(
        stderr(&out).contains("showing page 1 only (10 of 57 items)"),
        "{}",
        stderr(&out)
    );
    // A full page that is the whole listing, by its total: no hint.
    let out = run(serde_json::json!({"data": customers(12), "total": 12}));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 12);
    assert!(!stderr(&out).contains("showing page 1"), "{}", stderr(&out));
    // A bare list, and `data` null.
    let out = run(serde_json::Value::Array(customers(3)));
    assert_eq!(stdout(&out).lines().count(), 3, "{}", stderr(&out));
    let out = run(serde_json::json!({"success": true, "data": null}));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    // Anything else: the endpoint and the shape.
    let out = run(serde_json::json!({"data": {"a": [1], "b": [2]}}));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("from customer/list: `data` should be a list, found an object holding several (keys: a, b)"),
        "{}",
        stderr(&out)
    );
}
