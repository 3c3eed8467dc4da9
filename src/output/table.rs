//! Tables for a terminal: one line per row, in columns two spaces apart, fitted to the
//! terminal's width. When a table is wider, its free-text columns (names, descriptions,
//! tags) give up width, the widest first, their cells cut with `…`; what users copy or
//! compare (ids, emails, phones, tokens, times, statuses, numbers) is never cut: a table
//! that does not fit even so leaves out columns from the right (never the first two; a
//! hint names them), and past that runs past the terminal's edge. `--wide` (or no known
//! width) shows every cell whole.

use std::io::{self, Write};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::OutputOpts;
use crate::leaf::sanitize;

/// Spaces between two columns.
const GAP: usize = 2;
/// A cut column keeps at least this many columns (and its header whole).
const MIN_CUT: usize = 8;

/// A table for a terminal: `header` (if any) and `rows` aligned in columns, each cell's
/// control characters escaped and its timestamps shown as [`super::times`] says, fitted to
/// `opts.width` when there is one.
pub fn write_table(
    out: &mut impl Write,
    header: Option<Vec<String>>,
    rows: Vec<Vec<String>>,
    opts: &OutputOpts,
) -> io::Result<()> {
    let columns = rows
        .iter()
        .map(Vec::len)
        .chain(header.as_ref().map(Vec::len))
        .max()
        .unwrap_or(0);
    // Whether a column may be cut is read from the API's values, before times are shown.
    let free: Vec<bool> = (0..columns)
        .map(|i| {
            let title = header.as_ref().and_then(|h| h.get(i)).map_or("", |h| h);
            free_text(title, rows.iter().filter_map(|r| r.get(i)))
        })
        .collect();
    let cells = |row: &[String], show: &dyn Fn(String) -> String| -> Vec<String> {
        (0..columns)
            .map(|i| row.get(i).map_or_else(String::new, |c| show(sanitize(c))))
            .collect()
    };
    let header = header.map(|h| cells(&h, &|c| c));
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| cells(r, &|c| opts.clock.show(c)))
        .collect();

    let natural: Vec<usize> = (0..columns)
        .map(|i| {
            header
                .iter()
                .chain(&rows)
                .map(|r| r[i].width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    // Columns are left out from the right (never the first two) while the table does not
    // fit even with its free text cut: a row stays one line. `--wide` shows them all.
    let mut shown: Vec<usize> = (0..columns).collect();
    let widths = match opts.width {
        Some(width) => loop {
            let floor: Vec<usize> = shown
                .iter()
                .map(|&i| match free[i] {
                    true => {
                        let title = header.as_ref().map_or(0, |h| h[i].width());
                        natural[i].min(MIN_CUT.max(title))
                    }
                    false => natural[i],
                })
                .collect();
            let wanted: Vec<usize> = shown.iter().map(|&i| natural[i]).collect();
            let widths = fit(&wanted, &floor, width);
            if total(&widths) <= width || shown.len() <= 2 {
                break widths;
            }
            shown.pop();
        },
        None => natural,
    };
    if shown.len() < columns && !opts.quiet {
        let left_out: Vec<&str> = (shown.len()..columns)
            .filter_map(|i| header.as_ref().map(|h| h[i].as_str()))
            .collect();
        let _ = writeln!(
            io::stderr().lock(),
            "hint: {} left out to fit the terminal{}: --wide shows every column",
            match columns - shown.len() {
                1 => "1 column".to_string(),
                n => format!("{n} columns"),
            },
            match left_out.is_empty() {
                true => String::new(),
                false => format!(" ({})", left_out.join(", ")),
            }
        );
    }
    let keep = |row: Vec<String>| -> Vec<String> { row.into_iter().take(shown.len()).collect() };
    let header = header.map(keep);
    let rows: Vec<Vec<String>> = rows.into_iter().map(keep).collect();
    if let Some(header) = header {
        let bold = |h: String| match opts.color {
            true if !h.is_empty() => format!("\x1b[1m{h}\x1b[0m"),
            _ => h,
        };
        write_line(out, &header, &widths, bold)?;
    }
    for row in &rows {
        write_line(out, row, &widths, |c| c)?;
    }
    Ok(())
}

/// One line of cells, each cut to its column's width and padded to it (the last is not).
fn write_line(
    out: &mut impl Write,
    cells: &[String],
    widths: &[usize],
    style: impl Fn(String) -> String,
) -> io::Result<()> {
    let mut line = String::new();
    for (i, (cell, &width)) in cells.iter().zip(widths).enumerate() {
        if i > 0 {
            line.push_str(&" ".repeat(GAP));
        }
        let cell = cut(cell, width);
        let pad = width.saturating_sub(cell.width());
        line.push_str(&style(cell));
        line.push_str(&" ".repeat(pad));
    }
    writeln!(out, "{}", line.trim_end_matches(' '))
}

/// A line's width: its columns and the gaps between them.
fn total(widths: &[usize]) -> usize {
    widths.iter().sum::<usize>() + GAP * widths.len().saturating_sub(1)
}

/// The widths of the columns, `natural` ones narrowed to fit `width`: one column at a time
/// from the widest that is still above its `floor`, until the table fits or none can give.
fn fit(natural: &[usize], floor: &[usize], width: usize) -> Vec<usize> {
    let mut widths = natural.to_vec();
    let mut excess = total(&widths).saturating_sub(width);
    while excess > 0 {
        let widest = (0..widths.len())
            .filter(|&i| widths[i] > floor[i])
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)));
        let Some(i) = widest else { break };
        // Down to the next widest that can give (or its floor) in one step, at most the
        // excess; one column at a time between columns as wide.
        let next = (0..widths.len())
            .filter(|&j| j != i && widths[j] > floor[j])
            .map(|j| widths[j])
            .max()
            .unwrap_or(0);
        let step = (widths[i] - next.max(floor[i])).clamp(1, excess);
        widths[i] -= step;
        excess -= step;
    }
    widths
}

