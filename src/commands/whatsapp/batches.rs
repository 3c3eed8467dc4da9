//! The batches of `whatsapp import` on their way: sending, acknowledging, halving batches the
//! server finds too large, bisecting refused ones down to the refused rows, and stopping
//! when a refusal is of the request rather than of rows.
//!
//! A batch counts as imported only when the answer says so (`api::acknowledged`). Stopping
//! (the `Err` of these functions) is for what no row can fix: the credential refused (401,
//! 403, or the documented bad-token 400), an answer that does not acknowledge, a refusal of
//! the request itself, or a server gone past its retries. What was not acknowledged is then
//! reported by the caller, row by row, as `NOT_SENT`.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use anyhow::Result;
use serde_json::Value;

use crate::Context;
use crate::api::adaptive::Limiter;
use crate::api::{ApiError, Auth, Body, acknowledged, endpoints};
use crate::import::contact::Contact;

use super::listed::{Listed, listed_failures};
use crate::import::journal::{Journal, RowSet};
use crate::import::{FailedWriter, Record};

/// The counts the batches keep: imported and rejected rows.
#[derive(Debug, Default)]
pub(super) struct Counts {
    pub imported: Cell<u64>,
    pub rejected: Cell<u64>,
}

/// What the batches in flight share. Single-threaded: borrows never cross an await.
pub(super) struct Shared<'a> {
    pub ctx: &'a Context,
    pub auth: Auth,
    /// `--bot`'s id, sent as `botId`.
    pub bot_id: Option<String>,
    pub journal: Option<RefCell<Journal>>,
    pub failed: &'a RefCell<FailedWriter>,
    pub counts: &'a Counts,
    /// The batch size in force: halved when the server says a batch is too large.
    pub batch_size: Cell<usize>,
    pub limiter: Arc<Limiter>,
    pub progress: Option<crate::bulk::Progress>,
    /// Rows this run has settled: acknowledged, rejected, or reported as not acknowledged.
    pub settled: RefCell<RowSet>,
    /// Whether any batch of this run was acknowledged: until one is, a refusal of both
    /// halves of a batch with one message is taken as a refusal of the request.
    pub acked_any: Cell<bool>,
}

/// A row on its way: the contact, and the row as read (for the failed file).
pub(super) struct Pending {
    pub contact: Contact,
    pub record: Record,
}

impl Shared<'_> {
    pub fn reject(&self, pending: &Pending, reason: &str) -> Result<()> {
        if let Some(j) = &self.journal {
            j.borrow_mut().refused(pending.contact.row, reason)?;
        }
        self.failed
            .borrow_mut()
            .write_record(&pending.record, reason)?;
        self.settled.borrow_mut().insert(pending.contact.row);
        self.counts.rejected.set(self.counts.rejected.get() + 1);
        self.tick(1);
        Ok(())
    }

    /// Rejects the rows an answer named (index in `batch`, its words); the others.
    fn reject_named(
        &self,
        batch: Vec<Pending>,
        rows: Vec<(usize, String)>,
    ) -> Result<Vec<Pending>> {
        let mut words: Vec<Option<String>> = vec![None; batch.len()];
        for (i, said) in rows {
            words[i] = Some(said);
        }
        let mut rest = Vec::new();
        for (pending, said) in batch.into_iter().zip(words) {
            match said {
                Some(said) => self.reject(&pending, &format!("REJECTED: {said}"))?,
                None => rest.push(pending),
            }
        }
        Ok(rest)
    }

    fn acked(&self, batch: &[Pending]) -> Result<()> {
        let rows: Vec<u64> = batch.iter().map(|p| p.contact.row).collect();
        if let Some(j) = &self.journal {
            j.borrow_mut().acked(&rows)?;
        }
        let mut settled = self.settled.borrow_mut();
        rows.iter().for_each(|&r| settled.insert(r));
        self.acked_any.set(true);
        self.counts
            .imported
            .set(self.counts.imported.get() + rows.len() as u64);
        self.tick(rows.len() as u64);
        Ok(())
    }

    /// Rows the server answered without acknowledging: it may or may not have stored them,
    /// so they are reported (and left unacknowledged in the journal, for `--resume`).
    fn not_acknowledged(&self, batch: &[Pending], reason: &str) -> Result<()> {
        let mut failed = self.failed.borrow_mut();
        for p in batch {
            failed.write_record(&p.record, reason)?;
            self.settled.borrow_mut().insert(p.contact.row);
        }
        Ok(())
    }

    pub fn tick(&self, n: u64) {
        if let Some(bar) = &self.progress {
            bar.inc(n);
            let (imported, rejected) = (self.counts.imported.get(), self.counts.rejected.get());
            if bar.lines() {
                // A log line says both, every time.
                bar.set_message(format!("imported {imported}, rejected {rejected}"));
            } else if rejected > 0 {
                // The bar counts the rows settled: what it adds is how many were refused.
                bar.set_message(format!("{rejected} rejected"));
            }
        }
    }
}

