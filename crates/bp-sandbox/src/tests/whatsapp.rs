//! The WhatsApp Cloud API endpoints: the apiKey sent twice, templates, and the two sends.

use serde_json::{Value, json};

use super::{Reply, call, partner, start};
use crate::RunningSandbox;

fn key_headers(key: &str) -> Vec<(&'static str, String)> {
    vec![
        ("apiKey", key.to_owned()),
        ("Content-Type", "application/json".to_owned()),
    ]
}

fn wa(sb: &RunningSandbox, method: &str, path: &str, body: Option<&Value>) -> Reply {
    let key = sb.sandbox.credentials().wa_api_key;
    let target = format!("/whatsapp-automation/wa/{path}?apiKey={key}");
    call(sb, method, &target, &key_headers(&key), body)
}

/// Template `name` of customer 0's WhatsApp bot.
fn template(sb: &RunningSandbox, name: &str) -> Value {
    let key = sb.sandbox.credentials().wa_api_key;
    sb.sandbox
        .templates(&key)
        .into_iter()
        .find(|t| t["configuration"]["name"] == json!(name))
        .unwrap_or_else(|| panic!("no template {name}"))
}

fn text(values: &[&str]) -> Value {
    let parameters: Vec<Value> = values
        .iter()
        .map(|v| json!({"type": "text", "text": v}))
        .collect();
    json!(parameters)
}

