//! Rendering items as table, json, ndjson or csv, with `--fields` applied to every format.
//!
//! Items arrive a page at a time. ndjson, csv with `--fields` and tab-separated tables stream
//! each page out as it comes; json streams its array; only a terminal table (which needs
//! every width) and csv without `--fields` (which needs every column) wait for the end.

pub use crate::leaf::lookup;
use std::io::{self, Write};

mod fields;
mod jq;
mod table;
mod times;
pub use fields::print_answer;
pub use jq::{Jq, print_json};
pub use table::write_table;
pub use times::Clock;

use serde_json::{Map, Value};

pub use crate::leaf::sanitize;
use crate::secret::KnownSecrets;
use fields::union_of_paths;

/// How the data of a command is written (`-o`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// An aligned table on a terminal; tab-separated lines in a pipe.
    Table,
    /// One JSON array of the items as the server sent them.
    Json,
    /// One compact JSON object per line, as each page arrives.
    Ndjson,
    /// A header row and one row per item, nested fields by dotted path.
    Csv,
}

/// How data is printed, decided once from the flags and the terminal.
#[derive(Debug, Clone)]
pub struct OutputOpts {
    pub format: Format,
    /// `-o` (or `--json`) was given: `format` is not the default.
    pub format_given: bool,
    pub fields: Vec<String>,
    pub no_headers: bool,
    pub stdout_tty: bool,
    /// The terminal's columns, which tables fit; `None` shows them whole (`--wide`, or no
    /// terminal).
    pub width: Option<usize>,
    /// What the times of a terminal table are shown against.
    pub clock: Clock,
    pub color: bool,
    /// Credentials to mask wherever they turn up in the data (a server may echo them).
    pub mask: KnownSecrets,
    /// `--jq`: run on what json prints (the whole array), or on each ndjson item.
    pub jq: Option<std::sync::Arc<Jq>>,
    /// `-q`: no hint of the columns a terminal table left out.
    pub quiet: bool,
}

/// A default table column: its header, the dotted path of its value, and optionally a
/// function that finds the value where the response's shape is not known for sure.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub header: &'static str,
    pub path: &'static str,
    pub get: Option<Finder>,
}

/// Finds a column's value in an item.
pub type Finder = fn(&Value) -> Option<Value>;

pub const fn col(header: &'static str, path: &'static str) -> Column {
    Column {
        header,
        path,
        get: None,
    }
}

pub const fn computed(header: &'static str, path: &'static str, get: Finder) -> Column {
    Column {
        header,
        path,
        get: Some(get),
    }
}

impl Column {
    pub fn value(&self, item: &Value) -> Option<Value> {
        match self.get {
            Some(get) => get(item),
            None => lookup(item, self.path).cloned(),
        }
    }
}

pub struct Renderer<W: Write> {
    opts: OutputOpts,
    /// The command's own columns, whose names `--fields` takes too.
    defaults: Vec<Column>,
    /// (header, path) of each column, for table and csv.
    columns: Vec<(String, String)>,
    /// Each column's finder, if it has one (a default column, or --fields naming one).
    getters: Vec<Option<Finder>>,
    out: W,
    count: u64,
    buffered: Vec<Value>,
    csv_started: bool,
    header_done: bool,
    /// `--fields` was checked against the first items (or is not to be).
    fields_checked: bool,
    /// `--fields` named a path no item has: nothing is printed, not even an empty `[]`.
    refused: bool,
}

impl<W: Write> Renderer<W> {
    pub fn new(opts: OutputOpts, defaults: &[Column], out: W) -> Self {
        let (columns, getters) = if opts.fields.is_empty() {
            (
                defaults
                    .iter()
                    .map(|c| (c.header.to_string(), c.path.to_string()))
                    .collect(),
                defaults.iter().map(|c| c.get).collect(),
            )
        } else {
            fields::resolve(&opts.fields, defaults)
                .into_iter()
                .map(|f| ((f.name, f.path), f.get))
                .unzip()
        };
        Renderer {
            opts,
            defaults: defaults.to_vec(),
            columns,
            getters,
            out,
            count: 0,
            buffered: Vec::new(),
            csv_started: false,
            header_done: false,
            fields_checked: false,
            refused: false,
        }
    }

    fn tsv(&self) -> bool {
        self.opts.format == Format::Table && !self.opts.stdout_tty
    }

