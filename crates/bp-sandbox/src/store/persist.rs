//! Reading and writing the state file.
//!
//! Contacts are almost all of a grown state (100,000 of them after a few imports, 100 MB),
//! and reading and parsing them costs far more than everything else `bp --sandbox` does at
//! start-up, while most commands never look at one. So [`load`] reads and parses only the
//! head of the file, every member before `contacts` (which [`super::Store::encode`] always
//! writes last), and hands back the rest as [`RawContacts`]: the open file, read to its end
//! and parsed the first time something needs the contacts.

use std::fmt;
use std::fs::{self, File};
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::Deserialize;

use super::super::model::{Contact, STATE_VERSION, State};

/// How much of the file [`load`] reads first, looking for the contacts; it doubles that
/// until it finds them. A state's head is some 75 kB.
const FIRST_READ: usize = 128 * 1024;

/// A state file's `contacts`, not parsed yet, and maybe not read yet either.
pub(super) struct RawContacts {
    path: PathBuf,
    /// The file, open since [`load`] read its head, while the rest is unread. Reading the
    /// rest from the same open file gives the contacts of the state whose head was parsed,
    /// even if the file was replaced since (state files are replaced, never rewritten).
    file: Option<File>,
    /// The file as read so far: all of it once `file` is `None`.
    bytes: Vec<u8>,
    /// Where the value of `contacts` starts in `bytes`.
    start: usize,
    /// Why parsing failed, once it has: every later attempt fails the same way, at once.
    failed: Option<Unreadable>,
}

impl RawContacts {
    /// The file from the value of `contacts` to its end (the `}` that closes the state and
    /// any white space after it), byte for byte as read.
    pub fn tail(&mut self) -> Result<&[u8], Unreadable> {
        self.read_all()?;
        Ok(self.bytes.get(self.start..).unwrap_or_default())
    }

    /// Parses the contacts; a failure is kept and given again on later calls.
    pub fn parse(&mut self) -> Result<Vec<Contact>, Unreadable> {
        if let Some(failed) = &self.failed {
            return Err(failed.clone());
        }
        let parsed = self.read_all().and_then(|()| self.parse_read());
        if let Err(err) = &parsed {
            self.failed = Some(err.clone());
        }
        parsed
    }

    fn parse_read(&self) -> Result<Vec<Contact>, Unreadable> {
        let array = contacts_end(&self.bytes, self.start).and_then(|end| {
            let array = self.bytes.get(self.start..end)?;
            serde_json::from_slice::<Vec<Contact>>(array).ok()
        });
        if let Some(contacts) = array {
            return Ok(contacts);
        }
        // Not an array that ends the file: parse the whole file the slow way, which finds
        // the contacts wherever they are, or reports where the file is broken (rather than
        // where in the array).
        #[derive(Deserialize)]
        struct Contacts {
            contacts: Vec<Contact>,
        }
        serde_json::from_slice::<Contacts>(&self.bytes)
            .map(|c| c.contacts)
            .map_err(|err| Unreadable(corrupt(&self.path, &err)))
    }

    /// Reads the rest of the file, if that is not done yet.
    fn read_all(&mut self) -> Result<(), Unreadable> {
        if let Some(mut file) = self.file.take() {
            file.read_to_end(&mut self.bytes)
                .map_err(|err| Unreadable(unreadable(&self.path, &err)))?;
        }
        Ok(())
    }
}

/// The contacts of the state file could not be read; says which file and what to do.
#[derive(Clone, Debug)]
pub(in super::super) struct Unreadable(String);

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unreadable {}

/// Reads a saved state; `Ok(None)` if there is no file yet. The contacts come back unparsed
/// (and mostly unread) unless the file is laid out otherwise than [`super::Store::encode`]
/// writes it, in which case the state is read and parsed whole, as before contacts were read
/// lazily.
pub(super) fn load(path: &Path) -> anyhow::Result<Option<(State, Option<RawContacts>)>> {
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(anyhow::anyhow!("{}", unreadable(path, &err))),
    };
    let read_error = |err: std::io::Error| anyhow::anyhow!("{}", unreadable(path, &err));
    let mut bytes = Vec::new();
    let mut want = FIRST_READ;
    loop {
        let limit = u64::try_from(want - bytes.len()).unwrap_or(u64::MAX);
        (&mut file)
            .take(limit)
            .read_to_end(&mut bytes)
            .map_err(read_error)?;
        let at_end = bytes.len() < want;
        if let Some(start) = contacts_start(&bytes) {
            // The head, with the contacts left out: `{…,"contacts":[]}`.
            let mut head = Vec::with_capacity(start + 3);
            head.extend_from_slice(bytes.get(..start).unwrap_or_default());
            head.extend_from_slice(b"[]}");
            if let Ok(state) = serde_json::from_slice::<State>(&head) {
                check_version(path, &state)?;
                let raw = RawContacts {
                    path: path.to_path_buf(),
                    file: (!at_end).then_some(file),
                    bytes,
                    start,
                    failed: None,
                };
                return Ok(Some((state, Some(raw))));
            }
            break;
        }
        if at_end {
            break;
        }
        want = want.saturating_mul(2);
    }
    file.read_to_end(&mut bytes).map_err(read_error)?;
    let state: State =
        serde_json::from_slice(&bytes).map_err(|err| anyhow::anyhow!("{}", corrupt(path, &err)))?;
    check_version(path, &state)?;
    Ok(Some((state, None)))
}

