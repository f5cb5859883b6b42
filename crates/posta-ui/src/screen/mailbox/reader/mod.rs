//! The reader: one message's headers, its text, its attachments, and the
//! Reply / Reply all / Forward buttons.
//!
//! The text is the [`Document`] of [`posta_core::render`], the same
//! conversion `posta show`, the search index and replies use, drawn as
//! iced rich text (`body`). Privacy: the reader never touches the network;
//! remote images are only named by the document, never fetched here.

mod body;
pub use body::BODY;
mod images;
mod save;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use iced::widget::{button, column, container, row, rule, scrollable, text, Row};
use iced::{Center, Element, Fill, Task};
use mail_parser::MessageParser;

use super::Compose;
use crate::theme;
use crate::widget::message_list::subject_or_placeholder;
use crate::widget::{tags, when};
use posta_core::remote::{fetch_images, Fetched};
use posta_core::render::{self, Document, ImageSource};
use posta_core::store::MessageRow;
use posta_i18n::t;
use posta_i18n::{current_language, format_size};

pub use posta_core::render::safe_file_name;
pub use save::{downloads_dir, write_new_file};

/// The most height the attachment list takes before it scrolls (about
/// three rows).
const ATTACHMENTS_MAX_HEIGHT: f32 = 96.0;

/// An attachment of the open message.
#[derive(Debug, Clone)]
pub struct Attachment {
    /// File name (never a path).
    pub name: String,
    /// Decoded size in bytes (about, while not fetched).
    pub size: u64,
    data: Arc<Vec<u8>>,
    /// Still on the server: its MIME section, fetched when opened or saved.
    pub unfetched: Option<String>,
}

/// What to do with an attachment once it has been fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Then {
    Open,
    Save,
    /// Forward the message once every attachment is here.
    Forward,
}

/// An attachment on its way from the server.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Fetching {
    /// Its index in the list.
    index: usize,
    /// Its MIME section.
    section: String,
    /// Bytes here, of about how many.
    done: u64,
    total: u64,
    /// Opened or saved once here.
    then: Then,
}

/// A parsed message.
#[derive(Debug, Clone)]
struct Parsed {
    from: String,
    to: String,
    cc: String,
    /// The sender's address, for "Always for this sender".
    sender: Option<String>,
    document: Document,
    /// Images ready to draw: the message's own, then remote ones once
    /// loaded.
    images: HashMap<ImageSource, iced::widget::image::Handle>,
    attachments: Vec<Attachment>,
}

/// Whether the message's remote images are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Remote {
    /// Not loaded (the default): nothing was fetched.
    Blocked,
    /// Being fetched, as the user asked.
    Loading,
    /// Fetched; this many could not be.
    Shown(usize),
}

/// What the reader has of the message.
#[derive(Debug, Clone)]
enum Content {
    /// The body is being downloaded.
    Downloading,
    /// The body is not on this computer and cannot be fetched now.
    Missing,
    /// The body, parsed.
    Parsed(Box<Parsed>),
}

/// How saving an attachment went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Written there.
    Written(PathBuf),
    /// No file was chosen: the dialog was closed, or no dialog could be
    /// shown (no desktop portal and no zenity).
    NoFile,
    /// Writing failed (the operating system's words).
    Failed(String),
}

/// The state of the last save.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Saving {
    Idle,
    Busy,
    Done(usize, SaveOutcome),
}

/// What can happen in the reader.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// "Reply" was pressed.
    Reply,
    /// "Reply all" was pressed.
    ReplyAll,
    /// "Forward" was pressed.
    Forward,
    /// An attachment's save button was pressed (its index).
    Save(usize),
    /// "Save to Downloads" was pressed after no file was chosen.
    SaveToDownloads(usize),
    /// A save finished.
    Saved(usize, SaveOutcome),
    /// The save notice was closed.
    DismissSave,
    /// A link in the text was clicked (its target: http, https or mailto).
    OpenLink(String),
    /// The desktop was asked to open a link; `false` if it could not be.
    LinkOpened(bool),
    /// An attachment's name was pressed: open it with the desktop.
    OpenAttachment(usize),
    /// The attachment was handed to the desktop; the error if not.
    AttachmentOpened(Result<(), String>),
    /// "Show for this message" on the remote content bar.
    ShowRemote,
    /// "Always for this sender" on the remote content bar.
    AlwaysRemote,
    /// The remote images arrived (or failed).
    RemoteLoaded(Vec<(String, Fetched)>),
    /// The attachment being fetched is not wanted any more.
    CancelFetch,
}

