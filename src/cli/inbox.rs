//! A customer's inbox: contacts, leads, WhatsApp imports and messages.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::examples;
use super::{Concurrency, InputFormat};
use super::{PageArgs, SinceLastArgs};

#[derive(Debug, Args)]
pub struct ContactsDeleteArgs {
    /// Ids of the contacts to delete
    #[arg(value_name = "ID", required_unless_present = "from")]
    pub ids: Vec<String>,

    /// Also the ids in FILE: one per line, or a CSV/JSON with an `_id` or `id` field.
    /// If the run stops (an error, Ctrl-C), the ids not deleted are in FILE.failed.csv
    #[arg(long, value_name = "FILE")]
    pub from: Option<String>,

    /// Where the ids not deleted go, if the run stops [default: FILE.failed.csv with --from,
    /// else none]
    ///
    /// Written beside PATH and renamed over it only when an id was not deleted: a run that
    /// deletes every id leaves PATH as it was. `-` is standard output; a device or FIFO is
    /// refused. `--from` takes the file as it is.
    #[arg(long, value_name = "PATH")]
    pub failed: Option<std::path::PathBuf>,

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
    #[command(verbatim_doc_comment, after_help = examples::CONTACTS_SEARCH)]
    Search(Box<ContactsSearchArgs>),
    /// Delete contacts (`PUT /inbox/users/status-update`, status DELETED), 100 ids a request
    /// (the API documents no limit: 100 is our guess)
    #[command(after_help = examples::CONTACTS_DELETE)]
    Delete(ContactsDeleteArgs),
    /// Set a contact's attributes (`PUT /integrations/custom-app/update-user-attributes`,
    /// as BotPenguin's own n8n node does), or many contacts' with --from
    ///
    /// `--search` finds the contact: an email, a phone number (sent as its country code and
    /// number, digits only) or a chat UUID. Each `KEY=VALUE` sets an attribute to a string,
    /// `KEY:=JSON` to a typed value (`score:=42`). With --from FILE, one contact a row: a
    /// `search` column, optional `bot` and `platform` columns (overriding the flags for that
    /// row), and every other column an attribute (an empty cell is not sent); rows whose
    /// search is not an email, phone or UUID, and rows the server refuses, go to the --failed
    /// file with their reasons. Setting the same values again changes nothing, so a request
    /// whose answer was lost is sent again.
    #[command(after_help = examples::CONTACTS_SET_ATTR)]
    SetAttr(Box<ContactsSetAttrArgs>),
}

/// The channel a contact is searched on (`platform`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Platform {
    Website,
    Whatsapp,
    Facebook,
    Instagram,
    Telegram,
    Sms,
}

impl Platform {
    /// As the API spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Website => "website",
            Platform::Whatsapp => "whatsapp",
            Platform::Facebook => "facebook",
            Platform::Instagram => "instagram",
            Platform::Telegram => "telegram",
            Platform::Sms => "sms",
        }
    }
}

