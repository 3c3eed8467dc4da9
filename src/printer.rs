//! Everything that is not data goes through here, to stderr: errors, warnings, hints,
//! request logs and progress. Whether stderr is a terminal, colour and quietness are decided
//! once, at start-up. Data goes to [`stdout`].
//!
//! No write here may panic (as `println!` and `eprintln!` do when the stream is a closed
//! pipe or a full disk): a line stderr cannot take is dropped, and a write to stdout that
//! fails is an error that says it was stdout (a broken pipe keeps its kind, so that
//! [`crate::report`] ends quietly: `bp … | head`).

use std::io::{self, IsTerminal, Write};

#[derive(Debug, Clone, Copy)]
pub struct Printer {
    pub quiet: bool,
    pub verbose: u8,
    color: bool,
    stderr_tty: bool,
}

const RED: &str = "\x1b[1;31m";
const YELLOW: &str = "\x1b[1;33m";
const CYAN: &str = "\x1b[1;36m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// Whether to colour a stream: as `forced` says (`--color always|never`), else a terminal
/// without `NO_COLOR` that reads escape codes.
pub fn use_color(forced: Option<bool>, is_tty: bool) -> bool {
    let wanted = forced
        .unwrap_or_else(|| is_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()));
    wanted && (reads_escape_codes() || forced == Some(true))
}

/// Whether the terminal reads escape codes. Windows' console prints them as text unless
/// asked to read them (`ENABLE_VIRTUAL_TERMINAL_PROCESSING`, Windows 10 and later), which
/// this asks once, through the crate clap asks with; every other terminal reads them. It
/// asks for stdout and stderr together, so with one of them redirected to a file the other
/// gets no colour either: plain text, never escape codes shown as text.
fn reads_escape_codes() -> bool {
    static READS: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *READS.get_or_init(|| anstyle_query::windows::enable_ansi_colors().unwrap_or(true))
}

/// Standard output, for data: see [`stdout`].
pub struct Stdout(io::StdoutLock<'static>);

/// Standard output, locked, whose write errors name it.
pub fn stdout() -> Stdout {
    Stdout(io::stdout().lock())
}

/// A failed write to standard output, saying so; of the same kind (`BrokenPipe`…).
pub fn stdout_error(err: io::Error) -> io::Error {
    io::Error::new(
        err.kind(),
        format!("cannot write to standard output: {err}"),
    )
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf).map_err(stdout_error)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush().map_err(stdout_error)
    }
}

impl Printer {
    /// The printer before the command line is read (`--version`, clap's own answers).
    pub fn plain() -> Self {
        Self::new(false, 0, None)
    }

    /// `-q`, `-v` (counted) and `--color` (`None`: auto), as the entry point read them.
    pub fn new(quiet: bool, verbose: u8, color: Option<bool>) -> Self {
        let stderr_tty = io::stderr().is_terminal();
        Printer {
            quiet,
            verbose,
            color: use_color(color, stderr_tty),
            stderr_tty,
        }
    }

    fn line(&self, color: &str, label: &str, msg: &str) {
        let mut err = io::stderr().lock();
        let _ = if self.color {
            writeln!(err, "{color}{label}:{RESET} {msg}")
        } else {
            writeln!(err, "{label}: {msg}")
        };
    }

    pub fn error(&self, msg: &str) {
        self.line(RED, "error", msg);
    }

    pub fn warn(&self, msg: &str) {
        if !self.quiet {
            self.line(YELLOW, "warning", msg);
        }
    }

    pub fn hint(&self, msg: &str) {
        self.line(CYAN, "hint", msg);
    }

    /// A plain message for the user (not data): suppressed by `-q`.
    pub fn info(&self, msg: &str) {
        if !self.quiet {
            let _ = writeln!(io::stderr().lock(), "{msg}");
        }
    }

    /// A line as it is, whatever `-q` says: what a child process wrote to its stderr, or a
    /// line for a parent process to read.
    pub fn relay(&self, line: &str) {
        let _ = writeln!(io::stderr().lock(), "{line}");
    }

    /// A question on stderr, the answer to be typed on the same line.
    pub fn prompt(&self, question: &str) {
        let mut err = io::stderr().lock();
        let _ = write!(err, "{question}").and_then(|()| err.flush());
    }

    /// A request log line, shown from verbosity `level` up.
    pub fn debug(&self, level: u8, msg: &str) {
        if self.verbose >= level {
            let mut err = io::stderr().lock();
            let _ = if self.color {
                writeln!(err, "{DIM}{msg}{RESET}")
            } else {
                writeln!(err, "{msg}")
            };
        }
    }

    /// Whether progress bars may be drawn: stderr is a terminal, and nothing else logs there.
    pub fn progress(&self) -> bool {
        self.stderr_tty && !self.quiet && self.verbose == 0
    }
}
