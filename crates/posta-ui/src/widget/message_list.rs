//! The message list, virtualised: the scrollable's content is as tall as
//! every row together, but only the rows in view (plus a few either side)
//! are built, between two empty spaces standing in for the rest. Rows come
//! from the store a page at a time by offset, so a folder of 100,000
//! messages opens and scrolls as fast as one of a hundred.
//!
//! [`MessageList`] keeps the window of rows and the scroll position; the
//! screen asks it what to fetch ([`MessageList::missing`]) after each
//! scroll and hands the page back with [`MessageList::fill`].

use std::ops::Range;

use iced::widget::text::Wrapping;
use iced::widget::{button, column, container, mouse_area, scrollable, space, text, Row};
use iced::{Center, Color, Element, Fill, FillPortion, Font, Length, Theme};

use super::{tags, when};
use crate::theme;
use crate::widget::ellipsis::ellipsis;
use posta_core::compose::FORWARDED;
use posta_core::message::Flag;
use posta_core::store::{MessageRow, Sort};
use posta_i18n::t;
use posta_i18n::{format_size, Language};

/// Every row's height; fixed, so a row's position is its index times this.
pub const ROW_HEIGHT: f32 = 26.0;
/// Rows built beyond each edge of the view, so a small scroll shows rows
/// that exist already.
const OVERSCAN: usize = 8;
/// Rows fetched from the store at once.
pub const PAGE: usize = 240;
/// The height assumed until the scrollable reports its own.
const DEFAULT_HEIGHT: f32 = 1200.0;
/// The list's scrollable, for scrolling it from `update`.
pub const SCROLLABLE: iced::widget::Id = iced::widget::Id::new("message-list");

/// A column the list can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// Date (newest or oldest first).
    Date,
    /// Sender.
    From,
    /// Recipients (shown instead of the sender in sent mail and drafts).
    To,
    /// Subject.
    Subject,
    /// Size (largest first).
    Size,
}

impl Column {
    /// The order a click on this column's heading asks for, given the
    /// current one: the date column flips between newest and oldest first.
    pub fn sort_after(self, current: Sort) -> Sort {
        match self {
            Column::Date if current == Sort::DateDesc => Sort::DateAsc,
            Column::Date => Sort::DateDesc,
            Column::From => Sort::From,
            Column::To => Sort::To,
            Column::Subject => Sort::Subject,
            Column::Size => Sort::SizeDesc,
        }
    }

    /// The arrow shown on the heading of the column `sort` orders by.
    fn arrow(self, sort: Sort) -> &'static str {
        match (self, sort) {
            (Column::Date, Sort::DateDesc) | (Column::Size, Sort::SizeDesc) => " ▼",
            (Column::Date, Sort::DateAsc)
            | (Column::From, Sort::From)
            | (Column::To, Sort::To)
            | (Column::Subject, Sort::Subject) => " ▲",
            _ => "",
        }
    }
}

/// What the list reports.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Event {
    /// A row was clicked (its index in the list).
    Pressed(usize),
    /// A row's star was clicked.
    Star(usize),
    /// The list scrolled or was resized.
    Scrolled {
        /// Distance from the top, in pixels.
        offset: f32,
        /// Height of the visible part.
        height: f32,
    },
    /// A column heading was clicked.
    Sort(Column),
}

/// The rows held in memory and the scroll position.
#[derive(Debug, Clone, Default)]
pub struct MessageList {
    total: usize,
    /// Index of `rows[0]` in the whole list.
    start: usize,
    rows: Vec<MessageRow>,
    offset: f32,
    height: Option<f32>,
}

