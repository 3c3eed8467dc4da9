//! `bp customers …`: the agency's customer accounts, with the partner key.

use std::io::Write;

use anyhow::Result;
use serde_json::{Value, json};

use crate::Context;
use crate::api::{Auth, Pages, Request};
use crate::cli::{
    CustomersCommand, CustomersListArgs, CustomersTokenArgs, GlobalArgs, OutputFormat,
};
use crate::error::{ExitStatus, usage_hint};
use crate::output::{Column, Renderer, col};
use crate::settings::SecretKind;

pub const COLUMNS: &[Column] = &[
    col("id", "_id"),
    col("name", "name"),
    col("email", "contact.email"),
    col("status", "status"),
    col("verified", "verified"),
    col("created", "createdAt"),
    col("last login", "lastLogin"),
];

pub async fn run(cmd: CustomersCommand, ctx: &Context, global: &GlobalArgs) -> Result<ExitStatus> {
    match cmd {
        CustomersCommand::List(args) => list(args, ctx).await,
        CustomersCommand::Token(args) => token(args, ctx).await,
        CustomersCommand::Each(args) => super::each::each(args, ctx, global).await,
    }
}

fn partner_auth(ctx: &Context) -> Result<Auth> {
    Ok(Auth::Key(
        SecretKind::PartnerKey,
        ctx.profile.secret(SecretKind::PartnerKey)?,
    ))
}

/// Every customer of the agency, all pages.
pub async fn all_customers(ctx: &Context) -> Result<Vec<Value>> {
    let auth = partner_auth(ctx)?;
    let mut all = Vec::new();
    ctx.client
        .paginate(
            Pages::All,
            |page| {
                Request::get("customer/list", auth.clone())
                    .query("page", page)
                    .query("sort", "createdAt")
            },
            |items| {
                all.extend_from_slice(items);
                Ok(())
            },
        )
        .await?;
    Ok(all)
}

fn text<'a>(c: &'a Value, path: &str) -> &'a str {
    crate::output::lookup(c, path)
        .and_then(Value::as_str)
        .unwrap_or("")
}

fn describe(c: &Value) -> String {
    format!(
        "{} {} <{}>",
        text(c, "_id"),
        text(c, "name"),
        text(c, "contact.email")
    )
}

/// A customer named by id (24 hex digits), email (with `@`) or exact name (any case).
/// Emails and names are looked up in the customer list; anything but one match is exit 2.
pub async fn resolve(ctx: &Context, selector: &str) -> Result<Value> {
    let s = selector.trim();
    if s.len() == 24 && s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(json!({"_id": s}));
    }
    let all = all_customers(ctx).await?;
    let (what, path) = if s.contains('@') {
        ("email", "contact.email")
    } else {
        ("name", "name")
    };
    let matches: Vec<&Value> = all
        .iter()
        .filter(|c| text(c, path).eq_ignore_ascii_case(s))
        .collect();
    match matches.as_slice() {
        [one] => Ok((*one).clone()),
        [] => {
            let needle = s.to_lowercase();
            let near: Vec<String> = all
                .iter()
                .filter(|c| {
                    text(c, "name").to_lowercase().contains(&needle)
                        || text(c, "contact.email").to_lowercase().contains(&needle)
                })
                .take(10)
                .map(describe)
                .collect();
            let hint = if near.is_empty() {
                "list them with `bp customers list --all`".to_string()
            } else {
                format!("did you mean: {}", near.join("; "))
            };
            Err(usage_hint(
                format!("no customer has the {what} `{s}`"),
                hint,
            ))
        }
        many => Err(usage_hint(
            format!("{} customers have the {what} `{s}`", many.len()),
            format!(
                "pass the id of one: {}",
                many.iter()
                    .map(|c| describe(c))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        )),
    }
}

async fn token(args: CustomersTokenArgs, ctx: &Context) -> Result<ExitStatus> {
    let customer = resolve(ctx, &args.customer).await?;
    let id = text(&customer, "_id").to_string();
    let body = ctx
        .client
        .send(&Request::get("ext/get-user-token", partner_auth(ctx)?).query("userId", &id))
        .await?;
    let (token, active) = crate::api::permanent_token(&body)?;
    if args.show && ctx.output.format == OutputFormat::Table {
        writeln!(std::io::stdout().lock(), "{}", token.expose())?;
        return Ok(ExitStatus::Success);
    }
    let shown = if args.show {
        token.expose().to_string()
    } else {
        token.redacted()
    };
    let item =
        json!({"_id": id, "name": text(&customer, "name"), "active": active, "token": shown});
    let stdout = std::io::stdout();
    let mut r = Renderer::new(
        ctx.output.clone(),
        &[
            col("id", "_id"),
            col("name", "name"),
            col("active", "active"),
            col("token", "token"),
        ],
        std::io::BufWriter::new(stdout.lock()),
    );
    r.write_items(&[item])?;
    r.finish()?;
    Ok(ExitStatus::Success)
}

async fn list(args: CustomersListArgs, ctx: &Context) -> Result<ExitStatus> {
    let auth = partner_auth(ctx)?;
    super::list(ctx, &args.pages, COLUMNS, |page| {
        Request::get("customer/list", auth.clone())
            .query("page", page)
            .query("sort", &args.sort)
    })
    .await
}
