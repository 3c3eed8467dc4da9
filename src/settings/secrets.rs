//! A profile's secrets, obtained lazily: a value (from the environment or the file) is
//! checked when first used, and a `_cmd` runs only when a command first needs its secret,
//! so that `bp profile list` never prompts a password manager.

use std::collections::BTreeMap;
use std::sync::OnceLock;
use std::time::Duration;

use anyhow::Result;

use super::{Bot, Env, Profile, Setting, Source, positive_seconds, secret_cmd};
use crate::error::{usage, usage_hint};
use crate::secret::{Secret, SecretKind};

/// A bot's secret as `describe_bot` shows it: its value redacted (none for a command), and
/// where it comes from.
pub type BotSecret = (Option<String>, String);

/// How a secret is obtained, before it is needed.
#[derive(Debug)]
pub(super) enum SecretSpec {
    Value(Secret, Source),
    Command(String),
}

#[derive(Debug)]
pub(super) struct SecretSlot {
    /// The key in the profile, for messages: `partner_key`, `bots.NAME.wa_api_key`.
    pub(super) key: String,
    pub(super) spec: Option<SecretSpec>,
    pub(super) resolved: OnceLock<Secret>,
}

impl SecretSlot {
    pub(super) fn new(key: impl Into<String>, spec: Option<SecretSpec>) -> SecretSlot {
        SecretSlot {
            key: key.into(),
            spec,
            resolved: OnceLock::new(),
        }
    }
}

/// A secret's slot: the environment variable, else the file's value, else its `_cmd`.
pub(super) fn secret_slot(
    env: &dyn Env,
    key: String,
    env_var: Option<&'static str>,
    value: &Option<String>,
    cmd: &Option<String>,
) -> SecretSlot {
    let from_env = env_var.and_then(|var| {
        env.var(var)
            .map(|v| SecretSpec::Value(Secret::new(v.trim()), Source::Env(var)))
    });
    let spec = from_env
        .or_else(|| {
            value
                .clone()
                .map(|v| SecretSpec::Value(Secret::new(v.trim()), Source::File))
        })
        .or_else(|| cmd.clone().map(SecretSpec::Command));
    SecretSlot::new(key, spec)
}

/// How long a `_cmd` may run: BP_SECRET_CMD_TIMEOUT, else the profile's
/// `secret_cmd_timeout`, else the default.
pub(super) fn secret_cmd_timeout(
    env: &dyn Env,
    in_file: Option<f64>,
    profile: Option<&str>,
    shown_path: &str,
) -> Result<Duration> {
    Ok(match (env.var("BP_SECRET_CMD_TIMEOUT"), in_file) {
        (Some(v), _) => v.parse().ok().and_then(positive_seconds).ok_or_else(|| {
            usage(format!(
                "invalid BP_SECRET_CMD_TIMEOUT `{v}`: give a positive number of seconds"
            ))
        })?,
        (None, Some(secs)) => positive_seconds(secs).ok_or_else(|| {
            let profile = profile.unwrap_or("-");
            usage(format!(
                "invalid `secret_cmd_timeout` `{secs}` in profile `{profile}` of {shown_path}: give a positive number of seconds"
            ))
        })?,
        (None, None) => secret_cmd::DEFAULT_TIMEOUT,
    })
}

impl Profile {
    /// A profile with the sandbox's base URL and credentials, and nothing from the config.
    pub fn sandbox(
        base_url: String,
        secrets: [Secret; 3],
        bot_id: String,
        customer_id: String,
        wa_api_key: String,
    ) -> Profile {
        let [partner, api, bot] = secrets;
        let slot = |key: &str, s: Secret| {
            SecretSlot::new(key, Some(SecretSpec::Value(s, Source::Sandbox)))
        };
        let setting = |value: String| Setting {
            value,
            source: Source::Sandbox,
        };
        Profile {
            name: Some("sandbox".to_string()),
            config_path: None,
            config_origin: super::ConfigOrigin::Dirs(crate::paths::Rule::Platform), // no file
            config_exists: false,
            base_url: setting(base_url),
            bot_id: Some(setting(bot_id)),
            customer_id: Some(setting(customer_id)),
            customer: None,
            secrets: [
                slot("partner_key", partner),
                slot("api_token", api),
                slot("bot_token", bot),
            ],
            wa_default: slot("wa_api_key", Secret::new(wa_api_key)),
            bots: BTreeMap::new(),
            others_can_write: false,
            secret_cmd_timeout: secret_cmd::DEFAULT_TIMEOUT,
        }
    }

