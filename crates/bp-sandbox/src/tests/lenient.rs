//! `Options::lenient` (`bp sandbox serve --lenient`): for each relaxed rule, the strict
//! sandbox refuses and the lenient one accepts; both refuse wrong credentials alike.

use serde_json::{Value, json};

use super::{Reply, call, customer, partner, start, start_with};
use crate::{Options, RunningSandbox};

fn both() -> (RunningSandbox, RunningSandbox) {
    let lenient = start_with(Options {
        lenient: true,
        ..Options::default()
    });
    (start(), lenient)
}

fn owned(headers: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    headers.iter().map(|(n, v)| (*n, (*v).to_owned())).collect()
}

/// The documented wrong-token answer of the customer's endpoints.
fn wrong_token(reply: &Reply) {
    assert_eq!(reply.status, 400, "{}", reply.text);
    assert_eq!(
        reply.json(),
        json!({"success": false, "code": 400, "message":
            "Argument passed in must be a single String of 12 bytes or a string of 24 hex characters"})
    );
}

#[test]
fn the_whatsapp_key_alone_in_the_query_or_the_header_is_lenient_only() {
    let (strict, lenient) = both();
    let key = strict.sandbox.credentials().wa_api_key;
    let path = "/whatsapp-automation/wa/templates";
    let query_only = format!("{path}?apiKey={key}");
    let header_only = owned(&[("apiKey", &key)]);
    for (sb, status) in [(&strict, 401), (&lenient, 200)] {
        let by_query = call(sb, "GET", &query_only, &[], None);
        assert_eq!(by_query.status, status, "{}", by_query.text);
        let by_header = call(sb, "GET", path, &header_only, None);
        assert_eq!(by_header.status, status, "{}", by_header.text);
    }
    assert_eq!(
        call(&strict, "GET", path, &header_only, None).json()["message"],
        json!("Unauthorized: missing apiKey query parameter")
    );
    let templates = call(&lenient, "GET", path, &header_only, None).items();
    assert_eq!(templates, lenient.sandbox.templates(&key));
    assert!(!templates.is_empty());
    // Still refused: a wrong key, two keys that differ, nothing, the key as a Bearer token.
    let wrong = call(
        &lenient,
        "GET",
        path,
        &owned(&[("apiKey", "sbx_wa_nope")]),
        None,
    );
    assert_eq!(
        (wrong.status, wrong.json()["message"].clone()),
        (401, json!("Unauthorized: invalid apiKey"))
    );
    let differ = call(
        &lenient,
        "GET",
        &query_only,
        &owned(&[("apiKey", "other")]),
        None,
    );
    assert_eq!(
        (differ.status, differ.json()["message"].clone()),
        (
            401,
            json!("Unauthorized: the apiKey header and query parameter differ")
        )
    );
    let bearer = format!("Bearer {key}");
    for headers in [vec![], owned(&[("Authorization", &bearer)])] {
        let reply = call(&lenient, "GET", path, &headers, None);
        assert_eq!(
            (reply.status, reply.json()["message"].clone()),
            (
                401,
                json!("Unauthorized: missing apiKey (query parameter or header)")
            )
        );
    }
}

#[test]
fn authtype_may_be_missing_only_where_a_page_leaves_it_out() {
    let (strict, lenient) = both();
    let creds = strict.sandbox.credentials();
    let partner_bearer = format!("Bearer {}", creds.partner_key);
    let token_bearer = format!("Bearer {}", creds.api_token);
    let partner_only = owned(&[("Authorization", &partner_bearer)]);
    let token_only = owned(&[("Authorization", &token_bearer)]);
    let update = format!("/customer/{}", creds.customer_id);
    let row = json!([{"profile": {"userDetails": {"userProvidedName": "Asha",
        "contact": {"email": "", "phone": {"number": "9812345678", "prefix": "91"}}}}}]);
    for (sb, status) in [(&strict, 401), (&lenient, 200)] {
        let put = call(
            sb,
            "PUT",
            &update,
            &partner_only,
            Some(&json!({"name": "Renamed"})),
        );
        assert_eq!(put.status, status, "{}", put.text);
        let import = call(sb, "POST", "/inbox/users/import", &token_only, Some(&row));
        assert_eq!(import.status, status, "{}", import.text);
    }
    assert_eq!(
        lenient.sandbox.customer(&creds.customer_id).unwrap()["name"],
        json!("Renamed")
    );
    assert_eq!(lenient.sandbox.contact_count(&creds.customer_id), 251);
    // Where a page shows it, or documents the 401 for its absence, lenient refuses too.
    let list = call(&lenient, "GET", "/customer/list", &partner_only, None);
    let search = call(
        &lenient,
        "POST",
        "/inbox/users",
        &token_only,
        Some(&json!({})),
    );
    for reply in [list, search] {
        assert_eq!(
            reply.json(),
            json!({"success": false, "message": "Unauthorized: missing authtype: Key header", "code": 401})
        );
    }
    // And a wrong token is refused as documented, with or without authtype.
    let wrong = owned(&[("Authorization", "Bearer sbx_api_nope")]);
    wrong_token(&call(
        &lenient,
        "POST",
        "/inbox/users/import",
        &wrong,
        Some(&row),
    ));
    let wrong_partner = call(
        &lenient,
        "PUT",
        &update,
        &owned(&[("Authorization", "Bearer nope")]),
        Some(&json!({})),
    );
    assert_eq!(wrong_partner.status, 401);
}

