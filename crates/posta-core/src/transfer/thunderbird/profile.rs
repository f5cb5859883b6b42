//! Finding Thunderbird profiles: `profiles.ini` under `~/.thunderbird`,
//! the snap's `~/snap/thunderbird/common/.thunderbird` and the flatpak's
//! `~/.var/app/org.mozilla.Thunderbird/.thunderbird`.

use std::path::{Path, PathBuf};

/// One profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// Its name in `profiles.ini`.
    pub name: String,
    /// Its directory (holding `prefs.js`).
    pub path: PathBuf,
    /// Thunderbird opens it by default.
    pub default: bool,
}

/// Where Thunderbird keeps `profiles.ini`, below the home directory.
pub const ROOTS: [&str; 3] = [
    ".thunderbird",
    "snap/thunderbird/common/.thunderbird",
    ".var/app/org.mozilla.Thunderbird/.thunderbird",
];

/// Every profile found below `home`, those with a `prefs.js` only, the
/// default ones first.
pub fn find_profiles(home: &Path) -> Vec<Profile> {
    let mut found = Vec::new();
    for root in ROOTS {
        let root = home.join(root);
        if let Ok(text) = std::fs::read_to_string(root.join("profiles.ini")) {
            found.extend(parse_profiles_ini(&text, &root));
        }
    }
    found.retain(|p| p.path.join("prefs.js").is_file());
    found.sort_by_key(|p| !p.default);
    found
}

/// The profiles `profiles.ini` (text) lists, relative paths taken from
/// `root`. The default is the `[Install…]` section's, else `Default=1`.
pub fn parse_profiles_ini(text: &str, root: &Path) -> Vec<Profile> {
    let mut sections: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') && line.ends_with(']') {
            sections.push((line[1..line.len() - 1].to_owned(), Vec::new()));
        } else if let (Some((key, value)), Some(section)) =
            (line.split_once('='), sections.last_mut())
        {
            section
                .1
                .push((key.trim().to_owned(), value.trim().to_owned()));
        }
    }
    let get = |fields: &[(String, String)], key: &str| {
        fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    };
    let install_default: Vec<String> = sections
        .iter()
        .filter(|(name, _)| name.starts_with("Install"))
        .filter_map(|(_, fields)| get(fields, "Default"))
        .collect();
    let mut profiles = Vec::new();
    for (name, fields) in &sections {
        if !name.starts_with("Profile") {
            continue;
        }
        let Some(path) = get(fields, "Path") else {
            continue;
        };
        let relative = get(fields, "IsRelative").is_none_or(|v| v == "1");
        let full = if relative {
            root.join(&path)
        } else {
            PathBuf::from(&path)
        };
        let default = if install_default.is_empty() {
            get(fields, "Default").is_some_and(|v| v == "1")
        } else {
            install_default.contains(&path)
        };
        profiles.push(Profile {
            name: get(fields, "Name").unwrap_or_else(|| path.clone()),
            path: full,
            default,
        });
    }
    profiles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_ini_names_the_default() {
        let text = "[Install4F96D1932A9F858E]\nDefault=abcd.default-release\nLocked=1\n\n\
                    [Profile1]\nName=default\nIsRelative=1\nPath=efgh.default\nDefault=1\n\n\
                    [Profile0]\nName=default-release\nIsRelative=1\nPath=abcd.default-release\n\n\
                    [Profile2]\nName=other\nIsRelative=0\nPath=/srv/tb\n\n[General]\nStartWithLastProfile=1\nVersion=2\n";
        let profiles = parse_profiles_ini(text, Path::new("/h/.thunderbird"));
        assert_eq!(profiles.len(), 3);
        assert_eq!(
            profiles[1].path,
            Path::new("/h/.thunderbird/abcd.default-release")
        );
        assert!(profiles[1].default && !profiles[0].default);
        assert_eq!(profiles[2].path, Path::new("/srv/tb"));
    }
}
