//! Every endpoint of the agency issue: method, path, headers and body as the server saw them.

use bp::sandbox::Options;
use serde_json::{Value, json};

use crate::common::{RunOk, World, stderr, stdout};

fn last(w: &World) -> bp::sandbox::RecordedRequest {
    w.requests().pop().unwrap()
}

fn assert_partner(w: &World, r: &bp::sandbox::RecordedRequest) {
    assert_eq!(r.header("authtype"), Some("Key"));
    let bearer = format!("Bearer {}", w.creds.partner_key);
    assert_eq!(r.header("authorization"), Some(bearer.as_str()));
}

fn assert_customer_token(w: &World, r: &bp::sandbox::RecordedRequest) {
    assert_eq!(r.header("authtype"), Some("Key"));
    let bearer = format!("Bearer {}", w.creds.api_token);
    assert_eq!(r.header("authorization"), Some(bearer.as_str()));
}

#[test]
fn customers_create_sends_the_documented_body_and_falls_back_on_404() {
    let w = World::new();
    let out = w
        .bp()
        .args([
            "customers",
            "create",
            "--email",
            "garima@test.com",
            "--name",
            "Garima",
            "--password-stdin",
            "--usage-limit",
            "2000",
            "-o",
            "json",
        ])
        .write_stdin("s3cret-pass\n")
        .run_ok();
    let r = last(&w);
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", "/customer/create")
    );
    assert_partner(&w, &r);
    assert_eq!(
        r.json().unwrap(),
        json!({"username": "garima@test.com", "name": "Garima", "password": "s3cret-pass", "limit": 2000})
    );
    assert!(!stdout(&out).contains("s3cret-pass") && !stderr(&out).contains("s3cret-pass"));
    let created: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(created[0]["name"], "Garima");

    let w = World::with_options(Options {
        legacy_customer_create: true,
        ..Options::default()
    });
    w.bp()
        .args([
            "customers",
            "create",
            "--email",
            "old@test.com",
            "--name",
            "Old",
            "--password-stdin",
        ])
        .write_stdin("pw\n")
        .run_ok();
    let paths: Vec<String> = w
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(paths, ["POST /customer/create", "POST /customer"]);

    // No password, no terminal: refused before sending.
    let w = World::new();
    let out = w
        .bp()
        .args(["customers", "create", "--email", "a@b.io", "--name", "A"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(w.requests().is_empty());
}

#[test]
fn customers_create_is_not_sent_twice_after_a_server_error() {
    let w = World::new();
    w.sandbox.sandbox.push_fault(bp::sandbox::Fault::Status {
        status: 502,
        retry_after: None,
    });
    let out = w
        .bp()
        .args([
            "customers",
            "create",
            "--email",
            "x@test.com",
            "--name",
            "X",
            "--password-stdin",
        ])
        .write_stdin("pw\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("outcome unknown"), "{}", stderr(&out));
    assert_eq!(w.requests().len(), 1);
    // A 429 proves it did not run: that one is retried.
    let w = World::new();
    w.sandbox.sandbox.push_fault(bp::sandbox::Fault::Status {
        status: 429,
        retry_after: Some("0".into()),
    });
    w.bp()
        .args([
            "customers",
            "create",
            "--email",
            "y@test.com",
            "--name",
            "Y",
            "--password-stdin",
        ])
        .write_stdin("pw\n")
        .run_ok();
    assert_eq!(w.requests().len(), 2);
}

#[test]
fn customers_update_and_delete() {
    let w = World::new();
    let id = w.creds.customer_id.clone();
    w.bp()
        .args([
            "customers",
            "update",
            &id,
            "--set",
            "name=Renamed Co",
            "--set",
            "limit:=500",
            "--set",
            "contact.phone.prefix=91",
            "--set",
            "verified:=true",
        ])
        .run_ok();
    let r = last(&w);
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("PUT", format!("/customer/{id}").as_str())
    );
    assert_partner(&w, &r);
    assert_eq!(
        r.json().unwrap(),
        // `key=value` is a string, `key:=json` typed JSON, as httpie and xh have it (issue 14).
        json!({"name": "Renamed Co", "limit": 500, "contact": {"phone": {"prefix": "91"}}, "verified": true})
    );
    assert_eq!(
        w.sandbox.sandbox.customer(&id).unwrap()["name"],
        "Renamed Co"
    );

    // JSON that does not parse after `:=` is refused, naming the flag; nothing is sent.
    let before = w.requests().len();
    w.bp()
        .args(["customers", "update", &id, "--set", "limit:=five"])
        .fails_with(2, "invalid --set `limit:=five`");
    assert_eq!(w.requests().len(), before);

    // Delete refuses without --yes when stdin is not a terminal, and sends nothing.
    let before = w.requests().len();
    let out = w.bp().args(["customers", "delete", &id]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("refusing to delete without --yes"));
    assert_eq!(w.requests().len(), before);
    w.bp().args(["customers", "delete", &id, "--yes"]).run_ok();
    let r = last(&w);
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("DELETE", format!("/customer/{id}").as_str())
    );
    assert_partner(&w, &r);
    assert!(w.sandbox.sandbox.customer(&id).is_none());
}

