//! The first page: what Posta will ask and why, in a few friendly lines.

use iced::widget::column;

use super::layout::{self, Page};
use super::Message;
use posta_i18n::t;

/// The welcome page.
pub(super) fn view<'a>() -> Page<'a> {
    let steps = column![
        layout::bullet(t!("wizard-welcome-step-protocol"), layout::BODY_SIZE),
        layout::bullet(t!("wizard-welcome-step-details"), layout::BODY_SIZE),
        layout::bullet(t!("wizard-welcome-step-detect"), layout::BODY_SIZE),
        layout::bullet(t!("wizard-welcome-step-test"), layout::BODY_SIZE),
    ]
    .spacing(10);
    let body = column![
        layout::para(t!("wizard-welcome-intro")),
        layout::heading(t!("wizard-welcome-steps")),
        steps,
        layout::hint(t!("wizard-welcome-privacy")),
    ]
    .spacing(18);
    Page {
        counter: None,
        title: t!("wizard-welcome-title"),
        lead: Some(t!("wizard-welcome-lead")),
        fixed: None,
        body: body.into(),
        secondary: vec![layout::cancel()],
        primary: vec![layout::primary(
            t!("wizard-welcome-start"),
            Some(Message::Start),
        )],
        submit: Some(Message::Start),
        note: None,
    }
}
