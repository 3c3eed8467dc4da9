//! `bp contacts search|delete|set-attr`: the inbox's contacts, with a customer's API token.

use anyhow::Result;
use serde_json::{Map, Value, json};

use crate::Context;
use crate::api::endpoints;
use crate::cli::{ContactsCommand, ContactsSearchArgs, Interacted};
use crate::error::{ExitStatus, usage};
use crate::output::{Column, computed};

use super::since_last::Bookmark;

mod delete;
mod set_attr;

/// The search response's shape is undocumented: each column tries the field names the API
/// uses elsewhere (the import's `profile.userDetails…`, top-level `name`/`email`).
pub const COLUMNS: &[Column] = &[
    computed("id", "_id", |c| first(c, &["_id", "id"])),
    computed("name", "profile.userDetails.userProvidedName", |c| {
        first(
            c,
            &[
                "profile.userDetails.userProvidedName",
                "profile.userDetails.name",
                "name",
            ],
        )
    }),
    computed("email", "profile.userDetails.contact.email", |c| {
        first(c, &["profile.userDetails.contact.email", "email"])
    }),
    computed("phone", "profile.userDetails.contact.phone.number", phone),
    computed("tags", "profile.userDetails.tags", |c| {
        first(c, &["profile.userDetails.tags", "tags"])
    }),
    computed("status", "status", |c| first(c, &["status"])),
    computed("last seen", "lastSeenAt", |c| first(c, &["lastSeenAt"])),
];

fn first(item: &Value, paths: &[&str]) -> Option<Value> {
    paths
        .iter()
        .filter_map(|p| crate::output::lookup(item, p))
        .find(|v| !v.is_null() && v.as_str() != Some(""))
        .cloned()
}

/// `+91 9876543210` from `{prefix, number}`, or a top-level `phone` as it is.
fn phone(item: &Value) -> Option<Value> {
    let p = crate::output::lookup(item, "profile.userDetails.contact.phone");
    if let Some(Value::Object(p)) = p {
        let number = p.get("number").and_then(Value::as_str).unwrap_or("");
        let prefix = p.get("prefix").and_then(Value::as_str).unwrap_or("");
        if !number.is_empty() {
            return Some(Value::from(if prefix.is_empty() {
                number.to_string()
            } else {
                format!("+{prefix} {number}")
            }));
        }
    }
    first(item, &["phone", "profile.userDetails.whatsAppNumber"])
}

pub async fn run(cmd: ContactsCommand, ctx: &Context) -> Result<ExitStatus> {
    match cmd {
        ContactsCommand::Search(args) => search(*args, ctx).await,
        ContactsCommand::Delete(args) => delete::delete(args, ctx).await,
        ContactsCommand::SetAttr(args) => set_attr::set_attr(*args, ctx).await,
    }
}

async fn search(mut args: ContactsSearchArgs, ctx: &Context) -> Result<ExitStatus> {
    // `--segment` also takes a segment's name.
    args.segments = super::members::resolve_segments(ctx, &args.segments).await?;
    let mut body = search_body(&args)?;
    let auth = ctx.api_auth().await?;
    let bookmark = match &args.since_last.since_last {
        Some(name) => {
            let customer = match ctx.customer_auth().await? {
                Some(customer) => customer.customer_id.clone(),
                None => ctx
                    .profile
                    .customer_id
                    .as_ref()
                    .map_or_else(|| "-".to_string(), |c| c.value.clone()),
            };
            // A bookmark per search: another filter is another list, with its own past.
            let mut search = body.clone();
            if let Some(fields) = search.as_object_mut() {
                fields.remove("page");
            }
            let bookmark =
                Bookmark::open(ctx, "contacts search", name, &customer, &search.to_string())?;
            if let Some(from) = bookmark.from() {
                created_since(&mut body, from);
            }
            Some(bookmark)
        }
        None => None,
    };
    let listing = super::Listing {
        nothing: "no contacts match",
        keep: &|_| true,
        bookmark,
    };
    super::list_kept(ctx, &args.pages, COLUMNS, listing, |page| {
        let mut body = body.clone();
        body["page"] = Value::from(page);
        endpoints::contacts_search(auth.clone(), body)
    })
    .await
}

/// The documented sample body (`POST /inbox/users`): every filter empty, interacted users.
pub fn sample_body() -> Value {
    json!({
        "searchText": "",
        "tags": [],
        "status": [],
        "isOnline": false,
        "_botWebsite": [],
        "_botWhatsapp": [],
        "_botTelegram": [],
        "_botFacebook": [],
        "_agentAssigned": [],
        "segments": [],
        "applicableFilters": ["userInteracted"],
        "lastSeenAt": {"startAt": "", "endsAt": ""},
        "createdAt": {"startAt": "", "endsAt": ""},
        "userInteracted": true,
        "lastMessageBy": [],
        "isLiveChatActive": false,
        "hasOrdered": {"status": false, "lastAt": ""},
        "page": 1,
        "isExport": "none",
        "isContact": true
    })
}

