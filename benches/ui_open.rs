//! How fast the main window opens on a cached folder of 100,000 messages,
//! how long a frame takes while scrolling it, and the memory it needs.
//!
//! Measured with iced_test's headless tiny-skia renderer: "launch to first
//! frame" is opening the store, building the mailbox (folders, counts and
//! the first page of rows), laying out the window and drawing it into
//! pixels. A scrolling frame is the scroll message (fetching the page the
//! view needs), the view, layout, the scroll itself and a full redraw. The
//! simulator renders every frame from scratch at scale 2 (2048×1400
//! pixels) with no damage tracking, so these are upper bounds of what the
//! window does.
//!
//! ```sh
//! cargo bench --bench ui_open
//! ```
//!
//! `UI_OPEN_MESSAGES` changes the folder size (default 100000).

use posta_testkit::mailbox_fixture as fixture;
#[path = "support/window.rs"]
mod window;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use iced::mouse::{self, ScrollDelta};
use iced::{Event, Point, Settings, Theme};
use iced_test::Simulator;
use posta_core::account::Protocol;
use posta_core::imap::SpecialUse;
use posta_core::store::{Config, PostaHome, Store};
use posta_ui::screen::mailbox::{Mailbox, Message};
use posta_ui::widget::message_list::{self, ROW_HEIGHT};
use posta_ui::{theme, WINDOW_SIZE};

/// Where the list is on screen, for the wheel.
const LIST_POINT: Point = Point::new(600.0, 400.0);

/// The list's visible height at the default window size (toolbar, heading
/// and status bar take the rest).
const LIST_HEIGHT: f32 = 520.0;

fn main() {
    run();
}

#[test]
#[ignore = "a benchmark: run with --release --ignored --nocapture"]
fn ui_open() {
    run();
}

/// Peak resident memory so far (VmHWM), in MiB.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Current resident memory (VmRSS), in MiB.
fn rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Resets VmHWM to the current RSS (Linux: `5` to clear_refs), so the
/// peak measured excludes filling the store.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn report(name: &str, frames: &mut [Duration]) {
    frames.sort();
    let mean = frames.iter().sum::<Duration>() / frames.len() as u32;
    println!(
        "{name:<34} n={:<4} mean {:>6.1} ms  p50 {:>6.1} ms  p95 {:>6.1} ms  max {:>6.1} ms",
        frames.len(),
        ms(mean),
        ms(percentile(frames, 0.5)),
        ms(percentile(frames, 0.95)),
        ms(*frames.last().expect("frames"))
    );
}

/// One frame at scroll `offset`: the scroll message, the view, the wheel
/// that moves the simulator's scrollable there, and a full draw.
fn frame(mailbox: &mut Mailbox, settings: &Settings, offset: f32) -> (Duration, Duration) {
    let start = Instant::now();
    let _ = mailbox.update(Message::List(message_list::Event::Scrolled {
        offset,
        height: LIST_HEIGHT,
    }));
    let updated = start.elapsed();
    let mut ui = Simulator::with_size(settings.clone(), WINDOW_SIZE, mailbox.view());
    ui.point_at(LIST_POINT);
    let _ = ui.simulate([Event::Mouse(mouse::Event::WheelScrolled {
        delta: ScrollDelta::Pixels { x: 0.0, y: -offset },
    })]);
    let _ = ui.snapshot(&Theme::Light).expect("frame drawn");
    (start.elapsed(), updated)
}

/// Wheel notches (three rows each) and scroll-bar jumps in a
/// [`window::Window`] at `scale`, frame by frame as iced's loop runs them:
/// the wheel event goes through the interface on screen, the mailbox's
/// update handles what it produced (fetching the rows now in view), and
/// the interface is built again (view and layout, once a frame) and drawn
/// in full.
fn scroll_in_window(mailbox: &mut Mailbox, settings: &Settings, scale: f32, max: f32) {
    let mut window = window::Window::new(settings, WINDOW_SIZE, scale);
    window.point_at(LIST_POINT);
    let mut offset = 0.0;
    // Back to the top, then one frame to fill the caches; 150 notches;
    // 60 jumps.
    let steps = 2 + 150 + 60;
    let mut frames = Vec::with_capacity(steps);
    let mut after_notches = 0.0;
    let mut at = 0.0;
    let mut ui = window.build(mailbox.view());
    window.redraw(&mut ui);
    for step in 0..steps {
        let by = match step {
            0 => -max,
            1 => 0.0,
            2..152 => 3.0 * ROW_HEIGHT,
            _ => {
                if step == 152 {
                    after_notches = offset;
                    at = offset;
                }
                let jump = (step - 152) as u32;
                let fraction = ((jump.wrapping_mul(2_654_435_761) >> 8) % 10_000) as f32 / 10_000.0;
                let target = fraction * max;
                let by = target - at;
                at = target;
                by
            }
        };
        let start = Instant::now();
        let event = Event::Mouse(mouse::Event::WheelScrolled {
            delta: ScrollDelta::Pixels { x: 0.0, y: -by },
        });
        let messages = window.events(&mut ui, &[event]);
        window.keep(ui);
        for message in messages {
            if let Message::List(message_list::Event::Scrolled { offset: now, .. }) = message {
                offset = now;
            }
            let _ = mailbox.update(message);
        }
        ui = window.build(mailbox.view());
        window.redraw(&mut ui);
        frames.push(start.elapsed());
    }
    window.keep(ui);
    let mut jumps = frames.split_off(152);
    let mut notches = frames.split_off(2);
    report(&format!("window scale {scale}: wheel"), &mut notches);
    report(&format!("window scale {scale}: jumps"), &mut jumps);
    println!(
        "  (150 notches moved the list {after_notches:.0} px of {:.0}; the jumps ended at {offset:.0} px of {at:.0})",
        150.0 * 3.0 * ROW_HEIGHT,
    );
}

