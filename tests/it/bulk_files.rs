//! The files of the bulk commands (issue 12): the failed-rows file is written beside its
//! path and renamed into place only when there is something to report, and a path that is
//! not a regular file is refused; one import runs per journal; a journal is checked when it
//! is read.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use serde_json::Value;

#[cfg(unix)]
use crate::common::kill;
use crate::common::{World, stderr, stdout, wait_bounded};

/// `n` contacts as CSV; rows in `bad` get a number without a country code.
fn contacts(n: usize, bad: &[usize]) -> String {
    let mut csv = String::from("name,phone\n");
    for i in 1..=n {
        if bad.contains(&i) {
            csv.push_str(&format!("Contact {i},12345\n"));
        } else {
            csv.push_str(&format!("Contact {i},+91 97{i:08}\n"));
        }
    }
    csv
}

/// A directory holding `c.csv` with `n` contacts, rows in `bad` invalid.
fn input(n: usize, bad: &[usize]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.csv");
    std::fs::write(&path, contacts(n, bad)).unwrap();
    (dir, path)
}

/// `n` leads as CSV; rows in `bad` get an invalid email.
fn leads(n: usize, bad: &[usize]) -> String {
    let mut csv = String::from("uuid,name,email\n");
    for i in 1..=n {
        let email = if bad.contains(&i) {
            "nope".to_string()
        } else {
            format!("l{i}@example.com")
        };
        csv.push_str(&format!("u{i},Lead {i},{email}\n"));
    }
    csv
}

/// `bp` with the ids `leads upsert` needs.
fn bp(w: &World) -> assert_cmd::Command {
    let mut cmd = w.bp();
    cmd.env("BP_BOT_ID", &w.creds.bot_id)
        .env("BP_CUSTOMER_ID", &w.creds.customer_id)
        .timeout(Duration::from_secs(60));
    cmd
}

/// The names in `dir`, sorted, dotfiles included.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_clean_run_or_a_dry_run_leaves_the_failed_path_alone() {
    let w = World::new();
    let (dir, clean) = input(3, &[]);
    let with_bad = dir.path().join("bad.csv");
    std::fs::write(&with_bad, contacts(3, &[2])).unwrap();
    let leads_csv = dir.path().join("leads.csv");
    std::fs::write(&leads_csv, leads(3, &[])).unwrap();
    let bad_leads = dir.path().join("bad-leads.csv");
    std::fs::write(&bad_leads, leads(3, &[2])).unwrap();
    let other = dir.path().join("other.csv");
    std::fs::write(&other, "someone's,data\n").unwrap();
    let other_s = other.to_str().unwrap();
    let runs: [(&[&str], i32); 4] = [
        (&["whatsapp", "import", clean.to_str().unwrap()], 0),
        (
            &[
                "whatsapp",
                "import",
                with_bad.to_str().unwrap(),
                "--dry-run",
            ],
            4,
        ),
        (
            &["leads", "upsert", "--from", leads_csv.to_str().unwrap()],
            0,
        ),
        (
            &[
                "leads",
                "upsert",
                "--from",
                bad_leads.to_str().unwrap(),
                "--dry-run",
            ],
            4,
        ),
    ];
    for (args, code) in runs {
        let out = bp(&w)
            .args(args)
            .args(["--failed", other_s])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}: {}", stderr(&out));
        assert_eq!(std::fs::read_to_string(&other).unwrap(), "someone's,data\n");
        assert_eq!(
            names(dir.path()),
            [
                "bad-leads.csv",
                "bad.csv",
                "c.csv",
                "leads.csv",
                "other.csv"
            ],
            "{args:?}"
        );
    }
    // A dry run tells the rejected rows on stderr instead.
    let out = import(&w, &with_bad, &["--dry-run"]);
    assert!(
        stderr(&out).contains("warning: row 2: INVALID_PHONE:"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("bad.csv.failed.csv").exists());
}

