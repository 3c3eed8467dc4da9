//! One module per command group, and the one `match` that dispatches API commands.

pub mod completions;
pub mod contacts;
pub mod customers;
pub mod each;
pub mod leads;
pub mod profile;
pub mod sandbox;
pub mod whatsapp;

use std::io::{BufWriter, Write};

use anyhow::Result;

use crate::Context;
use crate::api::{Pages, Request};
use crate::cli::{Command, PageArgs};
use crate::error::ExitStatus;
use crate::output::{Column, Renderer};

pub async fn dispatch(
    command: Command,
    ctx: &Context,
    global: &crate::cli::GlobalArgs,
) -> Result<ExitStatus> {
    match command {
        Command::Customers(cmd) => customers::run(cmd, ctx, global).await,
        Command::Contacts(cmd) => contacts::run(cmd, ctx).await,
        Command::Leads(cmd) => leads::run(cmd, ctx).await,
        Command::Whatsapp(cmd) => whatsapp::run(cmd, ctx).await,
        Command::Profile(_) | Command::Sandbox(_) | Command::Completions(_) => {
            unreachable!("not an API command")
        }
    }
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

/// Fetches the pages a list command asked for and renders the items as they arrive.
pub async fn list(
    ctx: &Context,
    pages: &PageArgs,
    columns: &[Column],
    page_request: impl Fn(u32) -> Request,
) -> Result<ExitStatus> {
    let pages = Pages::from(pages);
    let stdout = std::io::stdout();
    let mut renderer = Renderer::new(ctx.output.clone(), columns, BufWriter::new(stdout.lock()));
    let spinner = if ctx.printer.progress() && matches!(pages, Pages::All | Pages::Limit(_)) {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        Some(bar)
    } else {
        None
    };
    let mut fetched = 0u64;
    let summary = ctx
        .client
        .paginate(pages, page_request, |items| {
            renderer.write_items(items)?;
            fetched += items.len() as u64;
            if let Some(bar) = &spinner {
                bar.set_message(format!("{fetched} items"));
            }
            Ok(())
        })
        .await;
    if let Some(bar) = spinner {
        bar.finish_and_clear();
    }
    let summary = summary?;
    renderer.finish()?;
    std::io::stdout().flush()?;
    if summary.more_likely && !ctx.printer.quiet {
        ctx.printer.hint(&format!(
            "showing page 1 only ({} items); more pages may exist: use --all, --limit N or --page 2",
            summary.items
        ));
    }
    Ok(ExitStatus::Success)
}
