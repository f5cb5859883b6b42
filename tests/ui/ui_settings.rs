//! The settings screen through `iced_test`'s simulator, over a real store
//! and a real Dovecot: a POP3 account's keep-a-copy choice shows the
//! wizard's explanations again, says what "delete after download" will do
//! (with how many downloaded messages are on the server now) and needs
//! "Save anyway"; the incoming server moves from STARTTLS to TLS with the
//! wizard's preset, tested before it is kept, and a port that cannot work
//! saves nothing; identities are added; the account is removed and the
//! other one stays. "Detect settings" fills the incoming server the way
//! the wizard finds it; unticking a folder unsubscribes it on the server;
//! a sender allowed remote content is removed in General. Each page saves
//! its own fields: a refused SMTP port on Outgoing does not stop the
//! account's name from saving, and each notice stays on its page; the
//! account's colour is picked from the tags' colour grid. The keyring is
//! the session's (run under `dbus-run-session` with an unlocked
//! gnome-keyring).

use posta_testkit as support;

use std::sync::{Arc, Mutex, MutexGuard};

use futures::StreamExt;
use iced::Task;
use iced_test::runtime::Action as RuntimeAction;
use iced_test::Simulator;
use posta_core::net::Security;
use posta_core::store::{keyring, AccountConfig, Config, KeepCopy, PostaHome, Store};
use posta_core::sync::imap::SharedStore;
use posta_core::worker::{self, Event};
use posta_core::Secret;
use posta_i18n::t;
use posta_i18n::Language;
use posta_ui::screen::settings::{Action, Message, Page, Section, Settings};
use posta_ui::screen::wizard::KeepKind;
use posta_ui::{theme, WINDOW_SIZE};
use support::accounts;
use support::dovecot::{Dovecot, ALICE, BOB};
use support::events::until;

fn mail(n: usize) -> Vec<u8> {
    format!("From: a@example.org\r\nSubject: m{n}\r\nMessage-ID: <set{n}@x>\r\n\r\nbody\r\n")
        .into_bytes()
}

struct Screen {
    settings: Settings,
    runtime: tokio::runtime::Runtime,
    saved: Vec<AccountConfig>,
    removed: Vec<i64>,
    /// The worker the screen's folder choices go to, as the app's would.
    worker: Option<worker::Handle>,
}

impl Screen {
    fn simulator(&self) -> Simulator<'_, Message> {
        // Tall enough that every section fits without scrolling.
        let size = iced::Size::new(WINDOW_SIZE.width, 2400.0);
        Simulator::with_size(theme::settings(), size, self.settings.view())
    }

    fn sees(&self, words: &str) -> bool {
        self.simulator().find(words).is_ok()
    }

    fn click(&mut self, label: &str) {
        let messages: Vec<Message> = {
            let mut ui = self.simulator();
            ui.click(label)
                .unwrap_or_else(|e| panic!("{label:?} not clickable: {e:?}"));
            ui.into_messages().collect()
        };
        assert!(!messages.is_empty(), "clicking {label:?} did nothing");
        for message in messages {
            self.update(message);
        }
    }

    fn update(&mut self, message: Message) {
        match self.settings.update(message) {
            Action::Run(task) | Action::StopAccount(_, task) => self.run(task),
            Action::AccountSaved(account) => self.saved.push(*account),
            Action::AccountRemoved(id) => self.removed.push(id),
            Action::Subscribe {
                folder_id,
                subscribed,
                ..
            } => {
                let worker = self.worker.as_ref().expect("a worker");
                assert!(worker.send(worker::Command::Subscribe {
                    folder_id,
                    subscribed
                }));
            }
            _ => {}
        }
    }

    fn run(&mut self, task: Task<Message>) {
        let Some(stream) = iced_test::runtime::task::into_stream(task) else {
            return;
        };
        let actions: Vec<RuntimeAction<Message>> = self.runtime.block_on(stream.collect());
        for action in actions {
            if let RuntimeAction::Output(message) = action {
                self.update(message);
            }
        }
    }
}

/// English words, and a Posta home of its own.
fn english_home() -> (MutexGuard<'static, ()>, tempfile::TempDir, PostaHome) {
    let language = posta_testkit::language(Language::English);
    let dir = tempfile::tempdir().expect("home");
    let home = PostaHome::at(dir.path());
    (language, dir, home)
}

