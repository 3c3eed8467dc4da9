//! WhatsApp bots' templates and the messages sent through `/whatsapp-automation/wa/*`.

use serde_json::Value;

use super::super::doc::{Doc, str_field};
use super::super::model::Bot;
use super::super::rng::Rng;
use super::Store;

impl Store {
    pub fn bot_by_wa_key(&self, key: &str) -> Option<&Bot> {
        self.state
            .bots
            .iter()
            .find(|b| b.wa_api_key.as_deref() == Some(key))
    }

    /// The templates of bot `bot_id`, as the API lists them.
    pub fn templates(&self, bot_id: &str) -> Vec<Value> {
        self.state
            .templates
            .iter()
            .filter(|t| str_field(t, "_bot") == Some(bot_id))
            .map(|t| Value::Object(t.clone()))
            .collect()
    }

    /// Template `id` (its BotPenguin `_id`) of bot `bot_id`.
    pub fn template(&self, bot_id: &str, id: &str) -> Option<&Doc> {
        self.state
            .templates
            .iter()
            .find(|t| str_field(t, "_bot") == Some(bot_id) && str_field(t, "_id") == Some(id))
    }

    /// Keeps a sent message, stamped with an `_id`, a WhatsApp message id and the time;
    /// returns the stored record.
    pub fn record_message(&mut self, mut message: Doc) -> Doc {
        let now = self.state.now();
        let id = self.state.new_id();
        let n = usize::try_from(self.state.id_counter).unwrap_or(0);
        let wamid = format!(
            "wamid.HBgM{}",
            Rng::for_item("wamid", n).hex(40).to_uppercase()
        );
        let mut doc = Doc::new();
        doc.insert("_id".to_owned(), Value::String(id));
        doc.insert("messageId".to_owned(), Value::String(wamid));
        doc.append(&mut message);
        doc.insert("createdAt".to_owned(), Value::String(now));
        self.state.sent_messages.push(doc.clone());
        self.dirty = true;
        doc
    }
}
