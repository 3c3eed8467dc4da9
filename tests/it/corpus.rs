//! The bad-input corpus: every malformed input under `tests/corpus/` (and a few generated
//! here, the large ones) with the exact behaviour it gets — a whole-file error on one line of
//! stderr, or per-row rejections whose row numbers and reasons are checked one by one. For
//! every run: never a panic, imported + rejected + duplicates + skipped = the records read,
//! no row both sent and rejected, and the sandbox receives exactly the valid rows, once.
//! `tests/corpus/README.md` has the table.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Value, json};

#[cfg(unix)]
use crate::common::set_mode;
use crate::common::{World, stderr, stdout};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");

fn corpus(name: &str) -> Vec<u8> {
    std::fs::read(format!("{CORPUS}/{name}")).unwrap()
}

/// One `bp whatsapp import NAME -o json`, run in a directory of its own.
struct Import {
    dir: tempfile::TempDir,
    name: String,
    out: std::process::Output,
    /// The sandbox's request count before the run: what came after is this run's.
    requests_before: usize,
}

impl Import {
    fn code(&self) -> Option<i32> {
        self.out.status.code()
    }

    fn stderr(&self) -> String {
        stderr(&self.out)
    }

    fn failed_path(&self) -> PathBuf {
        let ext = if self.name.ends_with(".csv") {
            "csv"
        } else {
            "ndjson"
        };
        self.dir.path().join(format!("{}.failed.{ext}", self.name))
    }

    /// Every file in the run's directory but the input.
    fn other_files(&self) -> Vec<String> {
        std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| *n != self.name)
            .collect()
    }

    /// (row, reason) of each line of the failed file, in order.
    fn failed_rows(&self) -> Vec<(u64, String)> {
        failed_rows(&self.failed_path())
    }

    /// (name, "+prefix number") of every contact the sandbox received in this run.
    fn sent(&self, w: &World) -> Vec<(String, String)> {
        w.requests()[self.requests_before..]
            .iter()
            .filter(|r| r.path == "/inbox/users/import")
            .flat_map(|r| r.json().unwrap().as_array().unwrap().clone())
            .map(|c| {
                let d = &c["profile"]["userDetails"];
                let p = &d["contact"]["phone"];
                (
                    d["userProvidedName"].as_str().unwrap_or("").to_string(),
                    format!(
                        "+{} {}",
                        p["prefix"].as_str().unwrap(),
                        p["number"].as_str().unwrap()
                    ),
                )
            })
            .collect()
    }

    /// The bodies of this run's import requests.
    fn bodies(&self, w: &World) -> Vec<Value> {
        w.requests()[self.requests_before..]
            .iter()
            .filter(|r| r.path == "/inbox/users/import")
            .map(|r| r.json().unwrap())
            .collect()
    }
}

fn import(w: &World, name: &str, bytes: &[u8]) -> Import {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), bytes).unwrap();
    let requests_before = w.requests().len();
    let out = w
        .bp()
        .current_dir(dir.path())
        .args(["whatsapp", "import", name, "-o", "json"])
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let run = Import {
        dir,
        name: name.to_string(),
        out,
        requests_before,
    };
    let err = run.stderr();
    assert!(!err.contains("panicked"), "{name}: {err}");
    assert!(run.code().is_some(), "{name}: killed by a signal: {err}");
    run
}

fn import_corpus(w: &World, name: &str) -> Import {
    import(w, name, &corpus(&format!("import/{name}")))
}

/// (row, reason) of a failed file: the last two cells of a CSV line (a ragged row is kept
/// whole, so its width varies), or the `row` and `reason` keys of an NDJSON line.
fn failed_rows(path: &Path) -> Vec<(u64, String)> {
    if path.extension().is_some_and(|e| e == "csv") {
        csv::ReaderBuilder::new()
            .flexible(true)
            .from_path(path)
            .unwrap()
            .records()
            .map(|r| {
                let r = r.unwrap();
                let n = r.len();
                (r[n - 2].parse().unwrap(), r[n - 1].to_string())
            })
            .collect()
    } else {
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .map(|l| {
                let v: Value = serde_json::from_str(l).unwrap();
                (
                    v["row"].as_u64().unwrap(),
                    v["reason"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    }
}

/// The outcome of a file whose records could be read.
struct Rows<'a> {
    /// Records in the input, as the reader counts them (blank lines are not records).
    records: u64,
    /// (name, i) of each contact the sandbox must receive, with the number of row `i`.
    sent: &'a [(&'a str, u64)],
    /// (row, exact reason) of each line of the failed file, in order.
    rejected: &'a [(u64, &'a str)],
    duplicates: u64,
}

