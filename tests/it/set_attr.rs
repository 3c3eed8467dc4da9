//! `bp contacts set-attr`: the request BotPenguin's own n8n node sends (`PUT
//! /integrations/custom-app/update-user-attributes`), one contact or a file of them, and the
//! sandbox's contacts showing the attributes afterwards.

use serde_json::{Value, json};

use crate::common::{RunOk, World, stderr, stdout, summary_of};

const PATH: &str = "/integrations/custom-app/update-user-attributes";

/// The contacts of the sandbox's first customer.
fn contacts(w: &World) -> Vec<Value> {
    w.sandbox.sandbox.contacts(&w.creds.customer_id)
}

/// The first contact with an email and the first with a phone number, as
/// `(email, "+prefix number", prefix+number digits)`.
fn an_email_and_a_phone(w: &World) -> (String, String, String) {
    let all = contacts(w);
    let details = |c: &Value| c["profile"]["userDetails"].clone();
    let email = all
        .iter()
        .filter_map(|c| details(c)["contact"]["email"].as_str().map(str::to_owned))
        .find(|e| !e.is_empty())
        .unwrap();
    let phone = all
        .iter()
        .map(|c| details(c)["contact"]["phone"].clone())
        .find(|p| p["number"].as_str().is_some_and(|n| !n.is_empty()))
        .unwrap();
    let (prefix, number) = (
        phone["prefix"].as_str().unwrap(),
        phone["number"].as_str().unwrap(),
    );
    (
        email,
        format!("+{prefix} {number}"),
        format!("{prefix}{number}"),
    )
}

