# Sprawdzanie pisowni: okno pisania i `posta spell`.

spell-language-pl = polski
spell-language-sk = słowacki
spell-language-bg = bułgarski
spell-language-en = angielski

spell-no-dictionary = Brak słownika do sprawdzania pisowni (język: { $language }). Zainstaluj pakiet { $package }: sudo apt install { $package }
spell-no-dictionary-any = Nie zainstalowano żadnego słownika do sprawdzania pisowni. Zainstaluj pakiet swojego języka: sudo apt install { $packages }
spell-dictionary-unreadable = Nie udało się odczytać słownika { $path }: { $details }

compose-spell-label = Pisownia:
compose-spell-off = Pisownia nie jest sprawdzana, bo nie ma żadnego słownika. Zainstaluj { $packages } (na przykład sudo apt install hunspell-pl).
compose-spell-word = „{ $word }”
compose-spell-add = Dodaj do słownika
compose-spell-ignore = Ignoruj
compose-spell-no-suggestions = Brak podpowiedzi
compose-spell-toggle = Sprawdzaj: { $language }

cli-value-spell-language = podaj pl, sk, bg lub en
cli-spell = Sprawdza pisownię tekstu podanego na standardowe wejście: jeden wiersz na każde błędne słowo, SŁOWO<TAB>podpowiedzi, w kolejności wystąpienia; przy poprawnym tekście nic nie wypisuje
cli-spell--lang = Język (pl, sk, bg lub en; można podać kilka); bez tej opcji język tekstu jest rozpoznawany sam
cli-spell--ignore = Słowo, którego nie oznaczać (opcję można powtórzyć)
