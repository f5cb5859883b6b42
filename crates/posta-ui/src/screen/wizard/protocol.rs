//! "How should Posta get your mail?": IMAP and POP3 side by side in plain
//! words, IMAP recommended and preselected; for POP3, the choice of what
//! happens to the server's copy, with what each choice means.

use iced::widget::{column, container, radio, row, rule, text, text_input};
use iced::{Center, Element, Fill, Length};

use super::layout::{self, Page, Tone};
use super::{ids, Action, Message, Step, Wizard};
use crate::theme;
use posta_core::account::Protocol;
use posta_core::store::config::KeepCopy;
use posta_i18n::t;

/// What happens to the server's copy of a message POP3 downloaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeepKind {
    /// Leave it on the server.
    Keep,
    /// Delete it some days after download.
    AfterDays,
    /// Delete it when it is deleted in Posta.
    UntilDeletedHere,
    /// Delete it once it is safely on this computer.
    AfterDownload,
}

impl KeepKind {
    /// Every choice, in the order shown.
    pub const ALL: [KeepKind; 4] = [
        KeepKind::Keep,
        KeepKind::AfterDays,
        KeepKind::UntilDeletedHere,
        KeepKind::AfterDownload,
    ];

    /// The kind of a policy.
    pub fn of(policy: KeepCopy) -> KeepKind {
        match policy {
            KeepCopy::Keep => KeepKind::Keep,
            KeepCopy::DeleteAfterDays(_) => KeepKind::AfterDays,
            KeepCopy::UntilDeletedHere => KeepKind::UntilDeletedHere,
            KeepCopy::DeleteAfterDownload => KeepKind::AfterDownload,
        }
    }

    /// The choice's label and what it means (the settings screen shows the
    /// same words again).
    pub(crate) fn words(self) -> (String, String) {
        match self {
            KeepKind::Keep => (t!("wizard-keep-keep"), t!("wizard-keep-keep-means")),
            KeepKind::AfterDays => (t!("wizard-keep-days"), t!("wizard-keep-days-means")),
            KeepKind::UntilDeletedHere => (
                t!("wizard-keep-until-deleted"),
                t!("wizard-keep-until-deleted-means"),
            ),
            KeepKind::AfterDownload => (t!("wizard-keep-delete"), t!("wizard-keep-delete-means")),
        }
    }
}

/// The protocol and, for POP3, the keep-a-copy policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// IMAP (the default) or POP3.
    pub protocol: Protocol,
    /// The keep-a-copy policy kind.
    pub keep: KeepKind,
    /// The days for [`KeepKind::AfterDays`], as typed.
    pub days: String,
    /// The keep-a-copy page is on the way (POP3 was chosen on the protocol
    /// page), even if detection then found only IMAP: the step count stays.
    pub(super) keep_page: bool,
}

impl Default for Choice {
    fn default() -> Self {
        Choice {
            protocol: Protocol::Imap,
            keep: KeepKind::Keep,
            days: "14".to_owned(),
            keep_page: false,
        }
    }
}

impl Choice {
    /// The policy to save; `None` while the number of days is not valid.
    pub fn keep_copy(&self) -> Option<KeepCopy> {
        Some(match self.keep {
            KeepKind::Keep => KeepCopy::Keep,
            KeepKind::AfterDays => {
                let days = self
                    .days
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|d| (1..=3650).contains(d))?;
                KeepCopy::DeleteAfterDays(days)
            }
            KeepKind::UntilDeletedHere => KeepCopy::UntilDeletedHere,
            KeepKind::AfterDownload => KeepCopy::DeleteAfterDownload,
        })
    }
}

impl Wizard {
    pub(super) fn select_protocol(&mut self, protocol: Protocol) -> Action {
        self.protocol.protocol = protocol;
        self.form.protocol_chosen(protocol, self.detect.result());
        Action::None
    }

