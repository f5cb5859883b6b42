//! `posta detect ADDRESS --bundled-only` through the real binary: every
//! bundled provider under every one of its domains, an administrator's
//! `/etc/posta/providers` entry winning over the bundled one, broken files
//! under `/etc/posta` reported with file and line while Posta goes on, and
//! "only the organisation's accounts".

use posta_testkit::cli::{self, assert_stderr_has, stderr};
use std::path::Path;
use std::process::{Command, Output};

use posta_core::autoconfig::clientconfig::ClientConfig;
use posta_core::autoconfig::providers::PROVIDER_FILES;
use posta_core::autoconfig::Address;

/// Runs `posta` with `POSTA_ETC` = `etc`, a throw-away home and `lang`.
fn posta(etc: &Path, lang: &str, args: &[&str]) -> Output {
    let home = tempfile::tempdir().expect("home");
    let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
    command
        .args(args)
        .env("POSTA_ETC", etc)
        .env("POSTA_HOME", home.path())
        .env("LANG", lang);
    cli::run(&mut command, "")
}

fn detect(etc: &Path, lang: &str, address: &str) -> Output {
    posta(etc, lang, &["detect", address, "--bundled-only"])
}

fn lines(output: &Output) -> Vec<Vec<String>> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

#[test]
fn every_bundled_provider_is_found_under_each_of_its_domains() {
    let etc = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for (file, xml) in PROVIDER_FILES {
        let config = ClientConfig::parse(xml).unwrap();
        for domain in &config.domains {
            let address = format!("anna.nowak@{domain}");
            let output = detect(etc.path(), "C", &address);
            assert_eq!(
                output.status.code(),
                Some(0),
                "{file} {domain}: {}",
                stderr(&output)
            );
            let parsed = Address::parse(&address).unwrap();
            let incoming = config.incoming_for(&parsed);
            let outgoing = config.outgoing_for(&parsed);
            let rows = lines(&output);
            assert_eq!(
                rows.len(),
                incoming.len() + outgoing.len(),
                "{file} {domain}"
            );
            for (row, server) in rows.iter().zip(&incoming) {
                assert_eq!(row.len(), 7, "{row:?}");
                assert_eq!(row[0], server.protocol.as_str());
                assert_eq!(row[1], server.host);
                assert_eq!(row[2], server.port.to_string());
                assert_eq!(row[3], server.security.as_str());
                assert_eq!(row[4], server.user);
                assert_eq!(row[5], "bundled");
            }
            for (row, server) in rows[incoming.len()..].iter().zip(&outgoing) {
                assert_eq!(row[0], "smtp");
                assert_eq!(row[1], server.host);
                assert_eq!(row[2], server.port.to_string());
                assert_eq!(row[5], "bundled");
            }
            checked += 1;
        }
    }
    // 25 files; o2 and Onet list many domains each.
    assert!(checked > 80, "only {checked} domains");
}

#[test]
fn polish_slovak_and_bulgarian_users_get_the_published_settings() {
    let etc = tempfile::tempdir().unwrap();
    let expected: &[(&str, &[&str])] = &[
        (
            "jan@interia.pl",
            &[
                "imap\tpoczta.interia.pl\t993\ttls\tjan@interia.pl\tbundled\tpassword",
                "pop3\tpoczta.interia.pl\t995\ttls\tjan@interia.pl\tbundled\tpassword",
                "smtp\tpoczta.interia.pl\t465\ttls\tjan@interia.pl\tbundled\tpassword",
            ],
        ),
        (
            "jan@poczta.fm",
            &["imap\tpoczta.interia.pl\t993\ttls\tjan@poczta.fm\tbundled\tpassword"],
        ),
        (
            "jan@gazeta.pl",
            &[
                "imap\timap.gazeta.pl\t993\ttls\tjan@gazeta.pl\tbundled\tpassword",
                "smtp\tsmtp.gazeta.pl\t465\ttls\tjan@gazeta.pl\tbundled\tpassword",
            ],
        ),
        (
            "jana@azet.sk",
            &[
                "imap\timap.azet.sk\t993\ttls\tjana@azet.sk\tbundled\tpassword",
                "smtp\tsmtp.azet.sk\t465\ttls\tjana@azet.sk\tbundled\tpassword",
            ],
        ),
    ];
    for (address, rows) in expected {
        let output = detect(etc.path(), "C", address);
        assert_eq!(output.status.code(), Some(0), "{address}");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let got: Vec<&str> = stdout.lines().collect();
        assert_eq!(&got[..rows.len()], *rows, "{address}");
    }
}

#[test]
fn the_providers_hint_is_on_stderr_in_the_users_language() {
    let etc = tempfile::tempdir().unwrap();
    let output = detect(etc.path(), "pl_PL.UTF-8", "jan@interia.pl");
    assert_eq!(output.status.code(), Some(0));
    assert_stderr_has(&output, "Interia: najpierw włącz dostęp IMAP");
    // The hint is not data: stdout stays tab-separated lines only.
    assert!(lines(&output).iter().all(|row| row.len() == 7));

    let output = detect(etc.path(), "sk_SK.UTF-8", "jana@azet.sk");
    assert!(stderr(&output).contains("Azet: prihláste sa celou adresou"));
    let output = detect(etc.path(), "bg_BG.UTF-8", "ivan@gmail.com");
    assert!(stderr(&output).contains("парола за приложения"));
    // A provider with nothing to ask says nothing.
    let output = detect(etc.path(), "C", "jan@posteo.de");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stderr(&output), "");
}

