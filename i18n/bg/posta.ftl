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
error-tls-failed = Не може да се установи защитена връзка със сървъра: { $details }. Проверете вида защита (SSL/TLS или STARTTLS) и порта.
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
