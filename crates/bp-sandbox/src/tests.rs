//! Tests of the sandbox through real HTTP on a loopback port.
//!
//! `tower` is not a direct dependency, so there is no `oneshot`: requests are written by hand
//! over a `TcpStream` (HTTP/1.1, `Connection: close`), which also checks the exact bytes a
//! client sees (status line, content type) rather than axum's view of them.

use std::io::{Read as _, Write as _};
use std::net::TcpStream;

use serde_json::{Value, json};

use super::{Fault, Options, RunningSandbox, Sandbox, spawn_background};

mod agency;
mod api;
mod faults;
mod lazy;
mod lenient;
mod plugin;
mod state;
mod whatsapp;

pub(super) struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub text: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }

    /// `data` of the envelope, as an array.
    pub fn items(&self) -> Vec<Value> {
        match self.json().get("data") {
            Some(Value::Array(items)) => items.clone(),
            other => panic!("data is not an array: {other:?} in {}", self.text),
        }
    }
}

pub(super) fn start() -> RunningSandbox {
    start_with(Options::default())
}

pub(super) fn start_with(opts: Options) -> RunningSandbox {
    spawn_background(opts).expect("sandbox starts")
}

/// Sends one request; `headers` are sent as given, the body (if any) as is.
pub(super) fn send(
    sandbox: &RunningSandbox,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> Reply {
    let mut stream = TcpStream::connect(sandbox.addr).expect("connect");
    let mut request = format!(
        "{method} {target} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
        sandbox.addr
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    let body = body.unwrap_or("");
    if !body.is_empty() || method != "GET" {
        request.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes()).expect("write");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read");
    let raw = String::from_utf8(raw).expect("utf-8 response");
    let (head, text) = raw.split_once("\r\n\r\n").expect("a header block");
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_lowercase(), v.trim().to_owned()))
        .collect();
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"));
    let text = if chunked {
        dechunk(text)
    } else {
        text.to_owned()
    };
    Reply {
        status,
        headers,
        text,
    }
}

fn dechunk(mut text: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = text.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.push_str(&rest[..size]);
        text = rest[size..].trim_start_matches("\r\n");
    }
    out
}

/// The headers of a partner-key request.
pub(super) fn partner(sandbox: &RunningSandbox) -> Vec<(&'static str, String)> {
    let key = sandbox.sandbox.credentials().partner_key;
    vec![
        ("authtype", "Key".to_owned()),
        ("Authorization", format!("Bearer {key}")),
    ]
}

/// Sends with owned header values.
pub(super) fn call(
    sandbox: &RunningSandbox,
    method: &str,
    target: &str,
    headers: &[(&str, String)],
    body: Option<&Value>,
) -> Reply {
    let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let body = body.map(Value::to_string);
    send(sandbox, method, target, &headers, body.as_deref())
}

/// The headers of a request with customer 0's API token.
pub(super) fn customer(sandbox: &RunningSandbox) -> Vec<(&'static str, String)> {
    let token = sandbox.sandbox.credentials().api_token;
    vec![
        ("authtype", "Key".to_owned()),
        ("Authorization", format!("Bearer {token}")),
        ("Content-Type", "application/json".to_owned()),
    ]
}

/// The documented default search body, with `overrides` applied.
pub(super) fn search_body(overrides: Value) -> Value {
    let mut body = json!({
        "searchText": "", "tags": [], "status": [], "isOnline": false,
        "_botWebsite": [], "_botWhatsapp": [], "_botTelegram": [], "_botFacebook": [],
        "_agentAssigned": [], "segments": [], "applicableFilters": ["userInteracted"],
        "lastSeenAt": {"startAt": "", "endsAt": ""}, "createdAt": {"startAt": "", "endsAt": ""},
        "userInteracted": true, "lastMessageBy": [], "isLiveChatActive": false,
        "hasOrdered": {"status": false, "lastAt": ""},
        "page": 1, "isExport": "none", "isContact": true
    });
    if let (Some(body), Some(overrides)) = (body.as_object_mut(), overrides.as_object()) {
        for (key, value) in overrides {
            body.insert(key.clone(), value.clone());
        }
    }
    body
}

pub(super) fn search(sandbox: &RunningSandbox, overrides: Value) -> Reply {
    let body = search_body(overrides);
    call(
        sandbox,
        "POST",
        "/inbox/users",
        &customer(sandbox),
        Some(&body),
    )
}

