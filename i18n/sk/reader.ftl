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