#[test]
fn settings_say_what_they_do_test_the_server_and_save() {
    let _language = posta_testkit::language(Language::English);
    let runtime = posta_testkit::runtime();
    let dovecot = Dovecot::start();
    for n in 0..3 {
        dovecot.deliver(&ALICE, "INBOX", &mail(n));
    }
    let home_dir = tempfile::tempdir().expect("home");
    let home = PostaHome::at(home_dir.path());
    // POP3 over STARTTLS, logging in as alice (Dovecot drops the domain).
    let pop3 = AccountConfig {
        name: "Poczta".into(),
        user: "alice@settings.test".into(),
        port: dovecot.pop3_port(),
        security: Security::StartTls,
        ..accounts::pop3(&dovecot, &ALICE)
    };
    let other = AccountConfig {
        id: 2,
        name: "Druga".into(),
        user: "bob@settings.test".into(),
        ..accounts::imap(&dovecot, &BOB)
    };
    posta_testkit::accounts::save(&home, vec![pop3.clone(), other.clone()]);
    runtime
        .block_on(keyring::store_password(
            1,
            &pop3.user,
            &Secret::new(ALICE.password),
        ))
        .expect("keyring");
    let store: SharedStore = Arc::new(Mutex::new(Store::open(&home).expect("store")));
    // Three messages downloaded, still on the server (keep a copy).
    runtime.block_on(async {
        let (handle, events) =
            worker::spawn(pop3.clone(), Secret::new(ALICE.password), store.clone());
        let mut events = Box::pin(events);
        until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;
        handle.send(worker::Command::Shutdown);
    });
    let mut screen = Screen {
        settings: Settings::new(
            home.clone(),
            store.clone(),
            Page::Account(1, Section::Mail),
            Vec::new(),
        ),
        runtime,
        saved: Vec::new(),
        removed: Vec::new(),
        worker: None,
    };

    // The wizard's words for each choice, shown again.
    assert!(screen.sees(&t!("wizard-keep-delete-means")));
    // (A radio draws its own label: choose it by its message.)
    screen.update(Message::Keep(KeepKind::AfterDownload));
    screen.click("Save");
    let said = "From now on, messages will be deleted from the server after download: \
                3 messages are on the server now.";
    assert!(screen.sees(said), "the change says what it will do first");
    assert_eq!(
        Config::load(&home).unwrap().accounts[0].keep_copy,
        KeepCopy::Keep
    );
    screen.click("Save anyway");
    assert!(screen.sees("Saved."));
    assert_eq!(
        Config::load(&home).unwrap().accounts[0].keep_copy,
        KeepCopy::DeleteAfterDownload
    );
    assert_eq!(screen.saved.len(), 1);

    // Incoming: the POP3S preset (995 SSL/TLS) is the server's TLS port
    // only in name here; the real one is typed, tested, then kept.
    screen.update(Message::Open(Page::Account(1, Section::Incoming)));
    assert!(screen.sees("This account gets its mail over POP3."));
    let plain = dovecot.pop3_port().to_string();
    screen.update(Message::Security(Security::Tls));
    screen.click("Save");
    let problem = screen.settings.problem().expect("not saved").to_owned();
    assert!(
        problem.starts_with("The new settings were not saved. "),
        "{problem}"
    );
    assert!(screen.sees(&problem));
    assert_eq!(
        Config::load(&home).unwrap().accounts[0].port.to_string(),
        plain
    );
    let tls = dovecot.pop3s_port().to_string();
    screen.update(Message::Field(
        posta_ui::screen::settings::Field::Port,
        tls.clone(),
    ));
    screen.click("Save");
    assert!(screen.sees("Saved."));
    let saved = Config::load(&home).unwrap().accounts[0].clone();
    assert_eq!(
        (saved.security, saved.port.to_string()),
        (Security::Tls, tls)
    );

    // Identities: a second address with a signature.
    screen.update(Message::Open(Page::Account(1, Section::Identities)));
    screen.update(Message::Field(
        posta_ui::screen::settings::Field::IdentityEmail,
        "sklep@example.pl".into(),
    ));
    screen.click("Add");
    assert!(screen.sees("sklep@example.pl"));
    assert_eq!(Config::load(&home).unwrap().identities.len(), 1);

    // Removing: what is deleted is said first; the other account stays.
    screen.update(Message::Open(Page::Account(1, Section::Remove)));
    assert!(screen.sees("3 messages are deleted from this computer."));
    assert!(screen.sees("The mail on the server is not deleted."));
    screen.click("Remove “Poczta”");
    assert_eq!(screen.removed, vec![1]);
    let config = Config::load(&home).unwrap();
    assert_eq!(config.accounts, vec![other]);
    assert!(config.identities.is_empty());
    assert!(screen
        .runtime
        .block_on(keyring::load_password(1, &pop3.user))
        .is_err());
}

