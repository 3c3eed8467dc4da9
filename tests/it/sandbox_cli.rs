use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::common::{RunOk, World, stderr, stdout};

#[test]
fn sandbox_serve_prints_url_and_credentials_and_answers() {
    let w = World::new();
    let mut child = w
        .dirs(std::process::Command::new(env!("CARGO_BIN_EXE_bp")).env_clear())
        .args(["sandbox", "serve", "--addr", "127.0.0.1:0", "--no-persist"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut vars = std::collections::HashMap::new();
    for _ in 0..6 {
        let line = lines.next().unwrap().unwrap();
        let (k, v) = line.trim_start_matches("export ").split_once('=').unwrap();
        vars.insert(k.to_string(), v.to_string());
    }
    assert!(vars["BP_BASE_URL"].starts_with("http://127.0.0.1:"));
    let out = w
        .bare()
        .env("BP_BASE_URL", &vars["BP_BASE_URL"])
        .env("BP_PARTNER_KEY", &vars["BP_PARTNER_KEY"])
        .args(["customers", "list", "--limit", "3", "-o", "ndjson"])
        .output();
    child.kill().unwrap();
    child.wait().unwrap();
    let out = out.unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 3);
}

#[test]
fn sandbox_reset_deletes_the_state_file() {
    let w = World::new();
    let state = w.data_dir().join("bp").join("sandbox-state.json");
    std::fs::create_dir_all(state.parent().unwrap()).unwrap();
    std::fs::write(&state, "{}").unwrap();
    let out = w.bare().args(["sandbox", "reset"]).run_ok();
    assert!(!state.exists());
    assert!(stderr(&out).contains("deleted the sandbox state"));
    let out = w.bare().args(["sandbox", "reset"]).output().unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).contains("nothing to reset"));
}

/// The phones of customer `customer_id`'s contacts in the sandbox state file of `w`.
fn stored_phones(w: &World, customer_id: &str) -> Vec<String> {
    let state = bp::sandbox::Sandbox::new(bp::sandbox::Options {
        state_path: Some(w.data_dir().join("bp").join("sandbox-state.json")),
        ..Default::default()
    })
    .unwrap();
    state
        .contacts(customer_id)
        .iter()
        .filter_map(|c| {
            let phone = &c["profile"]["userDetails"]["contact"]["phone"];
            Some(format!(
                "{}{}",
                phone["prefix"].as_str()?,
                phone["number"].as_str()?
            ))
        })
        .collect()
}

