# Помощта на командния ред (`posta --help`, `posta КОМАНДА --help`) и думите,
# които clap, анализаторът на аргументи, иначе би писал на английски.
#
# Ключове: описанието на команда е `cli-<път>` (имената на подкомандите,
# съединени с `-`, коренът `cli-posta`); помощта за опция или аргумент е
# `cli-<път>--<id>`. Имената на опциите, МЕТАПРОМЕНЛИВИТЕ с главни букви и
# стойностите в `обратни апострофи` се въвеждат от потребителя и остават.

## clap's own parts

cli-heading-usage = Употреба
cli-heading-commands = Команди
cli-heading-arguments = Аргументи
cli-heading-options = Опции
cli-value-command = КОМАНДА
cli-value-options = ОПЦИИ
cli-help-flag = Показва помощта
cli-help-flag-more = Показва помощта (повече: '--help')
cli-help-flag-summary = Показва помощта (накратко: '-h')
cli-version-flag = Показва версията
cli-help-command = Показва тази помощ или помощта за дадените команди
cli-help-command--subcommand = Командите, чиято помощ да се покаже
cli-default-value = [по подразбиране: { $value }]

## Mistakes on the command line

cli-error-prefix = грешка:
cli-error-tip = съвет:
cli-error-more = Повече информация: '{ $flag }'.
cli-error-unknown-argument = неочакван аргумент '{ $arg }'
cli-error-unknown-command = непозната команда '{ $command }'
cli-error-missing-value = '{ $arg }' изисква стойност, но не е дадена
cli-error-invalid-value = невалидна стойност '{ $value }' за '{ $arg }'
cli-possible-values = [възможни стойности: { $values }]
cli-error-missing-required = липсват задължителни аргументи:
cli-error-missing-command = '{ $command }' изисква команда, но не е дадена; една от:
cli-error-used-twice = аргументът '{ $arg }' не може да се дава повече от веднъж
cli-error-conflict = аргументът '{ $arg }' не може да се използва заедно с '{ $other }'
cli-error-conflict-some = аргументът '{ $arg }' не може да се използва заедно с някой от другите дадени аргументи
cli-error-no-equals = стойността за '{ $arg }' трябва да се даде след знак за равенство
cli-error-too-many-values = неочаквана стойност '{ $value }' за '{ $arg }'; повече стойности не се приемат
cli-error-too-few-values =
    { $count ->
        [one] '{ $arg }' изисква { $count } стойност; дадени са само { $given }
       *[other] '{ $arg }' изисква { $count } стойности; дадени са само { $given }
    }
cli-error-wrong-number-of-values =
    { $count ->
        [one] '{ $arg }' изисква { $count } стойност, а са дадени { $given }
       *[other] '{ $arg }' изисква { $count } стойности, а са дадени { $given }
    }
cli-error-invalid-utf8 = един от аргументите не е валиден текст в UTF-8
cli-error-other = командният ред не може да бъде разбран
cli-error-not-a-number = това не е цяло число
cli-error-number-too-big = числото е твърде голямо
cli-error-number-range = числото трябва да е от { $low } до { $high }
cli-error-number-at-least = числото трябва да е поне { $low }
cli-error-similar-command =
    { $count ->
        [one] има подобна команда: { $similar }
       *[other] има подобни команди: { $similar }
    }
cli-error-similar-argument =
    { $count ->
        [one] има подобен аргумент: { $similar }
       *[other] има подобни аргументи: { $similar }
    }
cli-error-similar-value =
    { $count ->
        [one] има подобна стойност: { $similar }
       *[other] има подобни стойности: { $similar }
    }
cli-error-tip-pass-as-value = за да дадете '{ $given }' като стойност, напишете '{ $instead }'
cli-error-tip-remove-dashes = командата '{ $command }' съществува; за да я използвате, махнете '--' пред нея
cli-error-tip-exists = има '{ $similar }'

## Other sentences of the binary

cli-window-failed = Прозорецът не можа да бъде отворен: { $details }

## Values the options refuse

cli-value-security = използвайте tls, starttls или none
cli-value-size = използвайте байтове или число с K, M или G
cli-value-keep-copy = използвайте keep, days:N, until-deleted или delete
cli-value-switch = използвайте on или off

## The commands

cli-posta = Posta, пощенски клиент за IMAP и POP3

