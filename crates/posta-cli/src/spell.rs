//! `posta spell [--lang pl|sk|bg|en]… [--ignore WORD]…`: checks the text on
//! standard input the way compose does (quotes, the signature, addresses,
//! links and words with digits are left alone) and prints one line per
//! misspelled word, `WORD<TAB>suggestion, suggestion…`, in order of first
//! appearance; nothing for correct text; exit 0. Without `--lang`, the
//! languages are detected from the text (every installed one when nothing
//! tells). Without a dictionary: a sentence naming the package, exit 1.

use std::collections::HashSet;
use std::io::Read;

use posta_core::spell::{self, Language, SpellError, Speller};
use posta_core::store::PostaHome;
use posta_i18n::{describe_spell_error, no_dictionary_sentence, t};

/// Arguments of `posta spell`.
#[derive(Debug, clap::Args)]
pub struct SpellArgs {
    /// The language (pl, sk, bg or en; several may be given); without it,
    /// the text's own.
    #[arg(long, value_parser = parse_language)]
    pub lang: Vec<Language>,
    /// A word not to mark (may be given several times).
    #[arg(long)]
    pub ignore: Vec<String>,
}

fn parse_language(text: &str) -> Result<Language, String> {
    text.parse().map_err(|_| t!("cli-value-spell-language"))
}

/// Runs `posta spell`; returns the exit code.
pub fn run(args: SpellArgs) -> i32 {
    let mut text = String::new();
    if let Err(err) = std::io::stdin().lock().read_to_string(&mut text) {
        eprintln!("{}", t!("error-io", details = err.to_string()));
        return 1;
    }
    // The user's own words live in Posta's home; without one, none.
    let home = PostaHome::from_env().ok();
    let dirs = spell::dictionary_dirs(home.as_ref());
    let (speller, errors) = match speller_for(&args.lang, &text, &dirs, home.as_ref()) {
        Ok(found) => found,
        Err(sentence) => {
            eprintln!("{sentence}");
            return 1;
        }
    };
    // A detected language without a dictionary is said, but the others
    // still check.
    for err in &errors {
        eprintln!("{}", describe_spell_error(err));
    }
    for word in &args.ignore {
        speller.ignore(word);
    }
    let mut said = HashSet::new();
    for miss in speller.check(&text) {
        if said.insert(miss.word.clone()) {
            println!("{}\t{}", miss.word, speller.suggest(&miss.word).join(", "));
        }
    }
    0
}

/// The checker for the languages asked for (all of them must load), else
/// the detected ones, else every installed one.
fn speller_for(
    asked: &[Language],
    text: &str,
    dirs: &[std::path::PathBuf],
    home: Option<&PostaHome>,
) -> Result<(Speller, Vec<SpellError>), String> {
    if !asked.is_empty() {
        let (speller, errors) = Speller::new(asked, dirs, home);
        return match errors.first() {
            Some(err) => Err(describe_spell_error(err)),
            None => Ok((speller, errors)),
        };
    }
    let installed: Vec<Language> = spell::available(dirs).iter().map(|d| d.language).collect();
    if installed.is_empty() {
        return Err(no_dictionary_sentence());
    }
    let detected = spell::detect(text);
    let languages = if detected.is_empty() {
        installed
    } else {
        detected
    };
    let (speller, errors) = Speller::new(&languages, dirs, home);
    if speller.is_empty() {
        return Err(errors
            .first()
            .map(describe_spell_error)
            .unwrap_or_else(no_dictionary_sentence));
    }
    Ok((speller, errors))
}
