//! `bp profile add|use` and `bp bots add`: edit the config file in place with toml_edit, so that its other
//! profiles, comments and layout survive, and write it with mode 0600.

use std::io::{BufRead, IsTerminal};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use toml_edit::{DocumentMut, Item, Table, value};

use crate::cli::{BotTokenKind, BotsAddArgs, ProfileAddArgs, ProfileUseArgs, TokenKind};
use crate::error::{ExitStatus, usage, usage_hint};
use crate::printer::Printer;
use crate::settings::{self, ProcessEnv};

fn load_doc() -> Result<(PathBuf, DocumentMut)> {
    let (path, _) = settings::config_path(&ProcessEnv);
    let path = path.ok_or_else(|| usage("no config directory: set BP_CONFIG"))?;
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let doc = text.parse::<DocumentMut>().map_err(|e| {
        usage(format!(
            "malformed config file {}: {}",
            path.display(),
            e.to_string().trim()
        ))
    })?;
    Ok((path, doc))
}

/// Writes the file whole (a temporary file renamed over it), through any symlink: a
/// dotfiles link stays a link, and its target gets the new text, mode 0600.
fn save_doc(path: &Path, doc: &DocumentMut) -> Result<()> {
    let path = &follow_links(path)?;
    crate::leaf::write_private(path, doc.to_string().as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))
}

/// The path a chain of symlinks ends at (which need not exist yet); a relative target is
/// relative to its link's directory.
fn follow_links(path: &Path) -> Result<PathBuf> {
    let mut at = path.to_path_buf();
    // Linux's own limit (MAXSYMLINKS).
    for _ in 0..40 {
        let is_link = std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return Ok(at);
        }
        let target =
            std::fs::read_link(&at).with_context(|| format!("cannot read {}", at.display()))?;
        at = match at.parent() {
            Some(dir) => dir.join(target),
            None => target,
        };
    }
    Err(usage(format!(
        "config file {} is a loop of symlinks",
        path.display()
    )))
}

fn profiles(doc: &mut DocumentMut) -> Result<&mut Table> {
    let item = doc.entry("profiles").or_insert_with(|| {
        let mut t = Table::new();
        t.set_implicit(true);
        Item::Table(t)
    });
    item.as_table_mut()
        .ok_or_else(|| usage("`profiles` in the config file is not a table"))
}

fn prompt(printer: Printer, question: &str) -> Result<String> {
    printer.prompt(question);
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    Ok(line.trim().to_string())
}

pub fn add(args: ProfileAddArgs, printer: Printer) -> Result<ExitStatus> {
    let (path, mut doc) = load_doc()?;
    let mut values: Vec<(&str, String)> = Vec::new();
    let plain = [
        ("base_url", &args.base_url),
        ("partner_key_cmd", &args.partner_key_cmd),
        ("api_token_cmd", &args.api_token_cmd),
        ("bot_token_cmd", &args.bot_token_cmd),
        ("bot_id", &args.bot_id),
        ("customer_id", &args.customer_id),
        ("customer", &args.for_customer),
    ];
    for (key, v) in plain {
        if let Some(v) = v {
            values.push((key, v.clone()));
        }
    }
    if !args.with_token.is_empty() {
        values.extend(piped_tokens(&args.with_token)?);
    } else if values.is_empty() {
        values.extend(asked(&args.name, printer)?);
    }
    let first = write_values(&mut doc, &args.name, &values)?;
    if args.default || (first && doc.get("default_profile").is_none()) {
        doc.insert("default_profile", value(args.name.as_str()));
    }
    save_doc(&path, &doc)?;
    let keys: Vec<&str> = values.iter().map(|(k, _)| *k).collect();
    printer.info(&format!(
        "wrote profile `{}` to {} ({})",
        args.name,
        path.display(),
        if keys.is_empty() {
            "no values".to_string()
        } else {
            keys.join(", ")
        }
    ));
    Ok(ExitStatus::Success)
}

