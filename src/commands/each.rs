//! `bp customers each -- <command…>`: one bp run per customer, as a child process with
//! `--customer <id>`, their output merged and tagged with the customer.

use std::collections::VecDeque;
use std::process::{Command, Stdio};
use std::sync::{Arc, Condvar, Mutex, mpsc};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use clap::Parser;
use serde_json::Value;

use crate::Context;
use crate::api::adaptive::{CAP, Concurrency, Limiter, Signal};
use crate::api::{LOAD_ENV, Load};
use crate::cli::{Cli, CustomersEachArgs};
use crate::error::{ExitStatus, usage, usage_hint};
use crate::output::Format;
use crate::settings::{Settings, Target};

mod merged;
use merged::Merged;

impl Outcome {
    /// The customer's name, and the bot's when the parent picked one.
    fn who(&self) -> String {
        match &self.bot {
            Some(bot) => format!("{} ({bot})", self.name),
            None => self.name.clone(),
        }
    }
}

struct Outcome {
    id: String,
    name: String,
    /// The registered bot the child ran with (`--bot`), when the parent picked one.
    bot: Option<String>,
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
    /// Why the child had no bot to run with (its skip line), if it had none.
    skipped: Option<String>,
}

/// Children running, kept under the limiter's window.
#[derive(Default)]
struct Slots {
    running: Mutex<usize>,
    freed: Condvar,
}

