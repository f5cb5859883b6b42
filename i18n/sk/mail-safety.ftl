# Žiadna pošta stratená ani zdvojená: jedna Posta naraz na účte, čo servery
# robia s poštou cestou a pravdivé hlásenie, čo sa stalo.

## One Posta at a time per account

error-account-busy = Na tomto účte práve pracuje iná Posta (okno alebo príkaz). Keď skončí, Posta bude pokračovať sama.
cli-account-busy = Na účte „{ $account }“ práve pracuje iná Posta (okno alebo príkaz), preto sa tu nič neurobilo. Skúste to znova, keď skončí.

## What servers do to mail in transit

cli-sync-kept-on-server =
    { $count ->
        [one] { $count } správa zostáva na serveri: to, čo server poslal, nemusí byť celý originál (iná veľkosť alebo náhradná správa), preto Posta originál na serveri nikdy nezmaže.
        [few] { $count } správy zostávajú na serveri: to, čo server poslal, nemusia byť celé originály (iná veľkosť alebo náhradné správy), preto ich Posta na serveri nikdy nezmaže.
        [many] { $count } správy zostáva na serveri: to, čo server poslal, nemusia byť celé originály (iná veľkosť alebo náhradné správy), preto ich Posta na serveri nikdy nezmaže.
       *[other] { $count } správ zostáva na serveri: to, čo server poslal, nemusia byť celé originály (iná veľkosť alebo náhradné správy), preto ich Posta na serveri nikdy nezmaže.
    }