fn check_rows(w: &World, run: &Import, expect: Rows) {
    let name = &run.name;
    let err = run.stderr();
    let code = if expect.rejected.is_empty() { 0 } else { 4 };
    assert_eq!(run.code(), Some(code), "{name}: {err}");
    let failed_file = if expect.rejected.is_empty() {
        Value::Null
    } else {
        Value::from(format!(
            "{}",
            run.failed_path().file_name().unwrap().display()
        ))
    };
    let mut summary: Value = serde_json::from_str(stdout(&run.out).trim())
        .unwrap_or_else(|e| panic!("{name}: {e}: {}", stdout(&run.out)));
    // How many requests it took depends on the batches; none was throttled.
    let requests = summary.as_object_mut().unwrap().remove("requests");
    assert!(requests.is_some_and(|r| r.is_u64()), "{name}");
    assert_eq!(
        summary.as_object_mut().unwrap().remove("throttled"),
        Some(json!(0))
    );
    assert_eq!(
        summary,
        json!({
            "imported": expect.sent.len(),
            "rejected": expect.rejected.len(),
            "duplicates": expect.duplicates,
            "skipped": 0,
            "failed_file": failed_file,
        }),
        "{name}: {err}"
    );
    let total: u64 = ["imported", "rejected", "duplicates", "skipped"]
        .iter()
        .map(|k| summary[k].as_u64().unwrap())
        .sum();
    assert_eq!(total, expect.records, "{name}: every record counted once");
    assert!(
        err.contains(&format!(
            "of {} rows: {} rejected, {} duplicates",
            expect.records,
            expect.rejected.len(),
            expect.duplicates
        )),
        "{name}: {err}"
    );

    // The failed file: exactly the rejected rows, each once, with its reason.
    if expect.rejected.is_empty() {
        assert!(
            run.other_files().is_empty(),
            "{name}: {:?}",
            run.other_files()
        );
    } else {
        let rows = run.failed_rows();
        let want: Vec<(u64, String)> = expect
            .rejected
            .iter()
            .map(|(r, why)| (*r, why.to_string()))
            .collect();
        assert_eq!(rows, want, "{name}");
        let distinct: BTreeSet<u64> = rows.iter().map(|r| r.0).collect();
        assert_eq!(distinct.len(), rows.len(), "{name}: a row rejected twice");
    }

    // The sandbox received exactly the valid rows (the last of each number), each once, and
    // no rejected row.
    let mut sent = run.sent(w);
    sent.sort();
    let mut want: Vec<(String, String)> = expect
        .sent
        .iter()
        .map(|(n, i)| (n.to_string(), sent_phone(*i)))
        .collect();
    want.sort();
    assert_eq!(sent, want, "{name}");
    let rejected_rows: BTreeSet<String> = expect
        .rejected
        .iter()
        .map(|(r, _)| format!("R{r}"))
        .collect();
    assert!(
        sent.iter().all(|(n, _)| !rejected_rows.contains(n)),
        "{name}: a rejected row was sent"
    );
}

/// A whole-file error: exit 2, one `error:` line naming the file, nothing sent, no failed
/// file, nothing on stdout.
fn check_file_error(w: &World, run: &Import, message: &str) {
    let name = &run.name;
    let err = run.stderr();
    assert_eq!(run.code(), Some(2), "{name}: {err}");
    assert_eq!(stdout(&run.out), "", "{name}");
    assert_eq!(err.lines().count(), 1, "{name}: {err}");
    let line = err.trim_end().strip_prefix("error: ").unwrap_or_else(|| {
        panic!("{name}: {err}");
    });
    let prefix = format!("cannot read {name}: ");
    let rest = line
        .strip_prefix(&prefix)
        .unwrap_or_else(|| panic!("{name}: the error names the file: {err}"));
    // Errors found while opening the file are named twice today (by `import::open` and by
    // the import command); once is enough, and either is accepted here.
    let rest = rest.strip_prefix(&prefix).unwrap_or(rest);
    assert_eq!(rest, message, "{name}");
    assert!(run.sent(w).is_empty(), "{name}: something was sent");
    assert!(
        run.other_files().is_empty(),
        "{name}: {:?}",
        run.other_files()
    );
}

