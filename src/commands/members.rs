//! `bp members list|token` and `bp segments list`: a customer's team and segments.

use anyhow::Result;
use serde_json::{Value, json};

use crate::Context;
use crate::api::{Auth, endpoints};
use crate::cli::{MemberType, MembersCommand, MembersListArgs, MembersTokenArgs, SegmentsCommand};
use crate::error::{ExitStatus, usage_hint};
use crate::output::{Column, col};
use crate::settings::SecretKind;

pub const MEMBER_COLUMNS: &[Column] = &[
    col("id", "_id"),
    col("name", "name"),
    col("email", "contact.email"),
    col("type", "type"),
    col("status", "status"),
    col("availability", "liveAvailability"),
];

pub const SEGMENT_COLUMNS: &[Column] = &[col("id", "_id"), col("name", "segmentName")];

pub async fn run(cmd: MembersCommand, ctx: &Context) -> Result<ExitStatus> {
    match cmd {
        MembersCommand::List(args) => list(args, ctx).await,
        MembersCommand::Token(args) => token(args, ctx).await,
    }
}

async fn list(args: MembersListArgs, ctx: &Context) -> Result<ExitStatus> {
    let auth = ctx.api_auth().await?;
    let search = args.search.clone().unwrap_or_default();
    let nothing = if search.is_empty() {
        "no members"
    } else {
        "no members match"
    };
    super::list(ctx, &args.pages, MEMBER_COLUMNS, nothing, |page| {
        endpoints::team_members(auth.clone(), page, &search)
    })
    .await
}

async fn token(args: MembersTokenArgs, ctx: &Context) -> Result<ExitStatus> {
    let kind = match args.member_type {
        MemberType::Agent => "AGENT",
        MemberType::CustomUser => "CUSTOM_USER",
        MemberType::Customer => "CUSTOMER",
    };
    let auth = Auth::Key(
        SecretKind::PartnerKey,
        ctx.profile.secret(SecretKind::PartnerKey)?,
    );
    let body = ctx
        .client
        .send(&endpoints::member_token(auth, &args.email, kind))
        .await?;
    let (token, active) = crate::api::permanent_token(&body)?;
    let item = json!({"email": args.email, "type": kind, "active": active});
    super::print_token(
        ctx,
        &token,
        args.show,
        item,
        &[
            col("email", "email"),
            col("type", "type"),
            col("active", "active"),
            col("token", "token"),
        ],
    )?;
    Ok(ExitStatus::Success)
}

/// The customer's segments, all of them (the endpoint has no pages).
pub async fn all_segments(ctx: &Context) -> Result<Vec<Value>> {
    let auth = ctx.api_auth().await?;
    let body = ctx.client.send(&endpoints::segments(auth)).await?;
    Ok(crate::api::data_items("inbox/segments", body)?)
}

pub async fn segments(cmd: SegmentsCommand, ctx: &Context) -> Result<ExitStatus> {
    match cmd {
        SegmentsCommand::List => {
            let items = all_segments(ctx).await?;
            if items.is_empty() {
                ctx.printer.info("no segments");
            }
            crate::output::print_items(&ctx.settings.output, SEGMENT_COLUMNS, &items)?;
            Ok(ExitStatus::Success)
        }
    }
}

/// `--segment` values: ids as they are, names (any case) looked up among the segments.
pub async fn resolve_segments(ctx: &Context, values: &[String]) -> Result<Vec<String>> {
    let is_id = crate::leaf::is_object_id;
    if values.iter().all(|v| is_id(v)) {
        return Ok(values.to_vec());
    }
    let all = all_segments(ctx).await?;
    values
        .iter()
        .map(|v| {
            if is_id(v) {
                return Ok(v.clone());
            }
            let matches: Vec<&Value> = all
                .iter()
                .filter(|s| {
                    s["segmentName"]
                        .as_str()
                        .is_some_and(|n| n.to_lowercase() == v.to_lowercase())
                })
                .collect();
            match matches.as_slice() {
                [one] => Ok(one["_id"].as_str().unwrap_or_default().to_string()),
                _ => {
                    let names: Vec<String> = all
                        .iter()
                        .map(|s| {
                            format!(
                                "{} ({})",
                                s["segmentName"].as_str().unwrap_or(""),
                                s["_id"].as_str().unwrap_or("")
                            )
                        })
                        .collect();
                    Err(usage_hint(
                        format!(
                            "{} segment named `{v}`",
                            if matches.is_empty() {
                                "no"
                            } else {
                                "more than one"
                            }
                        ),
                        format!(
                            "segments: {}",
                            if names.is_empty() {
                                "none".into()
                            } else {
                                names.join(", ")
                            }
                        ),
                    ))
                }
            }
        })
        .collect()
}
