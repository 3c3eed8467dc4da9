//! The failed-rows file: every row an import did not send, with its reason, for the user
//! to fix and feed back in.
//!
//! Rows go to a private temporary file beside the destination, renamed over it by
//! [`FailedWriter::finish`] only when there is something to report: a dry run, a clean run,
//! or a run that ends on an error before `finish` leaves whatever is at the path as it was.
//! `-` is standard output.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context, Result};
use serde_json::{Map, Value};

use super::BOOKKEEPING;
use super::read::{Format, Raw, Record};
use crate::error::{usage, usage_hint};
use crate::printer::Printer;

/// Writes rejected rows, as they are rejected, to a file a user can fix and feed back in:
/// a CSV input's own columns plus `row` and `reason`, or for JSON inputs one JSON object
/// per line with those two keys added. The file is created on the first rejection, with
/// mode 0600: it holds customer data.
pub struct FailedWriter {
    path: PathBuf,
    csv: bool,
    /// Indices of the input columns that are kept (bookkeeping columns are replaced).
    keep: Vec<usize>,
    input_len: usize,
    header: Vec<String>,
    out: Option<Sink>,
    count: u64,
    /// Where a dry run's rows and the note on an earlier run's file go.
    printer: Option<Printer>,
    dry_run: bool,
}

/// Where the rows go until [`FailedWriter::finish`].
enum Sink {
    Temp(Temp),
    Stdout,
}

/// A private temporary file beside the destination; removed unless it was renamed.
struct Temp {
    path: PathBuf,
    out: BufWriter<File>,
}

impl Drop for Temp {
    fn drop(&mut self) {
        if !self.path.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.path);
            untrack(&self.path);
        }
    }
}

/// Failed-rows files being written, as (temporary file, destination): what [`rescue_all`]
/// puts in place when a second Ctrl-C ends bp at once.
static WRITING: Mutex<Vec<(PathBuf, PathBuf)>> = Mutex::new(Vec::new());

fn writing() -> std::sync::MutexGuard<'static, Vec<(PathBuf, PathBuf)>> {
    WRITING.lock().unwrap_or_else(|e| e.into_inner())
}

fn untrack(temp: &Path) {
    writing().retain(|(t, _)| t != temp);
}

/// Renames every failed-rows file being written into place, with the rows written so far:
/// for an exit that skips destructors (a second Ctrl-C). Rows are flushed as they are
/// written, and the lock held here waits for a row being written to be whole; it is never
/// given back, so nothing more is written before the process ends.
pub fn rescue_all() -> Vec<PathBuf> {
    let mut files = writing();
    let rescued = files
        .drain(..)
        .filter(|(temp, to)| std::fs::rename(temp, to).is_ok())
        .map(|(_, to)| to)
        .collect();
    std::mem::forget(files);
    rescued
}

/// Whether `--failed` names standard output.
pub fn is_stdout(path: &Path) -> bool {
    path == Path::new("-")
}

/// A failed-rows destination as a message names it.
pub fn shown(path: &Path) -> String {
    if is_stdout(path) {
        "standard output".to_string()
    } else {
        path.display().to_string()
    }
}

/// Where a `-o json` summary goes: standard output, unless the failed rows go there.
pub fn summary_out(failed: Option<&Path>) -> Box<dyn Write> {
    if failed.is_some_and(is_stdout) {
        Box::new(std::io::stderr())
    } else {
        Box::new(crate::printer::stdout())
    }
}

/// Checks a failed-rows path before anything is sent: not the input itself (`input`, unless
/// the input is standard input), and a regular file or nothing yet (`-` is standard output).
pub fn check_path(input: Option<&Path>, path: &Path) -> Result<()> {
    if is_stdout(path) {
        return Ok(());
    }
    if input.is_some_and(|input| same_file(input, path)) {
        return Err(usage("--failed must not be the input file"));
    }
    let device = cfg!(windows) && is_windows_device(path);
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => Err(not_a_file(path)),
        _ if device => Err(not_a_file(path)),
        _ => Ok(()),
    }
}

fn not_a_file(path: &Path) -> anyhow::Error {
    usage_hint(
        format!("--failed `{}` is not a regular file", path.display()),
        "give a file path, or - for standard output",
    )
}

/// Whether Windows takes `path` for a device (`NUL`, `con`, `COM1`, and `nul.csv` too): a
/// file of that name cannot exist there, and rows written to it would be gone. Windows'
/// `metadata` of one is an error, not a device, so the name is what tells.
fn is_windows_device(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let stem = name.split('.').next().unwrap_or_default().trim_end();
    let upper = stem.to_ascii_uppercase();
    match upper.as_bytes() {
        [b'C', b'O', b'M', d] | [b'L', b'P', b'T', d] => (b'1'..=b'9').contains(d),
        _ => matches!(
            upper.as_str(),
            "NUL" | "CON" | "CONIN$" | "CONOUT$" | "PRN" | "AUX"
        ),
    }
}