/// `ID NAME <EMAIL>` of a contact (a phone number without a name or email), for prompts.
pub fn describe(c: &Value) -> String {
    let text = |v: Option<Value>| v.and_then(|v| v.as_str().map(String::from));
    let cell = |header: &str| {
        let column = COLUMNS.iter().find(|col| col.header == header);
        text(column.and_then(|col| col.value(c)))
    };
    let id = cell("id").unwrap_or_default();
    match (cell("name"), cell("email")) {
        (Some(name), Some(email)) => format!("{id} {name} <{email}>"),
        (Some(name), None) => format!("{id} {name}"),
        (None, Some(email)) => format!("{id} <{email}>"),
        (None, None) => match cell("phone") {
            Some(phone) => format!("{id} {phone}"),
            None => id,
        },
    }
}

/// The documented sample body, with each flag changing only its own fields.
pub fn search_body(args: &ContactsSearchArgs) -> Result<Value> {
    let mut body = sample_body();
    if let Some(text) = &args.text {
        body["searchText"] = Value::from(text.as_str());
    }
    for (key, values) in [
        ("tags", &args.tags),
        ("status", &args.statuses),
        ("segments", &args.segments),
        ("_botWebsite", &args.bot_website),
        ("_botWhatsapp", &args.bot_whatsapp),
        ("_botTelegram", &args.bot_telegram),
        ("_botFacebook", &args.bot_facebook),
        ("_agentAssigned", &args.agents),
        ("lastMessageBy", &args.last_message_by),
    ] {
        body[key] = Value::from(values.clone());
    }
    let mut filters: Vec<&str> = Vec::new();
    match args.interacted {
        Interacted::True => filters.push("userInteracted"),
        Interacted::False => {
            body["userInteracted"] = Value::from(false);
            filters.push("userInteracted");
        }
        Interacted::Any => {}
    }
    if args.online {
        body["isOnline"] = Value::from(true);
        filters.push("isOnline");
    }
    if args.live_chat {
        body["isLiveChatActive"] = Value::from(true);
        filters.push("isLiveChatActive");
    }
    for (key, since, until) in [
        ("lastSeenAt", &args.seen_since, &args.seen_until),
        ("createdAt", &args.created_since, &args.created_until),
    ] {
        if since.is_some() || until.is_some() {
            body[key] = json!({
                "startAt": since.as_deref().unwrap_or(""),
                "endsAt": until.as_deref().unwrap_or(""),
            });
            filters.push(key);
        }
    }
    if args.ordered || args.ordered_since.is_some() {
        body["hasOrdered"] = json!({
            "status": true,
            "lastAt": args.ordered_since.as_deref().unwrap_or(""),
        });
        filters.push("hasOrdered");
    }
    body["applicableFilters"] = Value::from(filters);
    if let Some(raw) = &args.body_json {
        let extra: Value =
            serde_json::from_str(raw).map_err(|e| usage(format!("invalid --body-json: {e}")))?;
        let Value::Object(extra) = extra else {
            return Err(usage("invalid --body-json: it must be a JSON object"));
        };
        merge(&mut body, extra);
    }
    Ok(body)
}

/// The documented server-side filter on creation: `createdAt.startAt`, named in
/// `applicableFilters`.
fn created_since(body: &mut Value, from: jiff::Timestamp) {
    if !body["createdAt"].is_object() {
        body["createdAt"] = json!({"startAt": "", "endsAt": ""});
    }
    body["createdAt"]["startAt"] = Value::from(crate::dates::format_api(from));
    if let Some(filters) = body["applicableFilters"].as_array_mut()
        && !filters.iter().any(|f| f == "createdAt")
    {
        filters.push(Value::from("createdAt"));
    }
}

/// Merges `extra` over `body`: objects key by key, anything else replaced.
fn merge(body: &mut Value, extra: Map<String, Value>) {
    for (key, value) in extra {
        match (body.get_mut(&key), value) {
            (Some(Value::Object(existing)), Value::Object(more)) => {
                let mut inner = Value::Object(std::mem::take(existing));
                merge(&mut inner, more);
                body[&key] = inner;
            }
            (_, value) => body[&key] = value,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_json_merges_deeply() {
        let mut body = json!({"a": {"x": 1, "y": 2}, "b": [1]});
        merge(
            &mut body,
            json!({"a": {"y": 3}, "b": [], "c": true})
                .as_object()
                .unwrap()
                .clone(),
        );
        assert_eq!(body, json!({"a": {"x": 1, "y": 3}, "b": [], "c": true}));
    }

    #[test]
    fn columns_find_fields_by_the_names_the_api_uses() {
        let imported = json!({"_id": "1", "profile": {"userDetails": {"userProvidedName": "Ana", "contact": {"email": "a@x.io", "phone": {"number": "98765", "prefix": "91"}}, "tags": ["vip"]}}, "status": "OPEN"});
        let flat = json!({"id": "2", "name": "Bo", "email": "b@x.io", "phone": "123"});
        let cells = |item: &Value| -> Vec<Option<Value>> {
            COLUMNS.iter().map(|c| c.value(item)).collect()
        };
        assert_eq!(
            cells(&imported),
            vec![
                Some(json!("1")),
                Some(json!("Ana")),
                Some(json!("a@x.io")),
                Some(json!("+91 98765")),
                Some(json!(["vip"])),
                Some(json!("OPEN")),
                None
            ]
        );
        assert_eq!(
            cells(&flat)[..4],
            [
                Some(json!("2")),
                Some(json!("Bo")),
                Some(json!("b@x.io")),
                Some(json!("123"))
            ]
        );
    }
}