#[test]
fn templates_need_the_api_key_in_the_query_and_the_header() {
    let sb = start();
    let key = sb.sandbox.credentials().wa_api_key;
    assert!(
        key.strip_prefix("sbx_wa_")
            .is_some_and(|h| h.len() == 32 && h.bytes().all(|b| b.is_ascii_hexdigit()))
    );
    let path = "/whatsapp-automation/wa/templates";
    let with_query = format!("{path}?apiKey={key}");
    type Case<'a> = (&'a str, Vec<(&'static str, String)>, &'static str);
    let cases: [Case; 6] = [
        (path, vec![], "Unauthorized: missing apiKey query parameter"),
        (
            path,
            key_headers(&key),
            "Unauthorized: missing apiKey query parameter",
        ),
        (&with_query, vec![], "Unauthorized: missing apiKey header"),
        (
            &with_query,
            key_headers("sbx_wa_other"),
            "Unauthorized: the apiKey header and query parameter differ",
        ),
        (
            "/whatsapp-automation/wa/templates?apiKey=sbx_wa_nope",
            key_headers("sbx_wa_nope"),
            "Unauthorized: invalid apiKey",
        ),
        (
            &with_query,
            partner(&sb),
            "Unauthorized: missing apiKey header",
        ),
    ];
    for (target, headers, message) in cases {
        let reply = call(&sb, "GET", target, &headers, None);
        assert_eq!(reply.status, 401, "{target} {headers:?}");
        assert_eq!(
            reply.json(),
            json!({"success": false, "message": message, "code": 401})
        );
    }

    let listed = wa(&sb, "GET", "templates", None);
    assert_eq!(listed.status, 200);
    let reply = listed.json();
    let keys: Vec<&String> = reply
        .as_object()
        .map(|o| o.keys().collect())
        .unwrap_or_default();
    assert_eq!(keys, ["success", "data"], "the newest documented envelope");
    let templates = listed.items();
    assert_eq!(templates.len(), 5);
    let creds = sb.sandbox.credentials();
    let bot = sb.sandbox.store().state.bots[2].id.clone();
    for t in &templates {
        assert_eq!(
            (&t["_user"], &t["_bot"]),
            (&json!(creds.customer_id), &json!(bot))
        );
        assert!(t["templateId"].as_str().is_some_and(|id| id.len() == 16));
        let components = t["configuration"]["components"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(components.iter().any(|c| c["type"] == json!("BODY")), "{t}");
        for key in ["name", "category", "language"] {
            assert!(t["configuration"][key].is_string(), "{key} in {t}");
        }
        for key in [
            "headerMediaUrl",
            "triggerConfig",
            "carousalHeaderUrls",
            "templateType",
            "createdAt",
            "__v",
        ] {
            assert!(t.get(key).is_some(), "{key} in {t}");
        }
    }
    let statuses: Vec<&str> = templates
        .iter()
        .filter_map(|t| t["status"].as_str())
        .collect();
    assert_eq!(statuses.iter().filter(|s| **s == "APPROVED").count(), 4);
    assert!(statuses.contains(&"PENDING"));
    // Another customer's WhatsApp bot has its own key and its own templates.
    let other = sb.sandbox.store().state.bots[4]
        .wa_api_key
        .clone()
        .unwrap_or_default();
    let theirs = call(
        &sb,
        "GET",
        &format!("{path}?apiKey={other}"),
        &key_headers(&other),
        None,
    )
    .items();
    assert_eq!(theirs.len(), 5);
    assert!(
        theirs
            .iter()
            .all(|t| !templates.iter().any(|m| m["_id"] == t["_id"]))
    );
    // Website bots have no WhatsApp key.
    assert!(sb.sandbox.store().state.bots[0].wa_api_key.is_none());
}

#[test]
fn send_template_checks_the_body_against_the_template() {
    let sb = start();
    let send = |body: Value| wa(&sb, "POST", "send-template", Some(&body));
    let order = template(&sb, "order_update")["_id"].clone();
    let body = json!({"userName": "Asha", "wa_id": "919876543210", "templateId": order,
        "params": [{"type": "body", "parameters": text(&["Asha", "#77", "Friday"])}]});
    let key = sb.sandbox.credentials().wa_api_key;
    let no_header = call(
        &sb,
        "POST",
        &format!("/whatsapp-automation/wa/send-template?apiKey={key}"),
        &[],
        Some(&body),
    );
    assert_eq!(no_header.status, 401);

    assert_eq!(
        send(json!({})).json()["data"],
        json!(["wa_id is required", "templateId is required"])
    );
    let wrong = send(
        json!({"userName": 1, "wa_id": "+91 98765 43210", "templateId": order,
        "params": {}, "tags": "vip"}),
    );
    assert_eq!(
        wrong.json()["data"],
        json!([
            "userName must be a string",
            "wa_id must be the WhatsApp number with its country code, 7 to 15 digits only (no +, spaces or dashes)",
            "params must be an array",
            "tags must be an array"
        ])
    );
    let cast = send(json!({"wa_id": "919876543210", "templateId": "order_update"}));
    assert_eq!(
        (cast.status, cast.json()["message"].clone()),
        (400, json!(crate::envelope::CAST_ERROR))
    );
    let unknown = send(json!({"wa_id": "919876543210", "templateId": "aaaaaaaaaaaaaaaaaaaaaaaa"}));
    assert_eq!(
        (unknown.status, unknown.json()["message"].clone()),
        (404, json!("template not found"))
    );
    let other_bot = {
        let store = sb.sandbox.store();
        let bot = json!(store.state.bots[4].id);
        let found = store.state.templates.iter().find(|t| t["_bot"] == bot);
        found.map(|t| t["_id"].clone()).unwrap_or_default()
    };
    assert_eq!(
        send(json!({"wa_id": "919876543210", "templateId": other_bot})).status,
        404,
        "another bot's template"
    );
    let pending = template(&sb, "welcome_offer")["_id"].clone();
    let refused = send(json!({"wa_id": "919876543210", "templateId": pending, "params": []}));
    assert_eq!(refused.status, 400);
    assert!(
        refused.json()["message"]
            .as_str()
            .is_some_and(|m| m.contains("not approved"))
    );
    let short = send(json!({"wa_id": "919876543210", "templateId": order, "params": []}));
    assert_eq!(
        short.json()["data"],
        json!(["params: the template's body has 3 variables but 0 parameters were given"])
    );
    let odd = send(
        json!({"wa_id": "919876543210", "templateId": order, "params": [
        {"type": "footer", "parameters": []},
        {"type": "body", "parameters": [{"type": "text", "text": 1}, {"type": "image"}, {"type": "text", "text": "x"}]}]}),
    );
    assert_eq!(
        odd.json()["data"],
        json!([
            "params[0].type must be header, body or button",
            "params.body.parameters[0].text must be a string",
            "params.body.parameters[1].type must be text, currency or date_time"
        ])
    );
    assert!(sb.sandbox.sent_messages().is_empty(), "nothing sent yet");

    let sent = send(body.clone());
    assert_eq!(sent.status, 200);
    let reply = sent.json();
    assert_eq!(
        (&reply["success"], &reply["code"]),
        (&json!(true), &json!(200))
    );
    let message_id = reply["messageId"].as_str().unwrap_or("").to_owned();
    assert!(message_id.starts_with("wamid."), "{reply}");
    let data = &reply["data"];
    let creds = sb.sandbox.credentials();
    assert_eq!(data["messageId"], json!(message_id));
    assert_eq!(data["_user"], json!(creds.customer_id));
    assert_eq!(data["_bot"], json!(sb.sandbox.store().state.bots[2].id));
    assert!(
        data["whatsAppId"]
            .as_str()
            .is_some_and(|id| id.bytes().all(|b| b.is_ascii_digit()))
    );
    assert_eq!(data["wa_id"], json!("919876543210"));

    // Named variables need parameter_name.
    let reminder = template(&sb, "appointment_reminder")["_id"].clone();
    let unnamed = send(json!({"wa_id": "447700900123", "templateId": reminder,
        "params": [{"type": "body", "parameters": text(&["Asha", "Monday"])}]}));
    assert_eq!(unnamed.status, 400);
    assert_eq!(
        unnamed.json()["data"][0],
        json!(
            "params.body.parameters[0].parameter_name is required: the template's variables are named (customer_name, appointment_date)"
        )
    );
    let named = send(
        json!({"wa_id": "447700900123", "templateId": reminder, "params": [
        {"type": "body", "parameters": [
            {"type": "text", "text": "Asha", "parameter_name": "customer_name"},
            {"type": "text", "text": "Monday", "parameter_name": "appointment_date"}]}]}),
    );
    assert_eq!(named.status, 200, "{}", named.text);

    // A document header needs its link.
    let invoice = template(&sb, "invoice_copy")["_id"].clone();
    let body_only = json!({"type": "body", "parameters": text(&["Asha", "INV-9"])});
    let headless =
        send(json!({"wa_id": "14155550123", "templateId": invoice, "params": [body_only]}));
    assert_eq!(
        headless.json()["data"],
        json!([
            "params: the template's document header needs one header parameter {\"type\": \"document\", \"document\": {\"link\": \"https://…\"}}"
        ])
    );
    let header = json!({"type": "header", "parameters": [
        {"type": "document", "document": {"link": "https://files.example.com/inv-9.pdf"}}]});
    let with_doc = send(json!({"wa_id": "14155550123", "templateId": invoice,
        "params": [header, body_only], "assignTo": "nobody@example.com"}));
    assert_eq!(
        with_doc.json()["data"],
        json!(["assignTo: no team member has the email nobody@example.com"])
    );
    let assigned = send(json!({"wa_id": "14155550123", "templateId": invoice,
        "params": [header, body_only], "assignTo": "RIYA@bluefinmarketing.io", "tags": ["billing"]}));
    assert_eq!(assigned.status, 200, "{}", assigned.text);
    let typo = send(json!({"wa_id": "14155550123", "templateId": invoice,
        "params": [header, body_only], "assingTo": "tom@bluefinmarketing.io"}));
    assert_eq!(typo.status, 200, "the older docs' spelling");

    let messages = sb.sandbox.sent_messages();
    assert_eq!(messages.len(), 4);
    let first = &messages[0];
    assert_eq!(first["kind"], json!("template"));
    assert_eq!(first["messageId"], json!(message_id));
    assert_eq!(
        (
            &first["wa_id"],
            &first["userName"],
            &first["templateId"],
            &first["templateName"]
        ),
        (
            &json!("919876543210"),
            &json!("Asha"),
            &order,
            &json!("order_update")
        )
    );
    assert_eq!(first["params"], body["params"]);
    assert_eq!(
        (&messages[2]["assignTo"], &messages[2]["tags"]),
        (&json!("RIYA@bluefinmarketing.io"), &json!(["billing"]))
    );
    assert_eq!(messages[3]["assignTo"], json!("tom@bluefinmarketing.io"));
}

#[test]
fn send_message_sends_text_images_and_documents() {
    let sb = start();
    let send = |body: Value| wa(&sb, "POST", "send-message", Some(&body));
    let text_body = json!({"userName": "Test", "wa_id": "910987654321", "type": "text",
        "message": {"text": "hi"}});
    let no_query = call(
        &sb,
        "POST",
        "/whatsapp-automation/wa/send-message",
        &key_headers(&sb.sandbox.credentials().wa_api_key),
        Some(&text_body),
    );
    assert_eq!(no_query.status, 401);
    assert_eq!(
        send(json!({})).json()["data"],
        json!([
            "wa_id is required",
            "type is required",
            "message is required"
        ])
    );
    assert_eq!(
        send(json!({"wa_id": "91-0987654321", "type": "video", "message": {}})).json()["data"],
        json!([
            "wa_id must be the WhatsApp number with its country code, 7 to 15 digits only (no +, spaces or dashes)",
            "type must be one of text, image, document"
        ])
    );
    assert_eq!(
        send(json!({"wa_id": "910987654321", "type": "text", "message": {"text": " "}})).json()["data"],
        json!(["message.text is required"])
    );
    assert_eq!(
        send(json!({"wa_id": "910987654321", "type": "image",
            "message": {"source": "ftp://x/y.jpg", "label": 3, "type": "document"}}))
        .json()["data"],
        json!([
            "message.source must be an http(s) URL",
            "message.label must be a string",
            "message.type must be image, as the outer type"
        ])
    );
    assert_eq!(
        send(json!({"wa_id": "910987654321", "type": "document", "message": "file.pdf"})).json()["data"],
        json!(["message must be an object"])
    );
    assert!(sb.sandbox.sent_messages().is_empty());

    let sent = send(text_body);
    assert_eq!(sent.status, 200, "{}", sent.text);
    assert!(
        sent.json()["messageId"]
            .as_str()
            .is_some_and(|id| id.starts_with("wamid."))
    );
    let image = send(
        json!({"userName": "Test", "wa_id": "910987654321", "type": "image",
        "message": {"source": "https://images.example.com/a.jpg", "label": "hey", "type": "image"},
        "tags": ["test"]}),
    );
    assert_eq!(image.status, 200, "{}", image.text);
    let document = send(json!({"wa_id": "910987654321", "type": "document",
        "message": {"source": "https://files.example.com/a.pdf", "type": "document"}}));
    assert_eq!(document.status, 200, "{}", document.text);

    let messages = sb.sandbox.sent_messages();
    assert_eq!(messages.len(), 3);
    assert!(messages.iter().all(|m| m["kind"] == json!("message")));
    assert_eq!(
        (&messages[0]["type"], &messages[0]["message"]),
        (&json!("text"), &json!({"text": "hi"}))
    );
    assert_eq!(
        messages[1]["message"],
        json!({"source": "https://images.example.com/a.jpg", "type": "image", "label": "hey"})
    );
    assert_eq!(messages[1]["tags"], json!(["test"]));
    assert_eq!(messages[2]["userName"], json!(""));
    let ids: Vec<&Value> = messages.iter().map(|m| &m["messageId"]).collect();
    assert!(ids[0] != ids[1] && ids[1] != ids[2]);
}
