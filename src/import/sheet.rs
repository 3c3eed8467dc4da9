//! Spreadsheets (`.xlsx`, `.xls`, `.ods`) read like a CSV file: the first non-empty row of
//! the first sheet (or `--sheet NAME`) names the columns, each later non-empty row is a
//! record.
//!
//! Cells keep their type where it matters: text stays text, a whole number stays a whole
//! number (a phone stored as the number 919876543210 is those digits, exactly), a number with
//! a fraction is a floating-point number (which a phone column refuses, as it does in JSON),
//! a date is ISO 8601 text. A spreadsheet loads whole into memory (calamine reads a sheet at
//! once); agencies' client files are thousands of rows, not millions.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use anyhow::{Context, Result};
use calamine::{Data, Range, Reader as _};
use serde_json::Value;

use super::read::{Format, Raw, Record, Row};
use crate::error::usage;

/// A sheet's non-empty cells, row by row: (row, [(column, value)]). Sparse, so that a stray
/// cell at XFD1048576 costs one entry, not a grid of 17 billion.
type Cells = std::collections::BTreeMap<u32, Vec<(u32, Data)>>;

/// The rows of one sheet, handed out one at a time.
pub(super) struct SheetRows {
    rows: std::collections::btree_map::IntoIter<u32, Vec<(u32, Data)>>,
    /// The sheet's leftmost column: column 0 of every row.
    first_column: u32,
    /// Records handed out so far (the number of the last one).
    row: u64,
    width: usize,
}

/// Opens `path` as a spreadsheet of `format`, its sheet `sheet` (else the first): the header
/// and the rows after it.
pub(super) fn open(
    path: &Path,
    format: Format,
    sheet: Option<&str>,
) -> Result<(Vec<String>, SheetRows)> {
    let file = BufReader::new(File::open(path)?);
    let kind = match format {
        Format::Xlsx => "an .xlsx workbook",
        Format::Xls => "an .xls workbook",
        _ => "an .ods spreadsheet",
    };
    let not_a = |e: &dyn std::fmt::Display| usage(format!("the file is not {kind}: {e}"));
    let (names, cells) = match format {
        Format::Xlsx => read_xlsx(calamine::Xlsx::new(file).map_err(|e| not_a(&e))?, sheet),
        Format::Xls => read(calamine::Xls::new(file).map_err(|e| not_a(&e))?, sheet),
        _ => read(calamine::Ods::new(file).map_err(|e| not_a(&e))?, sheet),
    }?;
    let first_column = cells
        .values()
        .filter_map(|row| row.first().map(|(c, _)| *c))
        .min()
        .unwrap_or(0);
    let mut rows = SheetRows {
        rows: cells.into_iter(),
        first_column,
        row: 0,
        width: 0,
    };
    let header = loop {
        let Some(cells) = rows.next_cells() else {
            return Err(usage(format!(
                "the sheet `{}` is empty: it needs a header row",
                sheet.unwrap_or_else(|| names.first().map_or("", String::as_str))
            )));
        };
        if cells.iter().any(|c| !matches!(c, Data::Empty)) {
            break cells.iter().map(header_text).collect::<Vec<_>>();
        }
    };
    rows.width = header.len();
    Ok((header, rows))
}

