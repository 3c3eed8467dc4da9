use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::{Map, Value};

use super::BOOKKEEPING;
use super::read::{Format, Raw, Record};

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
    out: Option<BufWriter<File>>,
    count: u64,
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
        }
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
            let file = create_private(&self.path).with_context(|| {
                format!("cannot create the failed-rows file {}", self.path.display())
            })?;
            let mut w = BufWriter::new(file);
            if self.csv {
                let header = csv_line(&self.header)?;
                w.write_all(&header).with_context(|| self.cannot_write())?;
            }
            self.out = Some(w);
        }
        let out = self.out.as_mut().expect("just created");
        out.write_all(line).with_context(|| self.cannot_write())
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
            let map = record.fields.iter().cloned().collect();
            self.write_object(map, record.row, reason)
        }
    }

    /// A row that could not be read as a record.
    pub fn write_raw(&mut self, row: u64, raw: &Raw, reason: &str) -> Result<()> {
        self.count += 1;
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

    /// Removes a failed file an earlier run left at this path, so that what is there after
    /// this run is this run's.
    pub fn clear_stale(&self) -> Result<()> {
        match std::fs::remove_file(&self.path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(e).with_context(|| format!("cannot remove the old {}", self.path.display()))
            }
            _ => Ok(()),
        }
    }

    /// Flushes the file; the path if any row was written.
    pub fn finish(mut self) -> Result<Option<PathBuf>> {
        match self.out.take() {
            Some(mut w) => {
                w.flush().with_context(|| self.cannot_write())?;
                Ok(Some(self.path))
            }
            None => Ok(None),
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

/// Creates (or truncates) a file only its owner can read. A device or a pipe named instead
/// (`/dev/stderr`) is written to as it is: its mode is not the file's to change.
pub fn create_private(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let file = options.open(path)?;
        if file.metadata()?.is_file() {
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        Ok(file)
    }
    #[cfg(not(unix))]
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(row: u64, fields: &[(&str, &str)]) -> Record {
        Record {
            row,
            fields: fields
                .iter()
                .map(|(k, v)| (k.to_string(), Value::from(*v)))
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
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
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

    /// `path`, a link to `/dev/full`: a disk that is full.
    #[cfg(target_os = "linux")]
    fn full_disk(dir: &Path, name: &str) -> PathBuf {
        let path = dir.join(name);
        std::os::unix::fs::symlink("/dev/full", &path).unwrap();
        path
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_full_disk_names_the_failed_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = full_disk(dir.path(), "f.csv");
        let expected = format!(
            "cannot write the failed-rows file {}: No space left on device (os error 28)",
            path.display()
        );
        // Every way in: the first row, a row past the buffer, the flush at the end.
        let mut w = FailedWriter::new(path.clone(), Format::Csv, &["phone".to_string()]);
        let row = rec(1, &[("phone", &"9".repeat(100))]);
        let err = (0..1000)
            .find_map(|_| w.write_record(&row, "INVALID_PHONE: x").err())
            .expect("the buffer is written out");
        assert_eq!(format!("{err:#}"), expected);
        let mut w = FailedWriter::new(path.clone(), Format::Json, &[]);
        let err = (0..1000)
            .find_map(|i| w.write_raw(i, &Raw::Text("{".into()), "INVALID_JSON").err())
            .expect("the buffer is written out");
        assert_eq!(format!("{err:#}"), expected);
        let mut w = FailedWriter::new(path.clone(), Format::Csv, &["phone".to_string()]);
        w.write_record(&row, "INVALID_PHONE: x").unwrap();
        assert_eq!(format!("{:#}", w.finish().unwrap_err()), expected);
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