/// The number of row `i` of the corpus files, as written there.
fn p(i: u64) -> String {
    format!("+91 98765 4321{}", i - 1)
}

/// The number of row `i`, as the API receives it.
fn sent_phone(i: u64) -> String {
    format!("+91 987654321{}", i - 1)
}

#[test]
fn empty_files_and_a_header_only() {
    let w = World::new();
    let run = import_corpus(&w, "empty.csv");
    check_file_error(&w, &run, "the CSV file is empty: it needs a header row");
    let run = import_corpus(&w, "empty.json");
    check_file_error(
        &w,
        &run,
        "the JSON file is empty: it needs an array of objects",
    );
    // NDJSON has no structure to miss: no lines is no records, and nothing to do.
    for name in ["empty.ndjson", "header-only.csv"] {
        let run = import_corpus(&w, name);
        check_rows(
            &w,
            &run,
            Rows {
                records: 0,
                sent: &[],
                rejected: &[],
                duplicates: 0,
            },
        );
    }
    let run = import(&w, "empty-array.json", b" [ ]\n");
    check_rows(
        &w,
        &run,
        Rows {
            records: 0,
            sent: &[],
            rejected: &[],
            duplicates: 0,
        },
    );
    assert!(w.requests().iter().all(|r| r.path != "/inbox/users/import"));
}

#[test]
fn a_csv_without_a_phone_column_rejects_every_row() {
    let w = World::new();
    let run = import_corpus(&w, "no-phone-column.csv");
    let why = "MISSING_PHONE: the row has no phone column";
    check_rows(
        &w,
        &run,
        Rows {
            records: 2,
            sent: &[],
            rejected: &[(1, why), (2, why)],
            duplicates: 0,
        },
    );
    // The rows come back whole, to be fixed and fed in again.
    assert_eq!(
        std::fs::read_to_string(run.failed_path()).unwrap(),
        format!("name,email,row,reason\nR1,r1@example.com,1,{why}\nR2,r2@example.com,2,{why}\n")
    );
}

#[test]
fn utf16_and_utf32_files_are_refused_naming_the_encoding() {
    let w = World::new();
    let fix = "not UTF-8: save it as UTF-8 (in Excel: \"CSV UTF-8\") or convert it with `iconv -f";
    for (name, encoding) in [
        (
            "utf16-bom.csv",
            "UTF-16 (little-endian, with a byte order mark)",
        ),
        (
            "utf16be-bom.ndjson",
            "UTF-16 (big-endian, with a byte order mark)",
        ),
        (
            "utf16-no-bom.json",
            "UTF-16 (little-endian: a NUL byte after each character)",
        ),
    ] {
        let run = import_corpus(&w, name);
        check_file_error(
            &w,
            &run,
            &format!("the file is {encoding}, {fix} UTF-16 -t UTF-8`"),
        );
    }
    let utf32: Vec<u8> = "\u{feff}name,phone\nR1,+91 98765 43210\n"
        .chars()
        .flat_map(|c| (c as u32).to_le_bytes())
        .collect();
    let run = import(&w, "utf32.csv", &utf32);
    check_file_error(
        &w,
        &run,
        &format!(
            "the file is UTF-32 (little-endian, with a byte order mark), {fix} UTF-32 -t UTF-8`"
        ),
    );
}

#[test]
fn latin1_rows_are_rejected_as_invalid_utf8_and_a_latin1_header_refuses_the_file() {
    let w = World::new();
    let hint = "is not valid UTF-8 (is the file Latin-1 or Windows-1252? save it as UTF-8)";
    let run = import_corpus(&w, "latin1-rows.csv");
    let why = format!("INVALID_UTF8: column `name` {hint}");
    check_rows(
        &w,
        &run,
        Rows {
            records: 4,
            sent: &[("R1", 1), ("R3", 3)],
            rejected: &[(2, why.as_str()), (4, why.as_str())],
            duplicates: 0,
        },
    );
    // The failed file is UTF-8: the undecodable bytes are shown as U+FFFD.
    let failed = std::fs::read_to_string(run.failed_path()).unwrap();
    assert!(
        failed.contains("\nJos\u{fffd} R2,+91 98765 43211,2,"),
        "{failed}"
    );

    let run = import_corpus(&w, "latin1-lines.ndjson");
    let why = format!("INVALID_UTF8: the record {hint}");
    check_rows(
        &w,
        &run,
        Rows {
            records: 2,
            sent: &[("R1", 1)],
            rejected: &[(2, why.as_str())],
            duplicates: 0,
        },
    );

    // Column names become keys: a header that cannot be read is the whole file's error.
    let run = import_corpus(&w, "latin1-header.csv");
    check_file_error(
        &w,
        &run,
        "the CSV header is not valid UTF-8 (column 1, `Pr\u{fffd}nom`): the file is probably Latin-1 or Windows-1252; save it as UTF-8 (in Excel: \"CSV UTF-8\")",
    );
}

