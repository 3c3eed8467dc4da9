//! The bot registry (issue 15): `[profiles.X.bots.NAME]` with `customer`, `bot_id` and
//! `bot_token`; `--customer` picks the customer's only registered website bot, `--bot` names
//! one, and `customers each -- leads list` runs once per registered bot.

use serde_json::Value;

use crate::common::{RunOk, World, stderr};

/// The seeded website bot named `name`: (id, customer id, token).
fn seeded(name: &str) -> (String, String, String) {
    let bot = bp::sandbox::seeded_bots()
        .into_iter()
        .find(|b| b.name == name)
        .expect("a seeded bot");
    (bot.id, bot.customer_id, bot.token)
}

/// A profile with the partner key only, and `bots` as its registry.
fn registry(w: &World, bots: &str) {
    w.write_config(&format!(
        "[profiles.a]\nbase_url = \"{}\"\npartner_key = \"{}\"\n{bots}",
        w.sandbox.base_url(),
        w.creds.partner_key
    ));
}

fn bot_table(name: &str, customer: &str, id: &str, token: &str) -> String {
    format!(
        "[profiles.a.bots.{name}]\ncustomer = \"{customer}\"\nbot_id = \"{id}\"\nbot_token = \"{token}\"\n"
    )
}

#[test]
fn customer_picks_its_only_registered_website_bot() {
    let w = World::new();
    let (id, customer, token) = seeded("Sharma Consulting Bot");
    let (other_id, other_customer, other_token) = seeded("Alvarez Legal Intake");
    let name = w.sandbox.sandbox.customer(&customer).unwrap()["name"]
        .as_str()
        .unwrap()
        .to_string();
    // One bot by the customer's name, another by its id.
    registry(
        &w,
        &(bot_table("sharma-web", &name, &id, &token)
            + &bot_table("alvarez-web", &other_customer, &other_id, &other_token)),
    );
    for (selector, want_id, want_token, want_customer) in [
        (customer.as_str(), &id, &token, &customer),
        (
            other_customer.as_str(),
            &other_id,
            &other_token,
            &other_customer,
        ),
    ] {
        w.bare()
            .args(["--customer", selector, "leads", "list"])
            .run_ok();
        let chats = w
            .requests()
            .into_iter()
            .rfind(|r| r.path == "/inbox/direct/chats")
            .unwrap();
        assert_eq!(chats.header("x-bot-token"), Some(want_token.as_str()));
        let q = chats.query_pairs();
        assert!(q.contains(&("botId".into(), want_id.clone())), "{q:?}");
        assert!(
            q.contains(&("customerId".into(), want_customer.clone())),
            "{q:?}"
        );
    }
    // --bot alone, by name or by id: the bot's token, id and customer.
    for bot in ["alvarez-web", other_id.as_str(), "sharma-web"] {
        w.bare().args(["leads", "list", "--bot", bot]).run_ok();
        let chats = w
            .requests()
            .into_iter()
            .rfind(|r| r.path == "/inbox/direct/chats")
            .unwrap();
        let (want_token, want_customer) = if bot == "sharma-web" {
            (&token, &customer)
        } else {
            (&other_token, &other_customer)
        };
        assert_eq!(chats.header("x-bot-token"), Some(want_token.as_str()));
        assert!(
            chats
                .query_pairs()
                .contains(&("customerId".into(), want_customer.clone())),
            "{bot}"
        );
    }
}

#[test]
fn a_customer_without_one_bot_is_exit_2_naming_what_exists() {
    let w = World::new();
    let (a, customer, a_token) = seeded("Bluefin Website Assistant");
    let (b, _, b_token) = seeded("Bluefin Pricing Helper");
    let (_, sharma, _) = seeded("Sharma Consulting Bot");
    registry(
        &w,
        &(bot_table("bluefin-a", &customer, &a, &a_token)
            + &bot_table("bluefin-b", &customer, &b, &b_token)),
    );
    let before = w.requests().len();
    w.bare()
        .args(["--customer", &customer, "leads", "list"])
        .fails_with(2, "has 2 registered website bots: bluefin-a, bluefin-b");
    w.bare()
        .args(["--customer", &sharma, "leads", "list"])
        .fails_with(2, "no website bot registered for customer");
    w.bare()
        .args(["leads", "list", "--bot", "nope"])
        .fails_with(
            2,
            "--bot `nope` is neither a bot of the profile nor a bot id",
        );
    // Another customer's bot: its token would be refused, so nothing is sent.
    w.bare()
        .args(["--customer", &sharma, "leads", "list", "--bot", "bluefin-a"])
        .fails_with(2, "--bot `bluefin-a` is customer");
    assert!(
        !w.requests()[before..]
            .iter()
            .any(|r| r.path == "/inbox/direct/chats"),
        "nothing sent"
    );
    // --bot-id names one of several: its own token.
    w.bare()
        .args(["--customer", &customer, "leads", "list", "--bot-id", &b])
        .run_ok();
    let chats = w
        .requests()
        .into_iter()
        .rfind(|r| r.path == "/inbox/direct/chats")
        .unwrap();
    assert_eq!(chats.header("x-bot-token"), Some(b_token.as_str()));
}

