//! "Your details": the name recipients see, the address and the password
//! (masked, with a show/hide switch).

use iced::widget::{checkbox, column, row, text_input};
use iced::{Center, Fill};

use super::layout::{self, Page, Tone};
use super::{ids, Action, Message, Wizard};
use posta_core::autoconfig::Address;
use posta_core::Secret;
use posta_i18n::t;

/// What the user typed on the details page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Details {
    /// The name shown to recipients.
    pub name: String,
    /// The e-mail address.
    pub email: String,
    /// The password; never shown unless asked, never logged.
    pub password: Secret,
    /// The password is shown in clear.
    pub show_password: bool,
}

impl Details {
    pub(super) fn edit_name(&mut self, name: String) -> Action {
        self.name = name;
        Action::None
    }

    pub(super) fn edit_email(&mut self, email: String) -> Action {
        self.email = email;
        Action::None
    }

    pub(super) fn edit_password(&mut self, password: Secret) -> Action {
        self.password = password;
        Action::None
    }

    pub(super) fn show_password(&mut self, show: bool) -> Action {
        self.show_password = show;
        Action::None
    }

    /// The address, when it is a usable one.
    pub fn address(&self) -> Option<Address> {
        Address::parse(&self.email)
    }

    /// True when the page is filled in well enough to go on.
    pub fn complete(&self) -> bool {
        self.address().is_some() && !self.password.is_empty()
    }
}

/// The details page.
pub(super) fn view(wizard: &Wizard) -> Page<'_> {
    let details = &wizard.details;
    let name = text_input(&t!("wizard-name-placeholder"), &details.name)
        .id(ids::NAME)
        .on_input(Message::NameChanged)
        .padding(10)
        .size(layout::BODY_SIZE);
    let email = text_input(&t!("wizard-email-placeholder"), &details.email)
        .id(ids::EMAIL)
        .on_input(Message::EmailChanged)
        .padding(10)
        .size(layout::BODY_SIZE);
    let allowed = wizard.account_allowed();
    let next = (details.complete() && allowed).then_some(Message::DetailsConfirmed);
    let password = text_input(
        &t!("wizard-password-placeholder"),
        details.password.expose(),
    )
    .id(ids::PASSWORD)
    .secure(!details.show_password)
    .on_input(|typed| Message::PasswordChanged(Secret::new(typed)))
    .on_submit_maybe(next.clone())
    .padding(10)
    .size(layout::BODY_SIZE);
    let show = checkbox(details.show_password)
        .label(t!("wizard-password-show"))
        .on_toggle(Message::ShowPassword)
        .text_size(layout::BODY_SIZE);

    let mut body = column![
        layout::field(t!("wizard-name"), name, Some(t!("wizard-name-help"))),
        layout::field(t!("wizard-email"), email, None),
    ]
    .spacing(20);
    if !details.email.trim().is_empty()
        && details.address().is_none()
        && details.email.contains('@')
    {
        body = body.push(layout::notice(
            Tone::Warning,
            t!("wizard-email-invalid"),
            vec![],
        ));
    }
    if !allowed {
        let domain = details.address().map(|a| a.domain).unwrap_or_default();
        body = body.push(layout::notice(
            Tone::Warning,
            t!("provider-not-allowed", domain = domain),
            vec![],
        ));
    }
    body = body.push(layout::field(
        t!("wizard-password"),
        column![password, row![show].align_y(Center)]
            .spacing(8)
            .width(Fill),
        Some(t!("wizard-password-help")),
    ));
    // Why "Find settings" cannot be pressed yet (a refused domain says so
    // above).
    let note = if !allowed {
        None
    } else if details.address().is_none() {
        Some(t!("wizard-why-email"))
    } else if details.password.is_empty() {
        Some(t!("wizard-why-password"))
    } else {
        None
    };
    Page {
        counter: None,
        title: t!("wizard-details-title"),
        lead: Some(t!("wizard-details-lead")),
        fixed: None,
        body: body.into(),
        secondary: vec![layout::back(), layout::cancel()],
        primary: vec![layout::primary(t!("wizard-details-find"), next.clone())],
        submit: next,
        note,
    }
}
