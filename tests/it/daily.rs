//! Daily use (issue 16): `--fields` that name nothing are an error, empty results say so,
//! `customers get` and `customers list --status/--filter`, delete prompts that name what
//! they delete.

use serde_json::Value;

use crate::common::{RunOk, World, stderr, stdout};
#[cfg(unix)]
use crate::common::{answered_on_a_terminal, json_answer};

/// `bp` with only the partner key: no API token.
fn partner_only(w: &World) -> assert_cmd::Command {
    let mut cmd = w.bare();
    cmd.env("BP_BASE_URL", w.sandbox.base_url())
        .env("BP_PARTNER_KEY", &w.creds.partner_key);
    cmd
}

#[test]
fn a_field_no_item_has_is_exit_2_naming_the_paths_they_have() {
    let w = World::new();
    for format in ["table", "json", "ndjson", "csv"] {
        let out = w
            .bp()
            .args(["contacts", "search", "--fields", "nmae,_id", "-o", format])
            .fails_with(2, "unknown field `nmae`: the items have _id, ");
        let err = stderr(&out);
        assert!(err.contains("profile.userDetails.contact.email"), "{err}");
        // The table's column names are offered too.
        assert!(err.contains("last seen"), "{err}");
        assert_eq!(stdout(&out), "", "{format}");
    }
    // With --all, the first page decides, before anything is printed.
    let out = w
        .bp()
        .args([
            "customers",
            "list",
            "--all",
            "--fields",
            "name,no.such.path",
        ])
        .args(["-o", "json"])
        .fails_with(2, "unknown field `no.such.path`: the items have _id, name,");
    assert_eq!(stdout(&out), "");
    let customer_pages = w
        .requests()
        .iter()
        .filter(|r| r.path == "/customer/list")
        .count();
    assert!(customer_pages <= 5, "{customer_pages} pages fetched");
    // `bp api --paginate` too: nothing printed, not even `[]`.
    let out = w
        .bp()
        .args([
            "api",
            "GET",
            "/customer/list",
            "--paginate",
            "--fields",
            "nope",
        ])
        .fails_with(2, "unknown field `nope`");
    assert_eq!(stdout(&out), "");
    // The answer to a change already made only warns: the change was made.
    let out = w
        .bp()
        .args([
            "customers",
            "update",
            &w.creds.customer_id,
            "--set",
            "limit:=900",
        ])
        .args(["--fields", "_id,nope", "-o", "csv"])
        .run_ok();
    assert!(
        stderr(&out).contains("warning: unknown field `nope`: the answer has _id"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).starts_with("_id,nope\n"));
    // A path only some items have is fine: theirs are empty cells.
    w.bp()
        .args(["customers", "list", "--fields", "name,contact.email"])
        .run_ok();
}

#[test]
fn table_column_names_are_fields_too() {
    let w = World::new();
    let out = w
        .bp()
        .args(["contacts", "search", "--fields", "name,email,last seen"])
        .args(["-o", "csv"])
        .run_ok();
    let text = stdout(&out);
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(rows.headers().unwrap(), vec!["name", "email", "last seen"]);
    let rows: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert!(!rows.is_empty());
    assert!(
        rows.iter().any(|r| !r[0].is_empty() && !r[1].is_empty()),
        "{text}"
    );
    assert!(rows.iter().all(|r| !r[2].is_empty()), "{text}");
    // JSON keeps the server's paths and nesting.
    let out = w
        .bp()
        .args([
            "customers",
            "list",
            "--fields",
            "id,email,last_login",
            "--json",
        ])
        .run_ok();
    let items: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let keys: Vec<&String> = items[0].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["_id", "contact", "lastLogin"]);
    assert!(items[0]["contact"]["email"].is_string());
}

#[test]
fn empty_results_say_so_on_stderr_and_keep_the_data_formats() {
    let w = World::new();
    let search = |format: &str, more: &[&str]| {
        w.bp()
            .args(["contacts", "search", "zz-nobody-zz", "-o", format])
            .args(more)
            .run_ok()
    };
    // An empty result has nothing to check --fields against.
    let out = search("json", &["--fields", "nope"]);
    assert_eq!(stdout(&out), "[]\n");
    assert_eq!(stderr(&out), "no contacts match\n");
    assert_eq!(stdout(&search("ndjson", &[])), "");
    let out = search("csv", &["--fields", "_id,name"]);
    assert_eq!(stdout(&out), "_id,name\n");
    assert_eq!(stderr(&out), "no contacts match\n");
    assert_eq!(stdout(&search("csv", &["--no-headers"])), "");
    // -q: only data and errors.
    assert_eq!(stderr(&search("json", &["-q"])), "");

    // `customers each` relays its children's stderr: under -q, they are quiet too.
    let each = |quiet: &[&str]| {
        let out = partner_only(&w)
            .args(quiet)
            .args(["customers", "each", "--filter", "bluefin", "--"])
            .args(["contacts", "search", "zz-nobody-zz"])
            .run_ok();
        stderr(&out)
    };
    assert!(each(&[]).contains("[Bluefin Marketing] no contacts match"));
    assert_eq!(each(&["-q"]), "");

    let out = w.bp().args(["customers", "list", "--page", "999"]).run_ok();
    assert_eq!(stderr(&out), "no customers on page 999\n");
    let out = w
        .bp()
        .args(["members", "list", "--search", "zz-nobody-zz"])
        .run_ok();
    assert_eq!(stderr(&out), "no members match\n");
    let out = crate::leads::bp(&w)
        .args(["leads", "list", "--page", "999"])
        .run_ok();
    assert_eq!(stderr(&out), "no leads on page 999\n");
}

