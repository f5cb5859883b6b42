//! What a user must do at the provider before a mail program can log in
//! (switch on IMAP access in webmail, make an app password), carried from
//! the provider's clientConfig entry to the wizard and the CLI.
//!
//! The words come from Posta's own Fluent files where the bundled entry has
//! a `provider-hint-<id>` message (so they are translated), otherwise from
//! the entry's `<enable><instruction>` elements (an organisation's own file
//! under `/etc/posta/providers`).

/// `<enable visiturl="…"><instruction lang="…">…</instruction></enable>`:
/// access for mail programs is off until the user switches it on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Enable {
    /// The page where access is switched on.
    pub visit_url: Option<String>,
    /// The provider's instructions: (language code, text); no code means
    /// the document's default (usually English).
    pub instructions: Vec<(Option<String>, String)>,
}

impl Enable {
    /// The instruction written in `language` (a code such as `pl`), else the
    /// one with no language, else English, else the first.
    pub fn instruction(&self, language: &str) -> Option<&str> {
        let with = |code: Option<&str>| {
            self.instructions
                .iter()
                .find(|(lang, _)| lang.as_deref() == code)
                .map(|(_, text)| text.as_str())
        };
        with(Some(language))
            .or_else(|| with(None))
            .or_else(|| with(Some("en")))
            .or_else(|| self.instructions.first().map(|(_, t)| t.as_str()))
    }
}

/// The hint of the provider detection found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderHint {
    /// The provider's name, for sentences.
    pub provider: String,
    /// The Fluent message with Posta's own words for this provider, e.g.
    /// `provider-hint-interia-pl` (it may not exist); `None` for an
    /// administrator's entry, whose own `<enable>` words win.
    pub message_id: Option<String>,
    /// Present when access for mail programs is off by default.
    pub enable: Option<Enable>,
}

impl ProviderHint {
    /// True when the provider keeps IMAP/POP3 access off until the user
    /// switches it on, so a refused login most likely means exactly that.
    pub fn access_off_by_default(&self) -> bool {
        self.enable.is_some()
    }
}

/// The Fluent message id of a provider's hint: `provider-hint-` and the
/// entry's id, lower case, every other character than a letter or digit
/// written as `-` (`interia.pl` → `provider-hint-interia-pl`).
pub fn message_id(provider_id: &str) -> String {
    let id: String = provider_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("provider-hint-{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_are_fluent_identifiers() {
        assert_eq!(message_id("interia.pl"), "provider-hint-interia-pl");
        assert_eq!(
            message_id("MessagingEngine"),
            "provider-hint-messagingengine"
        );
    }

    #[test]
    fn the_instruction_follows_the_language() {
        let enable = Enable {
            visit_url: None,
            instructions: vec![
                (None, "Switch it on".into()),
                (Some("de".into()), "Einschalten".into()),
            ],
        };
        assert_eq!(enable.instruction("de"), Some("Einschalten"));
        assert_eq!(enable.instruction("pl"), Some("Switch it on"));
        assert_eq!(Enable::default().instruction("pl"), None);
    }
}
