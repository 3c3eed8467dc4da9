#![deny(clippy::print_stdout, clippy::print_stderr)]

fn main() {
    // `bp --version` alone answers before clap builds the whole command tree: scripts and
    // shell prompts call it often, and it should cost no more than starting the process.
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    if let [flag] = args.as_slice()
        && (flag == "--version" || flag == "-V")
    {
        std::process::exit(bp::print_version().code());
    }
    // The completion scripts' question at each TAB: answered before clap, which could print
    // an error into the user's shell.
    if let Some((first, rest)) = args.split_first()
        && first == "__complete"
    {
        std::process::exit(bp::commands::complete::main(rest));
    }
    let cli = match bp::cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => std::process::exit(bp::print_clap(&err)),
    };
    // reqwest is built without a default TLS provider (ring builds faster than aws-lc);
    // without this, building a client panics.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let printer = bp::printer::Printer::new(
        cli.global.quiet,
        cli.global.verbose,
        cli.global.color.forced(),
    );
    let status = match bp::run(cli, printer) {
        Ok(status) => status,
        Err(err) => bp::report(&err, &printer),
    };
    std::process::exit(status.code());
}
