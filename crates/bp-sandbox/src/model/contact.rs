//! A contact (inbox user), kept compactly: an imported contact as the fields its import gave
//! it (a few hundred bytes), any other (the seed's, a lead's, one changed otherwise) as its
//! document. Both show, and persist, as the document; a state file's imported contacts are
//! recognised again when it loads. As documents, imported contacts took some 11 KB each:
//! 2.3 GB after a 200,000-row import.

use std::borrow::Cow;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Value, json};

use super::super::doc::{Doc, details_mut, into_doc, lookup, path_str, str_field};
use super::{ImportRow, agency_id};

/// `customer_id` repeats the document's `_customer` so that scanning for one customer's
/// contacts needs no lookup: every search scans every contact.
#[derive(Clone, Debug)]
pub(crate) struct Contact {
    pub customer_id: String,
    body: Body,
}

#[derive(Clone, Debug)]
enum Body {
    /// Boxed, so that a contact takes 40 bytes in the list, not 100.
    Doc(Box<Doc>),
    Imported(Box<Imported>),
}

/// What an import gives a new contact, and later imports change; the rest of its document is
/// the same for every imported contact (see [`Imported::doc`]).
#[derive(Clone, Debug)]
pub(crate) struct Imported {
    pub id: Box<str>,
    pub name: Box<str>,
    pub email: Box<str>,
    pub prefix: Box<str>,
    pub number: Box<str>,
    /// Boxed slices rather than vectors: no spare capacity (an import row's attributes
    /// came with room for four, some 400 bytes).
    pub tags: Box<[String]>,
    /// `(key, value)`, in the order first given.
    pub attributes: Box<[(String, Value)]>,
    /// The customer's WhatsApp bots when it was imported: one list for a whole batch.
    pub whatsapp_bots: Arc<[String]>,
    pub created_at: Box<str>,
    pub updated_at: Box<str>,
}

impl Imported {
    /// A new contact from an import row, stamped `now`.
    pub fn new(id: String, row: ImportRow, whatsapp_bots: Arc<[String]>, now: &str) -> Self {
        Imported {
            id: id.into(),
            name: row.name.into(),
            email: row.email.into(),
            prefix: row.prefix.into(),
            number: row.number.into(),
            tags: row.tags.into(),
            attributes: row.attributes.into(),
            whatsapp_bots,
            created_at: now.into(),
            updated_at: now.into(),
        }
    }

    /// The contact as the API shows it.
    pub fn doc(&self, customer_id: &str) -> Doc {
        let attributes: Vec<Value> = self
            .attributes
            .iter()
            .map(|(key, value)| json!({"key": key, "value": value}))
            .collect();
        into_doc(json!({
            "_id": self.id,
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
                    "contact": {"email": self.email, "phone": {"number": self.number, "prefix": self.prefix}},
                    "userProvidedName": self.name,
                    "tags": self.tags,
                    "attributes": attributes,
                    "country": "",
                    "whatsAppNumber": format!("{}{}", self.prefix, self.number),
                },
                "marketing": {"urlsVisited": []},
                "notes": [],
            },
            "status": "OPEN",
            "_botWebsite": [],
            "_botWhatsapp": &*self.whatsapp_bots,
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
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
        }))
    }

    /// The fields of `doc` if it is exactly what [`Imported::doc`] makes of them (key order
    /// included), as a state file holds an imported contact no other request changed.
    fn recognise(customer_id: &str, doc: &Doc) -> Option<Imported> {
        let details = ["profile", "userDetails"];
        let text = |path: &[&str]| -> Option<Box<str>> {
            let full: Vec<&str> = details.iter().chain(path).copied().collect();
            path_str(doc, &full).map(Into::into)
        };
        let strings = |value: Option<&Value>| -> Option<Vec<String>> {
            value?
                .as_array()?
                .iter()
                .map(|v| v.as_str().map(str::to_owned))
                .collect()
        };
        let attributes = lookup(doc, &["profile", "userDetails", "attributes"])?
            .as_array()?
            .iter()
            .map(|a| Some((a.get("key")?.as_str()?.to_owned(), a.get("value")?.clone())))
            .collect::<Option<Vec<_>>>()?;
        let imported = Imported {
            id: str_field(doc, "_id")?.into(),
            name: text(&["userProvidedName"])?,
            email: text(&["contact", "email"])?,
            prefix: text(&["contact", "phone", "prefix"])?,
            number: text(&["contact", "phone", "number"])?,
            tags: strings(lookup(doc, &["profile", "userDetails", "tags"]))?.into(),
            attributes: attributes.into(),
            whatsapp_bots: strings(doc.get("_botWhatsapp"))?.into(),
            created_at: str_field(doc, "createdAt")?.into(),
            updated_at: str_field(doc, "updatedAt")?.into(),
        };
        same_object(&imported.doc(customer_id), doc).then_some(imported)
    }

    /// What [`merge_import`] does to the document, on the fields.
    fn merge(&mut self, row: ImportRow, now: String) {
        if !row.name.is_empty() {
            self.name = row.name.into();
        }
        if !row.email.is_empty() {
            self.email = row.email.into();
        }
        let mut tags = std::mem::take(&mut self.tags).into_vec();
        for tag in row.tags {
            if !tags.contains(&tag) {
                tags.push(tag);
            }
        }
        self.tags = tags.into();
        let mut attributes = std::mem::take(&mut self.attributes).into_vec();
        for (key, value) in row.attributes {
            match attributes.iter_mut().find(|(k, _)| *k == key) {
                Some(slot) => slot.1 = value,
                None => attributes.push((key, value)),
            }
        }
        self.attributes = attributes.into();
        self.updated_at = now.into();
    }
}

