//! Layers import downwards only (issue 13). Each module of `src/` belongs to a layer, and
//! names nothing (`crate::NAME`, in a `use` or inline) of the layers above it, outside its
//! tests. From the top: the entry point (`lib.rs`, `main.rs`) and `settings`; the
//! commands; the bulk engine; the import helpers; the HTTP layer (`api`); the renderer and
//! printer; the leaves (`leaf`, `secret`, `error`, `dates`). The command line (`cli`) is
//! plain data: it names nothing of bp but the leaves. `Context`, which the entry point
//! builds, is handed down to the commands and the bulk engine.

use std::path::{Path, PathBuf};

/// The layer of a file of `src/`, and the names of `crate::` it must not use.
fn forbidden(file: &Path) -> Option<(&'static str, &'static [&'static str])> {
    const ABOVE_BULK: &[&str] = &["commands", "cli", "settings", "run", "exit_status_of"];
    const ABOVE_IMPORT: &[&str] = &[
        "commands",
        "cli",
        "settings",
        "run",
        "exit_status_of",
        "bulk",
        "Context",
    ];
    const ABOVE_API: &[&str] = &[
        "commands",
        "cli",
        "settings",
        "run",
        "exit_status_of",
        "bulk",
        "Context",
        "import",
        "output",
        "printer",
    ];
    const ABOVE_OUTPUT: &[&str] = &[
        "commands",
        "cli",
        "settings",
        "run",
        "exit_status_of",
        "bulk",
        "Context",
        "import",
        "api",
    ];
    const ABOVE_LEAF: &[&str] = &[
        "commands",
        "cli",
        "settings",
        "run",
        "exit_status_of",
        "bulk",
        "Context",
        "import",
        "api",
        "output",
        "printer",
        "report",
    ];
    const CLI: &[&str] = &[
        "commands",
        "settings",
        "run",
        "exit_status_of",
        "bulk",
        "Context",
        "import",
        "api",
        "output",
        "printer",
        "report",
        "secret",
        "leaf",
    ];
    let first = file.iter().next()?.to_str()?;
    let layer = match first.trim_end_matches(".rs") {
        "lib" | "main" => return None,
        "settings" => ("settings", &["commands", "bulk"][..]),
        "commands" => ("commands", &["run"][..]),
        "bulk" => ("bulk", ABOVE_BULK),
        "import" => ("import", ABOVE_IMPORT),
        "api" => ("api", ABOVE_API),
        "output" | "printer" => ("output", ABOVE_OUTPUT),
        "leaf" | "secret" | "error" | "dates" => ("leaf", ABOVE_LEAF),
        "cli" => ("cli", CLI),
        other => panic!("src/{other} is in no layer: add it to tests/it/layers.rs"),
    };
    Some(layer)
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

/// Every `crate::NAME` in `text` outside comments and the tests at its end, with its line.
fn crate_names(text: &str) -> Vec<(usize, String)> {
    let mut names = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            names.push((number + 1, name));
        }
    }
    names
}

#[test]
fn layers_import_downwards_only() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut upward = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        let Some((layer, forbidden)) = forbidden(relative) else {
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap();
        for (line, name) in crate_names(&text) {
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
    assert!(files.len() > 40, "found only {} files", files.len());
}

#[test]
fn the_check_sees_an_upward_import() {
    let text = "use crate::leaf::x;\n// crate::commands in a comment\nfn f() { crate::commands::run(); }\n#[cfg(test)]\nmod tests { use crate::cli::Cli; }\n";
    let names: Vec<String> = crate_names(text).into_iter().map(|(_, n)| n).collect();
    assert_eq!(names, ["leaf", "commands"]);
    let (_, forbidden) = forbidden(Path::new("api/client.rs")).unwrap();
    assert!(forbidden.contains(&"commands") && !forbidden.contains(&"leaf"));
}

/// The commands take the context only (issue 13): never clap's global flags, never the
/// environment; nor does the HTTP layer read the environment. Both come to them resolved, in
/// `Settings`.
#[test]
fn commands_and_the_http_layer_read_no_flags_and_no_environment() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src.join("commands"), &mut files);
    rust_files(&src.join("api"), &mut files);
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (number, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("#[cfg(test)]") {
                break;
            }
            let code = line.split("//").next().unwrap_or("");
            if code.contains("GlobalArgs")
                || code.contains("std::env::")
                || code.contains("env::var")
            {
                found.push(format!(
                    "{}:{}: {}",
                    file.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// One function per endpoint (issue 13): the commands name endpoints through
/// `api::endpoints`, never by path; `bp api`, whose path is the user's, aside.
#[test]
fn commands_build_no_request_by_path() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src.join("commands"), &mut files);
    rust_files(&src.join("bulk"), &mut files);
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.ends_with("commands/api.rs")) {
        let text = std::fs::read_to_string(file).unwrap();
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if [
                "Request::get(",
                "Request::post(",
                "Request::put(",
                "Request::delete(",
                ".query(",
            ]
            .iter()
            .any(|call| code.contains(call))
            {
                found.push(format!(
                    "{}:{}: {}",
                    file.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
