//! `--shapes FILE`: one NDJSON line per response with the *shape* of what the server
//! answered, never a value, so that users can show us how the real API answers without
//! showing us their customers (issue 14).
//!
//! A line: `{"method","path","query","status","shape"}`. The path is relative to the base URL
//! (never its host), each segment but the words of the API's own paths replaced by `{id}`;
//! the query is its keys only, sorted. A shape is one of
//! - `{"type":"object","keys":{KEY: SHAPE}}`, a key that may be data (id-like, or not a
//!   plain identifier) replaced by `{id}` (maps keyed by ids or names), their shapes merged;
//! - `{"type":"array","len":BUCKET,"items":SHAPE}`, BUCKET one of `0`, `1`, `2-10`, `11-100`,
//!   `more`, ITEMS the merged shape of the elements (absent for an empty array);
//! - `{"type":"string","kind":K}`, K one of `objectid`, `email`, `phone`, `iso-date`, `url`,
//!   `text`; `{"type":"number"}`, `{"type":"bool"}`, `{"type":"null"}`;
//! - `{"type":"mixed","of":[SHAPE, …]}` where elements differ (a string of another kind
//!   counts as another shape), sorted by [`label`];
//! - `{"type":"not-json","content_type":"text/html"}` (the media type, no parameters) and
//!   `{"type":"empty"}` for bodies that are not JSON.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};

use serde_json::{Map, Value, json};

/// Where the shape lines go: a file opened once in append mode, or memory (for
/// `bp sandbox shapes-diff`, which records the sandbox's answers with this same code).
pub struct ShapeLog {
    out: Mutex<Box<dyn Write + Send>>,
    memory: Option<Arc<Mutex<Vec<u8>>>>,
    failed: Mutex<bool>,
}

impl std::fmt::Debug for ShapeLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ShapeLog")
    }
}

struct Shared(Arc<Mutex<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut v = self
            .0
            .lock()
            .map_err(|_| std::io::Error::other("poisoned"))?;
        v.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl ShapeLog {
    /// Opens (creating it, mode 0600 on unix) the file lines are appended to.
    pub fn open(path: &Path) -> std::io::Result<ShapeLog> {
        let mut options = std::fs::OpenOptions::new();
        options.append(true).create(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(path)?;
        Ok(ShapeLog {
            out: Mutex::new(Box::new(file)),
            memory: None,
            failed: Mutex::new(false),
        })
    }

    /// A log kept in memory, read back with [`ShapeLog::lines`].
    pub fn in_memory() -> ShapeLog {
        let buf = Arc::new(Mutex::new(Vec::new()));
        ShapeLog {
            out: Mutex::new(Box::new(Shared(buf.clone()))),
            memory: Some(buf),
            failed: Mutex::new(false),
        }
    }

    /// The lines recorded so far, for a log [`ShapeLog::in_memory`].
    pub fn lines(&self) -> Vec<String> {
        let Some(buf) = &self.memory else {
            return Vec::new();
        };
        let bytes = buf.lock().map(|b| b.clone()).unwrap_or_default();
        String::from_utf8_lossy(&bytes)
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// Appends the line of one response, in one `write_all` (with `O_APPEND`, so that the
    /// lines of concurrent requests and of other bp processes never interleave). The error
    /// of the first write that fails is returned; later ones are not, to say it once.
    pub fn record(&self, line: &Value) -> Option<std::io::Error> {
        let mut text = line.to_string();
        text.push('\n');
        let result = match self.out.lock() {
            Ok(mut out) => out.write_all(text.as_bytes()),
            Err(_) => return None,
        };
        let err = result.err()?;
        let mut failed = self.failed.lock().ok()?;
        if *failed {
            return None;
        }
        *failed = true;
        Some(err)
    }
}

/// The line of one response. `path` is relative to the base URL; `query_keys` are the names
/// of the query's parameters.
pub fn line<'a>(
    method: &str,
    path: &str,
    query_keys: impl Iterator<Item = &'a str>,
    status: u16,
    content_type: Option<&str>,
    body: &[u8],
) -> Value {
    let mut query: Vec<String> = query_keys.map(template_key).collect();
    query.sort();
    query.dedup();
    let mut line = json!({"method": method, "path": template(path)});
    if !query.is_empty() {
        line["query"] = json!(query);
    }
    line["status"] = json!(status);
    line["shape"] = body_shape(content_type, body);
    line
}

/// A path with each segment that may be data replaced by `{id}`.
pub fn template(path: &str) -> String {
    let segments: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let decoded = percent_decode(s);
            // Only the words of the API's own paths: anything else (a template's name, a
            // customer's slug) may be data.
            if API_WORDS.contains(&decoded.as_str()) {
                decoded
            } else {
                "{id}".to_string()
            }
        })
        .collect();
    format!("/{}", segments.join("/"))
}

