//! `--fields`: each name as the path it reads. A table's column name (`email`, `last seen`)
//! stands for that column, its value found as the table finds it; any other name is a
//! dotted path. The names are checked against the first items that arrive: a name no item
//! has is an error that lists the paths they do have, not a column of empty cells.

use std::io::{self, Write};

use serde_json::Value;

use super::{Column, Finder, OutputOpts, Renderer, lookup};

/// One `--fields` name: as given (the header), the path it reads, and a column's finder.
#[derive(Debug, Clone)]
pub(super) struct Field {
    pub name: String,
    pub path: String,
    pub get: Option<Finder>,
}

/// The names as fields: a column's name (any case, `_` or `-` for a space) is that column.
pub(super) fn resolve(names: &[String], columns: &[Column]) -> Vec<Field> {
    names
        .iter()
        .map(|name| match column_named(name, columns) {
            Some(c) => Field {
                name: name.clone(),
                path: c.path.to_string(),
                get: c.get,
            },
            None => Field {
                name: name.clone(),
                path: name.clone(),
                get: None,
            },
        })
        .collect()
}

fn column_named<'a>(name: &str, columns: &'a [Column]) -> Option<&'a Column> {
    let normal = |s: &str| s.trim().to_lowercase().replace(['_', '-'], " ");
    let wanted = normal(name);
    columns.iter().find(|c| normal(c.header) == wanted)
}

/// What is wrong when some field is in none of `items` (`whose`: "the items have"): the
/// message, and a hint naming the columns when there are some.
pub(super) fn unknown(
    fields: &[Field],
    columns: &[Column],
    items: &[Value],
    whose: &str,
) -> Option<(String, Option<String>)> {
    let missing: Vec<String> = fields
        .iter()
        .filter(|f| {
            !items.iter().any(|item| {
                lookup(item, &f.path).is_some() || f.get.is_some_and(|get| get(item).is_some())
            })
        })
        .map(|f| format!("`{}`", f.name))
        .collect();
    if missing.is_empty() || items.is_empty() {
        return None;
    }
    let message = format!(
        "unknown field{} {}: {whose} {}",
        if missing.len() == 1 { "" } else { "s" },
        missing.join(", "),
        union_of_paths(items).join(", ")
    );
    let hint = (!columns.is_empty()).then(|| {
        let names: Vec<&str> = columns.iter().map(|c| c.header).collect();
        format!("the table's column names work too: {}", names.join(", "))
    });
    Some((message, hint))
}

impl<W: Write> Renderer<W> {
    /// A `--fields` name none of the first items has: the error (usage, exit 2), before
    /// anything is printed; an empty result has nothing to check against.
    pub(super) fn check_fields(&mut self, items: &[Value]) -> anyhow::Result<()> {
        if self.fields_checked || items.is_empty() || self.opts.fields.is_empty() {
            return Ok(());
        }
        self.fields_checked = true;
        match self.unknown_fields(items, "the items have") {
            None => Ok(()),
            Some((message, hint)) => {
                self.refused = true;
                Err(match hint {
                    Some(hint) => crate::error::usage_hint(message, hint),
                    None => crate::error::usage(message),
                })
            }
        }
    }

    pub(super) fn unknown_fields(
        &self,
        items: &[Value],
        whose: &str,
    ) -> Option<(String, Option<String>)> {
        let named: Vec<Field> = self
            .columns
            .iter()
            .zip(&self.getters)
            .map(|((name, path), get)| Field {
                name: name.clone(),
                path: path.clone(),
                get: *get,
            })
            .collect();
        unknown(&named, &self.defaults, items, whose)
    }
}

/// Prints the answer to a change already made (created, updated, sent): a `--fields` name
/// the answer lacks is a warning, as an error would read as if nothing had been done.
pub fn print_answer(
    opts: &OutputOpts,
    printer: &crate::printer::Printer,
    columns: &[Column],
    answer: &Value,
) -> anyhow::Result<()> {
    let mut r = Renderer::new(
        opts.clone(),
        columns,
        io::BufWriter::new(crate::printer::stdout()),
    );
    let answer = std::slice::from_ref(answer);
    if !r.opts.fields.is_empty()
        && let Some((message, _)) = r.unknown_fields(answer, "the answer has")
    {
        printer.warn(&message);
    }
    r.fields_checked = true;
    r.write_items(answer)?;
    Ok(r.finish()?)
}

/// Every leaf path of the items, in the order first seen; arrays are leaves.
pub(super) fn union_of_paths(items: &[Value]) -> Vec<String> {
    fn walk(prefix: &str, v: &Value, seen: &mut Vec<String>) {
        match v {
            Value::Object(m) if !m.is_empty() => {
                for (k, child) in m {
                    let p = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&p, child, seen);
                }
            }
            _ if !prefix.is_empty() && !seen.iter().any(|s| s == prefix) => {
                seen.push(prefix.to_string());
            }
            _ => {}
        }
    }
    let mut seen = Vec::new();
    for item in items {
        walk("", item, &mut seen);
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{col, computed};
    use serde_json::json;

    const COLS: &[Column] = &[
        col("id", "_id"),
        computed("last seen", "seen.at", |i| i.get("seen_at").cloned()),
    ];

    fn names(list: &[&str]) -> Vec<Field> {
        let list: Vec<String> = list.iter().map(|s| s.to_string()).collect();
        resolve(&list, COLS)
    }

    #[test]
    fn column_names_stand_for_their_paths() {
        let fields = names(&["ID", "last_seen", "Last-Seen", "_id", "x.y"]);
        let paths: Vec<&str> = fields.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["_id", "seen.at", "seen.at", "_id", "x.y"]);
        assert_eq!(fields[0].name, "ID");
        assert!(fields[1].get.is_some() && fields[3].get.is_none());
    }

    #[test]
    fn a_field_is_known_if_one_item_has_it_by_path_or_finder() {
        let items = [json!({"_id": 1, "a": {"b": null}}), json!({"seen_at": "t"})];
        assert_eq!(
            unknown(
                &names(&["id", "a.b", "last seen"]),
                COLS,
                &items,
                "they have"
            ),
            None
        );
        let (message, hint) =
            unknown(&names(&["a", "nope", "a.c"]), COLS, &items, "they have").unwrap();
        assert_eq!(
            message,
            "unknown fields `nope`, `a.c`: they have _id, a.b, seen_at"
        );
        assert_eq!(
            hint.unwrap(),
            "the table's column names work too: id, last seen"
        );
        assert_eq!(unknown(&names(&["nope"]), COLS, &[], "they have"), None);
        assert!(
            unknown(&names(&["nope"]), &[], &items, "x")
                .unwrap()
                .1
                .is_none()
        );
    }
}
