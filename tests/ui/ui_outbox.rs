//! Sending is never silent: the whole window (iced_test's simulator, every
//! task run as iced would) replies to a message while the SMTP server
//! (aiosmtpd) is down — the compose window closes saying the message is
//! queued, why and when Posta tries again; the Outbox appears in the
//! folder tree with the reason; the status bar counts one waiting
//! message. The server comes back, Send now sends it: the Outbox is gone
//! and the copy reaches Sent on the real Dovecot.
//!
//! With `POSTA_SNAPSHOT_DIR` set, the Outbox and the status bar are saved
//! as pictures in Polish, Slovak and Bulgarian, for a person to look at.

use posta_testkit as support;

use std::path::Path;
use std::sync::{Arc, Mutex};

use posta_core::imap::ImapSession;
use posta_core::smtp::Outbox;
use posta_core::store::{AccountConfig, Config, PostaHome, Store};
use posta_core::sync::imap::{sync_account, SharedStore};
use posta_core::sync::{CancelToken, SyncOptions};
use posta_core::Secret;
use posta_i18n::{self as i18n, Language};
use posta_ui::screen::compose::ids;
use posta_ui::screen::mailbox;
use posta_ui::screen::wizard;
use posta_ui::widget::message_list;
use posta_ui::{Message, WINDOW_SIZE};
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::smtp_server::{SmtpServer, PASSWORD};
use support::wizard::Harness;

const ORIGINAL: &[u8] = b"From: Piotr Zielinski <piotr@example.pl>\r\n\
To: sender@example.org\r\n\
Subject: Faktura 11/2026\r\n\
Message-ID: <faktura-11@example.pl>\r\n\
Date: Mon, 30 Nov 2026 09:00:00 +0100\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
\r\n\
Prosz\xc4\x99 o potwierdzenie.\r\n";

/// Brings the account's server state into the store in `home` (and sends
/// what the store queued: the copy in Sent).
fn sync(account: &AccountConfig, home: &Path) {
    let store: SharedStore = Arc::new(Mutex::new(
        Store::open(&PostaHome::at(home)).expect("store"),
    ));
    store
        .lock()
        .expect("store")
        .ensure_account(account.id, &account.name)
        .expect("account");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let endpoint = account.endpoint().expect("endpoint");
        let mut session = ImapSession::connect(&endpoint, ALICE.name, &Secret::new(ALICE.password))
            .await
            .expect("login");
        let options = SyncOptions {
            download_bodies: true,
            ..SyncOptions::default()
        };
        sync_account(
            &mut session,
            &store,
            account.id,
            &options,
            &CancelToken::new(),
            &mut |_| {},
        )
        .await
        .expect("sync");
    });
}

/// Saves what the window shows as `NAME.png` in `$POSTA_SNAPSHOT_DIR`.
fn look_at(h: &Harness, name: &str) {
    posta_testkit::window::keep_picture(h.app.view(), name);
}

fn mailbox(h: &Harness) -> &mailbox::Mailbox {
    h.app.mailbox().expect("the mailbox is shown")
}

struct World {
    dovecot: Dovecot,
    smtp: SmtpServer,
    dir: tempfile::TempDir,
    home: PostaHome,
    account: AccountConfig,
}

/// Dovecot with Piotr's message in Alice's INBOX, synced into a new
/// Posta home; the SMTP server signed by Dovecot's CA; the window open on
/// the mailbox with the SMTP password known for the session.
fn start(smtp_password: &str) -> (World, Harness) {
    let dovecot = Dovecot::start();
    let tls = dovecot.dir().join("tls");
    let smtp = SmtpServer::start_signed_by(&tls.join("ca.pem"), &tls.join("ca.key"));
    dovecot.deliver(&ALICE, "INBOX", ORIGINAL);
    let dir = tempfile::tempdir().expect("home");
    let home = PostaHome::at(dir.path());
    let account = accounts::imap_sending(&dovecot, &smtp);
    Config {
        accounts: vec![account.clone()],
        ..Config::default()
    }
    .save(&home)
    .expect("config");
    sync(&account, dir.path());
    let mut h = Harness::with_size(wizard::Options::new(home.clone()), WINDOW_SIZE);
    let task = h
        .app
        .open_accounts(vec![account.clone()], vec![(1, Secret::new(smtp_password))]);
    h.run(task);
    let world = World {
        dovecot,
        smtp,
        dir,
        home,
        account,
    };
    (world, h)
}

