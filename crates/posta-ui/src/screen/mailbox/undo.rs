//! Feedback and Undo for what the user does to messages: Delete, Move,
//! Archive, Junk / Not junk, tags, read and star say what happened in a line above the
//! status bar ("Moved 3 messages to Archive") with an Undo button, and
//! Ctrl+Z does the same while the line shows (at least [`UNDO_SHOWN`]).
//! The messages as they were go to the account's worker
//! ([`Command::Undo`]), which puts them back here at once and on the
//! server (or takes the change out of the queue before it got there);
//! "Undone" shows only when the worker says so. After a message leaves the
//! list, the next one (below, else above) is selected.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use iced::widget::{button, container, row, text};
use iced::{Center, Element, Fill, Subscription};

use super::{Action, Mailbox, Message, Mode};
use crate::widget::folder_tree::Label;
use posta_core::error::Error;
use posta_core::message::Flag;
use posta_core::store::MessageRow;
use posta_core::sync::imap::with_store;
use posta_core::sync::undo::{self, Before};
use posta_core::worker::Command;
use posta_i18n::{describe_error, t};

/// How long the line (and Ctrl+Z) stays.
pub const UNDO_SHOWN: Duration = Duration::from_secs(15);

/// Where an Undo stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Offered: the Undo button shows.
    Offered,
    /// Sent to the workers; waiting for this many answers.
    Undoing(usize),
    /// Done, here and (when reachable) on the server.
    Undone,
    /// Not undone: why.
    Failed(String),
}

/// What happened, put in words when shown (so in the language of the
/// moment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// Messages moved (deleted to Trash, archived, filed).
    Moved {
        /// How many.
        count: usize,
        /// Where to.
        folder: Label,
    },
    /// Messages marked as junk (and moved to Junk).
    Junked(usize),
    /// A tag added to messages (`on`), or taken off.
    Tagged {
        /// How many.
        count: usize,
        /// The tag's name.
        tag: String,
        /// Added (true) or removed.
        on: bool,
    },
    /// Every tag taken off messages.
    Cleared(usize),
    /// Messages marked read or unread, starred or unstarred.
    Marked {
        /// How many.
        count: usize,
        /// Read (`Seen`) or starred (`Flagged`).
        flag: Flag,
        /// Set (true) or cleared.
        on: bool,
    },
}

impl Said {
    fn text(&self) -> String {
        match self {
            Said::Moved { count, folder } => {
                t!("undo-moved", count = *count, folder = folder.text())
            }
            Said::Junked(count) => t!("undo-junked", count = *count),
            Said::Tagged {
                count,
                tag,
                on: true,
            } => {
                t!("undo-tagged", count = *count, tag = tag.as_str())
            }
            Said::Tagged { count, tag, .. } => {
                t!("undo-untagged", count = *count, tag = tag.as_str())
            }
            Said::Cleared(count) => t!("undo-tags-cleared", count = *count),
            Said::Marked { count, flag, on } => match (flag, on) {
                (Flag::Seen, true) => t!("undo-read", count = *count),
                (Flag::Seen, false) => t!("undo-unread", count = *count),
                (_, true) => t!("undo-starred", count = *count),
                (_, false) => t!("undo-unstarred", count = *count),
            },
        }
    }
}

/// The last change, as the line shows it.
#[derive(Debug, Clone)]
pub struct Last {
    /// What happened.
    said: Said,
    /// The messages as they were, by account.
    before: Vec<(i64, Vec<Before>)>,
    /// Since when it shows.
    since: Instant,
    /// Where its Undo stands.
    state: State,
}

impl Last {
    /// What the line says.
    pub fn text(&self) -> String {
        match &self.state {
            State::Offered => self.said.text(),
            State::Undoing(_) => t!("undo-working"),
            State::Undone => t!("undo-done"),
            State::Failed(problem) => t!("undo-failed", problem = problem.as_str()),
        }
    }

    /// Where its Undo stands.
    pub fn state(&self) -> &State {
        &self.state
    }
}

/// The messages of `groups` as they are now, to put back later.
pub(super) fn snapshot(groups: &BTreeMap<i64, Vec<MessageRow>>) -> Vec<(i64, Vec<Before>)> {
    groups
        .iter()
        .map(|(account, rows)| (*account, rows.iter().map(Before::of).collect()))
        .collect()
}

/// How many messages a snapshot holds.
pub(super) fn count(before: &[(i64, Vec<Before>)]) -> usize {
    before.iter().map(|(_, b)| b.len()).sum()
}

