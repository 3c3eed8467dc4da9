//! The agency's customers, as the partner key sees them (`GET /customer/list`): every page
//! of them, and one named by id, email or name (what `--customer` takes).

use anyhow::Result;
use serde_json::Value;

use super::{Auth, Client, MAX_PAGES, PREFETCH, Pages};
use crate::error::usage_hint;

/// Every customer of the agency, all pages.
pub async fn all_customers(client: &Client, partner: &Auth) -> Result<Vec<Value>> {
    let mut all = Vec::new();
    client
        .paginate(
            Pages::All,
            PREFETCH,
            MAX_PAGES,
            |page| super::endpoints::customer_list(partner.clone(), page, Some("createdAt")),
            |items, _| {
                all.extend_from_slice(items);
                Ok(())
            },
        )
        .await?;
    Ok(all)
}

/// The text at `path` (`contact.email`), or "".
pub fn text<'a>(c: &'a Value, path: &str) -> &'a str {
    crate::leaf::lookup(c, path)
        .and_then(Value::as_str)
        .unwrap_or("")
}

/// `ID NAME <EMAIL>`, for lists of candidates and prompts.
pub fn describe(c: &Value) -> String {
    format!(
        "{} {} <{}>",
        text(c, "_id"),
        text(c, "name"),
        text(c, "contact.email")
    )
}

/// A customer's id: 24 hex digits.
pub use crate::leaf::is_object_id as is_id;

/// The one customer of `all` whose id, email or name (case aside) is `selector`; none or
/// several is exit 2 with the nearest candidates.
pub fn pick(all: &[Value], selector: &str) -> Result<Value> {
    let s = selector.trim();
    let (what, path) = if is_id(s) {
        ("id", "_id")
    } else if s.contains('@') {
        ("email", "contact.email")
    } else {
        ("name", "name")
    };
    let matches: Vec<&Value> = all
        .iter()
        .filter(|c| text(c, path).to_lowercase() == s.to_lowercase())
        .collect();
    match matches.as_slice() {
        [one] => Ok((*one).clone()),
        [] => {
            let needle = s.to_lowercase();
            let near: Vec<String> = all
                .iter()
                .filter(|c| {
                    text(c, "name").to_lowercase().contains(&needle)
                        || text(c, "contact.email").to_lowercase().contains(&needle)
                })
                .take(10)
                .map(describe)
                .collect();
            let hint = if near.is_empty() {
                "list them with `bp customers list --all`".to_string()
            } else {
                format!("did you mean: {}", near.join("; "))
            };
            Err(usage_hint(
                format!("no customer has the {what} `{s}`"),
                hint,
            ))
        }
        many => Err(usage_hint(
            format!("{} customers have the {what} `{s}`", many.len()),
            format!(
                "pass the id of one: {}",
                many.iter()
                    .map(|c| describe(c))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        )),
    }
}
