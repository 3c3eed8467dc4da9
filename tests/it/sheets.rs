//! Spreadsheets as inputs: `tests/corpus/import/contacts.{xlsx,xls,ods}` (made by
//! `tests/corpus/make_sheets.py`), read like a CSV file.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::{World, stderr, summary_of};

/// A copy of the corpus spreadsheet in a temporary folder, for its failed file.
fn copy(dir: &Path, ext: &str) -> PathBuf {
    let from =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/corpus/import/contacts.{ext}"));
    let to = dir.join(format!("contacts.{ext}"));
    std::fs::copy(from, &to).unwrap();
    to
}

/// (name, +prefix number, attributes) of every contact the sandbox received in imports.
fn received(w: &World) -> Vec<(String, String, Value)> {
    w.requests()
        .iter()
        .filter(|r| r.path == "/inbox/users/import")
        .flat_map(|r| r.json().unwrap().as_array().unwrap().clone())
        .map(|c| {
            let d = &c["profile"]["userDetails"];
            let p = &d["contact"]["phone"];
            (
                d["userProvidedName"].as_str().unwrap().to_string(),
                format!(
                    "+{} {}",
                    p["prefix"].as_str().unwrap(),
                    p["number"].as_str().unwrap()
                ),
                d["attributes"].clone(),
            )
        })
        .collect()
}

#[test]
fn xlsx_xls_and_ods_import_alike() {
    for ext in ["xlsx", "xls", "ods"] {
        let w = World::new();
        let dir = tempfile::tempdir().unwrap();
        let input = copy(dir.path(), ext);
        let out = w
            .bp()
            .args([
                "whatsapp",
                "import",
                input.to_str().unwrap(),
                "--default-country",
                "IN",
                "-o",
                "json",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(4), "{ext}: {}", stderr(&out));
        let summary = summary_of(&out);
        assert_eq!(
            (summary["imported"].as_u64(), summary["rejected"].as_u64()),
            (Some(3), Some(1)),
            "{ext}"
        );
        let got = received(&w);
        let names: Vec<(&str, &str)> = got
            .iter()
            .map(|(n, p, _)| (n.as_str(), p.as_str()))
            .collect();
        // The number cell 919876543211 is those digits exactly; the text cells as written.
        assert_eq!(
            names,
            [
                ("Ana", "+91 9876543210"),
                ("Ben", "+91 9876543211"),
                ("Eve", "+1 4155552671")
            ],
            "{ext}"
        );
        // A date cell is ISO text.
        assert_eq!(
            got[0].2,
            serde_json::json!([{"key": "joined", "value": "2024-04-01"}]),
            "{ext}"
        );
        // The number a spreadsheet rounded to 9.18E+11 is refused, never sent rounded.
        let failed =
            std::fs::read_to_string(dir.path().join(format!("contacts.{ext}.failed.csv"))).unwrap();
        let lines: Vec<&str> = failed.lines().collect();
        assert_eq!(lines[0], "name,phone,email,joined,row,reason", "{ext}");
        assert!(
            lines[1].starts_with(
                "Cy,918000000000,cy@example.com,,3,INVALID_PHONE: `918000000000` looks rounded"
            ),
            "{ext}: {}",
            lines[1]
        );
        assert_eq!(lines.len(), 2, "{ext}");
    }
}

#[test]
fn sheet_names_the_sheet_to_read() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = copy(dir.path(), "xlsx");
    let out = w
        .bp()
        .args([
            "whatsapp",
            "import",
            input.to_str().unwrap(),
            "--sheet",
            "Later",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let names: Vec<String> = received(&w).into_iter().map(|(n, _, _)| n).collect();
    assert_eq!(names, ["Zed"]);

    let before = w.requests().len();
    let out = w
        .bp()
        .args([
            "whatsapp",
            "import",
            input.to_str().unwrap(),
            "--sheet",
            "Nope",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no sheet `Nope` in the workbook; its sheets: `Contacts`, `Later`"),
        "{}",
        stderr(&out)
    );
    assert_eq!(w.requests().len(), before, "nothing sent");

    let csv = dir.path().join("c.csv");
    std::fs::write(&csv, "name,phone\nA,+91 98765 43210\n").unwrap();
    let out = w
        .bp()
        .args([
            "whatsapp",
            "import",
            csv.to_str().unwrap(),
            "--sheet",
            "Later",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--sheet names a sheet of a spreadsheet"),
        "{}",
        stderr(&out)
    );
    assert_eq!(w.requests().len(), before, "nothing sent");
}

#[test]
fn a_stray_cell_far_away_is_a_bad_row_not_a_crash() {
    // 5 KB on disk; a reader that builds the whole grid would ask for 17 billion cells.
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("far-cell.xlsx");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/import/far-cell.xlsx"),
        &input,
    )
    .unwrap();
    let out = w
        .bp()
        .args(["whatsapp", "import", input.to_str().unwrap(), "-o", "json"])
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let summary = summary_of(&out);
    assert_eq!(
        (summary["imported"].as_u64(), summary["rejected"].as_u64()),
        (Some(1), Some(1))
    );
    let failed = std::fs::read_to_string(dir.path().join("far-cell.xlsx.failed.csv")).unwrap();
    assert!(
        failed.contains("MALFORMED_ROW: a cell right of the header's last column (2)"),
        "{failed}"
    );
}
