
use builtin;
use str;

set edit:completion:arg-completer[bp] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'bp'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'bp'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand customers 'Manage the agency''s customers (partner key)'
            cand contacts 'Search a customer''s inbox contacts (API token)'
            cand leads 'Upsert and list a bot''s leads (bot token)'
            cand whatsapp 'Import WhatsApp contacts (API token); templates and messages (a bot''s WhatsApp API key)'
            cand members 'A customer''s team members (API token; tokens with the partner key)'
            cand segments 'A customer''s contact segments (API token)'
            cand bots 'The profile''s bot registry (`[profiles.X.bots.NAME]`)'
            cand api 'Send any request to the API, like `gh api`: for endpoints bp does not wrap'
            cand profile 'Show and edit the profiles of the config file'
            cand auth 'Check the active profile''s credentials against the API'
            cand sandbox 'Run the embedded emulator of the BotPenguin API'
            cand completions 'Print a shell completion script'
            cand man 'Write a man page for bp and for each of its commands into DIR (bp.1, bp-customers-list.1, …)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;customers'= {
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the agency''s customers (`GET /customer/list`)'
            cand get 'Show one customer, named by id, email or exact name (from `GET /customer/list`)'
            cand token 'Show whether a customer''s API token is active; the token itself only with --show'
            cand each 'Run a bp command for every customer, with that customer''s token'
            cand create 'Create a customer (`POST /customer/create`, or `POST /customer` where that is 404)'
            cand update 'Change a customer (`PUT /customer/{id}`); the fields are undocumented: bp sends what you give'
            cand delete 'Delete customers (`DELETE /customer/{id}`): asks on a terminal, else needs --yes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;customers;list'= {
            cand --sort 'Field to sort by, as the API''s `sort` parameter'
            cand --status 'Only customers with this status (e.g. ACTIVE, any case)'
            cand --filter 'Only customers whose name or email contains TEXT (any case)'
            cand --page 'Fetch only this page'
            cand --limit 'Fetch pages until this many items (or the data ends)'
            cand --concurrency 'Pages fetched at once with --all or --limit (printed in order all the same)'
            cand --max-pages 'The most pages --all or --limit fetches: past it, bp stops with an error rather than follow a server whose pages never end'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --all 'Fetch every page, until one comes back empty'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;customers;get'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;customers;token'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --show 'Print the token itself (alone on stdout, or in the JSON with -o json)'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;customers;each'= {
            cand --status 'Only customers with this status (e.g. ACTIVE, any case)'
            cand --filter 'Only customers whose name or email contains TEXT (any case)'
            cand --concurrency 'Customers run at once: `auto` starts at 2 and finds the server''s pace (up to 16, fewer when it throttles), or a fixed number from 1 to 64'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;customers;create'= {
            cand --email 'The customer''s login email (the body''s `username`)'
            cand --name 'The customer''s name'
            cand --usage-limit 'Usage limit (the body''s `limit`)'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;customers;update'= {
            cand --set 'A field to set (repeatable): `key=value` sets a string, `key:=json` typed JSON (`limit:=500`, `verified:=true`); a dotted key sets a nested field'
            cand --body-json 'The whole body, a JSON object'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;customers;delete'= {
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --yes 'Do not ask: required when standard input is not a terminal'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;customers;help'= {
            cand list 'List the agency''s customers (`GET /customer/list`)'
            cand get 'Show one customer, named by id, email or exact name (from `GET /customer/list`)'
            cand token 'Show whether a customer''s API token is active; the token itself only with --show'
            cand each 'Run a bp command for every customer, with that customer''s token'
            cand create 'Create a customer (`POST /customer/create`, or `POST /customer` where that is 404)'
            cand update 'Change a customer (`PUT /customer/{id}`); the fields are undocumented: bp sends what you give'
            cand delete 'Delete customers (`DELETE /customer/{id}`): asks on a terminal, else needs --yes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;customers;help;list'= {
        }
        &'bp;customers;help;get'= {
        }
        &'bp;customers;help;token'= {
        }
        &'bp;customers;help;each'= {
        }
        &'bp;customers;help;create'= {
        }
        &'bp;customers;help;update'= {
        }
        &'bp;customers;help;delete'= {
        }
        &'bp;customers;help;help'= {
        }
        &'bp;contacts'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand search 'Search the inbox''s contacts (`POST /inbox/users`)'
            cand delete 'Delete contacts (`PUT /inbox/users/status-update`, status DELETED), 100 ids a request (the API documents no limit: 100 is our guess)'
            cand set-attr 'Set a contact''s attributes (`PUT /integrations/custom-app/update-user-attributes`, as BotPenguin''s own n8n node does), or many contacts'' with --from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;contacts;search'= {
            cand --tag 'Contacts with this tag (`tags`; repeatable)'
            cand --status 'Contacts with this status (`status`; repeatable)'
            cand --segment 'Contacts in this segment id (`segments`; repeatable)'
            cand --bot-website 'Contacts of this website bot (`_botWebsite`; repeatable)'
            cand --bot-whatsapp 'Contacts of this WhatsApp bot (`_botWhatsapp`; repeatable)'
            cand --bot-telegram 'Contacts of this Telegram bot (`_botTelegram`; repeatable)'
            cand --bot-facebook 'Contacts of this Facebook bot (`_botFacebook`; repeatable)'
            cand --agent 'Contacts assigned to this agent id (`_agentAssigned`; repeatable)'
            cand --last-message-by 'Contacts whose last message came from X, e.g. user, bot, agent (`lastMessageBy`; repeatable)'
            cand --interacted 'Whether the contact has interacted with a bot (`userInteracted`)'
            cand --seen-since 'Last seen at or after DATE (`lastSeenAt.startAt`)'
            cand --seen-until 'Last seen before DATE (`lastSeenAt.endsAt`)'
            cand --created-since 'Created at or after DATE (`createdAt.startAt`)'
            cand --created-until 'Created before DATE (`createdAt.endsAt`)'
            cand --ordered-since 'Only contacts who ordered at or after DATE (`hasOrdered.lastAt`; implies --ordered)'
            cand --body-json 'Raw fields merged over the built body, for filters bp does not know (a JSON object)'
            cand --page 'Fetch only this page'
            cand --limit 'Fetch pages until this many items (or the data ends)'
            cand --concurrency 'Pages fetched at once with --all or --limit (printed in order all the same)'
            cand --max-pages 'The most pages --all or --limit fetches: past it, bp stops with an error rather than follow a server whose pages never end'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --online 'Only contacts online now (`isOnline`)'
            cand --live-chat 'Only contacts in an active live chat (`isLiveChatActive`)'
            cand --ordered 'Only contacts who have ordered (`hasOrdered.status`)'
            cand --all 'Fetch every page, until one comes back empty'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;contacts;delete'= {
            cand --from 'Also the ids in FILE: one per line, or a CSV/JSON with an `_id` or `id` field. If the run stops (an error, Ctrl-C), the ids not deleted are in FILE.failed.csv'
            cand --failed 'Where the ids not deleted go, if the run stops [default: FILE.failed.csv with --from, else none]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --yes 'Do not ask: required when standard input is not a terminal'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;contacts;set-attr'= {
            cand --search 'The contact: an email, a phone number with its country code (or --default-country), or a chat UUID'
            cand --bot 'The bot (`botId`): a bot of the profile''s registry or a bot id [default: with --customer, the customer''s only registered bot; else the profile''s `bot_id`, BP_BOT_ID]'
            cand --platform 'The contact''s channel (`platform`) [default: whatsapp when the search is a phone number, else website]'
            cand --default-country 'Region of phone numbers written without a country code, e.g. US, IN'
            cand --from 'Set the attributes of one contact per row of FILE (`-` for standard input, with --format)'
            cand --format 'Format of --from [default: from the file''s extension]'
            cand --sheet 'The sheet of a spreadsheet --from to read [default: the first]'
            cand --concurrency 'Requests in flight at once with --from: `auto` finds the server''s pace (2 to 16, fewer when it throttles or slows down), or a fixed number from 1 to 64'
            cand --failed 'Where rejected rows go [default: FILE.failed.csv, or FILE.failed.ndjson for JSON input]'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --dry-run 'Print the requests that would be sent (credentials redacted) and send nothing; with --from, each refused row is a warning'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;contacts;help'= {
            cand search 'Search the inbox''s contacts (`POST /inbox/users`)'
            cand delete 'Delete contacts (`PUT /inbox/users/status-update`, status DELETED), 100 ids a request (the API documents no limit: 100 is our guess)'
            cand set-attr 'Set a contact''s attributes (`PUT /integrations/custom-app/update-user-attributes`, as BotPenguin''s own n8n node does), or many contacts'' with --from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;contacts;help;search'= {
        }
        &'bp;contacts;help;delete'= {
        }
        &'bp;contacts;help;set-attr'= {
        }
        &'bp;contacts;help;help'= {
        }
        &'bp;leads'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand upsert 'Create or update a lead (`PUT /inbox/direct/lead`), or many with --from'
            cand list 'List a bot''s leads or other chats (`GET /inbox/direct/chats`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;leads;upsert'= {
            cand --uuid 'Id of the chat user, created when a visitor opens the bot'
            cand --bot 'The website bot: a bot of the profile''s registry (`[profiles.X.bots.NAME]`, its id and token) or a bot id [default: with --customer, the customer''s only registered website bot; else the profile''s `bot_id` and `bot_token`]'
            cand --bot-id 'Bot id [default: `bot_id` of the profile, BP_BOT_ID]'
            cand --customer-id 'Customer id [default: `customer_id` of the profile, BP_CUSTOMER_ID]'
            cand --name 'Lead''s name'
            cand --email 'Lead''s email'
            cand --phone 'Lead''s phone number, without the country code'
            cand --dial-code 'Country calling code, e.g. `+91` (`91` gets its `+`)'
            cand --agent-id 'Id of the agent assigned'
            cand --status 'OPEN, INPROGRESS, REVIEW, ONHOLD, DEPENDANCY or CLOSED (any case)'
            cand --picture 'Picture URL (http or https)'
            cand --tag 'Tag (repeatable; with --from, added to every row)'
            cand --attr 'Custom attribute (repeatable)'
            cand --note 'Note (repeatable)'
            cand --from 'Upsert one lead per row of FILE (`-` for standard input, with --format)'
            cand --format 'Format of --from [default: from the file''s extension]'
            cand --sheet 'The sheet of a spreadsheet --from to read [default: the first]'
            cand --concurrency 'Requests in flight at once with --from: `auto` finds the server''s pace (2 to 16, fewer when it throttles or slows down), or a fixed number from 1 to 64'
            cand --failed 'Where rejected rows go [default: FILE.failed.csv, or FILE.failed.ndjson for JSON input]'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --dry-run 'Print the requests that would be sent (credentials redacted) and send nothing'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;leads;list'= {
            cand --type 'Leads, or the bot''s other chats'
            cand --bot 'The website bot: a bot of the profile''s registry (`[profiles.X.bots.NAME]`, its id and token) or a bot id [default: with --customer, the customer''s only registered website bot; else the profile''s `bot_id` and `bot_token`]'
            cand --bot-id 'Bot id [default: `bot_id` of the profile, BP_BOT_ID]'
            cand --customer-id 'Customer id [default: `customer_id` of the profile, BP_CUSTOMER_ID]'
            cand --page 'Fetch only this page'
            cand --limit 'Fetch pages until this many items (or the data ends)'
            cand --concurrency 'Pages fetched at once with --all or --limit (printed in order all the same)'
            cand --max-pages 'The most pages --all or --limit fetches: past it, bp stops with an error rather than follow a server whose pages never end'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --all 'Fetch every page, until one comes back empty'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;leads;help'= {
            cand upsert 'Create or update a lead (`PUT /inbox/direct/lead`), or many with --from'
            cand list 'List a bot''s leads or other chats (`GET /inbox/direct/chats`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;leads;help;upsert'= {
        }
        &'bp;leads;help;list'= {
        }
        &'bp;leads;help;help'= {
        }
        &'bp;whatsapp'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand import 'Import contacts from a CSV, JSON or NDJSON file (`POST /inbox/users/import`)'
            cand templates 'List a WhatsApp bot''s message templates (`GET /whatsapp-automation/wa/templates` with its key, `GET /whatsapp-automation/plugin/templates/{botId}` with the API token)'
            cand send-template 'Send a template message (`POST /whatsapp-automation/wa/send-template` with the bot''s key, `POST /whatsapp-automation/plugin/send-template-message` with the API token); not retried once sent'
            cand template-vars 'List a template''s variables, the NAMEs of `send-template --param NAME=VALUE` (`GET /whatsapp-automation/plugin/make-template-dynamic-fields/{templateId}`, with the API token)'
            cand send 'Send a text, image or document message inside WhatsApp''s 24-hour window (`POST /whatsapp-automation/wa/send-message`); not retried once sent'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;whatsapp;import'= {
            cand --format 'Format of FILE [default: from its extension: .csv, .json, .ndjson/.jsonl, .xlsx, .xls, .ods]'
            cand --sheet 'The sheet of a spreadsheet FILE to read [default: the first]'
            cand --default-country 'Region of numbers written without a country code, e.g. US, IN'
            cand --tag 'Tag added to every contact (repeatable)'
            cand --bot 'The WhatsApp bot the contacts are for: its id, or a `[profiles.X.bots.NAME]` with an `id`; sent as `botId`, as BotPenguin''s own integrations do [default: none sent]'
            cand --batch-size 'Contacts per request (halved if the server says a batch is too large)'
            cand --concurrency 'Requests in flight at once: `auto` finds the server''s pace (2 to 16, fewer when it throttles or slows down), or a fixed number from 1 to 64'
            cand --failed 'Where rejected rows go [default: FILE.failed.csv, or FILE.failed.ndjson for JSON input]'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --dry-run 'Check every row (each rejected one a warning), print the summary and the first request''s body, and send nothing'
            cand --resume 'Finish an earlier run of this file that did not complete, sending only what the server did not acknowledge'
            cand --restart 'Forget an earlier unfinished run of this file and import it all again'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;whatsapp;templates'= {
            cand --bot 'The WhatsApp bot: a `[profiles.X.bots.NAME]` of the config or a bot id [default: the profile''s `wa_api_key`; with --customer, the customer''s only WhatsApp bot, registered or listed by `GET /whatsapp-automation`]'
            cand --via '`key`: the bot''s WhatsApp API key and the documented `/wa/*` endpoints; `plugin`: the customer''s API token (--customer, or the profile''s `api_token`) and the `/plugin/*` endpoints [default: key when the bot has a WhatsApp key, or the profile has `wa_api_key` and no --customer is given; else plugin]'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;whatsapp;send-template'= {
            cand --bot 'The WhatsApp bot: a `[profiles.X.bots.NAME]` of the config or a bot id [default: the profile''s `wa_api_key`; with --customer, the customer''s only WhatsApp bot, registered or listed by `GET /whatsapp-automation`]'
            cand --via '`key`: the bot''s WhatsApp API key and the documented `/wa/*` endpoints; `plugin`: the customer''s API token (--customer, or the profile''s `api_token`) and the `/plugin/*` endpoints [default: key when the bot has a WhatsApp key, or the profile has `wa_api_key` and no --customer is given; else plugin]'
            cand --to 'The recipient''s number, with its country code (or --default-country)'
            cand --default-country 'Region of a number written without a country code'
            cand --name 'The recipient''s name (`userName`)'
            cand --template 'The template: its id, or its name (looked up in the bot''s templates; see `bp whatsapp templates`)'
            cand --param 'A body variable, in order (repeatable); `NAME=VALUE` for a named variable (with --via plugin, NAME as `bp whatsapp template-vars` lists it; any other value, even one with `=`, fills the other variables in order)'
            cand --params-json 'Template parameters as raw JSON, instead of --param: Meta''s components array, or with --via plugin the `templateParams` object'
            cand --assign-to 'Assign the chat to this team member''s email (`assignTo`)'
            cand --tag 'Tag the conversation (repeatable)'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;whatsapp;template-vars'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;whatsapp;send'= {
            cand --bot 'The bot whose WhatsApp API key to use: a `[profiles.X.bots.NAME]` of the config [default: the profile''s `wa_api_key`, BP_WA_API_KEY]'
            cand --to 'The recipient''s number, with its country code (or --default-country)'
            cand --default-country 'Region of a number written without a country code'
            cand --name 'The recipient''s name (`userName`)'
            cand --text 'A text message'
            cand --image 'An image, by URL'
            cand --document 'A document, by URL'
            cand --caption 'Caption of the image or document'
            cand --tag 'Tag the conversation (repeatable)'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;whatsapp;help'= {
            cand import 'Import contacts from a CSV, JSON or NDJSON file (`POST /inbox/users/import`)'
            cand templates 'List a WhatsApp bot''s message templates (`GET /whatsapp-automation/wa/templates` with its key, `GET /whatsapp-automation/plugin/templates/{botId}` with the API token)'
            cand send-template 'Send a template message (`POST /whatsapp-automation/wa/send-template` with the bot''s key, `POST /whatsapp-automation/plugin/send-template-message` with the API token); not retried once sent'
            cand template-vars 'List a template''s variables, the NAMEs of `send-template --param NAME=VALUE` (`GET /whatsapp-automation/plugin/make-template-dynamic-fields/{templateId}`, with the API token)'
            cand send 'Send a text, image or document message inside WhatsApp''s 24-hour window (`POST /whatsapp-automation/wa/send-message`); not retried once sent'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;whatsapp;help;import'= {
        }
        &'bp;whatsapp;help;templates'= {
        }
        &'bp;whatsapp;help;send-template'= {
        }
        &'bp;whatsapp;help;template-vars'= {
        }
        &'bp;whatsapp;help;send'= {
        }
        &'bp;whatsapp;help;help'= {
        }
        &'bp;members'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the customer''s team members (`GET /custom-user`)'
            cand token 'A team member''s token (`GET /ext/get-user-token?email=&type=`, partner key)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;members;list'= {
            cand --search 'Only members whose name or contact matches TEXT'
            cand --page 'Fetch only this page'
            cand --limit 'Fetch pages until this many items (or the data ends)'
            cand --concurrency 'Pages fetched at once with --all or --limit (printed in order all the same)'
            cand --max-pages 'The most pages --all or --limit fetches: past it, bp stops with an error rather than follow a server whose pages never end'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --all 'Fetch every page, until one comes back empty'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;members;token'= {
            cand --type 'What kind of member'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --show 'Print the token itself'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;members;help'= {
            cand list 'List the customer''s team members (`GET /custom-user`)'
            cand token 'A team member''s token (`GET /ext/get-user-token?email=&type=`, partner key)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;members;help;list'= {
        }
        &'bp;members;help;token'= {
        }
        &'bp;members;help;help'= {
        }
        &'bp;segments'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the customer''s segments (`GET /inbox/segments`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;segments;list'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;segments;help'= {
            cand list 'List the customer''s segments (`GET /inbox/segments`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;segments;help;list'= {
        }
        &'bp;segments;help;help'= {
        }
        &'bp;bots'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The registered bots: kind, id, whose they are (resolved with the partner key when the profile has one) and where each credential comes from (redacted)'
            cand add 'Register a bot in the active profile (`--profile`, else the default or only one): `--customer C` says whose it is. Its token or key comes from a command (`--bot-token-cmd`, `--wa-api-key-cmd`), from standard input (`--with-token`), or from a prompt without echo; never from a flag''s value'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;bots;list'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --remote 'Also list the customer''s WhatsApp bots from `GET /whatsapp-automation` (with --customer''s token or the profile''s `api_token`), marking the registered ones'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;bots;add'= {
            cand --bot-id 'The bot''s id (24 hex characters)'
            cand --bot-token-cmd 'A command that prints the website bot''s token (`bot_token_cmd`)'
            cand --wa-api-key-cmd 'A command that prints the WhatsApp bot''s API key (`wa_api_key_cmd`)'
            cand --with-token 'Read the secret from one line of standard input: `bot` (a website bot''s token) or `wa` (a WhatsApp bot''s API key)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;bots;help'= {
            cand list 'The registered bots: kind, id, whose they are (resolved with the partner key when the profile has one) and where each credential comes from (redacted)'
            cand add 'Register a bot in the active profile (`--profile`, else the default or only one): `--customer C` says whose it is. Its token or key comes from a command (`--bot-token-cmd`, `--wa-api-key-cmd`), from standard input (`--with-token`), or from a prompt without echo; never from a flag''s value'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;bots;help;list'= {
        }
        &'bp;bots;help;add'= {
        }
        &'bp;bots;help;help'= {
        }
        &'bp;api'= {
            cand -f 'A string field `key=value`, as `gh api -f` (repeatable; dotted keys nest); for GET and DELETE, a query parameter'
            cand --raw-field 'A string field `key=value`, as `gh api -f` (repeatable; dotted keys nest); for GET and DELETE, a query parameter'
            cand -F 'A typed field `key=value`, as `gh api -F`: `true`, `false`, `null` and integers are JSON, `@FILE` the file''s text (`@-` standard input), anything else a string'
            cand --field 'A typed field `key=value`, as `gh api -F`: `true`, `false`, `null` and integers are JSON, `@FILE` the file''s text (`@-` standard input), anything else a string'
            cand -H 'A header `Name: value` (repeatable)'
            cand --header 'A header `Name: value` (repeatable)'
            cand --input 'The body from a file (`-` for standard input)'
            cand --auth 'Which credential to send'
            cand --max-pages 'With --paginate: the most pages to fetch (a server that never ends its list must not keep bp fetching)'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --paginate 'Walk the pages of a GET listing (`page=1`, 2, … until an empty page, as the list commands do) and print their items together, in `-o json` (the default here), `ndjson`, `csv` or `table`, with `--fields`'
            cand --show 'Print credentials in the answer as they are: tokens it hands out (`permanentToken.key`) and any of your own secrets the server echoes; by default they are redacted (other fields are data, whatever their names)'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;profile'= {
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the profiles of the config file'
            cand add 'Add a profile, or change one: asks for each value on a terminal (secrets without echo), or takes them from flags and `--with-token` on standard input'
            cand use 'Make a profile the default (`default_profile`)'
            cand show 'Show a profile''s resolved settings, secrets redacted, and where each came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;profile;list'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;profile;add'= {
            cand --base-url 'API host, for white-label partners'
            cand --with-token 'Read a secret from standard input, one line each, in the order given (repeatable)'
            cand --partner-key-cmd 'A command that prints the partner key (`partner_key_cmd`)'
            cand --api-token-cmd 'A command that prints the API token (`api_token_cmd`)'
            cand --bot-token-cmd 'A command that prints the bot token (`bot_token_cmd`)'
            cand --bot-id 'Default bot id (`bot_id`)'
            cand --customer-id 'Default customer id (`customer_id`)'
            cand --for-customer 'Customer to act for with the partner key (`customer`)'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --default 'Make it the default profile'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;profile;use'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;profile;show'= {
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;profile;help'= {
            cand list 'List the profiles of the config file'
            cand add 'Add a profile, or change one: asks for each value on a terminal (secrets without echo), or takes them from flags and `--with-token` on standard input'
            cand use 'Make a profile the default (`default_profile`)'
            cand show 'Show a profile''s resolved settings, secrets redacted, and where each came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;profile;help;list'= {
        }
        &'bp;profile;help;add'= {
        }
        &'bp;profile;help;use'= {
        }
        &'bp;profile;help;show'= {
        }
        &'bp;profile;help;help'= {
        }
        &'bp;auth'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Try each credential of the active profile with one cheap call, and say where it came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;auth;status'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;auth;help'= {
            cand status 'Try each credential of the active profile with one cheap call, and say where it came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;auth;help;status'= {
        }
        &'bp;auth;help;help'= {
        }
        &'bp;sandbox'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve the sandbox over HTTP and print its base URL and credentials'
            cand reset 'Delete the sandbox''s saved state, back to the seed data'
            cand shapes-diff 'List where the sandbox answers otherwise than a `--shapes` recording of the real API'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;sandbox;serve'= {
            cand --addr 'Address to listen on (port 0 picks a free one)'
            cand --state 'State file [default: bp/sandbox-state.json under the user''s data directory]'
            cand --customers-page-size 'Customers per page of `GET /customer/list`'
            cand --contacts-page-size 'Items per page of contacts and chats'
            cand --latency 'Milliseconds to wait before every answer (± up to 25%), like a real network'
            cand --seed 'Seed of every random fault and of the latency''s jitter: the same seed gives the same faults for the same sequence of requests'
            cand --error-rate 'Fraction (0 to 1) of requests answered 503'
            cand --rate-limit 'Requests per second (all clients together, over a sliding second); past it, 429 with `Retry-After: 1`'
            cand --reset-rate 'Fraction (0 to 1) of requests whose connection is closed mid-response (half of them after the request took effect)'
            cand --stall-rate 'Fraction (0 to 1) of requests that send headers and then never finish'
            cand --html-rate 'Fraction (0 to 1) of requests answered by a proxy''s HTML 502 page'
            cand --max-import-batch 'Answer 413 to an import of more than N contacts'
            cand --refuse-marker 'Answer 400 to an import batch with a contact whose name or email contains TEXT'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --no-persist 'Keep the state in memory only'
            cand --lenient 'Play a looser server: take what the docs allow and drop the checks no page states'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;sandbox;reset'= {
            cand --state 'State file [default: bp/sandbox-state.json under the user''s data directory]'
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;sandbox;shapes-diff'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;sandbox;help'= {
            cand serve 'Serve the sandbox over HTTP and print its base URL and credentials'
            cand reset 'Delete the sandbox''s saved state, back to the seed data'
            cand shapes-diff 'List where the sandbox answers otherwise than a `--shapes` recording of the real API'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;sandbox;help;serve'= {
        }
        &'bp;sandbox;help;reset'= {
        }
        &'bp;sandbox;help;shapes-diff'= {
        }
        &'bp;sandbox;help;help'= {
        }
        &'bp;completions'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;man'= {
            cand --profile 'Profile of the config file to use [default: `default_profile`, or the only one]'
            cand --customer 'Act for this customer (24-hex id, email or exact name) with the partner key: its API token is fetched and cached [env: BP_CUSTOMER]'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --fields 'Keep only these keys, dotted paths or table column names, in this order (e.g. `_id,name,contact.email`)'
            cand --timeout 'Seconds to wait for each request'
            cand --retries 'Retries of a failed request (connection errors, timeouts, 408, 429, 5xx)'
            cand --color 'When to use colour (`NO_COLOR` is honoured in `auto`)'
            cand --shapes 'Append the shape of every answer (keys, types, sizes; never a value) to this NDJSON file, to attach to a bug report'
            cand --json 'Short for `-o json`'
            cand --no-headers 'Leave out the header row of table and csv output'
            cand -v 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand --verbose 'Log each request to stderr; `-vv` adds headers and bodies (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --sandbox 'Run against an in-process sandbox of the API with its own credentials (no config needed)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bp;help'= {
            cand customers 'Manage the agency''s customers (partner key)'
            cand contacts 'Search a customer''s inbox contacts (API token)'
            cand leads 'Upsert and list a bot''s leads (bot token)'
            cand whatsapp 'Import WhatsApp contacts (API token); templates and messages (a bot''s WhatsApp API key)'
            cand members 'A customer''s team members (API token; tokens with the partner key)'
            cand segments 'A customer''s contact segments (API token)'
            cand bots 'The profile''s bot registry (`[profiles.X.bots.NAME]`)'
            cand api 'Send any request to the API, like `gh api`: for endpoints bp does not wrap'
            cand profile 'Show and edit the profiles of the config file'
            cand auth 'Check the active profile''s credentials against the API'
            cand sandbox 'Run the embedded emulator of the BotPenguin API'
            cand completions 'Print a shell completion script'
            cand man 'Write a man page for bp and for each of its commands into DIR (bp.1, bp-customers-list.1, …)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bp;help;customers'= {
            cand list 'List the agency''s customers (`GET /customer/list`)'
            cand get 'Show one customer, named by id, email or exact name (from `GET /customer/list`)'
            cand token 'Show whether a customer''s API token is active; the token itself only with --show'
            cand each 'Run a bp command for every customer, with that customer''s token'
            cand create 'Create a customer (`POST /customer/create`, or `POST /customer` where that is 404)'
            cand update 'Change a customer (`PUT /customer/{id}`); the fields are undocumented: bp sends what you give'
            cand delete 'Delete customers (`DELETE /customer/{id}`): asks on a terminal, else needs --yes'
        }
        &'bp;help;customers;list'= {
        }
        &'bp;help;customers;get'= {
        }
        &'bp;help;customers;token'= {
        }
        &'bp;help;customers;each'= {
        }
        &'bp;help;customers;create'= {
        }
        &'bp;help;customers;update'= {
        }
        &'bp;help;customers;delete'= {
        }
        &'bp;help;contacts'= {
            cand search 'Search the inbox''s contacts (`POST /inbox/users`)'
            cand delete 'Delete contacts (`PUT /inbox/users/status-update`, status DELETED), 100 ids a request (the API documents no limit: 100 is our guess)'
            cand set-attr 'Set a contact''s attributes (`PUT /integrations/custom-app/update-user-attributes`, as BotPenguin''s own n8n node does), or many contacts'' with --from'
        }
        &'bp;help;contacts;search'= {
        }
        &'bp;help;contacts;delete'= {
        }
        &'bp;help;contacts;set-attr'= {
        }
        &'bp;help;leads'= {
            cand upsert 'Create or update a lead (`PUT /inbox/direct/lead`), or many with --from'
            cand list 'List a bot''s leads or other chats (`GET /inbox/direct/chats`)'
        }
        &'bp;help;leads;upsert'= {
        }
        &'bp;help;leads;list'= {
        }
        &'bp;help;whatsapp'= {
            cand import 'Import contacts from a CSV, JSON or NDJSON file (`POST /inbox/users/import`)'
            cand templates 'List a WhatsApp bot''s message templates (`GET /whatsapp-automation/wa/templates` with its key, `GET /whatsapp-automation/plugin/templates/{botId}` with the API token)'
            cand send-template 'Send a template message (`POST /whatsapp-automation/wa/send-template` with the bot''s key, `POST /whatsapp-automation/plugin/send-template-message` with the API token); not retried once sent'
            cand template-vars 'List a template''s variables, the NAMEs of `send-template --param NAME=VALUE` (`GET /whatsapp-automation/plugin/make-template-dynamic-fields/{templateId}`, with the API token)'
            cand send 'Send a text, image or document message inside WhatsApp''s 24-hour window (`POST /whatsapp-automation/wa/send-message`); not retried once sent'
        }
        &'bp;help;whatsapp;import'= {
        }
        &'bp;help;whatsapp;templates'= {
        }
        &'bp;help;whatsapp;send-template'= {
        }
        &'bp;help;whatsapp;template-vars'= {
        }
        &'bp;help;whatsapp;send'= {
        }
        &'bp;help;members'= {
            cand list 'List the customer''s team members (`GET /custom-user`)'
            cand token 'A team member''s token (`GET /ext/get-user-token?email=&type=`, partner key)'
        }
        &'bp;help;members;list'= {
        }
        &'bp;help;members;token'= {
        }
        &'bp;help;segments'= {
            cand list 'List the customer''s segments (`GET /inbox/segments`)'
        }
        &'bp;help;segments;list'= {
        }
        &'bp;help;bots'= {
            cand list 'The registered bots: kind, id, whose they are (resolved with the partner key when the profile has one) and where each credential comes from (redacted)'
            cand add 'Register a bot in the active profile (`--profile`, else the default or only one): `--customer C` says whose it is. Its token or key comes from a command (`--bot-token-cmd`, `--wa-api-key-cmd`), from standard input (`--with-token`), or from a prompt without echo; never from a flag''s value'
        }
        &'bp;help;bots;list'= {
        }
        &'bp;help;bots;add'= {
        }
        &'bp;help;api'= {
        }
        &'bp;help;profile'= {
            cand list 'List the profiles of the config file'
            cand add 'Add a profile, or change one: asks for each value on a terminal (secrets without echo), or takes them from flags and `--with-token` on standard input'
            cand use 'Make a profile the default (`default_profile`)'
            cand show 'Show a profile''s resolved settings, secrets redacted, and where each came from'
        }
        &'bp;help;profile;list'= {
        }
        &'bp;help;profile;add'= {
        }
        &'bp;help;profile;use'= {
        }
        &'bp;help;profile;show'= {
        }
        &'bp;help;auth'= {
            cand status 'Try each credential of the active profile with one cheap call, and say where it came from'
        }
        &'bp;help;auth;status'= {
        }
        &'bp;help;sandbox'= {
            cand serve 'Serve the sandbox over HTTP and print its base URL and credentials'
            cand reset 'Delete the sandbox''s saved state, back to the seed data'
            cand shapes-diff 'List where the sandbox answers otherwise than a `--shapes` recording of the real API'
        }
        &'bp;help;sandbox;serve'= {
        }
        &'bp;help;sandbox;reset'= {
        }
        &'bp;help;sandbox;shapes-diff'= {
        }
        &'bp;help;completions'= {
        }
        &'bp;help;man'= {
        }
        &'bp;help;help'= {
        }
    ]
    $completions[$command]
}
