//! The data a fresh sandbox starts with.
//!
//! Everything comes from fixed PRNG streams and a fixed reference date, never from the clock,
//! so every machine and every run sees byte-identical data and snapshot tests stay stable.
//! Each item draws from a stream of its own (kind + index), so adding seed data of one kind
//! never changes another's ids or tokens.

use std::collections::HashSet;

use serde_json::{Value, json};

use super::Credentials;
use super::doc::Doc;
use super::doc::into_doc;
use super::model::{Agent, Bot, Chat, Contact, Customer, STATE_VERSION, State, agency_id};
use super::rng::{Rng, iso, object_id};
use super::shapes::chat_doc;
use super::templates;
use super::words::{
    CITIES, COUNTRIES, CUSTOMERS, FIRST_NAMES, LAST_NAMES, MAIL_DOMAINS, NOTES, STATUSES, TAGS,
};

/// 2026-11-01T00:00:00Z: "now" as far as the seed data is concerned.
pub(super) const REFERENCE_MS: i64 = 1_793_491_200_000;
const DAY_MS: i64 = 86_400_000;
/// Customers signed up between 2023-01-01 and 2025-12-31.
const CUSTOMERS_FROM_MS: i64 = 1_672_531_200_000;
const CUSTOMERS_UNTIL_MS: i64 = 1_767_139_200_000;

/// (owning customer, platform, name). Customer 0's first website bot is the default one.
const BOTS: [(usize, &str, &str); 7] = [
    (0, "website", "Bluefin Website Assistant"),
    (0, "website", "Bluefin Pricing Helper"),
    (0, "whatsapp", "Bluefin WhatsApp"),
    (1, "website", "Sharma Consulting Bot"),
    (2, "whatsapp", "Oakridge Appointments"),
    (3, "website", "Alvarez Legal Intake"),
    // Last, so that the bots before keep their seeded ids and tokens.
    (2, "website", "Oakridge Dental Website"),
];

/// Team members: (owning customer, name, email, type).
const AGENTS: [(usize, &str, &str, &str); 6] = [
    (0, "Riya Kapoor", "riya@bluefinmarketing.io", "AGENT"),
    (0, "Tom Becker", "tom@bluefinmarketing.io", "AGENT"),
    (
        0,
        "Nadia Rahman",
        "nadia@bluefinmarketing.io",
        "CUSTOM_USER",
    ),
    (0, "Marco Silva", "marco@bluefinmarketing.io", "CUSTOM_USER"),
    (0, "Elena Petrova", "elena@bluefinmarketing.io", "AGENT"),
    (2, "Sam Patel", "sam@oakridgedental.com", "AGENT"),
];
/// Customer 0's contacts and chats are assigned among its first three members only (the
/// team when they were seeded), so later members leave the rest of the seed unchanged.
const ASSIGNABLE_AGENTS: usize = 3;

const SEGMENTS: [&str; 4] = [
    "High intent",
    "Newsletter subscribers",
    "Cart abandoners",
    "Wholesale buyers",
];

/// Contacts per customer (the rest have none).
const CONTACTS: [(usize, usize); 3] = [(0, 250), (1, 8), (2, 6)];
/// Chats per website bot of customers 0 and 2; every other one is a lead.
const CHATS_PER_BOT: usize = 30;

fn customer_created_ms(i: usize) -> i64 {
    let step = (CUSTOMERS_UNTIL_MS - CUSTOMERS_FROM_MS) / CUSTOMERS.len() as i64;
    let jitter = Rng::for_item("customer-time", i).between(0, step * 3 / 4);
    CUSTOMERS_FROM_MS + i as i64 * step + jitter
}

fn customer_id(i: usize) -> String {
    object_id(customer_created_ms(i), &mut Rng::for_item("customer-id", i))
}

fn customer_token(i: usize) -> String {
    format!("sbx_api_{}", Rng::for_item("customer-token", i).hex(32))
}

fn partner_key() -> String {
    format!("sbx_partner_{}", Rng::for_item("partner-key", 0).hex(32))
}

fn bot_created_ms(j: usize) -> i64 {
    let owner = BOTS.get(j).map_or(0, |b| b.0);
    customer_created_ms(owner) + (j as i64 + 1) * DAY_MS
}

fn bot_id(j: usize) -> String {
    object_id(bot_created_ms(j), &mut Rng::for_item("bot-id", j))
}