#[test]
fn settings_open_from_the_status_bar_and_from_an_account() {
    use posta_ui::screen::mailbox::{self, Mailbox};
    let (_language, _dir, home) = english_home();
    // A host that never resolves: no worker runs in this test.
    let account = posta_testkit::accounts::unreachable("Poczta", "ja@example.pl", "ja");
    let store: SharedStore = Arc::new(Mutex::new(Store::open(&home).expect("store")));
    let mut mailbox = Mailbox::new(store, vec![account]);
    let click = |mailbox: &mut Mailbox, label: &str| -> Option<Option<i64>> {
        let messages: Vec<mailbox::Message> = {
            let mut ui = Simulator::with_size(theme::settings(), WINDOW_SIZE, mailbox.view());
            ui.click(label)
                .unwrap_or_else(|e| panic!("{label:?}: {e:?}"));
            ui.into_messages().collect()
        };
        messages.into_iter().find_map(|m| match mailbox.update(m) {
            mailbox::Action::Settings(page) => Some(page),
            _ => None,
        })
    };
    assert_eq!(click(&mut mailbox, "Settings"), Some(None));
    assert_eq!(click(&mut mailbox, "⚙"), Some(Some(1)));
}

#[test]
fn a_reply_goes_out_as_the_identity_it_was_addressed_to() {
    use posta_core::imap::{Folder, SpecialUse};
    use posta_core::message::{Address, Envelope, Headers, RemoteId};
    use posta_core::store::{FolderRow, Identity};
    use posta_ui::screen::compose;
    use posta_ui::screen::mailbox;
    let (_language, _dir, home) = english_home();
    let account = AccountConfig {
        display_name: "Ján".into(),
        ..posta_testkit::accounts::unreachable("Praca", "jan@example.sk", "jan")
    };
    let shop = Identity {
        account: 1,
        name: "Obchod".into(),
        email: "obchod@example.sk".into(),
        reply_to: None,
        signature: "Obchod Ján".into(),
    };
    Config {
        accounts: vec![account.clone()],
        identities: vec![shop.clone()],
        ..Config::default()
    }
    .save(&home)
    .expect("config");
    let store = Store::open(&home).expect("store");
    store.ensure_account(1, "Praca").expect("account");
    let inbox = Folder {
        name: "INBOX".into(),
        wire_name: "INBOX".into(),
        delimiter: Some('/'),
        role: Some(SpecialUse::Inbox),
        selectable: true,
        shared: false,
    };
    let folder = store
        .upsert_folder(1, &FolderRow::from_folder(1, &inbox))
        .expect("folder");
    let envelope = Envelope {
        id: RemoteId::Uid(1),
        flags: Vec::new(),
        size: 100,
        headers: Headers {
            subject: "Objednávka".into(),
            from: vec![Address {
                name: None,
                email: "zakaznik@example.pl".into(),
            }],
            to: vec![Address {
                name: None,
                email: "OBCHOD@example.sk".into(),
            }],
            message_id: Some("o1@example.pl".into()),
            ..Headers::default()
        },
    };
    store.upsert_messages(folder, &[envelope]).expect("message");
    let message_id = store.message_by_uid(folder, 1).unwrap().expect("row").id;
    let store: SharedStore = Arc::new(Mutex::new(store));
    let accounts = [account];

    let reply = compose::open(
        &mailbox::Compose::Reply { message_id },
        &home,
        &store,
        &accounts,
        |_| None,
    )
    .expect("reply opens");
    let chosen = reply.identity_choice().expect("a From menu");
    assert_eq!(chosen.label, "Obchod <obchod@example.sk>");
    assert_eq!(reply.identity_choices().len(), 2, "the others are offered");

    // A new message starts from the account's own address and offers both.
    let new = compose::open(
        &mailbox::Compose::New { account: 1 },
        &home,
        &store,
        &accounts,
        |_| None,
    )
    .expect("new opens");
    assert_eq!(
        new.identity_choice().expect("menu").label,
        "Ján <jan@example.sk>"
    );
}

