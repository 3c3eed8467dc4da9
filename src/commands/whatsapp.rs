//! `bp whatsapp import`: bulk contact import that accounts for every row.
//!
//! Three reads of the input, none of which holds more than a row (or a batch) in memory:
//! 1. a fingerprint of the bytes, which names the journal of this file and target;
//! 2. validation: invalid rows go to the failed file, and each valid row's phone key is
//!    kept (16 bytes a row) to find numbers given twice, where the last row wins; the
//!    winners' keys stay, so that the sending pass need not parse their numbers again;
//! 3. sending: batches of the rows to send, as many in flight as `--concurrency` allows
//!    (see `api::adaptive`), each acknowledged batch journalled (and synced) before it is
//!    counted.
//!
//! A batch the server finds too large is halved; a batch it refuses with a 400 is bisected
//! until the refused rows are isolated, so that the good rows are still imported.

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use futures_util::StreamExt;
use futures_util::stream::FuturesUnordered;
use serde_json::{Value, json};

use crate::Context;
use crate::api::Auth;
use crate::api::adaptive::{Limiter, Stats};
use crate::cli::{OutputFormat, WhatsappCommand, WhatsappImportArgs};
use crate::error::{ExitStatus, usage, usage_hint};
use crate::import::check::Checked;
use crate::import::contact::{Contact, Defaults, check, prepare};
use crate::import::journal::{self, Journal, RowSet};
use crate::import::phone::parse_country;
use crate::import::spool::{self, Spool};
use crate::import::stop::{Caught, Signals};
use crate::import::{self, FailedWriter, Format, Row};

use super::wa_batches::{Counts, Pending, Shared, send_batch};

pub async fn run(cmd: WhatsappCommand, ctx: &Context) -> Result<ExitStatus> {
    match cmd {
        WhatsappCommand::Import(args) => import(*args, ctx).await,
        WhatsappCommand::Templates(args) => super::wa::templates(args, ctx).await,
        WhatsappCommand::SendTemplate(args) => super::wa::send_template(*args, ctx).await,
        WhatsappCommand::Send(args) => super::wa::send(*args, ctx).await,
    }
}

/// The counts every row ends up in: imported + rejected + duplicates + skipped = read.
#[derive(Debug, Default)]
struct Tally {
    read: u64,
    counts: Counts,
    duplicates: u64,
    skipped: u64,
    /// HTTP requests sent, and those the server answered 429 or 503.
    load: Stats,
}

fn failed_path(args: &WhatsappImportArgs, format: Format) -> PathBuf {
    args.failed
        .clone()
        .unwrap_or_else(|| FailedWriter::default_path(&args.file, format))
}

