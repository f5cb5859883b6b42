# Posta: съобщения на български.
#
# Множествено число по CLDR: [one] 1; [other] всичко останало, вкл. 0 и
# дробни числа („1,5 писма“).

## Application

app-title = Posta
app-version = Версия { $version }
app-language = Език: { $language }

## Home: the window shown before any account exists

home-welcome = Posta е готова за работа. Добавете първия си пощенски акаунт, за да започнете.

## Settings

settings-language = Език
settings-language-hint = Езикът се сменя веднага, без да рестартирате програмата.

## Mailbox

mailbox-unread-count =
    { $count ->
        [one] { $count } непрочетено писмо
       *[other] { $count } непрочетени писма
    }
mailbox-message-count =
    { $count ->
        [one] { $count } писмо
       *[other] { $count } писма
    }

## Synchronisation

sync-queued-changes =
    { $count ->
        [one] { $count } промяна очаква изпращане
       *[other] { $count } промени очакват изпращане
    }
sync-progress =
    { $total ->
        [one] Синхронизиране: { $done } от { $total } писмо
       *[other] Синхронизиране: { $done } от { $total } писма
    }

## POP3 account settings

pop3-keep-days =
    { $days ->
        [one] Писмата да остават на сървъра { $days } ден
       *[other] Писмата да остават на сървъра { $days } дни
    }

## Standard folders

folder-inbox = Входящи
folder-sent = Изпратени
folder-drafts = Чернови
folder-trash = Кошче
folder-junk = Спам
folder-archive = Архив

## Errors from the account layer: what happened, then what to do about it

error-host-not-found = Сървърът „{ $host }“ не може да бъде открит. Проверете дали името на сървъра е изписано правилно и дали имате връзка с интернет.
error-connection-refused = Сървърът { $host } отказа връзката на порт { NUMBER($port, useGrouping: "false") }. Проверете номера на порта и вида защита (SSL/TLS или STARTTLS) – верните настройки са описани в помощните страници на Вашия доставчик на поща.
error-timed-out = Сървърът { $host } не отговори навреме. Проверете връзката си с интернет и опитайте отново. Ако това се повтаря, сървърът може да не работи или защитна стена да блокира връзката.
error-tls-untrusted = Posta не може да потвърди самоличността на сървъра (отпечатък на сертификата { $fingerprint }). Продължете само ако доставчикът Ви на поща потвърди този отпечатък – в противен случай някой може да подслушва връзката.
error-tls-failed = Не може да се установи защитена връзка със сървъра. Проверете вида защита (SSL/TLS или STARTTLS) и порта: SSL/TLS обикновено е на портове 993, 995 и 465, а STARTTLS – на 143, 110 и 587.
error-starttls-unavailable = Сървърът { $host } не поддържа STARTTLS, затова на този порт връзката не може да бъде шифрована. Изберете SSL/TLS (обикновено порт 993 за IMAP и 995 за POP3).
error-authentication-failed = Сървърът не прие потребителското име или паролата. Проверете ги. Ако доставчикът Ви използва потвърждаване в две стъпки, създайте парола за приложение и я въведете тук вместо обичайната си парола.
error-protocol = Сървърът съобщи за проблем: „{ $details }“. Опитайте отново по-късно; ако грешката се повтаря, изпратете това съобщение на доставчика си на поща.
error-io = Данните не можаха да бъдат прочетени или записани: { $details }. Опитайте отново; ако това се повтаря, проверете диска и мрежовата връзка.
error-disk-full = Дискът е пълен и Posta не може да запише пощата Ви. Освободете място и опитайте отново.
error-tls-reason-unknown-issuer = Сертификатът на сървъра е издаден от удостоверяващ орган, на който този компютър няма доверие, или е подписан от самия сървър.
error-tls-reason-expired = Сертификатът на сървъра е изтекъл или все още не е валиден. Проверете също дали датата и часът на този компютър са верни.
error-tls-reason-host-mismatch = Сертификатът е издаден за друг сървър, а не за { $host }. Проверете дали името на сървъра е правилно.
error-tls-reason-other = Сертификатът на сървъра не може да бъде проверен.
error-unsupported = POP3 акаунтът не може да направи това: POP3 само изтегля писмата от „Входящи“, а папките на сървъра, маркировките и споделянето изискват IMAP. Ако доставчикът Ви предлага IMAP, настройте акаунта с IMAP.
error-cancelled = Спряно. Нищо не е изгубено: изтегленото остава, а останалото ще дойде при следващата синхронизация.