/// The words of the paths bp knows (the documented endpoints and those BotPenguin's own
/// integrations call): the only path segments a shapes line keeps.
const API_WORDS: [&str; 29] = [
    "customer",
    "list",
    "create",
    "ext",
    "get-user-token",
    "custom-user",
    "inbox",
    "users",
    "import",
    "status-update",
    "segments",
    "direct",
    "chats",
    "lead",
    "whatsapp-automation",
    "wa",
    "templates",
    "send-template",
    "send-message",
    "plugin",
    "make-template-dynamic-fields",
    "send-template-message",
    "integrations",
    "custom-app",
    "update-user-attributes",
    "general-authentication",
    "send-message-to-plugin",
    "fetch-subscribed-webhooks",
    "subscribe-trigger-event",
];

/// An object's key or a query parameter's name, `{id}` when it may be data: one that looks
/// like an id, or is not an identifier (`Oakridge Dental Care`, a token `eyJ…`, `jane.doe`).
fn template_key(key: &str) -> String {
    let identifier = !key.is_empty()
        && key.len() <= 40
        && key.starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '_' | '$'))
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '$'));
    if identifier && !is_id_like(key) {
        key.to_string()
    } else {
        "{id}".to_string()
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// An ObjectId, a number, a UUID, an email or a phone-like string.
fn is_id_like(s: &str) -> bool {
    crate::leaf::is_object_id(s)
        || (!s.is_empty() && s.chars().all(|c| c.is_ascii_digit()))
        || is_uuid(s)
        || is_email(s)
        || is_phone(s)
}

fn is_uuid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
        && parts
            .iter()
            .all(|p| p.chars().all(|c| c.is_ascii_hexdigit()))
}

fn is_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.contains('@')
                && !s.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

/// Digits, with the `+`, spaces, dashes, dots and brackets phone numbers are written with:
/// 7 to 15 digits.
fn is_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    (7..=15).contains(&digits)
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '.' | '(' | ')'))
}

/// `YYYY-MM-DD`, alone or followed by a time (`T…` or ` …`).
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && matches!(b.get(10), None | Some(b'T' | b' '))
}

fn is_url(s: &str) -> bool {
    s.split_once("://").is_some_and(|(scheme, rest)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '+')
            && !rest.is_empty()
    })
}

/// The kind of a string, never its value.
pub fn string_kind(s: &str) -> &'static str {
    if crate::leaf::is_object_id(s) {
        "objectid"
    } else if is_email(s) {
        "email"
    } else if is_iso_date(s) {
        "iso-date"
    } else if is_url(s) {
        "url"
    } else if is_phone(s) {
        "phone"
    } else {
        "text"
    }
}

/// The shape of a body as the server sent it.
pub fn body_shape(content_type: Option<&str>, body: &[u8]) -> Value {
    if body.iter().all(u8::is_ascii_whitespace) {
        return json!({"type": "empty"});
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(v) => shape(&v),
        Err(_) => {
            let media = content_type
                .and_then(|c| c.split(';').next())
                .map(|c| c.trim().to_ascii_lowercase())
                .filter(|c| {
                    !c.is_empty()
                        && c.len() <= 100
                        && c.chars().all(|ch| {
                            ch.is_ascii_alphanumeric() || matches!(ch, '/' | '-' | '+' | '.' | '_')
                        })
                })
                .unwrap_or_else(|| "unknown".to_string());
            json!({"type": "not-json", "content_type": media})
        }
    }
}

