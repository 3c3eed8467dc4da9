//! The columns (and JSON fields) of `leads upsert --from`: the flags' names, and what `leads
//! list` prints, so that a listing feeds back as it is (`-o csv`, `-o ndjson`): its `_bot`,
//! `_customer` and `_agentAssigned` are the ids, its lists are JSON in a CSV cell, and the
//! fields an upsert cannot set (`_id`, `createdAt`, `lastMessage.at`, …) are left out.

use std::borrow::Cow;

use serde_json::Value;

use super::{Invalid, LeadInput, invalid};
use crate::import::Record;

/// What a column of an input file sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field<'a> {
    Uuid,
    BotId,
    CustomerId,
    AgentId,
    Name,
    Email,
    Phone,
    DialCode,
    Status,
    Picture,
    Tags,
    Attributes,
    Notes,
    /// `attr.KEY`.
    Attr(&'a str),
    /// `note.TITLE`.
    Note(&'a str),
    /// Nothing: the failed file's `row` and `reason`, and what `leads list` shows of a chat
    /// but an upsert cannot set.
    Ignored,
}

/// The fields of `leads list` that no upsert sets: ignored in an input file.
const LISTED_ONLY: [&str; 7] = [
    "_id",
    "isonline",
    "websitevisits",
    "lastmessage",
    "createdat",
    "updatedat",
    "__v",
];

/// What column `name` sets (case, `-` and `_` ignored in the flags' names); `None` for a
/// column that is no lead's.
pub(super) fn field(name: &str) -> Option<Field<'_>> {
    if let Some(key) = prefixed(name, "attr.") {
        return Some(Field::Attr(key));
    }
    if let Some(title) = prefixed(name, "note.") {
        return Some(Field::Note(title));
    }
    let lower = name.trim().to_ascii_lowercase();
    // As `leads list` names them, before `_` is ignored.
    match lower.as_str() {
        "_bot" => return Some(Field::BotId),
        "_customer" => return Some(Field::CustomerId),
        "_agentassigned" => return Some(Field::AgentId),
        _ if LISTED_ONLY.contains(&lower.as_str()) || prefixed(name, "lastMessage.").is_some() => {
            return Some(Field::Ignored);
        }
        _ => {}
    }
    Some(match normalize(&lower).as_str() {
        "uuid" => Field::Uuid,
        "botid" => Field::BotId,
        "customerid" => Field::CustomerId,
        "agentid" => Field::AgentId,
        "name" => Field::Name,
        "email" => Field::Email,
        "phone" => Field::Phone,
        "dialcode" => Field::DialCode,
        "status" => Field::Status,
        "picture" => Field::Picture,
        "tags" => Field::Tags,
        "attributes" | "attrs" | "attr" => Field::Attributes,
        "notes" | "note" => Field::Notes,
        "row" | "reason" => Field::Ignored,
        _ => return None,
    })
}

fn prefixed<'a>(key: &'a str, prefix: &str) -> Option<&'a str> {
    let key = key.trim();
    let head = key.get(..prefix.len())?;
    (key.len() > prefix.len() && head.eq_ignore_ascii_case(prefix)).then(|| &key[prefix.len()..])
}

pub(super) fn normalize(key: &str) -> String {
    key.chars().filter(|c| *c != '-' && *c != '_').collect()
}