/// What the reader asks of the mailbox.
pub enum Action {
    /// Nothing.
    None,
    /// Run this task.
    Run(Task<Message>),
    /// Open the composer.
    Compose(Compose),
    /// Remember that this sender's remote content may always be loaded,
    /// then run the task (which loads it).
    Remember(String, Task<Message>),
    /// Fetch this attachment (its MIME section) from the server.
    FetchPart {
        /// The section.
        section: String,
    },
    /// Stop fetching the attachment.
    CancelFetch,
}

/// The open message.
#[derive(Debug, Clone)]
pub struct Reader {
    message: MessageRow,
    content: Content,
    saving: Saving,
    /// The last link the desktop could not open.
    link_failed: Option<String>,
    /// Remote images: blocked until the user asks.
    remote: Remote,
    /// The sender is one whose remote content is always loaded.
    sender_allowed: bool,
    /// The attachment being fetched, if one is.
    fetching: Option<Fetching>,
    /// Why the last attachment could not be fetched.
    fetch_failed: Option<String>,
}

impl Reader {
    /// Opens `message`; `raw` is its body when on disk, `downloading` says
    /// whether it is being fetched otherwise.
    pub fn open(message: MessageRow, raw: Option<&[u8]>, downloading: bool) -> Reader {
        Reader::open_read(message, raw.map(|raw| (raw, false)), downloading)
    }

    /// [`Reader::open`] with what the store has: the body, or a partly
    /// read message's document (`true`), whose attachments may still be
    /// on the server.
    pub fn open_read(message: MessageRow, raw: Option<(&[u8], bool)>, downloading: bool) -> Reader {
        let content = match raw {
            Some((raw, partial)) => Content::Parsed(Box::new(parse(raw, partial))),
            None if downloading => Content::Downloading,
            None => Content::Missing,
        };
        Reader {
            message,
            content,
            saving: Saving::Idle,
            link_failed: None,
            remote: Remote::Blocked,
            sender_allowed: false,
            fetching: None,
            fetch_failed: None,
        }
    }

    /// The sender's address, once the body is parsed.
    pub fn sender(&self) -> Option<&str> {
        match &self.content {
            Content::Parsed(parsed) => parsed.sender.as_deref(),
            _ => None,
        }
    }

    /// Whether the remote images are blocked, loading or shown.
    pub fn remote(&self) -> Remote {
        self.remote
    }

    /// Records that the sender's remote content is always loaded; the
    /// loading starts with [`Reader::remote_task_if_allowed`].
    pub fn set_sender_allowed(&mut self, allowed: bool) {
        self.sender_allowed = allowed;
    }

    /// The task that loads the remote images, when the sender is allowed
    /// and they are not loaded yet.
    pub fn remote_task_if_allowed(&mut self) -> Option<Task<Message>> {
        if !self.sender_allowed || self.remote != Remote::Blocked {
            return None;
        }
        self.load_remote()
    }

    /// Starts loading the remote images (nothing when there are none).
    fn load_remote(&mut self) -> Option<Task<Message>> {
        let urls: Vec<String> = self
            .document()?
            .remote_images()
            .map(str::to_owned)
            .collect();
        if urls.is_empty() {
            return None;
        }
        self.remote = Remote::Loading;
        Some(Task::perform(fetch_images(urls), Message::RemoteLoaded))
    }

    /// The message shown.
    pub fn message(&self) -> &MessageRow {
        &self.message
    }

    /// Shows the message's new flags (read, tags) without parsing again.
    pub fn refresh_row(&mut self, row: MessageRow) {
        self.message = row;
    }

    /// The body arrived.
    pub fn body_ready(&mut self, raw: &[u8]) {
        self.body_read(raw, false);
    }

    /// What showing the message needs arrived (`partial`: its text, the
    /// attachments still on the server).
    pub fn body_read(&mut self, raw: &[u8], partial: bool) {
        self.content = Content::Parsed(Box::new(parse(raw, partial)));
    }

    /// Bytes of the attachment being fetched arrived.
    pub fn part_progress(&mut self, section: &str, done: u64, total: u64) {
        if let Some(fetching) = self.fetching.as_mut().filter(|f| f.section == section) {
            fetching.done = done;
            fetching.total = total;
        }
    }

