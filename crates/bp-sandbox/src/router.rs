//! HTTP concerns shared by every endpoint: routing, recording, scripted faults, the JSON
//! envelopes, and the credential styles (partner key, customer token, bot token, WhatsApp
//! API key).
//!
//! Handlers take an [`Incoming`] (headers, raw query, body bytes) rather than typed axum
//! extractors, because axum's own rejections are plain text and the real API answers every
//! problem, even a malformed body, with its JSON envelope.

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use serde_json::{Map, Value, json};

use super::faults::{self, Action};
use super::store::Bot;
use super::{
    Fault, RecordedRequest, Sandbox, customers, direct, inbox, members, parse_query, partner,
    whatsapp,
};

/// Bodies larger than this are refused; a 10,000-row import is far below it.
const BODY_LIMIT: usize = 32 * 1024 * 1024;

/// MongoDB's cast error, which the API returns for any malformed ObjectId.
pub(super) const CAST_ERROR: &str =
    "Argument passed in must be a single String of 12 bytes or a string of 24 hex characters";

pub(super) fn build(sandbox: Sandbox) -> Router {
    Router::new()
        .route("/customer/list", get(partner::list_customers))
        .route("/customer/create", post(customers::create))
        .route("/customer", post(customers::create_legacy))
        .route(
            "/customer/{id}",
            put(customers::update).delete(customers::delete),
        )
        .route("/ext/get-user-token", get(partner::user_token))
        .route("/custom-user", get(members::list))
        .route("/inbox/users", post(inbox::search))
        .route("/inbox/users/import", post(inbox::import))
        .route("/inbox/users/status-update", put(inbox::status_update))
        .route("/inbox/segments", get(inbox::segments))
        .route("/inbox/direct/lead", put(direct::upsert_lead))
        .route("/inbox/direct/chats", get(direct::chats))
        .route(
            "/whatsapp-automation/wa/templates",
            get(whatsapp::templates),
        )
        .route(
            "/whatsapp-automation/wa/send-template",
            post(whatsapp::send_template),
        )
        .route(
            "/whatsapp-automation/wa/send-message",
            post(whatsapp::send_message),
        )
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(sandbox.clone(), intake))
        .with_state(sandbox)
}

/// Runs before routing and auth: records the request, waits the latency, then lets a queued
/// or random fault answer it (see `faults` for which, and why a reset may come after the
/// handler).
async fn intake(State(sandbox): State<Sandbox>, request: Request, next: Next) -> Response {
    let request = if sandbox.options().record {
        let at = std::time::Instant::now();
        let (parts, body) = request.into_parts();
        let Ok(body) = axum::body::to_bytes(body, BODY_LIMIT).await else {
            return too_large();
        };
        sandbox.record(RecordedRequest {
            method: parts.method.to_string(),
            path: parts.uri.path().to_owned(),
            query: parts.uri.query().unwrap_or("").to_owned(),
            headers: parts
                .headers
                .iter()
                .map(|(name, value)| {
                    let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
                    (name.as_str().to_owned(), value)
                })
                .collect(),
            body: body.to_vec(),
            at,
        });
        Request::from_parts(parts, Body::from(body))
    } else {
        request
    };
    let plan = sandbox.plan();
    if !plan.delay.is_zero() {
        tokio::time::sleep(plan.delay).await;
    }
    match plan.action {
        Action::Pass => next.run(request).await,
        Action::Scripted(Fault::Delay { millis }) => {
            tokio::time::sleep(std::time::Duration::from_millis(millis)).await;
            next.run(request).await
        }
        Action::Scripted(fault) => fault_response(fault),
        Action::RateLimited => fault_response(Fault::Status {
            status: 429,
            retry_after: Some("1".to_owned()),
        }),
        Action::Unavailable => fault_response(Fault::Status {
            status: 503,
            retry_after: None,
        }),
        Action::Html => fault_response(Fault::Html502),
        Action::Reset {
            after_handler: false,
        } => faults::reset_before(),
        Action::Reset {
            after_handler: true,
        } => faults::reset_after(next.run(request).await).await,
        Action::Stall => sandbox.chaos().stalled(),
    }
}

fn fault_response(fault: Fault) -> Response {
    match fault {
        Fault::Status {
            status,
            retry_after,
        } => {
            let status = status_code(status);
            let message = status.canonical_reason().unwrap_or("Error");
            let mut response = ApiError::new(status, message).into_response();
            if let Some(value) = retry_after.and_then(|v| HeaderValue::from_str(&v).ok()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
        Fault::Html502 => raw(
            StatusCode::BAD_GATEWAY,
            "text/html",
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
             <center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n\
             </body>\r\n</html>\r\n"
                .to_owned(),
        ),
        Fault::Body {
            status,
            content_type,
            body,
        } => raw(status_code(status), &content_type, body),
        Fault::Delay { .. } => unreachable!("delays are served by `intake`"),
    }
}

fn status_code(status: u16) -> StatusCode {
    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

fn raw(status: StatusCode, content_type: &str, body: String) -> Response {
    let mut response = (status, body).into_response();
    if let Ok(value) = HeaderValue::from_str(content_type) {
        response.headers_mut().insert(header::CONTENT_TYPE, value);
    }
    response
}

async fn not_found(request: Request) -> ApiError {
    route_not_found(request.method().as_str(), request.uri().path())
}

/// Express's answer to a path it has no route for.
pub(super) fn route_not_found(method: &str, path: &str) -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, format!("Cannot {method} {path}"))
}

async fn method_not_allowed(request: Request) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!(
            "method {} is not allowed on {}",
            request.method(),
            request.uri().path()
        ),
    )
}

