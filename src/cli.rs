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
    /// Send any request to the API, like `gh api`: for endpoints bp does not wrap
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
    Completions(CompletionsArgs),
}

#[derive(Debug, Subcommand)]
pub enum CustomersCommand {
    /// List the agency's customers (`GET /customer/list`)
    List(CustomersListArgs),
    /// Show whether a customer's API token is active; the token itself only with --show
    Token(CustomersTokenArgs),
    /// Run a bp command for every customer, with that customer's token
    ///
    /// Each run is `bp --customer <id> <COMMAND…>`. JSON and NDJSON items get a
    /// `"customer": {"_id": …, "name": …}` field; table (tab-separated) and csv rows get a
    /// first `customer` column. Exit 4 when some customers failed, 1 when all did.
    ///
    /// Example: bp customers each -- contacts search --created-since 24h -o ndjson
    #[command(verbatim_doc_comment)]
    Each(CustomersEachArgs),
    /// Create a customer (`POST /customer/create`, or `POST /customer` where that is 404)
    ///
    /// The password is read from standard input with --password-stdin, or asked for on a
    /// terminal; never from a flag. Not retried once sent: after a server error or a
    /// timeout the outcome is unknown, and bp says so instead of creating it twice.
    Create(CustomersCreateArgs),
    /// Change a customer (`PUT /customer/{id}`); the fields are undocumented: bp sends what
    /// you give
    Update(CustomersUpdateArgs),
    /// Delete customers (`DELETE /customer/{id}`): asks on a terminal, else needs --yes
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

    /// A field to set, `key=value` (repeatable); the value is JSON if it parses as JSON,
    /// else a string; a dotted key sets a nested field
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
    List(MembersListArgs),
    /// A team member's token (`GET /ext/get-user-token?email=&type=`, partner key)
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
    List,
}

#[derive(Debug, Args)]
pub struct ApiArgs {
    /// HTTP method: GET, POST, PUT, PATCH, DELETE
    pub method: String,

    /// Path under the base URL, e.g. /customer/list?page=2
    pub path: String,

    /// A body field `key=value` (repeatable; JSON values parsed, dotted keys nested); for GET
    /// and DELETE, a query parameter
    #[arg(short = 'f', long = "field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,

    /// The body from a file (`-` for standard input)
    #[arg(long, value_name = "FILE", conflicts_with = "fields")]
    pub input: Option<String>,

    /// Which credential to send
    #[arg(long, value_enum, default_value_t = ApiAuth::Partner)]
    pub auth: ApiAuth,

    /// Print credentials in the answer (`key`, `token`, `apiKey`, `password` fields) as they
    /// are; by default they are redacted
    #[arg(long)]
    pub show: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ApiAuth {
    /// The partner key (`authtype: Key`, Bearer)
    Partner,
    /// The customer's API token (`authtype: Key`, Bearer), or --customer's
    Token,
    /// The bot token as `x-bp-token`
    Bot,
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

#[derive(Debug, Args)]
pub struct CustomersEachArgs {
    /// Only customers with this status (e.g. ACTIVE)
    #[arg(long)]
    pub status: Option<String>,

    /// Only customers whose name or email contains TEXT (any case)
    #[arg(long, value_name = "TEXT")]
    pub filter: Option<String>,

    /// Customers run at once
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=32))]
    pub concurrency: u16,

    /// The bp command to run, after `--`
    #[arg(last = true, required = true, value_name = "COMMAND")]
    pub command: Vec<String>,
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

#[derive(Debug, Args)]
pub struct ContactsDeleteArgs {
    /// Ids of the contacts to delete
    #[arg(value_name = "ID", required_unless_present = "from")]
    pub ids: Vec<String>,

    /// Also the ids in FILE: one per line, or a CSV/JSON with an `_id` or `id` field
    #[arg(long, value_name = "FILE")]
    pub from: Option<String>,