#[test]
fn nothing_found_or_no_address_is_a_sentence_and_a_failure() {
    let etc = tempfile::tempdir().unwrap();
    let output = detect(etc.path(), "C", "ivan@primer.bg");
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert_stderr_has(&output, "nor /etc/posta/providers knows primer.bg");
    let output = detect(etc.path(), "C", "not an address");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("is not an e-mail address"));
}

const ORGANISATION: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="wp.pl">
    <domain>wp.pl</domain>
    <domain>urzad.example.pl</domain>
    <displayName>Urząd</displayName>
    <incomingServer type="imap">
      <hostname>mail.urzad.example.pl</hostname>
      <port>143</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>mail.urzad.example.pl</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
    <enable visiturl="https://intranet.urzad.example.pl/poczta">
      <instruction>Ask the IT desk to switch on IMAP.</instruction>
      <instruction lang="pl">Poproś dział IT o włączenie IMAP.</instruction>
    </enable>
  </emailProvider>
</clientConfig>
"#;

#[test]
fn an_etc_provider_beats_the_bundled_entry() {
    let etc = tempfile::tempdir().unwrap();
    std::fs::create_dir(etc.path().join("providers")).unwrap();
    std::fs::write(etc.path().join("providers/urzad.xml"), ORGANISATION).unwrap();
    let output = detect(etc.path(), "pl_PL.UTF-8", "jan@wp.pl");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "imap\tmail.urzad.example.pl\t143\tstarttls\tjan\tetc\tpassword\n\
         smtp\tmail.urzad.example.pl\t587\tstarttls\tjan\tetc\tpassword\n"
    );
    assert_stderr_has(
        &output,
        "Poproś dział IT o włączenie IMAP. (https://intranet.urzad.example.pl/poczta)",
    );
    // Other bundled providers are untouched.
    let output = detect(etc.path(), "C", "jan@o2.pl");
    assert_eq!(lines(&output)[0][1], "poczta.o2.pl");
    assert_eq!(lines(&output)[0][5], "bundled");
}

#[test]
fn broken_files_under_etc_are_named_with_their_line_and_posta_goes_on() {
    let etc = tempfile::tempdir().unwrap();
    std::fs::create_dir(etc.path().join("providers")).unwrap();
    std::fs::write(
        etc.path().join("defaults.toml"),
        "language = \"pl\"\ncheck_interval = 600\nremote_content = nie\n",
    )
    .unwrap();
    std::fs::write(
        etc.path().join("providers/broken.xml"),
        "<clientConfig>\n  <emailProvider id=\"x\">\n    <domain>x.example\n",
    )
    .unwrap();
    let output = detect(etc.path(), "C", "jan@wp.pl");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(lines(&output)[0][1], "imap.wp.pl");
    let err = stderr(&output);
    let defaults = etc.path().join("defaults.toml");
    assert!(
        err.contains(&format!("{}, line 3: ", defaults.display())),
        "{err}"
    );
    let broken = etc.path().join("providers/broken.xml");
    assert!(
        err.contains(&format!("{}, line ", broken.display())),
        "{err}"
    );
    assert!(
        err.contains("Posta ignores this file until it is fixed."),
        "{err}"
    );
    // The broken defaults set nothing: the language stays the system's.
    assert!(!err.contains("wiersz"), "{err}");
}

#[test]
fn the_default_language_comes_from_etc() {
    let etc = tempfile::tempdir().unwrap();
    std::fs::write(etc.path().join("defaults.toml"), "language = \"sk\"\n").unwrap();
    let output = detect(etc.path(), "C", "jan@primer.bg");
    assert_eq!(output.status.code(), Some(1));
    assert_stderr_has(&output, "nepozná");
}

#[test]
fn only_the_organisations_accounts_can_be_added_when_the_administrator_says_so() {
    let etc = tempfile::tempdir().unwrap();
    std::fs::create_dir(etc.path().join("providers")).unwrap();
    std::fs::write(etc.path().join("providers/urzad.xml"), ORGANISATION).unwrap();
    std::fs::write(
        etc.path().join("defaults.toml"),
        "allow_other_accounts = false\ncheck_interval = 900\n",
    )
    .unwrap();
    let home = tempfile::tempdir().unwrap();
    let add = |email: &str| {
        Command::new(env!("CARGO_BIN_EXE_posta"))
            .args([
                "account",
                "add",
                "--name",
                email,
                "--email",
                email,
                "--protocol",
                "imap",
                "--host",
                "mail.example.org",
                "--security",
                "tls",
            ])
            .env("POSTA_ETC", etc.path())
            .env("POSTA_HOME", home.path())
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .expect("run posta")
    };
    let refused = add("jan@gmail.com");
    assert_eq!(refused.status.code(), Some(2));
    assert_stderr_has(&refused, "only your organisation’s accounts");
    let accepted = add("jan@urzad.example.pl");
    assert_eq!(accepted.status.code(), Some(0), "{}", stderr(&accepted));
    let config = std::fs::read_to_string(home.path().join("config.toml"))
        .or_else(|_| {
            // The config's place inside the home is the store's business.
            let found = walk(home.path())
                .into_iter()
                .find(|p| p.ends_with("config.toml"));
            std::fs::read_to_string(found.expect("a config file"))
        })
        .unwrap();
    assert!(config.contains("jan@urzad.example.pl"));
    assert!(!config.contains("gmail"));
    assert!(config.contains("check_interval = 900"), "{config}");
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}
