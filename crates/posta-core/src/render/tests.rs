//! The renderer on every fixture of `tests/fixtures/reading/`.

use std::time::{Duration, Instant};

use super::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/reading/{name}",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../..")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The warning as the reader words it in English (posta-i18n's
/// `reader-link-deceptive`).
fn warning(deception: &Deception) -> String {
    format!(
        "[⚠ this link does not go to {} but to {}]",
        deception.shown, deception.actual
    )
}

fn text(name: &str) -> String {
    message(&fixture(name), TEXT_WIDTH).document.text(&warning)
}

fn wide(name: &str) -> Rendered {
    message(&fixture(name), WIDE)
}

/// The line of `text` that contains `needle`.
fn line_with<'a>(text: &'a str, needle: &str) -> &'a str {
    text.lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} in:\n{text}"))
}

#[test]
fn invoice_table_cells_never_run_together() {
    let text = text("invoice-pl.eml");
    let hosting = line_with(&text, "Hosting ");
    assert!(!text.contains("Hosting149"), "{text}");
    let cells: Vec<&str> = hosting.split('│').map(str::trim).collect();
    assert_eq!(cells, ["Hosting", "1", "49,00 zł"], "{text}");
    // Aligned columns: the separators of every row in the same place.
    let column = |line: &str| line.chars().position(|c| c == '│');
    assert_eq!(column(hosting), column(line_with(&text, "Certyfikat SSL")));
    assert!(
        text.starts_with("Faktura VAT nr FV/2026/11/0042\n"),
        "{text}"
    );
    assert!(
        text.contains("panelu klienta <https://panel.hosting-pomorze.pl/faktury/FV-2026-11-0042>"),
        "{text}"
    );
    let doc = wide("invoice-pl.eml").document;
    assert!(doc.lines.iter().any(|l| l.kind == Kind::Heading(2)));
    let total = doc
        .lines
        .iter()
        .find(|l| l.text().contains("Razem"))
        .expect("total row");
    assert_eq!(total.kind, Kind::TableRow);
    assert!(total
        .spans
        .iter()
        .any(|s| s.bold && s.text.contains("148,00 zł")));
    let rendered = wide("invoice-pl.eml");
    assert_eq!(rendered.attachments.len(), 1);
    assert_eq!(rendered.attachments[0].name, "FV-2026-11-0042.pdf");
    assert_eq!(rendered.attachments[0].content_type, "application/pdf");
}

#[test]
fn newsletter_lists_images_and_tracking_pixel() {
    let text = text("newsletter-sk.eml");
    assert!(line_with(&text, "Tatarka").starts_with("• "), "{text}");
    assert!(line_with(&text, "ZIMA20").starts_with("2. "), "{text}");
    assert!(line_with(&text, "Zimné novinky").trim() == "Zimné novinky");
    assert!(!text.contains("track."), "tracking pixel in text: {text}");
    assert!(!text.contains("\u{FFFC}"), "{text}");
    let rendered = wide("newsletter-sk.eml");
    let doc = &rendered.document;
    let remote: Vec<&str> = doc.remote_images().collect();
    assert_eq!(
        remote,
        [
            "https://cdn.knihy-podtatrami.sk/banner-zima.jpg",
            "https://track.knihy-podtatrami.sk/open.gif?u=8841&c=48"
        ]
    );
    let carried: Vec<&ImageSource> = doc.carried_images().collect();
    assert_eq!(
        carried[0],
        &ImageSource::Cid("logo-8841@knihy-podtatrami.sk".into())
    );
    assert!(matches!(carried[1], ImageSource::Data(url) if url.starts_with("data:image/png")));
    // The logo is drawn in place, not listed as an attachment.
    assert!(
        rendered.attachments.is_empty(),
        "{:?}",
        rendered.attachments
    );
    let logo = &rendered.inline["logo-8841@knihy-podtatrami.sk"];
    assert!(logo.starts_with(b"\x89PNG"));
    // Layout tables are not drawn as tables.
    assert!(!doc.lines.iter().any(|l| l.kind == Kind::TableRow));
}

#[test]
fn invitation_headings_and_programme_keep_their_shape() {
    let text = text("invitation-bg.eml");
    assert!(text.contains("\n\nПрограма\n\n"), "{text}");
    assert!(
        text.contains("09:30  Откриване                зала А\n"),
        "{text}"
    );
    let doc = wide("invitation-bg.eml").document;
    let pre: Vec<&Line> = doc.lines.iter().filter(|l| l.kind == Kind::Pre).collect();
    assert_eq!(pre.len(), 5);
    assert!(pre.iter().all(|l| l.spans.iter().all(|s| s.code)));
    assert_eq!(
        doc.lines
            .iter()
            .filter(|l| matches!(l.kind, Kind::Heading(_)))
            .count(),
        3
    );
}