    pub(super) fn confirm_protocol(&mut self) -> Action {
        self.protocol.keep_page = self.protocol.protocol == Protocol::Pop3;
        let next = match self.protocol.protocol {
            Protocol::Imap => Step::Details,
            Protocol::Pop3 => Step::KeepCopy,
        };
        self.go(next)
    }

    /// The arrows: IMAP or POP3 on the protocol page, the next or previous
    /// keep-a-copy choice on its page.
    pub(super) fn choose(&mut self, by: isize) -> Action {
        match self.step {
            Step::Protocol => {
                let protocol = match self.protocol.protocol {
                    Protocol::Imap if by > 0 => Protocol::Pop3,
                    Protocol::Pop3 if by < 0 => Protocol::Imap,
                    same => same,
                };
                self.select_protocol(protocol)
            }
            Step::KeepCopy => {
                let all = KeepKind::ALL;
                let at = all
                    .iter()
                    .position(|k| *k == self.protocol.keep)
                    .unwrap_or(0);
                let to = at.saturating_add_signed(by).min(all.len() - 1);
                self.select_keep(all[to])
            }
            _ => Action::None,
        }
    }

    pub(super) fn select_keep(&mut self, kind: KeepKind) -> Action {
        self.protocol.keep = kind;
        Action::None
    }

    pub(super) fn edit_keep_days(&mut self, days: String) -> Action {
        // Digits only, and few of them: it is a number of days.
        self.protocol.days = days.chars().filter(char::is_ascii_digit).take(4).collect();
        Action::None
    }
}

/// The comparison, row by row: (topic, IMAP, POP3), covering every point
/// the ISPs' own explanations make.
fn topics() -> [(String, String, String); 11] {
    let row = |topic, imap, pop3| (t!(topic), t!(imap), t!(pop3));
    [
        row(
            "wizard-compare-where",
            "wizard-compare-where-imap",
            "wizard-compare-where-pop3",
        ),
        row(
            "wizard-compare-devices",
            "wizard-compare-devices-imap",
            "wizard-compare-devices-pop3",
        ),
        row(
            "wizard-compare-offline",
            "wizard-compare-offline-imap",
            "wizard-compare-offline-pop3",
        ),
        row(
            "wizard-compare-sent",
            "wizard-compare-sent-imap",
            "wizard-compare-sent-pop3",
        ),
        row(
            "wizard-compare-state",
            "wizard-compare-state-imap",
            "wizard-compare-state-pop3",
        ),
        row(
            "wizard-compare-folders",
            "wizard-compare-folders-imap",
            "wizard-compare-folders-pop3",
        ),
        row(
            "wizard-compare-tags",
            "wizard-compare-tags-imap",
            "wizard-compare-tags-pop3",
        ),
        row(
            "wizard-compare-quota",
            "wizard-compare-quota-imap",
            "wizard-compare-quota-pop3",
        ),
        row(
            "wizard-compare-interrupted",
            "wizard-compare-interrupted-imap",
            "wizard-compare-interrupted-pop3",
        ),
        row(
            "wizard-compare-connections",
            "wizard-compare-connections-imap",
            "wizard-compare-connections-pop3",
        ),
        row(
            "wizard-compare-speed",
            "wizard-compare-speed-imap",
            "wizard-compare-speed-pop3",
        ),
    ]
}

const LABEL_WIDTH: f32 = 170.0;
const TABLE_SIZE: f32 = 14.0;

