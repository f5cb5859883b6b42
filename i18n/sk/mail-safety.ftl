# Žiadna pošta stratená ani zdvojená: jedna Posta naraz na účte, čo servery
# robia s poštou cestou a pravdivé hlásenie, čo sa stalo.

## One Posta at a time per account

error-account-busy = Na tomto účte práve pracuje iná Posta (okno alebo príkaz). Keď skončí, Posta bude pokračovať sama.
cli-account-busy = Na účte „{ $account }“ práve pracuje iná Posta (okno alebo príkaz), preto sa tu nič neurobilo. Skúste to znova, keď skončí.
