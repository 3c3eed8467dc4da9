//! A hostile or broken server, and paths built to leave the base URL: credentials stay on
//! the base URL, echoed secrets stay masked, listings that never end do end.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bp::sandbox::Fault;
use serde_json::{Value, json};

use crate::common::{RunOk, World, json_answer, stderr, stdout};

/// A one-request-per-connection HTTP server on a loopback port that answers every request
/// with `answer(request line)` as a 200 JSON body and keeps each request's head.
struct Scripted {
    url: String,
    heads: Arc<Mutex<Vec<String>>>,
}

impl Scripted {
    fn start(answer: impl Fn(&str) -> String + Send + Sync + 'static) -> Scripted {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let heads = Arc::new(Mutex::new(Vec::new()));
        let kept = heads.clone();
        let answer = Arc::new(answer);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { return };
                let (kept, answer) = (kept.clone(), answer.clone());
                std::thread::spawn(move || {
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                    let mut reader = BufReader::new(stream);
                    let mut head = String::new();
                    let mut length = 0usize;
                    loop {
                        let mut line = String::new();
                        if reader.read_line(&mut line).unwrap_or(0) == 0 {
                            break;
                        }
                        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                            length = v.trim().parse().unwrap_or(0);
                        }
                        head.push_str(&line);
                        if line == "\r\n" {
                            break;
                        }
                    }
                    let mut body = vec![0; length];
                    let _ = reader.read_exact(&mut body);
                    let first = head.lines().next().unwrap_or("").to_string();
                    kept.lock().unwrap().push(head);
                    let body = answer(&first);
                    let _ = reader.get_mut().write_all(
                        format!(
                            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                            body.len()
                        )
                        .as_bytes(),
                    );
                });
            }
        });
        Scripted { url, heads }
    }

    fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }

    /// `--all` pages asked for, in the order they arrived.
    fn pages(&self) -> Vec<u64> {
        self.heads()
            .iter()
            .filter_map(|h| page_of(h.lines().next()?))
            .collect()
    }
}

/// The `page` query parameter of a request line.
fn page_of(request_line: &str) -> Option<u64> {
    let target = request_line.split_whitespace().nth(1)?;
    let query = target.split_once('?')?.1;
    query
        .split('&')
        .find_map(|kv| kv.strip_prefix("page="))
        .and_then(|p| p.parse().ok())
}

#[test]
fn api_sends_credentials_only_under_the_base_url() {
    let w = World::new();
    let trap = Scripted::start(|_| "{}".into());
    let host = trap.url.trim_start_matches("http://").to_string();
    let port = host.rsplit(':').next().unwrap().to_string();
    let base = format!("{}/ok/", w.sandbox.base_url().trim_end_matches('/'));
    let leaving = [
        format!("\\\\{host}/cap1"),
        format!("/\\{host}/x"),
        format!("\\/{host}/x"),
        format!("http:\\\\{host}/x"),
        format!(" //{host}/x"),
        format!("\t//{host}/x"),
        format!("/\t/{host}/x"),
        format!("//{host}/x"),
        format!("http://{host}/x"),
        format!("HTTP://{host}/x"),
        format!("http:/{host}/x"),
        format!("//user@{host}/x"),
        format!("\\\\[::1]:{port}/x"),
        format!("//[::1]:{port}/x"),
        "../customer/list".to_string(),
        "/../customer/list".to_string(),
        "%2e%2e/customer/list".to_string(),
        ".%2E/customer/list".to_string(),
        "../../x?a=1".to_string(),
    ];
    for path in &leaving {
        let out = w
            .bp()
            .env("BP_BASE_URL", &base)
            .args(["api", "GET", path, "--auth", "partner"])
            .timeout(Duration::from_secs(20))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{path:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("outside the base URL") && err.contains(&base),
            "{path:?}: {err}"
        );
        assert!(
            !err.contains(&w.creds.partner_key),
            "{path:?} printed the key"
        );
    }
    assert!(
        trap.heads().is_empty(),
        "sent off the base URL: {:?}",
        trap.heads()
    );
    assert!(w.requests().is_empty(), "nothing sent for a refused path");

    // Spellings that stay under the base URL are sent there, and only there.
    let staying = [
        ("%2f%2f127.0.0.1/x", "/ok/%2f%2f127.0.0.1/x"),
        ("@127.0.0.1/x", "/ok/@127.0.0.1/x"),
        ("customer/list", "/ok/customer/list"),
        ("/customer/../members", "/ok/members"),
        ("/ok/../customer/list", "/ok/customer/list"),
        ("./customer", "/ok/customer"),
    ];
    for (path, received) in staying {
        w.bp()
            .env("BP_BASE_URL", &base)
            .args(["api", "GET", path, "--auth", "partner"])
            .timeout(Duration::from_secs(20))
            .output()
            .unwrap();
        let last = w.requests().pop().expect("sent to the base URL");
        assert_eq!(last.path, received, "{path}");
    }
    assert!(
        trap.heads().is_empty(),
        "sent off the base URL: {:?}",
        trap.heads()
    );
}

