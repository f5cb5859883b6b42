# Вход чрез доставчика (OAuth2): Gmail, Outlook.com, Yahoo и собственият
# вход на организацията.

oauth-file-broken = Файлът на доставчик за вход { $file } не може да се използва и е пропуснат: { $details }
oauth-file-broken-line = Файлът на доставчик за вход { $file } не може да се използва и е пропуснат (ред { $line }): { $details }
oauth-no-provider = За { $address } не е известен вход чрез доставчика; използвайте парола (или парола за приложение).
oauth-no-client-id = Входът чрез { $provider } не е достъпен в това копие на Posta: който го разпространява, не е регистрирал приложение при { $provider }. Използвайте парола за приложение.
oauth-provider-gone = Доставчикът за вход „{ $provider }“, който този акаунт използва, вече не е настроен на този компютър.
oauth-opening = Отварям страницата за вход на { $provider } в браузъра. Ако не се отвори, отворете сами този адрес:
oauth-no-browser = Браузърът не можа да бъде стартиран ({ $details }).
oauth-page-done = Влязохте. Можете да затворите този раздел и да се върнете в Posta.
oauth-page-failed = Входът не успя. Затворете този раздел и се върнете в Posta, за да опитате отново.
oauth-signed-in = { $account }: влязохте чрез { $provider }.
oauth-sign-in-again = { $account }: входът е изтекъл или е оттеглен. Влезте отново: posta account signin "{ $account }"
oauth-cancelled = Входът беше отменен.
oauth-timed-out = Браузърът не върна отговор в рамките на 5 минути, затова Posta спря да чака. Опитайте отново.
oauth-forged = Отговорът, който стигна до Posta, не идва от този вход в { $provider }, затова беше отхвърлен. Опитайте отново.
oauth-failed = Входът чрез { $provider } не успя: { $details }
oauth-not-oauth = { $account } влиза с парола. За да влиза чрез доставчика: posta account edit "{ $account }" --oauth
oauth-switched-to-password = { $account } вече влиза с парола; входът чрез доставчика е забравен.
oauth-protocol-disabled = { $account }: входът успя, но пощенският сървър не го приема за този протокол. При Microsoft администраторът трябва да включи IMAP, POP или SMTP с удостоверяване за пощенската кутия (грешка 5.7.139).
oauth-admin-consent = { $account }: администраторът на организацията първо трябва да разреши на Posta да чете пощата.
oauth-login-method-password = парола
oauth-login-method-oauth = вход чрез { $provider }

cli-account-signin = Влизане отново при доставчика на акаунта (отваря браузъра)
cli-account-signin--account = Акаунтът (името или номерът му)
cli-account-add--oauth = Вход при доставчика (Google, Microsoft, …) в браузъра вместо с парола
cli-account-edit--oauth = Превключване на акаунта към вход чрез доставчика (отваря браузъра)
cli-account-edit--password = Превключване на акаунта обратно към парола, прочетена от стандартния вход
cli-check--oauth = Вход при доставчика в браузъра вместо с парола
