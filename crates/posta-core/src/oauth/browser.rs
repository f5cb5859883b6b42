//! Opening the provider's page in the system browser: `$BROWSER` when set
//! (a command, `%s` standing for the URL, else the URL appended), otherwise
//! `xdg-open`. No embedded web view: providers block them, and the user's
//! own browser is where their session and password manager are.

use std::process::{Command, Stdio};

use super::OAuthError;

/// Starts the browser on `url` and does not wait for it (a thread reaps it).
pub fn open(url: &str) -> Result<(), OAuthError> {
    let mut command = match std::env::var("BROWSER")
        .ok()
        .filter(|b| !b.trim().is_empty())
    {
        // Like xdg-open, only the first of a colon-separated list.
        Some(browser) => {
            let first = browser.split(':').next().unwrap_or_default().to_owned();
            let mut words = first.split_whitespace().map(str::to_owned);
            let program = words.next().unwrap_or_default();
            let mut args: Vec<String> = words.collect();
            if args.iter().any(|a| a.contains("%s")) {
                args = args.into_iter().map(|a| a.replace("%s", url)).collect();
            } else {
                args.push(url.to_owned());
            }
            let mut command = Command::new(program);
            command.args(args);
            command
        }
        None => {
            let mut command = Command::new("xdg-open");
            command.arg(url);
            command
        }
    };
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| OAuthError::Browser(e.to_string()))?;
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    Ok(())
}
