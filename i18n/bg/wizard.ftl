## The setup wizard (wizard-*): explains POP3 and IMAP, finds or asks for the
## server settings, tests them and saves the account.

## The frame around every page

# $step (number), $total (number)
wizard-step-counter = Стъпка { $step } от { $total }
wizard-back = Назад
wizard-cancel = Прекратяване на настройката
wizard-continue = Напред

## Names that are the same in every language (kept here so translators can
## adapt the spelling if their users expect another one)

wizard-imap = IMAP
wizard-pop3 = POP3
wizard-smtp = SMTP
wizard-security-tls = SSL/TLS
wizard-security-starttls = STARTTLS
wizard-security-none = Без шифроване

## Welcome

wizard-welcome-title = Добре дошли в Posta
wizard-welcome-lead = Нека настроим пощенския Ви акаунт. Ще отнеме минута-две.
wizard-welcome-intro = Posta получава и изпраща пощата Ви през сървърите на доставчика Ви на поща – точно както пощенското приложение на телефона или уеб пощата, която може би вече ползвате. Трябва ѝ само да знае как да се свърже с тях, а повечето от това ще открие сама.
wizard-welcome-steps = Какво следва
wizard-welcome-step-protocol = Ще изберете как Posta да получава пощата Ви: чрез IMAP или чрез POP3. Разликата е обяснена с прости думи.
wizard-welcome-step-details = Ще въведете името си, имейл адреса и паролата си.
wizard-welcome-step-detect = Posta ще потърси настройките на сървърите на доставчика Ви. Можете да ги проверите или да ги въведете сами.
wizard-welcome-step-test = Posta ще влезе веднъж, за да се увери, че всичко работи, и едва тогава ще запази акаунта.
wizard-welcome-privacy = Паролата Ви се пази в системното хранилище за пароли, никога във файловете на Posta.
wizard-welcome-start = Начало

## How should Posta get your mail? IMAP and POP3 side by side

wizard-protocol-title = Как Posta да получава пощата Ви?
wizard-protocol-lead = Пощенските програми се свързват с доставчика по един от два начина. Posta работи и с двата; разликата е в това къде се съхранява пощата Ви. За повечето хора IMAP е по-добрият избор.
wizard-compare-choose = Изберете:
wizard-choose-imap = IMAP (препоръчително)
wizard-choose-pop3 = POP3

wizard-compare-where = Къде се съхранява пощата
wizard-compare-where-imap = На сървъра на доставчика. Posta я показва и пази копие от прочетеното, така че можете да го четете и без интернет.
wizard-compare-where-pop3 = На този компютър. Posta изтегля новите писма, а копието на сървъра остава или се изтрива – според избора Ви в следващата стъпка.

wizard-compare-devices = Телефон и лаптоп
wizard-compare-devices-imap = Всички устройства виждат една и съща пощенска кутия. Ако прочетете, изтриете или преместите писмо на телефона, то е прочетено, изтрито или преместено и на лаптопа.
wizard-compare-devices-pop3 = Всяко устройство изтегля свое копие и нищо не се синхронизира. Писмо, изтрито от сървъра от едно устройство, не стига до другите. Най-подходящо, ако четете пощата си само на един компютър.

wizard-compare-offline = Четене без интернет
wizard-compare-offline-imap = Отворените писма (или всички, ако включите изтеглянето им) могат да се четат без връзка. Промените се изпращат към сървъра, когато отново сте онлайн.
wizard-compare-offline-pop3 = Всичко изтеглено може да се чете без връзка. Интернет е нужен само за получаване на нова поща и за изпращане.

wizard-compare-sent = Изпратени писма
wizard-compare-sent-imap = Записват се в папка „Изпратени“ на сървъра, така че ги виждате на всяко устройство.
wizard-compare-sent-pop3 = Остават само на компютъра, от който са изпратени.

wizard-compare-state = Прочетено и отговорено
wizard-compare-state-imap = Пази се на сървъра: другите Ви устройства, както и хората, с които споделяте кутията, виждат кое е прочетено и на кое е отговорено.
wizard-compare-state-pop3 = Знае го само този компютър. На другите устройства всяко писмо изглежда ново.