async fn import(args: WhatsappImportArgs, ctx: &Context) -> Result<ExitStatus> {
    let mut defaults = Defaults {
        country: args
            .default_country
            .as_deref()
            .map(parse_country)
            .transpose()
            .map_err(|m| usage(format!("invalid --default-country: {m}")))?,
        tags: args.tags.clone(),
        shadowed: Vec::new(),
    };
    let format = match (args.format, args.file.as_str()) {
        (Some(f), _) => f,
        (None, "-") => {
            return Err(usage(
                "reading standard input needs --format csv|json|ndjson|xlsx|xls|ods",
            ));
        }
        (None, path) => Format::from_path(Path::new(path)).ok_or_else(|| {
            usage(format!(
                "cannot tell the format of {path} from its name: pass --format csv|json|ndjson|xlsx|xls|ods"
            ))
        })?,
    };
    let mut signals = Signals::watch();
    let spool = if args.file == "-" {
        Some(Spool::stdin()?)
    } else {
        None
    };
    let input: PathBuf = spool
        .as_ref()
        .map_or_else(|| PathBuf::from(&args.file), |s| s.path().to_path_buf());
    let input_str = input.to_string_lossy().into_owned();
    let source = import::Source::new(input_str.clone(), format, args.sheet.clone())?;
    let failed_to = failed_path(&args, format);
    import::check_path(spool.is_none().then_some(input.as_path()), &failed_to)?;
    let auth = ctx.api_auth().await?;

    // 1. The fingerprint names the journal.
    let mut file =
        std::fs::File::open(&input).with_context(|| format!("cannot open {}", args.file))?;
    let (content, _lines) =
        journal::fingerprint(&mut file).with_context(|| format!("cannot read {}", args.file))?;
    let target = format!(
        "{} {}",
        ctx.profile.name.as_deref().unwrap_or("-"),
        ctx.profile.base_url.value
    );
    // Whose contacts these are: the same file for another customer is another import.
    let identity = match &auth {
        Auth::Customer(c) => c.customer_id.clone(),
        Auth::InRequest => String::new(),
        Auth::Key(_, token) | Auth::BpToken(token) | Auth::BotToken(token) => {
            use std::hash::Hasher;
            let mut h = fnv::FnvHasher::default();
            h.write(token.expose().as_bytes());
            format!("{:016x}", h.finish())
        }
    };
    let journal_at = journal::journal_path(content, &format!("{target} {identity}"))
        .ok_or_else(|| usage("no state directory for the import journal (set XDG_STATE_HOME)"))?;
    // One run per journal, from before it is read until bp exits.
    let _lock = (!args.dry_run)
        .then(|| import::lock::lock(&journal_at, &args.file, &target))
        .transpose()?;
    let mut previous = None;
    if !args.dry_run {
        // Unfinished imports of earlier versions of this file: removed by --restart.
        let earlier = journal::earlier_versions(&journal_at, &args.file, &target);
        if args.restart {
            for path in earlier.iter().chain([&journal_at]) {
                journal::forget(path);
            }
        }
        previous = journal::read_journal(&journal_at)?;
        if previous.is_none() && !args.restart {
            for path in &earlier {
                ctx.printer.hint(&format!(
                    "{} is an unfinished import of an earlier version of {}: --restart removes it",
                    path.display(),
                    args.file
                ));
            }
        }
        if let Some(prev) = &previous
            && args.resume
        {
            spool::remove_left(&prev.spools);
        }
        if let Some(prev) = &previous
            && !args.resume
        {
            return Err(usage_hint(
                format!(
                    "an unfinished import of {} to {target} exists ({} rows acknowledged)",
                    args.file,
                    prev.acked.len()
                ),
                "run again with --resume to send only the rest, or --restart to import it all again",
            ));
        }
        if previous.is_none() && args.resume {
            ctx.printer
                .info("no unfinished import of this file to resume: importing all of it");
        }
    }

    // 2. Validation, duplicates, the failed file.
    let failed = RefCell::new(FailedWriter::new(failed_to, format, &[]));
    let mut tally = Tally::default();
    let mut keys: Vec<(u64, u64)> = Vec::new();
    {
        // `import::open` names the file it read: for stdin that is the spool, so say `-`.
        let reader = match source.open() {
            Err(e) if spool.is_some() => Err(e.context("cannot read standard input")),
            other => other,
        }?;
        let name = if spool.is_some() {
            "standard input"
        } else {
            &args.file
        };
        for warning in defaults.header(name, &reader.header) {
            ctx.printer.warn(&warning);
        }
        *failed.borrow_mut() =
            FailedWriter::new(failed_path(&args, format), format, &reader.header)
                .reporting(ctx.printer, args.dry_run);
        let checking = ctx.printer.progress().then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_message("checking rows");
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        let rows = reader.map(|row| row.with_context(|| format!("cannot read {}", args.file)));
        import::check::for_each_checked(
            rows,
            |record| check(record, &defaults),
            |checked| {
                tally.read += 1;
                match checked {
                    Checked::Record(record, Ok(key)) => keys.push((key, record.row)),
                    Checked::Record(record, Err(reason)) => {
                        failed.borrow_mut().write_record(&record, &reason)?;
                        tally.counts.rejected.set(tally.counts.rejected.get() + 1);
                    }
                    Checked::Bad(row, raw, reason) => {
                        failed.borrow_mut().write_raw(row, &raw, &reason)?;
                        tally.counts.rejected.set(tally.counts.rejected.get() + 1);
                    }
                }
                Ok(())
            },
        )?;
        if let Some(bar) = checking {
            bar.finish_and_clear();
        }
    }
    keys.sort_unstable();
    let mut to_send = RowSet::default();
    // Sorted by (key, row): the last row of each key wins. The winners stay, as
    // (row, key) in row order, so that the sending pass knows each row's number.
    let mut kept = 0;
    for i in 0..keys.len() {
        let (key, row) = keys[i];
        if keys.get(i + 1).is_some_and(|next| next.0 == key) {
            tally.duplicates += 1;
        } else {
            to_send.insert(row);
            keys[kept] = (row, key);
            kept += 1;
        }
    }
    keys.truncate(kept);
    keys.sort_unstable();
    let winners = keys;
    let send_count = kept as u64;

    let (acked, refused_before) = match previous {
        Some(prev) => {
            let mut refused = RowSet::default();
            // Rows the server refused in the earlier run go back into the failed file.
            let reasons: std::collections::HashMap<u64, String> =
                prev.refused.into_iter().collect();
            if !reasons.is_empty() {
                let reader = source.open()?;
                for row in reader {
                    if let Row::Ok(record) = row?
                        && let Some(reason) = reasons.get(&record.row)
                        && to_send.contains(record.row)
                    {
                        failed.borrow_mut().write_record(&record, reason)?;
                        refused.insert(record.row);
                        tally.counts.rejected.set(tally.counts.rejected.get() + 1);
                    }
                }
            }
            (prev.acked, refused)
        }
        None => (RowSet::default(), RowSet::default()),
    };

    if args.dry_run {
        return dry_run(&args, ctx, &source, &defaults, &to_send, failed, &tally);
    }

    // 3. Sending.
    let header = json!({"input": args.file, "content": format!("{content:016x}"), "target": target, "rows": tally.read});
    let mut journal = Journal::open(
        &journal_at,
        !acked.is_empty() || !refused_before.is_empty(),
        &header,
    )?;
    if let Some(spool) = &spool {
        journal.spool(spool.path())?;
    }
    let progress = if ctx.printer.progress() {
        let bar = indicatif::ProgressBar::new(send_count);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:30} {pos}/{len} rows  {per_sec}  {msg}  ETA {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(bar)
    } else {
        None
    };
    let shared = Shared {
        ctx,
        auth,
        journal: Some(RefCell::new(journal)),
        failed: &failed,
        counts: &tally.counts,
        batch_size: Cell::new(args.batch_size as usize),
        limiter: Arc::new(Limiter::new(args.concurrency)),
        progress,
        settled: RefCell::new(RowSet::default()),
        acked_any: Cell::new(false),
    };
    let mut inflight = FuturesUnordered::new();
    let mut batch: Vec<Pending> = Vec::new();
    let mut stop: Option<anyhow::Error> = None;
    let mut interrupted = false;
    let mut caught = Caught::Interrupt;
    signals.graceful();
    let mut last_report = Instant::now();
    let mut skipped = 0u64;
    let reader = source.open()?;
    let mut rows = reader.into_iter();
    let mut exhausted = false;
    let mut winner = winners.iter().peekable();
    loop {
        // Fill the pipeline: read rows into batches while there is room in flight.
        while !exhausted
            && stop.is_none()
            && !interrupted
            && inflight.len() < shared.limiter.window()
        {
            let Some(row) = rows.next() else {
                exhausted = true;
                if !batch.is_empty() {
                    inflight.push(send_batch(&shared, std::mem::take(&mut batch)));
                }
                break;
            };
            // A read or write error stops the run like a network error: the batches in
            // flight are still waited for and journalled.
            let record = match row {
                Err(e) => {
                    stop = Some(e.context(format!("cannot read {}", args.file)));
                    break;
                }
                Ok(Row::Ok(record)) => record,
                Ok(Row::Bad { .. }) => continue,
            };
            if !to_send.contains(record.row) || refused_before.contains(record.row) {
                continue;
            }
            if acked.contains(record.row) {
                skipped += 1;
                shared.tick(1);
                continue;
            }
            // Rows come in order, and so do the winners.
            while winner.next_if(|w| w.0 < record.row).is_some() {}
            let known = winner.peek().filter(|w| w.0 == record.row).map(|w| w.1);
            match prepare(&record, &defaults, known) {
                Ok(contact) => batch.push(Pending { contact, record }),
                // The file changed under us: its fingerprint no longer matches either.
                Err(reason) => {
                    let pending = Pending {
                        contact: Contact {
                            row: record.row,
                            key: 0,
                            item: Value::Null,
                        },
                        record,
                    };
                    if let Err(e) = shared.reject(&pending, &reason) {
                        stop = Some(e);
                        break;
                    }
                }
            }
            if batch.len() >= shared.batch_size.get() {
                inflight.push(send_batch(&shared, std::mem::take(&mut batch)));
            }
        }
        if inflight.is_empty() {
            break;
        }
        // A second Ctrl-C (or SIGTERM) does not wait: see `import::stop`.
        let done = if interrupted {
            inflight.next().await
        } else {
            tokio::select! {
                biased;
                signal = signals.next() => {
                    interrupted = true;
                    caught = signal;
                    ctx.printer.info("stopping: waiting for the requests in flight…");
                    continue;
                }
                done = inflight.next() => done,
            }
        };
        if let Some(Err(err)) = done
            && stop.is_none()
        {
            stop = Some(err);
        }
        if shared.progress.is_none() && last_report.elapsed() >= Duration::from_secs(5) {
            last_report = Instant::now();
            ctx.printer.debug(
                1,
                &format!(
                    "progress: {} of {send_count} rows imported, {} rejected",
                    tally.counts.imported.get(),
                    tally.counts.rejected.get()
                ),
            );
        }
    }
    drop(inflight);
    let stats = shared.limiter.stats();
    if let Some(bar) = &shared.progress {
        bar.finish_and_clear();
    }
    let journal = shared.journal.map(RefCell::into_inner);
    if stop.is_some() || interrupted {
        // Every row that was to be sent and is not settled is reported, never dropped.
        let reason = match &stop {
            Some(err) => format!("NOT_SENT: {}", crate::output::sanitize(&format!("{err:#}"))),
            None => "NOT_SENT: interrupted before it was sent".to_string(),
        };
        let unsettled = |row: u64| {
            to_send.contains(row)
                && !acked.contains(row)
                && !refused_before.contains(row)
                && !shared.settled.borrow().contains(row)
        };
        if let Err(e) = report_not_sent(&source, &failed, unsettled, &reason) {
            ctx.printer.warn(&format!(
                "could not list the rows not sent in the failed file: {e:#}"
            ));
        }
    }
    let failed_file = failed.into_inner().finish()?;
    let tally = Tally {
        skipped,
        load: stats,
        ..tally
    };
    if stop.is_none()
        && !interrupted
        && let Some(j) = journal
    {
        j.finish()?;
    }
    report(ctx, &args, &tally, failed_file.as_deref())?;
    let resume = if args.file == "-" {
        "pipe the same input to `bp whatsapp import - --resume` to send the rest".to_string()
    } else {
        format!(
            "run `bp whatsapp import {} --resume` to send the rest",
            args.file
        )
    };
    if let Some(err) = stop {
        ctx.printer
            .warn(&format!("the import stopped early; {resume}"));
        return Err(err);
    }
    if interrupted {
        ctx.printer
            .info(&format!("interrupted; the journal is saved: {resume}"));
        return Ok(caught.exit_status());
    }
    Ok(if tally.counts.rejected.get() > 0 {
        ExitStatus::Partial
    } else {
        ExitStatus::Success
    })
}

