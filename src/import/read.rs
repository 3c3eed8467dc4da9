use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use anyhow::{Context, Result};
use serde_json::Value;

use crate::error::usage;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
    Ndjson,
}

impl Format {
    /// The format a file name implies: `.csv`, `.json`, `.ndjson`/`.jsonl`.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "ndjson" | "jsonl" => Some(Format::Ndjson),
            _ => None,
        }
    }
}

/// One input record: its 1-based number and its fields in input order. CSV cells are
/// strings; JSON values are as written.
#[derive(Debug, Clone)]
pub struct Record {
    pub row: u64,
    pub fields: Vec<(String, Value)>,
}

impl Record {
    /// The original row as a JSON object (for the failed file of a JSON input).
    pub fn to_object(&self) -> Value {
        Value::Object(self.fields.iter().cloned().collect())
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
}

/// Opens `path` (`-` for stdin) as `format`, or the format its extension implies.
pub fn open(path: &str, format: Option<Format>) -> Result<Reader> {
    let (input, format): (Box<dyn Read>, Format) = if path == "-" {
        let format =
            format.ok_or_else(|| usage("reading standard input needs --format csv|json|ndjson"))?;
        (Box::new(io::stdin()), format)
    } else {
        let p = Path::new(path);
        let format = format.or_else(|| Format::from_path(p)).ok_or_else(|| {
            usage(format!(
                "cannot tell the format of {path} from its name: pass --format csv|json|ndjson"
            ))
        })?;
        let file = File::open(p).with_context(|| format!("cannot open {path}"))?;
        (Box::new(file), format)
    };
    Reader::new(input, format).with_context(|| format!("cannot read {path}"))
}

impl Reader {
    pub fn new(input: Box<dyn Read>, format: Format) -> Result<Reader> {
        let buffered: Box<dyn BufRead> = Box::new(BufReader::with_capacity(64 * 1024, input));
        let (inner, header) = match format {
            Format::Csv => {
                let mut reader = csv::ReaderBuilder::new()
                    .flexible(true)
                    .from_reader(Box::new(buffered) as Box<dyn Read>);
                let header = reader
                    .byte_headers()
                    .map_err(|e| anyhow::anyhow!("the CSV header cannot be read: {e}"))?
                    .iter()
                    .map(|h| String::from_utf8_lossy(h).trim().to_string())
                    .collect::<Vec<_>>();
                if header.iter().all(String::is_empty) {
                    return Err(usage("the CSV file is empty: it needs a header row"));
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
        };
        Ok(Reader {
            format,
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
                    return Ok(Some(Row::Bad {
                        row: *row,
                        reason: format!(
                            "MALFORMED_ROW: {} fields where the header has {}",
                            cells.len(),
                            self.header.len()
                        ),
                        raw: Raw::Cells(cells),
                    }));
                }
                if record.iter().any(|c| std::str::from_utf8(c).is_err()) {
                    return Ok(Some(Row::Bad {
                        row: *row,
                        raw: Raw::Cells(cells),
                        reason: "INVALID_UTF8: the row is not valid UTF-8".into(),
                    }));
                }
                let fields = self
                    .header
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
                reason: "INVALID_UTF8: the record is not valid UTF-8".into(),
            };
        }
    };
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Row::Ok(Record {
            row,
            fields: map.into_iter().collect(),
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
    index: u64,
    element: Vec<u8>,
}

impl JsonArray {
    fn new(input: Box<dyn BufRead>) -> Self {
        JsonArray {
            input,
            started: false,
            done: false,
            index: 0,
            element: Vec::new(),
        }
    }

    fn peek(&mut self) -> io::Result<Option<u8>> {
        Ok(self.input.fill_buf()?.first().copied())
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
            anyhow::bail!(
                "the JSON file goes on after its array closes (after record {}): it must hold one array",
                self.index
            );
        }
        Ok(())
    }

    /// Reads the next element into `self.element`. `Ok(None)` at the end of the array;
    /// `Some(Err(reason))` for an element that cannot be delimited.
    fn next_element(&mut self) -> Result<Option<Result<(), String>>> {
        if self.done {
            return Ok(None);
        }
        if !self.started {
            if self.peek()? == Some(0xEF) {
                let mut bom = [0u8; 3];
                self.input.read_exact(&mut bom)?;
            }
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
                    return Err(anyhow::anyhow!(
                        "the JSON array is not closed: the file ends after record {}",
                        self.index
                    ));
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
                if closed {
                    self.check_rest()?;
                }
                if closed && trim_ascii(&self.element).is_empty() {
                    // `[ {…}, ]`: a trailing comma, no record.
                    self.index -= 1;
                    return Ok(None);
                }
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
                Row::Ok(rec) => format!(
                    "{}:{}",
                    rec.row,
                    Value::Object(rec.fields.iter().cloned().collect())
                ),
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
        let err = Reader::new(
            Box::new(io::Cursor::new(b"{\"a\": 1}".to_vec())),
            Format::Json,
        )
        .unwrap()
        .next()
        .unwrap()
        .unwrap_err();
        assert!(err.to_string().contains("not an array"), "{err}");
    }

    #[test]
    fn content_after_the_array_is_an_error() {
        let mut r = Reader::new(
            Box::new(io::Cursor::new(b"[{\"a\": 1}]\n[{\"b\": 2}]".to_vec())),
            Format::Json,
        )
        .unwrap();
        let err = r.next().unwrap().unwrap_err();
        assert!(
            err.to_string().contains("goes on after its array closes"),
            "{err}"
        );
        assert_eq!(rows("[{\"a\": 1}]\n\n", Format::Json).len(), 1);
    }

    #[test]
    fn truncated_json_array_rejects_the_last_element() {
        let r = rows(r#"[{"a": 1}, {"b": "#, Format::Json);
        assert_eq!(summary(&r), [r#"1:{"a":1}"#, "2!INVALID_JSON"]);
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