/// A registry whose bots name their customer by name, and a `--customer` by name: the
/// agency's customer list is read once a run, not once per lookup.
#[test]
fn the_customer_list_is_read_once_a_run() {
    let w = World::new();
    let (id, customer, token) = seeded("Sharma Consulting Bot");
    let name = w.sandbox.sandbox.customer(&customer).unwrap()["name"]
        .as_str()
        .unwrap()
        .to_string();
    registry(&w, &bot_table("sharma-web", &name, &id, &token));
    let before = w.requests().len();
    w.bare()
        .args(["--customer", &name, "leads", "list", "--bot", "sharma-web"])
        .run_ok();
    let pages: Vec<String> = w.requests()[before..]
        .iter()
        .filter(|r| r.path == "/customer/list")
        .map(|r| r.query.clone())
        .collect();
    let mut once = pages.clone();
    once.sort();
    once.dedup();
    assert!(!pages.is_empty());
    assert_eq!(pages.len(), once.len(), "{pages:?}");
}

/// `--bot` names another customer's registered bot than `--customer`'s: exit 2 before
/// anything is sent, for every bot-scoped command, not only leads.
#[test]
fn another_customers_bot_is_exit_2_for_whatsapp_and_set_attr_too() {
    let w = World::new();
    let (a, customer, a_token) = seeded("Bluefin Website Assistant");
    let (_, sharma, _) = seeded("Sharma Consulting Bot");
    registry(&w, &bot_table("bluefin-a", &customer, &a, &a_token));
    let before = w.requests().len();
    w.bare()
        .args([
            "--customer",
            &sharma,
            "contacts",
            "set-attr",
            "--bot",
            "bluefin-a",
        ])
        .args(["--search", "a@example.com", "plan=gold"])
        .fails_with(2, "--bot `bluefin-a` is customer");
    w.bare()
        .args(["--customer", &sharma, "whatsapp", "send-template"])
        .args(["--bot", "bluefin-a", "--to", "+919876543210"])
        .args(["--template", "order_update", "--via", "plugin"])
        .fails_with(2, "--bot `bluefin-a` is customer");
    w.bare()
        .args([
            "--customer",
            &sharma,
            "whatsapp",
            "templates",
            "--bot",
            a.as_str(),
        ])
        .args(["--via", "plugin"])
        .fails_with(2, "--bot `bluefin-a` is customer");
    let sent: Vec<_> = w.requests()[before..]
        .iter()
        .map(|r| r.path.clone())
        .filter(|p| p.contains("update-user-attributes") || p.contains("/plugin/"))
        .collect();
    assert!(sent.is_empty(), "{sent:?}");
    // Its own customer's: accepted.
    w.bare()
        .args([
            "--customer",
            &customer,
            "contacts",
            "set-attr",
            "--bot",
            "bluefin-a",
        ])
        .args(["--search", "a@example.com", "plan=gold"])
        .output()
        .unwrap();
    assert!(
        w.requests()
            .iter()
            .any(|r| r.path.contains("update-user-attributes")),
        "sent for its own customer"
    );
}

