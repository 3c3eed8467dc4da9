//! Customers, their tokens and team members, and the deletion of contacts: the state behind
//! the partner endpoints that change the account and the endpoints that remove things.

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::super::doc::{Doc, path_str, str_field};
use super::super::model::{Agent, Contact, Customer, NewCustomer, State};
use super::super::rng::Rng;
use super::super::shapes;
use super::{Store, Unreadable, paginate};

impl State {
    /// A fresh secret: `prefix` and 32 hex digits, from a stream no seeded secret uses.
    pub fn new_token(&mut self, prefix: &str) -> String {
        self.id_counter += 1;
        let n = usize::try_from(self.id_counter).unwrap_or(0);
        format!("{prefix}{}", Rng::for_item("minted-token", n).hex(32))
    }
}

impl Store {
    /// Whether a customer other than `except` already signs in with `email`.
    pub fn email_taken(&self, email: &str, except: Option<&str>) -> bool {
        self.state.customers.iter().any(|c| {
            let emails = [
                path_str(&c.doc, &["contact", "email"]),
                str_field(&c.doc, "username"),
            ];
            str_field(&c.doc, "_id") != except
                && emails
                    .iter()
                    .flatten()
                    .any(|e| e.eq_ignore_ascii_case(email))
        })
    }

    /// Creates an active, verified customer with its own API token; returns it as the
    /// create endpoint shows it.
    pub fn create_customer(&mut self, new: NewCustomer) -> Value {
        let now = self.state.now();
        let id = self.state.new_id();
        let contact_id = self.state.new_id();
        let role_id = self.state.new_id();
        let doc = shapes::created_customer(&id, &contact_id, &role_id, new, &now);
        let api_token = self.state.new_token("sbx_api_");
        self.state.customers.push(Customer {
            api_token,
            doc: doc.clone(),
        });
        self.dirty = true;
        Value::Object(doc)
    }

    /// Sets the given top-level fields of customer `id` (never its `_id`, and never a
    /// password, which a real server would hash rather than show); `None` if there is none.
    pub fn update_customer(&mut self, id: &str, fields: Map<String, Value>) -> Option<Value> {
        let now = self.state.now();
        let customer = self
            .state
            .customers
            .iter_mut()
            .find(|c| str_field(&c.doc, "_id") == Some(id))?;
        for (key, value) in fields {
            if key != "_id" && key != "password" {
                customer.doc.insert(key, value);
            }
        }
        customer
            .doc
            .insert("updatedAt".to_owned(), Value::String(now));
        let doc = customer.doc.clone();
        self.dirty = true;
        Some(Value::Object(doc))
    }

    /// Deletes customer `id` and everything that belongs to it (team, bots and their chats
    /// and templates, segments, contacts), so none of its tokens opens anything any more;
    /// `false` if there is no such customer.
    pub fn delete_customer(&mut self, id: &str) -> Result<bool, Unreadable> {
        let is_it = |c: &Customer| str_field(&c.doc, "_id") == Some(id);
        if !self.state.customers.iter().any(is_it) {
            return Ok(false);
        }
        self.read_contacts()?;
        self.state.customers.retain(|c| !is_it(c));
        let state = &mut self.state;
        state
            .agents
            .retain(|a| str_field(&a.doc, "_parent") != Some(id));
        let bots: HashSet<String> = state
            .bots
            .iter()
            .filter(|b| b.customer_id == id)
            .map(|b| b.id.clone())
            .collect();
        state.bots.retain(|b| b.customer_id != id);
        state.chats.retain(|c| !bots.contains(&c.bot_id));
        state
            .templates
            .retain(|t| str_field(t, "_user") != Some(id));
        state
            .segments
            .retain(|s| str_field(s, "_customer") != Some(id));
        self.retain_contacts(|c| c.customer_id != id);
        self.dirty = true;
        Ok(true)
    }

    /// The current API token of customer `id`.
    pub fn customer_token(&self, id: &str) -> Option<&str> {
        self.customer_by_id(id).map(|c| c.api_token.as_str())
    }

