//! `bp contacts set-attr`: a contact's attributes set with `PUT
//! /integrations/custom-app/update-user-attributes` (`{search, attributes, botId,
//! platform}`, as BotPenguin's own n8n node sends it), or many contacts' with `--from`
//! (`bulk`).

use std::io::Write;

use anyhow::Result;
use phonenumber::country::Id;
use serde_json::{Map, Value, json};

use crate::Context;
use crate::api::{acknowledged, endpoints};
use crate::cli::{ContactsSetAttrArgs, Platform};
use crate::error::{ExitStatus, usage};
use crate::import::contact::valid_email;
use crate::import::phone::{parse_country, parse_phone, shown};
use crate::output::{Column, col};

mod bulk;

const COLUMNS: &[Column] = &[
    col("search", "search"),
    col("platform", "platform"),
    col("bot id", "botId"),
    col("attributes", "attributes"),
];

/// A contact's `search`, normalised: an email (trimmed), a chat UUID, or a phone number's
/// country code and number as digits. `Err`: the one-line reason, with a stable code.
pub(super) fn search_value(raw: &str, country: Option<Id>) -> Result<(String, Kind), String> {
    let text = raw.trim();
    if text.is_empty() {
        return Err("MISSING_SEARCH: no email, phone number or chat UUID".into());
    }
    if text.contains('@') {
        return match valid_email(text) {
            true => Ok((text.to_owned(), Kind::Email)),
            false => Err(format!("INVALID_SEARCH: `{}` is not an email", shown(text))),
        };
    }
    if is_uuid(text) {
        return Ok((text.to_owned(), Kind::Uuid));
    }
    // Anything but digits and what is written between them is no phone number either.
    if !text
        .chars()
        .all(|c| c.is_ascii_digit() || " +-.()/".contains(c))
    {
        return Err(format!(
            "INVALID_SEARCH: `{}` is neither an email, a phone number nor a chat UUID (8-4-4-4-12 hex digits)",
            shown(text)
        ));
    }
    let (prefix, number) = parse_phone(text, country)?;
    Ok((format!("{prefix}{number}"), Kind::Phone))
}

/// What a search value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Email,
    Phone,
    Uuid,
}

/// `8-4-4-4-12` hex digits.
fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, len)| g.len() == len && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The `platform` sent: the one given, else `whatsapp` for a phone number and `website`
/// for an email or a chat UUID (the n8n node has no default; this is bp's).
pub(super) fn platform_for(given: Option<Platform>, kind: Kind) -> &'static str {
    match (given, kind) {
        (Some(platform), _) => platform.as_str(),
        (None, Kind::Phone) => Platform::Whatsapp.as_str(),
        (None, _) => Platform::Website.as_str(),
    }
}

/// `--default-country`, checked.
pub(super) fn default_country(given: Option<&str>) -> Result<Option<Id>> {
    given
        .map(parse_country)
        .transpose()
        .map_err(|m| usage(format!("invalid --default-country: {m}")))
}

/// The request body, in the n8n node's order.
pub(super) fn body(
    search: &str,
    attributes: Map<String, Value>,
    bot_id: &str,
    platform: &str,
) -> Value {
    json!({
        "search": search,
        "attributes": attributes,
        "botId": bot_id,
        "platform": platform,
    })
}

pub(super) async fn set_attr(args: ContactsSetAttrArgs, ctx: &Context) -> Result<ExitStatus> {
    if args.from.is_some() {
        return bulk::set_attr(args, ctx).await;
    }
    let country = default_country(args.default_country.as_deref())?;
    let raw = args.search.as_deref().unwrap_or_default();
    let (search, kind) = search_value(raw, country)
        .map_err(|reason| usage(format!("invalid --search: {reason}")))?;
    let mut attributes = Map::new();
    for (key, value) in super::super::typed_pairs(&args.attrs, "attribute")? {
        attributes.insert(key.trim().to_owned(), value);
    }
    if attributes.is_empty() {
        return Err(usage("no attributes to set: give at least one KEY=VALUE"));
    }
    let bot_id = super::super::registry::any_bot_id(ctx, args.bot.as_deref()).await?;
    let platform = platform_for(args.platform, kind);
    let body = body(&search, attributes, &bot_id, platform);
    let req = endpoints::update_user_attributes(ctx.api_auth().await?, body.clone());
    if args.dry_run {
        let line = crate::bulk::dry_run_line(ctx, &req)?;
        writeln!(crate::printer::stdout(), "{line}")?;
        return Ok(ExitStatus::Success);
    }
    let answer = ctx.client.send(&req).await?;
    if !acknowledged(&answer) {
        let snippet = crate::bulk::stop::snippet(&answer, 120);
        let snippet = ctx.client.redactor().scrub(&snippet).into_owned();
        anyhow::bail!(
            "the server answered without saying success: {snippet}; bp cannot tell whether the attributes were set"
        );
    }
    crate::output::print_answer(&ctx.settings.output, &ctx.printer, COLUMNS, &body)?;
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_is_an_email_a_uuid_or_a_phone_number() {
        let india = Some(parse_country("IN").unwrap());
        let ok = |raw: &str, country| search_value(raw, country).unwrap();
        assert_eq!(ok(" a@x.io ", None), ("a@x.io".into(), Kind::Email));
        let uuid = "0b6a1f0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b";
        assert_eq!(ok(uuid, None), (uuid.into(), Kind::Uuid));
        assert_eq!(
            ok("+91 98123 45678", None),
            ("919812345678".into(), Kind::Phone)
        );
        assert_eq!(
            ok("09812345678", india),
            ("919812345678".into(), Kind::Phone)
        );
        let reason = |raw: &str| search_value(raw, None).unwrap_err();
        assert!(reason("").starts_with("MISSING_SEARCH:"));
        assert!(
            reason("a@b").starts_with("INVALID_SEARCH:"),
            "{}",
            reason("a@b")
        );
        assert!(reason("bob").starts_with("INVALID_SEARCH:"));
        assert!(reason("0b6a1f0e-3c2d").starts_with("INVALID_SEARCH:"));
        assert!(reason("9812345678").starts_with("INVALID_PHONE:"));
        assert!(reason("+91 12").starts_with("INVALID_PHONE:"));
    }

    #[test]
    fn the_platform_follows_the_search_unless_given() {
        assert_eq!(platform_for(None, Kind::Phone), "whatsapp");
        assert_eq!(platform_for(None, Kind::Email), "website");
        assert_eq!(platform_for(None, Kind::Uuid), "website");
        assert_eq!(
            platform_for(Some(Platform::Telegram), Kind::Phone),
            "telegram"
        );
    }
}
