## The main window (mailbox-*, reader-*, compose-*, tags-*, share-*).
