//! The import journal: which rows the server acknowledged, written before they are counted,
//! so that a run that dies (Ctrl-C, SIGKILL, power loss, a network down past the retries)
//! can be resumed without sending an acknowledged batch again.
//!
//! A journal is a text file under the user's state directory, named by a hash of the input's
//! content and the target (profile and base URL). Its lines:
//! `bp-import-journal 1`, a JSON header, then `A <rows>` per acknowledged batch (row numbers
//! as ranges, `1-57,59-100`), `R <row>\t<reason>` per row the server refused, and
//! `S <path>` per run that read standard input through a temporary copy (see
//! [`super::spool`]). A torn last line (power loss mid-write), and a line of a kind this bp
//! does not know, are ignored.

use std::fs::File;
use std::hash::Hasher;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::error::usage_hint;
use serde_json::json;

use crate::leaf::create_private;

const MAGIC: &str = "bp-import-journal 1";

/// One bit per row number.
#[derive(Debug, Clone, Default)]
pub struct RowSet(Vec<u64>);

impl RowSet {
    pub fn insert(&mut self, row: u64) {
        let (word, bit) = ((row / 64) as usize, row % 64);
        if self.0.len() <= word {
            self.0.resize(word + 1, 0);
        }
        self.0[word] |= 1 << bit;
    }

    pub fn contains(&self, row: u64) -> bool {
        let (word, bit) = ((row / 64) as usize, row % 64);
        self.0.get(word).is_some_and(|w| w & (1 << bit) != 0)
    }

    pub fn len(&self) -> u64 {
        self.0.iter().map(|w| u64::from(w.count_ones())).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }
}

/// The content hash of an input, read once before anything else (and the number of lines,
/// a first guess at the row count).
pub fn fingerprint(reader: &mut dyn Read) -> Result<(u64, u64)> {
    let mut hasher = fnv::FnvHasher::default();
    let mut buf = vec![0u8; 256 * 1024];
    let mut lines = 0u64;
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.write(&buf[..n]);
        lines += buf[..n].iter().filter(|&&b| b == b'\n').count() as u64;
    }
    Ok((hasher.finish(), lines))
}

/// Where the journal of `content` imported to `target` lives.
pub fn journal_path(content: u64, target: &str) -> Option<PathBuf> {
    let mut hasher = fnv::FnvHasher::default();
    hasher.write(&content.to_le_bytes());
    hasher.write(target.as_bytes());
    let dir = crate::paths::bp_dir(crate::paths::Kind::State)?;
    Some(
        dir.join("imports")
            .join(format!("{:016x}.journal", hasher.finish())),
    )
}

/// What an earlier, unfinished run left.
#[derive(Debug, Default)]
pub struct Previous {
    pub acked: RowSet,
    pub refused: Vec<(u64, String)>,
    /// The copies of standard input its runs read: only a killed run's are still there.
    pub spools: Vec<PathBuf>,
}

fn cannot_read(path: &Path) -> String {
    format!("cannot read the import journal {}", path.display())
}

/// A journal that cannot be trusted: exit 2, naming the line, with `--restart` to start over.
fn damaged(path: &Path, line: usize, text: &str, why: &str) -> anyhow::Error {
    let more = if text.chars().nth(40).is_some() {
        "…"
    } else {
        ""
    };
    let shown: String = text.chars().take(40).flat_map(char::escape_debug).collect();
    usage_hint(
        format!(
            "the import journal {} is damaged: line {line} `{shown}{more}` {why}",
            path.display()
        ),
        "run again with --restart to forget it and import the whole file again",
    )
}

/// Adds the rows of an `A` line's ranges (`1-57,59,61-100`) to `acked`: each within the
/// input's `rows`, in order, and never one already there, so that no line can make the set
/// outgrow the input.
fn add_ranges(ranges: &str, rows: u64, acked: &mut RowSet) -> Result<(), String> {
    for range in ranges.split(',') {
        let (a, b) = range.split_once('-').unwrap_or((range, range));
        let (Ok(a), Ok(b)) = (a.parse::<u64>(), b.parse::<u64>()) else {
            return Err("is not a list of row ranges".into());
        };
        if a == 0 || a > b {
            return Err(format!("has `{range}`, which is not a range of rows"));
        }
        if b > rows {
            return Err(format!("names row {b}, past the {rows} rows of the input"));
        }
        for row in a..=b {
            if acked.contains(row) {
                return Err(format!("acknowledges row {row} a second time"));
            }
            acked.insert(row);
        }
    }
    Ok(())
}

