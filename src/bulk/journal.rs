//! The journal of a bulk command that keeps one (`whatsapp import`): named by the input's
//! fingerprint and the target, held under its lock for the whole run, and what an earlier
//! run left in it taken up (`--resume`), forgotten (`--restart`) or refused.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use super::Input;
use crate::Context;
use crate::api::Auth;
use crate::error::{usage, usage_hint};
use crate::import::{self, journal, spool};

/// How a run takes an earlier run's journal: the command's flags.
#[derive(Clone, Copy)]
pub struct Journalling<'a> {
    /// The input as the user named it.
    pub file: &'a str,
    /// No journal is read, locked or written.
    pub dry_run: bool,
    pub resume: bool,
    pub restart: bool,
}

/// The journal of this file and target, under its lock, and what an earlier run left in it.
pub struct Journalled {
    pub at: PathBuf,
    pub content: u64,
    pub target: String,
    /// One run per journal, from before it is read until bp exits.
    _lock: Option<import::lock::RunLock>,
    pub previous: Option<journal::Previous>,
}

impl Journalled {
    /// The fingerprint of the input names the journal; `--resume` and `--restart` say what
    /// to do with an unfinished one.
    pub fn open(run: Journalling, ctx: &Context, input: &Input, auth: &Auth) -> Result<Journalled> {
        let mut file = std::fs::File::open(&input.path)
            .with_context(|| format!("cannot open {}", run.file))?;
        let (content, _lines) =
            journal::fingerprint(&mut file).with_context(|| format!("cannot read {}", run.file))?;
        let target = format!(
            "{} {}",
            ctx.profile.name.as_deref().unwrap_or("-"),
            ctx.profile.base_url.value
        );
        let at = journal::journal_path(content, &format!("{target} {}", identity(auth)))
            .ok_or_else(|| {
                usage("no state directory for the import journal (set XDG_STATE_HOME)")
            })?;
        let _lock = (!run.dry_run)
            .then(|| import::lock::lock(&at, run.file, &target))
            .transpose()?;
        let previous = if run.dry_run {
            None
        } else {
            previous_run(run, ctx, &at, &target)?
        };
        Ok(Journalled {
            at,
            content,
            target,
            _lock,
            previous,
        })
    }
}

/// Whose contacts these are: the same file for another customer is another import.
fn identity(auth: &Auth) -> String {
    match auth {
        Auth::Customer(c) => c.customer_id.clone(),
        Auth::None => String::new(),
        Auth::Key(_, token) | Auth::BpToken(token) | Auth::BotToken(token) | Auth::WaKey(token) => {
            use std::hash::Hasher;
            let mut h = fnv::FnvHasher::default();
            h.write(token.expose().as_bytes());
            format!("{:016x}", h.finish())
        }
    }
}

/// The unfinished run of this journal, if `--resume` takes it up; `--restart` forgets it
/// (and those of earlier versions of the file), and without either it is an error.
fn previous_run(
    run: Journalling,
    ctx: &Context,
    journal_at: &Path,
    target: &str,
) -> Result<Option<journal::Previous>> {
    // Unfinished imports of earlier versions of this file: removed by --restart.
    let earlier = journal::earlier_versions(journal_at, run.file, target);
    if run.restart {
        for path in earlier.iter().chain([&journal_at.to_path_buf()]) {
            journal::forget(path);
        }
    }
    let previous = journal::read_journal(journal_at)?;
    match &previous {
        None if !run.restart => {
            for path in &earlier {
                ctx.printer.hint(&format!(
                    "{} is an unfinished import of an earlier version of {}: --restart removes it",
                    path.display(),
                    run.file
                ));
            }
        }
        Some(prev) if run.resume => spool::remove_left(&prev.spools),
        Some(prev) => {
            return Err(usage_hint(
                format!(
                    "an unfinished import of {} to {target} exists ({} rows acknowledged)",
                    run.file,
                    prev.acked.len()
                ),
                "run again with --resume to send only the rest, or --restart to import it all again",
            ));
        }
        None => {}
    }
    if previous.is_none() && run.resume {
        ctx.printer
            .info("no unfinished import of this file to resume: importing all of it");
    }
    Ok(previous)
}