#[test]
fn a_utf8_bom_and_crlf_line_ends_are_read_as_usual() {
    let w = World::new();
    for (name, sent) in [
        ("utf8-bom.csv", vec![("R1", 1), ("R2", 2)]),
        ("utf8-bom.json", vec![("R1", 1)]),
        ("utf8-bom.ndjson", vec![("R1", 1), ("R2", 2)]),
        ("crlf.ndjson", vec![("R1", 1), ("R2", 2)]),
        ("crlf.json", vec![("R1", 1), ("R2", 2)]),
        ("crlf.csv", vec![("R1", 1), ("R2, jr", 2), ("R3", 3)]),
    ] {
        let run = import_corpus(&w, name);
        check_rows(
            &w,
            &run,
            Rows {
                records: sent.len() as u64,
                sent: &sent,
                rejected: &[],
                duplicates: 0,
            },
        );
        let body = &run.bodies(&w)[0];
        if name == "utf8-bom.csv" {
            // The BOM is not part of the first column's name: `name` is recognised.
            assert_eq!(body[0]["profile"]["userDetails"]["attributes"], json!([]));
        }
        if name == "crlf.csv" {
            // No `\r` left on the last column; a quoted line break is kept as written.
            let attrs: Vec<&Value> = body
                .as_array()
                .unwrap()
                .iter()
                .map(|c| &c["profile"]["userDetails"]["attributes"])
                .collect();
            assert_eq!(
                attrs,
                [
                    &json!([{"key": "city", "value": "Pune"}]),
                    &json!([{"key": "city", "value": "Navi\r\nMumbai"}]),
                    &json!([]),
                ]
            );
        }
    }
}

#[test]
fn unbalanced_quotes_and_ragged_rows_are_rejected_whole() {
    let w = World::new();
    // A quote that never closes swallows the rest of the file into one field of row 2: one
    // record, rejected, with the lines it holds named; nothing after it is sent.
    let run = import_corpus(&w, "unclosed-quote.csv");
    check_rows(
        &w,
        &run,
        Rows {
            records: 2,
            sent: &[("R1", 1)],
            rejected: &[(
                2,
                "MALFORMED_ROW: 1 field where the header has 2 (a quoted field runs from line 3 to line 5: is a quote unbalanced?)",
            )],
            duplicates: 0,
        },
    );
    let failed = std::fs::read_to_string(run.failed_path()).unwrap();
    assert!(
        failed.starts_with(
            "name,phone,row,reason\n\"R2,+91 98765 43211\nR3,+91 98765 43212\nR4,+91 98765 43213\n\",,2,"
        ),
        "the swallowed rows are in the failed file: {failed}"
    );

    // A quote closed a line late: rows 1 and 2 of the file are one record.
    let run = import_corpus(&w, "late-quote.csv");
    check_rows(
        &w,
        &run,
        Rows {
            records: 2,
            sent: &[("R3", 3)],
            rejected: &[(
                1,
                "MALFORMED_ROW: 1 field where the header has 2 (a quoted field runs from line 2 to line 3: is a quote unbalanced?)",
            )],
            duplicates: 0,
        },
    );

    // Too few or too many fields; the blank line is not a record.
    let run = import_corpus(&w, "ragged.csv");
    check_rows(
        &w,
        &run,
        Rows {
            records: 5,
            sent: &[("R1", 1), ("R5", 5)],
            rejected: &[
                (2, "MALFORMED_ROW: 2 fields where the header has 3"),
                (3, "MALFORMED_ROW: 4 fields where the header has 3"),
                (4, "MALFORMED_ROW: 1 field where the header has 3"),
            ],
            duplicates: 0,
        },
    );
    assert_eq!(
        std::fs::read_to_string(run.failed_path()).unwrap(),
        "name,phone,city,row,reason\n\
         R2,+91 98765 43211,,2,MALFORMED_ROW: 2 fields where the header has 3\n\
         R3,+91 98765 43212,Pune,extra,3,MALFORMED_ROW: 4 fields where the header has 3\n\
         R4,,,4,MALFORMED_ROW: 1 field where the header has 3\n"
    );
}