#[test]
fn kept_local_mail_shows_in_the_window_without_a_server() {
    use posta_core::store::{FolderRow, LocalSet};
    use posta_ui::screen::mailbox::Mailbox;
    let (_language, _dir, home) = english_home();
    let config = Config {
        local_sets: vec![LocalSet {
            id: 4,
            name: "Stara poczta".into(),
        }],
        ..Config::default()
    };
    let store = Store::open(&home).expect("store");
    store.ensure_account(4, "Stara poczta").expect("account");
    store
        .upsert_folder(4, &FolderRow::local(4, "Archiwum", None))
        .expect("folder");
    let store: SharedStore = Arc::new(Mutex::new(store));
    let mut mailbox = Mailbox::new(store, Vec::new());
    mailbox.add_local_sets(&config);
    let mut ui = Simulator::with_size(theme::settings(), WINDOW_SIZE, mailbox.view());
    assert!(
        ui.find("Stara poczta").is_ok(),
        "the set is in the folder tree"
    );
    assert!(ui.find("Archiwum").is_ok());
    assert!(
        ui.find(t!("server-on-the-server")).is_err(),
        "no server to look at"
    );
    drop(ui);
    // Nothing asks the keyring for it.
    let task = mailbox.load_passwords();
    assert_eq!(task.units(), 0);
}

/// The Folders section: unticking a folder unsubscribes it on the server
/// through the account's worker (other devices follow), ticking it again
/// subscribes it; INBOX and special folders are not offered.
#[test]
fn a_folder_unticked_in_settings_is_unsubscribed_on_the_server() {
    let _language = posta_testkit::language(Language::English);
    let runtime = posta_testkit::runtime();
    let dovecot = Dovecot::start();
    dovecot.deliver(&BOB, "Projekty", &mail(1));
    let home_dir = tempfile::tempdir().expect("home");
    let home = PostaHome::at(home_dir.path());
    let account = AccountConfig {
        name: "Praca".into(),
        ..accounts::imap(&dovecot, &BOB)
    };
    posta_testkit::accounts::save(&home, vec![account.clone()]);
    let store: SharedStore = Arc::new(Mutex::new(Store::open(&home).expect("store")));
    let (handle, mut events) = runtime.block_on(async {
        let (handle, events) = worker::spawn(account, Secret::new(BOB.password), store.clone());
        let mut events = Box::pin(events);
        until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;
        (handle, events)
    });
    let mut screen = Screen {
        settings: Settings::new(
            home.clone(),
            store.clone(),
            Page::Account(1, Section::Folders),
            Vec::new(),
        ),
        runtime,
        saved: Vec::new(),
        removed: Vec::new(),
        worker: Some(handle.clone()),
    };
    assert!(screen.sees(&t!("settings-folders-server")));
    assert!(screen.sees("Projekty"));
    assert!(!screen.sees("INBOX"), "INBOX is always shown, not offered");
    let on_server = |d: &Dovecot| d.subscribed(&BOB).contains(&"Projekty".to_owned());
    assert!(on_server(&dovecot));

    screen.click("Projekty");
    screen
        .runtime
        .block_on(until(&mut events, |e| matches!(e, Event::SyncDone(_))));
    assert!(!on_server(&dovecot), "unticking reached the server");
    screen.click("Projekty");
    screen
        .runtime
        .block_on(until(&mut events, |e| matches!(e, Event::SyncDone(_))));
    assert!(on_server(&dovecot), "ticking again reached the server");
    handle.send(worker::Command::Shutdown);
}

