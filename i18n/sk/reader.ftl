# Reading mail: HTML rendering, remote content, attachments, conversations (keys start with reader-).

reader-link-deceptive = [⚠ tento odkaz nevedie na { $shown }, ale na { $actual }]