#[test]
fn replies_quote_what_they_answer() {
    for (name, own, quoted) in [
        (
            "reply-outlook.eml",
            "potwierdzam odbiór",
            "czy odbiór mieszkania",
        ),
        ("reply-gmail.eml", "mi to vyhovuje", "máš čas v piatok"),
        (
            "reply-thunderbird.eml",
            "zdjęcia są świetne",
            "są już w albumie",
        ),
    ] {
        let text = text(name);
        assert!(!line_with(&text, own).starts_with('>'), "{name}:\n{text}");
        assert!(
            line_with(&text, quoted).starts_with("> "),
            "{name}:\n{text}"
        );
    }
    let outlook = text("reply-outlook.eml");
    assert!(line_with(&outlook, "Sent: Monday").starts_with("> "));
    let thunderbird = text("reply-thunderbird.eml");
    assert!(line_with(&thunderbird, "Morskiego Oka").starts_with("> > "));
    let doc = wide("reply-thunderbird.eml").document;
    let phone = doc
        .lines
        .iter()
        .find(|l| l.text().contains("600 100 200"))
        .expect("signature");
    assert!(phone.signature);
    assert!(!doc.lines[0].signature);
}

#[test]
fn flowed_text_reflows() {
    let text = text("flowed.eml");
    assert!(
        text.contains("o 17:00, pretože sála v kultúrnom dome je v pondelok obsadená. Prosím"),
        "{text}"
    );
    assert!(
        text.contains(
            "> Kedy bude najbližšie zasadnutie? Potrebujeme schváliť rozpočet na budúci rok.\n"
        ),
        "{text}"
    );
    assert!(text.contains("> > Rozpočet je v prílohe"), "{text}");
    let doc = wide("flowed.eml").document;
    let link = doc
        .spans()
        .find(|s| s.link.is_some())
        .expect("the address is a link");
    assert_eq!(link.text, "https://vybor.example.sk/program");
    assert!(doc.lines.last().is_some_and(|l| l.signature));
}

#[test]
fn hostile_links_are_defused_and_named() {
    let text = text("hostile.eml");
    assert!(!text.contains("javascript"), "{text}");
    assert!(!text.contains("alert"), "{text}");
    assert!(!text.contains("document.cookie"), "{text}");
    let bank = line_with(&text, "Zaloguj");
    assert!(bank.contains("bank-pl.evil.example"), "{bank}");
    assert!(bank.contains('⚠'), "{bank}");
    assert!(!line_with(&text, "www.bank.pl").contains('⚠'));
    assert!(line_with(&text, "pomoc@bank.pl").contains('⚠'));
    assert!(text.contains("Koniec."), "{text}");
    let doc = wide("hostile.eml").document;
    let here = doc
        .spans()
        .find(|s| s.text.contains("tutaj"))
        .expect("link words");
    assert_eq!(here.link, None);
    assert!(!doc.has_remote_images());
    let warned = doc
        .spans()
        .find_map(|s| s.deception.clone())
        .expect("warning span");
    assert_eq!(warned.shown, "bank.pl");
}

#[test]
fn five_megabytes_of_markup_are_cut_and_bounded_in_time() {
    let mut markup = String::from("<html><body><p>Začiatok</p>");
    let row =
        "<table><tr><td><div><b><i><span>slovo</span></i></b></div></td><td>x</td></tr></table>";
    while markup.len() < 5 * 1024 * 1024 {
        markup.push_str(row);
        markup.push_str(&"<div>".repeat(40));
    }
    let started = Instant::now();
    let doc = html(&markup, WIDE);
    let took = started.elapsed();
    assert!(doc.truncated);
    assert!(doc.lines[0].text().contains("Začiatok"));
    // Debug build on a shared machine: a generous bound, far below a hang.
    assert!(took < Duration::from_secs(60), "took {took:?}");
}

#[test]
fn index_words_have_no_targets_or_warnings() {
    let doc = wide("hostile.eml").document;
    let words = doc.words();
    assert!(
        words.contains("Zaloguj się na bank.pl i potwierdź"),
        "{words}"
    );
    assert!(!words.contains("evil"), "{words}");
}

#[test]
fn garbage_never_panics() {
    for raw in [
        &b""[..],
        b"\xff\xfe\x00",
        b"Content-Type: text/html\r\n\r\n<<<>>",
    ] {
        let _ = message(raw, TEXT_WIDTH).document.text(&warning);
    }
}
