//! The sandbox's state: one serialisable document, its persistence, and the queries and
//! mutations the handlers need.
//!
//! Records are JSON maps rather than typed structs so that fields the API sends but `bp` does
//! not model (and fields later endpoints add) pass through unchanged, as they would from the
//! real server. Only what the sandbox itself needs to know and the API never shows (tokens,
//! which chats are leads) lives in typed fields beside the map.

mod accounts;
mod persist;
mod reset;
mod whatsapp;

use std::cmp::Ordering;
use std::collections::HashMap;
use std::hash::{BuildHasher as _, RandomState};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context as _;
use serde_json::Value;

pub(super) use self::persist::Unreadable;
use self::persist::{RawContacts, StateLock, load, write_atomically};
pub use self::reset::{Reset, reset};
pub(super) use self::reset::{WATCH_EVERY, marker};
use super::doc::{Doc, lookup, path_str, str_field};
use super::envelope::ApiError;
use super::model::{Agent, Bot, Chat, Contact, Customer, ImportRow, Imported, State};
use super::query::ContactQuery;
use super::{seed, shapes};

pub(super) struct Store {
    pub state: State,
    path: Option<PathBuf>,
    dirty: bool,
    /// Built on the first import and kept up to date by it, so that a 10,000-row import in
    /// batches does not rescan every contact for every row.
    phones: Option<PhoneIndex>,
    /// Each contact's JSON as last saved (`None`: changed since). Contacts are almost all of
    /// the state, and re-encoding all of them after every import batch made big imports
    /// slow to save; with this, a save encodes only what changed.
    encoded: Vec<Option<String>>,
    /// The contacts of the state file, unparsed until something needs them (see
    /// [`persist`]): while this is `Some`, `state.contacts`, `encoded` and `phones` are
    /// empty, and [`Store::save`] writes these bytes back as they were.
    unread: Option<RawContacts>,
    /// Held while the store lives, if it has a file: see [`StateLock`].
    _lock: Option<StateLock>,
}

impl Store {
    /// Loads `path` if it exists, else seeds a fresh state (which is not written until it
    /// changes: the seed is deterministic, so rebuilding it later gives the same data).
    /// The contacts of a state file are parsed only when first needed (see
    /// [`Store::read_contacts`]).
    pub fn open(path: Option<&Path>) -> anyhow::Result<Store> {
        let lock = path.map(StateLock::take).transpose()?;
        if let Some(path) = path {
            reset::take_left_marker(path)?;
        }
        let (state, unread) = match path.map(load).transpose()?.flatten() {
            Some((state, unread)) => (state, unread),
            None => (seed::build(), None),
        };
        Ok(Store {
            state,
            path: path.map(Path::to_path_buf),
            dirty: false,
            phones: None,
            encoded: Vec::new(),
            unread,
            _lock: lock,
        })
    }

    /// Parses the state file's contacts into `state.contacts` if that has not been done yet.
    /// Every method that touches `state.contacts` calls this first, before it changes
    /// anything, so that an unreadable file fails the request instead of half applying it.
    fn read_contacts(&mut self) -> Result<(), Unreadable> {
        if let Some(unread) = &mut self.unread {
            let contacts = unread.parse()?;
            self.unread = None;
            self.state.contacts = contacts;
            self.encoded.clear();
            self.phones = None;
        }
        Ok(())
    }

