//! Which WhatsApp bot a templates or send-template run uses, and through which endpoints:
//! the bot's WhatsApp key and the documented `/wa/*` ones, or the customer's API token and
//! the `/plugin/*` ones BotPenguin's own n8n node calls, which need no per-bot key.

use anyhow::Result;
use serde_json::Value;

use crate::Context;
use crate::api::{Auth, endpoints};
use crate::cli::{WhatsappRouteArgs, WhatsappVia};
use crate::commands::registry;
use crate::error::usage_hint;
use crate::leaf::is_object_id;
use crate::secret::Secret;

/// How this run reaches the bot.
pub enum Route {
    /// Its WhatsApp API key (`/wa/*`).
    Key(Secret),
    /// The API token and the bot's id (`/plugin/*`).
    Plugin { auth: Auth, bot_id: String },
}

/// The bot picked, before the credential.
enum Chosen {
    /// A bot of the registry, by name.
    Registered(String),
    /// A bot id the registry does not hold, given or listed by the API.
    Id(String),
    /// The profile's own `wa_api_key`.
    ProfileKey,
}

pub async fn route(ctx: &Context, args: &WhatsappRouteArgs) -> Result<Route> {
    let chosen = choose(ctx, args.bot.as_deref(), args.via).await?;
    let via = args.via.unwrap_or(match &chosen {
        Chosen::Registered(name) if ctx.profile.bots()[name].has_wa_key() => WhatsappVia::Key,
        Chosen::ProfileKey => WhatsappVia::Key,
        _ => WhatsappVia::Plugin,
    });
    Ok(match (via, chosen) {
        (WhatsappVia::Key, Chosen::Registered(name)) => {
            Route::Key(ctx.profile.wa_api_key(Some(&name))?)
        }
        (WhatsappVia::Key, Chosen::ProfileKey) => Route::Key(ctx.profile.wa_api_key(None)?),
        (WhatsappVia::Key, Chosen::Id(id)) => {
            return Err(usage_hint(
                format!(
                    "--via key needs the bot's WhatsApp API key, and bot {id} is not registered"
                ),
                "add `[profiles.<profile>.bots.NAME]` with `bot_id` and `wa_api_key_cmd`, or use --via plugin (the customer's API token)",
            ));
        }
        (WhatsappVia::Plugin, Chosen::Registered(name)) => Route::Plugin {
            auth: ctx.api_auth().await?,
            bot_id: ctx.profile.bot_id_of(&name)?,
        },
        (WhatsappVia::Plugin, Chosen::Id(bot_id)) => Route::Plugin {
            auth: ctx.api_auth().await?,
            bot_id,
        },
        (WhatsappVia::Plugin, Chosen::ProfileKey) => remote_only_bot(ctx).await?,
    })
}

/// `--bot` (a registry name or id, or a bot id); else the profile's key when there is no
/// --customer; else the customer's only WhatsApp bot, registered or listed by the API.
async fn choose(ctx: &Context, bot: Option<&str>, via: Option<WhatsappVia>) -> Result<Chosen> {
    if let Some(given) = bot.map(str::trim) {
        return match registry::registered(ctx, given) {
            Some(name) => {
                registry::check_owner(ctx, name).await?;
                Ok(Chosen::Registered(name.to_string()))
            }
            None if is_object_id(given) => Ok(Chosen::Id(given.to_ascii_lowercase())),
            None => Err(usage_hint(
                format!("--bot `{given}` is neither a bot of the profile nor a bot id"),
                format!(
                    "give the bot's id (`bp bots list --remote` lists them), or add `[profiles.<profile>.bots.{given}]`; bots: {}",
                    ctx.profile.bot_names()
                ),
            )),
        };
    }
    let profile_key = ctx.profile.has_wa_api_key() && via != Some(WhatsappVia::Plugin);
    // A customer (--customer, BP_CUSTOMER or the profile's `customer`) is served by its own
    // bot: the profile's key is another customer's unless the profile says it is this one's.
    if profile_key && ctx.profile.customer.is_none() {
        return Ok(Chosen::ProfileKey);
    }
    let mut own_key = profile_key;
    if let Some(customer) = ctx.customer_auth().await? {
        own_key = profile_key
            && ctx
                .profile
                .customer_id
                .as_ref()
                .is_some_and(|c| c.value.trim() == customer.customer_id);
        let names = registry::customer_wa_bots(ctx, &customer.customer_id).await?;
        match names.as_slice() {
            [one] => return Ok(Chosen::Registered(one.clone())),
            [] => {}
            several => {
                return Err(usage_hint(
                    format!(
                        "customer {} has {} registered WhatsApp bots: {}",
                        customer.customer_id,
                        several.len(),
                        several.join(", ")
                    ),
                    "pick one with --bot NAME",
                ));
            }
        }
    }
    if own_key {
        return Ok(Chosen::ProfileKey);
    }
    Ok(Chosen::Id(only_remote_bot(ctx).await?))
}

async fn remote_only_bot(ctx: &Context) -> Result<Route> {
    Ok(Route::Plugin {
        auth: ctx.api_auth().await?,
        bot_id: only_remote_bot(ctx).await?,
    })
}

/// The WhatsApp bots `GET /whatsapp-automation` lists for the API token.
pub async fn remote_bots(ctx: &Context) -> Result<Vec<Value>> {
    let req = endpoints::wa_bots(ctx.api_auth().await?);
    let body = ctx.client.send(&req).await?;
    Ok(crate::api::data_items(&req.path, body)?)
}

/// The id of the only WhatsApp bot the API lists; none or several is a usage error.
async fn only_remote_bot(ctx: &Context) -> Result<String> {
    let bots = remote_bots(ctx).await?;
    let whose = match &ctx.profile.customer {
        Some(c) => format!("customer `{}`", c.value),
        None => "the API token's account".to_string(),
    };
    let id = |b: &Value| b["_id"].as_str().unwrap_or_default().to_string();
    match bots.as_slice() {
        [one] if is_object_id(&id(one)) => Ok(id(one)),
        [] => Err(crate::error::no_bot(
            format!("{whose} has no WhatsApp bot (`GET /whatsapp-automation` lists none)"),
            "connect a WhatsApp number to one of its bots in the dashboard, or pass --bot ID",
        )),
        several => Err(usage_hint(
            format!(
                "{whose} has {} WhatsApp bots: {}",
                several.len(),
                several
                    .iter()
                    .map(|b| format!("{} ({})", b["name"].as_str().unwrap_or(""), id(b)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            "pick one with --bot ID",
        )),
    }
}
