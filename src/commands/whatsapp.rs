//! `bp whatsapp import`: bulk contact import that accounts for every row.
//!
//! Three reads of the input, none of which holds more than a row (or a batch) in memory:
//! 1. a fingerprint of the bytes, which names the journal of this file and target;
//! 2. validation: invalid rows go to the failed file, and each valid row's phone key is
//!    kept (16 bytes a row) to find numbers given twice, where the last row wins; the
//!    winners' keys stay, so that the sending pass need not parse their numbers again;
//! 3. sending: batches of the rows to send, as many in flight as `--concurrency` allows
//!    (see `api::adaptive`), each acknowledged batch journalled (synced within 0.1 s)
//!    before it is counted.
//!
//! A batch the server finds too large is halved; a batch it refuses with a 400 is bisected
//! until the refused rows are isolated, so that the good rows are still imported.
//!
//! `batches` sends them; `send` is the rest of the group (templates and messages, through
//! the WhatsApp Cloud API endpoints).

mod batches;
mod listed;
mod route;
mod send;

pub use self::route::remote_bots as remote_wa_bots;

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Result;
use serde_json::{Value, json};

use crate::Context;
use crate::api::Auth;
use crate::api::adaptive::Stats;
use crate::bulk::{self, Input, Journalled, Journalling, Next, Stop};
use crate::cli::{WhatsappCommand, WhatsappImportArgs};
use crate::error::{ExitStatus, usage};
use crate::import::contact::{Contact, Defaults, Item, check, prepare};
use crate::import::journal::{self, Journal, RowSet};
use crate::import::phone::parse_country;
use crate::import::stop::{Caught, Signals};
use crate::import::{self, FailedWriter, Format, Row};
use crate::output;

use self::batches::{Counts, Pending, Shared, send_batch};