/// `bp bots add NAME --customer C`: `[profiles.P.bots.NAME]` in the active profile (`--profile`,
/// else `default_profile`, else the only one), its secret from a command, standard input or a
/// prompt, never a flag's value.
pub fn add_bot(
    args: BotsAddArgs,
    requested: Option<&str>,
    customer: Option<&str>,
    printer: Printer,
) -> Result<ExitStatus> {
    let customer = customer
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .ok_or_else(|| {
            usage_hint(
                "`bots add` needs --customer: whose bot it is (id, email or name)",
                format!(
                    "bp bots add {} --customer \"Oakridge Dental Care\" --bot-id ID",
                    args.name
                ),
            )
        })?;
    if let Some(id) = &args.bot_id
        && !(id.len() == 24 && id.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        return Err(usage(format!(
            "invalid --bot-id `{id}`: an id is 24 hex characters"
        )));
    }
    if args.name.is_empty()
        || !args
            .name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(usage(format!(
            "invalid bot name `{}`: use letters, digits, `-` and `_`",
            args.name
        )));
    }
    let (path, mut doc) = load_doc()?;
    let profile = active_profile(&doc, requested, &path)?;
    let mut values: Vec<(&str, String)> = vec![("customer", customer.to_string())];
    if let Some(id) = &args.bot_id {
        values.push(("bot_id", id.clone()));
    }
    for (key, cmd) in [
        ("bot_token_cmd", &args.bot_token_cmd),
        ("wa_api_key_cmd", &args.wa_api_key_cmd),
    ] {
        if let Some(cmd) = cmd {
            values.push((key, cmd.clone()));
        }
    }
    values.extend(bot_secrets(&args)?);
    let bots = bot_table(&mut doc, &profile, &args.name)?;
    for (key, v) in &values {
        bots.insert(key, value(v.as_str()));
        let twin = match *key {
            // `id` is the older name of `bot_id`: both would make the file unreadable.
            "bot_id" => "id".to_string(),
            _ => key
                .strip_suffix("_cmd")
                .map(String::from)
                .unwrap_or_else(|| format!("{key}_cmd")),
        };
        bots.remove(&twin);
    }
    save_doc(&path, &doc)?;
    if !values
        .iter()
        .any(|(k, _)| k.starts_with("bot_token") || k.starts_with("wa_api_key"))
    {
        printer.warn(&format!(
            "bot `{}` has no token or key: add one with --bot-token-cmd, --wa-api-key-cmd or --with-token",
            args.name
        ));
    }
    let keys: Vec<&str> = values.iter().map(|(k, _)| *k).collect();
    printer.info(&format!(
        "wrote bot `{}` to profile `{profile}` of {} ({})",
        args.name,
        path.display(),
        keys.join(", ")
    ));
    Ok(ExitStatus::Success)
}

/// The bot's secrets a flag asked for: one line of standard input (`--with-token`), or,
/// without a `_cmd` and on a terminal, a prompt without echo for each.
fn bot_secrets(args: &BotsAddArgs) -> Result<Vec<(&'static str, String)>> {
    let mut secrets = Vec::new();
    let has_secret = args.bot_token_cmd.is_some() || args.wa_api_key_cmd.is_some();
    match args.with_token {
        Some(_) if std::io::stdin().is_terminal() => {
            return Err(usage_hint(
                "--with-token reads the secret from a pipe, and standard input is a terminal",
                "leave out --with-token to be asked for it without echo, or pipe it in",
            ));
        }
        Some(kind) => {
            let key = match kind {
                BotTokenKind::Bot => "bot_token",
                BotTokenKind::Wa => "wa_api_key",
            };
            let mut line = String::new();
            std::io::stdin().read_line(&mut line)?;
            let secret = line.trim();
            if secret.is_empty() {
                return Err(usage(format!(
                    "--with-token {}: standard input has no line for it",
                    key
                )));
            }
            secrets.push((key, secret.to_string()));
        }
        None if !has_secret && std::io::stdin().is_terminal() => {
            for (key, label) in [
                ("bot_token", "Website bot token"),
                ("wa_api_key", "WhatsApp bot API key"),
            ] {
                let secret =
                    rpassword::prompt_password(format!("{label} (hidden, Enter to skip): "))?;
                if !secret.trim().is_empty() {
                    secrets.push((key, secret.trim().to_string()));
                }
            }
        }
        None => {}
    }
    Ok(secrets)
}

/// The profile `bots add` writes to: the one asked for, else the default, else the only one.
fn active_profile(doc: &DocumentMut, requested: Option<&str>, path: &Path) -> Result<String> {
    let names: Vec<&str> = doc
        .get("profiles")
        .and_then(Item::as_table)
        .map(|t| t.iter().map(|(k, _)| k).collect())
        .unwrap_or_default();
    let default = doc.get("default_profile").and_then(Item::as_str);
    let chosen = match (requested, default, names.as_slice()) {
        (Some(name), _, _) | (None, Some(name), _) => name,
        (None, None, [name]) => *name,
        (None, None, _) => {
            return Err(usage_hint(
                format!(
                    "which profile of {}? profiles: {}",
                    path.display(),
                    if names.is_empty() {
                        "none".into()
                    } else {
                        names.join(", ")
                    }
                ),
                "pass --profile NAME, or add one with `bp profile add NAME`",
            ));
        }
    };
    if !names.contains(&chosen) {
        return Err(usage_hint(
            format!("no profile `{chosen}` in {}", path.display()),
            format!("add it first with `bp profile add {chosen}`"),
        ));
    }
    Ok(chosen.to_string())
}

