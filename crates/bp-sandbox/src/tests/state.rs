//! Seed invariants, persistence, and the filter primitives.

use std::collections::HashSet;

use serde_json::{Value, json};

use super::{call, customer, search, start_with};
use crate::model::ImportRow;
use crate::query::{Range, parse_time};
use crate::store::Store;
use crate::{Options, Reset, Sandbox, reset, seed};

#[test]
fn seed_is_deterministic_and_plausible() {
    let a = serde_json::to_string(&seed::build()).expect("encode");
    let b = serde_json::to_string(&seed::build()).expect("encode");
    assert_eq!(a, b);
    let state = seed::build();
    assert_eq!(state.customers.len(), 60);
    assert_eq!(state.contacts.len(), 264);
    assert_eq!(state.chats.len(), 90);
    let created: Vec<&str> = state
        .customers
        .iter()
        .filter_map(|c| c.doc["createdAt"].as_str())
        .collect();
    assert!(
        created.windows(2).all(|w| w[0] < w[1]),
        "strictly increasing"
    );
    assert!(created.first().is_some_and(|d| d.starts_with("2023-")));
    assert!(created.last().is_some_and(|d| d.starts_with("2025-")));
    assert!(created.iter().all(|d| d.len() == 24 && d.ends_with('Z')));
    let mut ids = HashSet::new();
    let mut tokens = HashSet::new();
    for c in &state.customers {
        assert!(ids.insert(c.doc["_id"].as_str().unwrap_or("").to_owned()));
        assert!(tokens.insert(c.api_token.clone()));
    }
    for c in state.contacts.iter().map(|c| c.doc().into_owned()) {
        let id = c["_id"].as_str().unwrap_or("");
        assert!(id.len() == 24 && id.bytes().all(|b| b.is_ascii_hexdigit()));
        assert!(ids.insert(id.to_owned()), "duplicate id {id}");
        assert!(
            c["createdAt"]
                .as_str()
                .is_some_and(|d| ("2024-11-01".."2026-11-01").contains(&d))
        );
    }
    let inactive = state
        .customers
        .iter()
        .filter(|c| c.doc["status"] == json!("INACTIVE"))
        .count();
    assert!((1..15).contains(&inactive), "{inactive} inactive");
    let interacted = state
        .contacts
        .iter()
        .filter(|c| c.doc()["userInteracted"] == json!(true))
        .count();
    assert!(
        interacted > 180 && interacted < 264,
        "{interacted} interacted"
    );
}

#[test]
fn state_saves_atomically_privately_and_only_when_changed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nested/dir/sandbox-state.json");
    let opts = Options {
        state_path: Some(path.clone()),
        ..Options::default()
    };
    let sandbox = Sandbox::new(opts.clone()).expect("sandbox");
    sandbox.save().expect("save");
    assert!(!path.exists(), "nothing changed, nothing written");
    drop(sandbox);

    let sb = start_with(opts.clone());
    let body = json!([{"profile": {"userDetails": {"userProvidedName": "Kept",
        "contact": {"email": "kept@example.com", "phone": {"number": "5550001", "prefix": "1"}}}}}]);
    let reply = call(
        &sb,
        "POST",
        "/inbox/users/import",
        &customer(&sb),
        Some(&body),
    );
    assert_eq!(reply.status, 200);
    assert!(path.exists(), "serve mode saves after a mutation");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&path)
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let leftovers: Vec<_> = std::fs::read_dir(path.parent().expect("parent"))
        .expect("read dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .filter(|name| name != ".sandbox-state.json.lock")
        .collect();
    assert_eq!(leftovers.len(), 1, "no temp files left: {leftovers:?}");
    drop(sb);

    let reloaded = start_with(opts);
    let customer_id = reloaded.sandbox.credentials().customer_id;
    assert_eq!(reloaded.sandbox.contact_count(&customer_id), 251);
    let found = search(
        &reloaded,
        json!({"searchText": "kept@", "applicableFilters": []}),
    )
    .items();
    assert_eq!(found.len(), 1);
    drop(reloaded);

    assert_eq!(reset(&path).expect("reset"), Reset::Deleted);
    assert_eq!(reset(&path).expect("reset again"), Reset::NothingToReset);
    let fresh = Sandbox::new(Options {
        state_path: Some(path),
        ..Options::default()
    })
    .expect("sandbox");
    assert_eq!(fresh.contact_count(&customer_id), 250);
}