#[test]
fn a_token_without_bearer_or_as_access_token_is_lenient_only() {
    let (strict, lenient) = both();
    let creds = strict.sandbox.credentials();
    let bare = owned(&[("authtype", "Key"), ("Authorization", &creds.api_token)]);
    let key_only = owned(&[("authtype", "Key")]);
    let by_query = format!("/inbox/segments?access_token={}", creds.api_token);
    for (sb, status) in [(&strict, 401), (&lenient, 200)] {
        let reply = call(sb, "GET", "/inbox/segments", &bare, None);
        assert_eq!(reply.status, status, "{}", reply.text);
        let reply = call(sb, "GET", &by_query, &key_only, None);
        assert_eq!(reply.status, status, "{}", reply.text);
    }
    let segments = call(
        &lenient,
        "GET",
        "/inbox/segments",
        &customer(&lenient),
        None,
    );
    assert_eq!(
        call(&lenient, "GET", &by_query, &key_only, None).items(),
        segments.items()
    );
    let bare_partner = owned(&[("authtype", "Key"), ("Authorization", &creds.partner_key)]);
    assert_eq!(
        call(&lenient, "GET", "/customer/list", &bare_partner, None).status,
        200
    );
    // A wrong token in either form gets the documented answers.
    let wrong_bare = owned(&[("authtype", "Key"), ("Authorization", "sbx_api_nope")]);
    wrong_token(&call(&lenient, "GET", "/inbox/segments", &wrong_bare, None));
    wrong_token(&call(
        &lenient,
        "GET",
        "/inbox/segments?access_token=sbx_api_nope",
        &key_only,
        None,
    ));
    let wrong_partner = owned(&[("authtype", "Key"), ("Authorization", "sbx_partner_nope")]);
    let reply = call(&lenient, "GET", "/customer/list", &wrong_partner, None);
    assert_eq!(
        (reply.status, reply.json()["message"].clone()),
        (401, json!("Unauthorized: invalid token"))
    );
    // The partner key is no customer's token, lenient or not.
    wrong_token(&call(
        &lenient,
        "GET",
        "/custom-user",
        &partner(&lenient),
        None,
    ));
}

#[test]
fn either_bot_token_header_is_lenient_only() {
    let (strict, lenient) = both();
    let creds = strict.sandbox.credentials();
    let chats = format!(
        "/inbox/direct/chats?botId={}&customerId={}&page=1&type=lead",
        creds.bot_id, creds.customer_id
    );
    let lead = json!({"uuid": "lenient-1", "botId": creds.bot_id, "customerId": creds.customer_id,
        "name": "Asha"});
    let swapped_list = owned(&[("x-bp-token", &creds.bot_token)]);
    let swapped_upsert = owned(&[("x-bot-token", &creds.bot_token)]);
    for (sb, status) in [(&strict, 401), (&lenient, 200)] {
        let list = call(sb, "GET", &chats, &swapped_list, None);
        assert_eq!(list.status, status, "{}", list.text);
        let upsert = call(
            sb,
            "PUT",
            "/inbox/direct/lead",
            &swapped_upsert,
            Some(&lead),
        );
        assert_eq!(upsert.status, status, "{}", upsert.text);
    }
    assert_eq!(
        call(&strict, "GET", &chats, &swapped_list, None).json()["message"],
        json!("Unauthorized: missing x-bot-token header")
    );
    let wrong = call(
        &lenient,
        "GET",
        &chats,
        &owned(&[("x-bp-token", "sbx_bot_nope")]),
        None,
    );
    assert_eq!(
        (wrong.status, wrong.json()["message"].clone()),
        (401, json!("Unauthorized: invalid token"))
    );
}

