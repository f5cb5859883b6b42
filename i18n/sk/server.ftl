# Server state the wizard promised: quota, the POP3 server mailbox, switching to IMAP (keys start with quota- and server-).
