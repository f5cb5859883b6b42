# Прозорецът за писане на писма и диалогът за споделяне на папка.

## Писане на писмо

compose-title-new = Ново писмо
compose-title-reply = Отговор
compose-title-reply-all = Отговор до всички
compose-title-forward = Препращане
compose-from = От: { $sender }
compose-to = До
compose-cc = Копие
compose-bcc = Скрито копие
compose-subject = Тема
compose-to-placeholder = Име <adres@example.com>, drug@example.com
compose-body-placeholder = Напишете писмото си тук.
compose-attach = Прикачване на файлове…
compose-attachment-line = { $name } ({ $size })
compose-remove = Премахване
compose-send = Изпращане
compose-save-draft = Запазване на черновата
compose-discard = Отказ
compose-sending = Изпращане…
compose-saving = Черновата се запазва…
compose-draft-saved = Черновата е запазена в „Чернови“.
compose-dialog-title = Изберете файлове за прикачване
compose-picker-unavailable = На този компютър няма прозорец за избор на файлове (нужен е порталът на работната среда или програмата zenity). Вместо това въведете пълния път до файла, който искате да прикачите.
compose-picker-none = Не е избран файл. Ако прозорецът за избор на файлове не се появи, въведете тук пълния път до файла.
compose-path-placeholder = /home/vie/Dokumenti/fail.pdf
compose-path-add = Прикачване
compose-attach-failed = Файлът { $path } не може да бъде прочетен: { $details }
compose-error-no-recipients = Добавете поне един получател в „До“, „Копие“ или „Скрито копие“.
compose-error-address = „{ $address }“ не е имейл адрес. Проверете за печатни грешки; разделяйте няколко адреса със запетаи.
compose-error-sender = Собственият адрес на акаунта „{ $address }“ не може да се използва като подател. Проверете го в настройките на акаунта.
compose-error-invalid = Писмото не може да бъде съставено: { $details }
compose-error-no-smtp = Този акаунт още няма сървър за изходяща поща (SMTP) и не може да изпраща писма. Добавете такъв в настройките на акаунта.
compose-error-no-password = Паролата за изпращане не може да бъде прочетена от ключодържателя: { $details }
compose-error-smtp-starttls = Сървърът за изходяща поща { $host } не предлага STARTTLS, затова на този порт паролата и писмото ви не могат да бъдат защитени. Изберете вместо това SSL/TLS (обикновено порт 465).
compose-error-original-gone = Писмото, на което искате да отговорите, вече не е тук. Синхронизирайте папката и опитайте отново.
compose-sent = Писмото е изпратено.
compose-sent-no-copy = Писмото е изпратено, но копието му не може да бъде запазено в „Изпратени“: { $details }
compose-queued =
    { $minutes ->
        [one] Още не е изпратено: { $reason }. Писмото чака в „Изходяща кутия“ и Posta ще опита отново до минута — или изберете там „Изпрати сега“.
       *[other] Още не е изпратено: { $reason }. Писмото чака в „Изходяща кутия“ и Posta ще опита отново до { $minutes } минути — или изберете там „Изпрати сега“.
    }
compose-reply-attribution = На { $date } { $sender } написа:
compose-forward-header =
    -------- Препратено писмо --------
    Тема: { $subject }
    Дата: { $date }
    От: { $sender }
    До: { $recipients }

## Споделяне на папка

share-title = Споделяне на „{ $folder }“
share-loading = Сървърът се пита кой може да използва тази папка…
share-who = Хора с достъп
share-nobody = Никой друг няма достъп до тази папка.
share-owner = { $person } (собственик)
share-preset-read-only = Само четене
share-preset-read-write = Четене и писане
share-preset-full = Пълен контрол
share-preset-custom = Други права
share-preset-read-only-hint = Вижда папката и може да чете писмата в нея, нищо повече.
share-preset-read-write-hint = Може още да отбелязва, премества и изтрива писма и да създава папки в нея, но не може да я споделя по-нататък.
share-preset-full-hint = Може всичко, което можете и вие, включително да споделя папката с други.
share-custom-rights = Други: { $rights }
share-add-heading = Споделяне с някого
share-person = Потребителско име
share-person-placeholder = bob или bob@example.com
share-add = Споделяне
share-remove = Отнемане на достъпа
share-close = Затваряне
share-right-l = Вижда папката в списъка с папки
share-right-r = Чете писма
share-right-s = Запазва отбелязването като прочетено или непрочетено
share-right-w = Отбелязва писма със звезда, етикети и като отговорени
share-right-i = Поставя писма в папката (премества, копира, запазва)
share-right-p = Изпраща поща до адреса на папката
share-right-k = Създава папки в нея
share-right-x = Изтрива или преименува папката
share-right-t = Изтрива писма
share-right-e = Премахва окончателно изтритите писма
share-right-a = Променя кой има достъп (споделя папката)
share-error-person = Въведете потребителското име на човека, с когото искате да споделите папката.
share-error-no-rights = Изберете поне едно нещо, което човекът може да прави.
share-added = { $person } вече има достъп.
share-removed = { $person } вече няма достъп.
share-not-connected = В момента Posta не е свързана със сървъра на този акаунт, а споделянето се решава от сървъра. Проверете дали сте свързани с интернет и дали паролата на акаунта е известна (ако не е, лентата над списъка със съобщения го казва), след което отворете този прозорец отново.
share-yours-heading = Какво можете да правите тук
share-shared-with-you = Тази папка принадлежи на някой друг, който я е споделил с вас.
share-can = ✓ { $action }
share-cannot = ✗ { $action }: не е разрешено, защото собственикът не ви е дал правото „{ $right }“.
share-read-only = Тази папка е само за четене за вас: можете да четете писмата в нея, но не и да ги променяте.
share-admin-needed = Само някой с право на споделяне („a“) може да вижда и променя кой има достъп.
share-action-read = Четене на писма
share-action-keep-seen = Отбелязване на писма като прочетени или непрочетени
share-action-write-flags = Отбелязване на писма със звезда и етикети
share-action-insert = Преместване, копиране или запазване на писма в тази папка
share-action-delete = Изтриване на писма
share-action-create-subfolder = Създаване на папки в нея
share-action-delete-folder = Изтриване или преименуване на тази папка
share-action-admin = Споделяне на тази папка с други
share-pop3 = Споделянето на папки изисква IMAP. Този акаунт използва POP3, който само изтегля писмата от входящата кутия; другите му папки съществуват само на този компютър. Ако доставчикът ви предлага IMAP, настройте акаунта отново с IMAP, за да споделяте папки и да виждате папките, които другите споделят с вас.
share-pop3-setup = Настройване на акаунта с IMAP
