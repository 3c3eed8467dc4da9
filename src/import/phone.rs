//! Phone numbers by the libphonenumber rules (the `phonenumber` crate), not a regex: a
//! number becomes the calling code and the national number the import API wants.

use std::borrow::Cow;

use phonenumber::country::Id;
use phonenumber::metadata::{Descriptor, Descriptors};

/// A value as a reason quotes it: at most 40 characters, so that a 10 MB cell makes a
/// short reason (the failed file keeps the whole cell beside it).
pub fn shown(value: &str) -> String {
    const MAX: usize = 40;
    match value.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}…", &value[..end]),
        None => value.to_string(),
    }
}

/// `(prefix, number)`: the calling code without `+`, and the national number as digits.
pub fn parse_phone(raw: &str, country: Option<Id>) -> Result<(String, String), String> {
    let text = raw.trim();
    if text.is_empty() {
        return Err("MISSING_PHONE: the row has no phone number".into());
    }
    let shown_text = || shown(text);
    if text.contains(['e', 'E']) && is_scientific(&text.replace(char::is_whitespace, "")) {
        return Err(format!(
            "INVALID_PHONE: `{}` is in scientific notation, so a spreadsheet has rounded it: export the column as text",
            shown_text()
        ));
    }
    // `0091…` is how much of the world dials `+91…`; without a region the parser cannot
    // know that, so say it for it.
    let starts_00 = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(2)
        .eq("00".chars());
    let normalized = match starts_00.then(|| text.replace(char::is_whitespace, "")) {
        Some(compact) if !compact[2..].starts_with('0') => {
            Cow::Owned(format!("+{}", &compact[2..]))
        }
        _ => Cow::Borrowed(text),
    };
    let has_code = normalized.starts_with('+');
    if !has_code && country.is_none() {
        return Err(format!(
            "INVALID_PHONE: `{}` has no country code: write it as +CC…, add a `country` column, or pass --default-country",
            shown_text()
        ));
    }
    let number =
        phonenumber::parse(if has_code { None } else { country }, &*normalized).map_err(|e| {
            format!(
                "INVALID_PHONE: `{}` is not a phone number ({e})",
                shown_text()
            )
        })?;
    // `ext 12`, `x12`, `#12`: the API has no field for it, and dropping it would dial
    // the switchboard instead of the person.
    if number.extension().is_some() {
        return Err("INVALID_PHONE: extensions are not supported".into());
    }
    let national = number.national();
    let digits = format!(
        "{}{}",
        "0".repeat(usize::from(national.zeros())),
        national.value()
    );
    if !is_valid(&number, &digits) {
        let region = number
            .country()
            .id()
            .map_or_else(|| "any region".to_string(), |id| format!("{id:?}"));
        return Err(format!(
            "INVALID_PHONE: `{}` is not a valid number for {region}",
            shown_text()
        ));
    }
    Ok((number.code().value().to_string(), digits))
}

/// What `phonenumber::is_valid` answers, with fewer regex matches. To name a number's type
/// the library tries ten types in a fixed order, mobile and fixed line last; validity needs
/// only one to match, and mobile and fixed-line numbers, most of a contact list, are tried
/// first here. Calling codes shared by several regions (+1, +7, +44…) and
/// non-geographic ones (+800…) are left to the library.
fn is_valid(number: &phonenumber::PhoneNumber, national: &str) -> bool {
    let db = &*phonenumber::metadata::DATABASE;
    let code = number.code().value();
    let meta = db
        .region(&code)
        .filter(|regions| regions.len() == 1 && regions[0].parse::<Id>().is_ok())
        .and_then(|regions| db.by_id(regions[0]));
    let Some(meta) = meta else {
        return phonenumber::is_valid(number);
    };
    let d = meta.descriptors();
    d.general().is_match(national)
        && number_types(d)
            .into_iter()
            .flatten()
            .any(|t| t.is_match(national))
}

/// The types a valid number is one of, mobile and fixed line first.
fn number_types(d: &Descriptors) -> [Option<&Descriptor>; 10] {
    [
        d.mobile(),
        d.fixed_line(),
        d.premium_rate(),
        d.toll_free(),
        d.shared_cost(),
        d.voip(),
        d.personal_number(),
        d.pager(),
        d.uan(),
        d.voicemail(),
    ]
}

fn is_scientific(s: &str) -> bool {
    let upper = s.to_ascii_uppercase();
    match upper.split_once('E') {
        Some((mantissa, exp)) => {
            !mantissa.is_empty()
                && mantissa
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
                && exp
                    .trim_start_matches(['+', '-'])
                    .chars()
                    .all(|c| c.is_ascii_digit())
                && !exp.trim_start_matches(['+', '-']).is_empty()
        }
        None => false,
    }
}

