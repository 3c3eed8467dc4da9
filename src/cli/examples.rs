//! The "Examples:" that end each command's help (and its man page's EXAMPLES): what an agency
//! admin would type, quoted so that zsh runs it as is (`?`, `*`, `[`, `{` and `!` only inside
//! single quotes). A test walks the command tree and fails for a command without them.

/// `Examples:` then each `"what it does" => "the command line"`, a blank line between.
macro_rules! examples {
    ($about:literal => $cmd:literal $(, $abouts:literal => $cmds:literal)* $(,)?) => {
        concat!("Examples:\n  # ", $about, "\n  ", $cmd $(, "\n\n  # ", $abouts, "\n  ", $cmds)*)
    };
}

pub const CUSTOMERS_LIST: &str = examples!(
    "Every customer, as CSV for a spreadsheet" => "bp customers list --all -o csv > customers.csv",
    "Names and emails of the first 50" => "bp customers list --limit 50 --fields name,contact.email",
    "Every customer's email, one a line (jq's language, built in)" => "bp customers list --all --jq '.[].contact.email'",
);

pub const CUSTOMERS_GET: &str = examples!(
    "One customer by name (any case), as a table" => "bp customers get 'oakridge dental care'",
    "By email, the whole record as JSON" => "bp customers get frontdesk@oakridgedental.com -o json",
    "Just the id, for a script" => "bp customers get 'Bluefin Marketing' --fields _id -o csv --no-headers",
);

pub const CUSTOMERS_TOKEN: &str = examples!(
    "Is the customer's API token active?" => "bp customers token 'Bluefin Marketing'",
    "The token itself, alone on stdout, for a script" => "bp customers token frontdesk@oakridgedental.com --show",
);

pub const CUSTOMERS_EACH: &str = examples!(
    "Contacts created in the last day, across every customer" => "bp customers each -- contacts search --created-since 24h -o ndjson",
    "Every active customer's team members in one CSV" => "bp customers each --status ACTIVE -- members list --all -o csv > members.csv",
    "The segments of the customers whose name or email contains \"dental\"" => "bp customers each --filter dental -- segments list",
);

pub const CUSTOMERS_CREATE: &str = examples!(
    "Create a customer; the password is asked for without echo" => "bp customers create --email owner@lumenfitness.co --name 'Lumen Fitness Studio'",
    "From a script, the password from a password manager" => "pass show bp/lumen | bp customers create --email owner@lumenfitness.co \\\n      --name 'Lumen Fitness Studio' --usage-limit 5000 --password-stdin",
);

pub const CUSTOMERS_UPDATE: &str = examples!(
    "Rename a customer" => "bp customers update 65f0c1d2e3a4b5c6d7e8f901 --set name='Oakridge Dental Group'",
    "Raise a usage limit (`:=` sends a number, not a string)" => "bp customers update 65f0c1d2e3a4b5c6d7e8f901 --set limit:=10000",
);

pub const CUSTOMERS_DELETE: &str = examples!(
    "Delete a customer, after a typed confirmation" => "bp customers delete 65f0c1d2e3a4b5c6d7e8f901",
    "From a script, where nothing can be typed" => "bp customers delete 65f0c1d2e3a4b5c6d7e8f901 65f0c1d2e3a4b5c6d7e8f902 --yes",
);

pub const CONTACTS_SEARCH: &str = examples!(
    "A customer's contacts tagged vip" => "bp contacts search --customer 'Bluefin Marketing' --tag vip",
    "Contacts created in the last 7 days, every page, as NDJSON" => "bp contacts search --created-since 7d --all -o ndjson > new-contacts.ndjson",
    "Free-text search, whether or not they talked to a bot" => "bp contacts search 'sharma' --interacted any",
);

pub const CONTACTS_DELETE: &str = examples!(
    "Delete two contacts, after a typed confirmation" => "bp contacts delete 65f0c1d2e3a4b5c6d7e8f901 65f0c1d2e3a4b5c6d7e8f902",
    "The ids in a file, from a script (those not deleted go to churned.csv.failed.csv)" => "bp contacts delete --from churned.csv --yes",
);

