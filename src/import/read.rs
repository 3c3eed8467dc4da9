use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};
use serde_json::Value;

use crate::error::usage;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Ndjson,
    /// Excel 2007 and later (`.xlsx`, `.xlsm`).
    Xlsx,
    /// Excel 97–2003.
    Xls,
    /// OpenDocument (LibreOffice, Google Sheets' export).
    Ods,
}

impl Format {
    /// The format a file name implies: `.csv`, `.json`, `.ndjson`/`.jsonl`, `.xlsx`/`.xlsm`,
    /// `.xls`, `.ods`.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "ndjson" | "jsonl" => Some(Format::Ndjson),
            "xlsx" | "xlsm" => Some(Format::Xlsx),
            "xls" => Some(Format::Xls),
            "ods" => Some(Format::Ods),
            _ => None,
        }
    }

    /// A format of named columns in rows (CSV, a spreadsheet), not of JSON objects: its
    /// failed file is CSV.
    pub fn is_tabular(self) -> bool {
        matches!(self, Format::Csv | Format::Xlsx | Format::Xls | Format::Ods)
    }

    fn is_sheet(self) -> bool {
        matches!(self, Format::Xlsx | Format::Xls | Format::Ods)
    }
}

/// One input record: its 1-based number and its fields in input order. CSV cells are
/// strings; JSON values are as written. The names of a CSV's or a sheet's columns are
/// shared by all its records.
#[derive(Debug, Clone)]
pub struct Record {
    pub row: u64,
    pub fields: Vec<(Arc<str>, Value)>,
}

impl Record {
    /// The original row as a JSON object (for the failed file of a JSON input).
    pub fn to_object(&self) -> Value {
        Value::Object(self.to_map())
    }

    pub fn to_map(&self) -> serde_json::Map<String, Value> {
        self.fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }
}

#[derive(Debug, Clone)]
pub enum Row {
    Ok(Record),
    /// A row that could not be read; `raw` is what it held, as well as it could be decoded.
    Bad {
        row: u64,
        raw: Raw,
        reason: String,
    },
}

#[derive(Debug, Clone)]
pub enum Raw {
    Cells(Vec<String>),
    Text(String),
}

pub struct Reader {
    pub format: Format,
    /// The CSV header, as written (empty for JSON inputs).
    pub header: Vec<String>,
    /// The header's names as the records hold them.
    keys: Vec<Arc<str>>,
    inner: Inner,
}

enum Inner {
    Csv {
        reader: csv::Reader<Box<dyn Read>>,
        row: u64,
        record: csv::ByteRecord,
    },
    Ndjson {
        reader: Box<dyn BufRead>,
        row: u64,
        line: Vec<u8>,
    },
    Json(JsonArray),
    Sheet(super::sheet::SheetRows),
}

/// An input as a bulk command reads it, as often as it needs: a path, its format and, for a
/// spreadsheet, the sheet (`--sheet`; else the first).
#[derive(Debug, Clone)]
pub struct Source {
    pub path: String,
    pub format: Format,
    pub sheet: Option<String>,
}

impl Source {
    /// The source of `--sheet` and a path whose format is known: `--sheet` only names a sheet
    /// of a spreadsheet.
    pub fn new(path: String, format: Format, sheet: Option<String>) -> Result<Source> {
        if sheet.is_some() && !format.is_sheet() {
            return Err(usage(format!(
                "--sheet names a sheet of a spreadsheet (.xlsx, .xls, .ods); {path} is not one"
            )));
        }
        Ok(Source {
            path,
            format,
            sheet,
        })
    }

    pub fn open(&self) -> Result<Reader> {
        open_sheet(&self.path, Some(self.format), self.sheet.as_deref())
    }
}

/// Opens `path` (`-` for stdin) as `format`, or the format its extension implies.
pub fn open(path: &str, format: Option<Format>) -> Result<Reader> {
    open_sheet(path, format, None)
}

