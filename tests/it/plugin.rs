//! WhatsApp templates without per-bot keys (issue 15): with the partner key and `--customer`
//! only, `whatsapp templates`, `send-template` and `template-vars` go through the customer
//! token's `/whatsapp-automation/plugin/*` endpoints; `bots list --remote` lists the
//! customer's WhatsApp bots.

use serde_json::{Value, json};

use crate::common::{RunOk, World, stdout};

/// The seeded WhatsApp bot of customer `owner`'s: (id, customer id).
fn wa_bot(name: &str) -> (String, String) {
    let bot = bp::sandbox::seeded_bots()
        .into_iter()
        .find(|b| b.name == name && b.platform == "whatsapp")
        .expect("a seeded WhatsApp bot");
    (bot.id, bot.customer_id)
}

/// A profile with the partner key only, and `extra` after it.
fn partner_only(w: &World, extra: &str) {
    w.write_config(&format!(
        "[profiles.a]\nbase_url = \"{}\"\npartner_key = \"{}\"\n{extra}",
        w.sandbox.base_url(),
        w.creds.partner_key
    ));
}

fn assert_customer_token(w: &World, r: &bp::sandbox::RecordedRequest, customer: &str) {
    let token = w.sandbox.sandbox.customer_token(customer).unwrap();
    assert_eq!(r.header("authtype"), Some("Key"));
    assert_eq!(
        r.header("authorization"),
        Some(format!("Bearer {token}").as_str())
    );
    assert_eq!(r.header("apikey"), None);
}

fn template_id(w: &World, customer: &str, name: &str) -> String {
    let out = w
        .bare()
        .args([
            "--customer",
            customer,
            "whatsapp",
            "templates",
            "-o",
            "json",
        ])
        .run_ok();
    let templates: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    templates
        .iter()
        .find(|t| t["configuration"]["name"] == name)
        .and_then(|t| t["_id"].as_str())
        .unwrap()
        .to_string()
}

#[test]
fn send_template_with_only_the_partner_key_and_customer_goes_through_the_plugin_endpoint() {
    let w = World::new();
    partner_only(&w, "");
    let (bot_id, customer) = wa_bot("Oakridge Appointments");
    let template = template_id(&w, &customer, "appointment_reminder");
    let list = w
        .requests()
        .into_iter()
        .rfind(|r| r.path.starts_with("/whatsapp-automation/plugin/templates/"))
        .unwrap();
    assert_eq!(list.method, "GET");
    assert_eq!(
        list.path,
        format!("/whatsapp-automation/plugin/templates/{bot_id}")
    );
    assert_customer_token(&w, &list, &customer);

    let out = w
        .bare()
        .args(["--customer", &customer, "whatsapp", "send-template"])
        .args(["--to", "+91 98765 43210", "--template", &template])
        .args(["--param", "body_customer_name=Asha"])
        .args(["--param", "body_appointment_date=16 November"])
        .args(["-o", "json"])
        .run_ok();
    let sends: Vec<_> = w
        .requests()
        .into_iter()
        .filter(|r| r.path.contains("send-template"))
        .collect();
    assert_eq!(sends.len(), 1, "sent once");
    let r = &sends[0];
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", "/whatsapp-automation/plugin/send-template-message")
    );
    assert_customer_token(&w, r, &customer);
    assert_eq!(
        r.json().unwrap(),
        json!({"botId": bot_id, "templateId": template, "whatsAppNumber": "919876543210",
               "templateParams": {"body_customer_name": "Asha",
                                  "body_appointment_date": "16 November"}})
    );
    let sent = w.sandbox.sandbox.sent_messages();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["_bot"], json!(bot_id));
    let printed: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed[0]["messageId"], sent[0]["messageId"]);
    assert!(!stdout(&out).contains(&w.sandbox.sandbox.customer_token(&customer).unwrap()));
}

#[test]
fn positional_params_fill_the_variables_in_order_and_a_wrong_count_is_exit_2() {
    let w = World::new();
    partner_only(&w, "");
    let (_, customer) = wa_bot("Bluefin WhatsApp");
    let template = template_id(&w, &customer, "order_update");
    let send = |params: &[&str]| {
        let mut cmd = w.bare();
        cmd.args(["--customer", &customer, "whatsapp", "send-template"])
            .args(["--to", "+919876543210", "--template", &template]);
        for p in params {
            cmd.args(["--param", p]);
        }
        cmd
    };
    send(&["Asha", "#4521"]).fails_with(2, "left to fill are 3 (body_1, body_2, body_3)");
    assert!(w.sandbox.sandbox.sent_messages().is_empty());
    send(&["body_2=#4521", "Asha", "12 November"]).run_ok();
    let r = w.requests().pop().unwrap();
    assert_eq!(
        r.json().unwrap()["templateParams"],
        json!({"body_1": "Asha", "body_2": "#4521", "body_3": "12 November"})
    );
    // A value with `=` whose left side is no variable of the template is a value.
    send(&["Dr.=Smith", "body_2=#4521", "12 November"]).run_ok();
    let r = w.requests().pop().unwrap();
    assert_eq!(
        r.json().unwrap()["templateParams"],
        json!({"body_1": "Dr.=Smith", "body_2": "#4521", "body_3": "12 November"})
    );
    // --tag has no field in the plugin body: refused rather than dropped.
    send(&["body_1=a", "body_2=b", "body_3=c"])
        .args(["--tag", "t1"])
        .fails_with(2, "--tag is not sent through the plugin endpoint");
    assert_eq!(w.sandbox.sandbox.sent_messages().len(), 2);
}

