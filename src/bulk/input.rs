//! The input of a bulk command that reads it more than once: a file, or standard input
//! copied to a spool file that every pass reads again (removed when bp exits, however it
//! exits).

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::import::spool::Spool;
use crate::import::{self, Format, Reader};

pub struct Input {
    /// The input as the user named it: a path, or `-`.
    pub file: String,
    pub spool: Option<Spool>,
    /// What the passes read: the file, or the spool.
    pub path: PathBuf,
    pub source: import::Source,
    pub format: Format,
}

impl Input {
    /// The input (standard input spooled), checked against the failed file's path `failed`:
    /// they must not be the same file.
    pub fn prepare(
        file: &str,
        format: Format,
        sheet: Option<String>,
        failed: &Path,
    ) -> Result<Input> {
        let spool = if file == "-" {
            Some(Spool::stdin()?)
        } else {
            None
        };
        let path: PathBuf = spool
            .as_ref()
            .map_or_else(|| PathBuf::from(file), |s| s.path().to_path_buf());
        let source = import::Source::new(path.to_string_lossy().into_owned(), format, sheet)?;
        import::check_path(spool.is_none().then_some(path.as_path()), failed)?;
        Ok(Input {
            file: file.to_string(),
            spool,
            path,
            source,
            format,
        })
    }

    /// How messages name the input.
    pub fn name(&self) -> &str {
        if self.spool.is_some() {
            "standard input"
        } else {
            &self.file
        }
    }

    /// Opens the input for a pass; for stdin, an error names standard input, not the spool.
    pub fn open(&self) -> Result<Reader> {
        match self.source.open() {
            Err(e) if self.spool.is_some() => Err(e.context("cannot read standard input")),
            other => other,
        }
    }
}