fn is_bookkeeping(name: &str) -> bool {
    BOOKKEEPING
        .iter()
        .any(|b| b.eq_ignore_ascii_case(name.trim()))
}

impl FailedWriter {
    pub fn new(path: PathBuf, format: Format, input_header: &[String]) -> Self {
        let keep: Vec<usize> = (0..input_header.len())
            .filter(|&i| !is_bookkeeping(&input_header[i]))
            .collect();
        let mut header: Vec<String> = keep.iter().map(|&i| input_header[i].clone()).collect();
        header.extend(BOOKKEEPING.iter().map(|s| s.to_string()));
        FailedWriter {
            path,
            csv: format.is_tabular(),
            keep,
            input_len: input_header.len(),
            header,
            out: None,
            count: 0,
            printer: None,
            dry_run: false,
        }
    }

    /// Says on `printer` what a clean run left as it was; with `dry_run`, each row is a
    /// warning there instead, and the path is not touched.
    pub fn reporting(mut self, printer: Printer, dry_run: bool) -> Self {
        self.printer = Some(printer);
        self.dry_run = dry_run;
        self
    }

    /// The default place: the input path with `.failed.csv` (or `.failed.ndjson`) appended.
    pub fn default_path(input: &str, format: Format) -> PathBuf {
        let base = if input == "-" { "stdin" } else { input };
        let ext = if format.is_tabular() { "csv" } else { "ndjson" };
        PathBuf::from(format!("{base}.failed.{ext}"))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn count(&self) -> u64 {
        self.count
    }

    /// Writes a line, creating the file (and its header line) first if need be.
    fn write_line(&mut self, line: &[u8]) -> Result<()> {
        if self.out.is_none() {
            let sink = if is_stdout(&self.path) {
                Sink::Stdout
            } else {
                let (path, file) = create_beside(&self.path).with_context(|| {
                    format!("cannot create the failed-rows file {}", self.path.display())
                })?;
                let out = BufWriter::new(file);
                Sink::Temp(Temp { path, out })
            };
            self.out = Some(sink);
            if self.csv {
                let header = csv_line(&self.header)?;
                self.write_out(&header)?;
            }
        }
        self.write_out(line)
    }

    fn write_out(&mut self, bytes: &[u8]) -> Result<()> {
        match self.out.as_mut().expect("created first") {
            // Whole rows on disk as they come, and none half-written when `rescue_all` runs.
            Sink::Temp(t) => {
                let _whole = writing();
                t.out
                    .write_all(bytes)
                    .and_then(|()| t.out.flush())
                    .with_context(|| self.cannot_write())
            }
            Sink::Stdout => Ok(crate::printer::stdout().write_all(bytes)?),
        }
    }

    /// A dry run's row: a warning, nothing written.
    fn dry(&self, row: u64, reason: &str) -> bool {
        match self.printer {
            Some(printer) if self.dry_run => {
                printer.warn(&format!("row {row}: {reason}"));
                true
            }
            _ => false,
        }
    }

    /// What a failed write says: which file (a full disk is not the input's fault).
    fn cannot_write(&self) -> String {
        format!("cannot write the failed-rows file {}", self.path.display())
    }

    fn write_cells(&mut self, mut cells: Vec<String>, row: u64, reason: &str) -> Result<()> {
        let width = self.header.len() - BOOKKEEPING.len();
        if cells.len() < width {
            cells.resize(width, String::new());
        }
        cells.push(row.to_string());
        cells.push(reason.to_string());
        let line = csv_line(&cells)?;
        self.write_line(&line)
    }

    fn write_object(&mut self, mut map: Map<String, Value>, row: u64, reason: &str) -> Result<()> {
        map.retain(|k, _| !is_bookkeeping(k));
        map.insert("row".into(), Value::from(row));
        map.insert("reason".into(), Value::from(reason));
        let mut line = serde_json::to_vec(&Value::Object(map))?;
        line.push(b'\n');
        self.write_line(&line)
    }

    /// A record that was read but refused (by validation or by the server).
    pub fn write_record(&mut self, record: &Record, reason: &str) -> Result<()> {
        self.count += 1;
        if self.dry(record.row, reason) {
            return Ok(());
        }
        if self.csv {
            let cells = self
                .keep
                .iter()
                .map(|&i| match record.fields.get(i).map(|(_, v)| v) {
                    Some(Value::String(s)) => s.clone(),
                    Some(v) => v.to_string(),
                    None => String::new(),
                })
                .collect();
            self.write_cells(cells, record.row, reason)
        } else {
            self.write_object(record.to_map(), record.row, reason)
        }
    }

    /// A row that could not be read as a record.
    pub fn write_raw(&mut self, row: u64, raw: &Raw, reason: &str) -> Result<()> {
        self.count += 1;
        if self.dry(row, reason) {
            return Ok(());
        }
        match raw {
            Raw::Cells(cells) if self.csv => {
                // A row of the header's width loses its old bookkeeping cells; a ragged one
                // is kept whole, so that nothing of it is lost.
                let cells = if cells.len() == self.input_len {
                    self.keep
                        .iter()
                        .filter_map(|&i| cells.get(i).cloned())
                        .collect()
                } else {
                    cells.clone()
                };
                self.write_cells(cells, row, reason)
            }
            Raw::Cells(cells) => {
                let mut map = Map::new();
                map.insert("raw".into(), Value::from(cells.join(",")));
                self.write_object(map, row, reason)
            }
            Raw::Text(text) if self.csv => self.write_cells(vec![text.clone()], row, reason),
            Raw::Text(text) => {
                let mut map = Map::new();
                map.insert("raw".into(), Value::from(text.as_str()));
                self.write_object(map, row, reason)
            }
        }
    }

    /// Puts the rows in place, if any was written: the path then (`-` for standard output).
    /// Otherwise nothing at the path changes, and a file there from an earlier run is said to
    /// be one.
    pub fn finish(mut self) -> Result<Option<PathBuf>> {
        match self.out.take() {
            Some(Sink::Stdout) => Ok(Some(self.path.clone())),
            Some(Sink::Temp(mut temp)) => {
                temp.out
                    .flush()
                    .and_then(|()| temp.out.get_ref().sync_all())
                    .with_context(|| self.cannot_write())?;
                let to = destination(&self.path);
                std::fs::rename(&temp.path, &to).with_context(|| self.cannot_write())?;
                untrack(&temp.path);
                temp.path = PathBuf::new();
                Ok(Some(self.path.clone()))
            }
            None => {
                if let Some(printer) = self.printer
                    && !self.dry_run
                    && std::fs::metadata(&self.path).is_ok_and(|m| m.is_file())
                {
                    printer.info(&format!(
                        "no row was rejected: {} is from an earlier run and was left as it was",
                        self.path.display()
                    ));
                }
                Ok(None)
            }
        }
    }
}

/// Where the rows are renamed to: the target of a symbolic link (which stays a link), or
/// the path itself.
fn destination(path: &Path) -> PathBuf {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

/// A new private file (mode 0600, never an existing one) in the directory of `path`'s
/// destination, named after it: `.NAME.PID-N.tmp`. Removed on a signal exit too.
fn create_beside(path: &Path) -> std::io::Result<(PathBuf, File)> {
    let to = destination(path);
    let dir = match to.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = to.file_name().unwrap_or_default().to_string_lossy();
    let mut n = 0u32;
    loop {
        let temp = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&temp) {
            Ok(file) => {
                writing().push((temp.clone(), to));
                return Ok((temp, file));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 1000 => n += 1,
            Err(e) => return Err(e),
        }
    }
}

fn csv_line(cells: &[String]) -> Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    w.write_record(cells)?;
    Ok(w.into_inner().map_err(|e| e.into_error())?)
}

/// Whether two paths name the same file, however spelt (`./a.csv`, `a.csv`, `/abs/a.csv`),
/// so that a failed-rows file never overwrites its own input.
pub fn same_file(a: &Path, b: &Path) -> bool {
    fn canonical(p: &Path) -> Option<PathBuf> {
        if let Ok(c) = p.canonicalize() {
            return Some(c);
        }
        let parent = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.canonicalize().ok()?,
            _ => std::env::current_dir().ok()?,
        };
        Some(parent.join(p.file_name()?))
    }
    match (canonical(a), canonical(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The failed file is the input's name as given plus `.failed.EXT`, so a Windows path
    /// (a drive, a UNC share, the `\\?\` prefix) keeps its directory on every platform.
    #[test]
    fn default_paths_sit_beside_windows_inputs() {
        let cases = [
            (
                r"C:\Users\Asha Rao\Downloads\c.csv",
                Format::Csv,
                r"C:\Users\Asha Rao\Downloads\c.csv.failed.csv",
            ),
            (
                r"D:\leads.v2\in.xlsx",
                Format::Xlsx,
                r"D:\leads.v2\in.xlsx.failed.csv",
            ),
            (
                r"\\server\share\agency\c.json",
                Format::Json,
                r"\\server\share\agency\c.json.failed.ndjson",
            ),
            (
                r"\\?\C:\data\c.ndjson",
                Format::Ndjson,
                r"\\?\C:\data\c.ndjson.failed.ndjson",
            ),
            ("-", Format::Csv, "stdin.failed.csv"),
        ];
        for (input, format, expected) in cases {
            let path = FailedWriter::default_path(input, format);
            assert_eq!(path.to_str(), Some(expected), "{input}");
        }
    }

    fn rec(row: u64, fields: &[(&str, &str)]) -> Record {
        Record {
            row,
            fields: fields
                .iter()
                .map(|(k, v)| ((*k).into(), Value::from(*v)))
                .collect(),
        }
    }

    #[test]
    fn csv_keeps_input_columns_and_replaces_bookkeeping() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.csv");
        let header: Vec<String> = ["name", "row", "phone", "Reason"].map(String::from).into();
        let mut w = FailedWriter::new(path.clone(), Format::Csv, &header);
        w.write_record(
            &rec(
                3,
                &[
                    ("name", "A, B"),
                    ("row", "9"),
                    ("phone", "x"),
                    ("Reason", "old"),
                ],
            ),
            "INVALID_PHONE: x",
        )
        .unwrap();
        w.write_raw(
            5,
            &Raw::Cells(vec!["only".into()]),
            "MALFORMED_ROW: 1 field",
        )
        .unwrap();
        assert_eq!(w.count(), 2);
        assert_eq!(w.finish().unwrap(), Some(path.clone()));
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text,
            "name,phone,row,reason\n\"A, B\",x,3,INVALID_PHONE: x\nonly,,5,MALFORMED_ROW: 1 field\n"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
    }

    #[test]
    fn json_inputs_get_ndjson_objects() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.ndjson");
        let mut w = FailedWriter::new(path.clone(), Format::Json, &[]);
        w.write_record(&rec(1, &[("name", "A"), ("reason", "old")]), "X: y")
            .unwrap();
        w.write_raw(2, &Raw::Text("{broken".into()), "INVALID_JSON: eof")
            .unwrap();
        w.finish().unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "{\"name\":\"A\",\"row\":1,\"reason\":\"X: y\"}\n{\"raw\":\"{broken\",\"row\":2,\"reason\":\"INVALID_JSON: eof\"}\n"
        );
    }

    /// A writer to `path` whose temporary file is on a full disk (`/dev/full`).
    #[cfg(target_os = "linux")]
    fn on_a_full_disk(path: &Path, format: Format) -> FailedWriter {
        let mut w = FailedWriter::new(path.to_path_buf(), format, &["phone".to_string()]);
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        w.out = Some(Sink::Temp(Temp {
            path: path.with_extension("tmp"),
            out: BufWriter::new(full),
        }));
        w
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_full_disk_names_the_failed_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.csv");
        let expected = format!(
            "cannot write the failed-rows file {}: No space left on device (os error 28)",
            path.display()
        );
        // Every way in: rows are flushed as they are written, so the first one says it.
        let mut w = on_a_full_disk(&path, Format::Csv);
        let row = rec(1, &[("phone", &"9".repeat(100))]);
        let err = (0..1000)
            .find_map(|_| w.write_record(&row, "INVALID_PHONE: x").err())
            .expect("the buffer is written out");
        assert_eq!(format!("{err:#}"), expected);
        let mut w = on_a_full_disk(&path, Format::Json);
        let err = (0..1000)
            .find_map(|i| w.write_raw(i, &Raw::Text("{".into()), "INVALID_JSON").err())
            .expect("the buffer is written out");
        assert_eq!(format!("{err:#}"), expected);
        let mut w = on_a_full_disk(&path, Format::Csv);
        let err = w.write_record(&row, "INVALID_PHONE: x").unwrap_err();
        assert_eq!(format!("{err:#}"), expected);
        assert!(!path.exists());
    }

    #[test]
    fn windows_devices_are_known_by_name() {
        for name in [
            "NUL", "nul", "nul.csv", "Nul .txt", "CON", "conout$", "PRN", "aux.x", "COM1",
            "lpt9.csv",
        ] {
            assert!(is_windows_device(Path::new(name)), "{name}");
            assert!(is_windows_device(&Path::new("dir").join(name)), "{name}");
        }
        for name in [
            "null",
            "nul-bytes.csv",
            "console",
            "COM0",
            "COM10",
            "LPT",
            "a.nul",
            "CONX",
            "",
        ] {
            assert!(!is_windows_device(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn rows_go_to_a_temporary_file_renamed_at_the_end() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.csv");
        std::fs::write(&path, "earlier\n").unwrap();
        let mut w = FailedWriter::new(path.clone(), Format::Csv, &["phone".to_string()]);
        w.write_record(&rec(1, &[("phone", "x")]), "INVALID_PHONE: x")
            .unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "earlier\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
        // Dropped before `finish` (an error on the way): the temporary file goes.
        drop(w);
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["f.csv"]);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "earlier\n");
    }

    #[test]
    fn nothing_written_means_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.csv");
        let w = FailedWriter::new(path.clone(), Format::Csv, &["a".to_string()]);
        assert_eq!(w.finish().unwrap(), None);
        assert!(!path.exists());
    }
}
