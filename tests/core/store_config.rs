//! `config.toml`: round trip, atomic save, the exact set of fields (so a
//! secret can never slip in unnoticed), endpoints built from it.

use std::collections::BTreeSet;

use posta_core::account::Protocol;
use posta_core::error::Fingerprint;
use posta_core::net::Security;
use posta_core::store::{AccountConfig, Config, KeepCopy, PostaHome, SmtpConfig, StoreError};

fn full_account(dir: &std::path::Path) -> AccountConfig {
    AccountConfig {
        id: 7,
        name: "Práca".into(),
        email: "jan@example.sk".into(),
        display_name: "Ján Novák".into(),
        protocol: Protocol::Pop3,
        host: "pop.example.sk".into(),
        port: 995,
        security: Security::Tls,
        user: "jan".into(),
        extra_ca_file: Some(dir.join("ca.pem")),
        pinned_fingerprint: Some(Fingerprint::of_der(b"cert").to_string()),
        smtp: Some(SmtpConfig {
            host: "smtp.example.sk".into(),
            port: 587,
            security: Security::StartTls,
            user: "jan".into(),
            pinned_fingerprint: None,
        }),
        keep_copy: KeepCopy::DeleteAfterDays(14),
        max_download_size: Some(20 * 1024 * 1024),
        download_bodies: true,
        check_interval: posta_core::store::config::DEFAULT_CHECK_INTERVAL,
        oauth: None,
    }
}

#[test]
fn a_config_round_trips_through_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let home = PostaHome::at(dir.path().join("new-home"));
    assert_eq!(
        Config::load(&home).unwrap(),
        Config::default(),
        "a missing file is an empty config"
    );

    let mut minimal = full_account(dir.path());
    minimal.id = 8;
    minimal.protocol = Protocol::Imap;
    minimal.security = Security::Insecure;
    minimal.extra_ca_file = None;
    minimal.pinned_fingerprint = None;
    minimal.smtp = None;
    minimal.keep_copy = KeepCopy::Keep;
    minimal.max_download_size = None;
    let config = Config {
        language: Some("sk".into()),
        accounts: vec![full_account(dir.path()), minimal],
        notifications: false,
        ..Config::default()
    };
    config.save(&home).unwrap();
    assert_eq!(Config::load(&home).unwrap(), config);
    assert_eq!(config.next_account_id(), 9);
    assert_eq!(config.account(8).unwrap().protocol, Protocol::Imap);

    let text = std::fs::read_to_string(home.config_file()).unwrap();
    for expected in [
        "protocol = \"pop3\"",
        "protocol = \"imap\"",
        "security = \"tls\"",
        "security = \"starttls\"",
        "security = \"none\"",
        "keep_copy = \"days:14\"",
        "keep_copy = \"keep\"",
    ] {
        assert!(text.contains(expected), "{expected} missing in:\n{text}");
    }
    // Atomic save leaves no temporary file behind, and overwrites in place.
    let names: Vec<_> = std::fs::read_dir(&home.root)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("config.toml")]);
    Config::default().save(&home).unwrap();
    assert_eq!(Config::load(&home).unwrap(), Config::default());

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(home.config_file())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o077,
            0,
            "config.toml is readable by others: {mode:o}"
        );
    }
}

#[test]
fn an_account_has_exactly_these_fields_and_none_is_a_secret() {
    let dir = tempfile::tempdir().unwrap();
    let account = full_account(dir.path());
    let value = toml::Value::try_from(&account).unwrap();
    let keys: BTreeSet<&str> = value
        .as_table()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let expected: BTreeSet<&str> = [
        "id",
        "name",
        "email",
        "display_name",
        "protocol",
        "host",
        "port",
        "security",
        "user",
        "extra_ca_file",
        "pinned_fingerprint",
        "smtp",
        "keep_copy",
        "max_download_size",
        "download_bodies",
        "check_interval",
    ]
    .into_iter()
    .collect();
    // A new field must be added here on purpose, after checking it is no
    // secret.
    assert_eq!(keys, expected);
    let smtp = value["smtp"].as_table().unwrap();
    let smtp_keys: BTreeSet<&str> = smtp.keys().map(String::as_str).collect();
    assert_eq!(
        smtp_keys,
        ["host", "port", "security", "user"].into_iter().collect()
    );
    for key in keys.iter().chain(smtp_keys.iter()) {
        let key = key.to_ascii_lowercase();
        assert!(
            !["pass", "secret", "token", "credential"]
                .iter()
                .any(|s| key.contains(s)),
            "{key} looks like a secret"
        );
    }
    // Every field survives the round trip.
    let back: AccountConfig = value.try_into().unwrap();
    assert_eq!(back, account);
}

