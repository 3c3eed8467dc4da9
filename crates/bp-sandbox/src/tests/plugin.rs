//! The WhatsApp endpoints of BotPenguin's n8n node, with the customer's API token.

use serde_json::{Value, json};

use super::{call, customer, start};
use crate::{RunningSandbox, seeded_bots};

fn wa_bot_of(sb: &RunningSandbox) -> String {
    let customer_id = sb.sandbox.credentials().customer_id;
    seeded_bots()
        .into_iter()
        .find(|b| b.customer_id == customer_id && b.platform == "whatsapp")
        .map(|b| b.id)
        .unwrap()
}

fn template_id(sb: &RunningSandbox, bot: &str, name: &str) -> String {
    let r = call(
        sb,
        "GET",
        &format!("/whatsapp-automation/plugin/templates/{bot}"),
        &customer(sb),
        None,
    );
    assert_eq!(r.status, 200, "{}", r.text);
    r.items()
        .into_iter()
        .find(|t| t["configuration"]["name"] == json!(name))
        .and_then(|t| t["_id"].as_str().map(str::to_owned))
        .unwrap()
}

#[test]
fn lists_the_customers_whatsapp_bots_only_with_its_token() {
    let sb = start();
    let r = call(&sb, "GET", "/whatsapp-automation", &customer(&sb), None);
    assert_eq!(r.status, 200, "{}", r.text);
    let bots = r.items();
    assert_eq!(bots.len(), 1);
    assert_eq!(bots[0]["_id"], json!(wa_bot_of(&sb)));
    assert_eq!(bots[0]["name"], "Bluefin WhatsApp");
    let headers = vec![("Authorization", format!("Bearer {}", "nope"))];
    let r = call(&sb, "GET", "/whatsapp-automation", &headers, None);
    assert_eq!(r.status, 401, "{}", r.text);
}

#[test]
fn templates_and_variables_of_the_customers_bot_only() {
    let sb = start();
    let bot = wa_bot_of(&sb);
    let other = seeded_bots()
        .into_iter()
        .find(|b| b.platform == "whatsapp" && b.id != bot)
        .unwrap()
        .id;
    let r = call(
        &sb,
        "GET",
        &format!("/whatsapp-automation/plugin/templates/{other}"),
        &customer(&sb),
        None,
    );
    assert_eq!(r.status, 404, "{}", r.text);
    let id = template_id(&sb, &bot, "appointment_reminder");
    let r = call(
        &sb,
        "GET",
        &format!("/whatsapp-automation/plugin/make-template-dynamic-fields/{id}"),
        &customer(&sb),
        None,
    );
    assert_eq!(r.status, 200, "{}", r.text);
    let keys: Vec<Value> = r.items().iter().map(|f| f["key"].clone()).collect();
    assert_eq!(
        keys,
        [json!("body_customer_name"), json!("body_appointment_date")]
    );
}

#[test]
fn send_checks_params_against_the_variables_and_keeps_the_message() {
    let sb = start();
    let bot = wa_bot_of(&sb);
    let id = template_id(&sb, &bot, "order_update");
    let send = |params: Value| {
        let body = json!({"botId": bot, "templateId": id, "whatsAppNumber": "919876543210",
                          "templateParams": params});
        call(
            &sb,
            "POST",
            "/whatsapp-automation/plugin/send-template-message",
            &customer(&sb),
            Some(&body),
        )
    };
    let r = send(json!({"body_1": "Asha", "body_9": "x"}));
    assert_eq!(r.status, 400, "{}", r.text);
    assert!(
        r.text.contains("templateParams.body_2 is required"),
        "{}",
        r.text
    );
    assert!(
        r.text.contains("templateParams.body_9 is not a variable"),
        "{}",
        r.text
    );
    assert!(sb.sandbox.sent_messages().is_empty());
    let r = send(json!({"body_1": "Asha", "body_2": "#4521", "body_3": "12 November"}));
    assert_eq!(r.status, 200, "{}", r.text);
    let sent = sb.sandbox.sent_messages();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["kind"], "plugin-template");
    assert_eq!(sent[0]["wa_id"], "919876543210");
    assert_eq!(sent[0]["templateName"], "order_update");
    assert_eq!(sent[0]["templateParams"]["body_2"], "#4521");
}
