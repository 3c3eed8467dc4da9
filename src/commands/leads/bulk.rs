//! `bp leads upsert --from`: every row of a file upserted, or written to the failed file
//! with its reason.
//!
//! The pieces — checking a row, sending it, what each answer means, the summary — are
//! separate functions, for the bulk engine the other bulk commands will share.

use std::io::Write;
use std::sync::Arc;

use anyhow::Result;
use futures_util::future::LocalBoxFuture;
use serde_json::{Value, json};

use super::{Ids, LeadInput, default_ids, dry_run_line, known_column, lead_body, normalize};
use crate::Context;
use crate::api::adaptive::Limiter;
use crate::api::{ApiError, endpoints};
use crate::bulk::{self, Next, OnePerKey, Policy, Stop, Verdict, write_failed};
use crate::cli::LeadsUpsertArgs;
use crate::error::{ExitStatus, usage_hint};
use crate::import::spool::Spool;
use crate::import::stop::Signals;
use crate::import::{self, FailedWriter, Reader, Record, Row};
use crate::secret::Secret;

/// Rows read ahead while they wait for an earlier row of their uuid.
const MAX_WAITING: usize = 256;

/// A row ready to send.
struct Lead {
    record: Record,
    body: Value,
    /// The record it updates: rows of one uuid go out one at a time, in file order.
    uuid: String,
}

/// A request in flight, and its answer.
type Answer = (Lead, Result<Value, ApiError>);

pub(super) async fn upsert(args: LeadsUpsertArgs, ctx: &Context) -> Result<ExitStatus> {
    // Until the sending starts, Ctrl-C or SIGTERM exits at once: nothing was sent.
    let mut signals = Signals::watch();
    let (reader, failed, ids, _spool) = open_input(&args, ctx).await?;
    let token = ids.token(ctx)?;
    let mut run = Run {
        ctx,
        args: &args,
        ids,
        token,
        limiter: Arc::new(ctx.limiter(args.concurrency.into())),
        failed,
        rows: reader,
        progress: None,
        keys: OnePerKey::default(),
        policy: Policy::default(),
        upserted: 0,
        rejected: 0,
        stop: None,
    };
    if !args.dry_run {
        signals.graceful();
    }
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

/// The input, checked before anything is sent: known columns, a failed file that is not the
/// input, and the ids a CSV cannot supply.
async fn open_input(
    args: &LeadsUpsertArgs,
    ctx: &Context,
) -> Result<(Reader, FailedWriter, Ids, Option<Spool>)> {
    let from = args.from.clone().expect("bulk mode has --from");
    let ids = default_ids(&args.ids, ctx, false).await?;
    let (reader, spool) = crate::bulk::open_once(
        &from,
        args.format.map(import::Format::from),
        args.sheet.clone(),
    )?;
    let unknown: Vec<&String> = reader.header.iter().filter(|h| !known_column(h)).collect();
    if !unknown.is_empty() {
        let names: Vec<String> = unknown.iter().map(|u| format!("`{u}`")).collect();
        return Err(usage_hint(
            format!("{from}: unknown column {}", names.join(", ")),
            "columns are uuid, bot-id, customer-id, agent-id, name, email, phone, dial-code, status, picture, tags, attr.KEY, note.TITLE",
        ));
    }
    let failed_path = args
        .failed
        .clone()
        .unwrap_or_else(|| FailedWriter::default_path(&from, reader.format));
    import::check_path(
        (from != "-").then(|| std::path::Path::new(&from)),
        &failed_path,
    )?;
    // Ids a CSV cannot supply must come from the flags or the profile, before anything is sent.
    let has_column = |name: &str| {
        reader
            .header
            .iter()
            .any(|h| normalize(&h.trim().to_ascii_lowercase()) == name)
    };
    if reader.format.is_tabular() {
        for (id, column, flag, key, env) in [
            (&ids.bot_id, "botid", "--bot-id", "bot_id", "BP_BOT_ID"),
            (
                &ids.customer_id,
                "customerid",
                "--customer-id",
                "customer_id",
                "BP_CUSTOMER_ID",
            ),
        ] {
            if id.is_none() && !has_column(column) {
                return Err(usage_hint(
                    format!("missing {flag}: {from} has no `{}` column", &flag[2..]),
                    format!("pass {flag}, or set `{key}` in the profile (or {env})"),
                ));
            }
        }
    }
    let failed = FailedWriter::new(failed_path, reader.format, &reader.header)
        .reporting(ctx.printer, args.dry_run);
    Ok((reader, failed, ids, spool))
}

/// A row checked: a lead to send, or the row and why it is refused.
enum Checked {
    Ready(Lead),
    Invalid(Row, String),
}

fn check(row: Row, tags: &[String], ids: &Ids) -> Checked {
    let mut record = match row {
        Row::Bad { ref reason, .. } => {
            let reason = reason.clone();
            return Checked::Invalid(row, reason);
        }
        Row::Ok(record) => record,
    };
    let lead = LeadInput::from_record(&record).map(|mut l| {
        l.tags.extend(tags.iter().cloned());
        l
    });
    match lead.and_then(|l| lead_body(l, ids)) {
        Err(e) => Checked::Invalid(Row::Ok(record), format!("{}: {}", e.code, e.message)),
        Ok(body) => {
            record.fields.shrink_to_fit();
            let uuid = body["uuid"].as_str().unwrap_or_default().to_string();
            Checked::Ready(Lead { record, body, uuid })
        }
    }
}

/// One run of `leads upsert --from`.
struct Run<'a> {
    ctx: &'a Context,
    args: &'a LeadsUpsertArgs,
    ids: Ids,
    /// The bot token, for `x-bp-token`.
    token: Secret,
    limiter: Arc<Limiter>,
    failed: FailedWriter,
    /// The input, read as the window has room.
    rows: Reader,
    progress: Option<indicatif::ProgressBar>,
    keys: OnePerKey<Lead>,
    policy: Policy,
    upserted: u64,
    /// Rows in the failed file (or, with --dry-run, warned of).
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
        match self.next_lead() {
            Some(Some(lead)) => Next::Send(self.send(lead)),
            Some(None) => Next::Nothing,
            None => Next::End,
        }
    }

    fn answered(&mut self, (lead, result): Answer) -> Option<bulk::Request<'a, Answer>> {
        let uuid = lead.uuid.clone();
        self.answered(lead, result);
        if let Some(bar) = &self.progress {
            bar.set_message(format!(
                "{} upserted, {} rejected",
                self.upserted, self.rejected
            ));
        }
        if self.stop.is_some() {
            return None;
        }
        let next = self.keys.release(&uuid)?;
        Some(self.send(next))
    }
}

