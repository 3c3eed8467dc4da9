//! The line a child of `customers each` ends with: how the server took its requests.

use std::time::Duration;

/// Set by `customers each` on its children, which then end with a [`Load`] line.
pub const LOAD_ENV: &str = "BP_EACH_LOAD";
const LOAD_LINE: &str = "bp-each-load:";

/// What a child of `customers each` tells its parent of how the server took its requests,
/// as one line of its stderr (README, `customers each`):
/// `bp-each-load: requests=N throttled=N lost=N pause_ms=N`. Its `Display` writes the line
/// and [`Load::from_line`] reads it: the line's one definition.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Load {
    /// Requests sent.
    pub requests: u64,
    /// Answered 429 or 503.
    pub throttled: u64,
    /// Lost: timeouts, resets, gateway errors.
    pub lost: u64,
    /// What is left of the server's latest `Retry-After`.
    pub pause_ms: u64,
}

impl std::fmt::Display for Load {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Load {
            requests,
            throttled,
            lost,
            pause_ms,
        } = self;
        write!(
            f,
            "{LOAD_LINE} requests={requests} throttled={throttled} lost={lost} pause_ms={pause_ms}"
        )
    }
}

impl Load {
    /// What `line` says, if it is a load line; a field missing or unreadable counts 0.
    pub fn from_line(line: &str) -> Option<Load> {
        let fields = line.strip_prefix(LOAD_LINE)?;
        let mut load = Load::default();
        for (key, value) in fields.split_whitespace().filter_map(|f| f.split_once('=')) {
            let n = value.parse::<u64>().unwrap_or(0);
            match key {
                "requests" => load.requests = n,
                "throttled" => load.throttled = n,
                "lost" => load.lost = n,
                "pause_ms" => load.pause_ms = n,
                _ => {}
            }
        }
        Some(load)
    }

    /// The server's pause, as long as bp would wait for one.
    pub fn pause(&self) -> Option<Duration> {
        (self.pause_ms > 0)
            .then(|| Duration::from_millis(self.pause_ms).min(super::retry::MAX_RETRY_AFTER))
    }
}
