//! The pooled HTTP client: credential headers, timeouts, retries, logging (pagination is in
//! `pages`).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use reqwest::Url;
use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderValue};
use serde_json::Value;

use super::adaptive::{Signal, later};
use super::error::ApiError;
use super::load::Load;
use super::request::{Auth, Body, Request};
use super::retry::{Backoff, Jitter, MAX_RETRY_AFTER, parse_retry_after};
use super::shapes::ShapeLog;
use crate::secret::SecretKind;
use crate::secret::{KnownSecrets, Redactor, Secret};

#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub base_url: String,
    pub timeout: Duration,
    pub retries: u32,
    pub backoff: Backoff,
}

/// Where the HTTP layer's request log goes (`-v`, `-vv`); the entry point installs one, so
/// that this layer imports nothing of the renderer's.
pub trait Log: Send + Sync {
    /// How much to log: 0 nothing, 1 a line a request, 2 headers and bodies too.
    fn level(&self) -> u8;
    /// A line of the log, written when `level` is at most [`Log::level`].
    fn line(&self, level: u8, msg: &str);
}

pub struct Client {
    http: reqwest::Client,
    base: Url,
    config: ClientConfig,
    pub(super) log: Arc<dyn Log>,
    /// Secrets to scrub from anything logged (shared with the renderer, which masks them).
    secrets: KnownSecrets,
    jitter: Mutex<Jitter>,
    load: Mutex<Seen>,
    /// `--shapes`: where the shape of every answer goes.
    shapes: Option<Arc<ShapeLog>>,
}

/// What the server said of its load over this run, for `customers each` to learn from its
/// children.
#[derive(Debug, Default)]
struct Seen {
    requests: u64,
    throttled: u64,
    /// Timeouts, resets and gateway errors.
    lost: u64,
    /// The end of the latest `Retry-After`.
    pause_until: Option<Instant>,
}

/// The API's server closes idle connections after 5 s; reusing one after that fails.
const POOL_IDLE: Duration = Duration::from_secs(4);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How much of a body `-vv` prints.
const LOG_BODY_MAX: usize = 2000;

impl Client {
    pub fn new(
        config: ClientConfig,
        log: Arc<dyn Log>,
        secrets: KnownSecrets,
    ) -> anyhow::Result<Self> {
        let mut base = Url::parse(&config.base_url).map_err(|e| {
            crate::error::usage(format!("invalid base_url `{}`: {e}", config.base_url))
        })?;
        if !matches!(base.scheme(), "http" | "https") {
            return Err(crate::error::usage(format!(
                "invalid base_url `{}`: the scheme must be http or https",
                config.base_url
            )));
        }
        if !base.path().ends_with('/') {
            let path = format!("{}/", base.path());
            base.set_path(&path);
        }
        let mut builder = reqwest::Client::builder();
        if base.scheme() == "http" {
            // Plain HTTP (the sandbox): no request of this client ever needs a certificate,
            // so don't read the system's CA store (some 140 files) at every start.
            builder = builder.tls_certs_only(std::iter::empty());
        }
        let http = builder
            .user_agent(concat!("bp/", env!("CARGO_PKG_VERSION")))
            .timeout(config.timeout)
            .connect_timeout(CONNECT_TIMEOUT.min(config.timeout))
            .pool_idle_timeout(POOL_IDLE)
            // A redirect would carry `apiKey`, `x-bp-token` or a body with a password to
            // wherever it points; the API does not redirect.
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        Ok(Client {
            http,
            base,
            config,
            log,
            secrets,
            jitter: Mutex::new(Jitter::from_time()),
            load: Mutex::new(Seen::default()),
            shapes: None,
        })
    }

    /// Records the shape of every answer from now on (`--shapes`).
    pub fn record_shapes(&mut self, log: Arc<ShapeLog>) {
        self.shapes = Some(log);
    }

