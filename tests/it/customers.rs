use serde_json::Value;

use crate::common::{RunOk, World, stderr, stdout};

#[test]
fn all_json_has_every_customer_exactly_as_sent() {
    let w = World::new();
    let out = w
        .bp()
        .args(["customers", "list", "--all", "-o", "json"])
        .run_ok();
    let items: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(items.len(), w.sandbox.sandbox.customer_count());
    // Fields the docs' sample does not list pass through untouched.
    assert!(
        items.iter().all(|c| c.get("userType").is_some()),
        "{:?}",
        items[0]
    );
    // Keys keep the server's order.
    let first = serde_json::to_string(&items[0]).unwrap();
    assert!(first.find("\"_id\"").unwrap() < first.find("\"lastLogin\"").unwrap());
    // Pages come in order, whatever order the prefetched requests finished in.
    let created: Vec<&str> = items
        .iter()
        .map(|c| c["createdAt"].as_str().unwrap())
        .collect();
    assert!(created.windows(2).all(|w| w[0] < w[1]), "out of order");
    // Every page was asked for, up to the first empty one; at most 3 more were already in
    // flight and are dropped.
    let mut pages: Vec<usize> = w
        .requests()
        .iter()
        .filter(|r| r.path == "/customer/list")
        .map(|r| {
            r.query_pairs()
                .into_iter()
                .find(|(k, _)| k == "page")
                .unwrap()
                .1
                .parse()
                .unwrap()
        })
        .collect();
    pages.sort();
    let last_full = items.len().div_ceil(10);
    assert_eq!(
        &pages[..=last_full],
        (1..=last_full + 1).collect::<Vec<_>>().as_slice()
    );
    assert!(pages.len() <= last_full + 4, "{pages:?}");
}

