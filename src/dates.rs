//! Date flags: `2024-04-02`, RFC 3339 timestamps, or spans counted back from now (`24h`,
//! `7d`, `2w`), sent as the API writes dates: RFC 3339 in UTC with milliseconds.

use jiff::tz::TimeZone;
use jiff::{Span, Timestamp};

/// The API's own date format: `2024-04-02T07:06:03.910Z`.
pub fn format_api(ts: Timestamp) -> String {
    ts.strftime("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// Parses a date flag relative to `now`.
pub fn parse_date(value: &str, now: Timestamp) -> Result<Timestamp, String> {
    let v = value.trim();
    if let Ok(ts) = v.parse::<Timestamp>() {
        return Ok(ts);
    }
    if let Ok(date) = v.parse::<jiff::civil::Date>() {
        return date
            .to_zoned(TimeZone::UTC)
            .map(|z| z.timestamp())
            .map_err(|e| e.to_string());
    }
    let relative = v.len() > 1
        && v.is_ascii()
        && v[..v.len() - 1].chars().all(|c| c.is_ascii_digit())
        && matches!(v.as_bytes()[v.len() - 1], b's' | b'm' | b'h' | b'd' | b'w');
    if relative && let Ok(span) = v.parse::<Span>() {
        return now
            .to_zoned(TimeZone::UTC)
            .checked_sub(span)
            .map(|z| z.timestamp())
            .map_err(|e| e.to_string());
    }
    Err(format!(
        "`{value}` is not a date: use 2024-04-02, an RFC 3339 timestamp such as 2024-04-02T07:06:03Z, or a span back from now such as 24h, 7d, 2w"
    ))
}

/// clap value parser: the date in the API's format.
pub fn parse_date_arg(value: &str) -> Result<String, String> {
    parse_date(value, Timestamp::now()).map(format_api)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        "2026-11-23T12:00:00Z".parse().unwrap()
    }

    fn p(v: &str) -> String {
        format_api(parse_date(v, now()).unwrap())
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(p("2024-04-02"), "2024-04-02T00:00:00.000Z");
        assert_eq!(p("2024-04-02T07:06:03.91Z"), "2024-04-02T07:06:03.910Z");
        assert_eq!(p("2024-04-02T09:06:03+02:00"), "2024-04-02T07:06:03.000Z");
    }

    #[test]
    fn relative_spans_count_back_from_now() {
        assert_eq!(p("24h"), "2026-11-22T12:00:00.000Z");
        assert_eq!(p("7d"), "2026-11-16T12:00:00.000Z");
        assert_eq!(p("2w"), "2026-11-09T12:00:00.000Z");
        assert_eq!(p("90m"), "2026-11-23T10:30:00.000Z");
    }

    #[test]
    fn nonsense_is_refused() {
        for bad in ["yesterday", "7", "d", "-7d", "2024-13-01", "7y", "7é", "é"] {
            assert!(parse_date(bad, now()).is_err(), "{bad}");
        }
    }
}
