//! Reading and writing the state file.

use std::fs;
use std::io::Write as _;
use std::path::Path;

use anyhow::Context as _;

use super::{STATE_VERSION, State};

/// Reads a saved state; `Ok(None)` if there is no file yet.
pub(super) fn load(path: &Path) -> anyhow::Result<Option<State>> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => {
            return Err(err)
                .with_context(|| format!("could not read sandbox state `{}`", path.display()));
        }
    };
    let state: State = serde_json::from_slice(&bytes).map_err(|err| {
        anyhow::anyhow!(
            "sandbox state `{}` is corrupt ({err}); run `bp sandbox reset` to start over",
            path.display()
        )
    })?;
    if state.version != STATE_VERSION {
        anyhow::bail!(
            "sandbox state `{}` has format version {} but this bp reads version {STATE_VERSION}; \
             run `bp sandbox reset` to start over",
            path.display(),
            state.version
        );
    }
    Ok(Some(state))
}

/// Writes through a temporary file in the same directory and a rename, so a crash never
/// leaves half a state file behind; the file is private (0600) because it holds tokens.
pub(super) fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)
        .with_context(|| format!("could not create directory `{}`", dir.display()))?;
    let name = path
        .file_name()
        .with_context(|| format!("sandbox state path `{}` has no file name", path.display()))?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let _ = fs::remove_file(&tmp);
    let written = (|| -> std::io::Result<()> {
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written.with_context(|| format!("could not write sandbox state `{}`", path.display()))
}
