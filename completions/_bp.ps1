
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'bp' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'bp'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'bp' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Manage the agency''s customers (partner key)')
            [CompletionResult]::new('contacts', 'contacts', [CompletionResultType]::ParameterValue, 'Search a customer''s inbox contacts (API token)')
            [CompletionResult]::new('leads', 'leads', [CompletionResultType]::ParameterValue, 'Upsert and list a bot''s leads (bot token)')
            [CompletionResult]::new('whatsapp', 'whatsapp', [CompletionResultType]::ParameterValue, 'Import WhatsApp contacts (API token); templates and messages (a bot''s WhatsApp API key)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'A customer''s team members (API token; tokens with the partner key)')
            [CompletionResult]::new('segments', 'segments', [CompletionResultType]::ParameterValue, 'A customer''s contact segments (API token)')
            [CompletionResult]::new('bots', 'bots', [CompletionResultType]::ParameterValue, 'The profile''s bot registry (`[profiles.X.bots.NAME]`)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send any request to the API, like `gh api`: for endpoints bp does not wrap')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Show and edit the profiles of the config file')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Check the active profile''s credentials against the API')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run the embedded emulator of the BotPenguin API')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write a man page for bp and for each of its commands into DIR (bp.1, bp-customers-list.1, …)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;customers' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agency''s customers (`GET /customer/list`)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one customer, named by id, email or exact name (from `GET /customer/list`)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Show whether a customer''s API token is active; the token itself only with --show')
            [CompletionResult]::new('each', 'each', [CompletionResultType]::ParameterValue, 'Run a bp command for every customer, with that customer''s token')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a customer (`POST /customer/create`, or `POST /customer` where that is 404)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a customer (`PUT /customer/{id}`); the fields are undocumented: bp sends what you give')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete customers (`DELETE /customer/{id}`): asks on a terminal, else needs --yes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;customers;list' {
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Field to sort by, as the API''s `sort` parameter')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only customers with this status (e.g. ACTIVE, any case)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Only customers whose name or email contains TEXT (any case)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Fetch only this page')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch pages until this many items (or the data ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Pages fetched at once with --all or --limit (printed in order all the same)')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'The most pages --all or --limit fetches: past it, bp stops with an error rather than follow a server whose pages never end')
            [CompletionResult]::new('--since-last', '--since-last', [CompletionResultType]::ParameterName, 'Only what was created since the last successful run with this NAME began (everything the first time), from every page: a bookmark per NAME, profile and customer in bp''s state directory, moved only when the run succeeds. For cron: `--since-last nightly -o ndjson >> all.ndjson` never misses or repeats an item')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page, until one comes back empty')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;customers;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;customers;token' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--show', '--show', [CompletionResultType]::ParameterName, 'Print the token itself (alone on stdout, or in the JSON with -o json)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;customers;each' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only customers with this status (e.g. ACTIVE, any case)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Only customers whose name or email contains TEXT (any case)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Customers run at once: `auto` starts at 2 and finds the server''s pace (up to 16, fewer when it throttles), or a fixed number from 1 to 64')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;customers;create' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The customer''s login email (the body''s `username`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The customer''s name')
            [CompletionResult]::new('--usage-limit', '--usage-limit', [CompletionResultType]::ParameterName, 'Usage limit (the body''s `limit`)')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;customers;update' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'A field to set (repeatable): `key=value` sets a string, `key:=json` typed JSON (`limit:=500`, `verified:=true`); a dotted key sets a nested field')
            [CompletionResult]::new('--body-json', '--body-json', [CompletionResultType]::ParameterName, 'The whole body, a JSON object')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;customers;delete' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask: required when standard input is not a terminal')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;customers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agency''s customers (`GET /customer/list`)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one customer, named by id, email or exact name (from `GET /customer/list`)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Show whether a customer''s API token is active; the token itself only with --show')
            [CompletionResult]::new('each', 'each', [CompletionResultType]::ParameterValue, 'Run a bp command for every customer, with that customer''s token')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a customer (`POST /customer/create`, or `POST /customer` where that is 404)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a customer (`PUT /customer/{id}`); the fields are undocumented: bp sends what you give')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete customers (`DELETE /customer/{id}`): asks on a terminal, else needs --yes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;customers;help;list' {
            break
        }
        'bp;customers;help;get' {
            break
        }
        'bp;customers;help;token' {
            break
        }
        'bp;customers;help;each' {
            break
        }
        'bp;customers;help;create' {
            break
        }
        'bp;customers;help;update' {
            break
        }
        'bp;customers;help;delete' {
            break
        }
        'bp;customers;help;help' {
            break
        }
        'bp;contacts' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the inbox''s contacts (`POST /inbox/users`)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete contacts (`PUT /inbox/users/status-update`, status DELETED), 100 ids a request (the API documents no limit: 100 is our guess)')
            [CompletionResult]::new('set-attr', 'set-attr', [CompletionResultType]::ParameterValue, 'Set a contact''s attributes (`PUT /integrations/custom-app/update-user-attributes`, as BotPenguin''s own n8n node does), or many contacts'' with --from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;contacts;search' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Contacts with this tag (`tags`; repeatable)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Contacts with this status (`status`; repeatable)')
            [CompletionResult]::new('--segment', '--segment', [CompletionResultType]::ParameterName, 'Contacts in this segment id (`segments`; repeatable)')
            [CompletionResult]::new('--bot-website', '--bot-website', [CompletionResultType]::ParameterName, 'Contacts of this website bot (`_botWebsite`; repeatable)')
            [CompletionResult]::new('--bot-whatsapp', '--bot-whatsapp', [CompletionResultType]::ParameterName, 'Contacts of this WhatsApp bot (`_botWhatsapp`; repeatable)')
            [CompletionResult]::new('--bot-telegram', '--bot-telegram', [CompletionResultType]::ParameterName, 'Contacts of this Telegram bot (`_botTelegram`; repeatable)')
            [CompletionResult]::new('--bot-facebook', '--bot-facebook', [CompletionResultType]::ParameterName, 'Contacts of this Facebook bot (`_botFacebook`; repeatable)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Contacts assigned to this agent id (`_agentAssigned`; repeatable)')
            [CompletionResult]::new('--last-message-by', '--last-message-by', [CompletionResultType]::ParameterName, 'Contacts whose last message came from X, e.g. user, bot, agent (`lastMessageBy`; repeatable)')
            [CompletionResult]::new('--interacted', '--interacted', [CompletionResultType]::ParameterName, 'Whether the contact has interacted with a bot (`userInteracted`)')
            [CompletionResult]::new('--seen-since', '--seen-since', [CompletionResultType]::ParameterName, 'Last seen at or after DATE (`lastSeenAt.startAt`)')
            [CompletionResult]::new('--seen-until', '--seen-until', [CompletionResultType]::ParameterName, 'Last seen before DATE (`lastSeenAt.endsAt`)')
            [CompletionResult]::new('--created-since', '--created-since', [CompletionResultType]::ParameterName, 'Created at or after DATE (`createdAt.startAt`)')
            [CompletionResult]::new('--created-until', '--created-until', [CompletionResultType]::ParameterName, 'Created before DATE (`createdAt.endsAt`)')
            [CompletionResult]::new('--ordered-since', '--ordered-since', [CompletionResultType]::ParameterName, 'Only contacts who ordered at or after DATE (`hasOrdered.lastAt`; implies --ordered)')
            [CompletionResult]::new('--body-json', '--body-json', [CompletionResultType]::ParameterName, 'Raw fields merged over the built body, for filters bp does not know (a JSON object)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Fetch only this page')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch pages until this many items (or the data ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Pages fetched at once with --all or --limit (printed in order all the same)')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'The most pages --all or --limit fetches: past it, bp stops with an error rather than follow a server whose pages never end')
            [CompletionResult]::new('--since-last', '--since-last', [CompletionResultType]::ParameterName, 'Only what was created since the last successful run with this NAME began (everything the first time), from every page: a bookmark per NAME, profile and customer in bp''s state directory, moved only when the run succeeds. For cron: `--since-last nightly -o ndjson >> all.ndjson` never misses or repeats an item')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Only contacts online now (`isOnline`)')
            [CompletionResult]::new('--live-chat', '--live-chat', [CompletionResultType]::ParameterName, 'Only contacts in an active live chat (`isLiveChatActive`)')
            [CompletionResult]::new('--ordered', '--ordered', [CompletionResultType]::ParameterName, 'Only contacts who have ordered (`hasOrdered.status`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page, until one comes back empty')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;contacts;delete' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Also the ids in FILE: one per line, or a CSV/JSON with an `_id` or `id` field. If the run stops (an error, Ctrl-C), the ids not deleted are in FILE.failed.csv')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Where the ids not deleted go, if the run stops [default: FILE.failed.csv with --from, else none]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask: required when standard input is not a terminal')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;contacts;set-attr' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'The contact: an email, a phone number with its country code (or --default-country), or a chat UUID')
            [CompletionResult]::new('--bot', '--bot', [CompletionResultType]::ParameterName, 'The bot (`botId`): a bot of the profile''s registry or a bot id [default: with --customer, the customer''s only registered bot; else the profile''s `bot_id`, BP_BOT_ID]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'The contact''s channel (`platform`) [default: whatsapp when the search is a phone number, else website]')
            [CompletionResult]::new('--default-country', '--default-country', [CompletionResultType]::ParameterName, 'Region of phone numbers written without a country code, e.g. US, IN')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Set the attributes of one contact per row of FILE (`-` for standard input, with --format)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format of --from [default: from the file''s extension]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The sheet of a spreadsheet --from to read [default: the first]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once with --from: `auto` finds the server''s pace (2 to 16, fewer when it throttles or slows down), or a fixed number from 1 to 64')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Where rejected rows go [default: FILE.failed.csv, or FILE.failed.ndjson for JSON input]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests that would be sent (credentials redacted) and send nothing; with --from, each refused row is a warning')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;contacts;help' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the inbox''s contacts (`POST /inbox/users`)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete contacts (`PUT /inbox/users/status-update`, status DELETED), 100 ids a request (the API documents no limit: 100 is our guess)')
            [CompletionResult]::new('set-attr', 'set-attr', [CompletionResultType]::ParameterValue, 'Set a contact''s attributes (`PUT /integrations/custom-app/update-user-attributes`, as BotPenguin''s own n8n node does), or many contacts'' with --from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;contacts;help;search' {
            break
        }
        'bp;contacts;help;delete' {
            break
        }
        'bp;contacts;help;set-attr' {
            break
        }
        'bp;contacts;help;help' {
            break
        }
        'bp;leads' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('upsert', 'upsert', [CompletionResultType]::ParameterValue, 'Create or update a lead (`PUT /inbox/direct/lead`), or many with --from')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a bot''s leads or other chats (`GET /inbox/direct/chats`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;leads;upsert' {
            [CompletionResult]::new('--uuid', '--uuid', [CompletionResultType]::ParameterName, 'Id of the chat user, created when a visitor opens the bot')
            [CompletionResult]::new('--bot', '--bot', [CompletionResultType]::ParameterName, 'The website bot: a bot of the profile''s registry (`[profiles.X.bots.NAME]`, its id and token) or a bot id [default: with --customer, the customer''s only registered website bot; else the profile''s `bot_id` and `bot_token`]')
            [CompletionResult]::new('--bot-id', '--bot-id', [CompletionResultType]::ParameterName, 'Bot id [default: `bot_id` of the profile, BP_BOT_ID]')
            [CompletionResult]::new('--customer-id', '--customer-id', [CompletionResultType]::ParameterName, 'Customer id [default: `customer_id` of the profile, BP_CUSTOMER_ID]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Lead''s name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Lead''s email')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Lead''s phone number, without the country code')
            [CompletionResult]::new('--dial-code', '--dial-code', [CompletionResultType]::ParameterName, 'Country calling code, e.g. `+91` (`91` gets its `+`)')
            [CompletionResult]::new('--agent-id', '--agent-id', [CompletionResultType]::ParameterName, 'Id of the agent assigned')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'OPEN, INPROGRESS, REVIEW, ONHOLD, DEPENDANCY or CLOSED (any case)')
            [CompletionResult]::new('--picture', '--picture', [CompletionResultType]::ParameterName, 'Picture URL (http or https)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag (repeatable; with --from, added to every row)')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Custom attribute (repeatable)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Note (repeatable)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Upsert one lead per row of FILE (`-` for standard input, with --format)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format of --from [default: from the file''s extension]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The sheet of a spreadsheet --from to read [default: the first]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once with --from: `auto` finds the server''s pace (2 to 16, fewer when it throttles or slows down), or a fixed number from 1 to 64')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Where rejected rows go [default: FILE.failed.csv, or FILE.failed.ndjson for JSON input]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests that would be sent (credentials redacted) and send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;leads;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Leads, or the bot''s other chats')
            [CompletionResult]::new('--bot', '--bot', [CompletionResultType]::ParameterName, 'The website bot: a bot of the profile''s registry (`[profiles.X.bots.NAME]`, its id and token) or a bot id [default: with --customer, the customer''s only registered website bot; else the profile''s `bot_id` and `bot_token`]')
            [CompletionResult]::new('--bot-id', '--bot-id', [CompletionResultType]::ParameterName, 'Bot id [default: `bot_id` of the profile, BP_BOT_ID]')
            [CompletionResult]::new('--customer-id', '--customer-id', [CompletionResultType]::ParameterName, 'Customer id [default: `customer_id` of the profile, BP_CUSTOMER_ID]')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Fetch only this page')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch pages until this many items (or the data ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Pages fetched at once with --all or --limit (printed in order all the same)')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'The most pages --all or --limit fetches: past it, bp stops with an error rather than follow a server whose pages never end')
            [CompletionResult]::new('--since-last', '--since-last', [CompletionResultType]::ParameterName, 'Only what was created since the last successful run with this NAME began (everything the first time), from every page: a bookmark per NAME, profile and customer in bp''s state directory, moved only when the run succeeds. For cron: `--since-last nightly -o ndjson >> all.ndjson` never misses or repeats an item')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page, until one comes back empty')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;leads;help' {
            [CompletionResult]::new('upsert', 'upsert', [CompletionResultType]::ParameterValue, 'Create or update a lead (`PUT /inbox/direct/lead`), or many with --from')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a bot''s leads or other chats (`GET /inbox/direct/chats`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;leads;help;upsert' {
            break
        }
        'bp;leads;help;list' {
            break
        }
        'bp;leads;help;help' {
            break
        }
        'bp;whatsapp' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import contacts from a CSV, JSON or NDJSON file (`POST /inbox/users/import`)')
            [CompletionResult]::new('templates', 'templates', [CompletionResultType]::ParameterValue, 'List a WhatsApp bot''s message templates (`GET /whatsapp-automation/wa/templates` with its key, `GET /whatsapp-automation/plugin/templates/{botId}` with the API token)')
            [CompletionResult]::new('send-template', 'send-template', [CompletionResultType]::ParameterValue, 'Send a template message (`POST /whatsapp-automation/wa/send-template` with the bot''s key, `POST /whatsapp-automation/plugin/send-template-message` with the API token); not retried once sent')
            [CompletionResult]::new('template-vars', 'template-vars', [CompletionResultType]::ParameterValue, 'List a template''s variables, the NAMEs of `send-template --param NAME=VALUE` (`GET /whatsapp-automation/plugin/make-template-dynamic-fields/{templateId}`, with the API token)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a text, image or document message inside WhatsApp''s 24-hour window (`POST /whatsapp-automation/wa/send-message`); not retried once sent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;whatsapp;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format of FILE [default: from its extension: .csv, .json, .ndjson/.jsonl, .xlsx, .xls, .ods]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The sheet of a spreadsheet FILE to read [default: the first]')
            [CompletionResult]::new('--default-country', '--default-country', [CompletionResultType]::ParameterName, 'Region of numbers written without a country code, e.g. US, IN')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag added to every contact (repeatable)')
            [CompletionResult]::new('--bot', '--bot', [CompletionResultType]::ParameterName, 'The WhatsApp bot the contacts are for: its id, or a `[profiles.X.bots.NAME]` with an `id`; sent as `botId`, as BotPenguin''s own integrations do [default: none sent]')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Contacts per request (halved if the server says a batch is too large)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once: `auto` finds the server''s pace (2 to 16, fewer when it throttles or slows down), or a fixed number from 1 to 64')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Where rejected rows go [default: FILE.failed.csv, or FILE.failed.ndjson for JSON input]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row (each rejected one a warning), print the summary and the first request''s body, and send nothing')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Finish an earlier run of this file that did not complete, sending only what the server did not acknowledge')
            [CompletionResult]::new('--restart', '--restart', [CompletionResultType]::ParameterName, 'Forget an earlier unfinished run of this file and import it all again')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;whatsapp;templates' {
            [CompletionResult]::new('--bot', '--bot', [CompletionResultType]::ParameterName, 'The WhatsApp bot: a `[profiles.X.bots.NAME]` of the config or a bot id [default: the profile''s `wa_api_key`; with --customer, the customer''s only WhatsApp bot, registered or listed by `GET /whatsapp-automation`]')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, '`key`: the bot''s WhatsApp API key and the documented `/wa/*` endpoints; `plugin`: the customer''s API token (--customer, or the profile''s `api_token`) and the `/plugin/*` endpoints [default: key when the bot has a WhatsApp key, or the profile has `wa_api_key` and no --customer is given; else plugin]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;whatsapp;send-template' {
            [CompletionResult]::new('--bot', '--bot', [CompletionResultType]::ParameterName, 'The WhatsApp bot: a `[profiles.X.bots.NAME]` of the config or a bot id [default: the profile''s `wa_api_key`; with --customer, the customer''s only WhatsApp bot, registered or listed by `GET /whatsapp-automation`]')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, '`key`: the bot''s WhatsApp API key and the documented `/wa/*` endpoints; `plugin`: the customer''s API token (--customer, or the profile''s `api_token`) and the `/plugin/*` endpoints [default: key when the bot has a WhatsApp key, or the profile has `wa_api_key` and no --customer is given; else plugin]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient''s number, with its country code (or --default-country)')
            [CompletionResult]::new('--default-country', '--default-country', [CompletionResultType]::ParameterName, 'Region of a number written without a country code')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The recipient''s name (`userName`)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The template: its id, or its name (looked up in the bot''s templates; see `bp whatsapp templates`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'A body variable, in order (repeatable); `NAME=VALUE` for a named variable (with --via plugin, NAME as `bp whatsapp template-vars` lists it; any other value, even one with `=`, fills the other variables in order)')
            [CompletionResult]::new('--params-json', '--params-json', [CompletionResultType]::ParameterName, 'Template parameters as raw JSON, instead of --param: Meta''s components array, or with --via plugin the `templateParams` object')
            [CompletionResult]::new('--assign-to', '--assign-to', [CompletionResultType]::ParameterName, 'Assign the chat to this team member''s email (`assignTo`)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag the conversation (repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;whatsapp;template-vars' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;whatsapp;send' {
            [CompletionResult]::new('--bot', '--bot', [CompletionResultType]::ParameterName, 'The bot whose WhatsApp API key to use: a `[profiles.X.bots.NAME]` of the config [default: the profile''s `wa_api_key`, BP_WA_API_KEY]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient''s number, with its country code (or --default-country)')
            [CompletionResult]::new('--default-country', '--default-country', [CompletionResultType]::ParameterName, 'Region of a number written without a country code')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The recipient''s name (`userName`)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'A text message')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'An image, by URL')
            [CompletionResult]::new('--document', '--document', [CompletionResultType]::ParameterName, 'A document, by URL')
            [CompletionResult]::new('--caption', '--caption', [CompletionResultType]::ParameterName, 'Caption of the image or document')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag the conversation (repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;whatsapp;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import contacts from a CSV, JSON or NDJSON file (`POST /inbox/users/import`)')
            [CompletionResult]::new('templates', 'templates', [CompletionResultType]::ParameterValue, 'List a WhatsApp bot''s message templates (`GET /whatsapp-automation/wa/templates` with its key, `GET /whatsapp-automation/plugin/templates/{botId}` with the API token)')
            [CompletionResult]::new('send-template', 'send-template', [CompletionResultType]::ParameterValue, 'Send a template message (`POST /whatsapp-automation/wa/send-template` with the bot''s key, `POST /whatsapp-automation/plugin/send-template-message` with the API token); not retried once sent')
            [CompletionResult]::new('template-vars', 'template-vars', [CompletionResultType]::ParameterValue, 'List a template''s variables, the NAMEs of `send-template --param NAME=VALUE` (`GET /whatsapp-automation/plugin/make-template-dynamic-fields/{templateId}`, with the API token)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a text, image or document message inside WhatsApp''s 24-hour window (`POST /whatsapp-automation/wa/send-message`); not retried once sent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;whatsapp;help;import' {
            break
        }
        'bp;whatsapp;help;templates' {
            break
        }
        'bp;whatsapp;help;send-template' {
            break
        }
        'bp;whatsapp;help;template-vars' {
            break
        }
        'bp;whatsapp;help;send' {
            break
        }
        'bp;whatsapp;help;help' {
            break
        }
        'bp;members' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the customer''s team members (`GET /custom-user`)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'A team member''s token (`GET /ext/get-user-token?email=&type=`, partner key)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;members;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only members whose name or contact matches TEXT')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Fetch only this page')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch pages until this many items (or the data ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Pages fetched at once with --all or --limit (printed in order all the same)')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'The most pages --all or --limit fetches: past it, bp stops with an error rather than follow a server whose pages never end')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page, until one comes back empty')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;members;token' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What kind of member')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--show', '--show', [CompletionResultType]::ParameterName, 'Print the token itself')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;members;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the customer''s team members (`GET /custom-user`)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'A team member''s token (`GET /ext/get-user-token?email=&type=`, partner key)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;members;help;list' {
            break
        }
        'bp;members;help;token' {
            break
        }
        'bp;members;help;help' {
            break
        }
        'bp;segments' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the customer''s segments (`GET /inbox/segments`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;segments;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;segments;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the customer''s segments (`GET /inbox/segments`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;segments;help;list' {
            break
        }
        'bp;segments;help;help' {
            break
        }
        'bp;bots' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The registered bots: kind, id, whose they are (resolved with the partner key when the profile has one) and where each credential comes from (redacted)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a bot in the active profile (`--profile`, else the default or only one): `--customer C` says whose it is. Its token or key comes from a command (`--bot-token-cmd`, `--wa-api-key-cmd`), from standard input (`--with-token`), or from a prompt without echo; never from a flag''s value')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;bots;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Also list the customer''s WhatsApp bots from `GET /whatsapp-automation` (with --customer''s token or the profile''s `api_token`), marking the registered ones')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;bots;add' {
            [CompletionResult]::new('--bot-id', '--bot-id', [CompletionResultType]::ParameterName, 'The bot''s id (24 hex characters)')
            [CompletionResult]::new('--bot-token-cmd', '--bot-token-cmd', [CompletionResultType]::ParameterName, 'A command that prints the website bot''s token (`bot_token_cmd`)')
            [CompletionResult]::new('--wa-api-key-cmd', '--wa-api-key-cmd', [CompletionResultType]::ParameterName, 'A command that prints the WhatsApp bot''s API key (`wa_api_key_cmd`)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the secret from one line of standard input: `bot` (a website bot''s token) or `wa` (a WhatsApp bot''s API key)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;bots;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The registered bots: kind, id, whose they are (resolved with the partner key when the profile has one) and where each credential comes from (redacted)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a bot in the active profile (`--profile`, else the default or only one): `--customer C` says whose it is. Its token or key comes from a command (`--bot-token-cmd`, `--wa-api-key-cmd`), from standard input (`--with-token`), or from a prompt without echo; never from a flag''s value')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;bots;help;list' {
            break
        }
        'bp;bots;help;add' {
            break
        }
        'bp;bots;help;help' {
            break
        }
        'bp;api' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A string field `key=value`, as `gh api -f` (repeatable; dotted keys nest); for GET and DELETE, a query parameter')
            [CompletionResult]::new('--raw-field', '--raw-field', [CompletionResultType]::ParameterName, 'A string field `key=value`, as `gh api -f` (repeatable; dotted keys nest); for GET and DELETE, a query parameter')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'A typed field `key=value`, as `gh api -F`: `true`, `false`, `null` and integers are JSON, `@FILE` the file''s text (`@-` standard input), anything else a string')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A typed field `key=value`, as `gh api -F`: `true`, `false`, `null` and integers are JSON, `@FILE` the file''s text (`@-` standard input), anything else a string')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'A header `Name: value` (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'A header `Name: value` (repeatable)')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'The body from a file (`-` for standard input)')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Which credential to send')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'With --paginate: the most pages to fetch (a server that never ends its list must not keep bp fetching)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--paginate', '--paginate', [CompletionResultType]::ParameterName, 'Walk the pages of a GET listing (`page=1`, 2, … until an empty page, as the list commands do) and print their items together, in `-o json` (the default here), `ndjson`, `csv` or `table`, with `--fields`')
            [CompletionResult]::new('--show', '--show', [CompletionResultType]::ParameterName, 'Print credentials in the answer as they are: tokens it hands out (`permanentToken.key`) and any of your own secrets the server echoes; by default they are redacted (other fields are data, whatever their names)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;profile' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles of the config file')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile, or change one: asks for each value on a terminal (secrets without echo), or takes them from flags and `--with-token` on standard input')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default (`default_profile`)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s resolved settings, secrets redacted, and where each came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;profile;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;profile;add' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API host, for white-label partners')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read a secret from standard input, one line each, in the order given (repeatable)')
            [CompletionResult]::new('--partner-key-cmd', '--partner-key-cmd', [CompletionResultType]::ParameterName, 'A command that prints the partner key (`partner_key_cmd`)')
            [CompletionResult]::new('--api-token-cmd', '--api-token-cmd', [CompletionResultType]::ParameterName, 'A command that prints the API token (`api_token_cmd`)')
            [CompletionResult]::new('--bot-token-cmd', '--bot-token-cmd', [CompletionResultType]::ParameterName, 'A command that prints the bot token (`bot_token_cmd`)')
            [CompletionResult]::new('--bot-id', '--bot-id', [CompletionResultType]::ParameterName, 'Default bot id (`bot_id`)')
            [CompletionResult]::new('--customer-id', '--customer-id', [CompletionResultType]::ParameterName, 'Default customer id (`customer_id`)')
            [CompletionResult]::new('--for-customer', '--for-customer', [CompletionResultType]::ParameterName, 'Customer to act for with the partner key (`customer`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make it the default profile')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;profile;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;profile;show' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles of the config file')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile, or change one: asks for each value on a terminal (secrets without echo), or takes them from flags and `--with-token` on standard input')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default (`default_profile`)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s resolved settings, secrets redacted, and where each came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;profile;help;list' {
            break
        }
        'bp;profile;help;add' {
            break
        }
        'bp;profile;help;use' {
            break
        }
        'bp;profile;help;show' {
            break
        }
        'bp;profile;help;help' {
            break
        }
        'bp;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Try each credential of the active profile with one cheap call, and say where it came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;auth;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Try each credential of the active profile with one cheap call, and say where it came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;auth;help;status' {
            break
        }
        'bp;auth;help;help' {
            break
        }
        'bp;sandbox' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox over HTTP and print its base URL and credentials')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete the sandbox''s saved state, back to the seed data')
            [CompletionResult]::new('shapes-diff', 'shapes-diff', [CompletionResultType]::ParameterValue, 'List where the sandbox answers otherwise than a `--shapes` recording of the real API')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;sandbox;serve' {
            [CompletionResult]::new('--addr', '--addr', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free one)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: bp/sandbox-state.json under the user''s data directory]')
            [CompletionResult]::new('--customers-page-size', '--customers-page-size', [CompletionResultType]::ParameterName, 'Customers per page of `GET /customer/list`')
            [CompletionResult]::new('--contacts-page-size', '--contacts-page-size', [CompletionResultType]::ParameterName, 'Items per page of contacts and chats')
            [CompletionResult]::new('--latency', '--latency', [CompletionResultType]::ParameterName, 'Milliseconds to wait before every answer (± up to 25%), like a real network')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of every random fault and of the latency''s jitter: the same seed gives the same faults for the same sequence of requests')
            [CompletionResult]::new('--error-rate', '--error-rate', [CompletionResultType]::ParameterName, 'Fraction (0 to 1) of requests answered 503')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests per second (all clients together, over a sliding second); past it, 429 with `Retry-After: 1`')
            [CompletionResult]::new('--reset-rate', '--reset-rate', [CompletionResultType]::ParameterName, 'Fraction (0 to 1) of requests whose connection is closed mid-response (half of them after the request took effect)')
            [CompletionResult]::new('--stall-rate', '--stall-rate', [CompletionResultType]::ParameterName, 'Fraction (0 to 1) of requests that send headers and then never finish')
            [CompletionResult]::new('--html-rate', '--html-rate', [CompletionResultType]::ParameterName, 'Fraction (0 to 1) of requests answered by a proxy''s HTML 502 page')
            [CompletionResult]::new('--max-import-batch', '--max-import-batch', [CompletionResultType]::ParameterName, 'Answer 413 to an import of more than N contacts')
            [CompletionResult]::new('--refuse-marker', '--refuse-marker', [CompletionResultType]::ParameterName, 'Answer 400 to an import batch with a contact whose name or email contains TEXT')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--no-persist', '--no-persist', [CompletionResultType]::ParameterName, 'Keep the state in memory only')
            [CompletionResult]::new('--lenient', '--lenient', [CompletionResultType]::ParameterName, 'Play a looser server: take what the docs allow and drop the checks no page states')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;sandbox;reset' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: bp/sandbox-state.json under the user''s data directory]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;sandbox;shapes-diff' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox over HTTP and print its base URL and credentials')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete the sandbox''s saved state, back to the seed data')
            [CompletionResult]::new('shapes-diff', 'shapes-diff', [CompletionResultType]::ParameterValue, 'List where the sandbox answers otherwise than a `--shapes` recording of the real API')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;sandbox;help;serve' {
            break
        }
        'bp;sandbox;help;reset' {
            break
        }
        'bp;sandbox;help;shapes-diff' {
            break
        }
        'bp;sandbox;help;help' {
            break
        }
        'bp;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;man' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: `default_profile`, or the only one]')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (jq''s language built in): each result on its own line, strings unquoted. It takes what `-o json` prints, the whole array (after --fields), or each item with `-o ndjson`; alone, it implies `-o json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` is honoured in `auto`)')
            [CompletionResult]::new('--shapes', '--shapes', [CompletionResultType]::ParameterName, 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of table and csv output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show a terminal table whole, however wide: by default it fits the terminal, names and other free text cut with `…` (ids, emails, phones and times never are)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Print a progress line on stderr every 5 seconds (bulk commands and --all listings), terminal or not: for cron and CI logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an in-process sandbox of the API with its own credentials (no config needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bp;help' {
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Manage the agency''s customers (partner key)')
            [CompletionResult]::new('contacts', 'contacts', [CompletionResultType]::ParameterValue, 'Search a customer''s inbox contacts (API token)')
            [CompletionResult]::new('leads', 'leads', [CompletionResultType]::ParameterValue, 'Upsert and list a bot''s leads (bot token)')
            [CompletionResult]::new('whatsapp', 'whatsapp', [CompletionResultType]::ParameterValue, 'Import WhatsApp contacts (API token); templates and messages (a bot''s WhatsApp API key)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'A customer''s team members (API token; tokens with the partner key)')
            [CompletionResult]::new('segments', 'segments', [CompletionResultType]::ParameterValue, 'A customer''s contact segments (API token)')
            [CompletionResult]::new('bots', 'bots', [CompletionResultType]::ParameterValue, 'The profile''s bot registry (`[profiles.X.bots.NAME]`)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send any request to the API, like `gh api`: for endpoints bp does not wrap')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Show and edit the profiles of the config file')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Check the active profile''s credentials against the API')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run the embedded emulator of the BotPenguin API')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write a man page for bp and for each of its commands into DIR (bp.1, bp-customers-list.1, …)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bp;help;customers' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agency''s customers (`GET /customer/list`)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one customer, named by id, email or exact name (from `GET /customer/list`)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Show whether a customer''s API token is active; the token itself only with --show')
            [CompletionResult]::new('each', 'each', [CompletionResultType]::ParameterValue, 'Run a bp command for every customer, with that customer''s token')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a customer (`POST /customer/create`, or `POST /customer` where that is 404)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a customer (`PUT /customer/{id}`); the fields are undocumented: bp sends what you give')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete customers (`DELETE /customer/{id}`): asks on a terminal, else needs --yes')
            break
        }
        'bp;help;customers;list' {
            break
        }
        'bp;help;customers;get' {
            break
        }
        'bp;help;customers;token' {
            break
        }
        'bp;help;customers;each' {
            break
        }
        'bp;help;customers;create' {
            break
        }
        'bp;help;customers;update' {
            break
        }
        'bp;help;customers;delete' {
            break
        }
        'bp;help;contacts' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the inbox''s contacts (`POST /inbox/users`)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete contacts (`PUT /inbox/users/status-update`, status DELETED), 100 ids a request (the API documents no limit: 100 is our guess)')
            [CompletionResult]::new('set-attr', 'set-attr', [CompletionResultType]::ParameterValue, 'Set a contact''s attributes (`PUT /integrations/custom-app/update-user-attributes`, as BotPenguin''s own n8n node does), or many contacts'' with --from')
            break
        }
        'bp;help;contacts;search' {
            break
        }
        'bp;help;contacts;delete' {
            break
        }
        'bp;help;contacts;set-attr' {
            break
        }
        'bp;help;leads' {
            [CompletionResult]::new('upsert', 'upsert', [CompletionResultType]::ParameterValue, 'Create or update a lead (`PUT /inbox/direct/lead`), or many with --from')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a bot''s leads or other chats (`GET /inbox/direct/chats`)')
            break
        }
        'bp;help;leads;upsert' {
            break
        }
        'bp;help;leads;list' {
            break
        }
        'bp;help;whatsapp' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import contacts from a CSV, JSON or NDJSON file (`POST /inbox/users/import`)')
            [CompletionResult]::new('templates', 'templates', [CompletionResultType]::ParameterValue, 'List a WhatsApp bot''s message templates (`GET /whatsapp-automation/wa/templates` with its key, `GET /whatsapp-automation/plugin/templates/{botId}` with the API token)')
            [CompletionResult]::new('send-template', 'send-template', [CompletionResultType]::ParameterValue, 'Send a template message (`POST /whatsapp-automation/wa/send-template` with the bot''s key, `POST /whatsapp-automation/plugin/send-template-message` with the API token); not retried once sent')
            [CompletionResult]::new('template-vars', 'template-vars', [CompletionResultType]::ParameterValue, 'List a template''s variables, the NAMEs of `send-template --param NAME=VALUE` (`GET /whatsapp-automation/plugin/make-template-dynamic-fields/{templateId}`, with the API token)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a text, image or document message inside WhatsApp''s 24-hour window (`POST /whatsapp-automation/wa/send-message`); not retried once sent')
            break
        }
        'bp;help;whatsapp;import' {
            break
        }
        'bp;help;whatsapp;templates' {
            break
        }
        'bp;help;whatsapp;send-template' {
            break
        }
        'bp;help;whatsapp;template-vars' {
            break
        }
        'bp;help;whatsapp;send' {
            break
        }
        'bp;help;members' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the customer''s team members (`GET /custom-user`)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'A team member''s token (`GET /ext/get-user-token?email=&type=`, partner key)')
            break
        }
        'bp;help;members;list' {
            break
        }
        'bp;help;members;token' {
            break
        }
        'bp;help;segments' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the customer''s segments (`GET /inbox/segments`)')
            break
        }
        'bp;help;segments;list' {
            break
        }
        'bp;help;bots' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The registered bots: kind, id, whose they are (resolved with the partner key when the profile has one) and where each credential comes from (redacted)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a bot in the active profile (`--profile`, else the default or only one): `--customer C` says whose it is. Its token or key comes from a command (`--bot-token-cmd`, `--wa-api-key-cmd`), from standard input (`--with-token`), or from a prompt without echo; never from a flag''s value')
            break
        }
        'bp;help;bots;list' {
            break
        }
        'bp;help;bots;add' {
            break
        }
        'bp;help;api' {
            break
        }
        'bp;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles of the config file')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile, or change one: asks for each value on a terminal (secrets without echo), or takes them from flags and `--with-token` on standard input')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default (`default_profile`)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s resolved settings, secrets redacted, and where each came from')
            break
        }
        'bp;help;profile;list' {
            break
        }
        'bp;help;profile;add' {
            break
        }
        'bp;help;profile;use' {
            break
        }
        'bp;help;profile;show' {
            break
        }
        'bp;help;auth' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Try each credential of the active profile with one cheap call, and say where it came from')
            break
        }
        'bp;help;auth;status' {
            break
        }
        'bp;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox over HTTP and print its base URL and credentials')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete the sandbox''s saved state, back to the seed data')
            [CompletionResult]::new('shapes-diff', 'shapes-diff', [CompletionResultType]::ParameterValue, 'List where the sandbox answers otherwise than a `--shapes` recording of the real API')
            break
        }
        'bp;help;sandbox;serve' {
            break
        }
        'bp;help;sandbox;reset' {
            break
        }
        'bp;help;sandbox;shapes-diff' {
            break
        }
        'bp;help;completions' {
            break
        }
        'bp;help;man' {
            break
        }
        'bp;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