/// Reads what an earlier run left, checking every line against the header's row count.
pub fn read_journal(path: &Path) -> Result<Option<Previous>> {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| cannot_read(path)),
    };
    let mut reader = BufReader::new(file);
    let mut first = String::new();
    reader
        .read_line(&mut first)
        .with_context(|| cannot_read(path))?;
    if first.trim_end() != MAGIC {
        bail!(
            "{} is not an import journal of this bp: delete it or use --restart",
            path.display()
        );
    }
    let mut previous = Previous::default();
    let mut rows = None;
    let mut line = Vec::new();
    for number in 2.. {
        line.clear();
        let read = reader
            .read_until(b'\n', &mut line)
            .with_context(|| cannot_read(path))?;
        if read == 0 || line.last() != Some(&b'\n') {
            break; // the end, or a torn write: that batch was never counted as acknowledged
        }
        let text = String::from_utf8_lossy(&line[..line.len() - 1]).into_owned();
        let Some(rows) = rows else {
            let header: Option<serde_json::Value> = serde_json::from_str(&text).ok();
            let count = header.as_ref().and_then(|h| h.get("rows")?.as_u64());
            rows = Some(count.ok_or_else(|| {
                damaged(
                    path,
                    number,
                    &text,
                    "is not a header with the input's row count",
                )
            })?);
            continue;
        };
        if let Some(ranges) = text.strip_prefix("A ") {
            add_ranges(ranges, rows, &mut previous.acked)
                .map_err(|why| damaged(path, number, &text, &why))?;
        } else if let Some(rest) = text.strip_prefix("R ") {
            let row = rest.split_once('\t').and_then(|(row, reason)| {
                let row: u64 = row.parse().ok().filter(|r| (1..=rows).contains(r))?;
                Some((row, reason.to_string()))
            });
            let row = row.ok_or_else(|| {
                damaged(
                    path,
                    number,
                    &text,
                    "is not a row of the input and a reason",
                )
            })?;
            previous.refused.push(row);
        } else if let Some(path) = text.strip_prefix("S ") {
            previous.spools.push(PathBuf::from(path));
        }
    }
    Ok(Some(previous))
}

/// Removes a journal, and the copy of stdin a killed run named in it (`--restart`).
pub fn forget(path: &Path) {
    if let Ok(Some(prev)) = read_journal(path) {
        super::spool::remove_left(&prev.spools);
    }
    let _ = std::fs::remove_file(path);
}

/// The other journals beside `journal` whose header names the same `input` (as it was
/// spelt) and `target`: unfinished imports of an earlier version of the file, which no
/// run holds. Standard input (`-`) has no versions.
pub fn earlier_versions(journal: &Path, input: &str, target: &str) -> Vec<PathBuf> {
    let Some(entries) = (input != "-")
        .then(|| journal.parent().and_then(|dir| std::fs::read_dir(dir).ok()))
        .flatten()
    else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p != journal && p.extension().is_some_and(|e| e == "journal"))
        .filter(|p| {
            header_of(p).is_some_and(|h| h["input"] == input && h["target"] == target)
                && !super::lock::is_held(p)
        })
        .collect();
    found.sort();
    found
}

/// A journal's header (its second line, read no further than 64 KiB).
fn header_of(path: &Path) -> Option<serde_json::Value> {
    let mut reader = BufReader::new(File::open(path).ok()?.take(64 * 1024));
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    if line.trim_end() != MAGIC {
        return None;
    }
    line.clear();
    reader.read_line(&mut line).ok()?;
    serde_json::from_str(&line).ok()
}

pub struct Journal {
    path: PathBuf,
    file: File,
    /// When the file was last synced, and whether lines were written since.
    synced: Instant,
    dirty: bool,
}

/// Lines reach the file (the page cache) as they are written, which a crash of bp or a
/// `kill -9` cannot take back; they are synced to the disk at most this long after (group
/// commit), and when the journal is closed. A power loss can so forget the last moment's
/// acknowledgements: `--resume` sends those rows again, which updates the same contacts.
/// Syncing every batch cost bp ~1 µs of CPU a row (a 100-row batch a fdatasync).
const SYNC_EVERY: Duration = Duration::from_millis(100);

impl Drop for Journal {
    fn drop(&mut self) {
        if self.dirty {
            let _ = self.file.sync_data();
        }
    }
}

