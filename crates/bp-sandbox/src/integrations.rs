//! The "custom-app" integration endpoints BotPenguin's own n8n node calls (API notes §8),
//! with a customer's API token. Nothing documents their answers: what the sandbox does is
//! inferred from the node, and listed in the README's "What the sandbox assumes".

use axum::extract::State;
use axum::http::StatusCode;
use serde_json::Value;

use super::Sandbox;
use super::envelope::{ApiError, CAST_ERROR, Reply, is_object_id, ok_empty};
use super::fields::Fields;
use super::http::{Authtype, Incoming};

/// The `platform` values the n8n node knows.
const PLATFORMS: [&str; 6] = [
    "whatsapp",
    "instagram",
    "facebook",
    "telegram",
    "website",
    "sms",
];

/// `PUT /integrations/custom-app/update-user-attributes`: `{search, attributes: {k: v},
/// botId, platform}` sets those attributes on the customer's contact `search` names (an
/// email, a phone's country code and number as digits, or a chat uuid); `botId` must be
/// one of the customer's bots. No contact: 404 `user not found`.
pub(super) async fn update_user_attributes(
    State(sandbox): State<Sandbox>,
    incoming: Incoming,
) -> Reply {
    let customer = incoming.customer(&sandbox, Authtype::Shown)?;
    let body = &incoming.json_object()?;
    let mut f = Fields::new(body);
    let search = f.text("search");
    let bot_id = f.text("botId");
    let platform = f.text("platform");
    let attributes = match f.get("attributes") {
        Some(Value::Object(map)) if map.is_empty() => {
            f.problem("attributes must not be empty");
            None
        }
        Some(Value::Object(map)) => Some(map.clone()),
        Some(_) => f.wrong("attributes", "an object"),
        None => None,
    };
    if let Some(platform) = &platform
        && !PLATFORMS.contains(&platform.as_str())
    {
        f.problem(format!("platform must be one of {}", PLATFORMS.join(", ")));
    }
    let (Some(search), Some(bot_id), Some(_), Some(attributes), true) =
        (search, bot_id, platform, attributes, f.problems.is_empty())
    else {
        return Err(ApiError::invalid(f.problems));
    };
    if !is_object_id(&bot_id) {
        return Err(ApiError::bad_request(CAST_ERROR));
    }
    let mut store = sandbox.store();
    let owns = store
        .state
        .bots
        .iter()
        .any(|b| b.id.eq_ignore_ascii_case(&bot_id) && b.customer_id == customer);
    if !owns {
        return Err(ApiError::new(StatusCode::NOT_FOUND, "bot not found"));
    }
    let attributes = attributes.into_iter().collect();
    if !store.set_contact_attributes(&customer, &search, attributes)? {
        return Err(ApiError::new(StatusCode::NOT_FOUND, "user not found"));
    }
    drop(store);
    sandbox.persist();
    Ok(ok_empty())
}
