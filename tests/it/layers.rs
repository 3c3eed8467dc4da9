//! Layers import downwards only (issue 13). Each module of `src/` belongs to a layer, and
//! names nothing (`crate::NAME`, in a `use` or inline) of the layers above it, outside its
//! tests. From the top: the entry point (`lib.rs`, `main.rs`) and `settings`; the
//! commands; the bulk engine; the import helpers; the HTTP layer (`api`); the renderer and
//! printer; the leaves (`leaf`, `secret`, `error`, `dates`, `paths`). The command line (`cli`) is
//! plain data: it names nothing of bp but the leaves. `Context`, which the entry point
//! builds, is handed down to the commands and the bulk engine.

use std::path::{Path, PathBuf};

/// Each layer: the first parts of its files' paths in `src/`, and what of `crate::` it must
/// not name. Siblings may not name each other either: the HTTP layer and the renderer, the
/// settings and the bulk engine.
const RULES: &[(&str, &[&str], &str)] = &[
    ("settings", &["settings"], "commands bulk"),
    ("commands", &["commands"], "run"),
    (
        "bulk",
        &["bulk"],
        "commands cli settings run exit_status_of",
    ),
    (
        "import",
        &["import"],
        "commands cli settings run exit_status_of bulk Context",
    ),
    (
        "api",
        &["api"],
        "commands cli settings run exit_status_of bulk Context import output printer",
    ),
    (
        "output",
        &["output", "printer"],
        "commands cli settings run exit_status_of bulk Context import api",
    ),
    (
        "leaf",
        &["leaf", "secret", "error", "dates", "paths"],
        "commands cli settings run exit_status_of bulk Context import api output printer report",
    ),
    (
        "cli",
        &["cli"],
        "commands settings run exit_status_of bulk Context import api output printer report secret leaf",
    ),
];

/// The layer of a file of `src/`, and the names of `crate::` it must not use; `None` for
/// the entry point (`lib.rs`, `main.rs`), which may use anything.
fn forbidden(file: &Path) -> Option<(&'static str, Vec<&'static str>)> {
    let first = file.iter().next()?.to_str()?.trim_end_matches(".rs");
    if first == "lib" || first == "main" {
        return None;
    }
    let (layer, _, names) = RULES
        .iter()
        .find(|(_, parts, _)| parts.contains(&first))
        .unwrap_or_else(|| panic!("src/{first} is in no layer: add it to tests/it/layers.rs"));
    Some((layer, names.split_whitespace().collect()))
}

/// Each line of code (comments cut) of the files below `dirs` of `src/`, up to their tests:
/// (file, line number, code).
fn code_lines(dirs: &[&str]) -> Vec<(PathBuf, usize, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for dir in dirs {
        rust_files(&src.join(dir), &mut files);
    }
    let mut lines = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (number, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("#[cfg(test)]") {
                break;
            }
            let code = line.split("//").next().unwrap_or("").to_string();
            lines.push((file.clone(), number + 1, code));
        }
    }
    lines
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `crate::NAME` in a line of code.
fn crate_names(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        names.push(name);
    }
    names
}

#[test]
fn layers_import_downwards_only() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lines = code_lines(&[""]);
    let mut upward = Vec::new();
    for (file, line, code) in &lines {
        let relative = file.strip_prefix(&src).unwrap();
        let Some((layer, forbidden)) = forbidden(relative) else {
            continue;
        };
        for name in crate_names(code) {
            if forbidden.contains(&name.as_str()) {
                upward.push(format!(
                    "src/{}:{line}: the {layer} layer uses crate::{name}",
                    relative.display()
                ));
            }
        }
    }
    assert!(
        upward.is_empty(),
        "imports from a higher layer:\n{}",
        upward.join("\n")
    );
    assert!(lines.len() > 10_000, "read only {} lines", lines.len());
}

#[test]
fn the_check_sees_an_upward_import() {
    assert_eq!(
        crate_names("use crate::leaf::x; crate::commands::run();"),
        ["leaf", "commands"]
    );
    let (_, names) = forbidden(Path::new("api/client.rs")).unwrap();
    for name in [
        "commands", "cli", "settings", "bulk", "import", "output", "Context", "run",
    ] {
        assert!(names.contains(&name), "{name}");
    }
    assert!(!names.contains(&"leaf") && !names.contains(&"api"));
    let (_, names) = forbidden(Path::new("commands/each.rs")).unwrap();
    assert!(!names.contains(&"cli") && !names.contains(&"Context") && names.contains(&"run"));
}

/// The commands take the context only (issue 13): never clap's global flags, never the
/// environment; nor does the HTTP layer read the environment. Both come to them resolved, in
/// `Settings`.
#[test]
fn commands_and_the_http_layer_read_no_flags_and_no_environment() {
    let found: Vec<String> = code_lines(&["commands", "api"])
        .into_iter()
        .filter(|(_, _, code)| {
            ["GlobalArgs", "std::env::", "env::var"]
                .iter()
                .any(|word| code.contains(word))
        })
        .map(|(file, line, code)| format!("{}:{line}: {}", file.display(), code.trim()))
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// One function per endpoint (issue 13): the commands name endpoints through
/// `api::endpoints`, never by path; `bp api`, whose path is the user's, aside, and
/// `sandbox shapes-diff`, which replays GETs whose paths come from the user's recording.
#[test]
fn commands_build_no_request_by_path() {
    let calls = [
        "Request::get(",
        "Request::post(",
        "Request::put(",
        "Request::delete(",
        ".query(",
    ];
    let found: Vec<String> = code_lines(&["commands", "bulk"])
        .into_iter()
        .filter(|(file, _, code)| {
            !file.ends_with("commands/api.rs")
                && !file.ends_with("commands/shapes_diff.rs")
                && calls.iter().any(|call| code.contains(call))
        })
        .map(|(file, line, code)| format!("{}:{line}: {}", file.display(), code.trim()))
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}
