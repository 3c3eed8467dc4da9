//! The endpoints: auth rules, validation, filters, pagination and state changes.

use serde_json::{Value, json};

use super::{call, customer, partner, search, send, start, start_with};
use crate::Options;

fn names(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .map(|c| {
            c["profile"]["userDetails"]["userProvidedName"]
                .as_str()
                .unwrap_or("")
                .to_owned()
        })
        .collect()
}

#[test]
fn partner_endpoints_need_both_headers() {
    let sb = start();
    let key = sb.sandbox.credentials().partner_key;
    let bearer = format!("Bearer {key}");
    let cases: [(&[(&str, &str)], &str); 5] = [
        (&[], "Unauthorized: missing authtype: Key header"),
        (
            &[("Authorization", &bearer)],
            "Unauthorized: missing authtype: Key header",
        ),
        (
            &[("authtype", "Key")],
            "Unauthorized: missing Authorization header",
        ),
        (
            &[("authtype", "Key"), ("Authorization", "Bearer nope")],
            "Unauthorized: invalid token",
        ),
        (
            &[("authtype", "Key"), ("Authorization", &key)],
            "Unauthorized: invalid token",
        ),
    ];
    for (headers, message) in cases {
        let reply = send(&sb, "GET", "/customer/list", headers, None);
        assert_eq!(reply.status, 401, "{headers:?}");
        assert_eq!(
            reply.json(),
            json!({"success": false, "message": message, "code": 401})
        );
    }
    let ok = send(
        &sb,
        "GET",
        "/customer/list",
        &[("AuthType", "KEY"), ("authorization", &bearer)],
        None,
    );
    assert_eq!(ok.status, 200);
    assert_eq!(
        ok.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    // A customer's API token is not a partner key, and the partner key opens no inbox.
    let reply = call(&sb, "GET", "/customer/list", &customer(&sb), None);
    assert_eq!(reply.status, 401);
    // An unknown token on the inbox endpoints: the documented 400, MongoDB's cast error.
    let refused = search_with(&sb, &partner(&sb));
    assert_eq!(refused.status, 400);
    assert_eq!(refused.json()["message"], crate::envelope::CAST_ERROR);
}

fn search_with(sb: &crate::RunningSandbox, headers: &[(&str, String)]) -> super::Reply {
    call(
        sb,
        "POST",
        "/inbox/users",
        headers,
        Some(&super::search_body(json!({}))),
    )
}

#[test]
fn customer_list_pages_sorts_and_passes_extra_fields() {
    let sb = start();
    let page = |query: &str| {
        call(
            &sb,
            "GET",
            &format!("/customer/list{query}"),
            &partner(&sb),
            None,
        )
    };
    let first = page("").json();
    assert_eq!(first["success"], json!(true));
    assert_eq!(first["message"], json!(""));
    assert_eq!(first["code"], json!(200));
    let items = first["data"].as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), 10);
    assert_eq!(items[0]["_id"], json!(sb.sandbox.credentials().customer_id));
    assert_eq!(items[0]["userType"], json!("WHITELABEL"));
    assert_eq!(items[0]["subscriptionType"], json!("v2"));
    assert_eq!(page("?page=6&sort=createdAt").items().len(), 10);
    assert_eq!(page("?page=7").items(), Vec::<Value>::new());
    assert_eq!(page("?page=99999999999999999999").status, 400);
    for bad in ["0", "-1", "abc", "1.5"] {
        let reply = page(&format!("?page={bad}"));
        assert_eq!(reply.status, 400, "page={bad}");
        assert_eq!(
            reply.json()["message"],
            json!("page must be a positive integer")
        );
    }
    let newest = page("?sort=-createdAt").items();
    assert_eq!(newest[0]["name"], json!("Leila Nasser"));
    let by_name = page("?sort=name").items();
    let sorted: Vec<&str> = by_name.iter().filter_map(|c| c["name"].as_str()).collect();
    let mut expected = sorted.clone();
    expected.sort_unstable();
    assert_eq!(sorted, expected);
    assert_eq!(page("?sort=noSuchField").items(), items);
}

