//! `bp customers each -- <command…>`: one bp run per customer, as a child process with
//! `--customer <id>`, their output merged and tagged with the customer.

use std::collections::VecDeque;
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};

use anyhow::{Context as _, Result};
use clap::Parser;
use serde_json::{Map, Value, json};

use crate::Context;
use crate::cli::{Cli, CustomersEachArgs, GlobalArgs, OutputFormat};
use crate::error::{ExitStatus, usage};
use crate::output::Renderer;

struct Outcome {
    id: String,
    name: String,
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
}

/// The flags of this run that the children must share.
fn inherited(global: &GlobalArgs) -> Vec<String> {
    let mut args = Vec::new();
    if global.sandbox {
        args.push("--sandbox".to_string());
    }
    if let Some(p) = &global.profile {
        args.extend(["--profile".to_string(), p.clone()]);
    }
    args.extend([
        "--timeout".to_string(),
        global.timeout.to_string(),
        "--retries".to_string(),
        global.retries.to_string(),
        "--color".to_string(),
        "never".to_string(),
    ]);
    for _ in 0..global.verbose {
        args.push("-v".to_string());
    }
    args
}

pub async fn each(
    args: CustomersEachArgs,
    ctx: &Context,
    global: &GlobalArgs,
) -> Result<ExitStatus> {
    let child =
        Cli::try_parse_from(std::iter::once("bp".to_string()).chain(args.command.iter().cloned()))
            .map_err(|e| {
                usage(format!(
                    "invalid command after `--`: {}",
                    e.to_string().lines().next().unwrap_or("")
                ))
            })?;
    use crate::cli::{ApiAuth, Command as C, WhatsappCommand as W};
    // Only what `--customer` scopes: anything else would do the same thing once per customer
    // (a WhatsApp send to the same number, say).
    let scoped = match &child.command {
        C::Contacts(_) | C::Leads(_) | C::Members(_) | C::Segments(_) => true,
        C::Whatsapp(W::Import(_)) => true,
        C::Api(a) => a.auth == ApiAuth::Token,
        _ => false,
    };
    if !scoped {
        return Err(usage(
            "`customers each` runs customer-scoped commands: contacts, leads, members, segments, whatsapp import, api --auth token",
        ));
    }
    let format = if child.global.json {
        OutputFormat::Json
    } else {
        child.global.output.unwrap_or(OutputFormat::Table)
    };

    let customers = super::customers::all_customers(ctx).await?;
    let wanted: VecDeque<(String, String)> = customers
        .iter()
        .filter(|c| {
            args.status.as_ref().is_none_or(|s| {
                c["status"]
                    .as_str()
                    .is_some_and(|v| v.eq_ignore_ascii_case(s))
            })
        })
        .filter(|c| {
            args.filter.as_ref().is_none_or(|f| {
                let f = f.to_lowercase();
                [&c["name"], &c["contact"]["email"]]
                    .iter()
                    .any(|v| v.as_str().is_some_and(|s| s.to_lowercase().contains(&f)))
            })
        })
        .map(|c| {
            (
                c["_id"].as_str().unwrap_or_default().to_string(),
                c["name"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let total = wanted.len();
    if total == 0 {
        ctx.printer.warn("no customer matches");
        return Ok(ExitStatus::Success);
    }

    let exe = std::env::current_exe().context("cannot find the bp executable")?;
    let base_args = inherited(global);
    let queue = Arc::new(Mutex::new(wanted));
    let (tx, rx) = mpsc::channel::<Outcome>();
    let workers = usize::from(args.concurrency).min(total);
    for _ in 0..workers {
        let (queue, tx, exe, base_args, command) = (
            queue.clone(),
            tx.clone(),
            exe.clone(),
            base_args.clone(),
            args.command.clone(),
        );
        std::thread::spawn(move || {
            loop {
                let next = queue.lock().ok().and_then(|mut q| q.pop_front());
                let Some((id, name)) = next else { break };
                let out = Command::new(&exe)
                    .args(&base_args)
                    .args(["--customer", &id])
                    .args(&command)
                    .stdin(Stdio::null())
                    .output();
                let outcome = match out {
                    Ok(o) => Outcome {
                        id,
                        name,
                        code: o.status.code(),
                        stdout: o.stdout,
                        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
                    },
                    Err(e) => Outcome {
                        id,
                        name,
                        code: None,
                        stdout: Vec::new(),
                        stderr: format!("error: cannot run bp: {e}"),
                    },
                };
                if tx.send(outcome).is_err() {
                    break;
                }
            }
        });
    }
    drop(tx);

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut json_items: Vec<Value> = Vec::new();
    let mut header_done = false;
    let mut failed: Vec<String> = Vec::new();
    for outcome in rx {
        for line in outcome.stderr.lines() {
            eprintln!("[{}] {line}", outcome.name);
        }
        if outcome.code != Some(0) {
            let first = outcome
                .stderr
                .lines()
                .find(|l| l.starts_with("error:"))
                .unwrap_or("")
                .trim_start_matches("error: ")
                .to_string();
            let code = outcome
                .code
                .map_or("killed".to_string(), |c| format!("exit {c}"));
            failed.push(format!(
                "{} ({}, {code}: {first})",
                outcome.name, outcome.id
            ));
        }
        let tag = json!({"_id": outcome.id, "name": outcome.name});
        let text = String::from_utf8_lossy(&outcome.stdout);
        match format {
            OutputFormat::Ndjson => {
                for line in text.lines().filter(|l| !l.trim().is_empty()) {
                    let item = tagged(line, &tag);
                    writeln!(out, "{item}")?;
                }
            }
            OutputFormat::Json => {
                let items: Vec<Value> = serde_json::from_str::<Value>(&text)
                    .ok()
                    .and_then(|v| v.as_array().cloned())
                    .unwrap_or_default()
                    .into_iter()
                    .map(|item| tag_value(item, &tag))
                    .collect();
                json_items.extend(items);
            }
            OutputFormat::Table | OutputFormat::Csv => {
                let sep = if format == OutputFormat::Csv {
                    ","
                } else {
                    "\t"
                };
                let cell = if format == OutputFormat::Csv {
                    csv_cell(&outcome.name)
                } else {
                    crate::output::sanitize(&outcome.name)
                };
                let has_header = !child.global.no_headers;
                for (i, line) in text.lines().enumerate() {
                    if i == 0 && has_header {
                        if !header_done {
                            writeln!(out, "customer{sep}{line}")?;
                            header_done = true;
                        }
                        continue;
                    }
                    writeln!(out, "{cell}{sep}{line}")?;
                }
            }
        }
        out.flush()?;
    }
    if format == OutputFormat::Json {
        let mut opts = ctx.output.clone();
        opts.format = OutputFormat::Json;
        opts.fields.clear();
        let mut r = Renderer::new(opts, &[], &mut out);
        r.write_items(&json_items)?;
        r.finish()?;
    }
    out.flush()?;
    if failed.is_empty() {
        ctx.printer.info(&format!("ran on {total} customers"));
        return Ok(ExitStatus::Success);
    }
    ctx.printer.warn(&format!(
        "{} of {total} customers failed: {}",
        failed.len(),
        failed.join("; ")
    ));
    if failed.len() == total {
        Err(anyhow::anyhow!("the command failed for every customer"))
    } else {
        Ok(ExitStatus::Partial)
    }
}

fn tag_value(item: Value, tag: &Value) -> Value {
    match item {
        Value::Object(map) => {
            let mut tagged = Map::new();
            tagged.insert("customer".into(), tag.clone());
            tagged.extend(map);
            Value::Object(tagged)
        }
        other => other,
    }
}

fn tagged(line: &str, tag: &Value) -> String {
    match serde_json::from_str::<Value>(line) {
        Ok(v) => tag_value(v, tag).to_string(),
        Err(_) => line.to_string(),
    }
}

fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}
