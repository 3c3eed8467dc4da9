//! The customer-scoped inbox endpoints, authenticated with a customer's API token.
//!
//! Validation is strict where the newest docs are ("All fields are required") and lists every
//! problem at once, so a client's error output can be checked against all of them.

use std::collections::HashSet;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Map, Value, json};

use super::direct::STATUSES;
use super::envelope::{ApiError, CAST_ERROR, Reply, is_object_id, json_response, ok, ok_empty};
use super::fields::Fields;
use super::http::{Authtype, Incoming};
use super::model::ImportRow;
use super::query::{ContactQuery, parse_time};
use super::{Options, Sandbox};

mod import;

/// The per-channel bot filters, named as in the body and on the contact.
const BOT_FIELDS: [&str; 4] = [
    "_botWebsite",
    "_botWhatsapp",
    "_botTelegram",
    "_botFacebook",
];

/// `POST /inbox/users`: one page of the customer's contacts matching the filters.
pub(super) async fn search(State(sandbox): State<Sandbox>, incoming: Incoming) -> Reply {
    let customer = incoming.customer(&sandbox, Authtype::Shown)?;
    let body = &incoming.json_object()?;
    let query = parse_search(body)?;
    let size = sandbox.options().contacts_page_size;
    let contacts = sandbox.store().search_contacts(&customer, &query, size)?;
    Ok(ok(Value::Array(contacts)))
}

/// `GET /inbox/segments`: the customer's segments (groups).
pub(super) async fn segments(State(sandbox): State<Sandbox>, incoming: Incoming) -> Reply {
    let customer = incoming.customer(&sandbox, Authtype::Shown)?;
    let segments = sandbox.store().segments(&customer);
    Ok(ok(Value::Array(segments)))
}

/// `POST /inbox/users/import`: creates or updates WhatsApp contacts, all or nothing. Its page
/// (`seeds/004…`) shows only `Authorization`, so a lenient sandbox takes it without `authtype`.
pub(super) async fn import(State(sandbox): State<Sandbox>, incoming: Incoming) -> Reply {
    let customer = incoming.customer(&sandbox, Authtype::Omitted)?;
    let options = sandbox.options();
    let typical = match options.refuse_marker {
        None => import::typical_rows(incoming.body()),
        Some(_) => None,
    };
    let parsed = match typical {
        Some(rows) => {
            check_batch(options.import_max_batch, rows.len())?;
            rows
        }
        None => import_rows(&incoming, options)?,
    };
    if !parsed.is_empty() {
        sandbox.store().import_contacts(&customer, parsed)?;
        sandbox.persist();
    }
    Ok(imported())
}

fn check_batch(max: Option<usize>, rows: usize) -> Result<(), ApiError> {
    match max {
        Some(max) if rows > max => Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("request entity too large: at most {max} contacts per request"),
        )),
        _ => Ok(()),
    }
}

/// The import rows of any body, read field by field: every problem is named, by row.
fn import_rows(incoming: &Incoming, options: &Options) -> Result<Vec<ImportRow>, ApiError> {
    let body = incoming.json()?;
    let Some(rows) = body.as_array() else {
        return Err(ApiError::bad_request("body must be an array of contacts"));
    };
    check_batch(options.import_max_batch, rows.len())?;
    if let Some(marker) = options.refuse_marker.as_deref() {
        let refused: Vec<String> = rows
            .iter()
            .enumerate()
            .filter(|(_, row)| {
                let details = &row["profile"]["userDetails"];
                [&details["userProvidedName"], &details["contact"]["email"]]
                    .iter()
                    .any(|v| v.as_str().is_some_and(|s| s.contains(marker)))
            })
            .map(|(index, _)| format!("row {index}: contact refused"))
            .collect();
        if !refused.is_empty() {
            return Err(ApiError::invalid(refused));
        }
    }
    let mut problems = Vec::new();
    let mut parsed = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        match parse_import_row(row, options.lenient) {
            Ok(row) => parsed.push(row),
            Err(errors) => problems.extend(errors.into_iter().map(|e| format!("row {index}: {e}"))),
        }
    }
    if !problems.is_empty() {
        return Err(ApiError::invalid(problems));
    }
    Ok(parsed)
}

