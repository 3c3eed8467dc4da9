//! The bulk engine (issue 12, "one bulk engine that fails safe"): what every bulk command
//! does alike, so that it is done once.
//!
//! - [`Input`]: a file or standard input (spooled), read once a pass;
//! - [`Journalled`]: the journal of a command that keeps one, under its lock;
//! - [`Stop`]: why a run stops before the end of its input, the `NOT_SENT` reason of the
//!   rows it leaves, and the exit status it ends with ([`Stop::exit`]; 130 after Ctrl-C,
//!   143 after SIGTERM);
//! - [`send_all`]: the sending pass of every bulk command, as many requests in flight as
//!   the window allows, the first Ctrl-C or SIGTERM a stop; a command supplies its
//!   requests and what their answers mean as a [`Sender`];
//! - [`OnePerKey`]: rows of one record sent one at a time, in file order;
//! - [`send_rows`]: the whole run of a command that sends one request per row;
//! - [`check_pass`]: the checking pass, its refusals into the failed file;
//! - [`write_rows`]: the rows a stop left unsettled, into the failed file;
//! - [`summary`]: the JSON summary, the summary line and the throttling note;
//! - [`spinner`] and [`bar`]: the progress shown on a terminal, or as lines (`--progress`).

mod input;
mod journal;
mod keys;
mod progress;
mod rows;
pub mod stop;

use std::io::Write;

use anyhow::{Context as _, Result};
use futures_util::future::LocalBoxFuture;
use futures_util::stream::FuturesUnordered;
use futures_util::{Stream, StreamExt};
use serde_json::Value;

use crate::Context;
use crate::api::adaptive::{Limiter, Stats};
use crate::import::stop::{Caught, Signals};
use crate::import::{self, FailedWriter, Row};

pub use input::{Input, open_once};
pub use journal::{Journalled, Journalling};
pub use keys::OnePerKey;
pub use progress::{Progress, bar, spinner};
pub use rows::{PerRow, Ready, RowOpts, dry_run_line, send_rows};
pub use stop::{Policy, Stop, Verdict, Words};

/// A request on its way: what it answers.
pub type Request<'a, A> = LocalBoxFuture<'a, A>;

/// What the input gives the sending pass next.
pub enum Next<R> {
    /// A request to send now.
    Send(R),
    /// Nothing to send for now: a row refused, a row waiting for another, or a stop.
    Nothing,
    /// The end of the input.
    End,
}

/// What a bulk command supplies to the sending pass: its requests, read from the input one
/// at a time, and what their answers mean. The engine keeps the window, the signals and the
/// stop.
pub trait Sender<'a> {
    type Answer;

    /// Why the run stops, once it does (read by the engine, set by either).
    fn stop(&mut self) -> &mut Option<Stop>;

    /// Whether the command can take another row now, the window aside.
    fn has_room(&self) -> bool {
        true
    }

    /// Reads the input up to the next request.
    fn next(&mut self) -> Next<Request<'a, Self::Answer>>;

    /// Settles what an answer settles; a request it frees to go, if any.
    fn answered(&mut self, answer: Self::Answer) -> Option<Request<'a, Self::Answer>>;
}

/// The sending pass: requests read and sent while the window has room, until the input
/// ends or the run stops (on an answer, an error, Ctrl-C or SIGTERM); then the requests in
/// flight are waited for, and their answers settled.
pub async fn send_all<'a, S: Sender<'a>>(
    sender: &mut S,
    limiter: &Limiter,
    signals: &mut Signals,
    ctx: &Context,
) {
    let mut inflight = FuturesUnordered::new();
    let mut ended = false;
    loop {
        // A signal that came while nothing was in flight (or before the pass) stops it too.
        if let Some(caught) = signals.try_next() {
            stop_on(caught, sender.stop(), ctx);
        }
        while !ended
            && sender.stop().is_none()
            && inflight.len() < limiter.window()
            && sender.has_room()
        {
            match sender.next() {
                Next::Send(request) => inflight.push(request),
                Next::Nothing => {}
                Next::End => ended = true,
            }
        }
        if inflight.is_empty() {
            break;
        }
        let Some(Some(answer)) = next_or_signal(&mut inflight, signals, sender.stop(), ctx).await
        else {
            continue;
        };
        if let Some(request) = sender.answered(answer) {
            inflight.push(request);
        }
    }
}

/// The next answer of the requests in flight (`Some(None)` when none is left), or `None`
/// when Ctrl-C or SIGTERM came first: the run then stops (unless it already has), and the
/// requests in flight are still waited for. A second signal does not wait: see
/// `import::stop`.
async fn next_or_signal<S: Stream + Unpin>(
    inflight: &mut S,
    signals: &mut Signals,
    stop: &mut Option<Stop>,
    ctx: &Context,
) -> Option<Option<S::Item>> {
    tokio::select! {
        biased;
        caught = signals.next() => {
            stop_on(caught, stop, ctx);
            None
        }
        answer = inflight.next() => Some(answer),
    }
}

