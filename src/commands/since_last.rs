//! `--since-last NAME` (issue 16): incremental exports for cron. The first run lists
//! everything; each later run only the items created since the last successful run of the
//! same NAME began, so that `bp contacts search --since-last nightly -o ndjson >> all.ndjson`
//! every night never misses or repeats an item.
//!
//! A bookmark per command, NAME, profile (or base URL, without a config file), customer and
//! (for leads) bot and type: a JSON file in bp's state directory
//! (`~/.local/state/bp/bookmarks/`), replaced atomically and only when a run succeeded:
//! every page fetched, every item written to stdout. It holds where the next run starts,
//! `from`, and the ids of the items at or after `from` that were handed out already.
//!
//! - `from` is when the run began, less [`MARGIN`]: an item created while the run listed (or
//!   on a server whose clock is a few minutes behind) is listed again by the next run, and
//!   skipped there by its id. So nothing is missed however items and pages interleave, and
//!   nothing repeats.
//! - Where the API filters on creation (`contacts search`: `createdAt.startAt`), the filter
//!   is sent; elsewhere every page is fetched and filtered here. Either way an item's
//!   creation time is its `createdAt`, or the time in its `_id` (a MongoDB ObjectId).
//! - The output is held back in a private temporary file (an unlinked one) until the last
//!   page is in: a run that fails prints nothing (and leaves the bookmark where it was), so
//!   the next run's output is not preceded by half of this one's.
//! - One run per bookmark at a time (an advisory lock); a second is exit 2.

use std::collections::{BTreeSet, HashSet};
use std::fs::File;
use std::io::{Seek, Write};
use std::path::PathBuf;

use anyhow::{Context as _, Result};
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Context;
use crate::error::{usage, usage_hint};

/// How far before a run's start the next run begins: for items created during the run and
/// for a server clock behind this machine's.
pub const MARGIN: SignedDuration = SignedDuration::from_mins(10);

/// Whose items a bookmark follows: written into its file, and hashed into its name.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
struct Key {
    command: String,
    name: String,
    profile: String,
    customer: String,
    scope: String,
}

/// A bookmark's file.
#[derive(Debug, Serialize, Deserialize)]
struct Saved {
    key: Key,
    /// The next run lists items created at or after this (RFC 3339).
    from: String,
    /// Items created at or after `from` that were handed out already.
    seen: BTreeSet<String>,
}

/// A `--since-last` run: what the last successful one left, and what this one sees.
pub struct Bookmark {
    path: PathBuf,
    key: Key,
    from: Option<Timestamp>,
    seen: HashSet<String>,
    /// Where the next run starts: this run's start less the margin (never before `from`).
    next_from: Timestamp,
    /// Items created at or after `next_from` this run listed, handed out or not.
    next_seen: BTreeSet<String>,
    /// Every id this run handed out: a listing that shifts under new items shows some twice.
    handed: HashSet<String>,
    listed: u64,
    _lock: File,
}

impl Bookmark {
    /// The bookmark `name` of `command` for `customer` (`-`: none) and `scope`, locked for
    /// this run; a run begins now.
    pub fn open(
        ctx: &Context,
        command: &str,
        name: &str,
        customer: &str,
        scope: &str,
    ) -> Result<Bookmark> {
        let started = Timestamp::now();
        if name.trim().is_empty() || name.chars().any(char::is_control) {
            return Err(usage(format!(
                "invalid --since-last `{}`: give a name, such as `nightly`",
                name.escape_debug()
            )));
        }
        let key = Key {
            command: command.into(),
            name: name.into(),
            profile: match &ctx.profile.name {
                Some(profile) => profile.clone(),
                None => ctx.profile.base_url.value.clone(),
            },
            customer: customer.into(),
            scope: scope.into(),
        };
        let path = path_of(&key)?;
        let lock = lock(&path, name)?;
        let saved = read(&path, &key)?;
        let from = saved.as_ref().map(|s| s.0);
        // In whole milliseconds, as the file keeps it.
        let next_from = Timestamp::from_millisecond((started - MARGIN).as_millisecond())?
            .max(from.unwrap_or(Timestamp::MIN));
        Ok(Bookmark {
            path,
            key,
            from,
            seen: saved.map(|s| s.1.into_iter().collect()).unwrap_or_default(),
            next_from,
            next_seen: BTreeSet::new(),
            handed: HashSet::new(),
            listed: 0,
            _lock: lock,
        })
    }

    /// Where this run starts: `None` on the first run (everything).
    pub fn from(&self) -> Option<Timestamp> {
        self.from
    }

