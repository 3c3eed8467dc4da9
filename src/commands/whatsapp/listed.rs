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
        let mut numbers = Vec::new();
        numbers_in(entry, false, &mut numbers);
        let matched: Vec<usize> = numbers.iter().filter_map(|n| row_of(n, items)).collect();
        if matched.is_empty() {
            return unnamed(&format!("`{key}` lists {} rows", entries.len()), message);
        }
        let words = entry_words(entry)
            .or(message)
            .unwrap_or("the server listed this row as failed");
        rows.extend(matched.into_iter().map(|i| (i, words.to_string())));
    }
    rows.sort_unstable();
    rows.dedup_by_key(|(i, _)| *i);
    Listed::Named(rows)
}

/// The row a listed number is: its prefix and number, or its national number alone when
/// only one row of the batch has it.
fn row_of(digits: &str, items: &[&Item]) -> Option<usize> {
    let full = items
        .iter()
        .position(|item| format!("{}{}", item.prefix, item.number) == digits);
    full.or_else(|| {
        let mut national = items
            .iter()
            .enumerate()
            .filter(|(_, item)| item.number == digits);
        match (national.next(), national.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    })
}

/// Where a number can be in an entry: the entry itself (a bare string or number), or a field
/// named for it. Messages and ids are not read: "duplicate of 9197…" names another row.
const PHONE_KEYS: [&str; 7] = [
    "phone",
    "number",
    "wa_id",
    "whatsAppNumber",
    "mobile",
    "contact",
    "search",
];

/// The digits of the numbers in `v`: a bare value, or under a phone field (`{"prefix",
/// "number"}` as one number). `in_phone`: `v` is under such a field.
fn numbers_in(v: &Value, in_phone: bool, out: &mut Vec<String>) {
    let digits_of = |v: &Value| match v {
        Value::String(s) => Some(s.chars().filter(char::is_ascii_digit).collect::<String>()),
        Value::Number(n) => Some(n.to_string()).filter(|d| d.chars().all(|c| c.is_ascii_digit())),
        _ => None,
    };
    match v {
        Value::String(_) | Value::Number(_) => {
            if let Some(d) = digits_of(v).filter(|d| d.len() >= PHONE_DIGITS) {
                out.push(d);
            }
        }
        Value::Object(map) => {
            if in_phone
                && let (Some(prefix), Some(number)) = (
                    map.get("prefix").and_then(digits_of),
                    map.get("number").and_then(digits_of),
                )
            {
                out.push(format!("{prefix}{number}"));
                return;
            }
            for (k, child) in map {
                if PHONE_KEYS.contains(&k.as_str()) || in_phone && k != "message" {
                    numbers_in(child, true, out);
                } else if matches!(child, Value::Object(_)) {
                    numbers_in(child, false, out);
                }
            }
        }
        Value::Array(items) if in_phone => items.iter().for_each(|i| numbers_in(i, true, out)),
        Value::Array(_) | Value::Null | Value::Bool(_) => {}
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
    fn numbers_in_messages_or_shared_by_two_rows_name_no_row() {
        let a = item("91", "9876543210");
        let b = item("44", "9876543210");
        let items = [&a, &b];
        // A national number two rows share: which one is not told.
        let body = json!({"failed": [{"number": "9876543210", "message": "bad"}]});
        assert!(matches!(listed_failures(&body, &items), Listed::Unnamed(_)));
        // With its prefix it is.
        let body = json!({"failed": [{"phone": {"prefix": "44", "number": "9876543210"}}]});
        assert_eq!(
            listed_failures(&body, &items),
            Listed::Named(vec![(1, "the server listed this row as failed".into())])
        );
        // A number in the words names nothing.
        let body = json!({"failed": [{"message": "duplicate of 919876543210"}]});
        assert!(matches!(listed_failures(&body, &items), Listed::Unnamed(_)));
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
