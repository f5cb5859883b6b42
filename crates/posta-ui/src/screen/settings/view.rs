//! The settings screen's view: the pages on the left, the open page, and
//! the save area with its status.

use iced::widget::{button, column, container, row, rule, scrollable, text};
use iced::{Element, Fill, Length};

use super::*;

impl Settings {
    /// The screen: the pages on the left, the open page on the right.
    pub fn view(&self) -> Element<'_, Message> {
        let page: Element<'_, Message> = match (self.page, self.account()) {
            (Page::Account(_, section), Some(account)) => self.account_page(account, section),
            _ => general::view(self),
        };
        let body = scrollable(container(page).padding(24).max_width(860)).height(Fill);
        row![self.navigation(), rule::vertical(1), body].into()
    }

    fn navigation(&self) -> Element<'_, Message> {
        let entry = |label: String, page: Page, indent: bool| {
            let chosen = self.page == page;
            // A page left while its save ran, and refused since: marked
            // until it is opened (its notice says why).
            let refused = matches!(self.status_of(page), Status::Failed(_));
            button(text(label).size(14))
                .width(Fill)
                .padding(if indent { [4, 24] } else { [6, 10] })
                .style(if chosen {
                    button::primary
                } else if refused {
                    button::danger
                } else {
                    button::text
                })
                .on_press(Message::Open(page))
        };
        let mut list = column![entry(t!("settings-general"), Page::General, false)].spacing(2);
        for account in &self.config.accounts {
            list = list.push(
                text(account.name.as_str())
                    .size(14)
                    .font(theme::FONT_BOLD)
                    .width(Fill),
            );
            for section in Section::ALL {
                if section == Section::Folders && account.protocol != Protocol::Imap {
                    continue;
                }
                list = list.push(entry(
                    section.title(),
                    Page::Account(account.id, section),
                    true,
                ));
            }
        }
        let back = button(text(t!("settings-back")).size(14))
            .padding([6, 10])
            .style(button::secondary)
            .on_press(Message::Close);
        column![
            text(t!("settings-title"))
                .size(theme::LEAD_SIZE)
                .font(theme::FONT_BOLD),
            scrollable(list).height(Fill).spacing(4),
            back,
        ]
        .spacing(12)
        .padding(12)
        .width(Length::Fixed(230.0))
        .into()
    }

    fn account_page<'a>(
        &'a self,
        account: &'a AccountConfig,
        section: Section,
    ) -> Element<'a, Message> {
        let content = match section {
            Section::Account => account::view(&self.form),
            Section::Incoming => incoming::view(&self.form, account, self.detected.as_deref()),
            Section::Outgoing => outgoing::view(&self.form),
            Section::Mail => mail::view(&self.form, account),
            Section::Folders => folders::view(&self.folders),
            Section::Identities => {
                identities::view(&self.form, &self.signature, &self.config, account)
            }
            Section::Remove => remove::view(&self.form, account, self.removal.as_ref()),
        };
        let mut page = column![
            text(section.title())
                .size(theme::LEAD_SIZE)
                .font(theme::FONT_BOLD),
            content
        ]
        .spacing(16);
        if section.has_save() {
            page = page.push(self.save_area());
        } else if let Status::Failed(why) = self.status() {
            page = page.push(widgets::notice(why.clone(), true));
        }
        page.into()
    }

    /// What a change does, the confirmation, and Save.
    fn save_area(&self) -> Element<'_, Message> {
        let mut area = column![].spacing(10);
        if let Some(pending) = self.pending.as_ref().filter(|p| p.confirm) {
            let mut said = column![].spacing(4);
            for sentence in &pending.said {
                said = said.push(text(sentence.as_str()).size(14));
            }
            area = area.push(widgets::notice_with(said.into(), true));
            area = area.push(
                row![
                    button(text(t!("settings-save-anyway")).size(14))
                        .padding([6, 14])
                        .style(button::danger)
                        .on_press(Message::Confirm),
                    button(text(t!("settings-cancel")).size(14))
                        .padding([6, 14])
                        .style(button::secondary)
                        .on_press(Message::CancelConfirm),
                ]
                .spacing(8),
            );
            return area.into();
        }
        match self.status() {
            Status::Saving(_) => area = area.push(text(t!("settings-saving")).size(14)),
            Status::Saved(said) => {
                let mut lines = column![text(t!("settings-saved")).size(14)].spacing(4);
                for sentence in said {
                    lines = lines.push(text(sentence.as_str()).size(14));
                }
                area = area.push(widgets::notice_with(lines.into(), false));
            }
            Status::Failed(why) => area = area.push(widgets::notice(why.clone(), true)),
            Status::Idle => {}
        }
        let saving = matches!(self.status(), Status::Saving(_));
        area = area.push(
            button(text(t!("settings-save")).size(14))
                .padding([6, 14])
                .on_press_maybe((!saving).then_some(Message::Save)),
        );
        area.into()
    }
}