#[derive(Debug, Args)]
pub struct ContactsSetAttrArgs {
    /// The contact: an email, a phone number with its country code (or --default-country),
    /// or a chat UUID
    #[arg(
        long,
        value_name = "EMAIL|PHONE|UUID",
        required_unless_present = "from"
    )]
    pub search: Option<String>,

    /// Attributes to set: `KEY=VALUE` (a string) or `KEY:=JSON` (typed)
    #[arg(value_name = "KEY=VALUE", required_unless_present = "from")]
    pub attrs: Vec<String>,

    /// The bot (`botId`): a bot of the profile's registry or a bot id [default: with
    /// --customer, the customer's only registered bot; else the profile's `bot_id`,
    /// BP_BOT_ID]
    #[arg(long, value_name = "NAME|ID")]
    pub bot: Option<String>,

    /// The contact's channel (`platform`) [default: whatsapp when the search is a phone
    /// number, else website]
    #[arg(long, value_enum)]
    pub platform: Option<Platform>,

    /// Region of phone numbers written without a country code, e.g. US, IN
    #[arg(long, value_name = "CC")]
    pub default_country: Option<String>,

    /// Set the attributes of one contact per row of FILE (`-` for standard input, with
    /// --format)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["search", "attrs"])]
    pub from: Option<String>,

    /// Format of --from [default: from the file's extension]
    #[arg(long, value_enum, requires = "from")]
    pub format: Option<InputFormat>,

    /// The sheet of a spreadsheet --from to read [default: the first]
    #[arg(long, value_name = "NAME", requires = "from")]
    pub sheet: Option<String>,

    /// Requests in flight at once with --from: `auto` finds the server's pace (2 to 16,
    /// fewer when it throttles or slows down), or a fixed number from 1 to 64
    #[arg(long, default_value = "auto", value_name = "auto|N", requires = "from")]
    pub concurrency: Concurrency,

    /// Where rejected rows go [default: FILE.failed.csv, or FILE.failed.ndjson for JSON input]
    ///
    /// Written beside PATH and renamed over it only when a row was rejected: a clean run
    /// leaves PATH as it was. `-` is standard output (the -o json summary then goes to
    /// stderr); a device or FIFO is refused.
    #[arg(long, value_name = "PATH", requires = "from")]
    pub failed: Option<PathBuf>,

    /// Print the requests that would be sent (credentials redacted) and send nothing; with
    /// --from, each refused row is a warning
    #[arg(long)]
    pub dry_run: bool,
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
    #[arg(long, value_name = "DATE", value_parser = crate::dates::parse_date_arg, conflicts_with = "since_last")]
    pub created_since: Option<String>,

    /// Created before DATE (`createdAt.endsAt`)
    #[arg(long, value_name = "DATE", value_parser = crate::dates::parse_date_arg, conflicts_with = "since_last")]
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

    #[command(flatten)]
    pub since_last: SinceLastArgs,
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
    #[command(after_help = examples::LEADS_UPSERT)]
    Upsert(Box<LeadsUpsertArgs>),
    /// List a bot's leads or other chats (`GET /inbox/direct/chats`)
    #[command(after_help = examples::LEADS_LIST)]
    List(LeadsListArgs),
}

#[derive(Debug, Args)]
pub struct LeadIds {
    /// The website bot: a bot of the profile's registry (`[profiles.X.bots.NAME]`, its id
    /// and token) or a bot id [default: with --customer, the customer's only registered
    /// website bot; else the profile's `bot_id` and `bot_token`]
    #[arg(long, value_name = "NAME|ID", conflicts_with = "bot_id")]
    pub bot: Option<String>,

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
    pub format: Option<InputFormat>,

    /// The sheet of a spreadsheet --from to read [default: the first]
    #[arg(long, value_name = "NAME", requires = "from")]
    pub sheet: Option<String>,

    /// Requests in flight at once with --from: `auto` finds the server's pace (2 to 16,
    /// fewer when it throttles or slows down), or a fixed number from 1 to 64
    #[arg(long, default_value = "auto", value_name = "auto|N", requires = "from")]
    pub concurrency: Concurrency,

    /// Where rejected rows go [default: FILE.failed.csv, or FILE.failed.ndjson for JSON input]
    ///
    /// Written beside PATH and renamed over it only when a row was rejected: a clean run or
    /// a dry run leaves PATH as it was. `-` is standard output (the -o json summary then goes
    /// to stderr); a device or FIFO is refused.
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

    #[command(flatten)]
    pub since_last: SinceLastArgs,
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
    #[command(after_help = examples::WHATSAPP_IMPORT)]
    Import(Box<WhatsappImportArgs>),
    /// List a WhatsApp bot's message templates (`GET /whatsapp-automation/wa/templates` with
    /// its key, `GET /whatsapp-automation/plugin/templates/{botId}` with the API token)
    #[command(after_help = examples::WHATSAPP_TEMPLATES)]
    Templates(WhatsappRouteArgs),
    /// Send a template message (`POST /whatsapp-automation/wa/send-template` with the bot's
    /// key, `POST /whatsapp-automation/plugin/send-template-message` with the API token); not
    /// retried once sent
    #[command(after_help = examples::WHATSAPP_SEND_TEMPLATE)]
    SendTemplate(Box<WhatsappSendTemplateArgs>),
    /// List a template's variables, the NAMEs of `send-template --param NAME=VALUE`
    /// (`GET /whatsapp-automation/plugin/make-template-dynamic-fields/{templateId}`, with the
    /// API token)
    #[command(after_help = examples::WHATSAPP_TEMPLATE_VARS)]
    TemplateVars(WhatsappTemplateVarsArgs),
    /// Send a text, image or document message inside WhatsApp's 24-hour window
    /// (`POST /whatsapp-automation/wa/send-message`); not retried once sent
    #[command(after_help = examples::WHATSAPP_SEND)]
    Send(Box<WhatsappSendArgs>),
}

