//! The shapes of records the sandbox creates at run time, shared with the seed data so
//! that a created record looks exactly like a seeded one.

use serde_json::{Value, json};

use super::doc::{Doc, details_mut, into_doc};
use super::model::{NewCustomer, agency_id};

/// A customer made by `POST /customer/create`: the documented response's `data` (whose
/// sample is cut off after `consumption`), then the fields the seeded customers have.
pub(super) fn created_customer(
    id: &str,
    contact_id: &str,
    role_id: &str,
    new: NewCustomer,
    now: &str,
) -> Doc {
    let mut doc = into_doc(json!({
        "chatGPT": {"websites": []},
        "ai": {"limit": 100, "consumed": 0},
        "isTourCompleted": {"canvas": {"classic": false, "visual": false}, "ai": false},
        "likedTemplates": {"flow": [], "whatsapp": []},
        "accountUsage": {"activitySource": "DASHBOARD", "status": "IN_USE"},
        "name": new.name,
        "loginCount": 0,
        "contact": {"phone": {"prefix": "", "number": ""}, "_id": contact_id, "email": new.email},
        "picture": "",
        "verified": true,
        "status": "ACTIVE",
        "limitOver": false,
        "limitOverWhatsapp": false,
        "limitOverFacebook": false,
        "limitOverTelegram": false,
        "limitOverInstagram": false,
        "canAccessPayment": true,
        "currentUsage": 0,
        "consumption": {"website": 0, "telegram": 0, "whatsapp": 0, "facebook": 0, "instagram": 0},
        "_id": id,
        "username": new.email,
        "userType": "WHITELABEL",
        "role": role_id,
        "type": "CUSTOMER",
        "subscriptionType": "v2",
    }));
    if let Some(limit) = new.limit {
        doc.insert("limit".to_owned(), json!(limit));
    }
    for (key, value) in [
        ("createdAt", json!(now)),
        ("updatedAt", json!(now)),
        ("lastLogin", Value::Null),
        ("__v", json!(0)),
    ] {
        doc.insert(key.to_owned(), value);
    }
    doc
}

/// The inbox contact of a website lead, before its details are applied.
pub(super) fn lead_contact(
    id: String,
    customer_id: &str,
    bot_id: &str,
    uuid: &str,
    now: &str,
) -> Doc {
    into_doc(json!({
        "_id": id,
        "_agency": agency_id(),
        "_customer": customer_id,
        "uuid": uuid,
        "platform": ["WEBSITE"],
        "secondaryPlatform": [],
        "isSubscriber": false,
        "websiteVisits": 1,
        "isOnline": false,
        "userInteracted": true,
        "profile": {
            "userDetails": {
                "contact": {"email": "", "phone": {"number": "", "prefix": ""}},
                "userProvidedName": "",
                "tags": [],
                "attributes": [],
                "country": "",
            },
            "marketing": {"urlsVisited": []},
            "notes": [],
        },
        "status": "OPEN",
        "_botWebsite": [bot_id],
        "_botWhatsapp": [],
        "_botTelegram": [],
        "_botFacebook": [],
        "_agentAssigned": null,
        "lastMessage": {"by": "user", "at": now},
        "isContact": true,
        "isImported": false,
        "isMigrated": false,
        "segments": [],
        "isLiveChatActive": false,
        "isPaid": true,
        "hasOrdered": {"status": false},
        "unreadMessages": 0,
        "lastSeenAt": now,
        "unreadMessage": [],
        "__v": 0,
        "createdAt": now,
        "updatedAt": now,
    }))
}

/// Copies a lead's details (as the chat holds them) onto its contact.
pub(super) fn apply_lead(contact: &mut Doc, lead: &Doc, now: &str) {
    let text = |key: &str| {
        lead.get(key)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    let details = details_mut(contact);
    if let Some(details) = details {
        if !text("name").is_empty() {
            details.insert("userProvidedName".into(), Value::from(text("name")));
        }
        let email = text("email");
        let number = text("phone");
        let prefix = text("dialCode").trim_start_matches('+').to_owned();
        let contact_info = details.entry("contact").or_insert_with(|| json!({}));
        if !email.is_empty() {
            contact_info["email"] = Value::from(email);
        }
        if !number.is_empty() {
            contact_info["phone"] = json!({"number": number, "prefix": prefix});
        }
        for key in ["tags", "attributes"] {
            if let Some(v @ Value::Array(items)) = lead.get(key)
                && !items.is_empty()
            {
                details.insert(key.into(), v.clone());
            }
        }
    }
    for key in ["status", "_agentAssigned"] {
        if let Some(v) = lead.get(key).filter(|v| !v.is_null()) {
            contact.insert(key.into(), v.clone());
        }
    }
    contact.insert("lastSeenAt".into(), Value::from(now));
    contact.insert("updatedAt".into(), Value::from(now));
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