impl<'a> Run<'a> {
    /// The next row read: `Some(Some(lead))` to send now, `Some(None)` if it was refused,
    /// printed (--dry-run) or waits for its uuid, `None` at the end of the input.
    fn next_lead(&mut self) -> Option<Option<Lead>> {
        let row = match self.rows.next()? {
            Ok(row) => row,
            Err(e) => {
                let from = self.args.from.as_deref().unwrap_or("-");
                self.stop = Some(Stop::Unreadable(e.context(format!("cannot read {from}"))));
                return Some(None);
            }
        };
        match check(row, &self.args.tags, &self.ids) {
            Checked::Invalid(row, reason) => {
                self.reject(&row, &reason);
                Some(None)
            }
            Checked::Ready(lead) if self.args.dry_run => {
                let line = dry_run_line(self.ctx, &self.token, &lead.body);
                let printed = line.and_then(|l| Ok(writeln!(crate::printer::stdout(), "{l}")?));
                if let Err(e) = printed {
                    self.stop = Some(Stop::Failed(e));
                }
                Some(None)
            }
            Checked::Ready(lead) => Some(self.keys.admit(&lead.uuid.clone(), lead)),
        }
    }

    /// A row not upserted: into the failed file (with --dry-run, a warning).
    fn reject(&mut self, row: &Row, reason: &str) {
        self.rejected += 1;
        if self.args.dry_run {
            let n = match row {
                Row::Bad { row, .. } => *row,
                Row::Ok(record) => record.row,
            };
            self.ctx.printer.warn(&format!("row {n}: {reason}"));
        } else if let Err(e) = write_failed(&mut self.failed, row, reason) {
            self.stop.get_or_insert(Stop::Failed(e));
        }
    }

    fn send(&self, lead: Lead) -> LocalBoxFuture<'a, Answer> {
        let req =
            endpoints::lead_upsert(self.token.clone(), lead.body.clone()).limited(&self.limiter);
        let client = &self.ctx.client;
        Box::pin(async move {
            let result = client.send(&req).await;
            (lead, result)
        })
    }

    /// What an answer means for its row, and for the run.
    fn answered(&mut self, lead: Lead, result: Result<Value, ApiError>) {
        let redactor = self.ctx.client.redactor();
        match self
            .policy
            .judge(result, |t| redactor.scrub(t).into_owned())
        {
            Verdict::Done => self.upserted += 1,
            Verdict::Failed { reason, stop } => {
                self.reject(&Row::Ok(lead.record), &reason);
                if let Some(stop) = stop {
                    self.stop.get_or_insert(stop);
                }
            }
        }
    }

    /// After a stop, every row not sent goes to the failed file: those that waited for
    /// their uuid, then the rest of the input.
    fn write_unsent(&mut self) -> Result<()> {
        let reason = match &self.stop {
            Some(stop) if !self.args.dry_run => stop.not_sent(),
            _ => return Ok(()),
        };
        for lead in self.keys.take_waiting() {
            self.failed.write_record(&lead.record, &reason)?;
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
        if self.args.dry_run {
            return match self.stop {
                // An input that cannot be read, or a stdout that cannot be written.
                Some(Stop::Failed(err) | Stop::Unreadable(err)) => Err(err),
                _ if self.rejected > 0 => Ok(ExitStatus::Partial),
                _ => Ok(ExitStatus::Success),
            };
        }
        let stats = self.limiter.stats();
        let summary = json!({
            "upserted": self.upserted,
            "rejected": self.rejected,
            "failed_file": failed_file,
            "requests": stats.requests,
            "throttled": stats.throttled,
        });
        let line = format!("upserted {} leads", self.upserted);
        let failed_arg = self.args.failed.as_deref();
        bulk::summary(ctx, failed_arg, Some(summary), &line, Some(stats))?;
        if let Some(path) = &failed_file {
            ctx.printer.warn(&format!(
                "{} rows not upserted, written with their reasons to {}; fix them and run again with --from {}",
                self.rejected,
                import::shown(path),
                path.display()
            ));
        }
        let interrupted = match failed_file {
            Some(_) => "interrupted: every row not upserted is in the failed file",
            None => "interrupted",
        };
        Stop::exit(self.stop, self.rejected, &ctx.printer, None, interrupted)
    }
}
