//! The partner endpoints that change customers: create (at the newest documented path and
//! the older one), update and delete, authenticated with the partner key.
//!
//! The docs give create's body and response, update's path only ("a JSON object containing
//! the updated customer information", no fields listed, so any top-level field is taken), and
//! delete's answer without `data`.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde_json::Value;

use super::Sandbox;
use super::envelope::{ApiError, CAST_ERROR, Reply, is_object_id, ok, ok_empty, route_not_found};
use super::fields::Fields;
use super::http::{Authtype, Incoming};
use super::model::NewCustomer;

/// `POST /customer/create` (the newest docs), unless the sandbox plays an older server
/// that only has `POST /customer`.
pub(super) async fn create(State(sandbox): State<Sandbox>, incoming: Incoming) -> Reply {
    if sandbox.options().legacy_customer_create {
        return Err(route_not_found("POST", "/customer/create"));
    }
    create_customer(&sandbox, &incoming, Authtype::Shown)
}

/// `POST /customer` (the older docs, which add the optional `limit` and leave `authtype` out).
pub(super) async fn create_legacy(State(sandbox): State<Sandbox>, incoming: Incoming) -> Reply {
    create_customer(&sandbox, &incoming, Authtype::Omitted)
}

fn create_customer(sandbox: &Sandbox, incoming: &Incoming, authtype: Authtype) -> Reply {
    incoming.partner(sandbox, authtype)?;
    let body = &incoming.json_object()?;
    let mut f = Fields::new(body);
    let email = f.text("username");
    if email.as_deref().is_some_and(|e| !is_email(e)) {
        f.problem("username must be an email address");
    }
    let name = f.text("name");
    let password = f.string("password");
    if password.is_some_and(|p| p.is_empty()) {
        f.problem("password is required");
    }
    let limit = match f.optional("limit") {
        None => None,
        Some(value) => value
            .as_u64()
            .or_else(|| f.wrong("limit", "a non-negative integer")),
    };
    let (Some(email), Some(name), true) = (email, name, f.problems.is_empty()) else {
        return Err(ApiError::invalid(f.problems));
    };
    let customer = {
        let mut store = sandbox.store();
        if store.email_taken(&email, None) {
            return Err(ApiError::bad_request("username already exists"));
        }
        store.create_customer(NewCustomer { name, email, limit })
    };
    sandbox.persist();
    Ok(ok(customer))
}

/// `PUT /customer/{id}`: sets the given top-level fields; answers the updated customer.
pub(super) async fn update(
    State(sandbox): State<Sandbox>,
    Path(id): Path<String>,
    incoming: Incoming,
) -> Reply {
    incoming.partner(&sandbox, Authtype::Omitted)?;
    let id = customer_id(&id)?;
    let fields = incoming.json_object()?;
    let updated = {
        let mut store = sandbox.store();
        if store.customer_by_id(&id).is_none() {
            return Err(customer_not_found());
        }
        let email = fields.get("username").and_then(Value::as_str).or_else(|| {
            fields
                .get("contact")
                .and_then(|c| c.get("email"))
                .and_then(Value::as_str)
        });
        if let Some(email) = email
            && store.email_taken(email, Some(&id))
        {
            return Err(ApiError::bad_request("username already exists"));
        }
        store.update_customer(&id, fields)
    };
    let updated = updated.ok_or_else(customer_not_found)?;
    sandbox.persist();
    Ok(ok(updated))
}

/// `DELETE /customer/{id}`: answers the envelope without `data`, as documented.
pub(super) async fn delete(
    State(sandbox): State<Sandbox>,
    Path(id): Path<String>,
    incoming: Incoming,
) -> Reply {
    incoming.partner(&sandbox, Authtype::Omitted)?;
    let id = customer_id(&id)?;
    if !sandbox.store().delete_customer(&id)? {
        return Err(customer_not_found());
    }
    sandbox.persist();
    Ok(ok_empty())
}

/// A customer id from the path: an ObjectId (any case, as MongoDB casts it), lower-cased.
fn customer_id(id: &str) -> Result<String, ApiError> {
    if is_object_id(id) {
        Ok(id.to_ascii_lowercase())
    } else {
        Err(ApiError::bad_request(CAST_ERROR))
    }
}

fn customer_not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "customer not found")
}

/// A plausible email address: one `@`, something before it, a dotted domain after it.
fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.split('.').all(|part| !part.is_empty())
        && domain.contains('.')
        && !text.chars().any(char::is_whitespace)
}
