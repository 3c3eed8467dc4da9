//! One input row as a contact of `POST /inbox/users/import`.

use std::hash::Hasher;

use phonenumber::country::Id;
use serde_json::Value;

use super::phone::{parse_country, parse_phone, shown};
use super::{BOOKKEEPING, Record};

/// What applies to every row.
#[derive(Debug, Clone, Default)]
pub struct Defaults {
    pub country: Option<Id>,
    pub tags: Vec<String>,
    /// CSV columns that a later column of the same name overrides: see [`Defaults::header`].
    pub shadowed: Vec<bool>,
}

impl Defaults {
    /// Takes a CSV header in: of the columns with one name (case and surrounding spaces
    /// aside), only the last is read, in every row. Returns a warning for each such name,
    /// saying which columns have it and which one is used (`file` names the input).
    pub fn header(&mut self, file: &str, header: &[String]) -> Vec<String> {
        let name = |h: &String| h.trim().to_ascii_lowercase();
        let names: Vec<String> = header.iter().map(name).collect();
        self.shadowed = vec![false; header.len()];
        let mut warnings = Vec::new();
        for (i, n) in names.iter().enumerate() {
            // Once per name, at its first column; bp's own columns are never read.
            if n.is_empty() || BOOKKEEPING.contains(&n.as_str()) || names[..i].contains(n) {
                continue;
            }
            let at: Vec<usize> = (i..names.len()).filter(|&j| names[j] == *n).collect();
            let Some((&last, earlier)) = at.split_last().filter(|(_, e)| !e.is_empty()) else {
                continue;
            };
            for &j in earlier {
                self.shadowed[j] = true;
            }
            let count = match at.len() {
                2 => "two".to_string(),
                3 => "three".to_string(),
                k => k.to_string(),
            };
            let earlier: Vec<String> = earlier.iter().map(|j| (j + 1).to_string()).collect();
            warnings.push(format!(
                "{file} has {count} `{}` columns ({} and {}): using column {}",
                shown(header[i].trim()),
                earlier.join(", "),
                last + 1,
                last + 1
            ));
        }
        warnings
    }
}

/// A valid row: its number, the key of its phone number (for duplicates), and the item
/// the API receives.
#[derive(Debug, Clone)]
pub struct Contact {
    pub row: u64,
    pub key: u64,
    pub item: Item,
}

/// One contact of `POST /inbox/users/import`, serialized as the documents write it:
/// `{"profile": {"userDetails": {"userProvidedName", "contact": {"email", "phone":
/// {"number", "prefix"}}, "tags", "attributes": [{"key", "value"}]}}}`. Typed rather than a
/// JSON value, so that a batch is written straight from its rows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Item {
    pub name: Option<String>,
    pub email: Option<String>,
    pub prefix: String,
    pub number: String,
    pub tags: Vec<String>,
    /// `(key, value)`: the other columns.
    pub attributes: Vec<(String, String)>,
}

impl serde::Serialize for Item {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Profile<'a> {
            profile: Details<'a>,
        }
        #[derive(serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Details<'a> {
            user_details: UserDetails<'a>,
        }
        #[derive(serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        struct UserDetails<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            user_provided_name: Option<&'a str>,
            contact: ContactDetails<'a>,
            tags: &'a [String],
            attributes: Vec<Attribute<'a>>,
        }
        #[derive(serde::Serialize)]
        struct ContactDetails<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            email: Option<&'a str>,
            phone: Phone<'a>,
        }
        #[derive(serde::Serialize)]
        struct Phone<'a> {
            number: &'a str,
            prefix: &'a str,
        }
        #[derive(serde::Serialize)]
        struct Attribute<'a> {
            key: &'a str,
            value: &'a str,
        }
        Profile {
            profile: Details {
                user_details: UserDetails {
                    user_provided_name: self.name.as_deref(),
                    contact: ContactDetails {
                        email: self.email.as_deref(),
                        phone: Phone {
                            number: &self.number,
                            prefix: &self.prefix,
                        },
                    },
                    tags: &self.tags,
                    attributes: self
                        .attributes
                        .iter()
                        .map(|(key, value)| Attribute { key, value })
                        .collect(),
                },
            },
        }
        .serialize(serializer)
    }
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

/// The columns of a row that make a contact.
#[derive(Default)]
struct Columns<'a> {
    name: Option<String>,
    email: Option<String>,
    phone: Option<&'a Value>,
    country: Option<String>,
    tags: Vec<String>,
    attributes: Vec<(String, String)>,
}

/// `vip; trial` as tags.
fn split_tags(t: &str) -> impl Iterator<Item = String> + '_ {
    t.split(';')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(String::from)
}

