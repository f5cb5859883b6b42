//! The frame every wizard page shares (step counter, title, lead sentence,
//! scrollable body, footer with the buttons) and the small building blocks
//! the pages are made of. Every string comes in already translated.

use iced::widget::{button, column, container, row, rule, scrollable, space, text};
use iced::{Center, Element, Fill};

use super::Message;
use crate::theme;
use crate::widget::focus::focusable;
use posta_i18n::t;

/// Width of the readable column; the window is 1024 wide.
pub const CONTENT_WIDTH: f32 = 880.0;
/// Size of body text on the wizard's pages.
pub const BODY_SIZE: f32 = 15.0;

/// One wizard page: what the frame around it needs.
pub struct Page<'a> {
    /// "Step 2 of 7", or nothing on the welcome page.
    pub counter: Option<(usize, usize)>,
    /// The page's heading.
    pub title: String,
    /// One or two sentences under the heading.
    pub lead: Option<String>,
    /// Content that stays in place above the scrolled body.
    pub fixed: Option<Element<'a, Message>>,
    /// The page's own content, scrolled when taller than the window.
    pub body: Element<'a, Message>,
    /// Buttons on the left of the footer (Back, Cancel).
    pub secondary: Vec<Element<'a, Message>>,
    /// Buttons on the right of the footer (the way forward).
    pub primary: Vec<Element<'a, Message>>,
    /// What Return does on this page (its main button's message, when that
    /// button can be pressed).
    pub submit: Option<Message>,
    /// Beside the main button: why it cannot be pressed yet.
    pub note: Option<String>,
}

impl<'a> Page<'a> {
    /// Lays the page out in the window.
    pub fn view(self) -> Element<'a, Message> {
        let mut header = column![].spacing(6);
        if let Some((step, total)) = self.counter {
            header = header.push(
                text(t!(
                    "wizard-step-counter",
                    step = step as i64,
                    total = total as i64
                ))
                .size(theme::SMALL_SIZE)
                .style(text::secondary),
            );
        }
        header = header.push(text(self.title).size(26).font(theme::FONT_BOLD));
        if let Some(lead) = self.lead {
            header = header.push(text(lead).size(theme::LEAD_SIZE - 1.0));
        }
        let body = scrollable(container(self.body).padding(iced::Padding {
            right: 14.0,
            ..iced::Padding::ZERO
        }))
        .id(super::ids::BODY)
        .height(Fill);
        let note: Element<'a, Message> = match self.note {
            Some(note) => container(
                text(note)
                    .size(theme::SMALL_SIZE)
                    .style(text::secondary)
                    .align_x(iced::alignment::Horizontal::Right),
            )
            .align_right(Fill)
            .into(),
            None => space::horizontal().into(),
        };
        let footer = row![
            row(self.secondary).spacing(8).align_y(Center),
            note,
            row(self.primary).spacing(8).align_y(Center),
        ]
        .spacing(12)
        .align_y(Center);
        let mut content = column![header].spacing(16);
        if let Some(fixed) = self.fixed {
            content = content.push(fixed);
        }
        let content = content
            .push(body)
            .push(rule::horizontal(1))
            .push(footer)
            .max_width(CONTENT_WIDTH)
            .height(Fill);
        container(content)
            .center_x(Fill)
            .padding(iced::Padding {
                top: 28.0,
                bottom: 20.0,
                left: 32.0,
                right: 32.0,
            })
            .into()
    }
}

/// A paragraph of body text.
pub fn para<'a>(words: String) -> Element<'a, Message> {
    text(words).size(BODY_SIZE).into()
}

/// A small, quieter paragraph (hints, notes).
pub fn hint<'a>(words: String) -> Element<'a, Message> {
    text(words)
        .size(theme::SMALL_SIZE)
        .style(text::secondary)
        .into()
}

/// A bold label above a group of fields.
pub fn heading<'a>(words: String) -> Element<'a, Message> {
    text(words).size(17).font(theme::FONT_BOLD).into()
}

/// A field label.
pub fn label<'a>(words: String) -> Element<'a, Message> {
    text(words).size(BODY_SIZE).font(theme::FONT_BOLD).into()
}

/// The forward button of a page; greyed out while `message` is `None`.
pub fn primary<'a>(words: String, message: Option<Message>) -> Element<'a, Message> {
    let pressable = button(text(words).size(BODY_SIZE))
        .padding([8, 18])
        .style(button::primary)
        .on_press_maybe(message.clone());
    focusable(pressable, message).into()
}

/// A plain button (Back, Cancel, Try again).
pub fn secondary<'a>(words: String, message: Option<Message>) -> Element<'a, Message> {
    let pressable = button(text(words).size(BODY_SIZE))
        .padding([8, 14])
        .style(button::secondary)
        .on_press_maybe(message.clone());
    focusable(pressable, message).into()
}

/// The Back button.
pub fn back<'a>() -> Element<'a, Message> {
    secondary(t!("wizard-back"), Some(Message::Back))
}

/// The button that leaves the wizard without saving anything.
pub fn cancel<'a>() -> Element<'a, Message> {
    let pressable = button(text(t!("wizard-cancel")).size(BODY_SIZE))
        .padding([8, 10])
        .style(button::text)
        .on_press(Message::Close);
    focusable(pressable, Some(Message::Close)).into()
}

/// How a notice looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Neutral information.
    Info,
    /// Good news.
    Success,
    /// Something to look at before going on.
    Warning,
    /// Something failed.
    Danger,
}

/// A framed notice: a short bold title and an explanation.
pub fn notice<'a>(
    tone: Tone,
    title: String,
    body: Vec<Element<'a, Message>>,
) -> Element<'a, Message> {
    let mark = match tone {
        Tone::Info => "→",
        Tone::Success => "✓",
        Tone::Warning => "⚠",
        Tone::Danger => "✗",
    };
    let head = row![
        text(mark).size(18).font(theme::FONT_BOLD),
        text(title)
            .size(BODY_SIZE + 1.0)
            .font(theme::FONT_BOLD)
            .width(Fill),
    ]
    .spacing(10)
    .align_y(Center);
    let mut content = column![head].spacing(8);
    for part in body {
        content = content.push(part);
    }
    container(content)
        .padding(14)
        .width(Fill)
        .style(move |theme: &iced::Theme| {
            let palette = theme.extended_palette();
            let pair = match tone {
                Tone::Info => palette.background.weak,
                Tone::Success => palette.success.weak,
                Tone::Warning => palette.warning.weak,
                Tone::Danger => palette.danger.weak,
            };
            container::Style {
                background: Some(pair.color.into()),
                text_color: Some(pair.text),
                border: iced::border::rounded(8),
                ..container::Style::default()
            }
        })
        .into()
}

/// A bulleted line.
pub fn bullet<'a>(words: String, size: f32) -> Element<'a, Message> {
    row![text("•").size(size), text(words).size(size).width(Fill)]
        .spacing(8)
        .into()
}

/// A label with its field under it.
pub fn field<'a>(
    name: String,
    input: impl Into<Element<'a, Message>>,
    help: Option<String>,
) -> Element<'a, Message> {
    let mut col = column![label(name), input.into()].spacing(6);
    if let Some(help) = help {
        col = col.push(hint(help));
    }
    col.width(Fill).into()
}
