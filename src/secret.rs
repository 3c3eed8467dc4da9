//! A token type that cannot be printed by accident.
//!
//! Every credential `bp` handles lives in a [`Secret`]; its `Debug` and `Display` show the
//! redacted form (`abc1…`), so a token can only reach output through an explicit
//! [`Secret::expose`] at the HTTP layer.

use std::fmt;
use std::sync::{Arc, Mutex};

#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The raw value, for the one place that puts it in a request header.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn redacted(&self) -> String {
        redact(&self.0)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({})", self.redacted())
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// The first four characters and an ellipsis; nothing at all of a short value, where four
/// characters would give away too much of it.
pub fn redact(value: &str) -> String {
    if value.chars().count() < 12 {
        return "…".to_string();
    }
    let head: String = value.chars().take(4).collect();
    format!("{head}…")
}

/// Finds known secrets in text, in every spelling a request, a log or a server's echo may
/// give them (as they are, form- or percent-encoded in either case of hex, JSON-escaped), and
/// puts the redacted form in their place. One automaton finds them all in one pass, so
/// masking every string of a long listing costs little.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    matcher: Option<aho_corasick::AhoCorasick>,
    /// The redacted form for each of the matcher's patterns, in order.
    redacted: Vec<String>,
}

impl Redactor {
    pub fn new(secrets: &[Secret]) -> Self {
        let mut patterns: Vec<String> = Vec::new();
        let mut redacted = Vec::new();
        for s in secrets.iter().filter(|s| s.0.len() >= 4) {
            for spelling in spellings_of(&s.0) {
                if !patterns.contains(&spelling) {
                    patterns.push(spelling);
                    redacted.push(s.redacted());
                }
            }
        }
        if patterns.is_empty() {
            return Redactor::default();
        }
        // The longest spelling at a place wins, so one secret inside another is no matter.
        let matcher = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok();
        Redactor { matcher, redacted }
    }

    pub fn is_empty(&self) -> bool {
        self.matcher.is_none()
    }

    /// Whether `text` holds any spelling of a secret.
    pub fn finds(&self, text: &str) -> bool {
        self.matcher.as_ref().is_some_and(|m| m.is_match(text))
    }

    pub fn scrub<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        match &self.matcher {
            Some(m) if m.is_match(text) => {
                std::borrow::Cow::Owned(m.replace_all(text, &self.redacted))
            }
            _ => std::borrow::Cow::Borrowed(text),
        }
    }

    /// Scrubs every string (and key) of a JSON value in place; `false` if nothing was found.
    pub fn scrub_json(&self, v: &mut serde_json::Value) -> bool {
        use serde_json::Value;
        match v {
            Value::String(s) => match self.scrub(s) {
                std::borrow::Cow::Owned(clean) => {
                    *s = clean;
                    true
                }
                std::borrow::Cow::Borrowed(_) => false,
            },
            Value::Array(items) => items
                .iter_mut()
                .fold(false, |found, item| self.scrub_json(item) | found),
            Value::Object(map) => {
                let mut found = false;
                if map.keys().any(|k| self.finds(k)) {
                    let entries = std::mem::take(map);
                    for (k, v) in entries {
                        map.insert(self.scrub(&k).into_owned(), v);
                    }
                    found = true;
                }
                map.values_mut()
                    .fold(found, |found, item| self.scrub_json(item) | found)
            }
            _ => false,
        }
    }

    /// Whether any string (or key) of a JSON value holds a secret.
    pub fn finds_in_json(&self, v: &serde_json::Value) -> bool {
        use serde_json::Value;
        match v {
            Value::String(s) => self.finds(s),
            Value::Array(items) => items.iter().any(|i| self.finds_in_json(i)),
            Value::Object(map) => map
                .iter()
                .any(|(k, v)| self.finds(k) || self.finds_in_json(v)),
            _ => false,
        }
    }
}

