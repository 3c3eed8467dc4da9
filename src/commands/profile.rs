//! `bp profile list|show`: what the config file holds and what `bp` would use, secrets
//! redacted, each value with its origin.

use anyhow::Result;
use serde_json::{Value, json};

use crate::cli::ProfileCommand;
use crate::error::ExitStatus;
use crate::output::{OutputOpts, col};
use crate::printer::Printer;
use crate::settings::{self, ProcessEnv};

/// `profile` is the one `--profile` names, if any; `output` how to write.
pub fn run(
    cmd: ProfileCommand,
    profile: Option<&str>,
    output: &OutputOpts,
    printer: Printer,
) -> Result<ExitStatus> {
    match cmd {
        ProfileCommand::List => list(output, printer),
        ProfileCommand::Add(args) => super::profile_edit::add(args, printer),
        ProfileCommand::Use(args) => super::profile_edit::use_profile(args, printer),
        ProfileCommand::Show(args) => show(args.name.as_deref().or(profile), output, printer),
    }
}

fn list(output: &OutputOpts, printer: Printer) -> Result<ExitStatus> {
    let list = settings::list_profiles(&ProcessEnv)?;
    for w in &list.warnings {
        printer.warn(w);
    }
    let place = match (&list.path, list.origin) {
        (Some(p), Some(origin)) => format!("{} ({origin})", p.display()),
        (Some(p), None) => p.display().to_string(),
        (None, _) => "no config directory".into(),
    };
    if list.names.is_empty() {
        printer.info(&format!("no profiles in {place}"));
    } else {
        printer.info(&format!("profiles of {place}"));
    }
    let items: Vec<Value> = list
        .names
        .iter()
        .map(|n| json!({"name": n, "default": list.default.as_deref() == Some(n.as_str())}))
        .collect();
    crate::output::print_items(
        output,
        &[col("name", "name"), col("default", "default")],
        &items,
    )?;
    Ok(ExitStatus::Success)
}

fn show(name: Option<&str>, output: &OutputOpts, printer: Printer) -> Result<ExitStatus> {
    let loaded = settings::load(&ProcessEnv, name)?;
    for w in &loaded.warnings {
        printer.warn(w);
    }
    let p = loaded.profile;
    let mut items = Vec::new();
    let mut row = |key: &str, value: String, source: String| {
        items.push(json!({"key": key, "value": value, "source": source}));
    };
    row(
        "profile",
        p.name
            .clone()
            .unwrap_or_else(|| "(none: environment only)".into()),
        if name.is_some() {
            "flag/env".into()
        } else {
            "selected".into()
        },
    );
    if let Some(path) = &p.config_path {
        let missing = if p.config_exists { "" } else { ", missing" };
        let source = format!("{}{missing}", p.config_origin);
        row("config", path.display().to_string(), source);
    }
    row(
        "base_url",
        p.base_url.value.clone(),
        p.base_url.source.to_string(),
    );
    for (key, value, source) in p.describe_secrets() {
        row(key, value, source);
    }
    for (key, setting) in [
        ("bot_id", &p.bot_id),
        ("customer_id", &p.customer_id),
        ("customer", &p.customer),
    ] {
        if let Some(s) = setting {
            row(key, s.value.clone(), s.source.to_string());
        }
    }
    crate::output::print_items(
        output,
        &[
            col("key", "key"),
            col("value", "value"),
            col("source", "source"),
        ],
        &items,
    )?;
    Ok(ExitStatus::Success)
}
