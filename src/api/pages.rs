//! Pagination: `--page`, `--all` and `--limit` over the API's `page` parameter, with pages
//! fetched ahead and handed on in order.

use futures_util::StreamExt;
use futures_util::stream::FuturesOrdered;
use serde_json::Value;

use super::client::Client;
use super::error::ApiError;
use super::request::Request;

/// Which pages a list command walks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pages {
    /// Page 1 only, because no flag asked for more.
    First,
    /// `--page N`.
    One(u32),
    /// `--all`: until a page comes back empty.
    All,
    /// `--limit N`: until N items, or the data ends.
    Limit(u64),
}

#[derive(Debug, Clone, Copy, Default)]
pub struct PageSummary {
    pub pages: u32,
    pub items: u64,
    /// Only page 1 was fetched and more pages probably exist: the answer's total says so,
    /// or, without one, the page looked full.
    pub more_likely: bool,
    /// The items in the whole listing, when the answer says (`totalCount`, `total`).
    pub total: Option<u64>,
}

/// Pages fetched at once with `--all` and `--limit`, unless `--concurrency` says otherwise.
pub const PREFETCH: usize = 4;

/// The most pages `--all` and `--limit` walk, unless `--max-pages` says otherwise: a server
/// whose pages never run out must not keep bp fetching until it is killed.
pub const MAX_PAGES: u32 = 10_000;

/// A page of this many items or more is taken as full when the page size is unknown
/// (the API does not document it).
const FULL_PAGE: usize = 10;

impl Client {
    /// Walks pages from the request built by `page_request(n)`, handing each page's items to
    /// `sink` as it arrives, with the listing's total when the answers give one; with `--all` or `--limit`, up to `at_once` pages are in flight,
    /// and at most `max_pages` are fetched. A page that repeats an earlier one, or holds only
    /// items already handed on, ends the walk with an error: the server is not paging.
    pub async fn paginate(
        &self,
        pages: Pages,
        at_once: usize,
        max_pages: u32,
        page_request: impl Fn(u32) -> Request,
        mut sink: impl FnMut(&[Value], Option<u64>) -> anyhow::Result<()>,
    ) -> anyhow::Result<PageSummary> {
        let mut summary = PageSummary::default();
        let mut next_page = match pages {
            Pages::One(n) => n,
            _ => 1,
        };
        let first_page = next_page;
        let last_page = match pages {
            Pages::All | Pages::Limit(_) => first_page.saturating_add(max_pages.max(1) - 1),
            Pages::First | Pages::One(_) => first_page,
        };
        let mut seen = Seen::default();
        let mut page_len = 0usize;
        // Up to `at_once` pages are fetched once page 1 is in, and handed on in order.
        let at_once = at_once.max(1);
        type Fetch<'a> = std::pin::Pin<
            Box<dyn std::future::Future<Output = (u32, Request, Result<Value, ApiError>)> + 'a>,
        >;
        let mut ahead: FuturesOrdered<Fetch<'_>> = FuturesOrdered::new();
        loop {
            let window = match pages {
                _ if summary.pages == 0 => 1,
                Pages::All => at_once,
                Pages::Limit(limit) => {
                    let left = (limit - summary.items) as usize;
                    left.div_ceil(page_len.max(1)).clamp(1, at_once)
                }
                Pages::First | Pages::One(_) => 1,
            };
            while ahead.len() < window && next_page <= last_page {
                let req = page_request(next_page);
                let n = next_page;
                ahead.push_back(Box::pin(async move {
                    let result = self.send(&req).await;
                    (n, req, result)
                }));
                next_page += 1;
            }
            let Some((page, req, result)) = ahead.next().await else {
                return Ok(summary);
            };
            let (items, total) = page_of(&req.path, result?)?;
            summary.total = total.or(summary.total);
            // A server that ignores `page` would answer page 1 forever.
            if let Some(problem) = seen.repeat(page, &items) {
                return Err(ApiError::Invalid {
                    path: req.path.clone(),
                    message: format!(
                        "{problem}: the server seems to ignore the page number (or the list changed while it was read), so --all would never end; --limit N bounds a listing"
                    ),
                }
                .into());
            }
            if summary.pages == 0 {
                page_len = items.len();
            }
            summary.pages += 1;
            let mut take = items.len();
            if let Pages::Limit(limit) = pages {
                take = take.min((limit - summary.items) as usize);
            }
            sink(&items[..take], summary.total)?;
            summary.items += take as u64;
            let done = match pages {
                Pages::First => {
                    summary.more_likely = match summary.total {
                        Some(total) => total > items.len() as u64,
                        None => items.len() >= FULL_PAGE,
                    };
                    true
                }
                Pages::One(_) => true,
                Pages::All => items.is_empty(),
                Pages::Limit(limit) => items.is_empty() || summary.items >= limit,
            };
            if done {
                // Requests still in flight past the end are dropped, unanswered.
                return Ok(summary);
            }
            if page >= last_page {
                return Err(anyhow::anyhow!(
                    "stopped after {} pages (--max-pages {max_pages}) and `{}` had not ended: if the list is really that long, raise the ceiling with --max-pages N",
                    summary.pages,
                    req.path
                ));
            }
        }
    }
}

/// What a walk has handed on so far: a hash of each page and of each item.
#[derive(Default)]
struct Seen {
    pages: std::collections::HashMap<u64, u32>,
    items: std::collections::HashSet<u64>,
}