    /// The attachment `section` was fetched (the message is now `raw`), or
    /// why not; then it is opened or saved as asked.
    pub fn part_ready(
        &mut self,
        section: &str,
        raw: Option<(&[u8], bool)>,
        result: Result<(), posta_core::Error>,
    ) -> Action {
        let Some(fetching) = self.fetching.take().filter(|f| f.section == section) else {
            return Action::None;
        };
        if let Err(err) = result {
            if err.kind() != posta_core::ErrorKind::Cancelled {
                self.fetch_failed = Some(t!(
                    "reading-attachment-failed",
                    details = posta_i18n::describe_error(&err, "")
                ));
            }
            return Action::None;
        }
        if let Some((raw, partial)) = raw {
            self.body_read(raw, partial);
        }
        match fetching.then {
            Then::Open => self.update(Message::OpenAttachment(fetching.index)),
            Then::Save => self.update(Message::Save(fetching.index)),
            Then::Forward => self.update(Message::Forward),
        }
    }

    /// A forward carries every attachment: the next one still on the
    /// server is fetched first (then the next, then the forward opens).
    fn next_for_forward(&mut self) -> Option<Action> {
        let index = self
            .attachments()
            .iter()
            .position(|a| a.unfetched.is_some())?;
        self.fetch_first(index, Then::Forward)
    }

    /// Starts fetching attachment `index` when it is still on the server
    /// (then `Some`), to open or save it once here.
    fn fetch_first(&mut self, index: usize, then: Then) -> Option<Action> {
        let attachment = self.attachments().get(index)?;
        let section = attachment.unfetched.clone()?;
        let total = attachment.size;
        if self.fetching.is_some() {
            return Some(Action::None);
        }
        self.fetch_failed = None;
        self.fetching = Some(Fetching {
            index,
            section: section.clone(),
            done: 0,
            total,
            then,
        });
        Some(Action::FetchPart { section })
    }

    /// The body could not be fetched.
    pub fn body_unavailable(&mut self) {
        if matches!(self.content, Content::Downloading) {
            self.content = Content::Missing;
        }
    }

    /// The body as plain text (empty until parsed); for tests.
    pub fn body_text(&self) -> String {
        self.document()
            .map(|document| document.text(&posta_i18n::deception_warning))
            .unwrap_or_default()
    }

    /// The rendered body, once parsed.
    pub fn document(&self) -> Option<&Document> {
        match &self.content {
            Content::Parsed(parsed) => Some(&parsed.document),
            _ => None,
        }
    }

    /// The attachments (none until parsed).
    pub fn attachments(&self) -> &[Attachment] {
        match &self.content {
            Content::Parsed(parsed) => &parsed.attachments,
            _ => &[],
        }
    }

    /// Applies a message.
    pub fn update(&mut self, message: Message) -> Action {
        let id = self.message.id;
        match message {
            Message::Reply => Action::Compose(Compose::Reply { message_id: id }),
            Message::ReplyAll => Action::Compose(Compose::ReplyAll { message_id: id }),
            Message::Forward => self
                .next_for_forward()
                .unwrap_or(Action::Compose(Compose::Forward { message_id: id })),
            Message::Save(index) => self
                .fetch_first(index, Then::Save)
                .unwrap_or_else(|| self.save(index, false)),
            Message::CancelFetch => {
                if self.fetching.take().is_some() {
                    Action::CancelFetch
                } else {
                    Action::None
                }
            }
            Message::SaveToDownloads(index) => self.save(index, true),
            Message::Saved(index, outcome) => {
                self.saving = Saving::Done(index, outcome);
                Action::None
            }
            Message::DismissSave => {
                self.saving = Saving::Idle;
                Action::None
            }
            Message::OpenLink(target) => {
                self.link_failed = None;
                let Some(target) = render::safe_target(&target) else {
                    return Action::None;
                };
                Action::Run(Task::perform(open_in_desktop(target), Message::LinkOpened))
            }
            Message::LinkOpened(ok) => {
                if !ok {
                    self.link_failed = Some(t!("reader-link-not-opened"));
                }
                Action::None
            }
            Message::OpenAttachment(index) => {
                if let Some(action) = self.fetch_first(index, Then::Open) {
                    return action;
                }
                let Some(attachment) = self.attachments().get(index).cloned() else {
                    return Action::None;
                };
                Action::Run(Task::perform(
                    save::open_with_desktop(attachment.name, attachment.data),
                    Message::AttachmentOpened,
                ))
            }
            Message::AttachmentOpened(outcome) => {
                if let Err(details) = outcome {
                    self.link_failed = Some(t!("reader-attachment-not-opened", details = details));
                }
                Action::None
            }
            Message::ShowRemote => self.load_remote().map_or(Action::None, Action::Run),
            Message::AlwaysRemote => {
                let Some(sender) = self.sender().map(str::to_owned) else {
                    return self.load_remote().map_or(Action::None, Action::Run);
                };
                self.sender_allowed = true;
                let task = self.load_remote().unwrap_or_else(Task::none);
                Action::Remember(sender, task)
            }
            Message::RemoteLoaded(results) => {
                self.remote_loaded(results);
                Action::None
            }
        }
    }