/// Issue 13: the children of `customers each --sandbox` used to load the state file each,
/// and the last to save won: 60 customers reported an import each and 8 kept it.
#[test]
fn every_child_of_customers_each_keeps_its_import_in_the_sandbox() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("c.csv");
    std::fs::write(&input, "name,phone\nAsha Rao,+919812345678\n").unwrap();
    let out = w
        .bare()
        .args(["--sandbox", "customers", "each", "--concurrency", "8", "--"])
        .args(["whatsapp", "import", input.to_str().unwrap(), "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let summaries: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(summaries.len() >= 50, "{}", summaries.len());
    let lost: Vec<&str> = summaries
        .iter()
        .map(|s| s["customer"]["_id"].as_str().unwrap())
        .filter(|id| !stored_phones(&w, id).contains(&"919812345678".to_owned()))
        .collect();
    assert!(
        lost.is_empty(),
        "{} of {} customers lost their import",
        lost.len(),
        summaries.len()
    );
}

/// Issue 13: separate `bp --sandbox` processes at once each keep their writes: the state
/// file is locked from load to save.
#[test]
fn separate_sandbox_processes_at_once_each_keep_their_import() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    let phones: Vec<String> = (0..6).map(|i| format!("91981234560{i}")).collect();
    let children: Vec<std::process::Child> = phones
        .iter()
        .enumerate()
        .map(|(i, phone)| {
            let input = dir.path().join(format!("c{i}.csv"));
            std::fs::write(&input, format!("name,phone\nRow {i},+{phone}\n")).unwrap();
            w.bare_std()
                .args(["--sandbox", "whatsapp", "import", input.to_str().unwrap()])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let stored = stored_phones(&w, &w.creds.customer_id);
    let lost: Vec<&String> = phones.iter().filter(|p| !stored.contains(p)).collect();
    assert!(lost.is_empty(), "lost {lost:?}");
}

/// Starts `bp sandbox serve --addr 127.0.0.1:0 --no-persist` with `extra` flags: the child
/// and the variables it exports.
fn serve(w: &World, extra: &[&str]) -> (std::process::Child, HashMap<String, String>) {
    let mut child = w
        .bare_std()
        .args(["sandbox", "serve", "--addr", "127.0.0.1:0", "--no-persist"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut vars = HashMap::new();
    for _ in 0..7 {
        let line = lines.next().unwrap().unwrap();
        let (k, v) = line.trim_start_matches("export ").split_once('=').unwrap();
        vars.insert(k.to_string(), v.to_string());
    }
    (child, vars)
}

#[test]
fn sandbox_serve_lenient_takes_the_whatsapp_key_as_a_header_alone() {
    let w = World::new();
    let (mut strict, strict_vars) = serve(&w, &[]);
    let (mut lenient, lenient_vars) = serve(&w, &["--lenient"]);
    let templates = |vars: &HashMap<String, String>, key: &str| {
        w.bare()
            .env("BP_BASE_URL", &vars["BP_BASE_URL"])
            .args(["api", "GET", "/whatsapp-automation/wa/templates"])
            .args(["--auth", "none", "-H", &format!("apiKey: {key}")])
            .output()
            .unwrap()
    };
    let refused = templates(&strict_vars, &strict_vars["BP_WA_API_KEY"]);
    let accepted = templates(&lenient_vars, &lenient_vars["BP_WA_API_KEY"]);
    let wrong = templates(&lenient_vars, "sbx_wa_0000");
    for child in [&mut strict, &mut lenient] {
        child.kill().unwrap();
        child.wait().unwrap();
    }
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("missing apiKey query parameter"),
        "{}",
        stderr(&refused)
    );
    assert!(accepted.status.success(), "{}", stderr(&accepted));
    let answer: serde_json::Value = serde_json::from_str(&stdout(&accepted)).unwrap();
    assert!(
        answer["data"].as_array().is_some_and(|t| !t.is_empty()),
        "{answer}"
    );
    assert!(!wrong.status.success());
    assert!(
        stderr(&wrong).contains("invalid apiKey"),
        "{}",
        stderr(&wrong)
    );
}

/// Starts `bp sandbox serve --addr 127.0.0.1:0` on the default state file of `w` (its data
/// directory): the child, and `bp` pointed at it with the credentials it exports.
#[cfg(unix)]
fn serve_persisted(w: &World) -> (std::process::Child, impl Fn() -> assert_cmd::Command + '_) {
    let mut child = w
        .bare_std()
        .args(["sandbox", "serve", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut vars = HashMap::new();
    for _ in 0..7 {
        let line = lines.next().unwrap().unwrap();
        let (k, v) = line.trim_start_matches("export ").split_once('=').unwrap();
        vars.insert(k.to_string(), v.to_string());
    }
    let client = move || {
        let mut cmd = w.bare();
        for (k, v) in &vars {
            cmd.env(k, v);
        }
        cmd
    };
    (child, client)
}

/// The uuids of the leads of the sandbox's first website bot, as `cmd` lists them.
#[cfg(unix)]
fn lead_uuids(cmd: &mut assert_cmd::Command) -> Vec<String> {
    let out = cmd.args(["leads", "list", "--all", "-o", "json"]).run_ok();
    let leads: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    leads
        .iter()
        .map(|l| l["uuid"].as_str().unwrap().to_string())
        .collect()
}

#[cfg(unix)]
fn upsert(mut cmd: assert_cmd::Command, uuid: &str) {
    cmd.args(["leads", "upsert", "--uuid", uuid, "--status", "open"])
        .run_ok();
}

/// Issue 16: `bp sandbox reset` while `bp sandbox serve` runs resets the server itself, and
/// is not undone by the server's next save.
#[cfg(unix)]
#[test]
fn sandbox_reset_resets_a_running_server() {
    let w = World::new();
    let state = w.data_dir().join("bp").join("sandbox-state.json");
    let (mut server, client) = serve_persisted(&w);
    upsert(client(), "before-reset");
    assert!(state.exists());
    assert!(lead_uuids(&mut client()).contains(&"before-reset".to_string()));

    let out = w.bare().args(["sandbox", "reset"]).run_ok();
    assert!(
        stderr(&out).contains("reset the running sandbox"),
        "{}",
        stderr(&out)
    );
    assert!(!state.exists());
    let seeded = lead_uuids(&mut client());
    assert!(!seeded.contains(&"before-reset".to_string()));

    upsert(client(), "after-reset");
    crate::common::kill(&server, "-INT");
    assert!(crate::common::wait_bounded(&mut server).success());
    // What the server saved: the seed, and what came after the reset only.
    let kept = lead_uuids(w.bare().arg("--sandbox"));
    assert!(kept.contains(&"after-reset".to_string()), "{kept:?}");
    assert!(!kept.contains(&"before-reset".to_string()), "{kept:?}");
    assert_eq!(kept.len(), seeded.len() + 1);
}

/// `bp --sandbox` beside a `bp sandbox serve` on the same state file waits for the server
/// to stop, then starts from what the server saved: neither overwrites the other.
#[cfg(unix)]
#[test]
fn sandbox_serve_and_bp_sandbox_take_turns_on_the_state() {
    let w = World::new();
    let (mut server, client) = serve_persisted(&w);
    upsert(client(), "from-the-server");
    let mut in_process = w
        .bare_std()
        .args(["--sandbox", "leads", "upsert", "--uuid", "from-bp-sandbox"])
        .args(["--status", "open"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(
        in_process.try_wait().unwrap().is_none(),
        "bp --sandbox ran while the server held the state"
    );
    upsert(client(), "from-the-server-later");
    crate::common::kill(&server, "-INT");
    assert!(crate::common::wait_bounded(&mut server).success());
    assert!(crate::common::wait_bounded(&mut in_process).success());
    let mut err = String::new();
    std::io::Read::read_to_string(&mut in_process.stderr.take().unwrap(), &mut err).unwrap();
    assert!(err.contains("waiting for another bp"), "{err}");
    let kept = lead_uuids(w.bare().arg("--sandbox"));
    for uuid in [
        "from-the-server",
        "from-the-server-later",
        "from-bp-sandbox",
    ] {
        assert!(kept.contains(&uuid.to_string()), "{uuid} lost: {kept:?}");
    }
}