/// The protocol page.
pub(super) fn view(wizard: &Wizard) -> Page<'_> {
    let chosen = Some(wizard.protocol.protocol);
    let choice = |id, label: String, protocol| {
        // The id is on a container as small as the radio, so that a click
        // at its centre lands on it.
        let radio = radio(label, protocol, chosen, Message::ProtocolSelected)
            .size(18)
            .text_size(layout::BODY_SIZE + 1.0)
            .font(theme::FONT_BOLD);
        container(container(radio).id(id)).width(Fill)
    };
    let header = row![
        text(t!("wizard-compare-choose"))
            .size(TABLE_SIZE)
            .width(LABEL_WIDTH),
        choice(ids::CHOOSE_IMAP, t!("wizard-choose-imap"), Protocol::Imap),
        choice(ids::CHOOSE_POP3, t!("wizard-choose-pop3"), Protocol::Pop3),
    ]
    .spacing(16)
    .align_y(Center);

    let mut table = column![].spacing(10);
    for (i, (topic, imap, pop3)) in topics().into_iter().enumerate() {
        if i > 0 {
            table = table.push(rule::horizontal(1).style(rule::weak));
        }
        table = table.push(
            row![
                text(topic)
                    .size(TABLE_SIZE)
                    .font(theme::FONT_BOLD)
                    .width(LABEL_WIDTH),
                text(imap).size(TABLE_SIZE).width(Fill),
                text(pop3).size(TABLE_SIZE).width(Fill),
            ]
            .spacing(16),
        );
    }
    let body = column![table, layout::hint(t!("wizard-compare-note"))].spacing(16);

    Page {
        counter: None,
        title: t!("wizard-protocol-title"),
        lead: Some(t!("wizard-protocol-lead")),
        fixed: Some(header.into()),
        body: body.into(),
        secondary: vec![layout::back(), layout::cancel()],
        primary: vec![layout::primary(
            t!("wizard-continue"),
            Some(Message::ProtocolConfirmed),
        )],
        submit: Some(Message::ProtocolConfirmed),
        note: None,
    }
}

/// The keep-a-copy choices with their consequences (also on the review
/// page of a POP3 account).
pub(super) fn keep_choices(wizard: &Wizard) -> Element<'_, Message> {
    let chosen = Some(wizard.protocol.keep);
    let mut list = column![].spacing(14);
    for (kind, id) in KeepKind::ALL.into_iter().zip(ids::KEEP) {
        let (label, means) = kind.words();
        let choice = container(
            radio(label, kind, chosen, Message::KeepSelected)
                .size(18)
                .text_size(layout::BODY_SIZE)
                .font(theme::FONT_BOLD),
        )
        .id(id);
        let mut head = row![choice].spacing(10).align_y(Center);
        if kind == KeepKind::AfterDays {
            head = head.push(
                text_input("14", &wizard.protocol.days)
                    .id(ids::KEEP_DAYS)
                    .on_input(Message::KeepDaysChanged)
                    .width(Length::Fixed(70.0))
                    .size(layout::BODY_SIZE),
            );
            head = head.push(text(t!("wizard-keep-days-unit")).size(layout::BODY_SIZE));
        }
        let explanation = container(text(means).size(TABLE_SIZE)).padding(iced::Padding {
            left: 30.0,
            ..iced::Padding::ZERO
        });
        list = list.push(column![head, explanation].spacing(4));
    }
    if wizard.protocol.keep == KeepKind::AfterDays && wizard.protocol.keep_copy().is_none() {
        list = list.push(layout::notice(
            Tone::Warning,
            t!("wizard-keep-days-invalid"),
            vec![],
        ));
    }
    list.into()
}

/// The keep-a-copy page (POP3 only).
pub(super) fn view_keep_copy(wizard: &Wizard) -> Page<'_> {
    let body = column![
        keep_choices(wizard),
        layout::notice(
            Tone::Info,
            t!("wizard-keep-safe-title"),
            vec![layout::para(t!("wizard-keep-safe"))]
        ),
    ]
    .spacing(20);
    let next = wizard.protocol.keep_copy().map(|_| Message::KeepConfirmed);
    Page {
        counter: None,
        title: t!("wizard-keep-title"),
        lead: Some(t!("wizard-keep-lead")),
        fixed: None,
        body: body.into(),
        secondary: vec![layout::back(), layout::cancel()],
        primary: vec![layout::primary(t!("wizard-continue"), next.clone())],
        submit: next,
        note: None,
    }
}