/// The attributes of the contact whose email or `prefix+number` is `search`, as an object.
fn attributes_of(w: &World, search: &str) -> Value {
    let contact = contacts(w)
        .into_iter()
        .find(|c| {
            let contact = &c["profile"]["userDetails"]["contact"];
            let phone = format!(
                "{}{}",
                contact["phone"]["prefix"].as_str().unwrap_or(""),
                contact["phone"]["number"].as_str().unwrap_or("")
            );
            contact["email"].as_str() == Some(search) || phone == search
        })
        .unwrap_or_else(|| panic!("no contact {search}"));
    let pairs = contact["profile"]["userDetails"]["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["key"].as_str().unwrap().to_owned(), a["value"].clone()))
        .collect();
    Value::Object(pairs)
}

fn set_attr(w: &World) -> assert_cmd::Command {
    let mut cmd = w.bp();
    cmd.args(["contacts", "set-attr"]);
    cmd
}

#[test]
fn set_attr_sends_what_the_n8n_node_sends_and_the_contact_shows_it() {
    let w = World::new();
    let (email, phone, digits) = an_email_and_a_phone(&w);
    let out = set_attr(&w)
        .args(["--search", &email, "--bot", &w.creds.bot_id])
        .args(["city=Pune", "score:=42", "-o", "json"])
        .run_ok();
    let reqs = w.requests();
    let r = reqs.last().unwrap();
    assert_eq!((r.method.as_str(), r.path.as_str()), ("PUT", PATH));
    assert_eq!(r.header("authtype"), Some("Key"));
    let bearer = format!("Bearer {}", w.creds.api_token);
    assert_eq!(r.header("authorization"), Some(bearer.as_str()));
    let sent = json!({
        "search": email,
        "attributes": {"city": "Pune", "score": 42},
        "botId": w.creds.bot_id,
        "platform": "website",
    });
    assert_eq!(r.json().unwrap(), sent);
    assert_eq!(
        serde_json::from_str::<Value>(&stdout(&out)).unwrap(),
        json!([sent])
    );
    let shown = attributes_of(&w, &email);
    assert_eq!(
        (&shown["city"], &shown["score"]),
        (&json!("Pune"), &json!(42))
    );

    // A phone number goes as its country code and number, digits only, on WhatsApp; the
    // bot from the profile's `bot_id` (BP_BOT_ID).
    set_attr(&w)
        .env("BP_BOT_ID", &w.creds.bot_id)
        .args(["--search", &phone, "plan=gold"])
        .run_ok();
    let body = w.requests().last().unwrap().json().unwrap();
    assert_eq!(
        body,
        json!({"search": digits, "attributes": {"plan": "gold"}, "botId": w.creds.bot_id, "platform": "whatsapp"})
    );
    assert_eq!(attributes_of(&w, &digits)["plan"], "gold");
}

#[test]
fn set_attr_refuses_what_it_cannot_send_before_sending_anything() {
    let w = World::new();
    let bot = ["--bot", w.creds.bot_id.as_str()];
    set_attr(&w)
        .args(["--search", "bob", "a=b"])
        .args(bot)
        .fails_with(2, "invalid --search: INVALID_SEARCH: `bob`");
    set_attr(&w)
        .args(["--search", "98123 45678", "a=b"])
        .args(bot)
        .fails_with(2, "has no country code");
    set_attr(&w)
        .args(["--search", "a@x.io", "novalue"])
        .args(bot)
        .fails_with(2, "use key=value");
    set_attr(&w)
        .args(["--search", "a@x.io", "a=b"])
        .fails_with(2, "--bot");
    assert!(w.requests().is_empty());
    // A contact the server does not know: its answer, exit 1.
    set_attr(&w)
        .args(["--search", "nobody@example.org", "a=b"])
        .args(bot)
        .fails_with(1, "user not found");
}

/// The failed file beside `input`, as `(search, reason)` in the order written.
fn failed_rows(input: &std::path::Path) -> Vec<(String, String)> {
    let name = format!(
        "{}.failed.csv",
        input.file_name().unwrap().to_str().unwrap()
    );
    let mut rdr = csv::Reader::from_path(input.with_file_name(name)).unwrap();
    let header = rdr.headers().unwrap().clone();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (search, reason) = (at("search"), at("reason"));
    rdr.records()
        .map(|r| {
            let r = r.unwrap();
            (r[search].to_string(), r[reason].to_string())
        })
        .collect()
}

#[test]
fn set_attr_from_a_csv_sends_the_good_rows_and_fails_the_rest_with_reasons() {
    let w = World::new();
    let (email, phone, digits) = an_email_and_a_phone(&w);
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("after-campaign.csv");
    let csv = format!(
        "search,city,plan,platform\n\
         {email},Pune,gold,\n\
         \"{phone}\",Delhi,,\n\
         bob,Agra,silver,\n\
         98123 45678,Agra,silver,\n\
         {email},Mumbai,,\n\
         nobody@example.org,Goa,gold,\n\
         {email},,,\n\
         {email},Kochi,,fax\n"
    );
    std::fs::write(&input, csv).unwrap();
    let out = set_attr(&w)
        .args(["--from", input.to_str().unwrap(), "--bot", &w.creds.bot_id])
        .args(["--concurrency", "4", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let summary = summary_of(&out);
    assert_eq!(
        (&summary["updated"], &summary["rejected"]),
        (&json!(3), &json!(5)),
        "{summary}"
    );

    // In the order settled: the server's refusal may come before or after the later rows.
    let mut failed = failed_rows(&input);
    failed.sort_by(|a, b| a.1.cmp(&b.1));
    let reasons: Vec<(&str, &str)> = failed
        .iter()
        .map(|(s, r)| (s.as_str(), r.split(':').next().unwrap()))
        .collect();
    assert_eq!(
        reasons,
        [
            ("98123 45678", "INVALID_PHONE"),
            (email.as_str(), "INVALID_PLATFORM"),
            ("bob", "INVALID_SEARCH"),
            (email.as_str(), "NO_ATTRIBUTES"),
            ("nobody@example.org", "REJECTED"),
        ],
        "{failed:?}"
    );
    assert!(failed[4].1.contains("user not found"), "{failed:?}");

    // What the server got: the good rows, each once; the contact's rows in file order.
    let bodies: Vec<Value> = w
        .requests()
        .iter()
        .filter(|r| r.path == PATH)
        .map(|r| r.json().unwrap())
        .collect();
    assert_eq!(bodies.len(), 4, "{bodies:?}");
    assert!(bodies.contains(&json!({"search": digits, "attributes": {"city": "Delhi"}, "botId": w.creds.bot_id, "platform": "whatsapp"})));
    let of_email: Vec<&Value> = bodies
        .iter()
        .filter(|b| b["search"] == email.as_str())
        .map(|b| &b["attributes"])
        .collect();
    assert_eq!(
        of_email,
        [
            &json!({"city": "Pune", "plan": "gold"}),
            &json!({"city": "Mumbai"})
        ]
    );
    let shown = attributes_of(&w, &email);
    assert_eq!(
        (&shown["city"], &shown["plan"]),
        (&json!("Mumbai"), &json!("gold"))
    );
    assert_eq!(attributes_of(&w, &digits)["city"], "Delhi");
}

#[test]
fn set_attr_from_needs_a_search_column_and_a_bot_before_sending() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.csv");
    std::fs::write(&input, "email,city\na@x.io,Pune\n").unwrap();
    set_attr(&w)
        .args(["--from", input.to_str().unwrap(), "--bot", &w.creds.bot_id])
        .fails_with(2, "has no `search` column");
    std::fs::write(&input, "search,city\na@x.io,Pune\n").unwrap();
    set_attr(&w)
        .args(["--from", input.to_str().unwrap()])
        .fails_with(2, "--bot");
    assert!(w.requests().is_empty());
}

/// `--dry-run` with `--from`: each request printed (the token redacted), each refused row a
/// warning naming it, nothing sent, no failed file.
#[test]
fn set_attr_from_with_dry_run_prints_the_requests_and_sends_nothing() {
    let w = World::new();
    let (email, phone, digits) = an_email_and_a_phone(&w);
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("plan.csv");
    std::fs::write(
        &input,
        format!("search,city\n{email},Pune\nbob,Agra\n\"{phone}\",Delhi\n"),
    )
    .unwrap();
    let out = set_attr(&w)
        .args(["--from", input.to_str().unwrap(), "--bot", &w.creds.bot_id])
        .arg("--dry-run")
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("row 2: INVALID_SEARCH"), "{err}");
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0]["method"], "PUT");
    assert!(
        lines[0]["url"].as_str().unwrap().ends_with(PATH),
        "{lines:?}"
    );
    assert_eq!(lines[1]["body"]["search"], digits.as_str());
    assert_eq!(lines[0]["body"]["attributes"], json!({"city": "Pune"}));
    let auth = lines[0]["headers"]["authorization"].as_str().unwrap();
    assert!(auth.starts_with("Bearer ") && auth.contains('…'), "{auth}");
    assert!(!stdout(&out).contains(&w.creds.api_token));
    assert!(!w.requests().iter().any(|r| r.path == PATH));
    assert!(!dir.path().join("plan.csv.failed.csv").exists());
}

/// Under `customers each`, every child writes its own failed file (the input's name with the
/// customer's id), and the customers without a bot are skipped, not failed.
#[test]
fn each_child_of_set_attr_from_keeps_its_own_failed_file() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.csv");
    std::fs::write(&input, "search,city\nbob,Agra\n").unwrap();
    let out = w
        .bare()
        .args(["--sandbox", "customers", "each", "--"])
        .args(["contacts", "set-attr", "--from", input.to_str().unwrap()])
        .output()
        .unwrap();
    let err = stderr(&out);
    // Bluefin Marketing has two registered bots: that child fails, naming them.
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("1 of 4 customers failed"), "{err}");
    assert!(
        err.contains("skipped 56 customers with no bot to run with"),
        "{err}"
    );
    let mut files: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".failed.csv"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 3, "{files:?}");
    for f in &files {
        assert!(f.starts_with("in.csv.") && f.len() == "in.csv.".len() + 24 + ".failed.csv".len());
        let text = std::fs::read_to_string(dir.path().join(f)).unwrap();
        assert!(text.contains("INVALID_SEARCH"), "{text}");
    }
    assert!(!dir.path().join("in.csv.failed.csv").exists());
}