cli-check = Проверява връзката със сървър за входяща поща и показва какво предлага той
cli-check--protocol = `imap` или `pop3`
cli-check--host = Име на хоста на сървъра
cli-check--port = Порт на сървъра (993/143 IMAP, 995/110 POP3)
cli-check--security = `tls`, `starttls` или `none` (при none паролата се изпраща некриптирана)
cli-check--user = Потребителско име
cli-check--password-stdin = Чете паролата от стандартния вход (никога от аргумент на командния ред, който другите потребители на компютъра виждат)
cli-check--ca-file = Допълнителен удостоверяващ орган, на който да се има доверие (файл PEM)
cli-check--fingerprint = Приема сертификата на сървъра с този отпечатък SHA-256
cli-check--timeout = Колко секунди да се чака всяка стъпка по мрежата

cli-account = Добавя пощенски акаунти и ги изброява

cli-account-add = Добавя пощенски акаунт: настройките в config.toml, паролата в хранилището за пароли
cli-account-add--name = Име на акаунта (уникално)
cli-account-add--email = Имейл адресът
cli-account-add--display-name = Името, което получателите виждат; по подразбиране празно
cli-account-add--protocol = `imap` или `pop3`
cli-account-add--host = Име на хоста на сървъра за входяща поща
cli-account-add--port = Порт на сървъра за входяща поща; по подразбиране 993/143 за IMAP, 995/110 за POP3 (с TLS / без)
cli-account-add--security = `tls`, `starttls` или `none` (при none паролата се изпраща некриптирана)
cli-account-add--user = Потребителско име; по подразбиране имейл адресът
cli-account-add--password-stdin = Чете паролата от стандартния вход и я пази в хранилището за пароли. Без тази опция парола не се запазва и трябва всеки път да се подава на `posta sync --password-stdin` (за компютри без хранилище за пароли)
cli-account-add--ca-file = Допълнителен удостоверяващ орган, на който да се има доверие (файл PEM)
cli-account-add--keep-copy = POP3: `keep` (по подразбиране), `days:N`, `until-deleted` или `delete` (веднага след изтегляне)
cli-account-add--max-download-size = POP3: по-големите писма остават на сървъра (в байтове; K, M или G за KiB, MiB, GiB)
cli-account-add--download-bodies = IMAP: изтегля и съдържанието на писмата, за четене без мрежа

cli-account-list = Изброява акаунтите

cli-account-edit = Променя настройките на акаунт; настройките на сървъра се проверяват, преди да бъдат запазени (освен с --no-check)
cli-account-edit--account = Акаунтът (името или номерът му)
cli-account-edit--name = Ново име на акаунта
cli-account-edit--email = Имейл адресът
cli-account-edit--display-name = Името, което получателите виждат
cli-account-edit--host = Име на хоста на сървъра за входяща поща
cli-account-edit--port = Порт на сървъра за входяща поща (промяна на --security задава обичайния порт)
cli-account-edit--security = `tls`, `starttls` или `none` (при none паролата се изпраща некриптирана)
cli-account-edit--user = Потребителско име
cli-account-edit--ca-file = Допълнителен удостоверяващ орган, на който да се има доверие (файл PEM)
cli-account-edit--no-ca-file = Спира доверието към допълнителния удостоверяващ орган
cli-account-edit--forget-fingerprint = Забравя приетия за този акаунт сертификат (Posta ще пита за него отново, ако не е доверен по друг начин)
cli-account-edit--keep-copy = POP3: `keep`, `days:N`, `until-deleted` или `delete` (веднага след изтегляне)
cli-account-edit--max-download-size = POP3: по-големите писма остават на сървъра (в байтове; K, M или G) или `none` без ограничение
cli-account-edit--download-bodies = IMAP: изтегля съдържанието на писмата, за четене без мрежа
cli-account-edit--check-interval = Колко често всяка папка се проверява за промени (в секунди)
cli-account-edit--smtp-host = Име на хоста на сървъра за изходяща поща
cli-account-edit--smtp-port = Порт на сървъра за изходяща поща
cli-account-edit--smtp-security = Защита на сървъра за изходяща поща: `tls`, `starttls` или `none`
cli-account-edit--smtp-user = Потребителско име за сървъра за изходяща поща
cli-account-edit--color = Цветът на акаунта в дървото с папки (`#rrggbb`) или `none`
cli-account-edit--no-check = Запазва, без да проверява сървърите
cli-account-edit--yes = Разрешава промяна, която трие поща от сървъра
cli-account-edit--timeout = Колко секунди да се чака всяка стъпка от проверката по мрежата

cli-account-password = Дава на акаунт нова парола (от стандартния вход): тя се проверява с истинско влизане и едва тогава заменя паролата в хранилището
cli-account-password--account = Акаунтът (името или номерът му)
cli-account-password--password-stdin = Чете новата парола от стандартния вход (никога от аргумент, който другите потребители на компютъра виждат)
cli-account-password--timeout = Колко секунди да се чака всяка стъпка от проверката по мрежата

