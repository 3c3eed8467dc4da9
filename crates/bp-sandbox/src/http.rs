//! What a handler reads of a request: headers, the raw query, the body bytes, and the
//! credential styles (partner key, customer token, bot token, WhatsApp API key) checked
//! against the store.
//!
//! Handlers take an [`Incoming`] rather than typed axum extractors, because axum's own
//! rejections are plain text and the real API answers every problem, even a malformed body,
//! with its JSON envelope.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::envelope::{ApiError, CAST_ERROR};
use super::model::Bot;
use super::{Sandbox, parse_query};

/// Bodies larger than this are refused; a 10,000-row import is far below it.
pub(super) const BODY_LIMIT: usize = 32 * 1024 * 1024;

/// What a handler needs from a request, read without axum's plain-text rejections.
pub(super) struct Incoming {
    pub headers: HeaderMap,
    query: String,
    body: Bytes,
}

impl<S: Send + Sync> FromRequest<S> for Incoming {
    type Rejection = Response;

    async fn from_request(request: Request, _state: &S) -> Result<Incoming, Response> {
        let (parts, body) = request.into_parts();
        let body = axum::body::to_bytes(body, BODY_LIMIT)
            .await
            .map_err(|_| too_large())?;
        Ok(Incoming {
            headers: parts.headers,
            query: parts.uri.query().unwrap_or("").to_owned(),
            body,
        })
    }
}

impl Incoming {
    /// The first value of query parameter `name`; an empty value counts as absent.
    pub fn param(&self, name: &str) -> Option<String> {
        parse_query(&self.query)
            .into_iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
            .filter(|value| !value.is_empty())
    }

    pub fn json(&self) -> Result<Value, ApiError> {
        serde_json::from_slice(&self.body).map_err(|_| ApiError::bad_request("invalid JSON body"))
    }

    /// The body as received.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The body as a JSON object, as every endpoint that takes a body wants it.
    pub fn json_object(&self) -> Result<serde_json::Map<String, Value>, ApiError> {
        match self.json()? {
            Value::Object(fields) => Ok(fields),
            _ => Err(ApiError::bad_request("body must be a JSON object")),
        }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The token of an `authtype: Key` + `Authorization: Bearer` request. A lenient sandbox
    /// also takes a bare `Authorization: <token>` or `?access_token=<token>` (what
    /// BotPenguin's own n8n node first sent), and no `authtype` where a page leaves it out.
    fn bearer(&self, sandbox: &Sandbox, authtype: Authtype) -> Result<String, ApiError> {
        let lenient = sandbox.options().lenient;
        match self.header("authtype") {
            None if lenient && authtype == Authtype::Omitted => {}
            None => {
                return Err(ApiError::unauthorized(
                    "Unauthorized: missing authtype: Key header",
                ));
            }
            Some(kind) if !kind.trim().eq_ignore_ascii_case("key") => {
                return Err(ApiError::unauthorized(
                    "Unauthorized: authtype header must be Key",
                ));
            }
            Some(_) => {}
        }
        let Some(authorization) = self.header("authorization") else {
            return match self
                .param("access_token")
                .filter(|t| lenient && !t.trim().is_empty())
            {
                Some(token) => Ok(token.trim().to_owned()),
                None => Err(ApiError::unauthorized(
                    "Unauthorized: missing Authorization header",
                )),
            };
        };
        let value = authorization.trim();
        let token = match value.split_once(' ') {
            Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => Some(token.trim()),
            None if lenient => Some(value),
            _ => None,
        };
        token
            .filter(|token| !token.is_empty())
            .map(str::to_owned)
            .ok_or_else(|| ApiError::unauthorized("Unauthorized: invalid token"))
    }

    /// Checks the partner key.
    pub fn partner(&self, sandbox: &Sandbox, authtype: Authtype) -> Result<(), ApiError> {
        let token = self.bearer(sandbox, authtype)?;
        if sandbox.store().state.partner_key == token {
            Ok(())
        } else {
            Err(ApiError::unauthorized("Unauthorized: invalid token"))
        }
    }

    /// Checks a customer's API token; returns the customer's id. A token it does not know
    /// gets the documented answer of the inbox endpoints: a 400 with MongoDB's cast error
    /// ("400 – The <token> being used is incorrect"); a missing `authtype` or `Authorization`
    /// stays a 401, as documented.
    pub fn customer(&self, sandbox: &Sandbox, authtype: Authtype) -> Result<String, ApiError> {
        let token = self.bearer(sandbox, authtype)?;
        sandbox
            .store()
            .customer_by_token(&token)
            .map(str::to_owned)
            .ok_or_else(|| ApiError::bad_request(CAST_ERROR))
    }

    /// Checks a bot token sent in header `name` (which differs per endpoint, as documented);
    /// a lenient sandbox also takes it in the other endpoint's header.
    pub fn bot(&self, sandbox: &Sandbox, name: &str) -> Result<Bot, ApiError> {
        let token = |name: &str| self.header(name).map(str::trim).filter(|t| !t.is_empty());
        let other = if name == "x-bp-token" {
            "x-bot-token"
        } else {
            "x-bp-token"
        };
        let token = token(name).or_else(|| token(other).filter(|_| sandbox.options().lenient));
        let Some(token) = token else {
            return Err(ApiError::unauthorized(format!(
                "Unauthorized: missing {name} header"
            )));
        };
        sandbox
            .store()
            .bot_by_token(token)
            .cloned()
            .ok_or_else(|| ApiError::unauthorized("Unauthorized: invalid token"))
    }

    /// Checks a WhatsApp bot's API key, which the older docs send twice, as query parameter
    /// `apiKey` and as header `apiKey`: both are required and must agree. A lenient sandbox
    /// takes either alone (the newest send-template page sends only the query parameter);
    /// given both, they must still agree.
    pub fn wa_bot(&self, sandbox: &Sandbox) -> Result<Bot, ApiError> {
        let lenient = sandbox.options().lenient;
        let query = self
            .param("apiKey")
            .map(|key| key.trim().to_owned())
            .filter(|key| !key.is_empty());
        let header = self
            .header("apikey")
            .map(str::trim)
            .filter(|key| !key.is_empty());
        let key = match (query.as_deref(), header) {
            (Some(query), Some(header)) if query != header => {
                return Err(ApiError::unauthorized(
                    "Unauthorized: the apiKey header and query parameter differ",
                ));
            }
            (Some(key), Some(_)) => key,
            (Some(key), None) if lenient => key,
            (None, Some(key)) if lenient => key,
            (None, _) => {
                return Err(ApiError::unauthorized(if lenient {
                    "Unauthorized: missing apiKey (query parameter or header)"
                } else {
                    "Unauthorized: missing apiKey query parameter"
                }));
            }
            (Some(_), None) => {
                return Err(ApiError::unauthorized(
                    "Unauthorized: missing apiKey header",
                ));
            }
        };
        sandbox
            .store()
            .bot_by_wa_key(key)
            .cloned()
            .ok_or_else(|| ApiError::unauthorized("Unauthorized: invalid apiKey"))
    }
}

/// Whether any page leaves `authtype: Key` out of an endpoint's headers (the older partner
/// pages for `POST /customer`, `PUT` and `DELETE /customer/{id}`, the import page), so a
/// lenient sandbox takes a request without it; `Shown` where every page shows it or one
/// documents the 401 for its absence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Authtype {
    Shown,
    Omitted,
}

pub(super) fn too_large() -> Response {
    ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "request entity too large").into_response()
}
