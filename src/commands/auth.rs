//! `bp auth status`: each credential of the active profile, where it came from, and whether
//! the API takes it (one cheap read each).

use anyhow::Result;
use serde_json::{Value, json};

use crate::Context;
use crate::api::{ApiError, Auth, endpoints};
use crate::cli::AuthCommand;
use crate::error::ExitStatus;
use crate::output::col;
use crate::settings::SecretKind;

fn verdict(result: Result<Value>) -> (String, Option<ExitStatus>) {
    match result {
        Ok(_) => ("works".into(), None),
        Err(e) => {
            let refused = e.chain().any(|c| {
                matches!(
                    c.downcast_ref::<ApiError>(),
                    Some(ApiError::Unauthorized { .. })
                )
            });
            let status = crate::exit_status_of(&e);
            let text = format!("{e:#}");
            if refused {
                (
                    format!("refused: {text}"),
                    Some(crate::error::ExitStatus::Auth),
                )
            } else {
                (format!("not checked: {text}"), Some(status))
            }
        }
    }
}

pub async fn run(cmd: AuthCommand, ctx: &Context) -> Result<ExitStatus> {
    let AuthCommand::Status = cmd;
    let sources: Vec<(&str, String, String)> = ctx.profile.describe_secrets();
    let source_of = |key: &str| {
        sources
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, _, s)| s.clone())
    };
    let mut rows = Vec::new();
    let mut worst: Option<ExitStatus> = None;
    let mut note =
        |rows: &mut Vec<Value>, credential: &str, source: String, result: Result<Value>| {
            let (status, code) = verdict(result);
            if let Some(code) = code {
                worst = Some(match (worst, code) {
                    (Some(ExitStatus::Auth), _) | (_, ExitStatus::Auth) => ExitStatus::Auth,
                    _ => code,
                });
            }
            rows.push(json!({"credential": credential, "source": source, "status": status}));
        };

    if let Some(source) = source_of("partner_key") {
        let result = async {
            let auth = Auth::Key(
                SecretKind::PartnerKey,
                ctx.profile.secret(SecretKind::PartnerKey)?,
            );
            Ok(ctx
                .client
                .send(&endpoints::customer_list(auth, 1, None))
                .await?)
        }
        .await;
        note(&mut rows, "partner_key", source, result);
    }
    let api_source = match &ctx.profile.customer {
        Some(c) => Some(format!("fetched for customer `{}` ({})", c.value, c.source)),
        None => source_of("api_token"),
    };
    if let Some(source) = api_source {
        let result = async {
            let auth = ctx.api_auth().await?;
            Ok(ctx.client.send(&endpoints::segments(auth)).await?)
        }
        .await;
        note(&mut rows, "api_token", source, result);
    }
    if let Some(source) = source_of("bot_token") {
        match (&ctx.profile.bot_id, &ctx.profile.customer_id) {
            (Some(bot), Some(customer)) => {
                let result = async {
                    let token = ctx.profile.secret(SecretKind::BotToken)?;
                    let req = endpoints::chats(token, &bot.value, &customer.value, 1, "lead");
                    Ok(ctx.client.send(&req).await?)
                }
                .await;
                note(&mut rows, "bot_token", source, result);
            }
            _ => rows.push(json!({"credential": "bot_token", "source": source,
                "status": "not checked: needs bot_id and customer_id"})),
        }
    }
    if let Some(source) = ctx.profile.wa_source() {
        let result = async {
            let req = endpoints::wa_templates(ctx.profile.wa_api_key(None)?);
            Ok(ctx.client.send(&req).await?)
        }
        .await;
        note(&mut rows, "wa_api_key", source, result);
    }
    // Every registered bot's credentials, one cheap read each.
    for (credential, source, check) in bot_checks(ctx).await {
        match check {
            Some(result) => note(&mut rows, &credential, source, result),
            None => rows.push(json!({"credential": credential, "source": source,
                "status": "not checked: needs bot_id and customer"})),
        }
    }
    if rows.is_empty() {
        return Err(crate::error::usage_hint(
            "no credentials configured",
            "add some with `bp profile add NAME`, or set BP_PARTNER_KEY / BP_API_TOKEN / BP_BOT_TOKEN",
        ));
    }
    crate::output::print_items(
        &ctx.settings.output,
        &[
            col("credential", "credential"),
            col("source", "source"),
            col("status", "status"),
        ],
        &rows,
    )?;
    Ok(worst.unwrap_or(ExitStatus::Success))
}

/// The registered bots' credentials: (credential, source, the read's result, or `None` when
/// the bot lacks what a read needs). A website bot's token reads a page of its customer's
/// chats; a WhatsApp bot's key, its templates.
async fn bot_checks(ctx: &Context) -> Vec<(String, String, Option<Result<Value>>)> {
    let mut checks = Vec::new();
    for (name, bot) in ctx.profile.bots() {
        let (token, wa) = ctx.profile.describe_bot(name);
        if let Some((_, source)) = token {
            let check = match (&bot.bot_id, &bot.customer) {
                (Some(id), Some(customer)) => Some(
                    async {
                        let customer = crate::commands::registry::customer_id_of(ctx, customer)
                            .await?
                            .unwrap_or_default();
                        let token = ctx.profile.bot_token_of(name)?;
                        let req = endpoints::chats(token, id, &customer, 1, "lead");
                        Ok(ctx.client.send(&req).await?)
                    }
                    .await,
                ),
                _ => None,
            };
            checks.push((format!("bots.{name}.bot_token"), source, check));
        }
        if let Some((_, source)) = wa {
            let result = async {
                let req = endpoints::wa_templates(ctx.profile.wa_api_key(Some(name))?);
                Ok(ctx.client.send(&req).await?)
            }
            .await;
            checks.push((format!("bots.{name}.wa_api_key"), source, Some(result)));
        }
    }
    checks
}
