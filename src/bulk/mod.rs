//! The bulk engine (issue 12, "one bulk engine that fails safe"): what every bulk command
//! does alike, so that it is done once.
//!
//! - [`Stop`]: why a run stops before the end of its input, the `NOT_SENT` reason of the
//!   rows it leaves, and the exit status it ends with ([`Stop::exit`]; 130 after Ctrl-C,
//!   143 after SIGTERM);
//! - [`next_or_signal`]: the wait for the next answer in flight, which the first signal
//!   turns into a stop;
//! - [`write_rows`]: the rows a stop left unsettled, into the failed file;
//! - [`summary`]: the JSON summary, the summary line and the throttling note;
//! - [`spinner`] and [`bar`]: the progress shown on a terminal.

pub mod stop;

use std::io::Write;
use std::time::Duration;

use anyhow::Result;
use futures_util::{Stream, StreamExt};
use serde_json::Value;

use crate::Context;
use crate::api::adaptive::Stats;
use crate::import::stop::Signals;
use crate::import::{self, FailedWriter, Row};

pub use stop::{Policy, Stop, Verdict};

/// A spinner saying `message`, on a terminal.
pub fn spinner(ctx: &Context, message: &str) -> Option<indicatif::ProgressBar> {
    ctx.printer.progress().then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_message(message.to_string());
        bar.enable_steady_tick(Duration::from_millis(120));
        bar
    })
}

/// A bar of `len` rows, on a terminal.
pub fn bar(ctx: &Context, len: u64) -> Option<indicatif::ProgressBar> {
    ctx.printer.progress().then(|| {
        let bar = indicatif::ProgressBar::new(len);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:30} {pos}/{len} rows  {per_sec}  {msg}  ETA {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    })
}

/// The next answer of the requests in flight (`Some(None)` when none is left), or `None`
/// when Ctrl-C or SIGTERM came first: the run then stops (unless it already has), and the
/// requests in flight are still waited for. A second signal does not wait: see
/// `import::stop`.
pub async fn next_or_signal<S: Stream + Unpin>(
    inflight: &mut S,
    signals: &mut Signals,
    stop: &mut Option<Stop>,
    ctx: &Context,
) -> Option<Option<S::Item>> {
    tokio::select! {
        biased;
        caught = signals.next() => {
            if stop.is_none() {
                *stop = Some(Stop::Interrupted(caught));
                ctx.printer.info("stopping: waiting for the requests in flight…");
            }
            None
        }
        answer = inflight.next() => Some(answer),
    }
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
        && ctx.output.format == crate::cli::OutputFormat::Json
    {
        writeln!(import::summary_out(failed_arg), "{summary}")?;
    }
    ctx.printer.info(line);
    if let Some(load) = load {
        crate::commands::report_throttling(ctx, load);
    }
    Ok(())
}