#[test]
fn faults_come_first_in_order_then_normal_service_resumes() {
    let sb = start();
    sb.sandbox.push_fault(Fault::Status {
        status: 429,
        retry_after: Some("2".to_owned()),
    });
    sb.sandbox.push_fault(Fault::Html502);
    sb.sandbox.push_fault(Fault::Body {
        status: 200,
        content_type: "text/plain".to_owned(),
        body: "not json".to_owned(),
    });
    // No credentials at all: faults apply before auth.
    let first = send(&sb, "GET", "/customer/list", &[], None);
    assert_eq!(first.status, 429);
    assert_eq!(first.header("retry-after"), Some("2"));
    assert_eq!(
        first.json(),
        json!({"success": false, "message": "Too Many Requests", "code": 429})
    );
    let second = send(&sb, "GET", "/customer/list", &[], None);
    assert_eq!(second.status, 502);
    assert_eq!(second.header("content-type"), Some("text/html"));
    assert!(second.text.contains("Bad Gateway"));
    let third = send(&sb, "GET", "/customer/list", &[], None);
    assert_eq!((third.status, third.text.as_str()), (200, "not json"));
    let fourth = send(&sb, "GET", "/customer/list", &[], None);
    assert_eq!(fourth.status, 401);
}

#[test]
fn recording_keeps_method_path_query_headers_and_body() {
    let sb = start_with(Options {
        record: true,
        ..Options::default()
    });
    send(
        &sb,
        "POST",
        "/inbox/users?x=a%20b&y=1+2",
        &[("X-Custom", "Yes"), ("Content-Type", "application/json")],
        Some(r#"{"page": 1}"#),
    );
    let requests = sb.sandbox.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("POST", "/inbox/users")
    );
    assert_eq!(request.query, "x=a%20b&y=1+2");
    assert_eq!(
        request.query_pairs(),
        vec![
            ("x".to_owned(), "a b".to_owned()),
            ("y".to_owned(), "1 2".to_owned())
        ]
    );
    assert_eq!(request.header("x-custom"), Some("Yes"));
    assert_eq!(request.header("X-CUSTOM"), Some("Yes"));
    assert!(request.headers.iter().all(|(n, _)| *n == n.to_lowercase()));
    assert_eq!(request.json(), Some(json!({"page": 1})));

    let quiet = start();
    send(&quiet, "GET", "/customer/list", &[], None);
    assert!(quiet.sandbox.requests().is_empty());
}

#[test]
fn unknown_paths_and_methods_answer_with_the_json_envelope() {
    let sb = start();
    let missing = send(&sb, "GET", "/nope", &[], None);
    assert_eq!(missing.status, 404);
    assert_eq!(
        missing.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    assert_eq!(missing.json()["success"], json!(false));
    assert_eq!(missing.json()["code"], json!(404));
    let wrong = send(&sb, "DELETE", "/customer/list", &[], None);
    assert_eq!(wrong.status, 405);
    assert_eq!(wrong.json()["code"], json!(405));
}

#[test]
fn credentials_are_deterministic_and_well_formed() {
    let a = Sandbox::new(Options::default()).expect("sandbox");
    let b = Sandbox::new(Options::default()).expect("sandbox");
    let creds = a.credentials();
    assert_eq!(creds, b.credentials());
    let hex = |s: &str, len: usize| s.len() == len && s.bytes().all(|c| c.is_ascii_hexdigit());
    assert!(
        creds
            .partner_key
            .strip_prefix("sbx_partner_")
            .is_some_and(|h| hex(h, 32))
    );
    assert!(
        creds
            .api_token
            .strip_prefix("sbx_api_")
            .is_some_and(|h| hex(h, 32))
    );
    assert!(
        creds
            .bot_token
            .strip_prefix("sbx_bot_")
            .is_some_and(|h| hex(h, 32))
    );
    assert!(
        creds
            .wa_api_key
            .strip_prefix("sbx_wa_")
            .is_some_and(|h| hex(h, 32))
    );
    assert!(hex(&creds.bot_id, 24) && hex(&creds.customer_id, 24));
    assert_eq!(a.customer_count(), 60);
    assert_eq!(a.contact_count(&creds.customer_id), 250);
}
