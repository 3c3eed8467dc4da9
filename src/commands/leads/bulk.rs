//! `bp leads upsert --from`: every row of a file upserted, or written to the failed file
//! with its reason.

use std::io::Write;
use std::sync::Arc;

use anyhow::Result;
use futures_util::StreamExt;
use futures_util::stream::FuturesUnordered;
use serde_json::json;

use super::{LeadInput, bp_auth, default_ids, dry_run_line, known_column, lead_body, normalize};
use crate::Context;
use crate::api::adaptive::Limiter;
use crate::api::{ApiError, Request};
use crate::cli::{LeadsUpsertArgs, OutputFormat};
use crate::error::{ExitStatus, usage, usage_hint};
use crate::import::{self, FailedWriter, Row};

/// Why a row was not upserted, as the failed file's `reason` says it.
fn server_reason(err: &ApiError) -> String {
    match err {
        ApiError::Status { .. } | ApiError::NotJson { .. } if !err.retryable() => {
            format!("REJECTED: {err}")
        }
        _ => format!("NOT_SENT: {err}"),
    }
}

pub(super) async fn upsert(args: LeadsUpsertArgs, ctx: &Context) -> Result<ExitStatus> {
    let from = args.from.clone().expect("bulk mode has --from");
    let ids = default_ids(&args.ids, ctx, false).await?;
    let reader = import::open(&from, args.format)?;
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
    if from != "-" && import::same_file(std::path::Path::new(&from), &failed_path) {
        return Err(usage("--failed must not be the input file"));
    }
    // Ids a CSV cannot supply must come from the flags or the profile, before anything is sent.
    let has_column = |name: &str| {
        reader
            .header
            .iter()
            .any(|h| normalize(&h.trim().to_ascii_lowercase()) == name)
    };
    if reader.format == import::Format::Csv {
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
    let mut failed = FailedWriter::new(failed_path, reader.format, &reader.header);
    if !args.dry_run {
        failed.clear_stale()?;
    }
    let auth = bp_auth(ctx)?;
    let limiter = Arc::new(Limiter::new(args.concurrency));
    let progress = if ctx.printer.progress() {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        Some(bar)
    } else {
        None
    };
    let mut stdout = crate::printer::stdout();
    let (mut sent, mut rejected_rows) = (0u64, 0u64);
    let mut abort: Option<anyhow::Error> = None;
    let mut read_failed = false;
    let mut inflight = FuturesUnordered::new();
    let mut rows = reader;
    let mut exhausted = false;
    loop {
        while !exhausted && abort.is_none() && inflight.len() < limiter.window() {
            let Some(row) = rows.next() else {
                exhausted = true;
                break;
            };
            let row = match row {
                Ok(row) => row,
                Err(e) => {
                    // Stop reading; the leads in flight are still waited for and counted.
                    abort = Some(e.context(format!("cannot read {from}")));
                    read_failed = true;
                    break;
                }
            };
            match row {
                Row::Bad { row, raw, reason } => {
                    if args.dry_run {
                        ctx.printer.warn(&format!("row {row}: {reason}"));
                    } else if let Err(e) = failed.write_raw(row, &raw, &reason) {
                        abort = Some(e);
                        break;
                    }
                    rejected_rows += 1;
                }
                Row::Ok(mut record) => {
                    let lead = LeadInput::from_record(&record).map(|mut l| {
                        l.tags.extend(args.tags.iter().cloned());
                        l
                    });
                    match lead.and_then(|l| lead_body(l, &ids)) {
                        Err(e) => {
                            let reason = format!("{}: {}", e.code, e.message);
                            if args.dry_run {
                                ctx.printer.warn(&format!("row {}: {reason}", record.row));
                            } else if let Err(e) = failed.write_record(&record, &reason) {
                                abort = Some(e);
                                break;
                            }
                            rejected_rows += 1;
                        }
                        Ok(body) if args.dry_run => {
                            writeln!(stdout, "{}", dry_run_line(ctx, &auth, &body)?)?;
                        }
                        Ok(body) => {
                            record.fields.shrink_to_fit();
                            let req = Request::put("inbox/direct/lead", auth.clone(), body)
                                .limited(&limiter);
                            inflight.push(async move {
                                let result = ctx.client.send(&req).await;
                                (record, result)
                            });
                        }
                    }
                }
            }
        }
        let Some((record, result)) = inflight.next().await else {
            if exhausted || abort.is_some() {
                break;
            }
            continue;
        };
        match result {
            Ok(_) => sent += 1,
            Err(err) => {
                if let Err(e) = failed.write_record(&record, &server_reason(&err)) {
                    abort.get_or_insert(e);
                }
                rejected_rows += 1;
                // Bad credentials or a server down past the retries: stop sending.
                if abort.is_none()
                    && (matches!(err, ApiError::Unauthorized { .. })
                        || err.retryable()
                        || matches!(err, ApiError::RetryAfterTooLong(_)))
                {
                    abort = Some(err.into());
                }
            }
        }
        if let Some(bar) = &progress {
            bar.set_message(format!("{sent} upserted, {rejected_rows} rejected"));
        }
    }
    if let Some(err) = &abort
        && !read_failed
        && !args.dry_run
    {
        // Every row not sent is reported, never skipped.
        let reason = format!("NOT_SENT: stopped after an earlier error: {err:#}");
        for row in rows {
            match row? {
                Row::Bad {
                    row,
                    raw,
                    reason: own,
                } => failed.write_raw(row, &raw, &own)?,
                Row::Ok(record) => failed.write_record(&record, &reason)?,
            }
            rejected_rows += 1;
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    let failed_file = failed.finish()?;
    if args.dry_run {
        return Ok(if rejected_rows > 0 {
            ExitStatus::Partial
        } else {
            ExitStatus::Success
        });
    }
    let stats = limiter.stats();
    if ctx.output.format == OutputFormat::Json {
        writeln!(
            stdout,
            "{}",
            json!({
                "upserted": sent,
                "rejected": rejected_rows,
                "failed_file": failed_file,
                "requests": stats.requests,
                "throttled": stats.throttled,
            })
        )?;
    }
    ctx.printer.info(&format!("upserted {sent} leads"));
    crate::commands::report_throttling(ctx, stats);
    if let Some(path) = &failed_file {
        ctx.printer.warn(&format!(
            "{rejected_rows} rows not upserted, written with their reasons to {}; fix them and run again with --from {}",
            path.display(),
            path.display()
        ));
    }
    match abort {
        Some(err) => Err(err),
        None if rejected_rows > 0 => Ok(ExitStatus::Partial),
        None => Ok(ExitStatus::Success),
    }
}
