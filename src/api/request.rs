//! What a request is, before the client sends it: its method, path, query, body and how it
//! proves who it is ([`Auth`]), whether it may be repeated, and the bulk sender's limiter it
//! keeps to. The endpoints make them (`super::endpoints`).

use std::sync::Arc;

use reqwest::Method;
use serde_json::Value;

use super::adaptive::Limiter;
use super::customer::CustomerAuth;
use crate::secret::{Secret, SecretKind};

/// How a request proves who it is, in the styles the API documents.
#[derive(Debug, Clone)]
pub enum Auth {
    /// `authtype: Key` and `Authorization: Bearer …` (partner key or API token).
    Key(SecretKind, Secret),
    /// `x-bp-token: …` (bot token, lead upsert).
    BpToken(Secret),
    /// `x-bot-token: …` (bot token, chat list).
    BotToken(Secret),
    /// A customer's API token fetched with the partner key, sent like [`Auth::Key`].
    Customer(Arc<CustomerAuth>),
    /// No credential (`bp api --auth none`).
    None,
    /// A WhatsApp bot's API key: the `apiKey` query parameter and header, and `authType: Key`,
    /// as the pages document them, older and newest.
    WaKey(Secret),
}

impl Auth {
    /// Which configured credential this is, for a hint when the API refuses it.
    pub fn credential(&self) -> Option<SecretKind> {
        match self {
            Auth::Key(kind, _) => Some(*kind),
            Auth::BpToken(_) | Auth::BotToken(_) => Some(SecretKind::BotToken),
            Auth::Customer(_) => Some(SecretKind::ApiToken),
            Auth::WaKey(_) | Auth::None => None,
        }
    }

    /// The credential's header as a `--dry-run` shows it: redacted, or said in words when
    /// it is fetched only as the request goes.
    pub fn shown(&self) -> Option<(&'static str, String)> {
        match self {
            Auth::Key(_, s) => Some(("authorization", format!("Bearer {}", s.redacted()))),
            Auth::BpToken(s) => Some(("x-bp-token", s.redacted())),
            Auth::BotToken(s) => Some(("x-bot-token", s.redacted())),
            Auth::Customer(c) => Some((
                "authorization",
                format!("Bearer <the API token of customer {}>", c.customer_id),
            )),
            Auth::WaKey(s) => Some(("apikey", s.redacted())),
            Auth::None => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Option<Body>,
    pub auth: Auth,
    /// Extra headers (beyond the credential's).
    pub headers: Vec<(String, String)>,
    /// Safe to send twice. Creating a customer or sending a WhatsApp message is not: such a
    /// request is retried only when it certainly did not run.
    pub idempotent: bool,
    /// The bulk sender's window and pace this request (and each of its retries) waits for,
    /// and reports to.
    pub limiter: Option<Arc<Limiter>>,
}

/// What a request sends: a JSON value, or JSON already serialized (a bulk command's batch,
/// written straight from its rows instead of built as a value first).
#[derive(Debug, Clone)]
pub enum Body {
    Json(Value),
    Serialized(Vec<u8>),
}

impl From<Value> for Body {
    fn from(value: Value) -> Self {
        Body::Json(value)
    }
}

impl Request {
    pub fn get(path: impl Into<String>, auth: Auth) -> Self {
        Request {
            method: Method::GET,
            path: path.into(),
            query: Vec::new(),
            body: None,
            auth,
            headers: Vec::new(),
            idempotent: true,
            limiter: None,
        }
    }

    pub fn post(path: impl Into<String>, auth: Auth, body: impl Into<Body>) -> Self {
        Request {
            method: Method::POST,
            body: Some(body.into()),
            ..Request::get(path, auth)
        }
    }

    pub fn put(path: impl Into<String>, auth: Auth, body: impl Into<Body>) -> Self {
        Request {
            method: Method::PUT,
            ..Request::post(path, auth, body)
        }
    }

    pub fn delete(path: impl Into<String>, auth: Auth) -> Self {
        Request {
            method: Method::DELETE,
            ..Request::get(path, auth)
        }
    }

    /// Marks the request as not safe to repeat.
    pub fn once(mut self) -> Self {
        self.idempotent = false;
        self
    }

    /// Sends under a bulk sender's [`Limiter`].
    pub fn limited(mut self, limiter: &Arc<Limiter>) -> Self {
        self.limiter = Some(limiter.clone());
        self
    }

    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn query(mut self, key: &str, value: impl ToString) -> Self {
        self.query.push((key.to_string(), value.to_string()));
        self
    }
}
