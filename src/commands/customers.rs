//! `bp customers …`: the agency's customer accounts, with the partner key.

use anyhow::Result;

use crate::Context;
use crate::api::{Auth, Request};
use crate::cli::{CustomersCommand, CustomersListArgs};
use crate::error::ExitStatus;
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

pub async fn run(cmd: CustomersCommand, ctx: &Context) -> Result<ExitStatus> {
    match cmd {
        CustomersCommand::List(args) => list(args, ctx).await,
    }
}

async fn list(args: CustomersListArgs, ctx: &Context) -> Result<ExitStatus> {
    let auth = Auth::Key(
        SecretKind::PartnerKey,
        ctx.profile.secret(SecretKind::PartnerKey)?,
    );
    super::list(ctx, &args.pages, COLUMNS, |page| {
        Request::get("customer/list", auth.clone())
            .query("page", page)
            .query("sort", &args.sort)
    })
    .await
}