cli-account-remove = Премахва акаунт: локалната му поща (освен с --keep-local-mail), чакащите промени и записа в хранилището за пароли. Пощата на сървъра не се докосва
cli-account-remove--account = Акаунтът (името или номерът му)
cli-account-remove--keep-local-mail = Запазва изтеглената поща на този компютър като локални папки

cli-account-switch-to-imap = Премества POP3 акаунт към IMAP: качва локалната му поща, папки, флагове и етикети, после го синхронизира като IMAP (може да се прекъсне и пусне отново)
cli-account-switch-to-imap--name = POP3 акаунтът (името или номерът му)
cli-account-switch-to-imap--host = IMAP сървърът; ако не е даден, се намира от POP3 сървъра и списъка с доставчици
cli-account-switch-to-imap--port = IMAP портът (ако не е даден: 993 с TLS, иначе 143)
cli-account-switch-to-imap--security = `tls`, `starttls` или `none`
cli-account-switch-to-imap--user = Потребителското име за IMAP (ако не е дадено, същото като за POP3)
cli-account-switch-to-imap--password-stdin = Чете паролата от стандартния вход вместо от хранилището за пароли
cli-account-switch-to-imap--timeout = Колко секунди да се чака всяка стъпка по мрежата

cli-sync = Изтегля новата поща (на всички акаунти или на един); напредъкът на стандартния изход за грешки, обобщение за всеки акаунт на стандартния изход
cli-sync--account = Само този акаунт (името или номерът му); иначе всички акаунти
cli-sync--password-stdin = Чете паролата от стандартния вход вместо от хранилището за пароли (за скриптове и компютри без хранилище); използва се за всеки синхронизиран акаунт
cli-sync--timeout = Колко секунди да се чака всяка стъпка по мрежата

cli-folders = Изброява папките на този компютър с броя писма в тях
cli-folders--account = Само този акаунт (името или номерът му); иначе всички акаунти

cli-folder = Показва или скрива IMAP папка (абонира или отписва); изборът се пази на сървъра и се изпраща при следващото `posta sync`

cli-folder-subscribe = Показва папка и проверява в нея за нова поща (IMAP SUBSCRIBE)
cli-folder-subscribe--account = Акаунтът (името или номерът му)
cli-folder-subscribe--folder = Папката, както я назовава `posta folders`

cli-folder-unsubscribe = Скрива папка и спира да я проверява (IMAP UNSUBSCRIBE); пощата ѝ остава на сървъра
cli-folder-unsubscribe--account = Акаунтът (името или номерът му)
cli-folder-unsubscribe--folder = Папката, както я назовава `posta folders`

cli-messages = Изброява писмата в папка, от най-новото: дата, подател, тема, флагове, етикети, разделени с табулации
cli-messages--folder = Папката, както я назовава `posta folders` (INBOX, Sent, Проекти/Жълто)
cli-messages--account = Акаунтът (името или номерът му); нужен е само ако няколко акаунта имат папка с това име
cli-messages--limit = Показва най-много толкова писма
cli-messages--conversations = По един ред на разговор (най-новото му писмо в папката, после колко писма има, включително изпратените, и колко от тях са непрочетени)

cli-identity = Адресите, от които акаунтът изпраща, с адрес за отговор и подпис

cli-identity-add = Добавя адрес, от който акаунтът изпраща (или променя съществуващ)
cli-identity-add--account = Акаунтът (името или номерът му)
cli-identity-add--email = Адресът
cli-identity-add--name = Името, което получателите виждат
cli-identity-add--reply-to = Къде да отиват отговорите
cli-identity-add--signature = Подписът, като обикновен текст
cli-identity-add--signature-file = Чете подписа от този файл (текст в UTF-8)

cli-identity-list = Изброява самоличностите на акаунта: адрес, име, адрес за отговор, подпис (краищата на редовете му записани като `\n`), разделени с табулации; първо собственият адрес на акаунта
cli-identity-list--account = Акаунтът (името или номерът му)

cli-identity-remove = Премахва самоличност (на собствения адрес на акаунта остават само адресът и името)
cli-identity-remove--account = Акаунтът (името или номерът му)
cli-identity-remove--email = Адресът на самоличността