#[test]
fn a_clean_rerun_leaves_an_earlier_failed_file_and_says_so() {
    let w = World::new();
    let (dir, path) = input(3, &[2]);
    let out = import(&w, &path, &[]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let failed = dir.path().join("c.csv.failed.csv");
    let before = std::fs::read(&failed).unwrap();
    // Fixed: the same file without its bad row.
    std::fs::write(&path, contacts(3, &[])).unwrap();
    let out = import(&w, &path, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read(&failed).unwrap(), before);
    assert!(
        stderr(&out).contains(&format!(
            "no row was rejected: {} is from an earlier run and was left as it was",
            failed.display()
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_failed_path_that_is_not_a_regular_file_is_refused_before_sending() {
    let w = World::new();
    let (dir, path) = input(3, &[2]);
    let leads_csv = dir.path().join("leads.csv");
    std::fs::write(&leads_csv, leads(3, &[2])).unwrap();
    // A directory; a FIFO and /dev/null on Unix, the NUL device on Windows.
    let mut targets = vec![dir.path().to_path_buf()];
    #[cfg(unix)]
    {
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        targets.extend([fifo, "/dev/null".into()]);
    }
    #[cfg(windows)]
    targets.push("NUL".into());
    for target in &targets {
        let runs: [&[&str]; 2] = [
            &["whatsapp", "import", path.to_str().unwrap()],
            &["leads", "upsert", "--from", leads_csv.to_str().unwrap()],
        ];
        for args in runs {
            let out = bp(&w)
                .args(args)
                .arg("--failed")
                .arg(target)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
            assert_eq!(
                stderr(&out),
                format!(
                    "error: --failed `{}` is not a regular file\nhint: give a file path, or - for standard output\n",
                    target.display()
                )
            );
            assert!(w.requests().is_empty(), "{args:?}");
        }
    }
}

#[test]
fn rejected_rows_make_a_private_file_and_leave_no_temporary_one() {
    let w = World::new();
    let (dir, path) = input(5, &[2, 4]);
    let out = import(&w, &path, &[]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let failed = dir.path().join("c.csv.failed.csv");
    crate::common::assert_private(&failed);
    assert_eq!(names(dir.path()), ["c.csv", "c.csv.failed.csv"]);
    let text = std::fs::read_to_string(&failed).unwrap();
    assert_eq!(text.lines().count(), 3, "{text}");

    #[cfg(unix)]
    through_a_link(&w, &dir, &path, &text);
}

/// The same run with `--failed` a symlink: the link stays one, its target gets the rows.
#[cfg(unix)]
fn through_a_link(w: &World, dir: &tempfile::TempDir, path: &Path, text: &str) {
    let target = dir.path().join("target.csv");
    std::fs::write(&target, "old\n").unwrap();
    let link = dir.path().join("link.csv");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = bp(w)
        .args(["whatsapp", "import", path.to_str().unwrap(), "--failed"])
        .arg(&link)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), text);
    assert_eq!(
        names(dir.path()),
        ["c.csv", "c.csv.failed.csv", "link.csv", "target.csv"]
    );
}

#[test]
fn failed_rows_to_standard_output_and_the_summary_to_stderr() {
    let w = World::new();
    let (dir, path) = input(3, &[2]);
    let out = import(&w, &path, &["--failed", "-", "-o", "json"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "name,phone,row,reason\nContact 2,12345,2,\"INVALID_PHONE: `12345` has no country code: write it as +CC…, add a `country` column, or pass --default-country\"\n"
    );
    let summary: Value = serde_json::from_str(stderr(&out).lines().next().unwrap()).unwrap();
    assert_eq!(summary["rejected"], 1);
    assert_eq!(summary["failed_file"], "-");
    assert!(
        stderr(&out).contains("rejected rows are in standard output"),
        "{}",
        stderr(&out)
    );
    assert_eq!(names(dir.path()), ["c.csv"]);

    let leads_csv = dir.path().join("leads.csv");
    std::fs::write(&leads_csv, leads(3, &[2])).unwrap();
    let out = bp(&w)
        .args(["leads", "upsert", "--from", leads_csv.to_str().unwrap()])
        .args(["--failed", "-", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let text = stdout(&out);
    let rows: Vec<&str> = text.lines().map(|l| &l[..l.len().min(18)]).collect();
    assert_eq!(rows, ["uuid,name,email,ro", "u2,Lead 2,nope,2,I"]);
    let summary: Value = serde_json::from_str(stderr(&out).lines().next().unwrap()).unwrap();
    assert_eq!(summary["upserted"], 2);
}

fn slow_world(latency_ms: u64) -> World {
    World::with_options(bp::sandbox::Options {
        latency_ms,
        ..bp::sandbox::Options::default()
    })
}

/// The child's exit and stderr, within a minute.
fn exit_and_stderr(child: &mut std::process::Child) -> (std::process::ExitStatus, String) {
    let status = wait_bounded(child);
    let mut err = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        std::io::Read::read_to_string(&mut pipe, &mut err).unwrap();
    }
    (status, err)
}

/// `bp whatsapp import PATH` in the background, its stderr piped.
fn spawn_import(w: &World, path: &Path, extra: &[&str]) -> std::process::Child {
    w.bp_std()
        .args(["whatsapp", "import"])
        .arg(path)
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn an_interrupted_import_still_puts_its_failed_file_in_place() {
    let w = slow_world(20);
    let (dir, path) = input(20_000, &[3, 19_999]);
    let mut child = spawn_import(&w, &path, &[]);
    w.wait_for_imports(5);
    kill(&child, "-INT");
    let (status, err) = exit_and_stderr(&mut child);
    assert_eq!(status.code(), Some(130), "{err}");
    let failed = dir.path().join("c.csv.failed.csv");
    let text = std::fs::read_to_string(&failed).unwrap();
    // Both rejected by the checking pass, before anything was sent; then every row the
    // interruption left unsent, so that sent + failed = every row.
    let reasons: Vec<String> = csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().next_back().unwrap().to_string())
        .collect();
    let rejected = reasons
        .iter()
        .filter(|r| r.starts_with("INVALID_PHONE"))
        .count();
    let not_sent = reasons
        .iter()
        .filter(|r| *r == "NOT_SENT: interrupted before it was sent")
        .count();
    assert_eq!(rejected, 2, "{err}");
    assert_eq!(rejected + not_sent, reasons.len(), "{err}");
    assert_eq!(w.sent_numbers().len() + reasons.len(), 20_000, "{err}");
    crate::common::assert_private(&failed);
    assert_eq!(names(dir.path()), ["c.csv", "c.csv.failed.csv"]);
}

#[test]
fn a_second_import_of_the_same_file_and_target_exits_2_naming_the_first() {
    let w = slow_world(100);
    let n = 3_000;
    let (_dir, path) = input(n, &[]);
    let mut first = spawn_import(&w, &path, &["--concurrency", "2"]);
    w.wait_for_imports(2);
    for flag in [&[][..], &["--resume"], &["--restart"]] {
        let out = import(&w, &path, flag);
        assert_eq!(out.status.code(), Some(2), "{flag:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.starts_with(&format!(
                "error: another bp is importing {} to - {} (pid {}, started ",
                path.display(),
                w.sandbox.base_url(),
                first.id()
            )),
            "{err}"
        );
        assert!(
            err.ends_with("\nhint: wait for it to finish, or stop it\n"),
            "{err}"
        );
    }
    assert!(
        first.try_wait().unwrap().is_none(),
        "the first run is still going"
    );
    let (status, err) = exit_and_stderr(&mut first);
    assert_eq!(status.code(), Some(0), "{err}");
    // Every row was sent once: by the first run only.
    let sent = w.sent_numbers();
    let distinct: std::collections::BTreeSet<&String> = sent.iter().collect();
    assert_eq!((sent.len(), distinct.len()), (n, n));
    // The first run's journal is gone, and the next import runs.
    let out = import(&w, &path, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// `bp whatsapp import PATH EXTRA…`, within a minute.
fn import(w: &World, path: &Path, extra: &[&str]) -> std::process::Output {
    w.bp()
        .args(["whatsapp", "import"])
        .arg(path)
        .args(extra)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap()
}

/// The journals under the world's state directory.
fn journals(w: &World) -> Vec<PathBuf> {
    let dir = w.state_dir().join("bp").join("imports");
    std::fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default()
}

/// An import of `path` killed (SIGKILL) once under way: its journal, and what it holds.
fn killed_import(w: &World, path: &Path) -> (PathBuf, String) {
    killed_import_of(w, path, 1)
}

/// [`killed_import`] when the journal will be the `n`th under the state directory.
fn killed_import_of(w: &World, path: &Path, n: usize) -> (PathBuf, String) {
    let before = journals(w);
    let sent = w.import_requests();
    let mut child = spawn_import(w, path, &[]);
    w.wait_for_imports(sent + 5);
    child.kill().unwrap(); // SIGKILL on Unix, TerminateProcess on Windows
    wait_bounded(&mut child);
    let journal: Vec<PathBuf> = journals(w)
        .into_iter()
        .filter(|j| !before.contains(j))
        .collect();
    assert_eq!(journals(w).len(), n, "the killed run left its journal");
    let text = std::fs::read_to_string(&journal[0]).unwrap();
    (journal[0].clone(), text)
}

#[test]
fn a_damaged_journal_makes_resume_exit_2_naming_the_line() {
    let w = slow_world(20);
    let (_dir, path) = input(20_000, &[]);
    let (journal, text) = killed_import(&w, &path);
    // Whole lines only (a torn last one is cut), and the first acknowledgement again.
    let text = &text[..=text.rfind('\n').unwrap()];
    let first_acked = text.lines().find(|l| l.starts_with("A ")).unwrap();
    let line = text.lines().count() + 1;
    for bad in [
        "A 0-99999999999",
        "A 18446744073709551615",
        "A 20001",
        "A 9-3",
        "A one",
        first_acked,
    ] {
        std::fs::write(&journal, format!("{text}{bad}\n")).unwrap();
        let out = import(&w, &path, &["--resume"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{bad}: {err}");
        assert!(
            err.starts_with(&format!(
                "error: the import journal {} is damaged: line {line} `",
                journal.display()
            )),
            "{err}"
        );
        assert!(
            err.ends_with(
                "\nhint: run again with --restart to forget it and import the whole file again\n"
            ),
            "{err}"
        );
    }
    let sent = w.sent_numbers().len();
    let out = import(&w, &path, &["--restart"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(w.sent_numbers().len() - sent, 20_000);
    assert!(journals(&w).is_empty());
}

#[test]
fn a_journal_of_an_earlier_version_is_named_and_removed_by_restart() {
    let w = slow_world(20);
    let (dir, path) = input(20_000, &[]);
    let (earlier, _) = killed_import(&w, &path);
    // The file changes: its journal no longer matches.
    std::fs::write(&path, contacts(3, &[])).unwrap();
    let out = import(&w, &path, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "hint: {} is an unfinished import of an earlier version of {}: --restart removes it\n",
            earlier.display(),
            path.display()
        )),
        "{}",
        stderr(&out)
    );
    assert_eq!(journals(&w), std::slice::from_ref(&earlier));
    // Another file's journal is not one of them.
    let other = dir.path().join("other.csv");
    std::fs::write(&other, contacts(20_001, &[])).unwrap();
    let (_, _) = killed_import_of(&w, &other, 2);
    let out = import(&w, &path, &["--restart"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let left = journals(&w);
    assert_eq!(left.len(), 1);
    assert!(!left.contains(&earlier));
    assert!(
        std::fs::read_to_string(&left[0])
            .unwrap()
            .contains("other.csv")
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_while_checking_exits_130_having_sent_nothing() {
    let w = World::new();
    // Enough rows that checking them takes seconds; row 2 invalid, so that the failed file
    // has begun when the signal comes.
    let (dir, path) = input(300_000, &[2]);
    let mut child = spawn_import(&w, &path, &[]);
    let locks = w.state_dir().join("bp").join("import-locks");
    let started = std::time::Instant::now();
    while std::fs::read_dir(&locks).map_or(true, |mut d| d.next().is_none()) {
        assert!(started.elapsed().as_secs() < 60, "the import never started");
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(Duration::from_millis(200));
    kill(&child, "-INT");
    let (status, err) = exit_and_stderr(&mut child);
    assert_eq!(status.code(), Some(130), "{err}");
    assert!(
        err.contains("interrupted while checking the rows: nothing was sent"),
        "{err}"
    );
    assert!(w.sent_numbers().is_empty());
    // Nothing to report: no failed file (and no temporary one), no journal.
    assert_eq!(names(dir.path()), ["c.csv"]);
    assert!(journals(&w).is_empty());
}
