//! Rows an import answer lists as failed. The import page documents only the success
//! answer (`{"status": "success", "message": …}`), so this reads what a server could
//! plausibly send (issue 14): a list of failed rows under one of a few names, at the top of
//! the body or in `data` (`{"failed": [{"phone": "…", "message": "…"}]}`), or only a count
//! (`{"failedCount": 3}`). A row is named by its number, never by a position: whether a
//! server counts rows from 0 or 1 is not written anywhere.

use serde_json::Value;

use crate::import::contact::Item;

/// The names a list (or a count) of failed rows may go by.
const LIST_KEYS: [&str; 10] = [
    "failed",
    "failedRows",
    "failedUsers",
    "failedProfiles",
    "failedContacts",
    "errors",
    "invalid",
    "invalidRows",
    "rejected",
    "rejectedRows",
];
const COUNT_KEYS: [&str; 4] = ["failedCount", "errorCount", "invalidCount", "rejectedCount"];

/// The fewest digits a value needs to be taken for a phone number (not an index or a count).
const PHONE_DIGITS: usize = 6;

/// What an answer says of rows that failed.
#[derive(Debug, PartialEq)]
pub(super) enum Listed {
    /// Nothing: the answer is read as a whole.
    None,
    /// `(index in the batch, the server's words)` for each row it named by its number.
    Named(Vec<(usize, String)>),
    /// Rows failed, but which is not told (a count, or entries that match no row sent):
    /// the server's words.
    Unnamed(String),
}

/// Reads the failed rows `body` lists, for the batch whose rows are `items`.
pub(super) fn listed_failures(body: &Value, items: &[&Item]) -> Listed {
    let places = [Some(body), body.get("data")];
    let objects = places.into_iter().flatten().filter_map(Value::as_object);
    let message = body.get("message").and_then(Value::as_str);
    for object in objects {
        for key in LIST_KEYS {
            match object.get(key) {
                Some(Value::Array(entries)) if !entries.is_empty() => {
                    return named(entries, items, message, key);
                }
                Some(Value::Number(n)) if n.as_u64().is_some_and(|n| n > 0) => {
                    return unnamed(&format!("`{key}`: {n}"), message);
                }
                _ => {}
            }
        }
        for key in COUNT_KEYS {
            if let Some(n) = object.get(key).and_then(Value::as_u64).filter(|&n| n > 0) {
                return unnamed(&format!("`{key}`: {n}"), message);
            }
        }
    }
    Listed::None
}

fn unnamed(said: &str, message: Option<&str>) -> Listed {
    let words = message.map_or(String::new(), |m| format!("{m} "));
    Listed::Unnamed(format!("{words}({said}, without saying which rows)"))
}

/// Each entry matched to the rows whose number it holds; any entry that matches none makes
/// the whole list [`Listed::Unnamed`].
fn named(entries: &[Value], items: &[&Item], message: Option<&str>, key: &str) -> Listed {
    let mut rows = Vec::new();
    for entry in entries {
        let mut digits = Vec::new();
        numbers_in(entry, &mut digits);
        let matched: Vec<usize> = items
            .iter()
            .enumerate()
            .filter(|(_, item)| {
                let full = format!("{}{}", item.prefix, item.number);
                digits.iter().any(|d| *d == item.number || *d == full)
            })
            .map(|(i, _)| i)
            .collect();
        if matched.is_empty() {
            return unnamed(&format!("`{key}` lists {} rows", entries.len()), message);
        }
        let words = entry_words(entry)
            .or(message)
            .unwrap_or("the server listed this row as failed");
        rows.extend(matched.into_iter().map(|i| (i, words.to_string())));
    }
    Listed::Named(rows)
}

/// The digits of every string and number in `v` long enough to be a phone number.
fn numbers_in(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => {
            let digits: String = s.chars().filter(char::is_ascii_digit).collect();
            if digits.len() >= PHONE_DIGITS {
                out.push(digits);
            }
        }
        Value::Number(n) => {
            let digits = n.to_string();
            if digits.len() >= PHONE_DIGITS && digits.chars().all(|c| c.is_ascii_digit()) {
                out.push(digits);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| numbers_in(i, out)),
        Value::Object(map) => map.values().for_each(|i| numbers_in(i, out)),
        Value::Null | Value::Bool(_) => {}
    }
}

/// What an entry says of its row: its `message`, `reason` or `error`.
fn entry_words(entry: &Value) -> Option<&str> {
    ["message", "reason", "error"]
        .into_iter()
        .find_map(|k| entry.get(k).and_then(Value::as_str))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn item(prefix: &str, number: &str) -> Item {
        Item {
            prefix: prefix.into(),
            number: number.into(),
            ..Item::default()
        }
    }

    #[test]
    fn rows_are_named_by_their_number_in_any_spelling() {
        let a = item("91", "9876543210");
        let b = item("91", "9876543211");
        let items = [&a, &b];
        let body = json!({"status": "success", "data": {"failed": [
            {"phone": "+91 98765 43211", "message": "blocked number"}
        ]}});
        assert_eq!(
            listed_failures(&body, &items),
            Listed::Named(vec![(1, "blocked number".into())])
        );
        // A bare list of numbers, the body's message for each.
        let body = json!({"message": "2 failed", "errors": [919876543210u64, "9876543211"]});
        assert_eq!(
            listed_failures(&body, &items),
            Listed::Named(vec![(0, "2 failed".into()), (1, "2 failed".into())])
        );
    }

    #[test]
    fn positions_counts_and_strangers_name_no_row() {
        let a = item("91", "9876543210");
        let items = [&a];
        // An index: 0 or 1 based, nobody says.
        let body = json!({"message": "partly", "failed": [{"index": 0, "message": "bad"}]});
        assert_eq!(
            listed_failures(&body, &items),
            Listed::Unnamed("partly (`failed` lists 1 rows, without saying which rows)".into())
        );
        let body = json!({"status": "success", "data": {"failedCount": 2}});
        assert_eq!(
            listed_failures(&body, &items),
            Listed::Unnamed("(`failedCount`: 2, without saying which rows)".into())
        );
        for quiet in [
            json!({"status": "success", "failed": []}),
            json!({"status": "success", "data": {"failedCount": 0}}),
            json!({"status": "success", "message": "ok"}),
            json!(null),
        ] {
            assert_eq!(listed_failures(&quiet, &items), Listed::None, "{quiet}");
        }
    }
}