#[test]
fn template_vars_lists_the_variables() {
    let w = World::new();
    partner_only(&w, "");
    let (_, customer) = wa_bot("Bluefin WhatsApp");
    let template = template_id(&w, &customer, "appointment_reminder");
    let out = w
        .bare()
        .args([
            "--customer",
            &customer,
            "whatsapp",
            "template-vars",
            &template,
        ])
        .run_ok();
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("NAME") || lines[0].starts_with("name"),
        "{text}"
    );
    assert!(lines[1].starts_with("body_customer_name"), "{text}");
    assert!(lines[2].starts_with("body_appointment_date"), "{text}");
    let r = w.requests().pop().unwrap();
    assert_eq!(
        (r.method.as_str(), r.path.clone()),
        (
            "GET",
            format!("/whatsapp-automation/plugin/make-template-dynamic-fields/{template}")
        )
    );
    assert_customer_token(&w, &r, &customer);
}

#[test]
fn a_registered_key_keeps_the_documented_endpoint_and_via_chooses() {
    let w = World::new();
    let (bot_id, customer) = wa_bot("Bluefin WhatsApp");
    partner_only(
        &w,
        &format!(
            "[profiles.a.bots.bluefin-wa]\ncustomer = \"{customer}\"\nbot_id = \"{bot_id}\"\nwa_api_key = \"{}\"\n",
            w.creds.wa_api_key
        ),
    );
    w.bare()
        .args(["--customer", &customer, "whatsapp", "templates"])
        .run_ok();
    let r = w.requests().pop().unwrap();
    assert_eq!(r.path, "/whatsapp-automation/wa/templates");
    w.bare()
        .args([
            "--customer",
            &customer,
            "whatsapp",
            "templates",
            "--via",
            "plugin",
        ])
        .run_ok();
    let r = w.requests().pop().unwrap();
    assert_eq!(
        r.path,
        format!("/whatsapp-automation/plugin/templates/{bot_id}")
    );
    // A bot id the registry does not hold has no key.
    let (other, _) = wa_bot("Oakridge Appointments");
    w.bare()
        .args(["whatsapp", "templates", "--bot", &other, "--via", "key"])
        .fails_with(2, "--via key needs the bot's WhatsApp API key");
}

#[test]
fn bots_list_remote_adds_the_customers_whatsapp_bots_marking_the_registered_ones() {
    let w = World::new();
    let (bot_id, customer) = wa_bot("Bluefin WhatsApp");
    partner_only(
        &w,
        &format!(
            "[profiles.a.bots.bluefin-wa]\ncustomer = \"{customer}\"\nbot_id = \"{bot_id}\"\nwa_api_key = \"{}\"\n",
            w.creds.wa_api_key
        ),
    );
    let out = w
        .bare()
        .args([
            "--customer",
            &customer,
            "bots",
            "list",
            "--remote",
            "-o",
            "json",
        ])
        .run_ok();
    let rows: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0]["name"], "bluefin-wa");
    assert_eq!(rows[1]["name"], "Bluefin WhatsApp");
    assert_eq!(rows[1]["kind"], "whatsapp (remote)");
    assert_eq!(rows[1]["bot_id"], json!(bot_id));
    assert_eq!(rows[1]["registered"], "bluefin-wa");
    // Its key as the registry's row shows it: redacted, with its source.
    assert_eq!(rows[1]["wa_api_key"], rows[0]["wa_api_key"]);
    assert!(
        rows[1]["wa_api_key"].as_str().unwrap().ends_with("(file)"),
        "{rows:?}"
    );
    assert!(!stdout(&out).contains(&w.creds.wa_api_key));
    let r = w.requests().pop().unwrap();
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("GET", "/whatsapp-automation")
    );
    assert_customer_token(&w, &r, &customer);

    // Another customer's bot is not registered.
    let (other, other_customer) = wa_bot("Oakridge Appointments");
    let out = w
        .bare()
        .args(["--customer", &other_customer, "bots", "list", "--remote"])
        .run_ok();
    let text = stdout(&out);
    let line = text.lines().find(|l| l.contains(&other)).unwrap();
    assert!(
        line.contains("whatsapp (remote)") && line.contains("\tno\t"),
        "{text}"
    );
}

/// `customers each -- whatsapp send-template`: every customer's own WhatsApp bot, the template
/// by name (its id differs per bot), once each; a customer without one is skipped.
#[test]
fn each_sends_the_template_through_every_customers_own_bot_once() {
    let w = World::new();
    partner_only(&w, "");
    let out = w
        .bare()
        .args(["customers", "each", "--", "whatsapp", "send-template"])
        .args(["--to", "+919876543210", "--template", "order_update"])
        .args([
            "--param",
            "Asha",
            "--param",
            "#4521",
            "--param",
            "12 November",
        ])
        .output()
        .unwrap();
    let err = crate::common::stderr(&out);
    let sent = w.sandbox.sandbox.sent_messages();
    let mut bots: Vec<String> = sent
        .iter()
        .map(|m| m["_bot"].as_str().unwrap().to_string())
        .collect();
    bots.sort();
    let mut want = vec![
        wa_bot("Bluefin WhatsApp").0,
        wa_bot("Oakridge Appointments").0,
    ];
    want.sort();
    assert_eq!(bots, want, "{err}");
    assert!(sent.iter().all(|m| m["templateName"] == "order_update"));
    // The 58 customers without a WhatsApp bot are skipped, not failed: named once, and the
    // exit code counts only real failures.
    assert!(
        err.contains("skipped 58 customers with no bot to run with: "),
        "{err}"
    );
    assert_eq!(err.matches("has no WhatsApp bot").count(), 10, "{err}");
    assert!(err.contains(" and 48 more"), "{err}");
    assert!(!err.contains("failed"), "{err}");
    assert!(!err.contains("error:"), "{err}");
    assert!(err.contains("ran on 2 customers"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}
