//! How many requests the bulk senders keep in flight: a fixed `--concurrency N`, or
//! `--concurrency auto`, which finds the server's speed by itself (AIMD, as TCP does).
//!
//! With `auto` the window starts at 2 requests in flight and, while the window is full and
//! the latency holds, doubles every round trip until the first sign of trouble (TCP's slow
//! start), then grows by about one request a round trip; it halves on a 429, a 503 or a
//! timeout, and when the latency rises past twice its floor. A 429 also starts pacing, as the
//! AWS SDK's adaptive mode does: requests are then spaced to just under the rate the server
//! accepted over the second before it; after a minute without another 429 it climbs, to find
//! a limit that was raised. A `Retry-After` pauses every sender, whatever the mode.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Requests in flight when `auto` starts.
const START: f64 = 2.0;
/// The most `auto` ever keeps in flight.
pub const CAP: f64 = 16.0;
/// …in a child of `customers each`, which runs up to `CAP` children: without this, 16
/// imports of 16 batches each would be 256 requests in flight.
pub const CHILD_CAP: f64 = 4.0;
/// Latency counts as risen past `RISE × floor + SLACK` (smoothed).
const RISE: f64 = 2.0;
const SLACK: Duration = Duration::from_millis(5);
/// After a 429, the pace is this share of the rate the server accepted in the last second
/// (the room left is for the jitter between when we send and when the server counts: a
/// request that waited 15 ms for a core arrives in the next request's share of the second)…
const PACE_SHARE: f64 = 0.985;
/// …and it holds for `PACE_HOLD` seconds; after that without another 429 it grows by
/// `PACE_GROWTH` a second, compounded: a limit that was raised is found again within a
/// minute or two. (A pace that crept up from the start tripped the limit within the first
/// half-minute, and each trip costs a `Retry-After` pause.)
const PACE_HOLD: f64 = 60.0;
const PACE_GROWTH: f64 = 0.02;
/// Fewer answers than this in the second before a 429 tell no rate.
const MIN_ACCEPTED: f64 = 5.0;
/// A 429's pace is learnt at the first `admit` once the answers to the requests sent before
/// it are in: when its pause ends, but at least this (or twice the smoothed latency) after it.
const SETTLE: Duration = Duration::from_millis(50);
/// How long sent times of answered requests are kept: enough for the second before a 429,
/// looked at when its pause ends or half this later, whichever is first.
const ANSWERED_KEPT: Duration = Duration::from_secs(5);

/// `auto`, or a fixed number of requests in flight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Concurrency {
    Auto,
    Fixed(u16),
}

/// What became of one request, as far as the server's load goes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Signal {
    /// The server took the request and answered 2xx: its latency says how loaded it is.
    Answered,
    /// The server took the request but refused it (400, 413, …): it counts against a rate
    /// limit, but how fast a refusal comes says little of the load.
    Refused,
    /// Done, in a time that says nothing of the server's load (a child run of
    /// `customers each`, which takes as long as the customer's data).
    Completed,
    /// A 429 or 503: the server asks for less. `Retry-After`, if it said one.
    Throttled {
        rate_limited: bool,
        retry_after: Option<Duration>,
    },
    /// A timeout, a reset or a gateway error: probably overload.
    Lost,
    /// Nothing learnt about the server's load (a connection refused, say).
    Neutral,
}

/// One request let through by [`Limiter::admit`].
#[derive(Debug, Clone, Copy)]
pub struct Ticket {
    sent: Instant,
}

#[derive(Debug)]
pub struct Limiter {
    adaptive: bool,
    /// The most `auto` keeps in flight: [`CAP`], or less under `customers each`.
    cap: f64,
    state: Mutex<State>,
}

#[derive(Debug)]
struct State {
    window: f64,
    /// Until the first decrease the window doubles every round trip (TCP's slow start),
    /// then grows by about one a round trip.
    slow_start: bool,
    /// Admitted and not yet answered.
    in_flight: usize,
    /// When a request last filled the window. Only answers to requests sent before then
    /// grow it: a sender that cannot fill the window (its own CPU is the limit) gains
    /// nothing from a wider one.
    last_full: Option<Instant>,
    /// The latency floor (seconds): the least seen, drifting up slowly so that a server that
    /// got slower for good is not taken as congested for ever.
    floor: Option<f64>,
    smoothed: Option<f64>,
    /// Requests sent before this moment were sent into the window a decrease already
    /// answered for: their signals don't halve it again.
    epoch: Instant,
    pause_until: Option<Instant>,
    pace: Option<Pace>,
    /// A 429 to learn the pace from: when that request was sent, and when to look.
    learn: Option<(Instant, Instant)>,
    /// When each request answered in the last `ANSWERED_KEPT` was sent (and, while a pace is
    /// to be learnt, those of the second before its 429).
    answered: VecDeque<Instant>,
    stats: Stats,
}

