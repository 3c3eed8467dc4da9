use crate::common::{RunOk, World, stderr, stdout};

/// `completions/` holds what `bp completions` prints; regenerate with
/// `for s in bash zsh fish powershell elvish; do bp completions $s > completions/…; done`
/// (see completions/README.md).
#[test]
fn committed_completions_are_current() {
    let w = World::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in [
        ("bash", "bp.bash"),
        ("zsh", "_bp"),
        ("fish", "bp.fish"),
        ("powershell", "_bp.ps1"),
        ("elvish", "bp.elv"),
    ] {
        let out = w.bare().args(["completions", shell]).output().unwrap();
        assert!(out.status.success());
        let committed = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
        assert!(
            committed == stdout(&out),
            "completions/{file} is stale: run `cargo run -- completions {shell} > completions/{file}`"
        );
    }
}

/// A world whose config has two profiles, `work` (the default, on the sandbox, with a
/// registry of two bots) and `home office` (one bot), every `_cmd` of which leaves a mark
/// when run; and the mark's path.
pub fn world() -> (World, std::path::PathBuf) {
    let w = World::new();
    let mark = w.home.path().join("a-command-ran");
    // `echo … >` leaves the mark in `sh` and in Windows' `cmd` alike.
    let cmd = crate::common::toml_str(&format!("echo ran> \"{}\"", mark.display()));
    w.write_config(&format!(
        r#"default_profile = "work"

[profiles.work]
base_url = "{url}"
partner_key = "{key}"
api_token_cmd = {cmd}

[profiles.work.bots.support-bot]
customer = "Bluefin Marketing"
bot_id = "65a1f0c2e4b0a1b2c3d4e5f6"
bot_token_cmd = {cmd}

[profiles.work.bots.wa-sales]
wa_api_key_cmd = {cmd}

[profiles."home office"]
base_url = "{url}"
partner_key_cmd = {cmd}

[profiles."home office".bots.night-shift]
bot_token_cmd = {cmd}
"#,
        url = w.sandbox.base_url(),
        key = w.creds.partner_key,
    ));
    (w, mark)
}

/// `bp __complete SHELL LINE`, as the scripts ask at a TAB: its exit code and stdout, once
/// it is known to have printed nothing on stderr.
fn complete(w: &World, shell: &str, line: &str) -> (i32, String) {
    complete_with(w.bare(), shell, line)
}

fn complete_with(mut bp: assert_cmd::Command, shell: &str, line: &str) -> (i32, String) {
    let out = bp.args(["__complete", shell, line]).output().unwrap();
    assert!(out.stderr.is_empty(), "stderr: {}", stderr(&out));
    (out.status.code().unwrap(), stdout(&out))
}

fn answer(text: &str) -> (i32, String) {
    (0, text.to_string())
}

#[test]
fn profile_names_complete_from_the_config_file() {
    let (w, mark) = world();
    assert_eq!(
        complete(&w, "bash", "bp --profile "),
        answer("home\\ office\nwork\n")
    );
    assert_eq!(
        complete(&w, "bash", "bp customers list --profile=w"),
        answer("work\n")
    );
    assert_eq!(
        complete(&w, "zsh", "bp --profile "),
        answer("home office\nwork:default profile\n")
    );
    assert_eq!(
        complete(&w, "fish", "bp leads list --profile "),
        answer("home office\nwork\tdefault profile\n")
    );
    assert!(!mark.exists(), "completing ran a _cmd");
}

#[test]
fn bots_complete_from_the_active_profiles_registry() {
    let (w, mark) = world();
    assert_eq!(
        complete(&w, "fish", "bp leads list --bot "),
        answer("support-bot\twebsite bot of Bluefin Marketing\nwa-sales\tWhatsApp bot\n")
    );
    assert_eq!(
        complete(&w, "bash", "bp customers each -- whatsapp send --bot s"),
        answer("support-bot\n")
    );
    // Another profile's, named on the line or by BP_PROFILE.
    assert_eq!(
        complete(&w, "bash", "bp --profile 'home office' leads list --bot "),
        answer("night-shift\n")
    );
    let mut bp = w.bare();
    bp.env("BP_PROFILE", "home office");
    assert_eq!(
        complete_with(bp, "bash", "bp leads upsert --bot "),
        answer("night-shift\n")
    );
    // The sandbox's own, under --sandbox.
    let (_, sandbox) = complete(&w, "bash", "bp --sandbox leads list --bot bluefin-");
    assert_eq!(
        sandbox,
        "bluefin-pricing-helper\nbluefin-website-assistant\n"
    );
    assert!(!mark.exists(), "completing ran a _cmd");
}