/// Incoming: "Detect settings" runs the wizard's detection (here its
/// provider-list step, with an administrator's provider file for the test
/// Dovecot) and fills host, port and security; Save tests and keeps them.
#[test]
fn detect_settings_fills_the_incoming_server_and_save_keeps_it() {
    use posta_core::autoconfig::{DetectOptions, Step as DetectStep};
    use posta_core::etc::Etc;
    let _language = posta_testkit::language(Language::English);
    let runtime = posta_testkit::runtime();
    let dovecot = Dovecot::start();
    let etc = tempfile::tempdir().expect("etc");
    std::fs::create_dir(etc.path().join("providers")).expect("providers");
    let xml = format!(
        r#"<clientConfig version="1.1"><emailProvider id="biuro.example">
  <domain>biuro.test</domain><displayName>Biuro</displayName>
  <incomingServer type="imap"><hostname>localhost</hostname><port>{}</port><socketType>SSL</socketType>
    <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication></incomingServer>
</emailProvider></clientConfig>"#,
        dovecot.imaps_port()
    );
    std::fs::write(etc.path().join("providers/biuro.xml"), xml).expect("provider");
    let home_dir = tempfile::tempdir().expect("home");
    let home = PostaHome::at(home_dir.path());
    // Set up by hand on the plain port with STARTTLS.
    let account = AccountConfig {
        name: "Biuro".into(),
        email: "bob@biuro.test".into(),
        port: dovecot.imap_port(),
        security: Security::StartTls,
        ..accounts::imap(&dovecot, &BOB)
    };
    posta_testkit::accounts::save(&home, vec![account]);
    let store: SharedStore = Arc::new(Mutex::new(Store::open(&home).expect("store")));
    let options = DetectOptions {
        skip: DetectStep::ALL
            .into_iter()
            .filter(|s| *s != DetectStep::ProviderList)
            .collect(),
        etc: Arc::new(Etc::load(etc.path())),
        ..DetectOptions::default()
    };
    let mut screen = Screen {
        settings: Settings::new(
            home.clone(),
            store,
            Page::Account(1, Section::Incoming),
            vec![(1, Secret::new(BOB.password))],
        )
        .with_detection(options),
        runtime,
        saved: Vec::new(),
        removed: Vec::new(),
        worker: None,
    };
    screen.click("Detect settings");
    let tls = dovecot.imaps_port();
    let found =
        format!("Found localhost, port {tls}, SSL/TLS. Save to test the server and keep it.");
    assert!(screen.sees(&found), "detection said what it found");
    assert_eq!(
        Config::load(&home).unwrap().accounts[0].port,
        dovecot.imap_port()
    );
    screen.click("Save");
    assert!(screen.sees("Saved."));
    let saved = Config::load(&home).unwrap().accounts[0].clone();
    assert_eq!((saved.port, saved.security), (tls, Security::Tls));
}

/// General lists the senders allowed remote content; "Remove" forgets one
/// (the store no longer allows it) and leaves the others.
#[test]
fn a_sender_allowed_remote_content_is_removed_in_general() {
    let _language = posta_testkit::language(Language::English);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let home_dir = tempfile::tempdir().expect("home");
    let home = PostaHome::at(home_dir.path());
    let store = Store::open(&home).expect("store");
    store
        .allow_remote_content("anna@example.pl")
        .expect("allow");
    store
        .allow_remote_content("zofia@example.pl")
        .expect("allow");
    let store: SharedStore = Arc::new(Mutex::new(store));
    let mut screen = Screen {
        settings: Settings::new(home.clone(), store.clone(), Page::General, Vec::new()),
        runtime,
        saved: Vec::new(),
        removed: Vec::new(),
        worker: None,
    };
    assert!(screen.sees("anna@example.pl") && screen.sees("zofia@example.pl"));
    // The first "Remove" is Anna's (the list is alphabetical).
    screen.click("Remove");
    assert!(!screen.sees("anna@example.pl"));
    assert!(screen.sees("zofia@example.pl"));
    let allowed = store.lock().unwrap().remote_content_senders().unwrap();
    assert_eq!(allowed, ["zofia@example.pl"]);
    screen.click("Remove");
    assert!(screen.sees(&t!("settings-remote-none")));
}