/// The sheet `sheet` names (else the first), checked against the workbook's.
fn pick(names: &[String], sheet: Option<&str>) -> Result<String> {
    match sheet {
        Some(name) if names.iter().any(|n| n == name) => Ok(name.to_string()),
        Some(name) => Err(usage(format!(
            "no sheet `{name}` in the workbook; its sheets: {}",
            names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
        None => names
            .first()
            .cloned()
            .ok_or_else(|| usage("the workbook has no sheet")),
    }
}

fn keep(cells: &mut Cells, (row, column): (u32, u32), value: Data) {
    if !matches!(value, Data::Empty) {
        cells.entry(row).or_default().push((column, value));
    }
}

/// An .xlsx sheet, cell by cell as the file holds them: memory for the cells there are.
fn read_xlsx(
    mut workbook: calamine::Xlsx<BufReader<File>>,
    sheet: Option<&str>,
) -> Result<(Vec<String>, Cells)> {
    let names = workbook.sheet_names();
    let name = pick(&names, sheet)?;
    let mut reader = workbook
        .worksheet_cells_reader(&name)
        .context("cannot read the sheet")?;
    let mut cells = Cells::new();
    while let Some(cell) = reader.next_cell().context("cannot read the sheet")? {
        keep(
            &mut cells,
            cell.get_position(),
            cell.get_value().clone().into(),
        );
    }
    cells
        .values_mut()
        .for_each(|row| row.sort_by_key(|(c, _)| *c));
    Ok((names, cells))
}

/// An .xls or .ods sheet (calamine reads these whole).
fn read<R>(mut workbook: R, sheet: Option<&str>) -> Result<(Vec<String>, Cells)>
where
    R: calamine::Reader<BufReader<File>>,
    R::Error: std::error::Error + Send + Sync + 'static,
{
    let names = workbook.sheet_names();
    let name = pick(&names, sheet)?;
    let range: Range<Data> = workbook
        .worksheet_range(&name)
        .context("cannot read the sheet")?;
    let mut cells = Cells::new();
    for (row, column, value) in range.used_cells() {
        keep(&mut cells, (row as u32, column as u32), value.clone());
    }
    Ok((names, cells))
}

impl SheetRows {
    /// The next row that holds a cell, as wide as the header (or as its last cell).
    fn next_cells(&mut self) -> Option<Vec<Data>> {
        let (_, cells) = self.rows.next()?;
        let last = cells
            .last()
            .map_or(0, |(c, _)| (c - self.first_column) as usize + 1);
        let mut row = vec![Data::Empty; self.width.max(last)];
        for (column, value) in cells {
            row[(column - self.first_column) as usize] = value;
        }
        Some(row)
    }

    /// The next non-empty row as a record, with the header's names.
    pub(super) fn next_row(&mut self, header: &[std::sync::Arc<str>]) -> Option<Row> {
        loop {
            let cells = self.next_cells()?;
            if cells.iter().all(|c| matches!(c, Data::Empty)) {
                continue;
            }
            self.row += 1;
            // Cells past the header's last column are data with no name: the row is kept
            // whole in the failed file rather than silently cut.
            if cells[header.len().min(cells.len())..]
                .iter()
                .any(|c| !matches!(c, Data::Empty))
            {
                return Some(Row::Bad {
                    row: self.row,
                    raw: Raw::Cells(cells.iter().map(header_text).collect()),
                    reason: format!(
                        "MALFORMED_ROW: a cell right of the header's last column ({})",
                        header.len()
                    ),
                });
            }
            let fields = header
                .iter()
                .cloned()
                .zip(cells.iter().map(value))
                .collect();
            return Some(Row::Ok(Record {
                row: self.row,
                fields,
            }));
        }
    }
}

fn header_text(cell: &Data) -> String {
    match value(cell) {
        Value::String(s) => s.trim().to_string(),
        other => other.to_string(),
    }
}

/// A cell as a record's value: see the module's comment.
fn value(cell: &Data) -> Value {
    match cell {
        Data::Empty => Value::String(String::new()),
        Data::String(s) => Value::String(s.clone()),
        Data::Int(n) => Value::from(*n),
        Data::Float(f) => number(*f),
        Data::Bool(b) => Value::Bool(*b),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, mo, d, h, mi, s, ms) = dt.to_ymd_hms_milli();
            Value::String(if (h, mi, s, ms) == (0, 0, 0, 0) {
                format!("{y:04}-{mo:02}-{d:02}")
            } else if ms == 0 {
                format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}")
            } else {
                format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{ms:03}")
            })
        }
        Data::DateTime(dt) => number(dt.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Value::String(s.clone()),
        Data::Error(e) => Value::String(e.to_string()),
    }
}

/// Spreadsheets store every number as a float: a whole one (below 2^53, where floats are
/// exact) is an integer; anything else stays a float.
fn number(f: f64) -> Value {
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if f.fract() == 0.0 && f.abs() < EXACT {
        Value::from(f as i64)
    } else {
        serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_keep_their_type() {
        assert_eq!(
            value(&Data::Float(919876543210.0)),
            Value::from(919876543210i64)
        );
        assert!(value(&Data::Float(9.18e11 + 0.5)).as_f64().is_some());
        assert!(value(&Data::Float(9.18e11 + 0.5)).is_f64());
        assert_eq!(value(&Data::Int(42)), Value::from(42));
        assert_eq!(value(&Data::String(" a ".into())), Value::from(" a "));
        assert_eq!(value(&Data::Empty), Value::from(""));
        let date =
            calamine::ExcelDateTime::new(45383.0, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(value(&Data::DateTime(date)), Value::from("2024-04-01"));
    }
}
