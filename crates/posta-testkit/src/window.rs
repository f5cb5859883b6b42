//! Drives one screen of the window (the mailbox, the compose window, the
//! sharing dialog, the settings) through `iced_test`'s simulator at the shipped size and
//! theme: clicking, typing, pressing keys and running the tasks it returns.

use futures::StreamExt;
use iced::keyboard::{self, Key, Modifiers};
use iced::widget::Id;
use iced::{Element, Event, Task};
use iced_test::selector::id;
use iced_test::{runtime, Simulator};
use posta_ui::screen::{compose, mailbox, settings, share};
use posta_ui::{theme, WINDOW_SIZE};

/// A screen the tests drive: what it shows, how it takes a message, and
/// which of its actions is a task to run.
pub trait Screen {
    /// What the screen's widgets produce.
    type Message;
    /// What the screen asks of the application after a message.
    type Action;
    /// What the screen shows.
    fn view(&self) -> Element<'_, Self::Message>;
    /// Applies one message.
    fn update(&mut self, message: Self::Message) -> Self::Action;
    /// The task of an action that runs one; any other action back.
    fn task(action: Self::Action) -> Result<Task<Self::Message>, Self::Action>;
    /// The action that asks nothing.
    fn nothing() -> Self::Action;
}

impl Screen for mailbox::Mailbox {
    type Message = mailbox::Message;
    type Action = mailbox::Action;
    fn view(&self) -> Element<'_, mailbox::Message> {
        mailbox::Mailbox::view(self)
    }
    fn update(&mut self, message: mailbox::Message) -> mailbox::Action {
        mailbox::Mailbox::update(self, message)
    }
    fn task(action: mailbox::Action) -> Result<Task<mailbox::Message>, mailbox::Action> {
        match action {
            mailbox::Action::Run(task) => Ok(task),
            other => Err(other),
        }
    }
    fn nothing() -> mailbox::Action {
        mailbox::Action::None
    }
}

impl Screen for compose::Compose {
    type Message = compose::Message;
    type Action = compose::Action;
    fn view(&self) -> Element<'_, compose::Message> {
        compose::Compose::view(self)
    }
    fn update(&mut self, message: compose::Message) -> compose::Action {
        compose::Compose::update(self, message)
    }
    fn task(action: compose::Action) -> Result<Task<compose::Message>, compose::Action> {
        match action {
            compose::Action::Run(task) => Ok(task),
            other => Err(other),
        }
    }
    fn nothing() -> compose::Action {
        compose::Action::None
    }
}

impl Screen for share::Share {
    type Message = share::Message;
    type Action = share::Action;
    fn view(&self) -> Element<'_, share::Message> {
        share::Share::view(self)
    }
    fn update(&mut self, message: share::Message) -> share::Action {
        share::Share::update(self, message)
    }
    fn task(action: share::Action) -> Result<Task<share::Message>, share::Action> {
        match action {
            share::Action::Run(task) => Ok(task),
            other => Err(other),
        }
    }
    fn nothing() -> share::Action {
        share::Action::None
    }
}

impl Screen for settings::Settings {
    type Message = settings::Message;
    type Action = settings::Action;
    fn view(&self) -> Element<'_, settings::Message> {
        settings::Settings::view(self)
    }
    fn update(&mut self, message: settings::Message) -> settings::Action {
        settings::Settings::update(self, message)
    }
    fn task(action: settings::Action) -> Result<Task<settings::Message>, settings::Action> {
        match action {
            settings::Action::Run(task) | settings::Action::StopAccount(_, task) => Ok(task),
            other => Err(other),
        }
    }
    fn nothing() -> settings::Action {
        settings::Action::None
    }
}

pub use crate::runtime;

/// The simulated window showing `screen`.
pub fn simulator<S: Screen>(screen: &S) -> Simulator<'_, S::Message> {
    Simulator::with_size(theme::settings(), WINDOW_SIZE, screen.view())
}

/// Writes what the window looks like to `$POSTA_SNAPSHOT_DIR/NAME.png`
/// when that variable is set (for a person to look at; not a check).
pub fn look_at<S: Screen>(screen: &S, name: &str) {
    keep_picture(screen.view(), name);
}

/// Writes `view` at the window's size to
/// `$POSTA_SNAPSHOT_DIR/NAME-tiny-skia.png` when that variable is set.
/// iced compares with an existing file instead of replacing it, so the
/// old picture goes first.
pub fn keep_picture<'a, M: 'a>(view: impl Into<iced::Element<'a, M>>, name: &str) {
    let Some(dir) = std::env::var_os("POSTA_SNAPSHOT_DIR") else {
        return;
    };
    let mut ui = Simulator::with_size(theme::settings(), WINDOW_SIZE, view);
    let snapshot = ui.snapshot(&theme::theme()).expect("snapshot");
    let dir = std::path::Path::new(&dir);
    for backend in ["tiny-skia", "wgpu"] {
        let _ = std::fs::remove_file(dir.join(format!("{name}-{backend}.png")));
    }
    let _ = snapshot.matches_image(dir.join(format!("{name}.png")));
}