/// The first signal stops the run, unless something else already has.
fn stop_on(caught: Caught, stop: &mut Option<Stop>, ctx: &Context) {
    if stop.is_none() {
        *stop = Some(Stop::Interrupted(caught));
        ctx.printer
            .info("stopping: waiting for the requests in flight…");
    }
}

/// What a checking pass kept, and how many rows it read and refused.
pub struct Checked<T> {
    pub read: u64,
    pub rejected: u64,
    pub kept: Vec<T>,
}

/// The checking pass of a command that checks every row before it sends any: each row of
/// `reader` that `check` accepts is kept, and one it refuses (or that could not be read) goes
/// to the failed file with its reason. Ctrl-C or SIGTERM (after [`Signals::graceful`])
/// interrupts it: `Err` with the signal. `file` names the input in a read error.
pub fn check_pass<T: Send>(
    ctx: &Context,
    file: &str,
    reader: import::Reader,
    failed: &mut FailedWriter,
    signals: &mut Signals,
    check: impl Fn(&import::Record) -> Result<T, String> + Sync,
) -> Result<Result<Checked<T>, Caught>> {
    let bar = spinner(ctx, "checking rows");
    let mut checked = Checked {
        read: 0,
        rejected: 0,
        kept: Vec::new(),
    };
    // Rows are read here and checked on every core (`import::check`); a signal stops the
    // reading, and the rows already read are settled first.
    let caught = std::cell::Cell::new(None);
    let rows = reader
        .take_while(|_| {
            caught.set(signals.try_next());
            caught.get().is_none()
        })
        .map(|row| row.with_context(|| format!("cannot read {file}")));
    let pass = import::check::for_each_checked(rows, check, |row| {
        checked.read += 1;
        if let Some(bar) = &bar {
            bar.inc(1);
        }
        let (row, reason) = match row {
            import::check::Checked::Record(_, Ok(item)) => {
                checked.kept.push(item);
                return Ok(());
            }
            import::check::Checked::Record(record, Err(reason)) => (Row::Ok(record), reason),
            import::check::Checked::Bad(row, raw, reason) => {
                (Row::Bad { row, raw, reason }, String::new())
            }
        };
        write_failed(failed, &row, &reason)?;
        checked.rejected += 1;
        Ok(())
    });
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    pass?;
    Ok(match caught.get() {
        Some(signal) => Err(signal),
        None => Ok(checked),
    })
}

/// Writes a row to the failed file: a row that could not be read keeps its own reason.
pub fn write_failed(failed: &mut FailedWriter, row: &Row, reason: &str) -> Result<()> {
    match row {
        Row::Bad {
            row,
            raw,
            reason: own,
        } => failed.write_raw(*row, raw, own),
        Row::Ok(record) => failed.write_record(record, reason),
    }
}

/// Writes each row `pick` takes to the failed file with `reason`; how many.
pub fn write_rows(
    rows: impl IntoIterator<Item = Result<Row>>,
    failed: &mut FailedWriter,
    pick: impl Fn(&Row) -> bool,
    reason: &str,
) -> Result<u64> {
    let mut written = 0;
    for row in rows {
        let row = row?;
        if pick(&row) {
            write_failed(failed, &row, reason)?;
            written += 1;
        }
    }
    Ok(written)
}

/// The end of a run: with `-o json` the summary object (on stdout, or on stderr when the
/// failed file is stdout: `--failed -`), then the summary line and what the throttling cost.
pub fn summary(
    ctx: &Context,
    failed_arg: Option<&std::path::Path>,
    json: Option<Value>,
    line: &str,
    load: Option<Stats>,
) -> Result<()> {
    if let Some(summary) = json
        && ctx.settings.output.format == crate::output::Format::Json
    {
        let mut out = import::summary_out(failed_arg);
        match ctx.settings.output.jq {
            Some(_) => crate::output::print_json(&ctx.settings.output, &summary, &mut out)?,
            None => writeln!(out, "{summary}")?,
        }
    }
    ctx.printer.info(line);
    if let Some(load) = load {
        report_throttling(ctx, load);
    }
    Ok(())
}

/// Says, after a bulk send, how often the server asked bp to slow down.
fn report_throttling(ctx: &Context, stats: Stats) {
    if stats.throttled > 0 {
        ctx.printer.info(&format!(
            "the server throttled {} of {} requests (429 or 503): bp slowed down and sent them again",
            stats.throttled, stats.requests
        ));
    }
}
