use super::*;

fn item(id: i64, message_id: &str, refs: &[&str], subject: &str, date: i64) -> Item {
    Item {
        id,
        message_id: (!message_id.is_empty()).then(|| message_id.to_owned()),
        in_reply_to: refs.last().map(|s| (*s).to_owned()),
        references: refs.iter().map(|s| (*s).to_owned()).collect(),
        subject: subject.into(),
        date: Some(date),
        unread: false,
        here: true,
    }
}

fn groups(threads: &[Thread]) -> Vec<Vec<i64>> {
    threads.iter().map(|t| t.ids.clone()).collect()
}

#[test]
fn replies_join_their_original_through_references() {
    let items = [
        item(1, "a@x", &[], "Spotkanie", 10),
        item(2, "b@x", &["a@x"], "Re: Spotkanie", 20),
        item(3, "c@x", &["a@x", "b@x"], "Re: Spotkanie", 30),
        item(4, "d@x", &[], "Faktura", 25),
    ];
    let threads = threads(&items);
    assert_eq!(groups(&threads), [vec![1, 2, 3], vec![4]]);
    assert_eq!(threads[0].latest, 3);
    assert_eq!(threads[0].count(), 3);
}

#[test]
fn a_missing_middle_message_still_links_its_neighbours() {
    // b@x was deleted: c refers to it and to a.
    let items = [
        item(1, "a@x", &[], "Plán", 10),
        item(3, "c@x", &["a@x", "b@x"], "Re: Plán", 30),
        item(5, "e@x", &["b@x"], "Re: Plán", 40),
    ];
    assert_eq!(groups(&threads(&items)), [vec![1, 3, 5]]);
}

#[test]
fn in_reply_to_alone_is_enough() {
    let mut reply = item(2, "b@x", &[], "Re: Obed", 20);
    reply.in_reply_to = Some("a@x".into());
    let items = [item(1, "a@x", &[], "Obed", 10), reply];
    assert_eq!(groups(&threads(&items)), [vec![1, 2]]);
}

#[test]
fn the_subject_joins_only_replies_whose_headers_were_lost() {
    let items = [
        item(1, "a@x", &[], "Faktúra 11/2026", 10),
        // Lost its headers: joins by subject, any prefix and case.
        item(2, "b@x", &[], "RE: [firma] faktúra  11/2026", 20),
        // Same subject but not a reply: a conversation of its own.
        item(3, "c@x", &[], "Faktúra 11/2026", 30),
        // A reply with headers pointing elsewhere stays there.
        item(4, "d@x", &["z@x"], "Re: Faktúra 11/2026", 40),
    ];
    let threads = threads(&items);
    let of = |id: i64| threads.iter().position(|t| t.ids.contains(&id)).unwrap();
    assert_eq!(of(1), of(2), "{threads:?}");
    assert_ne!(of(1), of(3));
    assert_ne!(of(1), of(4));
    assert_ne!(of(3), of(4));
}

#[test]
fn loops_and_self_references_do_not_hang_or_merge_wrongly() {
    let items = [
        item(1, "a@x", &["b@x"], "x", 10),
        item(2, "b@x", &["a@x"], "x", 20),
        item(3, "c@x", &["c@x"], "y", 30),
        item(4, "", &[], "z", 40),
        item(5, "", &[], "z", 50),
    ];
    let threads = threads(&items);
    assert_eq!(threads.iter().map(Thread::count).sum::<usize>(), 5);
    assert!(groups(&threads).contains(&vec![1, 2]));
    assert!(groups(&threads).contains(&vec![3]));
}

#[test]
fn replies_in_sent_count_but_a_conversation_needs_a_message_here() {
    let mut mine = item(2, "b@x", &["a@x"], "Re: Wycieczka", 20);
    mine.here = false;
    let mut elsewhere = item(9, "q@x", &[], "Tylko w Wysłanych", 50);
    elsewhere.here = false;
    let mut unread = item(3, "c@x", &["a@x", "b@x"], "Re: Wycieczka", 30);
    unread.unread = true;
    let items = [
        item(1, "a@x", &[], "Wycieczka", 10),
        mine,
        unread,
        elsewhere,
    ];
    let threads = threads(&items);
    assert_eq!(groups(&threads), [vec![1, 2, 3]]);
    assert_eq!(threads[0].unread, 1);
    assert_eq!(threads[0].latest, 3);
}

#[test]
fn duplicate_ids_stay_separate_messages() {
    let items = [
        item(1, "a@x", &[], "Kópia", 10),
        item(2, "a@x", &[], "Kópia", 10),
        item(3, "b@x", &["a@x"], "Re: Kópia", 20),
    ];
    let threads = threads(&items);
    assert_eq!(threads.iter().map(Thread::count).sum::<usize>(), 3);
}

#[test]
fn subjects_lose_their_prefixes() {
    assert_eq!(base_subject("Re: Fwd: [lista] Odp: Spotkanie"), "spotkanie");
    assert_eq!(base_subject("Отг: Среща"), "среща");
    assert_eq!(base_subject("RE[2]: Ahoj"), "ahoj");
    assert_eq!(base_subject("Reklama: nowa"), "reklama: nowa");
    assert!(is_reply("[firma] AW: Termin"));
    assert!(!is_reply("Fwd: Termin"));
    assert!(!is_reply("Reklama: x"));
}

#[test]
fn a_hundred_thousand_messages_group_quickly() {
    let items: Vec<Item> = (0..100_000i64)
        .map(|n| {
            let root = n - n % 5;
            let refs: Vec<String> = if n == root {
                Vec::new()
            } else {
                vec![format!("m{root}@x")]
            };
            Item {
                id: n,
                message_id: Some(format!("m{n}@x")),
                in_reply_to: refs.last().cloned(),
                references: refs,
                subject: format!("Temat {root}"),
                date: Some(n),
                unread: n % 3 == 0,
                here: true,
            }
        })
        .collect();
    let started = std::time::Instant::now();
    let threads = threads(&items);
    let took = started.elapsed();
    eprintln!("grouping 100,000 messages: {took:?}");
    assert_eq!(threads.len(), 20_000);
    assert!(threads.iter().all(|t| t.count() == 5));
    // Generous for an unoptimised build on a busy machine; the bench
    // measures the real figure.
    assert!(took.as_secs() < 5, "{took:?}");
}
