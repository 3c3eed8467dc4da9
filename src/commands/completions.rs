//! `bp completions SHELL`: the script that `completions/` holds, generated from the clap tree.

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::ExitStatus;

pub fn run(args: &CompletionsArgs) -> Result<ExitStatus> {
    let mut out = std::io::stdout().lock();
    clap_complete::generate(args.shell, &mut Cli::command(), "bp", &mut out);
    Ok(ExitStatus::Success)
}
