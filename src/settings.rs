//! What a run works with, resolved once: the run's [`Settings`] (flags and environment,
//! `run`) and the [`Profile`] (this module: the config file's profile with the `BP_*`
//! environment laid over it).
//!
//! Precedence for each profile key: environment variable, then the selected profile of the
//! config file, then the default. The config file itself is `file`'s; the secrets, obtained
//! lazily (a `_cmd` runs only when a command first needs its secret), are `secrets`'.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;

use crate::error::{usage, usage_hint};
pub use crate::secret::SecretKind;

mod file;
mod run;
mod secret_cmd;
mod secrets;

use self::file::{ConfigFile, read_config};
pub use self::file::{ConfigOrigin, ProfileList, check_config, config_path, list_profiles};
pub use self::run::{SANDBOX_URL_ENV, Settings, Target, output_format, output_opts};
pub use self::secrets::BotSecret;
use self::secrets::{SecretSlot, secret_cmd_timeout, secret_slot};

pub const DEFAULT_BASE_URL: &str = "https://api.v7.botpenguin.com";

/// Where a value came from, for `bp profile show` and for error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag,
    File,
    Env(&'static str),
    Command,
    Sandbox,
    Default,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag => f.write_str("flag"),
            Source::File => f.write_str("file"),
            Source::Env(var) => write!(f, "env {var}"),
            Source::Command => f.write_str("command"),
            Source::Sandbox => f.write_str("sandbox"),
            Source::Default => f.write_str("default"),
        }
    }
}

/// A plain (non-secret) setting with its origin.
#[derive(Debug, Clone)]
pub struct Setting {
    pub value: String,
    pub source: Source,
}

/// Everything a command needs to know about the profile, resolved once.
#[derive(Debug)]
pub struct Profile {
    /// The selected profile's name, if a config file had one.
    pub name: Option<String>,
    /// The config file in play (whether or not it exists), and what chose it.
    pub config_path: Option<PathBuf>,
    pub config_origin: ConfigOrigin,
    pub config_exists: bool,
    pub base_url: Setting,
    pub bot_id: Option<Setting>,
    pub customer_id: Option<Setting>,
    /// The customer to act for with the partner key (`--customer`, `BP_CUSTOMER`, or the
    /// profile's `customer` when it has no `api_token`).
    pub customer: Option<Setting>,
    secrets: [SecretSlot; 3],
    /// The WhatsApp API key of the profile (`wa_api_key`, BP_WA_API_KEY) and of each
    /// `[profiles.X.bots.NAME]`.
    wa_default: SecretSlot,
    /// The registry: each `[profiles.X.bots.NAME]`.
    bots: BTreeMap<String, Bot>,
    /// The config file is writable by group or others: its `_cmd` keys are not run.
    others_can_write: bool,
    /// How long a `_cmd` may take.
    secret_cmd_timeout: Duration,
}

/// A bot of the registry (`[profiles.X.bots.NAME]`).
#[derive(Debug)]
pub struct Bot {
    /// Whose bot it is: a customer's id, email or name, as `--customer` takes it.
    pub customer: Option<String>,
    pub bot_id: Option<String>,
    /// A website bot's token (`bot_token`, `bot_token_cmd`), for the leads endpoints.
    token: SecretSlot,
    /// A WhatsApp bot's API key (`wa_api_key`, `wa_api_key_cmd`).
    wa_key: SecretSlot,
}

impl Bot {
    /// A website bot: it has a token for the leads endpoints.
    pub fn is_website(&self) -> bool {
        self.token.spec.is_some()
    }

    /// It has a WhatsApp API key (not running its command).
    pub fn has_wa_key(&self) -> bool {
        self.wa_key.spec.is_some()
    }

    /// A WhatsApp bot: it has a WhatsApp key, or an id and no website token.
    pub fn is_whatsapp(&self) -> bool {
        self.has_wa_key() || (!self.is_website() && self.bot_id.is_some())
    }
}

/// Access to the environment, so that tests can resolve settings without touching the
/// process's own.
pub trait Env {
    fn var(&self, name: &str) -> Option<String>;
}

pub struct ProcessEnv;

impl Env for ProcessEnv {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok().filter(|v| !v.is_empty())
    }
}

/// The outcome of loading the config file: the profile plus warnings to print.
#[derive(Debug)]
pub struct Loaded {
    pub profile: Profile,
    pub warnings: Vec<String>,
}

