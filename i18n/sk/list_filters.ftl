# Rýchle filtre nad zoznamom správ.

list-filter-unread = Neprečítané
list-filter-starred = S hviezdičkou
list-filter-empty = Filtrom tu nezodpovedá žiadna správa.
keys-only-unread = Iba neprečítané správy (znova: všetky)
keys-only-starred = Iba správy s hviezdičkou (znova: všetky)
list-filter-attachments = S prílohami
keys-only-attachments = Iba správy s prílohami (znova: všetky)
