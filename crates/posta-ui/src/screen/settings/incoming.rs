//! The Incoming section: host, port, security and login with the wizard's
//! port presets, an extra CA file, and the accepted certificate with
//! "forget". "Detect settings" runs the wizard's detection for the
//! account's address; saving tests the server as the wizard does.

use iced::widget::{button, checkbox, column, row, text};
use iced::{Element, Font};

use super::form::AccountForm;
use super::widgets::{field, para, security, SIZE};
use super::{Field, Message};
use crate::screen::wizard::{preset_label, protocol_name, Preset};
use posta_core::account::Protocol;
use posta_core::store::AccountConfig;
use posta_i18n::t;

/// The section's fields; `detected` is what "Detect settings" found (empty
/// while it runs).
pub fn view<'a>(
    form: &'a AccountForm,
    account: &'a AccountConfig,
    detected: Option<&'a str>,
) -> Element<'a, Message> {
    let presets = Preset::INCOMING
        .into_iter()
        .filter(|p| p.protocol() == Some(account.protocol));
    let mut preset_row = row![].spacing(8);
    for preset in presets {
        let (port, sec) = preset.settings();
        let active = form.port == port.to_string() && form.security == Some(sec);
        preset_row = preset_row.push(
            button(text(preset_label(preset)).size(13))
                .padding([5, 10])
                .style(if active {
                    button::primary
                } else {
                    button::secondary
                })
                .on_press(Message::Preset(preset)),
        );
    }
    let mut col = column![
        para(t!(
            "settings-incoming-protocol",
            protocol = protocol_name(account.protocol)
        )),
        detect_row(detected),
        field(t!("settings-incoming-host"), Field::Host, &form.host, None),
        preset_row,
        row![
            field(t!("settings-incoming-port"), Field::Port, &form.port, None),
            column![
                text(t!("settings-incoming-security")).size(SIZE),
                security(form.security, Message::Security)
            ]
            .spacing(8),
        ]
        .spacing(16),
        field(t!("settings-incoming-user"), Field::User, &form.user, None),
        field(
            t!("settings-incoming-ca"),
            Field::CaFile,
            &form.ca_file,
            Some(t!("settings-incoming-ca-hint"))
        ),
    ]
    .spacing(14);
    match &account.pinned_fingerprint {
        Some(fingerprint) => {
            col = col.push(para(t!("settings-incoming-pinned")));
            col = col.push(text(fingerprint.as_str()).size(12).font(Font::MONOSPACE));
            col = col.push(
                checkbox(form.forget_fingerprint)
                    .label(t!("settings-incoming-forget"))
                    .on_toggle(Message::ForgetFingerprint)
                    .text_size(SIZE),
            );
        }
        None => col = col.push(para(t!("settings-incoming-no-pin"))),
    }
    if account.protocol == Protocol::Pop3 {
        col = col.push(text(t!("settings-incoming-switch-hint")).size(SIZE - 2.0));
    }
    col.into()
}

/// "Detect settings", and what it found.
fn detect_row(detected: Option<&str>) -> Element<'_, Message> {
    let running = detected == Some("");
    let label = if running {
        t!("settings-detecting")
    } else {
        t!("settings-detect")
    };
    let mut col = column![button(text(label).size(SIZE))
        .padding([5, 12])
        .style(button::secondary)
        .on_press_maybe((!running).then_some(Message::Detect))]
    .spacing(6);
    if let Some(words) = detected.filter(|w| !w.is_empty()) {
        col = col.push(para(words.to_owned()));
    }
    col.into()
}
