//! The parts of the home screen that list the configured accounts and
//! open the wizard for another one. Until the mailbox screen exists, this
//! is where the wizard returns after saving an account.

use iced::widget::{button, column, container, row, text};
use iced::{Center, Element, Fill};

use crate::theme;
use posta_core::account::Protocol;
use posta_core::store::config::AccountConfig;
use posta_i18n::t;

/// The accounts with a line each, and the "add an account" button that
/// sends `add`.
pub fn accounts<'a, Message: Clone + 'a>(
    accounts: &'a [AccountConfig],
    session_only: impl Fn(i64) -> bool,
    add: Message,
) -> Element<'a, Message> {
    let mut list = column![].spacing(8);
    if !accounts.is_empty() {
        list = list.push(
            text(t!("wizard-home-accounts"))
                .size(17)
                .font(theme::FONT_BOLD),
        );
    }
    for account in accounts {
        let protocol = match account.protocol {
            Protocol::Imap => t!("wizard-imap"),
            Protocol::Pop3 => t!("wizard-pop3"),
        };
        let mut line = t!(
            "wizard-home-account-line",
            email = account.email.as_str(),
            protocol = protocol,
            host = account.host.as_str()
        );
        if session_only(account.id) {
            line = format!("{line} {}", t!("wizard-home-session-only"));
        }
        list = list.push(
            container(
                row![text("✉").size(16), text(line).size(15).width(Fill)]
                    .spacing(10)
                    .align_y(Center),
            )
            .padding(10)
            .width(Fill)
            .style(container::rounded_box),
        );
    }
    let label = if accounts.is_empty() {
        t!("wizard-home-add-first")
    } else {
        t!("wizard-home-add")
    };
    list.push(
        button(text(label).size(15))
            .padding([8, 16])
            .style(button::primary)
            .on_press(add),
    )
    .into()
}