    /// The items of a page this run hands out: created at or after `from`, and not handed
    /// out before.
    pub fn new_items(&mut self, items: &[Value]) -> Result<Vec<Value>> {
        let mut new = Vec::new();
        for item in items {
            self.listed += 1;
            let (id, created) = id_and_creation(item)?;
            if created >= self.next_from {
                self.next_seen.insert(id.to_string());
            }
            let fresh = self.from.is_none_or(|from| created >= from)
                && !self.seen.contains(id)
                && self.handed.insert(id.to_string());
            if fresh {
                new.push(item.clone());
            }
        }
        Ok(new)
    }

    /// `N new of M listed`, for the run's closing line.
    pub fn tally(&self) -> String {
        format!(
            "--since-last {}: {} new of {} listed",
            self.key.name,
            self.handed.len(),
            self.listed
        )
    }

    /// Moves the bookmark to this run: only once its output is out.
    pub fn save(self) -> Result<()> {
        let saved = Saved {
            key: self.key,
            from: crate::dates::format_api(self.next_from),
            seen: self.next_seen,
        };
        let tmp = self
            .path
            .with_extension(format!("tmp{}", std::process::id()));
        let written = (|| -> std::io::Result<()> {
            let mut file = crate::leaf::create_private(&tmp)?;
            file.write_all(&serde_json::to_vec_pretty(&saved)?)?;
            file.sync_all()?;
            std::fs::rename(&tmp, &self.path)?;
            // The rename itself, on the disk. Windows opens no directory as a file (access
            // denied), and NTFS journals the rename itself.
            #[cfg(unix)]
            if let Some(dir) = self.path.parent() {
                File::open(dir)?.sync_all()?;
            }
            Ok(())
        })();
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        written.with_context(|| {
            format!(
                "cannot save the --since-last bookmark {}: the next run lists this run's items again",
                self.path.display()
            )
        })
    }
}

/// `~/.local/state/bp/bookmarks/NAME-HASH.json`.
fn path_of(key: &Key) -> Result<PathBuf> {
    use std::hash::Hasher;
    let mut hasher = fnv::FnvHasher::default();
    for part in [
        &key.command,
        &key.name,
        &key.profile,
        &key.customer,
        &key.scope,
    ] {
        hasher.write(part.as_bytes());
        hasher.write_u8(0);
    }
    let dir = crate::paths::bp_dir(crate::paths::Kind::State)
        .ok_or_else(|| usage("no state directory for --since-last (set XDG_STATE_HOME)"))?;
    let readable: String = key
        .name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .take(40)
        .collect();
    Ok(dir
        .join("bookmarks")
        .join(format!("{readable}-{:016x}.json", hasher.finish())))
}

/// One run per bookmark: the lock of `bookmark`, a sibling `.lock` file, held until bp ends.
fn lock(bookmark: &std::path::Path, name: &str) -> Result<File> {
    let dir = bookmark.parent().context("a bookmark has a directory")?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let path = bookmark.with_extension("lock");
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(&path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            return Err(usage_hint(
                format!(
                    "another bp is running with --since-last {name} (lock {})",
                    path.display()
                ),
                "wait for it to finish: two runs at once would hand out the same items",
            ));
        }
        Err(std::fs::TryLockError::Error(e)) => {
            return Err(e).with_context(|| format!("cannot lock {}", path.display()));
        }
    }
    let _ = file
        .set_len(0)
        .and_then(|()| file.rewind())
        .and_then(|()| writeln!(file, "pid {}", std::process::id()));
    Ok(file)
}

