# Четене при поискване: първо текстът на писмото, прикачените файлове — когато ги поискате.

reading-attachment-on-server = { $name } ({ $size }, на сървъра)
reading-attachment-fetching = { $name }: изтегля се, { $percent } %
reading-attachment-cancel = Спри
reading-attachment-failed = Прикаченият файл не можа да бъде изтеглен: { $details }

show-cli-not-on-server = Писмо { $number } в „{ $folder }“ не е на този компютър и няма копие на сървър, от което да бъде изтеглено.
show-cli-unreachable = Писмо { $number } в „{ $folder }“ не можа да бъде изтеглено от сървъра на „{ $account }“. Опитайте отново, когато сте свързани. За да четете пощата без връзка, изпълнете „posta account edit { $account } --download-bodies true“, а след това, докато сте свързани, „posta sync“.
show-cli-progress = Изтегляне на прикачените файлове: { $done } от { $total } KiB
show-cli-not-fetched = Прикаченият файл „{ $name }“ все още е на сървъра.
show-cli-saved = Записано: { $file }

search-cli-server-searching = Търсене в „{ $folder }“ на сървъра на „{ $account }“…
search-cli-server-failed = Сървърът на „{ $account }“ не можа да бъде претърсен.
search-cli-server-cut = { $count ->
    [one] Показано е само първото писмо
   *[other] Показани са само първите { $count } писма
}; „--limit“ показва повече.
search-cli-server-time = Търсенето продължи твърде дълго и беше спряно; по-долу е намереното дотук.

cli-show--save-attachments = Изтегли и прикачените файлове и ги запиши в тази папка (имената са обезопасени; съществуващ файл никога не се презаписва).
cli-show--password-stdin = Прочети паролата от стандартния вход вместо от ключодържателя, когато писмото трябва да се изтегли от сървъра.
cli-show--timeout = Колко секунди да се чака за всяка мрежова стъпка.
cli-search--server = Търси на сървъра (IMAP SEARCH във всяка папка), включително в писма, чийто текст не е на този компютър.
cli-search--folder = Само в тази папка (с --server).
cli-search--password-stdin = Прочети паролата от стандартния вход вместо от ключодържателя (с --server).
cli-search--timeout = Колко секунди общо може да продължи търсенето на сървъра (с --server).

reading-search-server = Търсене на сървъра
reading-search-server-busy = Търси се на сървъра…
