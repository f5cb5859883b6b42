//! Screenshots of every page of the setup wizard in every language, taken
//! from the real binary under Xvfb (`packaging/screenshots-wizard.sh` starts
//! the X server and runs this with `--ignored`). The pages after detection
//! talk to a throw-away Dovecot and SMTP server on loopback, so the
//! connection test, the certificate question and saving are real.
//!
//! Environment: `DISPLAY` (required), `POSTA_BIN` (default
//! `target/debug/posta`), `OUT` (default `docs/screenshots`), `STEPS`
//! (comma-separated subset of the pages), `LANGS` (subset of en,pl,sk,bg).

use posta_testkit as support;
use posta_testkit::servers;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use posta_ui::screen::wizard::screenshot::STEPS;
use servers::{Smtp, SmtpMode};
use support::dovecot::{Dovecot, ALICE};

/// Language code, locale, and the sample person typed on the details page:
/// (name, address for the pages before detection, address whose provider
/// is in Posta's list, for the review page).
const LANGUAGES: [(&str, &str, &str, &str, &str); 4] = [
    (
        "en",
        "en_US.UTF-8",
        "Anna Smith",
        "anna.smith@example.com",
        "anna.smith@gmail.com",
    ),
    (
        "pl",
        "pl_PL.UTF-8",
        "Anna Nowak",
        "anna.nowak@przyklad.pl",
        "anna.nowak@interia.pl",
    ),
    (
        "sk",
        "sk_SK.UTF-8",
        "Jana Nováková",
        "jana.novakova@priklad.sk",
        "jana.novakova@azet.sk",
    ),
    (
        "bg",
        "bg_BG.UTF-8",
        "Мария Иванова",
        "maria.ivanova@primer.bg",
        "maria.ivanova@gmail.com",
    ),
];

fn wanted(var: &str, all: &[&str]) -> Vec<String> {
    match std::env::var(var) {
        Ok(list) if !list.trim().is_empty() => {
            list.split(',').map(|s| s.trim().to_owned()).collect()
        }
        _ => all.iter().map(|s| s.to_string()).collect(),
    }
}

/// Captures the whole screen into `shot`; true when it worked.
fn capture(display: &str, shot: &Path) -> bool {
    Command::new("import")
        .args(["-window", "root"])
        .arg(shot)
        .env("DISPLAY", display)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs the binary on `step` and saves the settled window as `shot`.
fn take(bin: &Path, display: &str, locale: &str, step: &str, env: &[(&str, String)], shot: &Path) {
    let home = tempfile::tempdir().expect("POSTA_HOME");
    let mut command = Command::new(bin);
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env_remove("WAYLAND_DISPLAY")
        // No keyring: the save page shows what a desktop without one sees.
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("XDG_RUNTIME_DIR", home.path())
        .env("DISPLAY", display)
        .env("LANG", locale)
        .env("POSTA_HOME", home.path())
        .env("POSTA_SCREENSHOT_STEP", step)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().expect("start posta");
    let found = Command::new("timeout")
        .args(["60", "xdotool", "search", "--sync", "--name", "^Posta$"])
        .env("DISPLAY", display)
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(found, "{step} {locale}: no window");
    // Settled: the first drawn frame, then two captures a second apart that
    // are the same (detection and the connection test have finished).
    let started = Instant::now();
    let mut previous = Vec::new();
    loop {
        sleep(Duration::from_millis(1000));
        assert!(capture(display, shot), "import failed");
        let now = std::fs::read(shot).unwrap_or_default();
        let drawn = started.elapsed() > Duration::from_secs(2);
        if drawn && now == previous {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "{step} {locale}: never settled"
        );
        previous = now;
    }
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
#[ignore = "needs Xvfb; run by packaging/screenshots-wizard.sh"]
fn screenshots_of_every_wizard_page_in_every_language() {
    let display = std::env::var("DISPLAY").expect("DISPLAY: run packaging/screenshots-wizard.sh");
    let bin =
        PathBuf::from(std::env::var("POSTA_BIN").unwrap_or_else(|_| "target/debug/posta".into()));
    let out = PathBuf::from(std::env::var("OUT").unwrap_or_else(|_| "docs/screenshots".into()));
    std::fs::create_dir_all(&out).expect("output directory");
    let steps = wanted("STEPS", &STEPS);
    let languages = wanted("LANGS", &["en", "pl", "sk", "bg"]);

    let dovecot = Dovecot::start();
    let tls = dovecot.server_cert_pem().parent().unwrap().to_owned();
    let smtp = Smtp::start(&tls, SmtpMode::Upgrade, ALICE.name, ALICE.password);
    let servers = |incoming_port: u16, security: &str| {
        format!(
            "imap|localhost|{incoming_port}|{security}|{};localhost|{}|starttls|{}",
            ALICE.name, smtp.port, ALICE.name
        )
    };

    for (code, locale, name, address, known) in LANGUAGES {
        if !languages.iter().any(|l| l == code) {
            continue;
        }
        for step in &steps {
            let email = if step == "review" { known } else { address };
            let mut env = vec![(
                "POSTA_SCREENSHOT_ACCOUNT",
                format!("{name}|{email}|{}", ALICE.password),
            )];
            match step.as_str() {
                "review-insecure" | "review-incomplete" | "review-mismatch" => env.push((
                    "POSTA_SCREENSHOT_SERVERS",
                    servers(dovecot.imap_port(), "starttls"),
                )),
                // SSL/TLS on the plain port: the one-click fix.
                "test-mismatch" => {
                    env.push((
                        "POSTA_SCREENSHOT_SERVERS",
                        servers(dovecot.imap_port(), "tls"),
                    ));
                    env.push((
                        "POSTA_SCREENSHOT_CA",
                        dovecot.ca_pem().display().to_string(),
                    ));
                }
                "test" | "test-failed" | "test-receive-only" | "save" | "done" => {
                    env.push((
                        "POSTA_SCREENSHOT_SERVERS",
                        servers(dovecot.imaps_port(), "tls"),
                    ));
                    env.push((
                        "POSTA_SCREENSHOT_CA",
                        dovecot.ca_pem().display().to_string(),
                    ));
                }
                // Without the test CA: the server's certificate is unknown.
                "certificate" => env.push((
                    "POSTA_SCREENSHOT_SERVERS",
                    servers(dovecot.imaps_port(), "tls"),
                )),
                _ => {}
            }
            let shot = out.join(format!("wizard-{step}-{code}.png"));
            take(&bin, &display, locale, step, &env, &shot);
            println!("{}", shot.display());
        }
    }
}
