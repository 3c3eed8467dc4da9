//! The agency endpoints: creating, updating and deleting customers, their tokens, team
//! members, and deleting contacts.

use serde_json::{Value, json};

use super::{Reply, call, customer, partner, search, send, start, start_with};
use crate::{Options, RunningSandbox, Sandbox};

/// The headers of a request with any Bearer token (a customer's or a team member's).
fn bearer(token: &str) -> Vec<(&'static str, String)> {
    vec![
        ("authtype", "Key".to_owned()),
        ("Authorization", format!("Bearer {token}")),
        ("Content-Type", "application/json".to_owned()),
    ]
}

fn create(sb: &RunningSandbox, path: &str, body: &Value) -> Reply {
    call(sb, "POST", path, &partner(sb), Some(body))
}

fn token_of(sb: &RunningSandbox, customer_id: &str) -> String {
    let reply = call(
        sb,
        "GET",
        &format!("/ext/get-user-token?userId={customer_id}"),
        &partner(sb),
        None,
    );
    reply.json()["data"]["permanentToken"]["key"]
        .as_str()
        .unwrap_or("")
        .to_owned()
}

fn search_status(sb: &RunningSandbox, token: &str) -> u16 {
    let body = super::search_body(json!({}));
    call(sb, "POST", "/inbox/users", &bearer(token), Some(&body)).status
}

fn customer_ids(sb: &RunningSandbox, index: usize) -> String {
    let store = sb.sandbox.store();
    store.state.customers[index].doc["_id"]
        .as_str()
        .unwrap_or("")
        .to_owned()
}

#[test]
fn customer_create_validates_then_creates_a_working_customer() {
    let sb = start();
    let good = json!({"username": "new@agency.test", "name": "New Customer",
        "password": "s3cret-pass", "limit": 2000});
    assert_eq!(
        call(&sb, "POST", "/customer/create", &[], Some(&good)).status,
        401
    );
    assert_eq!(
        call(&sb, "POST", "/customer/create", &customer(&sb), Some(&good)).status,
        401
    );
    let empty = create(&sb, "/customer/create", &json!({}));
    assert_eq!(empty.status, 400);
    assert_eq!(
        empty.json()["data"],
        json!([
            "username is required",
            "name is required",
            "password is required"
        ])
    );
    let bad = create(
        &sb,
        "/customer/create",
        &json!({"username": "not-an-email", "name": "  ", "password": 5, "limit": "lots"}),
    );
    assert_eq!(
        bad.json()["data"],
        json!([
            "username must be an email address",
            "name is required",
            "password must be a string",
            "limit must be a non-negative integer"
        ])
    );
    assert_eq!(create(&sb, "/customer/create", &json!([good])).status, 400);
    let taken = create(
        &sb,
        "/customer/create",
        &json!({"username": "TEAM@bluefinmarketing.io", "name": "X", "password": "p"}),
    );
    assert_eq!(
        (taken.status, taken.json()["message"].clone()),
        (400, json!("username already exists"))
    );
    assert_eq!(sb.sandbox.customer_count(), 60, "nothing created");

    let created = create(&sb, "/customer/create", &good);
    assert_eq!(created.status, 200);
    assert!(
        !created.text.contains("s3cret-pass"),
        "the password is never shown"
    );
    let reply = created.json();
    assert_eq!(
        (&reply["success"], &reply["message"], &reply["code"]),
        (&json!(true), &json!(""), &json!(200))
    );
    let data = &reply["data"];
    for key in [
        "chatGPT",
        "ai",
        "isTourCompleted",
        "likedTemplates",
        "accountUsage",
        "loginCount",
        "picture",
        "limitOver",
        "limitOverWhatsapp",
        "canAccessPayment",
        "currentUsage",
        "consumption",
        "role",
        "createdAt",
        "updatedAt",
    ] {
        assert!(data.get(key).is_some(), "data.{key} missing in {data}");
    }
    assert_eq!(data["name"], json!("New Customer"));
    assert_eq!(data["username"], json!("new@agency.test"));
    assert_eq!(data["contact"]["email"], json!("new@agency.test"));
    assert_eq!(
        data["contact"]["phone"],
        json!({"prefix": "", "number": ""})
    );
    assert_eq!(
        (&data["verified"], &data["status"], &data["userType"]),
        (&json!(true), &json!("ACTIVE"), &json!("WHITELABEL"))
    );
    assert_eq!(data["limit"], json!(2000));
    let id = data["_id"].as_str().unwrap_or("").to_owned();
    assert!(crate::envelope::is_object_id(&id));
    assert_ne!(data["contact"]["_id"], json!(id));

    assert_eq!(sb.sandbox.customer_count(), 61);
    let newest = call(
        &sb,
        "GET",
        "/customer/list?sort=-createdAt",
        &partner(&sb),
        None,
    )
    .items();
    assert_eq!(newest[0]["_id"], json!(id));
    let token = token_of(&sb, &id);
    assert!(
        token.starts_with("sbx_api_") && token.len() == 40,
        "{token}"
    );
    assert_eq!(sb.sandbox.customer_token(&id), Some(token.clone()));
    let contacts = call(
        &sb,
        "POST",
        "/inbox/users",
        &bearer(&token),
        Some(&super::search_body(json!({}))),
    );
    assert_eq!(contacts.items(), Vec::<Value>::new());
    let again = json!({"username": "New@Agency.test", "name": "Again", "password": "p"});
    assert_eq!(create(&sb, "/customer/create", &again).status, 400);
    let no_limit = create(
        &sb,
        "/customer/create",
        &json!({"username": "other@agency.test", "name": "Other", "password": "p"}),
    );
    assert_eq!(no_limit.status, 200);
    assert_eq!(no_limit.json()["data"].get("limit"), None);
}

