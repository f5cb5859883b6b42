# Settings: accounts, identities, general preferences (keys start with settings-).

## Защо промяната не е направена
settings-error-no-account = Този акаунт вече не съществува.
settings-error-not-saved = Новите настройки не са запазени.
settings-keyring-unavailable = Не работи хранилище за пароли (например GNOME Keyring или KWallet), а Posta никога не записва пароли на диска. Стартирайте хранилището и опитайте отново.
settings-keyring-locked = Хранилището за пароли е заключено. Отключете го (обикновено с влизане в работния плот) и опитайте отново.
settings-keyring-no-password = За този акаунт няма запазена парола. Въведете я с „posta account password“.
settings-invalid-empty-name = Акаунтът трябва да има име.
settings-invalid-name-taken = Акаунт с име „{ $account }“ вече съществува. Изберете друго име.
settings-invalid-email = „{ $email }“ не е имейл адрес.
settings-invalid-empty-host = Името на сървъра е празно.
settings-invalid-port = Портът трябва да е число от 1 до 65535.
settings-invalid-keep-copy-imap = Запазването на копие се отнася само за акаунти POP3: акаунт IMAP винаги държи пощата си на сървъра.
settings-invalid-check-interval =
    { $min ->
        [one] Папките могат да се проверяват най-често на { $min } секунда.
       *[other] Папките могат да се проверяват най-често на { $min } секунди.
    }
settings-invalid-no-outgoing = Този акаунт още няма сървър за изходяща поща: първо въведете името му.
settings-invalid-color = „{ $color }“ не е цвят. Запишете го като #1a2b3c.
settings-invalid-identity-not-found = Акаунтът няма самоличност с адрес „{ $email }“.

## Какво ще направи промяната с пощата
settings-effect-delete-after-download =
    { $count ->
        [one] Отсега нататък съобщенията ще се изтриват от сървъра след изтегляне: сега на сървъра има { $count } съобщение.
       *[other] Отсега нататък съобщенията ще се изтриват от сървъра след изтегляне: сега на сървъра има { $count } съобщения.
    }
settings-effect-delete-after-days =
    { $days ->
        [one] Отсега нататък съобщенията ще се изтриват от сървъра { $days } ден след изтегляне
       *[other] Отсега нататък съобщенията ще се изтриват от сървъра { $days } дни след изтегляне
    }: { $count ->
        [one] сега на сървъра има { $count } съобщение.
       *[other] сега на сървъра има { $count } съобщения.
    }
settings-effect-delete-when-deleted-here =
    { $count ->
        [one] Отсега нататък съобщението ще се изтрива от сървъра, когато го изтриете тук; сега на сървъра има { $count } изтеглено съобщение.
       *[other] Отсега нататък съобщението ще се изтрива от сървъра, когато го изтриете тук; сега на сървъра има { $count } изтеглени съобщения.
    }
settings-effect-keep = Отсега нататък съобщенията остават на сървъра след изтегляне.
settings-effect-download-limit = Съобщенията, по-големи от { $size }, ще остават на сървъра, докато не ги изтеглите.
settings-effect-no-download-limit = Ще се изтеглят съобщения с всякакъв размер.
settings-effect-download-bodies =
    { $count ->
        [one] Съдържанието на { $count } съобщение ще бъде изтеглено за четене без връзка.
       *[other] Съдържанието на до { $count } съобщения ще бъде изтеглено за четене без връзка.
    }
settings-effect-bodies-on-demand = Отсега нататък съдържанието на съобщението се изтегля, когато го отворите; вече изтеглените остават.

## Премахване на акаунт
settings-remove-intro = Премахване на акаунта „{ $account }“:
settings-remove-kept =
    { $count ->
        [one] { $count } изтеглено съобщение остава на този компютър, в локални папки „{ $account }“.
       *[other] { $count } изтеглени съобщения остават на този компютър, в локални папки „{ $account }“.
    }
settings-remove-headers-only =
    { $count ->
        [one] { $count } неизтеглено съобщение изчезва от списъка на този компютър.
       *[other] { $count } неизтеглени съобщения изчезват от списъка на този компютър.
    }
settings-remove-messages =
    { $count ->
        [one] { $count } съобщение се изтрива от този компютър.
       *[other] { $count } съобщения се изтриват от този компютър.
    }
settings-remove-queued =
    { $count ->
        [one] { $count } промяна, направена тук и още неизпратена към сървъра, отпада.
       *[other] { $count } промени, направени тук и още неизпратени към сървъра, отпадат.
    }
settings-remove-unsent =
    { $count ->
        [one] { $count } съобщение, написано тук и още неизпратено, се изтрива.
       *[other] { $count } съобщения, написани тук и още неизпратени, се изтриват.
    }
