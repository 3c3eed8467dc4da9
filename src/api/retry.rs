//! The retry schedule: capped exponential backoff with full jitter, and `Retry-After`.

use std::time::{Duration, SystemTime};

/// Waits above this are not slept through: the command stops and says when to retry.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(120);

#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    pub base: Duration,
    pub cap: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff {
            base: Duration::from_millis(500),
            cap: Duration::from_secs(20),
        }
    }
}

impl Backoff {
    /// The ceiling of the wait before retry number `attempt` (0 for the first retry):
    /// `min(cap, base * 2^attempt)`.
    pub fn ceiling(&self, attempt: u32) -> Duration {
        let factor = 1u32.checked_shl(attempt.min(31)).unwrap_or(u32::MAX);
        self.base.saturating_mul(factor).min(self.cap)
    }

    /// Full jitter: a uniform draw in `[0, ceiling]`; `unit` is a draw in `[0, 1)`.
    pub fn delay(&self, attempt: u32, unit: f64) -> Duration {
        self.ceiling(attempt).mul_f64(unit.clamp(0.0, 1.0))
    }
}

/// A `Retry-After` value: delay seconds, or an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`)
/// taken relative to `now`. A date in the past means no wait.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let date = jiff::fmt::rfc2822::parse(value).ok()?.timestamp();
    let now = jiff::Timestamp::try_from(now).ok()?;
    let millis = (date.as_millisecond() - now.as_millisecond()).max(0);
    Some(Duration::from_millis(millis as u64))
}

/// A small, seedable source of jitter (xorshift64*): no crate needed for a coin this cheap.
#[derive(Debug)]
pub struct Jitter(u64);

impl Jitter {
    pub fn from_time() -> Self {
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0x9E37_79B9, |d| d.as_nanos() as u64);
        Jitter(nanos | 1)
    }

    /// A draw in `[0, 1)`.
    pub fn next_unit(&mut self) -> f64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_doubles_up_to_the_cap() {
        let b = Backoff::default();
        let secs: Vec<f64> = (0..8).map(|a| b.ceiling(a).as_secs_f64()).collect();
        assert_eq!(secs, [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 20.0, 20.0]);
        assert_eq!(b.ceiling(200), Duration::from_secs(20));
    }

    #[test]
    fn full_jitter_stays_within_the_ceiling() {
        let b = Backoff::default();
        let mut j = Jitter(42);
        for attempt in 0..10 {
            let d = b.delay(attempt, j.next_unit());
            assert!(d <= b.ceiling(attempt));
        }
        assert_eq!(b.delay(3, 0.0), Duration::ZERO);
        assert_eq!(b.delay(3, 0.5), Duration::from_secs(2));
    }

    #[test]
    fn jitter_is_spread() {
        let mut j = Jitter(7);
        let draws: Vec<f64> = (0..1000).map(|_| j.next_unit()).collect();
        assert!(draws.iter().all(|d| (0.0..1.0).contains(d)));
        let mean = draws.iter().sum::<f64>() / 1000.0;
        assert!((0.4..0.6).contains(&mean), "{mean}");
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777); // 1994-11-06 08:49:37 UTC
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:50:07 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-5", now), None);
    }
}