#[test]
fn ten_megabyte_lines_are_handled() {
    // How long they take is a benchmark's to say (the 60 s timeout only stops a hang).
    let w = World::new();
    let big = 10 * 1024 * 1024;

    // A 10 MB phone cell: rejected with a short reason; the failed file keeps the cell.
    let mut csv = String::from("name,phone\nR1,+91");
    csv.extend(std::iter::repeat_n('9', big));
    csv.push_str(&format!("\nR2,{}\n", p(2)));
    let run = import(&w, "big-cell.csv", csv.as_bytes());
    check_rows(
        &w,
        &run,
        Rows {
            records: 2,
            sent: &[("R2", 2)],
            rejected: &[(
                1,
                "INVALID_PHONE: `+919999999999999999999999999999999999999…` is not a phone number (the number is too long)",
            )],
            duplicates: 0,
        },
    );
    let failed_len = std::fs::metadata(run.failed_path()).unwrap().len() as usize;
    assert!(
        (big..big + 300).contains(&failed_len),
        "the cell once, not again in its reason: {failed_len}"
    );

    // A file that is one 10 MB line, a JSON record that never ends.
    let mut ndjson = String::from("{\"name\": \"R1\", \"phone\": \"");
    ndjson.extend(std::iter::repeat_n('x', big));
    // serde_json's message: the column of the last character read.
    let why = format!(
        "INVALID_JSON: EOF while parsing a string at line 1 column {}",
        ndjson.len()
    );
    let run = import(&w, "one-line.ndjson", ndjson.as_bytes());
    check_rows(
        &w,
        &run,
        Rows {
            records: 1,
            sent: &[],
            rejected: &[(1, why.as_str())],
            duplicates: 0,
        },
    );

    // A 10 MB CSV field that is valid: its row is handled like any other.
    let mut csv = String::from("name,phone,notes\nR1,");
    csv.push_str(&p(1));
    csv.push(',');
    csv.extend(std::iter::repeat_n('n', big));
    csv.push_str(&format!("\nR2,{},short\n", p(2)));
    let run = import(&w, "big-note.csv", csv.as_bytes());
    check_rows(
        &w,
        &run,
        Rows {
            records: 2,
            sent: &[("R1", 1), ("R2", 2)],
            rejected: &[],
            duplicates: 0,
        },
    );
}

#[test]
fn nul_bytes_reject_their_rows() {
    let w = World::new();
    let why = "MALFORMED_ROW: the row holds a NUL byte";
    let run = import_corpus(&w, "nul-bytes.csv");
    check_rows(
        &w,
        &run,
        Rows {
            records: 3,
            sent: &[("R3", 3)],
            rejected: &[(1, why), (2, why)],
            duplicates: 0,
        },
    );

    let run = import_corpus(&w, "nul-bytes.ndjson");
    check_rows(
        &w,
        &run,
        Rows {
            records: 4,
            sent: &[("R1", 1), ("R4", 4)],
            rejected: &[
                (
                    2,
                    "INVALID_JSON: control character (\\u0000-\\u001F) found while parsing a string at line 1 column 11",
                ),
                (3, "INVALID_JSON: expected value at line 1 column 1"),
            ],
            duplicates: 0,
        },
    );
}

