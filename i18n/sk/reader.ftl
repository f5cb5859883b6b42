# Reading mail: HTML rendering, remote content, attachments, conversations (keys start with reader-).

reader-link-deceptive = [⚠ tento odkaz nevedie na { $shown }, ale na { $actual }]

reader-cli-no-message = V „{ $folder }“ nie je správa { $number }: { $count ->
    [one] je tam jedna správa
    [few] sú tam { $count } správy
    [many] je tam { $count } správy
   *[other] je tam { $count } správ
}. Zoznam ukáže „posta messages { $folder }“.
reader-cli-not-downloaded = Správa { $number } v „{ $folder }“ ešte nebola stiahnutá do tohto počítača. Najprv spustite „posta sync“.

reader-link-not-opened = Odkaz sa nepodarilo otvoriť: nie je nastavený prehliadač ani poštový program, ktorý by ho otvoril.
reader-cli-not-an-address = „{ $address }“ nie je e-mailová adresa.
reader-cli-sender-not-allowed = Vzdialený obsah od „{ $address }“ sa ani doteraz nenačítaval bez opýtania; nič sa nezmenilo. Zoznam odosielateľov ukáže „posta remote-content list“.

reader-remote-blocked = Obrázky z internetu v tejto správe sa nenačítali, takže odosielateľ nevie, že ste ju otvorili.
reader-remote-show = Zobraziť v tejto správe
reader-remote-always = Vždy od tohto odosielateľa
reader-remote-loading = Načítavajú sa obrázky z internetu…
reader-remote-failed = { $count ->
    [one] Jeden obrázok z internetu sa nepodarilo načítať.
    [few] { $count } obrázky z internetu sa nepodarilo načítať.
    [many] { $count } obrázka z internetu sa nepodarilo načítať.
   *[other] { $count } obrázkov z internetu sa nepodarilo načítať.
}
reader-attachment-not-opened = Prílohu sa nepodarilo otvoriť: { $details }. Uložte ju a otvorte zo súborov.
