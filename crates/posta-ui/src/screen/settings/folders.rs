//! The Folders section (IMAP): which folders are shown and checked for new
//! mail, one checkbox each. The choice is the server's subscription, so
//! other devices follow it; INBOX, special folders and folders others
//! share are always shown.

use iced::widget::{checkbox, column, text};
use iced::Element;

use super::widgets::{para, SIZE};
use super::Message;
use posta_core::store::FolderRow;
use posta_i18n::t;

/// The section: an explanation, then a checkbox per folder the user may
/// choose for.
pub fn view(folders: &[FolderRow]) -> Element<'_, Message> {
    let mut col = column![
        para(t!("settings-folders-intro")),
        para(t!("settings-folders-server")),
    ]
    .spacing(14);
    if folders.is_empty() {
        return col.push(para(t!("settings-folders-none"))).into();
    }
    let mut list = column![].spacing(8);
    for folder in folders {
        let id = folder.id;
        list = list.push(
            checkbox(folder.subscribed)
                .label(folder.name.as_str())
                .on_toggle(move |on| Message::Subscribe(id, on))
                .text_size(SIZE),
        );
    }
    col = col.push(list);
    col.push(text(t!("settings-folders-always")).size(SIZE - 2.0))
        .into()
}
