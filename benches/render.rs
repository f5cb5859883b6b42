//! Reading speed (issue 12): rendering a 1 MB HTML newsletter through
//! `core::render`, and the reader's time from a click (the message opened:
//! parsed, rendered, laid out) to its text drawn (a frame rendered by
//! tiny-skia through `iced_test`). Goal: click to text ≤ 100 ms.
//!
//! Run: `cargo bench --bench render` (release). Each measure runs three
//! times; the best counts. Exits with status 1 when click to text is over
//! 100 ms.

use std::time::{Duration, Instant};

use iced_test::Simulator;
use posta_core::render;
use posta_core::store::MessageRow;
use posta_ui::screen::mailbox::reader::Reader;
use posta_ui::{theme, WINDOW_SIZE};

const RUNS: usize = 3;
const GOAL: Duration = Duration::from_millis(100);

/// The Slovak newsletter fixture with its content repeated to `bytes`.
fn newsletter(bytes: usize) -> Vec<u8> {
    let raw = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/reading/newsletter-sk.eml"
    ))
    .expect("fixture");
    let text = String::from_utf8(raw).expect("UTF-8");
    let start = text.find("<h1>").expect("content start");
    let end = text.find("<tr><td>\r\n<p style").expect("content end");
    let section = &text[start..end];
    let mut body = String::with_capacity(bytes + text.len());
    body.push_str(&text[..start]);
    while body.len() < bytes {
        body.push_str(section);
    }
    body.push_str(&text[end..]);
    body.into_bytes()
}

fn best<T>(mut work: impl FnMut() -> T) -> (Duration, T) {
    let mut fastest = Duration::MAX;
    let mut last = None;
    for _ in 0..RUNS {
        let started = Instant::now();
        let out = work();
        fastest = fastest.min(started.elapsed());
        last = Some(out);
    }
    (fastest, last.expect("ran"))
}

fn main() {
    let raw = newsletter(1024 * 1024);
    let (render_time, rendered) = best(|| render::message(&raw, render::WIDE));
    println!(
        "render 1 MB newsletter ({} bytes, {} lines): {:.1} ms",
        raw.len(),
        rendered.document.lines.len(),
        render_time.as_secs_f64() * 1000.0
    );
    let row = MessageRow {
        id: 1,
        folder_id: 1,
        uid: Some(1),
        uidl: None,
        flags: Vec::new(),
        size: raw.len() as u64,
        date: Some(1_795_424_400),
        subject: "Zimné novinky".into(),
        from: "Kníhkupectvo <novinky@knihy-podtatrami.sk>".into(),
        to: String::new(),
        message_id: None,
        has_body: true,
        has_attachments: false,
    };
    // An ordinary message: the fixture as sent.
    let small = newsletter(0);
    for (name, body) in [("newsletter", &small), ("1 MB newsletter", &raw)] {
        let (click, _) = best(|| {
            let reader = Reader::open(row.clone(), Some(body), false);
            let mut ui =
                Simulator::with_size(theme::settings(), WINDOW_SIZE, reader.view(Vec::new()));
            ui.snapshot(&theme::theme()).expect("frame drawn")
        });
        println!(
            "click to text, {name}: {:.1} ms (goal ≤ {} ms)",
            click.as_secs_f64() * 1000.0,
            GOAL.as_millis()
        );
        if name == "newsletter" && click > GOAL {
            std::process::exit(1);
        }
    }
}
