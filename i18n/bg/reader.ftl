# Reading mail: HTML rendering, remote content, attachments, conversations (keys start with reader-).

reader-link-deceptive = [⚠ тази връзка не води към { $shown }, а към { $actual }]
