//! `bp`: a command-line tool for BotPenguin partner agencies.
//!
//! Data flows one way: clap args ([`cli`]) → resolved profile ([`settings`]) → a command
//! ([`commands`]) → the HTTP layer ([`api`]) → the renderer ([`output`]).

// Output goes through `printer`: the macros panic on a closed pipe or a full disk.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod api;
pub mod bulk;
pub mod cli;
pub mod commands;
pub mod dates;
pub mod error;
pub mod import;
pub mod leaf;
pub mod output;
pub mod paths;
pub mod printer;
/// The emulator, a crate of its own (`crates/bp-sandbox`): an independent reading of the
/// API's documents that imports nothing of bp's.
#[cfg(feature = "sandbox")]
pub use bp_sandbox as sandbox;
pub mod secret;
pub mod settings;

use std::io::Write;

use anyhow::Result;

use crate::api::{Client, ClientConfig};
use crate::cli::{Cli, Command};
use crate::commands::complete::cache;
use crate::error::ExitStatus;
use crate::printer::Printer;
use crate::settings::{ProcessEnv, Profile, Settings};

/// What every API command works with: the profile, the one HTTP client, output settings.
pub struct Context {
    pub profile: Profile,
    pub client: Client,
    /// This run's settings; `settings.output` masks the profile's secrets.
    pub settings: Settings,
    pub printer: Printer,
    /// The customer `--customer` names, once resolved.
    customer: tokio::sync::OnceCell<std::sync::Arc<api::CustomerAuth>>,
    /// The agency's customers (`GET /customer/list`, every page), read once a run.
    customers: tokio::sync::OnceCell<Vec<serde_json::Value>>,
}

/// The HTTP layer's request log, on the printer (stderr; dimmed on a colour terminal).
pub(crate) struct RequestLog(pub(crate) Printer);

impl api::Log for RequestLog {
    fn level(&self) -> u8 {
        self.0.verbose
    }

    fn line(&self, level: u8, msg: &str) {
        self.0.debug(level, msg);
    }
}

impl Context {
    pub fn new(mut profile: Profile, mut settings: Settings, printer: Printer) -> Result<Self> {
        if let Some(selector) = &settings.customer {
            profile.customer = Some(settings::Setting {
                value: selector.clone(),
                source: settings::Source::Flag,
            });
        }
        let secrets = crate::secret::KnownSecrets::new(profile.known_secrets());
        let mut client = Client::new(
            ClientConfig {
                base_url: profile.base_url.value.clone(),
                timeout: settings.timeout,
                retries: settings.retries,
                backoff: settings.backoff,
            },
            std::sync::Arc::new(RequestLog(printer)),
            secrets.clone(),
        )?;
        if let Some(path) = &settings.shapes {
            let log = api::ShapeLog::open(path).map_err(|e| {
                error::usage(format!(
                    "cannot open the --shapes file `{}`: {e}",
                    path.display()
                ))
            })?;
            client.record_shapes(std::sync::Arc::new(log));
        }
        // Data a server echoes a credential into is masked as the logs are.
        settings.output.mask = secrets;
        Ok(Context {
            profile,
            client,
            settings,
            printer,
            customer: tokio::sync::OnceCell::new(),
            customers: tokio::sync::OnceCell::new(),
        })
    }

    /// The agency's customers, every page, fetched with the partner key once a run.
    pub async fn customers(&self) -> Result<&[serde_json::Value]> {
        let all = self
            .customers
            .get_or_try_init(|| async {
                let all = api::agency::all_customers(&self.client, &self.partner_auth()?).await?;
                self.remember_customers(all.iter().filter_map(cache::entry).collect());
                Ok::<_, anyhow::Error>(all)
            })
            .await?;
        Ok(all)
    }

    /// Keeps the customer list, just read whole, for completing `--customer <TAB>`.
    pub fn remember_customers(&self, customers: Vec<cache::Entry>) {
        let written = cache::store(&cache::Owner::of(&self.profile), customers);
        self.cache_written(written);
    }

    /// Changes the kept customer list, if there is one (`customers create`, `delete`).
    pub fn update_customers(&self, change: impl FnOnce(&mut Vec<cache::Entry>)) {
        let written = cache::update(&cache::Owner::of(&self.profile), change);
        self.cache_written(written);
    }

    /// A cache that cannot be written costs only completions: said with `-v`.
    fn cache_written(&self, written: std::io::Result<()>) {
        if let Err(e) = written {
            self.printer
                .debug(1, &format!("cannot write the customer cache: {e}"));
        }
    }

    /// The customer a selector (an id, an email or a name) names: an id as it is, else
    /// looked up in [`Context::customers`].
    pub async fn resolve_customer(&self, selector: &str) -> Result<serde_json::Value> {
        let s = selector.trim();
        if api::agency::is_id(s) {
            return Ok(serde_json::json!({ "_id": s }));
        }
        api::agency::pick(self.customers().await?, s)
    }

    /// A limiter for `--concurrency`: with `auto`, a child of `customers each` keeps to
    /// fewer requests in flight, as its parent runs several.
    pub fn limiter(&self, concurrency: api::adaptive::Concurrency) -> api::adaptive::Limiter {
        use api::adaptive::{CAP, CHILD_CAP, Limiter};
        let cap = if self.settings.each_child {
            CHILD_CAP
        } else {
            CAP
        };
        Limiter::with_cap(concurrency, cap)
    }

