#[cfg(unix)]
use crate::common::set_mode;
use crate::common::{RunOk, World, stderr, stdout};

fn two_profiles(w: &World) -> String {
    let url = w.sandbox.base_url();
    let key = &w.creds.partner_key;
    format!(
        r#"default_profile = "acme"

[profiles.acme]
base_url = "{url}"
partner_key = "{key}"

[profiles.beta]
base_url = "{url}"
partner_key_cmd = "echo {key}"
bot_id = "beta-bot"
"#
    )
}

/// The partner key the sandbox saw on the last request.
fn last_auth(w: &World) -> String {
    w.requests()
        .last()
        .unwrap()
        .header("authorization")
        .unwrap()
        .to_string()
}

#[test]
fn profile_by_default_flag_and_env() {
    let w = World::new();
    w.write_config(&two_profiles(&w));
    w.bare().args(["customers", "list"]).run_ok();

    // beta's key comes from its command; a wrong key in acme proves which profile is used.
    let broken = two_profiles(&w).replacen(&w.creds.partner_key, "acme-wrong-key-000000", 1);
    w.write_config(&broken);
    let out = w.bare().args(["customers", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    w.bare()
        .args(["--profile", "beta", "customers", "list"])
        .run_ok();
    assert_eq!(last_auth(&w), format!("Bearer {}", w.creds.partner_key));
    w.bare()
        .env("BP_PROFILE", "beta")
        .args(["customers", "list"])
        .run_ok();
    // The flag beats the environment variable.
    let out = w
        .bare()
        .env("BP_PROFILE", "beta")
        .args(["--profile", "acme", "customers", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn env_overrides_the_profile_key() {
    let w = World::new();
    let broken = two_profiles(&w).replacen(&w.creds.partner_key, "acme-wrong-key-000000", 1);
    w.write_config(&broken);
    w.bare()
        .env("BP_PARTNER_KEY", &w.creds.partner_key)
        .args(["customers", "list"])
        .run_ok();
}

#[test]
fn env_only_without_any_file() {
    let w = World::new();
    assert!(!w.config_dir().exists());
    let out = w.bp().args(["customers", "list", "-o", "json"]).run_ok();
    assert_eq!(
        stderr(&out)
            .lines()
            .filter(|l| l.starts_with("warning"))
            .count(),
        0
    );
}

#[test]
fn missing_secret_names_key_and_env_var() {
    let w = World::new();
    let out = w
        .bare()
        .env("BP_BASE_URL", w.sandbox.base_url())
        .args(["customers", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("error: no partner key configured (no config file at"),
        "{err}"
    );
    assert!(err.contains("hint: set `partner_key` (or `partner_key_cmd`) in the profile, or the BP_PARTNER_KEY environment variable"), "{err}");
    assert!(w.requests().is_empty());
}

#[test]
fn config_errors_exit_2_and_say_what_to_fix() {
    let w = World::new();
    let out = w
        .bare()
        .env("BP_CONFIG", "/nonexistent/bp.toml")
        .args(["customers", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("config file /nonexistent/bp.toml (from BP_CONFIG) does not exist")
    );

    let path = w.write_config("[profiles.a]\npartner_key = \"x\"\nbot_id = [\n");
    let out = w.bare().args(["customers", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "error: malformed config file {}, line 3, column",
            path.display()
        )),
        "{err}"
    );

    w.write_config(&two_profiles(&w));
    let out = w
        .bare()
        .args(["--profile", "gamma", "customers", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown profile `gamma`"));
    assert!(stderr(&out).contains("profiles: acme, beta"));
}

#[test]
fn failing_secret_command_exits_2() {
    let w = World::new();
    // `sh -c`, or `cmd /C` on Windows.
    let (cmd, status) = if cfg!(windows) {
        ("echo vault is locked>&2 & exit 1", "exit code: 1")
    } else {
        ("echo vault is locked >&2; exit 1", "exit status: 1")
    };
    w.write_config(&format!(
        "[profiles.a]\nbase_url = \"{}\"\npartner_key_cmd = \"{cmd}\"\n",
        w.sandbox.base_url()
    ));
    let out = w.bare().args(["customers", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = format!("`partner_key_cmd` (`{cmd}`) failed with {status}: vault is locked");
    assert!(stderr(&out).contains(&said), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn readable_config_gets_a_chmod_warning() {
    let w = World::new();
    let path = w.write_config(&two_profiles(&w));
    set_mode(&path, 0o644);
    let out = w.bare().args(["customers", "list"]).output().unwrap();
    assert!(out.status.success());
    assert!(
        stderr(&out).contains(&format!(
            "warning: config file {} is readable by other users; run `chmod 600 {}`",
            path.display(),
            path.display()
        )),
        "{}",
        stderr(&out)
    );
    set_mode(&path, 0o600);
    let out = w.bare().args(["customers", "list"]).output().unwrap();
    assert!(!stderr(&out).contains("warning"));
}

#[test]
fn unknown_keys_get_a_warning() {
    let w = World::new();
    w.write_config(&format!("{}partner_kye = \"typo\"\n", two_profiles(&w)));
    let out = w.bare().args(["customers", "list"]).output().unwrap();
    assert!(
        stderr(&out).contains("warning: unknown key `partner_kye` in profile `beta`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn list_and_show() {
    let w = World::new();
    w.write_config(&two_profiles(&w));
    let out = w.bare().args(["profile", "list"]).output().unwrap();
    assert_eq!(stdout(&out), "name\tdefault\nacme\ttrue\nbeta\tfalse\n");

    let out = w
        .bare()
        .env("BP_BOT_ID", "env-bot")
        .args(["profile", "show", "-o", "json"])
        .run_ok();
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let get = |k: &str| rows.iter().find(|r| r["key"] == k).cloned().unwrap();
    assert_eq!(get("profile")["value"], "acme");
    assert_eq!(get("partner_key")["value"], "sbx_…");
    assert_eq!(get("partner_key")["source"], "file");
    assert_eq!(get("bot_id")["value"], "env-bot");
    assert_eq!(get("bot_id")["source"], "env BP_BOT_ID");
    assert!(!stdout(&out).contains(&w.creds.partner_key));

    let out = w.bare().args(["profile", "show", "beta"]).output().unwrap();
    let text = stdout(&out);
    assert!(
        text.contains("partner_key\t(run when needed)\tcommand `echo"),
        "{text}"
    );
}

#[test]
fn profile_add_keeps_the_file_and_writes_0600() {
    let w = World::new();
    let path = w.write_config(
        "# agency config\ndefault_profile = \"old\"\n\n[profiles.old]  # the old one\nbase_url = \"https://x.example\"  # keep me\n",
    );
    #[cfg(unix)]
    crate::common::set_mode(&path, 0o644);
    let out = w
        .bare()
        .args([
            "profile",
            "add",
            "acme",
            "--with-token",
            "partner",
            "--with-token",
            "bot",
            "--bot-id",
            "65f1c0ffee0000000000abcd",
            "--api-token-cmd",
            "pass show acme",
        ])
        .write_stdin("pk-0000000000000000\nbt-0000000000000000\n")
        .run_ok();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# agency config\ndefault_profile = \"old\"\n\n[profiles.old]  # the old one\nbase_url = \"https://x.example\"  # keep me\n"), "{text}");
    assert!(text.contains("[profiles.acme]\n"), "{text}");
    assert!(
        text.contains("partner_key = \"pk-0000000000000000\"\n")
            && text.contains("bot_token = \"bt-0000000000000000\"\n")
    );
    assert!(text.contains("api_token_cmd = \"pass show acme\"\n"));
    crate::common::assert_private(&path);
    assert!(!stderr(&out).contains("pk-0000000000000000"));

    w.bare().args(["profile", "use", "acme"]).run_ok();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("default_profile = \"acme\"")
    );
    let out = w.bare().args(["profile", "use", "nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("profiles: acme, old"));

    // No terminal and nothing given: nothing to ask on.
    let out = w.bare().args(["profile", "add", "empty"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn auth_status_checks_each_credential() {
    let w = World::new();
    let out = w
        .bp()
        .env("BP_BOT_ID", &w.creds.bot_id)
        .env("BP_CUSTOMER_ID", &w.creds.customer_id)
        .env("BP_WA_API_KEY", &w.creds.wa_api_key)
        .args(["auth", "status"])
        .run_ok();
    let text = stdout(&out);
    for line in [
        "partner_key\tenv BP_PARTNER_KEY\tworks",
        "api_token\tenv BP_API_TOKEN\tworks",
        "bot_token\tenv BP_BOT_TOKEN\tworks",
        "wa_api_key\tenv BP_WA_API_KEY\tworks",
    ] {
        assert!(text.contains(line), "{line}: {text}");
    }
    for s in w.secrets() {
        assert!(!text.contains(&s) && !stderr(&out).contains(&s));
    }
    let out = w
        .bp()
        .env("BP_PARTNER_KEY", "wrong-partner-key-0000")
        .args(["auth", "status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stdout(&out).contains(
            "partner_key\tenv BP_PARTNER_KEY\trefused: the API refused the partner key (401"
        ),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out)
            .contains("bot_token\tenv BP_BOT_TOKEN\tnot checked: needs bot_id and customer_id")
    );
}

#[test]
fn profile_show_and_list_say_which_config_file() {
    let w = World::new();
    let path = w.config_dir().join("bp").join("config.toml");
    let config_row = |cmd: &mut assert_cmd::Command| {
        let out = cmd.args(["profile", "show", "-o", "json"]).run_ok();
        let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
        rows.into_iter().find(|r| r["key"] == "config").unwrap()
    };
    // World sets both: Windows reads APPDATA, Linux and macOS XDG_CONFIG_HOME.
    let var = if cfg!(windows) {
        "APPDATA"
    } else {
        "XDG_CONFIG_HOME"
    };
    let row = config_row(&mut w.bare());
    assert_eq!(row["value"], path.display().to_string());
    assert_eq!(row["source"], format!("env {var}, missing"));
    let out = w.bare().args(["profile", "list"]).run_ok();
    assert_eq!(
        stderr(&out),
        format!("no profiles in {} (env {var})\n", path.display())
    );

    w.write_config(&two_profiles(&w));
    assert_eq!(config_row(&mut w.bare())["source"], format!("env {var}"));
    let out = w.bare().args(["profile", "list"]).run_ok();
    assert_eq!(
        stderr(&out),
        format!("profiles of {} (env {var})\n", path.display())
    );
    let out = w.bare().args(["-q", "profile", "list"]).run_ok();
    assert_eq!(stderr(&out), "");
}

/// Without XDG variables, bp's files go under `~/.config`, `~/.cache`, `~/.local/state` and
/// `~/.local/share` — on macOS too, where the platform's directory is `~/Library/…`.
/// (Windows keeps `%APPDATA%` and `%LOCALAPPDATA%`.)
#[cfg(unix)]
#[test]
fn without_xdg_variables_files_go_under_the_home_dot_directories() {
    let w = World::new();
    let home = w.home.path();
    let bare = || {
        let mut cmd = w.bare();
        for var in [
            "XDG_CONFIG_HOME",
            "XDG_CACHE_HOME",
            "XDG_STATE_HOME",
            "XDG_DATA_HOME",
        ] {
            cmd.env_remove(var);
        }
        cmd
    };
    let out = bare()
        .args(["profile", "add", "acme", "--with-token", "partner"])
        .write_stdin("k\n")
        .run_ok();
    let config = home.join(".config/bp/config.toml");
    assert!(config.is_file(), "{}", stderr(&out));
    let out = bare().args(["profile", "show", "-o", "json"]).run_ok();
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        rows.contains(&serde_json::json!(
            {"key": "config", "value": config.display().to_string(), "source": "~/.config"}
        )),
        "{rows:?}"
    );

    bare()
        .args([
            "--sandbox",
            "customers",
            "list",
            "--all",
            "--since-last",
            "n",
        ])
        .run_ok();
    // The sandbox's state (its lock, for a command that changes nothing).
    assert!(
        home.join(".local/share/bp/.sandbox-state.json.lock")
            .is_file()
    );
    assert!(home.join(".cache/bp/customers@sandbox.json").is_file());
    let bookmarks = home.join(".local/state/bp/bookmarks");
    assert_eq!(
        std::fs::read_dir(&bookmarks).unwrap().count(),
        2,
        "a bookmark and its lock"
    );
    assert!(!home.join("Library").exists());
}