impl Journal {
    /// Starts a journal (a fresh one, or appending to an earlier run's).
    pub fn open(path: &Path, append: bool, header: &serde_json::Value) -> Result<Journal> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
        }
        let file = if append {
            // Cut a torn last line first, so that the next record starts on a line of its own.
            let text = std::fs::read(path).with_context(|| cannot_read(path))?;
            let keep = text.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            std::fs::OpenOptions::new()
                .append(true)
                .open(path)
                .and_then(|f| f.set_len(keep as u64).map(|()| f))
        } else {
            create_private(path)
        }
        .with_context(|| format!("cannot write the import journal {}", path.display()))?;
        let mut journal = Journal {
            path: path.to_path_buf(),
            file,
            synced: Instant::now(),
            dirty: true,
        };
        if !append {
            let head = format!("{MAGIC}\n{}\n", json!(header));
            journal.write(head.as_bytes())?;
        }
        Ok(journal)
    }

    fn write(&mut self, bytes: &[u8]) -> Result<()> {
        self.dirty = true;
        let mut written = self.file.write_all(bytes);
        if written.is_ok() && self.synced.elapsed() >= SYNC_EVERY {
            written = self.file.sync_data();
            self.synced = Instant::now();
            self.dirty = false;
        }
        written.with_context(|| format!("cannot write the import journal {}", self.path.display()))
    }

    /// Records a batch the server acknowledged: in the file when this returns, on the disk
    /// within [`SYNC_EVERY`].
    pub fn acked(&mut self, rows: &[u64]) -> Result<()> {
        let mut line = String::from("A ");
        let mut i = 0;
        while i < rows.len() {
            let start = rows[i];
            let mut end = start;
            while i + 1 < rows.len() && rows[i + 1] == end + 1 {
                i += 1;
                end = rows[i];
            }
            if line.len() > 2 {
                line.push(',');
            }
            if start == end {
                line.push_str(&start.to_string());
            } else {
                line.push_str(&format!("{start}-{end}"));
            }
            i += 1;
        }
        line.push('\n');
        self.write(line.as_bytes())
    }

    pub fn refused(&mut self, row: u64, reason: &str) -> Result<()> {
        let reason: String = reason
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        self.write(format!("R {row}\t{reason}\n").as_bytes())
    }

    /// Names the copy of standard input this run reads, for the next run to remove if this
    /// one is killed.
    pub fn spool(&mut self, path: &Path) -> Result<()> {
        self.write(format!("S {}\n", path.display()).as_bytes())
    }

    /// A finished import leaves no journal behind.
    pub fn finish(mut self) -> Result<()> {
        // Removed, so not worth a sync.
        self.dirty = false;
        let path = std::mem::take(&mut self.path);
        drop(self);
        std::fs::remove_file(&path).with_context(|| format!("cannot remove {}", path.display()))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A journal names its input as it was spelt and the copies of stdin by their paths:
    /// Windows paths, with a drive or on a share, spaces and all, come back whole.
    #[test]
    fn windows_paths_survive_the_journal() {
        let dir = tempfile::tempdir().unwrap();
        let target = "acme https://api.example";
        let inputs = [
            r"C:\Users\Asha Rao\Downloads\c.csv",
            r"\\server\share\agency\c.csv",
        ];
        for (n, input) in inputs.iter().enumerate() {
            let header = json!({"input": input, "target": target, "rows": 3});
            let path = dir.path().join(format!("{n}.journal"));
            let mut j = Journal::open(&path, false, &header).unwrap();
            j.spool(Path::new(
                r"C:\Users\Asha Rao\AppData\Local\Temp\bp-import-7-8.tmp",
            ))
            .unwrap();
            j.spool(Path::new(r"\\server\share\tmp\bp-import-9-1.tmp"))
                .unwrap();
            drop(j);
            let prev = read_journal(&path).unwrap().unwrap();
            assert_eq!(
                prev.spools,
                [
                    PathBuf::from(r"C:\Users\Asha Rao\AppData\Local\Temp\bp-import-7-8.tmp"),
                    PathBuf::from(r"\\server\share\tmp\bp-import-9-1.tmp"),
                ]
            );
        }
        // The journal of a new version of each file finds the other's by its spelling only.
        for (n, input) in inputs.iter().enumerate() {
            let now = dir.path().join("new.journal");
            let earlier = earlier_versions(&now, input, target);
            assert_eq!(
                earlier,
                [dir.path().join(format!("{n}.journal"))],
                "{input}"
            );
        }
        assert!(earlier_versions(&dir.path().join("new.journal"), r"C:\c.csv", target).is_empty());
    }

    #[test]
    fn acked_rows_and_refusals_survive_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j");
        let mut j = Journal::open(&path, false, &json!({"input": "x", "rows": 20})).unwrap();
        j.acked(&[1, 2, 3, 5, 7, 8]).unwrap();
        j.refused(4, "REJECTED: no\tpe").unwrap();
        drop(j);
        // A torn last line is not an acknowledgement.
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"A 9-12")
            .unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("\nA 1-3,5,7-8\nR 4\tREJECTED: no pe\n"),
            "{text}"
        );
        let prev = read_journal(&path).unwrap().unwrap();
        let acked: Vec<u64> = (0..15).filter(|r| prev.acked.contains(*r)).collect();
        assert_eq!(acked, [1, 2, 3, 5, 7, 8]);
        assert_eq!(prev.refused, [(4, "REJECTED: no pe".to_string())]);
        // A journal without `S` lines (as bp wrote them before) names no copy of stdin.
        assert!(prev.spools.is_empty());
        let mut j = Journal::open(&path, true, &json!({})).unwrap();
        j.acked(&[9]).unwrap();
        j.spool(Path::new("/tmp/bp-import-7-8.tmp")).unwrap();
        let prev = read_journal(&path).unwrap().unwrap();
        assert!(prev.acked.contains(9));
        assert_eq!(prev.spools, [PathBuf::from("/tmp/bp-import-7-8.tmp")]);
        j.finish().unwrap();
        assert!(read_journal(&path).unwrap().is_none());
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_full_disk_names_the_journal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j");
        std::os::unix::fs::symlink("/dev/full", &path).unwrap();
        let expected = format!(
            "cannot write the import journal {}: No space left on device (os error 28)",
            path.display()
        );
        let err = Journal::open(&path, false, &json!({})).err().unwrap();
        assert_eq!(format!("{err:#}"), expected);
        let mut j = Journal {
            path: path.clone(),
            file: std::fs::OpenOptions::new().write(true).open(&path).unwrap(),
            synced: Instant::now(),
            dirty: false,
        };
        assert_eq!(format!("{:#}", j.acked(&[1]).unwrap_err()), expected);
        assert_eq!(format!("{:#}", j.refused(2, "R").unwrap_err()), expected);
    }

    #[test]
    fn a_journal_that_cannot_be_read_is_named() {
        // A directory where the journal should be: it opens, but reads fail.
        let dir = tempfile::tempdir().unwrap();
        let err = read_journal(dir.path()).unwrap_err();
        let text = format!("{err:#}");
        assert!(
            text.starts_with(&format!(
                "cannot read the import journal {}: ",
                dir.path().display()
            )),
            "{text}"
        );
    }

    #[test]
    fn a_damaged_line_is_named_before_anything_grows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j");
        let head = format!("{MAGIC}\n{}\nA 1-3\n", json!({"rows": 10}));
        for (line, why) in [
            (
                "A 0-99999999999",
                "has `0-99999999999`, which is not a range of rows",
            ),
            (
                "A 18446744073709551615",
                "names row 18446744073709551615, past the 10 rows of the input",
            ),
            ("A 4-11", "names row 11, past the 10 rows of the input"),
            ("A 7-5", "has `7-5`, which is not a range of rows"),
            ("A 4,3", "acknowledges row 3 a second time"),
            ("A 1-", "is not a list of row ranges"),
            ("R 11\tREJECTED", "is not a row of the input and a reason"),
        ] {
            std::fs::write(&path, format!("{head}{line}\n")).unwrap();
            let err = read_journal(&path).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!(
                    "the import journal {} is damaged: line 4 `{}` {why}",
                    path.display(),
                    line.replace('\t', "\\t")
                )
            );
            assert_eq!(crate::exit_status_of(&err), crate::error::ExitStatus::Usage);
        }
        // A header without the row count cannot be checked against.
        std::fs::write(&path, format!("{MAGIC}\n{{}}\nA 1\n")).unwrap();
        let err = read_journal(&path).unwrap_err();
        assert!(
            err.to_string().contains("line 2 `{}` is not a header"),
            "{err}"
        );
    }

    #[test]
    fn row_sets_count() {
        let mut s = RowSet::default();
        assert!(s.is_empty());
        for r in [0, 63, 64, 1_000_000] {
            s.insert(r);
        }
        assert_eq!(s.len(), 4);
        assert!(s.contains(1_000_000) && !s.contains(999_999));
    }
}