/// [`open`], reading the sheet named `sheet` of a spreadsheet (else its first).
pub fn open_sheet(path: &str, format: Option<Format>, sheet: Option<&str>) -> Result<Reader> {
    if path != "-"
        && let Some(format) = format.or_else(|| Format::from_path(Path::new(path)))
        && format.is_sheet()
    {
        let (header, rows) = super::sheet::open(Path::new(path), format, sheet)
            .with_context(|| format!("cannot read {path}"))?;
        return Ok(Reader {
            format,
            keys: header.iter().map(|h| Arc::from(h.as_str())).collect(),
            header,
            inner: Inner::Sheet(rows),
        });
    }
    let (input, format): (Box<dyn Read>, Format) = if path == "-" {
        let format = format.ok_or_else(|| {
            usage("reading standard input needs --format csv|json|ndjson|xlsx|xls|ods")
        })?;
        (Box::new(io::stdin()), format)
    } else {
        let p = Path::new(path);
        let format = format.or_else(|| Format::from_path(p)).ok_or_else(|| {
            usage(format!(
                "cannot tell the format of {path} from its name: pass --format csv|json|ndjson|xlsx|xls|ods"
            ))
        })?;
        let file = File::open(p).with_context(|| format!("cannot open {path}"))?;
        (Box::new(file), format)
    };
    Reader::new(input, format).with_context(|| format!("cannot read {path}"))
}

/// Reads the first bytes to tell the encoding: a UTF-16 or UTF-32 file is an error that
/// names its encoding (read as bytes, every row would be garbage), and a UTF-8 byte order
/// mark is dropped, for every format alike.
fn sniff(mut input: Box<dyn Read>) -> Result<Box<dyn Read>> {
    let mut head = [0u8; 4];
    let mut n = 0;
    while n < head.len() {
        match input.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e.into()),
        }
    }
    let head = &head[..n];
    if let Some(encoding) = foreign_encoding(head) {
        let from = if encoding.starts_with("UTF-32") {
            "UTF-32"
        } else {
            "UTF-16"
        };
        return Err(usage(format!(
            "the file is {encoding}, not UTF-8: save it as UTF-8 (in Excel: \"CSV UTF-8\") or convert it with `iconv -f {from} -t UTF-8`"
        )));
    }
    let skip = if head.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    Ok(Box::new(
        io::Cursor::new(head[skip..].to_vec()).chain(input),
    ))
}

/// The encoding the first bytes of a file betray, if it is not UTF-8 (or ASCII).
fn foreign_encoding(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(&[0xFF, 0xFE, 0, 0]) {
        Some("UTF-32 (little-endian, with a byte order mark)")
    } else if head.starts_with(&[0, 0, 0xFE, 0xFF]) {
        Some("UTF-32 (big-endian, with a byte order mark)")
    } else if head.starts_with(&[0xFF, 0xFE]) {
        Some("UTF-16 (little-endian, with a byte order mark)")
    } else if head.starts_with(&[0xFE, 0xFF]) {
        Some("UTF-16 (big-endian, with a byte order mark)")
    } else if head.len() >= 2 && head[0] != 0 && head[1] == 0 {
        Some("UTF-16 (little-endian: a NUL byte after each character)")
    } else if head.len() >= 2 && head[0] == 0 && head[1] != 0 {
        Some("UTF-16 (big-endian: a NUL byte before each character)")
    } else {
        None
    }
}

impl Reader {
    pub fn new(input: Box<dyn Read>, format: Format) -> Result<Reader> {
        let input = sniff(input)?;
        let buffered: Box<dyn BufRead> = Box::new(BufReader::with_capacity(64 * 1024, input));
        let (inner, header) = match format {
            Format::Csv => {
                let mut reader = csv::ReaderBuilder::new()
                    .flexible(true)
                    .from_reader(Box::new(buffered) as Box<dyn Read>);
                let raw_header = reader
                    .byte_headers()
                    .map_err(|e| anyhow::anyhow!("the CSV header cannot be read: {e}"))?;
                let header = raw_header
                    .iter()
                    .map(|h| String::from_utf8_lossy(h).trim().to_string())
                    .collect::<Vec<_>>();
                if header.iter().all(String::is_empty) {
                    return Err(usage("the CSV file is empty: it needs a header row"));
                }
                // Column names become keys: a header that cannot be read would turn every
                // row into garbage, so the whole file is refused, not each row.
                if raw_header.as_slice().contains(&0) {
                    return Err(usage(
                        "the CSV header holds NUL bytes: the file is binary or UTF-16, not a UTF-8 CSV",
                    ));
                }
                if let Some(bad) = raw_header
                    .iter()
                    .position(|h| std::str::from_utf8(h).is_err())
                {
                    return Err(usage(format!(
                        "the CSV header is not valid UTF-8 (column {}, `{}`): the file is probably Latin-1 or Windows-1252; save it as UTF-8 (in Excel: \"CSV UTF-8\")",
                        bad + 1,
                        header[bad]
                    )));
                }
                (
                    Inner::Csv {
                        reader,
                        row: 0,
                        record: csv::ByteRecord::new(),
                    },
                    header,
                )
            }
            Format::Ndjson => (
                Inner::Ndjson {
                    reader: buffered,
                    row: 0,
                    line: Vec::new(),
                },
                Vec::new(),
            ),
            Format::Json => (Inner::Json(JsonArray::new(buffered)), Vec::new()),
            Format::Xlsx | Format::Xls | Format::Ods => {
                return Err(usage(
                    "a spreadsheet cannot be read from standard input: give its path",
                ));
            }
        };
        Ok(Reader {
            format,
            keys: header.iter().map(|h| Arc::from(h.as_str())).collect(),
            header,
            inner,
        })
    }