settings-remove-password = Паролата се премахва от хранилището за пароли.
settings-remove-server-untouched = Пощата на сървъра не се изтрива.
settings-remove-keyring-left = Премахнете записа „posta“ / „{ $key }“ с инструмента на хранилището за пароли.

## Изречения на командния ред
settings-cli-password-refused = Сървърът отказа паролата за „{ $account }“. Ако е сменена, въведете новата с „posta account password { $account } --password-stdin“.
settings-cli-nothing-to-change = Няма какво да се промени: посочете поне една настройка, например --port.
settings-cli-confirm-deletion = Тази промяна изтрива поща на сървъра. Изпълнете командата отново с --yes, за да я направите.
settings-cli-saved = Настройките на „{ $account }“ са запазени.
settings-cli-saved-tested = Сървърът прие новите настройки; настройките на „{ $account }“ са запазени.
settings-cli-password-empty = На стандартния вход не е подадена парола.
settings-cli-password-saved = Сървърът прие новата парола за „{ $account }“; тя вече е в хранилището за пароли.
settings-cli-password-still-refused = Сървърът отказа и тази парола. Нищо не е променено.
settings-cli-removed = Акаунтът „{ $account }“ е премахнат.
settings-cli-identity-saved = „{ $email }“ е запазен за акаунта „{ $account }“.
settings-cli-identity-removed = „{ $email }“ е премахнат от акаунта „{ $account }“.
settings-cli-subscribed = Папката „{ $folder }“ ще се показва и проверява за нова поща. Сървърът ще научи това при следващото „posta sync“.
settings-cli-unsubscribed = Папката „{ $folder }“ вече няма да се показва и проверява; пощата в нея остава на сървъра. Сървърът ще научи това при следващото „posta sync“.
settings-cli-subscribe-not-imap = Акаунтът „{ $account }“ използва POP3, който няма папки на сървъра за показване или скриване.
settings-cli-subscribe-always = Папката „{ $folder }“ се показва винаги: входящата кутия, специалните папки (Изпратени, Чернови, Кошче…) и папките, споделени с вас от други, не могат да се скрият.
settings-cli-folder-subscribed = абониран
settings-cli-folder-unsubscribed = неабониран
settings-cli-local-set-line = { NUMBER($id, useGrouping: "false") }. { $account }: само локални папки (акаунтът е премахнат; пощата му е запазена на този компютър)

## Ленти в главния прозорец за акаунт, който чака потребителя
settings-bar-password = Сървърът отказа паролата за „{ $account }“ — въведете новата парола:
settings-bar-password-again = Сървърът отказа и тази парола за „{ $account }“. Проверете я и опитайте отново:
settings-bar-password-placeholder = Нова парола
settings-bar-password-submit = Провери и запази
settings-bar-testing = Проверява се…
settings-bar-keyring = { $problem } Въведете паролата за „{ $account }“, за да се използва, докато Posta е отворена:
settings-bar-keyring-submit = Използвай в тази сесия
settings-bar-retry = Попитай хранилището отново
settings-bar-certificate = { $host } показва друг сертификат, а не приетия за „{ $account }“. Приемете го само ако знаете защо се е сменил (доставчикът е съобщил); иначе някой може да подслушва.
settings-bar-certificate-refused = Posta не се свързва с { $host } за „{ $account }“, докато не приемете новия му сертификат.
settings-bar-certificate-old = Приет:
settings-bar-certificate-new = Показван сега:
settings-bar-certificate-accept = Приеми новия сертификат
settings-bar-certificate-refuse = Продължи да отказваш
settings-bar-session-only = Сървърът прие паролата, но хранилището не можа да я запази. { $problem } Posta я използва, докато не я затворите.

