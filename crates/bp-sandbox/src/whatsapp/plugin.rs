//! The WhatsApp endpoints BotPenguin's own n8n node calls (`bot-penguin/n8n-nodes-botpenguin`,
//! `nodes/BotPenguin/BotPenguin.node.ts`), authenticated with the customer's API token
//! (`Authorization: Bearer` + `authtype: Key`) instead of a bot's WhatsApp key. No page
//! documents them: paths, bodies and the fields read (`_id`, `name`, `configuration.name`,
//! `key`, `value`) are the node's; everything else is inferred.
//!
//! A template's variables are keyed `header_<var>` / `body_<var>` (`<var>` as written between
//! the braces, `1` or `customer_name`) and `header_<media>` for an image, video or document
//! header, whose value is the media's URL. `send-template-message` takes exactly those keys in
//! `templateParams`, string values, and keeps the send as `/wa/send-template` does, with
//! `kind: "plugin-template"` and the params as given.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde_json::{Map, Value, json};

use super::super::Sandbox;
use super::super::doc::{Doc, str_field};
use super::super::envelope::{ApiError, CAST_ERROR, Reply, is_object_id, ok};
use super::super::fields::Fields;
use super::super::http::{Authtype, Incoming};
use super::super::model::Bot;
use super::super::templates::expected;
use super::{is_http_url, message_record, sent};

/// `GET /whatsapp-automation`: the customer's WhatsApp bots.
pub(in super::super) async fn bots(State(sandbox): State<Sandbox>, incoming: Incoming) -> Reply {
    let customer = incoming.customer(&sandbox, Authtype::Shown)?;
    let bots: Vec<Value> = sandbox
        .store()
        .state
        .bots
        .iter()
        .filter(|b| b.customer_id == customer && b.platform == "whatsapp")
        .map(|b| {
            json!({
                "_id": b.id,
                "_user": b.customer_id,
                "name": b.name,
                "platform": b.platform,
                "status": "ACTIVE",
                "createdAt": b.created_at,
            })
        })
        .collect();
    Ok(ok(Value::Array(bots)))
}

/// `GET /whatsapp-automation/plugin/templates/{botId}`: a bot's templates, as `/wa/templates`
/// lists them; 404 for a bot that is not one of the customer's WhatsApp bots.
pub(in super::super) async fn templates(
    State(sandbox): State<Sandbox>,
    Path(bot_id): Path<String>,
    incoming: Incoming,
) -> Reply {
    let customer = incoming.customer(&sandbox, Authtype::Shown)?;
    let bot = customer_bot(&sandbox, &customer, &bot_id)?;
    let templates = sandbox.store().templates(&bot.id);
    Ok(ok(Value::Array(templates)))
}

/// `GET /whatsapp-automation/plugin/make-template-dynamic-fields/{templateId}`: the
/// template's variables, `{key, value}` with `value` a label.
pub(in super::super) async fn dynamic_fields(
    State(sandbox): State<Sandbox>,
    Path(template_id): Path<String>,
    incoming: Incoming,
) -> Reply {
    let customer = incoming.customer(&sandbox, Authtype::Shown)?;
    let template = customer_template(&sandbox, &customer, &template_id)?;
    let fields: Vec<Value> = variables(&template)
        .into_iter()
        .map(|(key, value)| json!({"key": key, "value": value}))
        .collect();
    Ok(ok(Value::Array(fields)))
}

