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

/// The `--from` input of a command that reads it once (`leads upsert`, `contacts set-attr`):
/// its format (`--format`, else its name's; neither is the error `import::open` gives), the
/// reader, and for `-` the spool it reads. Standard input is read to its end first, as
/// `whatsapp import` does: a run that stops lists the rows it did not send without waiting
/// on whatever writes to the pipe.
pub fn open_once(
    from: &str,
    format: Option<Format>,
    sheet: Option<String>,
) -> Result<(Reader, Option<Spool>)> {
    use anyhow::Context as _;
    let format = format.or_else(|| Format::from_path(Path::new(from)));
    let Some(format) = format else {
        return Err(import::open(from, None)
            .err()
            .unwrap_or_else(|| anyhow::anyhow!("cannot tell the format of {from}")));
    };
    let spool = (from == "-").then(Spool::stdin).transpose()?;
    let path = spool.as_ref().map_or_else(
        || from.to_string(),
        |s| s.path().to_string_lossy().into_owned(),
    );
    let reader = import::Source::new(path, format, sheet)?
        .open()
        .with_context(|| format!("cannot read {from}"))?;
    Ok((reader, spool))
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
