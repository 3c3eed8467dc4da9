//! The emulator's records: its whole state as `bp sandbox serve` persists it, and the
//! validated inputs the store turns into records. Plain data (and the clock and ids every
//! new record takes), used by the store, the seed, the record shapes and the handlers.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::doc::Doc;
use super::rng;

mod contact;

pub(super) use self::contact::{Contact, Imported};

/// The partner agency's id, in every record seeded or created: minted on 2022-12-02, a month
/// before the first customer signed up.
pub(super) fn agency_id() -> String {
    const AGENCY_CREATED_MS: i64 = 1_672_531_200_000 - 30 * 86_400_000;
    static ID: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ID.get_or_init(|| rng::object_id(AGENCY_CREATED_MS, &mut rng::Rng::for_item("agency", 0)))
        .clone()
}

/// Bumped when the state file's layout changes incompatibly.
pub(super) const STATE_VERSION: u32 = 2;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct State {
    pub version: u32,
    pub partner_key: String,
    /// The last timestamp handed out (ms since the epoch); see [`State::now`].
    pub clock_ms: i64,
    /// Counts minted ids, so two ids minted in the same millisecond still differ.
    pub id_counter: u64,
    pub customers: Vec<Customer>,
    pub agents: Vec<Agent>,
    pub bots: Vec<Bot>,
    pub segments: Vec<Doc>,
    pub chats: Vec<Chat>,
    /// WhatsApp message templates, as `GET /whatsapp-automation/wa/templates` lists them.
    pub templates: Vec<Doc>,
    /// Every WhatsApp message sent through the API, oldest first.
    pub sent_messages: Vec<Doc>,
    /// Oldest first, per customer (see [`newest_first`]). Last, because [`Store::save`]
    /// splices the (cached) contacts in at the end, and a state file is opened without
    /// parsing them; whoever changes a contact in place must call [`Store::contact_changed`].
    /// In a [`Store`], empty until [`Store::read_contacts`] has read them.
    pub contacts: Vec<Contact>,
}

impl State {
    /// The time to stamp on a new or updated record: the wall clock, but always after every
    /// stamp handed out before (and after the seed's reference date), so that "newest first"
    /// puts what a test just created first even on a machine whose clock is behind.
    pub fn now(&mut self) -> String {
        let wall = jiff::Timestamp::now().as_millisecond();
        self.clock_ms = wall.max(self.clock_ms + 1);
        rng::iso(self.clock_ms)
    }

    /// A fresh ObjectId-like id (timestamp prefix, then a counter-derived suffix).
    pub fn new_id(&mut self) -> String {
        self.id_counter += 1;
        rng::minted_id(self.clock_ms, self.id_counter)
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Customer {
    /// The permanent token `GET /ext/get-user-token` hands out.
    pub api_token: String,
    pub doc: Doc,
}

/// A team member (agent or custom user) of a customer; `doc._parent` is the customer.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Agent {
    pub token: String,
    pub doc: Doc,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Bot {
    pub id: String,
    pub customer_id: String,
    /// `website`, `whatsapp`, …
    pub platform: String,
    pub name: String,
    /// The token support hands out for `/inbox/direct/*`.
    pub token: String,
    /// A WhatsApp bot's API key for `/whatsapp-automation/wa/*` (`apiKey`); none on others.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wa_api_key: Option<String>,
    pub created_at: String,
}

/// A website chat; a lead once someone upserted lead details for it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Chat {
    pub bot_id: String,
    pub is_lead: bool,
    pub doc: Doc,
}

/// One validated row of `POST /inbox/users/import`.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct ImportRow {
    pub name: String,
    pub email: String,
    pub prefix: String,
    pub number: String,
    pub tags: Vec<String>,
    /// `(key, value)`, in the order given.
    pub attributes: Vec<(String, Value)>,
}

/// A validated `POST /customer/create` body (the password is checked, never kept).
pub(super) struct NewCustomer {
    pub name: String,
    pub email: String,
    pub limit: Option<u64>,
}
