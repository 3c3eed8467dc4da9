use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use bp::sandbox::{Credentials, Options, RecordedRequest, RunningSandbox, spawn_background};
use tempfile::TempDir;

/// A hermetic world: a temp HOME (config, data, cache dirs) and a recording sandbox.
pub struct World {
    pub home: TempDir,
    pub sandbox: RunningSandbox,
    pub creds: Credentials,
}

impl World {
    pub fn new() -> Self {
        Self::with_options(Options::default())
    }

    pub fn with_options(opts: Options) -> Self {
        let sandbox = spawn_background(Options {
            record: true,
            state_path: None,
            ..opts
        })
        .expect("sandbox starts");
        let creds = sandbox.sandbox.credentials();
        World {
            home: tempfile::tempdir().unwrap(),
            sandbox,
            creds,
        }
    }

    /// Where `bp/config.toml` is looked for: `XDG_CONFIG_HOME`, and `APPDATA` on Windows.
    pub fn config_dir(&self) -> PathBuf {
        self.home.path().join("config")
    }

    /// Where bp keeps `bp/tokens.json` and the completions' caches (`XDG_CACHE_HOME`;
    /// `LOCALAPPDATA` on Windows).
    pub fn cache_dir(&self) -> PathBuf {
        self.home
            .path()
            .join(if cfg!(windows) { "local" } else { "cache" })
    }

    /// Where bp keeps import journals and bookmarks (`XDG_STATE_HOME`; `LOCALAPPDATA` on
    /// Windows).
    pub fn state_dir(&self) -> PathBuf {
        self.home
            .path()
            .join(if cfg!(windows) { "local" } else { "state" })
    }

    /// Where the sandbox keeps its state (`XDG_DATA_HOME`; `APPDATA` on Windows).
    pub fn data_dir(&self) -> PathBuf {
        self.home
            .path()
            .join(if cfg!(windows) { "config" } else { "data" })
    }

    /// `cmd` with this world's home and bp's directories in it (XDG's, and Windows'), and on
    /// Windows the variables every process there needs.
    pub fn dirs<'a>(&self, cmd: &'a mut std::process::Command) -> &'a mut std::process::Command {
        // What a Windows process cannot do without (Winsock needs SystemRoot), and where it
        // finds programs and temporary files.
        #[cfg(windows)]
        for name in ["SystemRoot", "windir", "ComSpec", "PATHEXT", "TEMP", "TMP"] {
            if let Some(value) = std::env::var_os(name) {
                cmd.env(name, value);
            }
        }
        cmd.env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.config_dir())
            .env("XDG_DATA_HOME", self.data_dir())
            .env("XDG_CACHE_HOME", self.cache_dir())
            .env("XDG_STATE_HOME", self.state_dir())
            .env("APPDATA", self.config_dir())
            .env("LOCALAPPDATA", self.state_dir())
    }

    /// Writes `bp/config.toml` under the temp config dir, mode 0600.
    pub fn write_config(&self, text: &str) -> PathBuf {
        let dir = self.config_dir().join("bp");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("config.toml");
        std::fs::write(&path, text).unwrap();
        #[cfg(unix)]
        set_mode(&path, 0o600);
        path
    }

    /// `bp` with a clean environment: nothing from this machine's, no credentials.
    pub fn bare(&self) -> Command {
        Command::from_std(self.bare_std())
    }

    /// [`World::bare`] as a `std::process::Command`, for tests that set up the child's pipes.
    pub fn bare_std(&self) -> std::process::Command {
        self.isolated(env!("CARGO_BIN_EXE_bp"))
    }

    /// `program` with [`World::bare`]'s environment (a shell, say).
    pub fn isolated(&self, program: impl AsRef<std::ffi::OsStr>) -> std::process::Command {
        let mut cmd = std::process::Command::new(program);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default());
        self.dirs(&mut cmd).env("BP_RETRY_BASE_MS", "1");
        cmd
    }

    /// `bp` pointed at the sandbox with its credentials in the environment.
    pub fn bp(&self) -> Command {
        Command::from_std(self.bp_std())
    }

    /// [`World::bp`] as a `std::process::Command`.
    pub fn bp_std(&self) -> std::process::Command {
        let mut cmd = self.bare_std();
        cmd.env("BP_BASE_URL", self.sandbox.base_url())
            .env("BP_PARTNER_KEY", &self.creds.partner_key)
            .env("BP_API_TOKEN", &self.creds.api_token)
            .env("BP_BOT_TOKEN", &self.creds.bot_token);
        cmd
    }

    /// `+prefix number` of every contact of the sandbox's first customer.
    pub fn contact_phones(&self) -> std::collections::BTreeSet<String> {
        self.sandbox
            .sandbox
            .contacts(&self.creds.customer_id)
            .iter()
            .map(phone_of)
            .collect()
    }

    /// How many import requests (`POST /inbox/users/import`) the sandbox received.
    pub fn import_requests(&self) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.path == "/inbox/users/import")
            .count()
    }

    /// Customer tokens fetched with the partner key so far.
    pub fn token_fetches(&self) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.path == "/ext/get-user-token")
            .count()
    }

    /// Waits until the sandbox has received `n` import requests in all.
    pub fn wait_for_imports(&self, n: usize) {
        let started = std::time::Instant::now();
        while self.import_requests() < n {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(60),
                "the import never got going"
            );
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    /// `+prefix number` of every contact in the import requests, in the order received.
    pub fn sent_numbers(&self) -> Vec<String> {
        self.requests()
            .iter()
            .filter(|r| r.path == "/inbox/users/import")
            .flat_map(|r| r.json().unwrap().as_array().unwrap().clone())
            .map(|c| phone_of(&c))
            .collect()
    }

    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.sandbox.sandbox.requests()
    }

    pub fn secrets(&self) -> Vec<String> {
        vec![
            self.creds.partner_key.clone(),
            self.creds.api_token.clone(),
            self.creds.bot_token.clone(),
        ]
    }
}