/// Reads the columns but the `shadowed` ones; tags and attributes only if `all` (the
/// validation pass needs neither).
fn columns<'a>(record: &'a Record, shadowed: &[bool], all: bool) -> Columns<'a> {
    let mut c = Columns::default();
    for (i, (key, value)) in record.fields.iter().enumerate() {
        if shadowed.get(i) == Some(&true) {
            continue;
        }
        let k = key.trim();
        if k.eq_ignore_ascii_case("phone") {
            c.phone = Some(value);
        } else if k.eq_ignore_ascii_case("email") {
            c.email = text(value);
        } else if k.eq_ignore_ascii_case("country") {
            c.country = text(value);
        } else if !all {
            continue;
        } else if k.eq_ignore_ascii_case("name") {
            c.name = text(value);
        } else if k.eq_ignore_ascii_case("tags") {
            match value {
                Value::Array(items) => c.tags.extend(items.iter().filter_map(text)),
                Value::String(s) => c.tags.extend(split_tags(s)),
                other => {
                    if let Some(t) = text(other) {
                        c.tags.extend(split_tags(&t));
                    }
                }
            }
        } else if BOOKKEEPING.iter().any(|b| k.eq_ignore_ascii_case(b)) {
            continue;
        } else if let Some(v) = text(value) {
            c.attributes.push((k.to_string(), v));
        }
    }
    c
}

/// The row's `(prefix, number)`, or why it has none; then its email checked. `known` is the
/// key the validation pass found for this row: when the row still says that number, the
/// (costly) parse is not done again.
fn check_columns(
    c: &Columns,
    defaults: &Defaults,
    known: Option<u64>,
) -> Result<(String, String), String> {
    let region = match c.country.as_deref() {
        Some(code) => Some(parse_country(code).map_err(|m| format!("INVALID_COUNTRY: {m}"))?),
        None => defaults.country,
    };
    let raw_phone = match c.phone {
        None => return Err("MISSING_PHONE: the row has no phone column".into()),
        // A JSON number with a fraction or exponent went through a float: a spreadsheet's
        // `9.18E+11` arrives as 918000000000.0, its last digits lost.
        Some(Value::Number(n)) if n.is_f64() => {
            return Err(format!(
                "INVALID_PHONE: `{n}` is a floating-point number, so its digits may have been rounded away (a spreadsheet's 9.18E+11?): write phone numbers as strings"
            ));
        }
        // A whole number that ends in five zeros or more went through a float too: a
        // spreadsheet's number cell shown as 9.18E+11 holds 918000000000.
        Some(Value::Number(n)) if n.as_u64().is_some_and(lost_digits) => {
            return Err(format!(
                "INVALID_PHONE: `{n}` looks rounded (a number cell shown as {}?): its last digits are lost; store phone numbers as text",
                scientific(n.as_u64().unwrap_or(0))
            ));
        }
        Some(v) => text(v).unwrap_or_default(),
    };
    let parsed = match known.and_then(|key| still_says(key, &raw_phone, region)) {
        Some(known) => known,
        None => parse_phone(&raw_phone, region)?,
    };
    if let Some(e) = &c.email
        && !valid_email(e)
    {
        return Err(format!(
            "INVALID_EMAIL: `{}` is not an email address",
            shown(e)
        ));
    }
    Ok(parsed)
}

/// A number of ten digits or more whose last five are zeros: what a float with only its first
/// digits left looks like. No real phone number ends in 00000.
fn lost_digits(n: u64) -> bool {
    n >= 1_000_000_000 && n.is_multiple_of(100_000)
}

/// `918000000000` as a spreadsheet shows it: `9.18E+11`.
fn scientific(n: u64) -> String {
    let digits = n.to_string();
    let significant = digits.trim_end_matches('0');
    let mantissa = match &significant[1..] {
        "" => significant.to_string(),
        rest => format!("{}.{rest}", &significant[..1]),
    };
    format!("{mantissa}E+{}", digits.len() - 1)
}

/// Validates a row and returns the key of its number: the validation pass.
pub fn check(record: &Record, defaults: &Defaults) -> Result<u64, String> {
    let (prefix, number) =
        check_columns(&columns(record, &defaults.shadowed, false), defaults, None)?;
    Ok(phone_key(&prefix, &number))
}

/// Validates a row and builds its item; the error is the failed file's reason, starting
/// with a stable code. `known` is the key [`check`] gave for this row, if any.
pub fn prepare(
    record: &Record,
    defaults: &Defaults,
    known: Option<u64>,
) -> Result<Contact, String> {
    let c = columns(record, &defaults.shadowed, true);
    let (prefix, number) = check_columns(&c, defaults, known)?;
    let Columns {
        name,
        email,
        mut tags,
        attributes,
        ..
    } = c;
    for t in &defaults.tags {
        if !tags.contains(t) {
            tags.push(t.clone());
        }
    }
    Ok(Contact {
        row: record.row,
        key: phone_key(&prefix, &number),
        item: Item {
            name,
            email,
            prefix,
            number,
            tags,
            attributes,
        },
    })
}