/// `PUT /inbox/users/status-update`: `{"ids": [...], "status": "DELETED"}` deletes those
/// contacts of the customer; ids it does not have are ignored, as a bulk update would. A lead
/// status (`OPEN`, …) is set on them instead; the docs name only `DELETED`. A lenient sandbox
/// ignores `subscriberIds` ("not supported") and takes an empty `ids`, which changes nothing.
pub(super) async fn status_update(State(sandbox): State<Sandbox>, incoming: Incoming) -> Reply {
    let customer = incoming.customer(&sandbox, Authtype::Shown)?;
    let body = &incoming.json_object()?;
    let lenient = sandbox.options().lenient;
    // The older pages show it; the newest says the endpoint does not support it.
    if body.contains_key("subscriberIds") && !lenient {
        return Err(ApiError::bad_request(
            "subscriberIds is not supported by this endpoint. Pass User IDs only in the ids field.",
        ));
    }
    let mut f = Fields::new(body);
    let ids = f.strings("ids");
    if ids.as_ref().is_some_and(Vec::is_empty) && !lenient {
        f.problem("ids must not be empty");
    }
    let status = f.text("status");
    if let Some(status) = &status
        && status != "DELETED"
        && !STATUSES.contains(&status.as_str())
    {
        f.problem(format!(
            "status must be one of DELETED, {}",
            STATUSES.join(", ")
        ));
    }
    let (Some(ids), Some(status), true) = (ids, status, f.problems.is_empty()) else {
        return Err(ApiError::invalid(f.problems));
    };
    if !ids.iter().all(|id| is_object_id(id)) {
        return Err(ApiError::bad_request(CAST_ERROR));
    }
    let ids: HashSet<String> = ids.iter().map(|id| id.to_ascii_lowercase()).collect();
    if status == "DELETED" {
        sandbox.store().delete_contacts(&customer, &ids)?;
    } else {
        sandbox
            .store()
            .set_contact_status(&customer, &ids, &status)?;
    }
    sandbox.persist();
    Ok(ok_empty())
}

/// The import's documented reply, which (unlike every other endpoint) has no envelope.
fn imported() -> Response {
    json_response(
        StatusCode::OK,
        &json!({"status": "success", "message": "User profiles imported successfully."}),
    )
}

fn parse_search(body: &Map<String, Value>) -> Result<ContactQuery, ApiError> {
    let mut f = Fields::new(body);
    let search_text = f.string("searchText");
    let tags = f.strings("tags");
    let status = f.strings("status");
    let is_online = f.boolean("isOnline");
    let bots: Vec<_> = BOT_FIELDS
        .iter()
        .map(|key| (*key, f.strings(key)))
        .collect();
    let agents = f.strings("_agentAssigned");
    let segments = f.strings("segments");
    let applicable = f.strings("applicableFilters");
    let last_seen_at = f.range("lastSeenAt");
    let created_at = f.range("createdAt");
    let user_interacted = f.boolean("userInteracted");
    let last_message_by = f.strings("lastMessageBy");
    let is_live_chat_active = f.boolean("isLiveChatActive");
    let has_ordered = f.object("hasOrdered").and_then(|mut inner| {
        let status = inner.boolean("status");
        let last_at = inner.string("lastAt");
        let since = match last_at.as_deref().map(str::trim) {
            Some("") | None => None,
            Some(text) => {
                parse_time(text).or_else(|| inner.wrong("lastAt", "an RFC 3339 date-time or empty"))
            }
        };
        f.adopt("hasOrdered", inner);
        Some((status?, since))
    });
    let page = match f.get("page") {
        Some(value) => value
            .as_u64()
            .filter(|p| *p > 0)
            .or_else(|| f.wrong("page", "a positive integer")),
        None => None,
    };
    let _ = f.string("isExport");
    let _ = f.boolean("isContact");
    if !f.problems.is_empty() {
        return Err(ApiError::invalid(f.problems));
    }
    let applicable = applicable.unwrap_or_default();
    let named = |name: &str| applicable.iter().any(|a| a == name);
    let mut bot_filters = Vec::new();
    for (key, ids) in bots {
        bot_filters.push((key, ids.unwrap_or_default()));
    }
    Ok(ContactQuery {
        search_text: search_text.unwrap_or_default(),
        tags: tags.unwrap_or_default(),
        status: status.unwrap_or_default(),
        segments: segments.unwrap_or_default(),
        bots: bot_filters,
        agents: agents.unwrap_or_default(),
        last_message_by: last_message_by.unwrap_or_default(),
        is_online: is_online.filter(|_| named("isOnline")),
        is_live_chat_active: is_live_chat_active.filter(|_| named("isLiveChatActive")),
        user_interacted: user_interacted.filter(|_| named("userInteracted")),
        last_seen_at: last_seen_at.filter(|_| named("lastSeenAt")),
        created_at: created_at.filter(|_| named("createdAt")),
        has_ordered: has_ordered.filter(|_| named("hasOrdered")),
        page: page.unwrap_or(1),
    })
}

