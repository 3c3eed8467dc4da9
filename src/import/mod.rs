//! Bulk input: streaming row readers for CSV, JSON arrays and NDJSON, and the failed-rows
//! file that gives back every row that was not sent.
//!
//! Readers never hold more than one record: a file of a million rows costs the memory of
//! one. A row that cannot be read (ragged CSV, invalid UTF-8, a broken JSON element) is not
//! an error for the whole file but a [`Row::Bad`], so that it ends up in the failed file
//! with its reason instead of vanishing.

pub mod check;
pub mod contact;
mod failed;
pub mod journal;
pub mod lock;
pub mod phone;
mod read;
mod sheet;
pub mod spool;
pub mod stop;

pub use failed::{FailedWriter, check_path, is_stdout, same_file, shown, summary_out};
pub use read::{Format, Raw, Reader, Record, Row, Source, open, open_sheet};

/// Input keys that bp itself writes into failed files; they are ignored when such a file is
/// read back, so a corrected failed file can be fed in as it is.
pub const BOOKKEEPING: [&str; 2] = ["row", "reason"];
pub use crate::leaf::create_private;
