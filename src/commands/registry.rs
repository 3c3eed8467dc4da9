//! The bot registry (`[profiles.X.bots.NAME]`, issue 15): which website bot a leads command
//! uses. `--bot NAME|ID` names one; with `--customer C` and no `--bot`, C's only registered
//! website bot; without either, the profile's own `bot_id` and `bot_token`.

use anyhow::Result;
use serde_json::{Value, json};

use crate::Context;
use crate::cli::BotsCommand;
use crate::error::{ExitStatus, usage_hint};
use crate::leaf::is_object_id;
use crate::output::{Column, col};
use crate::secret::Secret;
use crate::settings::{Bot, SecretKind};

/// A website bot of the registry, picked for this run.
#[derive(Debug, Clone)]
pub struct WebsiteBot {
    pub name: String,
    pub id: String,
    pub token: Secret,
    /// Whose bot it is, as the registry says (an id, an email or a name).
    pub customer: Option<String>,
}

/// The registry's name of the bot `given` names: itself, or the bot whose `bot_id` it is.
pub fn registered<'a>(ctx: &'a Context, given: &str) -> Option<&'a str> {
    let registry = ctx.profile.bots();
    registry
        .get_key_value(given)
        .or_else(|| {
            registry
                .iter()
                .find(|(_, b)| b.bot_id.as_deref() == Some(given))
        })
        .map(|(name, _)| name.as_str())
}

/// The registered website bot this run uses, if the registry gives one: `bot` (`--bot`, a
/// name or an id), else the `--customer`'s only one. `None`: the profile's own bot.
pub async fn website_bot(ctx: &Context, bot: Option<&str>) -> Result<Option<WebsiteBot>> {
    if let Some(given) = bot.map(str::trim) {
        return match registered(ctx, given) {
            Some(name) => picked(ctx, name).map(Some),
            // An id the registry does not hold: the profile's token goes with it.
            None if is_object_id(given) => Ok(None),
            None => Err(usage_hint(
                format!("--bot `{given}` is neither a bot of the profile nor a bot id"),
                format!(
                    "add `[profiles.<profile>.bots.{given}]` with `bot_id` and `bot_token_cmd`, or give the bot's id; bots: {}",
                    ctx.profile.bot_names()
                ),
            )),
        };
    }
    let Some(customer) = ctx.customer_auth().await? else {
        // Without --customer or --bot: the profile's own bot.
        return Ok(None);
    };
    let names = customer_bots(ctx, &customer.customer_id).await?;
    let selector = ctx
        .profile
        .customer
        .as_ref()
        .map_or(customer.customer_id.as_str(), |s| s.value.as_str());
    match names.as_slice() {
        [one] => picked(ctx, one).map(Some),
        [] if own_bot_serves(ctx, &customer.customer_id) => Ok(None),
        [] => Err(crate::error::no_bot(
            format!("no website bot registered for customer `{selector}`"),
            format!(
                "the leads endpoints need the customer's own bot: add `[profiles.<profile>.bots.NAME]` with `customer`, `bot_id` and `bot_token_cmd` (`bp bots list` lists them), or pass --bot; bots: {}",
                ctx.profile.bot_names()
            ),
        )),
        several => Err(usage_hint(
            format!(
                "customer `{selector}` has {} registered website bots: {}",
                several.len(),
                several.join(", ")
            ),
            "pick one with --bot NAME".to_string(),
        )),
    }
}