/// Opens the first message and replies to it with `text`, clicking the
/// buttons that read `reply` and `send`.
fn reply(h: &mut Harness, reply: &str, send: &str, text: &str) {
    h.update(Message::Mailbox(mailbox::Message::List(
        message_list::Event::Pressed(0),
    )));
    h.click(reply);
    h.type_into(ids::BODY, text);
    h.click(send);
}

#[test]
fn a_reply_queued_while_the_server_is_down_shows_in_the_outbox_and_goes_with_send_now() {
    let _language = support::language(Language::English);
    let (w, mut h) = start(PASSWORD);
    let (dovecot, mut smtp, home, account) = (&w.dovecot, w.smtp, &w.home, &w.account);
    h.expect_words("Everything is up to date.");
    assert!(!h.sees("Outbox"), "no Outbox while nothing waits");

    // Reply with the server down.
    smtp.stop();
    reply(&mut h, "Reply", "Send", "Potwierdzam, dziękuję.");

    // The window closed saying it is queued, why and when it is tried.
    h.expect_words("Not sent yet: the outgoing server localhost does not answer on port");
    h.expect_words("Posta tries again within 5 minutes");
    let waiting = Outbox::new(home).entries(1).expect("outbox");
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].meta.subject, "Re: Faktura 11/2026");

    // The Outbox is in the folder tree, the status bar counts it.
    assert!(h.sees("Outbox"), "the Outbox shows in the tree");
    h.expect_words("1 message waits to be sent: the outgoing server localhost does not answer");
    assert!(!h.sees_words("Everything is up to date"));

    // Opened: the message, its state and the reason in words.
    h.click("Outbox");
    h.expect_words("Outbox · Alice");
    // The message list's selection is gone with the list: the toolbar's
    // Delete cannot touch an unseen message.
    assert!(mailbox(&h).selection().is_empty());
    h.expect_words("Re: Faktura 11/2026");
    h.expect_words("To: piotr@example.pl");
    h.expect_words("Waiting: tried once, at");
    h.expect_words("Why: the outgoing server localhost does not answer on port");
    // Still down: Send now says so, and the message stays; in each
    // language, so the pictures show its words (a notice keeps the
    // language it was made in).
    let languages = [
        (
            Language::Polish,
            "Wyślij teraz",
            "Wiadomość nadal czeka: serwer poczty wychodzącej localhost nie odpowiada",
            "1 wiadomość czeka na wysłanie: serwer poczty wychodzącej localhost nie odpowiada",
        ),
        (
            Language::Slovak,
            "Odoslať teraz",
            "Správa stále čaká: server odchádzajúcej pošty localhost neodpovedá",
            "1 správa čaká na odoslanie: server odchádzajúcej pošty localhost neodpovedá",
        ),
        (
            Language::Bulgarian,
            "Изпрати сега",
            "Съобщението все още чака: сървърът за изходяща поща localhost не отговаря",
            "1 съобщение чака изпращане: сървърът за изходяща поща localhost не отговаря",
        ),
        (
            Language::English,
            "Send now",
            "The message still waits: the outgoing server localhost does not answer",
            "1 message waits to be sent: the outgoing server localhost does not answer",
        ),
    ];
    for (tries, (language, send_now, still, status)) in languages.into_iter().enumerate() {
        h.update(Message::LanguageSelected(language));
        h.click(send_now);
        h.expect_words(still);
        h.expect_words(status);
        let waiting = Outbox::new(home).entries(1).expect("outbox");
        assert_eq!(waiting[0].meta.attempts as usize, tries + 2);
        look_at(&h, &format!("outbox-still-waiting-{}", language.code()));
    }

    // The server is back: Send now sends it, the Outbox is gone.
    smtp.restart();
    h.click("Send now");
    h.expect_words("The message was sent.");
    assert!(Outbox::new(home).entries(1).expect("outbox").is_empty());
    assert!(!h.sees("Outbox"), "the Outbox left the tree");
    assert!(
        mailbox(&h).outbox_view().is_none(),
        "the Outbox view closed"
    );
    assert!(!h.sees_words("wait to be sent") && !h.sees_words("waits to be sent"));
    let received = smtp.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].rcpt_tos, ["piotr@example.pl"]);
    let raw = String::from_utf8_lossy(&received[0].raw).into_owned();
    assert!(
        raw.contains("In-Reply-To: <faktura-11@example.pl>"),
        "{raw}"
    );
    assert!(raw.contains("Potwierdzam"), "{raw}");

    // The copy in Sent reaches the server with the queue.
    sync(account, w.dir.path());
    assert_eq!(dovecot.message_count(&ALICE, "Sent"), 1);
    drop(h);
    i18n::set_language(Language::English);
}

