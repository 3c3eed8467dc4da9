//! WhatsApp message templates: the ones every seeded WhatsApp bot has, in the newest
//! documented shape (`configuration.components` as Meta defines them), and what a template
//! expects from `send-template`'s `params`.
//!
//! The set covers each kind of variable a client must fill: numbered body variables, named
//! ones (which need `parameter_name`), a text header, image and document headers, and a
//! template that is not approved yet.

use serde_json::{Value, json};

use super::doc::Doc;
use super::doc::into_doc;
use super::model::Bot;
use super::rng::{Rng, iso, object_id};

const DAY_MS: i64 = 86_400_000;

/// (name, category, language, status).
const TEMPLATES: [(&str, &str, &str, &str); 5] = [
    ("order_update", "UTILITY", "en", "APPROVED"),
    ("appointment_reminder", "UTILITY", "en_US", "APPROVED"),
    ("festive_sale", "MARKETING", "en", "APPROVED"),
    ("invoice_copy", "UTILITY", "en", "APPROVED"),
    ("welcome_offer", "MARKETING", "en", "PENDING"),
];

const SALE_IMAGE: &str = "https://images.example.com/templates/festive-sale.jpg";

fn components(name: &str) -> Value {
    match name {
        "order_update" => json!([
            {"type": "HEADER", "format": "TEXT", "text": "Order update"},
            {"type": "BODY", "text": "Hi {{1}}, your order {{2}} will arrive on {{3}}.",
             "example": {"body_text": [["Asha", "#4521", "12 November"]]}},
            {"type": "FOOTER", "text": "Reply STOP to opt out"},
            {"type": "BUTTONS", "buttons": [
                {"type": "QUICK_REPLY", "text": "Thanks"},
                {"type": "QUICK_REPLY", "text": "Talk to a person"}]}
        ]),
        "appointment_reminder" => json!([
            {"type": "BODY",
             "text": "Hello {{customer_name}}, this is a reminder of your appointment on {{appointment_date}}.",
             "example": {"body_text_named_params": [
                {"param_name": "customer_name", "example": "Asha"},
                {"param_name": "appointment_date", "example": "16 November, 2025"}]}},
            {"type": "BUTTONS", "buttons": [
                {"type": "QUICK_REPLY", "text": "Confirm"},
                {"type": "QUICK_REPLY", "text": "Reschedule"}]}
        ]),
        "festive_sale" => json!([
            {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": [SALE_IMAGE]}},
            {"type": "BODY", "text": "Our festive sale is live: {{1}} off everything until Sunday.",
             "example": {"body_text": [["20%"]]}},
            {"type": "FOOTER", "text": "Reply STOP to opt out"},
            {"type": "BUTTONS", "buttons": [
                {"type": "URL", "text": "Shop now", "url": "https://shop.example.com/sale"}]}
        ]),
        "invoice_copy" => json!([
            {"type": "HEADER", "format": "DOCUMENT",
             "example": {"header_handle": ["https://files.example.com/invoices/sample.pdf"]}},
            {"type": "BODY", "text": "Hi {{1}}, here is a copy of your invoice {{2}}.",
             "example": {"body_text": [["Asha", "INV-1042"]]}}
        ]),
        _ => json!([
            {"type": "BODY", "text": "Welcome! Use code WELCOME10 for 10% off your first order."}
        ]),
    }
}

/// The templates of seeded WhatsApp bot `j`, synced a week apart after the bot was made.
pub(super) fn seed(bot: &Bot, j: usize, bot_created_ms: i64, until_ms: i64) -> Vec<Doc> {
    TEMPLATES
        .iter()
        .enumerate()
        .map(|(k, (name, category, language, status))| {
            let mut rng = Rng::for_item(&format!("template-{j}"), k);
            let created = (bot_created_ms + (k as i64 + 1) * 7 * DAY_MS).min(until_ms);
            let updated = (created + rng.between(0, 3 * DAY_MS)).min(until_ms);
            let mut configuration =
                json!({"name": name, "category": category, "language": language});
            if *name == "appointment_reminder" {
                configuration["parameter_format"] = json!("NAMED");
            }
            configuration["components"] = components(name);
            // Meta's own id of the template: 16 digits, no leading zero.
            let mut meta_id = (rng.below(9) + 1).to_string();
            while meta_id.len() < 16 {
                meta_id.push_str(&rng.below(10).to_string());
            }
            into_doc(json!({
                "_id": object_id(created, &mut rng),
                "_user": bot.customer_id,
                "_bot": bot.id,
                "templateId": meta_id,
                "configuration": configuration,
                "status": status,
                "headerMediaUrl": if *name == "festive_sale" { SALE_IMAGE } else { "" },
                "triggerConfig": [],
                "carousalHeaderUrls": [],
                "templateType": "REGULAR",
                "createdAt": iso(created),
                "updatedAt": iso(updated),
                "__v": 0,
            }))
        })
        .collect()
}

/// What `send-template`'s `params` must supply for a template.
#[derive(Debug, Default)]
pub(super) struct Expected {
    /// `image`, `video` or `document` for a media header, which needs one parameter.
    pub header_media: Option<String>,
    /// The variables of a text header, in order.
    pub header_vars: Vec<String>,
    /// The body's variables, in order of first use.
    pub body_vars: Vec<String>,
    /// Named variables (`{{customer_name}}`), whose parameters need `parameter_name`.
    pub named: bool,
}

pub(super) fn expected(template: &Doc) -> Expected {
    let mut expected = Expected::default();
    let components = template
        .get("configuration")
        .and_then(|c| c.get("components"))
        .and_then(Value::as_array);
    for component in components.into_iter().flatten() {
        let text = component.get("text").and_then(Value::as_str).unwrap_or("");
        match component.get("type").and_then(Value::as_str) {
            Some("HEADER") => match component.get("format").and_then(Value::as_str) {
                Some(media @ ("IMAGE" | "VIDEO" | "DOCUMENT")) => {
                    expected.header_media = Some(media.to_ascii_lowercase());
                }
                _ => expected.header_vars = placeholders(text),
            },
            Some("BODY") => expected.body_vars = placeholders(text),
            _ => {}
        }
    }
    expected.named = expected
        .body_vars
        .iter()
        .any(|v| !v.bytes().all(|b| b.is_ascii_digit()));
    expected
}

/// The distinct `{{…}}` variables of a template text, in order of first use.
fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            break;
        };
        let name = after[..end].trim().to_owned();
        if !name.is_empty() && !found.contains(&name) {
            found.push(name);
        }
        rest = &after[end + 2..];
    }
    found
}
