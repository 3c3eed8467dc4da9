//! The customer list as last fetched, for completing `--customer <TAB>` without the network:
//! whenever bp reads every page of `GET /customer/list`, it keeps each customer's id, name
//! and email (nothing secret) in `<cache dir>/bp/customers-<profile>.json`, mode 0600,
//! written whole or not at all.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::api::agency::text;
use crate::settings::{Profile, Source};

/// One customer as the cache keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    #[serde(rename = "_id")]
    pub id: String,
    pub name: String,
    pub email: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    customers: Vec<Entry>,
}

/// Whose customers: a profile of the config file (`None` without one), or the sandbox's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner<'a> {
    Profile(Option<&'a str>),
    Sandbox,
}

impl<'a> Owner<'a> {
    pub fn of(profile: &'a Profile) -> Owner<'a> {
        if profile.base_url.source == Source::Sandbox {
            Owner::Sandbox
        } else {
            Owner::Profile(profile.name.as_deref())
        }
    }

    /// `customers-work.json`; `customers.json` without a profile; `customers@sandbox.json`
    /// for the sandbox, a name no profile's can take (`@` in a profile's name is escaped).
    fn file_name(&self) -> String {
        match self {
            Owner::Profile(None) => "customers.json".to_string(),
            Owner::Profile(Some(name)) => format!("customers-{}.json", escape(name)),
            Owner::Sandbox => "customers@sandbox.json".to_string(),
        }
    }

    fn path(&self) -> Option<PathBuf> {
        crate::paths::bp_dir(crate::paths::Kind::Cache).map(|d| d.join(self.file_name()))
    }
}

/// A profile's name as part of a file name: letters, digits, `-`, `_` as they are, any other
/// byte as `%XX` (so `a/b` cannot leave the directory, and two names never share a file).
fn escape(name: &str) -> String {
    name.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' => (b as char).to_string(),
            b => format!("%{b:02X}"),
        })
        .collect()
}

/// A customer as the cache keeps it, from an item of the customer list (`None` without an
/// id).
pub fn entry(customer: &Value) -> Option<Entry> {
    let id = text(customer, "_id");
    (!id.is_empty()).then(|| Entry {
        id: id.to_string(),
        name: text(customer, "name").to_string(),
        email: text(customer, "contact.email").to_string(),
    })
}

/// Replaces the owner's cache with `customers`, the whole list just fetched.
pub fn store(owner: &Owner, customers: Vec<Entry>) -> std::io::Result<()> {
    let Some(path) = owner.path() else {
        return Ok(());
    };
    let bytes = serde_json::to_vec(&File { customers })?;
    crate::leaf::write_private(&path, &bytes)
}

/// The owner's cached customers; none when there is no cache or it cannot be read.
pub fn load(owner: &Owner) -> Vec<Entry> {
    read(owner).unwrap_or_default()
}

fn read(owner: &Owner) -> Option<Vec<Entry>> {
    let bytes = std::fs::read(owner.path()?).ok()?;
    serde_json::from_slice::<File>(&bytes)
        .ok()
        .map(|f| f.customers)
}

/// Changes the owner's cache, if it has one, after bp created or deleted a customer.
pub fn update(owner: &Owner, change: impl FnOnce(&mut Vec<Entry>)) -> std::io::Result<()> {
    let Some(mut customers) = read(owner) else {
        return Ok(());
    };
    change(&mut customers);
    store(owner, customers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_a_file_per_owner_that_stays_in_the_directory() {
        assert_eq!(Owner::Profile(None).file_name(), "customers.json");
        assert_eq!(
            Owner::Profile(Some("work")).file_name(),
            "customers-work.json"
        );
        assert_eq!(
            Owner::Profile(Some("../a b@c")).file_name(),
            "customers-%2E%2E%2Fa%20b%40c.json"
        );
        assert_ne!(
            Owner::Profile(Some("sandbox")).file_name(),
            Owner::Sandbox.file_name()
        );
    }

    #[test]
    fn keeps_ids_names_and_emails_only() {
        let list = serde_json::json!([
            {"_id": "a1", "name": "Acme Corp", "contact": {"email": "ops@acme.test"}, "apiKey": "x"},
            {"name": "no id"}
        ]);
        let got: Vec<Entry> = list.as_array().unwrap().iter().filter_map(entry).collect();
        assert_eq!(
            got,
            vec![Entry {
                id: "a1".into(),
                name: "Acme Corp".into(),
                email: "ops@acme.test".into()
            }]
        );
        let json = serde_json::to_string(&File { customers: got }).unwrap();
        assert!(!json.contains("apiKey"));
    }
}