/// A reset while a sandbox holds the state asks that sandbox to reset itself: its next save
/// must not write back what the reset removed. A request no holder took is taken by the
/// next to open the state.
#[test]
fn a_reset_while_the_state_is_held_resets_its_holder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("sandbox-state.json");
    let opts = || Options {
        state_path: Some(path.clone()),
        ..Options::default()
    };
    let held = Sandbox::new(opts()).expect("sandbox");
    let customer_id = held.credentials().customer_id;
    let row = ImportRow {
        name: "Kept".into(),
        prefix: "91".into(),
        number: "9812345678".into(),
        ..ImportRow::default()
    };
    held.store()
        .import_contacts(&customer_id, vec![row])
        .expect("import");
    held.save().expect("save");
    let resetting = {
        let path = path.clone();
        std::thread::spawn(move || reset(&path).expect("reset"))
    };
    // The holder looks for the request as `watch_resets` does.
    let marker = crate::store::marker(&path).expect("marker");
    while !resetting.is_finished() {
        if marker.exists() {
            assert!(held.store().reset_if_asked().expect("reset"));
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert_eq!(resetting.join().expect("join"), Reset::Running);
    assert!(!path.exists() && !marker.exists());
    assert_eq!(held.contact_count(&customer_id), 250);
    held.save().expect("save");
    drop(held);
    assert!(!path.exists(), "the holder's save undid the reset");

    // A request left behind (its holder gone before it looked) is taken at the next open.
    let again = Sandbox::new(opts()).expect("sandbox");
    again
        .store()
        .import_contacts(
            &customer_id,
            vec![ImportRow {
                name: "Again".into(),
                prefix: "91".into(),
                number: "9812345679".into(),
                ..ImportRow::default()
            }],
        )
        .expect("import");
    again.save().expect("save");
    drop(again);
    std::fs::write(&marker, "pid 1\n").expect("marker");
    let reopened = Sandbox::new(opts()).expect("sandbox");
    assert_eq!(reopened.contact_count(&customer_id), 250);
    assert!(!marker.exists());
}

#[test]
fn corrupt_state_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("sandbox-state.json");
    std::fs::write(&path, "{not json").expect("write");
    let err = Sandbox::new(Options {
        state_path: Some(path.clone()),
        ..Options::default()
    })
    .err()
    .expect("an error");
    let message = format!("{err:#}");
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(message.contains("bp sandbox reset"), "{message}");
}

#[test]
fn in_memory_sandboxes_never_write() {
    let sandbox = Sandbox::new(Options::default()).expect("sandbox");
    sandbox.save().expect("save is a no-op");
}

#[test]
fn ranges_include_the_start_and_exclude_the_end() {
    let range = Range {
        start: parse_time("2026-01-01T00:00:00Z"),
        end: parse_time("2026-02-01"),
    };
    let at = |s: &str| Some(Value::String(s.to_owned()));
    assert!(range.contains(at("2026-01-01T00:00:00.000Z").as_ref()));
    assert!(range.contains(at("2026-01-31T23:59:59.999Z").as_ref()));
    assert!(!range.contains(at("2026-02-01T00:00:00.000Z").as_ref()));
    assert!(!range.contains(at("2025-12-31T23:59:59.999Z").as_ref()));
    assert!(!range.contains(None));
    let open = Range::default();
    assert!(open.contains(at("1999-01-01T00:00:00Z").as_ref()));
    assert!(parse_time("2026-13-01").is_none());
    assert!(parse_time("2026-01-01T05:30:00+05:30").is_some());
}

#[test]
fn saving_reuses_unchanged_contacts_without_going_stale() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("state.json");
    let mut store = Store::open(Some(&path)).expect("store");
    let customer_id = seed::credentials().customer_id;
    let row = |name: &str, number: &str, tag: &str| ImportRow {
        name: name.to_owned(),
        prefix: "44".to_owned(),
        number: number.to_owned(),
        tags: vec![tag.to_owned()],
        ..ImportRow::default()
    };
    store
        .import_contacts(&customer_id, vec![row("A", "7000000001", "one")])
        .expect("import");
    store.save().expect("save");
    store
        .import_contacts(
            &customer_id,
            vec![
                row("A2", "7000000001", "two"),
                row("B", "7000000002", "one"),
            ],
        )
        .expect("import");
    store.save().expect("save again");
    let on_disk: Value =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
    assert_eq!(on_disk, serde_json::to_value(&store.state).expect("encode"));
    assert_eq!(store.contact_count(&customer_id).expect("read"), 252);
}