/// The bot id of a command that needs only an id (`botId`), no token: `--bot` (a name of
/// the registry or an id); else, with `--customer`, the customer's only registered bot with
/// a `bot_id` (any kind), or the profile's `bot_id` when the profile is that customer's;
/// else the profile's `bot_id` (BP_BOT_ID). None: exit 2 naming --bot.
pub async fn any_bot_id(ctx: &Context, bot: Option<&str>) -> Result<String> {
    if let Some(bot) = bot {
        if let Some(name) = registered(ctx, bot.trim()) {
            check_owner(ctx, name).await?;
        }
        return ctx.profile.bot_id_of(bot);
    }
    let own = ctx
        .profile
        .bot_id
        .as_ref()
        .map(|s| s.value.trim().to_owned());
    let Some(customer) = ctx.customer_auth().await? else {
        return own.ok_or_else(|| {
            usage_hint(
                "no bot: pass --bot NAME|ID",
                "or set `bot_id` in the profile (or BP_BOT_ID)",
            )
        });
    };
    let record = customer_record(ctx, &customer.customer_id).await?;
    let names = matching(ctx, &record, |b: &Bot| b.bot_id.is_some());
    let selector = ctx
        .profile
        .customer
        .as_ref()
        .map_or(customer.customer_id.as_str(), |s| s.value.as_str());
    match (names.as_slice(), own) {
        ([one], _) => ctx.profile.bot_id_of(one),
        ([], Some(own))
            if ctx
                .profile
                .customer_id
                .as_ref()
                .is_some_and(|c| c.value.trim() == customer.customer_id) =>
        {
            Ok(own)
        }
        ([], _) => Err(crate::error::no_bot(
            format!("no bot registered for customer `{selector}`: pass --bot NAME|ID"),
            format!(
                "or add `[profiles.<profile>.bots.NAME]` with `customer` and `bot_id`; bots: {}",
                ctx.profile.bot_names()
            ),
        )),
        (several, _) => Err(usage_hint(
            format!(
                "customer `{selector}` has {} registered bots: {}",
                several.len(),
                several.join(", ")
            ),
            "pick one with --bot NAME".to_string(),
        )),
    }
}

/// The registry's bot `name`, with its id and token.
fn picked(ctx: &Context, name: &str) -> Result<WebsiteBot> {
    let bot = &ctx.profile.bots()[name];
    let id = bot.bot_id.clone().ok_or_else(|| {
        usage_hint(
            format!("bot `{name}` has no `bot_id`"),
            format!("add `bot_id = \"<the bot's id>\"` to `[profiles.<profile>.bots.{name}]`"),
        )
    })?;
    Ok(WebsiteBot {
        name: name.to_string(),
        id,
        token: ctx.profile.bot_token_of(name)?,
        customer: bot.customer.clone(),
    })
}

/// The profile has a bot of its own: `bot_id` and `bot_token`.
fn own_bot(ctx: &Context) -> bool {
    ctx.profile.bot_id.is_some() && ctx.profile.secret(SecretKind::BotToken).is_ok()
}

/// The profile's own `bot_id` and `bot_token` serve `customer_id` when the profile says they
/// are that customer's (its `customer_id`), or when no website bot is registered at all: a
/// one-customer setup, as before the registry.
pub fn own_bot_serves(ctx: &Context, customer_id: &str) -> bool {
    own_bot(ctx)
        && match &ctx.profile.customer_id {
            Some(c) => c.value.trim() == customer_id,
            None => !ctx.profile.bots().values().any(|b| b.is_website()),
        }
}

/// The registry's bot whose `bot_id` is `id`, if any (for `--bot-id`).
pub fn by_id(ctx: &Context, id: &str) -> Result<Option<WebsiteBot>> {
    let id = id.trim();
    match ctx
        .profile
        .bots()
        .iter()
        .find(|(_, b)| b.is_website() && b.bot_id.as_deref() == Some(id))
    {
        Some((name, _)) => picked(ctx, name).map(Some),
        None => Ok(None),
    }
}

/// The names of the registered website bots of the customer whose id is `customer_id`. A
/// bot's `customer` may be an id, an email or a name: the agency's customer list is read
/// (once) only when one is not an id.
pub async fn customer_bots(ctx: &Context, customer_id: &str) -> Result<Vec<String>> {
    Ok(bots_of(ctx, &customer_record(ctx, customer_id).await?))
}

/// The names of the registered WhatsApp bots of the customer whose id is `customer_id`.
pub async fn customer_wa_bots(ctx: &Context, customer_id: &str) -> Result<Vec<String>> {
    let record = customer_record(ctx, customer_id).await?;
    Ok(matching(ctx, &record, crate::settings::Bot::is_whatsapp))
}

