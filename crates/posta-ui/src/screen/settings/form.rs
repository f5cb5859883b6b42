//! One account's settings as typed on the settings screen, and the
//! [`AccountEdit`] each page makes against the saved account (only its own
//! fields, only what changed).

use super::Section;
use crate::screen::wizard::KeepKind;
use posta_core::account::settings::AccountEdit;
use posta_core::net::Security;
use posta_core::store::{AccountConfig, Identity, KeepCopy};
use posta_i18n::t;

/// A text field of the account form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Account name.
    Name,
    /// E-mail address.
    Email,
    /// Display name.
    DisplayName,
    /// Colour in the folder tree.
    Color,
    /// Incoming host.
    Host,
    /// Incoming port.
    Port,
    /// Login name.
    User,
    /// Extra CA file path.
    CaFile,
    /// Outgoing host.
    SmtpHost,
    /// Outgoing port.
    SmtpPort,
    /// Outgoing login.
    SmtpUser,
    /// Days for "delete after N days".
    KeepDays,
    /// Largest message downloaded automatically (MiB; empty: no limit).
    MaxSize,
    /// Check interval (minutes).
    Interval,
    /// New identity: name.
    IdentityName,
    /// New identity: address.
    IdentityEmail,
    /// New identity: reply-to.
    IdentityReplyTo,
}

impl Field {
    /// The field's widget (tests type into it by this).
    pub fn id(self) -> iced::widget::Id {
        iced::widget::Id::from(format!("settings-field-{self:?}"))
    }
}

/// The fields of one account, as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountForm {
    pub name: String,
    pub email: String,
    pub display_name: String,
    pub color: String,
    pub host: String,
    pub port: String,
    pub security: Option<Security>,
    pub user: String,
    pub ca_file: String,
    pub forget_fingerprint: bool,
    pub smtp_host: String,
    pub smtp_port: String,
    pub smtp_security: Option<Security>,
    pub smtp_user: String,
    pub keep: Option<KeepKind>,
    pub keep_days: String,
    pub max_size: String,
    pub download_bodies: bool,
    pub interval: String,
    pub identity: Identity,
    pub keep_local_mail: bool,
}

const MIB: u64 = 1 << 20;

/// The typed text when it differs from the saved one.
fn changed(typed: &str, saved: &str) -> Option<String> {
    (typed.trim() != saved).then(|| typed.trim().to_owned())
}

impl AccountForm {
    /// The form of a saved account.
    pub fn of(account: &AccountConfig, color: Option<&str>) -> AccountForm {
        let smtp = account.smtp.as_ref();
        AccountForm {
            name: account.name.clone(),
            email: account.email.clone(),
            display_name: account.display_name.clone(),
            color: color.unwrap_or_default().to_owned(),
            host: account.host.clone(),
            port: account.port.to_string(),
            security: Some(account.security),
            user: account.user.clone(),
            ca_file: account
                .extra_ca_file
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            forget_fingerprint: false,
            smtp_host: smtp.map(|s| s.host.clone()).unwrap_or_default(),
            smtp_port: smtp.map(|s| s.port.to_string()).unwrap_or_default(),
            smtp_security: smtp.map(|s| s.security),
            smtp_user: smtp.map(|s| s.user.clone()).unwrap_or_default(),
            keep: Some(KeepKind::of(account.keep_copy)),
            keep_days: match account.keep_copy {
                KeepCopy::DeleteAfterDays(days) => days.to_string(),
                _ => "14".into(),
            },
            max_size: account
                .max_download_size
                .map(|bytes| (bytes / MIB).max(1).to_string())
                .unwrap_or_default(),
            download_bodies: account.download_bodies,
            interval: (account.check_interval / 60).max(1).to_string(),
            identity: Identity {
                account: account.id,
                name: String::new(),
                email: String::new(),
                reply_to: None,
                signature: String::new(),
            },
            keep_local_mail: false,
        }
    }

    /// Sets a text field.
    pub fn set(&mut self, field: Field, value: String) {
        let digits = |v: String| v.chars().filter(char::is_ascii_digit).take(6).collect();
        match field {
            Field::Name => self.name = value,
            Field::Email => self.email = value,
            Field::DisplayName => self.display_name = value,
            Field::Color => self.color = value,
            Field::Host => self.host = value,
            Field::Port => self.port = digits(value),
            Field::User => self.user = value,
            Field::CaFile => self.ca_file = value,
            Field::SmtpHost => self.smtp_host = value,
            Field::SmtpPort => self.smtp_port = digits(value),
            Field::SmtpUser => self.smtp_user = value,
            Field::KeepDays => self.keep_days = digits(value),
            Field::MaxSize => self.max_size = digits(value),
            Field::Interval => self.interval = digits(value),
            Field::IdentityName => self.identity.name = value,
            Field::IdentityEmail => self.identity.email = value,
            Field::IdentityReplyTo => self.identity.reply_to = Some(value),
        }
    }

    /// The keep-copy policy chosen; `None` while the days are not valid.
    pub fn keep_copy(&self) -> Option<KeepCopy> {
        Some(match self.keep? {
            KeepKind::Keep => KeepCopy::Keep,
            KeepKind::AfterDays => KeepCopy::DeleteAfterDays(
                self.keep_days
                    .parse::<u32>()
                    .ok()
                    .filter(|d| (1..=3650).contains(d))?,
            ),
            KeepKind::UntilDeletedHere => KeepCopy::UntilDeletedHere,
            KeepKind::AfterDownload => KeepCopy::DeleteAfterDownload,
        })
    }