#[derive(Debug, Clone, Copy)]
struct Pace {
    start: f64,
    since: Instant,
    next: Instant,
}

/// Counts for the summary of a bulk command.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub requests: u64,
    pub throttled: u64,
}

impl Limiter {
    pub fn new(concurrency: Concurrency) -> Limiter {
        Limiter::with_cap(concurrency, CAP)
    }

    /// With `auto`, at most `cap` in flight ([`CAP`], or [`CHILD_CAP`] for a child of
    /// `customers each`, whose parent runs several).
    pub fn with_cap(concurrency: Concurrency, cap: f64) -> Limiter {
        let (adaptive, window) = match concurrency {
            Concurrency::Auto => (true, START),
            Concurrency::Fixed(n) => (false, f64::from(n)),
        };
        Limiter {
            adaptive,
            cap,
            state: Mutex::new(State {
                window,
                slow_start: true,
                in_flight: 0,
                last_full: None,
                floor: None,
                smoothed: None,
                epoch: Instant::now(),
                pause_until: None,
                pace: None,
                learn: None,
                answered: VecDeque::new(),
                stats: Stats::default(),
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// How many requests (or batches) to keep in flight now.
    pub fn window(&self) -> usize {
        (self.lock().window as usize).max(1)
    }

    /// Whether the window moves (`auto`), rather than staying at a fixed N.
    pub fn is_adaptive(&self) -> bool {
        self.adaptive
    }

    pub fn stats(&self) -> Stats {
        self.lock().stats
    }

    /// Lets a request through now, or says how long to wait first (a `Retry-After` pause,
    /// or the pace).
    pub fn admit(&self, now: Instant) -> Result<Ticket, Duration> {
        let mut s = self.lock();
        if let Some((sent, at)) = s.learn
            && at <= now
        {
            s.learn = None;
            s.learn_pace(sent, now);
        }
        if let Some(until) = s.pause_until {
            if until > now {
                return Err(until - now);
            }
            s.pause_until = None;
        }
        if let Some(mut pace) = s.pace {
            if pace.next > now {
                return Err(pace.next - now);
            }
            let rate = pace.rate(now);
            let interval = Duration::from_secs_f64(1.0 / rate.max(0.1));
            // Keep to the schedule when a sleep woke late (a timer's millisecond, a busy core),
            // but never send two closer than three quarters of an interval: a server counting
            // a sliding second must not see a burst.
            // (The backlog this catches up is at most a quarter of an interval: a send later
            // than that starts the schedule again from itself.)
            pace.next = (pace.next + interval).max(now + interval * 3 / 4);
            s.pace = Some(pace);
        }
        s.in_flight += 1;
        s.stats.requests += 1;
        if s.in_flight >= s.window as usize {
            s.last_full = Some(now);
        }
        Ok(Ticket { sent: now })
    }

    /// Waits until a request may be sent.
    pub async fn admit_async(&self) -> Ticket {
        loop {
            match self.admit(Instant::now()) {
                Ok(ticket) => return ticket,
                Err(wait) => tokio::time::sleep(wait).await,
            }
        }
    }

    /// Waits until a request may be sent, blocking the thread.
    pub fn admit_blocking(&self) -> Ticket {
        loop {
            match self.admit(Instant::now()) {
                Ok(ticket) => return ticket,
                Err(wait) => std::thread::sleep(wait),
            }
        }
    }

    /// What became of the request of `ticket`, learnt at `now`.
    pub fn done(&self, ticket: Ticket, signal: Signal, now: Instant) {
        let mut s = self.lock();
        s.in_flight = s.in_flight.saturating_sub(1);
        let fresh = ticket.sent >= s.epoch;
        let full = s.last_full.is_some_and(|t| t >= ticket.sent);
        match signal {
            Signal::Refused => s.took(ticket, now),
            Signal::Answered => {
                s.took(ticket, now);
                let latency = now.saturating_duration_since(ticket.sent).as_secs_f64();
                let floor = match s.floor {
                    // Up by a thousandth of the gap an answer: a new normal is learnt in a
                    // few thousand answers, a passing spike is not.
                    Some(f) if latency > f => f + (latency - f) * 0.001,
                    _ => latency,
                };
                s.floor = Some(floor);
                let smoothed = s.smoothed.map_or(latency, |m| m * 0.8 + latency * 0.2);
                s.smoothed = Some(smoothed);
                if !self.adaptive || !fresh {
                    return;
                }
                if smoothed > floor * RISE + SLACK.as_secs_f64() {
                    s.decrease(now);
                } else if full {
                    s.grow(self.cap);
                }
            }
            Signal::Throttled {
                rate_limited,
                retry_after,
            } => {
                s.stats.throttled += 1;
                if let Some(wait) = retry_after {
                    s.pause_until = later(s.pause_until, now, wait);
                }
                if !self.adaptive {
                    return;
                }
                if fresh {
                    s.decrease(now);
                }
                // Learn the pace from a request sent under the pace in force (or none): a 429
                // for one sent before the pace was set says nothing new. (Not `fresh`: the
                // window may have just halved for latency, before the first 429 arrived.)
                // Learn the pace once the answers to the requests sent before this one are
                // in (they are still arriving): at the end of the pause, or a moment after.
                if rate_limited && s.pace.is_none_or(|p| p.since <= ticket.sent) {
                    let settle = s
                        .smoothed
                        .map_or(SETTLE, |m| Duration::from_secs_f64(m * 2.0).max(SETTLE));
                    // Not before the answers settle; not after half of what is kept of them.
                    let (soonest, latest) = (now + settle, now + ANSWERED_KEPT / 2);
                    let at = s.pause_until.unwrap_or(now).min(latest).max(soonest);
                    // The first 429 of a burst is the one to learn from: later ones would only
                    // put the learning off.
                    if s.learn.is_none() {
                        s.learn = Some((ticket.sent, at));
                    }
                }
            }
            Signal::Completed => {
                if self.adaptive && fresh && full {
                    s.grow(self.cap);
                }
            }
            Signal::Lost => {
                if self.adaptive && fresh {
                    s.decrease(now);
                }
            }
            Signal::Neutral => {}
        }
    }
}

impl Pace {
    /// Requests a second: the rate learnt for `PACE_HOLD` seconds, then up by `PACE_GROWTH`
    /// a second, compounded.
    fn rate(&self, now: Instant) -> f64 {
        let secs = now.saturating_duration_since(self.since).as_secs_f64();
        let climbing = (secs - PACE_HOLD).clamp(0.0, 600.0);
        self.start * (1.0 + PACE_GROWTH).powf(climbing)
    }
}

/// `until` pushed to `now + wait` if that is later (and representable).
pub fn later(until: Option<Instant>, now: Instant, wait: Duration) -> Option<Instant> {
    match (until, now.checked_add(wait)) {
        (Some(u), Some(w)) => Some(u.max(w)),
        (u, w) => u.or(w),
    }
}

impl State {
    /// The pace after a 429 for a request sent at `sent`: just under what the server let
    /// through in the second before it, its limit as near as a client can tell. Too few
    /// answers to tell a rate by (the first request after a pause, or a quota another client
    /// used up) set none: the halved window is answer enough.
    fn learn_pace(&mut self, sent: Instant, now: Instant) {
        let from = sent.checked_sub(Duration::from_secs(1));
        let accepted = self
            .answered
            .iter()
            .filter(|&&t| from.is_none_or(|f| t >= f) && t <= sent)
            .count() as f64;
        if accepted < MIN_ACCEPTED {
            return;
        }
        // Throttled while pacing already: the pace in force was too fast too.
        let rate = match self.pace {
            Some(p) => p.rate(now).min(accepted),
            None => accepted,
        };
        self.pace = Some(Pace {
            start: (rate * PACE_SHARE).max(1.0),
            since: now,
            next: self.pause_until.unwrap_or(now),
        });
    }

    /// A request the server took: counted for the rate it accepts.
    fn took(&mut self, ticket: Ticket, now: Instant) {
        self.answered.push_back(ticket.sent);
        // What a pending learn needs stays, however slow the answers.
        let needed = self
            .learn
            .and_then(|(sent, _)| sent.checked_sub(Duration::from_secs(1)));
        while self.answered.front().is_some_and(|&t| {
            now.saturating_duration_since(t) > ANSWERED_KEPT && needed.is_none_or(|n| t < n)
        }) {
            self.answered.pop_front();
        }
    }

    /// Twice as many in flight per round trip in slow start, else about one more.
    fn grow(&mut self, cap: f64) {
        let step = if self.slow_start {
            1.0
        } else {
            1.0 / self.window
        };
        self.window = (self.window + step).min(cap);
    }

    fn decrease(&mut self, now: Instant) {
        self.slow_start = false;
        self.window = (self.window / 2.0).max(1.0);
        self.epoch = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    /// 100 requests answered over a second from `t`, then a 429 with `Retry-After: 1`; when
    /// the refused one was sent.
    fn hundred_then_429(l: &Limiter, mut t: Instant) -> Instant {
        for _ in 0..100 {
            let ticket = l.admit(t).unwrap();
            l.done(ticket, Signal::Answered, t + 20 * MS);
            t += 10 * MS;
        }
        let ticket = l.admit(t).unwrap();
        let signal = Signal::Throttled {
            rate_limited: true,
            retry_after: Some(Duration::from_secs(1)),
        };
        l.done(ticket, signal, t + 20 * MS);
        t
    }

    /// How many requests the limiter lets through in the second from `from`, each answered
    /// 20 ms after it is sent.
    fn admitted_in_a_second(l: &Limiter, from: Instant) -> usize {
        let mut sent = 0;
        let mut now = from;
        while now < from + Duration::from_secs(1) && sent < 1000 {
            match l.admit(now) {
                Ok(ticket) => {
                    sent += 1;
                    l.done(ticket, Signal::Answered, now + 20 * MS);
                }
                Err(wait) => now += wait,
            }
        }
        sent
    }

    /// Sends and answers `n` requests, each after `latency`, keeping the window full.
    fn round_trips(l: &Limiter, t: &mut Instant, n: usize, latency: Duration) {
        for _ in 0..n {
            let w = l.window();
            let tickets: Vec<Ticket> = (0..w).map(|_| l.admit(*t).unwrap()).collect();
            *t += latency;
            for ticket in tickets {
                l.done(ticket, Signal::Answered, *t);
            }
        }
    }

    #[test]
    fn grows_from_two_to_the_cap_while_latency_holds() {
        let l = Limiter::new(Concurrency::Auto);
        assert_eq!(l.window(), 2);
        let mut t = Instant::now();
        round_trips(&l, &mut t, 3, 20 * MS);
        // Slow start: 2, 4, 8, 16, one round trip each.
        assert_eq!(l.window(), 16);
        // After a halving, about one more a round trip.
        let ticket = l.admit(t).unwrap();
        t += 20 * MS;
        l.done(ticket, Signal::Lost, t);
        assert_eq!(l.window(), 8);
        round_trips(&l, &mut t, 4, 20 * MS);
        assert!((11..=12).contains(&l.window()), "{}", l.window());
    }

    #[test]
    fn does_not_grow_when_the_window_is_not_full() {
        let l = Limiter::new(Concurrency::Auto);
        let mut t = Instant::now();
        for _ in 0..50 {
            let ticket = l.admit(t).unwrap();
            t += 20 * MS;
            l.done(ticket, Signal::Answered, t);
        }
        assert_eq!(l.window(), 2);
    }

    #[test]
    fn halves_once_per_window_on_503_and_rising_latency() {
        let l = Limiter::new(Concurrency::Auto);
        let mut t = Instant::now();
        round_trips(&l, &mut t, 30, 20 * MS);
        assert_eq!(l.window(), 16);
        // Every request of the window answered 503: one halving, not sixteen.
        let tickets: Vec<Ticket> = (0..16).map(|_| l.admit(t).unwrap()).collect();
        t += 20 * MS;
        for ticket in tickets {
            let signal = Signal::Throttled {
                rate_limited: false,
                retry_after: None,
            };
            l.done(ticket, signal, t);
        }
        assert_eq!(l.window(), 8);
        assert_eq!(l.stats().throttled, 16);
        // Latency climbs from 20 ms to 100 ms: halved again.
        round_trips(&l, &mut t, 3, 100 * MS);
        assert!(l.window() <= 4, "{}", l.window());
    }

    #[test]
    fn a_fixed_window_never_moves_but_still_pauses() {
        let l = Limiter::new(Concurrency::Fixed(3));
        let mut t = Instant::now();
        round_trips(&l, &mut t, 20, 20 * MS);
        assert_eq!(l.window(), 3);
        let ticket = l.admit(t).unwrap();
        let signal = Signal::Throttled {
            rate_limited: true,
            retry_after: Some(Duration::from_secs(1)),
        };
        l.done(ticket, signal, t);
        assert_eq!(l.window(), 3);
        assert_eq!(l.admit(t + 400 * MS).unwrap_err(), 600 * MS);
        assert!(l.admit(t + 1000 * MS).is_ok());
    }

    #[test]
    fn a_429_paces_to_just_under_what_the_server_accepted() {
        let l = Limiter::new(Concurrency::Auto);
        // 100 requests answered in the last second, then a 429 with Retry-After: 1.
        let t = hundred_then_429(&l, Instant::now());
        // Every sender waits out the pause…
        assert!(l.admit(t + 500 * MS).is_err());
        // …then the pace is 98.5 a second: over the next second, 98 or so get through.
        let resume = t + 1020 * MS;
        let sent = admitted_in_a_second(&l, resume);
        assert!((97..=99).contains(&sent), "{sent}");
    }

    #[test]
    fn a_pace_held_back_does_not_catch_up_in_a_burst() {
        let l = Limiter::new(Concurrency::Auto);
        let t = hundred_then_429(&l, Instant::now());
        // Paced from the end of the pause; then nothing is sent for five seconds.
        let resume = t + 1020 * MS;
        let first = l.admit(resume).unwrap();
        l.done(first, Signal::Answered, resume + 20 * MS);
        let later = resume + Duration::from_secs(5);
        let sent = admitted_in_a_second(&l, later);
        // The pace's 98.5 a second, not five seconds' backlog caught up at 4/3 of it.
        assert!((98..=100).contains(&sent), "{sent}");
    }

    #[test]
    fn a_429_with_too_few_answers_to_tell_a_rate_sets_no_pace() {
        // The first request after a pause refused again: nothing answered in the second
        // before it, so there is no rate to learn (not a pace of 1 a second for ever).
        let l = Limiter::new(Concurrency::Auto);
        let t = Instant::now();
        let ticket = l.admit(t).unwrap();
        let signal = Signal::Throttled {
            rate_limited: true,
            retry_after: None,
        };
        l.done(ticket, signal, t + 20 * MS);
        let mut now = t + 40 * MS;
        for _ in 0..50 {
            let ticket = l.admit(now).expect("no pace holds these back");
            l.done(ticket, Signal::Answered, now);
            now += MS;
        }
    }

    #[test]
    fn refusals_do_not_teach_the_latency_floor() {
        let l = Limiter::new(Concurrency::Auto);
        let mut t = Instant::now();
        // Quick 400s (a bisected batch), then normal answers at 20 ms: not "latency risen".
        for _ in 0..20 {
            let ticket = l.admit(t).unwrap();
            l.done(ticket, Signal::Refused, t + MS);
        }
        round_trips(&l, &mut t, 30, 20 * MS);
        assert_eq!(l.window(), 16);
    }

    #[test]
    fn the_pace_holds_for_a_minute_then_climbs() {
        let t = Instant::now();
        let pace = Pace {
            start: 100.0,
            since: t,
            next: t,
        };
        let at = |secs: u64| pace.rate(t + Duration::from_secs(secs));
        assert_eq!(at(10), 100.0);
        assert_eq!(at(60), 100.0);
        // Past a minute without a 429: 2% a second, compounded.
        assert!(at(95) > 195.0 && at(95) < 205.0, "{}", at(95));
    }

    #[test]
    fn a_pace_is_learnt_even_when_answers_come_slowly() {
        let l = Limiter::new(Concurrency::Auto);
        let t = Instant::now();
        let slow = l.admit(t).unwrap();
        let mut now = t;
        for _ in 0..100 {
            let ticket = l.admit(now).unwrap();
            l.done(ticket, Signal::Answered, now + 20 * MS);
            now += 10 * MS;
        }
        let ticket = l.admit(now).unwrap();
        let signal = Signal::Throttled {
            rate_limited: true,
            retry_after: Some(Duration::from_secs(1)),
        };
        l.done(ticket, signal, now + 20 * MS);
        // A request sent before all that is answered seven seconds later: the answers of
        // the second before the 429 are older than what is normally kept, but still needed.
        let later = t + Duration::from_secs(7);
        l.done(slow, Signal::Answered, later);
        let sent = admitted_in_a_second(&l, later);
        // 98.5 a second, the first at once.
        assert!((98..=100).contains(&sent), "{sent}");
    }
}