pub async fn run(cmd: WhatsappCommand, ctx: &Context) -> Result<ExitStatus> {
    match cmd {
        WhatsappCommand::Import(args) => import(*args, ctx).await,
        WhatsappCommand::Templates(args) => send::templates(args, ctx).await,
        WhatsappCommand::SendTemplate(args) => send::send_template(*args, ctx).await,
        WhatsappCommand::TemplateVars(args) => send::template_vars(args, ctx).await,
        WhatsappCommand::Send(args) => send::send(*args, ctx).await,
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

fn defaults_of(args: &WhatsappImportArgs) -> Result<Defaults> {
    Ok(Defaults {
        country: args
            .default_country
            .as_deref()
            .map(parse_country)
            .transpose()
            .map_err(|m| usage(format!("invalid --default-country: {m}")))?,
        tags: args.tags.clone(),
        shadowed: Vec::new(),
    })
}

fn format_of(args: &WhatsappImportArgs) -> Result<Format> {
    match (args.format, args.file.as_str()) {
        (Some(f), _) => Ok(f.into()),
        (None, "-") => Err(usage(
            "reading standard input needs --format csv|json|ndjson|xlsx|xls|ods",
        )),
        (None, path) => Format::from_path(Path::new(path)).ok_or_else(|| {
            usage(format!(
                "cannot tell the format of {path} from its name: pass --format csv|json|ndjson|xlsx|xls|ods"
            ))
        }),
    }
}

/// What the checking pass and the journal decided: the rows to send, each with its
/// number's key, and those an earlier run settled.
#[derive(Default)]
struct Plan {
    to_send: RowSet,
    /// (row, key) of the rows to send, in row order.
    winners: Vec<(u64, u64)>,
    acked: RowSet,
    refused_before: RowSet,
}

impl Plan {
    /// Rows to send that neither an earlier run nor this one has settled.
    fn unsettled(&self, row: u64, settled: &RowSet) -> bool {
        self.to_send.contains(row)
            && !self.acked.contains(row)
            && !self.refused_before.contains(row)
            && !settled.contains(row)
    }
}

/// One run of `whatsapp import`.
struct Import<'a> {
    ctx: &'a Context,
    args: &'a WhatsappImportArgs,
    /// `--bot`'s id.
    bot_id: Option<String>,
    defaults: Defaults,
    input: Input,
    failed: RefCell<FailedWriter>,
    tally: Tally,
}

async fn import(args: WhatsappImportArgs, ctx: &Context) -> Result<ExitStatus> {
    let defaults = defaults_of(&args)?;
    let format = format_of(&args)?;
    let bot_id = args
        .bot
        .as_deref()
        .map(|bot| ctx.profile.bot_id_of(bot))
        .transpose()?;
    let mut signals = Signals::watch();
    let input = Input::prepare(
        &args.file,
        format,
        args.sheet.clone(),
        &failed_path(&args, format),
    )?;
    let auth = ctx.api_auth().await?;
    let journalling = Journalling {
        file: &args.file,
        dry_run: args.dry_run,
        resume: args.resume,
        restart: args.restart,
    };
    let journalled = Journalled::open(journalling, ctx, &input, &auth)?;
    let mut run = Import {
        ctx,
        args: &args,
        bot_id,
        defaults,
        failed: RefCell::new(FailedWriter::new(failed_path(&args, format), format, &[])),
        input,
        tally: Tally::default(),
    };
    // From here on, Ctrl-C or SIGTERM is an exit status returned here, not an exit.
    signals.graceful();
    let keys = match run.check_rows(&mut signals)? {
        Ok(keys) => keys,
        Err(caught) => {
            ctx.printer
                .info("interrupted while checking the rows: nothing was sent");
            return Ok(caught.exit_status());
        }
    };
    let mut plan = run.duplicates(keys);
    if let Some(previous) = journalled.previous {
        run.resume(&mut plan, previous)?;
    }
    if args.dry_run {
        return run.dry_run(&plan);
    }
    let header = json!({"input": args.file, "content": format!("{:016x}", journalled.content), "target": journalled.target, "rows": run.tally.read});
    let resuming = !plan.acked.is_empty() || !plan.refused_before.is_empty();
    let mut journal = Journal::open(&journalled.at, resuming, &header)?;
    if let Some(spool) = &run.input.spool {
        journal.spool(spool.path())?;
    }
    let shared = run.shared(auth, journal, plan.winners.len() as u64);
    let (stop, skipped) = run.send_rows(&shared, &plan, &mut signals).await;
    let settled = shared.settled.take();
    let load = shared.limiter.stats();
    if let Some(bar) = &shared.progress {
        bar.finish_and_clear();
    }
    let journal = shared.journal.map(RefCell::into_inner);
    run.tally.skipped = skipped;
    run.tally.load = load;
    run.finish(stop, &plan, &settled, journal)
}

impl<'a> Import<'a> {
    /// The checking pass: invalid rows go to the failed file; each valid row's (key, row),
    /// or the signal that interrupted the pass.
    fn check_rows(&mut self, signals: &mut Signals) -> Result<Result<Vec<(u64, u64)>, Caught>> {
        let reader = self.input.open()?;
        for warning in self.defaults.header(self.input.name(), &reader.header) {
            self.ctx.printer.warn(&warning);
        }
        let format = self.input.format;
        *self.failed.get_mut() =
            FailedWriter::new(failed_path(self.args, format), format, &reader.header)
                .reporting(self.ctx.printer, self.args.dry_run);
        let defaults = &self.defaults;
        let checked = bulk::check_pass(
            self.ctx,
            &self.args.file,
            reader,
            self.failed.get_mut(),
            signals,
            |record| check(record, defaults).map(|key| (key, record.row)),
        )?;
        Ok(checked.map(|checked| {
            self.tally.read = checked.read;
            self.tally.counts.rejected.set(checked.rejected);
            checked.kept
        }))
    }

    /// Numbers given twice: the last row of each wins, the others count as duplicates.
    fn duplicates(&mut self, mut keys: Vec<(u64, u64)>) -> Plan {
        keys.sort_unstable();
        let mut plan = Plan::default();
        // Sorted by (key, row): the last row of each key wins. The winners stay, as
        // (row, key) in row order, so that the sending pass knows each row's number.
        let mut kept = 0;
        for i in 0..keys.len() {
            let (key, row) = keys[i];
            if keys.get(i + 1).is_some_and(|next| next.0 == key) {
                self.tally.duplicates += 1;
            } else {
                plan.to_send.insert(row);
                keys[kept] = (row, key);
                kept += 1;
            }
        }
        keys.truncate(kept);
        keys.sort_unstable();
        plan.winners = keys;
        plan
    }

    /// What an earlier run settled: acknowledged rows are skipped, and the rows the server
    /// refused go back into the failed file.
    fn resume(&mut self, plan: &mut Plan, prev: journal::Previous) -> Result<()> {
        let reasons: std::collections::HashMap<u64, String> = prev.refused.into_iter().collect();
        if !reasons.is_empty() {
            for row in self.input.source.open()? {
                if let Row::Ok(record) = row?
                    && let Some(reason) = reasons.get(&record.row)
                    && plan.to_send.contains(record.row)
                {
                    self.failed.get_mut().write_record(&record, reason)?;
                    plan.refused_before.insert(record.row);
                    self.tally
                        .counts
                        .rejected
                        .set(self.tally.counts.rejected.get() + 1);
                }
            }
        }
        plan.acked = prev.acked;
        Ok(())
    }

    fn shared(&self, auth: Auth, journal: Journal, send_count: u64) -> Shared<'_> {
        Shared {
            ctx: self.ctx,
            auth,
            bot_id: self.bot_id.clone(),
            journal: Some(RefCell::new(journal)),
            failed: &self.failed,
            counts: &self.tally.counts,
            batch_size: Cell::new(self.args.batch_size as usize),
            limiter: Arc::new(self.ctx.limiter(self.args.concurrency.into())),
            progress: bulk::bar(self.ctx, send_count),
            settled: RefCell::new(RowSet::default()),
            acked_any: Cell::new(false),
        }
    }

    /// The sending pass: batches of the rows to send, as many in flight as the window
    /// allows; why it stopped, and how many rows an earlier run had acknowledged.
    async fn send_rows(
        &self,
        shared: &Shared<'_>,
        plan: &Plan,
        signals: &mut Signals,
    ) -> (Option<Stop>, u64) {
        let rows = match self.input.source.open() {
            Ok(rows) => rows,
            Err(e) => return (Some(Stop::Failed(e)), 0),
        };
        let mut feed = Feed {
            run: self,
            shared,
            plan,
            rows,
            winner: plan.winners.iter().peekable(),
            batch: Vec::new(),
            exhausted: false,
            skipped: 0,
            stop: None,
        };
        bulk::send_all(&mut feed, &shared.limiter, signals, self.ctx).await;
        (feed.stop, feed.skipped)
    }

    /// After a stop, the rows not settled into the failed file as `NOT_SENT`; the failed
    /// file, the journal (when the run ended), the summary, and the exit status.
    fn finish(
        self,
        stop: Option<Stop>,
        plan: &Plan,
        settled: &RowSet,
        journal: Option<Journal>,
    ) -> Result<ExitStatus> {
        let mut failed = self.failed.into_inner();
        if let Some(stop) = &stop {
            // Every row that was to be sent and is not settled is reported, never dropped.
            let unsettled = |row: &Row| matches!(row, Row::Ok(r) if plan.unsettled(r.row, settled));
            let written =
                self.input.source.open().and_then(|rows| {
                    bulk::write_rows(rows, &mut failed, unsettled, &stop.not_sent())
                });
            if let Err(e) = written {
                self.ctx.printer.warn(&format!(
                    "could not list the rows not sent in the failed file: {e:#}"
                ));
            }
        }
        let failed_file = failed.finish()?;
        if stop.is_none()
            && let Some(j) = journal
        {
            j.finish()?;
        }
        report(self.ctx, self.args, &self.tally, failed_file.as_deref())?;
        let resume = if self.args.file == "-" {
            "pipe the same input to `bp whatsapp import - --resume` to send the rest".to_string()
        } else {
            format!(
                "run `bp whatsapp import {} --resume` to send the rest",
                self.args.file
            )
        };
        Stop::exit(
            stop,
            self.tally.counts.rejected.get(),
            &self.ctx.printer,
            Some(&format!("the import stopped early; {resume}")),
            &format!("interrupted; the journal is saved: {resume}"),
        )
    }

    /// `--dry-run`: the summary, and the body of the first request.
    fn dry_run(self, plan: &Plan) -> Result<ExitStatus> {
        let failed_file = self.failed.into_inner().finish()?;
        let mut first = Vec::new();
        for row in self.input.source.open()? {
            if let Row::Ok(record) = row?
                && plan.to_send.contains(record.row)
                && let Ok(contact) = prepare(&record, &self.defaults, None)
            {
                first.push(contact.item);
                if first.len() >= self.args.batch_size as usize {
                    break;
                }
            }
        }
        report(self.ctx, self.args, &self.tally, failed_file.as_deref())?;
        // The first request's body; with -o json, compact on the line after the summary
        // (with --jq, the expression's results for it, after those for the summary).
        let opts = &self.ctx.settings.output;
        if opts.jq.is_some() {
            let first = serde_json::to_value(&first)?;
            output::print_json(opts, &first, &mut crate::printer::stdout())?;
        } else {
            let body = if opts.format == output::Format::Json {
                serde_json::to_string(&first)?
            } else {
                serde_json::to_string_pretty(&first)?
            };
            writeln!(crate::printer::stdout(), "{body}")?;
        }
        Ok(if self.tally.counts.rejected.get() > 0 {
            ExitStatus::Partial
        } else {
            ExitStatus::Success
        })
    }
}