impl MessageList {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts over with `total` rows and nothing fetched (another folder,
    /// order or filter); the scroll position goes back to the top.
    pub fn reset(&mut self, total: usize) {
        self.total = total;
        self.start = 0;
        self.rows.clear();
        self.offset = 0.0;
    }

    /// Keeps the position but forgets the rows (the store changed).
    pub fn invalidate(&mut self, total: usize) {
        self.total = total;
        self.rows.clear();
        self.start = 0;
    }

    /// How many rows the list has.
    pub fn total(&self) -> usize {
        self.total
    }

    /// Records the scroll position the scrollable reported.
    pub fn scrolled(&mut self, offset: f32, height: f32) {
        self.offset = offset.max(0.0);
        self.height = Some(height);
    }

    /// The height of the visible part (a guess until the first report).
    pub fn height(&self) -> f32 {
        self.height.unwrap_or(DEFAULT_HEIGHT)
    }

    /// The rows in view.
    pub fn visible(&self) -> Range<usize> {
        let first = ((self.offset / ROW_HEIGHT).floor() as usize).min(self.total);
        let count = (self.height() / ROW_HEIGHT).ceil() as usize + 1;
        first..(first + count).min(self.total)
    }

    /// The rows to build: the visible ones and a margin.
    fn built(&self) -> Range<usize> {
        let visible = self.visible();
        visible.start.saturating_sub(OVERSCAN)..(visible.end + OVERSCAN).min(self.total)
    }

    /// The page to fetch so that every row to build is in memory, if any
    /// is missing: [`PAGE`] rows starting a quarter page above the view,
    /// so scrolling either way stays within it for a while.
    pub fn missing(&self) -> Option<Range<usize>> {
        let built = self.built();
        let held = self.start..self.start + self.rows.len();
        if built.is_empty() || (held.start <= built.start && built.end <= held.end) {
            return None;
        }
        let start = built.start.saturating_sub(PAGE / 4);
        Some(start..(start + PAGE.max(built.len())).min(self.total))
    }

    /// Holds a fetched page starting at index `start`.
    pub fn fill(&mut self, start: usize, rows: Vec<MessageRow>) {
        self.start = start;
        self.rows = rows;
    }

    /// The row at `index`, if in memory.
    pub fn get(&self, index: usize) -> Option<&MessageRow> {
        index.checked_sub(self.start).and_then(|i| self.rows.get(i))
    }

    /// The index of the message `id`, if its row is in memory.
    pub fn position(&self, id: i64) -> Option<usize> {
        self.rows
            .iter()
            .position(|row| row.id == id)
            .map(|i| i + self.start)
    }

    /// The rows in memory with their indices.
    pub fn held(&self) -> impl Iterator<Item = (usize, &MessageRow)> {
        self.rows
            .iter()
            .enumerate()
            .map(|(i, row)| (i + self.start, row))
    }

    /// The scroll offset that brings row `index` fully into view, or
    /// `None` when it is in view already.
    pub fn reveal(&self, index: usize) -> Option<f32> {
        let top = index as f32 * ROW_HEIGHT;
        let bottom = top + ROW_HEIGHT;
        if top < self.offset {
            Some(top)
        } else if bottom > self.offset + self.height() {
            Some(bottom - self.height())
        } else {
            None
        }
    }
}

/// A heading, and where a row's message is.
pub type Place<'a> = (String, &'a dyn Fn(&MessageRow) -> String);

/// How rows are drawn: which are selected, the tags of each, the order.
pub struct Look<'a> {
    /// True for selected messages.
    pub is_selected: &'a dyn Fn(i64) -> bool,
    /// The keyboard cursor.
    pub cursor: Option<usize>,
    /// The tags shown on a row.
    pub tags: &'a dyn Fn(&MessageRow) -> Vec<tags::Shown>,
    /// For a row standing for a conversation: its message and unread
    /// counts.
    pub thread: &'a dyn Fn(&MessageRow) -> Option<(usize, usize)>,
    /// The current order.
    pub sort: Sort,
    /// Now, for "today" in the date column.
    pub now: i64,
    /// The interface language, for dates and sizes.
    pub language: Language,
    /// Show whom a message went to instead of who sent it (sent mail,
    /// drafts: the sender is always the user).
    pub recipients: bool,
    /// Where each message is, for a list that spans folders (search
    /// results, all inboxes): a column of its own, with its heading.
    pub folder: Option<Place<'a>>,
}

const STAR_WIDTH: f32 = 24.0;
/// The answered/forwarded marks beside the star.
const STATE_WIDTH: f32 = 28.0;
/// The paperclip of a message with attachments.
const CLIP_WIDTH: f32 = 14.0;
const DATE_WIDTH: f32 = 112.0;
const SIZE_WIDTH: f32 = 72.0;
const TEXT_SIZE: f32 = 13.0;