/// A folder of `count` messages in conversations of five (each reply with
/// References and In-Reply-To), plus a Sent folder with a reply in every
/// tenth conversation.
fn threaded_folder(store: &Store, count: usize) -> (i64, i64) {
    use posta_core::message::{Address, Envelope, Flag, Headers, RemoteId};
    use posta_core::store::FolderRow;
    let folder = |name: &str, role| {
        let mut row = FolderRow::local(1, name, role);
        row.local = false;
        store.upsert_folder(1, &row).expect("folder")
    };
    let here = folder("Wątki", None);
    let sent = folder("Sent", Some(SpecialUse::Sent));
    let envelope = |n: usize, uid: u32, mine: bool| {
        let root = n - n % 5;
        let refs: Vec<String> = (root..n).map(|r| format!("t{r}@example.pl")).collect();
        Envelope {
            id: RemoteId::Uid(uid),
            flags: if n % 4 == 0 { vec![] } else { vec![Flag::Seen] },
            size: 2_000,
            headers: Headers {
                subject: if n == root {
                    format!("Wątek {root}")
                } else {
                    format!("Re: Wątek {root}")
                },
                from: vec![Address {
                    name: Some(if mine { "Alicja" } else { "Ján Novák" }.into()),
                    email: "nadawca@example.pl".into(),
                }],
                date: Some(1_700_000_000 + n as i64 * 60),
                message_id: Some(if mine {
                    format!("s{n}@example.pl")
                } else {
                    format!("t{n}@example.pl")
                }),
                in_reply_to: refs.last().cloned().into_iter().collect(),
                references: refs,
                ..Headers::default()
            },
        }
    };
    let mut batch = Vec::with_capacity(10_000);
    for n in 0..count {
        batch.push(envelope(n, n as u32 + 1, false));
        if batch.len() == 10_000 {
            store.upsert_messages(here, &batch).expect("batch");
            batch.clear();
        }
    }
    store.upsert_messages(here, &batch).expect("batch");
    let replies: Vec<Envelope> = (0..count)
        .filter(|n| n % 50 == 1)
        .enumerate()
        .map(|(i, n)| envelope(n, i as u32 + 1, true))
        .collect();
    store.upsert_messages(sent, &replies).expect("sent");
    store.set_threaded(here, true).expect("grouped");
    (here, sent)
}

/// Launch to first frame with the folder shown grouped by conversation:
/// the same steps as the first measurement, plus reading every message's
/// threading fields and grouping them.
fn grouped_first_frame(home: &PostaHome, count: usize, settings: &Settings) {
    let (here, _) = {
        let store = Store::open(home).expect("store");
        threaded_folder(&store, count)
    };
    let launch = Instant::now();
    let store = Store::open(home).expect("store");
    let accounts = Config::load(home).expect("config").accounts;
    let mut mailbox = Mailbox::new(Arc::new(Mutex::new(store)), accounts);
    let opened = launch.elapsed();
    let _ = mailbox.update(Message::Folders(
        posta_ui::widget::folder_tree::Event::Folder(here),
    ));
    assert_eq!(mailbox.total(), count / 5, "one row per conversation");
    let built = launch.elapsed();
    {
        let mut ui = Simulator::with_size(settings.clone(), WINDOW_SIZE, mailbox.view());
        let _ = ui.snapshot(&Theme::Light).expect("first frame");
    }
    let first_frame = launch.elapsed();
    let (read, grouped) = {
        let store = Store::open(home).expect("store");
        let sent = store.folder_id(1, "Sent").expect("db").expect("sent");
        let start = Instant::now();
        let items = store.thread_items(here, &[sent]).expect("items");
        let read = start.elapsed();
        let threads = posta_core::thread::threads(&items);
        assert_eq!(threads.len(), count / 5);
        (read, start.elapsed() - read)
    };
    println!(
        "  of which: reading the threading fields {:.0} ms, grouping {:.0} ms",
        ms(read),
        ms(grouped)
    );
    println!(
        "grouped by conversation, {count} messages: launch to first frame {:.0} ms (mailbox {:.0} ms, folder grouped with its first page {:.0} ms, layout + draw {:.0} ms)",
        ms(first_frame),
        ms(opened),
        ms(built - opened),
        ms(first_frame - built)
    );
}

