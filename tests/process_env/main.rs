//! Own binary: these tests set TZ and POSTA_HOME, process-global state that
//! no other test may see; they take `ENV` so they never overlap.

mod ui_language;
mod ui_local_time;
mod worker_outbox;

use std::sync::{Mutex, MutexGuard};

/// Held by every test here while it changes the environment.
fn env() -> MutexGuard<'static, ()> {
    static ENV: Mutex<()> = Mutex::new(());
    ENV.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