/// The `(prefix, number)` an exact [`phone_key`] stands for, if `raw` still writes that
/// number: in full (`+CC…`, `00CC…`), or nationally (the number, or the region's trunk
/// prefix and the number) in a region whose calling code is the prefix. Anything else is
/// parsed again.
fn still_says(key: u64, raw: &str, region: Option<Id>) -> Option<(String, String)> {
    // Called for every row sent: the digits are spelt out on the stack, not in Strings.
    let prefix_len = (key >> 62) as usize;
    let number_len = ((key >> 57) & 31) as usize;
    let mut value = key & ((1 << 57) - 1);
    let mut key_digits = [b'0'; 32];
    let width = prefix_len + number_len;
    if prefix_len == 0 || width > key_digits.len() {
        return None;
    }
    for d in key_digits[..width].iter_mut().rev() {
        *d = b'0' + (value % 10) as u8;
        value /= 10;
    }
    let digits = std::str::from_utf8(&key_digits[..width]).ok()?;
    if value != 0 || digits.starts_with('0') {
        return None;
    }
    let (prefix, number) = digits.split_at(prefix_len);
    // Only digits and the usual separators: letters (`ext. 12`) go through the parser.
    if !raw
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().\t/".contains(c))
    {
        return None;
    }
    let mut raw_digits = [0u8; 40];
    let mut len = 0;
    for d in raw.bytes().filter(u8::is_ascii_digit) {
        *raw_digits.get_mut(len)? = d;
        len += 1;
    }
    let written = std::str::from_utf8(&raw_digits[..len]).ok()?;
    let international = raw.trim_start().starts_with('+') || written.starts_with("00");
    let same = if international {
        written.strip_prefix("00").unwrap_or(written) == digits
    } else {
        // Nationally: the number, or the region's trunk prefix and the number (`0…` in
        // India, `1…` in the US), in a region whose calling code is the prefix.
        region
            .and_then(|r| phonenumber::metadata::DATABASE.by_id(r.as_ref()))
            .is_some_and(|m| {
                let trunk = m.national_prefix().unwrap_or("");
                m.country_code().to_string() == prefix
                    && (written == number
                        || (!trunk.is_empty() && written.strip_prefix(trunk) == Some(number)))
            })
    };
    same.then(|| (prefix.to_string(), number.to_string()))
}

