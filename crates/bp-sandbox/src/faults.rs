//! Random faults (`bp sandbox serve --seed --error-rate --rate-limit --reset-rate --stall-rate
//! --html-rate`, and `--latency`'s jitter), deterministic for a seed.
//!
//! Requests are numbered in arrival order and every random decision about request `n` comes
//! from stream `n` of the seed ([`Rng::seeded`]), drawn in a fixed order whatever is enabled:
//! the same seed gives the same faults for the same sequence of requests. Only the rate limit
//! is not random: like a real one it depends on the clock.
//!
//! A request's fate is decided in `router::intake` before the handler runs, and a faulted
//! request never reaches the handler, so it changes nothing — with one deliberate exception:
//! half of the resets (chosen by the seed) break the connection *after* the handler ran and
//! committed its change. A real connection can break after the server did the work, and the
//! client cannot tell which case it is in; a client that retries must survive redoing work
//! that was in fact done. That is what makes "nothing twice beyond retried batches" a
//! meaningful test: anything duplicated must trace back to a reset after the handler.
//!
//! Queued [`Fault`]s (`Sandbox::push_fault`) keep priority: a request that takes one gets no
//! random fault and does not count against the rate limit.

use std::collections::VecDeque;
use std::io;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, StatusCode, header, response::Parts};
use axum::response::Response;
use futures_util::StreamExt as _;
use futures_util::stream;
use tokio::sync::watch;

use super::rng::Rng;
use super::{Fault, Options, lock};

/// How many requests the sandbox answered normally and how many got each fault, for tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FaultStats {
    /// Every request received.
    pub requests: u64,
    /// Passed to the handler with no fault (whatever it then answered, 4xx included).
    pub normal: u64,
    /// Answered by a fault queued with `Sandbox::push_fault`.
    pub scripted: u64,
    /// `--error-rate`: 503 with the JSON error envelope.
    pub unavailable: u64,
    /// `--rate-limit`: 429 with `Retry-After: 1` and the JSON error envelope.
    pub rate_limited: u64,
    /// `--html-rate`: a proxy's HTML 502 page.
    pub html: u64,
    /// `--reset-rate`, cut before the handler ran: nothing changed.
    pub resets_before: u64,
    /// `--reset-rate`, cut after the handler ran: its change was made.
    pub resets_after: u64,
    /// `--stall-rate`: headers sent, then nothing until the sandbox stops.
    pub stalls: u64,
}

impl FaultStats {
    /// Every injected fault, scripted ones included.
    pub fn faults(&self) -> u64 {
        self.scripted
            + self.unavailable
            + self.rate_limited
            + self.html
            + self.resets_before
            + self.resets_after
            + self.stalls
    }
}

/// What `intake` does with one request.
pub(super) enum Action {
    /// The handler answers.
    Pass,
    /// A fault queued with `Sandbox::push_fault`.
    Scripted(Fault),
    RateLimited,
    Unavailable,
    Html,
    /// The connection breaks mid-body; `after_handler` lets the handler run (and change
    /// state) first.
    Reset {
        after_handler: bool,
    },
    Stall,
}

/// The fate of one request.
pub(super) struct Plan {
    /// Wait this long before anything else: `--latency` with its jitter.
    pub delay: Duration,
    pub action: Action,
}

pub(super) struct Chaos {
    state: Mutex<State>,
    /// Set when the sandbox stops, so that stalled responses end and shutdown is not held up.
    stop: watch::Sender<bool>,
}

#[derive(Default)]
struct State {
    stats: FaultStats,
    window: RateWindow,
}

/// `--rate-limit`: when each request it admitted in the last second arrived, oldest first.
#[derive(Default)]
pub(super) struct RateWindow(VecDeque<Instant>);

impl Chaos {
    pub fn new() -> Chaos {
        Chaos {
            state: Mutex::new(State::default()),
            stop: watch::Sender::new(false),
        }
    }

    /// Decides the next request's fate; `scripted` is the queued fault it takes, if any.
    pub fn plan(&self, opts: &Options, scripted: Option<Fault>) -> Plan {
        let mut state = lock(&self.state);
        let mut rng = Rng::seeded(opts.seed, state.stats.requests);
        state.stats.requests += 1;
        // Always the same three draws, so that enabling one kind never shifts another's.
        let jitter = rng.unit();
        let roll = rng.unit();
        let after_handler = rng.unit() < 0.5;
        let delay = jittered(opts.latency_ms, jitter);
        let action = match scripted {
            Some(fault) => Action::Scripted(fault),
            None if !state.window.admit(opts.rate_limit, Instant::now()) => Action::RateLimited,
            None => pick(opts, roll, after_handler),
        };
        let stats = &mut state.stats;
        *match action {
            Action::Pass => &mut stats.normal,
            Action::Scripted(_) => &mut stats.scripted,
            Action::RateLimited => &mut stats.rate_limited,
            Action::Unavailable => &mut stats.unavailable,
            Action::Html => &mut stats.html,
            Action::Reset {
                after_handler: false,
            } => &mut stats.resets_before,
            Action::Reset {
                after_handler: true,
            } => &mut stats.resets_after,
            Action::Stall => &mut stats.stalls,
        } += 1;
        Plan { delay, action }
    }

