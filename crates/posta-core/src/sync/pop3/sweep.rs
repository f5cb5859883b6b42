//! Body files a killed sync left unrecorded, and whether their writer is
//! gone (so they can be removed safely).

use std::path::{Path, PathBuf};

use crate::store::maildir;

/// Removes files that no message row refers to and whose writer is gone:
/// the leftovers of a sync killed between writing a body and recording it.
/// A file whose writer still runs may be about to be recorded, so it stays.
pub(super) fn sweep(unrecorded: &[PathBuf]) {
    for path in unrecorded {
        if writer_is_gone(path) {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// True when the process that wrote this Maildir file has exited: its
/// name is `<secs>.M<micros>P<pid>Q<n>.<host>`. Unknown means "maybe
/// alive", so the file is kept.
fn writer_is_gone(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let Some(pid) = writer_pid(maildir::unique_part(name)) else {
        return false;
    };
    if pid == std::process::id() {
        return false;
    }
    process_is_gone(pid)
}

/// The writer's process id in a unique name written by
/// [`maildir::unique_name`].
fn writer_pid(unique: &str) -> Option<u32> {
    let after_p = unique.split('.').nth(1)?.split_once('P')?.1;
    after_p.split_once('Q')?.0.parse().ok()
}

#[cfg(target_os = "linux")]
fn process_is_gone(pid: u32) -> bool {
    !Path::new("/proc").join(pid.to_string()).exists()
}

#[cfg(not(target_os = "linux"))]
fn process_is_gone(_pid: u32) -> bool {
    // Without /proc we cannot tell; keeping a stray file is the safe side.
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_writer_pid_is_read_from_a_maildir_name() {
        assert_eq!(
            writer_pid("1700000000.M123P4567Q8.host.example"),
            Some(4567)
        );
        assert_eq!(
            writer_pid(&maildir::unique_name()),
            Some(std::process::id())
        );
        assert_eq!(writer_pid("not-a-maildir-name"), None);
        assert_eq!(writer_pid("1700000000.M1P.host"), None);
        // Our own files are never swept: we may be about to record them.
        let own = PathBuf::from(format!("/x/cur/{}:2,", maildir::unique_name()));
        assert!(!writer_is_gone(&own));
    }
}