impl Contact {
    /// A contact kept as its document.
    pub fn new(customer_id: String, doc: Doc) -> Contact {
        Contact {
            customer_id,
            body: Body::Doc(Box::new(doc)),
        }
    }

    pub fn imported(customer_id: String, imported: Imported) -> Contact {
        Contact {
            customer_id,
            body: Body::Imported(Box::new(imported)),
        }
    }

    /// The contact as the API shows it.
    pub fn doc(&self) -> Cow<'_, Doc> {
        match &self.body {
            Body::Doc(doc) => Cow::Borrowed(doc),
            Body::Imported(imported) => Cow::Owned(imported.doc(&self.customer_id)),
        }
    }

    pub fn to_value(&self) -> Value {
        Value::Object(self.doc().into_owned())
    }

    /// The document, to change: an imported contact is kept as its document from now on.
    pub fn doc_mut(&mut self) -> &mut Doc {
        if let Body::Imported(imported) = &self.body {
            self.body = Body::Doc(Box::new(imported.doc(&self.customer_id)));
        }
        match &mut self.body {
            Body::Doc(doc) => doc,
            Body::Imported(_) => unreachable!("turned into its document above"),
        }
    }

    pub fn id(&self) -> Option<&str> {
        match &self.body {
            Body::Doc(doc) => str_field(doc, "_id"),
            Body::Imported(imported) => Some(&imported.id),
        }
    }

    /// The website chat a lead's contact stands for; an imported contact has none.
    pub fn uuid(&self) -> Option<&str> {
        match &self.body {
            Body::Doc(doc) => str_field(doc, "uuid"),
            Body::Imported(_) => None,
        }
    }

    /// Its email, if it has one.
    pub fn email(&self) -> Option<&str> {
        match &self.body {
            Body::Doc(doc) => path_str(doc, &["profile", "userDetails", "contact", "email"]),
            Body::Imported(imported) => Some(&*imported.email),
        }
        .filter(|e| !e.is_empty())
    }

    /// `(prefix, number)` of its phone, if it has both.
    pub fn phone(&self) -> Option<(&str, &str)> {
        match &self.body {
            Body::Doc(doc) => {
                let phone = ["profile", "userDetails", "contact", "phone"];
                let part = |key| {
                    let path: Vec<&str> = phone.iter().copied().chain([key]).collect();
                    path_str(doc, &path)
                };
                Some((part("prefix")?, part("number")?))
            }
            Body::Imported(imported) => Some((&imported.prefix, &imported.number)),
        }
    }

    /// Applies a later import row for the same phone: non-empty name and email replace,
    /// tags are unioned, attributes are replaced key by key.
    pub fn merge_import(&mut self, row: ImportRow, now: String) {
        match &mut self.body {
            Body::Doc(doc) => merge_import(doc, row, now),
            Body::Imported(imported) => imported.merge(row, now),
        }
    }
}

/// Objects equal key for key, in the same order (nested ones too).
fn same_object(a: &Doc, b: &Doc) -> bool {
    fn same(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Object(a), Value::Object(b)) => same_object(a, b),
            (Value::Array(a), Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
            }
            _ => a == b,
        }
    }
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|((ka, va), (kb, vb))| ka == kb && same(va, vb))
}

