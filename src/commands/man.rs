//! `bp man DIR`: a man page for bp and one for each command (`bp-customers-list.1`), from the
//! same clap tree as `--help`. `man/` holds them, and a test fails when they are stale.

use std::path::Path;

use anyhow::{Context as _, Result};
use clap::Command;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, roman};

use crate::cli::ManArgs;
use crate::error::ExitStatus;
use crate::printer::Printer;

pub fn run(args: &ManArgs, printer: Printer) -> Result<ExitStatus> {
    let mut top = crate::cli::command().disable_help_subcommand(true);
    top.build();
    std::fs::create_dir_all(&args.dir)
        .with_context(|| format!("cannot create `{}`", args.dir.display()))?;
    let written = write_pages(&top, &args.dir)?;
    printer.info(&format!(
        "wrote {written} man pages into {}",
        args.dir.display()
    ));
    Ok(ExitStatus::Success)
}

/// Writes the page of `cmd` and of each visible command under it; returns how many.
fn write_pages(cmd: &Command, dir: &Path) -> Result<usize> {
    let mut written = 0;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        written += write_pages(sub, dir)?;
    }
    let name = cmd.get_display_name().unwrap_or_else(|| cmd.get_name());
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, page(cmd))
        .with_context(|| format!("cannot write `{}`", path.display()))?;
    Ok(written + 1)
}

/// clap_mangen's page, with the help's closing sections ("Examples:", "Exit codes:") as
/// sections of their own, their lines as they are, before VERSION (clap_mangen would put them
/// all under EXTRA, with the lines run together).
pub fn page(cmd: &Command) -> String {
    let after = cmd.get_after_help().map(ToString::to_string);
    let cmd = cmd.clone().after_help(None::<&str>);
    let mut text = Vec::new();
    Man::new(cmd)
        .source(concat!("bp ", env!("CARGO_PKG_VERSION")))
        .render(&mut text)
        .expect("writing to a Vec cannot fail");
    let text = String::from_utf8(text).expect("clap_mangen writes UTF-8");
    let Some(after) = after else {
        return text;
    };
    let sections = closing_sections(&after);
    match text.find("\n.SH VERSION") {
        Some(at) => format!("{}\n{}{}", &text[..at], sections, &text[at + 1..]),
        None => text + &sections,
    }
}

/// `Heading:` lines start sections; the lines under them are kept as they are (`.nf`).
fn closing_sections(after_help: &str) -> String {
    let mut roff = Roff::new();
    let mut open = false;
    for line in after_help.lines() {
        if let Some(heading) = line.strip_suffix(':').filter(|h| !h.starts_with(' ')) {
            if open {
                roff.control("fi", []);
            }
            roff.control("SH", [heading.to_uppercase().as_str()]);
            roff.control("nf", []);
            open = true;
        } else {
            roff.text([roman(line.strip_prefix("  ").unwrap_or(line))]);
        }
    }
    if open {
        roff.control("fi", []);
    }
    // Without the preamble (the page has it already).
    let preamble = Roff::new().render();
    let text = roff.render();
    text.strip_prefix(&preamble).unwrap_or(&text).to_string()
}
