//! `bp contacts delete`: the ids on the command line and in `--from FILE`, deleted 100 a
//! request on the bulk engine (`crate::bulk`): as many requests in flight as the window
//! allows, an error or Ctrl-C/SIGTERM a stop after which the requests in flight are waited
//! for, and, with `--from` (or `--failed PATH`), every id not deleted in `FILE.failed.csv`
//! (or PATH) with its reason
//! (`NOT_SENT: …`), a file `--from` takes as it is. A request counts as deleting its ids
//! only when the answer says success (`api::acknowledged`): any other answer stops the run,
//! and its ids are listed as `NOT_ACKNOWLEDGED: …`.

use std::sync::Arc;

use anyhow::Result;
use serde_json::{Value, json};

use crate::Context;
use crate::api::adaptive::{Concurrency, Limiter};
use crate::api::{ApiError, Auth, acknowledged, endpoints};
use crate::bulk::{self, Next, Stop};
use crate::cli::ContactsDeleteArgs;
use crate::error::{ExitStatus, usage};
use crate::import::stop::Signals;
use crate::import::{self, FailedWriter, Format, Record};

/// Ids a request deletes at the most.
const PER_REQUEST: usize = 100;

/// A request in flight: the place of its first id, how many, and the answer.
type Answer = (usize, usize, Result<Value, ApiError>);

pub(super) async fn delete(args: ContactsDeleteArgs, ctx: &Context) -> Result<ExitStatus> {
    // Until the deleting starts, Ctrl-C or SIGTERM exits at once: nothing was sent.
    let mut signals = Signals::watch();
    let ids = checked_ids(&args)?;
    let default = |from: &str| FailedWriter::default_path(from, Format::Csv);
    let path = args
        .failed
        .clone()
        .or_else(|| args.from.as_deref().map(default));
    let failed = match path {
        Some(path) => {
            import::check_path(args.from.as_deref().map(std::path::Path::new), &path)?;
            Some(FailedWriter::new(path, Format::Csv, &["id".into()]).reporting(ctx.printer, false))
        }
        None => None,
    };
    // Without a terminal and --yes, nothing is sent, not even a customer lookup.
    let question = async {
        let list = named(ctx, &ids).await;
        match ids.len() {
            1 => format!("Delete contact {list}?"),
            n => format!("Delete {n} contacts: {list}?"),
        }
    };
    super::super::confirm(&ctx.printer, args.yes, question).await?;
    let mut run = Run {
        ctx,
        auth: ctx.api_auth().await?,
        limiter: Arc::new(Limiter::new(Concurrency::Fixed(1))),
        ids,
        next: 0,
        deleted: 0,
        settled: Vec::new(),
        unacknowledged: Vec::new(),
        stop: None,
    };
    signals.graceful();
    let limiter = run.limiter.clone();
    bulk::send_all(&mut run, &limiter, &mut signals, ctx).await;
    run.finish(failed)
}

/// The ids a delete prompt names at the most, and the contact pages it looks through.
const NAMED: usize = 10;
const LOOKUP_PAGES: u32 = 50;

/// The first contacts of `ids` as a delete prompt names them (`ID NAME <EMAIL>`), from the
/// contact pages (no endpoint gives one contact by id); an id it cannot name is said to be
/// so, with why on a warning line.
async fn named(ctx: &Context, ids: &[String]) -> String {
    let first = &ids[..ids.len().min(NAMED)];
    let mut found: Vec<Option<String>> = vec![None; first.len()];
    let why = match look_up(ctx, first, &mut found).await {
        Ok(true) => None,
        Ok(false) => Some(format!(
            "only the first {LOOKUP_PAGES} pages of contacts were looked through"
        )),
        Err(e) => Some(format!("{e:#}")),
    };
    if let Some(why) = &why {
        ctx.printer
            .warn(&format!("could not look up the contacts to delete: {why}"));
    }
    let labels: Vec<String> = first
        .iter()
        .zip(found)
        .map(|(id, label)| match (label, &why) {
            (Some(label), _) => label,
            (None, None) => format!("{id} (not found)"),
            (None, Some(_)) => format!("{id} (could not be looked up)"),
        })
        .collect();
    super::super::named_list(&labels, ids.len())
}

/// Fills `found` with the contacts of `ids` (any interaction) from their pages, until all
/// are found or the pages end (`true`) or [`LOOKUP_PAGES`] were read (`false`).
async fn look_up(ctx: &Context, ids: &[String], found: &mut [Option<String>]) -> Result<bool> {
    let auth = ctx.api_auth().await?;
    let mut body = super::sample_body();
    body["applicableFilters"] = json!([]);
    for page in 1..=LOOKUP_PAGES {
        body["page"] = Value::from(page);
        let req = endpoints::contacts_search(auth.clone(), body.clone());
        let items = crate::api::data_items(&req.path, ctx.client.send(&req).await?)?;
        if items.is_empty() {
            return Ok(true);
        }
        for item in &items {
            let id = item["_id"].as_str().unwrap_or_default();
            if let Some(at) = ids.iter().position(|wanted| wanted == id) {
                found[at] = Some(super::describe(item));
            }
        }
        if found.iter().all(Option::is_some) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The ids to delete, all checked before anything is sent.
fn checked_ids(args: &ContactsDeleteArgs) -> Result<Vec<String>> {
    let mut ids = args.ids.clone();
    if let Some(path) = &args.from {
        ids.extend(ids_from(path)?);
    }
    for id in &ids {
        if id.len() != 24 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(usage(format!(
                "invalid contact id `{id}`: an id is 24 hex characters"
            )));
        }
    }
    if ids.is_empty() {
        return Err(usage("no contact ids to delete"));
    }
    Ok(ids)
}

/// Contact ids from a file: one per line, or a CSV/JSON/NDJSON with an `_id` or `id` field.
fn ids_from(path: &str) -> Result<Vec<String>> {
    let format = crate::import::Format::from_path(std::path::Path::new(path));
    if format.is_none() {
        let text =
            std::fs::read_to_string(path).map_err(|e| usage(format!("cannot read {path}: {e}")))?;
        return Ok(text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect());
    }
    let mut ids = Vec::new();
    for row in crate::import::open(path, format)? {
        match row? {
            crate::import::Row::Ok(rec) => {
                let id = rec
                    .fields
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case("_id") || k.eq_ignore_ascii_case("id"))
                    .and_then(|(_, v)| v.as_str().map(String::from));
                match id {
                    Some(id) => ids.push(id),
                    None => {
                        return Err(usage(format!(
                            "{path}: row {} has no `_id` or `id`",
                            rec.row
                        )));
                    }
                }
            }
            crate::import::Row::Bad { row, reason, .. } => {
                return Err(usage(format!("{path}: row {row}: {reason}")));
            }
        }
    }
    Ok(ids)
}