pub const CONTACTS_SET_ATTR: &str = examples!(
    "Set a contact's plan (a string) and score (a number)" => "bp contacts set-attr --search asha@example.com plan=gold score:=42",
    "A WhatsApp contact of a customer, found by phone number" => "bp contacts set-attr --customer 'Oakridge Dental Care' --search '+14155550123' \\\n      next_visit=2026-12-01",
    "One contact per row: a search column, then one column per attribute" => "bp contacts set-attr --from attributes.csv --failed rejected.csv",
);

pub const LEADS_UPSERT: &str = examples!(
    "Create a lead, or update it when the uuid is known" => "bp leads upsert --uuid 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d --name 'Asha Rao' \\\n      --email asha@example.com --phone 9812345678 --dial-code 91 --tag webinar",
    "Check a file of leads without sending anything" => "bp leads upsert --from leads.csv --dry-run",
    "Send it, with a customer's registered website bot" => "bp leads upsert --customer 'Bluefin Marketing' --from leads.csv",
);

pub const LEADS_LIST: &str = examples!(
    "Every lead of the profile's bot, as CSV" => "bp leads list --all -o csv > leads.csv",
    "The latest 20 chats that are not leads, of a registered bot" => "bp leads list --bot pricing --type non-lead --limit 20",
);

pub const WHATSAPP_IMPORT: &str = examples!(
    "Import a CSV of Indian numbers, tagging every contact" => "bp whatsapp import contacts.csv --default-country IN --tag diwali-2026",
    "Check a spreadsheet's sheet without sending anything" => "bp whatsapp import contacts.xlsx --sheet 'March leads' --dry-run",
    "Finish a run that was interrupted" => "bp whatsapp import contacts.csv --resume",
);

pub const WHATSAPP_TEMPLATES: &str = examples!(
    "The templates of the profile's WhatsApp bot" => "bp whatsapp templates",
    "A customer's, as JSON" => "bp whatsapp templates --customer 'Oakridge Dental Care' -o json",
);

pub const WHATSAPP_SEND_TEMPLATE: &str = examples!(
    "An appointment reminder, its two variables in order" => "bp whatsapp send-template --to '+919812345678' --template appointment_reminder \\\n      --param Asha --param '4 pm'",
    "For a customer, with named variables (see template-vars)" => "bp whatsapp send-template --customer 'Oakridge Dental Care' --to '+14155550123' \\\n      --template appointment_reminder --param name=Sam --param time='4 pm'",
);

pub const WHATSAPP_TEMPLATE_VARS: &str = examples!(
    "The variables of a template, by its id from `bp whatsapp templates`" => "bp whatsapp template-vars 65f0c1d2e3a4b5c6d7e8f901",
    "A customer's template" => "bp whatsapp template-vars 65f0c1d2e3a4b5c6d7e8f901 --customer 'Oakridge Dental Care'",
);

pub const WHATSAPP_SEND: &str = examples!(
    "A text, inside the 24-hour window" => "bp whatsapp send --to '+919812345678' --text 'Your order has shipped'",
    "A PDF with a caption, from a registered bot" => "bp whatsapp send --bot oakridge-wa --to '+14155550123' \\\n      --document 'https://example.com/invoice-1042.pdf' --caption 'Invoice 1042'",
);

pub const MEMBERS_LIST: &str = examples!(
    "A customer's team" => "bp members list --customer 'Bluefin Marketing'",
    "Members whose name or contact matches, as JSON" => "bp members list --customer 'Bluefin Marketing' --search riya -o json",
    "Each one's name and email, tab-separated" => "bp members list --customer 'Bluefin Marketing' --jq '.[] | [.name, .contact.email] | @tsv'",
);

pub const MEMBERS_TOKEN: &str = examples!(
    "Is an agent's token active?" => "bp members token riya@bluefinmarketing.io --type agent",
    "The customer account's own token, for a script" => "bp members token frontdesk@oakridgedental.com --type customer --show",
);

