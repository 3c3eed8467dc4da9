//! Helpers every layer uses and that use nothing of bp's: text made safe for a terminal,
//! files only their owner can read, and a JSON value's field by dotted path. The HTTP layer takes them from here, not from the
//! renderer or the importer above it.

use std::fs::File;
use std::path::Path;

use serde_json::Value;

/// A MongoDB ObjectId as the API writes its ids: 24 hex digits.
pub fn is_object_id(s: &str) -> bool {
    s.len() == 24 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Server strings reach a terminal: control characters (escape sequences, tabs, newlines
/// that would break a tab-separated line) are shown escaped instead.
pub fn sanitize(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_string();
    }
    s.chars()
        .map(|c| match c {
            '\t' => "\\t".to_string(),
            '\n' => "\\n".to_string(),
            '\r' => "\\r".to_string(),
            c if c.is_control() => c.escape_unicode().to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// Creates (or truncates) a file only its owner can read. A device or a pipe named instead
/// (`/dev/stderr`) is written to as it is: its mode is not the file's to change.
pub fn create_private(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let file = options.open(path)?;
        if file.metadata()?.is_file() {
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        Ok(file)
    }
    #[cfg(not(unix))]
    options.open(path)
}

/// Writes a file only its owner can read, whole or not at all: into a temporary file beside
/// it, renamed over it (so a reader never sees half of it), its directory created if missing.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let mut file = create_private(&tmp)?;
    std::io::Write::write_all(&mut file, bytes)?;
    file.sync_data()?;
    std::fs::rename(&tmp, path)
}

/// The value at a dotted path (`contact.email`, `tags.0`), if there is one.
pub fn lookup<'a>(item: &'a Value, path: &str) -> Option<&'a Value> {
    let mut cur = item;
    for seg in path.split('.') {
        cur = match cur {
            Value::Object(m) => m.get(seg)?,
            Value::Array(a) => a.get(seg.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}