cli-show = Показва едно писмо като текст: От, До, Копие, Дата, Тема, съдържанието (таблици в колони, списъци, адреси на връзките), после по един ред, разделен с табулации, за всяко прикачено (име, тип, байтове); N се брои, както ги изброява `posta messages FOLDER` (1 = първото). --raw: точно както е запазено
cli-show--folder = Папката, както я назовава `posta folders`
cli-show--number = Мястото на писмото в `posta messages FOLDER` (1 = първият ред)
cli-show--account = Акаунтът (името или номерът му); нужен е само ако няколко акаунта имат папка с това име
cli-show--raw = Показва писмото точно както е запазено (RFC 5322, с MIME частите му)

cli-search = Търси в пощата на този компютър
cli-search--text = Думите за търсене (всички; последната може да е начало на дума)
cli-search--account = Само този акаунт (името или номерът му)
cli-search--limit = Показва най-много толкова писма

cli-send = Изпраща писмо: изходен код 0, когато сървърът го е приел, 75, когато чака в Изходяща кутия (причината на стандартния изход за грешки), 1, когато сървърът го е отказал
cli-send--account = Акаунтът, от който да се изпрати (името или номерът му)
cli-send--to = Получатели; повторете опцията или разделете адресите със запетаи
cli-send--cc = Копие до тези получатели
cli-send--bcc = Скрито копие до тези получатели
cli-send--subject = Темата
cli-send--body-file = Текстът, от този файл в UTF-8; без тази опция от стандартния вход
cli-send--attach = Прикачва този файл (повторете за няколко)
cli-send--password-stdin = Чете паролата от първия ред на стандартния вход вместо от хранилището за пароли (текстът следва на следващите редове, освен ако --body-file не го дава)

cli-outbox = Изброява чакащото за изпращане (id, до, тема, опити, последна грешка, разделени с табулации); --send опитва веднага, --remove ID изтрива едно писмо
cli-outbox--account = Само този акаунт (името или номерът му)
cli-outbox--send = Опитва веднага да изпрати всяко чакащо писмо
cli-outbox--remove = Изтрива без изпращане писмото с този id (първата колона)
cli-outbox--password-stdin = С --send: чете паролата за сървъра за изходяща поща от стандартния вход вместо от хранилището за пароли

cli-quota = Показва колко е пълна пощенската кутия на всеки акаунт на сървъра: по един ред на ресурс, `storage|message ИЗПОЛЗВАНО ЛИМИТ ПРОЦЕНТ` (мястото в байтове), разделени с табулации
cli-quota--account = Само този акаунт (името или номерът му); иначе всички акаунти (тогава всеки ред започва с името на акаунта и табулация)
cli-quota--password-stdin = Чете паролата от стандартния вход вместо от хранилището за пароли
cli-quota--timeout = Колко секунди да се чака всяка стъпка по мрежата

cli-server = Изброява писмата на POP3 акаунт, които са на сървъра (номер, UIDL, размер, дата, подател, тема, състояние, разделени с табулации); изтрива или изтегля някои от тях
cli-server--account = POP3 акаунтът (името или номерът му)
cli-server--delete = Изтрива тези писма (по UIDL) от сървъра, без да ги изтегля
cli-server--fetch = Изтегля тези писма (по UIDL) веднага в INBOX, независимо от размера им
cli-server--password-stdin = Чете паролата от стандартния вход вместо от хранилището за пароли
cli-server--timeout = Колко секунди да се чака всяка стъпка по мрежата

cli-remote-content = Изброява, разрешава или премахва подателите, чиито отдалечени изображения се зареждат, без да се пита

cli-remote-content-list = Показва подателите, по един адрес на ред

cli-remote-content-allow = Винаги зарежда отдалечените изображения в писма от този адрес
cli-remote-content-allow--address = Адресът на подателя

cli-remote-content-remove = Спира да зарежда без питане отдалечените изображения от този адрес
cli-remote-content-remove--address = Адресът на подателя

cli-detect = Намира пощенските сървъри на адрес, както го прави съветникът за настройка: по един ред, разделен с табулации, на сървър (протокол, хост, порт, защита, потребителско име, източник), най-добрият първи; съветите на доставчика на стандартния изход за грешки
cli-detect--address = Имейл адресът, чиито сървъри да се намерят
cli-detect--bundled-only = Търси само в /etc/posta/providers и вградения в Posta списък с доставчици; нищо не минава по мрежата

cli-rights = Какво можете да правите в папка (споделена папка на някой друг): по един ред на действие, `ПРАВО yes|no ДЕЙСТВИЕ`, разделени с табулации
cli-rights--folder = Пълното име на папката, както го показва `posta folders`
cli-rights--account = Акаунтът (името или номерът му); нужен е, когато акаунтите са няколко

