//! `bp customers …`: the agency's customer accounts, with the partner key.

use anyhow::{Context as _, Result};
use serde_json::{Value, json};

use crate::Context;
use crate::api::{Auth, Pages, Request};
use crate::cli::{
    CustomersCommand, CustomersCreateArgs, CustomersDeleteArgs, CustomersListArgs,
    CustomersTokenArgs, CustomersUpdateArgs, GlobalArgs,
};
use crate::error::{ExitStatus, usage_hint};
use crate::output::{Column, col};
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
        CustomersCommand::Create(args) => create(args, ctx).await,
        CustomersCommand::Update(args) => update(args, ctx).await,
        CustomersCommand::Delete(args) => delete(args, ctx).await,
    }
}

fn check_id(id: &str) -> Result<()> {
    if id.len() == 24 && id.bytes().all(|b| b.is_ascii_hexdigit()) {
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
    let auth = partner_auth(ctx)?;
    // Not safe to repeat: a customer must not be created twice.
    let answer = match ctx
        .client
        .send(&Request::post("customer/create", auth.clone(), body.clone()).once())
        .await
    {
        // Older accounts document `POST /customer`.
        Err(
            crate::api::ApiError::Status { status: 404, .. }
            | crate::api::ApiError::NotJson { status: 404, .. },
        ) => {
            ctx.client
                .send(&Request::post("customer", auth, body).once())
                .await?
        }
        other => other?,
    };
    let item = match answer.get("data") {
        Some(d @ Value::Object(_)) => d.clone(),
        _ => answer,
    };
    crate::output::print_items(&ctx.output, COLUMNS, &[item])?;
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
        .send(&Request::put(
            format!("customer/{}", args.id),
            partner_auth(ctx)?,
            body,
        ))
        .await?;
    let item = match answer.get("data") {
        Some(d @ Value::Object(_)) => d.clone(),
        _ => json!({"_id": args.id}),
    };
    crate::output::print_items(&ctx.output, COLUMNS, &[item])?;
    Ok(ExitStatus::Success)
}

async fn delete(args: CustomersDeleteArgs, ctx: &Context) -> Result<ExitStatus> {
    for id in &args.ids {
        check_id(id)?;
    }
    let auth = partner_auth(ctx)?;
    super::confirm(
        &ctx.printer,
        &format!(
            "Delete {} customer{} ({}) and everything they own?",
            args.ids.len(),
            if args.ids.len() == 1 { "" } else { "s" },
            args.ids.join(", ")
        ),
        args.yes,
    )?;
    for id in &args.ids {
        ctx.client
            .send(&Request::delete(format!("customer/{id}"), auth.clone()))
            .await
            .with_context(|| format!("cannot delete customer {id}"))?;
        ctx.printer.info(&format!("deleted customer {id}"));
    }
    Ok(ExitStatus::Success)
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
            crate::api::PREFETCH,
            crate::api::MAX_PAGES,
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
        .filter(|c| text(c, path).to_lowercase() == s.to_lowercase())
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
    let auth = partner_auth(ctx)?;
    super::list(ctx, &args.pages, COLUMNS, |page| {
        Request::get("customer/list", auth.clone())
            .query("page", page)
            .query("sort", &args.sort)
    })
    .await
}
