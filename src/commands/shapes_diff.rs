//! `bp sandbox shapes-diff FILE`: where the sandbox answers otherwise than the real API did,
//! by the shapes a user recorded with `--shapes` (issue 14). Nothing goes to the real API:
//! a fresh in-memory sandbox is asked what bp's own commands ask (reads only), recorded
//! through the same shapes code, and the two sets of shapes are compared.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context as _, Result};
use serde_json::{Value, json};

use crate::api::shapes::{label, merge, variants};
use crate::api::{Auth, Client, ClientConfig, Request, ShapeLog, endpoints};
use crate::cli::SandboxShapesDiffArgs;
use crate::error::{ExitStatus, usage};
use crate::output::{Format, OutputOpts};
use crate::printer::Printer;
use crate::sandbox::{self, Credentials, Options};
use crate::secret::{KnownSecrets, Secret, SecretKind};

/// A request as a shapes line names it: method, path template, query keys.
type Key = (String, String, Vec<String>);

/// One line of a shapes file.
#[derive(Debug, Clone)]
pub struct Answer {
    pub line: usize,
    pub key: Key,
    pub status: u16,
    pub shape: Value,
}

/// One difference, as `-o json` prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub method: String,
    pub path: String,
    pub status: u16,
    pub at: String,
    pub recorded: String,
    pub sandbox: String,
}

pub fn run(
    args: SandboxShapesDiffArgs,
    output: &OutputOpts,
    printer: Printer,
) -> Result<ExitStatus> {
    let text = std::fs::read_to_string(&args.file).map_err(|e| {
        usage(format!(
            "cannot read the shapes file `{}`: {e}",
            args.file.display()
        ))
    })?;
    let recorded = parse(&args.file, &text)?;
    let running = sandbox::spawn_background(Options {
        state_path: None,
        ..Options::default()
    })?;
    let creds = running.sandbox.credentials();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let answers = runtime.block_on(ask_sandbox(running.base_url(), creds, &recorded, printer))?;
    drop(running);
    let (differences, not_comparable) = compare(&recorded, &answers);
    for note in &not_comparable {
        printer.warn(note);
    }
    print(&differences, output)?;
    Ok(if differences.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}

/// The lines of a shapes file; the first that is not one is a usage error naming it.
pub fn parse(file: &Path, text: &str) -> Result<Vec<Answer>> {
    let mut answers = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        if raw.trim().is_empty() {
            continue;
        }
        let answer = parse_line(raw).map_err(|why| {
            usage(format!(
                "`{}` line {}: not a shapes line: {why}",
                file.display(),
                i + 1
            ))
        })?;
        answers.push(Answer {
            line: i + 1,
            ..answer
        });
    }
    Ok(answers)
}

fn parse_line(raw: &str) -> Result<Answer, String> {
    let v: Value = serde_json::from_str(raw).map_err(|e| format!("invalid JSON ({e})"))?;
    let text = |name: &str| {
        v.get(name)
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or(format!("no `{name}` string"))
    };
    let method = text("method")?;
    let path = text("path")?;
    if !path.starts_with('/') {
        return Err("`path` does not start with `/`".into());
    }
    let status = v
        .get("status")
        .and_then(Value::as_u64)
        .and_then(|s| u16::try_from(s).ok())
        .filter(|s| (100..600).contains(s))
        .ok_or("no `status` from 100 to 599")?;
    let query = match v.get("query") {
        None => Vec::new(),
        Some(Value::Array(keys)) => keys
            .iter()
            .map(|k| k.as_str().map(str::to_string))
            .collect::<Option<Vec<_>>>()
            .ok_or("`query` is not a list of names")?,
        Some(_) => return Err("`query` is not a list of names".into()),
    };
    let shape = v.get("shape").cloned().unwrap_or(Value::Null);
    if !shape.get("type").is_some_and(Value::is_string) {
        return Err("no `shape` with a `type`".into());
    }
    Ok(Answer {
        line: 0,
        key: (method, path, query),
        status,
        shape,
    })
}

