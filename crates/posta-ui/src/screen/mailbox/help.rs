//! The keyboard help (`?`): every shortcut of the mailbox and the compose
//! window, over the dimmed mailbox; Escape, `?`, a click outside or
//! "Close" hides it.

use iced::widget::{
    button, center, column, container, mouse_area, opaque, row, scrollable, stack, text, tooltip,
};
use iced::{Color, Element, Fill};

use super::keys::SHORTCUTS;
use super::{Mailbox, Message};
use crate::theme;
use posta_i18n::t;

/// The tallest the help panel grows (it fits an 800×600 window).
const HELP_HEIGHT: f32 = 540.0;

impl Mailbox {
    /// Whether the keyboard help is shown.
    pub fn help_shown(&self) -> bool {
        self.help
    }

    /// The status bar's "?": shows the keyboard help.
    pub(super) fn help_button(&self) -> Element<'_, Message> {
        tooltip(
            button(text("?").size(12))
                .padding([3, 10])
                .style(button::secondary)
                .on_press(Message::Help(true)),
            container(text(t!("keys-title")).size(12))
                .padding(6)
                .style(container::rounded_box),
            tooltip::Position::Top,
        )
        .into()
    }

    /// `base` with the keyboard help on top.
    pub(super) fn with_help<'a>(&'a self, base: Element<'a, Message>) -> Element<'a, Message> {
        let mut table = column![].spacing(6);
        for (keys, what) in SHORTCUTS {
            table = table.push(
                row![
                    container(text(*keys).font(theme::FONT_BOLD).size(13)).width(130),
                    text(t!(*what)).size(13).width(Fill),
                ]
                .spacing(12),
            );
        }
        let close = row![
            iced::widget::space().width(Fill),
            button(text(t!("keys-close-help"))).on_press(Message::Help(false)),
        ];
        let panel = container(
            column![
                text(t!("keys-title")).size(18).font(theme::FONT_BOLD),
                // The list scrolls when the window is shorter than it; the
                // title and Close stay in view.
                scrollable(table).height(Fill),
                close
            ]
            .spacing(14)
            .width(480),
        )
        .max_height(HELP_HEIGHT)
        .padding(20)
        .style(container::rounded_box);
        let dimmed = |_: &iced::Theme| container::Style {
            background: Some(
                Color {
                    a: 0.45,
                    ..Color::BLACK
                }
                .into(),
            ),
            ..container::Style::default()
        };
        stack![
            base,
            opaque(mouse_area(center(opaque(panel)).style(dimmed)).on_press(Message::Help(false)))
        ]
        .into()
    }
}