/// Validates one import element; the errors are relative to the row. A lenient reading takes
/// a phone number or prefix as a JSON number or with `+`, spaces, dashes, dots and brackets,
/// of any length, and no prefix at all (none of that is documented); it keeps the digits.
fn parse_import_row(row: &Value, lenient: bool) -> Result<ImportRow, Vec<String>> {
    let details = row
        .get("profile")
        .and_then(|p| p.get("userDetails"))
        .and_then(Value::as_object)
        .ok_or_else(|| vec!["profile.userDetails is required".to_owned()])?;
    let mut problems = Vec::new();
    let mut text = |value: Option<&Value>, name: &str| -> String {
        match value {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.trim().to_owned(),
            Some(_) => {
                problems.push(format!("{name} must be a string"));
                String::new()
            }
        }
    };
    let contact = details.get("contact");
    let phone = contact.and_then(|c| c.get("phone"));
    let name = text(details.get("userProvidedName"), "userProvidedName");
    let email = text(contact.and_then(|c| c.get("email")), "contact.email");
    let number = phone.and_then(|p| p.get("number"));
    let prefix = phone.and_then(|p| p.get("prefix"));
    let (number, prefix) = if lenient {
        let number = loose_digits(number, "contact.phone.number", &mut problems);
        let prefix = match prefix {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) if s.trim().is_empty() => String::new(),
            given => loose_digits(given, "contact.phone.prefix", &mut problems),
        };
        (number, prefix)
    } else {
        let number = digits(number, "contact.phone.number", 4, 14, &mut problems);
        let prefix = digits(prefix, "contact.phone.prefix", 1, 3, &mut problems);
        (number, prefix)
    };
    let tags = match details.get("tags") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        Some(_) => {
            problems.push("tags must be an array of strings".to_owned());
            Vec::new()
        }
    };
    let attributes = match details.get("attributes") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => {
            let pairs: Option<Vec<(String, Value)>> = items
                .iter()
                .map(|a| {
                    let key = a.get("key").and_then(Value::as_str)?;
                    Some((
                        key.to_owned(),
                        a.get("value").cloned().unwrap_or(Value::Null),
                    ))
                })
                .collect();
            pairs.unwrap_or_else(|| {
                problems.push("attributes must be an array of {key, value} objects".to_owned());
                Vec::new()
            })
        }
        Some(_) => {
            problems.push("attributes must be an array of {key, value} objects".to_owned());
            Vec::new()
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(ImportRow {
        name,
        email,
        prefix,
        number,
        tags,
        attributes,
    })
}

/// A required string of `min..=max` ASCII digits.
fn digits(
    value: Option<&Value>,
    name: &str,
    min: usize,
    max: usize,
    problems: &mut Vec<String>,
) -> String {
    match value {
        None | Some(Value::Null) => problems.push(format!("{name} is required")),
        Some(Value::String(s)) => {
            let s = s.trim();
            if s.is_empty() {
                problems.push(format!("{name} is required"));
            } else if !s.bytes().all(|b| b.is_ascii_digit()) || !(min..=max).contains(&s.len()) {
                problems.push(format!("{name} must be {min} to {max} digits"));
            } else {
                return s.to_owned();
            }
        }
        Some(_) => problems.push(format!("{name} must be a string of digits")),
    }
    String::new()
}

/// A required phone part as a lenient server reads it: a string of digits and separators
/// (`+`, spaces, dashes, dots, brackets) or a non-negative JSON integer; its digits.
fn loose_digits(value: Option<&Value>, name: &str, problems: &mut Vec<String>) -> String {
    let text = match value {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(n) => Some(n.to_string()),
            None => {
                problems.push(format!("{name} must be digits"));
                return String::new();
            }
        },
        Some(_) => {
            problems.push(format!("{name} must be a string of digits"));
            return String::new();
        }
    };
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        problems.push(format!("{name} is required"));
        return String::new();
    };
    let digits: String = text.chars().filter(|c| !" +-.()".contains(*c)).collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        problems.push(format!("{name} must be digits"));
        return String::new();
    }
    digits
}