wizard-compare-folders = Папки и споделяне
wizard-compare-folders-imap = Папките са на сървъра и навсякъде изглеждат еднакво. Ако доставчикът позволява, можете да споделяте папки с други хора.
wizard-compare-folders-pop3 = От сървъра идва само папка „Входящи“. Другите папки съществуват само на този компютър и нищо не може да се споделя.

wizard-compare-tags = Цветни етикети
wizard-compare-tags-imap = Пазят се на сървъра, ако той позволява, така че ги виждат и други програми, например Thunderbird.
wizard-compare-tags-pop3 = Само на този компютър.

wizard-compare-quota = Място на сървъра
wizard-compare-quota-imap = Цялата поща се брои към обема на пощенската кутия. Когато тя се препълни, новите писма може да бъдат отказвани – затова от време на време изтривайте или архивирайте стара поща.
wizard-compare-quota-pop3 = Кутията на сървъра се изпразва, докато пощата се изтегля и изтрива там, затова рядко се препълва – освен ако не оставяте копия на сървъра.

wizard-compare-interrupted = Когато връзката прекъсне
wizard-compare-interrupted-imap = Нищо не се губи: Posta продължава оттам, докъдето е стигнала. Първо идва списъкът с писма; текстът и прикачените файлове се изтеглят, когато отворите писмото.
wizard-compare-interrupted-pop3 = Posta помни какво вече е изтеглила и продължава с останалото (по-старите програми започваха отначало). Голямо писмо все пак трябва да се изтегли изцяло, преди да можете да го прочетете.

wizard-compare-connections = Няколко устройства едновременно
wizard-compare-connections-imap = Едновременно могат да бъдат свързани колкото искате устройства и хора.
wizard-compare-connections-pop3 = Обикновено само по една връзка: докато едно устройство изтегля, друго може да получи съобщение, че кутията е заета. Не е подходящ за споделена пощенска кутия.

wizard-compare-speed = Бързина
wizard-compare-speed-imap = Списъкът с писма се появява бързо; писмо, което не сте отваряли, изисква миг връзка. При много големи кутии сървърът работи по-бавно.
wizard-compare-speed-pop3 = След изтеглянето всичко е на този компютър и работи бързо. Първото изтегляне на голяма кутия отнема време.

wizard-compare-note = Ако не сте сигурни, изберете IMAP: пощата остава на сървъра, така че нищо не се губи, ако този компютър се повреди, а по всяко време можете да започнете да ползвате още едно устройство.

## POP3: what happens to the server's copy

wizard-keep-title = Какво да става с копието на сървъра?
wizard-keep-lead = При POP3 Posta изтегля всяко ново писмо на този компютър. Изберете какво да става след това с копието му на сървъра на доставчика.
wizard-keep-keep = Оставяне на копие на сървъра
wizard-keep-keep-means = Телефонът, другите компютри и уеб пощата продължават да виждат всяко писмо. Кутията на сървъра расте, докато не изтриете поща в нея; когато се препълни, новите писма може да бъдат отказвани.
wizard-keep-days = Изтриване от сървъра след
wizard-keep-days-unit = дни
wizard-keep-days-means = Другите Ви устройства имат толкова дни, за да изтеглят всяко писмо, а кутията на сървъра не се препълва.
wizard-keep-until-deleted = Изтриване от сървъра, когато го изтрия тук
wizard-keep-until-deleted-means = На сървъра остава това, което пазите Вие. Писмо, изтрито в Posta, изчезва от сървъра при следващата проверка за поща.
wizard-keep-delete = Изтриване от сървъра веднага след изтеглянето
wizard-keep-delete-means = Тогава всяко писмо съществува само на този компютър. Телефонът, другите компютри и уеб пощата няма да го видят, а ако дискът на компютъра се повреди и нямате резервно копие, пощата е изгубена.
wizard-keep-days-invalid = Въведете брой дни от 1 до 3650.
wizard-keep-safe-title = Posta не изтрива нищо, преди копието Ви да е на сигурно място
wizard-keep-safe = Писмото се премахва от сървъра едва след като е записано на диска на този компютър.
# $days (number)
wizard-keep-provider-days =
    { $days ->
        [one] Доставчикът Ви препоръчва копието да остава на сървъра { $days } ден.
       *[other] Доставчикът Ви препоръчва копието да остава на сървъра { $days } дни.
    }
