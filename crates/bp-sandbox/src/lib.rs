//! A faithful, stateful emulator of the BotPenguin API.
//!
//! The real API cannot be reached from development or CI machines, so everything `bp` does is
//! built and tested against this sandbox. It follows the documented API exactly: the
//! same paths, the same three credential styles, the same envelopes and validation errors, and
//! state that changes when the API says it does (an import shows up in the next search, a lead
//! upsert in the next chat listing). It also serves `bp sandbox serve` and `bp --sandbox`, so a
//! user can try every command without an account.
//!
//! Layout, each module using only those before it:
//! - leaves: `doc` (a record as the API shows it), `rng`, `words`, `faults` (`--seed`,
//!   `--error-rate` and the like); `model` (the state and the validated inputs), `envelope`
//!   (the API's answers, the id and page checks);
//! - `query` (the contact filters) and `fields` (validating bodies); `shapes` (the records
//!   created at run time), `templates` and `seed` (the deterministic data a fresh sandbox
//!   starts with); `store` (state and persistence);
//! - `http`: what a handler reads of a request, and the credential styles;
//! - the handlers, by endpoint group: `partner`, `customers`, `members`, `inbox`, `direct`,
//!   `integrations`, `whatsapp`;
//! - `router`: each route to its handler, and recording and scripted faults before them.

mod customers;
mod direct;
mod doc;
mod envelope;
mod faults;
mod fields;
mod http;
mod inbox;
mod integrations;
mod members;
mod model;
mod partner;
mod query;
mod rng;
mod router;
mod seed;
mod shapes;
mod store;
mod templates;
#[cfg(test)]
mod tests;
mod whatsapp;
mod words;

use std::collections::VecDeque;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use anyhow::Context as _;

use self::store::Store;

pub use self::faults::FaultStats;

/// The credentials of the seeded sandbox, the same on every machine and every run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credentials {
    /// The agency's partner key (`authtype: Key` + `Authorization: Bearer`).
    pub partner_key: String,
    /// The API token of `customer_id` (the same style of auth, for `/inbox/*`).
    pub api_token: String,
    /// The auth token of `bot_id` (`x-bp-token` / `x-bot-token`).
    pub bot_token: String,
    /// The first website bot of `customer_id`.
    pub bot_id: String,
    /// The first seeded customer, who owns most of the seed data.
    pub customer_id: String,
    /// The WhatsApp API key of `customer_id`'s first WhatsApp bot (`apiKey`, for
    /// `/whatsapp-automation/wa/*`).
    pub wa_api_key: String,
}

/// A bot of the sandbox, as [`Sandbox::bots`] lists it.
#[derive(Clone, Debug)]
pub struct SandboxBot {
    pub id: String,
    pub customer_id: String,
    /// `website`, `whatsapp`, …
    pub platform: String,
    pub name: String,
    /// The token for `/inbox/direct/*` (`x-bp-token`, `x-bot-token`).
    pub token: String,
    /// A WhatsApp bot's API key (`/whatsapp-automation/wa/*`).
    pub wa_api_key: Option<String>,
}

/// How a [`Sandbox`] behaves.
#[derive(Clone, Debug)]
pub struct Options {
    /// Where state is loaded from and saved to; `None` keeps it in memory only, never written.
    pub state_path: Option<PathBuf>,
    /// Customers per page of `GET /customer/list`.
    pub customers_page_size: usize,
    /// Contacts per page of `POST /inbox/users` and chats per page of `GET /inbox/direct/chats`.
    pub contacts_page_size: usize,
    /// Keep a log of received requests, for tests that assert on what the client sent.
    pub record: bool,
    /// Added before every answer, ± up to 25% (drawn from `seed`): a realistic network.
    pub latency_ms: u64,
    /// Seeds every random decision below (and the jitter), so that the same seed gives the
    /// same faults for the same sequence of requests.
    pub seed: u64,
    /// The fraction (0..1) of requests answered 503 with the JSON error envelope.
    pub error_rate: f64,
    /// Requests per second, over a sliding one-second window, across all clients; past it,
    /// 429 with `Retry-After: 1` and the JSON error envelope. `None` has no limit.
    pub rate_limit: Option<u32>,
    /// The fraction of requests whose connection breaks mid-response: the head with a
    /// `Content-Length`, half the body, then the connection dropped. Half of them (by the
    /// seed) happen after the handler ran and changed state, as real ones can.
    pub reset_rate: f64,
    /// The fraction of requests that never finish: the head, then silence, for clients'
    /// timeout path (until [`Sandbox::release_stalls`]).
    pub stall_rate: f64,
    /// The fraction of requests answered by a reverse proxy's HTML 502 page.
    pub html_rate: f64,
    /// `POST /inbox/users/import` answers 413 to a larger array (the real limit is unknown).
    pub import_max_batch: Option<usize>,
    /// `POST /inbox/users/import` answers 400 to a batch with a row whose name or email
    /// contains this text, so that clients' isolation of refused rows can be tested.
    pub refuse_marker: Option<String>,
    /// Play a server that predates `POST /customer/create`: that path answers 404 and only
    /// the older `POST /customer` creates customers, so clients' fallback can be tested.
    pub legacy_customer_create: bool,
    /// Play a looser server (`bp sandbox serve --lenient`): every auth variant some page
    /// shows is taken, and the checks no document states are dropped (the README's "What the
    /// sandbox assumes" lists them). Wrong credentials and missing documented fields are
    /// still refused, with the documented answers.
    pub lenient: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            state_path: None,
            customers_page_size: 10,
            contacts_page_size: 20,
            record: false,
            latency_ms: 0,
            seed: 1,
            error_rate: 0.0,
            rate_limit: None,
            reset_rate: 0.0,
            stall_rate: 0.0,
            html_rate: 0.0,
            import_max_batch: None,
            refuse_marker: None,
            legacy_customer_create: false,
            lenient: false,
        }
    }
}

