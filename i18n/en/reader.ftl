# Reading mail: HTML rendering, remote content, attachments, conversations (keys start with reader-).

# After a link whose words name another address than the one it opens.
reader-link-deceptive = [⚠ this link does not go to { $shown } but to { $actual }]