    fn next_row(&mut self) -> Result<Option<Row>> {
        match &mut self.inner {
            Inner::Csv {
                reader,
                row,
                record,
            } => {
                match reader.read_byte_record(record) {
                    Ok(false) => return Ok(None),
                    Ok(true) => {}
                    Err(e) => match e.kind() {
                        csv::ErrorKind::Io(_) => return Err(anyhow::Error::new(e)),
                        _ => {
                            *row += 1;
                            return Ok(Some(Row::Bad {
                                row: *row,
                                raw: Raw::Cells(Vec::new()),
                                reason: format!("MALFORMED_ROW: {e}"),
                            }));
                        }
                    },
                }
                *row += 1;
                let cells: Vec<String> = record
                    .iter()
                    .map(|c| String::from_utf8_lossy(c).into_owned())
                    .collect();
                if cells.len() != self.header.len() {
                    let mut reason = format!(
                        "MALFORMED_ROW: {} field{} where the header has {}",
                        cells.len(),
                        if cells.len() == 1 { "" } else { "s" },
                        self.header.len()
                    );
                    // A quote that is never closed (or closed too late) swallows the lines
                    // after it into one field: say so, since those rows are in this one.
                    let newlines = record
                        .as_slice()
                        .trim_ascii_end()
                        .iter()
                        .filter(|&&b| b == b'\n')
                        .count() as u64;
                    if newlines > 0
                        && let Some(pos) = record.position()
                    {
                        reason.push_str(&format!(
                            " (a quoted field runs from line {} to line {}: is a quote unbalanced?)",
                            pos.line(),
                            pos.line() + newlines
                        ));
                    }
                    return Ok(Some(Row::Bad {
                        row: *row,
                        reason,
                        raw: Raw::Cells(cells),
                    }));
                }
                if record.as_slice().contains(&0) {
                    return Ok(Some(Row::Bad {
                        row: *row,
                        raw: Raw::Cells(cells),
                        reason: "MALFORMED_ROW: the row holds a NUL byte".into(),
                    }));
                }
                if let Some(bad) = record.iter().position(|c| std::str::from_utf8(c).is_err()) {
                    return Ok(Some(Row::Bad {
                        row: *row,
                        raw: Raw::Cells(cells),
                        reason: format!(
                            "INVALID_UTF8: column `{}` is not valid UTF-8 (is the file Latin-1 or Windows-1252? save it as UTF-8)",
                            super::phone::shown(&self.header[bad])
                        ),
                    }));
                }
                let fields = self
                    .keys
                    .iter()
                    .cloned()
                    .zip(cells.into_iter().map(Value::String))
                    .collect();
                Ok(Some(Row::Ok(Record { row: *row, fields })))
            }
            Inner::Ndjson { reader, row, line } => loop {
                line.clear();
                if reader.read_until(b'\n', line)? == 0 {
                    return Ok(None);
                }
                let text = trim_ascii(line);
                if text.is_empty() {
                    continue;
                }
                *row += 1;
                return Ok(Some(parse_element(*row, text)));
            },
            Inner::Json(array) => match array.next_element()? {
                None => Ok(None),
                Some(Err(reason)) => Ok(Some(Row::Bad {
                    row: array.index,
                    raw: Raw::Text(String::from_utf8_lossy(&array.element).into_owned()),
                    reason,
                })),
                Some(Ok(())) => Ok(Some(parse_element(array.index, &array.element))),
            },
            Inner::Sheet(rows) => Ok(rows.next_row(&self.keys)),
        }
    }
}

