# Server state the wizard promised: quota, the POP3 server mailbox, switching to IMAP (keys start with quota- and server-).

## Quota (RFC 9208): CLI and window
quota-none = { $account }: сървърът не задава ограничение на мястото за тази кутия (или не го съобщава).
quota-storage-of = { $used } от { $limit }
quota-messages-of =
    { $limit ->
        [one] { $used } от { $limit } съобщение
       *[other] { $used } от { $limit } съобщения
    }
quota-warning = { $account }: пощенската кутия на сървъра е запълнена на { $percent } % ({ $amount }). Изтрийте или архивирайте част от пощата, иначе сървърът може да започне да отказва нови съобщения.
quota-critical = { $account }: пощенската кутия на сървъра е запълнена на { $percent } % ({ $amount }). Освободете място веднага: скоро новите съобщения ще бъдат отказвани.

## The POP3 server mailbox: CLI
server-not-pop3 = { $account } е IMAP акаунт: цялата му поща вече е на сървъра и папките му я показват.
server-unknown-uidl = { $account }: на сървъра няма съобщение с идентификатор „{ $uidl }“. Списъкът се показва с „posta server { $account }“.
server-deleted =
    { $count ->
        [one] { $count } съобщение е изтрито от сървъра, без да бъде изтеглено.
       *[other] { $count } съобщения са изтрити от сървъра, без да бъдат изтеглени.
    }
server-fetched =
    { $count ->
        [one] { $count } съобщение е изтеглено във „Входящи“.
       *[other] { $count } съобщения са изтеглени във „Входящи“.
    }

## Quota in the window: meter, bar, Make room
quota-make-room = Освобождаване на място
quota-room-title = Освобождаване на място в { $account }
quota-room-here = Най-големите съобщения
quota-room-close = Затваряне
quota-room-used = Използвани са { $percent } % от пощенската кутия на сървъра ({ $amount }).
quota-room-full = Пощенската кутия на сървъра е запълнена на { $percent } % ({ $amount }). Най-бързо ще освободите място, като изтриете големите съобщения, които вече не ви трябват.
quota-room-size = Размер
quota-room-folder = Папка
quota-room-date = Дата
quota-room-sender = От
quota-room-subject = Тема
quota-room-empty = В този акаунт няма съобщения.
quota-room-delete =
    { $count ->
        [one] Изтриване на { $count } съобщение ({ $size })
       *[other] Изтриване на { $count } съобщения ({ $size })
    }
quota-room-empty-bins =
    { $count ->
        [one] Изпразване на „Кошче“ и „Спам“ ({ $count } съобщение)
       *[other] Изпразване на „Кошче“ и „Спам“ ({ $count } съобщения)
    }
quota-room-hint = Изтритото тук се изтрива и на сървъра при следващата синхронизация: така се освобождава място.

## The POP3 server mailbox in the window
server-on-the-server = На сървъра…
server-tab = На сървъра
server-title = Съобщения на сървъра на { $account }
server-number = №
server-state = Състояние
server-state-downloaded = изтеглено
server-state-deleted-here = изтрито тук
server-state-held-back = твърде голямо
server-state-new = ново
server-loading = Питам сървъра…
server-empty = Пощенската кутия на сървъра е празна.
server-delete = Изтриване от сървъра
server-cancel = Отказ
server-delete-confirm =
    { $count ->
        [one] Да се изтрие ли { $count } съобщение от сървъра? Неизтегленото не може да бъде възстановено.
       *[other] Да се изтрият ли { $count } съобщения от сървъра? Неизтегленото не може да бъде възстановено.
    }
server-download = Изтегляне сега
server-download-held-back =
    { $count ->
        [one] Изтегляне на { $count } задържано съобщение
       *[other] Изтегляне на всички { $count } задържани съобщения
    }
server-refresh = Ново питане към сървъра
server-placeholder = { $size }, на сървъра

## Switching a POP3 account to IMAP
server-switch-progress = { $account }: { $done } от { $total } съобщения са на IMAP сървъра.
server-switch-done =
    { $uploaded ->
        [one] { $account } вече е IMAP акаунт: качено е { $uploaded } съобщение, { $found } вече бяха на сървъра. Папките, флаговете и етикетите са на сървъра.
       *[other] { $account } вече е IMAP акаунт: качени са { $uploaded } съобщения, { $found } вече бяха на сървъра. Папките, флаговете и етикетите са на сървъра.
    }
server-switch-already-imap = { $account } вече е IMAP акаунт.
server-switch-resume = Преместването на { $account } към IMAP спря. Нищо не е загубено: пощата е още на този компютър. Изпълнете същата команда отново, за да завърши; нищо няма да бъде качено два пъти.

server-offline-cached = Няма връзка: така изглеждаше кутията на сървъра при последната проверка.
quota-room-delete-none = Изтриване на отбелязаните съобщения

## The answered and forwarded state in the reader
server-answered = ↩ Отговорихте на това съобщение.
server-forwarded = ↪ Препратихте това съобщение.

## „Преместване към IMAP“ в прозореца
server-switch-open = Преместване към IMAP…
# $account (text)
server-switch-title = Преместване на { $account } към IMAP
server-switch-explain = С IMAP пощата остава на сървъра, така че телефонът, другите компютри и уеб пощата виждат същите папки, състояние „прочетено“ и „отговорено“ и етикети. Posta качва пощата, която е само на този компютър, след което акаунтът работи като IMAP. Нищо не се премахва тук, докато сървърът не го получи.
# $count (number)
server-switch-local =
    { $count ->
        [one] На този компютър има { $count } съобщение.
       *[other] На този компютър има { $count } съобщения.
    }
server-switch-start = Преместване към IMAP
server-switch-retry = Нов опит
# $account (text)
server-switch-stopped = Преместването на { $account } към IMAP спря. Нищо не е загубено: пощата е още на този компютър. Изберете „Нов опит“, за да завърши; нищо няма да бъде качено два пъти.
server-switch-cancelled = Преместването беше спряно. Нищо не е загубено: каквото вече е на сървъра, остава там и няма да бъде качено отново.

# The server refused to store a message: the mailbox is full. $details (text): the server's words.
quota-server-full = Пощенската кутия на сървъра е пълна, затова той отказа да запише съобщението (отговори: „{ $details }“). Освободете място – изтрийте големи съобщения, които вече не ви трябват, или изпразнете Кошчето – и опитайте отново.