/// The shape of a JSON value.
pub fn shape(v: &Value) -> Value {
    match v {
        Value::Null => json!({"type": "null"}),
        Value::Bool(_) => json!({"type": "bool"}),
        Value::Number(_) => json!({"type": "number"}),
        Value::String(s) => json!({"type": "string", "kind": string_kind(s)}),
        Value::Array(items) => {
            let mut out = json!({"type": "array", "len": bucket(items.len())});
            if let Some(merged) = items.iter().map(shape).reduce(|a, b| merge(&a, &b)) {
                out["items"] = merged;
            }
            out
        }
        Value::Object(map) => {
            let mut keys: BTreeMap<String, Value> = BTreeMap::new();
            for (k, child) in map {
                let s = shape(child);
                let k = template_key(k);
                let merged = match keys.get(&k) {
                    Some(prev) => merge(prev, &s),
                    None => s,
                };
                keys.insert(k, merged);
            }
            json!({"type": "object", "keys": keys.into_iter().collect::<Map<_, _>>()})
        }
    }
}

/// The bucket of an array's length.
pub fn bucket(len: usize) -> &'static str {
    match len {
        0 => "0",
        1 => "1",
        2..=10 => "2-10",
        11..=100 => "11-100",
        _ => "more",
    }
}

const BUCKETS: [&str; 5] = ["0", "1", "2-10", "11-100", "more"];

/// A short name for a shape's variant: `object`, `array`, `string(email)`, `number`, `bool`,
/// `null`, `not-json(text/html)`, `empty`; for `mixed`, its variants joined by `|`.
pub fn label(s: &Value) -> String {
    let ty = s["type"].as_str().unwrap_or("?");
    match ty {
        "string" => format!("string({})", s["kind"].as_str().unwrap_or("?")),
        "not-json" => format!("not-json({})", s["content_type"].as_str().unwrap_or("?")),
        "mixed" => variants(s).iter().map(label).collect::<Vec<_>>().join("|"),
        _ => ty.to_string(),
    }
}

/// The shapes a shape may be: those of a `mixed`, else itself.
pub fn variants(s: &Value) -> Vec<Value> {
    match (s["type"].as_str(), s["of"].as_array()) {
        (Some("mixed"), Some(of)) => of.clone(),
        _ => vec![s.clone()],
    }
}

/// The shape of values that have shape `a` or shape `b`: objects by the union of their
/// keys, arrays by their longer bucket and merged items, different variants as `mixed`.
pub fn merge(a: &Value, b: &Value) -> Value {
    let mut all: Vec<Value> = Vec::new();
    for v in variants(a).into_iter().chain(variants(b)) {
        match all.iter_mut().find(|w| label(w) == label(&v)) {
            Some(w) => *w = merge_same(w, &v),
            None => all.push(v),
        }
    }
    if all.len() == 1 {
        return all.remove(0);
    }
    all.sort_by_key(label);
    json!({"type": "mixed", "of": all})
}

