//! [`send_rows`]: the bulk commands that send one request per row (`leads upsert --from`,
//! `contacts set-attr --from`). Each row is checked as it is read: a refused row goes to the
//! failed file with its reason, the others are sent as the window allows, rows of one key
//! one at a time in file order ([`OnePerKey`]), and their answers judged by the [`Policy`].
//! After a stop, every row not sent goes to the failed file; then the summary. With
//! `--dry-run`, each request is printed instead, and refused rows are warned of.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use anyhow::Result;
use serde_json::{Value, json};

use super::{Next, OnePerKey, Policy, Sender, Stop, Verdict, write_failed};
use crate::Context;
use crate::api::adaptive::{Concurrency, Limiter};
use crate::api::{ApiError, Request};
use crate::error::ExitStatus;
use crate::import::stop::Signals;
use crate::import::{self, FailedWriter, Reader, Record, Row};

/// Rows read ahead while they wait for an earlier row of their key.
const MAX_WAITING: usize = 256;

/// A row ready to send: its record (for the failed file), the record it changes (its key:
/// rows of one key go out one at a time), and its request's body.
pub struct Ready {
    pub record: Record,
    pub key: String,
    pub body: Value,
}

/// What a per-row command supplies: how a row becomes a request.
pub trait PerRow {
    /// A row as its request, or the reason it is refused (`CODE: words`).
    fn check(&self, record: Record) -> Result<Ready, (Record, String)>;

    /// The request that sends `body`.
    fn request(&self, body: Value) -> Request;
}

/// What a run is called, and how it may act.
pub struct RowOpts<'a> {
    /// The input, as named in errors (`-`: standard input).
    pub from: &'a str,
    /// `--failed`, as given.
    pub failed_arg: Option<&'a Path>,
    pub dry_run: bool,
    pub concurrency: Concurrency,
    pub policy: Policy,
    /// What a row sent is (`upserted`): the summary's key and the warnings' word.
    pub done: &'static str,
    /// The summary line, for the rows done.
    pub line: fn(u64) -> String,
}

/// The sending pass of a per-row command over `rows`, its refusals into `failed`; the exit
/// status once the summary is written.
pub async fn send_rows<C: PerRow>(
    ctx: &Context,
    command: &C,
    rows: Reader,
    failed: FailedWriter,
    mut signals: Signals,
    opts: RowOpts<'_>,
) -> Result<ExitStatus> {
    let limiter = Arc::new(ctx.limiter(opts.concurrency));
    let mut run = Run {
        ctx,
        command,
        opts,
        limiter: limiter.clone(),
        failed,
        rows,
        progress: None,
        keys: OnePerKey::default(),
        done: 0,
        rejected: 0,
        stop: None,
    };
    // Until the sending starts, Ctrl-C or SIGTERM exits at once: nothing was sent.
    if !run.opts.dry_run {
        signals.graceful();
    }
    run.progress = super::spinner(ctx, "");
    super::send_all(&mut run, &limiter, &mut signals, ctx).await;
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

/// A `--dry-run` line: the request as it would go, its credential redacted.
pub fn dry_run_line(ctx: &Context, req: &Request) -> Result<String> {
    let url = format!(
        "{}/{}",
        ctx.profile.base_url.value.trim_end_matches('/'),
        req.path
    );
    let body = match &req.body {
        Some(crate::api::Body::Json(body)) => body.clone(),
        Some(crate::api::Body::Serialized(bytes)) => serde_json::from_slice(bytes)?,
        None => Value::Null,
    };
    let mut headers = serde_json::Map::new();
    if let Some((name, value)) = req.auth.shown() {
        headers.insert(name.into(), value.into());
    }
    headers.insert("content-type".into(), "application/json".into());
    Ok(serde_json::to_string(&json!({
        "method": req.method.as_str(),
        "url": url,
        "headers": headers,
        "body": body,
    }))?)
}

/// A request in flight, and its answer.
type Answer = (Ready, Result<Value, ApiError>);

/// One run of a per-row command.
struct Run<'a, 'c, C> {
    ctx: &'a Context,
    command: &'c C,
    opts: RowOpts<'a>,
    limiter: Arc<Limiter>,
    failed: FailedWriter,
    /// The input, read as the window has room.
    rows: Reader,
    progress: Option<super::Progress>,
    keys: OnePerKey<Ready>,
    done: u64,
    /// Rows in the failed file (or, with --dry-run, warned of).
    rejected: u64,
    stop: Option<Stop>,
}

impl<'a, C: PerRow> Sender<'a> for Run<'a, 'a, C> {
    type Answer = Answer;

    fn stop(&mut self) -> &mut Option<Stop> {
        &mut self.stop
    }

    fn has_room(&self) -> bool {
        self.keys.waiting() < MAX_WAITING
    }

    fn next(&mut self) -> Next<super::Request<'a, Answer>> {
        let row = match self.rows.next() {
            None => return Next::End,
            Some(Ok(row)) => row,
            Some(Err(e)) => {
                let err = e.context(format!("cannot read {}", self.opts.from));
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
        match self.command.check(record) {
            Err((record, reason)) => self.reject(&Row::Ok(record), &reason),
            Ok(ready) if self.opts.dry_run => self.print(&ready),
            Ok(ready) => {
                if let Some(ready) = self.keys.admit(&ready.key.clone(), ready) {
                    return Next::Send(self.send(ready));
                }
            }
        }
        Next::Nothing
    }

    fn answered(&mut self, (ready, result): Answer) -> Option<super::Request<'a, Answer>> {
        let key = ready.key.clone();
        let redactor = self.ctx.client.redactor();
        match self
            .opts
            .policy
            .judge(result, |t| redactor.scrub(t).into_owned())
        {
            Verdict::Done => self.done += 1,
            Verdict::Failed { reason, stop } => {
                self.reject(&Row::Ok(ready.record), &reason);
                if let Some(stop) = stop {
                    self.stop.get_or_insert(stop);
                }
            }
        }
        if let Some(bar) = &self.progress {
            bar.set_message(format!(
                "{} {}, {} rejected",
                self.done, self.opts.done, self.rejected
            ));
        }
        if self.stop.is_some() {
            return None;
        }
        let next = self.keys.release(&key)?;
        Some(self.send(next))
    }
}

impl<'a, C: PerRow> Run<'a, 'a, C> {
    fn send(&self, ready: Ready) -> super::Request<'a, Answer> {
        let req = self
            .command
            .request(ready.body.clone())
            .limited(&self.limiter);
        let client = &self.ctx.client;
        Box::pin(async move {
            let result = client.send(&req).await;
            (ready, result)
        })
    }

    /// `--dry-run`: the request, on stdout.
    fn print(&mut self, ready: &Ready) {
        let req = self.command.request(ready.body.clone());
        let line = dry_run_line(self.ctx, &req);
        let printed = line.and_then(|l| Ok(writeln!(crate::printer::stdout(), "{l}")?));
        if let Err(e) = printed {
            self.stop = Some(Stop::Failed(e));
        }
    }

    /// A row not sent: into the failed file (with --dry-run, a warning).
    fn reject(&mut self, row: &Row, reason: &str) {
        self.rejected += 1;
        if self.opts.dry_run {
            let (n, reason) = match row {
                Row::Bad { row, reason, .. } => (*row, reason.as_str()),
                Row::Ok(record) => (record.row, reason),
            };
            self.ctx.printer.warn(&format!("row {n}: {reason}"));
        } else if let Err(e) = write_failed(&mut self.failed, row, reason) {
            self.stop.get_or_insert(Stop::Failed(e));
        }
    }
}

