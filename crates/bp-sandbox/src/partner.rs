//! The partner (agency) endpoints, authenticated with the partner key.

use axum::extract::State;
use axum::http::StatusCode;
use serde_json::{Value, json};

use super::Sandbox;
use super::envelope::{ApiError, CAST_ERROR, Reply, is_object_id, ok, page_number};
use super::http::{Authtype, Incoming};

/// `GET /customer/list?page=&sort=`
pub(super) async fn list_customers(State(sandbox): State<Sandbox>, incoming: Incoming) -> Reply {
    incoming.partner(&sandbox, Authtype::Shown)?;
    let page = match incoming.param("page") {
        None => 1,
        Some(text) => page_number(&text)
            .ok_or_else(|| ApiError::bad_request("page must be a positive integer"))?,
    };
    let sort = incoming
        .param("sort")
        .unwrap_or_else(|| "createdAt".to_owned());
    let size = sandbox.options().customers_page_size;
    let customers = sandbox.store().customers_page(&sort, page, size);
    Ok(ok(Value::Array(customers)))
}

/// `GET /ext/get-user-token?userId=` or `?email=&type=`: a customer's (or team member's)
/// permanent API token.
pub(super) async fn user_token(State(sandbox): State<Sandbox>, incoming: Incoming) -> Reply {
    incoming.partner(&sandbox, Authtype::Shown)?;
    let store = sandbox.store();
    let token = if let Some(id) = incoming.param("userId") {
        if !is_object_id(&id) {
            return Err(ApiError::bad_request(CAST_ERROR));
        }
        let customer = store.customer_by_id(&id).ok_or_else(customer_not_found)?;
        customer.api_token.clone()
    } else if let Some(email) = incoming.param("email") {
        let kind = incoming
            .param("type")
            .ok_or_else(|| ApiError::bad_request("type is required"))?;
        match kind.as_str() {
            "CUSTOMER" => store
                .customer_by_email(&email)
                .ok_or_else(customer_not_found)?
                .api_token
                .clone(),
            "AGENT" | "CUSTOM_USER" => store
                .agent_by_email(&kind, &email)
                .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "user not found"))?
                .token
                .clone(),
            _ => {
                return Err(ApiError::bad_request(
                    "type must be one of AGENT, CUSTOM_USER, CUSTOMER",
                ));
            }
        }
    } else {
        return Err(ApiError::bad_request("userId is required"));
    };
    Ok(ok(
        json!({"permanentToken": {"key": token, "active": true}}),
    ))
}

fn customer_not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "customer not found")
}