fn bot_token(j: usize) -> String {
    format!("sbx_bot_{}", Rng::for_item("bot-token", j).hex(32))
}

/// The WhatsApp API key of bot `j`, if it is a WhatsApp bot.
fn bot_wa_key(j: usize) -> Option<String> {
    let whatsapp = BOTS.get(j).is_some_and(|b| b.1 == "whatsapp");
    whatsapp.then(|| format!("sbx_wa_{}", Rng::for_item("bot-wa-key", j).hex(32)))
}

pub(super) fn credentials() -> Credentials {
    Credentials {
        partner_key: partner_key(),
        api_token: customer_token(0),
        bot_token: bot_token(0),
        bot_id: bot_id(0),
        customer_id: customer_id(0),
        wa_api_key: (0..BOTS.len())
            .filter(|j| BOTS.get(*j).is_some_and(|b| b.0 == 0))
            .find_map(bot_wa_key)
            .unwrap_or_default(),
    }
}

/// The whole seeded state.
pub(super) fn build() -> State {
    let customers = (0..CUSTOMERS.len()).map(customer).collect();
    let bots: Vec<Bot> = (0..BOTS.len()).map(bot).collect();
    let agents: Vec<Agent> = (0..AGENTS.len()).map(agent).collect();
    let assignable = agents.get(..ASSIGNABLE_AGENTS).unwrap_or(&agents);
    let segments: Vec<Doc> = (0..SEGMENTS.len()).map(segment).collect();
    let mut contacts = Vec::new();
    for (owner, count) in CONTACTS {
        let mut phones = HashSet::new();
        contacts.extend((0..count).map(|i| {
            let doc = contact(owner, i, count, &bots, assignable, &segments, &mut phones);
            Contact::new(customer_id(owner), doc)
        }));
    }
    let mut chats = Vec::new();
    for (j, b) in bots.iter().enumerate() {
        let Some(&(owner, "website", _)) = BOTS.get(j) else {
            continue;
        };
        // Customer 0's team members are assigned to its own chats only.
        let agents = if owner == 0 { assignable } else { &[] };
        if [0, 2].contains(&owner) {
            chats.extend((0..CHATS_PER_BOT).map(|k| chat(j, k, b, agents)));
        }
    }
    let templates = bots
        .iter()
        .enumerate()
        .filter(|(_, b)| b.platform == "whatsapp")
        .flat_map(|(j, b)| templates::seed(b, j, bot_created_ms(j), REFERENCE_MS))
        .collect();
    State {
        version: STATE_VERSION,
        partner_key: partner_key(),
        clock_ms: REFERENCE_MS,
        id_counter: 0,
        customers,
        agents,
        bots,
        segments,
        chats,
        templates,
        sent_messages: Vec::new(),
        contacts,
    }
}

fn customer(i: usize) -> Customer {
    let (name, email) = CUSTOMERS.get(i).copied().unwrap_or(("", ""));
    let mut rng = Rng::for_item("customer", i);
    let created = customer_created_ms(i);
    let updated = (created + rng.between(DAY_MS / 24, 120 * DAY_MS)).min(REFERENCE_MS);
    let last_login = rng.between(created, REFERENCE_MS);
    let inactive = i != 0 && rng.chance(12);
    let verified = i == 0 || !rng.chance(8);
    let limit = [1000, 2000, 2000, 5000, 10000][rng.index(5)];
    let doc = json!({
        "_id": customer_id(i),
        "name": name,
        "contact": {"email": email},
        "verified": verified,
        "status": if inactive { "INACTIVE" } else { "ACTIVE" },
        "subscriptionType": "v2",
        "userType": "WHITELABEL",
        "picture": "",
        "limit": limit,
        "createdAt": iso(created),
        "updatedAt": iso(updated),
        "lastLogin": iso(last_login),
    });
    Customer {
        api_token: customer_token(i),
        doc: into_doc(doc),
    }
}

/// Every seeded bot.
pub(super) fn bots() -> Vec<Bot> {
    (0..BOTS.len()).map(bot).collect()
}

fn bot(j: usize) -> Bot {
    let (owner, platform, name) = BOTS.get(j).copied().unwrap_or((0, "website", ""));
    Bot {
        id: bot_id(j),
        customer_id: customer_id(owner),
        platform: platform.to_owned(),
        name: name.to_owned(),
        token: bot_token(j),
        wa_api_key: bot_wa_key(j),
        created_at: iso(bot_created_ms(j)),
    }
}