    /// Do not ask: required when standard input is not a terminal
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Subcommand)]
pub enum ContactsCommand {
    /// Search the inbox's contacts (`POST /inbox/users`)
    ///
    /// With no flags this sends the documented sample body: interacted contacts, page 1.
    /// Each flag changes only its own fields.
    ///
    /// How `applicableFilters` works is our reading of the documentation's sample: a boolean
    /// or date filter (online, live chat, interacted, seen, created, ordered) applies only
    /// when its name is in that list, so each such flag also adds its name there.
    #[command(verbatim_doc_comment)]
    Search(Box<ContactsSearchArgs>),
    /// Delete contacts (`PUT /inbox/users/status-update`, status DELETED), 100 ids a request
    /// (the API documents no limit: 100 is our guess)
    Delete(ContactsDeleteArgs),
}

#[derive(Debug, Args)]
pub struct ContactsSearchArgs {
    /// Free text to search for (`searchText`)
    pub text: Option<String>,

    /// Contacts with this tag (`tags`; repeatable)
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,

    /// Contacts with this status (`status`; repeatable)
    #[arg(long = "status", value_name = "S")]
    pub statuses: Vec<String>,

    /// Contacts in this segment id (`segments`; repeatable)
    #[arg(long = "segment", value_name = "S")]
    pub segments: Vec<String>,

    /// Contacts of this website bot (`_botWebsite`; repeatable)
    #[arg(long, value_name = "ID")]
    pub bot_website: Vec<String>,

    /// Contacts of this WhatsApp bot (`_botWhatsapp`; repeatable)
    #[arg(long, value_name = "ID")]
    pub bot_whatsapp: Vec<String>,

    /// Contacts of this Telegram bot (`_botTelegram`; repeatable)
    #[arg(long, value_name = "ID")]
    pub bot_telegram: Vec<String>,

    /// Contacts of this Facebook bot (`_botFacebook`; repeatable)
    #[arg(long, value_name = "ID")]
    pub bot_facebook: Vec<String>,

    /// Contacts assigned to this agent id (`_agentAssigned`; repeatable)
    #[arg(long = "agent", value_name = "ID")]
    pub agents: Vec<String>,

    /// Contacts whose last message came from X, e.g. user, bot, agent (`lastMessageBy`; repeatable)
    #[arg(long = "last-message-by", value_name = "X")]
    pub last_message_by: Vec<String>,

    /// Only contacts online now (`isOnline`)
    #[arg(long)]
    pub online: bool,

    /// Only contacts in an active live chat (`isLiveChatActive`)
    #[arg(long)]
    pub live_chat: bool,

    /// Whether the contact has interacted with a bot (`userInteracted`)
    #[arg(long, value_enum, default_value_t = Interacted::True, value_name = "WHEN")]
    pub interacted: Interacted,

    /// Last seen at or after DATE (`lastSeenAt.startAt`)
    #[arg(long, value_name = "DATE", value_parser = crate::dates::parse_date_arg)]
    pub seen_since: Option<String>,

    /// Last seen before DATE (`lastSeenAt.endsAt`)
    #[arg(long, value_name = "DATE", value_parser = crate::dates::parse_date_arg)]
    pub seen_until: Option<String>,

    /// Created at or after DATE (`createdAt.startAt`)
    #[arg(long, value_name = "DATE", value_parser = crate::dates::parse_date_arg)]
    pub created_since: Option<String>,

    /// Created before DATE (`createdAt.endsAt`)
    #[arg(long, value_name = "DATE", value_parser = crate::dates::parse_date_arg)]
    pub created_until: Option<String>,

    /// Only contacts who have ordered (`hasOrdered.status`)
    #[arg(long)]
    pub ordered: bool,

    /// Only contacts who ordered at or after DATE (`hasOrdered.lastAt`; implies --ordered)
    #[arg(long, value_name = "DATE", value_parser = crate::dates::parse_date_arg)]
    pub ordered_since: Option<String>,

    /// Raw fields merged over the built body, for filters bp does not know (a JSON object)
    #[arg(long, value_name = "JSON")]
    pub body_json: Option<String>,

