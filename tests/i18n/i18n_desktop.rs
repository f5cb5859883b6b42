//! The desktop entry and the AppStream metadata carry translated text too;
//! their source is Fluent (`desktop-*`, `appstream-summary` in posta.ftl).
//! This fails when a file and Fluent disagree, or a language is missing.

use posta_i18n::{Language, Localizer};

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

/// The `xml:lang` of an element.
fn lang<'a>(node: &roxmltree::Node<'a, '_>) -> Option<&'a str> {
    node.attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
}

#[test]
fn appstream_name_and_description_are_there_in_every_language() {
    let metainfo = packaging("org.posta.Posta.metainfo.xml");
    let doc = roxmltree::Document::parse(&metainfo).expect("metainfo is well-formed XML");
    let description = doc
        .descendants()
        .find(|n| n.has_tag_name("description"))
        .expect("a description");
    for language in Language::ALL {
        let l10n = Localizer::new(language);
        let code = (language != Language::English).then(|| language.code());
        let paragraphs: Vec<&str> = description
            .children()
            .filter(|n| n.has_tag_name("p") && lang(n) == code)
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(
            paragraphs,
            [
                l10n.tr("appstream-description-1"),
                l10n.tr("appstream-description-2")
            ],
            "{language:?}"
        );
        assert!(
            doc.descendants()
                .any(|n| n.has_tag_name("name") && lang(&n) == code),
            "no <name> for {language:?}"
        );
    }
}

#[test]
fn the_desktop_entry_names_the_icon_the_package_installs() {
    let entry = packaging("org.posta.Posta.desktop");
    assert!(entry.lines().any(|l| l == "Icon=org.posta.Posta"));
    for size in ["16", "48", "128", "256"] {
        let png = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("packaging/icons")
            .join(size)
            .join("org.posta.Posta.png");
        let bytes = std::fs::read(&png).unwrap_or_else(|e| panic!("{}: {e}", png.display()));
        // The PNG header's width and height (IHDR) are the size it is filed under.
        let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
        assert_eq!(
            (width.to_string(), height.to_string()),
            (size.into(), size.into())
        );
    }
}