/// One request as the sandbox received it (only kept when [`Options::record`] is set).
#[derive(Clone, Debug)]
pub struct RecordedRequest {
    pub method: String,
    pub path: String,
    /// The raw query string, `""` if there is none.
    pub query: String,
    /// Lower-case names, in the order received.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// When it arrived (before the latency and any fault).
    pub at: std::time::Instant,
}

impl RecordedRequest {
    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The query string as percent-decoded pairs, in order.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        parse_query(&self.query)
    }

    /// The body parsed as JSON, if it is JSON.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// A scripted failure. Faults are consumed one per request, in FIFO order, before auth, so a
/// test can make exactly the Nth request fail and watch the client retry or give up. They
/// take priority over the random faults of [`Options`].
#[derive(Clone, Debug)]
pub enum Fault {
    /// The JSON error envelope with this status, and a `Retry-After` header if given.
    Status {
        status: u16,
        retry_after: Option<String>,
    },
    /// A reverse proxy's HTML "502 Bad Gateway" page, which clients must survive.
    Html502,
    /// Any raw response.
    Body {
        status: u16,
        content_type: String,
        body: String,
    },
    /// The normal answer, after a wait: a slow or stalled server, for the timeout path.
    Delay { millis: u64 },
}

/// The emulator: shared state behind an `Arc`, cheap to clone into handlers and tests.
#[derive(Clone)]
pub struct Sandbox {
    inner: Arc<Inner>,
}

struct Inner {
    opts: Options,
    store: Mutex<Store>,
    log: Mutex<Vec<RecordedRequest>>,
    faults: Mutex<VecDeque<Fault>>,
    chaos: faults::Chaos,
}

