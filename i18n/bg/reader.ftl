# Reading mail: HTML rendering, remote content, attachments, conversations (keys start with reader-).

reader-link-deceptive = [⚠ тази връзка не води към { $shown }, а към { $actual }]

reader-cli-no-message = В „{ $folder }“ няма съобщение { $number }: { $count ->
    [one] там има едно съобщение
   *[other] там има { $count } съобщения
}. „posta messages { $folder }“ ги изброява.
reader-cli-not-downloaded = Съобщение { $number } в „{ $folder }“ още не е изтеглено на този компютър. Първо изпълнете „posta sync“.

reader-link-not-opened = Връзката не може да се отвори: няма настроен браузър или пощенска програма, която да я отвори.
