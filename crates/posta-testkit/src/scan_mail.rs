//! A message as people send them and reading on demand is about: a few
//! lines of Polish text (plain and HTML) and a large scan attached
//! (base64, 76-column lines), for tests and the time-to-text benchmark.

use base64::Engine;

/// The attachment's bytes: `len` of them, the same every time, not
/// compressible into anything shorter by accident.
pub fn scan_bytes(len: usize) -> Vec<u8> {
    let mut seed: u32 = 0x2545_f491;
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            (seed >> 24) as u8
        })
        .collect()
}

/// The words the text part holds (one of them is searched for on the
/// server in the tests).
pub const SCAN_TEXT: &str = "Dzień dobry, w załączniku skan umowy najmu. Proszę o podpis do piątku. Pozdrawiam, Zofia Wiśniewska";

/// multipart/mixed: multipart/alternative (text/plain, text/html) and
/// `skan-umowy.pdf` holding `attachment`, with `subject`.
pub fn scan_message(subject: &str, attachment: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "From: Zofia Wiśniewska <zofia@example.pl>\r\n\
         To: alice@example.org\r\n\
         Subject: {subject}\r\n\
         Date: Mon, 07 Dec 2026 09:30:00 +0100\r\n\
         Message-ID: <skan-{}@example.pl>\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"zewn\"\r\n\r\n\
         --zewn\r\n\
         Content-Type: multipart/alternative; boundary=\"wewn\"\r\n\r\n\
         --wewn\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\
         Content-Transfer-Encoding: 8bit\r\n\r\n\
         {SCAN_TEXT}\r\n\
         --wewn\r\n\
         Content-Type: text/html; charset=utf-8\r\n\
         Content-Transfer-Encoding: 8bit\r\n\r\n\
         <p>{SCAN_TEXT}</p>\r\n\
         --wewn--\r\n\
         --zewn\r\n\
         Content-Type: application/pdf; name=\"skan-umowy.pdf\"\r\n\
         Content-Disposition: attachment; filename=\"skan-umowy.pdf\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n",
        subject.len()
    )
    .into_bytes();
    let encoded = base64::engine::general_purpose::STANDARD.encode(attachment);
    for line in encoded.as_bytes().chunks(76) {
        out.extend_from_slice(line);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"--zewn--\r\n");
    out
}
