//! Daily use (issue 16) on a terminal: tables fit it (free text cut with `…`, never an id,
//! an email or a phone), `--wide` shows them whole, times are relative or local, and the
//! progress bar keeps to one line with a rounded rate.

use serde_json::Value;

use crate::common::{RunOk, World, on_terminal, on_terminal_with, stdout};

/// What the terminal showed, with `\n` line ends.
fn shown(out: &std::process::Output) -> String {
    let text = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    assert!(out.status.success(), "{text}");
    text
}

/// Columns a line takes on a terminal (the tests' tables are ASCII but for `…`).
fn columns(line: &str) -> usize {
    line.chars().count()
}

/// The lines of a table: its header and the rows, each starting with a 24-hex id.
fn table_lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| {
            l.starts_with("ID ")
                || l.get(..24)
                    .is_some_and(|id| id.bytes().all(|b| b.is_ascii_hexdigit()))
        })
        .collect()
}

/// `field` of each item `bp --sandbox ARGS -o json` prints.
fn values(w: &World, args: &[&str], field: &str) -> Vec<String> {
    let out = w
        .bare()
        .arg("--sandbox")
        .args(args)
        .args(["-o", "json"])
        .run_ok();
    let items: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    items
        .iter()
        .filter_map(|i| bp::output::lookup(i, field).and_then(Value::as_str))
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn tables_fit_the_terminal_cutting_free_text_never_ids_emails_or_phones() {
    let w = World::new();
    let args = ["--sandbox", "--color", "never", "contacts", "search"];
    let Some(out) = on_terminal(&w, 120, &args) else {
        return;
    };
    let text = shown(&out);
    let lines = table_lines(&text);
    let ids = values(&w, &args[3..], "_id");
    // One line per contact under the header.
    assert_eq!(lines.len(), ids.len() + 1, "{text}");
    for line in &lines {
        assert!(
            columns(line) <= 120,
            "{} columns: {line}\n{text}",
            columns(line)
        );
    }
    assert!(text.contains('…'), "nothing was cut:\n{text}");
    for id in &ids {
        assert!(text.contains(&format!("{id}  ")), "{id}\n{text}");
    }
    let emails = values(&w, &args[3..], "profile.userDetails.contact.email");
    let phones = values(&w, &args[3..], "profile.userDetails.contact.phone.number");
    assert!(!emails.is_empty() && !phones.is_empty());
    for whole in emails.iter().chain(&phones) {
        assert!(text.contains(whole.as_str()), "`{whole}` is cut:\n{text}");
    }

    // --wide: every cell whole, however wide the lines.
    let wide = [&args[..], &["--wide"]].concat();
    let out = on_terminal(&w, 120, &wide).unwrap();
    let text = shown(&out);
    let lines = table_lines(&text);
    assert_eq!(lines.len(), ids.len() + 1, "{text}");
    assert!(!text.contains('…'), "{text}");
    assert!(lines.iter().any(|l| columns(l) > 120), "{text}");
}

/// The issue's own case: `customers list` on 100 columns wrapped its emails over three
/// lines. Its ids, emails, statuses and dates alone take 110 columns: the last column is
/// left out (a hint says which, and that `--wide` shows it), so each customer is one line
/// that fits, its email whole.
#[test]
fn customers_list_keeps_one_line_a_customer() {
    let w = World::new();
    let args = ["--sandbox", "--color", "never", "customers", "list"];
    let Some(out) = on_terminal(&w, 100, &args) else {
        return;
    };
    let text = shown(&out);
    let lines = table_lines(&text);
    let emails = values(&w, &args[3..], "contact.email");
    assert_eq!(lines.len(), emails.len() + 1, "{text}");
    for line in &lines {
        assert!(
            columns(line) <= 100,
            "{} columns: {line}\n{text}",
            columns(line)
        );
    }
    for email in emails {
        assert!(text.contains(&format!("{email}  ")), "{email}\n{text}");
    }
    assert!(!lines[0].contains("LAST LOGIN"), "{text}");
    assert!(
        text.contains(
            "hint: 1 column left out to fit the terminal (LAST LOGIN): --wide shows every column"
        ),
        "{text}"
    );
    // With -q, no hint; with --wide, every column.
    let quiet = [&args[..], &["-q"]].concat();
    assert!(!shown(&on_terminal(&w, 100, &quiet).unwrap()).contains("left out"));
    let wide = [&args[..], &["--wide"]].concat();
    let text = shown(&on_terminal(&w, 100, &wide).unwrap());
    assert!(table_lines(&text)[0].contains("LAST LOGIN"), "{text}");
    assert!(!text.contains("left out"), "{text}");
}

/// Times: within 30 days of now, how long ago; older, the local date (`TZ`); pipes keep the
/// API's timestamps. `BP_NOW` fixes "now" for the test.
#[test]
fn times_are_relative_or_local_dates_on_a_terminal_only() {
    let w = World::new();
    let env = |mut cmd: std::process::Command| {
        cmd.env("TZ", "IST-5:30")
            .env("BP_NOW", "2025-11-20T00:00:00Z");
        cmd
    };
    let args = ["--sandbox", "--color", "never", "customers", "list"];
    let Some(out) = on_terminal_with(env(w.bare_std()), 200, &args) else {
        return;
    };
    let text = shown(&out);
    // Bluefin: created 2023-01-12T08:55Z, last logged in 2025-11-13T02:07Z.
    let bluefin = text
        .lines()
        .find(|l| l.contains("Bluefin Marketing"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(bluefin.ends_with("  2023-01-12  6d ago"), "{bluefin}");
    // Oakridge last logged in 2023-10-13T23:02Z: the 14th in India.
    let oakridge = text
        .lines()
        .find(|l| l.contains("Oakridge Dental Care"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(oakridge.ends_with("  2023-02-08  2023-10-14"), "{oakridge}");

    // A pipe: the API's values, whole.
    let out = env(w.bare_std()).args(args).output().unwrap();
    let text = stdout(&out);
    assert!(
        text.contains("2023-01-12T08:55:11.045Z\t2025-11-13T02:07:40.294Z"),
        "{text}"
    );
}

/// The bar of a bulk import on a 70-column terminal: every frame one line, its rate whole.
#[test]
fn the_progress_bar_fits_70_columns_with_a_rounded_rate() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let n = 3_000;
    let mut csv = String::from("name,email,phone\n");
    for i in 1..=n {
        csv.push_str(&format!("Contact {i},c{i}@example.com,+91 97{i:08}\n"));
    }
    let input = dir.path().join("contacts.csv");
    std::fs::write(&input, csv).unwrap();
    let args = ["--sandbox", "whatsapp", "import", input.to_str().unwrap()];
    let Some(out) = on_terminal(&w, 70, &args) else {
        return;
    };
    let text = shown(&out);
    // Frames are redrawn over each other: split at carriage returns, escapes left out.
    let plain = strip_escapes(&text);
    let frames: Vec<&str> = plain
        .split(['\r', '\n'])
        .filter(|f| f.contains(&format!("/{n}")))
        .collect();
    assert!(!frames.is_empty(), "no bar was drawn:\n{text:?}");
    for frame in &frames {
        assert!(
            columns(frame) <= 70,
            "{} columns: {frame:?}",
            columns(frame)
        );
        let rate = frame
            .split_whitespace()
            .find(|t| t.ends_with("/s"))
            .unwrap_or_else(|| panic!("no rate: {frame:?}"));
        let number = rate.trim_end_matches("/s");
        assert!(
            number == "-" || number.bytes().all(|b| b.is_ascii_digit()),
            "{rate} in {frame:?}"
        );
    }
}

/// `text` without its terminal escape sequences (`ESC [ … letter`).
fn strip_escapes(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
