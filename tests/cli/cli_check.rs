//! `posta check` against the real Dovecot: success prints the server's
//! capabilities and exits 0; a wrong password exits non-zero with the error
//! kind and a sentence that says what to do; the password never shows.

use posta_testkit as support;
use posta_testkit::cli;

use std::process::Output;

use posta_core::error::Fingerprint;
use support::dovecot::{Dovecot, ALICE};

fn check(d: &Dovecot, args: &[&str], password: &str) -> Output {
    let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
    command
        .arg("check")
        .args(["--host", d.host(), "--user", ALICE.name, "--password-stdin"])
        .args(args);
    cli::run(&mut command, &format!("{password}\n"))
}

/// IMAP over TLS on `port`, trusting the CA file `ca`.
fn imaps_trusting<'a>(ca: &'a str, port: &'a str) -> [&'a str; 8] {
    [
        "--protocol",
        "imap",
        "--port",
        port,
        "--security",
        "tls",
        "--ca-file",
        ca,
    ]
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn check_reports_capabilities_and_errors_for_both_protocols() {
    let d = Dovecot::start();
    let ca = d.ca_pem();
    let ca = ca.to_str().expect("path");
    let imaps = d.imaps_port().to_string();
    let pop3 = d.pop3_port().to_string();

    let ok = check(&d, &imaps_trusting(ca, &imaps), ALICE.password);
    let out = text(&ok);
    assert!(ok.status.success(), "{out}");
    assert!(out.contains("IDLE") && out.contains("NAMESPACE"), "{out}");
    assert!(!out.contains(ALICE.password));

    let ok = check(
        &d,
        &[
            "--protocol",
            "pop3",
            "--port",
            &pop3,
            "--security",
            "starttls",
            "--ca-file",
            ca,
        ],
        ALICE.password,
    );
    let out = text(&ok);
    assert!(ok.status.success(), "{out}");
    assert!(out.contains("UIDL"), "{out}");

    let bad = check(&d, &imaps_trusting(ca, &imaps), "wrong-pass");
    let out = text(&bad);
    assert_eq!(bad.status.code(), Some(1), "{out}");
    assert!(out.contains("authentication-failed"), "{out}");
    assert!(
        out.contains("password"),
        "the sentence says what to check: {out}"
    );
    assert!(!out.contains("wrong-pass"));

    // Without the CA: refused with the fingerprint; with it pinned: accepted.
    let untrusted = check(
        &d,
        &["--protocol", "imap", "--port", &imaps, "--security", "tls"],
        ALICE.password,
    );
    let out = text(&untrusted);
    let fingerprint = Fingerprint::of_der(&d.server_cert_der()).to_string();
    assert_eq!(untrusted.status.code(), Some(1), "{out}");
    assert!(
        out.contains("tls-untrusted") && out.contains(&fingerprint),
        "{out}"
    );
    let pinned = check(
        &d,
        &[
            "--protocol",
            "imap",
            "--port",
            &imaps,
            "--security",
            "tls",
            "--fingerprint",
            &fingerprint,
        ],
        ALICE.password,
    );
    assert!(pinned.status.success(), "{}", text(&pinned));
}