#[test]
fn customers_get_prints_one_customer_named_any_way() {
    let w = World::new();
    let bluefin = w.sandbox.sandbox.customer(&w.creds.customer_id).unwrap();
    let email = bluefin["contact"]["email"].as_str().unwrap();
    for selector in [w.creds.customer_id.as_str(), email, "bluefin marketing"] {
        let out = partner_only(&w)
            .args(["customers", "get", selector, "-o", "json"])
            .run_ok();
        let items: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(items.len(), 1, "{selector}");
        assert_eq!(items[0]["_id"], w.creds.customer_id.as_str());
        assert_eq!(items[0]["name"], "Bluefin Marketing");
        assert_eq!(items[0]["status"], "ACTIVE");
    }
    // The table is the list's, with one row.
    let out = partner_only(&w).args(["customers", "get", email]).run_ok();
    let text = stdout(&out);
    assert!(text.starts_with("id\tname\temail\tstatus\t"), "{text}");
    assert_eq!(text.lines().count(), 2);

    partner_only(&w)
        .args(["customers", "get", "000000000000000000000000"])
        .fails_with(2, "no customer has the id `000000000000000000000000`");
    partner_only(&w)
        .args(["customers", "get", "Nobody At All"])
        .fails_with(2, "no customer has the name `Nobody At All`");
    // Two of the same name: both offered, exit 2.
    partner_only(&w)
        .args(["customers", "create", "--email", "other@bluefin.example"])
        .args(["--name", "Bluefin Marketing", "--password-stdin"])
        .write_stdin("s3cret-pass\n")
        .run_ok();
    let out = partner_only(&w)
        .args(["customers", "get", "Bluefin Marketing"])
        .fails_with(2, "2 customers have the name `Bluefin Marketing`");
    let err = stderr(&out);
    assert!(err.contains(&w.creds.customer_id), "{err}");
    assert!(err.contains("other@bluefin.example"), "{err}");
}

#[test]
fn customers_list_filters_by_status_and_text_across_pages() {
    let w = World::new();
    let all: Vec<Value> = serde_json::from_slice(
        &partner_only(&w)
            .args(["customers", "list", "--all", "-o", "json"])
            .run_ok()
            .stdout,
    )
    .unwrap();
    let inactive: Vec<&Value> = all.iter().filter(|c| c["status"] == "INACTIVE").collect();
    assert!(inactive.len() >= 2);
    let out = partner_only(&w)
        .args(["customers", "list", "--status", "inactive", "-o", "json"])
        .run_ok();
    let items: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(items.iter().collect::<Vec<_>>(), inactive);
    assert!(!stderr(&out).contains("showing page 1 only"));

    // Name or email, any case.
    let out = partner_only(&w)
        .args([
            "customers",
            "list",
            "--filter",
            "BLUEFINMARKETING.io",
            "-o",
            "ndjson",
        ])
        .run_ok();
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("Bluefin Marketing"));

    let out = partner_only(&w)
        .args([
            "customers",
            "list",
            "--status",
            "ACTIVE",
            "--filter",
            "zz-nobody",
        ])
        .args(["-o", "json"])
        .run_ok();
    assert_eq!(stdout(&out), "[]\n");
    assert_eq!(stderr(&out), "no customers match\n");
    partner_only(&w)
        .args(["customers", "list", "--status", "ACTIVE", "--limit", "3"])
        .fails_with(2, "--status and --filter read every page");
}

#[cfg(unix)]
#[test]
fn delete_prompts_name_what_they_delete() {
    let w = World::new();
    let id = w.creds.customer_id.clone();
    let out = answered_on_a_terminal(partner_only(&w).args(["customers", "delete", &id]), "no\n");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains(&format!("Delete customer {id} Bluefin Marketing <team@")),
        "{err}"
    );
    assert!(err.contains("not confirmed"), "{err}");
    assert!(w.requests().iter().all(|r| r.method == "GET"));

    // The list cannot be read: the id, and why it is all the prompt says.
    w.sandbox.sandbox.push_fault(json_answer(
        400,
        r#"{"success":false,"message":"nope","code":400}"#,
    ));
    let out = answered_on_a_terminal(partner_only(&w).args(["customers", "delete", &id]), "no\n");
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "Delete customer {id} (could not be looked up) and everything they own?"
        )),
        "{err}"
    );
    assert!(
        err.contains("warning: could not look up the customers to delete: "),
        "{err}"
    );
    assert!(err.contains("Type `yes` to confirm"), "{err}");

    let contact = &w.sandbox.sandbox.contacts(&id)[0];
    let contact_id = contact["_id"].as_str().unwrap();
    let name = contact["profile"]["userDetails"]["userProvidedName"]
        .as_str()
        .unwrap();
    let out = answered_on_a_terminal(
        w.bp()
            .args(["contacts", "delete", contact_id, "0123456789abcdef01234567"]),
        "no\n",
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains(&format!(
            "Delete 2 contacts: {contact_id} {name}; 0123456789abcdef01234567 (not found)?"
        )),
        "{err}"
    );
    assert!(
        w.requests()
            .iter()
            .all(|r| r.path != "/inbox/users/status-update"),
        "nothing deleted"
    );
}