/// The input as the sending pass reads it, and the batch it fills.
struct Feed<'s> {
    run: &'s Import<'s>,
    shared: &'s Shared<'s>,
    plan: &'s Plan,
    rows: import::Reader,
    winner: std::iter::Peekable<std::slice::Iter<'s, (u64, u64)>>,
    batch: Vec<Pending>,
    exhausted: bool,
    /// Rows an earlier run had acknowledged.
    skipped: u64,
    stop: Option<Stop>,
}

impl<'s> bulk::Sender<'s> for Feed<'s> {
    type Answer = Result<()>;

    fn stop(&mut self) -> &mut Option<Stop> {
        &mut self.stop
    }

    fn next(&mut self) -> Next<bulk::Request<'s, Result<()>>> {
        if self.exhausted {
            return Next::End;
        }
        match self.next_batch() {
            Ok(Some(batch)) => Next::Send(send_batch(self.shared, batch)),
            Ok(None) => Next::End,
            Err(stop) => {
                self.stop = Some(stop);
                Next::Nothing
            }
        }
    }

    fn answered(&mut self, answer: Result<()>) -> Option<bulk::Request<'s, Result<()>>> {
        if let Err(err) = answer
            && self.stop.is_none()
        {
            self.stop = Some(Stop::Failed(err));
        }
        None
    }
}

