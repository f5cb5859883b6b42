//! The `posta` binary: the window, or a headless command.

fn main() {
    posta_core::diagnostics::init_from_env();
    posta_i18n::init();
    // A language chosen in the window wins over the administrator's
    // default (/etc/posta/defaults.toml), which wins over the system's.
    let etc = posta_core::etc::Etc::shared();
    let chosen = posta_core::store::PostaHome::from_env()
        .ok()
        .and_then(|home| posta_core::store::Config::load(&home).ok())
        .and_then(|config| config.language)
        .or_else(|| etc.defaults.language.clone())
        .and_then(|code| posta_i18n::Language::from_code(&code));
    if let Some(language) = chosen {
        posta_i18n::set_language(language);
    }
    // A broken file there is left out, said once, and Posta goes on.
    for problem in &etc.problems {
        eprintln!("posta: {}", posta_i18n::describe_etc_problem(problem));
    }
    let cli = posta_cli::parse_args();
    match cli.command {
        None => {
            if let Err(err) = posta_ui::run() {
                let details = err.to_string();
                eprintln!("{}", posta_i18n::t!("cli-window-failed", details = details));
                std::process::exit(1);
            }
        }
        Some(command) => std::process::exit(posta_cli::run(command)),
    }
}