/// The requests the sandbox is asked: bp's own reads, and each recorded GET without ids
/// nor query (sent with the API token, as `bp api` sends it); their answers' shapes.
async fn ask_sandbox(
    base_url: String,
    creds: Credentials,
    recorded: &[Answer],
    printer: Printer,
) -> Result<Vec<Answer>> {
    let secrets = [
        &creds.partner_key,
        &creds.api_token,
        &creds.bot_token,
        &creds.wa_api_key,
    ]
    .map(|s| Secret::new(s.as_str()));
    let mut client = Client::new(
        ClientConfig {
            base_url,
            timeout: std::time::Duration::from_secs(30),
            retries: 0,
            backoff: Default::default(),
        },
        Arc::new(crate::RequestLog(printer)),
        KnownSecrets::new(secrets.to_vec()),
    )?;
    let log = Arc::new(ShapeLog::in_memory());
    client.record_shapes(log.clone());
    let partner = Auth::Key(SecretKind::PartnerKey, secrets[0].clone());
    let api = Auth::Key(SecretKind::ApiToken, secrets[1].clone());
    let bot = secrets[2].clone();
    // Errors are answers too: their shapes are recorded all the same.
    let members = client
        .send(&endpoints::team_members(api.clone(), 1, ""))
        .await;
    let member_email = members.ok().and_then(|m| {
        let first = &m["data"][0];
        first["contact"]["email"]
            .as_str()
            .or(first["email"].as_str())
            .map(str::to_string)
    });
    let mut requests: Vec<Request> = vec![
        endpoints::customer_list(partner.clone(), 1, None),
        endpoints::customer_list(partner.clone(), 1, Some("name")),
        endpoints::customer_token(partner.clone(), &creds.customer_id),
        endpoints::segments(api.clone()),
        endpoints::contacts_search(api.clone(), contacts_body()?),
        endpoints::chats(bot, &creds.bot_id, &creds.customer_id, 1, "lead"),
        endpoints::wa_templates(secrets[3].clone()),
    ];
    if let Some(email) = member_email {
        requests.push(endpoints::member_token(partner.clone(), &email, "AGENT"));
    }
    let mut asked: Vec<Key> = Vec::new();
    for r in recorded {
        let (method, path, query) = &r.key;
        if method == "GET" && query.is_empty() && !path.contains("{id}") && !asked.contains(&r.key)
        {
            asked.push(r.key.clone());
            requests.push(Request::get(path.clone(), api.clone()));
        }
    }
    for req in &requests {
        let _ = client.send(req).await;
    }
    parse(Path::new("the sandbox's answers"), &log.lines().join("\n"))
}

/// The body `bp contacts search` sends with no flags.
fn contacts_body() -> Result<Value> {
    use clap::Parser;
    let cli = crate::cli::Cli::try_parse_from(["bp", "contacts", "search"])?;
    match cli.command {
        crate::cli::Command::Contacts(crate::cli::ContactsCommand::Search(args)) => {
            super::contacts::search_body(&args)
        }
        _ => unreachable!("parsed as `contacts search`"),
    }
}

/// The differences between recorded answers and the sandbox's, and a note for each
/// recorded answer the sandbox was not asked for.
pub fn compare(recorded: &[Answer], sandbox: &[Answer]) -> (Vec<Difference>, Vec<String>) {
    let mut theirs: BTreeMap<&Key, BTreeMap<u16, Value>> = BTreeMap::new();
    for a in sandbox {
        let by_status = theirs.entry(&a.key).or_default();
        let merged = match by_status.get(&a.status) {
            Some(prev) => merge(prev, &a.shape),
            None => a.shape.clone(),
        };
        by_status.insert(a.status, merged);
    }
    // The recorded answers to one request with one status, merged, in the file's order.
    let mut ours: Vec<(usize, &Key, u16, Value)> = Vec::new();
    for a in recorded {
        match ours.iter_mut().find(|o| o.1 == &a.key && o.2 == a.status) {
            Some(o) => o.3 = merge(&o.3, &a.shape),
            None => ours.push((a.line, &a.key, a.status, a.shape.clone())),
        }
    }
    let (mut differences, mut notes) = (Vec::new(), Vec::new());
    for (line, key, status, shape) in ours {
        let (method, path, query) = key;
        let shown = shown_path(path, query);
        let Some(by_status) = theirs.get(key) else {
            let why = if path.contains("{id}") {
                "its path names a record by id"
            } else if method != "GET" && method != "POST" {
                "the sandbox is asked only what changes nothing"
            } else {
                "bp's own reads do not make this request"
            };
            notes.push(format!(
                "not comparable: {method} {shown} {status} (line {line}): {why}"
            ));
            continue;
        };
        let mut found = Vec::new();
        match by_status.get(&status) {
            Some(sb) => diff_shapes(&shape, sb, "", &mut found),
            None => found.push((
                "status".to_string(),
                status.to_string(),
                by_status
                    .keys()
                    .map(u16::to_string)
                    .collect::<Vec<_>>()
                    .join(","),
            )),
        }
        differences.extend(found.into_iter().map(|(at, rec, sb)| Difference {
            method: method.clone(),
            path: shown.clone(),
            status,
            at,
            recorded: rec,
            sandbox: sb,
        }));
    }
    (differences, notes)
}