/// The same walk in Polish, Slovak and Bulgarian, one reply each with the
/// server down: the compose window's notice and the status bar in each
/// language (the count growing through the plural forms), the Outbox
/// listing them; saved as pictures with `POSTA_SNAPSHOT_DIR`.
#[test]
fn the_queued_notice_outbox_and_status_bar_speak_polish_slovak_and_bulgarian() {
    let _language = support::language(Language::English);
    let (mut w, mut h) = start(PASSWORD);
    w.smtp.stop();
    let walks = [
        (
            Language::Polish,
            ["Odpowiedz", "Wyślij", "Do wysłania", "Wróć do wiadomości"],
            "Jeszcze nie wysłano: serwer poczty wychodzącej localhost nie odpowiada na porcie",
            "w ciągu 5 minut",
            "1 wiadomość czeka na wysłanie: serwer poczty wychodzącej localhost",
        ),
        (
            Language::Slovak,
            ["Odpovedať", "Odoslať", "Na odoslanie", "Späť na správy"],
            "Zatiaľ neodoslané: server odchádzajúcej pošty localhost neodpovedá na porte",
            "do 5 minút",
            "2 správy čakajú na odoslanie: server odchádzajúcej pošty localhost",
        ),
        (
            Language::Bulgarian,
            [
                "Отговор",
                "Изпращане",
                "Изходяща кутия",
                "Обратно към съобщенията",
            ],
            "Още не е изпратено: сървърът за изходяща поща localhost не отговаря на порт",
            "до 5 минути",
            "3 съобщения чакат изпращане: сървърът за изходяща поща localhost",
        ),
    ];
    for (language, [answer, send, outbox, back], queued, when, status) in walks {
        h.update(Message::LanguageSelected(language));
        reply(&mut h, answer, send, "Dziękuję — Ďakujem — Благодаря.");
        h.expect_words(queued);
        h.expect_words(when);
        h.expect_words(status);
        look_at(&h, &format!("outbox-queued-{}", language.code()));
        h.click(outbox);
        h.expect_words("Re: Faktura 11/2026");
        look_at(&h, &format!("outbox-{}", language.code()));
        h.click(back);
    }
    assert_eq!(Outbox::new(&w.home).entries(1).expect("outbox").len(), 3);
    assert!(w.smtp.received().is_empty());
    drop(h);
    i18n::set_language(Language::English);
}

