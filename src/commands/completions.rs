//! `bp completions SHELL`: the script that `completions/` holds, generated from the clap tree.

use std::io::Write;

use anyhow::Result;

use crate::cli::CompletionsArgs;
use crate::error::ExitStatus;

pub fn run(args: &CompletionsArgs) -> Result<ExitStatus> {
    // Generated into memory first: clap_complete panics on a write error (`| head`).
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut crate::cli::command(), "bp", &mut script);
    crate::printer::stdout().write_all(&script)?;
    Ok(ExitStatus::Success)
}