/// Locks a mutex even if a thread panicked while holding it: the data is plain state that
/// stays consistent between statements, and a sandbox that stops answering helps nobody.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Sandbox {
    /// Loads the state at `opts.state_path` if that file exists, else starts from the seed data.
    pub fn new(opts: Options) -> anyhow::Result<Sandbox> {
        let store = Store::open(opts.state_path.as_deref())?;
        Ok(Sandbox {
            inner: Arc::new(Inner {
                opts,
                store: Mutex::new(store),
                log: Mutex::new(Vec::new()),
                faults: Mutex::new(VecDeque::new()),
                chaos: faults::Chaos::new(),
            }),
        })
    }

    /// The seeded credentials; deterministic, the same every time.
    pub fn credentials(&self) -> Credentials {
        seed::credentials()
    }

    /// The axum router serving the whole API.
    pub fn router(&self) -> axum::Router {
        router::build(self.clone())
    }

    /// Binds a listener (port 0 picks a free port) and returns its real address and the
    /// future that serves the API on it until it fails.
    pub async fn bind(
        &self,
        addr: SocketAddr,
    ) -> anyhow::Result<(
        SocketAddr,
        impl Future<Output = std::io::Result<()>> + Send + 'static,
    )> {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("could not listen on `{addr}`"))?;
        let local = listener
            .local_addr()
            .context("could not read the sandbox's listening address")?;
        let router = self.router();
        Ok((local, async move { axum::serve(listener, router).await }))
    }

    /// The requests received so far; empty unless [`Options::record`] is set.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.inner.log).clone()
    }

    /// Queues a fault for a coming request.
    pub fn push_fault(&self, fault: Fault) {
        lock(&self.inner.faults).push_back(fault);
    }

    /// How many requests were answered normally and how many got each kind of fault.
    pub fn stats(&self) -> FaultStats {
        self.inner.chaos.stats()
    }

    /// Ends every stalled response (dropping its connection), now and for later stalls; done
    /// when a [`RunningSandbox`] is dropped, so its shutdown does not wait on them.
    pub fn release_stalls(&self) {
        self.inner.chaos.release_stalls();
    }

    /// Goes back to the seed data, whenever `bp sandbox reset` asks (every 0.1 s it looks
    /// for the request beside the state file); never ends. Nothing to do without a file.
    pub async fn watch_resets(self) {
        let Some(marker) = self.options().state_path.as_deref().and_then(store::marker) else {
            return std::future::pending().await;
        };
        loop {
            tokio::time::sleep(store::WATCH_EVERY).await;
            if marker.exists() {
                match self.store().reset_if_asked() {
                    Ok(true) => self.say("reset to the seed data, as `bp sandbox reset` asked"),
                    Ok(false) => {}
                    Err(err) => self.say(&format!("warning: {err:#}")),
                }
            }
        }
    }

    /// A line on stderr: the emulator has no printer of its own.
    fn say(&self, line: &str) {
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), "sandbox: {line}");
    }

    /// Writes the state if it has a path and changed since it was loaded or last saved.
    pub fn save(&self) -> anyhow::Result<()> {
        lock(&self.inner.store).save()
    }

    /// How many customers the partner account has.
    pub fn customer_count(&self) -> usize {
        lock(&self.inner.store).state.customers.len()
    }

    /// How many contacts (inbox users) customer `customer_id` has; 0 if the state file's
    /// contacts cannot be read (the requests that need them fail and say why).
    pub fn contact_count(&self, customer_id: &str) -> usize {
        lock(&self.inner.store)
            .contact_count(customer_id)
            .unwrap_or(0)
    }

    /// Every contact of customer `customer_id`, as the API shows them, oldest first; none if
    /// the state file's contacts cannot be read (the requests that need them fail and say why).
    pub fn contacts(&self, customer_id: &str) -> Vec<serde_json::Value> {
        lock(&self.inner.store)
            .contacts_of(customer_id)
            .unwrap_or_default()
    }

    /// Customer `customer_id` as the API shows it, or `None` if there is none.
    pub fn customer(&self, customer_id: &str) -> Option<serde_json::Value> {
        let store = lock(&self.inner.store);
        let customer = store.customer_by_id(customer_id)?;
        Some(serde_json::Value::Object(customer.doc.clone()))
    }

    /// The current API token of customer `customer_id` (what `GET /ext/get-user-token`
    /// hands out); it differs from the seeded one after [`Sandbox::revoke_customer_token`].
    pub fn customer_token(&self, customer_id: &str) -> Option<String> {
        lock(&self.inner.store)
            .customer_token(customer_id)
            .map(str::to_owned)
    }

    /// Revokes customer `customer_id`'s API token, as the customer's "Revoke API Token"
    /// button does: the old token gets 401 from now on; returns the new one.
    pub fn revoke_customer_token(&self, customer_id: &str) -> Option<String> {
        let token = lock(&self.inner.store).revoke_customer_token(customer_id)?;
        self.persist();
        Some(token)
    }

    /// Every WhatsApp message sent through `/whatsapp-automation/wa/send-template` and
    /// `send-message`, oldest first: `kind` (`template` or `message`), `_user`, `_bot`,
    /// `wa_id`, `userName`, the fields of its kind, `messageId` and `createdAt`.
    pub fn sent_messages(&self) -> Vec<serde_json::Value> {
        lock(&self.inner.store)
            .state
            .sent_messages
            .iter()
            .map(|m| serde_json::Value::Object(m.clone()))
            .collect()
    }

    /// The WhatsApp templates of the bot whose API key is `wa_api_key`, as
    /// `GET /whatsapp-automation/wa/templates` lists them.
    pub fn templates(&self, wa_api_key: &str) -> Vec<serde_json::Value> {
        let store = lock(&self.inner.store);
        match store.bot_by_wa_key(wa_api_key) {
            Some(bot) => store.templates(&bot.id),
            None => Vec::new(),
        }
    }

    fn options(&self) -> &Options {
        &self.inner.opts
    }

    fn store(&self) -> MutexGuard<'_, Store> {
        lock(&self.inner.store)
    }

    fn record(&self, request: RecordedRequest) {
        lock(&self.inner.log).push(request);
    }

    /// Decides the next request's fate: a queued fault first, else the random ones.
    fn plan(&self) -> faults::Plan {
        let scripted = lock(&self.inner.faults).pop_front();
        self.inner.chaos.plan(&self.inner.opts, scripted)
    }

    fn chaos(&self) -> &faults::Chaos {
        &self.inner.chaos
    }

    /// Saves after a successful mutation, so `bp sandbox serve` survives a restart. A failed
    /// write must not turn an applied change into an error response (the client would retry
    /// a change that already happened), so it is reported on stderr instead.
    fn persist(&self) {
        if let Err(err) = self.save() {
            // Not bp's printer: the emulator stands apart from the client. Never a panic.
            use std::io::Write as _;
            let _ = writeln!(std::io::stderr().lock(), "warning: sandbox: {err:#}");
        }
    }
}

