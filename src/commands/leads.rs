//! `bp leads upsert|list`: a bot's leads, with the bot's auth token.
//!
//! The lead PUT is an upsert keyed by `uuid`, so sending a row twice (a retry, a rerun of
//! a corrected failed file) updates rather than duplicates.

use std::io::Write;

use anyhow::Result;
use serde_json::{Map, Value, json};

mod bulk;
mod columns;

use columns::normalize;

use crate::Context;
use crate::api::endpoints;
use crate::cli::{ChatType, LeadIds, LeadsCommand, LeadsListArgs, LeadsUpsertArgs};
use crate::commands::registry::{self, WebsiteBot};
use crate::error::{ExitStatus, usage, usage_hint};
use crate::output::{Column, col, computed};
use crate::secret::Secret;
use crate::settings::{SecretKind, Setting};

pub const STATUSES: [&str; 6] = [
    "OPEN",
    "INPROGRESS",
    "REVIEW",
    "ONHOLD",
    "DEPENDANCY",
    "CLOSED",
];

pub const COLUMNS: &[Column] = &[
    col("uuid", "uuid"),
    col("name", "name"),
    col("email", "email"),
    computed("phone", "phone", |l| {
        let phone = l
            .get("phone")
            .and_then(Value::as_str)
            .filter(|p| !p.is_empty())?;
        Some(Value::from(
            match l.get("dialCode").and_then(Value::as_str) {
                Some(code) if !code.is_empty() => format!("{code} {phone}"),
                _ => phone.to_string(),
            },
        ))
    }),
    col("status", "status"),
    col("tags", "tags"),
];

pub async fn run(cmd: LeadsCommand, ctx: &Context) -> Result<ExitStatus> {
    match cmd {
        LeadsCommand::Upsert(args) if args.from.is_some() => bulk::upsert(*args, ctx).await,
        LeadsCommand::Upsert(args) => upsert_one(*args, ctx).await,
        LeadsCommand::List(args) => list(args, ctx).await,
    }
}

/// A bot or customer id: the flag, else the profile's key, else a usage error naming both.
fn id_or_default(
    flag: &Option<String>,
    setting: &Option<Setting>,
    flag_name: &str,
    key: &str,
    env: &str,
) -> Result<String> {
    let value = flag
        .clone()
        .or_else(|| setting.as_ref().map(|s| s.value.clone()))
        .ok_or_else(|| {
            usage_hint(
                format!("missing {flag_name}"),
                format!("pass {flag_name}, or set `{key}` in the profile (or {env})"),
            )
        })?;
    check_object_id(&value).map_err(|m| usage(format!("invalid {flag_name} `{value}`: {m}")))?;
    Ok(value)
}

fn check_object_id(value: &str) -> Result<(), String> {
    if value.len() == 24 && value.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(())
    } else {
        Err("an id is 24 hex characters".into())
    }
}

struct Ids {
    bot_id: Option<String>,
    customer_id: Option<String>,
    /// The registry's bot in use, whose token goes with its id.
    bot: Option<WebsiteBot>,
}

impl Ids {
    /// The bot's token: the registered bot's, else the profile's `bot_token`.
    fn token(&self, ctx: &Context) -> Result<Secret> {
        match &self.bot {
            Some(bot) => Ok(bot.token.clone()),
            None => ctx.profile.secret(SecretKind::BotToken),
        }
    }
}

async fn default_ids(ids: &LeadIds, ctx: &Context, required: bool) -> Result<Ids> {
    // A `--customer` the partner key acts for is the default customer id.
    let resolved = match (&ids.customer_id, ctx.customer_auth().await?) {
        (None, Some(customer)) => Some(Setting {
            value: customer.customer_id.clone(),
            source: crate::settings::Source::Flag,
        }),
        _ => None,
    };
    // `--bot-id ID` is that bot, whatever --customer's registered one: the registry's token
    // if it holds the id, else the profile's.
    let bot = match (&ids.bot, &ids.bot_id) {
        (None, Some(id)) => registry::by_id(ctx, id)?,
        (bot, _) => registry::website_bot(ctx, bot.as_deref()).await?,
    };
    let of_bot = match &bot {
        Some(bot) if ids.bot.is_some() || ids.bot_id.is_some() => {
            registry::customer_of(ctx, bot).await?
        }
        _ => None,
    };
    // A bot named with --bot is its customer's: with another --customer, its token would
    // be refused (403).
    if let (Some(bot), Some(owner), Some(customer)) = (&bot, &of_bot, &resolved)
        && *owner != customer.value
    {
        return Err(registry::not_its_customer(
            &bot.name,
            owner,
            &customer.value,
        ));
    }
    // `--bot NAME` (or a registered `--bot-id`) alone: the customer whose bot it is.
    let of_bot = match (&resolved, &ids.customer_id) {
        (None, None) => of_bot.map(|value| Setting {
            value,
            source: crate::settings::Source::File,
        }),
        _ => None,
    };
    let customer_setting = resolved
        .or(of_bot)
        .or_else(|| ctx.profile.customer_id.clone());
    let get = |flag: &Option<String>, setting: &Option<Setting>, f: &str, k: &str, e: &str| {
        if required || flag.is_some() || setting.is_some() {
            id_or_default(flag, setting, f, k, e).map(Some)
        } else {
            Ok(None)
        }
    };
    // `--bot ID` of a bot the registry does not hold is `--bot-id ID`.
    let flag = match (&bot, &ids.bot) {
        (_, None) if ids.bot_id.is_some() => ids.bot_id.clone(),
        (Some(bot), _) => Some(bot.id.clone()),
        (None, Some(id)) => Some(id.trim().to_string()),
        (None, None) => None,
    };
    Ok(Ids {
        bot_id: get(
            &flag,
            &ctx.profile.bot_id,
            "--bot-id",
            "bot_id",
            "BP_BOT_ID",
        )?,
        bot,
        customer_id: get(
            &ids.customer_id,
            &customer_setting,
            "--customer-id",
            "customer_id",
            "BP_CUSTOMER_ID",
        )?,
    })
}