    #[command(flatten)]
    pub pages: PageArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Interacted {
    True,
    False,
    /// Do not filter on interaction
    Any,
}

#[derive(Debug, Subcommand)]
pub enum LeadsCommand {
    /// Create or update a lead (`PUT /inbox/direct/lead`), or many with --from
    ///
    /// The same --uuid again updates that lead. Every value is checked before anything is
    /// sent. With --from FILE, one lead per row of a CSV (header row; `tags` separated by
    /// `;`, `attr.KEY` and `note.TITLE` columns), a JSON array or NDJSON file, with the
    /// flags' names as fields; rejected rows go to the --failed file.
    Upsert(Box<LeadsUpsertArgs>),
    /// List a bot's leads or other chats (`GET /inbox/direct/chats`)
    List(LeadsListArgs),
}

#[derive(Debug, Args)]
pub struct LeadIds {
    /// Bot id [default: `bot_id` of the profile, BP_BOT_ID]
    #[arg(long, value_name = "ID")]
    pub bot_id: Option<String>,

    /// Customer id [default: `customer_id` of the profile, BP_CUSTOMER_ID]
    #[arg(long, value_name = "ID")]
    pub customer_id: Option<String>,
}

#[derive(Debug, Args)]
pub struct LeadsUpsertArgs {
    /// Id of the chat user, created when a visitor opens the bot
    #[arg(long, required_unless_present = "from")]
    pub uuid: Option<String>,

    #[command(flatten)]
    pub ids: LeadIds,

    /// Lead's name
    #[arg(long)]
    pub name: Option<String>,

    /// Lead's email
    #[arg(long)]
    pub email: Option<String>,

    /// Lead's phone number, without the country code
    #[arg(long)]
    pub phone: Option<String>,

    /// Country calling code, e.g. `+91` (`91` gets its `+`)
    #[arg(long, value_name = "CODE")]
    pub dial_code: Option<String>,

    /// Id of the agent assigned
    #[arg(long, value_name = "ID")]
    pub agent_id: Option<String>,

    /// OPEN, INPROGRESS, REVIEW, ONHOLD, DEPENDANCY or CLOSED (any case)
    #[arg(long)]
    pub status: Option<String>,

    /// Picture URL (http or https)
    #[arg(long, value_name = "URL")]
    pub picture: Option<String>,

    /// Tag (repeatable; with --from, added to every row)
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,

    /// Custom attribute (repeatable)
    #[arg(long = "attr", value_name = "KEY=VALUE")]
    pub attrs: Vec<String>,

    /// Note (repeatable)
    #[arg(long = "note", value_name = "TITLE=DESCRIPTION")]
    pub notes: Vec<String>,

    /// Upsert one lead per row of FILE (`-` for standard input, with --format)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["uuid", "name", "email", "phone", "dial_code", "agent_id", "status", "picture", "attrs", "notes"])]
    pub from: Option<String>,

    /// Format of --from [default: from the file's extension]
    #[arg(long, value_enum, requires = "from")]
    pub format: Option<crate::import::Format>,

    /// Requests in flight at once with --from
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64), requires = "from")]
    pub concurrency: u16,

    /// Where rejected rows go [default: FILE.failed.csv, or FILE.failed.ndjson for JSON input]
    #[arg(long, value_name = "PATH", requires = "from")]
    pub failed: Option<PathBuf>,

    /// Print the requests that would be sent (credentials redacted) and send nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct LeadsListArgs {
    /// Leads, or the bot's other chats
    #[arg(long = "type", value_enum, default_value_t = ChatType::Lead)]
    pub chat_type: ChatType,

    #[command(flatten)]
    pub ids: LeadIds,

    #[command(flatten)]
    pub pages: PageArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChatType {
    Lead,
    NonLead,
}

#[derive(Debug, Subcommand)]
pub enum WhatsappCommand {
    /// Import contacts from a CSV, JSON or NDJSON file (`POST /inbox/users/import`)
    ///
    /// Columns (any case): `phone` (required), `name`, `email`, `country` (the ISO 3166
    /// region of that row's number), `tags` (`;`-separated in CSV, a list in JSON); every
    /// other column becomes an attribute. Invalid rows go to the --failed file with their
    /// row number and reason, and the rest is imported. A journal of acknowledged batches
    /// lets a run that died be finished with --resume.
    Import(Box<WhatsappImportArgs>),
    /// List a WhatsApp bot's message templates (`GET /whatsapp-automation/wa/templates`)
    Templates(WhatsappBotArg),
    /// Send a template message (`POST /whatsapp-automation/wa/send-template`); not retried
    /// once sent
    SendTemplate(Box<WhatsappSendTemplateArgs>),
    /// Send a text, image or document message inside WhatsApp's 24-hour window
    /// (`POST /whatsapp-automation/wa/send-message`); not retried once sent
    Send(Box<WhatsappSendArgs>),
}