fn run() {
    let count: usize = std::env::var("UI_OPEN_MESSAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("tempdir");
    let home = PostaHome::at(dir.path());

    let filling = Instant::now();
    {
        let config = Config {
            language: None,
            notifications: true,
            accounts: vec![fixture::account(
                1,
                "Praca",
                "alicja@example.pl",
                Protocol::Imap,
            )],
            ..Config::default()
        };
        config.save(&home).expect("config");
        let store = Store::open(&home).expect("store");
        store.ensure_account(1, "Praca").expect("account");
        fixture::big_folder(&store, 1, "INBOX", Some(SpecialUse::Inbox), count);
    }
    println!(
        "store filled with {count} messages in {:.1} s ({:.0} MiB on disk)",
        filling.elapsed().as_secs_f64(),
        std::fs::metadata(home.database())
            .map(|m| m.len() as f64 / 1048576.0)
            .unwrap_or(0.0)
    );
    let peak_reset = reset_peak();
    let rss_before = rss_mib().unwrap_or(0.0);

    // Launch to first frame.
    let launch = Instant::now();
    let store = Store::open(&home).expect("store");
    let accounts = Config::load(&home).expect("config").accounts;
    let opened = launch.elapsed();
    let mut mailbox = Mailbox::new(Arc::new(Mutex::new(store)), accounts);
    assert_eq!(mailbox.total(), count);
    let built = launch.elapsed();
    let settings = theme::settings();
    {
        let mut ui = Simulator::with_size(settings.clone(), WINDOW_SIZE, mailbox.view());
        let _ = ui.snapshot(&Theme::Light).expect("first frame");
    }
    let first_frame = launch.elapsed();
    println!(
        "launch to first frame: {:.0} ms (store open {:.0} ms, mailbox with first page {:.0} ms, layout + draw {:.0} ms); target <= 500 ms: {}",
        ms(first_frame),
        ms(opened),
        ms(built - opened),
        ms(first_frame - built),
        if first_frame <= Duration::from_millis(500) { "met" } else { "MISSED" }
    );

    // Fonts are loaded once per process; later simulators need not.
    let settings = Settings {
        fonts: Vec::new(),
        ..settings
    };
    let max = count as f32 * ROW_HEIGHT - LIST_HEIGHT;

    // Wheel: three rows per notch, 150 notches from the top.
    let mut frames = Vec::new();
    let mut updates = Vec::new();
    for notch in 1..=150 {
        let (frame, update) = frame(&mut mailbox, &settings, notch as f32 * 3.0 * ROW_HEIGHT);
        frames.push(frame);
        updates.push(update);
    }
    report("wheel scroll, frame", &mut frames);
    report("wheel scroll, update only", &mut updates);

    // Dragging the scroll bar: jumps all over the folder.
    let mut frames = Vec::new();
    let mut updates = Vec::new();
    for jump in 0..60u32 {
        // A fixed pseudo-random walk, the same on every run.
        let fraction = ((jump.wrapping_mul(2_654_435_761) >> 8) % 10_000) as f32 / 10_000.0;
        let (frame, update) = frame(&mut mailbox, &settings, fraction * max);
        frames.push(frame);
        updates.push(update);
    }
    report("scroll-bar jumps, frame", &mut frames);
    report("scroll-bar jumps, update only", &mut updates);

    // The same in a window that keeps its caches between frames, as the
    // application's does: the figures the goal (16 ms mean, 33 ms p95 at
    // scale 1) is about.
    for scale in [1.0, 2.0] {
        scroll_in_window(&mut mailbox, &settings, scale, max);
    }

    // The end of the folder, then sorted by subject (no index: a sort of
    // the whole folder per page).
    let (end, _) = frame(&mut mailbox, &settings, max);
    println!("jump to the last row, frame: {:.1} ms", ms(end));
    let sorting = Instant::now();
    let _ = mailbox.update(Message::List(message_list::Event::Sort(
        message_list::Column::Subject,
    )));
    println!(
        "re-sort by subject (first page): {:.1} ms",
        ms(sorting.elapsed())
    );
    let mut updates = Vec::new();
    for jump in 0..20u32 {
        let fraction = ((jump.wrapping_mul(2_246_822_519) >> 8) % 10_000) as f32 / 10_000.0;
        let (_, update) = frame(&mut mailbox, &settings, fraction * max);
        updates.push(update);
    }
    report("by subject, scroll-bar jumps, update", &mut updates);

    grouped_first_frame(&home, count, &settings);

    match (peak_rss_mib(), peak_reset) {
        (Some(peak), true) => println!(
            "peak RSS while opening and scrolling: {peak:.0} MiB (RSS before opening: {rss_before:.0} MiB)"
        ),
        (Some(peak), false) => println!("peak RSS of the whole run (filling included): {peak:.0} MiB"),
        (None, _) => println!("peak RSS: /proc/self/status not readable"),
    }
}
