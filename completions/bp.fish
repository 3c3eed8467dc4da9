# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_bp_global_optspecs
    string join \n profile= o/output= json fields= no-headers timeout= retries= v/verbose q/quiet color= sandbox h/help V/version
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

complete -c bp -n "__fish_bp_needs_command" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r
complete -c bp -n "__fish_bp_needs_command" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_needs_command" -l fields -d 'Keep only these keys or dotted paths, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_needs_command" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_needs_command" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_needs_command" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_needs_command" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_needs_command" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_needs_command" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_needs_command" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_needs_command" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_needs_command" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_needs_command" -f -a "customers" -d 'Manage the agency\'s customers (partner key)'
complete -c bp -n "__fish_bp_needs_command" -f -a "profile" -d 'Show the profiles of the config file'
complete -c bp -n "__fish_bp_needs_command" -f -a "sandbox" -d 'Run the embedded emulator of the BotPenguin API'
complete -c bp -n "__fish_bp_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c bp -n "__fish_bp_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list help" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list help" -l fields -d 'Keep only these keys or dotted paths, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list help" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list help" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list help" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list help" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list help" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List the agency\'s customers (`GET /customer/list`)'
complete -c bp -n "__fish_bp_using_subcommand customers; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l sort -d 'Field to sort by, as the API\'s `sort` parameter' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l page -d 'Fetch only this page' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l limit -d 'Fetch pages until this many items (or the data ends)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l fields -d 'Keep only these keys or dotted paths, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page, until one comes back empty'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the agency\'s customers (`GET /customer/list`)'
complete -c bp -n "__fish_bp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l fields -d 'Keep only these keys or dotted paths, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'List the profiles of the config file'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'Show a profile\'s resolved settings, secrets redacted, and where each came from'
complete -c bp -n "__fish_bp_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l fields -d 'Keep only these keys or dotted paths, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l fields -d 'Keep only these keys or dotted paths, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles of the config file'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile\'s resolved settings, secrets redacted, and where each came from'
complete -c bp -n "__fish_bp_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l fields -d 'Keep only these keys or dotted paths, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "serve" -d 'Serve the sandbox over HTTP and print its base URL and credentials'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "reset" -d 'Delete the sandbox\'s saved state, back to the seed data'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l addr -d 'Address to listen on (port 0 picks a free one)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l state -d 'State file [default: bp/sandbox-state.json under the user\'s data directory]' -r -F
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l customers-page-size -d 'Customers per page of `GET /customer/list`' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l contacts-page-size -d 'Items per page of contacts and chats' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fields -d 'Keep only these keys or dotted paths, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-persist -d 'Keep the state in memory only'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l state -d 'State file [default: bp/sandbox-state.json under the user\'s data directory]' -r -F
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l fields -d 'Keep only these keys or dotted paths, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the sandbox over HTTP and print its base URL and credentials'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Delete the sandbox\'s saved state, back to the seed data'
complete -c bp -n "__fish_bp_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand completions" -l profile -d 'Profile of the config file to use [default: `default_profile`, or the only one]' -r
complete -c bp -n "__fish_bp_using_subcommand completions" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t'An aligned table on a terminal; tab-separated lines in a pipe'
json\t'One JSON array of the items as the server sent them'
ndjson\t'One compact JSON object per line, as each page arrives'
csv\t'A header row and one row per item, nested fields by dotted path'"
complete -c bp -n "__fish_bp_using_subcommand completions" -l fields -d 'Keep only these keys or dotted paths, in this order (e.g. `_id,name,contact.email`)' -r
complete -c bp -n "__fish_bp_using_subcommand completions" -l timeout -d 'Seconds to wait for each request' -r
complete -c bp -n "__fish_bp_using_subcommand completions" -l retries -d 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)' -r
complete -c bp -n "__fish_bp_using_subcommand completions" -l color -d 'When to use colour (`NO_COLOR` is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bp -n "__fish_bp_using_subcommand completions" -l json -d 'Short for `-o json`'
complete -c bp -n "__fish_bp_using_subcommand completions" -l no-headers -d 'Leave out the header row of table and csv output'
complete -c bp -n "__fish_bp_using_subcommand completions" -s v -l verbose -d 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
complete -c bp -n "__fish_bp_using_subcommand completions" -s q -l quiet -d 'Print nothing but data and errors'
complete -c bp -n "__fish_bp_using_subcommand completions" -l sandbox -d 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
complete -c bp -n "__fish_bp_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bp -n "__fish_bp_using_subcommand completions" -s V -l version -d 'Print version'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers profile sandbox completions help" -f -a "customers" -d 'Manage the agency\'s customers (partner key)'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers profile sandbox completions help" -f -a "profile" -d 'Show the profiles of the config file'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers profile sandbox completions help" -f -a "sandbox" -d 'Run the embedded emulator of the BotPenguin API'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers profile sandbox completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c bp -n "__fish_bp_using_subcommand help; and not __fish_seen_subcommand_from customers profile sandbox completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "list" -d 'List the agency\'s customers (`GET /customer/list`)'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the profiles of the config file'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show a profile\'s resolved settings, secrets redacted, and where each came from'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the sandbox over HTTP and print its base URL and credentials'
complete -c bp -n "__fish_bp_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Delete the sandbox\'s saved state, back to the seed data'
