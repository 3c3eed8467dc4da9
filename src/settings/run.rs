//! One run's settings: the command line's global flags and the environment, resolved once
//! (ripgrep's low-args → high-args). The profile of the config file is resolved beside them
//! (`settings::load`) when a command needs one. The commands read these, never clap's
//! arguments or the environment.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;

use super::{Env, positive_seconds};
use crate::api::retry::Backoff;
use crate::cli::{GlobalArgs, OutputFormat};
use crate::error::{usage, usage_hint};
use crate::output::{self, OutputOpts};
use crate::printer::use_color;

/// With `--sandbox`: the address of a sandbox already running, which `customers each
/// --sandbox` gives its children so that they all work on its one state. Set by bp, for bp.
pub const SANDBOX_URL_ENV: &str = "BP_SANDBOX_URL";

/// Tests make retries instant; not a user setting, so not in `--help`.
const RETRY_BASE_ENV: &str = "BP_RETRY_BASE_MS";

/// Tests shorten `--progress`'s interval; not a user setting, so not in `--help`.
const PROGRESS_INTERVAL_ENV: &str = "BP_PROGRESS_INTERVAL_MS";

/// How often `--progress` prints a line.
const PROGRESS_INTERVAL: Duration = Duration::from_secs(5);

/// Tests fix "now" (an RFC 3339 timestamp), which tables' relative times are counted back
/// from; not a user setting, so not in `--help`.
const NOW_ENV: &str = "BP_NOW";

/// Where the API commands send their requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The profile's base URL, with its credentials.
    Profile,
    /// `--sandbox`: an emulator this run starts.
    Sandbox,
    /// `--sandbox` in a child of `customers each --sandbox`: the parent's, at this address.
    RunningSandbox(String),
}

#[derive(Debug)]
pub struct Settings {
    /// `--profile`.
    pub profile: Option<String>,
    /// `--customer`.
    pub customer: Option<String>,
    pub target: Target,
    /// `--timeout`, in seconds as given.
    pub timeout_secs: f64,
    pub timeout: Duration,
    /// `--retries`.
    pub retries: u32,
    /// The waits between retries.
    pub backoff: Backoff,
    /// `-v`, counted.
    pub verbose: u8,
    pub output: OutputOpts,
    /// This run is a child of `customers each` (`api::LOAD_ENV`): it keeps to a smaller
    /// window, and ends with the line that tells the parent how the server took it.
    pub each_child: bool,
    /// `--shapes` (BP_SHAPES): the file the shapes of the answers are appended to.
    pub shapes: Option<PathBuf>,
    /// `--progress`: a progress line this often, on stderr, terminal or not.
    pub progress_lines: Option<Duration>,
}

impl Settings {
    pub fn resolve(global: &GlobalArgs, env: &dyn Env) -> Result<Settings> {
        let timeout = positive_seconds(global.timeout).ok_or_else(|| {
            usage(format!(
                "invalid --timeout `{}`: give a positive number of seconds",
                global.timeout
            ))
        })?;
        let mut backoff = Backoff::default();
        if let Some(ms) = env.var(RETRY_BASE_ENV).and_then(|v| v.parse::<u64>().ok()) {
            backoff.base = Duration::from_millis(ms);
            backoff.cap = backoff
                .cap
                .min(Duration::from_millis(ms.saturating_mul(40)));
        }
        let target = match (global.sandbox, env.var(SANDBOX_URL_ENV)) {
            (false, _) => Target::Profile,
            (true, None) => Target::Sandbox,
            (true, Some(url)) => Target::RunningSandbox(url),
        };
        Ok(Settings {
            profile: global.profile.clone(),
            customer: global.customer.clone(),
            target,
            timeout_secs: global.timeout,
            timeout,
            retries: global.retries,
            backoff,
            verbose: global.verbose,
            output: output_opts(global, env)?,
            each_child: env.var(crate::api::LOAD_ENV).is_some(),
            shapes: global.shapes.clone(),
            progress_lines: global.progress.then(|| {
                env.var(PROGRESS_INTERVAL_ENV)
                    .and_then(|v| v.parse::<u64>().ok())
                    .filter(|ms| *ms > 0)
                    .map_or(PROGRESS_INTERVAL, Duration::from_millis)
            }),
        })
    }

    /// This bp, for `customers each` to start once per customer.
    pub fn exe(&self) -> Result<PathBuf> {
        Ok(std::env::current_exe()?)
    }
}

/// The format `-o` (or `--json`) asks for; `--jq` alone means json.
pub fn output_format(global: &GlobalArgs) -> output::Format {
    match global.output {
        _ if global.json => output::Format::Json,
        None if global.jq.is_some() => output::Format::Json,
        None | Some(OutputFormat::Table) => output::Format::Table,
        Some(OutputFormat::Json) => output::Format::Json,
        Some(OutputFormat::Ndjson) => output::Format::Ndjson,
        Some(OutputFormat::Csv) => output::Format::Csv,
    }
}

/// How the data of this run is written: `-o`, `--fields`, `--no-headers`, `--wide`, `--jq`,
/// colour. A `--jq` that does not compile, or with an output that is not JSON, is a usage
/// error.
pub fn output_opts(global: &GlobalArgs, env: &dyn Env) -> Result<OutputOpts> {
    let stdout = std::io::stdout();
    let stdout_tty = stdout.is_terminal();
    let width = match global.wide {
        true => None,
        false => terminal_size::terminal_size_of(stdout).map(|(w, _)| usize::from(w.0)),
    };
    let now = env.var(NOW_ENV).and_then(|v| v.parse().ok());
    let format = output_format(global);
    let jq = match &global.jq {
        None => None,
        Some(_) if matches!(format, output::Format::Table | output::Format::Csv) => {
            return Err(usage_hint(
                format!(
                    "--jq needs json or ndjson output, not -o {}",
                    if format == output::Format::Csv {
                        "csv"
                    } else {
                        "table"
                    }
                ),
                "leave -o out (--jq implies -o json), or use -o ndjson to filter each item",
            ));
        }
        Some(expr) => Some(std::sync::Arc::new(output::Jq::new(expr)?)),
    };
    Ok(OutputOpts {
        format,
        format_given: global.output.is_some() || global.json || global.jq.is_some(),
        fields: global
            .fields
            .iter()
            .map(|f| f.trim().to_string())
            .filter(|f| !f.is_empty())
            .collect(),
        no_headers: global.no_headers,
        stdout_tty,
        width,
        clock: output::Clock::system(now),
        mask: crate::secret::KnownSecrets::default(),
        color: use_color(global.color.forced(), stdout_tty),
        jq,
        quiet: global.quiet,
    })
}
