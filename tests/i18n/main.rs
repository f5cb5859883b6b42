//! posta-i18n's integration tests: every Fluent file complete, parsed and
//! pluralised in four languages, and no literal a user sees outside them.

mod i18n_cli_help;
mod i18n_completeness;
mod i18n_desktop;
mod i18n_ftl;
mod i18n_no_literals;
mod i18n_plurals;
