//! The command line, as clap types and nothing else: plain data that `settings` resolves once.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::error::EXIT_CODES_HELP;

/// Manage BotPenguin partner agencies from the command line
///
/// Customers, contacts, leads and WhatsApp imports through the BotPenguin API. Run
/// `bp --sandbox customers list` to try it on the embedded sandbox, no account needed.
#[derive(Debug, Parser)]
#[command(name = "bp", version, propagate_version = true, after_help = EXIT_CODES_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Profile of the config file to use [default: `default_profile`, or the only one]
    #[arg(long, global = true, env = "BP_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,

    /// Output format [default: table]
    #[arg(short = 'o', long, global = true, value_enum, value_name = "FORMAT")]
    pub output: Option<OutputFormat>,

    /// Short for `-o json`
    #[arg(long, global = true, conflicts_with = "output")]
    pub json: bool,

    /// Keep only these keys or dotted paths, in this order (e.g. `_id,name,contact.email`)
    #[arg(long, global = true, value_delimiter = ',', value_name = "PATHS")]
    pub fields: Vec<String>,

    /// Leave out the header row of table and csv output
    #[arg(long, global = true)]
    pub no_headers: bool,

    /// Seconds to wait for each request
    #[arg(long, global = true, default_value_t = 30.0, value_name = "SECS")]
    pub timeout: f64,

    /// Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)
    #[arg(long, global = true, default_value_t = 4, value_name = "N")]
    pub retries: u32,

    /// Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Print nothing but data and errors
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// When to use colour (`NO_COLOR` is honoured in `auto`)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Run against an in-process sandbox of the API with its own credentials (no config needed)
    #[arg(long, global = true)]
    pub sandbox: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// An aligned table on a terminal; tab-separated lines in a pipe
    Table,
    /// One JSON array of the items as the server sent them
    Json,
    /// One compact JSON object per line, as each page arrives
    Ndjson,
    /// A header row and one row per item, nested fields by dotted path
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage the agency's customers (partner key)
    #[command(subcommand)]
    Customers(CustomersCommand),
    /// Show the profiles of the config file
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// Run the embedded emulator of the BotPenguin API
    #[command(subcommand)]
    Sandbox(SandboxCommand),
    /// Print a shell completion script
    Completions(CompletionsArgs),
}

#[derive(Debug, Subcommand)]
pub enum CustomersCommand {
    /// List the agency's customers (`GET /customer/list`)
    List(CustomersListArgs),
}

#[derive(Debug, Args)]
pub struct CustomersListArgs {
    /// Field to sort by, as the API's `sort` parameter
    #[arg(long, default_value = "createdAt", value_name = "FIELD")]
    pub sort: String,

    #[command(flatten)]
    pub pages: PageArgs,
}

/// Which pages a list command fetches; with none of these flags, page 1.
#[derive(Debug, Clone, Args)]
pub struct PageArgs {
    /// Fetch only this page
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..), conflicts_with_all = ["all", "limit"])]
    pub page: Option<u32>,

    /// Fetch every page, until one comes back empty
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,

    /// Fetch pages until this many items (or the data ends)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List the profiles of the config file
    List,
    /// Show a profile's resolved settings, secrets redacted, and where each came from
    Show(ProfileShowArgs),
}

#[derive(Debug, Args)]
pub struct ProfileShowArgs {
    /// Profile to show [default: the one `bp` would use]
    pub name: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Serve the sandbox over HTTP and print its base URL and credentials
    Serve(SandboxServeArgs),
    /// Delete the sandbox's saved state, back to the seed data
    Reset(SandboxResetArgs),
}

#[derive(Debug, Args)]
pub struct SandboxServeArgs {
    /// Address to listen on (port 0 picks a free one)
    #[arg(long, default_value = "127.0.0.1:8787")]
    pub addr: SocketAddr,

    /// State file [default: bp/sandbox-state.json under the user's data directory]
    #[arg(long, value_name = "PATH", conflicts_with = "no_persist")]
    pub state: Option<PathBuf>,

    /// Keep the state in memory only
    #[arg(long)]
    pub no_persist: bool,

    /// Customers per page of `GET /customer/list`
    #[arg(long, default_value_t = 10, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub customers_page_size: u64,

    /// Items per page of contacts and chats
    #[arg(long, default_value_t = 20, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub contacts_page_size: u64,
}

#[derive(Debug, Args)]
pub struct SandboxResetArgs {
    /// State file [default: bp/sandbox-state.json under the user's data directory]
    #[arg(long, value_name = "PATH")]
    pub state: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// Shell to print the script for
    pub shell: clap_complete::Shell,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}