    /// Writes one page of items; the first that has any checks `--fields`.
    pub fn write_items(&mut self, items: &[Value]) -> anyhow::Result<()> {
        if items.is_empty() {
            // Headers wait for the first items, or for `finish`.
            return Ok(());
        }
        self.check_fields(items)?;
        let redactor = self.opts.mask.redactor();
        let masked: Vec<Value>;
        let items = if !redactor.is_empty() && items.iter().any(|i| redactor.finds_in_json(i)) {
            masked = items
                .iter()
                .map(|item| {
                    let mut item = item.clone();
                    redactor.scrub_json(&mut item);
                    item
                })
                .collect();
            &masked[..]
        } else {
            items
        };
        match self.opts.format {
            // The expression takes the whole array: held to the end.
            Format::Json if self.opts.jq.is_some() => {
                let items: Vec<Value> = items.iter().map(|i| self.project(i)).collect();
                self.buffered.extend(items);
            }
            Format::Json => {
                for item in items {
                    let item = self.project(item);
                    let sep = if self.count == 0 { "[\n" } else { ",\n" };
                    self.out.write_all(sep.as_bytes())?;
                    let text = serde_json::to_string_pretty(&item).map_err(io::Error::other)?;
                    for (i, line) in text.lines().enumerate() {
                        if i > 0 {
                            self.out.write_all(b"\n")?;
                        }
                        self.out.write_all(b"  ")?;
                        self.out.write_all(line.as_bytes())?;
                    }
                    self.count += 1;
                }
            }
            Format::Ndjson => {
                for item in items {
                    let item = self.project(item);
                    match &self.opts.jq {
                        Some(jq) => jq.write(&item, &self.opts, &mut self.out)?,
                        None => {
                            serde_json::to_writer(&mut self.out, &item)?;
                            self.out.write_all(b"\n")?;
                        }
                    }
                    self.count += 1;
                }
            }
            Format::Csv if self.opts.fields.is_empty() => {
                self.buffered.extend_from_slice(items);
            }
            Format::Csv => {
                self.csv_header()?;
                for item in items {
                    let row: Vec<String> = (0..self.columns.len())
                        .map(|i| self.cell(item, i, csv_cell))
                        .collect();
                    self.csv_row(&row)?;
                    self.count += 1;
                }
            }
            // Without columns of its own (`bp api --paginate`), a table is made of the
            // items' paths, as CSV is: known only once every item is in.
            Format::Table if self.columns.is_empty() => self.buffered.extend_from_slice(items),
            Format::Table if self.tsv() => {
                self.tsv_header()?;
                for item in items {
                    let cells: Vec<String> = (0..self.columns.len())
                        .map(|i| sanitize(&self.table_value(item, i)))
                        .collect();
                    writeln!(self.out, "{}", cells.join("\t"))?;
                    self.count += 1;
                }
            }
            Format::Table => self.buffered.extend_from_slice(items),
        }
        Ok(self.out.flush()?)
    }

    /// Writes what was held back, and the closing of the format.
    pub fn finish(mut self) -> io::Result<()> {
        if self.refused {
            return Ok(());
        }
        if let (Format::Json, Some(jq)) = (self.opts.format, self.opts.jq.clone()) {
            let items = Value::Array(std::mem::take(&mut self.buffered));
            jq.write(&items, &self.opts, &mut self.out)?;
            return self.out.flush();
        }
        match self.opts.format {
            Format::Json if self.count == 0 => self.out.write_all(b"[]\n")?,
            Format::Json => self.out.write_all(b"\n]\n")?,
            Format::Ndjson => {}
            Format::Csv => {
                if self.opts.fields.is_empty() {
                    let items = std::mem::take(&mut self.buffered);
                    self.getters.clear();
                    if !items.is_empty() {
                        self.columns = union_of_paths(&items)
                            .into_iter()
                            .map(|p| (p.clone(), p))
                            .collect();
                    } else {
                        for c in &mut self.columns {
                            c.0 = c.1.clone();
                        }
                    }
                    self.csv_header()?;
                    for item in &items {
                        let row: Vec<String> = self
                            .columns
                            .iter()
                            .map(|(_, p)| csv_cell(lookup(item, p)))
                            .collect();
                        self.csv_row(&row)?;
                    }
                }
                self.csv_header()?;
            }
            Format::Table if self.columns.is_empty() => {
                let items = std::mem::take(&mut self.buffered);
                self.columns = union_of_paths(&items)
                    .into_iter()
                    .map(|p| (p.clone(), p))
                    .collect();
                self.opts.fields = self.columns.iter().map(|(_, p)| p.clone()).collect();
                // The paths come from these items: nothing to check.
                self.fields_checked = true;
                if self.columns.is_empty() {
                    // Items with no fields (`["a", "b"]`): one column of the values.
                    if !items.is_empty() && !self.opts.no_headers {
                        writeln!(self.out, "value")?;
                    }
                    for item in &items {
                        writeln!(self.out, "{}", sanitize(&table_cell(Some(item))))?;
                    }
                    return self.out.flush();
                }
                self.write_items(&items).map_err(io::Error::other)?;
                return self.finish();
            }
            Format::Table if self.tsv() => self.tsv_header()?,
            Format::Table => {
                // Default headers are labels; --fields headers are paths, kept as typed.
                let defaults = self.opts.fields.is_empty();
                let header = (!self.opts.no_headers).then(|| {
                    self.columns
                        .iter()
                        .map(|(h, _)| {
                            if defaults {
                                h.to_uppercase()
                            } else {
                                h.clone()
                            }
                        })
                        .collect()
                });
                let rows = self
                    .buffered
                    .iter()
                    .map(|item| {
                        (0..self.columns.len())
                            .map(|i| self.table_value(item, i))
                            .collect()
                    })
                    .collect();
                write_table(&mut self.out, header, rows, &self.opts)?;
            }
        }
        self.out.flush()
    }

