//! Random faults: each kind at rate 1, determinism for a seed, the rate limit, stalls and
//! resets as a raw client sees them.

use std::io::{ErrorKind, Read as _, Write as _};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use serde_json::json;

use super::super::faults::{Action, RateWindow};
use super::{Fault, Options, RunningSandbox, Sandbox, call, partner, start_with};

/// How a raw exchange ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum End {
    /// The whole body arrived.
    Complete,
    /// The connection closed (or was reset) before the body was complete.
    Cut,
    /// Nothing more came within the read timeout.
    Silent,
}

struct Raw {
    status: u16,
    head: String,
    body: Vec<u8>,
    end: End,
}

impl Raw {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.split("\r\n").skip(1).find_map(|line| {
            let (n, v) = line.split_once(':')?;
            n.trim().eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

fn connect(sb: &RunningSandbox, method: &str, target: &str, body: &str) -> TcpStream {
    let mut stream = TcpStream::connect(sb.addr).expect("connect");
    let key = sb.sandbox.credentials().partner_key;
    let request = format!(
        "{method} {target} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nauthtype: Key\r\n\
         Authorization: Bearer {key}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n{body}",
        sb.addr,
        body.len()
    );
    stream.write_all(request.as_bytes()).expect("write");
    stream
}

/// Reads until the connection ends or is silent for `timeout`, then judges the body.
fn read(stream: &mut TcpStream, timeout: Duration) -> Raw {
    stream.set_read_timeout(Some(timeout)).expect("timeout");
    let mut raw = Vec::new();
    let mut buf = [0u8; 4096];
    let mut silent = false;
    loop {
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                silent = true;
                break;
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(_) => break, // reset
        }
    }
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a header block");
    let head = String::from_utf8(raw[..split].to_vec()).expect("utf-8 head");
    let body = raw[split + 4..].to_vec();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .expect("a status line");
    let mut reply = Raw {
        status,
        head,
        body,
        end: End::Cut,
    };
    let complete = match reply.header("content-length") {
        Some(len) => len.parse::<usize>().ok() == Some(reply.body.len()),
        None => reply.body.ends_with(b"0\r\n\r\n"),
    };
    reply.end = match (complete, silent) {
        (true, _) => End::Complete,
        (false, true) => End::Silent,
        (false, false) => End::Cut,
    };
    reply
}

fn exchange(sb: &RunningSandbox, method: &str, target: &str, body: &str) -> Raw {
    let mut stream = connect(sb, method, target, body);
    read(&mut stream, Duration::from_secs(5))
}

fn list(sb: &RunningSandbox) -> Raw {
    exchange(sb, "GET", "/customer/list", "")
}

fn create_body(i: usize) -> String {
    json!({"username": format!("fault{i}@agency.test"), "name": format!("Fault {i}"),
        "password": "s3cret-pass"})
    .to_string()
}

fn json_of(raw: &Raw) -> serde_json::Value {
    serde_json::from_slice(&raw.body).expect("a JSON body")
}

#[test]
fn errors_and_html_pages_answer_without_touching_state() {
    let sb = start_with(Options {
        error_rate: 1.0,
        ..Options::default()
    });
    let before = sb.sandbox.customer_count();
    let reply = exchange(&sb, "POST", "/customer/create", &create_body(1));
    assert_eq!((reply.status, reply.end), (503, End::Complete));
    assert_eq!(
        json_of(&reply),
        json!({"success": false, "message": "Service Unavailable", "code": 503})
    );
    assert_eq!(sb.sandbox.customer_count(), before);

    let sb = start_with(Options {
        html_rate: 1.0,
        ..Options::default()
    });
    let reply = exchange(&sb, "POST", "/customer/create", &create_body(1));
    assert_eq!((reply.status, reply.end), (502, End::Complete));
    assert_eq!(reply.header("content-type"), Some("text/html"));
    assert!(String::from_utf8_lossy(&reply.body).contains("<center>nginx</center>"));
    assert_eq!(sb.sandbox.customer_count(), before);
    let stats = sb.sandbox.stats();
    assert_eq!((stats.requests, stats.html, stats.normal), (1, 1, 0));
}

#[test]
fn scripted_faults_come_before_random_ones() {
    let sb = start_with(Options {
        error_rate: 1.0,
        ..Options::default()
    });
    sb.sandbox.push_fault(Fault::Status {
        status: 418,
        retry_after: None,
    });
    assert_eq!(list(&sb).status, 418);
    assert_eq!(list(&sb).status, 503);
    let stats = sb.sandbox.stats();
    assert_eq!(
        (stats.scripted, stats.unavailable, stats.faults()),
        (1, 1, 2)
    );
}

#[test]
fn resets_truncate_the_body_and_half_come_after_the_handler() {
    let sb = start_with(Options {
        reset_rate: 1.0,
        seed: 3,
        ..Options::default()
    });
    let before = sb.sandbox.customer_count();
    for i in 0..12 {
        let reply = exchange(&sb, "POST", "/customer/create", &create_body(i));
        assert_eq!(reply.end, End::Cut, "request {i}");
        let declared: usize = reply.header("content-length").unwrap().parse().unwrap();
        assert!(reply.body.len() < declared, "request {i}");
        assert!(!reply.body.is_empty(), "part of the body arrives");
        assert!(reply.body.starts_with(b"{\"success\":true"));
    }
    let stats = sb.sandbox.stats();
    assert_eq!(stats.resets_before + stats.resets_after, 12);
    assert!(
        stats.resets_before > 0 && stats.resets_after > 0,
        "{stats:?}"
    );
    // Exactly the resets after the handler created a customer.
    assert_eq!(
        sb.sandbox.customer_count(),
        before + stats.resets_after as usize
    );
}

#[test]
fn a_stall_sends_headers_then_nothing_until_released() {
    let sb = start_with(Options {
        stall_rate: 1.0,
        ..Options::default()
    });
    let before = sb.sandbox.customer_count();
    let mut stream = connect(&sb, "POST", "/customer/create", &create_body(1));
    let started = Instant::now();
    let reply = read(&mut stream, Duration::from_millis(300));
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!((reply.status, reply.end), (200, End::Silent));
    assert!(reply.body.is_empty());
    assert_eq!(sb.sandbox.customer_count(), before);
    assert_eq!(sb.sandbox.stats().stalls, 1);
    // Released (as dropping the sandbox does), the connection ends, incomplete.
    sb.sandbox.release_stalls();
    let mut rest = Vec::new();
    stream
        .set_read_timeout(Some(Duration::from_secs(2)))
        .unwrap();
    let end = stream.read_to_end(&mut rest);
    assert!(
        end.as_ref()
            .map_or_else(|e| e.kind() != ErrorKind::WouldBlock, |_| true),
        "{end:?}"
    );
    assert!(!rest.ends_with(b"0\r\n\r\n"), "the body never completes");
}

#[test]
fn the_rate_limit_answers_429_with_retry_after_past_n_per_second() {
    let sb = start_with(Options {
        rate_limit: Some(3),
        ..Options::default()
    });
    let headers = partner(&sb);
    let statuses: Vec<u16> = (0..5)
        .map(|_| call(&sb, "GET", "/customer/list", &headers, None).status)
        .collect();
    assert_eq!(statuses, [200, 200, 200, 429, 429]);
    let reply = list(&sb);
    assert_eq!(reply.status, 429);
    assert_eq!(reply.header("retry-after"), Some("1"));
    assert_eq!(
        json_of(&reply),
        json!({"success": false, "message": "Too Many Requests", "code": 429})
    );
    assert_eq!(sb.sandbox.stats().rate_limited, 3);

    // The window slides: a request is let through once the oldest is a second old.
    let mut window = RateWindow::default();
    let t0 = Instant::now();
    let at = |ms| t0 + Duration::from_millis(ms);
    assert!(window.admit(Some(2), at(0)));
    assert!(window.admit(Some(2), at(500)));
    assert!(!window.admit(Some(2), at(900)));
    assert!(window.admit(Some(2), at(1000)));
    assert!(!window.admit(Some(2), at(1400)));
    assert!(window.admit(Some(2), at(1500)));
    assert!(window.admit(None, at(1500)));
}

#[test]
fn the_same_seed_gives_the_same_faults() {
    let run = |seed: u64| {
        let sb = start_with(Options {
            seed,
            error_rate: 0.2,
            html_rate: 0.1,
            reset_rate: 0.2,
            ..Options::default()
        });
        let outcomes: Vec<(u16, End)> = (0..30)
            .map(|_| {
                let reply = list(&sb);
                (reply.status, reply.end)
            })
            .collect();
        (outcomes, sb.sandbox.stats())
    };
    let (first, stats) = run(7);
    assert_eq!(run(7), (first.clone(), stats));
    assert_ne!(run(8).0, first);
    assert!(stats.unavailable > 0 && stats.html > 0 && stats.normal > 0);
    assert!(stats.resets_before + stats.resets_after > 0, "{stats:?}");
    assert!(first.contains(&(200, End::Cut)));
}

#[test]
fn rates_and_jitter_follow_the_options() {
    let opts = Options {
        seed: 42,
        latency_ms: 100,
        error_rate: 0.1,
        html_rate: 0.05,
        reset_rate: 0.02,
        stall_rate: 0.01,
        ..Options::default()
    };
    let plans = |opts: &Options| {
        let sb = Sandbox::new(opts.clone()).expect("sandbox");
        let delays: Vec<Duration> = (0..10_000).map(|_| sb.plan().delay).collect();
        (delays, sb.stats())
    };
    let (delays, stats) = plans(&opts);
    assert_eq!(plans(&opts), (delays.clone(), stats));
    assert!(delays.iter().all(|d| (75..=125).contains(&d.as_millis())));
    let (min, max) = (delays.iter().min().unwrap(), delays.iter().max().unwrap());
    assert!(
        min.as_millis() < 80 && max.as_millis() >= 120,
        "{min:?} {max:?}"
    );
    let near =
        |count: u64, rate: f64| (count as f64 - 10_000.0 * rate).abs() < 10_000.0 * rate * 0.2;
    assert!(near(stats.unavailable, 0.1), "{stats:?}");
    assert!(near(stats.html, 0.05), "{stats:?}");
    assert!(
        near(stats.resets_before + stats.resets_after, 0.02),
        "{stats:?}"
    );
    assert!(near(stats.stalls, 0.01), "{stats:?}");
    assert_eq!(stats.normal + stats.faults(), 10_000);

    let quiet = Sandbox::new(Options::default()).expect("sandbox");
    let plan = quiet.plan();
    assert!(plan.delay.is_zero() && matches!(plan.action, Action::Pass));
}
