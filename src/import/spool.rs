//! Standard input, copied to a private temporary file so that an import can read it three
//! times (`bp-import-<pid>-<nanos>.tmp` in the temporary directory); and [`unlinked`]
//! temporary files.
//!
//! The copy goes however bp ends, short of SIGKILL: at the end and on an error (`Drop`), and
//! on a signal ([`remove_all`], before `std::process::exit`, which skips destructors). The
//! journal names it ([`super::journal::Journal::spool`]), so that after a SIGKILL the next
//! `--resume` or `--restart` of the same input removes it ([`remove_left`]).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context, Result};

/// The temporary files of this process (spools, failed-rows files not yet in place), for
/// [`remove_all`].
static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn live() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    LIVE.lock().unwrap_or_else(|e| e.into_inner())
}

const PREFIX: &str = "bp-import-";
const SUFFIX: &str = ".tmp";

pub struct Spool(PathBuf);

impl Spool {
    /// Copies standard input to a new spool.
    pub fn stdin() -> Result<Spool> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path =
            std::env::temp_dir().join(format!("{PREFIX}{}-{nanos}{SUFFIX}", std::process::id()));
        // A new file only (O_EXCL): never one planted in the shared temporary directory.
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options
            .open(&path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        track(&path);
        let spool = Spool(path);
        std::io::copy(&mut std::io::stdin().lock(), &mut file)
            .context("cannot read standard input")?;
        file.flush()
            .with_context(|| format!("cannot write {}", spool.0.display()))?;
        Ok(spool)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        untrack(&self.0);
    }
}

/// A private temporary file (`bp-held-<pid>-<nanos>.tmp` in the temporary directory) to
/// write and read back, gone from the directory as soon as it is made (on Unix), so that
/// nothing is left behind however bp ends: for output held back until a run has succeeded.
pub fn unlinked() -> Result<std::fs::File> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let path = std::env::temp_dir().join(format!("bp-held-{}-{nanos}.tmp", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options
        .open(&path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    let _ = std::fs::remove_file(&path);
    Ok(file)
}

/// Adds a temporary file of this process for [`remove_all`] to remove.
pub(super) fn track(path: &Path) {
    live().push(path.to_path_buf());
}

/// A temporary file that is gone or in place: not [`remove_all`]'s any more.
pub(super) fn untrack(path: &Path) {
    live().retain(|p| p != path);
}

/// Removes this process's temporary files: for an exit that skips destructors.
pub fn remove_all() {
    for path in live().drain(..) {
        let _ = std::fs::remove_file(path);
    }
}

/// Removes the spools an earlier run named in its journal. The journal is only a file: a
/// path is removed only if it is a spool's, a `bp-import-*.tmp` file right in the temporary
/// directory, and not one of this process's.
pub fn remove_left(paths: &[PathBuf]) {
    let dir = std::env::temp_dir();
    for path in paths {
        let a_file = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file());
        if named_like_a_spool(path, &dir) && a_file && !live().contains(path) {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// `bp-import-*.tmp` right in `dir`. Paths are compared by their components, so a
/// temporary directory given with a trailing separator (Windows' `C:\…\Temp\`) matches.
fn named_like_a_spool(path: &Path, dir: &Path) -> bool {
    path.parent() == Some(dir)
        && path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX))
}

#[cfg(test)]
mod names {
    use super::*;

    #[test]
    #[cfg(unix)]
    fn a_spool_is_named_so_right_in_the_temporary_directory() {
        let (tmp, slash) = (Path::new("/tmp"), Path::new("/tmp/"));
        assert!(named_like_a_spool(Path::new("/tmp/bp-import-7-8.tmp"), tmp));
        assert!(named_like_a_spool(
            Path::new("/tmp/bp-import-7-8.tmp"),
            slash
        ));
        assert!(!named_like_a_spool(
            Path::new("/tmp/x/bp-import-7-8.tmp"),
            tmp
        ));
        assert!(!named_like_a_spool(Path::new("/tmp/other-7-8.tmp"), tmp));
        assert!(!named_like_a_spool(Path::new("/bp-import-7-8.tmp"), tmp));
    }

    /// Windows' temporary directory comes with a trailing backslash, on a drive or a share.
    #[test]
    #[cfg(windows)]
    fn a_spool_is_named_so_right_in_a_windows_temporary_directory() {
        for tmp in [
            r"C:\Users\Asha Rao\AppData\Local\Temp\",
            r"\\server\share\tmp\",
        ] {
            let dir = Path::new(tmp);
            let spool = PathBuf::from(format!("{tmp}bp-import-7-8.tmp"));
            assert!(named_like_a_spool(&spool, dir), "{tmp}");
            let below = PathBuf::from(format!("{tmp}x\\bp-import-7-8.tmp"));
            assert!(!named_like_a_spool(&below, dir), "{tmp}");
            let other = PathBuf::from(format!("{tmp}other-7-8.tmp"));
            assert!(!named_like_a_spool(&other, dir), "{tmp}");
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn only_a_spool_named_in_a_journal_is_removed() {
        // Paths a journal could name, in the temporary directory of this test process.
        let tmp = std::env::temp_dir();
        let pid = std::process::id();
        let spool = tmp.join(format!("{PREFIX}test-{pid}{SUFFIX}"));
        std::fs::write(&spool, "a,b").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = dir.path().join(format!("{PREFIX}1{SUFFIX}"));
        std::fs::write(&elsewhere, "x").unwrap();
        let other_name = tmp.join(format!("not-a-spool-{pid}{SUFFIX}"));
        std::fs::write(&other_name, "x").unwrap();
        let link = tmp.join(format!("{PREFIX}link-{pid}{SUFFIX}"));
        std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
        let a_directory = tempfile::Builder::new()
            .prefix(PREFIX)
            .suffix(SUFFIX)
            .tempdir()
            .unwrap();
        remove_left(&[
            elsewhere.clone(),
            other_name.clone(),
            tmp.join("..").join(format!("{PREFIX}2{SUFFIX}")),
            link.clone(),
            a_directory.path().to_path_buf(),
            spool.clone(),
        ]);
        assert!(!spool.exists());
        assert!(elsewhere.exists() && other_name.exists() && a_directory.path().exists());
        assert!(link.symlink_metadata().is_ok());
        std::fs::remove_file(other_name).unwrap();
        std::fs::remove_file(link).unwrap();
    }
}
