use serde_json::Value;

use crate::common::{RunOk, World, stderr, stdout};

/// `bp` with only the partner key: no API token.
fn partner_only(w: &World) -> assert_cmd::Command {
    let mut cmd = w.bare();
    cmd.env("BP_BASE_URL", w.sandbox.base_url())
        .env("BP_PARTNER_KEY", &w.creds.partner_key);
    cmd
}

fn customers(w: &World) -> Vec<Value> {
    let out = partner_only(w)
        .args(["customers", "list", "--all", "-o", "json"])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn customer_by_name_fetches_the_token_once_and_caches_it() {
    let w = World::new();
    let all = customers(&w);
    let second = &all[1];
    let (id, name) = (
        second["_id"].as_str().unwrap(),
        second["name"].as_str().unwrap(),
    );
    let token = w.sandbox.sandbox.customer_token(id).unwrap();

    let out = partner_only(&w)
        .args([
            "--customer",
            &name.to_uppercase(),
            "contacts",
            "search",
            "--interacted",
            "any",
            "-o",
            "json",
        ])
        .run_ok();
    let reqs = w.requests();
    let fetch = reqs
        .iter()
        .find(|r| r.path == "/ext/get-user-token")
        .unwrap();
    assert_eq!(
        fetch.query_pairs(),
        vec![("userId".to_string(), id.to_string())]
    );
    assert_eq!(fetch.header("authtype"), Some("Key"));
    let search = reqs.iter().rfind(|r| r.path == "/inbox/users").unwrap();
    assert_eq!(
        search.header("authorization"),
        Some(format!("Bearer {token}").as_str())
    );
    assert!(!format!("{}{}", stdout(&out), stderr(&out)).contains(&token));

    // Cached, mode 0600: the next run fetches nothing.
    let cache = w.cache_dir().join("bp").join("tokens.json");
    crate::common::assert_private(&cache);
    let before = w.token_fetches();
    partner_only(&w)
        .args(["--customer", id, "contacts", "search"])
        .run_ok();
    assert_eq!(w.token_fetches(), before);

    // Revoked: refetched once after the 401, and the cache holds the new token.
    let new = w.sandbox.sandbox.revoke_customer_token(id).unwrap();
    partner_only(&w)
        .args(["--customer", id, "contacts", "search"])
        .run_ok();
    assert_eq!(w.token_fetches(), before + 1);
    assert!(std::fs::read_to_string(&cache).unwrap().contains(&new));
}

#[test]
fn customer_by_email_imports_contacts() {
    let w = World::new();
    let all = customers(&w);
    let c = &all[2];
    let email = c["contact"]["email"].as_str().unwrap();
    let id = c["_id"].as_str().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("c.csv");
    std::fs::write(&input, "name,phone\nAna,+91 98765 43210\n").unwrap();
    let before = w.sandbox.sandbox.contact_count(id);
    for _ in 0..2 {
        let out = partner_only(&w)
            .env("BP_CUSTOMER", email)
            .args(["-vv", "whatsapp", "import", input.to_str().unwrap()])
            .run_ok();
        // The fetched token never shows, even in -vv logs of the token fetch.
        let token = w.sandbox.sandbox.customer_token(id).unwrap();
        assert!(!stderr(&out).contains(&token) && !stdout(&out).contains(&token));
    }
    assert_eq!(w.sandbox.sandbox.contact_count(id), before + 1);
    assert_eq!(w.token_fetches(), 1, "fetched once, then cached");
}

#[test]
fn unknown_or_ambiguous_customers_exit_2_and_send_nothing_else() {
    let w = World::new();
    let out = partner_only(&w)
        .args(["--customer", "Nobody At All", "contacts", "search"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no customer has the name `Nobody At All`"),
        "{}",
        stderr(&out)
    );
    assert!(w.requests().iter().all(|r| r.path == "/customer/list"));

    let out = partner_only(&w)
        .args(["--customer", "ghost@nowhere.io", "contacts", "search"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no customer has the email `ghost@nowhere.io`"));
}

#[test]
fn customer_id_becomes_the_leads_default() {
    let w = World::new();
    w.bp()
        .env("BP_BOT_ID", &w.creds.bot_id)
        .args([
            "--customer",
            &w.creds.customer_id,
            "leads",
            "upsert",
            "--uuid",
            "u-agency",
        ])
        .run_ok();
    let put = w
        .requests()
        .into_iter()
        .rfind(|r| r.method == "PUT")
        .unwrap();
    assert_eq!(
        put.json().unwrap()["customerId"],
        w.creds.customer_id.as_str()
    );
}

#[test]
fn customers_token_shows_the_token_only_when_asked() {
    let w = World::new();
    let token = w
        .sandbox
        .sandbox
        .customer_token(&w.creds.customer_id)
        .unwrap();
    let out = partner_only(&w)
        .args(["customers", "token", &w.creds.customer_id])
        .run_ok();
    assert!(stdout(&out).contains("\ttrue\tsbx_…"), "{}", stdout(&out));
    assert!(!stdout(&out).contains(&token));
    let out = partner_only(&w)
        .args(["customers", "token", &w.creds.customer_id, "--show"])
        .output()
        .unwrap();
    assert_eq!(stdout(&out), format!("{token}\n"));
}

#[test]
fn each_runs_for_every_customer_and_tags_items() {
    let w = World::new();
    let all = customers(&w);
    let out = partner_only(&w)
        .args([
            "customers",
            "each",
            "--",
            "contacts",
            "search",
            "--interacted",
            "any",
            "--limit",
            "2",
            "-o",
            "ndjson",
        ])
        .run_ok();
    // Every customer's token was fetched: each one ran.
    let mut fetched: Vec<String> = w
        .requests()
        .iter()
        .filter(|r| r.path == "/ext/get-user-token")
        .map(|r| r.query_pairs()[0].1.clone())
        .collect();
    fetched.sort();
    let mut ids: Vec<String> = all
        .iter()
        .map(|c| c["_id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    assert_eq!(fetched, ids);
    let items: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!items.is_empty());
    for item in &items {
        let id = item["customer"]["_id"].as_str().unwrap();
        let c = all.iter().find(|c| c["_id"] == id).unwrap();
        assert_eq!(item["customer"]["name"], c["name"]);
        assert_eq!(item["_customer"], id, "the item is that customer's contact");
    }
    assert!(stderr(&out).contains(&format!("ran on {} customers", all.len())));
    // What each child said of the server's load is for the parent, not for the user.
    assert!(!stderr(&out).contains("bp-each-load"), "{}", stderr(&out));
}

#[test]
fn each_reports_failures_with_exit_4() {
    let w = World::new();
    let out = partner_only(&w)
        .args([
            "customers",
            "each",
            "--filter",
            "a",
            "--",
            "leads",
            "list",
            "--bot-id",
            "123",
        ])
        .output()
        .unwrap();
    // `--bot-id 123` is invalid for every customer: all fail.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("customers failed"),
        "{}",
        stderr(&out)
    );
    let out = partner_only(&w)
        .args(["customers", "each", "--", "customers", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn nightly_export_of_every_customers_new_contacts() {
    let w = World::new();
    let all = customers(&w);
    // A visitor who just became a lead is a new, interacted contact of customer 0; the rest
    // of the seed is older than a day.
    w.bp()
        .env("BP_BOT_ID", &w.creds.bot_id)
        .env("BP_CUSTOMER_ID", &w.creds.customer_id)
        .args([
            "leads",
            "upsert",
            "--uuid",
            "night-1",
            "--name",
            "Night Owl",
        ])
        .run_ok();
    let out = partner_only(&w)
        .args([
            "customers",
            "each",
            "--",
            "contacts",
            "search",
            "--created-since",
            "24h",
            "-o",
            "ndjson",
        ])
        .run_ok();
    let items: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(
        items[0]["customer"],
        serde_json::json!({"_id": all[0]["_id"], "name": all[0]["name"]})
    );
    assert_eq!(
        items[0]["profile"]["userDetails"]["userProvidedName"],
        "Night Owl"
    );
    let searched = w
        .requests()
        .iter()
        .filter(|r| r.path == "/inbox/users" && r.json().unwrap()["createdAt"]["startAt"] != "")
        .count();
    assert_eq!(searched, all.len(), "every customer was searched");
}

#[test]
fn each_refuses_commands_that_customer_does_not_scope() {
    let w = World::new();
    for cmd in [
        vec![
            "whatsapp",
            "send",
            "--to",
            "+91 98765 43210",
            "--text",
            "hi",
        ],
        vec!["api", "GET", "/customer/list"],
        // A template id is one bot's: the same id for every customer would be wrong.
        vec!["whatsapp", "template-vars", "63cc00000000000000000000"],
    ] {
        let out = partner_only(&w)
            .args(["customers", "each", "--"])
            .args(&cmd)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{cmd:?}");
    }
    assert!(w.requests().is_empty());
}

#[test]
fn deleting_for_a_customer_without_yes_sends_nothing() {
    let w = World::new();
    let out = partner_only(&w)
        .args([
            "--customer",
            "Bluefin Marketing",
            "contacts",
            "delete",
            "6ae5416d46ae824dab19933b",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(w.requests().is_empty());
}