fn shown_path(path: &str, query: &[String]) -> String {
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

/// Differences of two shapes under JSON path `at`: (path, recorded, sandbox).
pub fn diff_shapes(rec: &Value, sb: &Value, at: &str, out: &mut Vec<(String, String, String)>) {
    let here = || {
        if at.is_empty() {
            "body".to_string()
        } else {
            at.to_string()
        }
    };
    if label(rec) != label(sb) {
        out.push((here(), label(rec), label(sb)));
    }
    let theirs = variants(sb);
    for r in variants(rec) {
        let Some(s) = theirs.iter().find(|s| label(s) == label(&r)) else {
            continue;
        };
        match r["type"].as_str() {
            Some("object") => diff_keys(&r, s, at, out),
            Some("array") => {
                if let (Some(ri), Some(si)) = (r.get("items"), s.get("items")) {
                    diff_shapes(ri, si, &format!("{at}[]"), out);
                }
            }
            _ => {}
        }
    }
}

fn diff_keys(rec: &Value, sb: &Value, at: &str, out: &mut Vec<(String, String, String)>) {
    let empty = serde_json::Map::new();
    let ours = rec["keys"].as_object().unwrap_or(&empty);
    let theirs = sb["keys"].as_object().unwrap_or(&empty);
    let child = |k: &str| {
        if at.is_empty() {
            k.to_string()
        } else {
            format!("{at}.{k}")
        }
    };
    for (k, r) in ours {
        match theirs.get(k) {
            Some(s) => diff_shapes(r, s, &child(k), out),
            None => out.push((child(k), label(r), "missing".into())),
        }
    }
    for (k, s) in theirs {
        if !ours.contains_key(k) {
            out.push((child(k), "missing".into(), label(s)));
        }
    }
}

fn print(differences: &[Difference], output: &OutputOpts) -> Result<()> {
    let mut out = crate::printer::stdout();
    let text = match output.format {
        Format::Json | Format::Ndjson => {
            let items: Vec<Value> = differences
                .iter()
                .map(|d| {
                    json!({"method": d.method, "path": d.path, "status": d.status,
                        "where": d.at, "recorded": d.recorded, "sandbox": d.sandbox})
                })
                .collect();
            // The renderer's json or ndjson, through --jq if given (--fields is not for it).
            let mut opts = output.clone();
            opts.fields.clear();
            let mut text = Vec::new();
            let mut r = crate::output::Renderer::new(opts, &[], &mut text);
            r.write_items(&items)?;
            r.finish()?;
            String::from_utf8_lossy(&text).into_owned()
        }
        Format::Table | Format::Csv => differences
            .iter()
            .map(|d| {
                format!(
                    "{} {} {}: {}: recorded {}, sandbox {}\n",
                    d.method, d.path, d.status, d.at, d.recorded, d.sandbox
                )
            })
            .collect(),
    };
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(crate::printer::stdout_error)
        .context("cannot write the differences")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::shapes::shape;

    #[test]
    fn missing_extra_and_retyped_keys_are_found_with_their_paths() {
        let rec = shape(&json!({"data": [{"contact": {"phone": "+91 98765 43210"}, "a": 1}]}));
        let sb = shape(&json!({"data": [{"contact": {"phone": 98765}, "b": true}]}));
        let mut out = Vec::new();
        diff_shapes(&rec, &sb, "", &mut out);
        let out: Vec<String> = out
            .iter()
            .map(|(a, r, s)| format!("{a}: {r} / {s}"))
            .collect();
        assert_eq!(
            out,
            [
                "data[].a: number / missing",
                "data[].contact.phone: string(phone) / number",
                "data[].b: missing / bool",
            ]
        );
    }
}
