//! The routes: each path and method to its handler, and what happens to every request before
//! it (recording, scripted and random faults). The envelopes are `envelope`'s, what a
//! handler reads of a request `http`'s.

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};

use super::envelope::{ApiError, route_not_found, status_code};
use super::faults::{self, Action};
use super::http::{BODY_LIMIT, too_large};
use super::{
    Fault, RecordedRequest, Sandbox, customers, direct, inbox, integrations, members, partner,
    whatsapp,
};

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
            "/integrations/custom-app/update-user-attributes",
            put(integrations::update_user_attributes),
        )
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
        .route("/whatsapp-automation", get(whatsapp::plugin::bots))
        .route(
            "/whatsapp-automation/plugin/templates/{bot_id}",
            get(whatsapp::plugin::templates),
        )
        .route(
            "/whatsapp-automation/plugin/make-template-dynamic-fields/{template_id}",
            get(whatsapp::plugin::dynamic_fields),
        )
        .route(
            "/whatsapp-automation/plugin/send-template-message",
            post(whatsapp::plugin::send_template),
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
