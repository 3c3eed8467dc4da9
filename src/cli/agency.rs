//! The agency's commands: customers (partner key), members, segments, `bp api`.

use clap::{Args, Subcommand, ValueEnum};

use super::Concurrency;
use super::examples;
use super::{PageArgs, SinceLastArgs};

#[derive(Debug, Subcommand)]
pub enum CustomersCommand {
    /// List the agency's customers (`GET /customer/list`)
    #[command(after_help = examples::CUSTOMERS_LIST)]
    List(CustomersListArgs),
    /// Show one customer, named by id, email or exact name (from `GET /customer/list`)
    #[command(after_help = examples::CUSTOMERS_GET)]
    Get(CustomersGetArgs),
    /// Show whether a customer's API token is active; the token itself only with --show
    #[command(after_help = examples::CUSTOMERS_TOKEN)]
    Token(CustomersTokenArgs),
    /// Run a bp command for every customer, with that customer's token
    ///
    /// Each run is `bp --customer <id> <COMMAND…>`. JSON and NDJSON items get a
    /// `"customer": {"_id": …, "name": …}` field; table (tab-separated) and csv rows get a
    /// first `customer` column. Exit 4 when some customers failed, 1 when all did.
    #[command(after_help = examples::CUSTOMERS_EACH)]
    Each(CustomersEachArgs),
    /// Create a customer (`POST /customer/create`, or `POST /customer` where that is 404)
    ///
    /// The password is read from standard input with --password-stdin, or asked for on a
    /// terminal; never from a flag. Not retried once sent: after a server error or a
    /// timeout the outcome is unknown, and bp says so instead of creating it twice.
    #[command(after_help = examples::CUSTOMERS_CREATE)]
    Create(CustomersCreateArgs),
    /// Change a customer (`PUT /customer/{id}`); the fields are undocumented: bp sends what
    /// you give
    #[command(after_help = examples::CUSTOMERS_UPDATE)]
    Update(CustomersUpdateArgs),
    /// Delete customers (`DELETE /customer/{id}`): asks on a terminal, else needs --yes
    #[command(after_help = examples::CUSTOMERS_DELETE)]
    Delete(CustomersDeleteArgs),
}

#[derive(Debug, Args)]
pub struct CustomersCreateArgs {
    /// The customer's login email (the body's `username`)
    #[arg(long)]
    pub email: String,

    /// The customer's name
    #[arg(long)]
    pub name: String,

    /// Read the password from the first line of standard input
    #[arg(long)]
    pub password_stdin: bool,

    /// Usage limit (the body's `limit`)
    #[arg(long, value_name = "N")]
    pub usage_limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct CustomersUpdateArgs {
    /// The customer's id
    pub id: String,

    /// A field to set (repeatable): `key=value` sets a string, `key:=json` typed JSON
    /// (`limit:=500`, `verified:=true`); a dotted key sets a nested field
    #[arg(
        long = "set",
        value_name = "KEY=VALUE",
        required_unless_present = "body_json"
    )]
    pub set: Vec<String>,

    /// The whole body, a JSON object
    #[arg(long, value_name = "JSON", conflicts_with = "set")]
    pub body_json: Option<String>,
}

#[derive(Debug, Args)]
pub struct CustomersDeleteArgs {
    /// Ids of the customers to delete
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,

    /// Do not ask: required when standard input is not a terminal
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Subcommand)]
pub enum MembersCommand {
    /// List the customer's team members (`GET /custom-user`)
    #[command(after_help = examples::MEMBERS_LIST)]
    List(MembersListArgs),
    /// A team member's token (`GET /ext/get-user-token?email=&type=`, partner key)
    #[command(after_help = examples::MEMBERS_TOKEN)]
    Token(MembersTokenArgs),
}

#[derive(Debug, Args)]
pub struct MembersListArgs {
    /// Only members whose name or contact matches TEXT
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,

    #[command(flatten)]
    pub pages: PageArgs,
}

#[derive(Debug, Args)]
pub struct MembersTokenArgs {
    /// The member's email
    pub email: String,

    /// What kind of member
    #[arg(long = "type", value_enum)]
    pub member_type: MemberType,

    /// Print the token itself
    #[arg(long)]
    pub show: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MemberType {
    /// A team user with the default agent role (AGENT)
    Agent,
    /// A team member with a custom role (CUSTOM_USER)
    CustomUser,
    /// The customer account itself (CUSTOMER)
    Customer,
}

#[derive(Debug, Subcommand)]
pub enum SegmentsCommand {
    /// List the customer's segments (`GET /inbox/segments`)
    #[command(after_help = examples::SEGMENTS_LIST)]
    List,
}

#[derive(Debug, Args)]
pub struct ApiArgs {
    /// HTTP method: GET, POST, PUT, PATCH, DELETE
    pub method: String,

