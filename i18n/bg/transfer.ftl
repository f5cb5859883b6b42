## Внос и износ (задача 32): posta import, posta export.

transfer-import-progress = Прочетени съобщения: { $count }…
transfer-import-done = { $count ->
    [one] 1 съобщение е пренесено в папка { $folder } на { $account }.
   *[other] { $count } съобщения са пренесени в папка { $folder } на { $account }.
}
transfer-import-already = { $count ->
    [one] 1 съобщение вече беше там и не е добавено втори път.
   *[other] { $count } съобщения вече бяха там и не са добавени втори път.
}
transfer-import-deleted = { $count ->
    [one] 1 съобщение е било изтрито в източника и е пропуснато.
   *[other] { $count } съобщения са били изтрити в източника и са пропуснати.
}
transfer-import-headerless = { $origin } няма заглавни полета; пренесено е както е.
transfer-import-cut-off = Файлът свършва по средата на { $origin } (изглежда отрязан); пренесено е каквото има.
transfer-import-resume = Нищо от вече пренесеното не е загубено; изпълнете същата команда отново, за да пренесете останалото.
transfer-not-mbox = { $path } не е файл mbox: не започва с ред „From “.
transfer-not-maildir = { $path } не е Maildir: няма папка cur или new.
transfer-too-large = Съобщение { $index } в { $path } е твърде голямо за съобщение; файлът може да е повреден.
transfer-unreadable = { $path } не може да бъде прочетен: { $details }
transfer-folder-not-found = { $account } няма папка „{ $folder }“.
transfer-export-progress = Записани съобщения: { $count }…
transfer-export-fetching = { $folder }: изтеглени съобщения: { $count }…
transfer-export-done = { $folders ->
    [one] Записани съобщения: { $count } от 1 папка.
   *[other] Записани съобщения: { $count } от { $folders } папки.
}
transfer-export-skipped = Пропуснато (не е изтеглено): { $folder }, { $date }, „{ $subject }“
transfer-export-incomplete = { $count ->
    [one] 1 съобщение е пропуснато, защото текстът му не е на този компютър; с --fetch първо ще бъде изтеглено.
   *[other] { $count } съобщения са пропуснати, защото текстът им не е на този компютър; с --fetch първо ще бъдат изтеглени.
}

cli-import = Пренасяне на поща от файлове mbox, папки Maildir, файлове .eml или профил на Thunderbird.
cli-import-mbox = Пренасяне на файлове mbox (папки на Thunderbird, износ в mbox).
cli-import-maildir = Пренасяне на папки Maildir (с подпапки cur и new).
cli-import-eml = Пренасяне на файлове .eml или папки с тях.
cli-export = Записване на папки като файлове mbox, Maildir или .eml, байт по байт както са съхранени.
cli-import-mbox--paths = Файловете или папките за пренасяне.
cli-import-mbox--account = Акаунтът (име или номер), в който отива пощата.
cli-import-mbox--folder = Папката, в която отива (създава се, ако липсва); / разделя нивата.
cli-import-mbox--password-stdin = Паролата за IMAP се чете от стандартния вход вместо от ключодържателя.
cli-import-mbox--timeout = Секунди за изчакване на всяка стъпка в мрежата.
cli-import-maildir--paths = Файловете или папките за пренасяне.
cli-import-maildir--account = Акаунтът (име или номер), в който отива пощата.
cli-import-maildir--folder = Папката, в която отива (създава се, ако липсва); / разделя нивата.
cli-import-maildir--password-stdin = Паролата за IMAP се чете от стандартния вход вместо от ключодържателя.
cli-import-maildir--timeout = Секунди за изчакване на всяка стъпка в мрежата.
cli-import-eml--paths = Файловете или папките за пренасяне.
cli-import-eml--account = Акаунтът (име или номер), в който отива пощата.
cli-import-eml--folder = Папката, в която отива (създава се, ако липсва); / разделя нивата.
cli-import-eml--password-stdin = Паролата за IMAP се чете от стандартния вход вместо от ключодържателя.
cli-import-eml--timeout = Секунди за изчакване на всяка стъпка в мрежата.
cli-export--account = Акаунтът (име или номер).
cli-export--folder = Папката за записване; тогава OUT е файлът mbox или папката.
cli-export--all = Всички папки; OUT е папка с по един запис за всяка папка.
cli-export--format = mbox, maildir или eml.
cli-export--fetch = Първо изтегля съобщенията, които не са на този компютър (IMAP).
cli-export--password-stdin = Паролата за IMAP се чете от стандартния вход вместо от ключодържателя.
cli-export--timeout = Секунди за изчакване на всяка стъпка в мрежата.
cli-export--out = Къде да се запише.

transfer-tb-no-profile = Не е намерен профил на Thunderbird (в ~/.thunderbird, нито във версиите snap и flatpak); посочете папката му.
transfer-tb-review = Все още нищо не е записано. Прегледайте списъка по-горе и изпълнете същата команда с --yes, за да запишете акаунтите и да пренесете пощата.
transfer-tb-saved = { $count ->
    [one] Записан е 1 нов акаунт.
   *[other] Записани са { $count } нови акаунта.
}
transfer-tb-passwords = Паролите не са пренесени (Thunderbird ги пази шифровани); Posta ще поиска всяка при първото свързване.
transfer-tb-oauth2 = В Thunderbird { $account } влизаше през страницата на доставчика (OAuth2); Posta ще ви помоли да влезете по същия начин.
transfer-tb-left-out = { $account } е акаунт за новинарски групи или емисии, които Posta не чете; пропуснат е.
transfer-tb-unreadable-prefs = { $count ->
    [one] 1 ред от prefs.js не можа да бъде прочетен и е пропуснат.
   *[other] { $count } реда от prefs.js не можаха да бъдат прочетени и са пропуснати.
}
cli-import-thunderbird = Пренасяне на акаунтите, локалните папки и етикетите от профил на Thunderbird (първо за преглед; запис с --yes).
cli-import-thunderbird--profile = Профилът: папката му или името му в profiles.ini (профилът по подразбиране, ако не е посочен).
cli-import-thunderbird--yes = Записва акаунтите и пренася пощата (без него само показва какво би било пренесено).
