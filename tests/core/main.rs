//! posta-core's integration tests: protocols against real Dovecot and
//! aiosmtpd and scripted hostile servers, the store, sync, compose and the
//! account worker, headless.

mod autoconfig_https;
mod autoconfig_network;
mod compose_answered;
mod compose_drafts;
mod compose_reply;
mod compose_sent;
mod harness_smoke;
mod hostile_imap;
mod hostile_pop3;
mod hostile_worker;
mod imap_dovecot;
mod imap_fake;
mod imap_odd_servers;
mod oauth_dovecot;
mod pop3_dovecot;
mod pop3_fake;
mod pop3_utf8;
mod reading_hostile;
mod smtp_send;
mod spell_detect;
mod store_bodies;
mod store_config;
mod store_contacts;
mod store_index;
mod store_pages;
mod store_pop3;
mod store_queue;
mod store_search;
mod store_search_pending;
mod sync_imap;
mod sync_pop3;
mod thread_dovecot;
mod tls_trust;
mod worker_drafts;
mod worker_fresh;
mod worker_imap;
mod worker_password;
mod worker_reading;
mod worker_switch;
mod worker_tags;
mod worker_undo;
mod worker_wire;