/// The secrets known to this run, shared by the HTTP layer (which scrubs its logs and errors)
/// and the renderer (which masks data a server echoes): configured ones, and those learnt
/// on the way (a fetched token, a password typed at a prompt).
#[derive(Clone, Default)]
pub struct KnownSecrets(Arc<Mutex<(Redactor, Vec<Secret>)>>);

impl KnownSecrets {
    pub fn new(secrets: Vec<Secret>) -> Self {
        KnownSecrets(Arc::new(Mutex::new((Redactor::new(&secrets), secrets))))
    }

    pub fn add(&self, secret: Secret) {
        if let Ok(mut guard) = self.0.lock()
            && !guard.1.contains(&secret)
        {
            let (redactor, secrets) = &mut *guard;
            secrets.push(secret);
            *redactor = Redactor::new(secrets);
        }
    }

    pub fn list(&self) -> Vec<Secret> {
        self.0.lock().map(|g| g.1.clone()).unwrap_or_default()
    }

    /// What finds every secret known so far, in any spelling.
    pub fn redactor(&self) -> Redactor {
        self.0.lock().map(|g| g.0.clone()).unwrap_or_default()
    }

    pub fn scrub(&self, text: &str) -> String {
        match self.0.lock() {
            Ok(g) => g.0.scrub(text).into_owned(),
            Err(_) => text.to_string(),
        }
    }
}

impl fmt::Debug for KnownSecrets {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KnownSecrets({} secrets)", self.list().len())
    }
}

/// The ways a value is written in URLs, forms and JSON.
fn spellings_of(value: &str) -> Vec<String> {
    // Form encoding (what a query string carries): `*-._` and alphanumerics as they are,
    // a space as `+`. Percent encoding (a path, other encoders): the RFC 3986 unreserved
    // set, a space as `%20`. Servers and proxies write hex digits in either case.
    let form = |b: u8| b.is_ascii_alphanumeric() || b"*-._".contains(&b);
    let unreserved = |b: u8| b.is_ascii_alphanumeric() || b"-._~".contains(&b);
    let mut out = vec![value.to_string()];
    for lower in [false, true] {
        out.push(percent_encode(value, form, true, lower));
        out.push(percent_encode(value, unreserved, false, lower));
    }
    if let Ok(json) = serde_json::to_string(value) {
        let json = json[1..json.len() - 1].to_string();
        out.push(json.replace('/', "\\/"));
        out.push(json);
    }
    out.sort();
    out.dedup();
    out
}

fn percent_encode(value: &str, keep: impl Fn(u8) -> bool, space_plus: bool, lower: bool) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if keep(b) {
            out.push(char::from(b));
        } else if b == b' ' && space_plus {
            out.push('+');
        } else if lower {
            out.push_str(&format!("%{b:02x}"));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Why a value cannot be a secret, if it cannot: a control character inside it once the
/// whitespace around it is trimmed. No header can carry one, and a line break means the value
/// is two lines pasted or printed together. Says nothing of the value itself.
pub fn flaw(value: &str) -> Option<String> {
    let c = value.trim().chars().find(|c| c.is_control())?;
    let what = match c {
        '\r' | '\n' => return Some("a line break: a secret is one line".to_string()),
        '\t' => "a tab".to_string(),
        '\0' => "a NUL byte".to_string(),
        c => format!("a control character (U+{:04X})", u32::from(c)),
    };
    Some(format!("{what}: a secret is printable text"))
}

/// The three credentials of a profile: what each is called in the file and the environment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    PartnerKey,
    ApiToken,
    BotToken,
}

impl SecretKind {
    pub const ALL: [SecretKind; 3] = [
        SecretKind::PartnerKey,
        SecretKind::ApiToken,
        SecretKind::BotToken,
    ];

