//! The website-bot endpoints (`/inbox/direct/*`), authenticated with a bot's token.
//!
//! The docs name the token header differently on the two endpoints (`x-bp-token` on the
//! upsert, `x-bot-token` on the listing); the sandbox accepts only the documented one on each,
//! so a client that mixes them up fails here before it fails in production (a lenient
//! sandbox takes either).

use axum::extract::State;
use axum::http::StatusCode;
use serde_json::{Map, Value};

use super::Sandbox;
use super::envelope::{
    ApiError, CAST_ERROR, Reply, is_object_id, ok, ok_with_message, page_number,
};
use super::http::Incoming;
use super::model::Bot;

/// The lead statuses the docs list, spelling (`DEPENDANCY`) included.
pub(super) const STATUSES: [&str; 6] = [
    "OPEN",
    "INPROGRESS",
    "REVIEW",
    "ONHOLD",
    "DEPENDANCY",
    "CLOSED",
];

/// `PUT /inbox/direct/lead`: creates the lead for chat `uuid`, or updates it.
pub(super) async fn upsert_lead(State(sandbox): State<Sandbox>, incoming: Incoming) -> Reply {
    let bot = incoming.bot(&sandbox, "x-bp-token")?;
    let body = &incoming.json_object()?;
    let mut problems = Vec::new();
    let mut required = |key: &str| match body.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        None | Some(Value::Null) | Some(Value::String(_)) => {
            problems.push(format!("{key} is required"));
            None
        }
        Some(_) => {
            problems.push(format!("{key} must be a string"));
            None
        }
    };
    let uuid = required("uuid");
    let bot_id = required("botId");
    let customer_id = required("customerId");
    let fields = lead_fields(body, sandbox.options().lenient, &mut problems);
    let (Some(uuid), Some(bot_id), Some(customer_id), true) =
        (uuid, bot_id, customer_id, problems.is_empty())
    else {
        return Err(ApiError::invalid(problems));
    };
    check_owner(&bot, &bot_id, &customer_id)?;
    let lead = sandbox
        .store()
        .upsert_lead(&bot.id, &bot.customer_id, &uuid, fields)?;
    sandbox.persist();
    Ok(ok(lead))
}

/// The optional lead fields present in `body`, validated and named as a chat shows them.
/// `agentId` must be a string (an agent's id), though the page types it "Boolean"; a lenient
/// sandbox takes a boolean and ignores it.
fn lead_fields(
    body: &Map<String, Value>,
    lenient: bool,
    problems: &mut Vec<String>,
) -> Map<String, Value> {
    let mut fields = Map::new();
    for (key, value) in body {
        let value = match (key.as_str(), value) {
            ("uuid" | "botId" | "customerId", _) | (_, Value::Null) => continue,
            ("agentId", Value::String(s)) => {
                let agent = s.trim();
                let agent = if agent.is_empty() {
                    Value::Null
                } else {
                    Value::String(agent.to_owned())
                };
                fields.insert("_agentAssigned".to_owned(), agent);
                continue;
            }
            ("agentId", Value::Bool(_)) if lenient => continue,
            ("name" | "email" | "phone", Value::String(s)) => Value::String(s.trim().to_owned()),
            ("dialCode", Value::String(s)) => {
                let code = s.trim();
                let digits = code.strip_prefix('+').unwrap_or("");
                if !code.is_empty()
                    && (digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()))
                {
                    problems.push("dialCode must be + followed by digits, like +91".to_owned());
                }
                Value::String(code.to_owned())
            }
            ("status", Value::String(s)) => {
                if !STATUSES.contains(&s.as_str()) {
                    problems.push(format!("status must be one of {}", STATUSES.join(", ")));
                }
                value.clone()
            }
            ("picture", Value::String(s)) => {
                let url = s.trim();
                let http = ["http://", "https://"].iter().any(|scheme| {
                    url.get(..scheme.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(scheme))
                        && url.len() > scheme.len()
                });
                if !url.is_empty() && !http {
                    problems.push("picture must be an http(s) URL".to_owned());
                }
                Value::String(url.to_owned())
            }
            ("tags", Value::Array(items)) if items.iter().all(Value::is_string) => value.clone(),
            ("notes", Value::Array(items)) if items.iter().all(is_note) => value.clone(),
            ("attributes", Value::Array(items)) if items.iter().all(is_attribute) => value.clone(),
            ("agentId" | "name" | "email" | "phone" | "dialCode" | "status" | "picture", _) => {
                problems.push(format!("{key} must be a string"));
                continue;
            }
            ("tags", _) => {
                problems.push("tags must be an array of strings".to_owned());
                continue;
            }
            ("notes", _) => {
                problems.push("notes must be an array of {title, description} objects".to_owned());
                continue;
            }
            ("attributes", _) => {
                problems.push("attributes must be an array of {key, value} objects".to_owned());
                continue;
            }
            // Unknown fields are ignored, as the real server's schema would strip them.
            _ => continue,
        };
        fields.insert(key.clone(), value);
    }
    fields
}

fn is_note(note: &Value) -> bool {
    let text = |key| note.get(key).is_none_or(|v| v.is_string() || v.is_null());
    note.is_object() && text("title") && text("description")
}

fn is_attribute(attribute: &Value) -> bool {
    attribute.get("key").is_some_and(Value::is_string)
}

/// `GET /inbox/direct/chats?botId=&customerId=&page=&type=lead|non-lead`
pub(super) async fn chats(State(sandbox): State<Sandbox>, incoming: Incoming) -> Reply {
    let bot = incoming.bot(&sandbox, "x-bot-token")?;
    let mut problems = Vec::new();
    let mut required = |name: &str| {
        let value = incoming.param(name);
        if value.is_none() {
            problems.push(format!("{name} is required"));
        }
        value
    };
    let bot_id = required("botId");
    let customer_id = required("customerId");
    let page = required("page");
    let kind = required("type");
    let page = page.and_then(|p| {
        let page = page_number(&p);
        if page.is_none() {
            problems.push("page must be a positive integer".to_owned());
        }
        page
    });
    let leads = kind.and_then(|kind| match kind.as_str() {
        "lead" => Some(true),
        "non-lead" => Some(false),
        _ => {
            problems.push("type must be lead or non-lead".to_owned());
            None
        }
    });
    let (Some(bot_id), Some(customer_id), Some(page), Some(leads), true) =
        (bot_id, customer_id, page, leads, problems.is_empty())
    else {
        return Err(ApiError::invalid(problems));
    };
    check_owner(&bot, &bot_id, &customer_id)?;
    let size = sandbox.options().contacts_page_size;
    let chats = sandbox.store().chats_page(&bot.id, leads, page, size);
    Ok(ok_with_message("ok", Value::Array(chats)))
}

/// The ids must be ObjectIds, and the token must be that bot's, of that customer.
fn check_owner(bot: &Bot, bot_id: &str, customer_id: &str) -> Result<(), ApiError> {
    if !is_object_id(bot_id) || !is_object_id(customer_id) {
        return Err(ApiError::bad_request(CAST_ERROR));
    }
    if !bot.id.eq_ignore_ascii_case(bot_id) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "token does not match botId",
        ));
    }
    if !bot.customer_id.eq_ignore_ascii_case(customer_id) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "token does not match customerId",
        ));
    }
    Ok(())
}
