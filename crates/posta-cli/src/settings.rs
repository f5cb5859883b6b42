//! `posta settings`: the General settings of the window from the command
//! line (language, desktop notifications, start on login), printed as
//! `NAME<TAB>VALUE` lines after any change.

use super::context::{store_failed, Context, FAILED, USAGE};
use posta_core::autostart;
use posta_i18n::t;
use posta_i18n::Language;

/// Arguments of `posta settings`.
#[derive(Debug, clap::Args)]
pub struct SettingsArgs {
    /// The interface language: en, pl, sk, bg, or `system`.
    #[arg(long)]
    pub language: Option<String>,
    /// Desktop notifications for new mail: on or off.
    #[arg(long, value_parser = parse_switch)]
    pub notifications: Option<bool>,
    /// Start Posta when you log in (an XDG autostart entry): on or off.
    #[arg(long, value_parser = parse_switch)]
    pub start_on_login: Option<bool>,
}

fn parse_switch(text: &str) -> Result<bool, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "on" | "true" | "yes" => Ok(true),
        "off" | "false" | "no" => Ok(false),
        _ => Err(t!("cli-value-switch")),
    }
}

/// Runs `posta settings`; returns the exit code.
pub fn run(args: SettingsArgs) -> i32 {
    let mut context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    if let Some(language) = &args.language {
        context.config.language = match language.trim() {
            "system" => None,
            code => match Language::ALL.iter().find(|l| l.code() == code) {
                Some(language) => Some(language.code().to_owned()),
                None => {
                    eprintln!("{}", t!("settings-cli-unknown-language", language = code));
                    return USAGE;
                }
            },
        };
    }
    if let Some(on) = args.notifications {
        context.config.notifications = on;
    }
    if args.language.is_some() || args.notifications.is_some() {
        if let Err(err) = context.config.save(&context.home) {
            return store_failed(err);
        }
    }
    let dir = autostart::autostart_dir();
    if let (Some(on), Some(dir)) = (args.start_on_login, &dir) {
        if let Err(err) = autostart::set_enabled(dir, on, &autostart::program()) {
            eprintln!("{}", t!("error-io", details = err.to_string()));
            return FAILED;
        }
    }
    let switch = |on: bool| if on { "on" } else { "off" };
    println!(
        "language\t{}",
        context.config.language.as_deref().unwrap_or("system")
    );
    println!("notifications\t{}", switch(context.config.notifications));
    let starts = dir.as_deref().is_some_and(autostart::is_enabled);
    println!("start-on-login\t{}", switch(starts));
    0
}
