//! Exit codes, and the typed errors that decide them.
//!
//! Commands use `anyhow` for context; only the errors whose kind changes the exit code are
//! typed ([`UsageError`] here, `api::ApiError` in the HTTP layer). The entry point
//! (`crate::exit_status_of`) looks through the chain once and picks the code: this module
//! is a leaf, which every layer may use.

use std::fmt;

/// The documented exit codes (README, `bp --help`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0: everything worked.
    Success,
    /// 1: network or server error after retries, I/O.
    Failure,
    /// 2: usage or configuration error.
    Usage,
    /// 3: the API refused the credentials (401/403).
    Auth,
    /// 4: partial success: some input rows rejected, all others done.
    Partial,
    /// 130: stopped by Ctrl-C, after saving what resuming needs.
    Interrupted,
    /// 143: stopped by SIGTERM (128 + 15, as a shell reports it), the same way.
    Terminated,
}

impl ExitStatus {
    pub fn code(self) -> i32 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Failure => 1,
            ExitStatus::Usage => 2,
            ExitStatus::Auth => 3,
            ExitStatus::Partial => 4,
            ExitStatus::Interrupted => 130,
            ExitStatus::Terminated => 143,
        }
    }
}

pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0  success
  1  failure (network or server error after retries, I/O)
  2  usage or configuration error (bad flag or value, unknown profile, missing secret)
  3  the API refused the credentials (401/403)
  4  partial success (some input rows rejected, all others done)
  130  interrupted by Ctrl-C (an import's journal is saved: resume it with --resume)
  143  stopped by SIGTERM, as by Ctrl-C";

/// A mistake the user can fix in the command line or the configuration: exit 2.
#[derive(Debug)]
pub struct UsageError {
    pub message: String,
    pub hint: Option<String>,
    /// The customer acted for has no bot of the kind the command needs ([`no_bot`]).
    pub no_bot: bool,
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UsageError {}

pub fn usage(message: impl Into<String>) -> anyhow::Error {
    UsageError {
        message: message.into(),
        hint: None,
        no_bot: false,
    }
    .into()
}

pub fn usage_hint(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
    UsageError {
        message: message.into(),
        hint: Some(hint.into()),
        no_bot: false,
    }
    .into()
}

/// The customer acted for has no bot of the kind the command needs: exit 2 on its own;
/// under `customers each`, that customer is skipped, not failed (issue 15).
pub fn no_bot(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
    UsageError {
        message: message.into(),
        hint: Some(hint.into()),
        no_bot: true,
    }
    .into()
}

/// Whether `err` is a [`no_bot`] error.
pub fn is_no_bot(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|c| c.downcast_ref::<UsageError>().is_some_and(|u| u.no_bot))
}

/// The line a child of `customers each` writes on stderr, instead of an error, when its
/// customer has no bot to run with; the parent reports the customer as skipped.
pub const SKIP_LINE: &str = "bp-each-skip:";
