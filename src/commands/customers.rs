//! `bp customers …`: the agency's customer accounts, with the partner key.

use anyhow::{Context as _, Result};
use serde_json::{Value, json};

use crate::Context;
use crate::api::agency::{self, text};
use crate::api::endpoints;
use crate::cli::{
    CustomerFilter, CustomersCommand, CustomersCreateArgs, CustomersDeleteArgs, CustomersGetArgs,
    CustomersListArgs, CustomersTokenArgs, CustomersUpdateArgs,
};
use crate::commands::complete::cache;
use crate::error::{ExitStatus, usage_hint};
use crate::output::{Column, col};

pub const COLUMNS: &[Column] = &[
    col("id", "_id"),
    col("name", "name"),
    col("email", "contact.email"),
    col("status", "status"),
    col("verified", "verified"),
    col("created", "createdAt"),
    col("last login", "lastLogin"),
];

pub async fn run(cmd: CustomersCommand, ctx: &Context) -> Result<ExitStatus> {
    match cmd {
        CustomersCommand::List(args) => list(args, ctx).await,
        CustomersCommand::Get(args) => get(args, ctx).await,
        CustomersCommand::Token(args) => token(args, ctx).await,
        CustomersCommand::Each(args) => super::each::each(args, ctx).await,
        CustomersCommand::Create(args) => create(args, ctx).await,
        CustomersCommand::Update(args) => update(args, ctx).await,
        CustomersCommand::Delete(args) => delete(args, ctx).await,
    }
}

fn check_id(id: &str) -> Result<()> {
    if agency::is_id(id) {
        Ok(())
    } else {
        Err(crate::error::usage(format!(
            "invalid customer id `{id}`: an id is 24 hex characters"
        )))
    }
}

fn read_password(from_stdin: bool) -> Result<String> {
    use std::io::IsTerminal;
    let password = if from_stdin {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        line.trim_end_matches(['\r', '\n']).to_string()
    } else if std::io::stdin().is_terminal() {
        rpassword::prompt_password("Password for the new customer: ")?
    } else {
        return Err(usage_hint(
            "no password: standard input is not a terminal",
            "pipe it in with --password-stdin",
        ));
    };
    if password.is_empty() {
        return Err(crate::error::usage("the password is empty"));
    }
    Ok(password)
}

async fn create(args: CustomersCreateArgs, ctx: &Context) -> Result<ExitStatus> {
    if !crate::import::contact::valid_email(&args.email) {
        return Err(crate::error::usage(format!(
            "invalid --email: `{}` is not an email address",
            args.email
        )));
    }
    let password = read_password(args.password_stdin)?;
    ctx.client
        .add_secret(crate::secret::Secret::new(password.clone()));
    let mut body = json!({"username": args.email, "name": args.name, "password": password});
    if let Some(limit) = args.usage_limit {
        body["limit"] = Value::from(limit);
    }
    let auth = ctx.partner_auth()?;
    // Not safe to repeat: a customer must not be created twice.
    let answer = match ctx
        .client
        .send(&endpoints::customer_create(auth.clone(), body.clone()))
        .await
    {
        // Older accounts document `POST /customer`.
        Err(
            crate::api::ApiError::Status { status: 404, .. }
            | crate::api::ApiError::NotJson { status: 404, .. },
        ) => {
            ctx.client
                .send(&endpoints::customer_create_older(auth, body))
                .await?
        }
        other => other?,
    };
    let item = match answer.get("data") {
        Some(d @ Value::Object(_)) => d.clone(),
        _ => answer,
    };
    if let Some(id) = item["_id"].as_str() {
        let created = cache::Entry {
            id: id.to_string(),
            name: args.name.clone(),
            email: args.email.clone(),
        };
        ctx.update_customers(|list| list.push(created));
    }
    crate::output::print_answer(&ctx.settings.output, &ctx.printer, COLUMNS, &item)?;
    Ok(ExitStatus::Success)
}

async fn update(args: CustomersUpdateArgs, ctx: &Context) -> Result<ExitStatus> {
    check_id(&args.id)?;
    let body = match &args.body_json {
        Some(raw) => {
            let v: Value = serde_json::from_str(raw)
                .map_err(|e| crate::error::usage(format!("invalid --body-json: {e}")))?;
            if !v.is_object() {
                return Err(crate::error::usage(
                    "invalid --body-json: it must be a JSON object",
                ));
            }
            v
        }
        None => super::fields_object(&args.set, "--set")?,
    };
    let answer = ctx
        .client
        .send(&endpoints::customer_update(
            ctx.partner_auth()?,
            &args.id,
            body,
        ))
        .await?;
    let item = match answer.get("data") {
        Some(d @ Value::Object(_)) => d.clone(),
        _ => json!({"_id": args.id}),
    };
    crate::output::print_answer(&ctx.settings.output, &ctx.printer, COLUMNS, &item)?;
    Ok(ExitStatus::Success)
}

