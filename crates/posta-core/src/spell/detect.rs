//! Which languages a message is written in, from its letters: Cyrillic is
//! Bulgarian; ą ę ł ń ś ź ż ć are Polish; ä ľ ĺ ŕ ť ď č š ž ň ô and the
//! long vowels are Slovak; the commonest short words settle text without
//! any of those. Each paragraph (and each run of quoted lines) is judged on
//! its own, so a Polish reply above an English quote is both.

use super::Language;

/// A language in fewer words than this share of the message is left out
/// (a lone foreign name does not switch a dictionary on).
const MIN_SHARE: f32 = 0.15;

/// Paragraphs are judged until this many words have been seen: enough to
/// tell, and a long message is not read again at every keystroke.
const ENOUGH_WORDS: usize = 1_000;

/// The languages of `text`, the most used first; empty when nothing in it
/// tells (no letters, or only names).
pub fn detect(text: &str) -> Vec<Language> {
    let mut weight = [0usize; 4];
    let mut seen = 0;
    // Whole lines, about twice as many words as needed.
    let head = match text.char_indices().nth(ENOUGH_WORDS * 16) {
        Some((at, _)) => text[..at]
            .rfind('\n')
            .map_or(&text[..at], |end| &text[..end]),
        None => text,
    };
    for block in blocks(head) {
        let (language, words) = judge(&block);
        if let Some(language) = language {
            weight[index(language)] += words;
        }
        seen += words;
        if seen >= ENOUGH_WORDS {
            break;
        }
    }
    let total: usize = weight.iter().sum();
    let mut found: Vec<(Language, usize)> = Language::ALL
        .into_iter()
        .map(|l| (l, weight[index(l)]))
        .filter(|&(_, w)| w > 0 && w as f32 >= total as f32 * MIN_SHARE)
        .collect();
    found.sort_by_key(|&(_, w)| std::cmp::Reverse(w));
    found.into_iter().map(|(l, _)| l).collect()
}

/// The language one word's letters point to, if they point anywhere.
pub fn detect_word(word: &str) -> Option<Language> {
    let scores = letter_scores(word);
    best(&scores)
}

fn index(language: Language) -> usize {
    Language::ALL
        .iter()
        .position(|&l| l == language)
        .unwrap_or_default()
}

/// Paragraphs: split at blank lines and where quoting starts or stops;
/// quote markers and the signature are dropped.
fn blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for line in text.lines() {
        if super::tokens::is_signature_separator(line) {
            break;
        }
        let is_quoted = super::tokens::is_quoted(line);
        let content = line.trim_start().trim_start_matches(['>', ' ']);
        if content.trim().is_empty() || is_quoted != quoted {
            if !current.trim().is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
            current.clear();
            quoted = is_quoted;
        }
        current.push_str(content);
        current.push('\n');
    }
    if !current.trim().is_empty() {
        blocks.push(current);
    }
    blocks
}

/// A block's language and how many words it has.
fn judge(block: &str) -> (Option<Language>, usize) {
    let mut scores = [0f32; 4];
    let mut count = 0;
    for word in super::tokens::words(block) {
        count += 1;
        let letters = letter_scores(word.text);
        let lower = word.text.to_lowercase();
        for (score, add) in scores.iter_mut().zip(letters) {
            *score += add;
        }
        for language in Language::ALL {
            if common_words(language).contains(&lower.as_str()) {
                scores[index(language)] += 1.0;
            }
        }
    }
    (best(&scores), count)
}

fn best(scores: &[f32; 4]) -> Option<Language> {
    let (at, &top) = scores
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))?;
    (top > 0.0).then(|| Language::ALL[at])
}

