//! `--jq EXPR` (issue 16), as gh has it: on what `-o json` prints (or each `-o ndjson`
//! item), each result on its own line, strings raw; a bad expression is exit 2 before any
//! request, a failing one exit 1.

use serde_json::Value;

use crate::common::{RunOk, World, stderr, stdout};

/// The names of the sandbox's first page of customers, from `-o json`.
fn first_page_names(w: &World) -> Vec<String> {
    let out = w.bp().args(["customers", "list", "-o", "json"]).run_ok();
    let items: Vec<Value> = serde_json::from_str(&stdout(&out)).unwrap();
    items
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect()
}

fn lines(names: &[String]) -> String {
    names.iter().map(|n| format!("{n}\n")).collect()
}

#[test]
fn names_come_out_raw_one_a_line() {
    let w = World::new();
    let out = w
        .bare()
        .args(["--sandbox", "customers", "list", "--jq", ".[].name"])
        .run_ok();
    let text = stdout(&out);
    assert!(text.starts_with("Bluefin Marketing\n"), "{text}");
    assert!(!text.contains('"'), "{text}");
    let names = first_page_names(&w);
    assert!(names.len() > 1);
    let out = w
        .bp()
        .args(["customers", "list", "--jq", ".[].name"])
        .run_ok();
    assert_eq!(stdout(&out), lines(&names));
}

#[test]
fn the_expression_takes_the_whole_array_or_each_ndjson_item() {
    let w = World::new();
    let names = first_page_names(&w);
    let out = w
        .bp()
        .args(["customers", "list", "--jq", "length"])
        .run_ok();
    assert_eq!(stdout(&out), format!("{}\n", names.len()));
    let out = w
        .bp()
        .args(["customers", "list", "-o", "ndjson", "--jq", ".name"])
        .run_ok();
    assert_eq!(stdout(&out), lines(&names));
    // With --all, every page's items in one array.
    let out = w
        .bp()
        .args(["customers", "list", "--all", "--jq", "length"])
        .run_ok();
    let all: usize = stdout(&out).trim().parse().unwrap();
    assert!(all > names.len(), "{all}");
    // After --fields; anything but a string as compact JSON.
    let out = w
        .bp()
        .args(["customers", "list", "--fields", "name,_id", "--jq", ".[0]"])
        .run_ok();
    let first: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(first.as_object().unwrap().len(), 2);
    assert_eq!(first["name"], names[0].as_str());
    assert_eq!(stdout(&out).lines().count(), 1);
}

#[test]
fn an_invalid_expression_is_exit_2_before_any_request() {
    let w = World::new();
    let out = w
        .bp()
        .args(["customers", "list", "--jq", ".[] | .name +"])
        .fails_with(2, "invalid --jq `.[] | .name +`: expected ");
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    let out = w
        .bp()
        .args(["api", "GET", "/customer/list", "--jq", "nosuch(.a)"])
        .fails_with(2, "invalid --jq `nosuch(.a)`: undefined filter `nosuch/1`");
    assert_eq!(stdout(&out), "");
    assert!(w.requests().is_empty(), "{:?}", w.requests());
}

#[test]
fn an_expression_that_fails_on_the_data_is_exit_1() {
    let w = World::new();
    for format in ["json", "ndjson"] {
        let out = w
            .bp()
            .args(["customers", "list", "-o", format, "--jq"])
            .arg(if format == "json" {
                ".[] | .name + 1"
            } else {
                ".name + 1"
            })
            .fails_with(1, "cannot calculate \"Bluefin Marketing\" + 1");
        assert!(stderr(&out).contains("error: --jq `"), "{}", stderr(&out));
        assert_eq!(stdout(&out), "");
    }
}

#[test]
fn table_or_csv_output_with_jq_is_exit_2() {
    let w = World::new();
    for format in ["csv", "table"] {
        let out = w
            .bp()
            .args(["customers", "list", "-o", format, "--jq", "."])
            .fails_with(
                2,
                &format!("--jq needs json or ndjson output, not -o {format}"),
            );
        assert_eq!(stdout(&out), "");
    }
    assert!(w.requests().is_empty());
}

#[test]
fn bp_api_answers_and_pages_go_through_it_too() {
    let w = World::new();
    let out = w
        .bp()
        .args(["api", "GET", "/customer/list", "--jq", ".data | length"])
        .run_ok();
    let page: usize = stdout(&out).trim().parse().unwrap();
    assert!(page > 0);
    let out = w
        .bp()
        .args([
            "api",
            "GET",
            "/customer/list",
            "--paginate",
            "--jq",
            "length",
        ])
        .run_ok();
    let all: usize = stdout(&out).trim().parse().unwrap();
    assert!(all > page, "{all} {page}");
}

#[test]
fn customers_each_filters_the_merged_output() {
    let w = World::new();
    let customers: usize = {
        let out = w
            .bp()
            .args(["customers", "list", "--all", "--jq", "length"])
            .run_ok();
        stdout(&out).trim().parse().unwrap()
    };
    let out = w
        .bp()
        .args([
            "customers",
            "each",
            "--jq",
            "map(.customer._id) | unique | length",
        ])
        .args([
            "--",
            "contacts",
            "search",
            "--interacted",
            "any",
            "--limit",
            "1",
        ])
        .run_ok();
    let ran: usize = stdout(&out).trim().parse().unwrap();
    assert!(ran > 0 && ran <= customers, "{ran} of {customers}");
    // Each customer's output filtered apart is not what it would mean.
    w.bp()
        .args(["customers", "each", "--", "contacts", "search", "--jq", "."])
        .fails_with(2, "--jq after `--`");
}