    fn remote_loaded(&mut self, results: Vec<(String, Fetched)>) {
        let Content::Parsed(parsed) = &mut self.content else {
            return;
        };
        let mut failed = 0;
        for (url, outcome) in results {
            match outcome {
                Fetched::Image(bytes) => {
                    parsed.images.insert(
                        ImageSource::Remote(url),
                        iced::widget::image::Handle::from_bytes(bytes.to_vec()),
                    );
                }
                Fetched::Failed(reason) => {
                    log::debug!("remote image {url} not loaded: {reason}");
                    failed += 1;
                }
            }
        }
        self.remote = Remote::Shown(failed);
    }

    fn save(&mut self, index: usize, to_downloads: bool) -> Action {
        let Some(attachment) = self.attachments().get(index).cloned() else {
            return Action::None;
        };
        self.saving = Saving::Busy;
        let task = if to_downloads {
            Task::perform(
                save::save_to_downloads(attachment.name, attachment.data),
                move |o| Message::Saved(index, o),
            )
        } else {
            Task::perform(
                save::save_with_dialog(attachment.name, attachment.data),
                move |o| Message::Saved(index, o),
            )
        };
        Action::Run(task)
    }
    /// Headers, buttons, attachments and the text.
    pub fn view<'a>(&'a self, tags: Vec<tags::Shown>) -> Element<'a, Message> {
        let language = current_language();
        let subject = text(subject_or_placeholder(&self.message.subject))
            .size(17)
            .font(theme::FONT_BOLD);
        let from = match &self.content {
            Content::Parsed(parsed) if !parsed.from.is_empty() => parsed.from.clone(),
            _ => self.message.from.clone(),
        };
        let buttons = row![
            button(text(t!("reader-reply")).size(13)).on_press(Message::Reply),
            button(text(t!("reader-reply-all")).size(13)).on_press(Message::ReplyAll),
            button(text(t!("reader-forward")).size(13)).on_press(Message::Forward),
        ]
        .spacing(6);
        let mut header = column![
            // The buttons go under the subject where both do not fit.
            row![subject, buttons].spacing(12).align_y(Center).wrap(),
            row![
                text(t!("reader-from", sender = from)).size(13).width(Fill),
                text(when::long(self.message.date, language)).size(13),
            ]
            .spacing(8),
        ]
        .spacing(4);
        if let Content::Parsed(parsed) = &self.content {
            if !parsed.to.is_empty() {
                header =
                    header.push(text(t!("reader-to", recipients = parsed.to.as_str())).size(13));
            }
            if !parsed.cc.is_empty() {
                header =
                    header.push(text(t!("reader-cc", recipients = parsed.cc.as_str())).size(13));
            }
        }
        if let Some(state) = crate::widget::message_list::answer_note(&self.message.flags) {
            header = header.push(text(state).size(12).style(text::secondary));
        }
        if !tags.is_empty() {
            header = header.push(
                Row::with_children(tags.into_iter().map(|tag| tags::chip(tag.name, tag.color)))
                    .spacing(4),
            );
        }
        let mut top = column![header].spacing(8);
        if let Some(attachments) = self.attachments_view() {
            top = top.push(attachments);
        }
        if let Some(notice) = self.save_notice() {
            top = top.push(notice);
        }
        if let Some(bar) = self.remote_bar() {
            top = top.push(bar);
        }
        if let Some(failed) = &self.link_failed {
            top = top.push(text(failed.as_str()).size(12).style(text::danger));
        }
        if let Some(failed) = &self.fetch_failed {
            top = top.push(text(failed.as_str()).size(12).style(text::danger));
        }
        let body: Element<'a, Message> = match &self.content {
            Content::Downloading => text(t!("reader-downloading")).size(14).into(),
            Content::Missing => text(t!("reader-not-downloaded")).size(14).into(),
            Content::Parsed(parsed) => body::view(&parsed.document, &parsed.images),
        };
        column![
            top,
            rule::horizontal(1),
            scrollable(container(body).padding([4, 8]).width(Fill))
                .id(BODY)
                .height(Fill)
        ]
        .spacing(8)
        .padding(12)
        .height(Fill)
        .into()
    }

    /// The bar above a message with remote images: blocked, loading, or
    /// how many failed.
    fn remote_bar(&self) -> Option<Element<'_, Message>> {
        if !self.document()?.has_remote_images() {
            return None;
        }
        let content: Element<'_, Message> = match self.remote {
            Remote::Blocked => row![
                text(t!("reader-remote-blocked")).size(12).width(Fill),
                button(text(t!("reader-remote-show")).size(12))
                    .padding([3, 8])
                    .on_press(Message::ShowRemote),
                button(text(t!("reader-remote-always")).size(12))
                    .style(button::secondary)
                    .padding([3, 8])
                    .on_press(Message::AlwaysRemote),
            ]
            .spacing(8)
            .align_y(Center)
            .into(),
            Remote::Loading => text(t!("reader-remote-loading")).size(12).into(),
            Remote::Shown(0) => return None,
            Remote::Shown(failed) => text(t!("reader-remote-failed", count = failed))
                .size(12)
                .into(),
        };
        Some(
            container(content)
                .padding([4, 8])
                .width(Fill)
                .style(container::rounded_box)
                .into(),
        )
    }

    fn attachments_view(&self) -> Option<Element<'_, Message>> {
        let attachments = self.attachments();
        if attachments.is_empty() {
            return None;
        }
        let language = current_language();
        let mut list = Row::new().spacing(6).align_y(Center);
        list = list.push(
            text(t!("reader-attachments", count = attachments.len()))
                .size(13)
                .font(theme::FONT_BOLD),
        );
        for (index, attachment) in attachments.iter().enumerate() {
            let fetching = self.fetching.as_ref().filter(|f| f.index == index);
            let label = match (fetching, &attachment.unfetched) {
                (Some(f), _) => t!(
                    "reading-attachment-fetching",
                    name = attachment.name.as_str(),
                    percent = (f.done.saturating_mul(100) / f.total.max(f.done).max(1)) as i64
                ),
                (None, Some(_)) => t!(
                    "reading-attachment-on-server",
                    name = attachment.name.as_str(),
                    size = format_size(attachment.size, language)
                ),
                (None, None) => format!(
                    "{} ({})",
                    attachment.name,
                    format_size(attachment.size, language)
                ),
            };
            if fetching.is_some() {
                list = list.push(
                    row![
                        text(label).size(12),
                        button(text(t!("reading-attachment-cancel")).size(12))
                            .style(button::secondary)
                            .padding([3, 8])
                            .on_press(Message::CancelFetch),
                    ]
                    .spacing(4)
                    .align_y(Center),
                );
                continue;
            }
            // Opening is the chip itself; saving its small arrow.
            let chip = row![
                button(text(label).size(12))
                    .style(button::secondary)
                    .padding([3, 8])
                    .on_press(Message::OpenAttachment(index)),
                button(text("⇩").size(12))
                    .style(button::secondary)
                    .padding([3, 6])
                    .on_press_maybe((self.saving != Saving::Busy).then_some(Message::Save(index))),
            ]
            .spacing(1);
            list = list.push(chip);
        }
        // Many attachments wrap, and past three rows they scroll.
        Some(
            scrollable(list.wrap().vertical_spacing(4))
                .height(iced::Length::Shrink)
                .width(Fill)
                .into(),
        )
        .map(|list: Element<'_, Message>| container(list).max_height(ATTACHMENTS_MAX_HEIGHT).into())
    }

    fn save_notice(&self) -> Option<Element<'_, Message>> {
        let Saving::Done(index, outcome) = &self.saving else {
            return None;
        };
        let name = self
            .attachments()
            .get(*index)
            .map(|a| a.name.clone())
            .unwrap_or_default();
        let (line, offer) = match outcome {
            SaveOutcome::Written(path) => (
                t!(
                    "reader-saved",
                    name = name,
                    path = path.display().to_string()
                ),
                None,
            ),
            SaveOutcome::NoFile => (
                t!("reader-save-no-file", name = name),
                Some(
                    button(text(t!("reader-save-to-downloads")).size(12))
                        .padding([3, 8])
                        .on_press(Message::SaveToDownloads(*index)),
                ),
            ),
            SaveOutcome::Failed(details) => (
                t!(
                    "reader-save-failed",
                    name = name,
                    details = details.as_str()
                ),
                None,
            ),
        };
        let mut content = row![text(line).size(12).width(Fill)]
            .spacing(8)
            .align_y(Center);
        if let Some(offer) = offer {
            content = content.push(offer);
        }
        content = content.push(
            button(text("✕").size(12))
                .style(button::text)
                .on_press(Message::DismissSave),
        );
        Some(
            container(content)
                .padding([4, 8])
                .style(container::rounded_box)
                .into(),
        )
    }
}