pub const SEGMENTS_LIST: &str = examples!(
    "A customer's segments" => "bp segments list --customer 'Bluefin Marketing'",
    "Only their ids and names" => "bp segments list --customer 'Bluefin Marketing' --fields _id,name",
);

pub const BOTS_LIST: &str = examples!(
    "The bots registered in the active profile" => "bp bots list",
    "A customer's WhatsApp bots on the server, registered or not" => "bp bots list --customer 'Bluefin Marketing' --remote",
);

pub const BOTS_ADD: &str = examples!(
    "A website bot whose token a password manager prints" => "bp bots add pricing --customer 'Bluefin Marketing' --bot-id 65f0c1d2e3a4b5c6d7e8f901 \\\n      --bot-token-cmd 'pass show bp/pricing-bot'",
    "A WhatsApp bot, its API key from standard input" => "printf '%s\\n' \"$WA_KEY\" | bp bots add oakridge-wa --with-token wa \\\n      --customer 'Oakridge Dental Care'",
);

pub const API: &str = examples!(
    "A page of customers, as the API sends it" => "bp api GET '/customer/list?page=2'",
    "Every page of a listing, one item a line" => "bp api GET /customer/list --paginate -o ndjson",
    "A customer's WhatsApp bots, with its API token" => "bp api GET /whatsapp-automation --auth token --customer 'Bluefin Marketing'",
);

pub const PROFILE_LIST: &str = examples!(
    "The profiles, the default marked" => "bp profile list",
    "As JSON, for a script" => "bp profile list -o json",
);

pub const PROFILE_ADD: &str = examples!(
    "Add a profile, answering a prompt for each value" => "bp profile add agency",
    "Secrets from a password manager, and make it the default" => "bp profile add agency --partner-key-cmd 'pass show bp/partner-key' --default",
    "In CI, the partner key from standard input" => "printf '%s\\n' \"$BP_PARTNER_KEY\" | bp profile add ci --with-token partner",
);

pub const PROFILE_USE: &str = examples!(
    "Make `staging` the profile bp uses by default" => "bp profile use staging",
    "Back to the main one" => "bp profile use agency",
);

pub const PROFILE_SHOW: &str = examples!(
    "What bp would use now, and where each value comes from" => "bp profile show",
    "Another profile, as JSON" => "bp profile show staging -o json",
);

pub const AUTH_STATUS: &str = examples!(
    "Check the default profile's credentials" => "bp auth status",
    "Another profile's, acting for a customer" => "bp auth status --profile staging --customer 'Bluefin Marketing'",
);

pub const SANDBOX_SERVE: &str = examples!(
    "A sandbox to point scripts at (it prints the BP_* variables to export)" => "bp sandbox serve",
    "A flaky, rate-limited one on a free port, kept in memory" => "bp sandbox serve --addr 127.0.0.1:0 --no-persist --error-rate 0.05 --rate-limit 20",
);

pub const SANDBOX_RESET: &str = examples!(
    "Back to the seed data" => "bp sandbox reset",
    "A state file of your own" => "bp sandbox reset --state ./sandbox-state.json",
);

/// With `sandbox shapes-diff`'s own exit codes.
pub const SANDBOX_SHAPES_DIFF: &str = concat!(
    examples!(
        "Record the real API's answers (shapes only), then compare" => "bp --shapes real.ndjson customers list --all\n  bp sandbox shapes-diff real.ndjson",
        "The differences as JSON" => "bp sandbox shapes-diff real.ndjson -o json",
    ),
    "\n\nExit codes:\n  0  no difference\n  1  some differences\n  2  the file cannot be read or a line is not a shape line"
);

pub const COMPLETIONS: &str = examples!(
    "zsh: a directory of your fpath" => "bp completions zsh > ~/.zfunc/_bp",
    "bash" => "bp completions bash > ~/.local/share/bash-completion/completions/bp",
    "fish" => "bp completions fish > ~/.config/fish/completions/bp.fish",
);

pub const MAN: &str = examples!(
    "Regenerate the committed pages" => "bp man man",
    "Install them for your user" => "bp man ~/.local/share/man/man1",
);