fn unreadable(path: &Path, err: &std::io::Error) -> String {
    format!("could not read sandbox state `{}`: {err}", path.display())
}

fn corrupt(path: &Path, err: &serde_json::Error) -> String {
    format!(
        "sandbox state `{}` is corrupt ({err}); run `bp sandbox reset` to start over",
        path.display()
    )
}

fn check_version(path: &Path, state: &State) -> anyhow::Result<()> {
    if state.version != STATE_VERSION {
        anyhow::bail!(
            "sandbox state `{}` has format version {} but this bp reads version {STATE_VERSION}; \
             run `bp sandbox reset` to start over",
            path.display(),
            state.version
        );
    }
    Ok(())
}

/// Where the value of the top-level `contacts` member of a state file starts, given the
/// file or the start of it; `None` if it is not (or not yet) an object with such a member.
/// The members before it are scanned only for where they end: the parse of the head checks
/// them.
fn contacts_start(bytes: &[u8]) -> Option<usize> {
    let mut at = skip_space(bytes, 0);
    if bytes.get(at) != Some(&b'{') {
        return None;
    }
    loop {
        at = skip_space(bytes, at + 1);
        let key_end = skip_string(bytes, at)?;
        let key = bytes.get(at..key_end)?;
        at = skip_space(bytes, key_end);
        if bytes.get(at) != Some(&b':') {
            return None;
        }
        at = skip_space(bytes, at + 1);
        if key == b"\"contacts\"" {
            return Some(at);
        }
        at = skip_space(bytes, skip_value(bytes, at)?);
        if bytes.get(at) != Some(&b',') {
            return None;
        }
    }
}

/// Where the value of `contacts`, which starts at `start`, ends if it is the last member of
/// the state: before the `}` that ends the file (and the white space around it).
fn contacts_end(bytes: &[u8], start: usize) -> Option<usize> {
    let close = trim_space(bytes, bytes.len()).checked_sub(1)?;
    if bytes.get(close) != Some(&b'}') {
        return None;
    }
    let end = trim_space(bytes, close);
    (start < end).then_some(end)
}

fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

/// The first index from `at` on that is not white space.
fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).copied().is_some_and(is_space) {
        at += 1;
    }
    at
}

/// `end` moved back over the white space before it.
fn trim_space(bytes: &[u8], mut end: usize) -> usize {
    while end > 0 && bytes.get(end - 1).copied().is_some_and(is_space) {
        end -= 1;
    }
    end
}