    /// The sandbox's bots as the registry: `(name, customer id, bot id, token)` each.
    pub fn with_sandbox_bots(
        mut self,
        bots: impl IntoIterator<Item = (String, String, String, Secret)>,
    ) -> Profile {
        for (name, customer, id, token) in bots {
            let key = format!("bots.{name}.bot_token");
            let bot = Bot {
                customer: Some(customer),
                bot_id: Some(id),
                token: SecretSlot::new(key, Some(SecretSpec::Value(token, Source::Sandbox))),
                wa_key: SecretSlot::new(format!("bots.{name}.wa_api_key"), None),
            };
            self.bots.insert(name, bot);
        }
        self
    }

    fn slot(&self, kind: SecretKind) -> &SecretSlot {
        &self.secrets[kind as usize]
    }

    /// The secret, running its `_cmd` the first time it is asked for.
    pub fn secret(&self, kind: SecretKind) -> Result<Secret> {
        self.resolve(self.slot(kind))?
            .ok_or_else(|| self.missing(kind))
    }

    /// A slot's secret (`None` when nothing gives it), its `_cmd` run once.
    fn resolve(&self, slot: &SecretSlot) -> Result<Option<Secret>> {
        if let Some(s) = slot.resolved.get() {
            return Ok(Some(s.clone()));
        }
        let secret = match &slot.spec {
            Some(SecretSpec::Value(s, source)) => {
                if let Some(flaw) = crate::secret::flaw(s.expose()) {
                    let origin = match source {
                        Source::Env(var) => var.to_string(),
                        Source::File => format!("`{}` {}", slot.key, self.in_profile()),
                        _ => format!("`{}`", slot.key),
                    };
                    return Err(usage(format!("{origin} holds {flaw}")));
                }
                s.clone()
            }
            Some(SecretSpec::Command(cmd)) => {
                let key = format!("{}_cmd", slot.key);
                if self.others_can_write {
                    return Err(self.refuse_command(&key));
                }
                secret_cmd::run(&key, cmd, self.secret_cmd_timeout)?
            }
            None => return Ok(None),
        };
        Ok(Some(slot.resolved.get_or_init(|| secret).clone()))
    }

    /// Anyone who can write the config file could put a command in it for `bp` to run.
    fn refuse_command(&self, key: &str) -> anyhow::Error {
        let path = self
            .config_path
            .as_ref()
            .map_or_else(|| "the config file".into(), |p| p.display().to_string());
        let profile = self.name.as_deref().unwrap_or("-");
        usage_hint(
            format!(
                "refusing to run `{key}` from profile `{profile}`: other users can write to {path}"
            ),
            format!("run `chmod 600 {path}` (or at least `chmod go-w {path}`)"),
        )
    }

    /// Where the profile's WhatsApp API key comes from, without running any command.
    pub fn wa_source(&self) -> Option<String> {
        match &self.wa_default.spec {
            Some(SecretSpec::Value(_, src)) => Some(src.to_string()),
            Some(SecretSpec::Command(cmd)) => Some(format!("command `{cmd}`")),
            None => None,
        }
    }

    /// The registry's bots, by name.
    pub fn bots(&self) -> &BTreeMap<String, Bot> {
        &self.bots
    }

    /// The registry's names, for messages: "a, b", or "none".
    pub fn bot_names(&self) -> String {
        if self.bots.is_empty() {
            "none".into()
        } else {
            self.bots.keys().cloned().collect::<Vec<_>>().join(", ")
        }
    }

    /// The id of `bot`: itself when it is one (24 hex characters), else the `bot_id` of
    /// `[profiles.X.bots.NAME]`.
    pub fn bot_id_of(&self, bot: &str) -> Result<String> {
        let bot = bot.trim();
        if crate::leaf::is_object_id(bot) {
            return Ok(bot.to_owned());
        }
        if let Some(id) = self.bots.get(bot).and_then(|b| b.bot_id.clone()) {
            return Ok(id);
        }
        Err(usage_hint(
            format!(
                "--bot `{bot}` is neither a bot id (24 hex characters) nor a bot of the profile with a `bot_id`"
            ),
            format!(
                "add `bot_id = \"<the bot's id>\"` to `[profiles.<profile>.bots.{bot}]`, or give the id; bots: {}",
                self.bot_names()
            ),
        ))
    }

