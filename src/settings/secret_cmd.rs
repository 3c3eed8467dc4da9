//! Running a `_cmd` secret within a time limit: `sh -c CMD` in a process group of its own
//! (Unix), or `cmd /S /C "CMD"` (Windows).
//!
//! `Command::output` waits for the end of the command's output, so `sleep 1000` hung `bp`, and
//! so did a command that printed its secret and exited leaving a background child holding
//! its standard output. Here the shell gets the time limit; once it has exited, its output
//! gets a short grace to close, and whatever still holds it is killed with the whole group.
//!
//! A process group of its own would be stopped on reading the terminal (`age -d`, `ssh` and
//! `sudo` ask on /dev/tty), and Ctrl-C would miss it; so while the shell runs, its group has
//! the terminal, as a shell's foreground job does.

use std::io::Read;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::error::{usage, usage_hint};
use crate::secret::Secret;

/// How long a `_cmd` may take, unless `secret_cmd_timeout` or BP_SECRET_CMD_TIMEOUT say.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// How long the output may stay open once the shell has exited.
const GRACE: Duration = Duration::from_millis(200);

/// How to keep a command's first line, in the shell a `_cmd` runs with.
const FIRST_LINE: &str = if cfg!(windows) {
    "print only the first (in PowerShell: `| Select-Object -First 1`)"
} else {
    "pipe it through `head -1`"
};

/// More than a secret could ever be; the rest of the output is read and dropped.
const KEEP: usize = 64 * 1024;

/// Runs `sh -c CMD` (`cmd /S /C "CMD"` on Windows); its one line of standard output,
/// trimmed, is the secret. Blank lines around it are fine; a second line or a control
/// character in it is an error.
pub(super) fn run(key: &str, cmd: &str, timeout: Duration) -> Result<Secret> {
    let mut command = shell(cmd);
    command
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .stdout(Stdio::piped());
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command
        .spawn()
        .with_context(|| format!("cannot run `{key}` (`{cmd}`)"))?;
    let stdout = Output::read(child.stdout.take());
    let stderr = Output::read(child.stderr.take());

    let foreground = Foreground::take(&child);
    let status = wait_until(&mut child, Instant::now() + timeout)?;
    if status.is_none() {
        kill_group(&mut child);
        let _ = child.wait();
    }
    // The terminal back to `bp` (nothing to give back without Unix job control).
    #[cfg_attr(not(unix), allow(clippy::drop_non_drop))]
    drop(foreground);
    let Some(status) = status else {
        return Err(usage_hint(
            format!(
                "`{key}` (`{cmd}`) did not finish within {} s",
                timeout.as_secs_f64()
            ),
            "if it needs longer, raise `secret_cmd_timeout` in the profile or BP_SECRET_CMD_TIMEOUT (seconds)",
        ));
    };
    // The shell is done: what is left holding its output is a background child.
    let grace = Instant::now() + GRACE;
    let (out_closed, err_closed) = (stdout.closed_by(grace), stderr.closed_by(grace));
    if !(out_closed && err_closed) {
        kill_group(&mut child);
    }
    let (stdout, stderr) = (stdout.take(), stderr.take());

    if !status.success() {
        let stderr = String::from_utf8_lossy(&stderr.kept);
        let first = stderr.lines().next().unwrap_or("").trim();
        let detail = if first.is_empty() {
            String::new()
        } else {
            format!(": {first}")
        };
        return Err(usage(format!(
            "`{key}` (`{cmd}`) failed with {status}{detail}"
        )));
    }
    if stdout.more {
        return Err(usage(format!(
            "`{key}` (`{cmd}`) printed more than {} KiB: a secret is one line",
            KEEP / 1024
        )));
    }
    let value = String::from_utf8(stdout.kept).map_err(|_| {
        usage(format!(
            "`{key}` (`{cmd}`) printed something that is not UTF-8"
        ))
    })?;
    let lines: Vec<&str> = value
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    match lines[..] {
        [] => Err(usage(format!("`{key}` (`{cmd}`) printed nothing"))),
        [line] => match crate::secret::flaw(line) {
            Some(flaw) => Err(usage(format!("`{key}` (`{cmd}`) printed {flaw}"))),
            None => Ok(Secret::new(line)),
        },
        _ => Err(usage(format!(
            "`{key}` (`{cmd}`) printed {} lines; a secret is one line: {FIRST_LINE}",
            lines.len()
        ))),
    }
}

/// `sh -c CMD`, the way cron, git and ssh run a command line.
#[cfg(not(windows))]
fn shell(cmd: &str) -> Command {
    let mut command = Command::new("sh");
    command.arg("-c").arg(cmd);
    command
}

/// `cmd /S /C "CMD"` on Windows, the shell every Windows machine has (Git for Windows' `sh`
/// is rarely on the `PATH`). The line goes to `cmd` as written: quoting it for a C program's
/// argument parser would leave `\"` in it, which `cmd` does not read. With `/S` `cmd` takes
/// off just the quotes put around it here; without, a line that starts with a quoted path
/// (`"C:\Program Files\…\op.exe" read …`) lost its first and last quotes.
#[cfg(windows)]
fn shell(cmd: &str) -> Command {
    use std::os::windows::process::CommandExt;
    let mut command = Command::new("cmd");
    command.raw_arg(format!("/S /C \"{cmd}\""));
    command
}