/// `POST /whatsapp-automation/plugin/send-template-message` with `{botId, templateId,
/// whatsAppNumber, templateParams}`.
pub(in super::super) async fn send_template(
    State(sandbox): State<Sandbox>,
    incoming: Incoming,
) -> Reply {
    let customer = incoming.customer(&sandbox, Authtype::Shown)?;
    let body = &incoming.json_object()?;
    let mut f = Fields::new(body);
    let bot_id = f.text("botId");
    let template_id = f.text("templateId");
    let number = f.text("whatsAppNumber");
    if number
        .as_deref()
        .is_some_and(|n| !(7..=15).contains(&n.len()) || !n.bytes().all(|b| b.is_ascii_digit()))
    {
        f.problem("whatsAppNumber must be the number with its country code, 7 to 15 digits only");
    }
    let params = match f.optional("templateParams") {
        None => Some(Map::new()),
        Some(Value::Object(params)) => Some(params.clone()),
        Some(_) => f.wrong("templateParams", "an object"),
    };
    let (Some(bot_id), Some(template_id), Some(number), Some(params), true) =
        (bot_id, template_id, number, params, f.problems.is_empty())
    else {
        return Err(ApiError::invalid(f.problems));
    };
    let bot = customer_bot(&sandbox, &customer, &bot_id)?;
    if !is_object_id(&template_id) {
        return Err(ApiError::bad_request(CAST_ERROR));
    }
    let record = {
        let mut store = sandbox.store();
        let (template, name) = super::approved_template(&store, &bot.id, &template_id)?;
        let problems = check_params(&template, &params);
        if !problems.is_empty() {
            return Err(ApiError::invalid(problems));
        }
        let mut message = message_record("plugin-template", &bot, &number, None);
        message.insert("templateId".to_owned(), json!(template_id));
        message.insert("templateName".to_owned(), name);
        message.insert("templateParams".to_owned(), Value::Object(params));
        store.record_message(message)
    };
    sandbox.persist();
    Ok(sent(&bot, &record))
}

/// The customer's WhatsApp bot `id`: a 400 cast error for an id that is no ObjectId, 404 for
/// one that is not the customer's.
fn customer_bot(sandbox: &Sandbox, customer: &str, id: &str) -> Result<Bot, ApiError> {
    if !is_object_id(id) {
        return Err(ApiError::bad_request(CAST_ERROR));
    }
    let id = id.to_ascii_lowercase();
    sandbox
        .store()
        .state
        .bots
        .iter()
        .find(|b| b.id == id && b.customer_id == customer && b.platform == "whatsapp")
        .cloned()
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "bot not found"))
}

/// Template `id` of one of the customer's bots.
fn customer_template(sandbox: &Sandbox, customer: &str, id: &str) -> Result<Doc, ApiError> {
    if !is_object_id(id) {
        return Err(ApiError::bad_request(CAST_ERROR));
    }
    let id = id.to_ascii_lowercase();
    let store = sandbox.store();
    store
        .state
        .templates
        .iter()
        .find(|t| str_field(t, "_id") == Some(&id) && str_field(t, "_user") == Some(customer))
        .cloned()
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "template not found"))
}

/// The template's variables in order: (key, label).
fn variables(template: &Doc) -> Vec<(String, String)> {
    let expected = expected(template);
    let mut out = Vec::new();
    if let Some(media) = &expected.header_media {
        out.push((format!("header_{media}"), format!("Header {media} URL")));
    }
    for var in &expected.header_vars {
        out.push((format!("header_{var}"), format!("Header {{{{{var}}}}}")));
    }
    for var in &expected.body_vars {
        out.push((format!("body_{var}"), format!("Body {{{{{var}}}}}")));
    }
    out
}

/// Every variable given once as a string, no other key, a media header's value a URL.
fn check_params(template: &Doc, params: &Map<String, Value>) -> Vec<String> {
    let vars = variables(template);
    let known: Vec<&str> = vars.iter().map(|(k, _)| k.as_str()).collect();
    let mut problems = Vec::new();
    for key in &known {
        match params.get(*key) {
            None => problems.push(format!(
                "templateParams.{key} is required (the template's variables: {})",
                known.join(", ")
            )),
            Some(Value::String(value)) => {
                let media = ["header_image", "header_video", "header_document"];
                if media.contains(key) && !is_http_url(value) {
                    problems.push(format!("templateParams.{key} must be an http(s) URL"));
                }
            }
            Some(_) => problems.push(format!("templateParams.{key} must be a string")),
        }
    }
    for key in params.keys() {
        if !known.contains(&key.as_str()) {
            problems.push(format!(
                "templateParams.{key} is not a variable of the template ({})",
                if known.is_empty() {
                    "none".to_owned()
                } else {
                    known.join(", ")
                }
            ));
        }
    }
    problems
}
