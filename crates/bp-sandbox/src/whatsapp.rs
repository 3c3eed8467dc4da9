//! The WhatsApp Cloud API endpoints (`/whatsapp-automation/wa/*`), authenticated with a
//! WhatsApp bot's API key sent both as query parameter and header `apiKey`.
//!
//! Request bodies are the documented ones: `userName`, `wa_id` (country code and number,
//! digits only), and either `templateId` + `params` (Meta-style components) or `type` +
//! `message`. The docs show no response body for the sends, only the names `_user`, `_bot`
//! and `whatsAppId`; the sandbox answers the usual envelope with those in `data`, plus the
//! `messageId` a public client reads at the root. Every send is kept (see
//! [`Sandbox::sent_messages`](super::Sandbox::sent_messages)).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Value, json};

use super::Sandbox;
use super::doc::{Doc, str_field};
use super::envelope::{ApiError, CAST_ERROR, Reply, is_object_id, json_response};
use super::fields::Fields;
use super::http::Incoming;
use super::model::Bot;
use super::rng::Rng;
use super::templates::expected;

pub(super) mod plugin;

/// `GET /whatsapp-automation/wa/templates?apiKey=`: the bot's templates, in the newest
/// documented envelope, which has only `success` and `data`.
pub(super) async fn templates(State(sandbox): State<Sandbox>, incoming: Incoming) -> Reply {
    let bot = incoming.wa_bot(&sandbox)?;
    let templates = sandbox.store().templates(&bot.id);
    Ok(json_response(
        StatusCode::OK,
        &json!({"success": true, "data": templates}),
    ))
}

/// `POST /whatsapp-automation/wa/send-template?apiKey=`
pub(super) async fn send_template(State(sandbox): State<Sandbox>, incoming: Incoming) -> Reply {
    let bot = incoming.wa_bot(&sandbox)?;
    let body = &incoming.json_object()?;
    let mut f = Fields::new(body);
    let user_name = f.optional_string("userName");
    let lenient = sandbox.options().lenient;
    let wa_id = recipient(&mut f, lenient);
    let template_id = f.text("templateId");
    let params = match f.optional("params") {
        None => Some(Vec::new()),
        Some(Value::Array(items)) => Some(items.clone()),
        Some(_) => f.wrong("params", "an array"),
    };
    // The older docs spell it `assingTo`.
    let assign_to = if body.contains_key("assignTo") {
        f.optional_string("assignTo")
    } else {
        f.optional_string("assingTo")
    };
    let tags = f.optional_strings("tags");
    let (Some(wa_id), Some(template_id), Some(params), true) =
        (wa_id, template_id, params, f.problems.is_empty())
    else {
        return Err(ApiError::invalid(f.problems));
    };
    if !is_object_id(&template_id) {
        return Err(ApiError::bad_request(CAST_ERROR));
    }
    let record = {
        let mut store = sandbox.store();
        let (template, name) = approved_template(&store, &bot.id, &template_id)?;
        let mut problems = check_params(&template, &params);
        let assign_to = assign_to.filter(|email| !email.trim().is_empty());
        if let Some(email) = &assign_to
            && !lenient
            && store
                .team_member_by_email(&bot.customer_id, email)
                .is_none()
        {
            problems.push(format!("assignTo: no team member has the email {email}"));
        }
        if !problems.is_empty() {
            return Err(ApiError::invalid(problems));
        }
        let mut message = message_record("template", &bot, &wa_id, user_name);
        message.insert("templateId".to_owned(), json!(template_id));
        message.insert("templateName".to_owned(), name);
        message.insert("params".to_owned(), Value::Array(params));
        message.insert("assignTo".to_owned(), json!(assign_to));
        message.insert("tags".to_owned(), json!(tags.unwrap_or_default()));
        store.record_message(message)
    };
    sandbox.persist();
    Ok(sent(&bot, &record))
}

