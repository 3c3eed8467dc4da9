//! A record as the API shows it (a JSON object), and reading its fields: the leaf every
//! other module of the emulator builds on.

use serde_json::{Map, Value};

/// A record as the API shows it.
pub(super) type Doc = Map<String, Value>;

pub(super) fn into_doc(value: Value) -> Doc {
    match value {
        Value::Object(map) => map,
        _ => Doc::new(),
    }
}

/// `profile.userDetails` of a contact, made (as empty objects) if missing; `None` if either
/// is there but not an object.
pub(super) fn details_mut(contact: &mut Doc) -> Option<&mut Doc> {
    contact
        .entry("profile")
        .or_insert_with(|| Value::Object(Doc::new()))
        .as_object_mut()?
        .entry("userDetails")
        .or_insert_with(|| Value::Object(Doc::new()))
        .as_object_mut()
}

pub(super) fn str_field<'a>(doc: &'a Doc, key: &str) -> Option<&'a str> {
    doc.get(key).and_then(Value::as_str)
}

pub(super) fn path_str<'a>(doc: &'a Doc, path: &[&str]) -> Option<&'a str> {
    lookup(doc, path).and_then(Value::as_str)
}

/// The value at a dotted `path` (`["profile", "userDetails"]`).
pub(super) fn lookup<'a>(doc: &'a Doc, path: &[&str]) -> Option<&'a Value> {
    let (first, rest) = path.split_first()?;
    rest.iter()
        .try_fold(doc.get(*first)?, |value, key| value.get(*key))
}