#[test]
fn json_that_is_not_one_array_of_objects() {
    let w = World::new();
    let not_array = "the JSON file is not an array: it must be `[{…}, {…}]` (NDJSON files need the .ndjson extension or --format ndjson)";
    for name in ["object.json", "string.json"] {
        let run = import_corpus(&w, name);
        check_file_error(&w, &run, not_array);
    }
    let run = import_corpus(&w, "two-arrays.json");
    check_file_error(
        &w,
        &run,
        "the JSON file goes on after its array closes (after record 1): it must hold one array",
    );
    let run = import_corpus(&w, "unclosed-array.json");
    check_file_error(
        &w,
        &run,
        "the JSON array is not closed: the file ends after record 1",
    );

    // Elements that are not objects, and a file cut in the middle of a record: per row.
    let run = import_corpus(&w, "not-objects.json");
    check_rows(
        &w,
        &run,
        Rows {
            records: 6,
            sent: &[("R5", 5)],
            rejected: &[
                (1, "INVALID_JSON: expected an object, found a number"),
                (2, "INVALID_JSON: expected an object, found a string"),
                (3, "INVALID_JSON: expected an object, found null"),
                (4, "INVALID_JSON: expected an object, found a list"),
                (6, "INVALID_JSON: expected an object, found a boolean"),
            ],
            duplicates: 0,
        },
    );
    let run = import_corpus(&w, "truncated.json");
    check_rows(
        &w,
        &run,
        Rows {
            records: 2,
            sent: &[("R1", 1)],
            rejected: &[(
                2,
                "INVALID_JSON: the file ends in the middle of this record",
            )],
            duplicates: 0,
        },
    );
}

#[test]
fn ndjson_with_a_broken_line_in_the_middle() {
    let w = World::new();
    let run = import_corpus(&w, "broken-line.ndjson");
    check_rows(
        &w,
        &run,
        Rows {
            records: 5,
            sent: &[("R1", 1), ("R3", 3), ("R5", 5)],
            rejected: &[
                (
                    2,
                    "INVALID_JSON: EOF while parsing a value at line 1 column 21",
                ),
                (4, "INVALID_JSON: expected an object, found a list"),
            ],
            duplicates: 0,
        },
    );
    // The broken line comes back as it was written.
    let failed = std::fs::read_to_string(run.failed_path()).unwrap();
    let first: Value = serde_json::from_str(failed.lines().next().unwrap()).unwrap();
    assert_eq!(first["raw"], "{\"name\":\"R2\",\"phone\":");
}

#[test]
fn numbers_in_scientific_notation_are_rejected_as_rounded() {
    let w = World::new();
    let sci = |s: &str| {
        format!(
            "INVALID_PHONE: `{s}` is in scientific notation, so a spreadsheet has rounded it: export the column as text"
        )
    };
    let run = import_corpus(&w, "scientific.csv");
    check_rows(
        &w,
        &run,
        Rows {
            records: 4,
            sent: &[("R4", 4)],
            rejected: &[
                (1, sci("9.18E+11").as_str()),
                (2, sci("9,18E+11").as_str()),
                (3, sci("9.18e11").as_str()),
            ],
            duplicates: 0,
        },
    );

    // In JSON a number with an exponent or a fraction has been through a float.
    let float = |s: &str| {
        format!(
            "INVALID_PHONE: `{s}` is a floating-point number, so its digits may have been rounded away (a spreadsheet's 9.18E+11?): write phone numbers as strings"
        )
    };
    let run = import_corpus(&w, "scientific.json");
    check_rows(
        &w,
        &run,
        Rows {
            records: 4,
            sent: &[],
            rejected: &[
                (1, float("918000000000.0").as_str()),
                (2, float("919876543211.0").as_str()),
                (3, sci("9.18E+11").as_str()),
                (
                    4,
                    "INVALID_PHONE: `919876543213` has no country code: write it as +CC…, add a `country` column, or pass --default-country",
                ),
            ],
            duplicates: 0,
        },
    );
}

#[test]
fn duplicate_numbers_send_the_last_row_once() {
    let w = World::new();
    // Rows 1, 3 and 6 are one number written three ways; rows 2 and 4 another.
    let run = import_corpus(&w, "duplicates.csv");
    check_rows(
        &w,
        &run,
        Rows {
            records: 6,
            sent: &[("R4", 2), ("R6", 1)],
            rejected: &[(
                5,
                "INVALID_PHONE: `12345` has no country code: write it as +CC…, add a `country` column, or pass --default-country",
            )],
            duplicates: 3,
        },
    );
}

/// `bp` with `BP_CONFIG` at a copy (mode 0600) of a corpus config file.
fn with_config(w: &World, name: &str) -> (assert_cmd::Command, PathBuf) {
    let path = w.home.path().join(name);
    std::fs::write(&path, corpus(&format!("config/{name}"))).unwrap();
    #[cfg(unix)]
    set_mode(&path, 0o600);
    let mut cmd = w.bare();
    cmd.env("BP_CONFIG", &path).timeout(Duration::from_secs(30));
    (cmd, path)
}