/// The headings and the rows.
pub fn view<'a>(list: &'a MessageList, look: &Look<'_>) -> Element<'a, Event> {
    let built = list.built();
    let mut rows = column![space().height(built.start as f32 * ROW_HEIGHT)];
    for index in built.clone() {
        rows = rows.push(match list.get(index) {
            Some(message) => message_row(index, message, look),
            None => space().height(ROW_HEIGHT).into(),
        });
    }
    let rows = rows.push(space().height((list.total - built.end) as f32 * ROW_HEIGHT));
    let body = scrollable(rows.width(Fill))
        .id(SCROLLABLE)
        .on_scroll(|viewport| Event::Scrolled {
            offset: viewport.absolute_offset().y,
            height: viewport.bounds().height,
        })
        .height(Fill);
    column![
        headings(
            look.sort,
            look.recipients,
            look.folder.as_ref().map(|f| &f.0)
        ),
        body
    ]
    .height(Fill)
    .into()
}

/// The column headings; the sortable ones are buttons.
fn headings<'a>(sort: Sort, recipients: bool, folder: Option<&String>) -> Element<'a, Event> {
    let heading = |column: Column, label: String, width: Length| -> Element<'a, Event> {
        button(
            text(format!("{label}{}", column.arrow(sort)))
                .size(12)
                .font(theme::FONT_BOLD)
                .wrapping(Wrapping::None),
        )
        .padding([4, 6])
        .width(width)
        .clip(true)
        .style(button::text)
        .on_press(Event::Sort(column))
        .into()
    };
    let plain = |label: String, width: Length| -> Element<'a, Event> {
        container(text(label).size(12).font(theme::FONT_BOLD))
            .padding([4, 6])
            .width(width)
            .clip(true)
            .into()
    };
    let mut cells: Vec<Element<'a, Event>> = vec![
        space().width(STAR_WIDTH).into(),
        space().width(STATE_WIDTH).into(),
        space().width(CLIP_WIDTH).into(),
        heading(
            Column::Date,
            t!("mailbox-column-date"),
            Length::Fixed(DATE_WIDTH),
        ),
        if recipients {
            heading(Column::To, t!("mailbox-column-to"), FillPortion(3))
        } else {
            heading(Column::From, t!("mailbox-column-from"), FillPortion(3))
        },
    ];
    if let Some(heading) = folder {
        cells.push(plain(heading.clone(), FillPortion(2)));
    }
    cells.extend([
        heading(
            Column::Subject,
            t!("mailbox-column-subject"),
            FillPortion(6),
        ),
        plain(t!("mailbox-column-tags"), FillPortion(3)),
        heading(
            Column::Size,
            t!("mailbox-column-size"),
            Length::Fixed(SIZE_WIDTH),
        ),
    ]);
    container(Row::with_children(cells).align_y(Center))
        .width(Fill)
        .style(|theme: &Theme| container::Style {
            background: Some(theme.extended_palette().background.weak.color.into()),
            ..container::Style::default()
        })
        .into()
}

/// "Name" out of "Name <address>", or the address; the first of a list.
pub fn sender_name(from: &str) -> &str {
    // A display name may itself hold ", " ("Nowak, Jan"), so a comma only
    // ends the first sender when what precedes it is a bare address.
    let angle = from.find(" <");
    let comma = from.find(", ");
    let bare = |end: usize| from[..end].trim_matches(['<', '>']);
    match (angle, comma) {
        (Some(a), Some(c)) if c < a && from[..c].contains('@') => bare(c),
        (Some(a), _) if !from[..a].trim().is_empty() => from[..a].trim().trim_matches('"'),
        (_, Some(c)) => bare(c),
        _ => bare(from.len()),
    }
}

/// "↩" when the message was answered, "↪" when it was forwarded (both
/// when both), as other mail programs mark them.
pub fn answer_marks(flags: &[Flag]) -> &'static str {
    let answered = flags.contains(&Flag::Answered);
    let forwarded = flags
        .iter()
        .any(|f| matches!(f, Flag::Keyword(k) if k.eq_ignore_ascii_case(FORWARDED)));
    match (answered, forwarded) {
        (true, true) => "↩↪",
        (true, false) => "↩",
        (false, true) => "↪",
        (false, false) => "",
    }
}

/// The reader's line for the same state: "↩ You replied to this message."
pub fn answer_note(flags: &[Flag]) -> Option<String> {
    let answered = flags.contains(&Flag::Answered);
    let forwarded = answer_marks(flags).contains('↪');
    match (answered, forwarded) {
        (true, true) => Some(format!(
            "{} {}",
            t!("server-answered"),
            t!("server-forwarded")
        )),
        (true, false) => Some(t!("server-answered")),
        (false, true) => Some(t!("server-forwarded")),
        (false, false) => None,
    }
}