    pub fn save(&mut self) -> anyhow::Result<()> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        if !self.dirty {
            return Ok(());
        }
        let path = path.clone();
        let bytes = self.encode().context("could not encode sandbox state")?;
        write_atomically(&path, &bytes)?;
        self.dirty = false;
        Ok(())
    }

    /// The state as JSON, reusing the encoding of unchanged contacts, and the contacts of
    /// the state file as they were if they were never read.
    fn encode(&mut self) -> anyhow::Result<Vec<u8>> {
        self.encoded.resize(self.state.contacts.len(), None);
        for (slot, contact) in self.encoded.iter_mut().zip(&self.state.contacts) {
            if slot.is_none() {
                *slot = Some(serde_json::to_string(contact)?);
            }
        }
        let contacts = std::mem::take(&mut self.state.contacts);
        let head = serde_json::to_vec(&self.state);
        self.state.contacts = contacts;
        let mut bytes = head?;
        // `contacts` is the last field, so the head ends with `"contacts":[]}`.
        if !bytes.ends_with(b"[]}") {
            self.read_contacts()?;
            return Ok(serde_json::to_vec(&self.state)?);
        }
        bytes.truncate(bytes.len() - 3);
        if let Some(unread) = &mut self.unread {
            // The rest of the file as it was: the contacts and the `}` after them.
            bytes.extend_from_slice(unread.tail()?);
            return Ok(bytes);
        }
        bytes.push(b'[');
        for (i, contact) in self.encoded.iter().flatten().enumerate() {
            if i > 0 {
                bytes.push(b',');
            }
            bytes.extend_from_slice(contact.as_bytes());
        }
        bytes.extend_from_slice(b"]}");
        Ok(bytes)
    }

    /// Marks contact `index` as changed in place, for [`Store::save`].
    pub fn contact_changed(&mut self, index: usize) {
        if let Some(slot) = self.encoded.get_mut(index) {
            *slot = None;
        }
        self.dirty = true;
    }

    pub fn customer_by_token(&self, token: &str) -> Option<&str> {
        let customer = self.state.customers.iter().find(|c| c.api_token == token);
        if let Some(customer) = customer {
            return str_field(&customer.doc, "_id");
        }
        // A team member's token works on its customer's inbox.
        let agent = self.state.agents.iter().find(|a| a.token == token)?;
        str_field(&agent.doc, "_parent")
    }

    pub fn bot_by_token(&self, token: &str) -> Option<&Bot> {
        self.state.bots.iter().find(|b| b.token == token)
    }

    pub fn customer_by_id(&self, id: &str) -> Option<&Customer> {
        self.state
            .customers
            .iter()
            .find(|c| str_field(&c.doc, "_id") == Some(id))
    }

    pub fn customer_by_email(&self, email: &str) -> Option<&Customer> {
        self.state.customers.iter().find(|c| {
            path_str(&c.doc, &["contact", "email"]).is_some_and(|e| e.eq_ignore_ascii_case(email))
        })
    }

    /// A team member of type `kind` (`AGENT`, `CUSTOM_USER`) with this email.
    pub fn agent_by_email(&self, kind: &str, email: &str) -> Option<&Agent> {
        self.state.agents.iter().find(|a| {
            str_field(&a.doc, "type") == Some(kind)
                && path_str(&a.doc, &["contact", "email"])
                    .is_some_and(|e| e.eq_ignore_ascii_case(email))
        })
    }

    pub fn contact_count(&mut self, customer_id: &str) -> Result<usize, Unreadable> {
        self.read_contacts()?;
        let contacts = self.state.contacts.iter();
        Ok(contacts.filter(|c| c.customer_id == customer_id).count())
    }

    /// Every contact of customer `customer_id`, as the API shows them, oldest first.
    pub fn contacts_of(&mut self, customer_id: &str) -> Result<Vec<Value>, Unreadable> {
        self.read_contacts()?;
        let contacts = self.state.contacts.iter();
        Ok(contacts
            .filter(|c| c.customer_id == customer_id)
            .map(Contact::to_value)
            .collect())
    }

    /// One page of customers, ordered by `sort` (a field, `-field` for descending).
    pub fn customers_page(&self, sort: &str, page: u64, size: usize) -> Vec<Value> {
        let (field, descending) = match sort.strip_prefix('-') {
            Some(field) => (field, true),
            None => (sort, false),
        };
        let mut customers: Vec<&Doc> = self.state.customers.iter().map(|c| &c.doc).collect();
        customers.sort_by(|a, b| compare(a.get("createdAt"), b.get("createdAt")));
        let path: Vec<&str> = field.split('.').collect();
        // An unknown field keeps the default order instead of shuffling by "all equal".
        if customers.iter().any(|c| lookup(c, &path).is_some()) {
            customers.sort_by(|a, b| {
                let order = compare(lookup(a, &path), lookup(b, &path));
                if descending { order.reverse() } else { order }
            });
        }
        paginate(customers.into_iter(), page, size)
    }

    /// One page of a customer's contacts matching `query`, newest first.
    pub fn search_contacts(
        &mut self,
        customer_id: &str,
        query: &ContactQuery,
        size: usize,
    ) -> Result<Vec<Value>, Unreadable> {
        self.read_contacts()?;
        let found = self
            .state
            .contacts
            .iter()
            .rev()
            .filter(|c| c.customer_id == customer_id && query.matches(&c.doc()));
        Ok(page_of(found, query.page, size)
            .map(Contact::to_value)
            .collect())
    }

    pub fn segments(&self, customer_id: &str) -> Vec<Value> {
        self.state
            .segments
            .iter()
            .filter(|s| str_field(s, "_customer") == Some(customer_id))
            .map(|s| Value::Object(s.clone()))
            .collect()
    }

    /// Creates or updates (keyed by phone prefix + number) each row, in order.
    pub fn import_contacts(
        &mut self,
        customer_id: &str,
        rows: Vec<ImportRow>,
    ) -> Result<(), Unreadable> {
        self.read_contacts()?;
        let whatsapp_bots: Arc<[String]> = self
            .state
            .bots
            .iter()
            .filter(|b| b.customer_id == customer_id && b.platform == "whatsapp")
            .map(|b| b.id.clone())
            .collect();
        let mut phones = match self.phones.take() {
            Some(phones) => phones,
            None => PhoneIndex::build(&self.state.contacts),
        };
        for row in rows {
            let now = self.state.now();
            let key = phones.key(customer_id, &row.prefix, &row.number);
            let existing = phones.find(
                &self.state.contacts,
                key,
                customer_id,
                &row.prefix,
                &row.number,
            );
            match existing.and_then(|i| Some((i, self.state.contacts.get_mut(i)?))) {
                Some((index, contact)) => {
                    contact.merge_import(row, now);
                    self.contact_changed(index);
                }
                None => {
                    let id = self.state.new_id();
                    let imported = Imported::new(id, row, whatsapp_bots.clone(), &now);
                    phones.insert(key, self.state.contacts.len());
                    let contact = Contact::imported(customer_id.to_owned(), imported);
                    self.state.contacts.push(contact);
                }
            }
        }
        self.phones = Some(phones);
        self.dirty = true;
        Ok(())
    }

    /// Sets `attributes` (replaced key by key, as an import does) on the newest contact of
    /// `customer_id` that `search` names: an email (any case), the digits of its phone's
    /// prefix and number, or its chat uuid. Whether there was one.
    pub fn set_contact_attributes(
        &mut self,
        customer_id: &str,
        search: &str,
        attributes: Vec<(String, Value)>,
    ) -> Result<bool, Unreadable> {
        self.read_contacts()?;
        let is_it = |c: &Contact| {
            c.customer_id == customer_id
                && if search.contains('@') {
                    c.email().is_some_and(|e| e.eq_ignore_ascii_case(search))
                } else if search.bytes().all(|b| b.is_ascii_digit()) {
                    c.phone()
                        .is_some_and(|(p, n)| !n.is_empty() && format!("{p}{n}") == search)
                } else {
                    c.uuid() == Some(search)
                }
        };
        let Some(index) = self.state.contacts.iter().rposition(is_it) else {
            return Ok(false);
        };
        let now = self.state.now();
        let row = ImportRow {
            attributes,
            ..ImportRow::default()
        };
        if let Some(contact) = self.state.contacts.get_mut(index) {
            contact.merge_import(row, now);
        }
        self.contact_changed(index);
        Ok(true)
    }

    /// Creates or updates the chat `uuid` of `bot_id` with lead `fields` (already validated
    /// and named as the chat shows them); returns the lead.
    pub fn upsert_lead(
        &mut self,
        bot_id: &str,
        customer_id: &str,
        uuid: &str,
        fields: Doc,
    ) -> Result<Value, Unreadable> {
        self.read_contacts()?;
        let now = self.state.now();
        let index = self
            .state
            .chats
            .iter()
            .position(|c| c.bot_id == bot_id && str_field(&c.doc, "uuid") == Some(uuid));
        let index = match index {
            Some(index) => index,
            None => {
                let id = self.state.new_id();
                let doc = shapes::chat_doc(&id, uuid, bot_id, customer_id, &now);
                self.state.chats.push(Chat {
                    bot_id: bot_id.to_owned(),
                    is_lead: true,
                    doc,
                });
                self.state.chats.len() - 1
            }
        };
        self.dirty = true;
        let Some(chat) = self.state.chats.get_mut(index) else {
            return Ok(Value::Null);
        };
        chat.is_lead = true;
        for (key, value) in fields {
            chat.doc.insert(key, value);
        }
        chat.doc
            .insert("updatedAt".to_owned(), Value::String(now.clone()));
        let lead = chat.doc.clone();
        self.upsert_lead_contact(bot_id, customer_id, uuid, &lead, now);
        Ok(Value::Object(lead))
    }

    /// A lead is also an inbox contact of its customer (a website visitor who talked to the
    /// bot): created on the first upsert of its `uuid`, kept in step on later ones. The
    /// caller has read the contacts.
    fn upsert_lead_contact(
        &mut self,
        bot_id: &str,
        customer_id: &str,
        uuid: &str,
        lead: &Doc,
        now: String,
    ) {
        let index = self
            .state
            .contacts
            .iter()
            .position(|c| c.customer_id == customer_id && c.uuid() == Some(uuid));
        match index {
            Some(index) => {
                if let Some(contact) = self.state.contacts.get_mut(index) {
                    shapes::apply_lead(contact.doc_mut(), lead, &now);
                }
                self.contact_changed(index);
            }
            None => {
                let id = self.state.new_id();
                let mut doc = shapes::lead_contact(id, customer_id, bot_id, uuid, &now);
                shapes::apply_lead(&mut doc, lead, &now);
                let contact = Contact::new(customer_id.to_owned(), doc);
                self.state.contacts.push(contact);
            }
        }
        // The phone index of imports is rebuilt on next use, so that it sees this contact.
        self.phones = None;
    }

    /// One page of a bot's chats, leads or not, newest first.
    pub fn chats_page(&self, bot_id: &str, leads: bool, page: u64, size: usize) -> Vec<Value> {
        let chats = self
            .state
            .chats
            .iter()
            .filter(|c| c.bot_id == bot_id && c.is_lead == leads)
            .map(|c| &c.doc);
        paginate(newest_first(chats), page, size)
    }
}

