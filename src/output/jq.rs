//! `--jq EXPR`: gh's flag, with jq's language built in (the jaq crates), for users who have
//! no jq (Windows, locked-down servers). The expression is compiled once, when the settings
//! are resolved, so a mistake in it is a usage error before any request; it then runs on
//! what `-o json` would print (the whole array), or on each item of `-o ndjson`.
//!
//! As with `gh --jq` (and `jq -r`), each result is printed on its own line: a string as it
//! is, anything else as compact JSON.

use std::fmt;
use std::io::{self, Write};

use jaq_core::load::{self, Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data};
use jaq_json::Val;
use serde_json::Value;

use super::{OutputOpts, sanitize};

type Filter = jaq_core::Filter<data::JustLut<Val>>;

/// What jq has and jaq 3's libraries leave to the jaq binary: `@csv` and `@tsv`, as jq
/// writes them.
const DEFS: &str = r#"
def @csv: if type != "array" then error("\(type) (\(tojson)) cannot be csv-formatted, only an array can be")
  else map(if type == "string" then "\"" + (split("\"") | join("\"\"")) + "\""
    elif type == "number" or type == "boolean" then tojson
    elif . == null then ""
    else error("\(type) (\(tojson)) is not valid in a csv row") end) | join(",") end;
def @tsv: if type != "array" then error("\(type) (\(tojson)) cannot be tsv-formatted, only an array can be")
  else map(if type == "string"
      then split("\\") | join("\\\\") | split("\t") | join("\\t") | split("\n") | join("\\n") | split("\r") | join("\\r")
    elif type == "number" or type == "boolean" then tojson
    elif . == null then ""
    else error("\(type) (\(tojson)) is not valid in a tsv row") end) | join("\t") end;
"#;

/// A compiled `--jq` expression.
pub struct Jq {
    expr: String,
    filter: Filter,
}

impl fmt::Debug for Jq {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Jq").field(&self.expr).finish()
    }
}

impl Jq {
    /// Compiles `expr`; what is wrong with it is a usage error (exit 2) on one line.
    pub fn new(expr: &str) -> anyhow::Result<Jq> {
        let invalid = |why: String| crate::error::usage(format!("invalid --jq `{expr}`: {why}"));
        let ours = load::parse(DEFS, |p| p.defs()).expect("the --jq definitions parse");
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs())
            .chain(ours);
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let arena = Arena::default();
        let modules = Loader::new(defs)
            .load(
                &arena,
                File {
                    code: expr,
                    path: (),
                },
            )
            .map_err(|errs| {
                let why = errs.into_iter().flat_map(|(_, e)| load_error(expr, e));
                invalid(why.collect::<Vec<_>>().join("; "))
            })?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errs| {
                let why = errs
                    .into_iter()
                    .flat_map(|(_, errs)| errs)
                    .map(|(found, what)| {
                        let at = column(expr, found);
                        match what {
                            jaq_core::compile::Undefined::Filter(arity) => {
                                format!("undefined filter `{found}/{arity}`{at}")
                            }
                            what => format!("undefined {} `{found}`{at}", what.as_str()),
                        }
                    });
                invalid(why.collect::<Vec<_>>().join("; "))
            })?;
        Ok(Jq {
            expr: expr.to_string(),
            filter,
        })
    }

    /// Runs the expression on `input` and writes each result on a line of `out`: a string
    /// raw (its control characters escaped on a terminal), anything else as compact JSON.
    /// An error of the expression's (`.x` of a string) is an I/O error's kind of failure
    /// (exit 1), so that a closed pipe stays one.
    pub fn write(&self, input: &Value, opts: &OutputOpts, out: &mut dyn Write) -> io::Result<()> {
        use serde::Deserialize as _;
        let input = Val::deserialize(input).map_err(io::Error::other)?;
        let ctx = Ctx::<data::JustLut<Val>>::new(&self.filter.lut, Vars::new([]));
        for result in self.filter.id.run((ctx, input)) {
            let value = match result {
                Ok(value) => value,
                Err(exn) => match exn.get_err() {
                    Ok(err) => {
                        let why = error_text(err);
                        return Err(io::Error::other(format!("--jq `{}`: {why}", self.expr)));
                    }
                    // `halt`, `halt_error`: the output ends there.
                    Err(_) => break,
                },
            };
            let text = match &value {
                Val::TStr(s) | Val::BStr(s) => {
                    let s = String::from_utf8_lossy(s);
                    if opts.stdout_tty {
                        s.split('\n').map(sanitize).collect::<Vec<_>>().join("\n")
                    } else {
                        s.into_owned()
                    }
                }
                value => value.to_string(),
            };
            // Not a leak of bp's making: `env` reaches the variables that hold credentials.
            writeln!(out, "{}", opts.mask.scrub(&text))?;
        }
        Ok(())
    }
}

