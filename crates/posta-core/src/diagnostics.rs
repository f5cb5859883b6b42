//! Debug lines on stderr for administrators and bug reports: off unless
//! `POSTA_LOG` names a level (`error`, `warn`, `info`, `debug`, `trace`).
//! Only Posta's own lines are shown: libraries' traces (async-imap logs the
//! commands it sends, `LOGIN` with its password included) never are.

use log::{LevelFilter, Log, Metadata, Record};

struct Stderr;

impl Log for Stderr {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.level() <= log::max_level() && metadata.target().starts_with("posta")
    }

    fn log(&self, record: &Record<'_>) {
        if self.enabled(record.metadata()) {
            eprintln!(
                "posta {} {}: {}",
                record.level(),
                record.target(),
                record.args()
            );
        }
    }

    fn flush(&self) {}
}

static LOGGER: Stderr = Stderr;

/// Installs the stderr logger when `POSTA_LOG` is set to a level.
pub fn init_from_env() {
    let Some(level) = std::env::var("POSTA_LOG")
        .ok()
        .and_then(|v| v.parse::<LevelFilter>().ok())
    else {
        return;
    };
    if log::set_logger(&LOGGER).is_ok() {
        log::set_max_level(level);
    }
}
