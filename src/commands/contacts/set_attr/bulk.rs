//! `bp contacts set-attr --from`: one request per row, on the bulk engine (`crate::bulk`):
//! rows whose search is not an email, phone number or chat UUID go to the failed file, the
//! rest are sent as the window allows, rows of one contact one at a time in file order, and
//! the answers judged by the bulk [`Policy`].

use std::sync::Arc;

use anyhow::Result;
use futures_util::future::LocalBoxFuture;
use phonenumber::country::Id;
use serde_json::{Map, Value, json};

use super::{Kind, body, default_country, platform_for, search_value};
use crate::Context;
use crate::api::adaptive::Limiter;
use crate::api::{ApiError, Auth, endpoints};
use crate::bulk::{self, Next, OnePerKey, Policy, Stop, Verdict, Words, write_failed};
use crate::cli::{ContactsSetAttrArgs, Platform};
use crate::error::{ExitStatus, usage, usage_hint};
use crate::import::spool::Spool;
use crate::import::stop::Signals;
use crate::import::{self, FailedWriter, Reader, Record, Row};

/// Rows read ahead while they wait for an earlier row of their contact.
const MAX_WAITING: usize = 256;

/// A row ready to send: its record, its body, and its contact (the normalised search).
struct Update {
    record: Record,
    body: Value,
    search: String,
}

type Answer = (Update, Result<Value, ApiError>);

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
    let mut signals = Signals::watch();
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
    let defaults = Defaults {
        bot_id,
        no_default,
        platform: args.platform,
        country,
    };
    let mut run = Run {
        ctx,
        from: args.from.as_deref().unwrap_or("-"),
        failed_arg: args.failed.as_deref(),
        auth: ctx.api_auth().await?,
        limiter: Arc::new(ctx.limiter(args.concurrency.into())),
        defaults,
        failed,
        rows: reader,
        progress: None,
        keys: OnePerKey::default(),
        policy: Policy::new(Words {
            rows: "contacts",
            done: "updated",
            unknown: "the attributes were set",
            shared: "--bot, --platform, a column or the profile",
            credential: crate::secret::SecretKind::ApiToken,
        }),
        updated: 0,
        rejected: 0,
        stop: None,
    };
    signals.graceful();
    run.progress = bulk::spinner(ctx, "");
    let limiter = run.limiter.clone();
    bulk::send_all(&mut run, &limiter, &mut signals, ctx).await;
    if let Some(bar) = run.progress.take() {
        bar.finish_and_clear();
    }
    // The summary and the failed file come whatever happens to the rows not sent.
    let unsent = run.write_unsent();
    let status = run.finish();
    match unsent {
        Ok(()) => status,
        Err(e) => Err(e.context("the failed file lists only the rows written before this error")),
    }
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
    let failed =
        FailedWriter::new(failed_path, reader.format, &reader.header).reporting(ctx.printer, false);
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

/// One run of `contacts set-attr --from`.
struct Run<'a> {
    ctx: &'a Context,
    from: &'a str,
    failed_arg: Option<&'a std::path::Path>,
    auth: Auth,
    limiter: Arc<Limiter>,
    defaults: Defaults,
    failed: FailedWriter,
    rows: Reader,
    progress: Option<indicatif::ProgressBar>,
    keys: OnePerKey<Update>,
    policy: Policy,
    updated: u64,
    /// Rows in the failed file.
    rejected: u64,
    stop: Option<Stop>,
}