fn merge_import(contact: &mut Doc, row: ImportRow, now: String) {
    let details = details_mut(contact);
    if let Some(details) = details {
        if !row.name.is_empty() {
            details.insert("userProvidedName".to_owned(), Value::String(row.name));
        }
        let contact = details.get_mut("contact").and_then(Value::as_object_mut);
        if let (false, Some(contact)) = (row.email.is_empty(), contact) {
            contact.insert("email".to_owned(), Value::String(row.email));
        }
        if let Some(tags) = details
            .entry("tags")
            .or_insert_with(|| json!([]))
            .as_array_mut()
        {
            for tag in row.tags {
                if !tags.iter().any(|t| t.as_str() == Some(tag.as_str())) {
                    tags.push(Value::String(tag));
                }
            }
        }
        let attributes = details.entry("attributes").or_insert_with(|| json!([]));
        if let Some(attributes) = attributes.as_array_mut() {
            for (key, value) in row.attributes {
                let slot = attributes
                    .iter_mut()
                    .find(|a| a.get("key").and_then(Value::as_str) == Some(key.as_str()));
                match slot {
                    Some(slot) => *slot = json!({"key": key, "value": value}),
                    None => attributes.push(json!({"key": key, "value": value})),
                }
            }
        }
    }
    contact.insert("updatedAt".to_owned(), Value::String(now));
}

/// As the state file holds a contact.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Stored<'a> {
    customer_id: &'a str,
    doc: Cow<'a, Doc>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Loaded {
    customer_id: String,
    doc: Doc,
}

impl Serialize for Contact {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Stored {
            customer_id: &self.customer_id,
            doc: self.doc(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Contact {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let Loaded { customer_id, doc } = Loaded::deserialize(deserializer)?;
        Ok(match Imported::recognise(&customer_id, &doc) {
            Some(imported) => Contact::imported(customer_id, imported),
            None => Contact::new(customer_id, doc),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, number: &str) -> ImportRow {
        ImportRow {
            name: name.to_owned(),
            email: format!("{}@example.com", name.to_lowercase()),
            prefix: "91".to_owned(),
            number: number.to_owned(),
            tags: vec!["vip".to_owned()],
            attributes: vec![("city".to_owned(), json!("Pune"))],
        }
    }

    fn imported() -> Contact {
        let bots: Arc<[String]> = vec!["bot1".to_owned()].into();
        let fields = Imported::new(
            "64b000000000000000000001".to_owned(),
            row("Asha", "9812345678"),
            bots,
            "2026-11-29T18:00:00.000Z",
        );
        Contact::imported("cust1".to_owned(), fields)
    }

    fn reloaded(contact: &Contact) -> Contact {
        serde_json::from_str(&serde_json::to_string(contact).expect("encode")).expect("decode")
    }

    #[test]
    fn an_imported_contact_is_saved_as_its_document_and_loads_compact_again() {
        let mut contact = imported();
        contact.merge_import(
            row("Asha Rao", "9812345678"),
            "2026-11-29T18:00:01.000Z".to_owned(),
        );
        let doc = contact.doc().into_owned();
        assert_eq!(
            doc["profile"]["userDetails"]["userProvidedName"],
            "Asha Rao"
        );
        assert_eq!(doc["updatedAt"], "2026-11-29T18:00:01.000Z");
        let again = reloaded(&contact);
        assert!(matches!(again.body, Body::Imported(_)), "{again:?}");
        assert!(same_object(&again.doc(), &doc));
        assert_eq!(again.phone(), Some(("91", "9812345678")));
    }

    #[test]
    fn a_merge_does_to_the_fields_what_it_does_to_the_document() {
        let mut fields = imported();
        let mut doc = Contact::new("cust1".to_owned(), fields.doc().into_owned());
        for (name, tag, city) in [("", "vip", "Mumbai"), ("Asha R", "new", "Pune")] {
            let mut row = row(name, "9812345678");
            row.email = String::new();
            row.tags = vec![tag.to_owned()];
            row.attributes = vec![
                ("city".to_owned(), json!(city)),
                ("plan".to_owned(), json!(2)),
            ];
            fields.merge_import(row.clone(), "2026-11-29T19:00:00.000Z".to_owned());
            doc.merge_import(row, "2026-11-29T19:00:00.000Z".to_owned());
            assert!(
                same_object(&fields.doc(), &doc.doc()),
                "{:?}\n{:?}",
                fields.doc(),
                doc.doc()
            );
        }
    }

    #[test]
    fn a_contact_changed_otherwise_keeps_its_document_exactly() {
        let mut contact = imported();
        contact
            .doc_mut()
            .insert("status".to_owned(), json!("CLOSED"));
        let doc = contact.doc().into_owned();
        let again = reloaded(&contact);
        assert!(matches!(again.body, Body::Doc(_)));
        assert!(same_object(&again.doc(), &doc));
        // Keys in another order are not the imported shape either: kept as they were.
        let mut reordered = imported().doc().into_owned();
        let id = reordered.shift_remove("_id").expect("an id");
        reordered.insert("_id".to_owned(), id);
        let again = reloaded(&Contact::new("cust1".to_owned(), reordered.clone()));
        assert!(matches!(again.body, Body::Doc(_)));
        assert!(same_object(&again.doc(), &reordered));
    }
}
