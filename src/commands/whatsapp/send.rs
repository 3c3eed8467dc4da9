//! `bp whatsapp templates|send-template|send|template-vars`: the WhatsApp Cloud API
//! endpoints, with a bot's WhatsApp API key sent as the `apiKey` query parameter and header,
//! as documented; templates and template sends also through the API token's `/plugin/*`
//! endpoints (see `route`).
//!
//! Sends are not safe to repeat (the API has no idempotency key): the HTTP layer retries
//! them only when they certainly did not run, and otherwise reports the outcome as unknown.

use anyhow::Result;
use serde_json::{Value, json};

use crate::Context;
use crate::api::Auth;
use crate::api::endpoints;
use crate::cli::{
    WhatsappBotArg, WhatsappRouteArgs, WhatsappSendArgs, WhatsappSendTemplateArgs,
    WhatsappTemplateVarsArgs,
};
use crate::error::{ExitStatus, usage, usage_hint};
use crate::import::phone::{parse_country, parse_phone};
use crate::output::{Column, col};
use crate::secret::Secret;

use super::route::{Route, route};

pub const TEMPLATE_COLUMNS: &[Column] = &[
    col("id", "_id"),
    col("name", "configuration.name"),
    col("category", "configuration.category"),
    col("language", "configuration.language"),
    col("status", "status"),
];

const SENT_COLUMNS: &[Column] = &[
    col("message id", "messageId"),
    col("to", "wa_id"),
    col("status", "status"),
];

/// The WhatsApp API key of `--bot`; else, with `--customer`, of that customer's only
/// registered WhatsApp bot with a key (none or several: exit 2 naming them); else the
/// profile's.
async fn wa_key(ctx: &Context, bot: &WhatsappBotArg) -> Result<Secret> {
    if bot.bot.is_some() || ctx.profile.customer.is_none() {
        return ctx.profile.wa_api_key(bot.bot.as_deref());
    }
    let Some(customer) = ctx.customer_auth().await? else {
        return ctx.profile.wa_api_key(None);
    };
    let names: Vec<String> =
        crate::commands::registry::customer_wa_bots(ctx, &customer.customer_id)
            .await?
            .into_iter()
            .filter(|name| ctx.profile.bots()[name].has_wa_key())
            .collect();
    match names.as_slice() {
        [one] => ctx.profile.wa_api_key(Some(one)),
        [] => Err(crate::error::usage_hint(
            "no WhatsApp bot with an API key registered for this customer: `whatsapp send` needs one",
            format!(
                "add `[profiles.<profile>.bots.NAME]` with `customer` and `wa_api_key_cmd`, or pass --bot; bots: {}",
                ctx.profile.bot_names()
            ),
        )),
        several => Err(crate::error::usage_hint(
            format!(
                "this customer has {} registered WhatsApp bots with a key: {}",
                several.len(),
                several.join(", ")
            ),
            "pick one with --bot NAME",
        )),
    }
}

/// `userName`, first, when `--name` gives one; left out otherwise, as an empty one could
/// blank the contact's name.
fn with_user_name(body: &mut Value, name: Option<&str>) {
    if let (Some(name), Value::Object(fields)) = (name, body) {
        fields.shift_insert(0, "userName".to_owned(), Value::from(name));
    }
}

/// `wa_id`: the country code and number, digits only.
fn wa_id(to: &str, default_country: Option<&str>) -> Result<String> {
    let country = default_country
        .map(parse_country)
        .transpose()
        .map_err(|m| usage(format!("invalid --default-country: {m}")))?;
    let (prefix, number) =
        parse_phone(to, country).map_err(|reason| usage(format!("invalid --to: {reason}")))?;
    Ok(format!("{prefix}{number}"))
}

pub async fn templates(args: WhatsappRouteArgs, ctx: &Context) -> Result<ExitStatus> {
    let req = match route(ctx, &args).await? {
        Route::Key(key) => endpoints::wa_templates(key),
        Route::Plugin { auth, bot_id } => endpoints::plugin_templates(auth, &bot_id),
    };
    let body = ctx.client.send(&req).await?;
    let items = crate::api::data_items(&req.path, body)?;
    if items.is_empty() {
        ctx.printer.info("no templates");
    }
    crate::output::print_items(&ctx.settings.output, TEMPLATE_COLUMNS, &items)?;
    Ok(ExitStatus::Success)
}

const VAR_COLUMNS: &[Column] = &[col("name", "key"), col("label", "value")];

/// The template's variables, as `make-template-dynamic-fields` names them.
async fn template_fields(ctx: &Context, auth: Auth, template: &str) -> Result<Vec<Value>> {
    let req = endpoints::plugin_template_fields(auth, template.trim());
    let body = ctx.client.send(&req).await?;
    Ok(crate::api::data_items(&req.path, body)?)
}

