# Бързите филтри над списъка с писма.

list-filter-unread = Непрочетени
list-filter-starred = Със звезда
list-filter-empty = Тук няма писма, които отговарят на филтрите.
keys-only-unread = Само непрочетените писма (отново: всички)
keys-only-starred = Само писмата със звезда (отново: всички)
list-filter-attachments = С прикачени файлове
keys-only-attachments = Само писмата с прикачени файлове (отново: всички)