    pub fn stats(&self) -> FaultStats {
        lock(&self.state).stats
    }

    /// Ends every stalled response (their connections are dropped), now and from now on.
    pub fn release_stalls(&self) {
        self.stop.send_replace(true);
    }

    /// 200 and JSON headers, then a body that never comes: the connection stays open,
    /// silent, until the client gives up or the sandbox stops.
    pub fn stalled(&self) -> Response {
        let mut stop = self.stop.subscribe();
        let body = stream::once(async move {
            let _ = stop.wait_for(|stopped| *stopped).await;
            Err::<Bytes, _>(io::Error::other("sandbox stopped during an injected stall"))
        });
        let (parts, ()) = json_head(StatusCode::OK).into_parts();
        Response::from_parts(parts, Body::from_stream(body))
    }
}

impl RateWindow {
    /// Whether at most `limit` requests a second let one arriving `now` through; it counts
    /// against the limit if so (refused ones don't, or a busy client would never get in).
    pub(super) fn admit(&mut self, limit: Option<u32>, now: Instant) -> bool {
        let Some(limit) = limit else {
            return true;
        };
        while let Some(&first) = self.0.front() {
            if now.saturating_duration_since(first) < Duration::from_secs(1) {
                break;
            }
            self.0.pop_front();
        }
        if self.0.len() >= limit as usize {
            return false;
        }
        self.0.push_back(now);
        true
    }
}

/// One roll against the cumulative rates, so each kind gets exactly its fraction (while they
/// sum to at most 1; past that, the later kinds get what is left).
fn pick(opts: &Options, roll: f64, after_handler: bool) -> Action {
    let mut bound = 0.0;
    let mut hit = |rate: f64| {
        bound += rate.clamp(0.0, 1.0);
        roll < bound
    };
    if hit(opts.error_rate) {
        Action::Unavailable
    } else if hit(opts.html_rate) {
        Action::Html
    } else if hit(opts.reset_rate) {
        Action::Reset { after_handler }
    } else if hit(opts.stall_rate) {
        Action::Stall
    } else {
        Action::Pass
    }
}

/// `latency_ms` ± up to 25%, by `unit` (a fraction in `0..1`).
fn jittered(latency_ms: u64, unit: f64) -> Duration {
    if latency_ms == 0 {
        return Duration::ZERO;
    }
    let ms = latency_ms as f64 * (0.75 + 0.5 * unit);
    Duration::from_secs_f64(ms / 1000.0)
}

/// What a reset before the handler sends: the head and first half of a success envelope.
pub(super) fn reset_before() -> Response {
    let (parts, ()) = json_head(StatusCode::OK).into_parts();
    let body = r#"{"success":true,"message":"","data":[],"code":200}"#;
    cut(parts, Bytes::from_static(body.as_bytes()))
}

/// The handler's `response`, cut: its head with its full `Content-Length`, half its body,
/// then the connection dropped.
pub(super) async fn reset_after(response: Response) -> Response {
    let (parts, body) = response.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    cut(parts, body)
}

/// `Content-Length` promises all of `body`; half of it is written, then the body stream fails,
/// which makes hyper abort the connection. The pause between the two lets hyper flush the
/// half first, so the client sees a truncated body rather than nothing.
fn cut(mut parts: Parts, body: Bytes) -> Response {
    let declared = body.len().max(1);
    let sent = body.slice(..body.len() / 2);
    parts.headers.remove(header::TRANSFER_ENCODING);
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(declared));
    let first = stream::once(async move { Ok::<Bytes, io::Error>(sent) });
    let then_fail = stream::once(async {
        tokio::time::sleep(Duration::from_millis(10)).await;
        Err(io::Error::new(
            io::ErrorKind::ConnectionReset,
            "injected connection reset",
        ))
    });
    Response::from_parts(parts, Body::from_stream(first.chain(then_fail)))
}

/// The head of a JSON answer from the real server.
pub(super) fn json_head(status: StatusCode) -> Response<()> {
    let mut response = Response::new(());
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    headers.insert("x-powered-by", HeaderValue::from_static("Express"));
    response
}