    /// Path under the base URL, e.g. /customer/list?page=2
    pub path: String,

    /// A string field `key=value`, as `gh api -f` (repeatable; dotted keys nest); for GET and
    /// DELETE, a query parameter
    #[arg(short = 'f', long = "raw-field", value_name = "KEY=VALUE")]
    pub raw_fields: Vec<String>,

    /// A typed field `key=value`, as `gh api -F`: `true`, `false`, `null` and integers are
    /// JSON, `@FILE` the file's text (`@-` standard input), anything else a string
    #[arg(short = 'F', long = "field", value_name = "KEY=VALUE")]
    pub typed_fields: Vec<String>,

    /// A header `Name: value` (repeatable)
    #[arg(short = 'H', long = "header", value_name = "NAME: VALUE")]
    pub headers: Vec<String>,

    /// The body from a file (`-` for standard input)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["typed_fields", "raw_fields"])]
    pub input: Option<String>,

    /// Which credential to send
    #[arg(long, value_enum, default_value_t = ApiAuth::Partner)]
    pub auth: ApiAuth,

    /// Walk the pages of a GET listing (`page=1`, 2, … until an empty page, as the list
    /// commands do) and print their items together, in `-o json` (the default here),
    /// `ndjson`, `csv` or `table`, with `--fields`
    #[arg(long)]
    pub paginate: bool,

    /// With --paginate: the most pages to fetch (a server that never ends its list must not
    /// keep bp fetching)
    #[arg(long, requires = "paginate", default_value_t = 10_000, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub max_pages: u32,

    /// Print credentials in the answer as they are: tokens it hands out
    /// (`permanentToken.key`) and any of your own secrets the server echoes; by default they
    /// are redacted (other fields are data, whatever their names)
    #[arg(long)]
    pub show: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ApiAuth {
    /// The partner key (`authtype: Key`, Bearer)
    Partner,
    /// The customer's API token (`authtype: Key`, Bearer), or --customer's
    Token,
    /// The bot token: `x-bot-token` on `/inbox/direct/chats`, `x-bp-token` elsewhere, as the
    /// pages send it
    Bot,
    /// The WhatsApp API key (`--bot`'s is not taken here: the profile's, or BP_WA_API_KEY),
    /// as the `apiKey` query parameter and headers
    Wa,
    /// No credential
    None,
}

#[derive(Debug, Args)]
pub struct CustomersTokenArgs {
    /// The customer: 24-hex id, email, or exact name
    #[arg(value_name = "ID|EMAIL|NAME")]
    pub customer: String,

    /// Print the token itself (alone on stdout, or in the JSON with -o json)
    #[arg(long)]
    pub show: bool,
}

/// Which customers `customers list` and `customers each` take.
#[derive(Debug, Clone, Default, Args)]
pub struct CustomerFilter {
    /// Only customers with this status (e.g. ACTIVE, any case)
    #[arg(long)]
    pub status: Option<String>,

    /// Only customers whose name or email contains TEXT (any case)
    #[arg(long = "filter", value_name = "TEXT")]
    pub text: Option<String>,
}

#[derive(Debug, Args)]
pub struct CustomersGetArgs {
    /// The customer: 24-hex id, email, or exact name
    #[arg(value_name = "ID|EMAIL|NAME")]
    pub customer: String,
}

#[derive(Debug, Args)]
pub struct CustomersEachArgs {
    #[command(flatten)]
    pub only: CustomerFilter,

    /// Customers run at once: `auto` starts at 2 and finds the server's pace (up to 16,
    /// fewer when it throttles), or a fixed number from 1 to 64
    #[arg(long, default_value = "auto", value_name = "auto|N")]
    pub concurrency: Concurrency,

    /// The bp command to run, after `--`
    #[arg(last = true, required = true, value_name = "COMMAND")]
    pub command: Vec<String>,
}

#[derive(Debug, Args)]
pub struct CustomersListArgs {
    /// Field to sort by, as the API's `sort` parameter
    #[arg(long, default_value = "createdAt", value_name = "FIELD")]
    pub sort: String,

    // With --status or --filter, every page is read (not --page or --limit).
    #[command(flatten)]
    pub only: CustomerFilter,

    #[command(flatten)]
    pub pages: PageArgs,

    #[command(flatten)]
    pub since_last: SinceLastArgs,
}