    /// What differs from `account` among `section`'s own fields (the
    /// other pages' fields, typed or not, are left out: each page saves
    /// its own), or the sentence saying which number is not one.
    pub fn edit(
        &self,
        account: &AccountConfig,
        color: Option<&str>,
        section: Section,
    ) -> Result<AccountEdit, String> {
        let mut edit = AccountEdit::default();
        match section {
            Section::Account => self.account_edit(account, color, &mut edit),
            Section::Incoming => self.incoming_edit(account, &mut edit)?,
            Section::Outgoing => self.outgoing_edit(account, &mut edit)?,
            Section::Mail => self.mail_edit(account, &mut edit)?,
            Section::Folders | Section::Identities | Section::Remove => {}
        }
        Ok(edit)
    }

    /// Takes `section`'s fields from the saved `account` again (after it
    /// was saved); what is typed on the other pages stays.
    pub fn refresh(&mut self, section: Section, account: &AccountConfig, color: Option<&str>) {
        let saved = AccountForm::of(account, color);
        match section {
            Section::Account => {
                self.name = saved.name;
                self.email = saved.email;
                self.display_name = saved.display_name;
                self.color = saved.color;
            }
            Section::Incoming => {
                self.host = saved.host;
                self.port = saved.port;
                self.security = saved.security;
                self.user = saved.user;
                self.ca_file = saved.ca_file;
                self.forget_fingerprint = saved.forget_fingerprint;
            }
            Section::Outgoing => {
                self.smtp_host = saved.smtp_host;
                self.smtp_port = saved.smtp_port;
                self.smtp_security = saved.smtp_security;
                self.smtp_user = saved.smtp_user;
            }
            Section::Mail => {
                self.keep = saved.keep;
                self.keep_days = saved.keep_days;
                self.max_size = saved.max_size;
                self.download_bodies = saved.download_bodies;
                self.interval = saved.interval;
            }
            Section::Folders | Section::Identities | Section::Remove => {}
        }
    }

    fn account_edit(&self, account: &AccountConfig, color: Option<&str>, edit: &mut AccountEdit) {
        edit.name = changed(&self.name, &account.name);
        edit.email = changed(&self.email, &account.email);
        edit.display_name = changed(&self.display_name, &account.display_name);
        if self.color.trim() != color.unwrap_or_default() {
            let typed = self.color.trim();
            edit.color = Some((!typed.is_empty()).then(|| typed.to_owned()));
        }
    }

    fn incoming_edit(&self, account: &AccountConfig, edit: &mut AccountEdit) -> Result<(), String> {
        let port = |text: &str| text.parse::<u16>().ok().filter(|p| *p > 0);
        edit.host = changed(&self.host, &account.host);
        edit.user = changed(&self.user, &account.user);
        edit.forget_fingerprint = self.forget_fingerprint;
        let typed_port = port(&self.port).ok_or_else(|| t!("settings-invalid-port"))?;
        edit.port = (typed_port != account.port).then_some(typed_port);
        edit.security = self.security.filter(|s| *s != account.security);
        let saved_ca = account
            .extra_ca_file
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        if self.ca_file.trim() != saved_ca {
            let typed = self.ca_file.trim();
            edit.extra_ca_file = Some((!typed.is_empty()).then(|| typed.into()));
        }
        Ok(())
    }

    fn outgoing_edit(&self, account: &AccountConfig, edit: &mut AccountEdit) -> Result<(), String> {
        let smtp = account.smtp.as_ref();
        let saved =
            |f: fn(&posta_core::store::SmtpConfig) -> String| smtp.map(f).unwrap_or_default();
        if self.smtp_host.trim().is_empty() && smtp.is_none() {
            return Ok(());
        }
        if self.smtp_host.trim() != saved(|s| s.host.clone()) {
            edit.smtp_host = Some(self.smtp_host.trim().to_owned());
        }
        if self.smtp_user.trim() != saved(|s| s.user.clone()) {
            edit.smtp_user = Some(self.smtp_user.trim().to_owned());
        }
        if !self.smtp_port.is_empty() {
            let typed = self
                .smtp_port
                .parse::<u16>()
                .ok()
                .filter(|p| *p > 0)
                .ok_or_else(|| t!("settings-invalid-port"))?;
            if Some(typed) != smtp.map(|s| s.port) {
                edit.smtp_port = Some(typed);
            }
        }
        if self.smtp_security.is_some() && self.smtp_security != smtp.map(|s| s.security) {
            edit.smtp_security = self.smtp_security;
        }
        Ok(())
    }

    fn mail_edit(&self, account: &AccountConfig, edit: &mut AccountEdit) -> Result<(), String> {
        let keep = self
            .keep_copy()
            .ok_or_else(|| t!("wizard-keep-days-invalid"))?;
        edit.keep_copy = (keep != account.keep_copy).then_some(keep);
        let size = match self.max_size.trim() {
            "" => None,
            typed => Some(
                typed
                    .parse::<u64>()
                    .map_err(|_| t!("settings-invalid-size"))?
                    * MIB,
            ),
        };
        let saved_size = account.max_download_size.map(|b| (b / MIB).max(1) * MIB);
        edit.max_download_size = (size != saved_size).then_some(size);
        edit.download_bodies =
            (self.download_bodies != account.download_bodies).then_some(self.download_bodies);
        let minutes = self
            .interval
            .parse::<u64>()
            .ok()
            .filter(|m| *m > 0)
            .ok_or_else(|| t!("settings-invalid-interval"))?;
        let seconds = minutes * 60;
        if (account.check_interval / 60).max(1) != minutes {
            edit.check_interval = Some(seconds);
        }
        Ok(())
    }
}
