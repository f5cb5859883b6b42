# Provider hints shown by the wizard (keys start with provider-).

## What a provider asks of the user before a mail program can log in: shown
## by the wizard before the connection test and again when a login is
## refused, and by `posta detect` on stderr.
provider-hint-title = Преди проверката: { $provider }
provider-hint-visit = { $hint } ({ $url })
provider-hint-enable = { $provider } изисква първо да разрешите пощенските програми в уеб пощата.
provider-hint-enable-at = { $provider } изисква първо да разрешите пощенските програми: { $url }
provider-access-off = При { $provider } достъпът през IMAP е изключен, докато не го включите, затова отказаният вход обикновено означава, че още е изключен.
provider-hint-interia-pl = Interia: първо включете достъпа през IMAP. Влезте в poczta.interia.pl, отворете настройките и разрешете достъпа на пощенски програми (IMAP, POP3 и SMTP), после повторете проверката. Потребителското име е целият адрес.
provider-hint-o2-pl = o2: първо разрешете пощенските програми. Влезте в poczta.o2.pl, отворете настройките и в частта за пощенски програми включете IMAP или POP3.
provider-hint-wp-pl = WP: първо разрешете пощенските програми. Влезте в poczta.wp.pl, отворете настройките и в частта за пощенски програми включете IMAP или POP3.
provider-hint-googlemail-com = Gmail: използвайте парола за приложения, а не паролата за профила в Google. В профила си в Google отворете „Сигурност“, включете потвърждаването в две стъпки, създайте парола за приложения за Posta и я въведете тук.
provider-hint-yahoo-com = Yahoo: използвайте парола за приложения. В настройките за сигурност на профила в Yahoo изберете „Генериране на парола за приложения“ и я въведете тук.
provider-hint-me-com = iCloud: използвайте парола за конкретно приложение, създадена в account.apple.com („Вход и сигурност“), а не паролата за профила в Apple.
provider-hint-azet-sk = Azet: влезте с целия си адрес (име@azet.sk) и паролата за профила в Azet.

## Settings an administrator put in /etc/posta.
provider-source-etc = Настроено от вашата организация
provider-source-etc-body = Администраторът е настроил сървърите на { $provider } на този компютър.
provider-not-allowed = На този компютър Posta настройва само профили на вашата организация. Попитайте администратора дали да добави { $domain }.
provider-etc-broken-line = { $file }, ред { $line }: { $details }. Posta пропуска този файл, докато не бъде поправен.
provider-etc-broken = { $file }: { $details }. Posta пропуска този файл, докато не бъде поправен.

## posta detect
provider-detect-invalid = „{ $address }“ не е имейл адрес.
provider-detect-none = Не бяха намерени пощенски сървъри за { $address }.
provider-detect-none-bundled = Нито списъкът с доставчици на Posta, нито /etc/posta/providers познава { $domain }. Изпълнете командата без --bundled-only, за да попита мрежата.