#[test]
fn loose_phone_parts_import_as_digits_and_key_the_same_contact() {
    let (strict, lenient) = both();
    let creds = strict.sandbox.credentials();
    let row = |number: Value, prefix: Option<Value>| {
        let mut phone = json!({"number": number});
        if let Some(prefix) = prefix {
            phone["prefix"] = prefix;
        }
        json!({"profile": {"userDetails": {"userProvidedName": "Ravi",
            "contact": {"email": "ravi@example.com", "phone": phone}}}})
    };
    let loose = json!([
        row(json!("(98765) 43-210"), Some(json!("+91"))),
        row(json!(4155550123u64), Some(json!(1))),
        row(json!("123"), None),
    ]);
    let import = |sb: &RunningSandbox, rows: &Value| {
        call(sb, "POST", "/inbox/users/import", &customer(sb), Some(rows))
    };
    let refused = import(&strict, &loose);
    assert_eq!(refused.status, 400);
    assert_eq!(
        refused.json()["data"],
        json!([
            "row 0: contact.phone.number must be 4 to 14 digits",
            "row 0: contact.phone.prefix must be 1 to 3 digits",
            "row 1: contact.phone.number must be a string of digits",
            "row 1: contact.phone.prefix must be a string of digits",
            "row 2: contact.phone.number must be 4 to 14 digits",
            "row 2: contact.phone.prefix is required",
        ])
    );
    assert_eq!(strict.sandbox.contact_count(&creds.customer_id), 250);

    let accepted = import(&lenient, &loose);
    assert_eq!(accepted.status, 200, "{}", accepted.text);
    let phones = |sb: &RunningSandbox| -> Vec<Value> {
        let contacts = sb.sandbox.contacts(&creds.customer_id);
        contacts[250..]
            .iter()
            .map(|c| c["profile"]["userDetails"]["contact"]["phone"].clone())
            .collect()
    };
    assert_eq!(
        phones(&lenient),
        vec![
            json!({"number": "9876543210", "prefix": "91"}),
            json!({"number": "4155550123", "prefix": "1"}),
            json!({"number": "123", "prefix": ""}),
        ]
    );
    // The same phone in the strict format is an update of the same contact.
    let again = json!([{"profile": {"userDetails": {"userProvidedName": "Ravi K",
        "contact": {"phone": {"number": "9876543210", "prefix": "91"}}}}}]);
    assert_eq!(import(&lenient, &again).status, 200);
    assert_eq!(lenient.sandbox.contact_count(&creds.customer_id), 253);
    let contacts = lenient.sandbox.contacts(&creds.customer_id);
    assert_eq!(
        contacts[250]["profile"]["userDetails"]["userProvidedName"],
        json!("Ravi K")
    );
    // A row still needs a number, and digits in it.
    let bad = json!([row(Value::Null, None), row(json!("98x76"), None)]);
    let reply = import(&lenient, &bad);
    assert_eq!(reply.status, 400);
    assert_eq!(
        reply.json()["data"],
        json!([
            "row 0: contact.phone.number is required",
            "row 1: contact.phone.number must be digits",
        ])
    );
}

#[test]
fn a_boolean_agent_id_is_ignored_by_the_lenient_sandbox_only() {
    let (strict, lenient) = both();
    let creds = strict.sandbox.credentials();
    let body = json!({"uuid": "lenient-2", "botId": creds.bot_id, "customerId": creds.customer_id,
        "agentId": true, "name": "Meera"});
    let headers = owned(&[("x-bp-token", &creds.bot_token)]);
    let refused = call(&strict, "PUT", "/inbox/direct/lead", &headers, Some(&body));
    assert_eq!(refused.status, 400);
    assert_eq!(refused.json()["data"], json!(["agentId must be a string"]));
    let accepted = call(&lenient, "PUT", "/inbox/direct/lead", &headers, Some(&body));
    assert_eq!(accepted.status, 200, "{}", accepted.text);
    assert_eq!(accepted.json()["data"]["name"], json!("Meera"));
    assert_ne!(accepted.json()["data"]["_agentAssigned"], json!(true));
    // The documented required fields stay required.
    let missing = call(
        &lenient,
        "PUT",
        "/inbox/direct/lead",
        &headers,
        Some(&json!({"agentId": false})),
    );
    assert_eq!(
        missing.json()["data"],
        json!([
            "uuid is required",
            "botId is required",
            "customerId is required"
        ])
    );
}