impl Feed<'_> {
    /// Reads rows until a batch is full (`Some`) or the input ends (the last batch, if
    /// any). A read or write error stops the run like a network error: the batches in
    /// flight are still waited for and journalled.
    fn next_batch(&mut self) -> Result<Option<Vec<Pending>>, Stop> {
        let (run, shared, plan) = (self.run, self.shared, self.plan);
        while self.batch.len() < shared.batch_size.get() {
            let Some(row) = self.rows.next() else {
                self.exhausted = true;
                break;
            };
            let record = match row {
                Err(e) => {
                    let e = e.context(format!("cannot read {}", run.args.file));
                    return Err(Stop::Unreadable(e));
                }
                Ok(Row::Ok(record)) => record,
                Ok(Row::Bad { .. }) => continue,
            };
            if !plan.to_send.contains(record.row) || plan.refused_before.contains(record.row) {
                continue;
            }
            if plan.acked.contains(record.row) {
                self.skipped += 1;
                shared.tick(1);
                continue;
            }
            // Rows come in order, and so do the winners.
            while self.winner.next_if(|w| w.0 < record.row).is_some() {}
            let known = self
                .winner
                .peek()
                .filter(|w| w.0 == record.row)
                .map(|w| w.1);
            match prepare(&record, &run.defaults, known) {
                Ok(contact) => self.batch.push(Pending { contact, record }),
                // The file changed under us: its fingerprint no longer matches either.
                Err(reason) => {
                    let contact = Contact {
                        row: record.row,
                        key: 0,
                        item: Item::default(),
                    };
                    shared
                        .reject(&Pending { contact, record }, &reason)
                        .map_err(Stop::Failed)?;
                }
            }
        }
        Ok((!self.batch.is_empty()).then(|| std::mem::take(&mut self.batch)))
    }
}

fn report(
    ctx: &Context,
    args: &WhatsappImportArgs,
    tally: &Tally,
    failed_file: Option<&Path>,
) -> Result<()> {
    let rejected = tally.counts.rejected.get();
    let imported = if args.dry_run {
        tally.read - rejected - tally.duplicates - tally.skipped
    } else {
        tally.counts.imported.get()
    };
    // Rows a stopped run did not get to: the journal sends them on --resume.
    let not_sent = tally.read - imported - rejected - tally.duplicates - tally.skipped;
    let mut summary = json!({
        "imported": imported,
        "rejected": rejected,
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
    let line = format!(
        "{verb} {imported} of {} rows: {rejected} rejected, {} duplicates (the last row of each number was kept), {} skipped (acknowledged by an earlier run){rest}",
        tally.read, tally.duplicates, tally.skipped
    );
    bulk::summary(
        ctx,
        args.failed.as_deref(),
        Some(summary),
        &line,
        Some(tally.load),
    )?;
    if let Some(path) = failed_file {
        ctx.printer.warn(&format!(
            "rejected rows are in {} with their reasons; fix them and import that file as it is",
            import::shown(path)
        ));
    }
    Ok(())
}
