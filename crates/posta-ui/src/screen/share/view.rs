//! How the sharing dialog looks: who has access, adding someone with a
//! preset or custom rights, and — for a folder shared with the user — what
//! they may do and why the rest is not allowed.

use iced::widget::{
    button, checkbox, column, container, radio, row, rule, scrollable, space, text, text_input,
};
use iced::{Center, Element, Fill};

use super::{ids, Access, Choice, Message, Share, State};
use crate::theme;
use posta_core::imap::AclEntry;
use posta_core::rights::{allowed_actions, Denied, Preset, ALL_RIGHTS};
use posta_i18n::t;

/// The translated explanation of an RFC 4314 right.
fn right_label(right: char) -> String {
    match right {
        'l' => t!("share-right-l"),
        'r' => t!("share-right-r"),
        's' => t!("share-right-s"),
        'w' => t!("share-right-w"),
        'i' => t!("share-right-i"),
        'p' => t!("share-right-p"),
        'k' => t!("share-right-k"),
        'x' => t!("share-right-x"),
        't' => t!("share-right-t"),
        'e' => t!("share-right-e"),
        _ => t!("share-right-a"),
    }
}

fn preset_name(preset: Preset) -> String {
    match preset {
        Preset::ReadOnly => t!("share-preset-read-only"),
        Preset::ReadWrite => t!("share-preset-read-write"),
        Preset::FullControl => t!("share-preset-full"),
    }
}

fn preset_hint(preset: Preset) -> String {
    match preset {
        Preset::ReadOnly => t!("share-preset-read-only-hint"),
        Preset::ReadWrite => t!("share-preset-read-write-hint"),
        Preset::FullControl => t!("share-preset-full-hint"),
    }
}

/// The name of an action a folder's rights allow or not.
fn action_name(denied: Denied) -> String {
    posta_i18n::denied_action(denied)
}

/// What an entry's rights amount to: a preset's name or the list.
fn describe_rights(rights: &str) -> String {
    match Preset::matching(rights) {
        Some(preset) => preset_name(preset),
        None => {
            let listed: Vec<String> = ALL_RIGHTS
                .iter()
                .filter(|r| posta_core::rights::normalize(rights).contains(**r))
                .map(|r| right_label(*r))
                .collect();
            t!("share-custom-rights", rights = listed.join("; "))
        }
    }
}