/// Prints one JSON value as `-o json` does (indented), or, with `--jq`, each result of the
/// expression on it: what is not a list of items (`bp api`'s answer, a summary).
pub fn print_json(opts: &OutputOpts, value: &Value, out: &mut dyn Write) -> anyhow::Result<()> {
    match &opts.jq {
        Some(jq) => jq.write(value, opts, out)?,
        None => writeln!(out, "{}", serde_json::to_string_pretty(value)?)?,
    }
    Ok(out.flush()?)
}

/// An error's message: a string given to `error` as it is, anything else as JSON.
fn error_text(err: jaq_core::Error<Val>) -> String {
    match err.into_val() {
        Val::TStr(s) | Val::BStr(s) => String::from_utf8_lossy(&s).into_owned(),
        v => v.to_string(),
    }
}

/// Where `part` (a slice of `expr`) starts, for a message: ` at column N`.
fn column(expr: &str, part: &str) -> String {
    let start = load::span(expr, part).start;
    if start > expr.len() {
        return String::new();
    }
    format!(" at column {}", expr[..start].chars().count() + 1)
}

/// The messages of a lexing, parsing or import error.
fn load_error(expr: &str, err: load::Error<&str>) -> Vec<String> {
    let found = |found: &str| {
        let first = found.chars().next();
        match first {
            None => "unexpected end of input".to_string(),
            Some(c) => format!("unexpected `{c}`{}", column(expr, found)),
        }
    };
    match err {
        load::Error::Io(errs) => errs
            .into_iter()
            .map(|(path, why)| format!("cannot import `{path}`: {why}"))
            .collect(),
        load::Error::Lex(errs) => errs
            .into_iter()
            .map(|(expected, f)| format!("expected {}, {}", expected.as_str(), found(f)))
            .collect(),
        load::Error::Parse(errs) => errs
            .into_iter()
            .map(|(expected, f)| {
                let token = f.split_whitespace().next().unwrap_or("");
                let what = if f.is_empty() {
                    "unexpected end of input".to_string()
                } else {
                    format!("unexpected `{token}`{}", column(expr, f))
                };
                format!("expected {}, {what}", expected.as_str())
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Format;
    use serde_json::json;

    fn opts() -> OutputOpts {
        OutputOpts {
            format_given: false,
            ..OutputOpts::plain(Format::Json)
        }
    }

    fn run(expr: &str, input: Value) -> anyhow::Result<String> {
        let mut out = Vec::new();
        Jq::new(expr)?.write(&input, &opts(), &mut out)?;
        Ok(String::from_utf8(out).unwrap())
    }

    fn invalid(expr: &str) -> String {
        Jq::new(expr).unwrap_err().to_string()
    }

    #[test]
    fn strings_raw_the_rest_compact_json() {
        let items =
            json!([{"name": "Ann", "n": 1, "tags": ["a", "b"]}, {"name": "Bo\tb", "n": 2.5}]);
        assert_eq!(run(".[].name", items.clone()).unwrap(), "Ann\nBo\tb\n");
        assert_eq!(run("length", items.clone()).unwrap(), "2\n");
        assert_eq!(
            run(".[0] | {name, tags}", items.clone()).unwrap(),
            "{\"name\":\"Ann\",\"tags\":[\"a\",\"b\"]}\n"
        );
        assert_eq!(run(".[].n", items.clone()).unwrap(), "1\n2.5\n");
        assert_eq!(run("empty", items).unwrap(), "");
    }

    #[test]
    fn the_standard_library_is_there() {
        let item = json!({"email": "Ann@X.io", "at": "2024-04-02T07:06:03Z"});
        assert_eq!(
            run(
                r#".email | ascii_downcase | test("@x\\.io$")"#,
                item.clone()
            )
            .unwrap(),
            "true\n"
        );
        assert_eq!(
            run(r#".at | fromdate | strftime("%Y")"#, item.clone()).unwrap(),
            "2024\n"
        );
        assert_eq!(
            run(r#"[.email, 1, null, true, "a\"b"] | @csv"#, item.clone()).unwrap(),
            "\"Ann@X.io\",1,,true,\"a\"\"b\"\n"
        );
        assert_eq!(
            run(r#"["a\tb", "c\\d", 2] | @tsv"#, item).unwrap(),
            "a\\tb\tc\\\\d\t2\n"
        );
    }

    #[test]
    fn the_renderer_gives_it_the_json_array_whole_or_each_ndjson_item_after_fields() {
        let render = |format, expr, pages: &[Vec<Value>]| {
            let mut o = opts();
            o.format = format;
            o.fields = vec!["_id".to_string()];
            o.jq = Some(std::sync::Arc::new(Jq::new(expr).unwrap()));
            let mut buf = Vec::new();
            let mut r = crate::output::Renderer::new(o, &[], &mut buf);
            for page in pages {
                r.write_items(page).unwrap();
            }
            r.finish().unwrap();
            String::from_utf8(buf).unwrap()
        };
        let pages = [
            vec![json!({"_id": "a", "x": 1})],
            vec![json!({"_id": "b", "x": 2})],
        ];
        assert_eq!(render(Format::Json, "length", &pages), "2\n");
        assert_eq!(render(Format::Json, "length", &[]), "0\n");
        assert_eq!(render(Format::Json, ".[0]", &pages), "{\"_id\":\"a\"}\n");
        assert_eq!(render(Format::Ndjson, "._id", &pages), "a\nb\n");
    }

    #[test]
    fn a_terminal_gets_control_characters_escaped_but_lines_kept() {
        let mut o = opts();
        o.stdout_tty = true;
        let mut out = Vec::new();
        Jq::new(".")
            .unwrap()
            .write(&json!("red\x1b[31m\nnext"), &o, &mut out)
            .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "red\\u{1b}[31m\nnext\n");
    }

    #[test]
    fn mistakes_are_one_line_naming_the_flag() {
        assert_eq!(
            invalid(".[] | nope"),
            "invalid --jq `.[] | nope`: undefined filter `nope/0` at column 7"
        );
        assert_eq!(
            invalid(".a |"),
            "invalid --jq `.a |`: expected term, unexpected end of input"
        );
        let err = invalid("map(.a");
        assert!(err.starts_with("invalid --jq `map(.a`: expected "), "{err}");
        assert!(!err.contains('\n'), "{err}");
        assert!(invalid("$x").contains("undefined variable `$x`"));
    }

    #[test]
    fn runtime_errors_name_the_expression() {
        let err = run(".[] | .x + 1", json!(["a"])).unwrap_err().to_string();
        assert!(
            err.starts_with("--jq `.[] | .x + 1`: cannot index"),
            "{err}"
        );
        let err = run(r#"error("stop")"#, json!(1)).unwrap_err().to_string();
        assert_eq!(err, "--jq `error(\"stop\")`: stop");
    }
}