/// A 413, or a 400 whose message speaks of size: the batch was too big, not wrong.
fn is_size_error(err: &ApiError) -> bool {
    match err {
        ApiError::Status { status: 413, .. } | ApiError::NotJson { status: 413, .. } => true,
        // A 400 that says so in as many words; other 400s are row refusals, bisected.
        ApiError::Status {
            status: 400,
            message,
            ..
        } => message.to_ascii_lowercase().contains("too large"),
        _ => false,
    }
}

/// A refusal of (some of) the batch's rows: 400 or 422, not retried.
fn is_refusal(err: &ApiError) -> bool {
    matches!(
        err,
        ApiError::Status {
            status: 400 | 422,
            ..
        }
    )
}

/// How the server took one request of a batch, when that is not a reason to stop.
enum Answer {
    Acked,
    TooLarge(ApiError),
    /// The server's words.
    Refused(String),
    /// The answer named rows that failed (index in the batch, the server's words); `acked`:
    /// it said success for the others.
    Partial {
        rows: Vec<(usize, String)>,
        acked: bool,
        /// Neither success nor failure said for the others: why their fate is unknown.
        unknown: Option<String>,
    },
}

/// Whether an answer says the request failed: `status` false or other than "success",
/// `success` false.
fn says_failure(body: &Value) -> bool {
    matches!(body.get("status"), Some(Value::Bool(false)))
        || matches!(body.get("status"), Some(Value::String(s)) if s != "success")
        || matches!(body.get("success"), Some(Value::Bool(false)))
        || matches!(body.get("success"), Some(Value::String(s)) if s.eq_ignore_ascii_case("false"))
}

/// A 2xx answer that says the rows were refused: a refusal, as a 400 would be (in the
/// server's words: it did not answer 400).
fn refusal(message: String) -> (ApiError, Option<String>) {
    let err = ApiError::Status {
        status: 400,
        message: message.clone(),
        retry_after: None,
    };
    (err, Some(message))
}

/// Sends the batch once. Stops (`Err`) on what no row can fix.
async fn attempt(shared: &Shared<'_>, batch: &[Pending]) -> Result<Answer> {
    let items: Vec<_> = batch.iter().map(|p| &p.contact.item).collect();
    let body = Body::Serialized(serde_json::to_vec(&items)?);
    let req = endpoints::contacts_import(shared.auth.clone(), body, shared.bot_id.as_deref())
        .limited(&shared.limiter);
    let (err, words) = match shared.ctx.client.send(&req).await {
        Ok(body) => match listed_failures(&body, &items) {
            Listed::Named(rows) => {
                let scrub = shared.ctx.client.redactor();
                let rows = rows
                    .into_iter()
                    .map(|(i, words)| (i, crate::leaf::sanitize(&scrub.scrub(&words))))
                    .collect();
                let acked = acknowledged(&body);
                // The others are sent again only when the answer says the request failed;
                // one that says neither leaves their fate unknown.
                if !acked && !says_failure(&body) {
                    let said = crate::bulk::stop::snippet(&body, 80);
                    let problem = format!(
                        "the server answered {said}, naming failed rows without saying success for the others: bp cannot tell whether it stored them"
                    );
                    return Ok(Answer::Partial {
                        rows,
                        acked: false,
                        unknown: Some(problem),
                    });
                }
                return Ok(Answer::Partial {
                    rows,
                    acked,
                    unknown: None,
                });
            }
            Listed::Unnamed(words) => refusal(crate::leaf::sanitize(
                &shared.ctx.client.redactor().scrub(&words),
            )),
            Listed::None if acknowledged(&body) => return Ok(Answer::Acked),
            Listed::None => {
                let message = body.get("message").and_then(Value::as_str).unwrap_or("");
                let message = shared.ctx.client.redactor().scrub(message).into_owned();
                match body.get("status") {
                    // `{"status": "error", …}` or `{"status": false, …}`: a refusal, whatever
                    // the HTTP status said.
                    Some(Value::String(status)) if status != "success" => {
                        refusal(format!("status `{status}`: {message}"))
                    }
                    Some(Value::Bool(false)) => refusal(format!("status false: {message}")),
                    _ => {
                        let said = crate::bulk::stop::snippet(&body, 80);
                        let problem = format!(
                            "the server answered {said} without saying success (`\"status\": \"success\"` or `\"success\": true`): bp cannot tell whether it stored these rows"
                        );
                        shared.not_acknowledged(batch, &format!("NOT_ACKNOWLEDGED: {problem}"))?;
                        return Err(anyhow::anyhow!("{problem}"));
                    }
                }
            }
        },
        Err(err) => (err, None),
    };
    if err.is_bad_token() {
        // bp checks what it sends; this answer can only be about the credential.
        return Err(err.into_refused(shared.auth.credential()).into());
    }
    if is_size_error(&err) {
        Ok(Answer::TooLarge(err))
    } else if is_refusal(&err) {
        Ok(Answer::Refused(words.unwrap_or_else(|| err.to_string())))
    } else {
        Err(err.into())
    }
}

