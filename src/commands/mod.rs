//! One module per command group, and the one `match` that dispatches API commands.

pub mod api;
pub mod auth;
pub mod complete;
pub mod completions;
pub mod contacts;
pub mod customers;
pub mod each;
pub mod leads;
pub mod man;
pub mod members;
pub mod profile;
pub mod profile_edit;
pub mod registry;
pub mod sandbox;
#[cfg(feature = "sandbox")]
pub mod shapes_diff;
pub mod since_last;
pub mod whatsapp;

use std::io::{BufWriter, Write};

use anyhow::Result;

use crate::Context;
use crate::api::{Pages, Request};
use crate::cli::{Command, PageArgs};
use crate::error::ExitStatus;
use crate::output::{Column, Renderer};

pub async fn dispatch(command: Command, ctx: &Context) -> Result<ExitStatus> {
    let result = match command {
        Command::Customers(cmd) => customers::run(cmd, ctx).await,
        Command::Contacts(cmd) => contacts::run(cmd, ctx).await,
        Command::Leads(cmd) => leads::run(cmd, ctx).await,
        Command::Whatsapp(cmd) => whatsapp::run(cmd, ctx).await,
        Command::Members(cmd) => members::run(cmd, ctx).await,
        Command::Segments(cmd) => members::segments(cmd, ctx).await,
        Command::Bots(cmd) => registry::run(cmd, ctx).await,
        Command::Api(args) => api::run(args, ctx).await,
        Command::Auth(cmd) => auth::run(cmd, ctx).await,
        Command::Profile(_) | Command::Sandbox(_) | Command::Completions(_) | Command::Man(_) => {
            unreachable!("not an API command")
        }
    };
    if !ctx.settings.each_child {
        return result;
    }
    // A child of `customers each` tells its parent how the server took its requests, and
    // that its customer has no bot to run with: skipped, not failed.
    let result = match result {
        Err(e) if crate::error::is_no_bot(&e) => {
            ctx.printer
                .relay(&format!("{} {e:#}", crate::error::SKIP_LINE));
            Ok(ExitStatus::Success)
        }
        other => other,
    };
    ctx.printer.relay(&ctx.client.load().to_string());
    result
}

/// The command line's `--concurrency`, for the limiter.
impl From<crate::cli::Concurrency> for crate::api::adaptive::Concurrency {
    fn from(c: crate::cli::Concurrency) -> Self {
        match c {
            crate::cli::Concurrency::Auto => Self::Auto,
            crate::cli::Concurrency::Fixed(n) => Self::Fixed(n),
        }
    }
}

/// The command line's `--format`, for the reader.
impl From<crate::cli::InputFormat> for crate::import::Format {
    fn from(f: crate::cli::InputFormat) -> Self {
        use crate::cli::InputFormat as In;
        match f {
            In::Csv => Self::Csv,
            In::Json => Self::Json,
            In::Ndjson => Self::Ndjson,
            In::Xlsx => Self::Xlsx,
            In::Xls => Self::Xls,
            In::Ods => Self::Ods,
        }
    }
}

/// Asks before a destructive command: `--yes`, else a typed `yes` on a terminal; without a
/// terminal and without `--yes`, nothing is done (exit 2). The question is only made when
/// it is asked: it may look up the names of what is to be deleted.
pub async fn confirm(
    printer: &crate::printer::Printer,
    yes: bool,
    question: impl std::future::Future<Output = String>,
) -> Result<()> {
    use std::io::IsTerminal;
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        return Err(crate::error::usage_hint(
            "refusing to delete without --yes: standard input is not a terminal",
            "pass --yes to confirm",
        ));
    }
    let question = question.await;
    printer.prompt(&format!("{question} Type `yes` to confirm: "));
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer)?;
    if answer.trim() == "yes" {
        Ok(())
    } else {
        Err(crate::error::usage("not confirmed: nothing was deleted"))
    }
}