/// The shell's exit status, or `None` if it is still running at `deadline`.
fn wait_until(child: &mut Child, deadline: Instant) -> Result<Option<ExitStatus>> {
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait().context("cannot wait for a `_cmd`")? {
            return Ok(Some(status));
        }
        let now = Instant::now();
        if now >= deadline {
            return Ok(None);
        }
        std::thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// Kills the shell and everything it started (its process group).
#[cfg(unix)]
fn kill_group(child: &mut Child) {
    use nix::sys::signal::{Signal, killpg};
    // The group's id is the shell's pid (`process_group(0)`); it cannot be reused while
    // anything is left in the group.
    if let Ok(pgid) = i32::try_from(child.id()) {
        let _ = killpg(nix::unistd::Pid::from_raw(pgid), Signal::SIGKILL);
    }
}

/// Kills `cmd` and what it started (`taskkill /T`, which every Windows has: a job object
/// would need `unsafe` Win32 calls), or `cmd` alone where that fails (Wine's `taskkill` has
/// no `/T`). Once `cmd` has exited, what it left holding the output can no longer be found
/// through it and lives on. Either way `run` waits no longer than [`GRACE`] for the output.
#[cfg(windows)]
fn kill_group(child: &mut Child) {
    let tree = Command::new("taskkill")
        .args(["/T", "/F", "/PID", &child.id().to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if !tree.is_ok_and(|status| status.success()) {
        let _ = child.kill();
    }
}

#[cfg(not(any(unix, windows)))]
fn kill_group(child: &mut Child) {
    let _ = child.kill();
}

/// The terminal lent to the command's process group, until dropped.
#[cfg(unix)]
struct Foreground {
    tty: std::fs::File,
    ours: nix::unistd::Pid,
}

#[cfg(unix)]
impl Foreground {
    /// Lends the terminal if `bp` has one and holds it (is not a background job).
    fn take(child: &Child) -> Option<Foreground> {
        use nix::sys::signal::{Signal, killpg};
        use nix::unistd::{Pid, getpgrp, tcgetpgrp, tcsetpgrp};
        let group = Pid::from_raw(i32::try_from(child.id()).ok()?);
        let tty = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/tty")
            .ok()?;
        let ours = getpgrp();
        if tcgetpgrp(&tty).ok()? != ours || tcsetpgrp(&tty, group).is_err() {
            return None;
        }
        // Had it reached for the terminal before this, it was stopped: wake it.
        let _ = killpg(group, Signal::SIGCONT);
        Some(Foreground { tty, ours })
    }
}

#[cfg(unix)]
impl Drop for Foreground {
    fn drop(&mut self) {
        use nix::sys::signal::{SigSet, SigmaskHow, Signal, kill, pthread_sigmask};
        use nix::unistd::{Pid, tcsetpgrp};
        // `bp` is a background group now: taking the terminal back would stop it with
        // SIGTTOU, unless that is blocked.
        let mut block = SigSet::empty();
        block.add(Signal::SIGTTOU);
        let mut old = SigSet::empty();
        let blocked = pthread_sigmask(SigmaskHow::SIG_BLOCK, Some(&block), Some(&mut old));
        let _ = tcsetpgrp(&self.tty, self.ours);
        if blocked.is_ok() {
            let _ = pthread_sigmask(SigmaskHow::SIG_SETMASK, Some(&old), None);
        }
        // A process beside `bp` (`bp … | less`) that read the terminal meanwhile was
        // stopped: wake it.
        let _ = kill(Pid::from_raw(0), Signal::SIGCONT);
    }
}

#[cfg(not(unix))]
struct Foreground;

#[cfg(not(unix))]
impl Foreground {
    fn take(_child: &Child) -> Option<Foreground> {
        None
    }
}

#[derive(Default)]
struct Captured {
    kept: Vec<u8>,
    /// More than [`KEEP`] bytes came.
    more: bool,
}

/// One of the command's outputs, read to its end by a thread of its own.
struct Output {
    captured: Arc<Mutex<Captured>>,
    done: Option<Receiver<()>>,
}

impl Output {
    fn read<R: Read + Send + 'static>(pipe: Option<R>) -> Output {
        let captured = Arc::new(Mutex::new(Captured::default()));
        let Some(mut pipe) = pipe else {
            return Output {
                captured,
                done: None,
            };
        };
        let (tx, done) = std::sync::mpsc::channel();
        let sink = Arc::clone(&captured);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n @ 1..) = pipe.read(&mut buf) {
                let mut c = sink.lock().unwrap_or_else(|e| e.into_inner());
                let room = KEEP.saturating_sub(c.kept.len());
                c.kept.extend_from_slice(&buf[..n.min(room)]);
                c.more |= n > room;
            }
            let _ = tx.send(());
        });
        Output {
            captured,
            done: Some(done),
        }
    }

    /// Whether the output reached its end by `deadline`.
    fn closed_by(&self, deadline: Instant) -> bool {
        let Some(done) = &self.done else {
            return true;
        };
        let wait = deadline.saturating_duration_since(Instant::now());
        !matches!(done.recv_timeout(wait), Err(RecvTimeoutError::Timeout))
    }

    /// What was read so far.
    fn take(self) -> Captured {
        std::mem::take(&mut *self.captured.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn run_for(cmd: &str, secs: f64) -> (Result<Secret>, Duration) {
        let start = Instant::now();
        let out = run("partner_key_cmd", cmd, Duration::from_secs_f64(secs));
        (out, start.elapsed())
    }

    #[test]
    fn a_quick_command_gives_its_trimmed_line() {
        let (out, _) = run_for("echo '  key-000000000000  '", 5.0);
        assert_eq!(out.unwrap().expose(), "key-000000000000");
    }

    #[test]
    fn a_second_line_or_a_control_character_is_an_error() {
        let (out, _) = run_for("printf '\\n key-000000000000 \\r\\n\\n'", 5.0);
        assert_eq!(out.unwrap().expose(), "key-000000000000");
        for (cmd, said) in [
            (
                "printf 'a\\nb\\nc'",
                "printed 3 lines; a secret is one line: pipe it through `head -1`",
            ),
            (
                "printf 'a\\rb'",
                "printed a line break: a secret is one line",
            ),
            (
                "printf 'a\\033b'",
                "printed a control character (U+001B): a secret is printable text",
            ),
        ] {
            let err = run_for(cmd, 5.0).0.unwrap_err().to_string();
            assert_eq!(err, format!("`partner_key_cmd` (`{cmd}`) {said}"));
        }
    }

    #[test]
    fn a_slow_command_is_stopped_at_the_timeout() {
        let (out, took) = run_for("sleep 30", 0.2);
        let err = out.unwrap_err().to_string();
        assert_eq!(
            err,
            "`partner_key_cmd` (`sleep 30`) did not finish within 0.2 s"
        );
        assert!(took < Duration::from_secs(3), "{took:?}");
    }

    #[test]
    fn a_background_child_holding_the_output_is_not_waited_for() {
        let (out, took) = run_for("echo key-000000000000; sleep 30 &", 5.0);
        assert_eq!(out.unwrap().expose(), "key-000000000000");
        assert!(took < Duration::from_secs(2), "{took:?}");
        // The same holding standard error, after a failure.
        let (out, took) = run_for("sleep 30 & echo locked >&2; exit 4", 5.0);
        let err = out.unwrap_err().to_string();
        assert!(err.ends_with("failed with exit status: 4: locked"), "{err}");
        assert!(took < Duration::from_secs(2), "{took:?}");
    }

    #[test]
    fn endless_output_is_bounded() {
        let (out, took) = run_for("yes", 0.3);
        assert!(out.unwrap_err().to_string().contains("did not finish"));
        assert!(took < Duration::from_secs(3), "{took:?}");
    }
}

#[cfg(all(test, windows))]
mod windows_tests {
    use super::*;

    fn run_cmd(cmd: &str) -> Result<Secret> {
        run("partner_key_cmd", cmd, Duration::from_secs(10))
    }

    #[test]
    fn cmd_runs_the_line_as_written() {
        let out = run_cmd("echo   key-000000000000  ");
        assert_eq!(out.unwrap().expose(), "key-000000000000");
        // Quotes reach `cmd` as written (an argument quoted for a C program would give it
        // `\"a\"`, and the comparison would be false).
        let out = run_cmd(r#"if "a b"=="a b" echo key-111111111111"#);
        assert_eq!(out.unwrap().expose(), "key-111111111111");
        // A quoted program and a quoted argument: four quotes, the first one first.
        let out = run_cmd(r#""cmd.exe" /C "echo key-222222222222""#);
        assert_eq!(out.unwrap().expose(), "key-222222222222");
    }

    #[test]
    fn a_slow_cmd_is_stopped_at_the_timeout() {
        let start = Instant::now();
        let out = run(
            "partner_key_cmd",
            "ping -n 30 127.0.0.1 > nul",
            Duration::from_millis(500),
        );
        let err = out.unwrap_err().to_string();
        assert!(err.ends_with("did not finish within 0.5 s"), "{err}");
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{:?}",
            start.elapsed()
        );
    }

    #[test]
    fn two_lines_are_an_error_with_powershells_way_to_keep_one() {
        let err = run_cmd("(echo a& echo b)").unwrap_err().to_string();
        assert_eq!(
            err,
            "`partner_key_cmd` (`(echo a& echo b)`) printed 2 lines; a secret is one line: \
             print only the first (in PowerShell: `| Select-Object -First 1`)"
        );
    }

    #[test]
    fn a_failing_cmd_says_its_status_and_first_error_line() {
        let err = run_cmd("echo locked>&2 & exit 4").unwrap_err().to_string();
        assert!(err.ends_with("failed with exit code: 4: locked"), "{err}");
    }
}