/// The customer's record, as far as matching the registry's `customer` needs it.
async fn customer_record(ctx: &Context, customer_id: &str) -> Result<Value> {
    let by_id_only = ctx
        .profile
        .bots()
        .values()
        .filter_map(|b| b.customer.as_deref())
        .all(is_object_id);
    let record = if by_id_only {
        serde_json::json!({ "_id": customer_id })
    } else {
        ctx.customers()
            .await?
            .iter()
            .find(|c| c["_id"].as_str() == Some(customer_id))
            .cloned()
            .unwrap_or_else(|| serde_json::json!({ "_id": customer_id }))
    };
    Ok(record)
}

/// The names of the registered website bots whose `customer` is this customer (`record`, as
/// `GET /customer/list` gives it): its id, its email or its name (case aside).
pub fn bots_of(ctx: &Context, record: &Value) -> Vec<String> {
    matching(ctx, record, crate::settings::Bot::is_website)
}

/// The names of the registered bots `kind` accepts whose `customer` is this customer.
fn matching(
    ctx: &Context,
    record: &Value,
    kind: impl Fn(&crate::settings::Bot) -> bool,
) -> Vec<String> {
    let text = |path: &str| {
        crate::leaf::lookup(record, path)
            .and_then(Value::as_str)
            .map(str::to_lowercase)
    };
    let known = [text("_id"), text("contact.email"), text("name")];
    ctx.profile
        .bots()
        .iter()
        .filter(|(_, b)| kind(b))
        .filter(|(_, b)| {
            b.customer
                .as_deref()
                .is_some_and(|c| known.contains(&Some(c.to_lowercase())))
        })
        .map(|(name, _)| name.clone())
        .collect()
}

/// The id of the customer whose bot `bot` is, from its registry entry: the id itself, or
/// the customer its email or name resolves to.
pub async fn customer_of(ctx: &Context, bot: &WebsiteBot) -> Result<Option<String>> {
    match &bot.customer {
        Some(customer) => customer_id_of(ctx, customer).await,
        None => Ok(None),
    }
}

/// A bot of the registry named with `--bot` is its customer's: with another `--customer`,
/// its token would be refused (403), and its id would reach the other customer's contacts.
/// Exit 2 when the registry says `name` is another customer's than the one acted for.
pub async fn check_owner(ctx: &Context, name: &str) -> Result<()> {
    let Some(of) = ctx
        .profile
        .bots()
        .get(name)
        .and_then(|b| b.customer.clone())
    else {
        return Ok(());
    };
    let Some(customer) = ctx.customer_auth().await? else {
        return Ok(());
    };
    match customer_id_of(ctx, &of).await? {
        Some(owner) if owner != customer.customer_id => {
            Err(not_its_customer(name, &owner, &customer.customer_id))
        }
        _ => Ok(()),
    }
}

/// `--bot NAME` is customer `owner`'s, not `customer`'s.
pub fn not_its_customer(name: &str, owner: &str, customer: &str) -> anyhow::Error {
    usage_hint(
        format!("--bot `{name}` is customer {owner}'s, not --customer's ({customer})"),
        "leave out --bot to use the customer's own, or --customer to act for the bot's",
    )
}

/// A registry entry's `customer` (an id, an email or a name) as the customer's id.
pub async fn customer_id_of(ctx: &Context, customer: &str) -> Result<Option<String>> {
    if is_object_id(customer) {
        return Ok(Some(customer.to_string()));
    }
    let record = ctx.resolve_customer(customer).await?;
    Ok(record["_id"].as_str().map(str::to_owned))
}

