# Spell checking: compose and `posta spell`.

spell-language-pl = Polish
spell-language-sk = Slovak
spell-language-bg = Bulgarian
spell-language-en = English

spell-no-dictionary = No spelling dictionary is installed for { $language }. Install the { $package } package: sudo apt install { $package }
spell-no-dictionary-any = No spelling dictionary is installed. Install the package of your language: sudo apt install { $packages }
spell-dictionary-unreadable = The dictionary { $path } could not be read: { $details }

compose-spell-label = Spelling:
compose-spell-off = Spelling is not checked: no dictionary is installed. Install { $packages } (sudo apt install hunspell-pl, for example).
compose-spell-word = “{ $word }”
compose-spell-add = Add to dictionary
compose-spell-ignore = Ignore
compose-spell-no-suggestions = No suggestions
compose-spell-toggle = Check { $language }

cli-value-spell-language = use pl, sk, bg or en
cli-spell = Check the spelling of the text on standard input: one line per misspelled word, WORD<TAB>suggestions, in order of appearance; nothing for correct text
cli-spell--lang = The language (pl, sk, bg or en; several may be given); without it, the text's own
cli-spell--ignore = A word not to mark (may be given several times)