impl Share {
    /// The dialog's content.
    pub fn view(&self) -> Element<'_, Message> {
        let title = text(t!("share-title", folder = self.folder_label()))
            .size(24)
            .font(theme::FONT_BOLD);
        let body: Element<'_, Message> = match &self.state {
            State::Pop3 => self.pop3_view(),
            State::Loading => text(t!("share-loading")).style(text::secondary).into(),
            State::Failed(problem) => text(problem.as_str()).style(text::danger).into(),
            State::Loaded(access) => self.loaded_view(access),
        };
        // Room on the right for the scroll bar, so it never covers a button.
        let body = container(body).padding(iced::Padding {
            right: 16.0,
            ..iced::Padding::ZERO
        });
        let mut page = column![title, scrollable(body).height(Fill)].spacing(16);
        if let Some(notice) = &self.notice {
            page = page.push(match notice {
                Ok(done) => text(done.as_str()).style(text::success),
                Err(problem) => text(problem.as_str()).style(text::danger),
            });
        }
        let footer = row![
            space::horizontal(),
            button(text(t!("share-close"))).on_press(Message::Close)
        ];
        page = page.push(rule::horizontal(1)).push(footer);
        container(page.height(Fill).max_width(820))
            .center_x(Fill)
            .padding(20)
            .height(Fill)
            .into()
    }

    fn pop3_view(&self) -> Element<'_, Message> {
        column![
            text(t!("share-pop3")),
            button(text(t!("share-pop3-setup"))).on_press(Message::SetUpImap),
        ]
        .spacing(12)
        .into()
    }

    fn loaded_view<'a>(&'a self, access: &'a Access) -> Element<'a, Message> {
        let mut content = column![].spacing(16);
        let admin = access.my_rights.contains('a');
        if self.folder.shared || !admin {
            content = content.push(self.yours_view(&access.my_rights));
        }
        match &access.acl {
            Some(acl) if admin => {
                content = content.push(self.people_view(acl));
                content = content.push(self.add_view());
            }
            _ => {
                content = content.push(
                    text(t!("share-admin-needed"))
                        .size(theme::SMALL_SIZE)
                        .style(text::secondary),
                );
            }
        }
        content.into()
    }

    /// What the user may do here, each action with its reason when not.
    fn yours_view(&self, my_rights: &str) -> Element<'_, Message> {
        let allowed = allowed_actions(my_rights);
        let denied = allowed.denied();
        let mut list = column![text(t!("share-yours-heading"))
            .size(17)
            .font(theme::FONT_BOLD)]
        .spacing(6);
        if self.folder.shared {
            list = list.push(text(t!("share-shared-with-you")));
        }
        if allowed.read && allowed.is_read_only() {
            list = list.push(text(t!("share-read-only")).style(text::warning));
        }
        for action in Denied::ALL {
            let line = if denied.contains(&action) {
                text(t!(
                    "share-cannot",
                    action = action_name(action),
                    right = action.right().to_string()
                ))
                .style(text::secondary)
            } else {
                text(t!("share-can", action = action_name(action))).style(text::success)
            };
            list = list.push(line.size(theme::SMALL_SIZE + 1.0));
        }
        list.into()
    }

    /// Everyone with access, with "Remove access" (not for the owner).
    fn people_view<'a>(&'a self, acl: &'a [AclEntry]) -> Element<'a, Message> {
        let mut list = column![text(t!("share-who")).size(17).font(theme::FONT_BOLD)].spacing(6);
        let others: Vec<&AclEntry> = acl.iter().filter(|e| !self.is_me(e)).collect();
        for entry in acl.iter().filter(|e| self.is_me(e)) {
            list = list.push(
                text(t!("share-owner", person = entry.identifier.as_str())).style(text::secondary),
            );
        }
        if others.is_empty() {
            list = list.push(text(t!("share-nobody")).style(text::secondary));
        }
        for entry in others {
            list = list.push(
                row![
                    text(entry.identifier.as_str())
                        .font(theme::FONT_BOLD)
                        .width(180),
                    text(describe_rights(&entry.rights)).width(Fill),
                    button(text(t!("share-remove")))
                        .style(button::danger)
                        .on_press_maybe(
                            (!self.busy).then(|| Message::Remove(entry.identifier.clone()))
                        ),
                ]
                .spacing(12)
                .align_y(Center),
            );
        }
        list.into()
    }

    /// The person field, the presets (or the rights one by one), "Share".
    fn add_view(&self) -> Element<'_, Message> {
        let person = row![
            text(t!("share-person")).width(170),
            text_input(&t!("share-person-placeholder"), &self.person)
                .id(ids::PERSON)
                .on_input(Message::Person)
                .on_submit(Message::Add)
                .padding(6)
                .width(Fill),
        ]
        .spacing(8)
        .align_y(Center);
        let mut choices = column![].spacing(8);
        for (preset, choice_id) in Preset::ALL.into_iter().zip(ids::CHOICES) {
            choices = choices.push(
                column![
                    container(radio(
                        preset_name(preset),
                        Choice::Preset(preset),
                        Some(self.choice),
                        Message::Choose
                    ))
                    .id(choice_id),
                    text(preset_hint(preset))
                        .size(theme::SMALL_SIZE)
                        .style(text::secondary),
                ]
                .spacing(2),
            );
        }
        choices = choices.push(
            container(radio(
                t!("share-preset-custom"),
                Choice::Custom,
                Some(self.choice),
                Message::Choose,
            ))
            .id(ids::CHOICES[3].clone()),
        );
        if self.choice == Choice::Custom {
            let mut rights = column![].spacing(4).padding(iced::Padding {
                left: 24.0,
                ..iced::Padding::ZERO
            });
            for right in ALL_RIGHTS {
                rights = rights.push(
                    checkbox(self.custom.contains(&right))
                        .label(format!("{} ({right})", right_label(right)))
                        .on_toggle(move |on| Message::Toggle(right, on)),
                );
            }
            choices = choices.push(rights);
        }
        column![
            text(t!("share-add-heading"))
                .size(17)
                .font(theme::FONT_BOLD),
            person,
            choices,
            row![
                space::horizontal(),
                button(text(t!("share-add")))
                    .style(button::primary)
                    .on_press_maybe((!self.busy).then_some(Message::Add)),
            ],
        ]
        .spacing(10)
        .into()
    }
}