/// Points per language for one word's letters: a letter only one of the
/// languages uses counts most.
fn letter_scores(word: &str) -> [f32; 4] {
    let mut scores = [0f32; 4];
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'а'..='я' | 'ѝ' => scores[index(Language::Bulgarian)] += 1.0,
            'ą' | 'ę' | 'ł' | 'ń' | 'ś' | 'ź' | 'ż' | 'ć' => {
                scores[index(Language::Polish)] += 3.0
            }
            'ä' | 'ľ' | 'ĺ' | 'ŕ' | 'ť' | 'ď' | 'č' | 'š' | 'ž' | 'ň' | 'ô' | 'á' | 'é' | 'í'
            | 'ú' | 'ý' => scores[index(Language::Slovak)] += 3.0,
            // Both Polish and Slovak.
            'ó' => {
                scores[index(Language::Polish)] += 1.0;
                scores[index(Language::Slovak)] += 1.0;
            }
            _ => {}
        }
    }
    scores
}

/// Short words every message has, which none of the other three languages
/// writes the same way.
fn common_words(language: Language) -> &'static [&'static str] {
    match language {
        Language::Polish => &[
            "w",
            "na",
            "nie",
            "jest",
            "się",
            "że",
            "jak",
            "czy",
            "dla",
            "ale",
            "co",
            "tak",
            "jestem",
            "mam",
            "być",
            "od",
            "przez",
            "już",
            "tylko",
            "też",
            "bardzo",
            "dziękuję",
            "pozdrawiam",
            "jutro",
            "dzisiaj",
            "wiadomość",
            "proszę",
            "jeszcze",
            "może",
            "ze",
        ],
        Language::Slovak => &[
            "v",
            "je",
            "sa",
            "že",
            "ako",
            "pre",
            "som",
            "sme",
            "ste",
            "aj",
            "ešte",
            "môže",
            "ďakujem",
            "prosím",
            "zajtra",
            "dnes",
            "pozdravom",
            "správa",
            "ani",
            "len",
            "už",
            "veľmi",
            "mám",
            "byť",
            "cez",
            "alebo",
            "keď",
            "podľa",
        ],
        Language::English => &[
            "the", "and", "of", "to", "is", "you", "that", "it", "for", "on", "with", "this",
            "are", "have", "be", "we", "will", "your", "from", "thanks", "please", "hi", "regards",
            "would", "could", "about", "meeting", "attached", "i", "my",
        ],
        Language::Bulgarian => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_short_words_tell_the_language() {
        assert_eq!(detect("Dzień dobry, przesyłam umowę."), [Language::Polish]);
        assert_eq!(
            detect("Dobrý deň, posielam zmluvu v prílohe."),
            [Language::Slovak]
        );
        assert_eq!(
            detect("Здравейте, изпращам договора."),
            [Language::Bulgarian]
        );
        assert_eq!(
            detect("Hi Anna, the contract is attached."),
            [Language::English]
        );
        // No diacritics at all: the short words decide.
        assert_eq!(
            detect("To jest test, nie wiem czy dziala"),
            [Language::Polish]
        );
        assert_eq!(
            detect("To je test, neviem ako sa to robi"),
            [Language::Slovak]
        );
        assert!(detect("12345 ...").is_empty());
    }

    #[test]
    fn a_reply_above_a_quote_is_both() {
        let text = "Dziękuję za szybką odpowiedź, przejrzę wszystko jutro.\n\n\
                    > Hi Marta, thanks for the draft. Could you please check\n\
                    > the numbers on page two before the meeting with the board?\n";
        assert_eq!(detect(text), [Language::English, Language::Polish]);
    }

    #[test]
    fn a_foreign_name_does_not_count() {
        let text = "Cześć, byłem wczoraj w biurze i rozmawiałem z szefem o projekcie, \
                    wszystko jest już gotowe do wysłania. Pozdrawiam serdecznie, Štefan";
        assert_eq!(detect(text), [Language::Polish]);
    }

    #[test]
    fn one_word_is_judged_by_its_letters() {
        assert_eq!(detect_word("писмто"), Some(Language::Bulgarian));
        assert_eq!(detect_word("dzięki"), Some(Language::Polish));
        assert_eq!(detect_word("ďakujem"), Some(Language::Slovak));
        assert_eq!(detect_word("thanks"), None);
    }
}
