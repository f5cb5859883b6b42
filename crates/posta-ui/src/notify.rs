//! Desktop notifications, behind [`Notifier`] so the window does not care
//! how they are shown and tests can listen on a private session bus. The
//! real one, [`Desktop`], speaks `org.freedesktop.Notifications` through
//! notify-rust; a click on a notification comes back through [`clicks`].

use std::sync::{Mutex, OnceLock};

use tokio::sync::mpsc;

/// One notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The application's name as the desktop shows it.
    pub app_name: String,
    /// The first line (plain text).
    pub summary: String,
    /// The rest (plain text; escaped for the daemon's markup here).
    pub body: String,
    /// What a click opens, if anything.
    pub opens: Option<Opened>,
}

/// A message a notification stands for: (account id, store message id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Opened {
    /// Account id.
    pub account: i64,
    /// Store message id.
    pub message_id: i64,
}

/// Shows notifications; never blocks the caller.
pub trait Notifier: Send + Sync + std::fmt::Debug {
    /// Shows `note` (failures are logged: a desktop without a
    /// notification service simply shows none).
    fn show(&self, note: Note);
}

/// The desktop's notification service (D-Bus session bus).
#[derive(Debug, Default, Clone, Copy)]
pub struct Desktop;

type Clicks = (
    mpsc::UnboundedSender<Opened>,
    Mutex<Option<mpsc::UnboundedReceiver<Opened>>>,
);

fn click_channel() -> &'static Clicks {
    static CLICKS: OnceLock<Clicks> = OnceLock::new();
    CLICKS.get_or_init(|| {
        let (tx, rx) = mpsc::unbounded_channel();
        (tx, Mutex::new(Some(rx)))
    })
}

/// The clicked notifications' messages; the first caller gets the
/// receiver, later ones `None`.
pub fn clicks() -> Option<mpsc::UnboundedReceiver<Opened>> {
    click_channel()
        .1
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .take()
}

/// Escapes what notification daemons read as markup (`<`, `>`, `&`): a
/// sender `Anna <anna@example.org>` must not vanish as a tag.
pub fn escape_markup(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The action a click on the notification's body invokes.
const DEFAULT_ACTION: &str = "default"; // i18n-allow: a protocol key, never shown

impl Notifier for Desktop {
    fn show(&self, note: Note) {
        // D-Bus calls block: off the window's thread. The thread then waits
        // for a click while the notification is up, where the daemon
        // supports actions (it says so when it closes the notification).
        std::thread::spawn(move || {
            let mut notification = notify_rust::Notification::new();
            notification
                .appname(&note.app_name)
                .summary(&note.summary)
                .body(&escape_markup(&note.body))
                .icon("org.posta.Posta");
            let clickable = note.opens.is_some()
                && notify_rust::get_capabilities()
                    .is_ok_and(|caps| caps.iter().any(|c| c == "actions"));
            if clickable {
                notification.action(DEFAULT_ACTION, &note.app_name);
            }
            match notification.show() {
                Ok(handle) => {
                    if let (true, Some(opened)) = (clickable, note.opens) {
                        handle.wait_for_action(|action| {
                            if action == DEFAULT_ACTION {
                                let _ = click_channel().0.send(opened);
                            }
                        });
                    }
                }
                Err(err) => log::debug!("no desktop notification: {err}"),
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            escape_markup("Anna <anna@example.org> & co"),
            "Anna &lt;anna@example.org&gt; &amp; co"
        );
    }

    #[test]
    fn the_click_receiver_is_handed_out_once() {
        assert!(clicks().is_some());
        assert!(clicks().is_none());
    }
}