/// What a delete prompt names: `named` for the first few, then how many more.
pub fn named_list(named: &[String], total: usize) -> String {
    let mut list = named.join("; ");
    if total > named.len() {
        list.push_str(&format!("; and {} more", total - named.len()));
    }
    list
}

/// `key=value`, split; a usage error naming `flag` if it is not one.
pub fn split_pair<'a>(pair: &'a str, flag: &str) -> Result<(&'a str, &'a str)> {
    pair.split_once('=')
        .filter(|(k, _)| !k.trim().is_empty())
        .ok_or_else(|| crate::error::usage(format!("invalid {flag} `{pair}`: use key=value")))
}

/// `key=value` pairs as a JSON object, as httpie and xh read them: `key=value` is a string,
/// `key:=json` typed JSON; a dotted key sets a nested field.
pub fn fields_object(pairs: &[String], flag: &str) -> Result<serde_json::Value> {
    nested_object(typed_pairs(pairs, flag)?, flag)
}

/// `key=value` pairs as keys and values: `key=value` a string, `key:=json` typed JSON.
pub fn typed_pairs<'a>(
    pairs: &'a [String],
    flag: &str,
) -> Result<Vec<(&'a str, serde_json::Value)>> {
    let mut fields = Vec::with_capacity(pairs.len());
    for pair in pairs {
        let (key, raw) = split_pair(pair, flag)?;
        let field = match key.strip_suffix(':') {
            Some(key) => (
                key,
                serde_json::from_str(raw).map_err(|e| {
                    crate::error::usage(format!("invalid {flag} `{pair}`: after `:=`, JSON: {e}"))
                })?,
            ),
            None => (key, serde_json::Value::from(raw)),
        };
        fields.push(field);
    }
    Ok(fields)
}

/// Fields as a JSON object, a dotted key setting a nested field.
pub fn nested_object(
    fields: Vec<(&str, serde_json::Value)>,
    flag: &str,
) -> Result<serde_json::Value> {
    let mut object = serde_json::Value::Object(serde_json::Map::new());
    for (key, value) in fields {
        let mut cur = &mut object;
        let parts: Vec<&str> = key.trim().split('.').collect();
        for (i, part) in parts.iter().enumerate() {
            let serde_json::Value::Object(map) = cur else {
                return Err(crate::error::usage(format!(
                    "invalid {flag} `{key}`: `{part}` is inside a value"
                )));
            };
            if i == parts.len() - 1 {
                map.insert(part.to_string(), value);
                break;
            }
            cur = map
                .entry(part.to_string())
                .or_insert_with(|| serde_json::Value::Object(serde_json::Map::new()));
        }
    }
    Ok(object)
}

/// Prints a token fetched for a customer or member: with `--show` on the default table
/// output the token alone (for `TOKEN=$(bp … --show)`), else `item` with the token redacted
/// unless `--show`.
pub fn print_token(
    ctx: &Context,
    token: &crate::secret::Secret,
    show: bool,
    mut item: serde_json::Value,
    columns: &[Column],
) -> Result<()> {
    use std::io::Write;
    ctx.client.add_secret(token.clone());
    if show && ctx.settings.output.format == crate::output::Format::Table {
        writeln!(crate::printer::stdout(), "{}", token.expose())?;
        return Ok(());
    }
    item["token"] = serde_json::Value::from(if show {
        token.expose().to_string()
    } else {
        token.redacted()
    });
    let mut opts = ctx.settings.output.clone();
    if show {
        // Asked for: the token is data here, not a leak to mask.
        opts.mask = crate::secret::KnownSecrets::default();
    }
    crate::output::print_items(&opts, columns, &[item])?;
    Ok(())
}

impl From<&PageArgs> for Pages {
    fn from(args: &PageArgs) -> Self {
        match (args.page, args.all, args.limit) {
            (Some(n), _, _) => Pages::One(n),
            (_, true, _) => Pages::All,
            (_, _, Some(n)) => Pages::Limit(n),
            _ => Pages::First,
        }
    }
}