type Sending<'a> = Pin<Box<dyn Future<Output = Result<()>> + 'a>>;

/// Sends a batch as read and settles its rows.
pub(super) fn send_batch<'a>(shared: &'a Shared<'a>, batch: Vec<Pending>) -> Sending<'a> {
    send(shared, batch, true)
}

/// `whole`: a batch as read, not a part of one being bisected.
fn send<'a>(shared: &'a Shared<'a>, batch: Vec<Pending>, whole: bool) -> Sending<'a> {
    Box::pin(async move {
        // Batches read before the server said a size was too large are split at once.
        if batch.len() > shared.batch_size.get() {
            return split_and_send(shared, batch, None).await;
        }
        let answer = attempt(shared, &batch).await?;
        settle(shared, batch, answer, whole).await
    })
}

/// Acts on a batch's answer: counts it, halves it, bisects it, or rejects its one row.
fn settle<'a>(
    shared: &'a Shared<'a>,
    batch: Vec<Pending>,
    answer: Answer,
    whole: bool,
) -> Sending<'a> {
    Box::pin(async move {
        match answer {
            Answer::Acked => shared.acked(&batch),
            Answer::TooLarge(_) if batch.len() > 1 => {
                let half = batch.len() / 2;
                if half < shared.batch_size.get() {
                    shared.batch_size.set(half);
                    shared.ctx.printer.debug(
                        1,
                        &format!(
                            "the server refused {} contacts at once: sending {half} per request",
                            batch.len()
                        ),
                    );
                }
                split_and_send(shared, batch, None).await
            }
            Answer::Refused(said) if batch.len() > 1 => {
                // Until a batch is acknowledged, both halves refused alike is the request's
                // fault: an expired token, a field the server now requires.
                let check = (whole && !shared.acked_any.get()).then_some(said);
                split_and_send(shared, batch, check).await
            }
            Answer::TooLarge(err) => shared.reject(&batch[0], &format!("TOO_LARGE: {err}")),
            Answer::Refused(said) => shared.reject(&batch[0], &format!("REJECTED: {said}")),
            Answer::Partial {
                rows,
                acked,
                unknown,
            } => {
                let rest = shared.reject_named(batch, rows)?;
                match (rest.is_empty(), acked, unknown) {
                    (true, _, _) => Ok(()),
                    (false, true, _) => shared.acked(&rest),
                    (false, false, Some(problem)) => {
                        shared.not_acknowledged(&rest, &format!("NOT_ACKNOWLEDGED: {problem}"))?;
                        Err(anyhow::anyhow!("{problem}"))
                    }
                    // The request failed for the others too: sent again, without the rows named.
                    (false, false, None) => send(shared, rest, false).await,
                }
            }
        }
    })
}

/// Sends the two halves of a batch. With `check` (the whole batch's refusal), both halves
/// are sent before either is bisected, and both refused with that same message stops the run.
async fn split_and_send<'a>(
    shared: &'a Shared<'a>,
    mut batch: Vec<Pending>,
    check: Option<String>,
) -> Result<()> {
    let second = batch.split_off(batch.len() / 2);
    let Some(message) = check else {
        send(shared, batch, false).await?;
        return send(shared, second, false).await;
    };
    let first_answer = attempt(shared, &batch).await?;
    let second_answer = match attempt(shared, &second).await {
        Ok(answer) => answer,
        Err(stop) => {
            // The server stored the first half: count it before stopping, or it would be
            // reported as not sent and sent again on --resume.
            match first_answer {
                Answer::Acked => shared.acked(&batch)?,
                Answer::Partial {
                    rows, acked: true, ..
                } => {
                    let rest = shared.reject_named(batch, rows)?;
                    if !rest.is_empty() {
                        shared.acked(&rest)?;
                    }
                }
                _ => {}
            }
            return Err(stop);
        }
    };
    if let (Answer::Refused(a), Answer::Refused(b)) = (&first_answer, &second_answer)
        && *a == message
        && *b == message
    {
        return Err(anyhow::anyhow!(
            "the server refuses the request, not a row: a batch and both its halves got the same answer ({message}); fix what it says (the credential, a field it now requires) and run the import again with --resume"
        ));
    }
    settle(shared, batch, first_answer, false).await?;
    settle(shared, second, second_answer, false).await
}
