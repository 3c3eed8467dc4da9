//! `bp sandbox serve|reset`, and `bp --sandbox <command>`: the embedded API emulator.

#[cfg(not(feature = "sandbox"))]
use anyhow::Result;

use crate::cli::{Command, SandboxCommand};
use crate::error::ExitStatus;
use crate::printer::Printer;
use crate::settings::Settings;

#[cfg(not(feature = "sandbox"))]
pub fn run(
    _cmd: SandboxCommand,
    _output: &crate::output::OutputOpts,
    _printer: Printer,
) -> Result<ExitStatus> {
    Err(crate::error::usage(
        "this bp was built without the `sandbox` feature",
    ))
}

#[cfg(not(feature = "sandbox"))]
pub async fn with_in_process(
    _command: Command,
    _settings: Settings,
    _printer: Printer,
) -> Result<ExitStatus> {
    Err(crate::error::usage(
        "this bp was built without the `sandbox` feature",
    ))
}

/// Without the emulator, no sandbox bots.
#[cfg(not(feature = "sandbox"))]
pub fn sandbox_registry() -> Vec<(String, String, String, crate::secret::Secret)> {
    Vec::new()
}

#[cfg(feature = "sandbox")]
pub use imp::*;

#[cfg(feature = "sandbox")]
mod imp {

    use anyhow::{Context as _, Result};

    use super::*;
    use crate::cli::{SandboxResetArgs, SandboxServeArgs};
    use crate::sandbox::{self, Options, Sandbox};
    use crate::secret::Secret;
    use crate::settings::{Profile, Target};

    pub fn run(
        cmd: SandboxCommand,
        output: &crate::output::OutputOpts,
        printer: Printer,
    ) -> Result<ExitStatus> {
        match cmd {
            SandboxCommand::Serve(args) => serve(args, printer),
            SandboxCommand::Reset(args) => reset(args, printer),
            SandboxCommand::ShapesDiff(args) => {
                crate::commands::shapes_diff::run(args, output, printer)
            }
        }
    }

    /// `bp/sandbox-state.json` in the data directory (`~/.local/share` first on macOS too,
    /// as the config file: see `paths`).
    fn default_state_path() -> Option<std::path::PathBuf> {
        crate::paths::bp_dir(crate::paths::Kind::Data).map(|d| d.join("sandbox-state.json"))
    }

    fn state_path(explicit: Option<std::path::PathBuf>) -> Result<std::path::PathBuf> {
        explicit.or_else(default_state_path).ok_or_else(|| {
            crate::error::usage("no data directory for the sandbox state: pass --state PATH")
        })
    }

