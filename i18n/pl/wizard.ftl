## The setup wizard (wizard-*): explains POP3 and IMAP, finds or asks for the
## server settings, tests them and saves the account.