    /// Appends the shape line of one answer, if `--shapes` asked for them.
    fn note_shape(&self, method: &str, url: &Url, status: u16, headers: &HeaderMap, body: &[u8]) {
        let Some(log) = &self.shapes else {
            return;
        };
        // Relative to the base URL: its host, and any path of its own, may name a customer.
        let path = url.path().strip_prefix(self.base.path()).unwrap_or("");
        let keys: Vec<String> = url.query_pairs().map(|(k, _)| k.into_owned()).collect();
        let content_type = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok());
        let line = super::shapes::line(
            method,
            path,
            keys.iter().map(String::as_str),
            status,
            content_type,
            body,
        );
        if let Some(err) = log.record(&line) {
            self.log.line(
                0,
                &format!("warning: cannot write to the --shapes file: {err}"),
            );
        }
    }

    fn note_load(&self, signal: Signal) {
        let Ok(mut load) = self.load.lock() else {
            return;
        };
        load.requests += 1;
        match signal {
            Signal::Throttled { retry_after, .. } => {
                load.throttled += 1;
                if let Some(wait) = retry_after {
                    load.pause_until = later(load.pause_until, Instant::now(), wait);
                }
            }
            Signal::Lost => load.lost += 1,
            _ => {}
        }
    }

    /// One line for a parent `customers each`: requests sent, those answered 429 or 503,
    /// those lost (timeouts, resets, gateway errors), and how much of the server's latest `Retry-After` is left.
    pub fn load(&self) -> Load {
        match self.load.lock() {
            Ok(load) => Load {
                requests: load.requests,
                throttled: load.throttled,
                lost: load.lost,
                pause_ms: load.pause_until.map_or(0, |p| {
                    let left = p.saturating_duration_since(Instant::now()).as_millis();
                    u64::try_from(left).unwrap_or(u64::MAX)
                }),
            },
            Err(_) => Load::default(),
        }
    }

    /// Adds a secret learnt at run time (a fetched token) to those scrubbed from logs and
    /// masked in data.
    pub fn add_secret(&self, secret: Secret) {
        self.secrets.add(secret);
    }

    /// What finds every secret known so far, in any spelling.
    pub fn redactor(&self) -> Redactor {
        self.secrets.redactor()
    }

    fn scrub(&self, text: &str) -> String {
        self.secrets.scrub(text)
    }

    /// The URL of a path under the base URL (a leading `/` is optional, as `bp api` takes
    /// it). Refused unless it stays there, same scheme, host, port and base path, whatever
    /// the spelling (`\\host`, ` //host`, `%2e%2e/`): credentials go nowhere else.
    pub fn resolve(&self, path: &str) -> Result<Url, ApiError> {
        let relative = path.strip_prefix('/').unwrap_or(path);
        let url = self.base.join(relative).map_err(|e| ApiError::Invalid {
            path: path.to_string(),
            message: e.to_string(),
        })?;
        let under_base = url.scheme() == self.base.scheme()
            && url.host() == self.base.host()
            && url.port_or_known_default() == self.base.port_or_known_default()
            && url.username().is_empty()
            && url.password().is_none()
            && url.path().starts_with(self.base.path());
        if !under_base {
            return Err(ApiError::OffBase {
                path: crate::leaf::sanitize(path),
                url: crate::leaf::sanitize(url.as_str()),
                base: self.base.to_string(),
            });
        }
        Ok(url)
    }

    fn url(&self, req: &Request) -> Result<Url, ApiError> {
        let mut url = self.resolve(&req.path)?;
        if !req.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&req.query);
        }
        Ok(url)
    }

    /// Sends a request, retrying what is safe to retry, and returns the JSON body. A
    /// customer's token the API refuses is fetched again, once.
    pub async fn send(&self, req: &Request) -> Result<Value, ApiError> {
        let Auth::Customer(customer) = &req.auth else {
            return self.send_with(req, &req.auth).await;
        };
        let token = self.customer_token(customer, false).await?;
        match self
            .send_with(req, &Auth::Key(SecretKind::ApiToken, token))
            .await
        {
            // The documented bad-token answer is a 400 (see `ApiError::is_bad_token`).
            Err(err) if matches!(err, ApiError::Unauthorized { .. }) || err.is_bad_token() => {
                self.log
                    .line(1, "the customer's token was refused: fetching it again");
                let token = self.customer_token(customer, true).await?;
                self.send_with(req, &Auth::Key(SecretKind::ApiToken, token))
                    .await
            }
            other => other,
        }
    }

    /// [`Client::send`] with the credential given.
    pub(super) async fn send_with(&self, req: &Request, auth: &Auth) -> Result<Value, ApiError> {
        match auth {
            Auth::Key(_, s) | Auth::BpToken(s) | Auth::BotToken(s) | Auth::WaKey(s) => {
                // Scrubbed from logs in every spelling, a query string's encoding included.
                self.add_secret(s.clone());
            }
            Auth::Customer(_) | Auth::None => {}
        }
        let mut url = self.url(req)?;
        if let Auth::WaKey(key) = auth {
            url.query_pairs_mut().append_pair("apiKey", key.expose());
        }
        let mut attempt = 0u32;
        loop {
            let ticket = match &req.limiter {
                Some(limiter) => Some(limiter.admit_async().await),
                None => None,
            };
            let result = self.send_once(req, auth, &url).await;
            let signal = signal(&result);
            if let (Some(limiter), Some(ticket)) = (&req.limiter, ticket) {
                limiter.done(ticket, signal, Instant::now());
                if limiter.is_adaptive()
                    && matches!(signal, Signal::Throttled { .. } | Signal::Lost)
                {
                    self.log.line(
                        1,
                        &format!(
                            "the server is busy: {} requests in flight from now on",
                            limiter.window()
                        ),
                    );
                }
            }
            self.note_load(signal);
            let err = match result {
                Ok(v) => return Ok(v),
                Err(e) => e,
            };
            // Not safe to repeat: only a refused connection or a 429 proves it did not run.
            let certainly_not_run = matches!(
                err,
                ApiError::Transport { connect: true, .. } | ApiError::Status { status: 429, .. }
            );
            if !req.idempotent && err.retryable() && !certainly_not_run {
                return Err(ApiError::OutcomeUnknown(err.to_string()));
            }
            if err.retryable()
                && let Some(wait) = err.retry_after()
                && wait > MAX_RETRY_AFTER
            {
                return Err(ApiError::RetryAfterTooLong(wait.as_secs()));
            }
            if !err.retryable() || attempt >= self.config.retries {
                if attempt > 0 && err.retryable() {
                    return Err(with_attempts(err, attempt + 1));
                }
                return Err(err);
            }
            let wait = err.retry_after().unwrap_or_else(|| {
                let unit = self.jitter.lock().map_or(0.5, |mut j| j.next_unit());
                self.config.backoff.delay(attempt, unit)
            });
            self.log.line(
                1,
                &format!(
                    "retrying in {:.1} s ({} of {}): {}",
                    wait.as_secs_f64(),
                    attempt + 1,
                    self.config.retries,
                    self.scrub(&err.to_string())
                ),
            );
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    async fn send_once(&self, req: &Request, auth: &Auth, url: &Url) -> Result<Value, ApiError> {
        let mut headers = HeaderMap::new();
        let secret_value = |s: &str| {
            let mut v = HeaderValue::from_str(s).map_err(|_| ApiError::Invalid {
                path: req.path.clone(),
                message: "the credential contains characters not allowed in an HTTP header".into(),
            })?;
            v.set_sensitive(true);
            Ok::<_, ApiError>(v)
        };
        match auth {
            Auth::Customer(_) => unreachable!("resolved to a token by `send`"),
            Auth::None => {}
            Auth::WaKey(s) => {
                // The older pages send the key as a header, the newest `authType: Key` beside
                // the query parameter: all three, so that either reading of the server holds.
                headers.insert("apikey", secret_value(s.expose())?);
                headers.insert("authtype", HeaderValue::from_static("Key"));
            }
            Auth::Key(_, s) => {
                headers.insert("authtype", HeaderValue::from_static("Key"));
                headers.insert(
                    reqwest::header::AUTHORIZATION,
                    secret_value(&format!("Bearer {}", s.expose()))?,
                );
            }
            Auth::BpToken(s) => {
                headers.insert("x-bp-token", secret_value(s.expose())?);
            }
            Auth::BotToken(s) => {
                headers.insert("x-bot-token", secret_value(s.expose())?);
            }
        }
        for (name, value) in &req.headers {
            let name = reqwest::header::HeaderName::from_bytes(name.as_bytes());
            if let (Ok(name), Ok(mut v)) = (name, HeaderValue::from_str(value)) {
                // A caller's headers may carry credentials too (`bp api -H`).
                v.set_sensitive(true);
                headers.insert(name, v);
            }
        }
        let mut builder = self
            .http
            .request(req.method.clone(), url.clone())
            .headers(headers);
        match &req.body {
            Some(Body::Json(value)) => builder = builder.json(value),
            Some(Body::Serialized(bytes)) => {
                builder = builder
                    .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
                    .body(bytes.clone());
            }
            None => {}
        }
        let request = builder.build().map_err(|e| transport(&e, url))?;
        if self.log.level() >= 2 {
            self.log_request(&request);
        }
        let started = Instant::now();
        let response = self.http.execute(request).await;
        let response = match response {
            Ok(r) => r,
            Err(e) => {
                let err = transport(&e, url);
                self.log.line(
                    1,
                    &format!(
                        "{} {} failed after {} ms: {}",
                        req.method,
                        self.scrub(url.as_str()),
                        started.elapsed().as_millis(),
                        err
                    ),
                );
                return Err(err);
            }
        };
        let status = response.status();
        let resp_headers = response.headers().clone();
        let bytes = read_capped(response, url).await?;
        self.note_shape(
            req.method.as_str(),
            url,
            status.as_u16(),
            &resp_headers,
            &bytes,
        );
        self.log.line(
            1,
            &format!(
                "{} {} -> {} ({} ms)",
                req.method,
                self.scrub(url.as_str()),
                status,
                started.elapsed().as_millis()
            ),
        );
        if self.log.level() >= 2 {
            self.log_response(&resp_headers, &bytes);
        }
        if !req.idempotent
            && status.is_success()
            && serde_json::from_slice::<Value>(&bytes).is_err()
        {
            // It ran: an answer we cannot read must not make anyone send it again.
            return Ok(Value::Null);
        }
        self.interpret(auth, status.as_u16(), &resp_headers, &bytes)
    }

    fn interpret(
        &self,
        auth: &Auth,
        status: u16,
        headers: &HeaderMap,
        bytes: &[u8],
    ) -> Result<Value, ApiError> {
        let retry_after = headers
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| parse_retry_after(v, SystemTime::now()));
        let body: Value = if bytes.iter().all(u8::is_ascii_whitespace) {
            // An empty body: fine for a success whose response is undocumented.
            Value::Null
        } else {
            match serde_json::from_slice(bytes) {
                Ok(v) => v,
                Err(_) if matches!(status, 401 | 403) => Value::Null,
                Err(_) => {
                    let content_type = headers
                        .get(CONTENT_TYPE)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.split(';').next())
                        .unwrap_or("unknown")
                        .to_string();
                    return Err(ApiError::NotJson {
                        status,
                        content_type,
                        snippet: self.scrub(&snippet(bytes)),
                        retry_after,
                    });
                }
            }
        };
        let message = self.scrub(&error_message(&body));
        let effective = match body_failure(&body) {
            Some(code) if (200..300).contains(&status) => code,
            _ => status,
        };
        // The documented bad-token answer is a 400: the credential refused, as a 401 is.
        let bad_token = effective == 400 && message.contains(super::error::BAD_TOKEN_MESSAGE);
        match effective {
            200..=299 => Ok(body),
            _ if bad_token => Err(ApiError::Unauthorized {
                status: effective,
                message,
                credential: auth.credential(),
            }),
            401 | 403 => Err(ApiError::Unauthorized {
                status: effective,
                message,
                credential: auth.credential(),
            }),
            _ => Err(ApiError::Status {
                status: effective,
                message,
                retry_after,
            }),
        }
    }

    fn log_request(&self, request: &reqwest::Request) {
        let mut lines = vec![format!(
            "> {} {}",
            request.method(),
            self.scrub(request.url().as_str())
        )];
        for (name, value) in request.headers() {
            lines.push(format!("> {name}: {}", self.header_for_log(value)));
        }
        if let Some(body) = request.body().and_then(|b| b.as_bytes()) {
            lines.push(format!("> {}", self.body_for_log(body)));
        }
        self.log.line(2, &lines.join("\n"));
    }

    fn log_response(&self, headers: &HeaderMap, bytes: &[u8]) {
        let mut lines: Vec<String> = headers
            .iter()
            .map(|(name, value)| format!("< {name}: {}", self.header_for_log(value)))
            .collect();
        lines.push(format!("< {}", self.body_for_log(bytes)));
        self.log.line(2, &lines.join("\n"));
    }

    fn header_for_log(&self, value: &HeaderValue) -> String {
        let text = String::from_utf8_lossy(value.as_bytes());
        if value.is_sensitive() {
            // Show the scheme word (`Bearer`) but not the credential.
            return match text.split_once(' ') {
                Some((scheme, token)) => format!(
                    "{} {}",
                    crate::leaf::sanitize(scheme),
                    crate::secret::redact(token)
                ),
                None => crate::secret::redact(&text),
            };
        }
        crate::leaf::sanitize(&self.scrub(&text))
    }

    fn body_for_log(&self, bytes: &[u8]) -> String {
        let text = match serde_json::from_slice::<Value>(bytes) {
            Ok(mut v) => {
                mask_secret_fields(&mut v);
                v.to_string()
            }
            Err(_) => String::from_utf8_lossy(bytes).into_owned(),
        };
        // A hostile body must not drive the terminal (`ESC]0;…BEL` sets its title).
        let text = crate::leaf::sanitize(&self.scrub(&text));
        if text.chars().count() > LOG_BODY_MAX {
            let cut: String = text.chars().take(LOG_BODY_MAX).collect();
            format!("{cut}… ({} bytes in all)", bytes.len())
        } else {
            text
        }
    }
}

