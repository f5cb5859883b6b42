//! Does the window keep answering while a first sync fills the store? A
//! real Dovecot holds N messages (default 100,000); an account worker runs
//! the first sync on a tokio runtime while this thread plays the window:
//! it forwards the worker's events to the mailbox as the application does
//! and, between them, sends inputs (a wheel notch, an arrow key, a click on
//! a row) and measures input to drawn frame: the event through the
//! widgets, the mailbox's update, the next view laid out and drawn in full
//! by tiny-skia at scale 1, in a window that keeps its caches between
//! frames as the application's does (`support/window.rs`). Prints p50/p95/
//! max of input-to-frame during the sync, and after it for comparison; the
//! target is p95 <= 300 ms. `POSTA_BENCH_SCALE=2` draws at scale 2.
//!
//! ```sh
//! cargo bench --bench ui_during_sync                          # 100,000
//! POSTA_BENCH_MESSAGES=5000 cargo bench --bench ui_during_sync
//! ```
//!
//! It prints figures only; it never fails on time.

use posta_testkit as support;
#[path = "support/window.rs"]
mod window;

use std::time::{Duration, Instant};

use futures::StreamExt;
use iced::keyboard::key::Named;
use iced::keyboard::{Key, Modifiers};
use iced::mouse::{self, ScrollDelta};
use iced::{Point, Settings};
use posta_core::store::AccountConfig;
use posta_core::sync::{with_store, SharedStore};
use posta_core::worker::{self, Event};
use posta_core::Secret;
use posta_ui::screen::mailbox::{FromWorker, Mailbox, Message};
use posta_ui::widget::folder_tree;
use posta_ui::widget::message_list::ROW_HEIGHT;
use posta_ui::{theme, WINDOW_SIZE};
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use window::Window;

/// A point on the message list at the default window size.
const LIST_POINT: Point = Point::new(600.0, 400.0);

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn report(name: &str, frames: &mut [Duration]) {
    if frames.is_empty() {
        println!("{name:<28} no inputs");
        return;
    }
    frames.sort();
    let at = |p: f64| frames[((frames.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "{name:<28} n={:<5} p50 {:>7.1} ms  p95 {:>7.1} ms  max {:>7.1} ms",
        frames.len(),
        ms(at(0.5)),
        ms(at(0.95)),
        ms(*frames.last().expect("frames"))
    );
}

fn mail(n: usize) -> Vec<u8> {
    format!(
        "From: Anna Kowalska <anna{}@example.pl>\r\nTo: alice@example.org\r\n\
         Subject: Wiadomość {n} – faktura\r\nDate: Mon, 2 Nov 2026 10:{:02}:00 +0100\r\n\
         Message-ID: <u{n}@bench>\r\n\r\nTreść {n}\r\n",
        n % 97,
        n % 60
    )
    .into_bytes()
}

/// One input of a fixed mix and its frame: wheel notches (down for 200,
/// then up again), arrow keys (the application's key subscription sends
/// them to the mailbox), clicks on a row.
fn input(window: &mut Window, mailbox: &mut Mailbox, n: usize) -> Duration {
    let start = Instant::now();
    let events = match n % 3 {
        0 => {
            let down = (n / 600) % 2 == 0;
            let by = if down { 3.0 } else { -3.0 } * ROW_HEIGHT;
            vec![iced::Event::Mouse(mouse::Event::WheelScrolled {
                delta: ScrollDelta::Pixels { x: 0.0, y: -by },
            })]
        }
        1 => {
            let _ = mailbox.update(Message::Key(
                Key::Named(Named::ArrowDown),
                Modifiers::empty(),
            ));
            Vec::new()
        }
        _ => {
            let row = (n / 3 % 5) as f32;
            window.point_at(Point::new(LIST_POINT.x, LIST_POINT.y - row * ROW_HEIGHT));
            vec![
                iced::Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)),
                iced::Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left)),
            ]
        }
    };
    if !events.is_empty() {
        for message in window.input(mailbox.view(), &events) {
            let _ = mailbox.update(message);
        }
    }
    window.draw(mailbox.view());
    window.point_at(LIST_POINT);
    start.elapsed()
}

