# Čítanie na požiadanie: najprv text správy, prílohy až na požiadanie.

reading-attachment-on-server = { $name } ({ $size }, na serveri)
reading-attachment-fetching = { $name }: sťahuje sa, { $percent } %
reading-attachment-cancel = Zastaviť
reading-attachment-failed = Prílohu sa nepodarilo stiahnuť: { $details }

show-cli-not-on-server = Správa { $number } v „{ $folder }“ nie je na tomto počítači a nemá kópiu na žiadnom serveri, odkiaľ by sa dala stiahnuť.
show-cli-unreachable = Správu { $number } v „{ $folder }“ sa nepodarilo stiahnuť zo servera účtu „{ $account }“. Skúste to znova, keď budete pripojení. Ak chcete čítať poštu bez pripojenia, spustite „posta account edit { $account } --download-bodies true“ a potom, keď budete online, „posta sync“.
show-cli-progress = Sťahujú sa prílohy: { $done } z { $total } KiB
show-cli-not-fetched = Príloha „{ $name }“ je stále na serveri.
show-cli-saved = Uložené: { $file }

search-cli-server-searching = Hľadá sa v „{ $folder }“ na serveri účtu „{ $account }“…
search-cli-server-failed = Server účtu „{ $account }“ sa nepodarilo prehľadať.
search-cli-server-cut = { $count ->
    [one] Zobrazená je len prvá správa
    [few] Zobrazené sú len prvé { $count } správy
    [many] Zobrazených je len prvých { $count } správy
   *[other] Zobrazených je len prvých { $count } správ
}; „--limit“ zobrazí viac.
search-cli-server-time = Hľadanie trvalo príliš dlho a bolo zastavené; nižšie je to, čo sa dovtedy našlo.

cli-show--save-attachments = Stiahnuť aj prílohy a zapísať ich do tohto priečinka (názvy upravené na bezpečné; existujúci súbor sa nikdy neprepíše).
cli-show--password-stdin = Prečítať heslo zo štandardného vstupu namiesto zväzku kľúčov, keď treba správu stiahnuť zo servera.
cli-show--timeout = Koľko sekúnd čakať na každý sieťový krok.
cli-search--server = Hľadať na serveri (IMAP SEARCH v každom priečinku), aj v pošte, ktorej text nie je na tomto počítači.
cli-search--folder = Len tento priečinok (s --server).
cli-search--password-stdin = Prečítať heslo zo štandardného vstupu namiesto zväzku kľúčov (s --server).
cli-search--timeout = Koľko sekúnd môže hľadanie na serveri trvať celkovo (s --server).

reading-search-server = Hľadať na serveri
reading-search-server-busy = Hľadá sa na serveri…