    fn tsv_header(&mut self) -> io::Result<()> {
        if self.header_done || self.opts.no_headers {
            return Ok(());
        }
        self.header_done = true;
        let header: Vec<&str> = self.columns.iter().map(|(h, _)| h.as_str()).collect();
        writeln!(self.out, "{}", header.join("\t"))
    }

    /// A table cell of column `i`.
    fn table_value(&self, item: &Value, i: usize) -> String {
        self.cell(item, i, table_cell)
    }

    /// Column `i` of `item`, through the column's finder, else its path, as `show` writes it.
    fn cell(&self, item: &Value, i: usize, show: fn(Option<&Value>) -> String) -> String {
        match self.getters.get(i).copied().flatten() {
            Some(get) => show(get(item).as_ref()),
            None => show(lookup(item, &self.columns[i].1)),
        }
    }

    fn csv_header(&mut self) -> io::Result<()> {
        if self.csv_started {
            return Ok(());
        }
        self.csv_started = true;
        if self.opts.no_headers {
            return Ok(());
        }
        let header: Vec<String> = self.columns.iter().map(|(h, _)| h.clone()).collect();
        self.csv_row(&header)
    }

    fn csv_row(&mut self, row: &[String]) -> io::Result<()> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(row)?;
        let line = w.into_inner().map_err(|e| e.into_error())?;
        self.out.write_all(&line)
    }

    /// The item as JSON output shows it: whole, or only the `--fields` paths, nesting kept
    /// (a column's name stands for its path).
    fn project(&self, item: &Value) -> Value {
        if self.opts.fields.is_empty() {
            return item.clone();
        }
        let mut out = Value::Object(Map::new());
        for (_, path) in &self.columns {
            if let Some(v) = lookup(item, path) {
                insert_path(&mut out, path, v.clone());
            }
        }
        out
    }
}

/// Prints a whole set of items at once (a short list, a fetched item): a `--fields` name
/// none of them has is an error (exit 2).
pub fn print_items(opts: &OutputOpts, columns: &[Column], items: &[Value]) -> anyhow::Result<()> {
    let mut r = Renderer::new(
        opts.clone(),
        columns,
        io::BufWriter::new(crate::printer::stdout()),
    );
    r.write_items(items)?;
    Ok(r.finish()?)
}

