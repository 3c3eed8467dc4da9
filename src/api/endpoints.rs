//! One function per documented endpoint (`../shared/botpenguin-api.md`): its method, path,
//! query and credential, as a [`Request`] for [`super::Client::send`]. The commands name
//! endpoints only through these (`bp api` aside: its path is the user's), so a path, a query
//! parameter's spelling or whether a request may be repeated is written once, here.

use serde_json::Value;

use super::{Auth, Body, Request};
use crate::secret::Secret;

// --- The agency's, with the partner key ---

/// `GET /customer/list?page=N[&sort=FIELD]`: one page of the agency's customers.
pub fn customer_list(partner: Auth, page: u32, sort: Option<&str>) -> Request {
    let req = Request::get("customer/list", partner).query("page", page);
    match sort {
        Some(sort) => req.query("sort", sort),
        None => req,
    }
}

/// `POST /customer/create`: a new customer. Not repeated: the API has no idempotency key.
pub fn customer_create(partner: Auth, body: Value) -> Request {
    Request::post("customer/create", partner, body).once()
}

/// `POST /customer`: what older accounts' docs call [`customer_create`].
pub fn customer_create_older(partner: Auth, body: Value) -> Request {
    Request::post("customer", partner, body).once()
}

/// `PUT /customer/{id}`: changes a customer's fields.
pub fn customer_update(partner: Auth, id: &str, body: Value) -> Request {
    Request::put(format!("customer/{id}"), partner, body)
}

/// `DELETE /customer/{id}`.
pub fn customer_delete(partner: Auth, id: &str) -> Request {
    Request::delete(format!("customer/{id}"), partner)
}

/// `GET /ext/get-user-token?userId=ID`: a customer's API token.
pub fn customer_token(partner: Auth, customer_id: &str) -> Request {
    Request::get("ext/get-user-token", partner).query("userId", customer_id)
}

/// `GET /ext/get-user-token?email=EMAIL&type=KIND`: a team member's token.
pub fn member_token(partner: Auth, email: &str, kind: &str) -> Request {
    Request::get("ext/get-user-token", partner)
        .query("email", email)
        .query("type", kind)
}

// --- A customer's, with its API token ---

/// `GET /custom-user?page=N&ispagination=true&searchText=TEXT`: one page of team members.
pub fn team_members(auth: Auth, page: u32, search: &str) -> Request {
    Request::get("custom-user", auth)
        .query("page", page)
        .query("ispagination", "true")
        .query("searchText", search)
}

/// `GET /inbox/segments`.
pub fn segments(auth: Auth) -> Request {
    Request::get("inbox/segments", auth)
}

/// `POST /inbox/users`: one page of the contacts that match the body's filters.
pub fn contacts_search(auth: Auth, body: Value) -> Request {
    Request::post("inbox/users", auth, body)
}

/// `POST /inbox/users/import`: creates or updates a batch of contacts; for a WhatsApp bot,
/// its id as `botId`, query parameter and header, as BotPenguin's own n8n node sends it.
pub fn contacts_import(auth: Auth, batch: impl Into<Body>, bot_id: Option<&str>) -> Request {
    let req = Request::post("inbox/users/import", auth, batch);
    match bot_id {
        Some(id) => req.query("botId", id).header("botid", id),
        None => req,
    }
}

/// `PUT /inbox/users/status-update`: `{"ids": […], "status": …}` (`DELETED` deletes).
pub fn contacts_status_update(auth: Auth, body: Value) -> Request {
    Request::put("inbox/users/status-update", auth, body)
}

/// `PUT /integrations/custom-app/update-user-attributes`: `{search, attributes: {k: v},
/// botId, platform}`, as BotPenguin's own n8n node sends it (API notes §8). Repeated after
/// an unknown outcome: setting the same values again changes nothing.
pub fn update_user_attributes(auth: Auth, body: Value) -> Request {
    Request::put("integrations/custom-app/update-user-attributes", auth, body)
}

// --- A website bot's, with its bot token ---

/// `PUT /inbox/direct/lead` (`x-bp-token`): creates or updates the lead of a chat.
pub fn lead_upsert(bot_token: Secret, body: impl Into<Body>) -> Request {
    Request::put("inbox/direct/lead", Auth::BpToken(bot_token), body)
}

/// `GET /inbox/direct/chats?botId=…&customerId=…&page=N&type=KIND` (`x-bot-token`): one
/// page of a bot's chats, `lead` or not.
pub fn chats(bot_token: Secret, bot_id: &str, customer_id: &str, page: u32, kind: &str) -> Request {
    Request::get("inbox/direct/chats", Auth::BotToken(bot_token))
        .query("botId", bot_id)
        .query("customerId", customer_id)
        .query("page", page)
        .query("type", kind)
}

// --- A WhatsApp bot's, with its API key ---

/// `GET /whatsapp-automation/wa/templates`.
pub fn wa_templates(key: Secret) -> Request {
    Request::get("whatsapp-automation/wa/templates", Auth::WaKey(key))
}

/// `POST /whatsapp-automation/wa/send-template`. Not repeated: a message sent twice is two.
pub fn wa_send_template(key: Secret, body: Value) -> Request {
    Request::post(
        "whatsapp-automation/wa/send-template",
        Auth::WaKey(key),
        body,
    )
    .once()
}

/// `POST /whatsapp-automation/wa/send-message`. Not repeated, as [`wa_send_template`].
pub fn wa_send_message(key: Secret, body: Value) -> Request {
    Request::post(
        "whatsapp-automation/wa/send-message",
        Auth::WaKey(key),
        body,
    )
    .once()
}

// --- A customer's WhatsApp bots, with its API token (BotPenguin's own n8n node) ---

/// `GET /whatsapp-automation`: the customer's WhatsApp bots, `data[]` of `{_id, name, …}`.
pub fn wa_bots(auth: Auth) -> Request {
    Request::get("whatsapp-automation", auth)
}

/// `GET /whatsapp-automation/plugin/templates/{botId}`: a WhatsApp bot's templates.
pub fn plugin_templates(auth: Auth, bot_id: &str) -> Request {
    Request::get(
        format!("whatsapp-automation/plugin/templates/{bot_id}"),
        auth,
    )
}

/// `GET /whatsapp-automation/plugin/make-template-dynamic-fields/{templateId}`: the
/// template's variables, `data[]` of `{key, value}`.
pub fn plugin_template_fields(auth: Auth, template_id: &str) -> Request {
    Request::get(
        format!("whatsapp-automation/plugin/make-template-dynamic-fields/{template_id}"),
        auth,
    )
}

/// `POST /whatsapp-automation/plugin/send-template-message` with `{botId, templateId,
/// whatsAppNumber, templateParams}`. Not repeated, as [`wa_send_template`].
pub fn plugin_send_template(auth: Auth, body: Value) -> Request {
    Request::post(
        "whatsapp-automation/plugin/send-template-message",
        auth,
        body,
    )
    .once()
}
