//! Progress, decided once: a bar or a spinner on a terminal; with `--progress`, a plain line
//! on stderr every few seconds whether stderr is a terminal or not (a cron job's log, CI),
//! without the request log `-v` adds. Neither when `-q` asks for quiet, nor the bar beside
//! `-v`'s lines.

use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget};

use crate::Context;
use crate::printer::Printer;

/// What a run shows of its progress: counts and a message, drawn as a bar or spinner, or
/// printed as a line every interval. Stops drawing (and printing) when finished or dropped.
pub struct Progress {
    bar: ProgressBar,
    lines: Option<Lines>,
}

/// The thread that prints `--progress`'s lines, and how to stop it.
struct Lines {
    stopped: Arc<(Mutex<bool>, Condvar)>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

/// A spinner saying `message`: on a terminal, or as lines with `--progress`.
pub fn spinner(ctx: &Context, message: &str) -> Option<Progress> {
    Progress::new(ctx, None, message)
}

/// A bar of `len` rows: on a terminal, or as lines with `--progress`.
pub fn bar(ctx: &Context, len: u64) -> Option<Progress> {
    Progress::new(ctx, Some(len), "")
}

/// Rows a second, rounded (`395/s`: indicatif's `{per_sec}` writes `395.2371/s`).
fn rate(per_sec: f64) -> String {
    match per_sec.is_finite() && per_sec >= 0.0 {
        true => format!("{}/s", per_sec.round() as u64),
        false => "-/s".to_string(),
    }
}

impl Progress {
    fn new(ctx: &Context, len: Option<u64>, message: &str) -> Option<Progress> {
        if let Some(every) = ctx.settings.progress_lines {
            let bar = ProgressBar::with_draw_target(len, ProgressDrawTarget::hidden());
            bar.set_message(message.to_string());
            let lines = Lines::start(bar.clone(), every, ctx.printer);
            return Some(Progress {
                bar,
                lines: Some(lines),
            });
        }
        if !ctx.printer.progress() {
            return None;
        }
        let bar = match len {
            // One line: the bar takes what the words leave
            // (`━━━━━━━━━━━━━       2500/5000  395/s  ETA 6s  3 rejected` fits 70 columns).
            Some(len) => {
                let bar = ProgressBar::new(len);
                bar.set_style(
                    indicatif::ProgressStyle::with_template(
                        "{wide_bar} {pos}/{len}  {rate}  ETA {eta}  {msg}",
                    )
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                    .with_key(
                        "rate",
                        |state: &indicatif::ProgressState, out: &mut dyn std::fmt::Write| {
                            let _ = out.write_str(&rate(state.per_sec()));
                        },
                    ),
                );
                bar
            }
            // One line: the message cut to the terminal's width.
            None => {
                let bar = ProgressBar::new_spinner();
                bar.set_style(
                    indicatif::ProgressStyle::with_template("{spinner} {wide_msg}")
                        .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
                );
                bar.enable_steady_tick(Duration::from_millis(120));
                bar
            }
        };
        bar.set_message(message.to_string());
        Some(Progress { bar, lines: None })
    }

    /// Whether this is `--progress`'s lines (a log), not a bar on a terminal.
    pub fn lines(&self) -> bool {
        self.lines.is_some()
    }

    /// `n` more done.
    pub fn inc(&self, n: u64) {
        self.bar.inc(n);
    }

    pub fn set_message(&self, message: String) {
        self.bar.set_message(message);
    }

    /// Done: the bar goes, and no line is printed after this returns.
    pub fn finish_and_clear(&self) {
        if let Some(lines) = &self.lines {
            lines.stop();
        }
        self.bar.finish_and_clear();
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish_and_clear();
    }
}

impl Lines {
    fn start(bar: ProgressBar, every: Duration, printer: Printer) -> Lines {
        let stopped = Arc::new((Mutex::new(false), Condvar::new()));
        let flag = stopped.clone();
        let thread = std::thread::spawn(move || {
            let (lock, wake) = &*flag;
            let mut done = lock.lock().unwrap_or_else(PoisonError::into_inner);
            loop {
                done = wake
                    .wait_timeout_while(done, every, |done| !*done)
                    .unwrap_or_else(PoisonError::into_inner)
                    .0;
                if *done {
                    return;
                }
                // Printed with the lock held: once `stop` has taken it, no line follows.
                printer.info(&line(&bar));
            }
        });
        Lines {
            stopped,
            thread: Mutex::new(Some(thread)),
        }
    }

    fn stop(&self) {
        let (lock, wake) = &*self.stopped;
        *lock.lock().unwrap_or_else(PoisonError::into_inner) = true;
        wake.notify_all();
        let thread = self
            .thread
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(thread) = thread {
            let _ = thread.join();
        }
    }
}

/// `progress [1m05s]: 1200 of 4000 rows, 240/s, ETA 12s: imported 1200, rejected 0`.
fn line(bar: &ProgressBar) -> String {
    let mut parts = Vec::new();
    let pos = bar.position();
    if let Some(len) = bar.length() {
        parts.push(format!(
            "{pos} of {len} rows, {:.0}/s, ETA {}",
            bar.per_sec(),
            span(bar.eta())
        ));
    }
    let message = bar.message();
    match (message.is_empty(), bar.length().is_none() && pos > 0) {
        (false, true) => parts.push(format!("{message}: {pos}")),
        (false, false) => parts.push(message),
        (true, true) => parts.push(pos.to_string()),
        (true, false) => {}
    }
    if parts.is_empty() {
        parts.push("working".into());
    }
    format!("progress [{}]: {}", span(bar.elapsed()), parts.join(": "))
}

/// `42s`, `3m05s`, `2h07m`.
fn span(d: Duration) -> String {
    let s = d.as_secs();
    match s {
        0..60 => format!("{s}s"),
        60..3600 => format!("{}m{:02}s", s / 60, s % 60),
        _ => format!("{}h{:02}m", s / 3600, s % 3600 / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_says_what_the_bar_knows() {
        let bar = ProgressBar::with_draw_target(Some(4000), ProgressDrawTarget::hidden());
        bar.set_position(1200);
        bar.set_message("imported 1200, rejected 0");
        let text = line(&bar);
        assert!(text.starts_with("progress ["), "{text}");
        assert!(
            text.contains("]: 1200 of 4000 rows, ")
                && text.ends_with(": imported 1200, rejected 0"),
            "{text}"
        );
        let spinner = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        assert!(line(&spinner).ends_with("]: working"));
        spinner.set_message("checking rows");
        spinner.inc(7);
        assert!(line(&spinner).ends_with("]: checking rows: 7"));
    }

    #[test]
    fn spans_are_short() {
        assert_eq!(span(Duration::from_secs(42)), "42s");
        assert_eq!(span(Duration::from_secs(185)), "3m05s");
        assert_eq!(span(Duration::from_secs(7620)), "2h07m");
    }
}

#[cfg(test)]
mod rate_tests {
    #[test]
    fn the_rate_is_rounded() {
        assert_eq!(super::rate(395.2371), "395/s");
        assert_eq!(super::rate(0.6), "1/s");
        assert_eq!(super::rate(0.0), "0/s");
        assert_eq!(super::rate(f64::NAN), "-/s");
        assert_eq!(super::rate(f64::INFINITY), "-/s");
    }
}
