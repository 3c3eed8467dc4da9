//! Integration tests: the real `bp` binary against a sandbox on an ephemeral loopback port,
//! asserting on stdout, stderr, the exit code and what the server received.

mod common;

mod adaptive;
mod agency;
mod bots;
mod bulk_files;
mod bulk_import;
mod bulk_leads;

mod completion_shells;
mod completions;
mod config_holes;
mod contacts;
mod corpus;
mod crash_holes;
mod cron;
mod customers;
mod daily;
mod endpoints;
mod errors;
mod examples;
mod faults;
mod help;
mod hostile;
mod jq;
mod layers;
mod leads;
mod man;
mod plugin;
mod profile;
// The README's examples are pasted into bash, zsh and a crontab: Unix only.
#[cfg(unix)]
mod readme;
mod sandbox_cli;
mod set_attr;
mod shapes;
mod sheets;
mod since_last;
mod startup;
// Tables on a real terminal, made by util-linux `script`: Unix only.
#[cfg(unix)]
mod tables;
mod whatsapp;