pub async fn template_vars(args: WhatsappTemplateVarsArgs, ctx: &Context) -> Result<ExitStatus> {
    let items = template_fields(ctx, ctx.api_auth().await?, &args.template).await?;
    if items.is_empty() && !ctx.printer.quiet {
        ctx.printer.hint("the template has no variables");
    }
    crate::output::print_items(&ctx.settings.output, VAR_COLUMNS, &items)?;
    Ok(ExitStatus::Success)
}

/// Body variables: `VALUE`, or `NAME=VALUE` for a template's named variable.
fn template_params(params: &[String]) -> Value {
    if params.is_empty() {
        return json!([]);
    }
    let parameters: Vec<Value> = params
        .iter()
        .map(|p| match p.split_once('=') {
            Some((name, value))
                if !name.is_empty()
                    && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') =>
            {
                json!({"type": "text", "text": value, "parameter_name": name})
            }
            _ => json!({"type": "text", "text": p}),
        })
        .collect();
    json!([{"type": "body", "parameters": parameters}])
}

fn print_sent(ctx: &Context, answer: &Value, wa_id: &str) -> Result<()> {
    let mut item = match (answer.get("data"), answer) {
        (Some(Value::Object(d)), _) => Value::Object(d.clone()),
        (_, Value::Object(_)) => answer.clone(),
        // The send's answer is undocumented: anything else is shown as sent.
        _ => json!({"status": "sent"}),
    };
    if item.get("messageId").is_none()
        && let Some(id) = answer.get("messageId")
    {
        item["messageId"] = id.clone();
    }
    if item.get("wa_id").is_none() {
        item["wa_id"] = Value::from(wa_id);
    }
    crate::output::print_answer(&ctx.settings.output, &ctx.printer, SENT_COLUMNS, &item)
}

pub async fn send_template(args: WhatsappSendTemplateArgs, ctx: &Context) -> Result<ExitStatus> {
    let wa_id = wa_id(
        &args.recipient.to,
        args.recipient.default_country.as_deref(),
    )?;
    let route = route(ctx, &args.route).await?;
    let template = template_id(ctx, &route, &args.template).await?;
    let req = match route {
        Route::Key(key) => endpoints::wa_send_template(key, key_body(&args, &template, &wa_id)?),
        Route::Plugin { auth, bot_id } => {
            let params = plugin_params(&args, &template, ctx, &auth).await?;
            let body = json!({
                "botId": bot_id,
                "templateId": template,
                "whatsAppNumber": wa_id,
                "templateParams": params,
            });
            endpoints::plugin_send_template(auth, body)
        }
    };
    let answer = ctx.client.send(&req).await?;
    print_sent(ctx, &answer, &wa_id)?;
    Ok(ExitStatus::Success)
}

/// `--template`: an id as given; a name, the id of the bot's template of that name (so that
/// `customers each` can send one template to every customer's bot, whose ids differ).
async fn template_id(ctx: &Context, route: &Route, given: &str) -> Result<String> {
    let given = given.trim();
    if given.len() == 24 && given.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(given.to_owned());
    }
    let req = match route {
        Route::Key(key) => endpoints::wa_templates(key.clone()),
        Route::Plugin { auth, bot_id } => endpoints::plugin_templates(auth.clone(), bot_id),
    };
    let body = ctx.client.send(&req).await?;
    let items = crate::api::data_items(&req.path, body)?;
    let named: Vec<&str> = items
        .iter()
        .filter(|t| {
            crate::leaf::lookup(t, "configuration.name").and_then(Value::as_str) == Some(given)
        })
        .filter_map(|t| t["_id"].as_str())
        .collect();
    match named.as_slice() {
        [one] => Ok((*one).to_owned()),
        [] => Err(usage_hint(
            format!("--template `{given}`: the bot has no template of that name"),
            "give the template's id or name (`bp whatsapp templates` lists them)",
        )),
        several => Err(usage(format!(
            "--template `{given}`: the bot has {} templates of that name ({}): give the id",
            several.len(),
            several.join(", ")
        ))),
    }
}

