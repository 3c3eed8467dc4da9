//! Running a `_cmd` secret.

use std::process::{Command, Stdio};

use anyhow::{Context, Result};

use crate::error::usage;
use crate::secret::Secret;

/// Runs `sh -c CMD`; its trimmed standard output is the secret.
pub(super) fn run(key: &str, cmd: &str) -> Result<Secret> {
    let out = Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .stdout(Stdio::piped())
        .output()
        .with_context(|| format!("cannot run `{key}` (`{cmd}`)"))?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let first = stderr.lines().next().unwrap_or("").trim();
        let detail = if first.is_empty() {
            String::new()
        } else {
            format!(": {first}")
        };
        return Err(usage(format!(
            "`{key}` (`{cmd}`) failed with {}{detail}",
            out.status
        )));
    }
    let value = String::from_utf8(out.stdout).map_err(|_| {
        usage(format!(
            "`{key}` (`{cmd}`) printed something that is not UTF-8"
        ))
    })?;
    let value = value.trim();
    if value.is_empty() {
        return Err(usage(format!("`{key}` (`{cmd}`) printed nothing")));
    }
    Ok(Secret::new(value))
}