#[test]
fn endpoint_reads_the_extra_ca_and_parses_the_pin() {
    let dir = tempfile::tempdir().unwrap();
    let account = full_account(dir.path());
    // The CA file is missing: a clear I/O error naming it.
    match account.endpoint() {
        Err(StoreError::Io(err)) => assert!(err.to_string().contains("ca.pem"), "{err}"),
        other => panic!("expected an I/O error, got {other:?}"),
    }
    std::fs::write(dir.path().join("ca.pem"), b"-----BEGIN CERTIFICATE-----\n").unwrap();
    let endpoint = account.endpoint().unwrap();
    assert_eq!(
        (endpoint.host.as_str(), endpoint.port, endpoint.security),
        ("pop.example.sk", 995, Security::Tls)
    );
    assert_eq!(endpoint.tls.pinned, Some(Fingerprint::of_der(b"cert")));
    assert_eq!(
        endpoint.tls.extra_ca_pem.as_deref().map(Vec::as_slice),
        Some(&b"-----BEGIN CERTIFICATE-----\n"[..])
    );

    let mut bad_pin = account.clone();
    bad_pin.pinned_fingerprint = Some("AB:CD".into());
    assert!(matches!(bad_pin.endpoint(), Err(StoreError::Corrupt(_))));

    let mut plain = account;
    plain.extra_ca_file = None;
    plain.pinned_fingerprint = None;
    let endpoint = plain.endpoint().unwrap();
    assert_eq!(endpoint.tls, Default::default());
}

#[test]
fn a_damaged_file_is_reported_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let home = PostaHome::at(dir.path());
    std::fs::write(home.config_file(), "[[accounts]]\nid = \"seven\"\n").unwrap();
    match Config::load(&home) {
        Err(StoreError::Corrupt(message)) => assert!(message.contains("config.toml"), "{message}"),
        other => panic!("expected Corrupt, got {other:?}"),
    }
    assert!(std::fs::read_to_string(home.config_file())
        .unwrap()
        .contains("seven"));
}

#[test]
fn keep_copy_parses_the_cli_spellings() {
    assert_eq!("keep".parse::<KeepCopy>(), Ok(KeepCopy::Keep));
    assert_eq!(
        "days:30".parse::<KeepCopy>(),
        Ok(KeepCopy::DeleteAfterDays(30))
    );
    assert_eq!(
        "until-deleted".parse::<KeepCopy>(),
        Ok(KeepCopy::UntilDeletedHere)
    );
    assert_eq!(
        "delete".parse::<KeepCopy>(),
        Ok(KeepCopy::DeleteAfterDownload)
    );
    assert!("days:".parse::<KeepCopy>().is_err());
}

/// Two pages of the settings save at once: the incoming server is still
/// being tested (the scripted server holds its LOGIN) when the account's
/// name is saved; the server change then lands beside the name, not over
/// it with the name it read before.
#[test]
fn a_save_made_while_another_tests_its_server_stays() {
    use posta_core::account::settings::{save_edit, AccountEdit, Testing};
    use posta_core::Secret;
    use posta_testkit::imap_script::{imap_server, normal_reply};
    use std::sync::mpsc;
    use std::time::Duration;
    let dir = tempfile::tempdir().expect("home");
    let home = PostaHome::at(dir.path());
    let (reached, reached_rx) = mpsc::channel();
    let (go, go_rx) = mpsc::channel::<()>();
    let server = imap_server(move |tag, command| {
        command.starts_with("LOGIN").then(|| {
            let _ = reached.send(());
            let _ = go_rx.recv_timeout(Duration::from_secs(20));
            normal_reply(tag, command)
        })
    });
    let account = AccountConfig {
        name: "Praca".into(),
        email: "alice@example.org".into(),
        host: "127.0.0.1".into(),
        port: 1,
        security: Security::Insecure,
        user: "alice".into(),
        ..posta_testkit::accounts::base()
    };
    Config {
        accounts: vec![account],
        ..Config::default()
    }
    .save(&home)
    .expect("config");
    let rt = posta_testkit::runtime();
    let incoming = AccountEdit {
        port: Some(server.port()),
        ..AccountEdit::default()
    };
    let testing = Testing::Password(Secret::new("hunter2"));
    let timeout = Duration::from_secs(20);
    let tested = {
        let home = home.clone();
        rt.spawn(async move { save_edit(&home, 1, &incoming, testing, timeout).await })
    };
    reached_rx
        .recv_timeout(Duration::from_secs(20))
        .expect("the server test logs in");
    let name = AccountEdit {
        name: Some("Praca Żółć".into()),
        ..AccountEdit::default()
    };
    rt.block_on(save_edit(&home, 1, &name, Testing::Skip, timeout))
        .expect("the name saves while the other test runs");
    go.send(()).expect("the server goes on");
    rt.block_on(tested)
        .expect("joined")
        .expect("the server change saves");
    let saved = Config::load(&home).expect("config").accounts[0].clone();
    assert_eq!(saved.name, "Praca Żółć", "the name saved meanwhile stays");
    assert_eq!(saved.port, server.port());
}