    /// Replaces customer `id`'s API token with a new one (the old one stops working at once,
    /// as "Revoke API Token" does); returns the new one.
    pub fn revoke_customer_token(&mut self, id: &str) -> Option<String> {
        let index = self
            .state
            .customers
            .iter()
            .position(|c| str_field(&c.doc, "_id") == Some(id))?;
        let token = self.state.new_token("sbx_api_");
        let customer = self.state.customers.get_mut(index)?;
        customer.api_token = token.clone();
        self.dirty = true;
        Some(token)
    }

    /// A team member of customer `customer_id` with this email, of any type.
    pub fn team_member_by_email(&self, customer_id: &str, email: &str) -> Option<&Agent> {
        self.state.agents.iter().find(|a| {
            str_field(&a.doc, "_parent") == Some(customer_id)
                && path_str(&a.doc, &["contact", "email"])
                    .is_some_and(|e| e.eq_ignore_ascii_case(email))
        })
    }

    /// Customer `customer_id`'s team members whose name, email or phone contains `search`
    /// (case-insensitive), in the order they joined; one page of them if `page` is given.
    pub fn team_members(
        &self,
        customer_id: &str,
        search: &str,
        page: Option<u64>,
        size: usize,
    ) -> Vec<Value> {
        let needle = search.trim().to_lowercase();
        let members = self.state.agents.iter().map(|a| &a.doc).filter(|doc| {
            str_field(doc, "_parent") == Some(customer_id) && member_matches(doc, &needle)
        });
        match page {
            Some(page) => paginate(members, page, size),
            None => members.map(|d| Value::Object(d.clone())).collect(),
        }
    }

    /// Deletes the contacts of customer `customer_id` whose `_id` is in `ids` (other ids are
    /// ignored); returns how many went.
    pub fn delete_contacts(
        &mut self,
        customer_id: &str,
        ids: &HashSet<String>,
    ) -> Result<usize, Unreadable> {
        self.read_contacts()?;
        let before = self.state.contacts.len();
        self.retain_contacts(|c| {
            c.customer_id != customer_id || !c.id().is_some_and(|id| ids.contains(id))
        });
        let deleted = before - self.state.contacts.len();
        if deleted > 0 {
            self.dirty = true;
        }
        Ok(deleted)
    }

    /// Sets `status` on the contacts of customer `customer_id` whose `_id` is in `ids`.
    pub fn set_contact_status(
        &mut self,
        customer_id: &str,
        ids: &HashSet<String>,
        status: &str,
    ) -> Result<usize, Unreadable> {
        self.read_contacts()?;
        let now = self.state.now();
        let mut changed = Vec::new();
        for (index, contact) in self.state.contacts.iter_mut().enumerate() {
            if contact.customer_id == customer_id && contact.id().is_some_and(|id| ids.contains(id))
            {
                let doc = contact.doc_mut();
                doc.insert("status".to_owned(), Value::String(status.to_owned()));
                doc.insert("updatedAt".to_owned(), Value::String(now.clone()));
                changed.push(index);
            }
        }
        for index in &changed {
            self.contact_changed(*index);
        }
        Ok(changed.len())
    }

    /// Keeps only the contacts `keep` accepts, and the saved encodings in step with them.
    /// The caller has read the contacts.
    fn retain_contacts(&mut self, keep: impl Fn(&Contact) -> bool) {
        let mut encoded = std::mem::take(&mut self.encoded);
        encoded.resize(self.state.contacts.len(), None);
        let contacts = std::mem::take(&mut self.state.contacts);
        for (contact, slot) in contacts.into_iter().zip(encoded) {
            if keep(&contact) {
                self.state.contacts.push(contact);
                self.encoded.push(slot);
            }
        }
        // Indexes into the contacts moved: rebuild the phone index on next use.
        self.phones = None;
    }
}

fn member_matches(doc: &Doc, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    let field = |path: &[&str]| path_str(doc, path).unwrap_or("").to_lowercase();
    if field(&["name"]).contains(needle) || field(&["contact", "email"]).contains(needle) {
        return true;
    }
    let digits: String = needle.chars().filter(char::is_ascii_digit).collect();
    let phone = format!(
        "{}{}",
        field(&["contact", "phone", "prefix"]),
        field(&["contact", "phone", "number"])
    );
    !digits.is_empty() && phone.contains(&digits)
}