/// The end of the string that starts at `at`.
fn skip_string(bytes: &[u8], at: usize) -> Option<usize> {
    if bytes.get(at) != Some(&b'"') {
        return None;
    }
    let mut i = at + 1;
    loop {
        match bytes.get(i)? {
            b'"' => return Some(i + 1),
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
}

/// The end of the value that starts at `at`.
fn skip_value(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at)? {
        b'"' => skip_string(bytes, at),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = at;
            loop {
                match bytes.get(i)? {
                    b'"' => {
                        i = skip_string(bytes, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.checked_sub(1)?;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        _ => {
            let rest = bytes.get(at..)?;
            let len = rest
                .iter()
                .position(|&b| is_space(b) || matches!(b, b',' | b'}' | b']'))
                .unwrap_or(rest.len());
            (len > 0).then_some(at + len)
        }
    }
}

/// The state file's lock, held from before its load to after the last save: two processes
/// on one state (`bp --sandbox` in two terminals, or cron jobs at once) take turns instead
/// of each saving over the other's changes. It is a sibling file, `.NAME.lock`, because the
/// state file itself is replaced on every save. Released when dropped (or when the process
/// ends, however it ends).
pub(super) struct StateLock {
    _file: File,
}

impl StateLock {
    /// Takes the lock of `path`'s state, waiting for another process that holds it (and
    /// saying so once, on stderr: the emulator has no printer of its own).
    pub fn take(path: &Path) -> anyhow::Result<StateLock> {
        let file = lock_file(path)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                let _ = writeln!(
                    std::io::stderr().lock(),
                    "waiting for another bp that is using the sandbox state `{}`",
                    path.display()
                );
                file.lock().map_err(|err| not_locked(path, err))?;
            }
            Err(fs::TryLockError::Error(err)) => return Err(not_locked(path, err)),
        }
        Ok(StateLock { _file: file })
    }

    /// The lock of `path`'s state if no other process holds it; `None` if one does.
    pub fn try_take(path: &Path) -> anyhow::Result<Option<StateLock>> {
        let file = lock_file(path)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(StateLock { _file: file })),
            Err(fs::TryLockError::WouldBlock) => Ok(None),
            Err(fs::TryLockError::Error(err)) => Err(not_locked(path, err)),
        }
    }
}

/// The lock file of `path`'s state, `.NAME.lock` beside it, open.
fn lock_file(path: &Path) -> anyhow::Result<File> {
    let lock_path = sibling(path, "lock")?;
    fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .with_context(|| format!("could not open the sandbox lock `{}`", lock_path.display()))
}

fn not_locked(path: &Path, err: std::io::Error) -> anyhow::Error {
    anyhow::Error::new(err).context(format!(
        "could not lock the sandbox state `{}`",
        path.display()
    ))
}

/// `.NAME.EXT` beside the state file `path` (its directory created if need be).
fn sibling(path: &Path, ext: &str) -> anyhow::Result<PathBuf> {
    let dir = parent_dir(path);
    fs::create_dir_all(dir)
        .with_context(|| format!("could not create directory `{}`", dir.display()))?;
    Ok(dir.join(format!(".{}.{ext}", file_name(path)?)))
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

fn file_name(path: &Path) -> anyhow::Result<std::borrow::Cow<'_, str>> {
    path.file_name()
        .map(|name| name.to_string_lossy())
        .with_context(|| format!("sandbox state path `{}` has no file name", path.display()))
}

/// Writes through a temporary file in the same directory and a rename, so a crash never
/// leaves half a state file behind; the file is private (0600) because it holds tokens.
pub(super) fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = parent_dir(path);
    fs::create_dir_all(dir)
        .with_context(|| format!("could not create directory `{}`", dir.display()))?;
    let tmp = dir.join(format!(".{}.{}.tmp", file_name(path)?, std::process::id()));
    let _ = fs::remove_file(&tmp);
    let written = (|| -> std::io::Result<()> {
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written.with_context(|| format!("could not write sandbox state `{}`", path.display()))
}

#[cfg(test)]
mod tests {
    use super::{contacts_end, contacts_start};

    fn contacts(text: &str) -> Option<&str> {
        let bytes = text.as_bytes();
        let start = contacts_start(bytes)?;
        text.get(start..contacts_end(bytes, start)?)
    }

    #[test]
    fn finds_the_contacts_that_end_the_object() {
        assert_eq!(
            contacts(r#"{"a":1,"contacts":[{"x":"]}"}]}"#),
            Some(r#"[{"x":"]}"}]"#)
        );
        assert_eq!(contacts(" {\"contacts\" : [] }\n"), Some("[]"));
        let nested = r#"{"a":{"contacts":[1]},"b":["contacts",{"c":"\"contacts\":"}],"n":-1.5e3,"t":true,"contacts":[2]}"#;
        assert_eq!(contacts(nested), Some("[2]"));
        assert_eq!(contacts(r#"{"s":"a\\","contacts":[3]}"#), Some("[3]"));
    }

    #[test]
    fn finds_where_the_contacts_start_in_the_start_of_a_file() {
        let text = r#"{"a":[1,{"b":"c"}],"contacts":[{"x":1},{"#;
        let start = contacts_start(text.as_bytes());
        assert_eq!(start.and_then(|s| text.get(s..)), Some(r#"[{"x":1},{"#));
        for cut in 0..text.find(":[{").unwrap_or(0) {
            let part = text.get(..cut).unwrap_or_default();
            assert_eq!(contacts_start(part.as_bytes()), None, "{part}");
        }
    }

    #[test]
    fn gives_up_on_other_layouts() {
        assert_eq!(contacts(r#"{"a":1}"#), None);
        assert_eq!(contacts("{}"), None);
        assert_eq!(contacts("{not json"), None);
        assert_eq!(contacts(r#"{"a":"unterminated"#), None);
        assert_eq!(contacts(r#"{"contacts":[1]"#), None);
        assert_eq!(contacts(r#"{"contacts":}"#), None);
        assert_eq!(contacts(r#"[{"contacts":[1]}]"#), None);
        assert_eq!(contacts(r#"{"a":1 "contacts":[1]}"#), None);
    }
}