/// A number's identity for duplicates: exact for every E.164 number (at most 15 digits):
/// the digits of prefix and number as one integer, with both lengths in the top bits so
/// that `+1 23…` and `+12 3…`, or leading zeros, stay apart. Longer inputs fall back to a
/// hash.
fn phone_key(prefix: &str, number: &str) -> u64 {
    let digits = prefix.len() + number.len();
    if prefix.len() <= 3 && number.len() <= 31 && digits <= 17 {
        let value = prefix
            .bytes()
            .chain(number.bytes())
            .filter(u8::is_ascii_digit)
            .fold(0u64, |v, d| v * 10 + u64::from(d - b'0'));
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
    use serde_json::json;

    #[test]
    fn a_rounded_whole_number_is_refused() {
        assert!(lost_digits(918_000_000_000));
        assert!(!lost_digits(919_876_543_210));
        assert!(!lost_digits(100_000));
        assert_eq!(scientific(918_000_000_000), "9.18E+11");
        assert_eq!(scientific(900_000_000_000), "9E+11");
    }

    fn record(fields: &[(&str, Value)]) -> Record {
        Record {
            row: 7,
            fields: fields
                .iter()
                .map(|(k, v)| ((*k).into(), v.clone()))
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
            shadowed: Vec::new(),
        };
        let c = prepare(&rec, &defaults, None).unwrap();
        assert_eq!(c.row, 7);
        // As sent: the documented keys, in this order.
        assert_eq!(
            serde_json::to_string(&c.item).unwrap(),
            json!({"profile": {"userDetails": {
                "userProvidedName": "Ana Lima",
                "contact": {"email": "ana@lima.io", "phone": {"number": "9876543210", "prefix": "91"}},
                "tags": ["vip", "trial", "import"],
                "attributes": [{"key": "City", "value": "Pune"}]
            }}})
            .to_string()
        );
    }

    #[test]
    fn a_row_without_name_or_email_sends_neither_key() {
        let c = prepare(
            &record(&[("phone", json!("+91 98765 43210")), ("name", json!(" "))]),
            &Defaults::default(),
            None,
        )
        .unwrap();
        assert_eq!(
            serde_json::to_string(&c.item).unwrap(),
            r#"{"profile":{"userDetails":{"contact":{"phone":{"number":"9876543210","prefix":"91"}},"tags":[],"attributes":[]}}}"#
        );
    }

    #[test]
    fn the_same_number_written_two_ways_has_one_key() {
        let d = Defaults::default();
        let a = prepare(&record(&[("phone", json!("+91 98765 43210"))]), &d, None).unwrap();
        let b = prepare(&record(&[("phone", json!("0091-9876543210"))]), &d, None).unwrap();
        let c = prepare(&record(&[("phone", json!("+91 98765 43211"))]), &d, None).unwrap();
        assert_eq!(a.key, b.key);
        assert_ne!(a.key, c.key);
        assert_ne!(phone_key("1", "23456"), phone_key("12", "3456"));
        assert_ne!(phone_key("39", "0612"), phone_key("39", "612"));
    }

    #[test]
    fn a_row_that_still_says_its_number_is_not_parsed_again() {
        let key = |p: &str, n: &str| phone_key(p, n);
        let india = Some(parse_country("IN").unwrap());
        let ok = |p: &str, n: &str| Some((p.to_string(), n.to_string()));
        let k = key("91", "9876543210");
        assert_eq!(
            still_says(k, "+91 98765 43210", None),
            ok("91", "9876543210")
        );
        assert_eq!(
            still_says(k, "0091-9876543210", None),
            ok("91", "9876543210")
        );
        assert_eq!(still_says(k, "098765 43210", india), ok("91", "9876543210"));
        assert_eq!(still_says(k, "98765 43210", india), ok("91", "9876543210"));
        // Another number, another region, letters, or no region: parsed again.
        assert_eq!(still_says(k, "+91 98765 43211", None), None);
        assert_eq!(
            still_says(k, "98765 43210", Some(parse_country("US").unwrap())),
            None
        );
        assert_eq!(still_says(k, "98765 43210", None), None);
        assert_eq!(still_says(k, "+91 98765 43210 ext 1", None), None);
        // Another digit where India's trunk prefix 0 goes: parsed again.
        assert_eq!(still_says(k, "198765 43210", india), None);
        // Italian numbers keep their leading zero.
        let it = key("39", "0669881234");
        assert_eq!(
            still_says(it, "+39 06 698 81234", None),
            ok("39", "0669881234")
        );
        // A hashed key (too long for an exact one) never decodes.
        let long = key("1234", "5");
        assert_eq!(still_says(long, "+12345", None), None);
        // And the item is the same either way.
        let d = Defaults::default();
        let rec = record(&[("phone", json!("+91 98765 43210")), ("name", json!("A"))]);
        let known = check(&rec, &d).unwrap();
        assert_eq!(known, k);
        assert_eq!(
            prepare(&rec, &d, Some(known)).unwrap().item,
            prepare(&rec, &d, None).unwrap().item
        );
    }

    #[test]
    fn of_columns_with_one_name_the_last_is_read() {
        let header: Vec<String> = ["Phone", "name", " phone ", "row", "row", "", "", "PHONE"]
            .map(String::from)
            .into();
        let mut d = Defaults::default();
        let warnings = d.header("in.csv", &header);
        assert_eq!(
            warnings,
            ["in.csv has three `Phone` columns (1, 3 and 8): using column 8"]
        );
        assert_eq!(
            d.shadowed,
            [true, false, true, false, false, false, false, false]
        );
        let rec = Record {
            row: 1,
            fields: header
                .iter()
                .zip([
                    "+91 98765 43210",
                    "A",
                    "x",
                    "",
                    "",
                    "",
                    "",
                    "+91 98765 43211",
                ])
                .map(|(k, v)| (k.as_str().into(), json!(v)))
                .collect(),
        };
        assert_eq!(prepare(&rec, &d, None).unwrap().item.number, "9876543211");
        assert!(
            Defaults::default()
                .header("x", &["a".into(), "b".into()])
                .is_empty()
        );
    }

    #[test]
    fn refusals_have_codes() {
        let d = Defaults::default();
        let code = |fields: &[(&str, Value)]| {
            prepare(&record(fields), &d, None)
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
        let err = prepare(&record(&[("phone", json!(919876543210.0))]), &d, None).unwrap_err();
        assert!(err.contains("is a floating-point number"), "{err}");
        assert_eq!(
            code(&[("phone", json!("5551234")), ("country", json!("Narnia"))]),
            "INVALID_COUNTRY"
        );
    }
}
