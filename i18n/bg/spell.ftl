# Проверка на правописа: писане на писмо и `posta spell`.

spell-language-pl = полски
spell-language-sk = словашки
spell-language-bg = български
spell-language-en = английски

spell-no-dictionary = Няма речник за проверка на правописа (език: { $language }). Инсталирайте пакета { $package }: sudo apt install { $package }
spell-no-dictionary-any = Не е инсталиран нито един речник за проверка на правописа. Инсталирайте пакета за вашия език: sudo apt install { $packages }
spell-dictionary-unreadable = Речникът { $path } не може да бъде прочетен: { $details }

compose-spell-label = Правопис:
compose-spell-off = Правописът не се проверява, защото няма инсталиран речник. Инсталирайте { $packages } (например sudo apt install hunspell-bg).
compose-spell-word = „{ $word }“
compose-spell-add = Добави в речника
compose-spell-ignore = Пропусни
compose-spell-no-suggestions = Няма предложения
compose-spell-toggle = Проверявай: { $language }

cli-value-spell-language = използвайте pl, sk, bg или en
cli-spell = Проверява правописа на текста от стандартния вход: по един ред за всяка сгрешена дума, ДУМА<TAB>предложения, по реда на срещане; за правилен текст не извежда нищо
cli-spell--lang = Езикът (pl, sk, bg или en; може да са няколко); без него езикът се разпознава от текста
cli-spell--ignore = Дума, която да не се отбелязва (може да се зададе няколко пъти)