impl Iterator for Reader {
    type Item = Result<Row>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_row().transpose()
    }
}

fn trim_ascii(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes.trim_ascii()
}

/// One JSON element (an NDJSON line or an array element) as a record, or a bad row.
fn parse_element(row: u64, bytes: &[u8]) -> Row {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(_) => {
            return Row::Bad {
                row,
                raw: Raw::Text(String::from_utf8_lossy(bytes).into_owned()),
                reason: "INVALID_UTF8: the record is not valid UTF-8 (is the file Latin-1 or Windows-1252? save it as UTF-8)".into(),
            };
        }
    };
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Row::Ok(Record {
            row,
            fields: map.into_iter().map(|(k, v)| (Arc::from(k), v)).collect(),
        }),
        Ok(other) => Row::Bad {
            row,
            raw: Raw::Text(text.to_string()),
            reason: format!(
                "INVALID_JSON: expected an object, found {}",
                match other {
                    Value::Array(_) => "a list",
                    Value::String(_) => "a string",
                    Value::Number(_) => "a number",
                    Value::Bool(_) => "a boolean",
                    _ => "null",
                }
            ),
        },
        Err(e) => Row::Bad {
            row,
            raw: Raw::Text(text.to_string()),
            reason: format!("INVALID_JSON: {e}"),
        },
    }
}

/// Splits a JSON array into its elements without parsing the whole document: a scanner
/// that tracks strings and nesting, so memory holds one element at a time.
struct JsonArray {
    input: Box<dyn BufRead>,
    started: bool,
    done: bool,
    /// The array closed with a record, handed on before what follows the `]` is looked at:
    /// an error there must not take that record with it.
    rest_unchecked: bool,
    index: u64,
    element: Vec<u8>,
}

impl JsonArray {
    fn new(input: Box<dyn BufRead>) -> Self {
        JsonArray {
            input,
            started: false,
            done: false,
            rest_unchecked: false,
            index: 0,
            element: Vec::new(),
        }
    }

    fn skip_whitespace(&mut self) -> io::Result<Option<u8>> {
        loop {
            let buf = self.input.fill_buf()?;
            if buf.is_empty() {
                return Ok(None);
            }
            let n = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
            if n < buf.len() {
                let b = buf[n];
                self.input.consume(n);
                return Ok(Some(b));
            }
            let len = buf.len();
            self.input.consume(len);
        }
    }

    /// After the closing `]` only white space may follow: anything else (two arrays joined
    /// by `cat`) would be rows silently left unread.
    fn check_rest(&mut self) -> Result<()> {
        if self.skip_whitespace()?.is_some() {
            return Err(usage(format!(
                "the JSON file goes on after its array closes (after record {}): it must hold one array",
                self.index
            )));
        }
        Ok(())
    }

