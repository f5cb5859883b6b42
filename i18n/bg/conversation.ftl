# Разговори, чернови, ежедневни действия и клавиатура (задача 12, точки 5–7).

## posta archive / junk / not-junk / mark-read / empty-trash
actions-no-such-message = В папка { $folder } няма съобщение № { $position }. `posta messages { $folder }` ги изброява; 1 е първият ред.
actions-archived =
    { $count ->
        [one] { $count } съобщение е преместено в Архив.
       *[other] { $count } съобщения са преместени в Архив.
    }
actions-junked =
    { $count ->
        [one] { $count } съобщение е преместено в Спам.
       *[other] { $count } съобщения са преместени в Спам.
    }
actions-not-junk =
    { $count ->
        [one] { $count } съобщение е върнато във Входящи.
       *[other] { $count } съобщения са върнати във Входящи.
    }
actions-marked-read =
    { $count ->
        [one] { $count } съобщение е отбелязано като прочетено.
       *[other] { $count } съобщения са отбелязани като прочетени.
    }
actions-no-trash = Акаунтът { $account } още няма Кошче: няма какво да се изпразни.
actions-trash-confirm =
    { $count ->
        [one] В Кошчето на { $account } има { $count } съобщение. Изпълнете командата отново с --yes, за да го изтриете завинаги.
       *[other] В Кошчето на { $account } има { $count } съобщения. Изпълнете командата отново с --yes, за да ги изтриете завинаги.
    }
actions-trash-emptied =
    { $count ->
        [one] { $account }: { $count } съобщение е изтрито завинаги от Кошчето.
       *[other] { $account }: { $count } съобщения са изтрити завинаги от Кошчето.
    }

## Ежедневни действия в пощенската кутия
mailbox-archive = Архивирай
mailbox-junk = Спам
mailbox-not-junk = Не е спам
mailbox-mark-all-read = Отбележи всички като прочетени
mailbox-empty-trash = Изпразни Кошчето
mailbox-empty-trash-confirm =
    { $count ->
        [one] Да се изтрие ли завинаги { $count } съобщение от Кошчето? Не може да бъде върнато.
       *[other] Да се изтрият ли завинаги { $count } съобщения от Кошчето? Не могат да бъдат върнати.
    }
mailbox-empty-trash-yes = Изтрий завинаги

## Клавишни комбинации (?)
keys-title = Клавишни комбинации
keys-close-help = Затвори
keys-move = Следващо или предишно съобщение
keys-extend = Разшири избора
keys-open = Отвори съобщението (чернова: продължи писането)
keys-delete = Изтрий
keys-reply = Отговори
keys-reply-all = Отговори на всички
keys-forward = Препрати
keys-archive = Архивирай
keys-read = Отбележи като прочетено или непрочетено
keys-star = Отбележи със звезда
keys-tags = Етикети от менюто с етикети; 0 премахва всички
keys-select-all = Избери всички
keys-new = Ново съобщение
keys-undo = Отмяна на последната промяна
keys-send = Изпрати (в съобщението, което пишете)
keys-completion = В полетата До, Копие и Скрито копие: избор на предложен адрес и вмъкването му
keys-settings = Настройки
keys-search = Търсене (към полето за търсене)
keys-fields = Следващо или предишно поле на формуляр
keys-submit = Във формуляр: основният му бутон (Проверка, Напред, Изпрати…)
keys-close = Затвори отвореното; изчисти търсенето
keys-help = Покажи или скрий този списък

## Разговори
conversation-group = Разговори
conversation-messages =
    { $count ->
        [one] { $count } съобщение
       *[other] { $count } съобщения
    }
conversation-count =
    { $unread ->
        [0] { conversation-messages }
        [one] { conversation-messages }, { $unread } непрочетено
       *[other] { conversation-messages }, { $unread } непрочетени
    }