#[test]
fn status_update_ignores_subscriber_ids_and_empty_ids_when_lenient() {
    let (strict, lenient) = both();
    let creds = strict.sandbox.credentials();
    let id = strict.sandbox.contacts(&creds.customer_id)[0]["_id"].clone();
    let with_subscribers = json!({"ids": [id], "status": "DELETED", "subscriberIds": [id]});
    let update = |sb: &RunningSandbox, body: &Value| {
        call(
            sb,
            "PUT",
            "/inbox/users/status-update",
            &customer(sb),
            Some(body),
        )
    };
    assert_eq!(update(&strict, &with_subscribers).status, 400);
    assert_eq!(
        update(&strict, &json!({"ids": [], "status": "DELETED"})).status,
        400
    );
    let deleted = update(&lenient, &with_subscribers);
    assert_eq!(
        deleted.json(),
        json!({"success": true, "message": "", "code": 200})
    );
    assert_eq!(lenient.sandbox.contact_count(&creds.customer_id), 249);
    let nothing = update(&lenient, &json!({"ids": [], "status": "DELETED"}));
    assert_eq!(nothing.status, 200);
    assert_eq!(lenient.sandbox.contact_count(&creds.customer_id), 249);
    // `status` is documented as required.
    let reply = update(&lenient, &json!({"ids": [id]}));
    assert_eq!(reply.json()["data"], json!(["status is required"]));
}

#[test]
fn whatsapp_sends_drop_the_undocumented_checks_when_lenient() {
    let (strict, lenient) = both();
    let key = strict.sandbox.credentials().wa_api_key;
    let send = |sb: &RunningSandbox, path: &str, body: Value| {
        let target = format!("/whatsapp-automation/wa/{path}?apiKey={key}");
        call(
            sb,
            "POST",
            &target,
            &owned(&[("apiKey", &key)]),
            Some(&body),
        )
    };
    let short = json!({"wa_id": "12345", "type": "text", "message": {"text": "hi"}});
    let untyped = json!({"wa_id": "910987654321", "type": "image",
        "message": {"source": "https://example.com/a.jpg"}});
    let invoice = strict
        .sandbox
        .templates(&key)
        .into_iter()
        .find(|t| t["configuration"]["name"] == json!("invoice_copy"))
        .expect("the invoice template")["_id"]
        .clone();
    let template = json!({"wa_id": "14155550123", "templateId": invoice, "params": [
        {"type": "header", "parameters": [
            {"type": "document", "document": {"link": "https://files.example.com/inv-9.pdf"}}]},
        {"type": "body", "parameters": [{"type": "text", "text": "Asha"}, {"type": "text", "text": "INV-9"}]}],
        "assignTo": "nobody@example.com"});
    let cases = [
        (
            "send-message",
            short,
            "wa_id must be the WhatsApp number with its country code, 7 to 15 digits only (no +, spaces or dashes)",
        ),
        ("send-message", untyped, "message.type is required"),
        (
            "send-template",
            template,
            "assignTo: no team member has the email nobody@example.com",
        ),
    ];
    for (path, body, problem) in cases {
        let refused = send(&strict, path, body.clone());
        assert_eq!(refused.json()["data"], json!([problem]), "{path}");
        let accepted = send(&lenient, path, body);
        assert_eq!(accepted.status, 200, "{path}: {}", accepted.text);
    }
    let sent = lenient.sandbox.sent_messages();
    assert_eq!(sent.len(), 3);
    assert_eq!(sent[0]["wa_id"], json!("12345"));
    assert_eq!(
        sent[1]["message"],
        json!({"source": "https://example.com/a.jpg", "type": "image"})
    );
    assert_eq!(sent[2]["assignTo"], json!("nobody@example.com"));
    // What the pages state still holds: no `+` in wa_id, a type that repeats the outer one.
    let plus = send(
        &lenient,
        "send-message",
        json!({"wa_id": "+12345", "type": "text", "message": {"text": "hi"}}),
    );
    assert_eq!(plus.status, 400);
    let other = send(
        &lenient,
        "send-message",
        json!({"wa_id": "910987654321", "type": "image",
        "message": {"source": "https://example.com/a.jpg", "type": "document"}}),
    );
    assert_eq!(
        other.json()["data"],
        json!(["message.type must be image, as the outer type"])
    );
    assert_eq!(send(&lenient, "send-message", json!({})).status, 400);
}
