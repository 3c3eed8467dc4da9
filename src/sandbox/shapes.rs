//! The shapes of records the sandbox creates at run time, shared with the seed data so
//! that a created record looks exactly like a seeded one.

use serde_json::{Value, json};

use super::seed::agency_id;
use super::store::{Doc, ImportRow};

/// A contact created by `POST /inbox/users/import`: a WhatsApp contact nobody has talked to.
pub(super) fn imported_contact(
    id: String,
    customer_id: &str,
    whatsapp_bots: &[String],
    row: ImportRow,
    now: &str,
) -> Doc {
    let attributes: Vec<Value> = row
        .attributes
        .into_iter()
        .map(|(key, value)| json!({"key": key, "value": value}))
        .collect();
    into_doc(json!({
        "_id": id,
        "_agency": agency_id(),
        "_customer": customer_id,
        "platform": ["WHATSAPP"],
        "secondaryPlatform": [],
        "isSubscriber": true,
        "websiteVisits": 0,
        "isOnline": false,
        "userInteracted": false,
        "profile": {
            "userDetails": {
                "contact": {"email": row.email, "phone": {"number": row.number, "prefix": row.prefix}},
                "userProvidedName": row.name,
                "tags": row.tags,
                "attributes": attributes,
                "country": "",
                "whatsAppNumber": format!("{}{}", row.prefix, row.number),
            },
            "marketing": {"urlsVisited": []},
            "notes": [],
        },
        "status": "OPEN",
        "_botWebsite": [],
        "_botWhatsapp": whatsapp_bots,
        "_botTelegram": [],
        "_botFacebook": [],
        "_agentAssigned": null,
        "lastMessage": {},
        "isContact": true,
        "isImported": true,
        "isMigrated": false,
        "segments": [],
        "isLiveChatActive": false,
        "isPaid": true,
        "hasOrdered": {"status": false},
        "unreadMessages": 0,
        "lastSeenAt": null,
        "unreadMessage": [],
        "__v": 0,
        "createdAt": now,
        "updatedAt": now,
    }))
}

/// A chat as `GET /inbox/direct/chats` lists it, before any lead details are known.
pub(super) fn chat_doc(id: &str, uuid: &str, bot_id: &str, customer_id: &str, now: &str) -> Doc {
    into_doc(json!({
        "_id": id,
        "uuid": uuid,
        "_bot": bot_id,
        "_customer": customer_id,
        "isOnline": false,
        "status": "OPEN",
        "websiteVisits": 1,
        "_agentAssigned": null,
        "lastMessage": {"by": "user", "at": now},
        "name": "",
        "email": "",
        "phone": "",
        "dialCode": "",
        "tags": [],
        "attributes": [],
        "notes": [],
        "picture": "",
        "createdAt": now,
        "updatedAt": now,
    }))
}

pub(super) fn into_doc(value: Value) -> Doc {
    match value {
        Value::Object(map) => map,
        _ => Doc::new(),
    }
}