#[test]
fn the_older_create_path_works_and_can_be_the_only_one() {
    let sb = start();
    let body = json!({"username": "old@agency.test", "name": "Old Path", "password": "p"});
    let old = create(&sb, "/customer", &body);
    assert_eq!(old.status, 200);
    assert_eq!(old.json()["data"]["username"], json!("old@agency.test"));
    assert_eq!(create(&sb, "/customer", &body).status, 400, "same email");

    let legacy = start_with(Options {
        legacy_customer_create: true,
        ..Options::default()
    });
    let missing = create(&legacy, "/customer/create", &body);
    assert_eq!(
        missing.json(),
        json!({"success": false, "message": "Cannot POST /customer/create", "code": 404})
    );
    assert_eq!(
        send(&legacy, "POST", "/customer/create", &[], None).status,
        404
    );
    assert_eq!(legacy.sandbox.customer_count(), 60);
    assert_eq!(create(&legacy, "/customer", &body).status, 200);
    assert_eq!(legacy.sandbox.customer_count(), 61);
}

#[test]
fn customer_update_merges_top_level_fields() {
    let sb = start();
    let id = customer_ids(&sb, 1);
    let put = |target: &str, body: Option<&Value>| call(&sb, "PUT", target, &partner(&sb), body);
    let path = format!("/customer/{id}");
    let change = json!({"name": "Priya S.", "status": "INACTIVE", "_id": "aaaaaaaaaaaaaaaaaaaaaaaa",
        "password": "never-kept", "notes": {"tier": "gold"}});
    assert_eq!(
        call(&sb, "PUT", &path, &customer(&sb), Some(&change)).status,
        401
    );
    let cast = put("/customer/123", Some(&change));
    assert_eq!(cast.status, 400);
    assert_eq!(cast.json()["message"], json!(crate::envelope::CAST_ERROR));
    let missing = put("/customer/aaaaaaaaaaaaaaaaaaaaaaaa", Some(&change));
    assert_eq!(
        (missing.status, missing.json()["message"].clone()),
        (404, json!("customer not found"))
    );
    assert_eq!(put(&path, Some(&json!(["name"]))).status, 400);
    assert_eq!(put(&path, None).status, 400, "no body is not JSON");
    let taken = put(
        &path,
        Some(&json!({"username": "team@bluefinmarketing.io"})),
    );
    assert_eq!(taken.json()["message"], json!("username already exists"));

    let before = sb.sandbox.customer(&id).unwrap_or_default();
    let updated = put(
        &path.to_uppercase().replace("/CUSTOMER/", "/customer/"),
        Some(&change),
    );
    assert_eq!(updated.status, 200);
    let reply = updated.json();
    assert_eq!(
        (&reply["success"], &reply["message"], &reply["code"]),
        (&json!(true), &json!(""), &json!(200))
    );
    let data = &reply["data"];
    assert_eq!(data["_id"], json!(id));
    assert_eq!(
        (&data["name"], &data["status"], &data["notes"]),
        (
            &json!("Priya S."),
            &json!("INACTIVE"),
            &json!({"tier": "gold"})
        )
    );
    assert_eq!(data.get("password"), None);
    assert_eq!(data["contact"], before["contact"], "untouched fields stay");
    assert!(data["updatedAt"].as_str() > before["updatedAt"].as_str());
    assert_eq!(sb.sandbox.customer(&id).as_ref(), Some(data));
    let listed = call(&sb, "GET", "/customer/list", &partner(&sb), None).items();
    assert!(listed.iter().any(|c| c["name"] == json!("Priya S.")));
}