## Command line: posta check

check-ok = Връзката със сървъра { $host } (порт { $port }, { $protocol }) е установена и влизането е успешно.
check-server-capabilities = Възможности на сървъра
check-folders = Папки
check-yes = да
check-no = не
check-ca-unreadable = Файлът на удостоверяващия орган { $path } не може да бъде прочетен: { $details }. Проверете пътя и правата за достъп до файла.
check-bad-fingerprint = Този отпечатък не е валиден. Въведете SHA-256 отпечатъка като 64 шестнадесетични цифри, със или без двоеточия (AB:CD:…).
check-insecure-warning = Внимание: тази връзка не е шифрована. Паролата и пощата минават през мрежата като обикновен текст – използвайте я само за тестове в мрежа, на която имате доверие.

## Server capabilities, as the account check lists them

capability-server-folders = Папки на сървъра
capability-server-flags = Състоянието „прочетено“ и маркировките се пазят на сървъра
capability-keywords = Етикети (ключови думи)
capability-shared-folders = Споделени папки
capability-metadata = Бележки към папките (METADATA)
capability-push = Незабавно известяване за нова поща (IDLE)
capability-partial-fetch = Изтегляне на части от писмо при поискване (прикачени файлове)

## Command line

cli-account-not-found = Няма акаунт с име „{ $account }“. Списъкът с акаунти се показва с „posta account list“.
cli-account-exists = Вече има акаунт с име „{ $account }“. Изберете друго име.
cli-keep-copy-imap = Опцията --keep-copy се отнася само за POP3 акаунти: IMAP акаунтът винаги пази пощата на сървъра.
cli-account-added = Акаунтът „{ $account }“ е добавен под номер { NUMBER($id, useGrouping: "false") }.
cli-account-added-no-password = За него не е запазена парола. Подавайте я на „posta sync“ всеки път с --password-stdin или добавете акаунта отново с --password-stdin на компютър с хранилище за пароли.
cli-keyring-unavailable = Не работи хранилище за пароли (например GNOME Keyring или KWallet), а Posta никога не записва пароли на диска, затова паролата не можа да бъде запазена. Стартирайте хранилището и опитайте отново. Скриптовете могат да пропуснат тук --password-stdin и вместо това да подават паролата на „posta sync --password-stdin“.
cli-keyring-locked = Хранилището за пароли е заключено. Отключете го (обикновено с влизане в работната среда) и опитайте отново.
cli-password-missing = За акаунта „{ $account }“ няма запазена парола. Добавете акаунта отново с --password-stdin или подайте паролата на „posta sync --password-stdin“.
cli-keyring-failed = Хранилището за пароли не изпълни заявката: { $details }. Опитайте отново; ако това се повтаря, рестартирайте хранилището.
cli-no-accounts = Все още няма акаунти. Добавете акаунт с „posta account add“.
cli-security-tls = SSL/TLS
cli-security-starttls = STARTTLS
cli-security-none = без шифроване
cli-account-line = { NUMBER($id, useGrouping: "false") }. { $account } <{ $email }>: { $protocol }, { $host }, порт { NUMBER($port, useGrouping: "false") }, { $security }
cli-keep-copy-keep = пощата остава на сървъра
cli-keep-copy-days =
    { $days ->
        [one] пощата се изтрива от сървъра { $days } ден след изтеглянето
       *[other] пощата се изтрива от сървъра { $days } дни след изтеглянето
    }
cli-keep-copy-until-deleted = пощата се изтрива от сървъра, когато я изтриете тук
cli-keep-copy-delete = пощата се изтрива от сървъра веднага след изтеглянето
cli-sync-failed = Синхронизирането на „{ $account }“ не успя.
cli-sync-progress =
    { $total ->
        [one] { $account }, { $folder }: { $done } от { $total } писмо
       *[other] { $account }, { $folder }: { $done } от { $total } писма
    }
