# Kontrola pravopisu: písanie správy a `posta spell`.

spell-language-pl = poľština
spell-language-sk = slovenčina
spell-language-bg = bulharčina
spell-language-en = angličtina

spell-no-dictionary = Chýba slovník na kontrolu pravopisu (jazyk: { $language }). Nainštalujte balík { $package }: sudo apt install { $package }
spell-no-dictionary-any = Nie je nainštalovaný žiadny slovník na kontrolu pravopisu. Nainštalujte balík svojho jazyka: sudo apt install { $packages }
spell-dictionary-unreadable = Slovník { $path } sa nepodarilo prečítať: { $details }

compose-spell-label = Pravopis:
compose-spell-off = Pravopis sa nekontroluje, lebo chýba slovník. Nainštalujte { $packages } (napríklad sudo apt install hunspell-sk).
compose-spell-word = „{ $word }“
compose-spell-add = Pridať do slovníka
compose-spell-ignore = Ignorovať
compose-spell-no-suggestions = Žiadne návrhy
compose-spell-toggle = Kontrolovať: { $language }

cli-value-spell-language = zadajte pl, sk, bg alebo en
cli-spell = Skontroluje pravopis textu zo štandardného vstupu: jeden riadok na každé chybné slovo, SLOVO<TAB>návrhy, v poradí výskytu; pri správnom texte nevypíše nič
cli-spell--lang = Jazyk (pl, sk, bg alebo en; možno zadať viac); bez neho sa jazyk rozpozná z textu
cli-spell--ignore = Slovo, ktoré sa nemá označiť (možno zadať viackrát)