impl<C> Run<'_, '_, C> {
    /// After a stop, every row not sent goes to the failed file: those that waited for
    /// their key, then the rest of the input.
    fn write_unsent(&mut self) -> Result<()> {
        let reason = match &self.stop {
            Some(stop) if !self.opts.dry_run => stop.not_sent(),
            _ => return Ok(()),
        };
        for ready in self.keys.take_waiting() {
            self.failed.write_record(&ready.record, &reason)?;
            self.rejected += 1;
        }
        if !matches!(self.stop, Some(Stop::Unreadable(_))) {
            self.rejected +=
                super::write_rows(&mut self.rows, &mut self.failed, |_| true, &reason)?;
        }
        Ok(())
    }

    /// The summary, and the exit status.
    fn finish(self) -> Result<ExitStatus> {
        let ctx = self.ctx;
        let failed_file = self.failed.finish()?;
        if self.opts.dry_run {
            return match self.stop {
                // An input that cannot be read, or a stdout that cannot be written.
                Some(Stop::Failed(err) | Stop::Unreadable(err)) => Err(err),
                _ if self.rejected > 0 => Ok(ExitStatus::Partial),
                _ => Ok(ExitStatus::Success),
            };
        }
        let stats = self.limiter.stats();
        let done = self.opts.done;
        let summary = json!({
            done: self.done,
            "rejected": self.rejected,
            "failed_file": failed_file,
            "requests": stats.requests,
            "throttled": stats.throttled,
        });
        let line = (self.opts.line)(self.done);
        super::summary(ctx, self.opts.failed_arg, Some(summary), &line, Some(stats))?;
        if let Some(path) = &failed_file {
            ctx.printer.warn(&format!(
                "{} rows not {done}, written with their reasons to {}; fix them and run again with --from {}",
                self.rejected,
                import::shown(path),
                path.display()
            ));
        }
        let interrupted = match failed_file {
            Some(_) => format!("interrupted: every row not {done} is in the failed file"),
            None => "interrupted".to_string(),
        };
        Stop::exit(self.stop, self.rejected, &ctx.printer, None, &interrupted)
    }
}