#[test]
fn server_receives_partner_key_headers_page_and_sort() {
    let w = World::new();
    let out = w
        .bp()
        .args([
            "customers",
            "list",
            "--page",
            "2",
            "--sort",
            "name",
            "-o",
            "json",
        ])
        .run_ok();
    let reqs = w.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(r.method, "GET");
    assert_eq!(r.path, "/customer/list");
    assert_eq!(
        r.query_pairs(),
        vec![
            ("page".to_string(), "2".to_string()),
            ("sort".to_string(), "name".to_string())
        ]
    );
    assert_eq!(r.header("authtype"), Some("Key"));
    let bearer = format!("Bearer {}", w.creds.partner_key);
    assert_eq!(r.header("authorization"), Some(bearer.as_str()));
    assert_eq!(
        r.header("user-agent"),
        Some(concat!("bp/", env!("CARGO_PKG_VERSION")))
    );
    assert!(r.header("accept-encoding").unwrap_or("").contains("gzip"));
    // Sorted by name, as asked.
    let items: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = items.iter().map(|c| c["name"].as_str().unwrap()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
}

#[test]
fn default_sort_is_created_at_and_page_one() {
    let w = World::new();
    let out = w.bp().args(["customers", "list"]).run_ok();
    let reqs = w.requests();
    assert_eq!(
        reqs[0].query_pairs(),
        vec![
            ("page".to_string(), "1".to_string()),
            ("sort".to_string(), "createdAt".to_string())
        ]
    );
    // Page 1 was full: the hint says so, on stderr.
    assert!(
        stderr(&out).contains("more pages may exist: use --all"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn ndjson_prints_one_object_per_line() {
    let w = World::new();
    let out = w
        .bp()
        .args(["customers", "list", "--all", "-o", "ndjson"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), w.sandbox.sandbox.customer_count());
    for line in lines {
        let v: Value = serde_json::from_str(line).unwrap();
        assert!(v["_id"].is_string());
    }
}

#[test]
fn fields_csv_prints_exactly_those_columns() {
    let w = World::new();
    let out = w
        .bp()
        .args([
            "customers",
            "list",
            "--limit",
            "3",
            "--fields",
            "_id,name,contact.email",
            "-o",
            "csv",
        ])
        .run_ok();
    let text = stdout(&out);
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(rdr.headers().unwrap(), vec!["_id", "name", "contact.email"]);
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    for row in &rows {
        assert_eq!(row.len(), 3);
        assert_eq!(row[0].len(), 24);
        assert!(row[2].contains('@'));
    }
}

#[test]
fn fields_json_keep_nesting() {
    let w = World::new();
    let out = w
        .bp()
        .args([
            "customers",
            "list",
            "--limit",
            "1",
            "--fields",
            "contact.email,_id",
            "--json",
        ])
        .output()
        .unwrap();
    let items: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let obj = items[0].as_object().unwrap();
    assert_eq!(obj.keys().collect::<Vec<_>>(), ["contact", "_id"]);
    assert!(obj["contact"]["email"].is_string());
    assert_eq!(obj["contact"].as_object().unwrap().len(), 1);
}

#[test]
fn limit_stops_at_n_items_across_pages() {
    let w = World::new();
    let out = w
        .bp()
        .args(["customers", "list", "--limit", "15", "-o", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(stdout(&out).lines().count(), 15);
    assert_eq!(w.requests().len(), 2);
}

#[test]
fn table_in_a_pipe_is_tab_separated() {
    let w = World::new();
    let out = w.bp().args(["customers", "list"]).output().unwrap();
    let text = stdout(&out);
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "id\tname\temail\tstatus\tverified\tcreated\tlast login"
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 10);
    assert!(rows.iter().all(|r| r.split('\t').count() == 7));
    assert!(!text.contains('\x1b'));

    let out = w
        .bp()
        .args(["customers", "list", "--no-headers"])
        .output()
        .unwrap();
    assert_eq!(stdout(&out).lines().count(), 10);
}

#[test]
fn empty_page_is_empty_output_in_every_format() {
    let w = World::new();
    let run = |fmt: &str| {
        let out = w
            .bp()
            .args(["customers", "list", "--page", "999", "-o", fmt])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert!(!stderr(&out).contains("more pages"));
        stdout(&out)
    };
    assert_eq!(run("json"), "[]\n");
    assert_eq!(run("ndjson"), "");
    assert_eq!(
        run("csv"),
        "_id,name,contact.email,status,verified,createdAt,lastLogin\n"
    );
}

#[test]
fn readme_first_command_prints_a_table() {
    let w = World::new();
    let out = w.bare().args(["--sandbox", "customers", "list"]).run_ok();
    let text = stdout(&out);
    assert!(
        text.starts_with("id\tname\temail\tstatus\tverified\tcreated\tlast login\n"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 11);
}

#[test]
fn sandbox_flag_needs_no_config() {
    let w = World::new();
    let out = w
        .bare()
        .args(["--sandbox", "customers", "list", "--all", "-o", "json"])
        .run_ok();
    let items: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(items.len(), w.sandbox.sandbox.customer_count());
}

/// `customers each` on a terminal: one aligned table with a customer column, not the
/// children's tab-separated rows.
#[cfg(unix)]
#[test]
fn each_on_a_terminal_renders_one_table() {
    let w = World::new();
    let args = [
        "--sandbox",
        "--color",
        "never",
        "customers",
        "each",
        "--filter",
        "a",
        "--",
        "segments",
        "list",
    ];
    let Some(out) = crate::common::on_terminal(&w, 200, &args) else {
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    assert!(out.status.success(), "{text}");
    assert!(!text.contains('\t'), "{text}");
    assert_eq!(text.matches("CUSTOMER").count(), 1, "{text}");
    let header = text
        .lines()
        .find(|l| l.starts_with("CUSTOMER  "))
        .unwrap_or_else(|| panic!("{text}"));
    // Each row's id starts under the header's ID.
    let at = header.find("ID").unwrap();
    let rows: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("Bluefin Marketing"))
        .collect();
    assert_eq!(rows.len(), 4, "{text}");
    for row in rows {
        assert_eq!(&row[at - 2..at], "  ", "{row}\n{header}");
        assert!(
            row[at..].starts_with(|c: char| c.is_ascii_hexdigit()),
            "{row}"
        );
    }
}
