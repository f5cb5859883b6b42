//! Pages of the message list read from either end: every page of every
//! order, one folder, merged folders and a tag, is the same whether read
//! forwards or (in the list's second half) backwards from the end.

use posta_core::imap::SpecialUse;
use posta_core::message::{Address, Envelope, Flag, Headers, RemoteId};
use posta_core::store::{FolderRow, Selection, Sort, Store};

/// Message `n`: few distinct dates, subjects, senders and sizes, so every
/// order has ties that only the row id breaks.
fn envelope(n: u32) -> Envelope {
    let mut flags = Vec::new();
    if n % 3 == 0 {
        flags.push(Flag::Keyword("$label1".into()));
    }
    Envelope {
        id: RemoteId::Uid(n),
        flags,
        size: u64::from(n % 4) * 100,
        headers: Headers {
            subject: ["Faktura", "faktura", "Spotkanie", "Účet"][(n % 4) as usize].into(),
            from: vec![Address {
                name: Some(["Zofia", "Ján", "Иван"][(n % 3) as usize].into()),
                email: "x@example.pl".into(),
            }],
            to: vec![Address {
                name: None,
                email: ["a@example.sk", "B@example.bg"][(n % 2) as usize].into(),
            }],
            date: Some(1_700_000_000 + i64::from(n % 5) * 60),
            ..Headers::default()
        },
    }
}

#[test]
fn pages_read_from_the_end_match_pages_read_from_the_start() {
    let store = Store::open_in_memory().unwrap();
    store.ensure_account(1, "Test").unwrap();
    let mut folders = Vec::new();
    for (name, count) in [("INBOX", 37u32), ("Archiwum", 24)] {
        let folder = store
            .upsert_folder(1, &FolderRow::local(1, name, Some(SpecialUse::Inbox)))
            .unwrap();
        let envelopes: Vec<Envelope> = (1..=count).map(envelope).collect();
        store.upsert_messages(folder, &envelopes).unwrap();
        folders.push(folder);
    }
    let selections = [
        Selection::folder(&folders[..1]),
        Selection::folder(&folders),
        Selection {
            folders: &folders,
            keyword: Some("$label1"),
            only: posta_core::store::Only::ANY,
        },
    ];
    let mut backwards = 0;
    for selection in selections {
        let total = store.selected_count(selection).unwrap();
        for sort in Sort::ALL {
            let all: Vec<i64> = store
                .selected_messages(selection, total, 0, sort)
                .unwrap()
                .iter()
                .map(|row| row.id)
                .collect();
            assert_eq!(all.len(), total);
            for start in 0..=total + 2 {
                for len in [1, 5, 240] {
                    if start > total / 2 && start < total {
                        backwards += 1;
                    }
                    let page: Vec<i64> = store
                        .selected_page(selection, start..start + len, total, sort)
                        .unwrap()
                        .iter()
                        .map(|row| row.id)
                        .collect();
                    let want = &all[start.min(total)..(start + len).min(total)];
                    assert_eq!(page, want, "{sort:?} {selection:?} {start}+{len}");
                }
            }
        }
    }
    assert!(backwards > 100, "{backwards}");
}
