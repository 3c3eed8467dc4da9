//! One run per journal: an advisory lock on a file named after the journal
//! (`import-locks/HASH.lock` in bp's state directory), taken before the journal is read and
//! held until bp exits.
//!
//! The lock file is never removed: a lock on the journal itself would be lost when the run
//! that finishes removes it, and a third run could then start beside a second. The lock
//! file names its holder (pid and start time) for the message of the run that finds it
//! taken.

use std::fs::{File, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::error::usage_hint;

/// A held lock: released when dropped (or when bp exits, however it does).
#[derive(Debug)]
pub struct RunLock {
    _file: File,
}

/// The lock file of a journal: `HASH.lock` in `import-locks/` beside the journals' directory,
/// which so holds journals only.
pub fn lock_path(journal: &Path) -> PathBuf {
    let name = Path::new(journal.file_name().unwrap_or_default()).with_extension("lock");
    match journal.parent().and_then(Path::parent) {
        Some(state) => state.join("import-locks").join(name),
        None => journal.with_extension("lock"),
    }
}

fn open(path: &Path) -> Result<File> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(path)
        .with_context(|| format!("cannot open the import lock {}", path.display()))
}

/// Takes the lock of `journal` for an import of `input` to `target`; exit 2 naming the run
/// that holds it.
pub fn lock(journal: &Path, input: &str, target: &str) -> Result<RunLock> {
    let path = lock_path(journal);
    let mut file = open(&path)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let mut holder = String::new();
            let _ = file.read_to_string(&mut holder);
            let holder = holder.lines().next().unwrap_or("").trim();
            let who = if holder.is_empty() {
                String::new()
            } else {
                format!(" ({holder})")
            };
            return Err(usage_hint(
                format!("another bp is importing {input} to {target}{who}"),
                "wait for it to finish, or stop it",
            ));
        }
        Err(TryLockError::Error(e)) => {
            return Err(e).with_context(|| format!("cannot lock {}", path.display()));
        }
    }
    let started = jiff::Timestamp::now().strftime("%Y-%m-%d %H:%M:%S UTC");
    let line = format!("pid {}, started {started}\n", std::process::id());
    file.set_len(0)
        .and_then(|()| file.rewind())
        .and_then(|()| file.write_all(line.as_bytes()))
        .with_context(|| format!("cannot write the import lock {}", path.display()))?;
    Ok(RunLock { _file: file })
}

/// Whether a run holds the lock of `journal` now (a journal not to remove).
pub fn is_held(journal: &Path) -> bool {
    let Ok(file) = File::open(lock_path(journal)) else {
        return false;
    };
    match file.try_lock() {
        Ok(()) => {
            let _ = file.unlock();
            false
        }
        Err(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_names_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("imports/abc.journal");
        let held = lock(&journal, "c.csv", "- http://x").unwrap();
        assert!(is_held(&journal));
        let err = lock(&journal, "c.csv", "- http://x").unwrap_err();
        let text = err.to_string();
        let prefix = format!(
            "another bp is importing c.csv to - http://x (pid {}, started ",
            std::process::id()
        );
        assert!(text.starts_with(&prefix), "{text}");
        drop(held);
        assert!(!is_held(&journal));
        lock(&journal, "c.csv", "- http://x").unwrap();
    }
}
