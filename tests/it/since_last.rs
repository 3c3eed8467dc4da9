//! `--since-last NAME` (issue 16): incremental exports for cron. The first run lists
//! everything, each later run what was created since; a failed run prints nothing and moves
//! nothing; bookmarks are per name, customer and command.

use serde_json::Value;

use crate::common::{RunOk, World, stderr, stdout};
use crate::leads::bp;

/// `bp contacts search --interacted any --since-last NAME -o ndjson` (plus `extra`): the ids.
fn contacts_since(w: &World, name: &str, extra: &[&str]) -> Vec<String> {
    let out = w
        .bp()
        .args(extra)
        .args(["contacts", "search", "--interacted", "any"])
        .args(["--since-last", name, "-o", "ndjson"])
        .run_ok();
    ids(&out)
}

fn ids(out: &std::process::Output) -> Vec<String> {
    stdout(out)
        .lines()
        .map(|l| {
            let item: Value = serde_json::from_str(l).unwrap();
            item["_id"].as_str().unwrap().to_string()
        })
        .collect()
}

/// Imports contacts with these phone numbers through the API: new contacts, created now.
fn import(w: &World, phones: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("new.csv");
    let mut text = String::from("name,phone\n");
    for p in phones {
        text.push_str(&format!("New {p},{p}\n"));
    }
    std::fs::write(&csv, text).unwrap();
    w.bp()
        .args(["whatsapp", "import", csv.to_str().unwrap()])
        .run_ok();
}

fn phone_of(w: &World, id: &str) -> String {
    let contact = w
        .sandbox
        .sandbox
        .contacts(&w.creds.customer_id)
        .into_iter()
        .find(|c| c["_id"] == id)
        .unwrap();
    let p = &contact["profile"]["userDetails"]["contact"]["phone"];
    format!(
        "+{}{}",
        p["prefix"].as_str().unwrap(),
        p["number"].as_str().unwrap()
    )
}