/// A refusal the user must fix (here the password) is no reason to wait:
/// the compose window stays open with the sentence, and nothing goes to
/// the Outbox.
#[test]
fn a_refused_login_keeps_the_compose_window_open_with_the_sentence() {
    let _language = support::language(Language::English);
    let (w, mut h) = start("not the password");
    reply(&mut h, "Reply", "Send", "Potwierdzam.");
    h.expect_words("did not accept the user name or password");
    // Still the compose window (its sender line and Send), not the mailbox.
    h.expect_words("From: Alice Żółw <sender@example.org>");
    assert!(h.sees("Send"), "the compose window is still open");
    assert!(!h.sees("Outbox"));
    assert!(Outbox::new(&w.home).entries(1).expect("outbox").is_empty());
    assert!(w.smtp.received().is_empty());
}

/// Delete asks first and removes a waiting message unsent; Edit takes one
/// back into the compose window (through Drafts, so closing it loses
/// nothing), and it goes from there once the server is back.
#[test]
fn delete_asks_first_and_edit_takes_the_message_back_into_compose() {
    let _language = support::language(Language::English);
    let (mut w, mut h) = start(PASSWORD);
    w.smtp.stop();
    reply(&mut h, "Reply", "Send", "Pierwsza.");
    reply(&mut h, "Reply", "Send", "Druga.");
    h.expect_words("2 messages wait to be sent:");
    h.click("Outbox");

    // (The toolbar has a Delete of its own: the card's is pressed by its
    // message.)
    let first = Outbox::new(&w.home).entries(1).expect("outbox")[0]
        .id
        .clone();
    h.update(Message::Mailbox(mailbox::Message::Outbox(
        mailbox::OutboxMessage::Delete(first),
    )));
    h.expect_words("Delete “Re: Faktura 11/2026” without sending it?");
    assert_eq!(Outbox::new(&w.home).entries(1).expect("outbox").len(), 2);
    h.click("Delete it");
    assert_eq!(Outbox::new(&w.home).entries(1).expect("outbox").len(), 1);
    h.expect_words("1 message waits to be sent:");

    h.click("Edit");
    assert!(Outbox::new(&w.home).entries(1).expect("outbox").is_empty());
    // The compose window, holding the message.
    h.expect_words("From: Alice Żółw <sender@example.org>");
    assert!(
        h.sees("Re: Faktura 11/2026"),
        "the subject is back in its field"
    );
    assert!(h.sees_words("piotr@example.pl"), "and the recipient");

    w.smtp.restart();
    h.click("Send");
    h.expect_words("The message was sent.");
    let received = w.smtp.received();
    assert_eq!(received.len(), 1, "the deleted message never went");
    assert!(String::from_utf8_lossy(&received[0].raw).contains("Druga."));
    let drafts = Store::open(&w.home)
        .expect("store")
        .folders(1)
        .expect("folders")
        .into_iter()
        .find(|f| f.role == Some(posta_core::imap::SpecialUse::Drafts))
        .map_or(0, |f| f.total);
    assert_eq!(drafts, 0, "the draft went with the sending");
    assert!(!h.sees("Outbox"));
}

/// A recipient the server refuses: the compose window stays open with the
/// server's words and what to check, and nothing waits in the Outbox.
#[test]
fn a_refused_recipient_keeps_the_compose_window_open_with_the_sentence() {
    let _language = support::language(Language::English);
    let (w, mut h) = start(PASSWORD);
    h.update(Message::Mailbox(mailbox::Message::List(
        message_list::Event::Pressed(0),
    )));
    h.click("Reply");
    h.type_into(ids::TO, ", nobody@refused.invalid");
    h.click("Send");
    h.expect_words("The outgoing server localhost refused the message");
    h.expect_words("Recipient address rejected");
    h.expect_words("Check the recipients’ addresses");
    assert!(h.sees("Send"), "the compose window is still open");
    assert!(!h.sees("Outbox"));
    assert!(Outbox::new(&w.home).entries(1).expect("outbox").is_empty());
    assert!(w.smtp.received().is_empty());
}