/// A number of seconds as a duration, if it is one: positive and finite.
pub fn positive_seconds(secs: f64) -> Option<Duration> {
    Duration::try_from_secs_f64(secs)
        .ok()
        .filter(|d| !d.is_zero())
}

/// The profile `--profile`/BP_PROFILE names (`requested`), else `default_profile`, else the
/// only one; `None` for a file without profiles.
fn choose_profile(
    config: &ConfigFile,
    requested: Option<&str>,
    config_exists: bool,
    shown_path: &str,
) -> Result<Option<String>> {
    let names: Vec<&str> = config.profiles.keys().map(String::as_str).collect();
    let existing = if names.is_empty() {
        "none".to_string()
    } else {
        names.join(", ")
    };
    Ok(match (requested, &config.default_profile) {
        (Some(name), _) => {
            if !config.profiles.contains_key(name) {
                let where_ = if config_exists {
                    format!("in {shown_path}")
                } else {
                    format!("(no config file at {shown_path})")
                };
                return Err(usage_hint(
                    format!("unknown profile `{name}` {where_}; profiles: {existing}"),
                    "check --profile or BP_PROFILE, or run `bp profile list`",
                ));
            }
            Some(name.to_string())
        }
        (None, Some(default)) => {
            if !config.profiles.contains_key(default) {
                return Err(usage(format!(
                    "default_profile `{default}` in {shown_path} names no profile; profiles: {existing}"
                )));
            }
            Some(default.clone())
        }
        (None, None) if config.profiles.len() == 1 => config.profiles.keys().next().cloned(),
        (None, None) if config.profiles.len() > 1 => {
            return Err(usage_hint(
                format!("{shown_path} has several profiles ({existing}) and no default_profile"),
                "pass --profile NAME, set BP_PROFILE, or add `default_profile = \"…\"`",
            ));
        }
        (None, None) => None,
    })
}

