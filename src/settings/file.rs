//! The config file: where it is, reading and checking it (its errors name the file, line
//! and column; unknown keys and loose permissions are warned of), and its profiles.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::Deserialize;

use super::Env;
use crate::error::{usage, usage_hint};
use crate::paths::{self, Kind, Rule};

#[derive(Debug, Default, Deserialize)]
pub(super) struct ConfigFile {
    pub(super) default_profile: Option<String>,
    #[serde(default)]
    pub(super) profiles: BTreeMap<String, ProfileFile>,
    /// Keys bp does not know: each gets a warning, since a misspelt `partner_kye` would
    /// otherwise fail later as a confusing "missing secret".
    #[serde(flatten)]
    pub(super) unknown: BTreeMap<String, toml::Value>,
}

#[derive(Debug, Default, Clone, Deserialize)]
pub(super) struct ProfileFile {
    pub(super) base_url: Option<String>,
    pub(super) partner_key: Option<String>,
    pub(super) partner_key_cmd: Option<String>,
    pub(super) api_token: Option<String>,
    pub(super) api_token_cmd: Option<String>,
    pub(super) bot_token: Option<String>,
    pub(super) bot_token_cmd: Option<String>,
    pub(super) bot_id: Option<String>,
    pub(super) customer_id: Option<String>,
    pub(super) customer: Option<String>,
    pub(super) wa_api_key: Option<String>,
    pub(super) wa_api_key_cmd: Option<String>,
    /// Seconds a `_cmd` may take.
    pub(super) secret_cmd_timeout: Option<f64>,
    #[serde(default)]
    pub(super) bots: BTreeMap<String, BotFile>,
    /// As [`ConfigFile::unknown`].
    #[serde(flatten)]
    pub(super) unknown: BTreeMap<String, toml::Value>,
}

/// `[profiles.X.bots.NAME]`: one bot of the agency's registry: whose it is (`customer`, as
/// `--customer` takes it), its id, and its credentials: a website bot's token (for the
/// leads endpoints) or a WhatsApp bot's API key.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct BotFile {
    pub(super) customer: Option<String>,
    #[serde(alias = "id")]
    pub(super) bot_id: Option<String>,
    pub(super) bot_token: Option<String>,
    pub(super) bot_token_cmd: Option<String>,
    pub(super) wa_api_key: Option<String>,
    pub(super) wa_api_key_cmd: Option<String>,
}

/// What chose the config file: `BP_CONFIG`, or the rule of [`crate::paths`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigOrigin {
    BpConfig,
    Dirs(Rule),
}

impl ConfigOrigin {
    /// The user named the file: it must exist.
    pub fn explicit(self) -> bool {
        self == ConfigOrigin::BpConfig
    }
}

impl std::fmt::Display for ConfigOrigin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConfigOrigin::BpConfig => f.write_str("env BP_CONFIG"),
            ConfigOrigin::Dirs(rule) => rule.fmt(f),
        }
    }
}

/// The config file path: `$BP_CONFIG`, else `bp/config.toml` in `$XDG_CONFIG_HOME` or
/// `~/.config`, or in the platform's config directory when only it has one (macOS); on
/// Windows in `%APPDATA%`, else the known folder: see [`crate::paths::choose`].
pub fn config_path(env: &dyn Env) -> (Option<PathBuf>, ConfigOrigin) {
    if let Some(p) = env.var("BP_CONFIG") {
        return (Some(PathBuf::from(p)), ConfigOrigin::BpConfig);
    }
    let var = |name: &str| env.var(name).map(OsString::from);
    // Joined a component at a time: `bp/config.toml` would keep its `/` on Windows.
    let rel = Path::new("bp").join("config.toml");
    match paths::locate(Kind::Config, &rel, &var) {
        Some(c) => (Some(c.path), ConfigOrigin::Dirs(c.rule)),
        None => (None, ConfigOrigin::Dirs(Rule::Platform)),
    }
}

pub(super) struct ParsedFile {
    pub(super) config: ConfigFile,
    pub(super) warnings: Vec<String>,
    /// Group or others may write the file, so its `_cmd` keys may not be the user's.
    pub(super) others_can_write: bool,
}