/// `POST /whatsapp-automation/wa/send-message?apiKey=`: a session message, `text` with
/// `message.text`, or `image`/`document` with `message.source` (the media URL), an optional
/// `message.label` (the caption) and `message.type` repeating the type.
pub(super) async fn send_message(State(sandbox): State<Sandbox>, incoming: Incoming) -> Reply {
    let bot = incoming.wa_bot(&sandbox)?;
    let body = &incoming.json_object()?;
    let lenient = sandbox.options().lenient;
    let mut f = Fields::new(body);
    let user_name = f.optional_string("userName");
    let wa_id = recipient(&mut f, lenient);
    let kind = f.text("type");
    let kind = kind.filter(|kind| {
        let known = ["text", "image", "document"].contains(&kind.as_str());
        if !known {
            f.problem("type must be one of text, image, document");
        }
        known
    });
    let content = f.object("message").and_then(|mut inner| {
        let content = match kind.as_deref() {
            Some("text") => inner.text("text").map(|text| json!({"text": text})),
            Some(media) => media_message(&mut inner, media, lenient),
            None => None,
        };
        f.adopt("message", inner);
        content
    });
    let tags = f.optional_strings("tags");
    let (Some(wa_id), Some(kind), Some(content), true) =
        (wa_id, kind, content, f.problems.is_empty())
    else {
        return Err(ApiError::invalid(f.problems));
    };
    let mut message = message_record("message", &bot, &wa_id, user_name);
    message.insert("type".to_owned(), json!(kind));
    message.insert("message".to_owned(), content);
    message.insert("tags".to_owned(), json!(tags.unwrap_or_default()));
    let record = sandbox.store().record_message(message);
    sandbox.persist();
    Ok(sent(&bot, &record))
}

/// `wa_id`: the WhatsApp number with its country code, digits only, as the docs say; 7 to 15
/// of them (E.164's bounds, which no page states, so a lenient sandbox takes any number).
fn recipient(f: &mut Fields, lenient: bool) -> Option<String> {
    let wa_id = f.text("wa_id")?;
    let length = lenient || (7..=15).contains(&wa_id.len());
    if length && wa_id.bytes().all(|b| b.is_ascii_digit()) {
        Some(wa_id)
    } else {
        f.problem(if lenient {
            "wa_id must be the WhatsApp number with its country code, digits only (no +, spaces or dashes)"
        } else {
            "wa_id must be the WhatsApp number with its country code, 7 to 15 digits only (no +, spaces or dashes)"
        });
        None
    }
}

/// The `message` of an image or document: `source` (an http(s) URL), optional `label`, and
/// `type`, which must repeat the outer type (a lenient sandbox takes it missing).
fn media_message(inner: &mut Fields, media: &str, lenient: bool) -> Option<Value> {
    let source = inner.text("source");
    if source.as_deref().is_some_and(|s| !is_http_url(s)) {
        inner.problem("source must be an http(s) URL");
    }
    let label = inner.optional_string("label");
    let kind = if lenient {
        inner
            .optional_string("type")
            .or_else(|| Some(media.to_owned()))
    } else {
        inner.text("type")
    };
    if kind.as_deref().is_some_and(|k| k != media) {
        inner.problem(format!("type must be {media}, as the outer type"));
    }
    let (Some(source), Some(_), true) = (source, kind, inner.problems.is_empty()) else {
        return None;
    };
    let mut content = json!({"source": source, "type": media});
    if let Some(label) = label {
        content["label"] = json!(label);
    }
    Some(content)
}

fn is_http_url(text: &str) -> bool {
    ["http://", "https://"].iter().any(|scheme| {
        text.get(..scheme.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(scheme))
            && text.len() > scheme.len()
    })
}

/// Checks `params` against what the template's header and body expect: one media parameter
/// for an image/video/document header, one parameter per variable otherwise (Meta refuses a
/// count that does not match), and `parameter_name` on each body parameter of a template
/// with named variables (the newer docs' rule).
fn check_params(template: &Doc, params: &[Value]) -> Vec<String> {
    let expected = expected(template);
    let mut problems = Vec::new();
    let mut header: &[Value] = &[];
    let mut body: &[Value] = &[];
    for (i, component) in params.iter().enumerate() {
        let kind = component
            .get("type")
            .and_then(Value::as_str)
            .map(str::to_ascii_lowercase);
        let parameters = component.get("parameters").and_then(Value::as_array);
        match (kind.as_deref(), parameters) {
            (Some("header"), Some(given)) => header = given,
            (Some("body"), Some(given)) => body = given,
            (Some("button"), Some(_)) => {}
            (Some("header" | "body" | "button"), None) => {
                problems.push(format!("params[{i}].parameters must be an array"));
            }
            _ => problems.push(format!("params[{i}].type must be header, body or button")),
        }
    }
    match &expected.header_media {
        Some(media) => {
            let link = match header {
                [one] if one.get("type").and_then(Value::as_str) == Some(media) => one
                    .get(media.as_str())
                    .and_then(|m| m.get("link"))
                    .and_then(Value::as_str),
                _ => None,
            };
            if !link.is_some_and(is_http_url) {
                problems.push(format!(
                    "params: the template's {media} header needs one header parameter \
                     {{\"type\": \"{media}\", \"{media}\": {{\"link\": \"https://…\"}}}}"
                ));
            }
        }
        None => check_variables(
            "header",
            header,
            &expected.header_vars,
            false,
            &mut problems,
        ),
    }
    check_variables(
        "body",
        body,
        &expected.body_vars,
        expected.named,
        &mut problems,
    );
    problems
}