/// One lead as given, before validation.
#[derive(Debug, Default)]
struct LeadInput {
    uuid: Option<String>,
    bot_id: Option<String>,
    customer_id: Option<String>,
    agent_id: Option<String>,
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    dial_code: Option<String>,
    status: Option<String>,
    picture: Option<String>,
    tags: Vec<String>,
    attrs: Vec<(String, String)>,
    notes: Vec<(String, String)>,
}

/// A refused value: the stable code that starts a failed row's reason, the field as the
/// user named it (flag or column), and what is wrong.
#[derive(Debug)]
struct Invalid {
    code: &'static str,
    field: &'static str,
    message: String,
}

fn invalid(code: &'static str, field: &'static str, message: impl Into<String>) -> Invalid {
    Invalid {
        code,
        field,
        message: message.into(),
    }
}

fn split_pair(text: &str, what: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() => Ok((k.trim().to_string(), v.to_string())),
        _ => Err(format!("`{text}` is not {what}")),
    }
}

impl LeadInput {
    fn from_args(args: &LeadsUpsertArgs) -> Result<LeadInput> {
        let attrs = args
            .attrs
            .iter()
            .map(|a| split_pair(a, "KEY=VALUE").map_err(|m| usage(format!("invalid --attr: {m}"))))
            .collect::<Result<_>>()?;
        let notes = args
            .notes
            .iter()
            .map(|n| {
                split_pair(n, "TITLE=DESCRIPTION")
                    .map_err(|m| usage(format!("invalid --note: {m}")))
            })
            .collect::<Result<_>>()?;
        Ok(LeadInput {
            uuid: args.uuid.clone(),
            agent_id: args.agent_id.clone(),
            name: args.name.clone(),
            email: args.email.clone(),
            phone: args.phone.clone(),
            dial_code: args.dial_code.clone(),
            status: args.status.clone(),
            picture: args.picture.clone(),
            tags: args.tags.clone(),
            attrs,
            notes,
            ..LeadInput::default()
        })
    }
}

