//! Own binary: these tests own the private session bus (the notification
//! daemon's well-known name, the Secret Service) that `dbus-run-session` gives.

mod notify_desktop;
mod store_keyring;