fn agent(j: usize) -> Agent {
    let (owner, name, email, kind) = AGENTS.get(j).copied().unwrap_or((0, "", "", "AGENT"));
    let mut rng = Rng::for_item("agent", j);
    let created = customer_created_ms(owner) + (10 + 20 * j as i64) * DAY_MS;
    let contact_id = object_id(created, &mut Rng::for_item("agent-contact", j));
    // One role per type and customer, as the dashboard's default roles are.
    let role = object_id(
        customer_created_ms(owner),
        &mut Rng::for_item(&format!("role-{kind}"), owner),
    );
    let doc = json!({
        "_id": object_id(created, &mut rng),
        "whitelabel": false,
        "name": name,
        "contact": {"phone": {"number": "", "prefix": ""}, "_id": contact_id, "email": email},
        "picture": "",
        "liveAvailability": if j == 0 { "ONLINE" } else { "OFFLINE" },
        "leadsVisibility": if kind == "AGENT" { "ASSIGNED" } else { "ALL" },
        "assignedBots": [],
        "assignedAiAgents": [],
        "chatTransferPermission": "ASSIGNED",
        "status": "ACTIVE",
        "description": "",
        "type": kind,
        "unreadMessages": rng.below(20),
        "maskedAttributes": [],
        "_role": role,
        "_parent": customer_id(owner),
        "createdAt": iso(created),
        "updatedAt": iso(created + rng.between(0, 60 * DAY_MS)),
        "__v": 0,
    });
    Agent {
        token: format!("sbx_usr_{}", Rng::for_item("agent-token", j).hex(32)),
        doc: into_doc(doc),
    }
}

fn segment(j: usize) -> Doc {
    let mut rng = Rng::for_item("segment", j);
    let created = REFERENCE_MS - (300 - 40 * j as i64) * DAY_MS + rng.between(0, DAY_MS);
    into_doc(json!({
        "_id": object_id(created, &mut rng),
        "_customer": customer_id(0),
        "segmentName": SEGMENTS.get(j).copied().unwrap_or(""),
        "createdAt": iso(created),
        "updatedAt": iso(created),
    }))
}

/// Who a seeded contact is: name, email, and a phone number unique in the seed (always one
/// for a WhatsApp contact), from one of `COUNTRIES` (`country_at`).
struct Person {
    name: String,
    email: String,
    prefix: &'static str,
    country: &'static str,
    number: String,
    country_at: usize,
}

fn person(rng: &mut Rng, whatsapp: bool, phones: &mut HashSet<String>) -> Person {
    let first = rng.pick(&FIRST_NAMES);
    let last = rng.pick(&LAST_NAMES);
    let name = if !whatsapp && rng.chance(10) {
        String::new()
    } else {
        format!("{first} {last}")
    };
    let email = if rng.chance(70) {
        let n = if rng.chance(40) {
            format!("{}", rng.below(99) + 1)
        } else {
            String::new()
        };
        format!(
            "{}.{}{n}@{}",
            first.to_lowercase(),
            last.to_lowercase(),
            rng.pick(&MAIL_DOMAINS)
        )
    } else {
        String::new()
    };
    let country_at = rng.weighted(COUNTRIES.iter().map(|c| c.4));
    let (prefix, country, digits, leading, _) =
        COUNTRIES.get(country_at).copied().unwrap_or(COUNTRIES[0]);
    let (prefix, number) = if whatsapp || rng.chance(60) {
        let mut number = String::new();
        for _ in 0..10 {
            number = phone_number(rng, digits, leading);
            if phones.insert(format!("{prefix}{number}")) {
                break;
            }
        }
        (prefix, number)
    } else {
        ("", String::new())
    };
    Person {
        name,
        email,
        prefix,
        country,
        number,
        country_at,
    }
}

/// A seeded contact's tags, and its attributes (`city` from its country, `plan`,
/// `lead_source`), each with its own chance.
fn tags_and_attributes(rng: &mut Rng, country_at: usize) -> (Vec<&'static str>, Vec<Value>) {
    let tags: Vec<&str> = TAGS
        .iter()
        .filter(|(_, p)| rng.chance(*p))
        .map(|(t, _)| *t)
        .collect();
    let mut attributes = Vec::new();
    if rng.chance(45) {
        attributes
            .push(json!({"key": "city", "value": CITIES.get(country_at).copied().unwrap_or("")}));
    }
    if rng.chance(25) {
        attributes.push(
            json!({"key": "plan", "value": rng.pick(&["free", "starter", "pro", "enterprise"])}),
        );
    }
    if rng.chance(20) {
        attributes.push(json!({"key": "lead_source", "value": rng.pick(&["google-ads", "instagram", "referral", "organic"])}));
    }
    (tags, attributes)
}

