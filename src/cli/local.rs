//! Commands about bp itself: profiles, auth status, the sandbox.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::examples;

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Try each credential of the active profile with one cheap call, and say where it came from
    #[command(after_help = examples::AUTH_STATUS)]
    Status,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List the profiles of the config file
    #[command(after_help = examples::PROFILE_LIST)]
    List,
    /// Add a profile, or change one: asks for each value on a terminal (secrets without
    /// echo), or takes them from flags and `--with-token` on standard input
    ///
    /// The config file keeps its other contents and comments, and is written with mode 0600.
    #[command(after_help = examples::PROFILE_ADD)]
    Add(ProfileAddArgs),
    /// Make a profile the default (`default_profile`)
    #[command(after_help = examples::PROFILE_USE)]
    Use(ProfileUseArgs),
    /// Show a profile's resolved settings, secrets redacted, and where each came from
    #[command(after_help = examples::PROFILE_SHOW)]
    Show(ProfileShowArgs),
}

#[derive(Debug, Args)]
pub struct ProfileAddArgs {
    /// The profile's name
    pub name: String,

    /// API host, for white-label partners
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,

    /// Read a secret from standard input, one line each, in the order given (repeatable)
    #[arg(long, value_enum, value_name = "KIND")]
    pub with_token: Vec<TokenKind>,

    /// A command that prints the partner key (`partner_key_cmd`)
    #[arg(long, value_name = "CMD")]
    pub partner_key_cmd: Option<String>,

    /// A command that prints the API token (`api_token_cmd`)
    #[arg(long, value_name = "CMD")]
    pub api_token_cmd: Option<String>,

    /// A command that prints the bot token (`bot_token_cmd`)
    #[arg(long, value_name = "CMD")]
    pub bot_token_cmd: Option<String>,

    /// Default bot id (`bot_id`)
    #[arg(long, value_name = "ID")]
    pub bot_id: Option<String>,

    /// Default customer id (`customer_id`)
    #[arg(long, value_name = "ID")]
    pub customer_id: Option<String>,

    /// Customer to act for with the partner key (`customer`)
    #[arg(long = "for-customer", value_name = "ID|EMAIL|NAME")]
    pub for_customer: Option<String>,

    /// Make it the default profile
    #[arg(long)]
    pub default: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TokenKind {
    /// `partner_key`
    Partner,
    /// `api_token`
    Api,
    /// `bot_token`
    Bot,
    /// `wa_api_key`
    Wa,
}

#[derive(Debug, Args)]
pub struct ProfileUseArgs {
    /// The profile to make the default
    pub name: String,
}

#[derive(Debug, Args)]
pub struct ProfileShowArgs {
    /// Profile to show [default: the one `bp` would use]
    pub name: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Serve the sandbox over HTTP and print its base URL and credentials
    #[command(after_help = examples::SANDBOX_SERVE)]
    Serve(SandboxServeArgs),
    /// Delete the sandbox's saved state, back to the seed data
    #[command(after_help = examples::SANDBOX_RESET)]
    Reset(SandboxResetArgs),
    /// List where the sandbox answers otherwise than a `--shapes` recording of the real API
    ///
    /// A fresh in-memory sandbox is asked the GET requests bp's own commands make (customers
    /// list, customer and member tokens, members, segments, leads, WhatsApp templates) and the
    /// contacts search (a POST that changes nothing), recorded through the same shapes code; a
    /// recorded GET without ids or query is sent as `bp api` sends it. Each recorded answer
    /// is compared with the sandbox's to the same method, path and query keys: keys missing
    /// or extra in the sandbox, other types (with the JSON path, like `data[].contact.phone`)
    /// and other statuses, one line each. Nothing is sent to the real API. An answer the
    /// sandbox cannot be asked for (an id it does not have, a request that would change
    /// data) is reported on stderr as not comparable.
    #[command(after_help = examples::SANDBOX_SHAPES_DIFF)]
    ShapesDiff(SandboxShapesDiffArgs),
}

#[derive(Debug, Args)]
pub struct SandboxShapesDiffArgs {
    /// The file `bp --shapes FILE` wrote
    pub file: PathBuf,
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

    /// Milliseconds to wait before every answer (± up to 25%), like a real network
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub latency: u64,

    /// Seed of every random fault and of the latency's jitter: the same seed gives the same
    /// faults for the same sequence of requests
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub seed: u64,

    /// Fraction (0 to 1) of requests answered 503
    #[arg(long, default_value_t = 0.0, value_name = "F", value_parser = |s: &str| s.trim().parse::<f64>().ok().filter(|f| (0.0..=1.0).contains(f)).ok_or("expected a fraction from 0 to 1"))]
    pub error_rate: f64,

    /// Requests per second (all clients together, over a sliding second); past it, 429 with
    /// `Retry-After: 1`
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub rate_limit: Option<u32>,

    /// Fraction (0 to 1) of requests whose connection is closed mid-response (half of them
    /// after the request took effect)
    #[arg(long, default_value_t = 0.0, value_name = "F", value_parser = |s: &str| s.trim().parse::<f64>().ok().filter(|f| (0.0..=1.0).contains(f)).ok_or("expected a fraction from 0 to 1"))]
    pub reset_rate: f64,

    /// Fraction (0 to 1) of requests that send headers and then never finish
    #[arg(long, default_value_t = 0.0, value_name = "F", value_parser = |s: &str| s.trim().parse::<f64>().ok().filter(|f| (0.0..=1.0).contains(f)).ok_or("expected a fraction from 0 to 1"))]
    pub stall_rate: f64,

    /// Fraction (0 to 1) of requests answered by a proxy's HTML 502 page
    #[arg(long, default_value_t = 0.0, value_name = "F", value_parser = |s: &str| s.trim().parse::<f64>().ok().filter(|f| (0.0..=1.0).contains(f)).ok_or("expected a fraction from 0 to 1"))]
    pub html_rate: f64,

    /// Answer 413 to an import of more than N contacts
    #[arg(long, value_name = "N")]
    pub max_import_batch: Option<usize>,

    /// Answer 400 to an import batch with a contact whose name or email contains TEXT
    #[arg(long, value_name = "TEXT")]
    pub refuse_marker: Option<String>,

    /// Play a looser server: take what the docs allow and drop the checks no page states
    ///
    /// Takes every auth variant some page shows (the WhatsApp key in the query or the header
    /// alone, a token without `Bearer ` or as `?access_token=`, either bot-token header, no
    /// `authtype` where a page leaves it out) and drops the checks no page states; wrong
    /// credentials and missing documented fields are still refused. The README's "What the
    /// sandbox assumes" lists each.
    #[arg(long)]
    pub lenient: bool,
}

#[derive(Debug, Args)]
pub struct SandboxResetArgs {
    /// State file [default: bp/sandbox-state.json under the user's data directory]
    #[arg(long, value_name = "PATH")]
    pub state: Option<PathBuf>,
}
