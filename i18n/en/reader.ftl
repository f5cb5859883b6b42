# Reading mail: HTML rendering, remote content, attachments, conversations (keys start with reader-).