wizard-keep-provider-keep = Доставчикът Ви препоръчва да оставяте копие на сървъра.
wizard-keep-provider-delete = Доставчикът Ви препоръчва копието на сървъра да се изтрива след изтеглянето.

## Your details

wizard-details-title = Вашите данни
wizard-details-lead = Използвайте адреса и паролата, с които влизате в уеб пощата на доставчика си.
wizard-name = Вашето име
wizard-name-placeholder = напр. Мария Иванова
wizard-name-help = Виждат го хората, на които пишете.
wizard-email = Имейл адрес
wizard-email-placeholder = vie@primer.bg
wizard-email-invalid = Това още не е имейл адрес: нужни са име, знак @ и домейн, например maria@primer.bg.
wizard-password = Парола
wizard-password-placeholder = Паролата за пощата
wizard-password-show = Показване на паролата
wizard-password-help = Ако доставчикът Ви използва потвърждаване в две стъпки, вместо обичайната парола може да Ви трябва парола за приложение, създадена на сайта му.
wizard-why-email = Въведете имейл адреса си, за да бъдат намерени настройките му.
wizard-why-password = Въведете паролата си, за да продължите.
wizard-details-find = Намиране на настройките

## Detection

wizard-detect-title = Търсене на настройките
# $domain (text): the part of the address after the @.
wizard-detect-lead = Posta търси сървърите за { $domain }. Обикновено това отнема няколко секунди.
wizard-detect-step-list = Списъкът на Posta с известни доставчици
wizard-detect-step-autoconfig = Настройки, публикувани от доставчика Ви
wizard-detect-step-well-known = Настройки, публикувани на сайта на домейна Ви
wizard-detect-step-mx = Доставчикът, който получава пощата на домейна Ви
wizard-detect-step-srv = Имена на сървъри в DNS записите на домейна Ви
wizard-detect-step-probe = Проверка на обичайните имена на сървъри
wizard-detect-waiting = Изчаква
wizard-detect-running = Проверява се…
wizard-detect-found = Намерено
wizard-detect-nothing = Няма нищо
wizard-detect-skipped = Не е нужно
wizard-detect-privacy = Изпраща се само името на домейна Ви – а към страницата с настройки на доставчика и адресът Ви. Паролата не се използва до проверката на връзката.
wizard-detect-stop = Спиране и ръчно въвеждане

## Review or manual settings

wizard-review-title = Проверете настройките на сървърите
wizard-review-lead = Posta ще провери тези настройки, преди да запази каквото и да било. Променете ги, ако страниците за помощ на доставчика Ви посочват други.
wizard-review-incoming = Входяща поща
wizard-review-outgoing = Изходяща поща (SMTP)
wizard-review-outgoing-help = Използва се за изпращане на писмата Ви.
wizard-review-outgoing-later = Още няма изходящ сървър: можете да четете пощата си веднага, а изпращането да настроите по-късно в Настройки.
# $port (text, e.g. "143"), $expected (text: SSL/TLS or STARTTLS).
wizard-mismatch-title = Порт { $port } очаква { $expected } — да се превключи ли?
# $chosen (text), $expected (text): kinds of security.
wizard-mismatch-why = Този порт обикновено се използва с { $expected }, а е избрано { $chosen }, така че връзката най-вероятно няма да успее.
# $security (text: SSL/TLS or STARTTLS).
wizard-mismatch-switch = Превключване на { $security }
# After SSL/TLS failed on a port Posta does not know. $expected (text).
wizard-mismatch-plain-title = Да се опита ли { $expected }?
# $chosen (text), $expected (text): kinds of security.
wizard-mismatch-plain-why = Сървърът не установи защитена връзка чрез { $chosen }. Много сървъри очакват { $expected } на такъв порт: връзката започва нешифрована и се шифрова, преди да бъде изпратена паролата.
wizard-why-host = Въведете името на сървъра за входяща поща, за да проверите връзката.
wizard-why-port = Въведете порта на сървъра за входяща поща – число от 1 до 65535.
wizard-why-user = Въведете потребителското име за сървъра за входяща поща.
wizard-why-smtp = Въведете името и порта на изходящия сървър или оставете името празно, за да настроите изпращането по-късно.
wizard-why-smtp-user = Въведете потребителското име за изходящия сървър или оставете името му празно, за да настроите изпращането по-късно.
wizard-why-insecure = Отметнете по-горе „Разбирам рисковете“, за да проверите нешифрована връзка.
wizard-why-keep-days = Въведете след колко дни (от 1 до 3650) да се изтрива копието на сървъра.
wizard-review-protocol = Протокол
wizard-review-host = Сървър
wizard-review-port = Порт
wizard-review-security = Защита
wizard-review-user = Потребителско име
wizard-review-test = Проверка на връзката
# A port preset button. $port (text, e.g. "993"), $protocol (text: IMAP,
# POP3 or SMTP), $security (text: SSL/TLS or STARTTLS).
wizard-preset = { $port } · { $protocol } · { $security }

