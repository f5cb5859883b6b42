//! posta-ui's integration tests: the window driven by iced_test's simulator
//! with real key and mouse events. The language is process-wide: every test
//! that reads words holds `posta_testkit::language`.

mod i18n_font;
mod mailbox_fixture;
mod rights_shared;
mod room_fixture;
mod ui_app;
mod ui_completion;
mod ui_compose;
mod ui_conversation;
mod ui_drag;
mod ui_everyday;
mod ui_fit;
mod ui_keyboard;
mod ui_mailbox;
mod ui_mailbox_local;
mod ui_outbox;
mod ui_password_bar;
mod ui_quick_filters;
mod ui_reader;
mod ui_reading;
mod ui_rights;
mod ui_said;
mod ui_settings;
mod ui_share;
mod ui_spell;
mod ui_switch;
mod ui_tag_manager;
mod ui_title;
mod ui_undo;
mod wizard_hints;
mod wizard_keeps;
mod wizard_keyboard;
mod wizard_screenshots;
mod wizard_ui;