/// Checks every value and builds the request body; nothing is sent if any value is wrong.
fn lead_body(lead: LeadInput, ids: &Ids) -> Result<Value, Invalid> {
    let mut body = Map::new();
    let uuid = lead
        .uuid
        .filter(|u| !u.trim().is_empty())
        .ok_or_else(|| invalid("MISSING_UUID", "uuid", "a lead needs a uuid"))?;
    if uuid.chars().any(char::is_whitespace) {
        return Err(invalid(
            "INVALID_UUID",
            "uuid",
            format!("`{uuid}` contains spaces"),
        ));
    }
    body.insert("uuid".into(), Value::from(uuid));
    let bot_id = lead
        .bot_id
        .or_else(|| ids.bot_id.clone())
        .ok_or_else(|| invalid("MISSING_BOT_ID", "bot-id", "no bot id (column or --bot-id)"))?;
    check_object_id(&bot_id)
        .map_err(|m| invalid("INVALID_BOT_ID", "bot-id", format!("`{bot_id}`: {m}")))?;
    body.insert("botId".into(), Value::from(bot_id));
    let customer_id = lead
        .customer_id
        .or_else(|| ids.customer_id.clone())
        .ok_or_else(|| {
            invalid(
                "MISSING_CUSTOMER_ID",
                "customer-id",
                "no customer id (column or --customer-id)",
            )
        })?;
    check_object_id(&customer_id).map_err(|m| {
        invalid(
            "INVALID_CUSTOMER_ID",
            "customer-id",
            format!("`{customer_id}`: {m}"),
        )
    })?;
    body.insert("customerId".into(), Value::from(customer_id));
    if let Some(agent) = lead.agent_id {
        body.insert("agentId".into(), Value::from(agent));
    }
    if let Some(name) = lead.name {
        body.insert("name".into(), Value::from(name));
    }
    if let Some(email) = lead.email {
        if !crate::import::contact::valid_email(&email) {
            return Err(invalid(
                "INVALID_EMAIL",
                "email",
                format!("`{email}` is not an email address"),
            ));
        }
        body.insert("email".into(), Value::from(email));
    }
    if let Some(phone) = lead.phone {
        body.insert("phone".into(), Value::from(national_phone(&phone)?));
    }
    if let Some(code) = lead.dial_code {
        body.insert("dialCode".into(), Value::from(dial_code(&code)?));
    }
    if !lead.notes.is_empty() {
        let notes: Vec<Value> = lead
            .notes
            .into_iter()
            .map(|(title, description)| json!({"title": title, "description": description}))
            .collect();
        body.insert("notes".into(), Value::from(notes));
    }
    if let Some(status) = lead.status {
        body.insert("status".into(), Value::from(lead_status(&status)?));
    }
    if let Some(picture) = lead.picture {
        body.insert("picture".into(), Value::from(picture_url(picture)?));
    }
    if !lead.tags.is_empty() {
        body.insert("tags".into(), Value::from(lead.tags));
    }
    if !lead.attrs.is_empty() {
        let attrs: Vec<Value> = lead
            .attrs
            .into_iter()
            .map(|(key, value)| json!({"key": key, "value": value}))
            .collect();
        body.insert("attributes".into(), Value::from(attrs));
    }
    Ok(Value::Object(body))
}

/// A lead's phone: the national number, digits only (the code goes in `dial-code`).
fn national_phone(phone: &str) -> Result<String, Invalid> {
    let digits: String = phone
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')'))
        .collect();
    if digits.starts_with('+') {
        return Err(invalid(
            "INVALID_PHONE",
            "phone",
            format!(
                "`{phone}` includes a country code: give the national number here and the code as dial-code"
            ),
        ));
    }
    if !(4..=15).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid(
            "INVALID_PHONE",
            "phone",
            format!("`{phone}` is not a phone number (4 to 15 digits)"),
        ));
    }
    Ok(digits)
}

/// `91`, `+91` as the API writes a calling code: `+91`.
fn dial_code(code: &str) -> Result<String, Invalid> {
    let digits = code.trim().trim_start_matches('+');
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid(
            "INVALID_DIAL_CODE",
            "dial-code",
            format!("`{code}` is not a calling code such as +91"),
        ));
    }
    Ok(format!("+{digits}"))
}

/// A status as the API spells it (`in progress` → `INPROGRESS`; `DEPENDANCY` sic).
fn lead_status(status: &str) -> Result<String, Invalid> {
    let wanted = normalize(&status.to_ascii_uppercase()).replace(' ', "");
    let wanted = if wanted == "DEPENDENCY" {
        "DEPENDANCY".to_string()
    } else {
        wanted
    };
    if !STATUSES.contains(&wanted.as_str()) {
        return Err(invalid(
            "INVALID_STATUS",
            "status",
            format!("`{status}` is not one of {}", STATUSES.join(", ")),
        ));
    }
    Ok(wanted)
}

fn picture_url(picture: String) -> Result<String, Invalid> {
    let ok = reqwest::Url::parse(&picture)
        .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some());
    if !ok {
        return Err(invalid(
            "INVALID_PICTURE",
            "picture",
            format!("`{picture}` is not an http(s) URL"),
        ));
    }
    Ok(picture)
}

async fn upsert_one(args: LeadsUpsertArgs, ctx: &Context) -> Result<ExitStatus> {
    let ids = default_ids(&args.ids, ctx, true).await?;
    let lead = LeadInput::from_args(&args)?;
    let body = lead_body(lead, &ids).map_err(|e| {
        let flag = format!("--{}", e.field);
        usage(format!("invalid {flag}: {}", e.message))
    })?;
    let token = ids.token(ctx)?;
    if args.dry_run {
        let req = endpoints::lead_upsert(token.clone(), body.clone());
        let line = crate::bulk::dry_run_line(ctx, &req)?;
        writeln!(crate::printer::stdout(), "{line}")?;
        return Ok(ExitStatus::Success);
    }
    let response = ctx
        .client
        .send(&endpoints::lead_upsert(token, body.clone()))
        .await?;
    // The response body is undocumented: show the lead it returns, else the one sent.
    let lead = match response.get("data") {
        Some(d @ Value::Object(_)) => d.clone(),
        _ => body,
    };
    crate::output::print_answer(&ctx.settings.output, &ctx.printer, COLUMNS, &lead)?;
    Ok(ExitStatus::Success)
}

