use clap::Parser;

fn main() {
    // reqwest is built without a default TLS provider (ring builds faster than aws-lc);
    // without this, building a client panics.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let cli = bp::cli::Cli::parse();
    let printer = bp::printer::Printer::new(&cli.global);
    let status = match bp::run(cli, printer) {
        Ok(status) => status,
        Err(err) => bp::report(&err, &printer),
    };
    std::process::exit(status.code());
}
