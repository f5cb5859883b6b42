//! Message text for tests and benchmarks: bodies of a given size whose
//! lines vary and sometimes start with a dot (dot-stuffed on the wire).

/// Words in the languages Posta speaks, and some that test dot-stuffing.
pub const WORDS: [&str; 8] = [
    "pošta",
    "správa",
    "wiadomość",
    "писмо",
    "mail",
    "dot.",
    "..",
    "x",
];

/// Appends CRLF lines to `out` until it holds `size` bytes: each a
/// pseudo-random run (fewer than `most`) of `words` from `seed`, about
/// every seventh one starting with a dot. Same seed, same text.
pub fn fill_lines(out: &mut Vec<u8>, size: usize, words: &[&str], seed: u32, most: usize) {
    let mut seed = seed;
    while out.len() < size {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let n = (seed >> 16) as usize;
        if n % 7 == 0 {
            out.push(b'.');
        }
        for i in 0..(n % most) {
            out.extend_from_slice(words[(n + i) % words.len()].as_bytes());
            out.push(b' ');
        }
        out.extend_from_slice(b"\r\n");
    }
}
