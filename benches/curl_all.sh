#!/usr/bin/env bash
# The baseline of `bp customers list --all -o json`: what one would write in a shell. Walks
# GET /customer/list page by page (page=1, 2, …) with curl until a page's `data` is empty,
# then prints every customer as one JSON array, as bp does.
#
#   BP_BASE_URL=… BP_PARTNER_KEY=… bash benches/curl_all.sh > customers.json
#
# It sends what bp sends: `?page=N&sort=createdAt` with `authtype: Key` and
# `Authorization: Bearer <partner key>` (see `bp -vv customers list`).
set -euo pipefail
base=${BP_BASE_URL:?set BP_BASE_URL}
base=${base%/}
key=${BP_PARTNER_KEY:?set BP_PARTNER_KEY}

pages=$(mktemp -d)
trap 'rm -rf "$pages"' EXIT
# The key goes in a header file, not on curl's command line, where `ps` would show it.
(umask 077 && printf 'authtype: Key\nAuthorization: Bearer %s\n' "$key" > "$pages/headers")

page=1 files=()
while :; do
    files+=("$pages/$page.json")
    curl -fsS -o "${files[-1]}" \
        -H @"$pages/headers" \
        "$base/customer/list?page=$page&sort=createdAt"
    [ "$(jq '.data | length' "${files[-1]}")" -gt 0 ] || break
    page=$((page + 1))
done
# every page's items, in page order, as one array
jq -s '[.[].data[]]' "${files[@]}"
