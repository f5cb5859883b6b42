# Provider hints shown by the wizard (keys start with provider-).
