//! What can go wrong talking to the API, typed where the exit code or the retry decision
//! depends on it.

use std::time::Duration;

use thiserror::Error;

use crate::error::ExitStatus;
use crate::secret::SecretKind;

#[derive(Debug, Error)]
pub enum ApiError {
    /// 401/403: the credential was refused.
    #[error("the API refused the {} ({status}{}){}", credential_name(*.credential), reason(*.status), detail(.message))]
    Unauthorized {
        status: u16,
        message: String,
        credential: Option<SecretKind>,
    },
    /// Any other error status, or `"success": false`.
    #[error("the API answered {status}{}{}", reason(*.status), detail(.message))]
    Status {
        status: u16,
        message: String,
        retry_after: Option<Duration>,
    },
    /// A body that is not JSON, such as a proxy's HTML error page.
    #[error("the API answered {status}{} with a body that is not valid JSON ({content_type}){}", reason(*.status), detail(.snippet))]
    NotJson {
        status: u16,
        content_type: String,
        snippet: String,
        retry_after: Option<Duration>,
    },
    /// A JSON body of the wrong shape.
    #[error("unexpected response from {path}: {message}")]
    Invalid { path: String, message: String },
    #[error("rate limited: the server asks to retry after {0} s")]
    RetryAfterTooLong(u64),
    /// The request never got an answer: connection refused, reset, timed out.
    #[error("{message}")]
    Transport {
        message: String,
        /// The connection was never made: the request certainly did not run.
        connect: bool,
    },
    /// A path that leads off the base URL: nothing is sent, least of all a credential.
    #[error(
        "`{path}` leads outside the base URL {base} (to {url}): bp sends credentials only under the base URL"
    )]
    OffBase {
        path: String,
        url: String,
        base: String,
    },
    /// A request that is not safe to repeat may or may not have run.
    #[error("outcome unknown: {0}; check before running it again")]
    OutcomeUnknown(String),
}

fn credential_name(kind: Option<SecretKind>) -> &'static str {
    match kind {
        Some(SecretKind::PartnerKey) => "partner key",
        Some(SecretKind::ApiToken) => "API token",
        Some(SecretKind::BotToken) => "bot token",
        None => "credentials",
    }
}

fn reason(status: u16) -> String {
    reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .map(|r| format!(" {r}"))
        .unwrap_or_default()
}

fn detail(message: &str) -> String {
    if message.is_empty() {
        String::new()
    } else {
        format!(": {message}")
    }
}

/// The documented answer to a malformed token (MongoDB's ObjectId cast error, 400). `bp`
/// checks every id a bulk row carries before sending it, so in a bulk run this answer can
/// only be about the credential.
pub const BAD_TOKEN_MESSAGE: &str =
    "Argument passed in must be a single String of 12 bytes or a string of 24 hex characters";

/// Whether an answer acknowledges a write: `"status": "success"` (the import page's example)
/// or `"success": true` (every other page's envelope). An empty body, or any other JSON, is
/// not an acknowledgement, whatever the HTTP status said.
pub fn acknowledged(body: &serde_json::Value) -> bool {
    body.get("status").and_then(serde_json::Value::as_str) == Some("success")
        || body.get("success") == Some(&serde_json::Value::Bool(true))
}

impl ApiError {
    /// The documented bad-token answer (see [`BAD_TOKEN_MESSAGE`]).
    pub fn is_bad_token(&self) -> bool {
        match self {
            ApiError::Status {
                status: 400,
                message,
                ..
            }
            | ApiError::Unauthorized {
                status: 400,
                message,
                ..
            } => message.contains(BAD_TOKEN_MESSAGE),
            _ => false,
        }
    }

    /// The bad-token answer as what it is, whatever its status says: `credential` refused
    /// (exit 3, with the hint that names it). Other errors are returned as they are.
    pub fn into_refused(self, credential: Option<SecretKind>) -> ApiError {
        match self {
            ApiError::Status {
                status, message, ..
            } => ApiError::Unauthorized {
                status,
                message: crate::leaf::sanitize(&message),
                credential,
            },
            other => other,
        }
    }

    pub fn exit_status(&self) -> ExitStatus {
        match self {
            ApiError::Unauthorized { .. } => ExitStatus::Auth,
            ApiError::OffBase { .. } => ExitStatus::Usage,
            _ => ExitStatus::Failure,
        }
    }

    /// Whether sending the same request again may succeed.
    pub fn retryable(&self) -> bool {
        match self {
            ApiError::Status { status, .. } | ApiError::NotJson { status, .. } => {
                matches!(status, 408 | 429 | 500 | 502 | 503 | 504)
            }
            ApiError::Transport { .. } => true,
            _ => false,
        }
    }

    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            ApiError::Status { retry_after, .. } | ApiError::NotJson { retry_after, .. } => {
                *retry_after
            }
            _ => None,
        }
    }

    pub fn hint(&self) -> Option<String> {
        match self {
            ApiError::Unauthorized {
                credential: Some(kind),
                ..
            } => {
                // The bad-token answer is MongoDB's cast error: an id of the request that is
                // not one (in the path, `customerId`, …) draws it too.
                let or_an_id = if self.is_bad_token() {
                    "; the API gives this answer for an id in the request that is not 24 hex characters too"
                } else {
                    ""
                };
                Some(format!(
                    "check `{}` in the profile (or {}); `bp profile show` shows where it comes from{or_an_id}",
                    kind.key(),
                    kind.env_var()
                ))
            }
            ApiError::NotJson { .. } => Some(
                "a proxy or gateway may have answered instead of the API; check base_url".into(),
            ),
            ApiError::RetryAfterTooLong(_) => Some("run the command again later".into()),
            ApiError::OffBase { .. } => Some(
                "give a path under the base URL; to reach another host, set base_url (or BP_BASE_URL)".into(),
            ),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_an_answer_that_says_so_acknowledges() {
        assert!(acknowledged(
            &json!({"status": "success", "message": "imported"})
        ));
        assert!(acknowledged(&json!({"success": true, "code": 200})));
        for body in [
            json!(null),
            json!({}),
            json!({"message": "ok"}),
            json!({"status": "queued"}),
            json!({"success": "true"}),
            json!([]),
        ] {
            assert!(!acknowledged(&body), "{body}");
        }
    }

    #[test]
    fn the_cast_error_is_about_the_token() {
        let err = ApiError::Status {
            status: 400,
            message: BAD_TOKEN_MESSAGE.into(),
            retry_after: None,
        };
        assert!(err.is_bad_token());
        let other = ApiError::Status {
            status: 400,
            message: "name is required".into(),
            retry_after: None,
        };
        assert!(!other.is_bad_token());
    }
}
