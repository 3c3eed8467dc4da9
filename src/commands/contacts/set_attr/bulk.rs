//! `bp contacts set-attr --from`: one request per row, by the bulk engine's per-row run
//! ([`bulk::send_rows`]): rows whose search is not an email, phone number or chat UUID go
//! to the failed file, the rest are sent as the window allows, rows of one contact one at
//! a time in file order.

use anyhow::Result;
use phonenumber::country::Id;
use serde_json::{Map, Value};

use super::{Kind, body, default_country, platform_for, search_value};
use crate::Context;
use crate::api::{Auth, Request, endpoints};
use crate::bulk::{self, PerRow, Policy, Ready, RowOpts, Words};
use crate::cli::{ContactsSetAttrArgs, Platform};
use crate::error::{ExitStatus, usage, usage_hint};
use crate::import::spool::Spool;
use crate::import::stop::Signals;
use crate::import::{self, FailedWriter, Reader, Record};

/// What every row shares: the flags, and the bot the rows without a `bot` cell use.
struct Defaults {
    bot_id: Option<String>,
    /// Why there is no `bot_id` for rows without a bot cell.
    no_default: String,
    platform: Option<Platform>,
    country: Option<Id>,
}

pub(super) async fn set_attr(args: ContactsSetAttrArgs, ctx: &Context) -> Result<ExitStatus> {
    // Until the sending starts, Ctrl-C or SIGTERM exits at once: nothing was sent.
    let signals = Signals::watch();
    let country = default_country(args.default_country.as_deref())?;
    let (reader, failed, _spool) = open_input(&args, ctx)?;
    let has = |names: &[&str]| {
        reader
            .header
            .iter()
            .any(|h| names.contains(&column(h).as_str()))
    };
    // A bot for every row must be known before anything is sent: from --bot, the
    // `--customer` or the profile, unless a `bot` column may give each row its own.
    let mut no_default = String::from("there is no --bot (nor a bot_id in the profile)");
    let bot_id = if args.bot.is_some() || (reader.format.is_tabular() && !has(&["bot", "botid"])) {
        Some(super::super::super::registry::any_bot_id(ctx, args.bot.as_deref()).await?)
    } else {
        match super::super::super::registry::any_bot_id(ctx, None).await {
            Ok(id) => Some(id),
            // Rows without a bot cell say why there is no default.
            Err(e) => {
                no_default = format!("{e:#}");
                None
            }
        }
    };
    let updates = Updates {
        defaults: Defaults {
            bot_id,
            no_default,
            platform: args.platform,
            country,
        },
        auth: ctx.api_auth().await?,
        ctx,
    };
    let opts = RowOpts {
        from: args.from.as_deref().unwrap_or("-"),
        failed_arg: args.failed.as_deref(),
        dry_run: args.dry_run,
        concurrency: args.concurrency.into(),
        policy: Policy::new(Words {
            rows: "contacts",
            done: "updated",
            unknown: "the attributes were set",
            shared: "--bot, --platform, a column or the profile",
            credential: crate::secret::SecretKind::ApiToken,
        }),
        done: "updated",
        line: |n| format!("set the attributes of {n} contacts"),
    };
    bulk::send_rows(ctx, &updates, reader, failed, signals, opts).await
}

/// A column's name as the rows are matched on it: trimmed, lower case, without `-` and `_`.
fn column(name: &str) -> String {
    name.trim()
        .to_ascii_lowercase()
        .chars()
        .filter(|c| *c != '-' && *c != '_')
        .collect()
}

/// The input and its failed file, checked before anything is sent: a `search` column and at
/// least one attribute column (in a CSV or spreadsheet), a failed file that is not the input.
fn open_input(
    args: &ContactsSetAttrArgs,
    ctx: &Context,
) -> Result<(Reader, FailedWriter, Option<Spool>)> {
    let from = args.from.clone().expect("bulk mode has --from");
    let (reader, spool) = crate::bulk::open_once(
        &from,
        args.format.map(import::Format::from),
        args.sheet.clone(),
    )?;
    if reader.format.is_tabular() {
        let names: Vec<String> = reader.header.iter().map(|h| column(h)).collect();
        if !names.iter().any(|n| n == "search") {
            return Err(usage_hint(
                format!("{from} has no `search` column"),
                "columns are search (an email, a phone number or a chat UUID), optional bot and platform, and one column per attribute",
            ));
        }
        if names
            .iter()
            .all(|n| ["search", "bot", "botid", "platform"].contains(&n.as_str()))
        {
            return Err(usage(format!(
                "{from} has no attribute column: every column but search, bot and platform is an attribute"
            )));
        }
    }
    let failed_path = args
        .failed
        .clone()
        .unwrap_or_else(|| FailedWriter::default_path(&from, reader.format));
    import::check_path(
        (from != "-").then(|| std::path::Path::new(&from)),
        &failed_path,
    )?;
    let failed = FailedWriter::new(failed_path, reader.format, &reader.header)
        .reporting(ctx.printer, args.dry_run);
    Ok((reader, failed, spool))
}

/// A cell as text: `None` when empty.
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Rows as attribute updates: the defaults of the rows, and the API token.
struct Updates<'a> {
    defaults: Defaults,
    auth: Auth,
    ctx: &'a Context,
}

impl PerRow for Updates<'_> {
    fn check(&self, record: Record) -> Result<Ready, (Record, String)> {
        match check(&record, &self.defaults, self.ctx) {
            // Rows of one contact go out one at a time, in file order.
            Ok((key, body)) => Ok(Ready { record, key, body }),
            Err(reason) => Err((record, reason)),
        }
    }

    fn request(&self, body: Value) -> Request {
        endpoints::update_user_attributes(self.auth.clone(), body)
    }
}

/// A row as its request, or the reason it is not sent.
fn check(record: &Record, defaults: &Defaults, ctx: &Context) -> Result<(String, Value), String> {
    let (mut search, mut bot, mut platform) = (None, None, None);
    let mut attributes = Map::new();
    for (key, value) in &record.fields {
        match column(key).as_str() {
            "search" => search = Some(text(value).unwrap_or_default()),
            "bot" | "botid" => bot = text(value),
            "platform" => platform = text(value),
            _ => match value {
                Value::Null => {}
                Value::String(s) if s.trim().is_empty() => {}
                value => {
                    attributes.insert(key.trim().to_owned(), value.clone());
                }
            },
        }
    }
    let (search, kind): (String, Kind) =
        search_value(search.as_deref().unwrap_or_default(), defaults.country)?;
    if attributes.is_empty() {
        return Err("NO_ATTRIBUTES: every attribute of the row is empty".into());
    }
    let bot_id = match bot {
        Some(bot) => ctx
            .profile
            .bot_id_of(&bot)
            .map_err(|e| format!("INVALID_BOT: {e}"))?,
        None => defaults.bot_id.clone().ok_or_else(|| {
            format!(
                "MISSING_BOT: the row has no bot, and {}",
                defaults.no_default
            )
        })?,
    };
    let platform = match platform {
        Some(given) => {
            let lower = given.to_ascii_lowercase();
            <Platform as clap::ValueEnum>::from_str(&lower, true)
                .map_err(|_| {
                    format!(
                        "INVALID_PLATFORM: `{}` is none of website, whatsapp, facebook, instagram, telegram, sms",
                        import::phone::shown(&given)
                    )
                })?
                .as_str()
        }
        None => platform_for(defaults.platform, kind),
    };
    Ok((search.clone(), body(&search, attributes, &bot_id, platform)))
}
