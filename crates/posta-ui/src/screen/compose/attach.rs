//! Choosing files to attach: the desktop's file dialog through rfd (the XDG
//! portal, else zenity), and a path field where neither exists — rfd then
//! returns nothing at all, which looks just like "cancelled", so the field
//! is offered after an empty answer too.

use std::path::{Path, PathBuf};

use iced::Task;

use super::{Action, Compose, Message};
use posta_core::compose::Attachment;
use posta_i18n::t;

/// The file dialog's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picker {
    /// Not open.
    Idle,
    /// Open (waiting for the user).
    Open,
    /// No dialog exists here: the path field is shown with why.
    Unavailable,
    /// The dialog returned nothing: the path field is offered, in case no
    /// dialog appeared.
    NothingChosen,
}

/// Whether a file dialog can appear: the portal needs a session bus,
/// the fallback needs `zenity` on the `PATH`.
pub fn picker_available() -> bool {
    // A session bus alone shows no dialog: the desktop portal must be
    // installed too (rfd's first choice), or zenity (its fallback).
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
    let portal = [
        "/usr/libexec/xdg-desktop-portal",
        "/usr/lib/xdg-desktop-portal/xdg-desktop-portal",
    ]
    .iter()
    .any(|p| std::path::Path::new(p).is_file());
    let bus = bus && portal;
    let zenity = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join("zenity").is_file()));
    bus || zenity
}

/// Reads a file off the UI thread; the error is a translated sentence.
async fn read(path: PathBuf) -> Result<Attachment, String> {
    let shown = path.display().to_string();
    let read = tokio::task::spawn_blocking(move || Attachment::read(&path)).await;
    match read {
        Ok(Ok(attachment)) => Ok(attachment),
        Ok(Err(err)) => Err(t!(
            "compose-attach-failed",
            path = shown,
            details = err.to_string()
        )),
        Err(err) => Err(t!(
            "compose-attach-failed",
            path = shown,
            details = err.to_string()
        )),
    }
}

/// Tasks reading each path.
fn read_all(paths: impl IntoIterator<Item = PathBuf>) -> Task<Message> {
    Task::batch(
        paths
            .into_iter()
            .map(|path| Task::perform(read(path), Message::Loaded)),
    )
}

impl Compose {
    /// "Attach files…": the dialog, or the path field where there is none.
    pub(super) fn open_picker(&mut self) -> Action {
        if !picker_available() {
            self.picker = Picker::Unavailable;
            return Action::Run(iced::widget::operation::focus(super::ids::PATH));
        }
        self.picker = Picker::Open;
        let dialog = rfd::AsyncFileDialog::new().set_title(t!("compose-dialog-title"));
        Action::Run(Task::perform(
            async move {
                dialog
                    .pick_files()
                    .await
                    .map(|files| files.iter().map(|f| f.path().to_path_buf()).collect())
            },
            Message::Picked,
        ))
    }

    /// The dialog closed.
    pub(super) fn picked(&mut self, paths: Option<Vec<PathBuf>>) -> Action {
        match paths {
            Some(paths) if !paths.is_empty() => {
                self.picker = Picker::Idle;
                Action::Run(read_all(paths))
            }
            _ => {
                self.picker = Picker::NothingChosen;
                Action::None
            }
        }
    }

    /// "Attach" beside the path field.
    pub(super) fn attach_path(&mut self) -> Action {
        let typed = self.path.trim();
        if typed.is_empty() {
            return Action::None;
        }
        let path = expand_home(typed);
        self.path.clear();
        Action::Run(read_all([path]))
    }

    /// A file was read.
    pub(super) fn loaded(&mut self, result: Result<Attachment, String>) {
        match result {
            Ok(attachment) => {
                self.attachments.push(attachment);
                if matches!(self.status, super::Status::Problem(_)) {
                    self.status = super::Status::Editing;
                }
                if self.picker == Picker::NothingChosen {
                    self.picker = Picker::Idle;
                }
            }
            Err(problem) => self.status = super::Status::Problem(problem),
        }
    }
}

/// `~/x` as the home directory's `x`, as people type it.
fn expand_home(typed: &str) -> PathBuf {
    match (typed.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest),
        _ => PathBuf::from(typed),
    }
}
