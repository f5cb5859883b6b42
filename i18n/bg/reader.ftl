# Reading mail: HTML rendering, remote content, attachments, conversations (keys start with reader-).

reader-link-deceptive = [⚠ тази връзка не води към { $shown }, а към { $actual }]

reader-cli-no-message = В „{ $folder }“ няма съобщение { $number }: { $count ->
    [one] там има едно съобщение
   *[other] там има { $count } съобщения
}. „posta messages { $folder }“ ги изброява.
reader-cli-not-downloaded = Съобщение { $number } в „{ $folder }“ още не е изтеглено на този компютър. Първо изпълнете „posta sync“.

reader-link-not-opened = Връзката не може да се отвори: няма настроен браузър или пощенска програма, която да я отвори.
reader-cli-not-an-address = „{ $address }“ не е имейл адрес.
reader-cli-sender-not-allowed = Отдалеченото съдържание от „{ $address }“ и досега не се зареждаше без питане; нищо не е променено. „posta remote-content list“ показва подателите.

reader-remote-blocked = Изображенията от интернет в това съобщение не бяха заредени, така че подателят не знае, че сте го отворили.
reader-remote-show = Покажи в това съобщение
reader-remote-always = Винаги от този подател
reader-remote-loading = Зареждане на изображения от интернет…
reader-remote-failed = { $count ->
    [one] Едно изображение от интернет не можа да се зареди.
   *[other] { $count } изображения от интернет не можаха да се заредят.
}
reader-attachment-not-opened = Прикаченият файл не може да се отвори: { $details }. Запазете го и го отворете от файловете си.
