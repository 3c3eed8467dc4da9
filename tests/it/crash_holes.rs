//! Holes closed after the first release (issue 11): writes to a closed pipe or a full disk
//! never panic, and say what they were writing; a CSV column named twice is warned of, and
//! a phone number with an extension rejected; the copy of stdin that `whatsapp import -`
//! reads never outlives a run that bp ends, and a killed run's goes on the next one.

use std::io::BufRead;
use std::process::{Output, Stdio};

use serde_json::{Value, json};

#[cfg(unix)]
use crate::common::kill;
use crate::common::{World, stderr, wait_bounded};

/// A pipe whose reading end is already closed: the first write to it fails with EPIPE.
fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    writer.into()
}

/// Linux's device whose writes fail with ENOSPC.
#[cfg(target_os = "linux")]
fn dev_full() -> Stdio {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap()
        .into()
}

fn assert_no_panic(out: &Output) {
    let err = stderr(out);
    assert_ne!(out.status.code(), Some(101), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn version_into_a_closed_pipe_ends_quietly() {
    // `bp --version | true`
    let w = World::new();
    for flag in ["--version", "-V"] {
        let out = w.bp_std().arg(flag).stdout(closed_pipe()).output().unwrap();
        assert_no_panic(&out);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(stderr(&out), "");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn stdout_on_a_full_disk_is_a_one_line_error() {
    // `bp --version > /dev/full`, a data command, and clap's help.
    let w = World::new();
    let runs: [&[&str]; 4] = [
        &["--version"],
        &["customers", "list", "-o", "json"],
        &["customers", "list"],
        &["--help"],
    ];
    for args in runs {
        let out = w.bp_std().args(args).stdout(dev_full()).output().unwrap();
        assert_no_panic(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        assert_eq!(
            stderr(&out),
            "error: cannot write to standard output: No space left on device (os error 28)\n",
            "{args:?}"
        );
    }
}

#[test]
fn each_goes_on_when_its_stderr_is_closed() {
    // `bp customers each -v -- contacts search -v 2>&1 >/dev/null | head -1`
    let w = World::new();
    let (reader, writer) = std::io::pipe().unwrap();
    let mut child = w
        .bp_std()
        .args(["customers", "each", "-v", "--", "contacts", "search", "-v"])
        .stdout(Stdio::null())
        .stderr(writer)
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufReader::new(reader)
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("/customer/list"), "{first}");
    // The reader is gone (dropped above) before any child has answered.
    assert_eq!(wait_bounded(&mut child).code(), Some(0));
    // Every child ran.
    let tokens = w
        .requests()
        .iter()
        .filter(|r| r.path == "/ext/get-user-token")
        .count();
    assert!(tokens > 1, "{tokens}");
}

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/import");

/// `bp whatsapp import NAME -o json` of a corpus file, in a directory of its own.
fn import_corpus(w: &World, name: &str) -> (tempfile::TempDir, Output) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(format!("{CORPUS}/{name}"), dir.path().join(name)).unwrap();
    let out = w
        .bp()
        .current_dir(dir.path())
        .args(["whatsapp", "import", name, "-o", "json"])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert_no_panic(&out);
    (dir, out)
}

/// The contacts the sandbox received, each as its `userDetails`.
fn sent_contacts(w: &World) -> Vec<Value> {
    w.requests()
        .iter()
        .filter(|r| r.path == "/inbox/users/import")
        .flat_map(|r| r.json().unwrap().as_array().unwrap().clone())
        .map(|c| c["profile"]["userDetails"].clone())
        .collect()
}

/// (row, reason) of each line of a failed CSV file.
fn failed_reasons(path: &std::path::Path) -> Vec<(String, String)> {
    csv::Reader::from_path(path)
        .unwrap()
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[r.len() - 2].to_string(), r[r.len() - 1].to_string())
        })
        .collect()
}

#[test]
fn a_repeated_column_is_warned_of_once_and_the_last_one_is_used() {
    let w = World::new();
    let (dir, out) = import_corpus(&w, "duplicate-columns.csv");
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    let warnings: Vec<&str> = err.lines().filter(|l| l.contains(" columns (")).collect();
    assert_eq!(
        warnings,
        [
            "warning: duplicate-columns.csv has two `phone` columns (2 and 5): using column 5",
            "warning: duplicate-columns.csv has two `city` columns (3 and 6): using column 6",
        ]
    );
    // What the warning says is what the server got: column 5's number, column 6's city.
    let sent: Vec<(String, String, Value)> = sent_contacts(&w)
        .iter()
        .map(|d| {
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
        .collect();
    assert_eq!(
        sent,
        [
            (
                "Ana".to_string(),
                "+91 9876543211".to_string(),
                json!([{"key": "City", "value": "Mumbai"}])
            ),
            (
                "Ben".to_string(),
                "+91 9876543212".to_string(),
                json!([{"key": "City", "value": "Delhi"}])
            ),
        ]
    );
    let failed = failed_reasons(&dir.path().join("duplicate-columns.csv.failed.csv"));
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].0, "3");
    assert!(
        failed[0].1.starts_with("INVALID_PHONE: `12345`"),
        "{failed:?}"
    );
}