/// The status a 2xx answer's body says it failed with, if it does: `success` false (a
/// boolean, or the string "false"), or a `code` of 400 or more (a number or a string); the
/// body's `code` when it is one of those, else 400.
fn body_failure(body: &Value) -> Option<u16> {
    let code = match body.get("code") {
        Some(Value::Number(n)) => n.as_u64(),
        Some(Value::String(s)) => s.trim().parse::<u64>().ok(),
        _ => None,
    }
    .and_then(|c| u16::try_from(c).ok())
    .filter(|c| (400..600).contains(c));
    let refused = match body.get("success") {
        Some(Value::Bool(b)) => !b,
        Some(Value::String(s)) => s.trim().eq_ignore_ascii_case("false"),
        _ => false,
    };
    match (refused, code) {
        (_, Some(code)) => Some(code),
        (true, None) => Some(400),
        (false, None) => None,
    }
}

/// No answer of this API comes near this size; a body past it is a broken or hostile server,
/// not data to hold in memory.
const MAX_BODY: usize = 32 * 1024 * 1024;

/// Reads a body chunk by chunk, giving up past [`MAX_BODY`].
async fn read_capped(mut response: reqwest::Response, url: &Url) -> Result<Vec<u8>, ApiError> {
    if response
        .content_length()
        .is_some_and(|n| n > MAX_BODY as u64)
    {
        return Err(ApiError::Invalid {
            path: url.path().to_string(),
            message: format!("the answer is larger than {} MB", MAX_BODY >> 20),
        });
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| transport(&e, url))? {
        if bytes.len() + chunk.len() > MAX_BODY {
            return Err(ApiError::Invalid {
                path: url.path().to_string(),
                message: format!("the answer is larger than {} MB", MAX_BODY >> 20),
            });
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

/// What an attempt's outcome says of the server's load.
fn signal(result: &Result<Value, ApiError>) -> Signal {
    let Err(err) = result else {
        return Signal::Answered;
    };
    match err {
        ApiError::Status { status, .. } | ApiError::NotJson { status, .. } => match status {
            429 | 503 => Signal::Throttled {
                rate_limited: *status == 429,
                // Longer waits stop the command (`RetryAfterTooLong`): no pause for those.
                retry_after: err.retry_after().filter(|w| *w <= MAX_RETRY_AFTER),
            },
            502 | 504 => Signal::Lost,
            _ => Signal::Refused,
        },
        ApiError::Transport { connect: true, .. } => Signal::Neutral,
        ApiError::Transport { .. } => Signal::Lost,
        _ => Signal::Refused,
    }
}

fn with_attempts(err: ApiError, attempts: u32) -> ApiError {
    match err {
        ApiError::Transport { message, connect } => ApiError::Transport {
            message: format!("{message} (after {attempts} attempts)"),
            connect,
        },
        ApiError::Status {
            status,
            message,
            retry_after,
        } => ApiError::Status {
            status,
            message: if message.is_empty() {
                format!("after {attempts} attempts")
            } else {
                format!("{message} (after {attempts} attempts)")
            },
            retry_after,
        },
        other => other,
    }
}

/// A transport error without its URL's query (reqwest prints the whole URL), with the
/// underlying cause, which reqwest's own message leaves out.
fn transport(err: &reqwest::Error, url: &Url) -> ApiError {
    let what = if err.is_timeout() {
        "timed out".to_string()
    } else if err.is_connect() {
        "could not connect".to_string()
    } else if err.is_body() || err.is_decode() {
        "the response broke off".to_string()
    } else {
        "failed".to_string()
    };
    let mut causes = Vec::new();
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        let text = s.to_string();
        if !causes.contains(&text) {
            causes.push(text);
        }
        source = s.source();
    }
    let host = url.host_str().unwrap_or("");
    let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
    let cause = causes.last().map(|c| format!(": {c}")).unwrap_or_default();
    ApiError::Transport {
        message: format!(
            "request to {}://{host}{port}{} {what}{cause}",
            url.scheme(),
            url.path()
        ),
        connect: err.is_connect(),
    }
}

/// The server's message: `message`, then `data` when it is a list of strings.
fn error_message(body: &Value) -> String {
    let mut parts = Vec::new();
    if let Some(m) = body.get("message").and_then(Value::as_str)
        && !m.is_empty()
    {
        parts.push(m.to_string());
    }
    if let Some(Value::Array(items)) = body.get("data") {
        let strings: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
        if !strings.is_empty() && strings.len() == items.len() {
            parts.push(strings.join("; "));
        }
    }
    crate::leaf::sanitize(&parts.join(": "))
}

fn snippet(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut: String = flat.chars().take(120).collect();
    let cut = crate::leaf::sanitize(&cut);
    if flat.chars().count() > 120 {
        format!("{cut}…")
    } else {
        cut
    }
}

/// Masks the tokens an answer hands out: the `key` of every `permanentToken` (what
/// `/ext/get-user-token` answers). Nothing else is masked for its name (a contact attribute
/// `{"key": "plan", "value": "gold"}` is data): credentials bp knows are scrubbed by value
/// wherever they appear (`Redactor`).
pub fn mask_secret_fields(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                if k == "permanentToken"
                    && let Some(Value::String(key)) = child.get_mut("key")
                {
                    *key = crate::secret::redact(key);
                }
                mask_secret_fields(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(mask_secret_fields),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn error_message_joins_data_strings() {
        let body = json!({"success": false, "message": "invalid", "data": ["a is required", "b"]});
        assert_eq!(error_message(&body), "invalid: a is required; b");
        assert_eq!(error_message(&json!({"message": ""})), "");
    }

    #[test]
    fn issued_tokens_are_masked_and_data_named_like_a_secret_is_not() {
        let mut v = json!({"data": {"permanentToken": {"key": "abcdefghijklmnop", "active": true}},
            "attributes": [{"key": "plan", "value": "gold"}], "token": "not-a-credential"});
        mask_secret_fields(&mut v);
        assert_eq!(v["data"]["permanentToken"]["key"], "abcd…");
        assert_eq!(v["data"]["permanentToken"]["active"], true);
        // Issue 14: field names are not a reason.
        assert_eq!(v["attributes"][0], json!({"key": "plan", "value": "gold"}));
        assert_eq!(v["token"], "not-a-credential");
    }
}
