//! `GET /custom-user`: a customer's team members (agents and custom users).
//!
//! The docs call it a partner endpoint, but it lists members "for any particular customer's
//! account", which only a customer's (or a team member's) token identifies; the partner key
//! is refused here like on every other customer-scoped endpoint.

use axum::extract::State;
use serde_json::Value;

use super::Sandbox;
use super::envelope::{ApiError, Reply, ok, page_number};
use super::http::{Authtype, Incoming};

/// `GET /custom-user?page=&ispagination=true&searchText=`: members whose name, email or
/// phone contains `searchText`; one page of them unless `ispagination=false`.
pub(super) async fn list(State(sandbox): State<Sandbox>, incoming: Incoming) -> Reply {
    let customer = incoming.customer(&sandbox, Authtype::Shown)?;
    let mut problems = Vec::new();
    let page = match incoming.param("page") {
        None => Some(1),
        Some(text) => page_number(&text).or_else(|| {
            problems.push("page must be a positive integer".to_owned());
            None
        }),
    };
    let paginate = match incoming.param("ispagination").as_deref() {
        None | Some("true") => Some(true),
        Some("false") => Some(false),
        Some(_) => {
            problems.push("ispagination must be true or false".to_owned());
            None
        }
    };
    let (Some(page), Some(paginate), true) = (page, paginate, problems.is_empty()) else {
        return Err(ApiError::invalid(problems));
    };
    let search = incoming.param("searchText").unwrap_or_default();
    let size = sandbox.options().contacts_page_size;
    let members = sandbox
        .store()
        .team_members(&customer, &search, paginate.then_some(page), size);
    Ok(ok(Value::Array(members)))
}