/// Whether `text` is on the screen.
pub fn sees<S: Screen>(screen: &S, text: &str) -> bool {
    simulator(screen).find(text).is_ok()
}

/// The messages clicking the text `label` produces; panics when it is not
/// clickable or the click produced nothing.
pub fn clicked<S: Screen>(screen: &S, label: &str) -> Vec<S::Message> {
    let mut ui = simulator(screen);
    ui.click(label)
        .unwrap_or_else(|e| panic!("{label:?} not clickable: {e:?}"));
    let messages: Vec<S::Message> = ui.into_messages().collect();
    assert!(!messages.is_empty(), "clicking {label:?} did nothing");
    messages
}

/// The messages clicking the widget `target` produces; panics when it is
/// not found or the click produced nothing.
pub fn clicked_id<S: Screen>(screen: &S, target: Id) -> Vec<S::Message> {
    let mut ui = simulator(screen);
    ui.click(id(target)).expect("choice found");
    let messages: Vec<S::Message> = ui.into_messages().collect();
    assert!(!messages.is_empty(), "the click did nothing");
    messages
}

/// Applies `messages` in order; returns the actions they asked for.
pub fn apply<S: Screen>(screen: &mut S, messages: Vec<S::Message>) -> Vec<S::Action> {
    messages.into_iter().map(|m| screen.update(m)).collect()
}

/// Clicks the text `label` and applies what the click produced; returns
/// the actions asked for (tasks are not run).
pub fn click<S: Screen>(screen: &mut S, label: &str) -> Vec<S::Action> {
    let messages = clicked(screen, label);
    apply(screen, messages)
}

/// Types `text` into the field `target` one character at a time, as a
/// person would: each keystroke's messages are applied before the next.
pub fn type_into<S: Screen>(screen: &mut S, target: Id, text: &str) {
    for c in text.chars() {
        let messages: Vec<S::Message> = {
            let mut ui = simulator(screen);
            ui.click(id(target.clone())).expect("field found");
            ui.typewrite(&c.to_string());
            ui.into_messages().collect()
        };
        let _ = apply(screen, messages);
    }
}

/// Replaces what the field `target` holds with `text`, as a person would:
/// a click into it, Ctrl+A, Backspace, then `text` typed key by key.
pub fn replace_in<S: Screen>(screen: &mut S, target: Id, text: &str) {
    let messages: Vec<S::Message> = {
        let mut ui = simulator(screen);
        ui.click(id(target.clone())).expect("field found");
        let a = char_key("a");
        ui.simulate([
            Event::Keyboard(keyboard::Event::ModifiersChanged(Modifiers::CTRL)),
            Event::Keyboard(keyboard::Event::KeyPressed {
                key: a.clone(),
                modified_key: a.clone(),
                physical_key: keyboard::key::Physical::Unidentified(
                    keyboard::key::NativeCode::Unidentified,
                ),
                location: keyboard::Location::Standard,
                modifiers: Modifiers::CTRL,
                repeat: false,
                text: None,
            }),
            Event::Keyboard(keyboard::Event::KeyReleased {
                key: a.clone(),
                modified_key: a,
                physical_key: keyboard::key::Physical::Unidentified(
                    keyboard::key::NativeCode::Unidentified,
                ),
                location: keyboard::Location::Standard,
                modifiers: Modifiers::CTRL,
            }),
            Event::Keyboard(keyboard::Event::ModifiersChanged(Modifiers::empty())),
        ]);
        ui.tap_key(keyboard::key::Named::Backspace);
        ui.into_messages().collect()
    };
    let _ = apply(screen, messages);
    type_into(screen, target, text);
}

/// Runs an action's tasks to the end on `rt` and applies every message
/// they yield; returns the last action that was not a task.
pub fn settle<S: Screen>(
    rt: &tokio::runtime::Runtime,
    screen: &mut S,
    action: S::Action,
) -> S::Action {
    let mut pending = vec![action];
    let mut last = S::nothing();
    while let Some(action) = pending.pop() {
        match S::task(action) {
            Ok(task) => {
                let Some(stream) = runtime::task::into_stream(task) else {
                    continue;
                };
                let outputs: Vec<_> = rt.block_on(stream.collect());
                for output in outputs {
                    if let runtime::Action::Output(message) = output {
                        pending.push(screen.update(message));
                    }
                }
            }
            Err(other) => last = other,
        }
    }
    last
}

/// Presses `key` with `modifiers` held (and lets them go after); returns
/// what the mailbox asked for.
pub fn press(mailbox: &mut mailbox::Mailbox, key: Key, modifiers: Modifiers) -> mailbox::Action {
    let _ = mailbox.update(mailbox::Message::Modifiers(modifiers));
    let action = mailbox.update(mailbox::Message::Key(key, modifiers));
    let _ = mailbox.update(mailbox::Message::Modifiers(Modifiers::empty()));
    action
}

/// The key that types `c`.
pub fn char_key(c: &str) -> Key {
    Key::Character(c.into())
}
