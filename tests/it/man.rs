use crate::common::{RunOk, World};

/// `man/` holds what `bp man DIR` writes; regenerate with
/// `rm -f man/*.1 && cargo run -q -- man man`.
#[test]
fn committed_man_pages_are_current() {
    let w = World::new();
    let fresh = tempfile::tempdir().unwrap();
    w.bare().arg("man").arg(fresh.path()).run_ok();
    let committed = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let pages = |dir: &std::path::Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map(|d| d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()))
            .into_iter()
            .flatten()
            .filter(|n| n.ends_with(".1"))
            .collect();
        names.sort();
        names
    };
    let regenerate = "run `rm -f man/*.1 && cargo run -q -- man man`";
    assert_eq!(
        pages(&committed),
        pages(fresh.path()),
        "man/ has other pages than the commands: {regenerate}"
    );
    for name in pages(fresh.path()) {
        let want = std::fs::read_to_string(fresh.path().join(&name)).unwrap();
        let have = std::fs::read_to_string(committed.join(&name)).unwrap_or_default();
        assert!(have == want, "man/{name} is stale: {regenerate}");
    }
}

#[test]
fn a_page_per_command_with_its_examples_and_only_its_flags() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    w.bare().arg("man").arg(dir.path()).run_ok();
    let page = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
    let top = page("bp.1");
    assert!(top.contains(".SH \"EXIT CODES\""), "{top}");
    let list = page("bp-customers-list.1");
    assert!(
        list.contains(".SH EXAMPLES\n.nf\n# Every customer"),
        "{list}"
    );
    assert!(list.contains(".SH \"GLOBAL OPTIONS\""), "{list}");
    let completions = page("bp-completions.1");
    assert!(!completions.contains("customer"), "{completions}");
    assert!(
        !dir.path().join("bp-man.1").exists(),
        "the hidden generator has no page"
    );
}
