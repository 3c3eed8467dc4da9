//! The children's output of `customers each`, merged into one: tagged with the customer
//! (a `customer` column, key or object), one header, one JSON array, one terminal table;
//! and what ended badly.

use std::io::Write;

use anyhow::Result;
use serde_json::{Map, Value, json};

use super::Outcome;
use crate::Context;
use crate::error::ExitStatus;
use crate::output::{Format, Renderer};

/// The children's output merged into one, tagged with the customer, and what ended badly.
pub(super) struct Merged {
    format: Format,
    has_header: bool,
    /// A table on a terminal: the children's rows are held, and aligned at the end.
    terminal: Option<Table>,
    /// The child's command has `--wide`: the table is not fitted to the terminal.
    pub(super) wide: bool,
    out: std::io::BufWriter<crate::printer::Stdout>,
    json_items: Vec<Value>,
    header_done: bool,
    /// `name (id, exit N: first error line)` of each child that failed.
    pub(super) failed: Vec<String>,
    /// Children that ended with exit 4: rows they could not handle, reported.
    pub(super) partial: usize,
    /// `name (why)` of each child whose customer had no bot to run with.
    pub(super) skipped: Vec<String>,
}

impl Merged {
    pub(super) fn new(format: Format, has_header: bool, tty: bool) -> Self {
        Merged {
            format,
            has_header,
            terminal: (format == Format::Table && tty).then(Table::default),
            wide: false,
            out: std::io::BufWriter::new(crate::printer::stdout()),
            json_items: Vec::new(),
            header_done: false,
            failed: Vec::new(),
            partial: 0,
            skipped: Vec::new(),
        }
    }

    pub(super) fn add(&mut self, outcome: Outcome, ctx: &Context) -> Result<()> {
        for line in outcome.stderr.lines() {
            ctx.printer.relay(&format!("[{}] {line}", outcome.who()));
        }
        if let Some(why) = &outcome.skipped {
            self.skipped.push(format!("{} ({why})", outcome.who()));
        }
        // Exit 4: the command ran, and reported the rows it could not handle.
        if outcome.code == Some(ExitStatus::Partial.code()) {
            self.partial += 1;
        } else if outcome.code != Some(0) {
            let first = outcome
                .stderr
                .lines()
                .find(|l| l.starts_with("error:"))
                .unwrap_or("")
                .trim_start_matches("error: ")
                .to_string();
            let code = outcome
                .code
                .map_or("killed".to_string(), |c| format!("exit {c}"));
            self.failed.push(format!(
                "{} ({}, {code}: {first})",
                outcome.name, outcome.id
            ));
        }
        let mut tag = json!({"_id": outcome.id, "name": outcome.name});
        if let Some(bot) = &outcome.bot {
            tag["bot"] = Value::from(bot.as_str());
        }
        let text = String::from_utf8_lossy(&outcome.stdout);
        match self.format {
            Format::Ndjson => {
                let opts = &ctx.settings.output;
                for line in text.lines().filter(|l| !l.trim().is_empty()) {
                    match (&opts.jq, serde_json::from_str::<Value>(line)) {
                        (Some(jq), Ok(item)) => {
                            jq.write(&tag_value(item, &tag), opts, &mut self.out)?
                        }
                        _ => writeln!(self.out, "{}", tagged(line, &tag))?,
                    }
                }
            }
            Format::Json => {
                self.json_items
                    .extend(json_values(&text).map(|item| tag_value(item, &tag)));
            }
            Format::Table | Format::Csv => {
                self.add_rows(&outcome.who(), &text)?;
            }
        }
        self.out.flush()?;
        Ok(())
    }

    /// A child's tab-separated or csv rows, a first `customer` column added; one header.
    pub(super) fn add_rows(&mut self, name: &str, text: &str) -> Result<()> {
        let csv = self.format == Format::Csv;
        let sep = if csv { "," } else { "\t" };
        let cell = if csv {
            csv_cell(name)
        } else {
            crate::output::sanitize(name)
        };
        if let Some(table) = &mut self.terminal {
            table.add(name, text, self.has_header);
            return Ok(());
        }
        for (i, line) in text.lines().enumerate() {
            if i == 0 && self.has_header {
                if !self.header_done {
                    writeln!(self.out, "customer{sep}{line}")?;
                    self.header_done = true;
                }
                continue;
            }
            writeln!(self.out, "{cell}{sep}{line}")?;
        }
        Ok(())
    }

    /// JSON's one array, or the terminal's one table, once every child has ended.
    pub(super) fn finish(&mut self, ctx: &Context) -> Result<()> {
        if let Some(table) = self.terminal.take() {
            let header = self.has_header.then_some(table.header);
            let mut opts = ctx.settings.output.clone();
            if self.wide {
                opts.width = None;
            }
            crate::output::write_table(&mut self.out, header, table.rows, &opts)?;
        }
        if self.format == Format::Json {
            let mut opts = ctx.settings.output.clone();
            opts.format = Format::Json;
            opts.fields.clear();
            let mut r = Renderer::new(opts, &[], &mut self.out);
            r.write_items(&self.json_items)?;
            r.finish()?;
        }
        self.out.flush()?;
        Ok(())
    }
}

/// The children's tab-separated rows, held for one table on a terminal: a first `customer`
/// column, one header.
#[derive(Default)]
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub(super) fn add(&mut self, name: &str, text: &str, has_header: bool) {
        for (i, line) in text.lines().enumerate() {
            let cells = line.split('\t').map(str::to_string);
            if i == 0 && has_header {
                if self.header.is_empty() {
                    self.header = std::iter::once("CUSTOMER".to_string())
                        .chain(cells.map(|c| c.to_uppercase()))
                        .collect();
                }
                continue;
            }
            self.rows
                .push(std::iter::once(name.to_string()).chain(cells).collect());
        }
    }
}

/// The items of a child's JSON output: an array's elements, else each JSON value on its
/// lines (a bulk command's summary object, a dry run's request body after it).
fn json_values(text: &str) -> impl Iterator<Item = Value> {
    let values: Vec<Value> = match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => items,
        Ok(other) => vec![other],
        Err(_) => text
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .collect(),
    };
    values.into_iter()
}

fn tag_value(item: Value, tag: &Value) -> Value {
    match item {
        Value::Object(map) => {
            let mut tagged = Map::new();
            tagged.insert("customer".into(), tag.clone());
            tagged.extend(map);
            Value::Object(tagged)
        }
        other => other,
    }
}

fn tagged(line: &str, tag: &Value) -> String {
    match serde_json::from_str::<Value>(line) {
        Ok(v) => tag_value(v, tag).to_string(),
        Err(_) => line.to_string(),
    }
}

fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}