/// The example: under `--sandbox` the registry is the sandbox's website bots, and
/// `customers each -- leads list` runs once per bot, skipping (not failing) the customers
/// that have none.
#[test]
fn each_lists_leads_once_per_registered_bot_and_skips_the_others() {
    let w = World::new();
    let out = w
        .bare()
        .args(["--sandbox", "customers", "each", "--filter", "dental", "--"])
        .args(["leads", "list"])
        .run_ok();
    let (text, err) = (crate::common::stdout(&out), stderr(&out));
    assert!(text.starts_with("customer\tuuid\t"), "{text}");
    assert_eq!(
        text.lines()
            .filter(|l| l.starts_with("Oakridge Dental Care (oakridge-dental-website)\t"))
            .count(),
        15,
        "{text}"
    );
    assert!(err.contains("ran on 1 customers"), "{err}");
    assert!(!err.contains("skipped"), "{err}");

    let out = w
        .bare()
        .args([
            "--sandbox",
            "customers",
            "each",
            "--",
            "leads",
            "list",
            "-o",
            "json",
        ])
        .run_ok();
    let items: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let mut per_bot = std::collections::BTreeMap::new();
    for item in &items {
        let tag = &item["customer"];
        *per_bot
            .entry((
                tag["name"].as_str().unwrap().to_string(),
                tag["bot"].as_str().unwrap().to_string(),
            ))
            .or_insert(0) += 1;
    }
    // Customer 0's two website bots and Oakridge's have 15 leads each on page 1; the other
    // two have none.
    assert_eq!(
        per_bot.into_iter().collect::<Vec<_>>(),
        vec![
            (
                ("Bluefin Marketing".into(), "bluefin-pricing-helper".into()),
                15
            ),
            (
                (
                    "Bluefin Marketing".into(),
                    "bluefin-website-assistant".into()
                ),
                15
            ),
            (
                (
                    "Oakridge Dental Care".into(),
                    "oakridge-dental-website".into()
                ),
                15
            ),
        ]
    );
    assert!(
        stderr(&out).contains("skipped 56 customers without a registered website bot: "),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("and 46 more"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("ran on 4 customers, once per registered bot: 5 runs"),
        "{}",
        stderr(&out)
    );
}

/// `bp bots list`: the registry with each credential's source, redacted, no command run,
/// and the customer each bot's `customer` resolves to.
#[test]
fn bots_list_shows_the_registry_redacted_and_resolved() {
    let w = World::new();
    let (id, customer, token) = seeded("Sharma Consulting Bot");
    let name = w.sandbox.sandbox.customer(&customer).unwrap()["name"]
        .as_str()
        .unwrap()
        .to_string();
    let marker = w.home.path().join("ran");
    registry(
        &w,
        &(bot_table("sharma-web", &name, &id, &token)
            + &format!(
                "[profiles.a.bots.support]\ncustomer = \"{customer}\"\nwa_api_key_cmd = {}\n",
                crate::common::toml_str(&format!("echo ran> \"{}\"", marker.display()))
            )),
    );
    let out = w.bare().args(["bots", "list", "-o", "json"]).run_ok();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(!text.contains(&token), "the token is redacted: {text}");
    assert!(!marker.exists(), "no command is run to list the bots");
    let bots: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert_eq!(bots.len(), 2);
    let sharma = bots.iter().find(|b| b["name"] == "sharma-web").unwrap();
    assert_eq!(sharma["kind"], "website");
    assert_eq!(sharma["bot_id"], id.as_str());
    assert_eq!(sharma["customer"], name.as_str());
    assert_eq!(sharma["customer_id"], customer.as_str());
    assert!(
        sharma["bot_token"].as_str().unwrap().ends_with("(file)"),
        "{sharma}"
    );
    let support = bots.iter().find(|b| b["name"] == "support").unwrap();
    assert_eq!(support["kind"], "whatsapp");
    assert_eq!(support["customer_name"], name.as_str());
    assert_eq!(
        support["wa_api_key"],
        format!("command `echo ran> \"{}\"`", marker.display()).as_str()
    );
}

/// `bp auth status` checks every registered bot's credentials with one cheap read each: a
/// refused token is named and makes the exit 3.
#[test]
fn auth_status_checks_every_registered_bot() {
    let w = World::new();
    let (id, customer, token) = seeded("Sharma Consulting Bot");
    let (other_id, other_customer, _) = seeded("Alvarez Legal Intake");
    registry(
        &w,
        &(bot_table("sharma-web", &customer, &id, &token)
            + &bot_table(
                "alvarez-web",
                &other_customer,
                &other_id,
                "wrong-token-0000000000",
            )
            + &format!(
                "[profiles.a.bots.wa]\ncustomer = \"{}\"\nwa_api_key = \"{}\"\n",
                w.creds.customer_id, w.creds.wa_api_key
            )),
    );
    let out = w
        .bare()
        .args(["auth", "status", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let rows: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let status = |credential: &str| {
        rows.iter()
            .find(|r| r["credential"] == credential)
            .unwrap_or_else(|| panic!("{credential} in {rows:?}"))["status"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(status("bots.sharma-web.bot_token"), "works");
    assert_eq!(status("bots.wa.wa_api_key"), "works");
    assert!(
        status("bots.alvarez-web.bot_token").starts_with("refused"),
        "{rows:?}"
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains(&token));
}

/// `bp bots add` writes `[profiles.P.bots.NAME]` in place: comments and other profiles kept,
/// mode 0600, the secret from standard input (never a flag), and the new bot is used at once.
#[test]
fn bots_add_writes_the_registry_in_place() {
    use std::io::Write as _;
    let w = World::new();
    let (id, customer, token) = seeded("Sharma Consulting Bot");
    let path = w.write_config(&format!(
        "# my agency\ndefault_profile = \"a\"\n\n[profiles.a]\nbase_url = \"{}\" # the sandbox\npartner_key = \"{}\"\n\n[profiles.other]\nbot_id = \"keep\"\n",
        w.sandbox.base_url(),
        w.creds.partner_key
    ));
    let mut child = w
        .bare_std()
        .args(["bots", "add", "sharma-web", "--customer", &customer])
        .args(["--bot-id", &id, "--with-token", "bot"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{token}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains(&token), "{}", stderr(&out));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# my agency\n"), "{text}");
    assert!(text.contains("\" # the sandbox\n"), "{text}");
    assert!(
        text.contains("[profiles.other]\nbot_id = \"keep\"\n"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "[profiles.a.bots.sharma-web]\ncustomer = \"{customer}\"\nbot_id = \"{id}\"\nbot_token = \"{token}\"\n"
        )),
        "{text}"
    );
    crate::common::assert_private(&path);
    // At once in use: --customer finds it.
    w.bare()
        .args(["--customer", &customer, "leads", "list"])
        .run_ok();

    // No --customer, or a secret as a flag value: exit 2, the file untouched.
    w.bare()
        .args(["bots", "add", "x", "--bot-id", &id])
        .fails_with(2, "`bots add` needs --customer");
    let out = w
        .bare()
        .args([
            "bots",
            "add",
            "x",
            "--customer",
            &customer,
            "--bot-token",
            "s3cret",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);

    // A table of the older form (`id`): `bot_id` replaces it, and the file stays readable.
    let mut old = text.clone();
    old.push_str("\n[profiles.a.bots.legacy]\nid = \"0123456789abcdef01234567\"\n");
    std::fs::write(&path, &old).unwrap();
    w.bare()
        .args(["bots", "add", "legacy", "--customer", &customer])
        .args(["--bot-id", &id, "--bot-token-cmd", "echo t"])
        .run_ok();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("\nid = "), "{text}");
    w.bare().args(["bots", "list"]).run_ok();
}

/// `whatsapp send` with `--customer` and no `--bot`: the customer's only registered WhatsApp
/// bot with a key, not the profile's own key (another customer's bot).
#[test]
fn a_session_message_for_a_customer_uses_its_registered_key() {
    let w = World::new();
    let (_, sharma, _) = seeded("Sharma Consulting Bot");
    w.write_config(&format!(
        "[profiles.a]\nbase_url = \"{}\"\npartner_key = \"{}\"\nwa_api_key = \"not-this-customers-key-000\"\n[profiles.a.bots.bluefin-wa]\ncustomer = \"{}\"\nwa_api_key = \"{}\"\n",
        w.sandbox.base_url(),
        w.creds.partner_key,
        w.creds.customer_id,
        w.creds.wa_api_key
    ));
    let send = [
        "whatsapp",
        "send",
        "--to",
        "+91 98765 43210",
        "--text",
        "hi",
    ];
    w.bare()
        .args(["--customer", &w.creds.customer_id])
        .args(send)
        .run_ok();
    let sent = w
        .requests()
        .into_iter()
        .rfind(|r| r.path == "/whatsapp-automation/wa/send-message")
        .unwrap();
    assert_eq!(sent.header("apikey"), Some(w.creds.wa_api_key.as_str()));
    // A customer with none: exit 2, nothing sent.
    let before = w.requests().len();
    w.bare()
        .args(["--customer", &sharma])
        .args(send)
        .fails_with(
            2,
            "no WhatsApp bot with an API key registered for this customer",
        );
    assert!(
        !w.requests()[before..]
            .iter()
            .any(|r| r.path.starts_with("/whatsapp-automation")),
        "nothing sent"
    );
}

/// The profile's own WhatsApp key is another customer's: under `--customer` (or
/// `BP_CUSTOMER`) a template is never sent with it, and a session message takes the
/// customer's registered key whichever way the customer was named.
#[test]
fn a_customer_is_never_served_by_the_profiles_own_whatsapp_key() {
    let w = World::new();
    let (_, sharma, _) = seeded("Sharma Consulting Bot");
    w.write_config(&format!(
        "[profiles.a]\nbase_url = \"{}\"\npartner_key = \"{}\"\nwa_api_key = \"{}\"\n[profiles.a.bots.bluefin-wa]\ncustomer = \"{}\"\nwa_api_key = \"{}\"\n",
        w.sandbox.base_url(),
        w.creds.partner_key,
        w.creds.wa_api_key,
        w.creds.customer_id,
        w.creds.wa_api_key
    ));
    let before = w.requests().len();
    let out = w
        .bare()
        .args([
            "--customer",
            &sharma,
            "whatsapp",
            "send-template",
            "--via",
            "key",
        ])
        .args(["--to", "+91 98765 43210", "--template", "order_update"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        !w.requests()[before..]
            .iter()
            .any(|r| r.path.contains("send-template")),
        "nothing sent"
    );
    w.bare()
        .env("BP_CUSTOMER", &sharma)
        .args([
            "whatsapp",
            "send",
            "--to",
            "+91 98765 43210",
            "--text",
            "hi",
        ])
        .fails_with(
            2,
            "no WhatsApp bot with an API key registered for this customer",
        );
}