/// `[profiles.PROFILE.bots.NAME]`, made if need be.
fn bot_table<'a>(doc: &'a mut DocumentMut, profile: &str, name: &str) -> Result<&'a mut Table> {
    let not_table = |what: String| usage(format!("{what} in the config file is not a table"));
    let profile_table = profiles(doc)?
        .get_mut(profile)
        .and_then(Item::as_table_mut)
        .ok_or_else(|| not_table(format!("profile `{profile}`")))?;
    let bots = profile_table
        .entry("bots")
        .or_insert_with(|| {
            let mut t = Table::new();
            t.set_implicit(true);
            Item::Table(t)
        })
        .as_table_mut()
        .ok_or_else(|| not_table(format!("`bots` of profile `{profile}`")))?;
    bots.entry(name)
        .or_insert_with(|| Item::Table(Table::new()))
        .as_table_mut()
        .ok_or_else(|| not_table(format!("bot `{name}` of profile `{profile}`")))
}

/// `--with-token KIND…`: one line of standard input for each, in order.
fn piped_tokens(kinds: &[TokenKind]) -> Result<Vec<(&'static str, String)>> {
    let key_of = |k: TokenKind| match k {
        TokenKind::Partner => "partner_key",
        TokenKind::Api => "api_token",
        TokenKind::Bot => "bot_token",
        TokenKind::Wa => "wa_api_key",
    };
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut values = Vec::new();
    for kind in kinds {
        let line = lines
            .next()
            .transpose()?
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .ok_or_else(|| {
                usage(format!(
                    "--with-token {}: standard input has no line for it",
                    key_of(*kind)
                ))
            })?;
        values.push((key_of(*kind), line));
    }
    Ok(values)
}

/// Asks for each value on the terminal, secrets hidden; Enter skips one.
fn asked(name: &str, printer: Printer) -> Result<Vec<(&'static str, String)>> {
    if !std::io::stdin().is_terminal() {
        return Err(usage_hint(
            "nothing to write: standard input is not a terminal to ask on",
            "give values as flags, and secrets with --with-token KIND on standard input",
        ));
    }
    printer.relay(&format!("Profile `{name}`: press Enter to skip a value."));
    let mut values = Vec::new();
    let base = prompt(
        printer,
        &format!("Base URL [{}]: ", settings::DEFAULT_BASE_URL),
    )?;
    if !base.is_empty() {
        values.push(("base_url", base));
    }
    for (key, label) in [
        ("partner_key", "Partner key"),
        ("api_token", "Customer API token"),
        ("bot_token", "Bot auth token"),
        ("wa_api_key", "WhatsApp bot API key"),
    ] {
        let secret = rpassword::prompt_password(format!("{label} (hidden): "))?;
        if !secret.trim().is_empty() {
            values.push((key, secret.trim().to_string()));
        }
    }
    for (key, label) in [
        ("bot_id", "Default bot id"),
        ("customer_id", "Default customer id"),
    ] {
        let v = prompt(printer, &format!("{label}: "))?;
        if !v.is_empty() {
            values.push((key, v));
        }
    }
    Ok(values)
}

/// Writes the values into profile `name` (a value replaces its `_cmd` twin, and the other
/// way round); whether it is the file's first profile.
fn write_values(doc: &mut DocumentMut, name: &str, values: &[(&str, String)]) -> Result<bool> {
    let table = profiles(doc)?;
    let first = table.is_empty();
    let profile = table
        .entry(name)
        .or_insert_with(|| Item::Table(Table::new()))
        .as_table_mut()
        .ok_or_else(|| {
            usage(format!(
                "profile `{name}` in the config file is not a table"
            ))
        })?;
    for (key, v) in values {
        profile.insert(key, value(v.as_str()));
        let twin = key
            .strip_suffix("_cmd")
            .map(String::from)
            .unwrap_or_else(|| format!("{key}_cmd"));
        profile.remove(&twin);
    }
    Ok(first)
}

pub fn use_profile(args: ProfileUseArgs, printer: Printer) -> Result<ExitStatus> {
    let (path, mut doc) = load_doc()?;
    let exists = doc
        .get("profiles")
        .and_then(Item::as_table_like)
        .is_some_and(|t| t.contains_key(&args.name));
    if !exists {
        let (_, names, _) = {
            let list = settings::list_profiles(&ProcessEnv)?;
            (list.path, list.names, list.default)
        };
        return Err(usage(format!(
            "unknown profile `{}`; profiles: {}",
            args.name,
            if names.is_empty() {
                "none".into()
            } else {
                names.join(", ")
            }
        )));
    }
    doc.insert("default_profile", value(args.name.as_str()));
    save_doc(&path, &doc)?;
    printer.info(&format!("default profile: {}", args.name));
    Ok(ExitStatus::Success)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_are_followed_to_a_file_that_may_not_exist_yet() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        std::os::unix::fs::symlink("sub/new.toml", &a).unwrap();
        assert_eq!(follow_links(&a).unwrap(), dir.path().join("sub/new.toml"));
        std::os::unix::fs::symlink(&a, &b).unwrap();
        assert_eq!(follow_links(&b).unwrap(), dir.path().join("sub/new.toml"));
        std::fs::remove_file(&a).unwrap();
        std::os::unix::fs::symlink(&b, &a).unwrap();
        let err = follow_links(&a).unwrap_err().to_string();
        assert!(err.ends_with("is a loop of symlinks"), "{err}");
    }
}