/// `cell` in at most `width` columns: cut with `…` if it is wider.
fn cut(cell: &str, width: usize) -> String {
    if cell.width() <= width {
        return cell.to_string();
    }
    let mut kept = String::new();
    let mut used = 0;
    for c in cell.chars() {
        let w = c.width().unwrap_or(0);
        if used + w >= width {
            break;
        }
        kept.push(c);
        used += w;
    }
    kept.push('…');
    kept
}

/// Whether a column may be cut: its header names nothing exact, and none of its values is
/// exact (see [`exact`]).
fn free_text<'a>(header: &str, mut cells: impl Iterator<Item = &'a String>) -> bool {
    const EXACT_WORDS: &[&str] = &[
        "id",
        "ids",
        "uuid",
        "email",
        "phone",
        "token",
        "key",
        "credential",
        "status",
        "state",
        "url",
    ];
    !words(header)
        .iter()
        .any(|w| EXACT_WORDS.contains(&w.as_str()))
        && !cells.any(|c| exact(c))
}

/// The lowercase words of a header or a path: `bot id`, `botId`, `contact.wa_id`.
fn words(header: &str) -> Vec<String> {
    let mut words = vec![String::new()];
    let mut prev_lower = false;
    for c in header.chars() {
        if !c.is_alphanumeric() {
            words.push(String::new());
        } else if c.is_uppercase() && prev_lower {
            words.push(c.to_lowercase().collect());
        } else if let Some(w) = words.last_mut() {
            w.extend(c.to_lowercase());
        }
        prev_lower = c.is_lowercase();
    }
    words.retain(|w| !w.is_empty());
    words
}

