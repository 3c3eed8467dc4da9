//! A token type that cannot be printed by accident.
//!
//! Every credential `bp` handles lives in a [`Secret`]; its `Debug` and `Display` show the
//! redacted form (`abc1…`), so a token can only reach output through an explicit
//! [`Secret::expose`] at the HTTP layer.

use std::fmt;

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

/// Replaces every occurrence of each known secret in `text` with its redacted form.
pub fn scrub(text: &str, secrets: &[Secret]) -> String {
    let mut out = text.to_string();
    for s in secrets {
        if s.0.len() >= 4 && out.contains(&s.0) {
            out = out.replace(&s.0, &s.redacted());
        }
    }
    out
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
        assert_eq!(scrub(text, &[s]), "Bearer tok_… and again tok_…");
    }
}
