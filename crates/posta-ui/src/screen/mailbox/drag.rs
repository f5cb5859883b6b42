//! Dragging messages onto a folder, as in every desktop mail program:
//! press on a message, move the pointer a few pixels, and the selection
//! follows it ("3 messages"); let go over a folder of the same account and
//! they move there, with Undo, as with the Move menu; let go anywhere
//! else, or press Escape, and nothing happens.
//!
//! The window always wraps the mailbox in the same widgets (a mouse area
//! over a stack), so starting a drag rebuilds nothing: scroll positions
//! and fields keep their state. Pointer moves reach `update` only while a
//! press is held on a message.

use iced::widget::{container, mouse_area, pin, space, stack, text};
use iced::{Element, Point, Theme};

use super::{Action, Mailbox, Message};
use posta_i18n::t;

/// How far the pointer must move before a press becomes a drag, so a
/// click with a shaky hand stays a click.
const THRESHOLD: f32 = 6.0;

/// A press on a message that may become a drag.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Drag {
    /// Where the pointer was first seen after the press.
    origin: Option<Point>,
    /// Where it is now.
    at: Option<Point>,
    /// It moved far enough: the selection is being dragged.
    active: bool,
}

/// What the pointer did while a press was held.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pointer {
    /// It moved to here (in the window).
    Moved(Point),
    /// The button went up somewhere that is not a folder.
    Released,
}

impl Mailbox {
    /// A press on a message: it may become a drag.
    pub(super) fn press_may_drag(&mut self) {
        self.drag = Some(Drag::default());
    }

    /// True while messages are being dragged.
    pub fn dragging(&self) -> bool {
        self.drag.is_some_and(|d| d.active)
    }

    pub(super) fn pointer(&mut self, pointer: Pointer) -> Action {
        match (pointer, &mut self.drag) {
            (Pointer::Moved(at), Some(drag)) => {
                let origin = *drag.origin.get_or_insert(at);
                drag.at = Some(at);
                if !drag.active && origin.distance(at) >= THRESHOLD {
                    drag.active = !self.selection.is_empty();
                }
            }
            (Pointer::Released, _) => self.drag = None,
            (Pointer::Moved(_), None) => {}
        }
        Action::None
    }

    /// The button went up over `folder`: a drag moves the selection there.
    pub(super) fn dropped_on(&mut self, folder: i64) -> Action {
        let dragging = self.dragging();
        self.drag = None;
        if dragging {
            self.move_selection(folder)
        } else {
            Action::None
        }
    }

    /// Escape during a drag ends it.
    pub(super) fn cancel_drag(&mut self) -> bool {
        let dragging = self.dragging();
        if dragging {
            self.drag = None;
        }
        dragging
    }

    /// `base` under the pointer's label while dragging; always the same
    /// widgets around it.
    pub(super) fn with_drag<'a>(&'a self, base: Element<'a, Message>) -> Element<'a, Message> {
        let label: Element<'a, Message> = match self.drag {
            Some(Drag {
                active: true,
                at: Some(at),
                ..
            }) => pin(
                container(text(t!("drag-messages", count = self.selection.len())).size(13))
                    .padding([4, 10])
                    .style(|theme: &Theme| {
                        let palette = theme.extended_palette();
                        container::Style {
                            background: Some(palette.primary.strong.color.into()),
                            text_color: Some(palette.primary.strong.text),
                            border: iced::border::rounded(4),
                            ..container::Style::default()
                        }
                    }),
            )
            .x(at.x + 14.0)
            .y(at.y + 10.0)
            .into(),
            _ => space().into(),
        };
        let area = mouse_area(stack![base, label]);
        match self.drag {
            Some(_) => area
                .on_move(|at| Message::Pointer(Pointer::Moved(at)))
                .on_release(Message::Pointer(Pointer::Released))
                .into(),
            None => area.into(),
        }
    }
}