fn too_large() -> Response {
    ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "request entity too large").into_response()
}

/// A JSON response with the exact content type the real server sends.
pub(super) fn json_response(status: StatusCode, body: &Value) -> Response {
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    let (parts, ()) = faults::json_head(status).into_parts();
    Response::from_parts(parts, Body::from(bytes))
}

/// The success envelope.
pub(super) fn ok(data: Value) -> Response {
    ok_with_message("", data)
}

/// The success envelope without `data`, as the delete endpoints answer.
pub(super) fn ok_empty() -> Response {
    json_response(
        StatusCode::OK,
        &json!({"success": true, "message": "", "code": 200}),
    )
}

pub(super) fn ok_with_message(message: &str, data: Value) -> Response {
    json_response(
        StatusCode::OK,
        &json!({"success": true, "message": message, "data": data, "code": 200}),
    )
}

/// A failure, rendered as the error envelope (with `data` listing problems, if any).
#[derive(Debug)]
pub(super) struct ApiError {
    status: StatusCode,
    message: String,
    problems: Option<Vec<String>>,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            problems: None,
        }
    }

    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    /// A 400 listing every problem found, one string each.
    pub fn invalid(problems: Vec<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: "validation failed".to_owned(),
            problems: Some(problems),
        }
    }

    pub fn unauthorized(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut body = Map::new();
        body.insert("success".to_owned(), Value::Bool(false));
        body.insert("message".to_owned(), Value::String(self.message));
        if let Some(problems) = self.problems {
            body.insert("data".to_owned(), json!(problems));
        }
        body.insert("code".to_owned(), json!(self.status.as_u16()));
        json_response(self.status, &Value::Object(body))
    }
}

pub(super) type Reply = Result<Response, ApiError>;

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

    /// The token of an `authtype: Key` + `Authorization: Bearer` request.
    fn bearer(&self) -> Result<&str, ApiError> {
        match self.header("authtype") {
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
            return Err(ApiError::unauthorized(
                "Unauthorized: missing Authorization header",
            ));
        };
        let token = authorization
            .trim()
            .split_once(' ')
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, token)| token.trim())
            .filter(|token| !token.is_empty());
        token.ok_or_else(|| ApiError::unauthorized("Unauthorized: invalid token"))
    }

    /// Checks the partner key.
    pub fn partner(&self, sandbox: &Sandbox) -> Result<(), ApiError> {
        let token = self.bearer()?;
        if sandbox.store().state.partner_key == token {
            Ok(())
        } else {
            Err(ApiError::unauthorized("Unauthorized: invalid token"))
        }
    }

    /// Checks a customer's API token; returns the customer's id.
    pub fn customer(&self, sandbox: &Sandbox) -> Result<String, ApiError> {
        let token = self.bearer()?;
        sandbox
            .store()
            .customer_by_token(token)
            .map(str::to_owned)
            .ok_or_else(|| ApiError::unauthorized("Unauthorized: invalid token"))
    }

    /// Checks a bot token sent in header `name` (which differs per endpoint, as documented).
    pub fn bot(&self, sandbox: &Sandbox, name: &str) -> Result<Bot, ApiError> {
        let Some(token) = self.header(name).map(str::trim).filter(|t| !t.is_empty()) else {
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

    /// Checks a WhatsApp bot's API key, which the docs send twice: as query parameter
    /// `apiKey` and as header `apiKey`. Both are required and must agree.
    pub fn wa_bot(&self, sandbox: &Sandbox) -> Result<Bot, ApiError> {
        let query = self.param("apiKey");
        let header = self
            .header("apikey")
            .map(str::trim)
            .filter(|key| !key.is_empty());
        let Some(query) = query else {
            return Err(ApiError::unauthorized(
                "Unauthorized: missing apiKey query parameter",
            ));
        };
        let Some(header) = header else {
            return Err(ApiError::unauthorized(
                "Unauthorized: missing apiKey header",
            ));
        };
        if query.trim() != header {
            return Err(ApiError::unauthorized(
                "Unauthorized: the apiKey header and query parameter differ",
            ));
        }
        sandbox
            .store()
            .bot_by_wa_key(header)
            .cloned()
            .ok_or_else(|| ApiError::unauthorized("Unauthorized: invalid apiKey"))
    }
}

/// Whether `id` could be an ObjectId (24 hex digits).
pub(super) fn is_object_id(id: &str) -> bool {
    id.len() == 24 && id.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Parses a 1-based page number.
pub(super) fn page_number(text: &str) -> Option<u64> {
    text.trim().parse::<u64>().ok().filter(|page| *page > 0)
}
