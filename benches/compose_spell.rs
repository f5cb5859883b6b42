//! Spell checking a long message as it is typed: a Polish body of 5,000
//! words (about 3 % of them misspelled) in the compose window, one
//! character typed at a time at the start of the text, each keystroke
//! timed from the key to the frame that shows the new marks:
//!
//! - the window's `update` for the key (the UI thread's share: the edit and
//!   handing the text to the background check),
//! - the background check (tokenising the whole text, the checker's
//!   per-word cache, spellbook for new words) and applying its result,
//! - the next frame (view, layout, the highlighter over the visible lines,
//!   drawing every pixel at scale 1).
//!
//! The floor is a frame of the same window without a keystroke, measured
//! in the same run. Needs `hunspell-pl`.
//!
//! ```sh
//! cargo bench --bench compose_spell
//! ```
//!
//! `POSTA_BENCH_WORDS` changes the length (default 5000).

#[path = "support/window.rs"]
mod window;

use std::time::{Duration, Instant};

use iced::widget::text_editor::{Action as EditorAction, Edit};
use posta_core::compose::Draft;
use posta_core::store::PostaHome;
use posta_testkit::window::settle;
use posta_ui::screen::compose::{Action, Compose, Context, Kind, Message};
use posta_ui::{theme, WINDOW_SIZE};
use window::Window;

/// Everyday Polish, each word in the dictionary.
const WORDS: &str = "dzień dobry dziękuję za wiadomość przesyłam umowę najmu \
    mieszkania proszę o podpisanie jej do piątku jeśli coś jest niejasne \
    zadzwoń do mnie jutro po południu spotkanie zarządu odbędzie się w \
    przyszłym tygodniu w sali konferencyjnej na drugim piętrze budynku \
    przygotowałem krótkie podsumowanie wyników sprzedaży za ostatni kwartał \
    liczby są lepsze niż zakładaliśmy ale koszty transportu wzrosły bardzo \
    wyraźnie musimy porozmawiać o nowych dostawcach oraz o terminach \
    płatności faktury zostały wysłane pocztą elektroniczną w poniedziałek \
    rano załącznik zawiera wszystkie dokumenty których potrzebujesz \
    pozdrawiam serdecznie życzę miłego weekendu i do zobaczenia wkrótce \
    odpowiedź otrzymasz najpóźniej w środę ponieważ kierownik jest na \
    urlopie zespół pracuje nad projektem od początku roku klient zgłosił \
    kilka uwag do ostatniej wersji aplikacji poprawki będą gotowe przed \
    końcem miesiąca";

fn body(words: usize) -> String {
    let vocabulary: Vec<&str> = WORDS.split_whitespace().collect();
    let mut seed: u32 = 31;
    let mut text = String::new();
    for n in 0..words {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let pick = (seed >> 16) as usize;
        let word = vocabulary[pick % vocabulary.len()];
        if pick % 33 == 0 && word.chars().count() > 3 {
            // A typo: two letters swapped.
            let mut letters: Vec<char> = word.chars().collect();
            letters.swap(1, 2);
            text.extend(letters);
        } else {
            text.push_str(word);
        }
        text.push(if n % 12 == 11 { '\n' } else { ' ' });
        if n % 72 == 71 {
            text.push('\n');
        }
    }
    text
}

fn stats(name: &str, samples: &mut [Duration]) -> f64 {
    samples.sort();
    let mean = samples.iter().sum::<Duration>().as_secs_f64() / samples.len() as f64;
    let p95 = samples[samples.len() * 95 / 100];
    println!(
        "{name}: mean {:.2} ms, p95 {:.2} ms",
        mean * 1000.0,
        p95.as_secs_f64() * 1000.0
    );
    mean
}

fn main() {
    let words: usize = std::env::var("POSTA_BENCH_WORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5000);
    let text = body(words);
    let dir = tempfile::tempdir().expect("tempdir");
    let (_store_dir, store) = posta_testkit::stores::shared_store();
    let context = Context {
        home: PostaHome::at(dir.path()),
        store,
        account: posta_testkit::accounts::base(),
        password: None,
    };
    let draft = Draft {
        body: text.clone(),
        ..Draft::default()
    };
    let mut compose = Compose::new(context, Kind::New, draft);
    let rt = tokio::runtime::Runtime::new().expect("runtime");

    let first = Instant::now();
    let start = Action::Run(compose.start_spelling());
    settle(&rt, &mut compose, start);
    let marked = compose.spelling().marks().words.len();
    println!(
        "{} words, {} distinct misspelled; first check (loading pl_PL, every word new): {:.0} ms",
        text.split_whitespace().count(),
        marked,
        first.elapsed().as_secs_f64() * 1000.0
    );
    assert!(marked > 0, "install hunspell-pl: nothing was marked");

    let mut window = Window::new(&theme::settings(), WINDOW_SIZE, 1.0);
    window.draw(compose.view());
    let mut frames = Vec::new();
    for _ in 0..40 {
        let start = Instant::now();
        window.draw(compose.view());
        frames.push(start.elapsed());
    }

    let typed = "Orgomne dzienki za wiadomość, przesyłam umowę i faktury. ";
    let (mut updates, mut checks, mut totals) = (Vec::new(), Vec::new(), Vec::new());
    for c in typed.chars().chain(typed.chars()) {
        let start = Instant::now();
        let action = compose.update(Message::Body(EditorAction::Edit(Edit::Insert(c))));
        let updated = start.elapsed();
        settle(&rt, &mut compose, action);
        let checked = start.elapsed();
        window.draw(compose.view());
        let total = start.elapsed();
        updates.push(updated);
        checks.push(checked - updated);
        totals.push(total);
    }
    assert!(compose.spelling().marks().words.contains("dzienki"));

    // The parts of the background check, on the same text.
    let (mut detecting, mut tokenising) = (Vec::new(), Vec::new());
    for _ in 0..20 {
        let start = Instant::now();
        std::hint::black_box(posta_core::spell::detect(&text));
        detecting.push(start.elapsed());
        let start = Instant::now();
        std::hint::black_box(posta_core::spell::words(&text));
        tokenising.push(start.elapsed());
    }
    stats("  of which language detection", &mut detecting);
    stats("  of which finding the words", &mut tokenising);

    let floor = stats("floor: a frame of the window, no keystroke", &mut frames);
    stats("keystroke: update on the UI thread", &mut updates);
    stats("keystroke: background check of the whole text", &mut checks);
    let total = stats("keystroke to the frame with the new marks", &mut totals);
    println!("ratio to the floor: {:.2}×", total / floor);
}