/// One run of `contacts delete`.
struct Run<'a> {
    ctx: &'a Context,
    auth: Auth,
    limiter: Arc<Limiter>,
    ids: Vec<String>,
    /// The place of the first id not sent yet.
    next: usize,
    deleted: usize,
    /// The (first, count) of the requests answered with success.
    settled: Vec<(usize, usize)>,
    /// The (first, count, reason) of the requests answered without saying success.
    unacknowledged: Vec<(usize, usize, String)>,
    stop: Option<Stop>,
}

impl<'a> bulk::Sender<'a> for Run<'a> {
    type Answer = Answer;

    fn stop(&mut self) -> &mut Option<Stop> {
        &mut self.stop
    }

    fn next(&mut self) -> Next<bulk::Request<'a, Answer>> {
        if self.next >= self.ids.len() {
            return Next::End;
        }
        let (first, count) = (self.next, PER_REQUEST.min(self.ids.len() - self.next));
        self.next += count;
        let body = json!({"ids": &self.ids[first..first + count], "status": "DELETED"});
        let req = endpoints::contacts_status_update(self.auth.clone(), body).limited(&self.limiter);
        let client = &self.ctx.client;
        Next::Send(Box::pin(
            async move { (first, count, client.send(&req).await) },
        ))
    }

    fn answered(&mut self, (first, count, result): Answer) -> Option<bulk::Request<'a, Answer>> {
        match result {
            Ok(body) if acknowledged(&body) => {
                self.deleted += count;
                self.settled.push((first, count));
            }
            Ok(body) => {
                let snippet = bulk::stop::snippet(&body, 120);
                let snippet = self.ctx.client.redactor().scrub(&snippet).into_owned();
                let (reason, stop) =
                    bulk::stop::not_acknowledged(&snippet, "these contacts were deleted");
                self.unacknowledged.push((first, count, reason));
                self.stop.get_or_insert(stop);
            }
            Err(e) if e.is_bad_token() => {
                // bp checks every id it sends: this answer can only be about the credential.
                let refused = e.into_refused(self.auth.credential());
                self.stop.get_or_insert(Stop::Failed(refused.into()));
            }
            Err(e) => {
                let total = self.ids.len();
                let err = anyhow::Error::new(e).context(format!(
                    "deleted {} of {total} contacts, then",
                    self.deleted
                ));
                self.stop.get_or_insert(Stop::Failed(err));
            }
        }
        None
    }
}

impl Run<'_> {
    /// The ids not deleted into the failed file (with `--from`), the summary, and the
    /// exit status.
    fn finish(mut self, failed: Option<FailedWriter>) -> Result<ExitStatus> {
        let failed_file = match (failed, &self.stop) {
            (Some(mut failed), Some(stop)) => {
                let not_sent = stop.not_sent();
                self.settled.sort_unstable();
                let mut settled = self.settled.iter().peekable();
                for (at, id) in self.ids.iter().enumerate() {
                    while settled
                        .next_if(|(first, count)| first + count <= at)
                        .is_some()
                    {}
                    if settled.peek().is_some_and(|(first, _)| *first <= at) {
                        continue;
                    }
                    let reason = self
                        .unacknowledged
                        .iter()
                        .find(|(first, count, _)| (*first..first + count).contains(&at))
                        .map_or(not_sent.as_str(), |(_, _, reason)| reason.as_str());
                    let record = Record {
                        row: at as u64 + 1,
                        fields: vec![("id".into(), Value::from(id.as_str()))],
                    };
                    failed.write_record(&record, reason)?;
                }
                failed.finish()?
            }
            (Some(failed), None) => failed.finish()?,
            (None, _) => None,
        };
        let ctx = self.ctx;
        let line = format!("deleted {} contacts", self.deleted);
        bulk::summary(ctx, None, None, &line, Some(self.limiter.stats()))?;
        if let Some(path) = &failed_file {
            let again = if import::is_stdout(path) {
                String::new()
            } else {
                format!("; run again with --from {}", path.display())
            };
            ctx.printer.warn(&format!(
                "{} contacts not deleted are in {} with their reasons{again}",
                self.ids.len() - self.deleted,
                import::shown(path),
            ));
        }
        let interrupted = match failed_file {
            Some(_) => "interrupted: the contacts not deleted are in the failed file",
            None => "interrupted",
        };
        Stop::exit(self.stop, 0, &ctx.printer, None, interrupted)
    }
}
