//! "Start Posta when I log in": an XDG autostart entry
//! (`$XDG_CONFIG_HOME/autostart/org.posta.Posta.desktop`, the Desktop
//! Application Autostart Specification), written or removed.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The entry's file name: the application id, as the desktop file has it.
pub const FILE_NAME: &str = "org.posta.Posta.desktop";

/// The user's autostart directory (`$XDG_CONFIG_HOME/autostart`,
/// `~/.config/autostart` by default).
pub fn autostart_dir() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|dirs| dirs.config_dir().join("autostart"))
}

/// What the entry runs: this program, else `posta` on the `PATH`.
pub fn program() -> PathBuf {
    std::env::current_exe().unwrap_or_else(|_| PathBuf::from("posta"))
}

/// True when Posta starts on login.
pub fn is_enabled(dir: &Path) -> bool {
    dir.join(FILE_NAME).is_file()
}

/// Starts Posta on login (`program` is what to run), or stops doing so.
pub fn set_enabled(dir: &Path, enabled: bool, program: &Path) -> io::Result<()> {
    let path = dir.join(FILE_NAME);
    if !enabled {
        return match fs::remove_file(&path) {
            Err(err) if err.kind() != io::ErrorKind::NotFound => Err(err),
            _ => Ok(()),
        };
    }
    fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(".{FILE_NAME}.tmp"));
    fs::write(&tmp, entry(program))?;
    fs::rename(&tmp, &path)
}

/// The desktop entry that starts `program`.
fn entry(program: &Path) -> String {
    // The Exec key's quoting rules: a path with spaces or quotes is quoted,
    // with `"`, `` ` ``, `$` and `\` escaped.
    let text = program.to_string_lossy();
    let exec = if text
        .chars()
        .any(|c| c.is_whitespace() || "\"'`$\\".contains(c))
    {
        let escaped: String = text
            .chars()
            .flat_map(|c| {
                let escape = matches!(c, '"' | '`' | '$' | '\\');
                escape.then_some('\\').into_iter().chain(std::iter::once(c))
            })
            .collect();
        format!("\"{escaped}\"")
    } else {
        text.into_owned()
    };
    format!(
        "[Desktop Entry]\nType=Application\nName=Posta\nExec={exec}\nIcon=org.posta.Posta\n\
         Terminal=false\nX-GNOME-Autostart-enabled=true\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_is_written_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let autostart = dir.path().join("autostart");
        assert!(!is_enabled(&autostart));
        set_enabled(&autostart, true, Path::new("/usr/bin/posta")).unwrap();
        assert!(is_enabled(&autostart));
        let text = fs::read_to_string(autostart.join(FILE_NAME)).unwrap();
        assert!(text.contains("\nExec=/usr/bin/posta\n"), "{text}");
        set_enabled(&autostart, false, Path::new("/usr/bin/posta")).unwrap();
        assert!(!is_enabled(&autostart));
        // Removing what is not there is fine.
        set_enabled(&autostart, false, Path::new("/usr/bin/posta")).unwrap();
    }

    #[test]
    fn paths_with_spaces_are_quoted() {
        let text = entry(Path::new("/opt/My Apps/po$ta"));
        assert!(text.contains("Exec=\"/opt/My Apps/po\\$ta\"\n"), "{text}");
    }
}
