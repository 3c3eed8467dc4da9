//! The command line, as clap types and nothing else: plain data that `settings` resolves once.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::error::EXIT_CODES_HELP;

mod agency;
mod examples;
mod help;
mod inbox;
mod local;

pub use agency::*;
pub use help::{command, try_parse, try_parse_from};
pub use inbox::*;
pub use local::*;

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

/// Accepted before or after any command; each command's help shows those that mean something to
/// it (see `help`).
#[derive(Debug, Args)]
#[command(next_help_heading = "Global Options")]
pub struct GlobalArgs {
    /// Profile of the config file to use [default: `default_profile`, or the only one]
    #[arg(long, global = true, env = "BP_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,

    /// Act for this customer (24-hex id, email or exact name) with the partner key: its API
    /// token is fetched and cached [env: BP_CUSTOMER]
    #[arg(long, global = true, value_name = "ID|EMAIL|NAME")]
    pub customer: Option<String>,

    /// Output format [default: table]
    #[arg(short = 'o', long, global = true, value_enum, value_name = "FORMAT")]
    pub output: Option<OutputFormat>,

    /// Short for `-o json`
    #[arg(long, global = true, conflicts_with = "output")]
    pub json: bool,

    /// Keep only these keys, dotted paths or table column names, in this order (e.g.
    /// `_id,name,contact.email`)
    #[arg(long, global = true, value_delimiter = ',', value_name = "PATHS")]
    pub fields: Vec<String>,

    /// Filter the JSON output with a jq expression (jq's language built in): each result on
    /// its own line, strings unquoted. It takes what `-o json` prints, the whole array (after
    /// --fields), or each item with `-o ndjson`; alone, it implies `-o json`
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,

    /// Leave out the header row of table and csv output
    #[arg(long, global = true)]
    pub no_headers: bool,

    /// Show a terminal table whole, however wide: by default it fits the terminal, names and
    /// other free text cut with `…` (ids, emails, phones and times never are)
    #[arg(long, global = true)]
    pub wide: bool,

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

    /// Print a progress line on stderr every 5 seconds (bulk commands and --all listings),
    /// terminal or not: for cron and CI logs
    #[arg(long, global = true, conflicts_with = "quiet")]
    pub progress: bool,

    /// When to use colour (`NO_COLOR` is honoured in `auto`)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Run against an in-process sandbox of the API with its own credentials (no config needed)
    #[arg(long, global = true)]
    pub sandbox: bool,

    /// Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON
    /// file, to attach to a bug report
    #[arg(long, global = true, env = "BP_SHAPES", value_name = "FILE")]
    pub shapes: Option<PathBuf>,
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

/// `--concurrency`: `auto`, or a fixed number of requests (or customers) at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Concurrency {
    Auto,
    Fixed(u16),
}

impl std::str::FromStr for Concurrency {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        if s.eq_ignore_ascii_case("auto") {
            return Ok(Concurrency::Auto);
        }
        match s.parse::<u16>() {
            Ok(n @ 1..=64) => Ok(Concurrency::Fixed(n)),
            _ => Err(format!("`{s}` is not `auto` or a number from 1 to 64")),
        }
    }
}

/// `--format` of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    Csv,
    Json,
    Ndjson,
    /// Excel 2007 and later (`.xlsx`, `.xlsm`).
    Xlsx,
    /// Excel 97–2003.
    Xls,
    /// OpenDocument (LibreOffice, Google Sheets' export).
    Ods,
}

