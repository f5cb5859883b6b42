//! How "Move to IMAP" looks: what the move does, the IMAP server (filled
//! in), then the progress and Cancel, and the outcome.

use iced::widget::{button, column, container, progress_bar, row, rule, text, text_input};
use iced::{Center, Element, Fill};

use super::{Message, Phase, Switch};
use crate::screen::wizard::security_name;
use crate::theme;
use posta_core::net::Security;
use posta_i18n::t;

/// The id of the server field, for tests.
pub const HOST_INPUT: iced::widget::Id = iced::widget::Id::new("switch-host");

fn labelled<'a>(label: String, field: Element<'a, Message>) -> Element<'a, Message> {
    row![text(label).size(13).width(130), field]
        .spacing(10)
        .align_y(Center)
        .into()
}

impl Switch {
    /// The whole view.
    pub fn view(&self) -> Element<'_, Message> {
        let running = matches!(self.phase, Phase::Running { .. });
        let editable = !running && !matches!(self.phase, Phase::Done(_));
        let close = button(text(t!("quota-room-close")).size(13))
            .padding([4, 10])
            .style(button::secondary)
            .on_press_maybe((!running).then_some(Message::Close));
        let heading = row![
            text(t!(
                "server-switch-title",
                account = self.config.name.as_str()
            ))
            .size(18)
            .font(theme::FONT_BOLD)
            .width(Fill),
            close
        ]
        .spacing(10)
        .align_y(Center);
        let explain = column![
            text(t!("server-switch-explain")).size(14),
            text(t!("server-switch-local", count = self.local)).size(14),
        ]
        .spacing(6);
        let input = |value: &str, on: fn(String) -> Message| {
            let field = text_input("", value).padding(6).size(14).width(320);
            if editable {
                field.on_input(on)
            } else {
                field
            }
        };
        let presets = [(993, Security::Tls), (143, Security::StartTls)]
            .into_iter()
            .fold(row![].spacing(8), |row, (port, security)| {
                let active = self.port == port.to_string() && self.security == security;
                let label = t!(
                    "wizard-preset",
                    port = port.to_string(),
                    protocol = t!("wizard-imap"),
                    security = security_name(security)
                );
                row.push(
                    button(text(label).size(13))
                        .padding([5, 10])
                        .style(if active {
                            button::primary
                        } else {
                            button::secondary
                        })
                        .on_press_maybe(editable.then_some(Message::Preset(port, security))),
                )
            });
        let form = column![
            labelled(
                t!("wizard-review-host"),
                input(&self.host, Message::HostChanged)
                    .id(HOST_INPUT)
                    .into()
            ),
            labelled(
                t!("wizard-review-port"),
                input(&self.port, Message::PortChanged).into()
            ),
            labelled(t!("wizard-review-security"), presets.into()),
            labelled(
                t!("wizard-review-user"),
                input(&self.user, Message::UserChanged).into()
            ),
        ]
        .spacing(8);
        let start_label = match self.phase {
            Phase::Stopped(_) => t!("server-switch-retry"),
            _ => t!("server-switch-start"),
        };
        let start = button(text(start_label).size(14))
            .padding([6, 14])
            .on_press_maybe((editable && self.target().is_some()).then_some(Message::Start));
        let outcome: Element<'_, Message> = match &self.phase {
            Phase::Ready => start.into(),
            Phase::Running { done, total } => column![
                progress_bar(0.0..=(*total).max(1) as f32, *done as f32).girth(8),
                row![
                    text(t!(
                        "server-switch-progress",
                        account = self.config.name.as_str(),
                        done = *done,
                        total = *total
                    ))
                    .size(13)
                    .width(Fill),
                    button(text(t!("server-cancel")).size(13))
                        .padding([5, 10])
                        .style(button::secondary)
                        .on_press(Message::Cancel),
                ]
                .spacing(10)
                .align_y(Center)
            ]
            .spacing(6)
            .into(),
            Phase::Stopped(words) => column![text(words.as_str()).size(14), start]
                .spacing(8)
                .into(),
            Phase::Done(words) => text(words.as_str()).size(14).into(),
        };
        container(
            column![
                heading,
                rule::horizontal(1),
                explain,
                form,
                rule::horizontal(1),
                outcome
            ]
            .spacing(12)
            .max_width(760),
        )
        .padding(16)
        .width(Fill)
        .height(Fill)
        .into()
    }
}