    /// The token of the registry's bot `name`.
    pub fn bot_token_of(&self, name: &str) -> Result<Secret> {
        let bot = self.bots.get(name).ok_or_else(|| self.no_such_bot(name))?;
        self.resolve(&bot.token)?.ok_or_else(|| {
            usage_hint(
                format!("bot `{name}` has no token"),
                format!(
                    "add `bot_token_cmd = \"…\"` (or `bot_token`) to `[profiles.<profile>.bots.{name}]`: the leads endpoints need the bot's own token"
                ),
            )
        })
    }

    fn no_such_bot(&self, name: &str) -> anyhow::Error {
        usage_hint(
            format!("no bot `{name}` in the profile"),
            format!(
                "add `[profiles.<profile>.bots.{name}]` to the config; bots: {}",
                self.bot_names()
            ),
        )
    }

    /// A WhatsApp bot's API key: `[profiles.X.bots.NAME]` for `bot`, else the profile's own.
    /// Whether the profile has a `wa_api_key` of its own (not running its command).
    pub fn has_wa_api_key(&self) -> bool {
        self.wa_default.spec.is_some()
    }

    pub fn wa_api_key(&self, bot: Option<&str>) -> Result<Secret> {
        let slot = match bot {
            Some(name) => {
                &self
                    .bots
                    .get(name)
                    .ok_or_else(|| self.no_such_bot(name))?
                    .wa_key
            }
            None => &self.wa_default,
        };
        self.resolve(slot)?.ok_or_else(|| {
            usage_hint(
                "no WhatsApp API key configured",
                "set `wa_api_key` in the profile (or a `[profiles.<profile>.bots.NAME]` table and --bot NAME), or BP_WA_API_KEY",
            )
        })
    }

    /// Where the profile's keys are, for messages: "in profile `a` of PATH".
    fn in_profile(&self) -> String {
        match (&self.name, &self.config_path) {
            (Some(name), Some(path)) => format!("in profile `{name}` of {}", path.display()),
            (None, Some(path)) => format!("in a profile of {}", path.display()),
            (_, None) => "in the config file".to_string(),
        }
    }

    fn missing(&self, kind: SecretKind) -> anyhow::Error {
        let key = kind.key();
        let var = kind.env_var();
        let place = match (&self.config_path, self.config_exists) {
            (Some(_), true) => self.in_profile(),
            (Some(path), false) => format!("(no config file at {})", path.display()),
            (None, _) => String::new(),
        };
        usage_hint(
            format!("no {} configured {place}", kind.describe()),
            format!(
                "set `{key}` (or `{key}_cmd`) in the profile, or the {var} environment variable"
            ),
        )
    }

    /// How each secret would be obtained, without running any command: (key, shown value, source).
    pub fn describe_secrets(&self) -> Vec<(&'static str, String, String)> {
        SecretKind::ALL
            .iter()
            .filter_map(|&kind| {
                let slot = self.slot(kind);
                match &slot.spec {
                    Some(SecretSpec::Value(s, src)) => {
                        Some((kind.key(), s.redacted(), src.to_string()))
                    }
                    Some(SecretSpec::Command(cmd)) => Some((
                        kind.key(),
                        "(run when needed)".to_string(),
                        format!("command `{cmd}`"),
                    )),
                    None => None,
                }
            })
            .collect()
    }

    /// Where bot `name`'s token and WhatsApp key come from, without running any command:
    /// (the value redacted, or nothing for a command; the source: `file`, `command \`…\``),
    /// or `None` when it has none.
    pub fn describe_bot(&self, name: &str) -> (Option<BotSecret>, Option<BotSecret>) {
        let describe = |slot: &SecretSlot| match &slot.spec {
            Some(SecretSpec::Value(s, src)) => Some((Some(s.redacted()), src.to_string())),
            Some(SecretSpec::Command(cmd)) => Some((None, format!("command `{cmd}`"))),
            None => None,
        };
        match self.bots.get(name) {
            Some(bot) => (describe(&bot.token), describe(&bot.wa_key)),
            None => (None, None),
        }
    }

    /// Every secret already known (not running commands), for scrubbing debug output.
    pub fn known_secrets(&self) -> Vec<Secret> {
        self.secrets
            .iter()
            .chain(std::iter::once(&self.wa_default))
            .chain(self.bots.values().flat_map(|b| [&b.token, &b.wa_key]))
            .filter_map(|slot| match (&slot.spec, slot.resolved.get()) {
                (_, Some(s)) => Some(s.clone()),
                (Some(SecretSpec::Value(s, _)), None) => Some(s.clone()),
                _ => None,
            })
            .collect()
    }
}