cli-tag = Изброява, добавя, преименува, оцветява, пренарежда или изтрива етикети

cli-tag-list = Изброява етикетите: ключова дума, име, цвят, разделени с табулации
cli-tag-list--account = Акаунтът (името или номерът му); нужен е, когато акаунтите са няколко

cli-tag-add = Създава нов етикет
cli-tag-add--name = Името му
cli-tag-add--color = Цветът му, `#rrggbb`
cli-tag-add--account = Акаунтът (името или номерът му); нужен е, когато акаунтите са няколко

cli-tag-rename = Преименува етикет (писмата го запазват)
cli-tag-rename--keyword = Ключовата дума на етикета (вижте `posta tag list`)
cli-tag-rename--name = Новото име
cli-tag-rename--account = Акаунтът (името или номерът му); нужен е, когато акаунтите са няколко

cli-tag-recolour = Дава на етикет друг цвят
cli-tag-recolour--keyword = Ключовата дума на етикета
cli-tag-recolour--color = Цветът, `#rrggbb`
cli-tag-recolour--account = Акаунтът (името или номерът му); нужен е, когато акаунтите са няколко

cli-tag-move = Премества етикет на друго място в списъка (1 е първото)
cli-tag-move--keyword = Ключовата дума на етикета
cli-tag-move--position = Новото му място
cli-tag-move--account = Акаунтът (името или номерът му); нужен е, когато акаунтите са няколко

cli-tag-remove = Изтрива етикет: маха се от всяко писмо, тук и на сървъра
cli-tag-remove--keyword = Ключовата дума на етикета
cli-tag-remove--account = Акаунтът (името или номерът му); нужен е, когато акаунтите са няколко

cli-contacts = Хората, които допълването на получатели предлага: име, адрес и брой писма, разделени с табулации, най-добрите първи

cli-contacts-list = Всички: име, адрес, писма, разделени с табулации; най-добрите първи

cli-contacts-search = Тези, чието име или адрес има дума, започваща с TEXT
cli-contacts-search--text = Началото на име, фамилия или адрес („пет“, „ива“)
cli-contacts-search--limit = Най-много толкова души

cli-archive = Премества писма в папка Архив (създава я, ако липсва); писмата се посочват с мястото им в `posta messages FOLDER`
cli-archive--folder = Папката, както я назовава `posta folders`
cli-archive--positions = Места в `posta messages FOLDER` (1 = първият ред)
cli-archive--account = Акаунтът (името или номерът му), когато няколко акаунта имат тази папка

cli-junk = Премества писма в Спам и ги отбелязва с `$Junk`
cli-junk--folder = Папката, както я назовава `posta folders`
cli-junk--positions = Места в `posta messages FOLDER` (1 = първият ред)
cli-junk--account = Акаунтът (името или номерът му), когато няколко акаунта имат тази папка

cli-not-junk = Връща писма от Спам във Входящи и ги отбелязва с `$NotJunk`
cli-not-junk--folder = Папката, както я назовава `posta folders`
cli-not-junk--positions = Места в `posta messages FOLDER` (1 = първият ред)
cli-not-junk--account = Акаунтът (името или номерът му), когато няколко акаунта имат тази папка

cli-mark-read = Отбелязва писма като прочетени (`--all`: всички писма в папката)
cli-mark-read--folder = Папката, както я назовава `posta folders`
cli-mark-read--positions = Места в `posta messages FOLDER` (1 = първият ред)
cli-mark-read--all = Всички писма в папката
cli-mark-read--account = Акаунтът (името или номерът му), когато няколко акаунта имат тази папка

cli-empty-trash = Изтрива завинаги всичко в Кошче (първо иска `--yes`, като казва броя)
cli-empty-trash--account = Акаунтът (името или номерът му); без тази опция всички акаунти
cli-empty-trash--yes = Изтрива завинаги, без да пита (без тази опция само показва броя и нищо не изтрива)

cli-settings = Показва или променя общите настройки: език, известия на работния плот, стартиране при влизане (редове `ИМЕ<TAB>СТОЙНОСТ`)
cli-settings--language = Езикът на интерфейса: en, pl, sk, bg или `system`
cli-settings--notifications = Известия на работния плот за нова поща: on или off
cli-settings--start-on-login = Стартира Posta при влизане (запис за автоматично стартиране по XDG): on или off

cli-package-files = Записва man страниците и допълването на команди за обвивката (за пакетиране)
cli-package-files--dir = Къде да се запишат `man/posta.1` (и по страница за всяка команда) и `completions/` (bash, zsh, fish)