## Екранът с настройки
settings-open = Настройки
settings-title = Настройки
settings-back = Обратно към пощата
settings-general = Общи
settings-notifications = Известявай ме за нова поща на работния плот
settings-remote-title = Отдалечено съдържание
settings-remote-hint = В писмата от тези податели картинките и другото съдържание от мрежата се зареждат без питане (разрешили сте го, докато четете едно от писмата им).
settings-remote-none = Все още няма разрешен подател: Posta пита, преди да зареди отдалечено съдържание.
settings-remote-remove = Премахване
settings-start-on-login = Стартирай Posta при влизане
settings-section-account = Акаунт
settings-section-incoming = Сървър за входяща поща
settings-section-outgoing = Сървър за изходяща поща
settings-section-mail = Изтегляне на поща
settings-section-folders = Папки
settings-section-identities = Самоличности и подписи
settings-section-remove = Премахване на акаунта
settings-save = Запази
settings-save-anyway = Запази въпреки това
settings-cancel = Отказ
settings-saving = Проверка на сървъра и запазване…
settings-saved = Запазено.
settings-invalid-size = Най-големият размер трябва да е цяло число мегабайти или празно (без ограничение).
settings-invalid-interval = Колко често да се проверява трябва да е цяло число минути.
settings-account-name = Име на акаунта
settings-account-email = Имейл адрес
settings-account-display-name = Вашето име
settings-account-display-name-hint = Това виждат получателите до адреса ви.
settings-account-color = Цвят в списъка с папки
settings-account-color-hint = Изберете цвят отгоре или го въведете във вида #1a2b3c; празно — без цвят.
settings-account-identities-hint = Още адреси и подписи има в „Самоличности и подписи“.
settings-incoming-protocol = Този акаунт получава пощата си чрез { $protocol }.
settings-incoming-host = Сървър
settings-detect = Откриване на настройките
settings-detecting = Откриване…
settings-detect-found = Намерен е сървърът { $host }, порт { NUMBER($port, useGrouping: "false") }, { $security }. Запазете, за да се провери сървърът и да се запазят настройките.
settings-detect-nothing = Не са намерени настройки за този адрес; въведете ги, както ги дава доставчикът ви.
settings-incoming-port = Порт
settings-incoming-security = Защита
settings-incoming-user = Потребителско име
settings-incoming-ca = Допълнителен удостоверителен орган (файл PEM)
settings-incoming-ca-hint = Само за сървър, чийто сертификат е подписан от собствения орган на организацията ви; празно — няма.
settings-incoming-pinned = Приехте сертификата на този сървър по отпечатъка му SHA-256:
settings-incoming-forget = Забрави го (Posta ще пита отново, ако сертификатът не е доверен по друг начин)
settings-incoming-no-pin = Сертификатът на сървъра се проверява по обичайния начин; не сте приемали такъв ръчно.
settings-incoming-switch-hint = За да преместите този акаунт към IMAP, използвайте „Премести към IMAP…“ в „На сървъра…“ в списъка с папки.
settings-outgoing-host = Сървър
settings-outgoing-port = Порт
settings-outgoing-user = Потребителско име
settings-outgoing-same-password = Сървърът за изходяща поща използва същата парола като за входящата.
settings-mail-keep-title = След като съобщението бъде изтеглено, копието на сървъра…
settings-mail-max-size = Най-голямо съобщение, изтегляно автоматично (MB)
settings-mail-max-size-hint = По-големите съобщения остават на сървъра, докато не ги изтеглите; празно — без ограничение.
settings-mail-download-bodies = Изтегляй цели съобщения за четене без връзка
settings-mail-download-bodies-hint = Иначе съдържанието на съобщението се изтегля, когато го отворите.
settings-mail-folders-hint = Кои папки се показват и проверяват, избирате в частта „Папки“.
settings-mail-interval = Проверявай за промени във всички папки на всеки (минути)
settings-mail-interval-hint = Отворената папка е винаги актуална, ако сървърът го позволява.
settings-folders-intro = Показвай и проверявай за нова поща само отметнатите папки. Папка без отметка е скрита тук и не се изтегля, но нищо в нея не се изтрива.
settings-folders-server = Изборът се пази на сървъра (това е абонаментът за папката), така че другите ви устройства, които следват абонаментите, показват същите папки.
settings-folders-none = Акаунтът още няма папки за избор: входящата кутия и специалните папки се показват винаги.
settings-folders-always = Входящата кутия, специалните папки (Изпратени, Чернови, Кошче…) и папките, споделени с вас от други, се показват винаги.
settings-identity-new = Добавяне на адрес
settings-identity-new-hint = Отговорите се изпращат от адреса, на който е дошло съобщението; при новите съобщения избирате вие.
settings-identity-email = Имейл адрес
settings-identity-name = Име
settings-identity-reply-to = Отговори до (по желание)
settings-identity-signature = Подпис
settings-identity-signature-hint = Обикновен текст, добавян под новите съобщения.
settings-identity-add = Добави
settings-identity-remove = Премахни
settings-identity-clear = Премахни подписа и адреса за отговор
settings-identity-reply-to-is = Отговорите отиват до { $address }
settings-remove-keep-local = Запази изтеглената поща на този компютър като локални папки
settings-remove-other-accounts = Другите акаунти не се засягат.
settings-remove-button = Премахни „{ $account }“

## The compose window's identity menu
settings-compose-from = От

## posta settings
settings-cli-unknown-language = „{ $language }“ не е език, който Posta говори: използвайте en, pl, sk, bg или system.