impl Slots {
    fn take(&self, limiter: &Limiter) {
        let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
        // The window can grow without a child ending: look again now and then.
        while *running >= limiter.window() {
            running = self
                .freed
                .wait_timeout(running, Duration::from_millis(100))
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        *running += 1;
    }

    fn give_back(&self) {
        let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
        *running = running.saturating_sub(1);
        self.freed.notify_all();
    }
}

/// How the server took a child's run, for the limiter of children.
fn signal(load: &Load) -> Signal {
    if load.throttled > 0 {
        // Pacing learns from single requests; a child's run is many of them.
        Signal::Throttled {
            rate_limited: false,
            retry_after: load.pause(),
        }
    } else if load.lost > 0 {
        // Timeouts, resets or gateway errors: not the customer's data, the server.
        Signal::Lost
    } else {
        Signal::Completed
    }
}

/// The child's stderr without its load and skip lines, and what those said.
fn split_load(stderr: &str) -> (String, Load, Option<String>) {
    let mut load = Load::default();
    let mut skipped = None;
    let mut rest = String::with_capacity(stderr.len());
    for line in stderr.lines() {
        if let Some(said) = Load::from_line(line) {
            load = said;
        } else if let Some(why) = line.strip_prefix(crate::error::SKIP_LINE) {
            skipped = Some(why.trim().to_string());
        } else {
            rest.push_str(line);
            rest.push('\n');
        }
    }
    (rest, load, skipped)
}

/// The flags of this run that the children must share; `-q` too, as the parent relays
/// what they say on stderr.
fn inherited(settings: &Settings, quiet: bool) -> Vec<String> {
    let mut args = Vec::new();
    if quiet {
        args.push("--quiet".to_string());
    }
    if settings.target != Target::Profile {
        args.push("--sandbox".to_string());
    }
    if let Some(p) = &settings.profile {
        args.extend(["--profile".to_string(), p.clone()]);
    }
    args.extend([
        "--timeout".to_string(),
        settings.timeout_secs.to_string(),
        "--retries".to_string(),
        settings.retries.to_string(),
        "--color".to_string(),
        "never".to_string(),
    ]);
    if let Some(path) = &settings.shapes {
        // Each child appends its own lines, whole, to the same file.
        args.extend(["--shapes".to_string(), path.display().to_string()]);
    }
    for _ in 0..settings.verbose {
        args.push("-v".to_string());
    }
    args
}

pub async fn each(args: CustomersEachArgs, ctx: &Context) -> Result<ExitStatus> {
    let child = scoped_child(&args.command)?;
    let (format, child_format) = merged_format(&child, ctx.settings.output.jq.is_some())?;
    let failed_file = failed_file_of(&child)?;
    let customers = wanted_customers(&args, ctx).await?;
    if customers.is_empty() {
        ctx.printer.warn("no customer matches");
        return Ok(ExitStatus::Success);
    }
    let (wanted, skipped) = units(&child, customers, ctx);
    warn_skipped(
        ctx,
        "without a registered website bot",
        &skipped,
        ", ",
        " (register one as `[profiles.<profile>.bots.NAME]` with `customer`, `bot_id` and `bot_token_cmd`)",
    );
    let total = wanted.len();
    if total == 0 {
        return Ok(ExitStatus::Success);
    }
    let customers = wanted
        .iter()
        .map(|u| u.id.as_str())
        .collect::<std::collections::HashSet<_>>()
        .len();
    let ran_on = |skipped: usize| {
        if customers == total {
            format!("{} customers", total - skipped)
        } else {
            format!(
                "{customers} customers, once per registered bot: {} runs",
                total - skipped
            )
        }
    };
    let children = Children {
        exe: ctx
            .settings
            .exe()
            .context("cannot find the bp executable")?,
        base_args: [inherited(&ctx.settings, ctx.printer.quiet), child_format].concat(),
        // Under `--sandbox`, the children talk to this run's sandbox, so that every write
        // lands in one state (each loading and saving the file, the last to save won).
        sandbox_url: (ctx.settings.target != Target::Profile)
            .then(|| ctx.profile.base_url.value.clone()),
        command: args.command.clone(),
        failed_file,
    };
    let outcomes = children.run(wanted, args.concurrency.into());
    let tty = ctx.settings.output.stdout_tty;
    let mut merged = Merged::new(format, !child.global.no_headers, tty);
    // `--wide` after `--` too, where the child's -o and --no-headers are.
    merged.wide = child.global.wide;
    for outcome in outcomes {
        merged.add(outcome, ctx)?;
    }
    merged.finish(ctx)?;
    // Children whose customer had no bot of the kind the command needs (issue 15).
    let skipped = merged.skipped.len();
    warn_skipped(ctx, "with no bot to run with", &merged.skipped, "; ", "");
    let ran_on = ran_on(skipped);
    conclude(
        ctx,
        &ran_on,
        total - skipped,
        &merged.failed,
        merged.partial,
    )
}

/// Customers skipped, not failed: named on stderr, ten at most.
fn warn_skipped(ctx: &Context, why: &str, names: &[String], sep: &str, hint: &str) {
    const SHOWN: usize = 10;
    if names.is_empty() {
        return;
    }
    let more = match names.len().saturating_sub(SHOWN) {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    ctx.printer.warn(&format!(
        "skipped {} customers {why}: {}{more}{hint}",
        names.len(),
        names[..names.len().min(SHOWN)].join(sep)
    ));
}

/// The format of the children's output, and the flags that ask them for it: their own
/// `-o`; with this run's `--jq` (which filters the merged output), json unless they say
/// ndjson.
fn merged_format(child: &Cli, jq: bool) -> Result<(Format, Vec<String>)> {
    if child.global.jq.is_some() {
        return Err(usage_hint(
            "--jq after `--` would filter each customer's output apart",
            "give --jq before `--`: it filters the merged output",
        ));
    }
    let format = crate::settings::output_format(&child.global);
    let given = child.global.output.is_some() || child.global.json;
    match format {
        _ if !jq => Ok((format, Vec::new())),
        Format::Json | Format::Ndjson if given => Ok((format, Vec::new())),
        _ if !given => Ok((Format::Json, vec!["-o".to_string(), "json".to_string()])),
        _ => Err(usage_hint(
            "--jq needs json or ndjson output, not the command's table or csv",
            "leave -o out after `--` (--jq implies -o json), or use -o ndjson",
        )),
    }
}

/// The command after `--`, parsed, if `--customer` scopes it: anything else would do the
/// same thing once per customer (a WhatsApp send to the same number, say).
fn scoped_child(command: &[String]) -> Result<Cli> {
    use crate::cli::{ApiAuth, Command as C, WhatsappCommand as W};
    let child =
        Cli::try_parse_from(std::iter::once("bp".to_string()).chain(command.iter().cloned()))
            .map_err(|e| {
                usage(format!(
                    "invalid command after `--`: {}",
                    e.to_string().lines().next().unwrap_or("")
                ))
            })?;
    let scoped = match &child.command {
        C::Contacts(_) | C::Leads(_) | C::Members(_) | C::Segments(_) => true,
        // (Not template-vars: it takes a template id, and ids differ from bot to bot.)
        C::Whatsapp(W::Import(_)) => true,
        // Each customer's own WhatsApp bot, picked by the child: not one --bot for all, and
        // not the profile's one key.
        C::Whatsapp(W::Templates(r)) => per_customer_bot(r),
        C::Whatsapp(W::SendTemplate(a)) => per_customer_bot(&a.route),
        C::Api(a) => a.auth == ApiAuth::Token,
        _ => false,
    };
    if !scoped {
        return Err(usage(
            "`customers each` runs customer-scoped commands: contacts, leads, members, segments, whatsapp import, whatsapp templates|send-template (without --bot or --via key), api --auth token",
        ));
    }
    Ok(child)
}

/// A WhatsApp command whose child picks its customer's bot (see `whatsapp::route`).
fn per_customer_bot(route: &crate::cli::WhatsappRouteArgs) -> bool {
    route.bot.is_none() && route.via != Some(crate::cli::WhatsappVia::Key)
}

/// One child to run: the customer's id and name, and the registered bot it runs with.
struct Unit {
    id: String,
    name: String,
    bot: Option<String>,
}

/// Each customer `--status` and `--filter` pick, as `GET /customer/list` gives it.
async fn wanted_customers(args: &CustomersEachArgs, ctx: &Context) -> Result<Vec<Value>> {
    Ok(ctx
        .customers()
        .await?
        .iter()
        .filter(|c| super::customers::wanted(&args.only, c))
        .cloned()
        .collect())
}

/// The children to run: one per customer, or, for a leads command that names no bot, one
/// per registered website bot of each customer (issue 15). A customer with none (and whose
/// bot the profile's own is not) is skipped: its name is in the second list.
fn units(child: &Cli, customers: Vec<Value>, ctx: &Context) -> (VecDeque<Unit>, Vec<String>) {
    // Listing is once per bot; an upsert goes to the customer's one bot (several: the
    // child says so), never to each.
    let per_bot = matches!(
        &child.command,
        crate::cli::Command::Leads(crate::cli::LeadsCommand::List(a))
            if a.ids.bot.is_none() && a.ids.bot_id.is_none()
    );
    let mut units = VecDeque::new();
    let mut skipped = Vec::new();
    for c in customers {
        let id = c["_id"].as_str().unwrap_or_default().to_string();
        let name = c["name"].as_str().unwrap_or_default().to_string();
        if !per_bot {
            units.push_back(Unit {
                id,
                name,
                bot: None,
            });
            continue;
        }
        let bots = super::registry::bots_of(ctx, &c);
        if bots.is_empty() {
            if super::registry::own_bot_serves(ctx, &id) {
                units.push_back(Unit {
                    id,
                    name,
                    bot: None,
                });
            } else {
                skipped.push(name);
            }
            continue;
        }
        for bot in bots {
            units.push_back(Unit {
                id: id.clone(),
                name: name.clone(),
                bot: Some(bot),
            });
        }
    }
    (units, skipped)
}

/// How each child is started: this bp, the flags it shares, the command, and the failed
/// file a bulk child gets its own copy of.
#[derive(Clone)]
struct Children {
    exe: std::path::PathBuf,
    base_args: Vec<String>,
    /// For [`crate::settings::SANDBOX_URL_ENV`].
    sandbox_url: Option<String>,
    command: Vec<String>,
    failed_file: Option<std::path::PathBuf>,
}

impl Children {
    /// Runs one child per customer on worker threads, within the limiter's window; their
    /// outcomes as they end.
    fn run(self, wanted: VecDeque<Unit>, concurrency: Concurrency) -> mpsc::Receiver<Outcome> {
        let workers = match concurrency {
            Concurrency::Auto => CAP as usize,
            Concurrency::Fixed(n) => usize::from(n),
        }
        .min(wanted.len());
        let queue = Arc::new(Mutex::new(wanted));
        let (tx, rx) = mpsc::channel::<Outcome>();
        let limiter = Arc::new(Limiter::new(concurrency));
        let slots = Arc::new(Slots::default());
        for _ in 0..workers {
            let (queue, tx, limiter, slots, children) = (
                queue.clone(),
                tx.clone(),
                limiter.clone(),
                slots.clone(),
                self.clone(),
            );
            std::thread::spawn(move || {
                loop {
                    slots.take(&limiter);
                    let next = queue.lock().ok().and_then(|mut q| q.pop_front());
                    let Some(unit) = next else {
                        slots.give_back();
                        break;
                    };
                    let outcome = children.one(&limiter, unit);
                    slots.give_back();
                    if tx.send(outcome).is_err() {
                        break;
                    }
                }
            });
        }
        rx
    }

    /// Runs the child for one customer, and tells the limiter how the server took it.
    fn one(&self, limiter: &Limiter, unit: Unit) -> Outcome {
        let Unit { id, name, bot } = unit;
        let ticket = limiter.admit_blocking();
        let mut command = match &self.failed_file {
            Some(path) => with_failed_file(&self.command, &customer_path(path, &id)),
            None => self.command.clone(),
        };
        if let Some(bot) = &bot {
            command.extend(["--bot".to_string(), bot.clone()]);
        }
        let mut child = Command::new(&self.exe);
        child
            .args(&self.base_args)
            .args(["--customer", &id])
            .args(&command)
            .env(LOAD_ENV, "1")
            .stdin(Stdio::null());
        if let Some(url) = &self.sandbox_url {
            child.env(crate::settings::SANDBOX_URL_ENV, url);
        }
        let out = child.output();
        match out {
            Ok(o) => {
                let (stderr, load, skipped) = split_load(&String::from_utf8_lossy(&o.stderr));
                limiter.done(ticket, signal(&load), Instant::now());
                Outcome {
                    id,
                    name,
                    bot,
                    code: o.status.code(),
                    stdout: o.stdout,
                    stderr,
                    skipped,
                }
            }
            Err(e) => {
                limiter.done(ticket, Signal::Neutral, Instant::now());
                Outcome {
                    id,
                    name,
                    bot,
                    code: None,
                    stdout: Vec::new(),
                    stderr: format!("error: cannot run bp: {e}"),
                    skipped: None,
                }
            }
        }
    }
}

/// The run's exit status: 4 when some customers failed or had rows rejected, an error when
/// all failed.
fn conclude(
    ctx: &Context,
    ran_on: &str,
    total: usize,
    failed: &[String],
    partial: usize,
) -> Result<ExitStatus> {
    if failed.is_empty() {
        ctx.printer.info(&format!("ran on {ran_on}"));
        if partial > 0 {
            ctx.printer.warn(&format!(
                "{partial} of {total} customers had rows the command could not handle (exit 4): see their lines above"
            ));
            return Ok(ExitStatus::Partial);
        }
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

/// The failed-rows file a bulk child would write (`--failed`, else its default), if the
/// child is a bulk command.
fn failed_file_of(child: &Cli) -> Result<Option<std::path::PathBuf>> {
    use crate::cli::{Command as C, ContactsCommand, LeadsCommand, WhatsappCommand as W};
    use crate::import::{FailedWriter, Format};
    let (input, failed, format) = match &child.command {
        C::Whatsapp(W::Import(a)) => (a.file.clone(), a.failed.clone(), a.format),
        C::Leads(LeadsCommand::Upsert(a)) => match &a.from {
            Some(from) => (from.clone(), a.failed.clone(), a.format),
            None => return Ok(None),
        },
        C::Contacts(ContactsCommand::SetAttr(a)) => match &a.from {
            Some(from) => (from.clone(), a.failed.clone(), a.format),
            None => return Ok(None),
        },
        // Its failed file is always a CSV of ids.
        C::Contacts(ContactsCommand::Delete(a)) => match &a.from {
            Some(from) => (
                from.clone(),
                a.failed.clone(),
                Some(crate::cli::InputFormat::Csv),
            ),
            None => return Ok(None),
        },
        _ => return Ok(None),
    };
    if failed.as_deref().is_some_and(crate::import::is_stdout) {
        return Err(usage(
            "`customers each` gives each customer a failed file of its own: --failed - would mix them into the output; give a file name",
        ));
    }
    let format = format
        .map(Format::from)
        .or_else(|| Format::from_path(std::path::Path::new(&input)))
        .unwrap_or(Format::Csv);
    Ok(Some(failed.unwrap_or_else(|| {
        FailedWriter::default_path(&input, format)
    })))
}

/// `c.csv.failed.csv` for customer ID: `c.csv.ID.failed.csv`; `out.csv`: `out.ID.csv`. Only
/// the file name changes, found on the string with `/` and `\` both separators, so that a
/// Windows path (`C:\…`, `\\server\share\…`) is taken apart alike on every platform.
fn customer_path(path: &std::path::Path, id: &str) -> String {
    let text = path.to_string_lossy();
    let name_start = text.rfind(['/', '\\']).map_or(0, |i| i + 1);
    let name = &text[name_start..];
    let at = name
        .find(".failed.")
        .or_else(|| name.rfind('.'))
        .map_or(text.len(), |i| name_start + i);
    format!("{}.{id}{}", &text[..at], &text[at..])
}

/// The child's command line with `--failed PATH` in place of any it had.
fn with_failed_file(command: &[String], path: &str) -> Vec<String> {
    let mut out = Vec::with_capacity(command.len() + 2);
    let mut skip = false;
    for arg in command {
        if skip {
            skip = false;
        } else if arg == "--failed" {
            skip = true;
        } else if !arg.starts_with("--failed=") {
            out.push(arg.clone());
        }
    }
    out.extend(["--failed".to_string(), path.to_string()]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_customer_gets_its_own_failed_file() {
        let p = std::path::Path::new;
        assert_eq!(
            customer_path(p("c.csv.failed.csv"), "ab12"),
            "c.csv.ab12.failed.csv"
        );
        assert_eq!(
            customer_path(p("dir.x/out.csv"), "ab12"),
            "dir.x/out.ab12.csv"
        );
        assert_eq!(customer_path(p("dir.x/out"), "ab12"), "dir.x/out.ab12");
        // A directory's `.failed.` is not the file's.
        assert_eq!(
            customer_path(p("runs.failed.old/out.csv"), "ab12"),
            "runs.failed.old/out.ab12.csv"
        );
        let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            with_failed_file(
                &args(&["whatsapp", "import", "c.csv", "--failed", "x.csv", "-q"]),
                "y"
            ),
            args(&["whatsapp", "import", "c.csv", "-q", "--failed", "y"])
        );
        assert_eq!(
            with_failed_file(
                &args(&["whatsapp", "import", "--failed=x.csv", "c.csv"]),
                "y"
            ),
            args(&["whatsapp", "import", "c.csv", "--failed", "y"])
        );
    }

    #[test]
    fn windows_paths_get_the_customer_in_the_file_name() {
        let p = std::path::Path::new;
        let cases = [
            (
                r"C:\Users\Asha\c.csv.failed.csv",
                r"C:\Users\Asha\c.csv.ab12.failed.csv",
            ),
            (r"C:\data.v2\out.csv", r"C:\data.v2\out.ab12.csv"),
            (r"C:\data.v2\out", r"C:\data.v2\out.ab12"),
            (
                r"C:\old.failed.runs\out.csv",
                r"C:\old.failed.runs\out.ab12.csv",
            ),
            (r"C:/mixed\dir.x/out.csv", r"C:/mixed\dir.x/out.ab12.csv"),
            (
                r"\\server\share.v2\agency\c.csv.failed.csv",
                r"\\server\share.v2\agency\c.csv.ab12.failed.csv",
            ),
            (r"\\server\share\out", r"\\server\share\out.ab12"),
            (
                r"\\?\C:\long.dir\c.json.failed.ndjson",
                r"\\?\C:\long.dir\c.json.ab12.failed.ndjson",
            ),
        ];
        for (path, expected) in cases {
            assert_eq!(customer_path(p(path), "ab12"), expected, "{path}");
        }
    }

    #[test]
    fn the_load_line_is_taken_out_and_read() {
        let written = Load {
            requests: 40,
            throttled: 3,
            lost: 0,
            pause_ms: 800,
        };
        let stderr = format!("warning: one\n{written}\n");
        assert_eq!(
            written.to_string(),
            "bp-each-load: requests=40 throttled=3 lost=0 pause_ms=800"
        );
        let (rest, load, skipped) = split_load(&stderr);
        assert_eq!(rest, "warning: one\n");
        assert_eq!(load, written);
        assert_eq!(skipped, None);
        let (rest, _, skipped) = split_load("bp-each-skip: no bot here\nwarning: two\n");
        assert_eq!(rest, "warning: two\n");
        assert_eq!(skipped.as_deref(), Some("no bot here"));
        assert_eq!(
            signal(&load),
            Signal::Throttled {
                rate_limited: false,
                retry_after: Some(Duration::from_millis(800))
            }
        );
        let (_, calm, _) = split_load("bp-each-load: requests=5 throttled=0 lost=0 pause_ms=0\n");
        assert_eq!(signal(&calm), Signal::Completed);
        let (_, lossy, _) = split_load("bp-each-load: requests=5 throttled=0 lost=2 pause_ms=0\n");
        assert_eq!(signal(&lossy), Signal::Lost);
        // A Retry-After past what bp waits for is not a pause of the other children.
        let (_, long, _) = split_load("bp-each-load: throttled=1 pause_ms=18446744073709551615\n");
        assert_eq!(long.pause(), Some(crate::api::retry::MAX_RETRY_AFTER));
    }
}