cli-sync-done-imap =
    { $account }: { $new ->
        [one] { $new } ново писмо
       *[other] { $new } нови писма
    } в { $folders ->
        [one] { $folders } папка
       *[other] { $folders } папки
    }.
cli-sync-done-pop3 =
    { $new ->
        [one] { $account }: изтеглено е { $new } ново писмо.
       *[other] { $account }: изтеглени са { $new } нови писма.
    }
cli-sync-changed =
    { $count ->
        [one] { $count } писмо е променено на сървъра.
       *[other] { $count } писма са променени на сървъра.
    }
cli-sync-removed =
    { $count ->
        [one] { $count } писмо е премахнато на сървъра.
       *[other] { $count } писма са премахнати на сървъра.
    }
cli-sync-sent =
    { $count ->
        [one] { $count } промяна, направена тук, е изпратена на сървъра.
       *[other] { $count } промени, направени тук, са изпратени на сървъра.
    }
cli-sync-refused =
    { $count ->
        [one] Сървърът отказа { $count } промяна, направена тук; тя е запазена, за да видите каква е била.
       *[other] Сървърът отказа { $count } промени, направени тук; те са запазени, за да видите какви са били.
    }
cli-sync-deleted-on-server =
    { $count ->
        [one] Според настройките на акаунта { $count } писмо е изтрито от сървъра.
       *[other] Според настройките на акаунта { $count } писма са изтрити от сървъра.
    }
cli-sync-held-back =
    { $count ->
        [one] { $count } писмо е по-голямо от ограничението за изтегляне и остана на сървъра.
       *[other] { $count } писма са по-големи от ограничението за изтегляне и останаха на сървъра.
    }
cli-sync-outbox-sent =
    { $count ->
        [one] Изпратено е { $count } писмо от изходящата поща.
       *[other] Изпратени са { $count } писма от изходящата поща.
    }
cli-folder-not-found-anywhere = Нито един акаунт няма папка с име „{ $folder }“. Папките се показват с „posta folders“; ако папката е нова, първо изпълнете „posta sync“.
cli-folder-not-found = Акаунтът „{ $account }“ няма папка с име „{ $folder }“. Папките му се показват с „posta folders“; ако папката е нова, първо изпълнете „posta sync“.
cli-folder-ambiguous = Няколко акаунта имат папка с име „{ $folder }“. Изберете един от тях с --account.
cli-no-sender = (неизвестен подател)
cli-no-subject = (без тема)
cli-folders-account = Акаунт „{ $account }“:
cli-folders-none = Акаунтът „{ $account }“ все още няма папки на този компютър. Изпълнете „posta sync“, за да ги изтеглите.
cli-folder-line =
    { $folder }: { $total ->
        [one] { $total } писмо
       *[other] { $total } писма
    }, { $unread ->
        [one] { $unread } непрочетено
       *[other] { $unread } непрочетени
    }
cli-search-nothing = Нищо не е намерено за „{ $text }“.

## Desktop entry and AppStream (packaging/); tests/i18n/i18n_desktop.rs keeps them in step
desktop-generic-name = Пощенски клиент
desktop-comment = Четете и пишете писма чрез IMAP или POP3
desktop-keywords = поща;имейл;IMAP;POP3;входящи;
appstream-summary = Пощенска програма, която обяснява IMAP и POP3 с прости думи
# The two paragraphs of the AppStream description.
appstream-description-1 = Posta е пощенска програма за IMAP и POP3. Съветникът ѝ обяснява с прости думи какво прави всеки протокол с пощата ви, намира настройките на сървъра по адреса, казва какво изисква доставчикът първо (включване на IMAP, парола за приложения) и проверява връзката.
appstream-description-2 = С IMAP папките, прочетеното, цветните етикети и споделените папки изглеждат еднакво на всяко устройство; промените, направени без мрежа, стигат до сървъра по-късно. Интерфейсът е на английски, полски, словашки и български, а администраторът може веднъж да зададе стойности по подразбиране и сървърите на организацията за всички потребители.