fn partner_only(w: &World, key: &str) -> assert_cmd::Command {
    let mut cmd = w.bare();
    cmd.env("BP_BASE_URL", w.sandbox.base_url())
        .env("BP_PARTNER_KEY", key);
    cmd
}

#[test]
fn a_cached_customer_token_needs_the_partner_key_that_fetched_it() {
    let w = World::new();
    let id = w.creds.customer_id.clone();
    let search = ["--customer", id.as_str(), "contacts", "search"];
    partner_only(&w, &w.creds.partner_key).args(search).run_ok();
    assert_eq!(w.token_fetches(), 1);
    let cache = std::fs::read_to_string(w.cache_dir().join("bp").join("tokens.json")).unwrap();
    assert!(
        !cache.contains(&w.creds.partner_key),
        "the key is not in the cache"
    );

    // Another partner key does not get the token the first one fetched.
    let out = partner_only(&w, "wrong-partner-key-000000000000")
        .args(search)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert_eq!(w.token_fetches(), 2, "fetched again with the other key");

    // The first key still finds its own entry.
    partner_only(&w, &w.creds.partner_key).args(search).run_ok();
    assert_eq!(w.token_fetches(), 2);
}

#[test]
fn concurrent_runs_keep_every_cached_token() {
    let w = World::new();
    partner_only(&w, &w.creds.partner_key)
        .args(["customers", "each", "--concurrency", "16", "--"])
        .args(["contacts", "search", "-o", "json"])
        .timeout(Duration::from_secs(120))
        .run_ok();
    let fetched = w.token_fetches();
    assert_eq!(fetched, 60, "one fetch per customer");
    let cache: serde_json::Map<String, Value> = serde_json::from_str(
        &std::fs::read_to_string(w.cache_dir().join("bp").join("tokens.json")).unwrap(),
    )
    .unwrap();
    let tokens = cache.keys().filter(|k| !k.starts_with('#')).count();
    assert_eq!(tokens, 60, "every child's token is kept");

    // And so the next run fetches none.
    partner_only(&w, &w.creds.partner_key)
        .args(["customers", "each", "--concurrency", "16", "--"])
        .args(["contacts", "search", "-o", "json"])
        .timeout(Duration::from_secs(120))
        .run_ok();
    assert_eq!(w.token_fetches(), fetched);
}

#[test]
fn logs_carry_no_encoding_of_a_secret() {
    let w = World::new();
    let key = "abcd+efgh/ijkl=mnop qrst";
    let out = w
        .bp()
        .env("BP_WA_API_KEY", key)
        .args(["-vv", "auth", "status"])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert!(
        err.contains("apiKey="),
        "the WhatsApp request is logged: {err}"
    );
    for form in [
        key.to_string(),
        "abcd%2Befgh%2Fijkl%3Dmnop".to_string(),
        "abcd%2befgh%2fijkl%3dmnop".to_string(),
        "efgh%2Fijkl".to_string(),
        "mnop+qrst".to_string(),
        "mnop%20qrst".to_string(),
        "efgh\\/ijkl".to_string(),
    ] {
        assert!(!err.contains(&form), "`{form}` in: {err}");
        assert!(!stdout(&out).contains(&form), "`{form}` on stdout");
    }
}