fn check_variables(
    part: &str,
    given: &[Value],
    vars: &[String],
    named: bool,
    problems: &mut Vec<String>,
) {
    if given.len() != vars.len() {
        problems.push(format!(
            "params: the template's {part} has {} variables but {} parameters were given",
            vars.len(),
            given.len()
        ));
        return;
    }
    for (k, parameter) in given.iter().enumerate() {
        let at = format!("params.{part}.parameters[{k}]");
        match parameter.get("type").and_then(Value::as_str) {
            Some("text") if parameter.get("text").is_some_and(Value::is_string) => {}
            Some("text") => problems.push(format!("{at}.text must be a string")),
            Some("currency" | "date_time") => {}
            _ => problems.push(format!("{at}.type must be text, currency or date_time")),
        }
        if !named {
            continue;
        }
        match parameter.get("parameter_name").and_then(Value::as_str) {
            None => problems.push(format!(
                "{at}.parameter_name is required: the template's variables are named ({})",
                vars.join(", ")
            )),
            Some(name) if !vars.iter().any(|v| v == name) => problems.push(format!(
                "{at}.parameter_name {name} is not a variable of the template ({})",
                vars.join(", ")
            )),
            Some(_) => {}
        }
    }
}

/// The fields every kept message has, before what its kind adds.
fn message_record(kind: &str, bot: &Bot, wa_id: &str, user_name: Option<String>) -> Doc {
    let mut doc = Doc::new();
    doc.insert("kind".to_owned(), json!(kind));
    doc.insert("_user".to_owned(), json!(bot.customer_id));
    doc.insert("_bot".to_owned(), json!(bot.id));
    doc.insert("wa_id".to_owned(), json!(wa_id));
    doc.insert("userName".to_owned(), json!(user_name.unwrap_or_default()));
    doc
}

/// The answer to a send (undocumented beyond the names `_user`, `_bot` and `whatsAppId`).
fn sent(bot: &Bot, record: &Doc) -> Response {
    let message_id = record.get("messageId").cloned().unwrap_or(Value::Null);
    json_response(
        StatusCode::OK,
        &json!({
            "success": true,
            "message": "",
            "messageId": message_id,
            "data": {
                "_id": record.get("_id"),
                "messageId": message_id,
                "_user": bot.customer_id,
                "_bot": bot.id,
                "whatsAppId": business_number_id(bot),
                "wa_id": record.get("wa_id"),
                "status": "sent",
            },
            "code": 200,
        }),
    )
}

/// The Meta phone-number id of a WhatsApp bot: 15 digits, fixed per bot.
fn business_number_id(bot: &Bot) -> String {
    let mut rng = Rng::for_item(&format!("wa-number-{}", bot.id), 0);
    let mut id = (rng.below(9) + 1).to_string();
    while id.len() < 15 {
        id.push_str(&rng.below(10).to_string());
    }
    id
}

/// Bot `bot_id`'s template `template_id` and its name, if it may be sent: 404 when the bot
/// has no such template, 400 when it is not approved (Meta sends only approved ones).
pub(super) fn approved_template(
    store: &crate::store::Store,
    bot_id: &str,
    template_id: &str,
) -> Result<(Doc, Value), ApiError> {
    let template = store
        .template(bot_id, &template_id.to_ascii_lowercase())
        .cloned()
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "template not found"))?;
    let name = template
        .get("configuration")
        .and_then(|c| c.get("name"))
        .cloned()
        .unwrap_or(Value::Null);
    let status = str_field(&template, "status").unwrap_or("");
    if status != "APPROVED" {
        return Err(ApiError::bad_request(format!(
            "template {} is not approved (status {status}): only APPROVED templates can be sent",
            name.as_str().unwrap_or("")
        )));
    }
    Ok((template, name))
}