/// The seeded credentials, as [`Sandbox::credentials`] gives them: for a client of a
/// sandbox that another process runs.
pub fn credentials() -> Credentials {
    seed::credentials()
}

/// The seeded bots (deterministic, as the credentials are): for `bp --sandbox`'s bot
/// registry, and for tests.
pub fn seeded_bots() -> Vec<SandboxBot> {
    seed::bots()
        .into_iter()
        .map(|b| SandboxBot {
            id: b.id,
            customer_id: b.customer_id,
            platform: b.platform,
            name: b.name,
            token: b.token,
            wa_api_key: b.wa_api_key,
        })
        .collect()
}

/// Back to the seed data: the state file deleted, or, while a bp holds it (`bp sandbox
/// serve`), that bp asked to reset itself (see [`Reset`]).
pub use self::store::{Reset, reset};

/// A sandbox served on `127.0.0.1` from a thread with its own tokio runtime, for tests and
/// benchmarks that must not depend on the caller's runtime (or lack of one).
pub struct RunningSandbox {
    pub sandbox: Sandbox,
    pub addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    finished: std::sync::mpsc::Receiver<()>,
}

impl RunningSandbox {
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for RunningSandbox {
    fn drop(&mut self) {
        self.sandbox.release_stalls();
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        // Graceful shutdown waits for in-flight requests; a client stuck mid-request must not
        // hang the test that drops us, so give up waiting after a moment and detach.
        let done = match self.finished.recv_timeout(Duration::from_secs(2)) {
            Ok(()) | Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => true,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => false,
        };
        if let (true, Some(thread)) = (done, self.thread.take()) {
            let _ = thread.join();
        }
    }
}

/// Starts a sandbox on `127.0.0.1:0`; returns once the listener is bound.
pub fn spawn_background(opts: Options) -> anyhow::Result<RunningSandbox> {
    let sandbox = Sandbox::new(opts)?;
    let (bound_tx, bound_rx) = std::sync::mpsc::sync_channel::<anyhow::Result<SocketAddr>>(1);
    let (finished_tx, finished) = std::sync::mpsc::channel::<()>();
    let (shutdown, shutdown_rx) = tokio::sync::oneshot::channel::<()>();
    let router = sandbox.router();
    let watched = sandbox.clone();
    let thread =
        std::thread::Builder::new()
            .name("bp-sandbox".to_owned())
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    Ok(runtime) => runtime,
                    Err(err) => {
                        let _ = bound_tx.send(Err(anyhow::Error::new(err)
                            .context("could not start the sandbox's runtime")));
                        return;
                    }
                };
                runtime.block_on(async move {
                    let bound = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await;
                    let listener = match bound.and_then(|l| l.local_addr().map(|a| (l, a))) {
                        Ok((listener, addr)) => {
                            let _ = bound_tx.send(Ok(addr));
                            listener
                        }
                        Err(err) => {
                            let _ = bound_tx
                                .send(Err(anyhow::Error::new(err)
                                    .context("could not listen on 127.0.0.1")));
                            return;
                        }
                    };
                    tokio::spawn(watched.watch_resets());
                    let _ = axum::serve(listener, router)
                        .with_graceful_shutdown(async move {
                            let _ = shutdown_rx.await;
                        })
                        .await;
                });
                let _ = finished_tx.send(());
            })
            .context("could not start the sandbox thread")?;
    let addr = bound_rx
        .recv()
        .context("the sandbox thread ended before it was listening")??;
    Ok(RunningSandbox {
        sandbox,
        addr,
        shutdown: Some(shutdown),
        thread: Some(thread),
        finished,
    })
}

/// Splits a raw query string into percent-decoded pairs (`+` is a space, as in forms).
fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    fn hex(byte: u8) -> Option<u8> {
        (byte as char)
            .to_digit(16)
            .and_then(|d| u8::try_from(d).ok())
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (
                bytes.get(i + 1).copied().and_then(hex),
                bytes.get(i + 2).copied().and_then(hex),
            ) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
