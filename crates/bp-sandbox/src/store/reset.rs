//! `bp sandbox reset` while a bp holds the state (`bp sandbox serve`, a `bp --sandbox`
//! command): deleting the file alone would be undone by the holder's next save, which
//! writes its state back. So a reset that finds the state locked asks the holder instead,
//! with a marker beside the state file (`.NAME.reset`): the holder, which looks for it every
//! [`WATCH_EVERY`], goes back to the seed data, deletes the state file and then the marker;
//! a marker no holder took is taken by whoever opens the state next.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use super::persist::StateLock;
use super::{Store, seed};

/// How often a holder of the state looks for a reset.
pub(crate) const WATCH_EVERY: Duration = Duration::from_millis(100);

/// How long `reset` waits for the holder of the state to take its marker.
const WAIT: Duration = Duration::from_secs(10);

/// What [`reset`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reset {
    /// No bp held the state: its file is deleted.
    Deleted,
    /// No bp held the state, and there was no file.
    NothingToReset,
    /// The bp that holds the state (`bp sandbox serve`) went back to the seed data.
    Running,
    /// A bp holds the state and did not take the marker in time: whoever opens the state
    /// next starts from the seed data.
    Pending,
}

/// Resets the state at `path` to the seed data: see the module's comment.
pub fn reset(path: &Path) -> anyhow::Result<Reset> {
    let marker = marker(path).ok_or_else(|| {
        anyhow::anyhow!("sandbox state path `{}` has no file name", path.display())
    })?;
    let deadline = Instant::now() + WAIT;
    let mut asked = false;
    loop {
        if let Some(_lock) = StateLock::try_take(path)? {
            // Taken by a holder that then let go: what it saved since is not to delete.
            if asked && !marker.exists() {
                return Ok(Reset::Running);
            }
            remove(&marker)?;
            return Ok(if delete(path)? {
                Reset::Deleted
            } else {
                Reset::NothingToReset
            });
        }
        if !asked {
            fs::write(&marker, format!("pid {}\n", std::process::id()))
                .map_err(|err| failed(&marker, &err))?;
            asked = true;
        } else if !marker.exists() {
            return Ok(Reset::Running);
        }
        if Instant::now() >= deadline {
            return Ok(Reset::Pending);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The marker a reset leaves for the holder of the state at `path`.
pub(crate) fn marker(path: &Path) -> Option<std::path::PathBuf> {
    let name = path.file_name()?.to_string_lossy();
    Some(path.with_file_name(format!(".{name}.reset")))
}

/// Takes a reset's marker, if there is one, when the state is opened (its lock held):
/// the state file goes.
pub(super) fn take_left_marker(path: &Path) -> anyhow::Result<()> {
    let Some(marker) = marker(path).filter(|m| m.exists()) else {
        return Ok(());
    };
    delete(path)?;
    remove(&marker)
}

impl Store {
    /// Back to the seed data if a reset asked for it; whether it did.
    pub fn reset_if_asked(&mut self) -> anyhow::Result<bool> {
        let Some(path) = self.path.clone() else {
            return Ok(false);
        };
        let Some(marker) = marker(&path).filter(|m| m.exists()) else {
            return Ok(false);
        };
        delete(&path)?;
        self.state = seed::build();
        self.unread = None;
        self.encoded.clear();
        self.phones = None;
        self.dirty = false;
        remove(&marker)?;
        Ok(true)
    }
}

/// Deletes the state file; whether there was one.
fn delete(path: &Path) -> anyhow::Result<bool> {
    match fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(err) => Err(anyhow::anyhow!(
            "could not delete sandbox state `{}`: {err}",
            path.display()
        )),
    }
}

fn remove(marker: &Path) -> anyhow::Result<()> {
    match fs::remove_file(marker) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(failed(marker, &err)),
        _ => Ok(()),
    }
}

fn failed(marker: &Path, err: &std::io::Error) -> anyhow::Error {
    anyhow::anyhow!(
        "could not write the sandbox's reset marker `{}`: {err}",
        marker.display()
    )
}
