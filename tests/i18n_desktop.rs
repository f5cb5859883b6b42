//! The desktop entry and the AppStream metadata carry translated text too;
//! their source is Fluent (`desktop-*`, `appstream-summary` in posta.ftl).
//! This fails when a file and Fluent disagree, or a language is missing.

use posta::i18n::{Language, Localizer};

fn packaging(file: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("packaging")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn suffix(language: Language) -> String {
    match language {
        Language::English => String::new(),
        other => format!("[{}]", other.code()),
    }
}

#[test]
fn desktop_entry_matches_fluent_in_every_language() {
    let entry = packaging("org.posta.Posta.desktop");
    for language in Language::ALL {
        let l10n = Localizer::new(language);
        for (key, id) in [
            ("GenericName", "desktop-generic-name"),
            ("Comment", "desktop-comment"),
            ("Keywords", "desktop-keywords"),
        ] {
            let line = format!("{key}{}={}", suffix(language), l10n.tr(id));
            assert!(
                entry.lines().any(|l| l == line),
                "missing or different in the desktop entry: {line}"
            );
        }
    }
}

#[test]
fn appstream_summary_matches_fluent_in_every_language() {
    let metainfo = packaging("org.posta.Posta.metainfo.xml");
    let doc = roxmltree::Document::parse(&metainfo).expect("metainfo is well-formed XML");
    for language in Language::ALL {
        let want = Localizer::new(language).tr("appstream-summary");
        let found = doc
            .descendants()
            .filter(|n| n.has_tag_name("summary"))
            .find(|n| {
                let lang = n.attribute(("http://www.w3.org/XML/1998/namespace", "lang"));
                lang == (language != Language::English).then(|| language.code())
            });
        assert_eq!(
            found.and_then(|n| n.text()),
            Some(want.as_str()),
            "{language:?}"
        );
    }
}
