use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::common::{World, stderr, stdout};

#[test]
fn sandbox_serve_prints_url_and_credentials_and_answers() {
    let w = World::new();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_bp"))
        .env_clear()
        .env("HOME", w.home.path())
        .env("XDG_DATA_HOME", w.home.path().join("data"))
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
    let state = w.home.path().join("data/bp/sandbox-state.json");
    std::fs::create_dir_all(state.parent().unwrap()).unwrap();
    std::fs::write(&state, "{}").unwrap();
    let out = w.bare().args(["sandbox", "reset"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!state.exists());
    assert!(stderr(&out).contains("deleted the sandbox state"));
    let out = w.bare().args(["sandbox", "reset"]).output().unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).contains("nothing to reset"));
}