/// Where the bookmark at `path` starts and the ids it has seen, if a run saved one.
fn read(path: &std::path::Path, key: &Key) -> Result<Option<(Timestamp, BTreeSet<String>)>> {
    let text = match std::fs::read(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let damaged = |why: String| {
        usage_hint(
            format!(
                "the --since-last bookmark {} is damaged: {why}",
                path.display()
            ),
            "remove it to list everything again (the next run starts over)",
        )
    };
    let saved: Saved = serde_json::from_slice(&text).map_err(|e| damaged(e.to_string()))?;
    if saved.key != *key {
        return Err(damaged(format!(
            "it is `{}`'s, not this run's",
            saved.key.name
        )));
    }
    let from = saved
        .from
        .parse::<Timestamp>()
        .map_err(|e| damaged(format!("`from` is not a time ({e})")))?;
    Ok(Some((from, saved.seen)))
}

/// An item's id (`_id`, else `id`) and when it was created: its `createdAt`, else the time
/// in a MongoDB ObjectId `_id` (its first 8 hex digits, in seconds).
fn id_and_creation(item: &Value) -> Result<(&str, Timestamp)> {
    let id = ["_id", "id"]
        .iter()
        .find_map(|k| item.get(k).and_then(Value::as_str))
        .filter(|id| !id.is_empty())
        .ok_or_else(|| anyhow::anyhow!("--since-last: an item without an `_id` or `id`, so it cannot be told from the others"))?;
    let created = item
        .get("createdAt")
        .and_then(Value::as_str)
        .and_then(|at| at.parse::<Timestamp>().ok())
        .or_else(|| object_id_time(id))
        .ok_or_else(|| {
            anyhow::anyhow!(
                "--since-last: item `{id}` has no `createdAt`, nor an ObjectId `_id` to read the time from"
            )
        })?;
    Ok((id, created))
}

fn object_id_time(id: &str) -> Option<Timestamp> {
    if id.len() != 24 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let seconds = u32::from_str_radix(id.get(..8)?, 16).ok()?;
    Timestamp::from_second(i64::from(seconds)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn run(from: Option<(&str, &[&str])>, started: &str, lock: &std::path::Path) -> Bookmark {
        let from_at = from.map(|(t, _)| at(t));
        Bookmark {
            path: PathBuf::new(),
            key: Key {
                command: "c".into(),
                name: "n".into(),
                profile: "p".into(),
                customer: "-".into(),
                scope: String::new(),
            },
            from: from_at,
            seen: from
                .map(|(_, seen)| seen.iter().map(|s| s.to_string()).collect())
                .unwrap_or_default(),
            next_from: (at(started) - MARGIN).max(from_at.unwrap_or(Timestamp::MIN)),
            next_seen: BTreeSet::new(),
            handed: HashSet::new(),
            listed: 0,
            _lock: File::create(lock).unwrap(),
        }
    }

    fn item(id: &str, created: &str) -> Value {
        json!({"_id": id, "createdAt": created})
    }

    fn handed(b: &mut Bookmark, items: &[Value]) -> Vec<String> {
        let new = b.new_items(items).unwrap();
        new.iter()
            .map(|i| i["_id"].as_str().unwrap().to_string())
            .collect()
    }

    /// Items created while a run lists are listed by the next run too, and skipped there;
    /// one that a run missed (created after it listed its page) comes in the next.
    #[test]
    fn the_boundary_neither_misses_nor_repeats() {
        let dir = tempfile::tempdir().unwrap();
        let lock = dir.path().join("l");
        // Run 1 starts at 02:00; B is created during it and listed; C after its page.
        let mut one = run(None, "2026-12-01T02:00:00Z", &lock);
        let (a, b, c) = (
            item("a", "2026-11-01T00:00:00Z"),
            item("b", "2026-12-01T02:00:01Z"),
            item("c", "2026-12-01T02:00:02Z"),
        );
        assert_eq!(handed(&mut one, &[b.clone(), a.clone()]), ["b", "a"]);
        // A listing that shifted under a new item shows B twice: handed out once.
        assert!(handed(&mut one, std::slice::from_ref(&b)).is_empty());
        assert_eq!(one.next_from, at("2026-12-01T01:50:00Z"));
        assert_eq!(one.next_seen.iter().collect::<Vec<_>>(), ["b"]);
        // Run 2 lists from 01:50: B again (skipped) and C (new); A is before `from`.
        let mut two = run(
            Some(("2026-12-01T01:50:00Z", &["b"])),
            "2026-12-02T02:00:00Z",
            &lock,
        );
        assert_eq!(handed(&mut two, &[c, b, a]), ["c"]);
        // A clock that went back never moves `from` back.
        let three = run(
            Some(("2026-12-01T01:50:00Z", &["b"])),
            "2026-11-01T00:00:00Z",
            &lock,
        );
        assert_eq!(three.next_from, at("2026-12-01T01:50:00Z"));
    }

    #[test]
    fn creation_is_created_at_else_the_object_ids_time() {
        let lead = item("6ae16631ed98da0cd3f93d95", "2026-10-28T03:04:17.888Z");
        let (id, created) = id_and_creation(&lead).unwrap();
        assert_eq!(id, "6ae16631ed98da0cd3f93d95");
        assert_eq!(created, at("2026-10-28T03:04:17.888Z"));
        let bare = json!({"_id": "65f1a2b3c4d5e6f708091a2b"});
        let (_, created) = id_and_creation(&bare).unwrap();
        assert_eq!(created, Timestamp::from_second(0x65f1_a2b3).unwrap());
        assert!(id_and_creation(&json!({"_id": "x1"})).is_err());
        assert!(id_and_creation(&json!({"createdAt": "2026-10-28T03:04:17.888Z"})).is_err());
    }
}