/// `+prefix number` of a contact as the API holds it.
fn phone_of(contact: &serde_json::Value) -> String {
    let p = &contact["profile"]["userDetails"]["contact"]["phone"];
    format!(
        "+{} {}",
        p["prefix"].as_str().unwrap(),
        p["number"].as_str().unwrap()
    )
}

/// Sends `signal` (`-INT`, `-TERM`, `-KILL`) to a child with kill(1).
#[cfg(unix)]
pub fn kill(child: &std::process::Child, signal: &str) {
    let status = std::process::Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

/// The child's exit, within a minute.
pub fn wait_bounded(child: &mut std::process::Child) -> std::process::ExitStatus {
    let started = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if started.elapsed() > std::time::Duration::from_secs(60) {
            let _ = child.kill();
            panic!("bp did not end within a minute");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

#[cfg(unix)]
pub fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Asserts that bp wrote `path` private to the user: mode 0600 on Unix. Windows has no mode
/// bits to check (a file under the user's profile is private to them by default).
pub fn assert_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", path.display());
    }
    #[cfg(not(unix))]
    let _ = path;
}

pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

/// A raw HTTP/1.1 request, so that tests can send what `bp` never would (a missing header).
pub fn raw_request(base_url: &str, request_head: &str) -> (u16, String) {
    let addr = base_url.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream
        .write_all(format!("{request_head}Host: {addr}\r\nConnection: close\r\n\r\n").as_bytes())
        .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap();
    let body = response.split("\r\n\r\n").nth(1).unwrap_or("").to_string();
    (status, body)
}

/// A queued answer of `status` with a JSON `body`, for `push_fault`.
pub fn json_answer(status: u16, body: impl Into<String>) -> bp::sandbox::Fault {
    bp::sandbox::Fault::Body {
        status,
        content_type: "application/json".into(),
        body: body.into(),
    }
}

/// The first line of stdout as JSON: a bulk command's `-o json` summary.
pub fn summary_of(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_str(stdout(out).lines().next().expect("a summary line")).unwrap()
}

/// `.run_ok()` on a bp command: its output, once it has exited 0 (else the test fails,
/// showing the exit status and what bp said on stderr). `.fails_with(code, words)`: its
/// output, once it has exited `code` saying `words` on stderr.
pub trait RunOk {
    fn run_ok(&mut self) -> std::process::Output;
    fn fails_with(&mut self, code: i32, words: &str) -> std::process::Output;
}

impl RunOk for Command {
    fn fails_with(&mut self, code: i32, words: &str) -> std::process::Output {
        let out = self.output().unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(code), "{err}");
        assert!(err.contains(words), "wanted `{words}` in: {err}");
        out
    }

    fn run_ok(&mut self) -> std::process::Output {
        let out = self.output().unwrap();
        assert!(
            out.status.success(),
            "bp exited with {}: {}",
            out.status,
            stderr(&out)
        );
        out
    }
}