#[test]
fn logged_bodies_and_headers_escape_control_characters() {
    let w = World::new();
    w.sandbox.sandbox.push_fault(Fault::Body {
        status: 401,
        content_type: "text/html".into(),
        body: "<html><title>\x1b]0;pwned\x07</title><b>\x1b[31mred\x1b[0m</b>\r\n\x08\x7f</html>"
            .into(),
    });
    let out = w
        .bp()
        .args(["-vv", "--retries", "0", "customers", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("pwned"), "the body is logged: {err}");
    for c in ['\x1b', '\x07', '\x08', '\x7f', '\r'] {
        assert!(!err.contains(c), "{c:?} reached the terminal: {err:?}");
    }
    assert!(err.contains("\\u{1b}]0;pwned\\u{7}"), "{err}");
}

#[test]
fn credentials_echoed_in_data_are_masked() {
    let w = World::new();
    let partner = w.creds.partner_key.clone();
    let api = w.creds.api_token.clone();
    let echo = json!({"success": true, "data": [{
        "_id": "65f000000000000000000001",
        "name": partner,
        "contact": {"email": format!("x{api}y@example.com")},
        "note": format!("?apiKey={}", partner.replace('-', "%2D")),
    }]})
    .to_string();
    for format in ["json", "ndjson", "csv", "table"] {
        w.sandbox.sandbox.push_fault(json_answer(200, echo.clone()));
        let out = w
            .bp()
            .args(["customers", "list", "-o", format])
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(
            text.contains("65f000000000000000000001"),
            "{format}: {text}"
        );
        for secret in w.secrets() {
            assert!(!text.contains(&secret), "{format} printed a secret: {text}");
        }
        assert!(
            text.contains(&format!("{}…", &partner[..4])),
            "{format}: {text}"
        );
    }
    // `bp api` too, unless --show asks for the answer as it is.
    w.sandbox.sandbox.push_fault(json_answer(200, echo.clone()));
    let out = w.bp().args(["api", "GET", "/customer/list"]).run_ok();
    assert!(!stdout(&out).contains(&partner), "{}", stdout(&out));
}

/// `customers list --all` against a server answering `page(n)` for page n.
fn list_all(
    page: impl Fn(u64) -> Value + Send + Sync + 'static,
    extra: &[&str],
) -> (Scripted, std::process::Output) {
    let server = Scripted::start(move |line| {
        let n = page_of(line).unwrap_or(1);
        json!({"success": true, "data": page(n)}).to_string()
    });
    let w = World::new();
    let out = w
        .bp()
        .env("BP_BASE_URL", &server.url)
        .args(["customers", "list", "--all", "-o", "ndjson"])
        .args(extra)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    (server, out)
}

#[test]
fn all_stops_when_pages_repeat() {
    // Two pages, alternating forever.
    let (server, out) = list_all(|n| json!([{"_id": format!("id{}", n % 2)}]), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("page 3 repeats page 1")
            && stderr(&out).contains("--limit N bounds a listing"),
        "{}",
        stderr(&out)
    );
    assert_eq!(stdout(&out).lines().count(), 2, "each item once");
    assert!(server.pages().len() < 10, "{:?}", server.pages());

    // Pages that only hand back items already listed, in another mix.
    let (_, out) = list_all(
        |n| match n {
            1 => json!([{"_id": "a"}, {"_id": "b"}]),
            2 => json!([{"_id": "b"}, {"_id": "c"}]),
            _ => json!([{"_id": "c"}, {"_id": "a"}]),
        },
        &["--concurrency", "1"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("page 3 holds only items already listed"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn all_stops_at_the_page_ceiling() {
    let (server, out) = list_all(
        |n| json!([{"_id": format!("id{n}")}]),
        &["--max-pages", "25"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("stopped after 25 pages") && err.contains("--max-pages"),
        "{err}"
    );
    assert_eq!(stdout(&out).lines().count(), 25);
    let pages = server.pages();
    assert!(
        pages.iter().all(|p| *p <= 25),
        "asked past the ceiling: {pages:?}"
    );

    // The default ceiling is 10,000 pages, and --help says so.
    let w = World::new();
    let help = w
        .bp()
        .args(["customers", "list", "--help"])
        .output()
        .unwrap();
    assert!(stdout(&help).contains("--max-pages"), "{}", stdout(&help));
    assert!(stdout(&help).contains("10000"), "{}", stdout(&help));
}
