//! Everything that is not data goes through here, to stderr: errors, warnings, hints,
//! request logs and progress. Whether stderr is a terminal, colour and quietness are decided
//! once, at start-up.

use std::io::{IsTerminal, Write};

use crate::cli::{ColorChoice, GlobalArgs};

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

/// Whether to colour a stream: `--color always|never`, else a terminal without `NO_COLOR`.
pub fn use_color(choice: ColorChoice, is_tty: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

impl Printer {
    pub fn new(global: &GlobalArgs) -> Self {
        let stderr_tty = std::io::stderr().is_terminal();
        Printer {
            quiet: global.quiet,
            verbose: global.verbose,
            color: use_color(global.color, stderr_tty),
            stderr_tty,
        }
    }

    fn line(&self, color: &str, label: &str, msg: &str) {
        let mut err = std::io::stderr().lock();
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
            let _ = writeln!(std::io::stderr().lock(), "{msg}");
        }
    }

    /// A request log line, shown from verbosity `level` up.
    pub fn debug(&self, level: u8, msg: &str) {
        if self.verbose >= level {
            let mut err = std::io::stderr().lock();
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