/// Writes each row `unsettled` picks to the failed file, with `reason`.
fn report_not_sent(
    source: &import::Source,
    failed: &RefCell<FailedWriter>,
    unsettled: impl Fn(u64) -> bool,
    reason: &str,
) -> Result<()> {
    for row in source.open()? {
        if let Row::Ok(record) = row?
            && unsettled(record.row)
        {
            failed.borrow_mut().write_record(&record, reason)?;
        }
    }
    Ok(())
}

fn report(
    ctx: &Context,
    args: &WhatsappImportArgs,
    tally: &Tally,
    failed_file: Option<&Path>,
) -> Result<()> {
    let imported = if args.dry_run {
        tally.read - tally.counts.rejected.get() - tally.duplicates - tally.skipped
    } else {
        tally.counts.imported.get()
    };
    // Rows a stopped run did not get to: the journal sends them on --resume.
    let not_sent =
        tally.read - imported - tally.counts.rejected.get() - tally.duplicates - tally.skipped;
    if ctx.output.format == OutputFormat::Json {
        let mut summary = json!({
            "imported": imported,
            "rejected": tally.counts.rejected.get(),
            "duplicates": tally.duplicates,
            "skipped": tally.skipped,
            "failed_file": failed_file,
        });
        if not_sent > 0 {
            summary["not_sent"] = Value::from(not_sent);
        }
        if !args.dry_run {
            summary["requests"] = Value::from(tally.load.requests);
            summary["throttled"] = Value::from(tally.load.throttled);
        }
        writeln!(import::summary_out(args.failed.as_deref()), "{summary}")?;
    }
    let verb = if args.dry_run {
        "would import"
    } else {
        "imported"
    };
    let rest = if not_sent > 0 {
        format!(", {not_sent} not sent yet")
    } else {
        String::new()
    };
    ctx.printer.info(&format!(
        "{verb} {imported} of {} rows: {} rejected, {} duplicates (the last row of each number was kept), {} skipped (acknowledged by an earlier run){rest}",
        tally.read,
        tally.counts.rejected.get(),
        tally.duplicates,
        tally.skipped
    ));
    super::report_throttling(ctx, tally.load);
    if let Some(path) = failed_file {
        ctx.printer.warn(&format!(
            "rejected rows are in {} with their reasons; fix them and import that file as it is",
            import::shown(path)
        ));
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn dry_run(
    args: &WhatsappImportArgs,
    ctx: &Context,
    source: &import::Source,
    defaults: &Defaults,
    to_send: &RowSet,
    failed: RefCell<FailedWriter>,
    tally: &Tally,
) -> Result<ExitStatus> {
    let failed_file = failed.into_inner().finish()?;
    let mut first = Vec::new();
    for row in source.open()? {
        if let Row::Ok(record) = row?
            && to_send.contains(record.row)
            && let Ok(contact) = prepare(&record, defaults, None)
        {
            first.push(contact.item);
            if first.len() >= args.batch_size as usize {
                break;
            }
        }
    }
    report(ctx, args, tally, failed_file.as_deref())?;
    // The first request's body; with -o json, compact on the line after the summary.
    let body = if ctx.output.format == OutputFormat::Json {
        serde_json::to_string(&Value::Array(first))?
    } else {
        serde_json::to_string_pretty(&Value::Array(first))?
    };
    writeln!(crate::printer::stdout(), "{body}")?;
    Ok(if tally.counts.rejected.get() > 0 {
        ExitStatus::Partial
    } else {
        ExitStatus::Success
    })
}
