//! Drives the whole window headless with `iced_test`: clicks and types
//! through the simulator like a user, and runs every task the application
//! returns (detection, the connection test, saving) on a real tokio runtime,
//! feeding its messages back, as iced's runtime would.
//!
//! Included with `#[path]` by the wizard's UI tests; on its own it only
//! compiles.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use futures::StreamExt;
use iced::widget::Id;
use iced::{keyboard, Size, Task};
use iced_test::core::renderer::Headless;
use iced_test::runtime::user_interface::{self, UserInterface};
use iced_test::runtime::Action;
use iced_test::selector::{id, Candidate};
use iced_test::Simulator;
use posta_core::Secret;

use posta_ui::screen::wizard;
use posta_ui::{theme, App, Message, WINDOW_SIZE};

pub use crate::language;

/// A text on screen: what it says and where.
#[derive(Debug, Clone)]
pub struct ShownText {
    /// The words.
    pub content: String,
    /// Where the widget is laid out.
    pub bounds: iced::Rectangle,
    /// The part of it inside the window and its scrollables, if any.
    pub visible: Option<iced::Rectangle>,
}

/// The window's widget state kept from one event to the next, as iced's
/// runtime keeps it: which field has focus, where a page is scrolled.
struct Kept {
    cache: user_interface::Cache,
    renderer: iced_test::renderer::Renderer,
}

/// The application with a runtime for its tasks.
pub struct Harness {
    /// The application under test.
    pub app: App,
    runtime: tokio::runtime::Runtime,
    /// Every message the application received, in order.
    pub messages: Vec<Message>,
    /// The window size the simulator uses.
    pub size: Size,
    /// The widget state the keyboard works on (see [`Harness::press`]).
    kept: Option<Kept>,
}

impl Harness {
    /// The home screen with `options` for the wizard. The simulated window
    /// is tall, so that the flow tests can reach every button without
    /// scrolling; layout tests use [`Harness::with_size`].
    pub fn new(options: wizard::Options) -> Harness {
        Harness::with_size(options, Size::new(WINDOW_SIZE.width, 2400.0))
    }

    /// Like [`Harness::new`] with a window of `size`.
    pub fn with_size(options: wizard::Options, size: Size) -> Harness {
        Harness {
            app: App::with_options(options),
            runtime: tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("tokio runtime"),
            messages: Vec::new(),
            size,
            kept: None,
        }
    }

    /// The window as Posta starts with `options` (its home's accounts:
    /// the mailbox; none: the wizard), its first task run.
    pub fn booted(options: wizard::Options, size: Size) -> Harness {
        let mut harness = Harness::with_size(options.clone(), size);
        let (app, task) = App::boot_with(options);
        harness.app = app;
        harness.run(task);
        harness
    }