fn insert_path(out: &mut Value, path: &str, value: Value) {
    let mut cur = out;
    let segs: Vec<&str> = path.split('.').collect();
    for (i, seg) in segs.iter().enumerate() {
        let Value::Object(map) = cur else { return };
        if i == segs.len() - 1 {
            map.insert(seg.to_string(), value);
            return;
        }
        cur = map
            .entry(seg.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
    }
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::Null => Some(String::new()),
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A csv cell: scalars as text, arrays and objects as compact JSON.
fn csv_cell(v: Option<&Value>) -> String {
    match v {
        None => String::new(),
        Some(v) => scalar(v).unwrap_or_else(|| v.to_string()),
    }
}

/// A table cell: scalars as text, a list of scalars joined by commas, the rest as JSON.
fn table_cell(v: Option<&Value>) -> String {
    match v {
        None => String::new(),
        Some(Value::Array(a)) if a.iter().all(|x| scalar(x).is_some()) => {
            a.iter().filter_map(scalar).collect::<Vec<_>>().join(", ")
        }
        Some(v) => scalar(v).unwrap_or_else(|| v.to_string()),
    }
}

#[cfg(test)]
impl OutputOpts {
    /// Options with nothing asked for: `format`, no terminal, UTC.
    pub(crate) fn plain(format: Format) -> Self {
        OutputOpts {
            format,
            format_given: true,
            fields: Vec::new(),
            no_headers: false,
            stdout_tty: false,
            width: None,
            clock: Clock {
                now: jiff::Timestamp::UNIX_EPOCH,
                tz: jiff::tz::TimeZone::UTC,
            },
            color: false,
            mask: KnownSecrets::default(),
            jq: None,
            quiet: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn opts(format: Format, fields: &[&str]) -> OutputOpts {
        OutputOpts {
            fields: fields.iter().map(|s| s.to_string()).collect(),
            ..OutputOpts::plain(format)
        }
    }

    const COLS: &[Column] = &[col("id", "_id"), col("email", "contact.email")];

    fn render(o: OutputOpts, pages: &[Vec<Value>]) -> String {
        let mut buf = Vec::new();
        let mut r = Renderer::new(o, COLS, &mut buf);
        for p in pages {
            r.write_items(p).unwrap();
        }
        r.finish().unwrap();
        String::from_utf8(buf).unwrap()
    }

    fn items() -> Vec<Value> {
        vec![
            json!({"_id": "a", "zeta": 1, "contact": {"email": "a@x.io", "phone": "1"}}),
            json!({"_id": "b", "contact": {"email": "b@x.io"}, "tags": ["x", "y"]}),
        ]
    }

    #[test]
    fn json_keeps_items_whole_and_in_order() {
        let out = render(opts(Format::Json, &[]), &[items()]);
        let back: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back, Value::Array(items()));
        assert!(out.find("\"_id\"").unwrap() < out.find("\"zeta\"").unwrap());
    }

    #[test]
    fn empty_results() {
        assert_eq!(render(opts(Format::Json, &[]), &[]), "[]\n");
        assert_eq!(render(opts(Format::Ndjson, &[]), &[]), "");
        assert_eq!(render(opts(Format::Csv, &[]), &[]), "_id,contact.email\n");
        assert_eq!(render(opts(Format::Table, &[]), &[]), "id\temail\n");
    }

    #[test]
    fn a_table_without_columns_is_made_of_the_items_paths_or_values() {
        let render_auto = |pages: &[Vec<Value>]| {
            let mut buf = Vec::new();
            let mut r = Renderer::new(opts(Format::Table, &[]), &[], &mut buf);
            for page in pages {
                r.write_items(page).unwrap();
            }
            r.finish().unwrap();
            String::from_utf8(buf).unwrap()
        };
        assert_eq!(
            render_auto(&[
                vec![json!({"a": 1, "b": {"c": "x"}})],
                vec![json!({"a": 2})]
            ]),
            "a\tb.c\n1\tx\n2\t\n"
        );
        assert_eq!(
            render_auto(&[vec![json!("one"), json!(2)]]),
            "value\none\n2\n"
        );
        assert_eq!(render_auto(&[]), "");
    }

    #[test]
    fn empty_pages_print_one_header() {
        let pages = [Vec::new(), Vec::new()];
        assert_eq!(render(opts(Format::Table, &[]), &pages), "id\temail\n");
        assert_eq!(render(opts(Format::Csv, &["_id"]), &pages), "_id\n");
        assert_eq!(render(opts(Format::Json, &[]), &pages), "[]\n");
    }

    #[test]
    fn fields_project_json_with_nesting() {
        let out = render(opts(Format::Ndjson, &["contact.email", "_id"]), &[items()]);
        assert_eq!(
            out,
            "{\"contact\":{\"email\":\"a@x.io\"},\"_id\":\"a\"}\n{\"contact\":{\"email\":\"b@x.io\"},\"_id\":\"b\"}\n"
        );
    }

    #[test]
    fn csv_flattens_and_unions_columns() {
        let out = render(opts(Format::Csv, &[]), &[items()]);
        assert_eq!(
            out,
            "_id,zeta,contact.email,contact.phone,tags\na,1,a@x.io,1,\nb,,b@x.io,,\"[\"\"x\"\",\"\"y\"\"]\"\n"
        );
    }

    #[test]
    fn tsv_when_not_a_terminal() {
        let out = render(opts(Format::Table, &[]), &[items()]);
        assert_eq!(out, "id\temail\na\ta@x.io\nb\tb@x.io\n");
        let mut o = opts(Format::Table, &["_id", "tags"]);
        o.no_headers = true;
        assert_eq!(render(o, &[items()]), "a\t\nb\tx, y\n");
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(sanitize("a\tb\x1b[31m"), "a\\tb\\u{1b}[31m");
    }
}