/// Loads the profile named by `--profile`/`BP_PROFILE` (`requested`), else `default_profile`,
/// else the only profile, and lays the environment over it.
pub fn load(env: &dyn Env, requested: Option<&str>) -> Result<Loaded> {
    let (path, config_origin) = config_path(env);
    let parsed = match &path {
        Some(p) => read_config(p, config_origin.explicit())?,
        None => None,
    };
    let config_exists = parsed.is_some();
    let (config, warnings, others_can_write) = match parsed {
        Some(p) => (p.config, p.warnings, p.others_can_write),
        None => (ConfigFile::default(), Vec::new(), false),
    };
    let shown_path = path.as_ref().map_or_else(
        || "the config file".to_string(),
        |p| p.display().to_string(),
    );

    let chosen = choose_profile(&config, requested, config_exists, &shown_path)?;
    let file = chosen
        .as_ref()
        .and_then(|n| config.profiles.get(n))
        .cloned()
        .unwrap_or_default();

    let plain = |env_var: &'static str, file_value: Option<String>| -> Option<Setting> {
        if let Some(v) = env.var(env_var) {
            return Some(Setting {
                value: v,
                source: Source::Env(env_var),
            });
        }
        file_value.map(|value| Setting {
            value,
            source: Source::File,
        })
    };
    let base_url = plain("BP_BASE_URL", file.base_url.clone()).unwrap_or(Setting {
        value: DEFAULT_BASE_URL.to_string(),
        source: Source::Default,
    });
    let secret = |key: String, env_var, value: &Option<String>, cmd: &Option<String>| {
        secret_slot(env, key, env_var, value, cmd)
    };
    let kind = |kind: SecretKind, value, cmd| {
        secret(kind.key().to_string(), Some(kind.env_var()), value, cmd)
    };
    let secrets = [
        kind(
            SecretKind::PartnerKey,
            &file.partner_key,
            &file.partner_key_cmd,
        ),
        kind(SecretKind::ApiToken, &file.api_token, &file.api_token_cmd),
        kind(SecretKind::BotToken, &file.bot_token, &file.bot_token_cmd),
    ];
    let wa_default = secret(
        "wa_api_key".to_string(),
        Some("BP_WA_API_KEY"),
        &file.wa_api_key,
        &file.wa_api_key_cmd,
    );
    let bots = file
        .bots
        .iter()
        .map(|(name, bot)| {
            let key = |k: &str| format!("bots.{name}.{k}");
            let trimmed = |v: &Option<String>| {
                v.as_deref()
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .map(str::to_owned)
            };
            let entry = Bot {
                customer: trimmed(&bot.customer),
                bot_id: trimmed(&bot.bot_id),
                token: secret(key("bot_token"), None, &bot.bot_token, &bot.bot_token_cmd),
                wa_key: secret(
                    key("wa_api_key"),
                    None,
                    &bot.wa_api_key,
                    &bot.wa_api_key_cmd,
                ),
            };
            (name.clone(), entry)
        })
        .collect();
    let secret_cmd_timeout =
        secret_cmd_timeout(env, file.secret_cmd_timeout, chosen.as_deref(), &shown_path)?;
    let has_api_token = secrets[SecretKind::ApiToken as usize].spec.is_some();
    // `--customer`/BP_CUSTOMER beat an API token; the profile's `customer` only fills in
    // for a profile without one.
    let customer = match env.var("BP_CUSTOMER") {
        Some(v) => Some(Setting {
            value: v,
            source: Source::Env("BP_CUSTOMER"),
        }),
        None if has_api_token => None,
        None => file.customer.clone().map(|value| Setting {
            value,
            source: Source::File,
        }),
    };
    Ok(Loaded {
        profile: Profile {
            name: chosen,
            config_path: path,
            config_origin,
            config_exists,
            bot_id: plain("BP_BOT_ID", file.bot_id.clone()),
            customer_id: plain("BP_CUSTOMER_ID", file.customer_id.clone()),
            customer,
            base_url,
            secrets,
            wa_default,
            bots,
            others_can_write,
            secret_cmd_timeout,
        },
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct FakeEnv(HashMap<&'static str, String>);

    impl Env for FakeEnv {
        fn var(&self, name: &str) -> Option<String> {
            self.0.get(name).cloned()
        }
    }

    fn env_with(config: &str, vars: &[(&'static str, &str)]) -> (tempfile::TempDir, FakeEnv) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, config).unwrap();
        let mut map: HashMap<&'static str, String> =
            vars.iter().map(|(k, v)| (*k, v.to_string())).collect();
        map.insert("BP_CONFIG", path.display().to_string());
        (dir, FakeEnv(map))
    }

    const TWO: &str = r#"
default_profile = "acme"
[profiles.acme]
partner_key = "acme-partner-key-000000"
bot_id = "bot-acme"
[profiles.beta]
partner_key = "beta-partner-key-000000"
base_url = "https://white.label"
"#;

    #[test]
    fn flag_beats_default_profile() {
        let (_d, env) = env_with(TWO, &[]);
        let p = load(&env, Some("beta")).unwrap().profile;
        assert_eq!(p.name.as_deref(), Some("beta"));
        assert_eq!(p.base_url.value, "https://white.label");
        assert_eq!(
            p.secret(SecretKind::PartnerKey).unwrap().expose(),
            "beta-partner-key-000000"
        );
    }

    #[test]
    fn default_profile_when_no_flag() {
        let (_d, env) = env_with(TWO, &[]);
        let p = load(&env, None).unwrap().profile;
        assert_eq!(p.name.as_deref(), Some("acme"));
        assert_eq!(p.base_url.source, Source::Default);
        assert_eq!(p.bot_id.unwrap().value, "bot-acme");
    }

    #[test]
    fn env_overrides_single_keys() {
        let (_d, env) = env_with(
            TWO,
            &[
                ("BP_PARTNER_KEY", "env-key-0000000000"),
                ("BP_BOT_ID", "b2"),
            ],
        );
        let p = load(&env, None).unwrap().profile;
        assert_eq!(
            p.secret(SecretKind::PartnerKey).unwrap().expose(),
            "env-key-0000000000"
        );
        let bot = p.bot_id.unwrap();
        assert_eq!(
            (bot.value.as_str(), bot.source),
            ("b2", Source::Env("BP_BOT_ID"))
        );
    }

    #[test]
    fn only_profile_is_chosen() {
        let (_d, env) = env_with("[profiles.solo]\napi_token = \"t-0000000000000\"\n", &[]);
        assert_eq!(
            load(&env, None).unwrap().profile.name.as_deref(),
            Some("solo")
        );
    }

    #[test]
    fn several_profiles_without_default_is_an_error() {
        let (_d, env) = env_with("[profiles.a]\n[profiles.b]\n", &[]);
        let err = load(&env, None).unwrap_err().to_string();
        assert!(err.contains("several profiles (a, b)"), "{err}");
    }

    #[test]
    fn unknown_profile_lists_existing() {
        let (_d, env) = env_with(TWO, &[]);
        let err = load(&env, Some("nope")).unwrap_err().to_string();
        assert!(err.contains("unknown profile `nope`"), "{err}");
        assert!(err.contains("profiles: acme, beta"), "{err}");
    }

    #[test]
    fn malformed_file_names_line_and_column() {
        let (_d, env) = env_with("[profiles.a]\nbot_id = \"x\"\npartner_key = \n", &[]);
        let err = load(&env, None).unwrap_err().to_string();
        assert!(err.contains("config.toml, line 3, column"), "{err}");
    }

    #[test]
    fn wrong_type_names_line() {
        let (_d, env) = env_with("[profiles.a]\nbot_id = 5\n", &[]);
        let err = load(&env, None).unwrap_err().to_string();
        assert!(err.contains("line 2"), "{err}");
    }

    #[test]
    fn example_config_parses_without_warnings() {
        let text = include_str!("../config.example.toml");
        let (_d, env) = env_with(text, &[]);
        let loaded = load(&env, None).unwrap();
        assert_eq!(loaded.profile.name.as_deref(), Some("acme"));
        assert!(
            loaded.warnings.iter().all(|w| w.contains("readable")),
            "{:?}",
            loaded.warnings
        );
        let beta = load(&env, Some("beta")).unwrap().profile;
        assert_eq!(beta.base_url.value, "https://api-v7.express-chat.com");
    }

    #[test]
    fn customer_precedence() {
        let cfg = "[profiles.a]\ncustomer = \"Acme\"\n[profiles.b]\ncustomer = \"Acme\"\napi_token = \"tok-000000000000\"\n";
        let (_d, env) = env_with(cfg, &[]);
        let a = load(&env, Some("a")).unwrap().profile;
        assert_eq!(a.customer.unwrap().value, "Acme");
        // A profile with an API token uses it, not its `customer`.
        assert!(load(&env, Some("b")).unwrap().profile.customer.is_none());
        // BP_CUSTOMER beats the API token.
        let (_d, env) = env_with(cfg, &[("BP_CUSTOMER", "x@y.io")]);
        let b = load(&env, Some("b")).unwrap().profile;
        assert_eq!(b.customer.unwrap().source, Source::Env("BP_CUSTOMER"));
    }

    #[test]
    fn a_config_that_is_not_utf8_says_where_or_what_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, b"[profiles.a]\n\nbot_id = \"Jos\xe9\"\n").unwrap();
        let err = read_config(&path, true).err().unwrap().to_string();
        assert!(
            err.ends_with("is not valid UTF-8 (line 3): save it as UTF-8"),
            "{err}"
        );
        std::fs::write(&path, b"\xFF\xFE[\0").unwrap();
        let err = read_config(&path, true).err().unwrap().to_string();
        assert!(
            err.ends_with("is UTF-16, not UTF-8: save it as UTF-8"),
            "{err}"
        );
    }

    #[test]
    fn unknown_keys_warn() {
        let (_d, env) = env_with("[profiles.a]\npartner_kye = \"x\"\n", &[]);
        let loaded = load(&env, None).unwrap();
        assert!(loaded.warnings.iter().any(|w| w.contains("`partner_kye`")));
    }

    #[test]
    fn missing_explicit_config_is_an_error() {
        let env = FakeEnv(HashMap::from([(
            "BP_CONFIG",
            "/nonexistent/bp.toml".to_string(),
        )]));
        let err = load(&env, None).unwrap_err().to_string();
        assert!(err.contains("does not exist"), "{err}");
    }

    #[test]
    fn env_only_configuration_works() {
        let env = FakeEnv(HashMap::from([(
            "BP_CONFIG",
            "/nonexistent/bp.toml".to_string(),
        )]));
        assert!(load(&env, None).is_err());
        let env = FakeEnv(HashMap::from([(
            "BP_API_TOKEN",
            "env-token-00000000".to_string(),
        )]));
        let p = load(&env, None).unwrap().profile;
        assert_eq!(
            p.secret(SecretKind::ApiToken).unwrap().expose(),
            "env-token-00000000"
        );
    }

    #[test]
    fn missing_secret_names_key_and_env_var() {
        let (_d, env) = env_with("[profiles.a]\n", &[]);
        let p = load(&env, None).unwrap().profile;
        let err = p.secret(SecretKind::BotToken).unwrap_err();
        let hint = crate::hint_of(&err).unwrap();
        assert!(
            hint.contains("`bot_token`") && hint.contains("BP_BOT_TOKEN"),
            "{hint}"
        );
    }

    #[test]
    fn cmd_secret_runs_only_when_needed() {
        let dir = tempfile::tempdir().unwrap();
        let marker = dir.path().join("ran");
        // `sh -c` on Unix, `cmd /C` on Windows.
        let cmd = if cfg!(windows) {
            format!(
                "type nul > \"{}\" && echo   cmd-key-0000000000  ",
                marker.display()
            )
        } else {
            format!(
                "touch '{}' && echo '  cmd-key-0000000000  '",
                marker.display()
            )
        };
        let cfg = format!(
            "[profiles.a]\npartner_key_cmd = {}\n",
            toml::Value::String(cmd)
        );
        let (_d, env) = env_with(&cfg, &[]);
        let p = load(&env, None).unwrap().profile;
        assert!(!marker.exists());
        assert_eq!(
            p.secret(SecretKind::PartnerKey).unwrap().expose(),
            "cmd-key-0000000000"
        );
        assert!(marker.exists());
    }

    #[test]
    fn secret_cmd_timeout_takes_whole_or_fractional_seconds() {
        let (_d, env) = env_with("[profiles.a]\nsecret_cmd_timeout = 30\n", &[]);
        let loaded = load(&env, None).unwrap();
        assert_eq!(loaded.profile.secret_cmd_timeout, Duration::from_secs(30));
        assert!(
            !loaded.warnings.iter().any(|w| w.contains("unknown key")),
            "{:?}",
            loaded.warnings
        );
        let (_d, env) = env_with(
            "[profiles.a]\nsecret_cmd_timeout = 30\n",
            &[("BP_SECRET_CMD_TIMEOUT", "2.5")],
        );
        let p = load(&env, None).unwrap().profile;
        assert_eq!(p.secret_cmd_timeout, Duration::from_millis(2500));
    }

    #[test]
    fn a_whatsapp_key_holding_a_line_break_names_its_bot_or_variable() {
        let cfg = "[profiles.a]\nwa_api_key = \" wa-key-000000000 \"\n[profiles.a.bots.support]\nwa_api_key = \"wa-key\\n000000000\"\n";
        let (dir, env) = env_with(cfg, &[]);
        let p = load(&env, None).unwrap().profile;
        assert_eq!(p.wa_api_key(None).unwrap().expose(), "wa-key-000000000");
        let err = p.wa_api_key(Some("support")).unwrap_err().to_string();
        let path = dir.path().join("config.toml");
        assert_eq!(
            err,
            format!(
                "`bots.support.wa_api_key` in profile `a` of {} holds a line break: a secret is one line",
                path.display()
            )
        );
        let (_d, env) = env_with(cfg, &[("BP_WA_API_KEY", "wa\tkey-000000000")]);
        let err = load(&env, None)
            .unwrap()
            .profile
            .wa_api_key(None)
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "BP_WA_API_KEY holds a tab: a secret is printable text"
        );
    }

    #[test]
    fn failing_or_empty_cmd_is_an_error() {
        // `exit 0` prints nothing in `sh` and in Windows' `cmd` alike; `&` ends a command in
        // `cmd`, `;` in `sh`.
        let failing = if cfg!(windows) {
            "echo oops>&2 & exit 3"
        } else {
            "echo oops >&2; exit 3"
        };
        let (_d, env) = env_with(
            &format!("[profiles.a]\napi_token_cmd = \"{failing}\"\nbot_token_cmd = \"exit 0\"\n"),
            &[],
        );
        let p = load(&env, None).unwrap().profile;
        let err = p.secret(SecretKind::ApiToken).unwrap_err().to_string();
        assert!(
            err.contains("`api_token_cmd`") && err.contains("oops"),
            "{err}"
        );
        let err = p.secret(SecretKind::BotToken).unwrap_err().to_string();
        assert!(err.contains("printed nothing"), "{err}");
    }
}
