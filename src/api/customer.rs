//! Acting for a customer with the partner key: the customer's API token is fetched from
//! `GET /ext/get-user-token?userId=`, cached (mode 0600) under the user's cache directory,
//! and fetched again once when the API refuses it (the customer may have revoked it).
//!
//! A cached token belongs to the partner key that fetched it: each entry's key holds a
//! salted hash of that partner key (never the key), so another or a rotated key fetches
//! its own. Runs that write at once (`customers each`) take a lock and merge.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

use serde_json::Value;

use super::client::Client;
use super::error::ApiError;
use super::request::Auth;
use crate::secret::Secret;
use crate::secret::SecretKind;

/// A customer's token, fetched on first use.
#[derive(Debug)]
pub struct CustomerAuth {
    pub customer_id: String,
    partner: Secret,
    /// The cache key but for the partner key's fingerprint: profile, base URL, customer id.
    cache_key: String,
    token: Mutex<Option<Secret>>,
}

impl CustomerAuth {
    pub fn new(customer_id: String, partner: Secret, profile: &str, base_url: &str) -> Self {
        CustomerAuth {
            cache_key: format!("{profile} {base_url} {customer_id}"),
            customer_id,
            partner,
            token: Mutex::new(None),
        }
    }

    pub(super) fn current(&self) -> Option<Secret> {
        self.token.lock().ok().and_then(|t| t.clone())
    }
}

fn cache_path() -> Option<PathBuf> {
    crate::paths::bp_dir(crate::paths::Kind::Cache).map(|d| d.join("tokens.json"))
}

/// The cache's entry holding the salt of its partner-key fingerprints.
const SALT: &str = "#salt";

fn read_cache() -> BTreeMap<String, String> {
    cache_path()
        .and_then(|p| std::fs::read(p).ok())
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// A partner key's mark in the cache: the first 16 bytes of SHA-256 over the cache's salt
/// and the key, in hex.
fn fingerprint(salt: &str, partner: &Secret) -> String {
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
    ctx.update(salt.as_bytes());
    ctx.update(b"\0");
    ctx.update(partner.expose().as_bytes());
    ctx.finish().as_ref()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn entry_key(cache: &BTreeMap<String, String>, auth: &CustomerAuth) -> Option<String> {
    let salt = cache.get(SALT)?;
    Some(format!(
        "{} {}",
        auth.cache_key,
        fingerprint(salt, &auth.partner)
    ))
}

/// Adds one entry to the cache: under a lock, so that runs writing at once merge their
/// entries, then written to a temporary file and renamed into place.
fn write_cache(auth: &CustomerAuth, token: &Secret) -> std::io::Result<()> {
    let Some(path) = cache_path() else {
        return Ok(());
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let lock = crate::leaf::create_private(&path.with_extension("lock"))?;
    lock.lock()?;
    let mut cache = read_cache();
    if !cache.contains_key(SALT) {
        let mut salt = [0u8; 16];
        ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut salt)
            .map_err(|_| std::io::Error::other("no random numbers for the cache's salt"))?;
        let salt: String = salt.iter().map(|b| format!("{b:02x}")).collect();
        cache.insert(SALT.to_string(), salt);
    }
    // Entries of bp before 0.2 carry no fingerprint: no key may use them, so drop them.
    cache.retain(|k, _| {
        k == SALT
            || k.rsplit(' ')
                .next()
                .is_some_and(|f| f.len() == 32 && f.bytes().all(|b| b.is_ascii_hexdigit()))
    });
    if let Some(key) = entry_key(&cache, auth) {
        cache.insert(key, token.expose().to_string());
    }
    crate::leaf::write_private(&path, &serde_json::to_vec(&cache)?)
    // The lock goes with `lock`.
}

/// The token and whether it is active, from a `get-user-token` answer.
pub fn permanent_token(body: &Value) -> Result<(Secret, bool), ApiError> {
    let token = &body["data"]["permanentToken"];
    match token["key"].as_str() {
        Some(key) if !key.is_empty() => Ok((
            Secret::new(key),
            loose_bool(&token["active"]).unwrap_or(true),
        )),
        _ => Err(ApiError::Invalid {
            path: "ext/get-user-token".into(),
            message: "the answer has no `data.permanentToken.key`".into(),
        }),
    }
}

/// A boolean the API may send as one, as a string (`"false"`), or as 0 or 1; `None` if the
/// value is none of those.
fn loose_bool(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" => Some(true),
            "false" | "0" => Some(false),
            _ => None,
        },
        Value::Number(n) => match n.as_u64() {
            Some(1) => Some(true),
            Some(0) => Some(false),
            _ => None,
        },
        _ => None,
    }
}

impl Client {
    /// The customer's token: the one in hand, else the cached one, else (or with `fresh`)
    /// fetched with the partner key and cached.
    pub async fn customer_token(
        &self,
        auth: &CustomerAuth,
        fresh: bool,
    ) -> Result<Secret, ApiError> {
        if !fresh {
            if let Some(t) = auth.current() {
                return Ok(t);
            }
            let cache = read_cache();
            if let Some(t) = entry_key(&cache, auth).and_then(|k| cache.get(&k)) {
                let t = Secret::new(t.clone());
                self.add_secret(t.clone());
                if let Ok(mut slot) = auth.token.lock() {
                    *slot = Some(t.clone());
                }
                return Ok(t);
            }
        }
        let partner = Auth::Key(SecretKind::PartnerKey, auth.partner.clone());
        let req = super::endpoints::customer_token(partner, &auth.customer_id);
        let body = self.send_with(&req, &req.auth).await?;
        let (token, active) = permanent_token(&body)?;
        if !active {
            return Err(ApiError::Unauthorized {
                status: 401,
                message: format!("customer {}'s API token is not active", auth.customer_id),
                credential: None,
            });
        }
        self.add_secret(token.clone());
        if let Err(e) = write_cache(auth, &token) {
            self.log
                .line(1, &format!("could not cache the customer's token: {e}"));
        }
        if let Ok(mut slot) = auth.token.lock() {
            *slot = Some(token.clone());
        }
        Ok(token)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::permanent_token;

    /// Issue 14: booleans the API may send as strings are read as such.
    #[test]
    fn a_token_marked_inactive_as_a_string_is_inactive() {
        let token = |active: serde_json::Value| {
            let body =
                json!({"data": {"permanentToken": {"key": "k-123456789", "active": active}}});
            permanent_token(&body).map(|(_, active)| active).ok()
        };
        assert_eq!(token(json!("false")), Some(false));
        assert_eq!(token(json!(" FALSE ")), Some(false));
        assert_eq!(token(json!(0)), Some(false));
        assert_eq!(token(json!(false)), Some(false));
        assert_eq!(token(json!("true")), Some(true));
        assert_eq!(token(json!(true)), Some(true));
        // Not said: active, as before.
        assert_eq!(token(serde_json::Value::Null), Some(true));
    }
}