fn merge_same(a: &Value, b: &Value) -> Value {
    match a["type"].as_str() {
        Some("object") => {
            let mut keys = a["keys"].as_object().cloned().unwrap_or_default();
            for (k, v) in b["keys"].as_object().into_iter().flatten() {
                let merged = match keys.get(k) {
                    Some(prev) => merge(prev, v),
                    None => v.clone(),
                };
                keys.insert(k.clone(), merged);
            }
            json!({"type": "object", "keys": keys})
        }
        Some("array") => {
            let rank = |s: &Value| {
                BUCKETS
                    .iter()
                    .position(|b| s["len"].as_str() == Some(*b))
                    .unwrap_or(0)
            };
            let len = BUCKETS[rank(a).max(rank(b))];
            let mut out = json!({"type": "array", "len": len});
            let items = match (a.get("items"), b.get("items")) {
                (Some(x), Some(y)) => Some(merge(x, y)),
                (x, y) => x.or(y).cloned(),
            };
            if let Some(items) = items {
                out["items"] = items;
            }
            out
        }
        _ => a.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_keeps_its_shape_and_none_of_its_values() {
        let mut ids = Map::new();
        for i in 0..3 {
            ids.insert(
                format!("65f0c0ffee00000000000a0{i}"),
                json!({"n": i, "on": true}),
            );
        }
        let items: Vec<Value> = (0..150)
            .map(|i| json!({"_id": format!("65f0c0ffee0000000000{i:04}"), "tags": []}))
            .collect();
        let body = json!({
            "success": true,
            "data": {
                "permanentToken": {"key": "sk_live_SECRETVALUE123456"},
                "contact": {"email": "jane.doe@acme.example", "phone": "+91 98765 43210"},
                "createdAt": "2024-03-01T10:00:00.000Z",
                "site": "https://acme.example/x",
                "byId": Value::Object(ids),
                "nested": {"rows": items},
                "score": 1.5,
                "gone": null,
            }
        });
        let s = shape(&body);
        let text = s.to_string();
        for value in [
            "SECRETVALUE",
            "jane.doe",
            "acme",
            "98765",
            "65f0c0ffee",
            "2024",
            "1.5",
        ] {
            assert!(!text.contains(value), "{value} leaked into {text}");
        }
        let data = &s["keys"]["data"]["keys"];
        assert_eq!(data["permanentToken"]["keys"]["key"]["kind"], "text");
        assert_eq!(data["contact"]["keys"]["email"]["kind"], "email");
        assert_eq!(data["contact"]["keys"]["phone"]["kind"], "phone");
        assert_eq!(data["createdAt"]["kind"], "iso-date");
        assert_eq!(data["site"]["kind"], "url");
        assert_eq!(data["score"]["type"], "number");
        assert_eq!(data["gone"]["type"], "null");
        // A map keyed by ids: one `{id}` key, the shapes of its values merged.
        let by_id = data["byId"]["keys"].as_object().unwrap();
        assert_eq!(by_id.keys().collect::<Vec<_>>(), ["{id}"]);
        assert_eq!(by_id["{id}"]["keys"]["on"]["type"], "bool");
        let rows = &data["nested"]["keys"]["rows"];
        assert_eq!(rows["len"], "more");
        assert_eq!(rows["items"]["keys"]["_id"]["kind"], "objectid");
        assert_eq!(rows["items"]["keys"]["tags"]["len"], "0");
    }

    #[test]
    fn lengths_fall_in_buckets() {
        let len = |n: usize| bucket(n);
        assert_eq!(
            [0, 1, 2, 10, 11, 100, 101].map(len),
            ["0", "1", "2-10", "2-10", "11-100", "11-100", "more"]
        );
    }

    #[test]
    fn differing_elements_merge_as_mixed_and_objects_by_their_keys() {
        let s = shape(&json!([{"a": 1}, {"b": "x@y.io"}, null, {"a": "t"}]));
        let items = &s["items"];
        assert_eq!(items["type"], "mixed");
        assert_eq!(label(items), "null|object");
        let obj = &items["of"][1]["keys"];
        assert_eq!(label(&obj["a"]), "number|string(text)");
        assert_eq!(label(&obj["b"]), "string(email)");
    }

    #[test]
    fn paths_keep_their_words_and_lose_their_ids() {
        assert_eq!(
            template("customer/65f0c0ffee00000000000a01"),
            "/customer/{id}"
        );
        assert_eq!(template("/ext/get-user-token"), "/ext/get-user-token");
        assert_eq!(
            template("/customer/123/jane%40acme.io/+919876543210"),
            "/customer/{id}/{id}/{id}"
        );
        assert_eq!(
            template("/inbox/123e4567-e89b-12d3-a456-426614174000/AcmeCorp2"),
            "/inbox/{id}/{id}"
        );
        // Only the API's own words: a template's name or a customer's slug may be data.
        assert_eq!(
            template("/whatsapp-automation/plugin/templates/welcome_offer"),
            "/whatsapp-automation/plugin/templates/{id}"
        );
        assert_eq!(template("/customer/oakridge"), "/customer/{id}");
    }

    #[test]
    fn keys_that_may_be_data_are_hidden() {
        let body = json!({"Oakridge Dental Care": 1, "jane.doe": 2, "eyJhbGciOiJIUzI1NiJ9.e30.x": 3,
            "plan": 4, "_id": 5, "totalCount": 6});
        let keys = shape(&body)["keys"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect::<Vec<_>>();
        assert_eq!(keys, vec!["_id", "plan", "totalCount", "{id}"]);
    }

    #[test]
    fn not_json_keeps_the_media_type_only() {
        let s = body_shape(Some("text/html; charset=utf-8"), b"<html>secret</html>");
        assert_eq!(s, json!({"type": "not-json", "content_type": "text/html"}));
        assert_eq!(body_shape(None, b"  \n"), json!({"type": "empty"}));
        let l = line(
            "GET",
            "/c",
            ["page", "searchText", "page"].into_iter(),
            200,
            None,
            b"",
        );
        assert_eq!(l["query"], json!(["page", "searchText"]));
    }
}