    /// The customer `--customer` (or the profile) names, resolved to an id once.
    pub async fn customer_auth(&self) -> Result<Option<std::sync::Arc<api::CustomerAuth>>> {
        let Some(selector) = &self.profile.customer else {
            return Ok(None);
        };
        let auth = self
            .customer
            .get_or_try_init(|| async {
                let partner = self.profile.secret(settings::SecretKind::PartnerKey)?;
                let customer = self.resolve_customer(&selector.value).await?;
                let id = customer["_id"].as_str().unwrap_or_default().to_string();
                Ok::<_, anyhow::Error>(std::sync::Arc::new(api::CustomerAuth::new(
                    id,
                    partner,
                    self.profile.name.as_deref().unwrap_or("-"),
                    &self.profile.base_url.value,
                )))
            })
            .await?;
        Ok(Some(auth.clone()))
    }

    /// The partner key, for the agency's endpoints (`/customer/*`, `/ext/*`).
    pub fn partner_auth(&self) -> Result<api::Auth> {
        let kind = settings::SecretKind::PartnerKey;
        Ok(api::Auth::Key(kind, self.profile.secret(kind)?))
    }

    /// How customer-scoped requests authenticate: the `--customer`'s fetched token, else the
    /// profile's API token.
    pub async fn api_auth(&self) -> Result<api::Auth> {
        match self.customer_auth().await? {
            Some(customer) => Ok(api::Auth::Customer(customer)),
            None => Ok(api::Auth::Key(
                settings::SecretKind::ApiToken,
                self.profile.secret(settings::SecretKind::ApiToken)?,
            )),
        }
    }
}

/// Runs the command line; the error, if any, is for [`report`].
pub fn run(cli: Cli, printer: Printer) -> Result<ExitStatus> {
    let Cli { global, command } = cli;
    match command {
        Command::Completions(args) => commands::completions::run(&args),
        Command::Man(args) => commands::man::run(&args, printer),
        Command::Sandbox(cmd) => {
            commands::sandbox::run(cmd, &settings::output_opts(&global, &ProcessEnv)?, printer)
        }
        Command::Bots(crate::cli::BotsCommand::Add(args)) => {
            if global.sandbox {
                return Err(error::usage(
                    "--sandbox does not apply to `bp bots add`: it writes the config file",
                ));
            }
            commands::profile_edit::add_bot(
                args,
                global.profile.as_deref(),
                global.customer.as_deref(),
                printer,
            )
        }
        Command::Profile(_) if global.sandbox => Err(error::usage(
            "--sandbox does not apply to `bp profile`: the sandbox has no profile to show",
        )),
        Command::Profile(cmd) => {
            let output = settings::output_opts(&global, &ProcessEnv)?;
            commands::profile::run(cmd, global.profile.as_deref(), &output, printer)
        }
        api_command => {
            let settings = Settings::resolve(&global, &ProcessEnv)?;
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            runtime.block_on(run_api(api_command, settings, printer))
        }
    }
}

async fn run_api(command: Command, settings: Settings, printer: Printer) -> Result<ExitStatus> {
    if settings.target != settings::Target::Profile {
        return commands::sandbox::with_in_process(command, settings, printer).await;
    }
    let loaded = settings::load(&ProcessEnv, settings.profile.as_deref())?;
    for warning in &loaded.warnings {
        printer.warn(warning);
    }
    let ctx = Context::new(loaded.profile, settings, printer)?;
    commands::dispatch(command, &ctx).await
}

/// `bp --version`: clap's line, without building clap's command tree.
pub fn print_version() -> ExitStatus {
    match writeln!(printer::stdout(), "bp {}", env!("CARGO_PKG_VERSION")) {
        Ok(()) => ExitStatus::Success,
        Err(err) => report(&err.into(), &Printer::plain()),
    }
}

/// Prints what clap has to say instead of a command (help, its version line, a usage error)
/// and returns the exit code: clap's own, unless stdout could not take its help.
pub fn print_clap(err: &clap::Error) -> i32 {
    match err.print() {
        Err(e) if !err.use_stderr() => {
            report(&printer::stdout_error(e).into(), &Printer::plain()).code()
        }
        // If stderr cannot take a usage error, there is nowhere left to say so.
        _ => err.exit_code(),
    }
}

/// Prints a fatal error (once, with its cause chain and hint) and picks the exit code.
pub fn report(err: &anyhow::Error, printer: &Printer) -> ExitStatus {
    let broken_pipe = err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        // `bp … | head`: the reader has all it wanted.
        return ExitStatus::Success;
    }
    printer.error(&format!("{err:#}"));
    if let Some(hint) = hint_of(err) {
        printer.hint(&hint);
    }
    exit_status_of(err)
}

/// The exit code an error maps to: the first typed error in the chain decides.
pub fn exit_status_of(err: &anyhow::Error) -> ExitStatus {
    for cause in err.chain() {
        if cause.downcast_ref::<error::UsageError>().is_some() {
            return ExitStatus::Usage;
        }
        if let Some(api) = cause.downcast_ref::<api::ApiError>() {
            return api.exit_status();
        }
    }
    ExitStatus::Failure
}

/// The `hint:` line for an error, if any part of its chain has one.
pub fn hint_of(err: &anyhow::Error) -> Option<String> {
    err.chain().find_map(|cause| {
        if let Some(u) = cause.downcast_ref::<error::UsageError>() {
            return u.hint.clone();
        }
        cause.downcast_ref::<api::ApiError>().and_then(|a| a.hint())
    })
}