pub(super) fn read_config(path: &Path, explicit: bool) -> Result<Option<ParsedFile>> {
    let bytes = match std::fs::read(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => return Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(usage_hint(
                format!(
                    "config file {} (from BP_CONFIG) does not exist",
                    path.display()
                ),
                "create it (see config.example.toml) or unset BP_CONFIG",
            ));
        }
        Err(e) => {
            return Err(usage(format!(
                "cannot read config file {}: {e}",
                path.display()
            )));
        }
    };
    // Not "stream did not contain valid UTF-8": say where, and what the file probably is.
    let text = String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let what = if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
            "is UTF-16, not UTF-8: save it as UTF-8".to_string()
        } else {
            let at = e.utf8_error().valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            format!("is not valid UTF-8 (line {line}): save it as UTF-8")
        };
        usage(format!("config file {} {what}", path.display()))
    })?;
    let mut parsed = parse_config_text(path, &text)?;
    let exposure = Exposure::of(path);
    parsed.warnings.extend(exposure.warning(path));
    parsed.others_can_write = exposure.writable;
    Ok(Some(parsed))
}

/// Checks a config file's text as `bp` would read it: its warnings, or the error. For the
/// config fuzz target (`fuzz/`), which must find no panic.
pub fn check_config(text: &str) -> Result<Vec<String>> {
    parse_config_text(Path::new("config.toml"), text).map(|p| p.warnings)
}

pub(super) fn parse_config_text(path: &Path, text: &str) -> Result<ParsedFile> {
    let config: ConfigFile = toml::from_str(text).map_err(|e| toml_error(path, text, &e))?;
    let mut warnings: Vec<String> = config
        .unknown
        .keys()
        .map(|key| format!("unknown key `{key}` in {}", path.display()))
        .collect();
    for (name, profile) in &config.profiles {
        warnings.extend(profile.unknown.keys().map(|key| {
            format!(
                "unknown key `{key}` in profile `{name}` of {}",
                path.display()
            )
        }));
    }
    Ok(ParsedFile {
        config,
        warnings,
        others_can_write: false,
    })
}

pub(super) fn toml_error(path: &Path, text: &str, e: &toml::de::Error) -> anyhow::Error {
    let at = match e.span() {
        Some(span) => {
            let mut end = span.start.min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let before = &text[..end];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!(", line {line}, column {column}")
        }
        None => String::new(),
    };
    usage(format!(
        "malformed config file {}{at}: {}",
        path.display(),
        e.message().trim()
    ))
}

/// What group and others may do with the config file (through a symlink, its target's mode).
#[derive(Debug, Default)]
pub(super) struct Exposure {
    pub(super) readable: bool,
    pub(super) writable: bool,
}

impl Exposure {
    #[cfg(unix)]
    fn of(path: &Path) -> Exposure {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0, |m| m.permissions().mode());
        Exposure {
            readable: mode & 0o044 != 0,
            writable: mode & 0o022 != 0,
        }
    }

    /// Nothing to check off Unix. Windows has no mode bits (std reports only the read-only
    /// attribute), and a file under the user's profile is private to that user by default
    /// (its ACL), so there is nothing to warn about and no reason to refuse a `_cmd`.
    #[cfg(not(unix))]
    fn of(_path: &Path) -> Exposure {
        Exposure::default()
    }

    fn warning(&self, path: &Path) -> Option<String> {
        let what = match (self.readable, self.writable) {
            (true, true) => "readable and writable",
            (true, false) => "readable",
            (false, true) => "writable",
            (false, false) => return None,
        };
        Some(format!(
            "config file {} is {what} by other users; run `chmod 600 {}`",
            path.display(),
            path.display()
        ))
    }
}

/// The config file's profiles, for `bp profile list`.
#[derive(Debug, Default)]
pub struct ProfileList {
    pub path: Option<PathBuf>,
    pub origin: Option<ConfigOrigin>,
    /// Sorted.
    pub names: Vec<String>,
    pub default: Option<String>,
    pub warnings: Vec<String>,
}

pub fn list_profiles(env: &dyn Env) -> Result<ProfileList> {
    let (path, origin) = config_path(env);
    let Some(path) = path else {
        return Ok(ProfileList::default());
    };
    let Some(parsed) = read_config(&path, origin.explicit())? else {
        return Ok(ProfileList {
            path: Some(path),
            origin: Some(origin),
            ..ProfileList::default()
        });
    };
    Ok(ProfileList {
        path: Some(path),
        origin: Some(origin),
        names: parsed.config.profiles.keys().cloned().collect(),
        default: parsed.config.default_profile,
        warnings: parsed.warnings,
    })
}

#[cfg(all(test, windows))]
mod tests {
    use super::*;

    struct NoVars;
    impl Env for NoVars {
        fn var(&self, _name: &str) -> Option<String> {
            None
        }
    }

    #[test]
    fn the_config_path_has_windows_separators_only() {
        let (path, _) = config_path(&NoVars);
        let path = path.expect("a config directory").display().to_string();
        assert!(path.ends_with("\\bp\\config.toml"), "{path}");
        assert!(!path.contains('/'), "{path}");
    }
}
