# Prihlásenie cez poskytovateľa (OAuth2): Gmail, Outlook.com, Yahoo a
# vlastné prihlásenie organizácie.

oauth-file-broken = Súbor poskytovateľa prihlásenia { $file } sa nedá použiť, a preto je vynechaný: { $details }
oauth-file-broken-line = Súbor poskytovateľa prihlásenia { $file } sa nedá použiť, a preto je vynechaný (riadok { $line }): { $details }
oauth-no-provider = Pre adresu { $address } nepoznáme prihlásenie cez poskytovateľa; použite heslo (alebo heslo pre aplikáciu).
oauth-no-client-id = Prihlásenie cez { $provider } nie je v tejto kópii Posty k dispozícii: ten, kto ju šíri, nezaregistroval u { $provider } aplikáciu. Použite heslo pre aplikáciu.
oauth-provider-gone = Poskytovateľ prihlásenia „{ $provider }“, ktorého toto konto používa, už na tomto počítači nie je nastavený.
oauth-opening = V prehliadači otváram prihlasovaciu stránku { $provider }. Ak sa neotvorí, otvorte si túto adresu sami:
oauth-no-browser = Prehliadač sa nepodarilo spustiť ({ $details }).
oauth-page-done = Ste prihlásení. Túto kartu môžete zavrieť a vrátiť sa do Posty.
oauth-page-failed = Prihlásenie sa nepodarilo. Zavrite túto kartu a vráťte sa do Posty, aby ste to skúsili znova.
oauth-signed-in = { $account }: prihlásené cez { $provider }.
oauth-sign-in-again = { $account }: prihlásenie vypršalo alebo bolo odvolané. Prihláste sa znova: posta account signin "{ $account }"
oauth-cancelled = Prihlásenie bolo zrušené.
oauth-timed-out = Prehliadač do 5 minút neposlal odpoveď, preto Posta prestala čakať. Skúste to znova.
oauth-forged = Odpoveď, ktorá prišla do Posty, nepochádza z tohto prihlásenia u { $provider }, preto bola odmietnutá. Skúste to znova.
oauth-failed = Prihlásenie cez { $provider } sa nepodarilo: { $details }
oauth-not-oauth = { $account } sa prihlasuje heslom. Ak sa chcete prihlasovať cez poskytovateľa: posta account edit "{ $account }" --oauth
oauth-switched-to-password = { $account } sa teraz prihlasuje heslom; prihlásenie cez poskytovateľa bolo zabudnuté.
oauth-protocol-disabled = { $account }: prihlásenie sa podarilo, ale poštový server ho pre tento protokol neprijíma. V Microsofte musí správca pre schránku zapnúť IMAP, POP alebo overený SMTP (chyba 5.7.139).
oauth-admin-consent = { $account }: správca organizácie musí Poste najprv povoliť čítať poštu.
oauth-login-method-password = heslo
oauth-login-method-oauth = prihlásenie cez { $provider }

cli-account-signin = Znova sa prihlásiť u poskytovateľa konta (otvorí prehliadač)
cli-account-signin--account = Konto (jeho názov alebo číslo)
cli-account-add--oauth = Prihlásiť sa u poskytovateľa (Google, Microsoft, …) v prehliadači namiesto hesla
cli-account-edit--oauth = Prepnúť konto na prihlasovanie cez poskytovateľa (otvorí prehliadač)
cli-account-edit--password = Prepnúť konto späť na heslo, načítané zo štandardného vstupu
cli-check--oauth = Prihlásiť sa u poskytovateľa v prehliadači namiesto hesla