impl Seen {
    /// Why page `page` (non-empty) repeats what came before, if it does; records it if not.
    fn repeat(&mut self, page: u32, items: &[Value]) -> Option<String> {
        use std::hash::{Hash, Hasher};
        if items.is_empty() {
            return None;
        }
        let hashes: Vec<u64> = items.iter().map(hash_value).collect();
        let mut whole = std::hash::DefaultHasher::new();
        hashes.hash(&mut whole);
        let whole = whole.finish();
        if let Some(earlier) = self.pages.get(&whole) {
            return Some(format!("page {page} repeats page {earlier}"));
        }
        if hashes.iter().all(|h| self.items.contains(h)) {
            return Some(format!("page {page} holds only items already listed"));
        }
        self.pages.insert(whole, page);
        self.items.extend(hashes);
        None
    }
}

/// A hash of a JSON value, without serialising it.
fn hash_value(v: &Value) -> u64 {
    use std::hash::{Hash, Hasher};
    fn feed(v: &Value, h: &mut std::hash::DefaultHasher) {
        match v {
            Value::Null => 0u8.hash(h),
            Value::Bool(b) => (1u8, b).hash(h),
            Value::Number(n) => (2u8, n.to_string()).hash(h),
            Value::String(s) => (3u8, s).hash(h),
            Value::Array(items) => {
                (4u8, items.len()).hash(h);
                items.iter().for_each(|i| feed(i, h));
            }
            Value::Object(map) => {
                (5u8, map.len()).hash(h);
                for (k, v) in map {
                    k.hash(h);
                    feed(v, h);
                }
            }
        }
    }
    let mut h = std::hash::DefaultHasher::new();
    feed(v, &mut h);
    h.finish()
}

/// The items of a list response, read tolerantly (issue 14): `data` a list is the page;
/// `data` null or missing, an empty page (which ends a listing); `data` an object holding
/// exactly one list (`{"users": […], "totalCount": N}`), that list; a bare list body, the
/// page. Anything else is an error naming the endpoint and the shape seen.
pub fn data_items(path: &str, body: Value) -> Result<Vec<Value>, ApiError> {
    page_of(path, body).map(|(items, _)| items)
}

/// The names a listing's total goes by, beside its list or at the top of the body: none
/// is documented.
const TOTAL_KEYS: [&str; 2] = ["totalCount", "total"];

fn total_in(map: &serde_json::Map<String, Value>) -> Option<u64> {
    TOTAL_KEYS
        .iter()
        .find_map(|k| map.get(*k).and_then(Value::as_u64))
}

/// [`data_items`], and the listing's total when the answer gives one (`totalCount` or
/// `total`, a whole number, in `data`'s object or at the top of the body).
pub fn page_of(path: &str, body: Value) -> Result<(Vec<Value>, Option<u64>), ApiError> {
    let kind = |v: &Value| match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    };
    let invalid = |message: String| ApiError::Invalid {
        path: path.to_string(),
        message,
    };
    match body {
        Value::Array(items) => Ok((items, None)),
        Value::Object(mut map) => match map.remove("data") {
            Some(Value::Array(items)) => Ok((items, total_in(&map))),
            None | Some(Value::Null) => Ok((Vec::new(), total_in(&map))),
            Some(Value::Object(data)) => {
                let total = total_in(&data).or_else(|| total_in(&map));
                let keys: Vec<String> = data.keys().cloned().collect();
                let mut lists = data.into_iter().filter_map(|(_, v)| match v {
                    Value::Array(items) => Some(items),
                    _ => None,
                });
                match (lists.next(), lists.next()) {
                    (Some(items), None) => Ok((items, total)),
                    (None, _) => Err(invalid(format!(
                        "`data` should be a list, found an object holding none (keys: {})",
                        keys.join(", ")
                    ))),
                    (Some(_), Some(_)) => Err(invalid(format!(
                        "`data` should be a list, found an object holding several (keys: {})",
                        keys.join(", ")
                    ))),
                }
            }
            Some(other) => Err(invalid(format!(
                "`data` should be a list, found {}",
                kind(&other)
            ))),
        },
        other => Err(invalid(format!(
            "expected a JSON object or list, found {}",
            kind(&other)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_total_is_read_beside_the_list_or_at_the_top() {
        let total = |body| page_of("/x", body).unwrap().1;
        assert_eq!(
            total(json!({"data": {"users": [1], "totalCount": 57}})),
            Some(57)
        );
        assert_eq!(total(json!({"data": [1], "total": 3})), Some(3));
        assert_eq!(total(json!({"data": [1]})), None);
        assert_eq!(
            total(json!({"data": {"users": [1], "totalCount": "x"}})),
            None
        );
        assert_eq!(total(json!([1])), None);
    }

    #[test]
    fn data_items_reads_every_list_shape_and_names_the_others() {
        let items = |body| {
            data_items("/x", body)
                .map(|i| i.len())
                .map_err(|e| e.to_string())
        };
        assert_eq!(items(json!({"data": [1, 2]})), Ok(2));
        assert_eq!(
            items(json!({"data": {"users": [1, 2, 3], "totalCount": 3}})),
            Ok(3)
        );
        assert_eq!(items(json!([1])), Ok(1));
        assert_eq!(items(json!({"data": null})), Ok(0));
        assert_eq!(items(json!({"success": true})), Ok(0));
        assert_eq!(
            items(json!({"data": {"a": 1}})),
            Err("unexpected response from /x: `data` should be a list, found an object holding none (keys: a)".into())
        );
        assert_eq!(
            items(json!({"data": {"a": [1], "b": []}})),
            Err("unexpected response from /x: `data` should be a list, found an object holding several (keys: a, b)".into())
        );
        assert_eq!(
            items(json!({"data": "nope"})),
            Err("unexpected response from /x: `data` should be a list, found a string".into())
        );
        assert_eq!(
            items(json!("nope")),
            Err(
                "unexpected response from /x: expected a JSON object or list, found a string"
                    .into()
            )
        );
    }
}