#[test]
fn a_number_with_an_extension_is_rejected() {
    let w = World::new();
    let (dir, out) = import_corpus(&w, "extension.csv");
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let names: Vec<Value> = sent_contacts(&w)
        .iter()
        .map(|d| d["userProvidedName"].clone())
        .collect();
    assert_eq!(names, [json!("Plain")]);
    let failed = failed_reasons(&dir.path().join("extension.csv.failed.csv"));
    let reason = "INVALID_PHONE: extensions are not supported";
    assert_eq!(
        failed,
        [("1", reason), ("2", reason), ("3", reason)].map(|(r, s)| (r.to_string(), s.to_string()))
    );
}

/// `n` rows of distinct valid numbers, as CSV.
#[cfg(unix)]
fn contacts_csv(n: usize) -> String {
    let mut csv = String::from("name,phone\n");
    for i in 1..=n {
        csv.push_str(&format!("Contact {i},+91 97{i:08}\n"));
    }
    csv
}

/// The copies of stdin (`bp-import-*.tmp`) in `dir`.
#[cfg(unix)]
fn spools(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("bp-import-") && n.ends_with(".tmp"))
        .collect()
}

/// `bp whatsapp import - --format csv …` reading `input`, its temporary directory `tmp`.
#[cfg(unix)]
fn import_stdin(
    w: &World,
    tmp: &std::path::Path,
    input: &str,
    extra: &[&str],
) -> std::process::Child {
    let mut child = w
        .bp_std()
        .env("TMPDIR", tmp)
        // The failed file of `-` is `stdin.failed.csv` in the working directory.
        .current_dir(tmp)
        .args(["whatsapp", "import", "-", "--format", "csv"])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    std::thread::spawn(move || {
        use std::io::Write;
        let _ = stdin.write_all(input.as_bytes());
    });
    child
}

/// A sandbox answering after `latency_ms`, and a temporary directory for bp.
#[cfg(unix)]
fn slow_world(latency_ms: u64) -> (World, tempfile::TempDir) {
    let w = World::with_options(bp::sandbox::Options {
        latency_ms,
        ..bp::sandbox::Options::default()
    });
    (w, tempfile::tempdir().unwrap())
}

#[cfg(unix)]
#[test]
fn sigterm_mid_import_of_stdin_removes_its_copy() {
    let (w, tmp) = slow_world(20);
    let mut child = import_stdin(&w, tmp.path(), &contacts_csv(20_000), &[]);
    w.wait_for_imports(5);
    assert_eq!(
        spools(tmp.path()).len(),
        1,
        "the import reads a copy of stdin"
    );
    kill(&child, "-TERM");
    let status = wait_bounded(&mut child);
    assert_eq!(spools(tmp.path()), Vec::<String>::new());
    // Stopped like Ctrl-C (the requests in flight waited for, the journal saved), exit 143.
    assert_eq!(status.code(), Some(143));
}

#[cfg(unix)]
#[test]
fn a_second_ctrl_c_mid_import_of_stdin_removes_its_copy() {
    // Requests slow enough that the second Ctrl-C comes while the first waits for them.
    let (w, tmp) = slow_world(1_000);
    let mut child = import_stdin(&w, tmp.path(), &contacts_csv(2_000), &[]);
    w.wait_for_imports(1);
    kill(&child, "-INT");
    std::thread::sleep(std::time::Duration::from_millis(100));
    kill(&child, "-INT");
    let status = wait_bounded(&mut child);
    assert_eq!(status.code(), Some(130));
    assert_eq!(spools(tmp.path()), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn resume_and_restart_remove_the_copy_a_killed_import_of_stdin_left() {
    let (w, tmp) = slow_world(20);
    // Not named by any journal: never touched.
    let stranger = tmp.path().join("bp-import-1-1.tmp");
    std::fs::write(&stranger, "someone's").unwrap();
    let input = contacts_csv(20_000);
    for flag in ["--resume", "--restart"] {
        let mut child = import_stdin(&w, tmp.path(), &input, &[]);
        let sent = w.import_requests();
        w.wait_for_imports(sent + 5);
        kill(&child, "-KILL");
        wait_bounded(&mut child);
        assert_eq!(spools(tmp.path()).len(), 2, "SIGKILL leaves the copy");

        let mut child = import_stdin(&w, tmp.path(), &input, &[flag]);
        let status = wait_bounded(&mut child);
        let mut err = String::new();
        std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
        assert_eq!(status.code(), Some(0), "{flag}: {err}");
        assert_eq!(spools(tmp.path()), ["bp-import-1-1.tmp"], "{flag}");
    }
}
