//! One input row as a contact of `POST /inbox/users/import`.

use std::hash::Hasher;

use phonenumber::country::Id;
use serde_json::{Value, json};

use super::phone::{parse_country, parse_phone, shown};
use super::{BOOKKEEPING, Record};

/// What applies to every row.
#[derive(Debug, Clone, Default)]
pub struct Defaults {
    pub country: Option<Id>,
    pub tags: Vec<String>,
}

/// A valid row: its number, the key of its phone number (for duplicates), and the item
/// the API receives.
#[derive(Debug, Clone)]
pub struct Contact {
    pub row: u64,
    pub key: u64,
    pub item: Value,
}

fn text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        other => Some(other.to_string()),
    }
}

/// Validates a row; the error is the failed file's reason, starting with a stable code.
pub fn prepare(record: &Record, defaults: &Defaults) -> Result<Contact, String> {
    let (mut name, mut email, mut phone, mut country) = (None, None, None, None);
    let mut tags: Vec<String> = Vec::new();
    let mut attributes = Vec::new();
    for (key, value) in &record.fields {
        let k = key.trim();
        if k.eq_ignore_ascii_case("name") {
            name = text(value);
        } else if k.eq_ignore_ascii_case("email") {
            email = text(value);
        } else if k.eq_ignore_ascii_case("phone") {
            phone = Some(value);
        } else if k.eq_ignore_ascii_case("country") {
            country = text(value);
        } else if k.eq_ignore_ascii_case("tags") {
            match value {
                Value::Array(items) => tags.extend(items.iter().filter_map(text)),
                other => {
                    if let Some(t) = text(other) {
                        tags.extend(
                            t.split(';')
                                .map(str::trim)
                                .filter(|t| !t.is_empty())
                                .map(String::from),
                        );
                    }
                }
            }
        } else if BOOKKEEPING.iter().any(|b| k.eq_ignore_ascii_case(b)) {
            continue;
        } else if let Some(v) = text(value) {
            attributes.push(json!({"key": k, "value": v}));
        }
    }
    let region = match country.as_deref() {
        Some(code) => Some(parse_country(code).map_err(|m| format!("INVALID_COUNTRY: {m}"))?),
        None => defaults.country,
    };
    let raw_phone = match phone {
        None => return Err("MISSING_PHONE: the row has no phone column".into()),
        // A JSON number with a fraction or exponent went through a float: a spreadsheet's
        // `9.18E+11` arrives as 918000000000.0, its last digits lost.
        Some(Value::Number(n)) if n.is_f64() => {
            return Err(format!(
                "INVALID_PHONE: `{n}` is a floating-point number, so its digits may have been rounded away (a spreadsheet's 9.18E+11?): write phone numbers as strings"
            ));
        }
        Some(v) => text(v).unwrap_or_default(),
    };
    let (prefix, number) = parse_phone(&raw_phone, region)?;
    if let Some(e) = &email
        && !valid_email(e)
    {
        return Err(format!(
            "INVALID_EMAIL: `{}` is not an email address",
            shown(e)
        ));
    }
    for t in &defaults.tags {
        if !tags.contains(t) {
            tags.push(t.clone());
        }
    }
    let key = phone_key(&prefix, &number);
    let mut details = serde_json::Map::new();
    if let Some(n) = name {
        details.insert("userProvidedName".into(), Value::from(n));
    }
    let mut contact = serde_json::Map::new();
    if let Some(e) = email {
        contact.insert("email".into(), Value::from(e));
    }
    contact.insert("phone".into(), json!({"number": number, "prefix": prefix}));
    details.insert("contact".into(), Value::Object(contact));
    details.insert("tags".into(), Value::from(tags));
    details.insert("attributes".into(), Value::from(attributes));
    Ok(Contact {
        row: record.row,
        key,
        item: json!({"profile": {"userDetails": details}}),
    })
}