/// Fetches the pages a list command asked for and renders the items as they arrive;
/// `nothing` (`no contacts match`) is said on stderr when there are none.
pub async fn list(
    ctx: &Context,
    pages: &PageArgs,
    columns: &[Column],
    nothing: &str,
    page_request: impl Fn(u32) -> Request,
) -> Result<ExitStatus> {
    let all = Listing {
        nothing,
        keep: &|_| true,
        bookmark: None,
    };
    list_kept(ctx, pages, columns, all, page_request).await
}

/// What a listing keeps: the items `keep` takes, and with a `--since-last` bookmark only
/// those it has not handed out yet; `nothing` is said when none is left.
pub struct Listing<'a> {
    pub nothing: &'a str,
    pub keep: &'a dyn Fn(&serde_json::Value) -> bool,
    pub bookmark: Option<since_last::Bookmark>,
}

/// [`list`] of only what `listing` keeps. With a bookmark: every page, held back until the
/// last page is in, and the bookmark moved after.
pub async fn list_kept(
    ctx: &Context,
    pages: &PageArgs,
    columns: &[Column],
    listing: Listing<'_>,
    page_request: impl Fn(u32) -> Request,
) -> Result<ExitStatus> {
    let Listing {
        nothing,
        keep,
        mut bookmark,
    } = listing;
    let ahead = usize::from(pages.concurrency);
    let max_pages = pages.max_pages;
    let pages = match bookmark {
        Some(_) => Pages::All,
        None => Pages::from(pages),
    };
    let held = match bookmark {
        Some(_) => Some(crate::import::spool::unlinked()?),
        None => None,
    };
    let out: Box<dyn Write> = match &held {
        Some(file) => Box::new(file.try_clone()?),
        None => Box::new(crate::printer::stdout()),
    };
    let mut renderer = Renderer::new(ctx.settings.output.clone(), columns, BufWriter::new(out));
    let spinner = match pages {
        Pages::All | Pages::Limit(_) => crate::bulk::spinner(ctx, ""),
        Pages::First | Pages::One(_) => None,
    };
    let mut fetched = 0u64;
    let mut shown = 0usize;
    let summary = ctx
        .client
        .paginate(pages, ahead, max_pages, page_request, |items, total| {
            let kept: std::borrow::Cow<[serde_json::Value]> = if items.iter().all(keep) {
                items.into()
            } else {
                items
                    .iter()
                    .filter(|i| keep(i))
                    .cloned()
                    .collect::<Vec<_>>()
                    .into()
            };
            let new = match &mut bookmark {
                Some(bookmark) => bookmark.new_items(&kept)?.into(),
                None => kept,
            };
            renderer.write_items(&new)?;
            shown += new.len();
            fetched += items.len() as u64;
            if let Some(bar) = &spinner {
                bar.set_message(match total {
                    Some(total) => format!("{fetched} of {total} items"),
                    None => format!("{fetched} items"),
                });
            }
            Ok(())
        })
        .await;
    if let Some(bar) = spinner {
        bar.finish_and_clear();
    }
    let summary = summary?;
    renderer.finish()?;
    if let (Some(mut held), Some(bookmark)) = (held, bookmark) {
        let mut out = crate::printer::stdout();
        std::io::Seek::rewind(&mut held)?;
        std::io::copy(&mut held, &mut out)?;
        out.flush()?;
        drop(out);
        ctx.printer.info(&bookmark.tally());
        bookmark.save()?;
        return Ok(ExitStatus::Success);
    }
    crate::printer::stdout().flush()?;
    if shown == 0 {
        ctx.printer.info(&match pages {
            Pages::One(n) if n > 1 => format!("{nothing} on page {n}"),
            _ => nothing.to_string(),
        });
    }
    if summary.more_likely && !ctx.printer.quiet {
        ctx.printer.hint(&match summary.total {
            Some(total) => format!(
                "showing page 1 only ({} of {total} items): use --all, --limit N or --page 2",
                summary.items
            ),
            None => format!(
                "showing page 1 only ({} items); more pages may exist: use --all, --limit N or --page 2",
                summary.items
            ),
        });
    }
    Ok(ExitStatus::Success)
}