/// The import journals bp keeps for unfinished imports.
pub fn journals(w: &World) -> Vec<PathBuf> {
    let dir = w.state_dir().join("bp").join("imports");
    std::fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default()
}

/// The rows an import journal records as acknowledged.
pub fn journal_acked(path: &Path) -> BTreeSet<usize> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut rows = BTreeSet::new();
    for line in text.lines().filter_map(|l| l.strip_prefix("A ")) {
        for range in line.split(',') {
            let (a, b) = range.split_once('-').unwrap_or((range, range));
            rows.extend(a.parse::<usize>().unwrap()..=b.parse::<usize>().unwrap());
        }
    }
    rows
}

/// Runs `bp ARGS` (as [`World::bare`] sets it up) on a terminal `cols` columns wide, made
/// by util-linux `script`: its output, stdout and stderr together, as the terminal showed
/// it (with `\r\n` line ends). `None` where `script` is missing: the caller skips.
#[cfg(unix)]
pub fn on_terminal(w: &World, cols: u16, args: &[&str]) -> Option<std::process::Output> {
    on_terminal_with(w.bare_std(), cols, args)
}

/// [`on_terminal`] with the environment of `cmd` (a [`World::bare_std`] with more set).
#[cfg(unix)]
pub fn on_terminal_with(
    mut cmd: std::process::Command,
    cols: u16,
    args: &[&str],
) -> Option<std::process::Output> {
    let script = std::process::Command::new("script")
        .arg("--version")
        .output();
    if !script.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: no util-linux `script` to make a terminal");
        return None;
    }
    let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
    let bp = assert_cmd::cargo::cargo_bin!("bp");
    let line = std::iter::once(quote(&bp.display().to_string()))
        .chain(args.iter().map(|a| quote(a)))
        .collect::<Vec<_>>()
        .join(" ");
    cmd.env_remove("TERM").env("TERM", "xterm");
    let bare = cmd
        .get_envs()
        .map(|(k, v)| (k.to_owned(), v.map(|v| v.to_owned())));
    let mut script = std::process::Command::new("script");
    script.env_clear();
    for (key, value) in bare {
        if let Some(value) = value {
            script.env(key, value);
        }
    }
    Some(
        script
            .args([
                "-qec",
                &format!("stty cols {cols} rows 50; exec {line}"),
                "/dev/null",
            ])
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap(),
    )
}

/// Runs `cmd` with a terminal for its standard input, on which `typed` is typed (a prompt's
/// answer); stdout and stderr are captured.
#[cfg(unix)]
pub fn answered_on_a_terminal(cmd: &mut Command, typed: &str) -> std::process::Output {
    use std::process::Stdio;
    let pty = nix::pty::openpty(
        None::<&nix::pty::Winsize>,
        None::<&nix::sys::termios::Termios>,
    )
    .expect("a pseudo-terminal");
    let mut std_cmd = std::process::Command::new(cmd.get_program());
    std_cmd
        .args(cmd.get_args())
        .env_clear()
        .envs(cmd.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .stdin(Stdio::from(pty.slave))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = std_cmd.spawn().unwrap();
    drop(std_cmd);
    let mut terminal = std::fs::File::from(pty.master);
    terminal.write_all(typed.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// `text` as a TOML basic string, quotes included (a Windows path's `\` escaped).
pub fn toml_str(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}
