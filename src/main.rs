//! The `posta` binary: the window, or a headless command.

use clap::Parser;

fn main() {
    posta::i18n::init();
    let cli = posta::cli::Cli::parse();
    match cli.command {
        None => {
            if let Err(err) = posta::ui::run() {
                eprintln!("{err}");
                std::process::exit(1);
            }
        }
        Some(command) => std::process::exit(posta::cli::run(command)),
    }
}