/// Reads what the reader shows from a raw message (`partial`: a partly
/// read message's document, see `posta_core::reading`).
fn parse(raw: &[u8], partial: bool) -> Parsed {
    let rendered = if partial {
        render::partial_message(raw, render::WIDE)
    } else {
        render::message(raw, render::WIDE)
    };
    let headers = MessageParser::default().parse_headers(raw);
    let addresses = posta_core::message::address_line;
    let attachments = rendered
        .attachments
        .into_iter()
        .enumerate()
        .map(|(index, part)| Attachment {
            name: Some(safe_file_name(&part.name))
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| t!("reader-attachment-unnamed", number = index + 1)),
            size: part.size,
            data: part.data,
            unfetched: part.unfetched,
        })
        .collect();
    let sender = headers
        .as_ref()
        .and_then(|m| m.from())
        .and_then(|list| list.first())
        .and_then(|a| a.address())
        .map(str::to_owned);
    let images = images::carried(&rendered.document, &rendered.inline);
    Parsed {
        sender,
        images,
        from: addresses(headers.as_ref().and_then(|m| m.from())),
        to: addresses(headers.as_ref().and_then(|m| m.to())),
        cc: addresses(headers.as_ref().and_then(|m| m.cc())),
        document: rendered.document,
        attachments,
    }
}