#[test]
fn customer_delete_removes_it_and_everything_its_tokens_opened() {
    let sb = start();
    let id = customer_ids(&sb, 2);
    let token = token_of(&sb, &id);
    let member = call(
        &sb,
        "GET",
        "/ext/get-user-token?email=sam%40oakridgedental.com&type=AGENT",
        &partner(&sb),
        None,
    )
    .json()["data"]["permanentToken"]["key"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let wa_key = sb
        .sandbox
        .store()
        .state
        .bots
        .iter()
        .find(|b| b.customer_id == id)
        .and_then(|b| b.wa_api_key.clone())
        .unwrap_or_default();
    assert_eq!(search_status(&sb, &token), 200);
    assert_eq!(search_status(&sb, &member), 200);
    assert_eq!(sb.sandbox.templates(&wa_key).len(), 5);

    let path = format!("/customer/{id}");
    assert_eq!(call(&sb, "DELETE", &path, &customer(&sb), None).status, 401);
    assert_eq!(
        call(&sb, "DELETE", "/customer/xyz", &partner(&sb), None).status,
        400
    );
    let deleted = call(&sb, "DELETE", &path, &partner(&sb), None);
    assert_eq!(
        (deleted.status, deleted.json()),
        (200, json!({"success": true, "message": "", "code": 200}))
    );
    assert_eq!(sb.sandbox.customer_count(), 59);
    assert_eq!(sb.sandbox.customer(&id), None);
    assert_eq!(sb.sandbox.contact_count(&id), 0);
    assert_eq!(search_status(&sb, &token), 400);
    assert_eq!(search_status(&sb, &member), 400);
    assert!(sb.sandbox.templates(&wa_key).is_empty());
    let target = format!("/whatsapp-automation/wa/templates?apiKey={wa_key}");
    let headers = [("apiKey", wa_key.clone())];
    assert_eq!(call(&sb, "GET", &target, &headers, None).status, 401);
    assert_eq!(
        call(&sb, "DELETE", &path, &partner(&sb), None).status,
        404,
        "already gone"
    );
    // Everyone else is untouched.
    let creds = sb.sandbox.credentials();
    assert_eq!(sb.sandbox.contact_count(&creds.customer_id), 250);
    assert_eq!(search(&sb, json!({})).status, 200);
}

#[test]
fn revoked_tokens_stop_working_and_the_new_one_is_handed_out() {
    let sb = start();
    let creds = sb.sandbox.credentials();
    assert_eq!(
        sb.sandbox.customer_token(&creds.customer_id),
        Some(creds.api_token.clone())
    );
    assert_eq!(sb.sandbox.customer_token("aaaaaaaaaaaaaaaaaaaaaaaa"), None);
    assert_eq!(
        sb.sandbox.revoke_customer_token("aaaaaaaaaaaaaaaaaaaaaaaa"),
        None
    );
    let fresh = sb
        .sandbox
        .revoke_customer_token(&creds.customer_id)
        .unwrap_or_default();
    assert!(fresh.starts_with("sbx_api_") && fresh != creds.api_token);
    assert_eq!(search_status(&sb, &creds.api_token), 400);
    assert_eq!(search_status(&sb, &fresh), 200);
    assert_eq!(token_of(&sb, &creds.customer_id), fresh);
    assert_eq!(sb.sandbox.customer_token(&creds.customer_id), Some(fresh));
}

#[test]
fn created_customers_and_revoked_tokens_survive_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let opts = Options {
        state_path: Some(dir.path().join("state.json")),
        ..Options::default()
    };
    let sb = start_with(opts.clone());
    let created = create(
        &sb,
        "/customer/create",
        &json!({"username": "kept@agency.test", "name": "Kept", "password": "p"}),
    );
    let id = created.json()["data"]["_id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let creds = sb.sandbox.credentials();
    let fresh = sb.sandbox.revoke_customer_token(&creds.customer_id);
    let token = sb.sandbox.customer_token(&id);
    drop(sb);
    let again = Sandbox::new(opts).expect("reloads");
    assert_eq!(again.customer_count(), 61);
    assert_eq!(again.customer_token(&id), token);
    assert_eq!(again.customer_token(&creds.customer_id), fresh);
}

#[test]
fn team_members_are_listed_searched_and_paged_per_customer() {
    let sb = start_with(Options {
        contacts_page_size: 2,
        ..Options::default()
    });
    let creds = sb.sandbox.credentials();
    let list = |query: &str, headers: &[(&str, String)]| {
        call(&sb, "GET", &format!("/custom-user{query}"), headers, None)
    };
    assert_eq!(list("", &partner(&sb)).status, 400);
    assert_eq!(list("", &[]).status, 401);
    let all = list("?page=1&ispagination=false&searchText=", &customer(&sb));
    let reply = all.json();
    assert_eq!(
        (&reply["success"], &reply["message"], &reply["code"]),
        (&json!(true), &json!(""), &json!(200))
    );
    let members = all.items();
    assert_eq!(members.len(), 5);
    for member in &members {
        assert_eq!(member["_parent"], json!(creds.customer_id));
        for key in [
            "_id",
            "whitelabel",
            "name",
            "picture",
            "liveAvailability",
            "leadsVisibility",
            "assignedBots",
            "assignedAiAgents",
            "chatTransferPermission",
            "status",
            "description",
            "type",
            "unreadMessages",
            "maskedAttributes",
            "_role",
            "createdAt",
            "updatedAt",
            "__v",
        ] {
            assert!(member.get(key).is_some(), "{key} missing in {member}");
        }
        assert!(member["contact"]["_id"].is_string() && member["contact"]["email"].is_string());
    }
    let paged: Vec<usize> = (1..=4)
        .map(|page| {
            let query = format!("?page={page}&ispagination=true&searchText=");
            list(&query, &customer(&sb)).items().len()
        })
        .collect();
    assert_eq!(paged, vec![2, 2, 1, 0]);
    assert_eq!(list("", &customer(&sb)).items(), members[..2].to_vec());
    let riya = list("?ispagination=false&searchText=RIYA", &customer(&sb)).items();
    assert_eq!(riya.len(), 1);
    assert_eq!(
        riya[0]["contact"]["email"],
        json!("riya@bluefinmarketing.io")
    );
    let by_domain = list("?ispagination=false&searchText=%40Bluefin", &customer(&sb));
    assert_eq!(by_domain.items().len(), 5);
    assert_eq!(
        list("?searchText=nobody", &customer(&sb)).items(),
        Vec::<Value>::new()
    );
    let bad = list("?page=0&ispagination=maybe", &customer(&sb));
    assert_eq!(
        bad.json()["data"],
        json!([
            "page must be a positive integer",
            "ispagination must be true or false"
        ])
    );
    // A team member's token works where the customer's does.
    let member_token = sb.sandbox.store().state.agents[1].token.clone();
    let seen = list("?ispagination=false", &bearer(&member_token)).items();
    assert_eq!(seen, members);
    // Another customer sees only its own team.
    let other = token_of(&sb, &customer_ids(&sb, 2));
    let theirs = list("", &bearer(&other)).items();
    assert_eq!(theirs.len(), 1);
    assert_eq!(theirs[0]["name"], json!("Sam Patel"));
}

#[test]
fn status_update_deletes_the_customers_contacts() {
    let sb = start();
    let creds = sb.sandbox.credentials();
    let update = |body: &Value| {
        call(
            &sb,
            "PUT",
            "/inbox/users/status-update",
            &customer(&sb),
            Some(body),
        )
    };
    let body = json!({"ids": ["aaaaaaaaaaaaaaaaaaaaaaaa"], "status": "DELETED"});
    let unauthorised = call(
        &sb,
        "PUT",
        "/inbox/users/status-update",
        &partner(&sb),
        Some(&body),
    );
    assert_eq!(unauthorised.status, 400);
    let problems = |body: Value| update(&body).json()["data"].clone();
    assert_eq!(
        problems(json!({})),
        json!(["ids is required", "status is required"])
    );
    assert_eq!(
        problems(json!({"ids": [], "status": "DELETED"})),
        json!(["ids must not be empty"])
    );
    assert_eq!(
        problems(json!({"ids": "abc", "status": 1})),
        json!(["ids must be an array", "status must be a string"])
    );
    assert_eq!(
        problems(json!({"ids": [1], "status": "GONE"})),
        json!([
            "ids must be an array of strings",
            "status must be one of DELETED, OPEN, INPROGRESS, REVIEW, ONHOLD, DEPENDANCY, CLOSED"
        ])
    );
    let cast = update(&json!({"ids": ["aaaaaaaaaaaaaaaaaaaaaaaa", "123"], "status": "DELETED"}));
    assert_eq!(
        (cast.status, cast.json()["message"].clone()),
        (400, json!(crate::envelope::CAST_ERROR))
    );
    let subscribers = update(
        &json!({"ids": ["aaaaaaaaaaaaaaaaaaaaaaaa"], "status": "DELETED",
        "subscriberIds": ["bbbbbbbbbbbbbbbbbbbbbbbb"]}),
    );
    assert_eq!(subscribers.status, 400);
    assert!(
        subscribers.json()["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("subscriberIds is not supported by this endpoint"))
    );
    assert_eq!(sb.sandbox.contact_count(&creds.customer_id), 250);

    let newest = search(&sb, json!({"applicableFilters": []})).items();
    let id = |contact: &Value| contact["_id"].as_str().unwrap_or("").to_owned();
    let doomed = [id(&newest[0]), id(&newest[1]).to_uppercase()];
    let other_customer = customer_ids(&sb, 1);
    let foreign = id(&sb.sandbox.contacts(&other_customer)[0]);
    let deleted = update(&json!({"ids": [doomed[0], doomed[1], foreign,
        "aaaaaaaaaaaaaaaaaaaaaaaa"], "status": "DELETED"}));
    assert_eq!(
        (deleted.status, deleted.json()),
        (200, json!({"success": true, "message": "", "code": 200}))
    );
    assert_eq!(sb.sandbox.contact_count(&creds.customer_id), 248);
    assert_eq!(sb.sandbox.contact_count(&other_customer), 8, "not theirs");
    let left = search(&sb, json!({"applicableFilters": []})).items();
    assert_eq!(id(&left[0]), id(&newest[2]));
    let name = newest[0]["profile"]["userDetails"]["userProvidedName"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    if !name.is_empty() {
        let found = search(&sb, json!({"searchText": name, "applicableFilters": []})).items();
        assert!(found.iter().all(|c| id(c) != id(&newest[0])));
    }
    // Deleting again is not an error: unknown ids are ignored.
    assert_eq!(
        update(&json!({"ids": [doomed[0]], "status": "DELETED"})).status,
        200
    );
    let reopened = update(&json!({"ids": [id(&newest[2])], "status": "CLOSED"}));
    assert_eq!(reopened.status, 200);
    let first = search(&sb, json!({"applicableFilters": []})).items();
    assert_eq!(first[0]["status"], json!("CLOSED"));
}

#[test]
fn update_user_attributes_sets_them_on_the_contact_the_search_names() {
    let sb = start();
    let creds = sb.sandbox.credentials();
    let path = "/integrations/custom-app/update-user-attributes";
    let update = |body: Value| call(&sb, "PUT", path, &customer(&sb), Some(&body));
    let contacts = sb.sandbox.contacts(&creds.customer_id);
    let email = contacts
        .iter()
        .filter_map(|c| c["profile"]["userDetails"]["contact"]["email"].as_str())
        .find(|e| !e.is_empty())
        .unwrap()
        .to_owned();
    let body = |search: &str, bot: &str| json!({"search": search, "attributes": {"city": "Pune", "n": 2}, "botId": bot, "platform": "website"});
    assert_eq!(
        update(json!({})).json()["data"],
        json!([
            "search is required",
            "botId is required",
            "platform is required",
            "attributes is required"
        ])
    );
    let mut bad = body(&email, &creds.bot_id);
    bad["platform"] = json!("fax");
    bad["attributes"] = json!({});
    assert_eq!(
        update(bad).json()["data"],
        json!([
            "attributes must not be empty",
            "platform must be one of whatsapp, instagram, facebook, telegram, website, sms"
        ])
    );
    let other_bot = "aaaaaaaaaaaaaaaaaaaaaaaa";
    let not_ours = update(body(&email, other_bot));
    assert_eq!(
        (not_ours.status, not_ours.json()["message"].clone()),
        (404, json!("bot not found"))
    );
    let nobody = update(body("nobody@example.org", &creds.bot_id));
    assert_eq!(
        (nobody.status, nobody.json()),
        (
            404,
            json!({"success": false, "message": "user not found", "code": 404})
        )
    );
    let done = update(body(&email.to_uppercase(), &creds.bot_id));
    assert_eq!(
        done.json(),
        json!({"success": true, "message": "", "code": 200})
    );
    let contact = sb
        .sandbox
        .contacts(&creds.customer_id)
        .into_iter()
        .find(|c| c["profile"]["userDetails"]["contact"]["email"] == email.as_str())
        .unwrap();
    let attributes = &contact["profile"]["userDetails"]["attributes"];
    let city = attributes
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["key"] == "city")
        .unwrap();
    assert_eq!(city["value"], "Pune");
    // And the inbox search shows them.
    let found = search(&sb, json!({"searchText": email, "applicableFilters": []})).items();
    assert_eq!(
        found[0]["profile"]["userDetails"]["attributes"],
        *attributes
    );
}