wizard-source-list = Намерено в списъка с доставчици на Posta
# $provider (text): the provider's name, e.g. "Poczta Wirtualna Polska".
wizard-source-list-body = Това са публикуваните настройки на { $provider }.
wizard-source-published = Публикувано от доставчика Ви
# $url (text): the address the settings were read from.
wizard-source-published-body = Posta ги прочете от { $url }.
# $domain (text)
wizard-source-srv-body = DNS записите на { $domain } посочват пощенските му сървъри.
wizard-source-mx = Намерено чрез доставчика, който получава пощата Ви
# $domain (text), $host (text): its MX host, $provider (text): the provider's name.
wizard-source-mx-body = Пощата за { $domain } се получава от { $host }, който принадлежи на { $provider }. Това са публикуваните настройки на { $provider }.
wizard-source-guess = Предположение – моля, проверете
wizard-source-guess-body = Тези сървъри отговориха на обичайните имена и портове, но доставчикът Ви не публикува настройките си. Сравнете ги със страниците за помощ на доставчика, преди да продължите.
wizard-source-none = Posta не намери настройките Ви
# $domain (text), $protocol (text: IMAP or POP3)
wizard-source-none-body = За { $domain } не е публикувано нищо и никой сървър не отговори на обичайните имена. Въведете настройките от страниците за помощ на доставчика си – потърсете „настройки за { $protocol }“ или „настройки на пощенски клиент“.
wizard-source-manual = Въведете настройките си
# $protocol (text: IMAP or POP3)
wizard-source-manual-body = Препишете ги от страниците за помощ на доставчика си – потърсете „настройки за { $protocol }“ или „настройки на пощенски клиент“.
wizard-source-oauth = Този доставчик позволява на пощенските програми да влизат само през собствената си уеб страница (OAuth2), а Posta още не умее това, затова проверката най-вероятно ще е неуспешна. Ако доставчикът предлага пароли за приложения, създайте такава на сайта му и я използвайте като парола.
# $chosen (text), $offered (text): protocol names, IMAP or POP3.
wizard-source-switched = Доставчикът Ви не предлага { $chosen }, затова Posta ще използва { $offered }.

wizard-insecure-title = Тази връзка няма да бъде шифрована
wizard-insecure-why = Паролата Ви и всяко писмо ще минават през мрежата като обикновен текст. Всеки в същата Wi-Fi мрежа, при доставчика Ви на интернет или по пътя би могъл да ги прочете или да поеме контрола над пощенската Ви кутия. Изберете SSL/TLS или STARTTLS, освен ако доставчикът Ви не предлага нито едното, нито другото.
wizard-insecure-accept = Разбирам рисковете и искам нешифрована връзка

## Connection test

wizard-test-title = Проверка на връзката
wizard-test-title-ok = Работи
wizard-test-title-failed = Нещо трябва да се поправи
wizard-test-title-receive-only = Получаването работи, изпращането още не
wizard-test-lead = Posta влиза веднъж в сървърите на доставчика, за да провери. Нито едно писмо не се изпраща, изтегля или изтрива.
# $protocol (text: IMAP or POP3), $host (text), $port (text, e.g. "993"),
# $security (text: SSL/TLS, STARTTLS or unencrypted).
wizard-test-incoming = Входяща: { $protocol } на { $host }, порт { $port }, { $security }
# $host (text), $port (text), $security (text)
wizard-test-outgoing = Изходяща: SMTP на { $host }, порт { $port }, { $security }
wizard-test-running = Свързване…
wizard-test-cert-decide = Posta не влезе: първо решете по-горе дали имате доверие на сертификата на сървъра.
wizard-test-incoming-ok-imap = Връзката е установена и влизането е успешно. Пощенската Ви кутия предлага:
wizard-test-incoming-ok-pop3 = Връзката е установена и влизането е успешно.
wizard-test-outgoing-ok = Защитена връзка; сървърът прие данните Ви за вход.
wizard-test-outgoing-ok-no-login = Защитена връзка; сървърът не поиска вход.
wizard-test-outgoing-later = Можете все пак да запазите акаунта и да четете пощата си; изпращането ще работи, когато настройките на изходящия сървър са верни.
wizard-test-outgoing-none = Изходяща: още не е настроена
wizard-test-outgoing-skipped = Изпращането е оставено за по-късно; можете да добавите изходящия сървър по всяко време в Настройки.
wizard-test-retry = Нов опит
wizard-test-save = Запазване на акаунта

