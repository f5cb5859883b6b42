//! A Posta home for the screenshots of the server's promises
//! (`packaging/screenshots-room.sh`): the demo mailbox of
//! `ui_mailbox_fixture.rs`, its IMAP account "Praca" at 88 % of a 5 GB
//! quota, and its POP3 account "Dom" with three large messages held back
//! on the server by a 2 MB download limit. No server needed.

use posta_testkit::mailbox_fixture as fixture;

use std::path::Path;

use fixture::{HOME, WORK};
use posta_core::imap::{QuotaResource, QuotaUsage};
use posta_core::message::{Address, Flag, Headers};
use posta_core::store::{Config, PostaHome, Store};

/// Fills `home` (empty) with the demo mailbox, the quota and the POP3
/// server's listing.
pub fn fill(home: &Path) -> Store {
    let store = fixture::fill(home);
    let posta_home = PostaHome::at(home);
    let mut config = Config::load(&posta_home).expect("config");
    for account in &mut config.accounts {
        if account.id == HOME {
            account.max_download_size = Some(2_000_000);
        }
    }
    config.save(&posta_home).expect("config");
    store
        .set_quota(
            WORK,
            &[QuotaUsage {
                resource: QuotaResource::Storage,
                used: 4_400_000_000,
                limit: 5_000_000_000,
            }],
        )
        .expect("quota");
    // Answered and forwarded messages, so the list shows their marks.
    let inbox = store.folder_id(WORK, "INBOX").expect("id").expect("INBOX");
    let rows = store
        .messages(inbox, 10, 0, posta_core::store::Sort::DateDesc)
        .expect("rows");
    for (index, row) in rows.iter().enumerate().take(6) {
        let add = match index {
            1 | 4 => vec![Flag::Answered],
            3 => vec![Flag::Keyword("$Forwarded".into())],
            5 => vec![Flag::Answered, Flag::Keyword("$Forwarded".into())],
            _ => continue,
        };
        store.apply_flag_change(row.id, &add, &[]).expect("flags");
    }
    let big = [
        (
            7,
            "00000007a1",
            3_400_000,
            "Ján Novák",
            "jan@example.sk",
            "Fotky z dovolenky",
        ),
        (
            8,
            "00000008a1",
            12_600_000,
            "Stavebná firma Kováč",
            "kovac@example.sk",
            "Výkresy a zmluva (PDF)",
        ),
        (
            9,
            "00000009a1",
            26_200_000,
            "Мария Иванова",
            "maria@example.bg",
            "Видео от сватбата",
        ),
    ];
    let listing: Vec<(u32, &str, u64)> = big.iter().map(|b| (b.0, b.1, b.2)).collect();
    store.pop3_server_listed(HOME, &listing).expect("listing");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let headers: Vec<(&str, Headers)> = big
        .iter()
        .enumerate()
        .map(|(i, b)| {
            (
                b.1,
                Headers {
                    subject: b.5.into(),
                    from: vec![Address {
                        name: Some(b.3.into()),
                        email: b.4.into(),
                    }],
                    date: Some(now - 3_600 * (5 + 20 * i as i64)),
                    ..Headers::default()
                },
            )
        })
        .collect();
    let rows: Vec<(&str, &Headers)> = headers.iter().map(|(u, h)| (*u, h)).collect();
    store.pop3_server_headers(HOME, &rows).expect("headers");
    store
}

#[test]
#[ignore = "fills POSTA_FIXTURE_HOME for packaging/screenshots-room.sh"]
fn fill_room_home() {
    let Some(home) = std::env::var_os("POSTA_FIXTURE_HOME") else {
        panic!("set POSTA_FIXTURE_HOME to the directory to fill");
    };
    drop(fill(Path::new(&home)));
}

#[test]
fn the_room_fixture_has_a_quota_and_held_back_mail() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = fill(dir.path());
    assert_eq!(store.quota(WORK).expect("quota")[0].percent(), 88);
    let config = Config::load(&PostaHome::at(dir.path())).expect("config");
    let dom = config.accounts.iter().find(|a| a.id == HOME).expect("Dom");
    let listing = posta_core::sync::pop3::cached_listing(&store, dom).expect("listing");
    assert_eq!(listing.len(), 3);
    assert!(listing
        .iter()
        .all(|m| m.state == posta_core::sync::pop3::ServerState::HeldBack));
}