/// `bp bots list`: the registry, one row a bot.
pub async fn run(cmd: BotsCommand, ctx: &Context) -> Result<ExitStatus> {
    let BotsCommand::List(args) = cmd else {
        unreachable!("`bots add` edits the config file, without the API");
    };
    let bots = ctx.profile.bots();
    // Whose each bot is, when the partner key can tell: an unreadable list leaves it as given.
    let customers = if bots.values().any(|b| b.customer.is_some()) {
        match ctx.partner_auth() {
            Ok(_) => ctx
                .customers()
                .await
                .map(<[Value]>::to_vec)
                .map_err(|e| {
                    ctx.printer
                        .warn(&format!("cannot resolve the bots' customers: {e:#}"))
                })
                .unwrap_or_default(),
            Err(_) => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let items: Vec<Value> = bots
        .iter()
        .map(|(name, bot)| {
            let shown = |d: Option<crate::settings::BotSecret>| {
                d.map(|(value, source)| match value {
                    Some(value) => format!("{value} ({source})"),
                    None => source,
                })
            };
            let (token, wa_key) = ctx.profile.describe_bot(name);
            let (token, wa_key) = (shown(token), shown(wa_key));
            let kind = match (bot.is_website(), wa_key.is_some()) {
                (true, true) => "website, whatsapp",
                (true, false) => "website",
                (false, true) => "whatsapp",
                (false, false) => "",
            };
            let record = bot.customer.as_deref().and_then(|c| {
                let c = c.to_lowercase();
                customers.iter().find(|r| {
                    ["_id", "contact.email", "name"].iter().any(|p| {
                        crate::leaf::lookup(r, p)
                            .and_then(Value::as_str)
                            .is_some_and(|v| v.to_lowercase() == c)
                    })
                })
            });
            json!({
                "name": name,
                "kind": kind,
                "bot_id": bot.bot_id,
                "customer": bot.customer,
                "customer_id": record.and_then(|r| r["_id"].as_str()),
                "customer_name": record.and_then(|r| r["name"].as_str()),
                "bot_token": token,
                "wa_api_key": wa_key,
            })
        })
        .collect();
    let mut items = items;
    if args.remote {
        items.extend(remote_rows(ctx).await?);
    }
    if items.is_empty() && !ctx.printer.quiet {
        ctx.printer.hint(
            "no bots registered: add `[profiles.<profile>.bots.NAME]` tables (see config.example.toml)",
        );
    }
    let columns = if args.remote { REMOTE_COLUMNS } else { COLUMNS };
    crate::output::print_items(&ctx.settings.output, columns, &items)?;
    Ok(ExitStatus::Success)
}

/// `--remote`: the WhatsApp bots `GET /whatsapp-automation` lists for the customer's (or the
/// profile's) API token, each with the registry's name for it and its key, if any.
async fn remote_rows(ctx: &Context) -> Result<Vec<Value>> {
    let bots = super::whatsapp::remote_wa_bots(ctx).await?;
    let customer = ctx.profile.customer.as_ref().map(|c| c.value.clone());
    Ok(bots
        .iter()
        .map(|remote| {
            let id = remote["_id"].as_str().unwrap_or_default();
            let registered = ctx
                .profile
                .bots()
                .iter()
                .find(|(_, b)| {
                    b.bot_id
                        .as_deref()
                        .is_some_and(|b| b.eq_ignore_ascii_case(id))
                })
                .map(|(name, _)| name.clone());
            let wa_key = registered
                .as_deref()
                .and_then(|name| ctx.profile.describe_bot(name).1)
                .map(|(value, source)| match value {
                    Some(value) => format!("{value} ({source})"),
                    None => source,
                });
            json!({
                "name": remote["name"],
                "kind": "whatsapp (remote)",
                "bot_id": id,
                "customer": customer,
                "registered": registered.unwrap_or_else(|| "no".to_string()),
                "wa_api_key": wa_key,
            })
        })
        .collect())
}

const COLUMNS: &[Column] = &[
    col("name", "name"),
    col("kind", "kind"),
    col("bot id", "bot_id"),
    col("customer", "customer"),
    col("resolves to", "customer_name"),
    col("bot token", "bot_token"),
    col("wa api key", "wa_api_key"),
];

const REMOTE_COLUMNS: &[Column] = &[
    col("name", "name"),
    col("kind", "kind"),
    col("bot id", "bot_id"),
    col("customer", "customer"),
    col("resolves to", "customer_name"),
    col("registered", "registered"),
    col("bot token", "bot_token"),
    col("wa api key", "wa_api_key"),
];