    pub fn key(self) -> &'static str {
        match self {
            SecretKind::PartnerKey => "partner_key",
            SecretKind::ApiToken => "api_token",
            SecretKind::BotToken => "bot_token",
        }
    }

    pub fn env_var(self) -> &'static str {
        match self {
            SecretKind::PartnerKey => "BP_PARTNER_KEY",
            SecretKind::ApiToken => "BP_API_TOKEN",
            SecretKind::BotToken => "BP_BOT_TOKEN",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            SecretKind::PartnerKey => "partner key",
            SecretKind::ApiToken => "API token",
            SecretKind::BotToken => "bot token",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_are_redacted() {
        let s = Secret::new("abcd1234efgh5678");
        assert_eq!(format!("{s}"), "abcd…");
        assert_eq!(format!("{s:?}"), "Secret(abcd…)");
        assert!(!format!("{s:?}").contains("1234"));
    }

    #[test]
    fn short_values_show_nothing() {
        assert_eq!(redact("abc"), "…");
        assert_eq!(redact("abcdefghijk"), "…");
        assert_eq!(redact("abcdefghijkl"), "abcd…");
    }

    #[test]
    fn multibyte_values_do_not_panic() {
        assert_eq!(redact("ééééééééééééé"), "éééé…");
    }

    #[test]
    fn every_spelling_of_a_secret_is_scrubbed() {
        let s = Secret::new("abcd+efgh/ijkl=mnop qrst\"u");
        let r = Redactor::new(&[s]);
        for text in [
            "k=abcd%2Befgh%2Fijkl%3Dmnop+qrst%22u&x",
            "k=abcd%2befgh%2fijkl%3dmnop+qrst%22u",
            "/p/abcd%2Befgh%2Fijkl%3Dmnop%20qrst%22u",
            r#"{"k":"abcd+efgh/ijkl=mnop qrst\"u"}"#,
            r#"{"k":"abcd+efgh\/ijkl=mnop qrst\"u"}"#,
            "abcd+efgh/ijkl=mnop qrst\"u",
        ] {
            let clean = r.scrub(text);
            assert!(clean.contains("abcd…"), "{text} -> {clean}");
            assert!(!clean.contains("efgh"), "{text} -> {clean}");
        }
        assert!(matches!(
            r.scrub("nothing here"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn json_values_are_scrubbed_in_strings_and_keys() {
        let r = Redactor::new(&[Secret::new("tok_0123456789abcdef")]);
        let mut v =
            serde_json::json!({"a": ["x tok_0123456789abcdef"], "tok_0123456789abcdef": 1, "n": 2});
        assert!(r.finds_in_json(&v));
        assert!(r.scrub_json(&mut v));
        assert_eq!(v, serde_json::json!({"a": ["x tok_…"], "tok_…": 1, "n": 2}));
        assert!(!r.finds_in_json(&v));
        assert!(!r.scrub_json(&mut v));
    }

    #[test]
    fn a_flaw_is_a_control_character_inside_the_trimmed_value() {
        assert_eq!(flaw("  key-0000\r\n"), None);
        assert_eq!(flaw("ключ-0000 with spaces"), None);
        for (value, said) in [
            ("a\r\nb", "a line break: a secret is one line"),
            ("a\rb", "a line break: a secret is one line"),
            ("a\tb", "a tab: a secret is printable text"),
            ("a\0b", "a NUL byte: a secret is printable text"),
            (
                "a\x1bb",
                "a control character (U+001B): a secret is printable text",
            ),
            (
                "a\u{85}b",
                "a control character (U+0085): a secret is printable text",
            ),
        ] {
            assert_eq!(flaw(value).as_deref(), Some(said), "{value:?}");
        }
    }

    #[test]
    fn scrub_replaces_every_occurrence() {
        let s = Secret::new("tok_0123456789abcdef");
        let text = "Bearer tok_0123456789abcdef and again tok_0123456789abcdef";
        assert_eq!(
            Redactor::new(&[s]).scrub(text),
            "Bearer tok_… and again tok_…"
        );
    }
}