/// A region code (`IN`, `us`) as the parser knows it.
pub fn parse_country(code: &str) -> Result<Id, String> {
    code.trim().to_ascii_uppercase().parse::<Id>().map_err(|_| {
        format!(
            "`{}` is not an ISO 3166 region code such as IN or US",
            shown(code)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(raw: &str, country: Option<&str>) -> Result<(String, String), String> {
        parse_phone(raw, country.map(|c| parse_country(c).unwrap()))
    }

    fn ok(prefix: &str, number: &str) -> Result<(String, String), String> {
        Ok((prefix.to_string(), number.to_string()))
    }

    #[test]
    fn the_documented_forms() {
        assert_eq!(p("+91 98765 43210", None), ok("91", "9876543210"));
        assert_eq!(p("0091-9876543210", None), ok("91", "9876543210"));
        assert_eq!(p("(415) 555-2671", Some("US")), ok("1", "4155552671"));
        assert_eq!(p("+1 (415) 555-2671", Some("IN")), ok("1", "4155552671"));
        assert_eq!(p("98765 43210", Some("in")), ok("91", "9876543210"));
    }

    #[test]
    fn national_prefixes_and_leading_zeros() {
        // The UK trunk 0 is dropped; Italian fixed lines keep their leading 0.
        assert_eq!(p("07911 123456", Some("GB")), ok("44", "7911123456"));
        assert_eq!(p("+39 06 698 81234", None), ok("39", "0669881234"));
    }

    #[test]
    fn refusals_say_why() {
        let reason = |raw: &str, c: Option<&str>| p(raw, c).unwrap_err();
        assert!(reason("", None).starts_with("MISSING_PHONE:"));
        assert!(reason("9.18E+11", Some("IN")).contains("scientific notation"));
        assert!(reason("98765 43210", None).contains("has no country code"));
        assert!(reason("+91 12345", None).starts_with("INVALID_PHONE:"));
        assert!(reason("call me", Some("US")).starts_with("INVALID_PHONE:"));
        assert!(reason("+1 555 0100", None).starts_with("INVALID_PHONE:"));
        assert!(parse_country("XX").is_err());
        for with_extension in [
            "+1 415 555 2671 ext 12",
            "+1 415 555 2671 x7",
            "+1 415-555-2671 #4",
        ] {
            assert_eq!(
                reason(with_extension, None),
                "INVALID_PHONE: extensions are not supported",
                "{with_extension}"
            );
        }
        assert_eq!(
            reason("(415) 555-2671 ext. 3", Some("US")),
            "INVALID_PHONE: extensions are not supported"
        );
    }

    #[test]
    fn reasons_quote_at_most_forty_characters() {
        assert_eq!(shown("+91 98765 43210"), "+91 98765 43210");
        let long = "é".repeat(41);
        assert_eq!(shown(&long), format!("{}…", "é".repeat(40)));
        let reason = p(&format!("+91{}", "9".repeat(1000)), None).unwrap_err();
        assert!(reason.len() < 120, "{reason}");
    }

    /// Every kind of number the metadata describes.
    fn every_kind(d: &Descriptors) -> [Option<&Descriptor>; 16] {
        [
            Some(d.general()),
            d.fixed_line(),
            d.mobile(),
            d.toll_free(),
            d.premium_rate(),
            d.shared_cost(),
            d.personal_number(),
            d.voip(),
            d.pager(),
            d.uan(),
            d.emergency(),
            d.voicemail(),
            d.short_code(),
            d.standard_rate(),
            d.carrier(),
            d.no_international(),
        ]
    }

    /// `vendor/regex-cache` no longer checks a pattern's syntax when the metadata loads, so
    /// a pattern the regex crate refused would panic at its first use: compile every one.
    #[test]
    fn every_pattern_compiles() {
        let mut compiled = 0;
        for meta in phonenumber::metadata::DATABASE.iter() {
            let mut patterns: Vec<_> = every_kind(meta.descriptors())
                .into_iter()
                .flatten()
                .map(|d| d.national_number())
                .collect();
            patterns.extend(meta.international_prefix());
            patterns.extend(meta.national_prefix_for_parsing());
            patterns.extend(meta.leading_digits());
            for format in meta.formats().iter().chain(meta.international_formats()) {
                patterns.push(format.pattern());
                patterns.extend(format.leading_digits());
            }
            for pattern in patterns {
                // Panics if the pattern does not compile.
                let _ = pattern.is_match("");
                compiled += 1;
            }
        }
        assert!(compiled > 4000, "{compiled}");
    }

    #[test]
    fn validity_is_the_librarys() {
        // Every example number of every region, and near misses of each: one digit
        // fewer, one more, the first digit changed.
        let mut checked = 0;
        for meta in phonenumber::metadata::DATABASE.iter() {
            let Ok(region) = meta.id().parse::<Id>() else {
                continue;
            };
            // Every kind the metadata has (`every_kind`, not `number_types`: the test must
            // not share the list it checks).
            let kinds = every_kind(meta.descriptors());
            for example in kinds.into_iter().flatten().filter_map(|d| d.example()) {
                if example.len() < 2 || !example.is_ascii() {
                    continue;
                }
                let first = if example.starts_with('9') { "1" } else { "9" };
                let variants = [
                    example.to_string(),
                    example[..example.len() - 1].to_string(),
                    format!("{example}7"),
                    format!("{first}{}", &example[1..]),
                ];
                for national in variants {
                    let Ok(number) = phonenumber::parse(Some(region), &national) else {
                        continue;
                    };
                    let n = number.national();
                    let digits = format!("{}{}", "0".repeat(usize::from(n.zeros())), n.value());
                    assert_eq!(
                        is_valid(&number, &digits),
                        phonenumber::is_valid(&number),
                        "{region:?} {national}"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }
}