/// Each page saves its own fields, with real clicks and keys: a refused
/// SMTP port on Outgoing (its test still running) does not stop the
/// account's name on Account from saving; the refusal shows on Outgoing
/// only, and Account's "Saved." not there; nothing of the SMTP change is
/// kept.
#[test]
fn a_refused_smtp_port_does_not_stop_the_name_from_saving() {
    use posta_core::store::SmtpConfig;
    use posta_testkit::window;
    use posta_ui::screen::settings::Field;
    let (_language, _dir, home) = english_home();
    let rt = posta_testkit::runtime();
    let dovecot = Dovecot::start();
    let smtp = SmtpConfig {
        host: "localhost".into(),
        port: 587,
        security: Security::StartTls,
        user: BOB.name.into(),
        pinned_fingerprint: None,
    };
    let account = AccountConfig {
        name: "Praca".into(),
        smtp: Some(smtp.clone()),
        ..accounts::imap(&dovecot, &BOB)
    };
    posta_testkit::accounts::save(&home, vec![account]);
    let store: SharedStore = Arc::new(Mutex::new(Store::open(&home).expect("store")));
    let password = vec![(1, Secret::new(BOB.password))];
    let page = Page::Account(1, Section::Outgoing);
    let mut screen = Settings::new(home.clone(), store, page, password);
    // A port nothing listens on: the connection is refused.
    let refused = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    window::replace_in(&mut screen, Field::SmtpPort.id(), &refused.to_string());
    let mut actions = window::click(&mut screen, "Save");
    let outgoing_test = actions.pop().expect("the test starts");
    assert!(window::sees(&screen, "Testing the server and saving…"));

    // While it runs: the Account page, its name, Save.
    let _ = window::click(&mut screen, "Account");
    assert!(!window::sees(&screen, "Testing the server and saving…"));
    window::replace_in(&mut screen, Field::Name.id(), "Praca Żółć");
    for action in window::click(&mut screen, "Save") {
        let _ = window::settle(&rt, &mut screen, action);
    }
    assert!(window::sees(&screen, "Saved."));
    assert_eq!(Config::load(&home).unwrap().accounts[0].name, "Praca Żółć");

    // The SMTP test ends refused: said on Outgoing, not here.
    let _ = window::settle(&rt, &mut screen, outgoing_test);
    assert_eq!(screen.problem(), None, "Account shows no refusal");
    assert!(window::sees(&screen, "Saved."));
    let _ = window::click(&mut screen, "Outgoing server");
    let problem = screen.problem().expect("Outgoing says why").to_owned();
    assert!(window::sees(&screen, &problem));
    assert!(
        !window::sees(&screen, "Saved."),
        "Account's notice stays there"
    );
    let config = Config::load(&home).unwrap();
    assert_eq!(config.accounts[0].name, "Praca Żółć", "the name stays");
    assert_eq!(config.accounts[0].smtp, Some(smtp), "no SMTP change kept");

    // Leaving Outgoing takes its notice along.
    let _ = window::click(&mut screen, "Account");
    let _ = window::click(&mut screen, "Outgoing server");
    assert_eq!(screen.problem(), None);
    assert!(!window::sees(&screen, &problem));
}

/// The account's colour is picked from the tag dialog's grid (the swatch
/// is ticked, Save keeps it), and a typed `#rrggbb` is still taken.
#[test]
fn a_colour_picked_from_the_grid_is_saved() {
    use posta_testkit::window;
    use posta_ui::screen::settings::Field;
    use posta_ui::widget::color_grid;
    let (_language, _dir, home) = english_home();
    let rt = posta_testkit::runtime();
    let account = posta_testkit::accounts::unreachable("Poczta", "ja@example.pl", "ja");
    posta_testkit::accounts::save(&home, vec![account]);
    let store: SharedStore = Arc::new(Mutex::new(Store::open(&home).expect("store")));
    let page = Page::Account(1, Section::Account);
    let mut screen = Settings::new(home.clone(), store, page, Vec::new());
    assert!(!window::sees(&screen, "✓"), "no colour yet");

    let messages = window::clicked_id(&screen, color_grid::swatch_id("#3333ff"));
    let _ = window::apply(&mut screen, messages);
    assert!(window::sees(&screen, "✓"), "the picked swatch is ticked");
    for action in window::click(&mut screen, "Save") {
        let _ = window::settle(&rt, &mut screen, action);
    }
    assert!(window::sees(&screen, "Saved."));
    let config = Config::load(&home).unwrap();
    assert_eq!(config.account_color(1), Some("#3333ff"));

    window::replace_in(&mut screen, Field::Color.id(), "#1a2b3c");
    assert!(!window::sees(&screen, "✓"), "not a grid colour");
    for action in window::click(&mut screen, "Save") {
        let _ = window::settle(&rt, &mut screen, action);
    }
    let config = Config::load(&home).unwrap();
    assert_eq!(config.account_color(1), Some("#1a2b3c"));
}