fn run(mut cmd: assert_cmd::Command, args: &[&str]) -> (Option<i32>, String, String) {
    let out = cmd.args(args).output().unwrap();
    let (o, e) = (stdout(&out), stderr(&out));
    assert!(!e.contains("panicked"), "{e}");
    (out.status.code(), o, e)
}

#[test]
fn config_corpus() {
    let w = World::new();
    let show = ["profile", "show", "-o", "json"];

    // Empty: a valid file with no profiles.
    let (cmd, path) = with_config(&w, "empty.toml");
    let (code, out, err) = run(cmd, &show);
    assert_eq!((code, err.as_str()), (Some(0), ""));
    assert_eq!(
        serde_json::from_str::<Value>(&out).unwrap(),
        json!([
            {"key": "profile", "value": "(none: environment only)", "source": "selected"},
            {"key": "config", "value": path, "source": "env BP_CONFIG"},
            {"key": "base_url", "value": "https://api.v7.botpenguin.com", "source": "default"},
        ])
    );

    // A wrong type: exit 2, the line and column.
    let (cmd, path) = with_config(&w, "wrong-type.toml");
    let (code, out, err) = run(cmd, &show);
    assert_eq!((code, out.as_str()), (Some(2), ""));
    assert_eq!(
        err,
        format!(
            "error: malformed config file {}, line 2, column 10: invalid type: integer `5`, expected a string\n",
            path.display()
        )
    );

    // Unknown keys: a warning naming each, and the rest works.
    let (cmd, path) = with_config(&w, "unknown-key.toml");
    let (code, out, err) = run(cmd, &show);
    assert_eq!(code, Some(0), "{err}");
    let shown = path.display();
    assert_eq!(
        err,
        format!(
            "warning: unknown key `colour` in {shown}\nwarning: unknown key `partner_kye` in profile `a` of {shown}\n"
        )
    );
    let rows: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert!(rows.contains(&json!({"key": "bot_id", "value": "b1", "source": "file"})));

    // Not UTF-8: the encoding named, not "stream did not contain valid UTF-8".
    let (cmd, path) = with_config(&w, "utf16.toml");
    let (code, _, err) = run(cmd, &show);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        format!(
            "error: config file {} is UTF-16, not UTF-8: save it as UTF-8\n",
            path.display()
        )
    );

    // A `_cmd` that fails or prints nothing: `profile show` does not run it; a command that
    // needs the secret exits 2 naming the key, before any request. The commands are `sh`'s.
    #[cfg(unix)]
    failing_commands(&w, &show);
}

#[cfg(unix)]
fn failing_commands(w: &World, show: &[&str]) {
    let input = w.home.path().join("c.csv");
    std::fs::write(&input, format!("name,phone\nR1,{}\n", p(1))).unwrap();
    for (name, cmd_text, error) in [
        (
            "cmd-fails.toml",
            "echo vault is locked >&2; exit 3",
            "failed with exit status: 3: vault is locked",
        ),
        (
            "cmd-prints-nothing.toml",
            "printf '\\n  \\n'",
            "printed nothing",
        ),
    ] {
        let (cmd, _) = with_config(w, name);
        let (code, out, err) = run(cmd, show);
        assert_eq!((code, err.as_str()), (Some(0), ""), "{name}");
        let rows: Vec<Value> = serde_json::from_str(&out).unwrap();
        assert!(
            rows.contains(&json!({"key": "api_token", "value": "(run when needed)", "source": format!("command `{cmd_text}`")})),
            "{name}: {out}"
        );
        let (mut cmd, _) = with_config(w, name);
        cmd.env("BP_BASE_URL", w.sandbox.base_url());
        let (code, out, err) = run(
            cmd,
            &["whatsapp", "import", input.to_str().unwrap(), "-o", "json"],
        );
        assert_eq!((code, out.as_str()), (Some(2), ""), "{name}: {err}");
        assert_eq!(
            err,
            format!("error: `api_token_cmd` (`{cmd_text}`) {error}\n"),
            "{name}"
        );
    }
    assert!(w.requests().is_empty(), "nothing was sent");
}