impl<'a> bulk::Sender<'a> for Run<'a> {
    type Answer = Answer;

    fn stop(&mut self) -> &mut Option<Stop> {
        &mut self.stop
    }

    fn has_room(&self) -> bool {
        self.keys.waiting() < MAX_WAITING
    }

    fn next(&mut self) -> Next<bulk::Request<'a, Answer>> {
        let row = match self.rows.next() {
            None => return Next::End,
            Some(Ok(row)) => row,
            Some(Err(e)) => {
                let err = e.context(format!("cannot read {}", self.from));
                self.stop = Some(Stop::Unreadable(err));
                return Next::Nothing;
            }
        };
        let record = match row {
            Row::Ok(record) => record,
            bad @ Row::Bad { .. } => {
                self.reject(&bad, "");
                return Next::Nothing;
            }
        };
        match check(&record, &self.defaults, self.ctx) {
            Err(reason) => {
                self.reject(&Row::Ok(record), &reason);
                Next::Nothing
            }
            Ok((search, body)) => {
                let update = Update {
                    record,
                    body,
                    search,
                };
                match self.keys.admit(&update.search.clone(), update) {
                    Some(update) => Next::Send(self.send(update)),
                    None => Next::Nothing,
                }
            }
        }
    }

    fn answered(&mut self, (update, result): Answer) -> Option<bulk::Request<'a, Answer>> {
        let search = update.search.clone();
        let redactor = self.ctx.client.redactor();
        match self
            .policy
            .judge(result, |t| redactor.scrub(t).into_owned())
        {
            Verdict::Done => self.updated += 1,
            Verdict::Failed { reason, stop } => {
                self.reject(&Row::Ok(update.record), &reason);
                if let Some(stop) = stop {
                    self.stop.get_or_insert(stop);
                }
            }
        }
        if let Some(bar) = &self.progress {
            bar.set_message(format!(
                "{} updated, {} rejected",
                self.updated, self.rejected
            ));
        }
        if self.stop.is_some() {
            return None;
        }
        let next = self.keys.release(&search)?;
        Some(self.send(next))
    }
}

impl<'a> Run<'a> {
    /// A row not updated: into the failed file.
    fn reject(&mut self, row: &Row, reason: &str) {
        self.rejected += 1;
        if let Err(e) = write_failed(&mut self.failed, row, reason) {
            self.stop.get_or_insert(Stop::Failed(e));
        }
    }

    fn send(&self, update: Update) -> LocalBoxFuture<'a, Answer> {
        let req = endpoints::update_user_attributes(self.auth.clone(), update.body.clone())
            .limited(&self.limiter);
        let client = &self.ctx.client;
        Box::pin(async move {
            let result = client.send(&req).await;
            (update, result)
        })
    }

    /// After a stop, every row not sent goes to the failed file: those that waited for
    /// their contact, then the rest of the input.
    fn write_unsent(&mut self) -> Result<()> {
        let Some(stop) = &self.stop else {
            return Ok(());
        };
        let reason = stop.not_sent();
        for update in self.keys.take_waiting() {
            self.failed.write_record(&update.record, &reason)?;
            self.rejected += 1;
        }
        if !matches!(self.stop, Some(Stop::Unreadable(_))) {
            self.rejected += bulk::write_rows(&mut self.rows, &mut self.failed, |_| true, &reason)?;
        }
        Ok(())
    }

    /// The summary, and the exit status.
    fn finish(self) -> Result<ExitStatus> {
        let ctx = self.ctx;
        let failed_file = self.failed.finish()?;
        let stats = self.limiter.stats();
        let summary = json!({
            "updated": self.updated,
            "rejected": self.rejected,
            "failed_file": failed_file,
            "requests": stats.requests,
            "throttled": stats.throttled,
        });
        let line = format!("set the attributes of {} contacts", self.updated);
        bulk::summary(ctx, self.failed_arg, Some(summary), &line, Some(stats))?;
        if let Some(path) = &failed_file {
            ctx.printer.warn(&format!(
                "{} rows not updated, written with their reasons to {}; fix them and run again with --from {}",
                self.rejected,
                import::shown(path),
                path.display()
            ));
        }
        let interrupted = match failed_file {
            Some(_) => "interrupted: every row not updated is in the failed file",
            None => "interrupted",
        };
        Stop::exit(self.stop, self.rejected, &ctx.printer, None, interrupted)
    }
}