    /// Reads the next element into `self.element`. `Ok(None)` at the end of the array;
    /// `Some(Err(reason))` for an element that cannot be delimited.
    fn next_element(&mut self) -> Result<Option<Result<(), String>>> {
        if self.done {
            if std::mem::take(&mut self.rest_unchecked) {
                self.check_rest()?;
            }
            return Ok(None);
        }
        if !self.started {
            // (A UTF-8 byte order mark is already gone: see `sniff`.)
            match self.skip_whitespace()? {
                Some(b'[') => self.input.consume(1),
                None => {
                    return Err(usage(
                        "the JSON file is empty: it needs an array of objects",
                    ));
                }
                Some(_) => {
                    return Err(usage(
                        "the JSON file is not an array: it must be `[{…}, {…}]` (NDJSON files need the .ndjson extension or --format ndjson)",
                    ));
                }
            }
            self.started = true;
            if self.skip_whitespace()? == Some(b']') {
                self.done = true;
                return Ok(None);
            }
        }
        self.element.clear();
        let mut depth = 0usize;
        let mut in_string = false;
        let mut escaped = false;
        loop {
            let buf = self.input.fill_buf()?;
            if buf.is_empty() {
                self.done = true;
                let text = trim_ascii(&self.element);
                if text.is_empty() {
                    return Err(usage(format!(
                        "the JSON array is not closed: the file ends after record {}",
                        self.index
                    )));
                }
                self.index += 1;
                return Ok(Some(Err(
                    "INVALID_JSON: the file ends in the middle of this record".into(),
                )));
            }
            let mut consumed = 0;
            let mut end = None;
            for &b in buf {
                consumed += 1;
                if in_string {
                    if escaped {
                        escaped = false;
                    } else if b == b'\\' {
                        escaped = true;
                    } else if b == b'"' {
                        in_string = false;
                    }
                    continue;
                }
                match b {
                    b'"' => in_string = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' if depth > 0 => depth -= 1,
                    b',' if depth == 0 => {
                        end = Some(false);
                        break;
                    }
                    b']' => {
                        end = Some(true);
                        break;
                    }
                    _ => {}
                }
            }
            let take = if end.is_some() {
                consumed - 1
            } else {
                consumed
            };
            self.element.extend_from_slice(&buf[..take]);
            self.input.consume(consumed);
            if let Some(closed) = end {
                self.done = closed;
                self.index += 1;
                if closed && trim_ascii(&self.element).is_empty() {
                    // `[ {…}, ]`: a trailing comma, no record.
                    self.index -= 1;
                    self.check_rest()?;
                    return Ok(None);
                }
                self.rest_unchecked = closed;
                return Ok(Some(Ok(())));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(input: &str, format: Format) -> Vec<Row> {
        Reader::new(Box::new(io::Cursor::new(input.as_bytes().to_vec())), format)
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    fn summary(rows: &[Row]) -> Vec<String> {
        rows.iter()
            .map(|r| match r {
                Row::Ok(rec) => format!("{}:{}", rec.row, rec.to_object()),
                Row::Bad { row, reason, .. } => {
                    format!("{row}!{}", reason.split(':').next().unwrap())
                }
            })
            .collect()
    }

    #[test]
    fn csv_rows_ragged_rows_and_bom() {
        let r = rows(
            "\u{feff}name,phone\r\nA,1\r\nB\r\nC,3,x\r\n\"D, jr\",4\r\n",
            Format::Csv,
        );
        assert_eq!(
            summary(&r),
            [
                r#"1:{"name":"A","phone":"1"}"#,
                "2!MALFORMED_ROW",
                "3!MALFORMED_ROW",
                r#"4:{"name":"D, jr","phone":"4"}"#
            ]
        );
    }

    #[test]
    fn csv_invalid_utf8_is_a_bad_row() {
        let mut data = b"name,phone\n".to_vec();
        data.extend_from_slice(b"Jos\xe9,1\nAna,2\n");
        let r: Vec<Row> = Reader::new(Box::new(io::Cursor::new(data)), Format::Csv)
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            summary(&r),
            ["1!INVALID_UTF8", r#"2:{"name":"Ana","phone":"2"}"#]
        );
    }

    #[test]
    fn empty_csv_is_an_error() {
        assert!(Reader::new(Box::new(io::Cursor::new(Vec::new())), Format::Csv).is_err());
    }

    #[test]
    fn json_array_streams_elements() {
        let r = rows(
            r#" [ {"a": "x,]}"}, {"b": [1, {"c": 2}]} , 5, {"d": "\"q\""} ] "#,
            Format::Json,
        );
        assert_eq!(
            summary(&r),
            [
                r#"1:{"a":"x,]}"}"#,
                r#"2:{"b":[1,{"c":2}]}"#,
                "3!INVALID_JSON",
                r#"4:{"d":"\"q\""}"#
            ]
        );
        assert!(rows("[]", Format::Json).is_empty());
        assert_eq!(rows("[{\"a\":1},]", Format::Json).len(), 1);
    }

    #[test]
    fn json_that_is_not_an_array_is_an_error() {
        let err = first_row_err(b"{\"a\": 1}", Format::Json);
        assert!(err.to_string().contains("not an array"), "{err}");
    }

    #[test]
    fn content_after_the_array_is_an_error() {
        let mut r = Reader::new(
            Box::new(io::Cursor::new(b"[{\"a\": 1}]\n[{\"b\": 2}]".to_vec())),
            Format::Json,
        )
        .unwrap();
        // The array's last record is handed on before what follows it is an error.
        assert!(matches!(r.next(), Some(Ok(Row::Ok(_)))));
        let err = r.next().unwrap().unwrap_err();
        assert!(
            err.to_string()
                .contains("goes on after its array closes (after record 1)"),
            "{err}"
        );
        assert_eq!(rows("[{\"a\": 1}]\n\n", Format::Json).len(), 1);
    }

    #[test]
    fn truncated_json_array_rejects_the_last_element() {
        let r = rows(r#"[{"a": 1}, {"b": "#, Format::Json);
        assert_eq!(summary(&r), [r#"1:{"a":1}"#, "2!INVALID_JSON"]);
    }

    /// The error the first row of an input that opens gives.
    fn first_row_err(bytes: &[u8], format: Format) -> String {
        Reader::new(Box::new(io::Cursor::new(bytes.to_vec())), format)
            .unwrap()
            .next()
            .unwrap()
            .unwrap_err()
            .to_string()
    }

    fn open_err(bytes: &[u8], format: Format) -> String {
        match Reader::new(Box::new(io::Cursor::new(bytes.to_vec())), format) {
            Ok(_) => panic!("{bytes:?} opened"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn utf16_and_utf32_are_refused_by_name() {
        let utf16le: Vec<u8> = "\u{feff}name,phone\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let err = open_err(&utf16le, Format::Csv);
        assert!(
            err.starts_with(
                "the file is UTF-16 (little-endian, with a byte order mark), not UTF-8"
            ),
            "{err}"
        );
        let no_bom_be: Vec<u8> = "[{}]".encode_utf16().flat_map(u16::to_be_bytes).collect();
        let err = open_err(&no_bom_be, Format::Json);
        assert!(
            err.starts_with("the file is UTF-16 (big-endian: a NUL"),
            "{err}"
        );
        let err = open_err(b"\xFF\xFE\0\0{\0\0\0", Format::Ndjson);
        assert!(
            err.starts_with("the file is UTF-32 (little-endian"),
            "{err}"
        );
        // One byte, or none, is not enough to tell: read as usual.
        assert!(rows("1", Format::Ndjson).len() == 1);
        assert!(rows("", Format::Ndjson).is_empty());
    }

    #[test]
    fn a_utf8_bom_is_dropped_and_nothing_else() {
        assert_eq!(rows("\u{feff}[{\"a\": 1}]", Format::Json).len(), 1);
        // A first byte of 0xEF that does not start a BOM is not dropped with the two after.
        let err = first_row_err(b"\xEF  [{\"a\": 1}]", Format::Json);
        assert!(err.to_string().contains("not an array"), "{err}");
    }

    #[test]
    fn unreadable_csv_headers_refuse_the_file() {
        let err = open_err(b"Pr\xe9nom,phone\n", Format::Csv);
        assert!(
            err.contains("column 1, `Pr\u{fffd}nom`") && err.contains("Latin-1"),
            "{err}"
        );
        let err = open_err(b"name,ph\0one\n", Format::Csv);
        assert!(err.contains("NUL bytes"), "{err}");
    }

    #[test]
    fn nul_bytes_and_unbalanced_quotes_are_bad_rows_that_say_why() {
        let r = rows("name,phone\nA\0,1\n\"B,2\nC,3\nD,4\n", Format::Csv);
        let reasons: Vec<&str> = r
            .iter()
            .map(|r| match r {
                Row::Bad { reason, .. } => reason.as_str(),
                Row::Ok(_) => "ok",
            })
            .collect();
        assert_eq!(
            reasons,
            [
                "MALFORMED_ROW: the row holds a NUL byte",
                "MALFORMED_ROW: 1 field where the header has 2 (a quoted field runs from line 3 to line 5: is a quote unbalanced?)"
            ]
        );
    }

    #[test]
    fn ndjson_broken_line_in_the_middle() {
        let r = rows("{\"a\":1}\n\n{\"b\":\n{\"c\":3}\n", Format::Ndjson);
        assert_eq!(
            summary(&r),
            [r#"1:{"a":1}"#, "2!INVALID_JSON", r#"3:{"c":3}"#]
        );
    }
}
