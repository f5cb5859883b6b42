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

/// The application with a runtime for its tasks.
pub struct Harness {
    /// The application under test.
    pub app: App,
    runtime: tokio::runtime::Runtime,
    /// Every message the application received, in order.
    pub messages: Vec<Message>,
    /// The window size the simulator uses.
    pub size: Size,
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
        }
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
            if let Action::Output(message) = action {
                self.update(message);
            }
        }
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