impl Mailbox {
    /// Shows what happened to the messages in `before`, with Undo.
    /// Nothing to put back (deleted for good, nothing moved): the line of
    /// an older change goes, so Ctrl+Z never undoes something else.
    pub(super) fn offer_undo(&mut self, said: Said, before: Vec<(i64, Vec<Before>)>) {
        if count(&before) == 0 {
            self.undo = None;
            return;
        }
        self.undo = Some(Last {
            said,
            before,
            since: Instant::now(),
            state: State::Offered,
        });
    }

    /// The line's text and state, if it shows.
    pub fn undo_notice(&self) -> Option<&Last> {
        self.undo.as_ref()
    }

    /// The message to select once the selected ones leave the list: the
    /// first unselected row below the last selected, else above the first.
    pub(super) fn next_after_selection(&mut self) -> Option<i64> {
        let positions: Vec<usize> = self
            .selection
            .ids()
            .into_iter()
            .filter_map(|id| self.list.position(id))
            .collect();
        let (first, last) = (*positions.iter().min()?, *positions.iter().max()?);
        let total = self.list.total();
        let below = (last + 1..total).find_map(|i| self.unselected_at(i));
        below.or_else(|| (0..first).rev().find_map(|i| self.unselected_at(i)))
    }

    fn unselected_at(&mut self, index: usize) -> Option<i64> {
        let row = self.row_at(index)?;
        (!self.selection.contains(row.id)).then_some(row.id)
    }

    /// After the selection left the list: selects (and opens) `next`.
    pub(super) fn select_next(&mut self, next: Option<i64>) -> Action {
        self.selection.clear();
        self.reader = None;
        match next.and_then(|id| self.list.position(id)) {
            Some(index) => self.pick(index, Mode::Replace),
            None => Action::None,
        }
    }

    /// Undo (the button or Ctrl+Z): puts the last change back.
    pub(super) fn undo_last(&mut self) -> Action {
        let Some(last) = self.undo.as_mut() else {
            return Action::None;
        };
        if last.state != State::Offered || last.since.elapsed() > UNDO_SHOWN {
            return Action::None;
        }
        let before = std::mem::take(&mut last.before);
        let mut waiting = 0;
        let mut failed = None;
        for (account, before) in before {
            let worker = self.account(account).and_then(|a| a.worker.clone());
            let sent = worker.is_some_and(|w| {
                w.send(Command::Undo {
                    before: before.clone(),
                })
            });
            if sent {
                waiting += 1;
                continue;
            }
            // No worker: here, through the queue, as every change.
            if let Err(err) = with_store(&self.store, |s| undo::undo(s, &before).map(drop)) {
                failed.get_or_insert(err);
            }
        }
        self.reload();
        self.answered(waiting, failed);
        Action::None
    }

    /// A worker answered an Undo.
    pub(super) fn undone(&mut self, result: &Result<(), Error>) {
        let Some(State::Undoing(waiting)) = self.undo.as_ref().map(|l| l.state.clone()) else {
            return;
        };
        self.answered(waiting.saturating_sub(1), result.clone().err());
    }

    fn answered(&mut self, waiting: usize, failed: Option<Error>) {
        let Some(last) = self.undo.as_mut() else {
            return;
        };
        last.since = Instant::now();
        last.state = match failed {
            Some(err) => State::Failed(describe_error(&err, "")),
            None if waiting > 0 => State::Undoing(waiting),
            None => State::Undone,
        };
    }

    /// Hides the line once its time is up (not while an Undo is waiting).
    pub(super) fn undo_tick(&mut self) {
        let over = self.undo.as_ref().is_some_and(|l| {
            !matches!(l.state, State::Undoing(_)) && l.since.elapsed() > UNDO_SHOWN
        });
        if over {
            self.undo = None;
        }
    }

    /// A tick while the line shows, to hide it in time.
    pub(super) fn undo_subscription(&self) -> Subscription<Message> {
        match self.undo {
            Some(_) => iced::time::every(Duration::from_secs(1)).map(|_| Message::UndoTick),
            None => Subscription::none(),
        }
    }

    /// The line above the status bar.
    pub(super) fn undo_bar(&self) -> Option<Element<'_, Message>> {
        let last = self.undo.as_ref()?;
        let mut line = row![text(last.text()).size(13).width(Fill)]
            .spacing(8)
            .align_y(Center);
        if last.state == State::Offered {
            line = line.push(
                button(text(t!("undo-button")).size(13))
                    .padding([3, 12])
                    .style(button::primary)
                    .on_press(Message::Undo),
            );
        }
        line = line.push(
            button(text("✕").size(12))
                .style(button::text)
                .on_press(Message::DismissUndo),
        );
        Some(
            container(line)
                .padding([6, 10])
                .width(Fill)
                .style(container::bordered_box)
                .into(),
        )
    }
}