impl ColorChoice {
    /// Colour forced on or off, or `None` for auto (a terminal without `NO_COLOR`).
    pub fn forced(self) -> Option<bool> {
        match self {
            ColorChoice::Auto => None,
            ColorChoice::Always => Some(true),
            ColorChoice::Never => Some(false),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage the agency's customers (partner key)
    #[command(subcommand)]
    Customers(CustomersCommand),
    /// Search a customer's inbox contacts (API token)
    #[command(subcommand)]
    Contacts(ContactsCommand),
    /// Upsert and list a bot's leads (bot token)
    #[command(subcommand)]
    Leads(LeadsCommand),
    /// Import WhatsApp contacts (API token); templates and messages (a bot's WhatsApp API key)
    #[command(subcommand)]
    Whatsapp(WhatsappCommand),
    /// A customer's team members (API token; tokens with the partner key)
    #[command(subcommand)]
    Members(MembersCommand),
    /// A customer's contact segments (API token)
    #[command(subcommand)]
    Segments(SegmentsCommand),
    /// The profile's bot registry (`[profiles.X.bots.NAME]`)
    #[command(subcommand)]
    Bots(BotsCommand),
    /// Send any request to the API, like `gh api`: for endpoints bp does not wrap
    #[command(after_help = examples::API)]
    Api(ApiArgs),
    /// Show and edit the profiles of the config file
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// Check the active profile's credentials against the API
    #[command(subcommand)]
    Auth(AuthCommand),
    /// Run the embedded emulator of the BotPenguin API
    #[command(subcommand)]
    Sandbox(SandboxCommand),
    /// Print a shell completion script
    #[command(after_help = examples::COMPLETIONS)]
    Completions(CompletionsArgs),
    /// Write a man page for bp and for each of its commands into DIR (bp.1, bp-customers-list.1, …)
    #[command(hide = true, after_help = examples::MAN)]
    Man(ManArgs),
}

#[derive(Debug, Subcommand)]
pub enum BotsCommand {
    /// The registered bots: kind, id, whose they are (resolved with the partner key when
    /// the profile has one) and where each credential comes from (redacted)
    #[command(after_help = examples::BOTS_LIST)]
    List(BotsListArgs),
    /// Register a bot in the active profile (`--profile`, else the default or only one):
    /// `--customer C` says whose it is. Its token or key comes from a command
    /// (`--bot-token-cmd`, `--wa-api-key-cmd`), from standard input (`--with-token`), or from
    /// a prompt without echo; never from a flag's value
    #[command(after_help = examples::BOTS_ADD)]
    Add(BotsAddArgs),
}

#[derive(Debug, Args)]
pub struct BotsAddArgs {
    /// The bot's name in the registry (`[profiles.X.bots.NAME]`), as --bot takes it
    pub name: String,

    /// The bot's id (24 hex characters)
    #[arg(long, value_name = "ID")]
    pub bot_id: Option<String>,

    /// A command that prints the website bot's token (`bot_token_cmd`)
    #[arg(long, value_name = "CMD")]
    pub bot_token_cmd: Option<String>,

    /// A command that prints the WhatsApp bot's API key (`wa_api_key_cmd`)
    #[arg(long, value_name = "CMD")]
    pub wa_api_key_cmd: Option<String>,

    /// Read the secret from one line of standard input: `bot` (a website bot's token) or
    /// `wa` (a WhatsApp bot's API key)
    #[arg(long, value_enum, value_name = "KIND", conflicts_with_all = ["bot_token_cmd", "wa_api_key_cmd"])]
    pub with_token: Option<BotTokenKind>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BotTokenKind {
    /// `bot_token`: a website bot's token
    Bot,
    /// `wa_api_key`: a WhatsApp bot's API key
    Wa,
}

#[derive(Debug, Args)]
pub struct BotsListArgs {
    /// Also list the customer's WhatsApp bots from `GET /whatsapp-automation` (with
    /// --customer's token or the profile's `api_token`), marking the registered ones
    #[arg(long)]
    pub remote: bool,
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

    /// Pages fetched at once with --all or --limit (printed in order all the same)
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=16))]
    pub concurrency: u16,

    /// The most pages --all or --limit fetches: past it, bp stops with an error rather than
    /// follow a server whose pages never end
    #[arg(long, default_value_t = 10_000, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub max_pages: u32,
}

/// `--since-last NAME`: an incremental export, for cron.
#[derive(Debug, Clone, Args)]
pub struct SinceLastArgs {
    /// Only what was created since the last successful run with this NAME began (everything
    /// the first time), from every page: a bookmark per NAME, profile and customer in bp's
    /// state directory, moved only when the run succeeds. For cron: `--since-last nightly -o
    /// ndjson >> all.ndjson` never misses or repeats an item
    #[arg(long, value_name = "NAME", conflicts_with_all = ["page", "limit"])]
    pub since_last: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// Shell to print the script for
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The directory to write the pages into (created if missing)
    pub dir: PathBuf,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn parses_auto_and_numbers() {
        assert_eq!("auto".parse::<Concurrency>(), Ok(Concurrency::Auto));
        assert_eq!("8".parse::<Concurrency>(), Ok(Concurrency::Fixed(8)));
        assert!("0".parse::<Concurrency>().is_err());
        assert!("65".parse::<Concurrency>().is_err());
        assert!("fast".parse::<Concurrency>().is_err());
    }

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
        // And as bp parses with it: some globals hidden per command, the grouped help.
        command().debug_assert();
    }

    #[test]
    fn the_page_ceiling_defaults_to_the_api_layers() {
        let cli = Cli::try_parse_from(["bp", "customers", "list"]).unwrap();
        let Command::Customers(agency::CustomersCommand::List(args)) = cli.command else {
            panic!("parsed as another command");
        };
        assert_eq!(args.pages.max_pages, crate::api::MAX_PAGES);
    }
}