#[test]
fn since_last_lists_everything_then_only_the_new_and_a_failed_run_moves_nothing() {
    let w = World::new();
    let first = contacts_since(&w, "nightly", &[]);
    assert_eq!(
        first.len(),
        w.sandbox.sandbox.contact_count(&w.creds.customer_id)
    );
    assert!(contacts_since(&w, "nightly", &[]).is_empty());

    import(&w, &["+919700000001", "+919700000002"]);
    // A run that fails half-way (page 1 answered, page 2 a 503) prints nothing, and the
    // bookmark stays where it was.
    w.sandbox
        .sandbox
        .push_fault(bp::sandbox::Fault::Delay { millis: 0 });
    w.sandbox.sandbox.push_fault(bp::sandbox::Fault::Status {
        status: 503,
        retry_after: None,
    });
    let out = w
        .bp()
        .args([
            "--retries",
            "0",
            "contacts",
            "search",
            "--interacted",
            "any",
        ])
        .args([
            "--since-last",
            "nightly",
            "--concurrency",
            "1",
            "-o",
            "ndjson",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(out.stdout.is_empty(), "{}", stdout(&out));

    let new = contacts_since(&w, "nightly", &[]);
    let mut phones: Vec<String> = new.iter().map(|id| phone_of(&w, id)).collect();
    phones.sort();
    assert_eq!(phones, ["+919700000001", "+919700000002"]);
    assert!(contacts_since(&w, "nightly", &[]).is_empty());
    // Altogether: every contact once.
    let mut all: Vec<String> = first.into_iter().chain(new).collect();
    all.sort();
    all.dedup();
    assert_eq!(
        all.len(),
        w.sandbox.sandbox.contact_count(&w.creds.customer_id)
    );

    // Later runs ask the server for what was created since (the documented filter).
    let searches: Vec<Value> = w
        .requests()
        .iter()
        .filter(|r| r.path == "/inbox/users")
        .map(|r| r.json().unwrap())
        .collect();
    assert_eq!(searches[0]["createdAt"]["startAt"], "");
    let last = searches.last().unwrap();
    assert!(
        last["createdAt"]["startAt"]
            .as_str()
            .is_some_and(|s| s.ends_with('Z')),
        "{last}"
    );
    assert!(
        last["applicableFilters"]
            .as_array()
            .unwrap()
            .contains(&Value::from("createdAt"))
    );
}

#[test]
fn since_last_bookmarks_are_per_name_and_per_customer() {
    let w = World::new();
    let count = w.sandbox.sandbox.contact_count(&w.creds.customer_id);
    assert_eq!(contacts_since(&w, "nightly", &[]).len(), count);
    import(&w, &["+919700000003"]);
    assert_eq!(contacts_since(&w, "nightly", &[]).len(), 1);
    // Another name starts from nothing.
    assert_eq!(contacts_since(&w, "hourly", &[]).len(), count + 1);
    // Another customer, under the same name, too.
    let out = w
        .bp()
        .args(["customers", "list", "--all", "-o", "json"])
        .run_ok();
    let customers: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let other = customers
        .iter()
        .map(|c| c["_id"].as_str().unwrap().to_string())
        .find(|id| *id != w.creds.customer_id && w.sandbox.sandbox.contact_count(id) > 0)
        .unwrap();
    let theirs = contacts_since(&w, "nightly", &["--customer", &other]);
    assert_eq!(theirs.len(), w.sandbox.sandbox.contact_count(&other));
    assert!(contacts_since(&w, "nightly", &["--customer", &other]).is_empty());
    assert!(contacts_since(&w, "nightly", &[]).is_empty());
}

#[test]
fn since_last_on_leads_and_customers() {
    let w = World::new();
    let leads_since = |w: &World| {
        let out = bp(w)
            .args(["leads", "list", "--since-last", "nightly", "-o", "ndjson"])
            .run_ok();
        stdout(&out)
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap()["uuid"].clone())
            .collect::<Vec<_>>()
    };
    assert!(leads_since(&w).len() > 1);
    assert!(leads_since(&w).is_empty());
    bp(&w)
        .args([
            "leads",
            "upsert",
            "--uuid",
            "visitor-new",
            "--status",
            "open",
        ])
        .run_ok();
    assert_eq!(leads_since(&w), [Value::from("visitor-new")]);

    let customers_since = |w: &World| {
        let out = w
            .bp()
            .args(["customers", "list", "--since-last", "nightly", "-o", "json"])
            .run_ok();
        serde_json::from_slice::<Vec<Value>>(&out.stdout).unwrap()
    };
    assert_eq!(
        customers_since(&w).len(),
        w.sandbox.sandbox.customer_count()
    );
    w.bp()
        .args([
            "customers",
            "create",
            "--email",
            "new@client.io",
            "--name",
            "New Client",
        ])
        .arg("--password-stdin")
        .write_stdin("s3cret-Passw0rd\n")
        .run_ok();
    let new = customers_since(&w);
    assert_eq!(new.len(), 1);
    assert_eq!(new[0]["name"], "New Client");
    assert!(customers_since(&w).is_empty());

    // Another filter under the same name is another list: it hands out its own past, not
    // nothing because the other filter's run came first.
    let filtered = |status: &str| {
        let out = w
            .bp()
            .args([
                "customers",
                "list",
                "--since-last",
                "by-status",
                "-o",
                "json",
            ])
            .args(["--status", status])
            .run_ok();
        serde_json::from_slice::<Vec<Value>>(&out.stdout)
            .unwrap()
            .len()
    };
    let (active, inactive) = (filtered("ACTIVE"), filtered("INACTIVE"));
    assert!(active > 0 && inactive > 0, "{active} {inactive}");
    assert_eq!(active + inactive, w.sandbox.sandbox.customer_count());
    assert_eq!((filtered("ACTIVE"), filtered("INACTIVE")), (0, 0));
}

#[test]
fn since_last_refuses_page_flags_and_a_second_run_at_once() {
    let w = World::new();
    w.bp()
        .args(["customers", "list", "--since-last", "n", "--page", "2"])
        .fails_with(2, "--page");
    w.bp()
        .args([
            "contacts",
            "search",
            "--since-last",
            "n",
            "--created-since",
            "7d",
        ])
        .fails_with(2, "--created-since");
    // A run of the same bookmark at once would hand out the same items: exit 2.
    w.bp()
        .args(["customers", "list", "--since-last", "n", "-o", "json"])
        .run_ok();
    let dir = w.state_dir().join("bp").join("bookmarks");
    let lock = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "lock"))
        .unwrap();
    let held = std::fs::File::open(&lock).unwrap();
    held.lock().unwrap();
    w.bp()
        .args(["customers", "list", "--since-last", "n", "-o", "json"])
        .fails_with(2, "another bp is running with --since-last n");
    // Closed, as bp's lock is at exit (Wine's UnlockFile fails where Windows' would not).
    drop(held);
    w.bp()
        .args(["customers", "list", "--since-last", "n", "-o", "json"])
        .run_ok();
}
