# Settings: accounts, identities, general preferences (keys start with settings-).
