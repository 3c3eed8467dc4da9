//! Validation of JSON request bodies that reports every problem at once, one string each,
//! as the API's validation errors do (`data` is an array of messages), so a client's error
//! output can be checked against all of them.

use serde_json::{Map, Value};

use super::query::{Range, parse_time};

/// Reads required fields of a JSON object, collecting one message per problem.
pub(super) struct Fields<'a> {
    body: &'a Map<String, Value>,
    pub problems: Vec<String>,
}

impl<'a> Fields<'a> {
    pub fn new(body: &'a Map<String, Value>) -> Fields<'a> {
        Fields {
            body,
            problems: Vec::new(),
        }
    }

    pub fn get(&mut self, key: &str) -> Option<&'a Value> {
        let value = self.body.get(key);
        if value.is_none() {
            self.problems.push(format!("{key} is required"));
        }
        value
    }

    pub fn string(&mut self, key: &str) -> Option<String> {
        match self.get(key)? {
            Value::String(s) => Some(s.clone()),
            _ => self.wrong(key, "a string"),
        }
    }

    pub fn boolean(&mut self, key: &str) -> Option<bool> {
        match self.get(key)? {
            Value::Bool(b) => Some(*b),
            _ => self.wrong(key, "a boolean"),
        }
    }

    pub fn strings(&mut self, key: &str) -> Option<Vec<String>> {
        let Value::Array(items) = self.get(key)? else {
            return self.wrong(key, "an array");
        };
        let strings: Option<Vec<String>> = items
            .iter()
            .map(|v| v.as_str().map(str::to_owned))
            .collect();
        strings.or_else(|| self.wrong(key, "an array of strings"))
    }

    pub fn object(&mut self, key: &str) -> Option<Fields<'a>> {
        match self.get(key)? {
            Value::Object(body) => Some(Fields {
                body,
                problems: Vec::new(),
            }),
            _ => self.wrong(key, "an object"),
        }
    }

    /// A `{startAt, endsAt}` date range; empty strings leave that end open.
    pub fn range(&mut self, key: &str) -> Option<Range> {
        let mut inner = self.object(key)?;
        let end = |inner: &mut Fields, name: &str| -> Option<Option<jiff::Timestamp>> {
            let text = inner.string(name)?;
            if text.trim().is_empty() {
                return Some(None);
            }
            match parse_time(text.trim()) {
                Some(at) => Some(Some(at)),
                None => inner.wrong(name, "an RFC 3339 date-time or empty"),
            }
        };
        let start = end(&mut inner, "startAt");
        let ends = end(&mut inner, "endsAt");
        self.adopt(key, inner);
        Some(Range {
            start: start?,
            end: ends?,
        })
    }

    pub fn wrong<T>(&mut self, key: &str, what: &str) -> Option<T> {
        self.problems.push(format!("{key} must be {what}"));
        None
    }

    /// Takes a nested object's problems, naming them `outer.inner`.
    pub fn adopt(&mut self, key: &str, inner: Fields) {
        self.problems
            .extend(inner.problems.into_iter().map(|p| format!("{key}.{p}")));
    }

    /// An optional field: absent and `null` are `None` without a problem.
    pub fn optional(&self, key: &str) -> Option<&'a Value> {
        self.body.get(key).filter(|v| !v.is_null())
    }

    /// An optional string; a present non-string is a problem.
    pub fn optional_string(&mut self, key: &str) -> Option<String> {
        match self.optional(key)? {
            Value::String(s) => Some(s.clone()),
            _ => self.wrong(key, "a string"),
        }
    }

    /// An optional array of strings; a present value of another type is a problem.
    pub fn optional_strings(&mut self, key: &str) -> Option<Vec<String>> {
        self.optional(key)?;
        self.strings(key)
    }

    /// A required string that is not empty once trimmed (returned trimmed).
    pub fn text(&mut self, key: &str) -> Option<String> {
        let text = self.string(key)?;
        let text = text.trim();
        if text.is_empty() {
            self.problems.push(format!("{key} is required"));
            return None;
        }
        Some(text.to_owned())
    }

    /// Records a problem in the API's wording.
    pub fn problem(&mut self, problem: impl Into<String>) {
        self.problems.push(problem.into());
    }
}
