//! A state file's contacts are parsed only when something needs them: what is saved in
//! between must still hold every contact, and an unreadable contacts part must fail the
//! requests that need it, clearly, without losing it.

use std::collections::HashSet;
use std::path::Path;

use serde_json::{Value, json};

use super::{call, partner, search, start_with};
use crate::Options;
use crate::model::{ImportRow, NewCustomer};
use crate::query::ContactQuery;
use crate::seed;
use crate::store::Store;

fn row(name: &str, number: &str) -> ImportRow {
    ImportRow {
        name: name.to_owned(),
        prefix: "91".to_owned(),
        number: number.to_owned(),
        tags: vec!["lazy".to_owned()],
        ..ImportRow::default()
    }
}

/// A state file with the seed's contacts and `extra` imported ones; returns the whole state
/// as JSON.
fn saved_state(path: &Path, extra: usize) -> Value {
    let mut store = Store::open(Some(path)).expect("store");
    let rows = (0..extra)
        .map(|i| row(&format!("Lazy {i}"), &format!("97{i:08}")))
        .collect();
    let customer_id = seed::credentials().customer_id;
    store.import_contacts(&customer_id, rows).expect("import");
    store.save().expect("save");
    read(path)
}

fn read(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).expect("read")).expect("json")
}

fn new_customer(store: &mut Store, name: &str) -> String {
    let created = store.create_customer(NewCustomer {
        name: name.to_owned(),
        email: format!("{}@example.com", name.to_lowercase()),
        limit: None,
    });
    created["_id"].as_str().expect("an id").to_owned()
}

#[test]
fn contacts_never_read_are_saved_as_they_were() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("state.json");
    let before = saved_state(&path, 40);
    let contacts = before["contacts"].as_array().expect("contacts").len();
    assert_eq!(contacts, 264 + 40);

    let mut store = Store::open(Some(&path)).expect("reopen");
    assert!(store.state.contacts.is_empty(), "not parsed at open");
    let page = store.customers_page("createdAt", 1, 10);
    assert_eq!(page.len(), 10);
    let id = new_customer(&mut store, "Unrelated");
    store.save().expect("save without reading the contacts");
    assert!(store.state.contacts.is_empty(), "still not parsed");

    let after = read(&path);
    assert_eq!(after["contacts"], before["contacts"], "every contact kept");
    assert_eq!(
        after["customers"].as_array().map(Vec::len),
        before["customers"].as_array().map(|c| c.len() + 1)
    );
    drop(store);
    let mut reopened = Store::open(Some(&path)).expect("reopen again");
    assert!(reopened.customer_by_id(&id).is_some());
    let customer_id = seed::credentials().customer_id;
    assert_eq!(
        reopened.contact_count(&customer_id).expect("read"),
        250 + 40
    );
    assert_eq!(
        serde_json::to_value(&reopened.state).expect("encode"),
        after,
        "a lazy read gives what a whole parse gives"
    );
}

