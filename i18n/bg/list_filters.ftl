# Бързите филтри над списъка с писма.

list-filter-unread = Непрочетени
list-filter-starred = Със звезда
list-filter-empty = Тук няма писма, които отговарят на филтрите.
keys-only-unread = Само непрочетените писма (отново: всички)
keys-only-starred = Само писмата със звезда (отново: всички)
