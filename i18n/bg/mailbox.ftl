## The main window (mailbox-*, reader-*, compose-*, tags-*, share-*).

## Folder pane

folders-unified = Всички входящи
folders-shared-with-me = Споделени с мен
folders-local = Локални папки
folders-all-mail = Цялата поща
folders-flagged = Със звезда
folders-new = Нова папка
folders-rename = Преименуване на папката
folders-delete = Изтриване на папката
folders-new-title = Нова папка
folders-new-inside = В папка „{ $parent }“
folders-rename-title = Преименуване на папка
folders-rename-button = Преименувай
folders-name-placeholder = Име на папката
folders-name-hint = Името на папка не може да съдържа „/“.
folders-delete-title = Изтриване на папка
folders-delete-button = Изтрий папката
folders-delete-confirm =
    { $count ->
        [one] Да се изтрие ли папката „{ $folder }“ заедно с { $count } писмо в нея?
       *[other] Да се изтрие ли папката „{ $folder }“ заедно с { $count } писма в нея?
    } Това действие е необратимо.
folders-needs-connection = Тази папка се пази на пощенския сървър, затова промяната ѝ изисква връзка. Опитайте отново, когато акаунтът се свърже със сървъра.
share-folder = Споделяне на тази папка…

## Toolbar and list

mailbox-new-message = Ново писмо
mailbox-toggle-read = Маркиране като прочетено или непрочетено (M)
mailbox-toggle-star = Добавяне или премахване на звезда (S)
mailbox-tag-menu = Етикет
mailbox-move-to = Преместване в…
mailbox-delete = Изтрий
search-placeholder = Търсене в цялата поща
mailbox-column-date = Дата
mailbox-column-from = От
mailbox-column-folder = Папка
mailbox-column-account = Акаунт
mailbox-column-to = До
mailbox-column-subject = Тема
mailbox-column-tags = Етикети
mailbox-column-size = Размер
mailbox-no-subject = (без тема)
mailbox-choose-folder = Изберете папка вляво.
mailbox-empty-folder = Тази папка е празна.
search-no-results = Няма писма, които да отговарят на търсенето.
search-results-for = Търсене: „{ $query }“
# $count (number): messages a search cannot find yet (just synced, still being indexed).
search-not-indexed-yet =
    { $count ->
        [one] { $count } писмо още чака индексиране за търсене
       *[other] { $count } писма още чакат индексиране за търсене
    }
tags-filter-label = Показване:
tags-filter-all = Всички писма
tags-filter-empty = Тук няма писма с този етикет.

## Status bar and notices

mailbox-all-synced = Всичко е актуално.
mailbox-sync-now = Синхронизиране
mailbox-cancel = Отказ
mailbox-create = Създай
mailbox-offline = Няма връзка: промените ще бъдат изпратени, когато сървърът отново е достъпен
mailbox-no-connection = Все още няма свързан акаунт, така че няма какво да се синхронизира. Posta ще се свърже веднага щом разполага с паролата на акаунта.
mailbox-move-other-account = Писмата могат да се преместват само в папки на собствения им акаунт.
mailbox-store-error = Posta не може да чете или записва локалното копие на пощата ви: { $details }. Опитайте отново; ако проблемът продължава, проверете диска.
mailbox-account-problem = { $account }: { $problem }

## Reader

reader-from = От: { $sender }
reader-to = До: { $recipients }
reader-cc = Копие: { $recipients }
reader-reply = Отговор
reader-reply-all = Отговор до всички
reader-forward = Препращане
reader-attachments =
    { $count ->
        [one] Прикачен файл:
       *[other] { $count } прикачени файла:
    }
reader-attachment-unnamed = Прикачен файл { $number }
reader-downloading = Писмото се изтегля…
reader-not-downloaded = Това писмо още не е изтеглено. Ще бъде изтеглено, когато акаунтът се свърже със сървъра.
reader-no-text = Това писмо няма текст – вижте прикачените файлове.
reader-text-truncated = Показано е само началото на това много дълго писмо.
reader-save-title = Запазване на прикачен файл
reader-saved = „{ $name }“ е запазен в { $path }.
reader-save-no-file = „{ $name }“ не е запазен: прозорецът за запазване е затворен или системата не може да го покаже. Можете вместо това да го запазите в папката „Изтеглени“.
reader-save-to-downloads = Запази в „Изтеглени“
reader-save-failed = „{ $name }“ не може да бъде запазен: { $details }.
reader-no-downloads-folder = не е намерена папка „Изтеглени“