fn main() {
    let count: usize = std::env::var("POSTA_BENCH_MESSAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let d = Dovecot::start();
    let filling = Instant::now();
    d.bulk_fill(&ALICE, "INBOX", (0..count).map(mail));
    println!(
        "Dovecot filled with {count} messages in {:.1} s",
        filling.elapsed().as_secs_f64()
    );
    let (_dir, store) = posta_testkit::stores::shared_store();
    let account = AccountConfig {
        check_interval: 3600,
        ..accounts::imap(&d, &ALICE)
    };
    let runtime = posta_testkit::runtime();
    let (events_tx, events_rx) = std::sync::mpsc::channel::<Event>();
    let (handle, events) = {
        let _inside = runtime.enter();
        worker::spawn(account.clone(), Secret::new(ALICE.password), store.clone())
    };
    runtime.spawn(async move {
        let mut events = Box::pin(events);
        while let Some(event) = events.next().await {
            if events_tx.send(event).is_err() {
                break;
            }
        }
    });
    with_mailbox(&store, account, handle, &events_rx, count);
}

fn with_mailbox(
    store: &SharedStore,
    account: AccountConfig,
    handle: worker::Handle,
    events: &std::sync::mpsc::Receiver<Event>,
    count: usize,
) {
    let mut mailbox = Mailbox::new(store.clone(), vec![account]);
    mailbox.attach_worker(1, handle);
    let settings: Settings = theme::settings();
    let scale: f32 = std::env::var("POSTA_BENCH_SCALE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1.0);
    let mut window = Window::new(&settings, WINDOW_SIZE, scale);
    window.point_at(LIST_POINT);
    window.draw(mailbox.view());
    let started = Instant::now();
    let mut during = Vec::new();
    // Inputs answered while the list already showed synced rows (the rest
    // came before the first batch reached INBOX).
    let mut with_rows = 0;
    let mut events_applied = Vec::new();
    let mut n = 0;
    let done = loop {
        // Events first, as the application's subscription delivers them.
        let mut finished = None;
        while let Ok(event) = events.try_recv() {
            // A bench that waits for a sync that failed would never end.
            match &event {
                Event::Failed(err) => panic!("the worker failed: {err}"),
                Event::PasswordRefused | Event::CertificateChanged { .. } => {
                    panic!("the worker stopped: {event:?}")
                }
                _ => {}
            }
            let is_done = matches!(event, Event::SyncDone(_));
            let start = Instant::now();
            let _ = mailbox.update(Message::Worker(FromWorker::event(1, event)));
            events_applied.push(start.elapsed());
            if is_done {
                finished = Some(started.elapsed());
            }
        }
        if let Some(done) = finished {
            break done;
        }
        // The user opens INBOX as soon as the folder list shows it.
        if mailbox.selected() == folder_tree::Selected::Nothing {
            let inbox = with_store(store, |s| Ok(s.folder_id(1, "INBOX")?))
                .ok()
                .flatten();
            if let Some(inbox) = inbox {
                let _ = mailbox.update(Message::Folders(folder_tree::Event::Folder(inbox)));
            }
        }
        during.push(input(&mut window, &mut mailbox, n));
        if mailbox.total() > 0 {
            with_rows += 1;
        }
        n += 1;
    };
    println!(
        "first sync of {count} messages took {:.1} s; the list shows {}",
        done.as_secs_f64(),
        mailbox.total()
    );
    println!(
        "window at scale {scale}; {with_rows} of the {} inputs during the sync had rows in the list",
        during.len()
    );
    report("input to frame, during sync", &mut during);
    report("worker event applied", &mut events_applied);
    let mut after: Vec<Duration> = (0..150)
        .map(|i| input(&mut window, &mut mailbox, i))
        .collect();
    report("input to frame, after sync", &mut after);
}