async fn list(args: LeadsListArgs, ctx: &Context) -> Result<ExitStatus> {
    let ids = default_ids(&args.ids, ctx, true).await?;
    let token = ids.token(ctx)?;
    let (bot_id, customer_id) = (
        ids.bot_id.expect("required"),
        ids.customer_id.expect("required"),
    );
    let (kind, nothing) = match args.chat_type {
        ChatType::Lead => ("lead", "no leads"),
        ChatType::NonLead => ("non-lead", "no non-lead chats"),
    };
    let bookmark = args
        .since_last
        .since_last
        .as_deref()
        .map(|name| {
            let scope = format!("{bot_id} {kind}");
            super::since_last::Bookmark::open(ctx, "leads list", name, &customer_id, &scope)
        })
        .transpose()?;
    let listing = super::Listing {
        nothing,
        keep: &|_| true,
        bookmark,
    };
    super::list_kept(ctx, &args.pages, COLUMNS, listing, |page| {
        endpoints::chats(token.clone(), &bot_id, &customer_id, page, kind)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Record;

    fn ids() -> Ids {
        Ids {
            bot_id: Some("0123456789abcdef01234567".into()),
            customer_id: Some("89abcdef0123456789abcdef".into()),
            bot: None,
        }
    }

    fn record(fields: &[(&str, Value)]) -> Record {
        Record {
            row: 1,
            fields: fields
                .iter()
                .map(|(k, v)| ((*k).into(), v.clone()))
                .collect(),
        }
    }

    #[test]
    fn rows_use_the_flags_names() {
        let rec = record(&[
            ("UUID", json!("u1")),
            ("Dial_Code", json!("91")),
            ("phone", json!("98765 43210")),
            ("status", json!("in-progress")),
            ("tags", json!("a; b;")),
            ("attr.Plan", json!("gold")),
            ("note.Call", json!("at 5")),
            ("row", json!("7")),
        ]);
        let body = lead_body(LeadInput::from_record(&rec).unwrap(), &ids()).unwrap();
        assert_eq!(
            body,
            json!({"uuid": "u1", "botId": "0123456789abcdef01234567", "customerId": "89abcdef0123456789abcdef",
                   "phone": "9876543210", "dialCode": "+91", "notes": [{"title": "Call", "description": "at 5"}],
                   "status": "INPROGRESS", "tags": ["a", "b"], "attributes": [{"key": "Plan", "value": "gold"}]})
        );
    }

    #[test]
    fn bad_values_have_codes() {
        let check = |fields: &[(&str, Value)]| {
            LeadInput::from_record(&record(fields))
                .and_then(|l| lead_body(l, &ids()))
                .unwrap_err()
                .code
        };
        assert_eq!(check(&[("name", json!("x"))]), "MISSING_UUID");
        assert_eq!(
            check(&[("uuid", json!("u")), ("status", json!("weird"))]),
            "INVALID_STATUS"
        );
        assert_eq!(
            check(&[("uuid", json!("u")), ("email", json!("a@b"))]),
            "INVALID_EMAIL"
        );
        assert_eq!(
            check(&[("uuid", json!("u")), ("picture", json!("ftp://x/y.png"))]),
            "INVALID_PICTURE"
        );
        assert_eq!(
            check(&[("uuid", json!("u")), ("dial-code", json!("+9a"))]),
            "INVALID_DIAL_CODE"
        );
        assert_eq!(
            check(&[("uuid", json!("u")), ("phone", json!("+91 98765"))]),
            "INVALID_PHONE"
        );
        assert_eq!(
            check(&[("uuid", json!("u")), ("bot-id", json!("nope"))]),
            "INVALID_BOT_ID"
        );
        assert_eq!(
            check(&[("uuid", json!("u")), ("colour", json!("red"))]),
            "UNKNOWN_FIELD"
        );
    }

    #[test]
    fn json_rows_take_lists_and_objects() {
        let rec = record(&[
            ("uuid", json!("u")),
            ("tags", json!(["x", "y"])),
            ("attributes", json!([{"key": "k", "value": 3}])),
            ("notes", json!({"t": "d"})),
        ]);
        let body = lead_body(LeadInput::from_record(&rec).unwrap(), &ids()).unwrap();
        assert_eq!(body["tags"], json!(["x", "y"]));
        assert_eq!(body["attributes"], json!([{"key": "k", "value": "3"}]));
        assert_eq!(body["notes"], json!([{"title": "t", "description": "d"}]));
    }
}