/// A number's identity for duplicates: exact for every E.164 number (at most 15 digits):
/// the digits of prefix and number as one integer, with both lengths in the top bits so
/// that `+1 23…` and `+12 3…`, or leading zeros, stay apart. Longer inputs fall back to a
/// hash.
fn phone_key(prefix: &str, number: &str) -> u64 {
    let digits = prefix.len() + number.len();
    if prefix.len() <= 3 && number.len() <= 31 && digits <= 17 {
        let value = format!("{prefix}{number}").parse::<u64>().unwrap_or(0);
        ((prefix.len() as u64) << 62) | ((number.len() as u64) << 57) | value
    } else {
        let mut hasher = fnv::FnvHasher::default();
        hasher.write(prefix.as_bytes());
        hasher.write_u8(b':');
        hasher.write(number.as_bytes());
        hasher.finish() | (1 << 56)
    }
}

/// A plausible address: one `@`, something before it, a dotted domain after, no spaces.
pub fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(fields: &[(&str, Value)]) -> Record {
        Record {
            row: 7,
            fields: fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        }
    }

    #[test]
    fn a_csv_row_becomes_the_documented_item() {
        let rec = record(&[
            ("Name", json!("Ana Lima")),
            ("EMAIL", json!("ana@lima.io")),
            ("Phone", json!("98765 43210")),
            ("country", json!("in")),
            ("tags", json!("vip; trial")),
            ("City", json!("Pune")),
            ("empty", json!("")),
            ("row", json!("3")),
            ("reason", json!("INVALID_PHONE: x")),
        ]);
        let defaults = Defaults {
            country: None,
            tags: vec!["import".into(), "vip".into()],
        };
        let c = prepare(&rec, &defaults).unwrap();
        assert_eq!(c.row, 7);
        assert_eq!(
            c.item,
            json!({"profile": {"userDetails": {
                "userProvidedName": "Ana Lima",
                "contact": {"email": "ana@lima.io", "phone": {"number": "9876543210", "prefix": "91"}},
                "tags": ["vip", "trial", "import"],
                "attributes": [{"key": "City", "value": "Pune"}]
            }}})
        );
    }

    #[test]
    fn the_same_number_written_two_ways_has_one_key() {
        let d = Defaults::default();
        let a = prepare(&record(&[("phone", json!("+91 98765 43210"))]), &d).unwrap();
        let b = prepare(&record(&[("phone", json!("0091-9876543210"))]), &d).unwrap();
        let c = prepare(&record(&[("phone", json!("+91 98765 43211"))]), &d).unwrap();
        assert_eq!(a.key, b.key);
        assert_ne!(a.key, c.key);
        assert_ne!(phone_key("1", "23456"), phone_key("12", "3456"));
        assert_ne!(phone_key("39", "0612"), phone_key("39", "612"));
    }

    #[test]
    fn refusals_have_codes() {
        let d = Defaults::default();
        let code = |fields: &[(&str, Value)]| {
            prepare(&record(fields), &d)
                .unwrap_err()
                .split(':')
                .next()
                .unwrap()
                .to_string()
        };
        assert_eq!(code(&[("name", json!("x"))]), "MISSING_PHONE");
        assert_eq!(code(&[("phone", json!(""))]), "MISSING_PHONE");
        assert_eq!(
            code(&[("phone", json!("+91 98765 43210")), ("email", json!("a@b"))]),
            "INVALID_EMAIL"
        );
        assert_eq!(code(&[("phone", json!("12"))]), "INVALID_PHONE");
        // A float is never taken for a number, even one that happens to be exact.
        let err = prepare(&record(&[("phone", json!(919876543210.0))]), &d).unwrap_err();
        assert!(err.contains("is a floating-point number"), "{err}");
        assert_eq!(
            code(&[("phone", json!("5551234")), ("country", json!("Narnia"))]),
            "INVALID_COUNTRY"
        );
    }
}