/// Hands a link to the desktop's default application (`xdg-open`), off
/// the UI thread; `false` if it could not be started or failed.
async fn open_in_desktop(target: String) -> bool {
    tokio::task::spawn_blocking(move || {
        std::process::Command::new("xdg-open")
            .arg(&target)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HTML_WITH_TRACKER: &[u8] = b"From: Zofia <zofia@example.pl>\r\nTo: jan@example.pl\r\n\
Subject: Faktura\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n\
--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
<p>Dzie\xc5\x84 dobry,<img src=\"https://tracker.example/p.gif\"><script>alert(1)</script></p>\r\n\
--b\r\nContent-Type: application/pdf; name=\"../../etc/faktura.pdf\"\r\n\
Content-Disposition: attachment; filename=\"../../etc/faktura.pdf\"\r\n\
Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n";

    #[test]
    fn html_becomes_text_and_attachments_get_safe_names() {
        let parsed = parse(HTML_WITH_TRACKER, false);
        let body = parsed.document.text(&posta_i18n::deception_warning);
        assert!(body.contains("Dzień dobry"), "{body:?}");
        assert!(!body.contains("tracker.example"), "{body:?}");
        assert!(!body.contains("<p>"), "{body:?}");
        assert!(parsed.document.has_remote_images());
        assert_eq!(parsed.from, "Zofia <zofia@example.pl>");
        assert_eq!(parsed.attachments.len(), 1);
        assert_eq!(parsed.attachments[0].name, "faktura.pdf");
        assert_eq!(parsed.attachments[0].data.as_slice(), b"%PDF-1.4\n");
    }

    #[test]
    fn file_names_lose_paths_and_leading_dots() {
        assert_eq!(safe_file_name("..\\..\\x.exe"), "x.exe");
        assert_eq!(safe_file_name("/etc/passwd"), "passwd");
        assert_eq!(safe_file_name(".bashrc"), "bashrc");
        assert_eq!(safe_file_name(".."), "");
        assert_eq!(safe_file_name("a\u{7}b.txt"), "ab.txt");
    }

    #[tokio::test]
    async fn new_files_never_overwrite() {
        let dir = tempfile::tempdir().expect("tempdir");
        let first = write_new_file(dir.path(), "faktura.pdf", b"1")
            .await
            .expect("write");
        let second = write_new_file(dir.path(), "faktura.pdf", b"2")
            .await
            .expect("write");
        assert_eq!(
            first.file_name().and_then(|n| n.to_str()),
            Some("faktura.pdf")
        );
        assert_eq!(
            second.file_name().and_then(|n| n.to_str()),
            Some("faktura (1).pdf")
        );
        assert_eq!(std::fs::read(first).expect("read"), b"1");
    }
}
