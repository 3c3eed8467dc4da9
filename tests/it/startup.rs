//! Start-up does only the work a command needs: `--version` reads nothing, and `--sandbox`
//! never reads the config file.

use crate::common::{RunOk, World, stderr, stdout};

#[test]
fn version_answers_without_reading_anything() {
    let w = World::new();
    // A config file that fails to parse, and a variable that would select a profile.
    w.write_config("this is = = not toml");
    for flag in ["--version", "-V"] {
        let out = w.bare().arg(flag).env("BP_PROFILE", "nope").run_ok();
        assert_eq!(stdout(&out), format!("bp {}\n", env!("CARGO_PKG_VERSION")));
        assert_eq!(stderr(&out), "");
    }
    // The same line as clap's own, which answers when --version comes with other flags.
    let out = w.bare().args(["--quiet", "--version"]).output().unwrap();
    assert_eq!(stdout(&out), format!("bp {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn sandbox_commands_never_read_the_config_file() {
    let w = World::new();
    w.write_config("this is = = not toml");
    let out = w
        .bare()
        .args(["--sandbox", "customers", "list", "-o", "json"])
        .run_ok();
    let customers: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(!customers.as_array().unwrap().is_empty());
}
