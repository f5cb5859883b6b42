# Reading mail: HTML rendering, remote content, attachments, conversations (keys start with reader-).

reader-link-deceptive = [⚠ ten link nie prowadzi do { $shown }, tylko do { $actual }]
