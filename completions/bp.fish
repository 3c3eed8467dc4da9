# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_bp_global_optspecs
    string join \n profile= customer= o/output= json fields= jq= no-headers wide timeout= retries= v/verbose q/quiet progress color= sandbox shapes= h/help V/version
end

function __fish_bp_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_bp_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_bp_using_subcommand
    set -l cmd (__fish_bp_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c bp -n "__fish_bp_needs_command" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_needs_command" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_needs_command" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_needs_command" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_needs_command" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_needs_command" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_needs_command" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_needs_command" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_needs_command" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_needs_command" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_needs_command" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_needs_command" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_needs_command" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_needs_command" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_needs_command" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_needs_command" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_needs_command" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_needs_command" -f -a "customers" -d 'Manage the agency\'s customers (partner key)'
complete -c bp -n "__fish_bp_needs_command" -f -a "contacts" -d 'Search a customer\'s inbox contacts (API token)'
complete -c bp -n "__fish_bp_needs_command" -f -a "leads" -d 'Upsert and list a bot\'s leads (bot token)'
complete -c bp -n "__fish_bp_needs_command" -f -a "whatsapp" -d 'Import WhatsApp contacts (API token); templates and messages (a bot\'s WhatsApp API key)'
complete -c bp -n "__fish_bp_needs_command" -f -a "members" -d 'A customer\'s team members (API token; tokens with the partner key)'
complete -c bp -n "__fish_bp_needs_command" -f -a "segments" -d 'A customer\'s contact segments (API token)'
complete -c bp -n "__fish_bp_needs_command" -f -a "bots" -d 'The profile\'s bot registry (`[profiles.X.bots.NAME]`)'
complete -c bp -n "__fish_bp_needs_command" -f -a "api" -d 'Send any request to the API, like `gh api`: for endpoints bp does not wrap'
complete -c bp -n "__fish_bp_needs_command" -f -a "profile" -d 'Show and edit the profiles of the config file'
complete -c bp -n "__fish_bp_needs_command" -f -a "auth" -d 'Check the active profile\'s credentials against the API'
complete -c bp -n "__fish_bp_needs_command" -f -a "sandbox" -d 'Run the embedded emulator of the BotPenguin API'
complete -c bp -n "__fish_bp_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c bp -n "__fish_bp_needs_command" -f -a "man" -d 'Write a man page for bp and for each of its commands into DIR (bp.1, bp-customers-list.1, …)'
complete -c bp -n "__fish_bp_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -f -a "list" -d 'List the agency\'s customers (`GET /customer/list`)'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -f -a "get" -d 'Show one customer, named by id, email or exact name (from `GET /customer/list`)'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -f -a "token" -d 'Show whether a customer\'s API token is active; the token itself only with --show'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -f -a "each" -d 'Run a bp command for every customer, with that customer\'s token'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -f -a "create" -d 'Create a customer (`POST /customer/create`, or `POST /customer` where that is 404)'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -f -a "update" -d 'Change a customer (`PUT /customer/{id}`); the fields are undocumented: bp sends what you give'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -f -a "delete" -d 'Delete customers (`DELETE /customer/{id}`): asks on a terminal, else needs --yes'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list get token each create update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l sort -d 'Field to sort by, as the API\'s `sort` parameter' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l status -d 'Only customers with this status (e.g. ACTIVE, any case)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l filter -d 'Only customers whose name or email contains TEXT (any case)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l page -d 'Fetch only this page' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l limit -d 'Fetch pages until this many items (or the data ends)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l concurrency -d 'Pages fetched at once with --all or --limit (printed in order all the same)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l max-pages -d 'The most pages --all or --limit fetches: past it, bp stops with an error rather than follow a server whose pages never end' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l since-last -d 'Only what was created since the last successful run with this NAME began (everything the first time), from every page: a bookmark per NAME, profile and customer in bp\'s state directory, moved only when the run succeeds. For cron: `--since-last nightly -o ndjson >> all.ndjson` never misses or repeats an item' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page, until one comes back empty'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -l show -d 'Print the token itself (alone on stdout, or in the JSON with -o json)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l status -d 'Only customers with this status (e.g. ACTIVE, any case)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l filter -d 'Only customers whose name or email contains TEXT (any case)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l concurrency -d 'Customers run at once: `auto` starts at 2 and finds the server\'s pace (up to 16, fewer when it throttles), or a fixed number from 1 to 64' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from each" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l email -d 'The customer\'s login email (the body\'s `username`)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l name -d 'The customer\'s name' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l usage-limit -d 'Usage limit (the body\'s `limit`)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -l set -d 'A field to set (repeatable): `key=value` sets a string, `key:=json` typed JSON (`limit:=500`, `verified:=true`); a dotted key sets a nested field' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -l body-json -d 'The whole body, a JSON object' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -l yes -d 'Do not ask: required when standard input is not a terminal'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the agency\'s customers (`GET /customer/list`)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one customer, named by id, email or exact name (from `GET /customer/list`)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "token" -d 'Show whether a customer\'s API token is active; the token itself only with --show'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "each" -d 'Run a bp command for every customer, with that customer\'s token'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a customer (`POST /customer/create`, or `POST /customer` where that is 404)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a customer (`PUT /customer/{id}`); the fields are undocumented: bp sends what you give'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete customers (`DELETE /customer/{id}`): asks on a terminal, else needs --yes'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -f -a "search" -d 'Search the inbox\'s contacts (`POST /inbox/users`)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -f -a "delete" -d 'Delete contacts (`PUT /inbox/users/status-update`, status DELETED), 100 ids a request (the API documents no limit: 100 is our guess)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -f -a "set-attr" -d 'Set a contact\'s attributes (`PUT /integrations/custom-app/update-user-attributes`, as BotPenguin\'s own n8n node does), or many contacts\' with --from'
complete -c bp -n "__fish_bp_using_subcommand contacts; and not __fish_seen_subcommand_from search delete set-attr help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l tag -d 'Contacts with this tag (`tags`; repeatable)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l status -d 'Contacts with this status (`status`; repeatable)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l segment -d 'Contacts in this segment id (`segments`; repeatable)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l bot-website -d 'Contacts of this website bot (`_botWebsite`; repeatable)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l bot-whatsapp -d 'Contacts of this WhatsApp bot (`_botWhatsapp`; repeatable)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l bot-telegram -d 'Contacts of this Telegram bot (`_botTelegram`; repeatable)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l bot-facebook -d 'Contacts of this Facebook bot (`_botFacebook`; repeatable)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l agent -d 'Contacts assigned to this agent id (`_agentAssigned`; repeatable)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l last-message-by -d 'Contacts whose last message came from X, e.g. user, bot, agent (`lastMessageBy`; repeatable)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l interacted -d 'Whether the contact has interacted with a bot (`userInteracted`)' -r -f -a "true\t''
false\t''
any\t'Do not filter on interaction'"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l seen-since -d 'Last seen at or after DATE (`lastSeenAt.startAt`)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l seen-until -d 'Last seen before DATE (`lastSeenAt.endsAt`)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l created-since -d 'Created at or after DATE (`createdAt.startAt`)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l created-until -d 'Created before DATE (`createdAt.endsAt`)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l ordered-since -d 'Only contacts who ordered at or after DATE (`hasOrdered.lastAt`; implies --ordered)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l body-json -d 'Raw fields merged over the built body, for filters bp does not know (a JSON object)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l page -d 'Fetch only this page' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l limit -d 'Fetch pages until this many items (or the data ends)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l concurrency -d 'Pages fetched at once with --all or --limit (printed in order all the same)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l max-pages -d 'The most pages --all or --limit fetches: past it, bp stops with an error rather than follow a server whose pages never end' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l since-last -d 'Only what was created since the last successful run with this NAME began (everything the first time), from every page: a bookmark per NAME, profile and customer in bp\'s state directory, moved only when the run succeeds. For cron: `--since-last nightly -o ndjson >> all.ndjson` never misses or repeats an item' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l online -d 'Only contacts online now (`isOnline`)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l live-chat -d 'Only contacts in an active live chat (`isLiveChatActive`)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l ordered -d 'Only contacts who have ordered (`hasOrdered.status`)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l all -d 'Fetch every page, until one comes back empty'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l from -d 'Also the ids in FILE: one per line, or a CSV/JSON with an `_id` or `id` field. If the run stops (an error, Ctrl-C), the ids not deleted are in FILE.failed.csv' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l failed -d 'Where the ids not deleted go, if the run stops [default: FILE.failed.csv with --from, else none]' -r -F
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l yes -d 'Do not ask: required when standard input is not a terminal'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l search -d 'The contact: an email, a phone number with its country code (or --default-country), or a chat UUID' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l bot -d 'The bot (`botId`): a bot of the profile\'s registry or a bot id [default: with --customer, the customer\'s only registered bot; else the profile\'s `bot_id`, BP_BOT_ID]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l platform -d 'The contact\'s channel (`platform`) [default: whatsapp when the search is a phone number, else website]' -r -f -a "website\t''
whatsapp\t''
facebook\t''
instagram\t''
telegram\t''
sms\t''"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l default-country -d 'Region of phone numbers written without a country code, e.g. US, IN' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l from -d 'Set the attributes of one contact per row of FILE (`-` for standard input, with --format)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l format -d 'Format of --from [default: from the file\'s extension]' -r -f -a "csv\t''
json\t''
ndjson\t''
xlsx\t'Excel 2007 and later (`.xlsx`, `.xlsm`)'
xls\t'Excel 97–2003'
ods\t'OpenDocument (LibreOffice, Google Sheets\' export)'"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l sheet -d 'The sheet of a spreadsheet --from to read [default: the first]' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l concurrency -d 'Requests in flight at once with --from: `auto` finds the server\'s pace (2 to 16, fewer when it throttles or slows down), or a fixed number from 1 to 64' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l failed -d 'Where rejected rows go [default: FILE.failed.csv, or FILE.failed.ndjson for JSON input]' -r -F
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l dry-run -d 'Print the requests that would be sent (credentials redacted) and send nothing; with --from, each refused row is a warning'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from set-attr" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search the inbox\'s contacts (`POST /inbox/users`)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete contacts (`PUT /inbox/users/status-update`, status DELETED), 100 ids a request (the API documents no limit: 100 is our guess)'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "set-attr" -d 'Set a contact\'s attributes (`PUT /integrations/custom-app/update-user-attributes`, as BotPenguin\'s own n8n node does), or many contacts\' with --from'
complete -c bp -n "__fish_bp_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -f -a "upsert" -d 'Create or update a lead (`PUT /inbox/direct/lead`), or many with --from'
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -f -a "list" -d 'List a bot\'s leads or other chats (`GET /inbox/direct/chats`)'
complete -c bp -n "__fish_bp_using_subcommand leads; and not __fish_seen_subcommand_from upsert list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l uuid -d 'Id of the chat user, created when a visitor opens the bot' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l bot -d 'The website bot: a bot of the profile\'s registry (`[profiles.X.bots.NAME]`, its id and token) or a bot id [default: with --customer, the customer\'s only registered website bot; else the profile\'s `bot_id` and `bot_token`]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l bot-id -d 'Bot id [default: `bot_id` of the profile, BP_BOT_ID]' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l customer-id -d 'Customer id [default: `customer_id` of the profile, BP_CUSTOMER_ID]' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l name -d 'Lead\'s name' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l email -d 'Lead\'s email' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l phone -d 'Lead\'s phone number, without the country code' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l dial-code -d 'Country calling code, e.g. `+91` (`91` gets its `+`)' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l agent-id -d 'Id of the agent assigned' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l status -d 'OPEN, INPROGRESS, REVIEW, ONHOLD, DEPENDANCY or CLOSED (any case)' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l picture -d 'Picture URL (http or https)' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l tag -d 'Tag (repeatable; with --from, added to every row)' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l attr -d 'Custom attribute (repeatable)' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l note -d 'Note (repeatable)' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l from -d 'Upsert one lead per row of FILE (`-` for standard input, with --format)' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l format -d 'Format of --from [default: from the file\'s extension]' -r -f -a "csv\t''
json\t''
ndjson\t''
xlsx\t'Excel 2007 and later (`.xlsx`, `.xlsm`)'
xls\t'Excel 97–2003'
ods\t'OpenDocument (LibreOffice, Google Sheets\' export)'"
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l sheet -d 'The sheet of a spreadsheet --from to read [default: the first]' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l concurrency -d 'Requests in flight at once with --from: `auto` finds the server\'s pace (2 to 16, fewer when it throttles or slows down), or a fixed number from 1 to 64' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l failed -d 'Where rejected rows go [default: FILE.failed.csv, or FILE.failed.ndjson for JSON input]' -r -F
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l dry-run -d 'Print the requests that would be sent (credentials redacted) and send nothing'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from upsert" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l type -d 'Leads, or the bot\'s other chats' -r -f -a "lead\t''
non-lead\t''"
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l bot -d 'The website bot: a bot of the profile\'s registry (`[profiles.X.bots.NAME]`, its id and token) or a bot id [default: with --customer, the customer\'s only registered website bot; else the profile\'s `bot_id` and `bot_token`]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l bot-id -d 'Bot id [default: `bot_id` of the profile, BP_BOT_ID]' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l customer-id -d 'Customer id [default: `customer_id` of the profile, BP_CUSTOMER_ID]' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l page -d 'Fetch only this page' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l limit -d 'Fetch pages until this many items (or the data ends)' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l concurrency -d 'Pages fetched at once with --all or --limit (printed in order all the same)' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l max-pages -d 'The most pages --all or --limit fetches: past it, bp stops with an error rather than follow a server whose pages never end' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l since-last -d 'Only what was created since the last successful run with this NAME began (everything the first time), from every page: a bookmark per NAME, profile and customer in bp\'s state directory, moved only when the run succeeds. For cron: `--since-last nightly -o ndjson >> all.ndjson` never misses or repeats an item' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page, until one comes back empty'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from help" -f -a "upsert" -d 'Create or update a lead (`PUT /inbox/direct/lead`), or many with --from'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a bot\'s leads or other chats (`GET /inbox/direct/chats`)'
complete -c bp -n "__fish_bp_using_subcommand leads; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -f -a "import" -d 'Import contacts from a CSV, JSON or NDJSON file (`POST /inbox/users/import`)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -f -a "templates" -d 'List a WhatsApp bot\'s message templates (`GET /whatsapp-automation/wa/templates` with its key, `GET /whatsapp-automation/plugin/templates/{botId}` with the API token)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -f -a "send-template" -d 'Send a template message (`POST /whatsapp-automation/wa/send-template` with the bot\'s key, `POST /whatsapp-automation/plugin/send-template-message` with the API token); not retried once sent'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -f -a "template-vars" -d 'List a template\'s variables, the NAMEs of `send-template --param NAME=VALUE` (`GET /whatsapp-automation/plugin/make-template-dynamic-fields/{templateId}`, with the API token)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -f -a "send" -d 'Send a text, image or document message inside WhatsApp\'s 24-hour window (`POST /whatsapp-automation/wa/send-message`); not retried once sent'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and not __fish_seen_subcommand_from import templates send-template template-vars send help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l format -d 'Format of FILE [default: from its extension: .csv, .json, .ndjson/.jsonl, .xlsx, .xls, .ods]' -r -f -a "csv\t''
json\t''
ndjson\t''
xlsx\t'Excel 2007 and later (`.xlsx`, `.xlsm`)'
xls\t'Excel 97–2003'
ods\t'OpenDocument (LibreOffice, Google Sheets\' export)'"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l sheet -d 'The sheet of a spreadsheet FILE to read [default: the first]' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l default-country -d 'Region of numbers written without a country code, e.g. US, IN' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l tag -d 'Tag added to every contact (repeatable)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l bot -d 'The WhatsApp bot the contacts are for: its id, or a `[profiles.X.bots.NAME]` with an `id`; sent as `botId`, as BotPenguin\'s own integrations do [default: none sent]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l batch-size -d 'Contacts per request (halved if the server says a batch is too large)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l concurrency -d 'Requests in flight at once: `auto` finds the server\'s pace (2 to 16, fewer when it throttles or slows down), or a fixed number from 1 to 64' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l failed -d 'Where rejected rows go [default: FILE.failed.csv, or FILE.failed.ndjson for JSON input]' -r -F
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row (each rejected one a warning), print the summary and the first request\'s body, and send nothing'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l resume -d 'Finish an earlier run of this file that did not complete, sending only what the server did not acknowledge'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l restart -d 'Forget an earlier unfinished run of this file and import it all again'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -l bot -d 'The WhatsApp bot: a `[profiles.X.bots.NAME]` of the config or a bot id [default: the profile\'s `wa_api_key`; with --customer, the customer\'s only WhatsApp bot, registered or listed by `GET /whatsapp-automation`]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -l via -d '`key`: the bot\'s WhatsApp API key and the documented `/wa/*` endpoints; `plugin`: the customer\'s API token (--customer, or the profile\'s `api_token`) and the `/plugin/*` endpoints [default: key when the bot has a WhatsApp key, or the profile has `wa_api_key` and no --customer is given; else plugin]' -r -f -a "key\t''
plugin\t''"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from templates" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l bot -d 'The WhatsApp bot: a `[profiles.X.bots.NAME]` of the config or a bot id [default: the profile\'s `wa_api_key`; with --customer, the customer\'s only WhatsApp bot, registered or listed by `GET /whatsapp-automation`]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l via -d '`key`: the bot\'s WhatsApp API key and the documented `/wa/*` endpoints; `plugin`: the customer\'s API token (--customer, or the profile\'s `api_token`) and the `/plugin/*` endpoints [default: key when the bot has a WhatsApp key, or the profile has `wa_api_key` and no --customer is given; else plugin]' -r -f -a "key\t''
plugin\t''"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l to -d 'The recipient\'s number, with its country code (or --default-country)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l default-country -d 'Region of a number written without a country code' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l name -d 'The recipient\'s name (`userName`)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l template -d 'The template: its id, or its name (looked up in the bot\'s templates; see `bp whatsapp templates`)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l param -d 'A body variable, in order (repeatable); `NAME=VALUE` for a named variable (with --via plugin, NAME as `bp whatsapp template-vars` lists it; any other value, even one with `=`, fills the other variables in order)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l params-json -d 'Template parameters as raw JSON, instead of --param: Meta\'s components array, or with --via plugin the `templateParams` object' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l assign-to -d 'Assign the chat to this team member\'s email (`assignTo`)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l tag -d 'Tag the conversation (repeatable)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send-template" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from template-vars" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l bot -d 'The bot whose WhatsApp API key to use: a `[profiles.X.bots.NAME]` of the config [default: the profile\'s `wa_api_key`, BP_WA_API_KEY]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l to -d 'The recipient\'s number, with its country code (or --default-country)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l default-country -d 'Region of a number written without a country code' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l name -d 'The recipient\'s name (`userName`)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l text -d 'A text message' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l image -d 'An image, by URL' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l document -d 'A document, by URL' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l caption -d 'Caption of the image or document' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l tag -d 'Tag the conversation (repeatable)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import contacts from a CSV, JSON or NDJSON file (`POST /inbox/users/import`)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from help" -f -a "templates" -d 'List a WhatsApp bot\'s message templates (`GET /whatsapp-automation/wa/templates` with its key, `GET /whatsapp-automation/plugin/templates/{botId}` with the API token)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from help" -f -a "send-template" -d 'Send a template message (`POST /whatsapp-automation/wa/send-template` with the bot\'s key, `POST /whatsapp-automation/plugin/send-template-message` with the API token); not retried once sent'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from help" -f -a "template-vars" -d 'List a template\'s variables, the NAMEs of `send-template --param NAME=VALUE` (`GET /whatsapp-automation/plugin/make-template-dynamic-fields/{templateId}`, with the API token)'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send a text, image or document message inside WhatsApp\'s 24-hour window (`POST /whatsapp-automation/wa/send-message`); not retried once sent'
complete -c bp -n "__fish_bp_using_subcommand whatsapp; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -f -a "list" -d 'List the customer\'s team members (`GET /custom-user`)'
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -f -a "token" -d 'A team member\'s token (`GET /ext/get-user-token?email=&type=`, partner key)'
complete -c bp -n "__fish_bp_using_subcommand members; and not __fish_seen_subcommand_from list token help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l search -d 'Only members whose name or contact matches TEXT' -r
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l page -d 'Fetch only this page' -r
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l limit -d 'Fetch pages until this many items (or the data ends)' -r
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l concurrency -d 'Pages fetched at once with --all or --limit (printed in order all the same)' -r
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l max-pages -d 'The most pages --all or --limit fetches: past it, bp stops with an error rather than follow a server whose pages never end' -r
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page, until one comes back empty'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -l type -d 'What kind of member' -r -f -a "agent\t'A team user with the default agent role (AGENT)'
custom-user\t'A team member with a custom role (CUSTOM_USER)'
customer\t'The customer account itself (CUSTOMER)'"
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -l show -d 'Print the token itself'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the customer\'s team members (`GET /custom-user`)'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "token" -d 'A team member\'s token (`GET /ext/get-user-token?email=&type=`, partner key)'
complete -c bp -n "__fish_bp_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List the customer\'s segments (`GET /inbox/segments`)'
complete -c bp -n "__fish_bp_using_subcommand segments; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the customer\'s segments (`GET /inbox/segments`)'
complete -c bp -n "__fish_bp_using_subcommand segments; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -f -a "list" -d 'The registered bots: kind, id, whose they are (resolved with the partner key when the profile has one) and where each credential comes from (redacted)'
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -f -a "add" -d 'Register a bot in the active profile (`--profile`, else the default or only one): `--customer C` says whose it is. Its token or key comes from a command (`--bot-token-cmd`, `--wa-api-key-cmd`), from standard input (`--with-token`), or from a prompt without echo; never from a flag\'s value'
complete -c bp -n "__fish_bp_using_subcommand bots; and not __fish_seen_subcommand_from list add help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -l remote -d 'Also list the customer\'s WhatsApp bots from `GET /whatsapp-automation` (with --customer\'s token or the profile\'s `api_token`), marking the registered ones'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l bot-id -d 'The bot\'s id (24 hex characters)' -r
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l bot-token-cmd -d 'A command that prints the website bot\'s token (`bot_token_cmd`)' -r
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l wa-api-key-cmd -d 'A command that prints the WhatsApp bot\'s API key (`wa_api_key_cmd`)' -r
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l with-token -d 'Read the secret from one line of standard input: `bot` (a website bot\'s token) or `wa` (a WhatsApp bot\'s API key)' -r -f -a "bot\t'`bot_token`: a website bot\'s token'
wa\t'`wa_api_key`: a WhatsApp bot\'s API key'"
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from help" -f -a "list" -d 'The registered bots: kind, id, whose they are (resolved with the partner key when the profile has one) and where each credential comes from (redacted)'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from help" -f -a "add" -d 'Register a bot in the active profile (`--profile`, else the default or only one): `--customer C` says whose it is. Its token or key comes from a command (`--bot-token-cmd`, `--wa-api-key-cmd`), from standard input (`--with-token`), or from a prompt without echo; never from a flag\'s value'
complete -c bp -n "__fish_bp_using_subcommand bots; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand api" -s f -l raw-field -d 'A string field `key=value`, as `gh api -f` (repeatable; dotted keys nest); for GET and DELETE, a query parameter' -r
complete -c bp -n "__fish_bp_using_subcommand api" -s F -l field -d 'A typed field `key=value`, as `gh api -F`: `true`, `false`, `null` and integers are JSON, `@FILE` the file\'s text (`@-` standard input), anything else a string' -r
complete -c bp -n "__fish_bp_using_subcommand api" -s H -l header -d 'A header `Name: value` (repeatable)' -r
complete -c bp -n "__fish_bp_using_subcommand api" -l input -d 'The body from a file (`-` for standard input)' -r
complete -c bp -n "__fish_bp_using_subcommand api" -l auth -d 'Which credential to send' -r -f -a "partner\t'The partner key (`authtype: Key`, Bearer)'
token\t'The customer\'s API token (`authtype: Key`, Bearer), or --customer\'s'
bot\t'The bot token: `x-bot-token` on `/inbox/direct/chats`, `x-bp-token` elsewhere, as the pages send it'
wa\t'The WhatsApp API key (`--bot`\'s is not taken here: the profile\'s, or BP_WA_API_KEY), as the `apiKey` query parameter and headers'
none\t'No credential'"
complete -c bp -n "__fish_bp_using_subcommand api" -l max-pages -d 'With --paginate: the most pages to fetch (a server that never ends its list must not keep bp fetching)' -r
complete -c bp -n "__fish_bp_using_subcommand api" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand api" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand api" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand api" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand api" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand api" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand api" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand api" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand api" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand api" -l paginate -d 'Walk the pages of a GET listing (`page=1`, 2, … until an empty page, as the list commands do) and print their items together, in `-o json` (the default here), `ndjson`, `csv` or `table`, with `--fields`'
complete -c bp -n "__fish_bp_using_subcommand api" -l show -d 'Print credentials in the answer as they are: tokens it hands out (`permanentToken.key`) and any of your own secrets the server echoes; by default they are redacted (other fields are data, whatever their names)'
complete -c bp -n "__fish_bp_using_subcommand api" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand api" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand api" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand api" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand api" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand api" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand api" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand api" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -f -a "list" -d 'List the profiles of the config file'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -f -a "add" -d 'Add a profile, or change one: asks for each value on a terminal (secrets without echo), or takes them from flags and `--with-token` on standard input'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -f -a "use" -d 'Make a profile the default (`default_profile`)'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -f -a "show" -d 'Show a profile\'s resolved settings, secrets redacted, and where each came from'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list add use show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l base-url -d 'API host, for white-label partners' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l with-token -d 'Read a secret from standard input, one line each, in the order given (repeatable)' -r -f -a "partner\t'`partner_key`'
api\t'`api_token`'
bot\t'`bot_token`'
wa\t'`wa_api_key`'"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l partner-key-cmd -d 'A command that prints the partner key (`partner_key_cmd`)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l api-token-cmd -d 'A command that prints the API token (`api_token_cmd`)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l bot-token-cmd -d 'A command that prints the bot token (`bot_token_cmd`)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l bot-id -d 'Default bot id (`bot_id`)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l customer-id -d 'Default customer id (`customer_id`)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l for-customer -d 'Customer to act for with the partner key (`customer`)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l default -d 'Make it the default profile'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles of the config file'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a profile, or change one: asks for each value on a terminal (secrets without echo), or takes them from flags and `--with-token` on standard input'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default (`default_profile`)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile\'s resolved settings, secrets redacted, and where each came from'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "status" -d 'Try each credential of the active profile with one cheap call, and say where it came from'
complete -c bp -n "__fish_bp_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Try each credential of the active profile with one cheap call, and say where it came from'
complete -c bp -n "__fish_bp_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -f -a "serve" -d 'Serve the sandbox over HTTP and print its base URL and credentials'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -f -a "reset" -d 'Delete the sandbox\'s saved state, back to the seed data'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -f -a "shapes-diff" -d 'List where the sandbox answers otherwise than a `--shapes` recording of the real API'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset shapes-diff help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l addr -d 'Address to listen on (port 0 picks a free one)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l state -d 'State file [default: bp/sandbox-state.json under the user\'s data directory]' -r -F
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l customers-page-size -d 'Customers per page of `GET /customer/list`' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l contacts-page-size -d 'Items per page of contacts and chats' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l latency -d 'Milliseconds to wait before every answer (± up to 25%), like a real network' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l seed -d 'Seed of every random fault and of the latency\'s jitter: the same seed gives the same faults for the same sequence of requests' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l error-rate -d 'Fraction (0 to 1) of requests answered 503' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l rate-limit -d 'Requests per second (all clients together, over a sliding second); past it, 429 with `Retry-After: 1`' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l reset-rate -d 'Fraction (0 to 1) of requests whose connection is closed mid-response (half of them after the request took effect)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l stall-rate -d 'Fraction (0 to 1) of requests that send headers and then never finish' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l html-rate -d 'Fraction (0 to 1) of requests answered by a proxy\'s HTML 502 page' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l max-import-batch -d 'Answer 413 to an import of more than N contacts' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l refuse-marker -d 'Answer 400 to an import batch with a contact whose name or email contains TEXT' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-persist -d 'Keep the state in memory only'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l lenient -d 'Play a looser server: take what the docs allow and drop the checks no page states'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l state -d 'State file [default: bp/sandbox-state.json under the user\'s data directory]' -r -F
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from shapes-diff" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the sandbox over HTTP and print its base URL and credentials'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Delete the sandbox\'s saved state, back to the seed data'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "shapes-diff" -d 'List where the sandbox answers otherwise than a `--shapes` recording of the real API'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand completions" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand completions" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand completions" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand completions" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand completions" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand completions" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand completions" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand completions" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand completions" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand completions" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand completions" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand completions" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand completions" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand completions" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand completions" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand completions" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand completions" -s h -l help -d 'Print help'
complete -c bp -n "__fish_bp_using_subcommand completions" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand man" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand man" -l customer -d 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]' -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand man" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand man" -l fields -d 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand man" -l jq -d 'Filter the JSON output with a jq expression (jq\'s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`' -r
complete -c bp -n "__fish_bp_using_subcommand man" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand man" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand man" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand man" -l shapes -d 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report' -r -F
complete -c bp -n "__fish_bp_using_subcommand man" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand man" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand man" -l wide -d 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)'
complete -c bp -n "__fish_bp_using_subcommand man" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand man" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand man" -l progress -d 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs'
complete -c bp -n "__fish_bp_using_subcommand man" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand man" -s h -l help -d 'Print help'
complete -c bp -n "__fish_bp_using_subcommand man" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers contacts leads whatsapp members segments bots api profile auth sandbox completions man help" -f -a "customers" -d 'Manage the agency\'s customers (partner key)'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers contacts leads whatsapp members segments bots api profile auth sandbox completions man help" -f -a "contacts" -d 'Search a customer\'s inbox contacts (API token)'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers contacts leads whatsapp members segments bots api profile auth sandbox completions man help" -f -a "leads" -d 'Upsert and list a bot\'s leads (bot token)'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers contacts leads whatsapp members segments bots api profile auth sandbox completions man help" -f -a "whatsapp" -d 'Import WhatsApp contacts (API token); templates and messages (a bot\'s WhatsApp API key)'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers contacts leads whatsapp members segments bots api profile auth sandbox completions man help" -f -a "members" -d 'A customer\'s team members (API token; tokens with the partner key)'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers contacts leads whatsapp members segments bots api profile auth sandbox completions man help" -f -a "segments" -d 'A customer\'s contact segments (API token)'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers contacts leads whatsapp members segments bots api profile auth sandbox completions man help" -f -a "bots" -d 'The profile\'s bot registry (`[profiles.X.bots.NAME]`)'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers contacts leads whatsapp members segments bots api profile auth sandbox completions man help" -f -a "api" -d 'Send any request to the API, like `gh api`: for endpoints bp does not wrap'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers contacts leads whatsapp members segments bots api profile auth sandbox completions man help" -f -a "profile" -d 'Show and edit the profiles of the config file'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers contacts leads whatsapp members segments bots api profile auth sandbox completions man help" -f -a "auth" -d 'Check the active profile\'s credentials against the API'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers contacts leads whatsapp members segments bots api profile auth sandbox completions man help" -f -a "sandbox" -d 'Run the embedded emulator of the BotPenguin API'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers contacts leads whatsapp members segments bots api profile auth sandbox completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers contacts leads whatsapp members segments bots api profile auth sandbox completions man help" -f -a "man" -d 'Write a man page for bp and for each of its commands into DIR (bp.1, bp-customers-list.1, …)'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers contacts leads whatsapp members segments bots api profile auth sandbox completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "list" -d 'List the agency\'s customers (`GET /customer/list`)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "get" -d 'Show one customer, named by id, email or exact name (from `GET /customer/list`)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "token" -d 'Show whether a customer\'s API token is active; the token itself only with --show'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "each" -d 'Run a bp command for every customer, with that customer\'s token'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "create" -d 'Create a customer (`POST /customer/create`, or `POST /customer` where that is 404)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "update" -d 'Change a customer (`PUT /customer/{id}`); the fields are undocumented: bp sends what you give'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "delete" -d 'Delete customers (`DELETE /customer/{id}`): asks on a terminal, else needs --yes'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from contacts" -f -a "search" -d 'Search the inbox\'s contacts (`POST /inbox/users`)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from contacts" -f -a "delete" -d 'Delete contacts (`PUT /inbox/users/status-update`, status DELETED), 100 ids a request (the API documents no limit: 100 is our guess)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from contacts" -f -a "set-attr" -d 'Set a contact\'s attributes (`PUT /integrations/custom-app/update-user-attributes`, as BotPenguin\'s own n8n node does), or many contacts\' with --from'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from leads" -f -a "upsert" -d 'Create or update a lead (`PUT /inbox/direct/lead`), or many with --from'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from leads" -f -a "list" -d 'List a bot\'s leads or other chats (`GET /inbox/direct/chats`)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from whatsapp" -f -a "import" -d 'Import contacts from a CSV, JSON or NDJSON file (`POST /inbox/users/import`)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from whatsapp" -f -a "templates" -d 'List a WhatsApp bot\'s message templates (`GET /whatsapp-automation/wa/templates` with its key, `GET /whatsapp-automation/plugin/templates/{botId}` with the API token)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from whatsapp" -f -a "send-template" -d 'Send a template message (`POST /whatsapp-automation/wa/send-template` with the bot\'s key, `POST /whatsapp-automation/plugin/send-template-message` with the API token); not retried once sent'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from whatsapp" -f -a "template-vars" -d 'List a template\'s variables, the NAMEs of `send-template --param NAME=VALUE` (`GET /whatsapp-automation/plugin/make-template-dynamic-fields/{templateId}`, with the API token)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from whatsapp" -f -a "send" -d 'Send a text, image or document message inside WhatsApp\'s 24-hour window (`POST /whatsapp-automation/wa/send-message`); not retried once sent'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from members" -f -a "list" -d 'List the customer\'s team members (`GET /custom-user`)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from members" -f -a "token" -d 'A team member\'s token (`GET /ext/get-user-token?email=&type=`, partner key)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from segments" -f -a "list" -d 'List the customer\'s segments (`GET /inbox/segments`)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from bots" -f -a "list" -d 'The registered bots: kind, id, whose they are (resolved with the partner key when the profile has one) and where each credential comes from (redacted)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from bots" -f -a "add" -d 'Register a bot in the active profile (`--profile`, else the default or only one): `--customer C` says whose it is. Its token or key comes from a command (`--bot-token-cmd`, `--wa-api-key-cmd`), from standard input (`--with-token`), or from a prompt without echo; never from a flag\'s value'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the profiles of the config file'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Add a profile, or change one: asks for each value on a terminal (secrets without echo), or takes them from flags and `--with-token` on standard input'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default (`default_profile`)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show a profile\'s resolved settings, secrets redacted, and where each came from'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Try each credential of the active profile with one cheap call, and say where it came from'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the sandbox over HTTP and print its base URL and credentials'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Delete the sandbox\'s saved state, back to the seed data'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "shapes-diff" -d 'List where the sandbox answers otherwise than a `--shapes` recording of the real API'

# `bp [FLAGS] --profile|--customer <TAB>`: a line __fish_bp_needs_command cannot parse.
function __fish_bp_top_level_value
    set -l cmd (commandline -opc)
    contains -- $cmd[-1] --profile --customer
    or return
    set -e cmd[1]
    not argparse -s (__fish_bp_global_optspecs) -- $cmd 2>/dev/null
end
complete -c bp -n "__fish_bp_top_level_value" -l profile -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_top_level_value" -l customer -r -f -a "(command bp __complete fish (commandline -cp))"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from get token" -f -a "(command bp __complete fish (commandline -cp))"