/// Contact `i` of `count` for customer `owner`, created over the two years before the
/// reference date, oldest first.
fn contact(
    owner: usize,
    i: usize,
    count: usize,
    bots: &[Bot],
    agents: &[Agent],
    segments: &[Doc],
    phones: &mut HashSet<String>,
) -> Doc {
    let mut rng = Rng::for_item(&format!("contact-{owner}"), i);
    let owner_id = customer_id(owner);
    let from = REFERENCE_MS - 730 * DAY_MS;
    let step = (REFERENCE_MS - from) / count.max(1) as i64;
    let created = from + i as i64 * step + rng.between(0, step);

    let own_bots: Vec<&Bot> = bots.iter().filter(|b| b.customer_id == owner_id).collect();
    let bot = own_bots.get(rng.index(own_bots.len()));
    let whatsapp = bot.is_some_and(|b| b.platform == "whatsapp");
    let bot_ids = |platform: &str| -> Vec<String> {
        bot.filter(|b| b.platform == platform)
            .map(|b| b.id.clone())
            .into_iter()
            .collect()
    };

    let Person {
        name,
        email,
        prefix,
        country,
        number,
        country_at,
    } = person(&mut rng, whatsapp, phones);
    let (tags, attributes) = tags_and_attributes(&mut rng, country_at);
    let imported = whatsapp && rng.chance(20);
    let interacted = !imported && rng.chance(92);
    let segment_ids: Vec<&str> = segments
        .iter()
        .filter(|s| s.get("_customer").and_then(Value::as_str) == Some(owner_id.as_str()))
        .filter_map(|s| s.get("_id").and_then(Value::as_str))
        .filter(|_| rng.chance(18))
        .collect();
    let agent = if rng.chance(30) && owner == 0 {
        agents
            .get(rng.index(agents.len()))
            .and_then(|a| a.doc.get("_id"))
            .cloned()
            .unwrap_or(Value::Null)
    } else {
        Value::Null
    };
    let status = STATUSES
        .get(rng.weighted(STATUSES.iter().map(|s| s.1)))
        .map_or("OPEN", |s| s.0);
    let message_at = rng.between(created, REFERENCE_MS);
    let last_message = if interacted || rng.chance(50) {
        let by = ["user", "user", "user", "bot", "bot", "agent"][rng.index(6)];
        json!({"by": if interacted { by } else { "bot" }, "at": iso(message_at)})
    } else {
        json!({})
    };
    let seen = message_at + rng.between(0, (3 * DAY_MS).min(REFERENCE_MS - message_at));
    let has_ordered = if rng.chance(22) {
        json!({"status": true, "lastAt": iso(rng.between(created, REFERENCE_MS))})
    } else {
        json!({"status": false})
    };

    into_doc(json!({
        "_id": object_id(created, &mut rng),
        "_agency": agency_id(),
        "_customer": owner_id,
        "platform": [if whatsapp { "WHATSAPP" } else { "WEBSITE" }],
        "secondaryPlatform": if whatsapp && rng.chance(15) { json!(["website"]) } else { json!([]) },
        "isSubscriber": true,
        "websiteVisits": if whatsapp { 0 } else { rng.below(40) + 1 },
        "isOnline": interacted && rng.chance(6),
        "userInteracted": interacted,
        "profile": {
            "userDetails": {
                "contact": {"email": email, "phone": {"number": number, "prefix": prefix}},
                "userProvidedName": name,
                "tags": tags,
                "attributes": attributes,
                "country": if prefix.is_empty() && rng.chance(50) { "" } else { country },
                "whatsAppNumber": if whatsapp { format!("{prefix}{number}") } else { String::new() },
            },
            "marketing": {"urlsVisited": []},
            "notes": [],
        },
        "status": status,
        "_botWebsite": bot_ids("website"),
        "_botWhatsapp": bot_ids("whatsapp"),
        "_botTelegram": [],
        "_botFacebook": [],
        "_agentAssigned": agent,
        "lastMessage": last_message,
        "isContact": true,
        "isImported": imported,
        "isMigrated": false,
        "segments": segment_ids,
        "isLiveChatActive": interacted && rng.chance(10),
        "isPaid": true,
        "hasOrdered": has_ordered,
        "unreadMessages": if rng.chance(25) { rng.below(5) + 1 } else { 0 },
        "lastSeenAt": if interacted { Value::String(iso(seen)) } else { Value::Null },
        "unreadMessage": [],
        "__v": 0,
        "createdAt": iso(created),
        "updatedAt": iso(seen.max(created)),
    }))
}