/// A state file whose contacts cannot be read fails every request that needs them with a
/// server error that says why (the message `bp` showed at start-up before contacts were read
/// lazily).
impl From<Unreadable> for ApiError {
    fn from(err: Unreadable) -> ApiError {
        ApiError::new(
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            err.to_string(),
        )
    }
}

/// Finds a customer's contact by phone: (customer id, prefix, number) → index in
/// `State::contacts`, of the last contact with them. It keeps a hash of the three rather
/// than the strings (16 bytes a contact instead of some 200); a hash that two keys share
/// is told apart by a scan, so that lookups stay exact.
struct PhoneIndex {
    hasher: RandomState,
    last: HashMap<u64, usize>,
}

impl PhoneIndex {
    /// Indexes every contact that has a phone number.
    fn build(contacts: &[Contact]) -> PhoneIndex {
        let mut index = PhoneIndex {
            hasher: RandomState::new(),
            last: HashMap::with_capacity(contacts.len()),
        };
        for (i, contact) in contacts.iter().enumerate() {
            if let Some((prefix, number)) = contact.phone().filter(|(_, n)| !n.is_empty()) {
                let key = index.key(&contact.customer_id, prefix, number);
                index.insert(key, i);
            }
        }
        index
    }

    fn key(&self, customer_id: &str, prefix: &str, number: &str) -> u64 {
        self.hasher.hash_one((customer_id, prefix, number))
    }