    /// Runs `future` on the harness's runtime.
    pub fn block_on<F: std::future::Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }

    fn simulator(&self) -> Simulator<'_, Message> {
        Simulator::with_size(theme::settings(), self.size, self.app.view())
    }

    /// Applies a message and runs the task it returns, to the end.
    pub fn update(&mut self, message: Message) {
        self.messages.push(message.clone());
        let task = self.app.update(message);
        self.run(task);
    }

    /// Applies a message but drops the task it returns (to test what the
    /// window shows while it would be running).
    pub fn update_without_running(&mut self, message: Message) {
        self.messages.push(message.clone());
        let _ = self.app.update(message);
    }

    /// Runs a task and feeds every message it produces back.
    pub fn run(&mut self, task: Task<Message>) {
        let Some(stream) = iced_test::runtime::task::into_stream(task) else {
            return;
        };
        let actions: Vec<Action<Message>> = self.runtime.block_on(stream.collect());
        for action in actions {
            match action {
                Action::Output(message) => self.update(message),
                // Focus a field, scroll a page: on the kept widget state.
                Action::Widget(operation) => self.operate(operation),
                _ => {}
            }
        }
    }

    /// Runs a widget operation (and the ones it chains) on the kept state,
    /// as iced's runtime does.
    fn operate(&mut self, operation: Box<dyn iced_test::core::widget::Operation>) {
        use iced_test::core::widget::operation::Outcome;
        self.with_kept(|ui, renderer| {
            let mut current = Some(operation);
            while let Some(mut operation) = current.take() {
                ui.operate(renderer, operation.as_mut());
                if let Outcome::Chain(next) = operation.finish() {
                    current = Some(next);
                }
            }
        });
    }

    /// Builds the window from the kept widget state, lets `f` work on it
    /// and keeps the state again.
    fn with_kept<R>(
        &mut self,
        f: impl FnOnce(
            &mut UserInterface<'_, Message, iced::Theme, iced_test::renderer::Renderer>,
            &mut iced_test::renderer::Renderer,
        ) -> R,
    ) -> R {
        let Kept {
            cache,
            mut renderer,
        } = match self.kept.take() {
            Some(kept) => kept,
            None => {
                // The simulator loads the fonts the renderer needs.
                drop(self.simulator());
                let settings = theme::settings();
                let backend = std::env::var("ICED_TEST_BACKEND").ok();
                let renderer =
                    futures::executor::block_on(<iced_test::renderer::Renderer as Headless>::new(
                        settings.default_font,
                        settings.default_text_size,
                        backend.as_deref(),
                    ))
                    .expect("a headless renderer");
                Kept {
                    cache: user_interface::Cache::default(),
                    renderer,
                }
            }
        };
        let mut ui = UserInterface::build(self.app.view(), self.size, cache, &mut renderer);
        let out = f(&mut ui, &mut renderer);
        let cache = ui.into_cache();
        self.kept = Some(Kept { cache, renderer });
        out
    }

    /// Presses `key` (and lets it go) with `modifiers`, on the kept widget
    /// state: the focused field gets it first; what it leaves reaches the
    /// window's keyboard handling, as through its subscriptions.
    pub fn press(&mut self, key: impl Into<keyboard::Key>, modifiers: keyboard::Modifiers) {
        let key = key.into();
        let text = match &key {
            keyboard::Key::Character(c) => Some(c.clone()),
            _ => None,
        };
        let pressed = iced::Event::Keyboard(keyboard::Event::KeyPressed {
            key: key.clone(),
            modified_key: key.clone(),
            physical_key: keyboard::key::Physical::Unidentified(
                keyboard::key::NativeCode::Unidentified,
            ),
            location: keyboard::Location::Standard,
            modifiers,
            repeat: false,
            text,
        });
        let released = iced::Event::Keyboard(keyboard::Event::KeyReleased {
            key: key.clone(),
            modified_key: key,
            physical_key: keyboard::key::Physical::Unidentified(
                keyboard::key::NativeCode::Unidentified,
            ),
            location: keyboard::Location::Standard,
            modifiers,
        });
        self.event(pressed);
        self.event(released);
    }

    /// Taps a named key (Tab, Enter, Escape…) without modifiers.
    pub fn tap(&mut self, key: keyboard::key::Named) {
        self.press(key, keyboard::Modifiers::default());
    }

    /// Types `text` one key at a time, each seen by the window before the
    /// next, as a person types.
    pub fn typewrite(&mut self, text: &str) {
        for c in text.chars() {
            let modifiers = if c.is_uppercase() {
                keyboard::Modifiers::SHIFT
            } else {
                keyboard::Modifiers::default()
            };
            self.press(keyboard::Key::Character(c.to_string().into()), modifiers);
        }
    }

    /// One event through the kept widget state; its messages, and the key
    /// press it is, go to the application.
    fn event(&mut self, event: iced::Event) {
        let (messages, status) = self.with_kept(|ui, renderer| {
            let mut messages = Vec::new();
            let (_, statuses) = ui.update(
                std::slice::from_ref(&event),
                iced::mouse::Cursor::Unavailable,
                renderer,
                &mut iced_test::core::clipboard::Null,
                &mut messages,
            );
            let status = statuses
                .first()
                .copied()
                .unwrap_or(iced::event::Status::Ignored);
            (messages, status)
        });
        self.apply(messages, true);
        if let Some(press) = posta_ui::keyboard::press(event, status, iced::window::Id::unique()) {
            // The mailbox's shortcuts listen to the keys no widget took.
            let shortcut = (!press.taken).then(|| {
                Message::Mailbox(posta_ui::screen::mailbox::Message::Key(
                    press.key.clone(),
                    press.modifiers,
                ))
            });
            self.update(Message::Key(press));
            if let Some(shortcut) = shortcut {
                self.update(shortcut);
            }
        }
    }

    /// Clicks the widget with id `widget` on the kept widget state (a menu
    /// stays open for the keys that follow).
    pub fn click_kept(&mut self, widget: Id) {
        let bounds = self.with_kept(|ui, renderer| {
            let mut operation = iced_test::Selector::find(id(widget.clone()));
            ui.operate(
                renderer,
                &mut iced_test::core::widget::operation::black_box(&mut operation),
            );
            match iced_test::core::widget::Operation::finish(&operation) {
                iced_test::core::widget::operation::Outcome::Some(Some(target)) => {
                    target.visible_bounds()
                }
                _ => None,
            }
        });
        let at = bounds
            .unwrap_or_else(|| panic!("{widget:?} is not on screen"))
            .center();
        use iced::mouse::{Button, Event as Mouse};
        self.mouse(
            &[
                Mouse::CursorMoved { position: at },
                Mouse::ButtonPressed(Button::Left),
                Mouse::ButtonReleased(Button::Left),
            ],
            at,
        );
    }

    /// Drags with the left button from `from` to `to` on the kept widget
    /// state, the pointer passing points between; the window sees each
    /// event before the next, as when a person drags.
    pub fn drag(&mut self, from: iced::Point, to: iced::Point) {
        self.press_and_move(from, to);
        self.release(to);
    }

    /// Presses the left button at `from` and moves to `to` (in steps),
    /// holding it.
    pub fn press_and_move(&mut self, from: iced::Point, to: iced::Point) {
        use iced::mouse::{Button, Event as Mouse};
        self.mouse(
            &[
                Mouse::CursorMoved { position: from },
                Mouse::ButtonPressed(Button::Left),
            ],
            from,
        );
        for step in 1..=4u8 {
            let part = f32::from(step) / 4.0;
            let at = iced::Point::new(
                from.x + (to.x - from.x) * part,
                from.y + (to.y - from.y) * part,
            );
            self.mouse(&[Mouse::CursorMoved { position: at }], at);
        }
    }

    /// Lets the left button go at `at`.
    pub fn release(&mut self, at: iced::Point) {
        use iced::mouse::{Button, Event as Mouse};
        self.mouse(
            &[
                Mouse::CursorMoved { position: at },
                Mouse::ButtonReleased(Button::Left),
            ],
            at,
        );
    }

    /// Mouse events with the pointer at `at`, seen together; then their
    /// messages go to the application.
    fn mouse(&mut self, events: &[iced::mouse::Event], at: iced::Point) {
        let events: Vec<iced::Event> = events.iter().map(|e| iced::Event::Mouse(*e)).collect();
        let messages = self.with_kept(|ui, renderer| {
            let mut messages = Vec::new();
            let _ = ui.update(
                &events,
                iced::mouse::Cursor::Available(at),
                renderer,
                &mut iced_test::core::clipboard::Null,
                &mut messages,
            );
            messages
        });
        self.apply(messages, true);
    }

    /// The field that has the keyboard focus now, if any.
    pub fn focused(&mut self) -> Option<Id> {
        use iced_test::core::widget::operation::{focusable, Outcome};
        use iced_test::core::widget::Operation;
        self.with_kept(|ui, renderer| {
            let mut find = focusable::find_focused();
            ui.operate(
                renderer,
                &mut iced_test::core::widget::operation::black_box(&mut find),
            );
            match find.finish() {
                Outcome::Some(id) => Some(id),
                _ => None,
            }
        })
    }

    /// Every text on screen as the kept widget state shows it (scrolled
    /// where the keyboard or a page left it).
    pub fn kept_texts(&mut self) -> Vec<ShownText> {
        let mut found = Vec::new();
        self.with_kept(|ui, renderer| {
            let collect = |candidate: Candidate<'_>| -> Option<()> {
                if let Candidate::Text {
                    bounds,
                    visible_bounds,
                    content,
                    ..
                } = candidate
                {
                    found.push(ShownText {
                        content: content.to_owned(),
                        bounds,
                        visible: visible_bounds,
                    });
                }
                None
            };
            let mut operation = iced_test::Selector::find(collect);
            ui.operate(
                renderer,
                &mut iced_test::core::widget::operation::black_box(&mut operation),
            );
        });
        found
    }

    /// Scrolls the page's body by `lines` wheel lines at `position`, on the
    /// kept widget state.
    pub fn scroll_at(&mut self, position: iced::Point, lines: f32) {
        let event = iced::Event::Mouse(iced::mouse::Event::WheelScrolled {
            delta: iced::mouse::ScrollDelta::Lines { x: 0.0, y: -lines },
        });
        let messages = self.with_kept(|ui, renderer| {
            let mut messages = Vec::new();
            let _ = ui.update(
                &[event],
                iced::mouse::Cursor::Available(position),
                renderer,
                &mut iced_test::core::clipboard::Null,
                &mut messages,
            );
            messages
        });
        self.apply(messages, true);
    }

    fn apply(&mut self, messages: Vec<Message>, run: bool) {
        for message in messages {
            if run {
                self.update(message);
            } else {
                self.update_without_running(message);
            }
        }
    }

    /// Clicks the (first) text that reads exactly `label`, e.g. a button's.
    pub fn click(&mut self, label: &str) {
        let messages = {
            let mut ui = self.simulator();
            ui.click(label)
                .unwrap_or_else(|e| panic!("click {label:?}: {e}\non screen: {:?}", self.texts()));
            ui.into_messages().collect()
        };
        self.apply(messages, true);
    }

    /// Clicks `label` and drops the tasks its messages return.
    pub fn click_without_running(&mut self, label: &str) {
        let messages = {
            let mut ui = self.simulator();
            ui.click(label)
                .unwrap_or_else(|e| panic!("click {label:?}: {e}"));
            ui.into_messages().collect()
        };
        self.apply(messages, false);
    }

    /// True when clicking `label` does nothing (a disabled button).
    pub fn click_does_nothing(&mut self, label: &str) -> bool {
        let mut ui = self.simulator();
        ui.click(label)
            .unwrap_or_else(|e| panic!("click {label:?}: {e}"));
        ui.into_messages().next().is_none()
    }

    /// Clicks the widget with `widget` id (a radio or checkbox wrapper).
    pub fn click_id(&mut self, widget: Id) {
        let messages = {
            let mut ui = self.simulator();
            ui.click(id(widget.clone()))
                .unwrap_or_else(|e| panic!("click {widget:?}: {e}"));
            ui.into_messages().collect()
        };
        self.apply(messages, true);
    }

    /// Clicks into the input `widget` and types `text`.
    pub fn type_into(&mut self, widget: Id, text: &str) {
        let messages = {
            let mut ui = self.simulator();
            ui.click(id(widget.clone()))
                .unwrap_or_else(|e| panic!("focus {widget:?}: {e}"));
            let _ = ui.typewrite(text);
            ui.into_messages().collect()
        };
        self.apply(messages, true);
    }

    /// Clicks into the input `widget`, erases `erase` characters with
    /// Backspace and types `text`.
    pub fn replace_in(&mut self, widget: Id, erase: usize, text: &str) {
        let messages = {
            let mut ui = self.simulator();
            let target = ui
                .click(id(widget.clone()))
                .unwrap_or_else(|e| panic!("focus {widget:?}: {e}"));
            // The cursor goes where the click was: move it to the end first.
            let _ = target;
            let _ = ui.tap_key(keyboard::key::Named::End);
            for _ in 0..erase {
                let _ = ui.tap_key(keyboard::key::Named::Backspace);
            }
            let _ = ui.typewrite(text);
            ui.into_messages().collect()
        };
        self.apply(messages, true);
    }

    /// True when a text reads exactly `text`.
    pub fn sees(&self, text: &str) -> bool {
        self.simulator().find(text).is_ok()
    }

    /// Every text on screen (labels, paragraphs, input values).
    pub fn texts(&self) -> Vec<ShownText> {
        let mut found = Vec::new();
        {
            let mut ui = self.simulator();
            let collect = |candidate: Candidate<'_>| -> Option<()> {
                match candidate {
                    Candidate::Text {
                        bounds,
                        visible_bounds,
                        content,
                        ..
                    } => found.push(ShownText {
                        content: content.to_owned(),
                        bounds,
                        visible: visible_bounds,
                    }),
                    Candidate::TextInput {
                        bounds,
                        visible_bounds,
                        state,
                        ..
                    } => found.push(ShownText {
                        content: state.text().to_owned(),
                        bounds,
                        visible: visible_bounds,
                    }),
                    _ => {}
                }
                None
            };
            let _ = ui.find(collect);
        }
        found
    }

    /// True when some text on screen contains `words`.
    pub fn sees_words(&self, words: &str) -> bool {
        self.texts().iter().any(|t| t.content.contains(words))
    }

    /// Panics with the screen's texts unless `words` are on screen.
    pub fn expect_words(&self, words: &str) {
        if !self.sees_words(words) {
            let shown: Vec<String> = self.texts().into_iter().map(|t| t.content).collect();
            panic!(
                "expected {words:?} on screen; it shows:\n{}",
                shown.join("\n")
            );
        }
    }

    /// The bounds of the widget with id `widget`.
    pub fn bounds_of(&self, widget: Id) -> iced::Rectangle {
        let mut ui = self.simulator();
        ui.find(id(widget)).expect("widget").bounds()
    }

    /// The wizard's page, if the wizard is shown.
    pub fn step(&self) -> Option<wizard::Step> {
        self.app.wizard().map(|w| w.step())
    }

    /// Debug text of every message seen, to check that no secret leaks.
    pub fn message_log(&self) -> String {
        format!("{:?}", self.messages)
    }
}

/// Every file below `root`, recursively.
pub fn files_under(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut pending = vec![root.to_owned()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out
}

/// Panics if `secret` appears in any file below `root`.
pub fn assert_not_on_disk(root: &Path, secret: &str) {
    let files = files_under(root);
    assert!(
        !files.is_empty(),
        "nothing was written under {}",
        root.display()
    );
    for file in files {
        let bytes = std::fs::read(&file).unwrap_or_default();
        let found = bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
        assert!(!found, "the password is written in {}", file.display());
    }
}

/// True when the desktop keyring takes and gives back a password here.
pub fn keyring_works(harness: &Harness) -> bool {
    use posta_core::store::keyring;
    harness.block_on(async {
        let probe = Secret::new("posta-test-probe");
        if keyring::store_password(999_999, "posta-keyring-probe", &probe)
            .await
            .is_err()
        {
            return false;
        }
        let back = keyring::load_password(999_999, "posta-keyring-probe").await;
        let _ = keyring::delete_password(999_999, "posta-keyring-probe").await;
        back.is_ok_and(|p| p == probe)
    })
}