/// The body of `/wa/send-template`.
fn key_body(args: &WhatsappSendTemplateArgs, template: &str, wa_id: &str) -> Result<Value> {
    let params = match &args.params_json {
        Some(raw) => {
            let v: Value = serde_json::from_str(raw)
                .map_err(|e| usage(format!("invalid --params-json: {e}")))?;
            if !v.is_array() {
                return Err(usage(
                    "invalid --params-json: it must be a JSON array of components",
                ));
            }
            v
        }
        None => template_params(&args.params),
    };
    let mut body = json!({
        "wa_id": wa_id,
        "templateId": template,
        "params": params,
    });
    with_user_name(&mut body, args.recipient.name.as_deref());
    if let Some(email) = &args.assign_to {
        if !crate::import::contact::valid_email(email) {
            return Err(usage(format!(
                "invalid --assign-to: `{email}` is not an email address"
            )));
        }
        body["assignTo"] = Value::from(email.as_str());
    }
    if !args.tags.is_empty() {
        body["tags"] = Value::from(args.tags.clone());
    }
    Ok(body)
}

/// `templateParams` of the plugin send: `NAME=VALUE` as given, when NAME is one of the
/// template's variables (`make-template-dynamic-fields`); every other value (`Dr.=Smith`
/// too) fills the template's other variables in order.
async fn plugin_params(
    args: &WhatsappSendTemplateArgs,
    template: &str,
    ctx: &Context,
    auth: &Auth,
) -> Result<Value> {
    let unsupported = [
        ("--name", args.recipient.name.is_some()),
        ("--assign-to", args.assign_to.is_some()),
        ("--tag", !args.tags.is_empty()),
    ];
    if let Some((flag, _)) = unsupported.iter().find(|(_, given)| *given) {
        return Err(usage_hint(
            format!(
                "{flag} is not sent through the plugin endpoint (the API token's send-template-message takes no such field)"
            ),
            "leave it out, or send with the bot's WhatsApp key (--via key)",
        ));
    }
    if let Some(raw) = &args.params_json {
        let v: Value =
            serde_json::from_str(raw).map_err(|e| usage(format!("invalid --params-json: {e}")))?;
        if !v.is_object() {
            return Err(usage(
                "invalid --params-json: with --via plugin it must be a JSON object of variable names to values",
            ));
        }
        return Ok(v);
    }
    if args.params.is_empty() {
        return Ok(json!({}));
    }
    let fields = template_fields(ctx, auth.clone(), template).await?;
    let keys: Vec<&str> = fields.iter().filter_map(|f| f["key"].as_str()).collect();
    let mut named = serde_json::Map::new();
    let mut positional = Vec::new();
    for p in &args.params {
        match p.split_once('=') {
            Some((name, value)) if keys.contains(&name) => {
                named.insert(name.to_owned(), Value::from(value));
            }
            _ => positional.push(p.as_str()),
        }
    }
    let free: Vec<&str> = keys
        .into_iter()
        .filter(|k| !named.contains_key(*k))
        .collect();
    if free.len() != positional.len() {
        return Err(usage_hint(
            format!(
                "--param: the template's variables left to fill are {} ({}), but {} values without a NAME were given",
                free.len(),
                if free.is_empty() {
                    "none".to_owned()
                } else {
                    free.join(", ")
                },
                positional.len()
            ),
            "give each as --param NAME=VALUE (`bp whatsapp template-vars TEMPLATE` lists them)",
        ));
    }
    for (key, value) in free.into_iter().zip(positional) {
        named.insert(key.to_owned(), Value::from(value));
    }
    Ok(Value::Object(named))
}

pub async fn send(args: WhatsappSendArgs, ctx: &Context) -> Result<ExitStatus> {
    let wa_id = wa_id(
        &args.recipient.to,
        args.recipient.default_country.as_deref(),
    )?;
    let (kind, message) = match (&args.text, &args.image, &args.document) {
        (Some(text), None, None) => {
            if args.caption.is_some() {
                return Err(usage("--caption goes with --image or --document"));
            }
            ("text", json!({"text": text}))
        }
        (None, Some(url), None) | (None, None, Some(url)) => {
            let kind = if args.image.is_some() {
                "image"
            } else {
                "document"
            };
            let ok = reqwest::Url::parse(url)
                .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some());
            if !ok {
                return Err(usage(format!(
                    "invalid --{kind}: `{url}` is not an http(s) URL"
                )));
            }
            let mut m = json!({"source": url, "type": kind});
            if let Some(c) = &args.caption {
                m["label"] = Value::from(c.as_str());
            }
            (kind, m)
        }
        _ => return Err(usage("give one of --text, --image or --document")),
    };
    let mut body = json!({
        "wa_id": wa_id,
        "type": kind,
        "message": message,
    });
    with_user_name(&mut body, args.recipient.name.as_deref());
    if !args.tags.is_empty() {
        body["tags"] = Value::from(args.tags.clone());
    }
    let req = endpoints::wa_send_message(wa_key(ctx, &args.bot).await?, body);
    let answer = ctx.client.send(&req).await?;
    print_sent(ctx, &answer, &wa_id)?;
    Ok(ExitStatus::Success)
}
