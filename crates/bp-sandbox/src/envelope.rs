//! The API's answers, shared by every handler and by the store: the success and error
//! envelopes, with the exact content type the real server sends, and the checks of ids and
//! page numbers whose failures those envelopes carry. A leaf: it knows nothing of routes,
//! credentials or state.

use axum::body::Body;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::faults;

/// MongoDB's cast error, which the API returns for any malformed ObjectId.
pub(super) const CAST_ERROR: &str =
    "Argument passed in must be a single String of 12 bytes or a string of 24 hex characters";

pub(super) fn status_code(status: u16) -> StatusCode {
    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// Express's answer to a path it has no route for.
pub(super) fn route_not_found(method: &str, path: &str) -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, format!("Cannot {method} {path}"))
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

/// Whether `id` could be an ObjectId (24 hex digits).
pub(super) fn is_object_id(id: &str) -> bool {
    id.len() == 24 && id.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Parses a 1-based page number.
pub(super) fn page_number(text: &str) -> Option<u64> {
    text.trim().parse::<u64>().ok().filter(|page| *page > 0)
}