#[test]
fn members_list_and_token() {
    let w = World::new();
    let out = w
        .bp()
        .args(["members", "list", "--search", "bluefin", "-o", "json"])
        .run_ok();
    let r = last(&w);
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("GET", "/custom-user")
    );
    assert_eq!(r.query, "page=1&ispagination=true&searchText=bluefin");
    assert_customer_token(&w, &r);
    let members: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!members.is_empty());
    let email = members[0]["contact"]["email"].as_str().unwrap().to_string();

    let out = w
        .bp()
        .args(["members", "token", &email, "--type", "agent"])
        .run_ok();
    let r = last(&w);
    assert_eq!(r.path, "/ext/get-user-token");
    assert_eq!(
        r.query_pairs(),
        vec![
            ("email".to_string(), email.clone()),
            ("type".to_string(), "AGENT".to_string())
        ]
    );
    assert_partner(&w, &r);
    assert!(stdout(&out).contains("\tsbx_…"), "{}", stdout(&out));
}

#[test]
fn segments_list_and_search_by_segment_name() {
    let w = World::new();
    let out = w.bp().args(["segments", "list", "-o", "json"]).run_ok();
    let r = last(&w);
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("GET", "/inbox/segments")
    );
    assert_customer_token(&w, &r);
    let segments: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let (id, name) = (
        segments[0]["_id"].as_str().unwrap(),
        segments[0]["segmentName"].as_str().unwrap(),
    );
    w.bp()
        .args(["contacts", "search", "--segment", &name.to_uppercase()])
        .run_ok();
    assert_eq!(last(&w).json().unwrap()["segments"], json!([id]));
    let out = w
        .bp()
        .args(["contacts", "search", "--segment", "no such segment"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn contacts_delete_batches_ids_and_needs_yes() {
    let w = World::new();
    let out = w
        .bp()
        .args([
            "contacts",
            "search",
            "--interacted",
            "any",
            "--limit",
            "3",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let ids: Vec<String> = serde_json::from_slice::<Vec<Value>>(&out.stdout)
        .unwrap()
        .iter()
        .map(|c| c["_id"].as_str().unwrap().to_string())
        .collect();
    let before = w.requests().len();
    let out = w
        .bp()
        .args(["contacts", "delete"])
        .args(&ids)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(w.requests().len(), before);

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ids.txt");
    std::fs::write(&file, format!("{}\n\n{}\n", ids[1], ids[2])).unwrap();
    let count = w.sandbox.sandbox.contact_count(&w.creds.customer_id);
    w.bp()
        .args([
            "contacts",
            "delete",
            &ids[0],
            "--from",
            file.to_str().unwrap(),
            "--yes",
        ])
        .run_ok();
    let r = last(&w);
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("PUT", "/inbox/users/status-update")
    );
    assert_customer_token(&w, &r);
    assert_eq!(r.json().unwrap(), json!({"ids": ids, "status": "DELETED"}));
    assert_eq!(
        w.sandbox.sandbox.contact_count(&w.creds.customer_id),
        count - 3
    );
}

fn wa(w: &World) -> assert_cmd::Command {
    let mut cmd = w.bp();
    cmd.env("BP_WA_API_KEY", &w.creds.wa_api_key);
    cmd
}

/// The key in the query and the `apiKey` header (the older pages), with `authType: Key` (the
/// newest send-template page): issue 14.
fn assert_wa_key(w: &World, r: &bp::sandbox::RecordedRequest) {
    assert_eq!(r.header("apikey"), Some(w.creds.wa_api_key.as_str()));
    assert_eq!(r.header("authtype"), Some("Key"));
    assert!(
        r.query_pairs()
            .contains(&("apiKey".to_string(), w.creds.wa_api_key.clone()))
    );
    assert_eq!(r.header("authorization"), None);
}

#[test]
fn whatsapp_templates_and_sends() {
    let w = World::new();
    let out = wa(&w)
        .args(["whatsapp", "templates", "-o", "json"])
        .run_ok();
    let r = last(&w);
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("GET", "/whatsapp-automation/wa/templates")
    );
    assert_wa_key(&w, &r);
    let templates: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let plain = templates
        .iter()
        .find(|t| t["status"] == "APPROVED" && t["configuration"]["name"] == "order_update")
        .unwrap();
    let template_id = plain["_id"].as_str().unwrap();

    wa(&w)
        .args([
            "whatsapp",
            "send",
            "--to",
            "+91 98765 43210",
            "--name",
            "Ana",
            "--image",
            "https://cdn.example.com/a.jpg",
            "--caption",
            "hey",
            "--tag",
            "promo",
        ])
        .run_ok();
    let r = last(&w);
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", "/whatsapp-automation/wa/send-message")
    );
    assert_wa_key(&w, &r);
    assert_eq!(
        r.json().unwrap(),
        json!({"userName": "Ana", "wa_id": "919876543210", "type": "image",
               "message": {"source": "https://cdn.example.com/a.jpg", "type": "image", "label": "hey"}, "tags": ["promo"]})
    );

    wa(&w)
        .args([
            "whatsapp",
            "send",
            "--to",
            "(415) 555-2671",
            "--default-country",
            "US",
            "--text",
            "hi",
        ])
        .run_ok();
    assert_eq!(last(&w).json().unwrap()["message"], json!({"text": "hi"}));
    assert_eq!(last(&w).json().unwrap()["wa_id"], "14155552671");

    // The template's variables, as the sandbox knows them.
    let needed = plain["configuration"]["components"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["type"] == "BODY")
        .map(|c| c["text"].as_str().unwrap().matches("{{").count())
        .unwrap();
    let params: Vec<String> = (1..=needed).map(|i| format!("value {i}")).collect();
    let mut cmd = wa(&w);
    cmd.args([
        "whatsapp",
        "send-template",
        "--to",
        "+44 7911 123456",
        "--template",
        template_id,
        "--tag",
        "t1",
    ]);
    for p in &params {
        cmd.args(["--param", p]);
    }
    cmd.run_ok();
    let r = last(&w);
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", "/whatsapp-automation/wa/send-template")
    );
    assert_wa_key(&w, &r);
    let parameters: Vec<Value> = params
        .iter()
        .map(|p| json!({"type": "text", "text": p}))
        .collect();
    assert_eq!(
        r.json().unwrap(),
        // Without --name, no `userName`: an empty one could blank the contact's name.
        json!({"wa_id": "447911123456", "templateId": template_id,
               "params": [{"type": "body", "parameters": parameters}], "tags": ["t1"]})
    );
    assert_eq!(w.sandbox.sandbox.sent_messages().len(), 3);

    // -vv never shows the key, in the header or the query string.
    let out = wa(&w)
        .args(["-vv", "whatsapp", "templates"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        !stderr(&out).contains(&w.creds.wa_api_key),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("apiKey=sbx_"), "{}", stderr(&out));

    // A send that may have run is never sent again.
    w.sandbox.sandbox.push_fault(bp::sandbox::Fault::Status {
        status: 503,
        retry_after: Some("300".into()),
    });
    let before = w.requests().len();
    let out = wa(&w)
        .args([
            "whatsapp",
            "send",
            "--to",
            "+91 98765 43210",
            "--text",
            "again?",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("outcome unknown"), "{}", stderr(&out));
    assert_eq!(w.requests().len(), before + 1);

    // A bad number is refused before sending.
    let before = w.requests().len();
    let out = wa(&w)
        .args(["whatsapp", "send", "--to", "12", "--text", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(w.requests().len(), before);
}

#[test]
fn api_sends_any_request_with_the_chosen_credential() {
    let w = World::new();
    let out = w
        .bp()
        .args(["api", "GET", "/customer/list?page=2", "-f", "sort=name"])
        .run_ok();
    let r = last(&w);
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("GET", "/customer/list")
    );
    assert_eq!(r.query, "page=2&sort=name");
    assert_partner(&w, &r);
    let body: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(body["success"], true);

    w
        .bp()
        .args(["api", "POST", "/inbox/users", "--auth", "token", "--input", "-"])
        .write_stdin(r#"{"searchText": "", "tags": [], "status": [], "isOnline": false, "_botWebsite": [], "_botWhatsapp": [], "_botTelegram": [], "_botFacebook": [], "_agentAssigned": [], "segments": [], "applicableFilters": [], "lastSeenAt": {"startAt": "", "endsAt": ""}, "createdAt": {"startAt": "", "endsAt": ""}, "userInteracted": true, "lastMessageBy": [], "isLiveChatActive": false, "hasOrdered": {"status": false, "lastAt": ""}, "page": 1, "isExport": "none", "isContact": true}"#).run_ok();
    let r = last(&w);
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", "/inbox/users")
    );
    assert_customer_token(&w, &r);
    assert_eq!(r.json().unwrap()["isExport"], "none");

    // An id that is not one draws MongoDB's cast error, the documented bad-token answer:
    // exit 3, with a hint that says an id may be the cause (issue 14).
    let out = w
        .bp()
        .args(["api", "PUT", "/customer/nope", "-f", "name=x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("an id in the request that is not 24 hex characters"),
        "{}",
        stderr(&out)
    );
    assert_eq!(last(&w).json().unwrap(), json!({"name": "x"}));
}

/// Issue 14: `bp api` as `gh api`: `-f` a string field, `-F` a typed one (integers, true,
/// false, null, `@file`), `-H` a header, `--auth wa|none`, and `--auth bot` as the pages
/// send the bot token (`x-bot-token` on the chat list, `x-bp-token` elsewhere).
#[test]
fn api_takes_fields_headers_and_credentials_as_gh_api_does() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let note = dir.path().join("note.txt");
    std::fs::write(&note, "from a file\n").unwrap();
    let at_note = format!("note=@{}", note.display());
    let out = w
        .bp()
        .args(["api", "PUT", &format!("/customer/{}", w.creds.customer_id)])
        .args([
            "-f",
            "prefix=91",
            "-F",
            "limit=500",
            "-F",
            "verified=true",
            "-F",
            "n=007",
        ])
        .args(["-F", "gone=null", "-F", "ratio=1.5", "-F", &at_note])
        .args(["-H", "X-Trace: abc 1"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let r = last(&w);
    assert_eq!(
        r.json().unwrap(),
        json!({"prefix": "91", "limit": 500, "verified": true, "n": 7, "gone": null,
               "ratio": "1.5", "note": "from a file\n"})
    );
    assert_eq!(r.header("x-trace"), Some("abc 1"));
    assert_partner(&w, &r);
    // A header given with -H may be a credential: -vv logs it redacted.
    let err = stderr(&out);
    assert!(err.is_empty(), "{err}");
    let out = w
        .bp()
        .args([
            "-vv",
            "api",
            "GET",
            "/customer/list",
            "-H",
            "X-Api-Secret: hunter2-very-secret",
        ])
        .run_ok();
    let err = stderr(&out);
    assert!(err.contains("x-api-secret"), "{err}");
    assert!(!err.contains("hunter2-very-secret"), "{err}");

    // --auth wa: the WhatsApp key as the endpoints take it; --auth none: no credential.
    w.bp()
        .env("BP_WA_API_KEY", &w.creds.wa_api_key)
        .args([
            "api",
            "GET",
            "/whatsapp-automation/wa/templates",
            "--auth",
            "wa",
        ])
        .run_ok();
    assert_wa_key(&w, &last(&w));
    let out = w
        .bp()
        .args(["api", "GET", "/customer/list", "--auth", "none"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let r = last(&w);
    assert_eq!(
        (r.header("authorization"), r.header("authtype")),
        (None, None)
    );

    // --auth bot: x-bot-token on the chat list, x-bp-token on the lead upsert.
    let chats = format!(
        "/inbox/direct/chats?botId={}&customerId={}&page=1&type=lead",
        w.creds.bot_id, w.creds.customer_id
    );
    w.bp()
        .args(["api", "GET", &chats, "--auth", "bot"])
        .run_ok();
    let r = last(&w);
    assert_eq!(r.header("x-bot-token"), Some(w.creds.bot_token.as_str()));
    assert_eq!(r.header("x-bp-token"), None);
}

/// Issue 14: `bp api --paginate` walks `page=` until an empty page, as the list commands do,
/// and prints the items together: JSON by default, or `-o ndjson|csv|table` with `--fields`.
#[test]
fn api_paginate_walks_the_pages_and_prints_them_in_any_format() {
    let w = World::new();
    let all = w
        .bp()
        .args(["customers", "list", "--all", "-o", "json"])
        .run_ok();
    let all: Value = serde_json::from_slice(&all.stdout).unwrap();
    let n = all.as_array().unwrap().len();
    let before = w.requests().len();
    let out = w
        .bp()
        .args(["api", "GET", "/customer/list?sort=createdAt", "--paginate"])
        .run_ok();
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed, all, "every item of every page, in order");
    let pages: Vec<(String, String)> = w.requests()[before..]
        .iter()
        .map(|r| {
            let q = r.query_pairs();
            let page = q.iter().find(|(k, _)| k == "page").unwrap().1.clone();
            let sort = q.iter().find(|(k, _)| k == "sort").unwrap().1.clone();
            (page, sort)
        })
        .collect();
    // Pages 1… up to the empty one (some fetched ahead), each keeping the user's query.
    assert!(pages.len() > n / 10, "{pages:?}");
    assert!(pages.iter().all(|(_, sort)| sort == "createdAt"));
    assert!(pages.iter().any(|(p, _)| p == "1"));

    let out = w
        .bp()
        .args(["api", "GET", "/customer/list", "--paginate"])
        .args(["-o", "csv", "--fields", "_id,name"])
        .run_ok();
    let csv = stdout(&out);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("_id,name"));
    assert_eq!(lines.count(), n);

    // A table without --fields is made of the items' paths.
    let out = w
        .bp()
        .args(["api", "GET", "/customer/list", "--paginate", "-o", "table"])
        .run_ok();
    let table = stdout(&out);
    let header = table.lines().next().unwrap();
    assert!(
        header.split('\t').any(|h| h == "_id") && header.split('\t').any(|h| h == "name"),
        "{header}"
    );
    assert_eq!(table.lines().count(), n + 1);

    // Not for a write, and `page` is its own.
    w.bp()
        .args(["api", "POST", "/customer/list", "--paginate"])
        .fails_with(2, "--paginate walks the pages of a GET listing");
    w.bp()
        .args(["api", "GET", "/customer/list?page=2", "--paginate"])
        .fails_with(2, "--paginate sets `page` itself");
}
