//! The contact filters of `POST /inbox/users`, as the docs describe them.
//!
//! List filters (tags, status, bots, …) apply whenever they are non-empty; the boolean and
//! date filters apply only when `applicableFilters` names them, which is why the documented
//! default body (`"applicableFilters": ["userInteracted"]`) hides never-interacted contacts.

use jiff::Timestamp;
use serde_json::Value;

use super::doc::{Doc, path_str, str_field};

/// A half-open time range: inclusive start, exclusive end; `None` is open.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Range {
    pub start: Option<Timestamp>,
    pub end: Option<Timestamp>,
}

impl Range {
    pub(super) fn contains(&self, value: Option<&Value>) -> bool {
        let Some(at) = value.and_then(Value::as_str).and_then(parse_time) else {
            return false;
        };
        self.start.is_none_or(|start| at >= start) && self.end.is_none_or(|end| at < end)
    }
}

/// A validated search body.
#[derive(Clone, Debug, Default)]
pub(super) struct ContactQuery {
    pub search_text: String,
    pub tags: Vec<String>,
    pub status: Vec<String>,
    pub segments: Vec<String>,
    /// Per channel: the contact field (`_botWebsite`, …) and the bot ids wanted.
    pub bots: Vec<(&'static str, Vec<String>)>,
    pub agents: Vec<String>,
    pub last_message_by: Vec<String>,
    pub is_online: Option<bool>,
    pub is_live_chat_active: Option<bool>,
    pub user_interacted: Option<bool>,
    pub last_seen_at: Option<Range>,
    pub created_at: Option<Range>,
    /// `(status, ordered at or after)`.
    pub has_ordered: Option<(bool, Option<Timestamp>)>,
    pub page: u64,
}

impl ContactQuery {
    pub fn matches(&self, contact: &Doc) -> bool {
        self.matches_text(contact)
            && any_of(&self.tags, || details_strings(contact, "tags"))
            && any_of(&self.status, || str_field(contact, "status").into_iter())
            && any_of(&self.segments, || strings(contact.get("segments")))
            && self
                .bots
                .iter()
                .all(|(field, ids)| any_of(ids, || strings(contact.get(*field))))
            && any_of(&self.agents, || strings(contact.get("_agentAssigned")))
            && any_of(&self.last_message_by, || {
                path_str(contact, &["lastMessage", "by"]).into_iter()
            })
            && flag(contact, "isOnline", self.is_online)
            && flag(contact, "isLiveChatActive", self.is_live_chat_active)
            && flag(contact, "userInteracted", self.user_interacted)
            && self
                .last_seen_at
                .as_ref()
                .is_none_or(|r| r.contains(contact.get("lastSeenAt")))
            && self
                .created_at
                .as_ref()
                .is_none_or(|r| r.contains(contact.get("createdAt")))
            && self.matches_order(contact)
    }

    /// Case-insensitive substring of the name or email; digits also match the phone number.
    fn matches_text(&self, contact: &Doc) -> bool {
        let needle = self.search_text.trim().to_lowercase();
        if needle.is_empty() {
            return true;
        }
        let details = ["profile", "userDetails"];
        let field = |path: &[&str]| {
            let full: Vec<&str> = details.iter().chain(path).copied().collect();
            path_str(contact, &full).unwrap_or("").to_lowercase()
        };
        if field(&["userProvidedName"]).contains(&needle)
            || field(&["contact", "email"]).contains(&needle)
        {
            return true;
        }
        let looks_like_phone = needle
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c));
        let digits: String = needle.chars().filter(char::is_ascii_digit).collect();
        if !looks_like_phone || digits.is_empty() {
            return false;
        }
        let prefix = field(&["contact", "phone", "prefix"]);
        let number = field(&["contact", "phone", "number"]);
        format!("{prefix}{number}").contains(&digits)
    }

    fn matches_order(&self, contact: &Doc) -> bool {
        let Some((wanted, since)) = self.has_ordered else {
            return true;
        };
        let ordered = contact.get("hasOrdered");
        let status = ordered
            .and_then(|o| o.get("status"))
            .and_then(Value::as_bool)
            .unwrap_or(false);
        if status != wanted {
            return false;
        }
        match since {
            Some(since) if wanted => ordered
                .and_then(|o| o.get("lastAt"))
                .and_then(Value::as_str)
                .and_then(parse_time)
                .is_some_and(|at| at >= since),
            _ => true,
        }
    }
}

/// An empty filter list matches everything; otherwise the contact needs any of the values
/// (looked up only then: searches scan every contact, so unused filters must cost nothing).
fn any_of<'a, I: Iterator<Item = &'a str>>(wanted: &[String], have: impl FnOnce() -> I) -> bool {
    wanted.is_empty() || have().any(|h| wanted.iter().any(|w| w == h))
}

fn flag(contact: &Doc, key: &str, wanted: Option<bool>) -> bool {
    wanted.is_none_or(|w| contact.get(key).and_then(Value::as_bool).unwrap_or(false) == w)
}

/// A string or an array of strings (ids may be stored either way), as an iterator.
fn strings(value: Option<&Value>) -> impl Iterator<Item = &str> {
    let (one, many) = match value {
        Some(Value::String(s)) => (Some(s.as_str()), None),
        Some(Value::Array(items)) => (None, Some(items.iter().filter_map(Value::as_str))),
        _ => (None, None),
    };
    one.into_iter().chain(many.into_iter().flatten())
}

fn details_strings<'a>(contact: &'a Doc, key: &str) -> impl Iterator<Item = &'a str> {
    strings(
        contact
            .get("profile")
            .and_then(|p| p.get("userDetails"))
            .and_then(|d| d.get(key)),
    )
}

/// Parses an RFC 3339 timestamp, or a bare date (midnight UTC), as clients commonly send.
pub(super) fn parse_time(text: &str) -> Option<Timestamp> {
    if let Ok(at) = text.parse::<Timestamp>() {
        return Some(at);
    }
    let date = text.parse::<jiff::civil::Date>().ok()?;
    date.to_zoned(jiff::tz::TimeZone::UTC)
        .ok()
        .map(|z| z.timestamp())
}