    fn serve(args: SandboxServeArgs, printer: Printer) -> Result<ExitStatus> {
        let state = if args.no_persist {
            None
        } else {
            Some(state_path(args.state)?)
        };
        let sb = Sandbox::new(Options {
            state_path: state.clone(),
            customers_page_size: args.customers_page_size as usize,
            contacts_page_size: args.contacts_page_size as usize,
            record: false,
            latency_ms: args.latency,
            seed: args.seed,
            error_rate: args.error_rate,
            rate_limit: args.rate_limit,
            reset_rate: args.reset_rate,
            stall_rate: args.stall_rate,
            html_rate: args.html_rate,
            import_max_batch: args.max_import_batch,
            refuse_marker: args.refuse_marker,
            lenient: args.lenient,
            ..Options::default()
        })?;
        // Two workers: a request is taken in (and counted by `--rate-limit`) when it arrives,
        // not when another request's work is done, as on a real server's many threads.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        runtime.block_on(async {
            // `bp sandbox reset` while this runs resets it, rather than being undone by its
            // next save.
            tokio::spawn(sb.clone().watch_resets());
            let (addr, server) = sb
                .bind(args.addr)
                .await
                .with_context(|| format!("cannot listen on {}", args.addr))?;
            let creds = sb.credentials();
            let state = state.map_or_else(|| "in memory".into(), |p| p.display().to_string());
            let mode = if args.lenient { "lenient, " } else { "" };
            printer.info(&format!(
                "bp sandbox listening on http://{addr} ({mode}state: {state}); Ctrl-C stops it"
            ));
            // The sandbox's own credentials: not secrets, and what a user needs to point bp at it.
            let exports = format!(
                "export BP_BASE_URL=http://{addr}\nexport BP_PARTNER_KEY={}\nexport BP_API_TOKEN={}\nexport BP_BOT_TOKEN={}\nexport BP_BOT_ID={}\nexport BP_CUSTOMER_ID={}\nexport BP_WA_API_KEY={}\n",
                creds.partner_key, creds.api_token, creds.bot_token, creds.bot_id, creds.customer_id, creds.wa_api_key
            );
            {
                use std::io::Write;
                let mut out = crate::printer::stdout();
                out.write_all(exports.as_bytes())?;
                out.flush()?;
            }
            tokio::select! {
                r = server => r.context("the sandbox server failed")?,
                _ = tokio::signal::ctrl_c() => printer.info("stopping the sandbox"),
            }
            sb.save()?;
            Ok(ExitStatus::Success)
        })
    }

    fn reset(args: SandboxResetArgs, printer: Printer) -> Result<ExitStatus> {
        let path = state_path(args.state)?;
        let path_shown = path.display();
        printer.info(&match sandbox::reset(&path)? {
            sandbox::Reset::Deleted => format!("deleted the sandbox state {path_shown}"),
            sandbox::Reset::NothingToReset => {
                format!("no sandbox state at {path_shown}: nothing to reset")
            }
            sandbox::Reset::Running => format!(
                "reset the running sandbox (state {path_shown}) to the seed data"
            ),
            sandbox::Reset::Pending => format!(
                "another bp holds the sandbox state {path_shown} and did not reset it: it starts from the seed data the next time it is opened"
            ),
        });
        Ok(ExitStatus::Success)
    }

    /// Runs an API command against a sandbox on an ephemeral loopback port, with the
    /// sandbox's own credentials, and saves the sandbox's state afterwards; or, for a
    /// child of `customers each --sandbox`, against the parent's. The sandbox serves from a
    /// thread of its own, so that the children of `customers each` are answered while this
    /// thread waits for them.
    pub async fn with_in_process(
        command: Command,
        settings: Settings,
        printer: Printer,
    ) -> Result<ExitStatus> {
        if let Target::RunningSandbox(url) = &settings.target {
            let url = url.clone();
            return run_on(url, sandbox::credentials(), command, settings, printer).await;
        }
        let running = sandbox::spawn_background(Options {
            state_path: default_state_path(),
            ..Options::default()
        })?;
        let creds = running.sandbox.credentials();
        let result = run_on(running.base_url(), creds, command, settings, printer).await;
        let saved = running.sandbox.save();
        drop(running);
        let status = result?;
        saved?;
        Ok(status)
    }

    async fn run_on(
        base_url: String,
        creds: sandbox::Credentials,
        command: Command,
        settings: Settings,
        printer: Printer,
    ) -> Result<ExitStatus> {
        let profile = Profile::sandbox(
            base_url,
            [
                Secret::new(creds.partner_key),
                Secret::new(creds.api_token),
                Secret::new(creds.bot_token),
            ],
            creds.bot_id,
            creds.customer_id,
            creds.wa_api_key,
        )
        .with_sandbox_bots(sandbox_registry());
        let ctx = crate::Context::new(profile, settings, printer)?;
        crate::commands::dispatch(command, &ctx).await
    }

    /// The sandbox's website bots as a bot registry, each named after its bot
    /// (`Bluefin Pricing Helper` is `bluefin-pricing-helper`), so that `--customer` finds its
    /// customer's bot under `bp --sandbox` as it would in a profile.
    pub fn sandbox_registry() -> Vec<(String, String, String, Secret)> {
        sandbox::seeded_bots()
            .into_iter()
            .filter(|b| b.platform == "website")
            .map(|b| {
                let name = b
                    .name
                    .to_lowercase()
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>()
                    .join("-");
                (name, b.customer_id, b.id, Secret::new(b.token))
            })
            .collect()
    }
}
