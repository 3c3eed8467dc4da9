//! `bp leads upsert --from`: every row of a file upserted, or written to the failed file
//! with its reason, by the bulk engine's per-row run ([`bulk::send_rows`]).

use anyhow::Result;
use serde_json::Value;

use super::columns::{Field, field};
use super::{Ids, LeadInput, default_ids, lead_body};
use crate::Context;
use crate::api::{Request, endpoints};
use crate::bulk::{self, PerRow, Policy, Ready, RowOpts};
use crate::cli::LeadsUpsertArgs;
use crate::error::{ExitStatus, usage_hint};
use crate::import::spool::Spool;
use crate::import::stop::Signals;
use crate::import::{self, FailedWriter, Reader, Record};
use crate::secret::Secret;

pub(super) async fn upsert(args: LeadsUpsertArgs, ctx: &Context) -> Result<ExitStatus> {
    // Until the sending starts, Ctrl-C or SIGTERM exits at once: nothing was sent.
    let signals = Signals::watch();
    let (reader, failed, ids, _spool) = open_input(&args, ctx).await?;
    let token = ids.token(ctx)?;
    let leads = Leads {
        tags: &args.tags,
        ids,
        token,
    };
    let opts = RowOpts {
        from: args.from.as_deref().unwrap_or("-"),
        failed_arg: args.failed.as_deref(),
        dry_run: args.dry_run,
        concurrency: args.concurrency.into(),
        policy: Policy::default(),
        done: "upserted",
        line: |n| format!("upserted {n} leads"),
    };
    bulk::send_rows(ctx, &leads, reader, failed, signals, opts).await
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
    let unknown: Vec<&String> = reader
        .header
        .iter()
        .filter(|h| field(h).is_none())
        .collect();
    if !unknown.is_empty() {
        let names: Vec<String> = unknown.iter().map(|u| format!("`{u}`")).collect();
        return Err(usage_hint(
            format!("{from}: unknown column {}", names.join(", ")),
            "columns are uuid, bot-id, customer-id, agent-id, name, email, phone, dial-code, status, picture, tags, attributes, notes, attr.KEY, note.TITLE, or those `leads list -o csv` writes",
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
    let has_column = |wanted: Field| reader.header.iter().any(|h| field(h) == Some(wanted));
    if reader.format.is_tabular() {
        for (id, column, flag, key, env) in [
            (&ids.bot_id, Field::BotId, "--bot-id", "bot_id", "BP_BOT_ID"),
            (
                &ids.customer_id,
                Field::CustomerId,
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

/// Rows as leads: their tags, ids and the bot's token.
struct Leads<'a> {
    tags: &'a [String],
    ids: Ids,
    /// The bot token, for `x-bp-token`.
    token: Secret,
}

impl PerRow for Leads<'_> {
    fn check(&self, mut record: Record) -> Result<Ready, (Record, String)> {
        let lead = LeadInput::from_record(&record).map(|mut l| {
            l.tags.extend(self.tags.iter().cloned());
            l
        });
        match lead.and_then(|l| lead_body(l, &self.ids)) {
            Err(e) => Err((record, format!("{}: {}", e.code, e.message))),
            Ok(body) => {
                record.fields.shrink_to_fit();
                // The record it updates: rows of one uuid go out one at a time, in file order.
                let key = body["uuid"].as_str().unwrap_or_default().to_string();
                Ok(Ready { record, key, body })
            }
        }
    }

    fn request(&self, body: Value) -> Request {
        endpoints::lead_upsert(self.token.clone(), body)
    }
}