    fn insert(&mut self, key: u64, index: usize) {
        self.last.insert(key, index);
    }

    /// The last contact of `customer_id` with this phone, if any.
    fn find(
        &self,
        contacts: &[Contact],
        key: u64,
        customer_id: &str,
        prefix: &str,
        number: &str,
    ) -> Option<usize> {
        let is_it =
            |c: &Contact| c.customer_id == customer_id && c.phone() == Some((prefix, number));
        let index = *self.last.get(&key)?;
        if contacts.get(index).is_some_and(is_it) {
            return Some(index);
        }
        // Another key with the same hash came later: look for this one the slow way.
        contacts.iter().rposition(is_it)
    }
}

/// Newest first. Records are kept in creation order, oldest first: the seed creates them
/// so, and every record made at run time is stamped by [`State::now`], which never goes
/// back. So reversing is enough, and costs no per-record `createdAt` lookup.
fn newest_first<'a, I>(docs: I) -> std::iter::Rev<I>
where
    I: DoubleEndedIterator<Item = &'a Doc>,
{
    docs.rev()
}

/// Page `page` (1-based) of `size` items; past the end (or an absurd page) is empty.
fn paginate<'a>(items: impl Iterator<Item = &'a Doc>, page: u64, size: usize) -> Vec<Value> {
    page_of(items, page, size)
        .map(|d| Value::Object(d.clone()))
        .collect()
}

/// The items of page `page` (1-based) of `size` items; none past the end (or for an
/// absurd page).
fn page_of<I: Iterator>(items: I, page: u64, size: usize) -> std::iter::Take<std::iter::Skip<I>> {
    let size = size.max(1);
    let skip = page
        .checked_sub(1)
        .and_then(|p| usize::try_from(p).ok())
        .and_then(|p| p.checked_mul(size));
    match skip {
        Some(skip) => items.skip(skip).take(size),
        None => items.skip(usize::MAX).take(0),
    }
}

/// Orders JSON values the way a document store sorts mixed fields: missing and null first,
/// then booleans, numbers, strings; strings compare as strings.
fn compare(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    fn rank(v: Option<&Value>) -> u8 {
        match v {
            None | Some(Value::Null) => 0,
            Some(Value::Bool(_)) => 1,
            Some(Value::Number(_)) => 2,
            Some(Value::String(_)) => 3,
            Some(Value::Array(_)) => 4,
            Some(Value::Object(_)) => 5,
        }
    }
    match (a, b) {
        (Some(Value::Bool(x)), Some(Value::Bool(y))) => x.cmp(y),
        (Some(Value::Number(x)), Some(Value::Number(y))) => {
            let (x, y) = (x.as_f64().unwrap_or(0.0), y.as_f64().unwrap_or(0.0));
            x.partial_cmp(&y).unwrap_or(Ordering::Equal)
        }
        (Some(Value::String(x)), Some(Value::String(y))) => x.cmp(y),
        _ => rank(a).cmp(&rank(b)),
    }
}
