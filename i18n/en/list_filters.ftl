# The quick filters above the message list.

list-filter-unread = Unread
list-filter-starred = Starred
list-filter-empty = No message here matches the filters.
keys-only-unread = Only unread messages (again: all)
keys-only-starred = Only starred messages (again: all)
list-filter-attachments = With attachments
keys-only-attachments = Only messages with attachments (again: all)
