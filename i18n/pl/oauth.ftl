# Logowanie przez dostawcę (OAuth2): Gmail, Outlook.com, Yahoo i własne
# logowanie organizacji.

oauth-file-broken = Pliku dostawcy logowania { $file } nie da się użyć, więc został pominięty: { $details }
oauth-file-broken-line = Pliku dostawcy logowania { $file } nie da się użyć, więc został pominięty (wiersz { $line }): { $details }
oauth-no-provider = Dla adresu { $address } nie ma znanego logowania przez dostawcę; użyj hasła (albo hasła do aplikacji).
oauth-no-client-id = Logowanie przez { $provider } nie jest dostępne w tej kopii Posty: ten, kto ją rozpowszechnia, nie zarejestrował aplikacji u { $provider }. Użyj hasła do aplikacji.
oauth-provider-gone = Dostawca logowania „{ $provider }”, z którego korzysta to konto, nie jest już skonfigurowany na tym komputerze.
oauth-opening = Otwieram w przeglądarce stronę logowania { $provider }. Jeśli się nie otworzy, otwórz sam ten adres:
oauth-no-browser = Nie udało się uruchomić przeglądarki ({ $details }).
oauth-page-done = Zalogowano. Możesz zamknąć tę kartę i wrócić do Posty.
oauth-page-failed = Logowanie się nie udało. Zamknij tę kartę i wróć do Posty, by spróbować jeszcze raz.
oauth-signed-in = { $account }: zalogowano przez { $provider }.
oauth-sign-in-again = { $account }: logowanie wygasło albo zostało cofnięte. Zaloguj się ponownie: posta account signin "{ $account }"
oauth-cancelled = Logowanie zostało anulowane.
oauth-timed-out = Przez 5 minut przeglądarka nie przysłała odpowiedzi, więc Posta przestała czekać. Spróbuj jeszcze raz.
oauth-forged = Odpowiedź, która dotarła do Posty, nie pochodzi z tego logowania w { $provider }, więc została odrzucona. Spróbuj jeszcze raz.
oauth-failed = Logowanie przez { $provider } się nie udało: { $details }
oauth-not-oauth = { $account } loguje się hasłem. Aby logować się przez dostawcę: posta account edit "{ $account }" --oauth
oauth-switched-to-password = { $account } loguje się teraz hasłem; logowanie przez dostawcę zostało zapomniane.
oauth-protocol-disabled = { $account }: logowanie się udało, ale serwer poczty nie przyjmuje go dla tego protokołu. W Microsofcie administrator musi włączyć dla skrzynki IMAP, POP albo uwierzytelniony SMTP (błąd 5.7.139).
oauth-admin-consent = { $account }: administrator organizacji musi najpierw zezwolić Poście na czytanie poczty.
oauth-login-method-password = hasło
oauth-login-method-oauth = logowanie przez { $provider }

cli-account-signin = Zaloguj się ponownie u dostawcy konta (otwiera przeglądarkę)
cli-account-signin--account = Konto (jego nazwa albo numer)
cli-account-add--oauth = Zaloguj się u dostawcy (Google, Microsoft, …) w przeglądarce zamiast hasła
cli-account-edit--oauth = Przełącz konto na logowanie przez dostawcę (otwiera przeglądarkę)
cli-account-edit--password = Przełącz konto z powrotem na hasło, czytane ze standardowego wejścia
cli-check--oauth = Zaloguj się u dostawcy w przeglądarce zamiast hasłem
