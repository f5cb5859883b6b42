//! Replies and forwards built from a real-looking original (a fixture with
//! UTF-8 names, a Reply-To, a thread and an attachment): quoting, `Re:` and
//! `Fwd:` subjects, recipients of reply and reply-all, In-Reply-To and
//! References — also in the message that comes out of [`compose::build`].

use posta_core::compose::{self, Original, ReplyKind};
use posta_core::message::{parse_headers, Address};

const ORIGINAL: &[u8] = include_bytes!("../fixtures/compose/original.eml");

fn me() -> Address {
    Address {
        name: Some("Alica Malá".into()),
        email: "alica@example.sk".into(),
    }
}

fn emails(list: &[Address]) -> Vec<&str> {
    list.iter().map(|a| a.email.as_str()).collect()
}

#[test]
fn the_original_is_read_with_its_thread_text_and_attachment() {
    let original = Original::parse(ORIGINAL, &posta_i18n::deception_warning);
    assert_eq!(original.subject, "Porada v piatok — Żółć");
    assert_eq!(original.message_id.as_deref(), Some("m2@example.pl"));
    assert_eq!(original.references, ["m1@example.pl"]);
    assert_eq!(emails(&original.reply_to), ["lista@example.pl"]);
    assert!(
        original.text.starts_with("Ahoj všetci,\n"),
        "{:?}",
        original.text
    );
    assert_eq!(original.attachments.len(), 1);
    assert_eq!(original.attachments[0].name, "program.txt");
    assert_eq!(original.attachments[0].content_type, "text/plain");
    assert_eq!(
        original.attachments[0].data.as_slice(),
        b"9:00 kava\n10:00 porada\n"
    );
}

#[test]
fn a_reply_quotes_and_threads() {
    let original = Original::parse(ORIGINAL, &posta_i18n::deception_warning);
    let draft = original.answer(ReplyKind::Reply, &me(), "Zofia Żółw napísala:");
    assert_eq!(draft.subject, "Re: Porada v piatok — Żółć");
    // Reply-To wins over From.
    assert_eq!(emails(&draft.to), ["lista@example.pl"]);
    assert!(draft.cc.is_empty());
    assert_eq!(draft.in_reply_to.as_deref(), Some("m2@example.pl"));
    assert_eq!(draft.references, ["m1@example.pl", "m2@example.pl"]);
    assert_eq!(
        draft.body,
        "\n\nZofia Żółw napísala:\n> Ahoj všetci,\n>\n> porada bude v piatok o 10:00.\n>> Kedy je porada?\n> Zofia\n"
    );
    assert!(draft.attachments.is_empty());
}

#[test]
fn reply_all_copies_everyone_but_me_once() {
    let original = Original::parse(ORIGINAL, &posta_i18n::deception_warning);
    let draft = original.answer(ReplyKind::ReplyAll, &me(), "…");
    assert_eq!(emails(&draft.to), ["lista@example.pl"]);
    // To: me + Ivan, Cc: Ján + Ivan again (other case): me and the
    // duplicate drop out.
    assert_eq!(emails(&draft.cc), ["ivan@example.bg", "jan@example.sk"]);
    assert_eq!(draft.cc[0].name.as_deref(), Some("Иван Петров"));
}

#[test]
fn a_forward_carries_text_and_attachments_but_no_recipient() {
    let original = Original::parse(ORIGINAL, &posta_i18n::deception_warning);
    let draft = original.answer(ReplyKind::Forward, &me(), "---- Preposlaná správa ----");
    assert_eq!(draft.subject, "Fwd: Porada v piatok — Żółć");
    assert!(draft.to.is_empty() && draft.cc.is_empty());
    assert!(draft
        .body
        .contains("---- Preposlaná správa ----\n\nAhoj všetci,"));
    assert!(!draft.body.contains("> Ahoj"));
    assert_eq!(draft.attachments.len(), 1);
    assert_eq!(draft.in_reply_to, None);
    assert_eq!(draft.references, ["m2@example.pl"]);
}

#[test]
fn the_built_reply_has_the_thread_headers() {
    let original = Original::parse(ORIGINAL, &posta_i18n::deception_warning);
    let draft = original.answer(ReplyKind::ReplyAll, &me(), "Zofia napísala:");
    let built = compose::build(&draft).expect("builds");
    let text = String::from_utf8(built.raw.clone()).expect("ASCII message");
    assert!(text.contains("In-Reply-To: <m2@example.pl>\r\n"), "{text}");
    assert!(
        text.contains("References: <m1@example.pl> <m2@example.pl>\r\n"),
        "{text}"
    );
    let headers = parse_headers(&built.raw);
    assert_eq!(headers.subject, "Re: Porada v piatok — Żółć");
    assert_eq!(headers.in_reply_to, ["m2@example.pl"]);
    let parsed = mail_parser::MessageParser::default()
        .parse(&built.raw)
        .expect("parses");
    let body = parsed.body_text(0).expect("text").replace("\r\n", "\n");
    assert!(body.contains("> porada bude v piatok o 10:00."), "{body}");
}

#[test]
fn answering_my_own_message_goes_to_its_recipients() {
    let mine = b"From: Alica Mala <alica@example.sk>\r\nTo: Jan <jan@example.sk>\r\n\
Subject: Re: Otazka\r\nMessage-ID: <x@example.sk>\r\n\r\nText\r\n";
    let draft =
        Original::parse(mine, &posta_i18n::deception_warning).answer(ReplyKind::Reply, &me(), "…");
    assert_eq!(emails(&draft.to), ["jan@example.sk"]);
    assert_eq!(draft.subject, "Re: Otazka");
}