#[derive(Debug, Args)]
pub struct WhatsappBotArg {
    /// The bot whose WhatsApp API key to use: a `[profiles.X.bots.NAME]` of the config
    /// [default: the profile's `wa_api_key`, BP_WA_API_KEY]
    #[arg(long, value_name = "NAME")]
    pub bot: Option<String>,
}

/// Which WhatsApp bot, and which endpoints: its key's (`/wa/*`) or the API token's
/// (`/plugin/*`, as BotPenguin's own n8n node).
#[derive(Debug, Args)]
pub struct WhatsappRouteArgs {
    /// The WhatsApp bot: a `[profiles.X.bots.NAME]` of the config or a bot id [default: the
    /// profile's `wa_api_key`; with --customer, the customer's only WhatsApp bot, registered
    /// or listed by `GET /whatsapp-automation`]
    #[arg(long, value_name = "NAME|ID")]
    pub bot: Option<String>,

    /// `key`: the bot's WhatsApp API key and the documented `/wa/*` endpoints; `plugin`: the
    /// customer's API token (--customer, or the profile's `api_token`) and the `/plugin/*`
    /// endpoints [default: key when the bot has a WhatsApp key, or the profile has
    /// `wa_api_key` and no --customer is given; else plugin]
    #[arg(long, value_enum, value_name = "key|plugin")]
    pub via: Option<WhatsappVia>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum WhatsappVia {
    Key,
    Plugin,
}

#[derive(Debug, Args)]
pub struct WhatsappTemplateVarsArgs {
    /// The template's id (see `bp whatsapp templates`)
    #[arg(value_name = "TEMPLATE")]
    pub template: String,
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
    pub route: WhatsappRouteArgs,

    #[command(flatten)]
    pub recipient: Recipient,

    /// The template: its id, or its name (looked up in the bot's templates; see
    /// `bp whatsapp templates`)
    #[arg(long, value_name = "ID|NAME")]
    pub template: String,

    /// A body variable, in order (repeatable); `NAME=VALUE` for a named variable (with
    /// --via plugin, NAME as `bp whatsapp template-vars` lists it; any other value, even
    /// one with `=`, fills the other variables in order)
    #[arg(long = "param", value_name = "VALUE")]
    pub params: Vec<String>,

    /// Template parameters as raw JSON, instead of --param: Meta's components array, or with
    /// --via plugin the `templateParams` object
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

    /// Format of FILE [default: from its extension: .csv, .json, .ndjson/.jsonl, .xlsx, .xls,
    /// .ods]
    #[arg(long, value_enum)]
    pub format: Option<InputFormat>,

    /// The sheet of a spreadsheet FILE to read [default: the first]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,

    /// Region of numbers written without a country code, e.g. US, IN
    #[arg(long, value_name = "CC")]
    pub default_country: Option<String>,

    /// Tag added to every contact (repeatable)
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,

    /// The WhatsApp bot the contacts are for: its id, or a `[profiles.X.bots.NAME]` with an
    /// `id`; sent as `botId`, as BotPenguin's own integrations do [default: none sent]
    #[arg(long, value_name = "NAME|ID")]
    pub bot: Option<String>,

    /// Contacts per request (halved if the server says a batch is too large)
    #[arg(long, default_value_t = 100, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub batch_size: u32,

    /// Requests in flight at once: `auto` finds the server's pace (2 to 16, fewer when it
    /// throttles or slows down), or a fixed number from 1 to 64
    #[arg(long, default_value = "auto", value_name = "auto|N")]
    pub concurrency: Concurrency,

    /// Where rejected rows go [default: FILE.failed.csv, or FILE.failed.ndjson for JSON input]
    ///
    /// Written beside PATH and renamed over it only when a row was rejected: a clean run or
    /// a dry run leaves PATH as it was. `-` is standard output (the -o json summary then goes
    /// to stderr); a device or FIFO is refused.
    #[arg(long, value_name = "PATH")]
    pub failed: Option<PathBuf>,

    /// Check every row (each rejected one a warning), print the summary and the first
    /// request's body, and send nothing
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