#[test]
fn customer_names_complete_from_the_list_bp_last_read_whole() {
    let (w, mark) = world();
    // Nothing read yet, or only page 1: nothing to offer (not file names either).
    assert_eq!(complete(&w, "bash", "bp customers get "), answer(""));
    w.bare().args(["customers", "list"]).run_ok();
    assert_eq!(complete(&w, "bash", "bp customers get "), answer(""));

    w.bare().args(["customers", "list", "--all"]).run_ok();
    let cache = w.cache_dir().join("bp").join("customers-work.json");
    let text = std::fs::read_to_string(&cache).unwrap();
    assert!(text.contains("Maple & Main Realty") && text.contains("leads@maplemainrealty.com"));
    assert!(!text.contains(&w.creds.partner_key));
    crate::common::assert_private(&cache);

    let requests = w.requests().len();
    assert_eq!(
        complete(&w, "bash", "bp customers get Maple"),
        answer("Maple\\ \\&\\ Main\\ Realty\n")
    );
    assert_eq!(
        complete(&w, "bash", "bp customers token \"Maple"),
        answer("Maple & Main Realty\n")
    );
    assert_eq!(
        complete(&w, "bash", "bp contacts search --customer pri"),
        answer("Priya\\ Sharma\n")
    );
    assert_eq!(
        complete(&w, "bash", "bp leads list --customer=priya@"),
        answer("priya@sharmaconsulting.in\n")
    );
    let (_, zsh) = complete(&w, "zsh", "bp customers get M");
    assert!(
        zsh.contains("Maple & Main Realty:leads@maplemainrealty.com\n"),
        "{zsh}"
    );
    let (_, fish) = complete(&w, "fish", "bp --customer ");
    assert!(
        fish.contains("Maple & Main Realty\tleads@maplemainrealty.com\n"),
        "{fish}"
    );
    assert_eq!(w.requests().len(), requests, "completing sent a request");
    // Another profile's customers are its own: none read yet.
    assert_eq!(
        complete(&w, "bash", "bp --profile 'home office' customers get M"),
        answer("")
    );
    assert!(!mark.exists(), "completing ran a _cmd");
}

#[test]
fn a_deleted_customer_leaves_the_completions() {
    let (w, _) = world();
    w.bare().args(["customers", "list", "--all"]).run_ok();
    let out = w
        .bare()
        .args(["customers", "get", "Maple & Main Realty", "-o", "json"])
        .run_ok();
    let item: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let id = item[0]["_id"].as_str().unwrap();
    w.bare().args(["customers", "delete", id, "--yes"]).run_ok();
    assert_eq!(complete(&w, "bash", "bp customers get Mapl"), answer(""));
    assert_eq!(
        complete(&w, "bash", "bp customers get Pri"),
        answer("Priya\\ Sharma\n")
    );
}

#[test]
fn completing_elsewhere_is_left_to_the_script_quietly() {
    let (w, _) = world();
    for line in [
        "bp customers l",
        "bp -o ",
        "bp customers get Acme ",
        "bp api GET ",
    ] {
        assert_eq!(complete(&w, "bash", line), (1, String::new()), "{line}");
    }
    for args in [
        &["__complete"][..],
        &["__complete", "tcsh", "bp --profile "],
    ] {
        let out = w.bare().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(out.stdout.is_empty() && out.stderr.is_empty());
    }
    // A config bp cannot read offers nothing, and says nothing either.
    w.write_config("default_profile = \n");
    assert_eq!(complete(&w, "bash", "bp --profile "), answer(""));
    assert_eq!(complete(&w, "bash", "bp leads list --bot "), answer(""));
}

#[test]
fn the_sandboxs_customers_are_kept_apart() {
    let (w, _) = world();
    w.bare()
        .args(["--sandbox", "customers", "list", "--all"])
        .run_ok();
    assert_eq!(
        complete(&w, "bash", "bp --sandbox customers get Maple"),
        answer("Maple\\ \\&\\ Main\\ Realty\n")
    );
    assert_eq!(complete(&w, "bash", "bp customers get Maple"), answer(""));
}
