//! The import rows of a body in the shape every client sends: parsed straight into rows,
//! without building a JSON tree first. Building and dropping that tree (a map and its keys
//! for every object of every row) was most of the emulator's work on a big import. Anything
//! else (a field missing, of another type, given twice, an object given as an array) is
//! left to the field-by-field reading, which says what is wrong: this path accepts exactly
//! the bodies that reading accepts without a problem, and makes the same rows of them.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::super::model::ImportRow;

/// The rows, if the body is an array of typical rows that are all valid.
pub(super) fn typical_rows(body: &[u8]) -> Option<Vec<ImportRow>> {
    let rows: Vec<Object<Row<'_>>> = serde_json::from_slice(body).ok()?;
    rows.into_iter()
        .map(|Object(row)| row.into_import_row())
        .collect()
}

#[derive(Deserialize)]
struct Row<'a> {
    #[serde(borrow)]
    profile: Object<Profile<'a>>,
}

#[derive(Deserialize)]
struct Profile<'a> {
    #[serde(borrow, rename = "userDetails")]
    user_details: Object<Details<'a>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Details<'a> {
    #[serde(borrow, default)]
    user_provided_name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    contact: Object<Contact<'a>>,
    #[serde(borrow, default)]
    tags: Option<Vec<Cow<'a, str>>>,
    #[serde(default)]
    attributes: Option<Vec<Object<Attribute>>>,
}

#[derive(Deserialize)]
struct Contact<'a> {
    #[serde(borrow, default)]
    email: Option<Cow<'a, str>>,
    #[serde(borrow)]
    phone: Object<Phone<'a>>,
}

#[derive(Deserialize)]
struct Phone<'a> {
    #[serde(borrow)]
    number: Cow<'a, str>,
    #[serde(borrow)]
    prefix: Cow<'a, str>,
}

#[derive(Deserialize)]
struct Attribute {
    key: String,
    #[serde(default)]
    value: Value,
}

impl Row<'_> {
    fn into_import_row(self) -> Option<ImportRow> {
        let Object(Profile {
            user_details: Object(details),
        }) = self.profile;
        let Object(contact) = details.contact;
        let Object(phone) = contact.phone;
        let text = |s: Option<Cow<'_, str>>| s.map(|s| s.trim().to_owned()).unwrap_or_default();
        Some(ImportRow {
            name: text(details.user_provided_name),
            email: text(contact.email),
            prefix: digits(&phone.prefix, 1, 3)?,
            number: digits(&phone.number, 4, 14)?,
            tags: details
                .tags
                .unwrap_or_default()
                .into_iter()
                .map(Cow::into_owned)
                .collect(),
            attributes: details
                .attributes
                .unwrap_or_default()
                .into_iter()
                .map(|Object(a)| (a.key, a.value))
                .collect(),
        })
    }
}

/// As `super::digits` accepts them: `min..=max` ASCII digits, trimmed.
fn digits(text: &str, min: usize, max: usize) -> Option<String> {
    let s = text.trim();
    let ok =
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (min..=max).contains(&s.len());
    ok.then(|| s.to_owned())
}

/// A `T` given as a JSON object, and only so: serde's derived structs also take an array of
/// their fields, which the field-by-field reading refuses.
struct Object<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Only<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Only<T> {
            type Value = Object<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Object<T>, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map)).map(Object)
            }
        }
        deserializer.deserialize_map(Only(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::typical_rows;

    /// What the field-by-field reading makes of these rows: all of them, or none.
    fn read(rows: &Value) -> Option<Vec<super::ImportRow>> {
        rows.as_array()?
            .iter()
            .map(|row| super::super::parse_import_row(row, false).ok())
            .collect()
    }

    #[test]
    fn takes_exactly_what_the_field_by_field_reading_takes() {
        let good = json!({"profile": {"userDetails": {
            "userProvidedName": " Asha Rao ", "tags": ["vip", "wa"],
            "attributes": [{"key": "city", "value": "Pune"}, {"key": "n", "value": 2}, {"key": "x"}],
            "contact": {"email": "a@example.com ", "phone": {"number": " 9812345678", "prefix": "91"}}}}});
        let mut cases = vec![json!([]), json!([good.clone(), good.clone()])];
        let mut variant = |path: &[&str], value: Value| {
            let mut row = good.clone();
            let mut at = &mut row;
            for key in &path[..path.len() - 1] {
                at = &mut at[*key];
            }
            at[path[path.len() - 1]] = value;
            cases.push(json!([good.clone(), row]));
        };
        let details = ["profile", "userDetails"];
        let at = |rest: &[&'static str]| -> Vec<&'static str> {
            details.iter().chain(rest).copied().collect()
        };
        variant(&at(&["userProvidedName"]), Value::Null);
        variant(&at(&["userProvidedName"]), json!(7));
        variant(&at(&["tags"]), Value::Null);
        variant(&at(&["tags"]), json!(["ok", 1]));
        variant(&at(&["tags"]), json!("vip"));
        variant(&at(&["attributes"]), Value::Null);
        variant(&at(&["attributes"]), json!([["city", "Pune"]]));
        variant(&at(&["attributes"]), json!([{"value": 1}]));
        variant(&at(&["attributes"]), json!([{"key": 1, "value": 1}]));
        variant(&at(&["contact"]), Value::Null);
        variant(&at(&["contact"]), json!([{"email": "a@b"}]));
        variant(&at(&["contact", "email"]), Value::Null);
        variant(&at(&["contact", "email"]), json!(["a@b"]));
        variant(&at(&["contact", "phone"]), json!(["9812345678", "91"]));
        variant(&at(&["contact", "phone", "number"]), json!(9812345678u64));
        variant(&at(&["contact", "phone", "number"]), json!("98-12"));
        variant(&at(&["contact", "phone", "number"]), json!("123"));
        variant(&at(&["contact", "phone", "number"]), json!("   "));
        variant(&at(&["contact", "phone", "prefix"]), json!("9191"));
        variant(&at(&["contact", "phone", "prefix"]), Value::Null);
        variant(&["profile"], json!([{"userDetails": {}}]));
        variant(&["profile", "userDetails"], json!("x"));
        variant(
            &["profile", "userDetails", "unknown"],
            json!({"any": "thing"}),
        );
        cases.push(json!({"not": "an array"}));
        cases.push(json!([[good.clone()]]));
        for case in &cases {
            let text = case.to_string();
            assert_eq!(typical_rows(text.as_bytes()), read(case), "{text}");
        }
        // A key given twice: the reading keeps the last, this path leaves it to the reading.
        let twice = text_with_duplicate(&good);
        assert_eq!(typical_rows(twice.as_bytes()), None);
        assert!(
            typical_rows(good.to_string().replace("Asha", "A\\u0073ha").as_bytes())
                .is_none_or(|rows| rows[0].name == "Asha Rao")
        );
    }

    fn text_with_duplicate(row: &Value) -> String {
        let text = format!("[{row}]");
        text.replacen(
            "\"userProvidedName\"",
            "\"userProvidedName\":\"X\",\"userProvidedName\"",
            1,
        )
    }
}