wizard-cert-title = Имате ли доверие на този сертификат?
wizard-cert-host = Сървър
wizard-cert-subject = Издаден за
wizard-cert-issuer = Издаден от
# $issuer (text): the issuer's name.
wizard-cert-self-signed = { $issuer } (подписан от самия себе си)
wizard-cert-validity = Валиден
# $from (text), $until (text): dates, already written the local way.
wizard-cert-valid-range = от { $from } до { $until }
wizard-cert-fingerprint = Отпечатък (SHA-256)
wizard-cert-advice = Доверете му се само ако доставчикът Ви потвърди този отпечатък, например на страниците си за помощ или по телефона. Тогава Posta ще приема точно този сертификат, само за този акаунт, и ще Ви предупреди, ако някога се промени.
wizard-cert-trust = Доверие за този акаунт
wizard-cert-distrust = Без доверие
wizard-cert-refused = Posta няма да се свърже с този сървър. Проверете името на сървъра или попитайте доставчика си какъв сертификат използва сървърът му.
wizard-cert-second = Този сертификат е на сървъра за изходяща поща и се различава от вече одобрения сертификат на сървъра за входяща поща. Проверете и неговия отпечатък, преди да му се доверите.

## Saving

wizard-save-title = Запазване на акаунта
wizard-save-busy = Настройките се запазват, а паролата се поставя в хранилището за пароли…
wizard-save-done-title = Готово
# $email (text)
wizard-save-done = Акаунтът { $email } е готов
wizard-save-done-settings = Можете да промените настройките на акаунта по всяко време в Настройки.
# The name of an account whose address another account already has.
# $email (text), $protocol (text: IMAP or POP3), $host (text): the incoming server.
wizard-account-name-twin = { $email } ({ $protocol }, { $host })
# $name (text), $number (number): 2, 3…
wizard-account-name-numbered = { $name } { $number }
wizard-save-done-keyring = Паролата Ви е в системното хранилище за пароли.
wizard-save-done-session = Паролата Ви се пази в паметта, докато не затворите Posta; следващия път ще трябва да я въведете отново.
wizard-save-open = Към пощата
wizard-save-failed = Акаунтът не можа да бъде запазен

wizard-keyring-unavailable = Няма достъпно хранилище за пароли
wizard-keyring-unavailable-why = Posta пази паролите само в системното хранилище за пароли (например GNOME Keyring или KWallet), а в тази сесия не работи нито едно.
wizard-keyring-locked = Хранилището за пароли е заключено
wizard-keyring-locked-why = Системното хранилище за пароли е заключено и не беше отключено. Отключете го (обикновено с паролата, с която влизате в компютъра) и опитайте отново.
wizard-keyring-failed = Хранилището за пароли не прие паролата
# $details (text): the keyring's own words.
wizard-keyring-failed-why = Хранилището за пароли съобщи: { $details }
wizard-keyring-session-explained = Posta никога не записва паролата Ви в собствените си файлове. Можете да я оставите в паметта, докато не затворите Posta; следващия път ще трябва да я въведете отново.
wizard-keyring-session = Пазене само за тази сесия
wizard-keyring-retry = Нов опит с хранилището

## The accounts on the home screen

wizard-home-accounts = Вашите акаунти
# $email (text), $protocol (text: IMAP or POP3), $host (text)
wizard-home-account-line = { $email } – { $protocol }, { $host }
wizard-home-session-only = (паролата е само за тази сесия)
wizard-home-add-first = Добавяне на пощенски акаунт
wizard-home-add = Добавяне на още един акаунт