## Tags (Thunderbird's five defaults, then the user's own)

tags-important = Важно
tags-work = Работа
tags-personal = Лично
tags-to-do = За изпълнение
tags-later = По-късно
tags-new = Нов етикет…
tags-new-title = Нов етикет
tags-name-placeholder = Име на етикета
tags-color = Цвят
tags-remove-all = Премахване на всички етикети
mailbox-add-account = Добави акаунт

## New mail and the window title (issue 15)
mailbox-window-title = Posta ({ $count })
notify-new-mail =
    { $count ->
        [one] { $count } ново съобщение
       *[other] { $count } нови съобщения
    }
notify-app-name = Posta

## posta tag (issue 15)
cli-tag-which-account = Има няколко акаунта: посочете един с --account ИМЕ.
cli-tag-unknown = Няма етикет „{ $tag }“. „posta tag list“ показва етикетите.
cli-tag-removed =
    { $count ->
        [one] Етикетът „{ $tag }“ е премахнат от { $count } съобщение.
       *[other] Етикетът „{ $tag }“ е премахнат от { $count } съобщения.
    }
cli-tag-queued = Запазено тук; сървърът ще получи промяната при следващата синхронизация.

## Tag manager (issue 15)
tags-manage = Управление на етикетите…
tags-manager-title = Етикети
tags-manager-done = Готово
tags-manager-delete = Изтрий
tags-manager-delete-confirm = Да се изтрие ли „{ $tag }“ и да се махне от всички съобщения?

## Rights in shared folders (issue 15)
rights-not-allowed = { $action }: не е позволено в тази папка, защото собственикът ѝ не ви е дал правото „{ $right }“.
rights-refused-by-server = Сървърът отказа тази промяна: правата ви в тази папка са се променили. Промяната е отменена; нищо друго не е засегнато. (Сървърът отговори: { $details })
folders-read-only = { $name } (само за четене)
cli-rights-no-folder = В този акаунт няма папка „{ $folder }“. „posta folders“ показва папките.

## Отмяна: какво стана, с бутон „Отмяна“ (и Ctrl+Z)
# $count (number): съобщения; $folder (text): името на папката.
undo-moved =
    { $count ->
        [one] { $count } съобщение е преместено в „{ $folder }“
       *[other] { $count } съобщения са преместени в „{ $folder }“
    }
# $count (number): съобщения.
undo-junked =
    { $count ->
        [one] { $count } съобщение е отбелязано като спам
       *[other] { $count } съобщения са отбелязани като спам
    }
# $count (number): съобщения; $tag (text): името на етикета.
undo-tagged =
    { $count ->
        [one] Етикетът „{ $tag }“ е добавен към { $count } съобщение
       *[other] Етикетът „{ $tag }“ е добавен към { $count } съобщения
    }
# $count (number): съобщения; $tag (text): името на етикета.
undo-untagged =
    { $count ->
        [one] Етикетът „{ $tag }“ е премахнат от { $count } съобщение
       *[other] Етикетът „{ $tag }“ е премахнат от { $count } съобщения
    }
# $count (number): съобщения.
undo-tags-cleared =
    { $count ->
        [one] Всички етикети са премахнати от { $count } съобщение
       *[other] Всички етикети са премахнати от { $count } съобщения
    }
# $count (number): съобщения.
undo-read =
    { $count ->
        [one] { $count } съобщение е отбелязано като прочетено
       *[other] { $count } съобщения са отбелязани като прочетени
    }
# $count (number): съобщения.
undo-unread =
    { $count ->
        [one] { $count } съобщение е отбелязано като непрочетено
       *[other] { $count } съобщения са отбелязани като непрочетени
    }
# $count (number): съобщения.
undo-starred =
    { $count ->
        [one] { $count } съобщение е отбелязано със звезда
       *[other] { $count } съобщения са отбелязани със звезда
    }
# $count (number): съобщения.
undo-unstarred =
    { $count ->
        [one] Звездата е премахната от { $count } съобщение
       *[other] Звездата е премахната от { $count } съобщения
    }
# $count (number): съобщения, влачени към папка.
drag-messages =
    { $count ->
        [one] { $count } съобщение
       *[other] { $count } съобщения
    }
undo-button = Отмяна
undo-working = Отменяне…
undo-done = Отменено.
# $problem (text): защо, с думи.
undo-failed = Не е отменено: { $problem }
