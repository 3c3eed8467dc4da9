//! The API's timestamps as a terminal table shows them: how long ago (or how soon) within 30
//! days of now (`5m ago`, `3h ago`, `12d ago`, `in 2d`, as gh does), else the local date
//! (`2024-04-02`, as `ls -l` drops the time of day of old files): narrow columns, in the
//! reader's time zone. Pipes and the other formats keep the API's values.

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// Up to this long ago, a time is said relative to now.
const RECENT_SECS: u64 = 30 * 86_400;

/// "Now" and the local time zone, read once: what a table's times are shown against.
#[derive(Debug, Clone)]
pub struct Clock {
    pub now: Timestamp,
    pub tz: TimeZone,
}

impl Clock {
    /// The system's clock and time zone (`TZ`, else `/etc/localtime`, else UTC); `now`
    /// instead of the clock where given (a fixed "now" for tests).
    pub fn system(now: Option<Timestamp>) -> Clock {
        Clock {
            now: now.unwrap_or_else(Timestamp::now),
            tz: TimeZone::system(),
        }
    }

    /// `cell` as a table shows it: a timestamp relative or local, anything else as it is.
    pub fn show(&self, cell: String) -> String {
        match timestamp(&cell) {
            Some(ts) => self.format(ts),
            None => cell,
        }
    }

    fn format(&self, ts: Timestamp) -> String {
        let ago = self.now.as_second() - ts.as_second();
        let span = match ago.unsigned_abs() {
            // (A time a little ahead of this machine's clock is also "just now".)
            0..60 => return "just now".to_string(),
            s @ 60..3_600 => format!("{}m", s / 60),
            s @ 3_600..86_400 => format!("{}h", s / 3_600),
            s @ 86_400..RECENT_SECS => format!("{}d", s / 86_400),
            _ => return ts.to_zoned(self.tz.clone()).date().to_string(),
        };
        match ago > 0 {
            true => format!("{span} ago"),
            false => format!("in {span}"),
        }
    }
}

/// An RFC 3339 timestamp (`2024-04-02T07:06:03.910Z`, `2024-04-02T12:36:03+05:30`): a date
/// alone, or a date and time without an offset, is not one.
pub fn timestamp(cell: &str) -> Option<Timestamp> {
    let b = cell.as_bytes();
    let shaped = b.len() >= 20
        && b.len() <= 40
        && b[4] == b'-'
        && b[7] == b'-'
        && matches!(b[10], b'T' | b't' | b' ');
    shaped.then(|| cell.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock(tz: &str) -> Clock {
        Clock {
            now: "2025-11-20T12:00:00Z".parse().unwrap(),
            tz: TimeZone::posix(tz).unwrap(),
        }
    }

    #[test]
    fn recent_times_are_relative() {
        let c = clock("UTC0");
        let show = |s: &str| c.show(s.to_string());
        assert_eq!(show("2025-11-20T11:59:30.000Z"), "just now");
        assert_eq!(show("2025-11-20T12:00:40.000Z"), "just now");
        assert_eq!(show("2025-11-20T11:55:00.000Z"), "5m ago");
        assert_eq!(show("2025-11-20T09:00:00.000Z"), "3h ago");
        assert_eq!(show("2025-11-19T12:00:00.000Z"), "1d ago");
        assert_eq!(show("2025-11-13T02:07:00.000Z"), "7d ago");
        assert_eq!(show("2025-10-21T12:00:01Z"), "29d ago");
    }

    #[test]
    fn soon_times_are_relative_too() {
        let c = clock("UTC0");
        assert_eq!(c.show("2025-11-20T12:10:00Z".into()), "in 10m");
        assert_eq!(c.show("2025-11-23T12:00:00Z".into()), "in 3d");
    }

    #[test]
    fn other_times_are_local_dates() {
        let c = clock("IST-5:30");
        let show = |s: &str| c.show(s.to_string());
        assert_eq!(show("2025-10-21T12:00:00.000Z"), "2025-10-21");
        assert_eq!(show("2025-12-30T00:00:00Z"), "2025-12-30");
        // The date where the reader is, not in UTC.
        assert_eq!(show("2024-04-02T20:06:03.910Z"), "2024-04-03");
        assert_eq!(show("2024-04-03T01:06:03+05:30"), "2024-04-03");
        let c = clock("EST5EDT,M3.2.0,M11.1.0");
        assert_eq!(c.show("2024-04-02T02:06:03.910Z".into()), "2024-04-01");
    }

    #[test]
    fn other_cells_are_kept() {
        let c = clock("UTC0");
        for cell in [
            "2024-04-02",
            "2024-04-02T07:06:03.910",
            "not a timestamp at all!!",
            "2024-13-02T07:06:03.910Z",
            "",
        ] {
            assert_eq!(c.show(cell.to_string()), cell);
        }
    }
}