/// One message's row.
fn message_row<'a>(index: usize, message: &'a MessageRow, look: &Look<'_>) -> Element<'a, Event> {
    let unread = message.is_unread();
    let font = if unread {
        theme::FONT_BOLD
    } else {
        theme::FONT
    };
    let cell = |content: String, width: Length, font: Font, clip: bool| {
        row_cell(
            text(content)
                .size(TEXT_SIZE)
                .font(font)
                .wrapping(Wrapping::None),
            width,
            clip,
        )
    };
    let flagged = message.flags.contains(&Flag::Flagged);
    let star_color =
        tags::apple_flag_color(&message.flags).unwrap_or(Color::from_rgb8(0xe0, 0xa0, 0x00));
    let star = button(
        text(if flagged { "★" } else { "☆" })
            .size(14)
            .color_maybe(flagged.then_some(star_color)),
    )
    .padding([2, 4])
    .width(STAR_WIDTH)
    .style(button::text)
    .on_press(Event::Star(index));
    let chips: Vec<Element<'a, Event>> = (look.tags)(message)
        .into_iter()
        .map(|tag| tags::chip(tag.name, tag.color))
        .collect();
    let has_chips = !chips.is_empty();
    let mut cells: Vec<Element<'a, Event>> = vec![
        star.into(),
        container(
            text(answer_marks(&message.flags))
                .size(13)
                .style(text::secondary),
        )
        .width(STATE_WIDTH)
        .into(),
        if message.has_attachments {
            container(crate::widget::paperclip::icon())
                .width(CLIP_WIDTH)
                .into()
        } else {
            space().width(CLIP_WIDTH).into()
        },
        cell(
            when::short(message.date, look.now, look.language),
            Length::Fixed(DATE_WIDTH),
            font,
            false,
        ),
        // Shortened with "…", not cut mid-letter (nor drawn through a mask).
        row_cell(
            ellipsis(sender_name(if look.recipients {
                &message.to
            } else {
                &message.from
            }))
            .size(TEXT_SIZE)
            .font(font),
            FillPortion(3),
            false,
        ),
    ];
    if let Some((_, folder)) = &look.folder {
        cells.push(row_cell(
            ellipsis(folder(message)).size(TEXT_SIZE),
            FillPortion(2),
            false,
        ));
    }
    cells.extend([
        subject_cell(message, (look.thread)(message), font),
        // The pills that fit whole; none cut at the edge.
        row_cell(
            crate::widget::fitting::fitting(chips, 3.0),
            FillPortion(3),
            has_chips,
        ),
        cell(
            format_size(message.size, look.language),
            Length::Fixed(SIZE_WIDTH),
            theme::FONT,
            false,
        ),
    ]);
    let selected = (look.is_selected)(message.id);
    let cursor = look.cursor == Some(index);
    let content = container(Row::with_children(cells).align_y(Center).height(Fill))
        .width(Fill)
        .height(ROW_HEIGHT)
        .style(move |theme: &Theme| {
            let palette = theme.extended_palette();
            container::Style {
                background: if selected {
                    Some(palette.primary.weak.color.into())
                } else if index % 2 == 1 {
                    Some(palette.background.weakest.color.into())
                } else {
                    None
                },
                text_color: selected.then_some(palette.primary.weak.text),
                // No border but the cursor's: the software renderer fills
                // and strokes a quad for any border, even a transparent
                // one, so every row without a background drew two paths
                // of nothing.
                border: iced::Border {
                    color: palette.primary.strong.color,
                    width: if cursor { 1.0 } else { 0.0 },
                    radius: 0.0.into(),
                },
                ..container::Style::default()
            }
        });
    mouse_area(content).on_press(Event::Pressed(index)).into()
}

/// The subject; for a conversation, with its counts after it ("3
/// messages, 1 unread").
fn subject_cell<'a>(
    message: &MessageRow,
    thread: Option<(usize, usize)>,
    font: Font,
) -> Element<'a, Event> {
    let subject = ellipsis(subject_or_placeholder(&message.subject))
        .size(TEXT_SIZE)
        .font(font);
    // The counts keep their room; the subject gives way with "…".
    let content: Element<'a, Event> = match thread {
        Some((count, unread)) => iced::widget::row![
            subject,
            text(posta_i18n::t!(
                "conversation-count",
                count = count,
                unread = unread
            ))
            .size(TEXT_SIZE - 1.0)
            .style(text::secondary)
            .wrapping(Wrapping::None),
        ]
        .spacing(8)
        .into(),
        None => subject.into(),
    };
    row_cell(content, FillPortion(6), false)
}