#[derive(Debug, Args)]
pub struct WhatsappBotArg {
    /// The bot whose WhatsApp API key to use: a `[profiles.X.bots.NAME]` of the config
    /// [default: the profile's `wa_api_key`, BP_WA_API_KEY]
    #[arg(long, value_name = "NAME")]
    pub bot: Option<String>,
}

/// Who a WhatsApp message goes to.
#[derive(Debug, Args)]
pub struct Recipient {
    /// The recipient's number, with its country code (or --default-country)
    #[arg(long, value_name = "NUMBER")]
    pub to: String,

    /// Region of a number written without a country code
    #[arg(long, value_name = "CC")]
    pub default_country: Option<String>,

    /// The recipient's name (`userName`)
    #[arg(long)]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct WhatsappSendTemplateArgs {
    #[command(flatten)]
    pub bot: WhatsappBotArg,

    #[command(flatten)]
    pub recipient: Recipient,

    /// The template's id (see `bp whatsapp templates`)
    #[arg(long, value_name = "ID")]
    pub template: String,

    /// A body variable, in order (repeatable); `NAME=VALUE` for a named variable
    #[arg(long = "param", value_name = "VALUE")]
    pub params: Vec<String>,

    /// Template parameters as raw JSON (Meta's components array), instead of --param
    #[arg(long, value_name = "JSON", conflicts_with = "params")]
    pub params_json: Option<String>,

    /// Assign the chat to this team member's email (`assignTo`)
    #[arg(long, value_name = "EMAIL")]
    pub assign_to: Option<String>,

    /// Tag the conversation (repeatable)
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("content").required(true).args(["text", "image", "document"])))]
pub struct WhatsappSendArgs {
    #[command(flatten)]
    pub bot: WhatsappBotArg,

    #[command(flatten)]
    pub recipient: Recipient,

    /// A text message
    #[arg(long)]
    pub text: Option<String>,

    /// An image, by URL
    #[arg(long, value_name = "URL")]
    pub image: Option<String>,

    /// A document, by URL
    #[arg(long, value_name = "URL")]
    pub document: Option<String>,

    /// Caption of the image or document
    #[arg(long, requires = "content")]
    pub caption: Option<String>,

    /// Tag the conversation (repeatable)
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct WhatsappImportArgs {
    /// The file of contacts, `-` for standard input (with --format)
    pub file: String,

    /// Format of FILE [default: from its extension: .csv, .json, .ndjson/.jsonl]
    #[arg(long, value_enum)]
    pub format: Option<crate::import::Format>,

    /// Region of numbers written without a country code, e.g. US, IN
    #[arg(long, value_name = "CC")]
    pub default_country: Option<String>,

    /// Tag added to every contact (repeatable)
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,

    /// Contacts per request (halved if the server says a batch is too large)
    #[arg(long, default_value_t = 100, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub batch_size: u32,

    /// Requests in flight at once
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,

    /// Where rejected rows go [default: FILE.failed.csv, or FILE.failed.ndjson for JSON input]
    #[arg(long, value_name = "PATH")]
    pub failed: Option<PathBuf>,

    /// Check every row, write the failed file, print the summary and the first request's
    /// body, and send nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Finish an earlier run of this file that did not complete, sending only what the
    /// server did not acknowledge
    #[arg(long, conflicts_with = "restart")]
    pub resume: bool,

    /// Forget an earlier unfinished run of this file and import it all again
    #[arg(long)]
    pub restart: bool,
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Try each credential of the active profile with one cheap call, and say where it came from
    Status,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List the profiles of the config file
    List,
    /// Add a profile, or change one: asks for each value on a terminal (secrets without
    /// echo), or takes them from flags and `--with-token` on standard input
    ///
    /// The config file keeps its other contents and comments, and is written with mode 0600.
    Add(ProfileAddArgs),
    /// Make a profile the default (`default_profile`)
    Use(ProfileUseArgs),
    /// Show a profile's resolved settings, secrets redacted, and where each came from
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
