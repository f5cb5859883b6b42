//! The language can be switched in the main window without a restart, and
//! the choice is remembered in the config file for the next start.

use posta_core::account::Protocol;
use posta_core::net::Security;
use posta_core::store::{AccountConfig, Config, PostaHome};
use posta_i18n::{self as i18n, Language};
use posta_ui::screen::mailbox;
use posta_ui::{theme, App, Message, WINDOW_SIZE};

fn pop3_account() -> AccountConfig {
    AccountConfig {
        id: 1,
        name: "Dom".into(),
        email: "ja@example.pl".into(),
        display_name: "Ja".into(),
        protocol: Protocol::Pop3,
        host: "pop3.example.pl".into(),
        port: 995,
        security: Security::Tls,
        user: "ja@example.pl".into(),
        ..posta_testkit::accounts::base()
    }
}

#[test]
fn switching_language_in_the_mailbox_is_immediate_and_saved() {
    let _env = crate::env();
    i18n::set_language(Language::English);
    let dir = tempfile::tempdir().expect("tempdir");
    let home = PostaHome::at(dir.path());
    Config {
        language: None,
        accounts: vec![pop3_account()],
        notifications: true,
        ..Config::default()
    }
    .save(&home)
    .expect("config");

    // Started as the binary starts, on this home; POSTA_OFFLINE: no
    // password is asked for, so nothing connects. (Under `crate::env`, so
    // setting the environment races with nothing.)
    std::env::set_var("POSTA_HOME", dir.path());
    std::env::set_var("POSTA_OFFLINE", "1");
    let (mut app, _) = App::boot();
    assert!(app.mailbox().is_some(), "the mailbox is shown");
    let mut ui = iced_test::Simulator::with_size(theme::settings(), WINDOW_SIZE, app.view());
    assert!(ui.find("Add account").is_ok(), "English shown");
    drop(ui);

    let _ = app.update(Message::Mailbox(mailbox::Message::LanguageSelected(
        Language::Polish,
    )));
    let mut ui = iced_test::Simulator::with_size(theme::settings(), WINDOW_SIZE, app.view());
    assert!(ui.find("Dodaj konto").is_ok(), "Polish shown at once");
    assert!(ui.find("Add account").is_err(), "no English left");
    drop(ui);
    assert_eq!(
        Config::load(&home).expect("load").language.as_deref(),
        Some("pl")
    );
    i18n::set_language(Language::English);
}