async fn delete(args: CustomersDeleteArgs, ctx: &Context) -> Result<ExitStatus> {
    for id in &args.ids {
        check_id(id)?;
    }
    let auth = ctx.partner_auth()?;
    let question = async {
        let list = named(ctx, &args.ids).await;
        match args.ids.len() {
            1 => format!("Delete customer {list} and everything they own?"),
            n => format!("Delete {n} customers and everything they own: {list}?"),
        }
    };
    super::confirm(&ctx.printer, args.yes, question).await?;
    for id in &args.ids {
        ctx.client
            .send(&endpoints::customer_delete(auth.clone(), id))
            .await
            .with_context(|| format!("cannot delete customer {id}"))?;
        ctx.update_customers(|list| list.retain(|c| c.id != *id));
        ctx.printer.info(&format!("deleted customer {id}"));
    }
    Ok(ExitStatus::Success)
}

/// The first customers of `ids` as a delete prompt names them (`ID NAME <EMAIL>`), from the
/// customer list; an id it cannot name is said to be so.
async fn named(ctx: &Context, ids: &[String]) -> String {
    const NAMED: usize = 10;
    let first = &ids[..ids.len().min(NAMED)];
    let all = ctx.customers().await;
    if let Err(e) = &all {
        ctx.printer
            .warn(&format!("could not look up the customers to delete: {e:#}"));
    }
    let labels: Vec<String> = first
        .iter()
        .map(|id| match &all {
            Ok(all) => all
                .iter()
                .find(|c| text(c, "_id") == id)
                .map_or_else(|| format!("{id} (not found)"), agency::describe),
            Err(_) => format!("{id} (could not be looked up)"),
        })
        .collect();
    super::named_list(&labels, ids.len())
}

async fn token(args: CustomersTokenArgs, ctx: &Context) -> Result<ExitStatus> {
    let customer = ctx.resolve_customer(&args.customer).await?;
    let id = text(&customer, "_id").to_string();
    let body = ctx
        .client
        .send(&endpoints::customer_token(ctx.partner_auth()?, &id))
        .await?;
    let (token, active) = crate::api::permanent_token(&body)?;
    let item = json!({"_id": id, "name": text(&customer, "name"), "active": active});
    super::print_token(
        ctx,
        &token,
        args.show,
        item,
        &[
            col("id", "_id"),
            col("name", "name"),
            col("active", "active"),
            col("token", "token"),
        ],
    )?;
    Ok(ExitStatus::Success)
}

async fn list(args: CustomersListArgs, ctx: &Context) -> Result<ExitStatus> {
    let auth = ctx.partner_auth()?;
    let request = |page| endpoints::customer_list(auth.clone(), page, Some(&args.sort));
    let bookmark = args
        .since_last
        .since_last
        .as_deref()
        .map(|name| {
            // A bookmark per filter: another filter is another list, with its own past.
            let lower = |o: &Option<String>| o.as_deref().map(str::to_lowercase);
            let scope = format!(
                "status={:?} filter={:?}",
                lower(&args.only.status),
                lower(&args.only.text)
            );
            super::since_last::Bookmark::open(ctx, "customers list", name, "-", &scope)
        })
        .transpose()?;
    let filtered = args.only.status.is_some() || args.only.text.is_some();
    if !filtered && !args.pages.all && bookmark.is_none() {
        return super::list(ctx, &args.pages, COLUMNS, "no customers", request).await;
    }
    if filtered && (args.pages.page.is_some() || args.pages.limit.is_some()) {
        return Err(usage_hint(
            "--status and --filter read every page: --page and --limit do not go with them",
            "leave out --page and --limit",
        ));
    }
    let mut pages = args.pages.clone();
    pages.all = true;
    // Every page is read: the whole list, seen on its way, is kept for completions.
    let seen = std::cell::RefCell::new(std::collections::BTreeMap::new());
    let keep = |c: &Value| {
        if let Some(entry) = cache::entry(c) {
            seen.borrow_mut().insert(entry.id.clone(), entry);
        }
        wanted(&args.only, c)
    };
    let listing = super::Listing {
        nothing: if filtered {
            "no customers match"
        } else {
            "no customers"
        },
        keep: &keep,
        bookmark,
    };
    let status = super::list_kept(ctx, &pages, COLUMNS, listing, request).await?;
    ctx.remember_customers(seen.into_inner().into_values().collect());
    Ok(status)
}

/// Whether customer `c` is one `--status` and `--filter` take.
pub fn wanted(only: &CustomerFilter, c: &Value) -> bool {
    let status = only.status.as_ref().is_none_or(|s| {
        c["status"]
            .as_str()
            .is_some_and(|v| v.eq_ignore_ascii_case(s))
    });
    let text = only.text.as_ref().is_none_or(|f| {
        let f = f.to_lowercase();
        [&c["name"], &c["contact"]["email"]]
            .iter()
            .any(|v| v.as_str().is_some_and(|s| s.to_lowercase().contains(&f)))
    });
    status && text
}

/// `bp customers get ID|EMAIL|NAME`: the customer's record, as a one-row listing.
async fn get(args: CustomersGetArgs, ctx: &Context) -> Result<ExitStatus> {
    let customer = agency::pick(ctx.customers().await?, &args.customer)?;
    crate::output::print_items(&ctx.settings.output, COLUMNS, &[customer])?;
    Ok(ExitStatus::Success)
}
