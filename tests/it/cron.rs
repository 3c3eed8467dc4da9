//! As cron runs bp: `env -i HOME=… PATH=…`, standard input closed, no terminal anywhere.

#[cfg(unix)]
use std::process::{Command, Stdio};

#[cfg(unix)]
use serde_json::Value;

use crate::common::{RunOk, World};

#[cfg(unix)]
fn cron(w: &World, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_bp"))
        .env_clear()
        .env("HOME", w.home.path())
        .env("PATH", "/usr/bin:/bin")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

fn no_terminal_codes(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    assert!(!text.contains('\x1b'), "ANSI codes: {text:?}");
    assert!(!text.contains('\r'), "a progress bar: {text:?}");
}

/// cron's environment: `HOME` and nothing else, so the config is `~/.config/bp/config.toml`
/// (Unix: Windows has no cron, and its config is under `%APPDATA%`).
#[cfg(unix)]
#[test]
fn cron_gets_plain_output_and_the_documented_exit_codes() {
    let w = World::new();
    let config = w.home.path().join(".config/bp/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(
        &config,
        format!(
            "[profiles.cron]\nbase_url = \"{}\"\npartner_key = \"{}\"\napi_token = \"{}\"\n",
            w.sandbox.base_url(),
            w.creds.partner_key,
            w.creds.api_token
        ),
    )
    .unwrap();
    #[cfg(unix)]
    crate::common::set_mode(&config, 0o600);

    let out = cron(&w, &["customers", "list", "--all", "-o", "json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let items: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(items.len(), w.sandbox.sandbox.customer_count());
    no_terminal_codes(&out.stdout);
    no_terminal_codes(&out.stderr);

    let csv = w.home.path().join("contacts.csv");
    let mut text = String::from("name,phone\n");
    for i in 0..500 {
        text.push_str(&format!("C{i},+91 97{i:08}\n"));
    }
    text.push_str("Bad,123\n");
    std::fs::write(&csv, text).unwrap();
    let out = cron(
        &w,
        &[
            "-v",
            "whatsapp",
            "import",
            csv.to_str().unwrap(),
            "-o",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(4));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (summary["imported"].as_u64(), summary["rejected"].as_u64()),
        (Some(500), Some(1))
    );
    no_terminal_codes(&out.stdout);
    no_terminal_codes(&out.stderr);

    let out = cron(&w, &["contacts", "search", "--limit", "3"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().next(),
        Some("id\tname\temail\tphone\ttags\tstatus\tlast seen")
    );
    no_terminal_codes(&out.stdout);

    std::fs::write(
        &config,
        format!(
            "[profiles.cron]\nbase_url = \"{}\"\npartner_key = \"wrong-key-00000000000\"\n",
            w.sandbox.base_url()
        ),
    )
    .unwrap();
    let out = cron(&w, &["customers", "list"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(out.stdout.is_empty());
    no_terminal_codes(&out.stderr);
    let out = cron(&w, &["customers", "list", "--page", "x"]);
    assert_eq!(out.status.code(), Some(2));
}

/// Every scenario's command with -vv: no known secret in any output or in any file bp wrote
/// (journals, failed files), and those files are private.
#[test]
fn no_secret_reaches_output_or_files() {
    let w = World::new();
    let dir = w.home.path().join("work");
    std::fs::create_dir_all(&dir).unwrap();
    let leads = dir.join("leads.csv");
    std::fs::write(&leads, "uuid,status\nl1,open\nl2,bogus\n").unwrap();
    let contacts = dir.join("contacts.csv");
    std::fs::write(
        &contacts,
        "name,phone\nA,+91 9700000001\nB,nope\nC,+91 9700000003\n",
    )
    .unwrap();
    let customer_token = w
        .sandbox
        .sandbox
        .customer_token(&w.creds.customer_id)
        .unwrap();
    let mut secrets = w.secrets();
    secrets.push(w.creds.wa_api_key.clone());
    secrets.push(customer_token);
    let runs: Vec<Vec<&str>> = vec![
        vec!["customers", "list", "--all"],
        vec!["customers", "token", &w.creds.customer_id],
        vec!["--customer", &w.creds.customer_id, "contacts", "search"],
        vec!["contacts", "search", "--all", "-o", "ndjson"],
        vec!["leads", "list", "--all"],
        vec!["leads", "upsert", "--from", leads.to_str().unwrap()],
        vec!["leads", "upsert", "--uuid", "x1", "--dry-run"],
        vec!["whatsapp", "import", contacts.to_str().unwrap()],
        vec!["whatsapp", "templates"],
        vec![
            "whatsapp",
            "send",
            "--to",
            "+91 98765 43210",
            "--text",
            "hi",
        ],
        vec!["members", "list"],
        vec!["segments", "list"],
        vec![
            "api",
            "GET",
            "/ext/get-user-token?userId=63bfcaef7d5b953c6d8e21c6",
        ],
        vec!["profile", "show"],
        vec!["auth", "status"],
    ];
    for args in &runs {
        let out = w
            .bp()
            .env("BP_BOT_ID", &w.creds.bot_id)
            .env("BP_CUSTOMER_ID", &w.creds.customer_id)
            .env("BP_WA_API_KEY", &w.creds.wa_api_key)
            .arg("-vv")
            .args(args)
            .output()
            .unwrap();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!all.contains("panicked"), "{args:?}");
        for s in &secrets {
            assert!(!all.contains(s.as_str()), "{args:?} printed a secret");
        }
    }
    // A stopped import leaves its journal: private, and without secrets.
    for _ in 0..5 {
        w.sandbox.sandbox.push_fault(bp::sandbox::Fault::Status {
            status: 503,
            retry_after: None,
        });
    }
    let out = w
        .bp()
        .args([
            "whatsapp",
            "import",
            contacts.to_str().unwrap(),
            "--restart",
            "--retries",
            "0",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let mut files = Vec::new();
    let mut stack = vec![w.home.path().to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push(p);
            }
        }
    }
    let written: Vec<&std::path::PathBuf> = files
        .iter()
        .filter(|p| {
            p.extension().is_some_and(|e| e == "journal")
                || p.to_string_lossy().contains(".failed.")
        })
        .collect();
    assert!(written.len() >= 3, "{written:?}");
    for p in written {
        let text = std::fs::read_to_string(p).unwrap();
        for s in &secrets {
            assert!(!text.contains(s.as_str()), "{} holds a secret", p.display());
        }
        crate::common::assert_private(p);
    }
}

/// Issue 16: `--progress` prints a progress line every interval on a stderr that is not a
/// terminal (cron's mail, a log file), and none of the request lines `-v` prints.
#[test]
fn progress_prints_lines_in_cron_without_the_request_log() {
    let w = World::with_options(bp::sandbox::Options {
        latency_ms: 20,
        ..Default::default()
    });
    let csv = w.home.path().join("contacts.csv");
    let mut text = String::from("name,phone\n");
    for i in 0..1000 {
        text.push_str(&format!("C{i},+91 97{i:08}\n"));
    }
    std::fs::write(&csv, text).unwrap();
    let out = w
        .bp()
        .env("BP_PROGRESS_INTERVAL_MS", "10")
        .args(["--progress", "whatsapp", "import", csv.to_str().unwrap()])
        .args(["--concurrency", "2"])
        .run_ok();
    let err = crate::common::stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("progress [") && l.contains(" of 1000 rows")),
        "{err}"
    );
    // Each line says how many rows were imported and rejected so far.
    assert!(
        lines
            .iter()
            .filter(|l| l.starts_with("progress [") && l.contains(" of 1000 rows"))
            .filter(|l| !l.contains("]: 0 of "))
            .all(|l| l.contains(": imported ") && l.contains(", rejected ")),
        "{err}"
    );
    assert!(
        !lines
            .iter()
            .any(|l| l.contains("/inbox/users/import") || l.contains("-> 200")),
        "request log lines: {err}"
    );
    no_terminal_codes(&out.stderr);
    // Without --progress, nothing of the kind: a cron job's mail stays short.
    let out = w
        .bp()
        .env("BP_PROGRESS_INTERVAL_MS", "10")
        .args(["whatsapp", "import", csv.to_str().unwrap()])
        .run_ok();
    assert!(
        !crate::common::stderr(&out).contains("progress ["),
        "{}",
        crate::common::stderr(&out)
    );
}

/// `--progress` on the other bulk commands and `--all` listings.
#[test]
fn progress_lines_for_leads_set_attr_and_listings() {
    let w = World::with_options(bp::sandbox::Options {
        latency_ms: 20,
        ..Default::default()
    });
    let leads = w.home.path().join("leads.csv");
    let mut text = String::from("uuid,status\n");
    for i in 0..20 {
        text.push_str(&format!("lead-{i},open\n"));
    }
    std::fs::write(&leads, text).unwrap();
    let attrs = w.home.path().join("attrs.csv");
    std::fs::write(&attrs, "search,city\nnobody@example.com,Pune\n").unwrap();
    let runs: Vec<Vec<&str>> = vec![
        vec!["leads", "upsert", "--from", leads.to_str().unwrap()],
        vec!["customers", "list", "--all", "-o", "ndjson"],
        vec!["contacts", "search", "--all", "-o", "ndjson"],
        vec![
            "contacts",
            "set-attr",
            "--from",
            attrs.to_str().unwrap(),
            "--bot",
            &w.creds.bot_id,
        ],
    ];
    for args in runs {
        let out = w
            .bp()
            .env("BP_PROGRESS_INTERVAL_MS", "5")
            .env("BP_BOT_ID", &w.creds.bot_id)
            .env("BP_CUSTOMER_ID", &w.creds.customer_id)
            .arg("--progress")
            .args(&args)
            .output()
            .unwrap();
        let err = crate::common::stderr(&out);
        assert!(
            err.lines().any(|l| l.starts_with("progress [")),
            "{args:?}: {err}"
        );
        assert!(!err.contains("-> 200"), "{args:?}: {err}");
    }
}
