# Изходяща кутия: съобщения, които чакат да бъдат изпратени, в прозореца и
# в командния ред (`posta send`, `posta outbox`).

## Outbox in the window

outbox-folder = Изходяща кутия
outbox-heading = Изходяща кутия · { $account }
outbox-intro =
    { $minutes ->
        [one] Тези съобщения още не са изпратени. Posta опитва отново сама всяка минута и веднага, щом изберете „Изпрати сега“.
       *[other] Тези съобщения още не са изпратени. Posta опитва отново сама на всеки { $minutes } минути и веднага, щом изберете „Изпрати сега“.
    }
outbox-to = До: { $to }
outbox-no-subject = (без тема)
outbox-state-new = Още не е опитвано.
outbox-state-waiting =
    { $attempts ->
        [one] Чака: един опит, в { $time }. Следващ около { $next }.
       *[other] Чака: { $attempts } опита, последният в { $time }. Следващ около { $next }.
    }
outbox-state-attention = Задържано: сървърът го отказа. Posta няма да опита отново, докато не изберете „Изпрати сега“ или не го редактирате.
outbox-state-sending = Изпраща се…
outbox-reason = Причина: { $reason }
outbox-send-now = Изпрати сега
outbox-edit = Редактирай
outbox-delete = Изтрий
outbox-delete-question = Да се изтрие ли „{ $subject }“, без да се изпраща?
outbox-delete-confirm = Изтрий
outbox-keep = Запази
outbox-close = Обратно към съобщенията
outbox-empty = Нищо не чака изпращане.
outbox-sent =
    { $count ->
        [one] Съобщението е изпратено.
       *[other] Изпратени са { $count } съобщения.
    }
outbox-still-waiting = Съобщението все още чака: { $reason }.

## Why a message waits (after "2 messages wait to be sent: …")

outbox-why-refused = сървърът за изходяща поща { $host } не отговаря на порт { NUMBER($port, useGrouping: "false") }
outbox-why-timeout = сървърът за изходяща поща { $host } не отговаря навреме
outbox-why-not-found = сървърът { $host } не може да бъде намерен (свързан ли е компютърът с интернет?)
outbox-why-network = връзката с { $host } прекъсна
outbox-why-later = сървърът за изходяща поща { $host } иска да се опита по-късно ({ $details })

## A refusal when sending

outbox-refused-by-server = Сървърът за изходяща поща { $host } отказа съобщението: „{ $details }“. Проверете адресите на получателите (най-често причината е правописна грешка) и го изпратете отново.

## Outbox in the status bar

outbox-status-new =
    { $count ->
        [one] { $count } съобщение чака изпращане
       *[other] { $count } съобщения чакат изпращане
    }
outbox-status-waiting =
    { $count ->
        [one] { $count } съобщение чака изпращане: { $reason }
       *[other] { $count } съобщения чакат изпращане: { $reason }
    }
outbox-status-attention =
    { $count ->
        [one] { $count } съобщение е отказано и има нужда от вас: { $reason }
       *[other] { $count } съобщения са отказани и имат нужда от вас: { $reason }
    }

## posta send and posta outbox

outbox-cli-queued = Още не е изпратено: { $reason }. Съобщението чака в изходящата кутия; `posta outbox --send` или прозорецът на Posta ще го изпрати, щом сървърът отговори.
outbox-cli-refused = Не е изпратено: { $reason } В изходящата кутия не е запазено нищо; поправете съобщението и го изпратете отново.
outbox-cli-copy-later = Копието в „Изпратени“ на { $account } ще се качи при следващото `posta sync`.
outbox-cli-body-unreadable = Текстът не може да бъде прочетен от { $path }: { $details }
outbox-cli-body-not-text = { $path } не е текст в UTF-8. Подайте текста на съобщението като файл в UTF-8.
outbox-cli-attach-unreadable = { $path } не може да бъде приложен: { $details }
outbox-cli-not-found = В изходящата кутия няма нищо с идентификатор „{ $id }“. `posta outbox` показва какво чака.
outbox-cli-removed = Изтрито от изходящата кутия, без да е изпратено: { $subject }
outbox-cli-sent =
    { $count ->
        [one] Изпратено е { $count } съобщение.
       *[other] Изпратени са { $count } съобщения.
    }
outbox-cli-still-waiting =
    { $count ->
        [one] { $count } съобщение все още чака: { $reason }
       *[other] { $count } съобщения все още чакат: { $reason }
    }