/// A value that is read whole or not at all: a 24-hex id, a UUID, an email, a phone
/// number or another number, a boolean, a timestamp, or one long word (a token, a key, a
/// URL).
fn exact(cell: &str) -> bool {
    let c = cell.trim();
    if c.is_empty() {
        return false;
    }
    let hex = |s: &str| s.bytes().all(|b| b.is_ascii_hexdigit());
    let one_word = !c.contains(char::is_whitespace);
    let id = c.len() == 24 && hex(c);
    let uuid = c.len() == 36
        && c.split('-').map(str::len).eq([8, 4, 4, 4, 12])
        && hex(&c.replace('-', ""));
    let email = one_word && c.contains('@');
    let number = c.bytes().any(|b| b.is_ascii_digit())
        && c.chars()
            .all(|ch| ch.is_ascii_digit() || " +-.()".contains(ch));
    let flag = c == "true" || c == "false";
    let token = one_word && c.chars().count() >= 20 && !c.starts_with(['{', '[']);
    id || uuid || email || number || flag || token || super::times::timestamp(c).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(width: Option<usize>) -> OutputOpts {
        OutputOpts {
            width,
            clock: super::super::times::Clock {
                now: "2025-11-20T12:00:00Z".parse().unwrap(),
                tz: jiff::tz::TimeZone::UTC,
            },
            ..OutputOpts::plain(super::super::Format::Table)
        }
    }

    fn table(width: Option<usize>, header: &[&str], rows: &[&[&str]]) -> String {
        let owned = |r: &[&str]| r.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        let mut out = Vec::new();
        write_table(
            &mut out,
            Some(owned(header)),
            rows.iter().map(|r| owned(r)).collect(),
            &opts(width),
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    const HEADER: &[&str] = &["ID", "NAME", "EMAIL", "STATUS", "CREATED"];
    const ROWS: &[&[&str]] = &[
        &[
            "63bfcaef7d5b953c6d8e21c6",
            "Bluefin Marketing and Events",
            "team@bluefinmarketing.io",
            "ACTIVE",
            "2023-01-12T08:55:00.000Z",
        ],
        &[
            "63cb327690b610191234fa6c",
            "Priya Sharma",
            "priya@sharmaconsulting.in",
            "INACTIVE",
            "2025-11-19T12:00:00.000Z",
        ],
    ];

    #[test]
    fn a_table_that_fits_is_whole_and_aligned() {
        assert_eq!(
            table(Some(200), HEADER, ROWS),
            "\
ID                        NAME                          EMAIL                      STATUS    CREATED
63bfcaef7d5b953c6d8e21c6  Bluefin Marketing and Events  team@bluefinmarketing.io   ACTIVE    2023-01-12
63cb327690b610191234fa6c  Priya Sharma                  priya@sharmaconsulting.in  INACTIVE  1d ago
"
        );
        assert_eq!(table(None, HEADER, ROWS), table(Some(200), HEADER, ROWS));
    }

    #[test]
    fn free_text_is_cut_to_fit_and_nothing_else() {
        let out = table(Some(90), HEADER, ROWS);
        assert_eq!(
            out,
            "\
ID                        NAME             EMAIL                      STATUS    CREATED
63bfcaef7d5b953c6d8e21c6  Bluefin Market…  team@bluefinmarketing.io   ACTIVE    2023-01-12
63cb327690b610191234fa6c  Priya Sharma     priya@sharmaconsulting.in  INACTIVE  1d ago
"
        );
        assert!(out.lines().all(|l| l.width() <= 90), "{out}");
        // Too narrow for the exact columns: columns are left out from the right, the first
        // two kept; narrower still, the lines run past the edge rather than cut an id.
        let out = table(Some(40), HEADER, ROWS);
        assert_eq!(
            out.lines().next(),
            Some("ID                        NAME"),
            "{out}"
        );
        assert!(
            out.contains("63bfcaef7d5b953c6d8e21c6  Bluefin Marke…\n"),
            "{out}"
        );
        let out = table(Some(20), HEADER, ROWS);
        assert!(
            out.contains("63bfcaef7d5b953c6d8e21c6  Bluefin…\n"),
            "{out}"
        );
    }

    #[test]
    fn the_widest_free_column_gives_first() {
        let header = ["NAME", "DESCRIPTION", "TAGS"];
        let rows: &[&[&str]] = &[&["Ann Lee", "a long description of what this is", "x, y"]];
        // 7 + 2 + 34 + 2 + 4 = 49: 9 too many, all from the description.
        assert_eq!(
            table(Some(40), &header, rows),
            "NAME     DESCRIPTION                TAGS\nAnn Lee  a long description of wh…  x, y\n"
        );
        // Once the name is as wide as the description, both give, in turn.
        let rows: &[&[&str]] = &[&["Ann Lee Smith-Jones", "a long description", "x, y"]];
        assert_eq!(
            table(Some(30), &header, rows),
            "NAME         DESCRIPTION  TAGS\nAnn Lee Sm…  a long des…  x, y\n"
        );
    }

    #[test]
    fn wide_characters_are_measured_in_columns() {
        let header = ["ID", "NAME"];
        let rows: &[&[&str]] = &[
            &["63bfcaef7d5b953c6d8e21c6", "東京マーケティング株式会社"],
            &["63cb327690b610191234fa6c", "Priya"],
        ];
        let out = table(Some(40), &header, rows);
        assert_eq!(
            out,
            "ID                        NAME\n63bfcaef7d5b953c6d8e21c6  東京マーケテ…\n63cb327690b610191234fa6c  Priya\n"
        );
        assert!(out.lines().all(|l| l.width() <= 40), "{out}");
        // A wide character that does not fit whole is left out, not split.
        assert_eq!(cut("東京マーケ", 4), "東…");
    }

    #[test]
    fn columns_are_told_apart_by_header_or_values() {
        let free = |h: &str, cells: &[&str]| {
            let cells: Vec<String> = cells.iter().map(|c| c.to_string()).collect();
            free_text(h, cells.iter())
        };
        assert!(free("NAME", &["Bluefin Marketing", "Oakridge"]));
        assert!(free("tags", &["vip, new"]));
        assert!(free("attributes", &[r#"{"plan":"gold","seats":3}"#]));
        assert!(!free("STATUS", &["ACTIVE"]));
        assert!(!free("botId", &["b1"]));
        assert!(!free("contact.wa_id", &[""]));
        assert!(!free("BOT TOKEN", &[""]));
        assert!(!free("customer", &["63bfcaef7d5b953c6d8e21c6"]));
        assert!(!free("x", &["a@b.io"]));
        assert!(!free("x", &["+91 98765 43210"]));
        assert!(!free("to", &["919876543210"]));
        assert!(!free("x", &["2024-04-02T07:06:03.910Z"]));
        assert!(!free("x", &["123e4567-e89b-12d3-a456-426614174000"]));
        assert!(!free("x", &["https://example.com/a/long/path"]));
        assert!(!free("x", &["true"]));
    }

    #[test]
    fn colour_makes_the_header_bold_not_its_padding() {
        let mut o = opts(None);
        o.color = true;
        let mut out = Vec::new();
        write_table(
            &mut out,
            Some(vec!["ID".into(), "NAME".into()]),
            vec![vec!["abc".into(), "x".into()]],
            &o,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\x1b[1mID\x1b[0m   \x1b[1mNAME\x1b[0m\nabc  x\n"
        );
    }
}
