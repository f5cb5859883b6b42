//! posta-cli's integration tests: the `posta` binary run as a whole process
//! (TAB-separated output, translated sentences, exit codes, kill -9).

mod cli_account_edit;
mod cli_check;
mod cli_commands;
mod cli_contacts;
mod cli_detect;
mod cli_everyday;
mod cli_help_i18n;
mod cli_oauth;
mod cli_quota;
mod cli_reading;
mod cli_rights;
mod cli_rules;
mod cli_send;
mod cli_server;
mod cli_show;
mod cli_spell;
mod cli_sync_outbox;
mod cli_tag;
mod cli_thunderbird;
mod cli_transfer;
mod hostile_cli;
mod switch_imap;
mod switch_state;
mod sync_pop3_kill;
mod two_postas;