impl LeadInput {
    /// A row of a --from file, by the flags' names or as `leads list` prints it.
    pub(super) fn from_record(record: &Record) -> Result<LeadInput, Invalid> {
        let mut lead = LeadInput::default();
        for (key, value) in &record.fields {
            let text = match value {
                Value::Null => None,
                Value::String(s) if s.trim().is_empty() => None,
                Value::String(s) => Some(s.trim().to_string()),
                Value::Number(n) => Some(n.to_string()),
                Value::Bool(b) => Some(b.to_string()),
                _ => None,
            };
            let Some(field) = field(key) else {
                return Err(invalid(
                    "UNKNOWN_FIELD",
                    "field",
                    format!("`{key}` is not a lead field"),
                ));
            };
            let slot = match field {
                Field::Attr(attr) => {
                    lead.attrs.extend(text.map(|t| (attr.to_string(), t)));
                    continue;
                }
                Field::Note(title) => {
                    lead.notes.extend(text.map(|t| (title.to_string(), t)));
                    continue;
                }
                Field::Tags => {
                    lead.tags.extend(list_of_strings(&listed(value)));
                    continue;
                }
                Field::Attributes => {
                    lead.attrs.extend(pairs(&listed(value), "key", "value"));
                    continue;
                }
                Field::Notes => {
                    lead.notes
                        .extend(pairs(&listed(value), "title", "description"));
                    continue;
                }
                Field::Ignored => continue,
                Field::Uuid => &mut lead.uuid,
                Field::BotId => &mut lead.bot_id,
                Field::CustomerId => &mut lead.customer_id,
                Field::AgentId => &mut lead.agent_id,
                Field::Name => &mut lead.name,
                Field::Email => &mut lead.email,
                Field::Phone => &mut lead.phone,
                Field::DialCode => &mut lead.dial_code,
                Field::Status => &mut lead.status,
                Field::Picture => &mut lead.picture,
            };
            if value.is_array() || value.is_object() {
                return Err(invalid(
                    "INVALID_VALUE",
                    "field",
                    format!("`{key}` must be a string"),
                ));
            }
            *slot = text;
        }
        Ok(lead)
    }
}

/// A list as a CSV cell holds it when `leads list -o csv` wrote it (`["vip","new"]`,
/// `[{"key":"plan","value":"gold"}]`): parsed; anything else as it is.
fn listed(value: &Value) -> Cow<'_, Value> {
    match value {
        Value::String(s) if s.trim_start().starts_with(['[', '{']) => {
            match serde_json::from_str::<Value>(s) {
                Ok(parsed @ (Value::Array(_) | Value::Object(_))) => Cow::Owned(parsed),
                _ => Cow::Borrowed(value),
            }
        }
        _ => Cow::Borrowed(value),
    }
}

fn list_of_strings(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) => s
            .split(';')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(String::from)
            .collect(),
        Value::Array(items) => items
            .iter()
            .filter_map(|v| {
                v.as_str()
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(String::from)
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// `{"k": "v"}` or `[{"key": "k", "value": "v"}]` as pairs.
fn pairs(value: &Value, k: &str, v: &str) -> Vec<(String, String)> {
    let text = |x: &Value| match x {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    match value {
        Value::Object(map) => map
            .iter()
            .map(|(key, val)| (key.clone(), text(val)))
            .collect(),
        Value::Array(items) => items
            .iter()
            .filter_map(|i| Some((text(i.get(k)?), i.get(v).map(text).unwrap_or_default())))
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_listings_columns_are_known() {
        assert_eq!(field("_bot"), Some(Field::BotId));
        assert_eq!(field("_agentAssigned"), Some(Field::AgentId));
        assert_eq!(field("lastMessage.at"), Some(Field::Ignored));
        assert_eq!(field("createdAt"), Some(Field::Ignored));
        assert_eq!(field("Dial_Code"), Some(Field::DialCode));
        assert_eq!(field("attr.Plan"), Some(Field::Attr("Plan")));
        assert_eq!(field("bot"), None);
        assert_eq!(field("satus"), None);
    }

    #[test]
    fn json_lists_in_a_cell_are_lists() {
        let tags = listed(&Value::from(r#"["vip","new"]"#)).into_owned();
        assert_eq!(list_of_strings(&tags), ["vip", "new"]);
        assert_eq!(list_of_strings(&listed(&Value::from("a; b"))), ["a", "b"]);
        let attrs = listed(&Value::from(r#"[{"key":"plan","value":"gold"}]"#)).into_owned();
        assert_eq!(
            pairs(&attrs, "key", "value"),
            [("plan".into(), "gold".into())]
        );
    }
}