#[test]
fn contacts_changed_after_a_lazy_open_are_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("state.json");
    saved_state(&path, 3);
    let customer_id = seed::credentials().customer_id;

    let mut store = Store::open(Some(&path)).expect("reopen");
    assert!(store.state.contacts.is_empty(), "not parsed at open");
    // Updates an imported contact (found through the phone index) and adds one.
    let rows = vec![row("Renamed", "9700000001"), row("New", "9799999999")];
    store.import_contacts(&customer_id, rows).expect("import");
    let ids: HashSet<String> = store
        .contacts_of(&customer_id)
        .expect("read")
        .iter()
        .filter(|c| c["profile"]["userDetails"]["userProvidedName"] == json!("Lazy 0"))
        .filter_map(|c| c["_id"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(ids.len(), 1);
    assert_eq!(
        store.delete_contacts(&customer_id, &ids).expect("delete"),
        1
    );
    store.save().expect("save");
    let on_disk = read(&path);
    assert_eq!(on_disk, serde_json::to_value(&store.state).expect("encode"));

    drop(store);
    let mut reopened = Store::open(Some(&path)).expect("reopen again");
    assert_eq!(reopened.contact_count(&customer_id).expect("read"), 250 + 3);
    let names: Vec<String> = reopened
        .contacts_of(&customer_id)
        .expect("read")
        .iter()
        .filter_map(|c| c["profile"]["userDetails"]["userProvidedName"].as_str())
        .map(str::to_owned)
        .collect();
    for name in ["Renamed", "New", "Lazy 2"] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert!(!names.iter().any(|n| n == "Lazy 0" || n == "Lazy 1"));
    // A customer deleted before anything read the contacts takes its contacts along.
    drop(reopened);
    let mut store = Store::open(Some(&path)).expect("reopen");
    assert!(store.delete_customer(&customer_id).expect("delete"));
    store.save().expect("save");
    drop(store);
    let mut reopened = Store::open(Some(&path)).expect("reopen again");
    assert_eq!(reopened.contact_count(&customer_id).expect("read"), 0);
    let left = reopened.state.contacts.len();
    assert_eq!(left, 264 - 250, "the other customers' contacts stay");
}

#[test]
fn unreadable_contacts_fail_when_needed_and_are_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("state.json");
    saved_state(&path, 0);
    // The first contact's `customerId` becomes `tru"…"`.
    let text = std::fs::read_to_string(&path).expect("read");
    let marker = r#""contacts":[{"customerId":"#;
    let (head, contacts) = text.split_once(marker).expect("contacts last");
    let broken = format!("{head}{marker}tru{contacts}");
    std::fs::write(&path, &broken).expect("write");

    // The head is fine: opening works, and so does everything that needs no contact.
    let mut store = Store::open(Some(&path)).expect("opens");
    let customer_id = seed::credentials().customer_id;
    for _ in 0..2 {
        let err = store
            .search_contacts(&customer_id, &ContactQuery::default(), 20)
            .expect_err("the contacts are corrupt");
        let message = err.to_string();
        assert!(message.contains(&path.display().to_string()), "{message}");
        assert!(message.contains("is corrupt"), "{message}");
        assert!(message.contains("bp sandbox reset"), "{message}");
    }
    // A change that fails half way would be worse than none.
    let before = store.state.customers.len();
    assert!(store.delete_customer(&customer_id).is_err());
    assert_eq!(store.state.customers.len(), before);
    new_customer(&mut store, "Unrelated");
    store.save().expect("save");
    let saved = std::fs::read_to_string(&path).expect("read");
    let contacts = |s: &str| s.split_once(marker).map(|(_, c)| c.to_owned());
    assert_eq!(contacts(&saved), contacts(&broken), "kept, not dropped");

    // Over HTTP: a server error that says what is wrong, and no harm to the rest.
    drop(store);
    let sb = start_with(Options {
        state_path: Some(path.clone()),
        ..Options::default()
    });
    let reply = search(&sb, json!({}));
    assert_eq!(reply.status, 500, "{}", reply.text);
    assert!(reply.text.contains("bp sandbox reset"), "{}", reply.text);
    let reply = call(&sb, "GET", "/customer/list", &partner(&sb), None);
    assert_eq!(reply.status, 200, "{}", reply.text);
}

#[test]
fn files_laid_out_otherwise_still_load() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("state.json");
    let state = saved_state(&path, 2);
    let customer_id = seed::credentials().customer_id;
    let Value::Object(members) = state.clone() else {
        panic!("not an object");
    };
    // Contacts first, pretty-printed, or followed by a member bp does not know.
    let mut first = serde_json::Map::new();
    first.insert("contacts".to_owned(), members["contacts"].clone());
    first.extend(members.clone());
    let mut unknown = members.clone();
    unknown.insert("comment".to_owned(), json!("hand-edited"));
    let layouts = [
        serde_json::to_string(&first).expect("encode"),
        serde_json::to_string_pretty(&state).expect("encode"),
        serde_json::to_string(&unknown).expect("encode"),
    ];
    for layout in layouts {
        std::fs::write(&path, &layout).expect("write");
        let mut store = Store::open(Some(&path)).expect("opens");
        assert_eq!(store.contact_count(&customer_id).expect("read"), 252);
        assert_eq!(serde_json::to_value(&store.state).expect("encode"), state);
    }
}

#[test]
fn a_head_longer_than_the_first_read_is_found() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("state.json");
    saved_state(&path, 1);
    let mut store = Store::open(Some(&path)).expect("reopen");
    let text = "x".repeat(1000);
    for _ in 0..400 {
        let mut message = serde_json::Map::new();
        message.insert("text".to_owned(), Value::String(text.clone()));
        store.record_message(message);
    }
    store.save().expect("save");
    let state = read(&path);
    let file = std::fs::read_to_string(&path).expect("read");
    assert!(
        file.find(r#""contacts":"#) > Some(400 * 1000),
        "the head is longer than the first read"
    );

    drop(store);
    let mut store = Store::open(Some(&path)).expect("reopen");
    assert!(store.state.contacts.is_empty(), "not parsed at open");
    assert_eq!(store.state.sent_messages.len(), 400);
    let customer_id = seed::credentials().customer_id;
    assert_eq!(store.contact_count(&customer_id).expect("read"), 251);
    assert_eq!(serde_json::to_value(&store.state).expect("encode"), state);
}
