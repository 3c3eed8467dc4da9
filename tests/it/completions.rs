use crate::common::{World, stdout};

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
