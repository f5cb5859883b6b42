# Szybkie filtry nad listą wiadomości.

list-filter-unread = Nieprzeczytane
list-filter-starred = Oznaczone gwiazdką
list-filter-empty = Żadna wiadomość tutaj nie pasuje do filtrów.
keys-only-unread = Tylko nieprzeczytane (ponownie: wszystkie)
keys-only-starred = Tylko oznaczone gwiazdką (ponownie: wszystkie)
list-filter-attachments = Z załącznikami
keys-only-attachments = Tylko wiadomości z załącznikami (ponownie: wszystkie)