#[test]
fn user_token_by_id_and_by_email() {
    let sb = start();
    let creds = sb.sandbox.credentials();
    let get = |query: &str| {
        call(
            &sb,
            "GET",
            &format!("/ext/get-user-token{query}"),
            &partner(&sb),
            None,
        )
    };
    let reply = get(&format!("?userId={}", creds.customer_id));
    assert_eq!(
        reply.json(),
        json!({"success": true, "message": "", "data": {"permanentToken": {"key": creds.api_token, "active": true}}, "code": 200})
    );
    let cast = get("?userId=123");
    assert_eq!(cast.status, 400);
    assert!(
        cast.json()["message"]
            .as_str()
            .unwrap_or("")
            .contains("24 hex characters")
    );
    assert_eq!(get("?userId=aaaaaaaaaaaaaaaaaaaaaaaa").status, 404);
    assert_eq!(get("").status, 400);
    let by_email = get("?email=TEAM%40bluefinmarketing.io&type=CUSTOMER");
    assert_eq!(
        by_email.json()["data"]["permanentToken"]["key"],
        json!(creds.api_token)
    );
    assert_eq!(
        get("?email=team%40bluefinmarketing.io&type=OWNER").status,
        400
    );
    assert_eq!(get("?email=nobody%40example.com&type=AGENT").status, 404);
    let agent = get("?email=riya%40bluefinmarketing.io&type=AGENT").json();
    let token = agent["data"]["permanentToken"]["key"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    assert!(token.starts_with("sbx_usr_"));
    // A team member's token opens its customer's inbox.
    let headers = [
        ("authtype", "Key".to_owned()),
        ("Authorization", format!("Bearer {token}")),
    ];
    assert_eq!(search_with(&sb, &headers).status, 200);
}

#[test]
fn search_validates_every_documented_field() {
    let sb = start();
    let empty = call(
        &sb,
        "POST",
        "/inbox/users",
        &customer(&sb),
        Some(&json!({})),
    );
    assert_eq!(empty.status, 400);
    let problems = empty.json()["data"].as_array().cloned().unwrap_or_default();
    assert_eq!(problems.len(), 20, "{problems:?}");
    assert!(problems.contains(&json!("searchText is required")));
    let wrong = search(
        &sb,
        json!({"tags": "vip", "isOnline": "no", "createdAt": {"startAt": "soon", "endsAt": ""}, "page": 0}),
    );
    assert_eq!(wrong.status, 400);
    assert_eq!(
        wrong.json()["data"],
        json!([
            "tags must be an array",
            "isOnline must be a boolean",
            "createdAt.startAt must be an RFC 3339 date-time or empty",
            "page must be a positive integer"
        ])
    );
    let extra = search(&sb, json!({"tagsV2": [], "_botAutomation": []}));
    assert_eq!(extra.status, 200);
    let broken = send(
        &sb,
        "POST",
        "/inbox/users",
        &[
            ("authtype", "Key"),
            (
                "Authorization",
                &format!("Bearer {}", sb.sandbox.credentials().api_token),
            ),
        ],
        Some("{nope"),
    );
    assert_eq!(
        (broken.status, broken.json()["message"].clone()),
        (400, json!("invalid JSON body"))
    );
}

#[test]
fn search_filters_and_pages_newest_first() {
    let sb = start_with(Options {
        contacts_page_size: 50,
        ..Options::default()
    });
    let default = search(&sb, json!({}));
    let items = default.items();
    assert_eq!(items.len(), 50);
    assert!(items.iter().all(|c| c["userInteracted"] == json!(true)));
    let created: Vec<&str> = items
        .iter()
        .filter_map(|c| c["createdAt"].as_str())
        .collect();
    assert!(created.windows(2).all(|w| w[0] >= w[1]), "newest first");

    let total = |overrides: Value| -> Vec<Value> {
        let mut all = Vec::new();
        for page in 1.. {
            let mut overrides = overrides.clone();
            overrides["page"] = json!(page);
            let items = search(&sb, overrides).items();
            if items.is_empty() {
                return all;
            }
            all.extend(items);
        }
        all
    };
    let interacted = total(json!({}));
    let everyone = total(json!({"applicableFilters": []}));
    assert_eq!(everyone.len(), 250);
    let created: Vec<&str> = everyone
        .iter()
        .filter_map(|c| c["createdAt"].as_str())
        .collect();
    assert!(
        created.windows(2).all(|w| w[0] > w[1]),
        "newest first across pages"
    );
    assert!(interacted.len() < everyone.len());

    let vip = total(json!({"tags": ["vip", "wholesale"], "applicableFilters": []}));
    assert!(!vip.is_empty() && vip.len() < 250);
    assert!(vip.iter().all(|c| {
        let tags = &c["profile"]["userDetails"]["tags"];
        tags.as_array()
            .is_some_and(|t| t.contains(&json!("vip")) || t.contains(&json!("wholesale")))
    }));

    let range = json!({"startAt": "2026-01-01T00:00:00Z", "endsAt": "2026-03-01T00:00:00.000Z"});
    let in_range = total(json!({"createdAt": range, "applicableFilters": ["createdAt"]}));
    assert!(!in_range.is_empty());
    assert!(in_range.iter().all(|c| {
        let at = c["createdAt"].as_str().unwrap_or("");
        ("2026-01-01".."2026-03-01").contains(&at)
    }));
    let ignored = total(json!({"createdAt": range}));
    assert_eq!(
        ignored.len(),
        interacted.len(),
        "range ignored unless applicable"
    );

    let whatsapp_bot = sb.sandbox.store().state.bots[2].id.clone();
    let on_whatsapp = total(json!({"_botWhatsapp": [whatsapp_bot], "applicableFilters": []}));
    assert!(!on_whatsapp.is_empty());
    assert!(
        on_whatsapp
            .iter()
            .all(|c| c["platform"] == json!(["WHATSAPP"]))
    );

    let first_name = names(&everyone)[3].clone();
    let needle = first_name.split(' ').next().unwrap_or("").to_uppercase();
    let found = total(json!({"searchText": needle, "applicableFilters": []}));
    assert!(names(&found).contains(&first_name));

    let ordered = total(
        json!({"hasOrdered": {"status": true, "lastAt": ""}, "applicableFilters": ["hasOrdered"]}),
    );
    assert!(
        !ordered.is_empty()
            && ordered
                .iter()
                .all(|c| c["hasOrdered"]["status"] == json!(true))
    );
    assert_eq!(
        search(&sb, json!({"page": 99})).items(),
        Vec::<Value>::new()
    );
}

#[test]
fn import_validates_all_rows_then_upserts_by_phone() {
    let sb = start();
    let creds = sb.sandbox.credentials();
    let import = |body: &Value| {
        call(
            &sb,
            "POST",
            "/inbox/users/import",
            &customer(&sb),
            Some(body),
        )
    };
    let row = |name: &str, prefix: &str, number: &str, tags: Value, attributes: Value| {
        json!({"profile": {"userDetails": {"userProvidedName": name,
            "contact": {"email": "", "phone": {"number": number, "prefix": prefix}},
            "tags": tags, "attributes": attributes}}})
    };
    let not_array = import(&json!({"profile": {}}));
    assert_eq!(
        (not_array.status, not_array.json()["message"].clone()),
        (400, json!("body must be an array of contacts"))
    );
    let done = json!({"status": "success", "message": "User profiles imported successfully."});
    let empty = import(&json!([]));
    assert_eq!((empty.status, empty.json()), (200, done.clone()));

    let bad = import(&json!([
        row("Ok", "91", "9876500001", json!([]), json!([])),
        row("Bad", "+91", "12", json!("vip"), json!([])),
        {"profile": {}},
    ]));
    assert_eq!(bad.status, 400);
    assert_eq!(
        bad.json()["data"],
        json!([
            "row 1: contact.phone.number must be 4 to 14 digits",
            "row 1: contact.phone.prefix must be 1 to 3 digits",
            "row 1: tags must be an array of strings",
            "row 2: profile.userDetails is required"
        ])
    );
    assert_eq!(
        sb.sandbox.contact_count(&creds.customer_id),
        250,
        "nothing imported"
    );

    let first = row(
        "Zed Quinn",
        "91",
        "9876500001",
        json!(["import"]),
        json!([{"key": "city", "value": "Pune"}]),
    );
    assert_eq!(import(&json!([first])).json(), done);
    assert_eq!(sb.sandbox.contact_count(&creds.customer_id), 251);
    let again = row(
        "Zed Q.",
        "91",
        "9876500001",
        json!(["vip"]),
        json!([{"key": "city", "value": "Goa"}, {"key": "plan", "value": "pro"}]),
    );
    assert_eq!(import(&json!([again])).status, 200);
    assert_eq!(sb.sandbox.contact_count(&creds.customer_id), 251);

    // Never interacted: hidden by the default filter, first (newest) without it.
    assert!(
        !names(&search(&sb, json!({})).items())
            .iter()
            .any(|n| n.starts_with("Zed"))
    );
    let newest = search(&sb, json!({"applicableFilters": []})).items();
    let contact = &newest[0];
    let details = &contact["profile"]["userDetails"];
    assert_eq!(details["userProvidedName"], json!("Zed Q."));
    assert_eq!(details["tags"], json!(["import", "vip"]));
    assert_eq!(
        details["attributes"],
        json!([{"key": "city", "value": "Goa"}, {"key": "plan", "value": "pro"}])
    );
    assert_eq!(
        (contact["isImported"].clone(), contact["platform"].clone()),
        (json!(true), json!(["WHATSAPP"]))
    );
    assert_eq!(contact["userInteracted"], json!(false));
    let found = search(
        &sb,
        json!({"searchText": "98765 00001", "applicableFilters": []}),
    )
    .items();
    assert_eq!(names(&found), vec!["Zed Q.".to_owned()]);
}

fn bot_headers(name: &'static str, token: &str) -> Vec<(&'static str, String)> {
    vec![
        (name, token.to_owned()),
        ("Content-Type", "application/json".to_owned()),
    ]
}

#[test]
fn lead_upsert_checks_token_fields_and_ownership() {
    let sb = start();
    let creds = sb.sandbox.credentials();
    let lead = |headers: &[(&str, String)], body: Value| {
        call(&sb, "PUT", "/inbox/direct/lead", headers, Some(&body))
    };
    let good = bot_headers("x-bp-token", &creds.bot_token);
    let ids = json!({"uuid": "u-1", "botId": creds.bot_id, "customerId": creds.customer_id});
    assert_eq!(
        lead(&bot_headers("x-bot-token", &creds.bot_token), ids.clone()).status,
        401
    );
    let bearer = vec![("Authorization", format!("Bearer {}", creds.bot_token))];
    assert_eq!(lead(&bearer, ids.clone()).status, 401);
    assert_eq!(
        lead(&bot_headers("x-bp-token", "sbx_bot_wrong"), ids.clone()).status,
        401
    );

    let missing = lead(
        &good,
        json!({"botId": "", "status": "DONE", "dialCode": "91", "picture": "ftp://x", "tags": [1]}),
    );
    assert_eq!(missing.status, 400);
    assert_eq!(
        missing.json()["data"],
        json!([
            "uuid is required",
            "botId is required",
            "customerId is required",
            "status must be one of OPEN, INPROGRESS, REVIEW, ONHOLD, DEPENDANCY, CLOSED",
            "dialCode must be + followed by digits, like +91",
            "picture must be an http(s) URL",
            "tags must be an array of strings"
        ])
    );
    let cast = lead(
        &good,
        json!({"uuid": "u", "botId": "xyz", "customerId": creds.customer_id}),
    );
    assert_eq!(cast.status, 400);
    assert!(
        cast.json()["message"]
            .as_str()
            .unwrap_or("")
            .contains("24 hex")
    );
    let other_bot = sb.sandbox.store().state.bots[1].id.clone();
    let forbidden = lead(
        &good,
        json!({"uuid": "u", "botId": other_bot, "customerId": creds.customer_id}),
    );
    assert_eq!(
        (forbidden.status, forbidden.json()["message"].clone()),
        (403, json!("token does not match botId"))
    );

    let mut body = ids.clone();
    body["name"] = json!("Ada Lovelace");
    body["dialCode"] = json!("+44");
    body["status"] = json!("REVIEW");
    body["tags"] = json!(["vip"]);
    body["notes"] = json!([{"title": "Call", "description": "Tomorrow"}]);
    let created = lead(&good, body).json();
    assert_eq!(created["success"], json!(true));
    assert_eq!(created["data"]["uuid"], json!("u-1"));
    assert_eq!(created["data"]["status"], json!("REVIEW"));
    let mut update = ids.clone();
    update["email"] = json!("ada@example.com");
    update["agentId"] = json!("agent-7");
    let updated = lead(&good, update).json()["data"].clone();
    assert_eq!(updated["_id"], created["data"]["_id"]);
    assert_eq!(
        (updated["name"].clone(), updated["email"].clone()),
        (json!("Ada Lovelace"), json!("ada@example.com"))
    );
    assert_eq!(updated["tags"], json!(["vip"]));
    assert_eq!(updated["_agentAssigned"], json!("agent-7"));

    let chats = |kind: &str| {
        let target = format!(
            "/inbox/direct/chats?botId={}&customerId={}&page=1&type={kind}",
            creds.bot_id, creds.customer_id
        );
        call(
            &sb,
            "GET",
            &target,
            &bot_headers("x-bot-token", &creds.bot_token),
            None,
        )
    };
    let leads = chats("lead").items();
    assert_eq!(leads.len(), 16);
    assert_eq!(leads[0]["uuid"], json!("u-1"), "newest first");
    assert!(
        !chats("non-lead")
            .items()
            .iter()
            .any(|c| c["uuid"] == json!("u-1"))
    );
}

#[test]
fn chats_list_leads_and_others_with_their_own_header() {
    let sb = start_with(Options {
        contacts_page_size: 10,
        ..Options::default()
    });
    let creds = sb.sandbox.credentials();
    let get = |query: &str, header: &'static str| {
        call(
            &sb,
            "GET",
            &format!("/inbox/direct/chats{query}"),
            &bot_headers(header, &creds.bot_token),
            None,
        )
    };
    let query = |page: u32, kind: &str| {
        format!(
            "?botId={}&customerId={}&page={page}&type={kind}",
            creds.bot_id, creds.customer_id
        )
    };
    assert_eq!(get(&query(1, "lead"), "x-bp-token").status, 401);
    let missing = get("", "x-bot-token");
    assert_eq!(
        missing.json()["data"],
        json!([
            "botId is required",
            "customerId is required",
            "page is required",
            "type is required"
        ])
    );
    assert_eq!(get(&query(1, "all"), "x-bot-token").status, 400);
    assert_eq!(get(&query(0, "lead"), "x-bot-token").status, 400);
    let other = sb.sandbox.store().state.customers[1].doc["_id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let wrong_customer = format!(
        "?botId={}&customerId={other}&page=1&type=lead",
        creds.bot_id
    );
    assert_eq!(get(&wrong_customer, "x-bot-token").status, 403);

    let page1 = get(&query(1, "lead"), "x-bot-token");
    assert_eq!(page1.json()["message"], json!("ok"));
    let mut leads = page1.items();
    leads.extend(get(&query(2, "lead"), "x-bot-token").items());
    assert_eq!(leads.len(), 15);
    assert!(
        leads
            .iter()
            .all(|c| c["name"].as_str().is_some_and(|n| !n.is_empty()))
    );
    assert_eq!(
        get(&query(3, "lead"), "x-bot-token").items(),
        Vec::<Value>::new()
    );
    let others = get(&query(1, "non-lead"), "x-bot-token").items();
    assert_eq!(others.len(), 10);
    assert!(
        others
            .iter()
            .all(|c| c["name"] == json!("") && c["_bot"] == json!(creds.bot_id))
    );
}