/// One cell of a row: padded, as tall as the row, its content centred.
///
/// Text that does not lie wholly within its clip bounds is drawn through a
/// mask the software renderer clears and fills window-wide, for each such
/// text. So only cells whose content may be wider than they are clip
/// (sender, subject, tags with chips), and a cell is as tall as the row: a
/// cell exactly as tall as its text missed by a rounding error, and every
/// sender and subject took the mask (a sixth of a frame).
fn row_cell<'a>(
    content: impl Into<Element<'a, Event>>,
    width: Length,
    clip: bool,
) -> Element<'a, Event> {
    container(content)
        .padding([0, 6])
        .width(width)
        .height(Fill)
        .align_y(Center)
        .clip(clip)
        .into()
}

/// The subject, or a translated "(no subject)".
pub fn subject_or_placeholder(subject: &str) -> String {
    if subject.trim().is_empty() {
        t!("mailbox-no-subject")
    } else {
        subject.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64) -> MessageRow {
        MessageRow {
            id,
            folder_id: 1,
            uid: Some(id as u32),
            uidl: None,
            flags: Vec::new(),
            size: 0,
            date: None,
            subject: String::new(),
            from: String::new(),
            to: String::new(),
            message_id: None,
            has_body: false,
            has_attachments: false,
        }
    }

    #[test]
    fn only_the_visible_rows_and_a_margin_are_fetched() {
        let mut list = MessageList::new();
        list.reset(100_000);
        list.scrolled(0.0, 520.0);
        assert_eq!(list.visible(), 0..21);
        assert_eq!(list.missing(), Some(0..PAGE));
        list.fill(0, (0..PAGE as i64).map(row).collect());
        assert_eq!(list.missing(), None);
        // Far down: a new page around the view.
        list.scrolled(50_000.0 * ROW_HEIGHT, 520.0);
        assert_eq!(list.visible(), 50_000..50_021);
        let page = list.missing().expect("needs rows");
        assert!(
            page.start <= 50_000 - OVERSCAN && page.end >= 50_021 + OVERSCAN,
            "{page:?}"
        );
        assert_eq!(page.len(), PAGE);
        list.fill(
            page.start,
            (page.start as i64..page.end as i64).map(row).collect(),
        );
        assert_eq!(list.get(50_000).map(|r| r.id), Some(50_000));
        assert_eq!(list.position(50_010), Some(50_010));
        assert_eq!(list.missing(), None);
    }

    #[test]
    fn the_end_of_the_list_is_clamped() {
        let mut list = MessageList::new();
        list.reset(10);
        list.scrolled(0.0, 1000.0);
        assert_eq!(list.visible(), 0..10);
        assert_eq!(list.missing(), Some(0..10));
        list.reset(0);
        assert_eq!(list.missing(), None);
    }

    #[test]
    fn reveal_scrolls_just_enough() {
        let mut list = MessageList::new();
        list.reset(1000);
        list.scrolled(ROW_HEIGHT * 10.0, ROW_HEIGHT * 5.0);
        assert_eq!(list.reveal(12), None);
        assert_eq!(list.reveal(9), Some(ROW_HEIGHT * 9.0));
        assert_eq!(list.reveal(15), Some(ROW_HEIGHT * 11.0));
    }

    #[test]
    fn sender_names_are_taken_from_the_from_line() {
        assert_eq!(sender_name("Zofia Żółw <zofia@example.pl>"), "Zofia Żółw");
        assert_eq!(sender_name("\"Nowak, Jan\" <jan@example.pl>"), "Nowak, Jan");
        assert_eq!(sender_name("jan@example.pl"), "jan@example.pl");
        assert_eq!(sender_name("A <a@x>, B <b@x>"), "A");
        assert_eq!(sender_name(""), "");
    }

    #[test]
    fn date_heading_flips_the_order() {
        assert_eq!(Column::Date.sort_after(Sort::DateDesc), Sort::DateAsc);
        assert_eq!(Column::Date.sort_after(Sort::Subject), Sort::DateDesc);
        assert_eq!(Column::Size.sort_after(Sort::DateDesc), Sort::SizeDesc);
    }
}