/// A national number of `digits` digits starting with one of the `|`-separated `leading`.
fn phone_number(rng: &mut Rng, digits: usize, leading: &str) -> String {
    let starts: Vec<&str> = leading.split('|').collect();
    let mut number = rng.pick(&starts).to_owned();
    while number.len() < digits {
        number.push(char::from(b'0' + (rng.below(10) as u8)));
    }
    number
}

/// Chat `k` of seeded bot `j`, over the 90 days before the reference date.
fn chat(j: usize, k: usize, bot: &Bot, agents: &[Agent]) -> Chat {
    let mut rng = Rng::for_item(&format!("chat-{j}"), k);
    let step = 90 * DAY_MS / CHATS_PER_BOT as i64;
    let created = REFERENCE_MS - 90 * DAY_MS + k as i64 * step + rng.between(0, step);
    let uuid = {
        let h = rng.hex(32);
        format!(
            "{}-{}-4{}-a{}-{}",
            &h[0..8],
            &h[8..12],
            &h[13..16],
            &h[17..20],
            &h[20..32]
        )
    };
    let id = object_id(created, &mut rng);
    let mut doc = chat_doc(&id, &uuid, &bot.id, &bot.customer_id, &iso(created));
    let is_lead = k.is_multiple_of(2);
    let message_at = rng.between(created, (created + 3 * DAY_MS).min(REFERENCE_MS));
    let by = ["user", "bot", "agent"][rng.index(3)];
    let mut set = |key: &str, value: Value| {
        doc.insert(key.to_owned(), value);
    };
    set("isOnline", json!(rng.chance(10)));
    set("websiteVisits", json!(rng.below(12) + 1));
    set("lastMessage", json!({"by": by, "at": iso(message_at)}));
    set("updatedAt", json!(iso(message_at)));
    if !agents.is_empty() && rng.chance(35) {
        let agent = agents
            .get(rng.index(agents.len()))
            .and_then(|a| a.doc.get("_id"))
            .cloned();
        set("_agentAssigned", agent.unwrap_or(Value::Null));
    }
    if is_lead {
        let first = rng.pick(&FIRST_NAMES);
        let last = rng.pick(&LAST_NAMES);
        let country = COUNTRIES
            .get(rng.weighted(COUNTRIES.iter().map(|c| c.4)))
            .copied()
            .unwrap_or(COUNTRIES[0]);
        let status = STATUSES
            .get(rng.weighted(STATUSES.iter().map(|s| s.1)))
            .map_or("OPEN", |s| s.0);
        set("status", json!(status));
        set("name", json!(format!("{first} {last}")));
        set(
            "email",
            json!(format!(
                "{}.{}@{}",
                first.to_lowercase(),
                last.to_lowercase(),
                rng.pick(&MAIL_DOMAINS)
            )),
        );
        set("phone", json!(phone_number(&mut rng, country.2, country.3)));
        set("dialCode", json!(format!("+{}", country.0)));
        let tags: Vec<&str> = TAGS
            .iter()
            .filter(|(_, p)| rng.chance(*p))
            .map(|(t, _)| *t)
            .collect();
        set("tags", json!(tags));
        set(
            "attributes",
            json!([{"key": "lead_source", "value": rng.pick(&["pricing-page", "homepage", "blog", "landing-page"])}]),
        );
        let notes: Vec<Value> = (0..rng.below(3))
            .filter_map(|_| NOTES.get(rng.index(NOTES.len())))
            .map(|(title, description)| json!({"title": title, "description": description}))
            .collect();
        set("notes", json!(notes));
        if rng.chance(30) {
            set(
                "picture",
                json!(format!(
                    "https://images.example.com/avatars/{}.png",
                    rng.below(90) + 10
                )),
            );
        }
    }
    Chat {
        bot_id: bot.id.clone(),
        is_lead,
        doc,
    }
}
