## The setup wizard (wizard-*): explains POP3 and IMAP, finds or asks for the
## server settings, tests them and saves the account.

## The frame around every page

# $step (number), $total (number)
wizard-step-counter = Krok { $step } z { $total }
wizard-back = Wstecz
wizard-cancel = Przerwij konfigurację
wizard-continue = Dalej

## Names that are the same in every language (kept here so translators can
## adapt the spelling if their users expect another one)

wizard-imap = IMAP
wizard-pop3 = POP3
wizard-smtp = SMTP
wizard-security-tls = SSL/TLS
wizard-security-starttls = STARTTLS
wizard-security-none = Brak (bez szyfrowania)

## Welcome

wizard-welcome-title = Witamy w programie Posta
wizard-welcome-lead = Skonfigurujmy Twoje konto pocztowe. To zajmie minutę lub dwie.
wizard-welcome-intro = Posta odbiera i wysyła Twoją pocztę przez serwery Twojego dostawcy poczty – tak samo jak aplikacja pocztowa w telefonie albo poczta przez WWW, z której być może już korzystasz. Musi tylko wiedzieć, jak się z nimi połączyć, a większość tych informacji znajdzie sama.
wizard-welcome-steps = Co będzie dalej
wizard-welcome-step-protocol = Wybierzesz, jak Posta ma odbierać pocztę: przez IMAP czy przez POP3. Różnicę wyjaśniamy prostymi słowami.
wizard-welcome-step-details = Podasz swoje imię i nazwisko, adres e-mail i hasło.
wizard-welcome-step-detect = Posta wyszuka ustawienia serwerów Twojego dostawcy. Możesz je sprawdzić albo wpisać samodzielnie.
wizard-welcome-step-test = Posta raz się zaloguje, żeby sprawdzić, czy wszystko działa, i dopiero wtedy zapisze konto.
wizard-welcome-privacy = Hasło jest przechowywane w systemowym magazynie haseł, nigdy w plikach programu Posta.
wizard-welcome-start = Zaczynamy

## How should Posta get your mail? IMAP and POP3 side by side

wizard-protocol-title = Jak Posta ma odbierać Twoją pocztę?
wizard-protocol-lead = Programy pocztowe łączą się z dostawcą poczty na jeden z dwóch sposobów. Posta obsługuje oba; różnią się tym, gdzie przechowywana jest poczta. Dla większości osób lepszym wyborem jest IMAP.
wizard-compare-choose = Wybierz:
wizard-choose-imap = IMAP (zalecany)
wizard-choose-pop3 = POP3

wizard-compare-where = Gdzie przechowywana jest poczta
wizard-compare-where-imap = Na serwerze dostawcy. Posta ją wyświetla i zachowuje kopię tego, co czytasz, więc możesz to czytać także bez internetu.
wizard-compare-where-pop3 = Na tym komputerze. Posta pobiera nowe wiadomości, a kopia na serwerze zostaje albo jest kasowana – zależnie od tego, co wybierzesz w następnym kroku.

wizard-compare-devices = Telefon i laptop
wizard-compare-devices-imap = Na każdym urządzeniu widać tę samą skrzynkę. Wiadomość przeczytana, usunięta albo przeniesiona w telefonie jest też przeczytana, usunięta albo przeniesiona na laptopie.
wizard-compare-devices-pop3 = Każde urządzenie pobiera własną kopię i nic się nie synchronizuje. Wiadomość skasowana z serwera przez jedno urządzenie nie dotrze już do pozostałych. Najlepiej sprawdza się, gdy czytasz pocztę tylko na jednym komputerze.

wizard-compare-offline = Czytanie bez internetu
wizard-compare-offline-imap = Otwarte wiadomości (albo wszystkie, jeśli włączysz ich pobieranie) możesz czytać bez połączenia. Zmiany trafią na serwer, gdy znów będziesz online.
wizard-compare-offline-pop3 = Wszystko, co pobrane, możesz czytać bez połączenia. Internet jest potrzebny tylko do odebrania nowej poczty i do wysyłania.

wizard-compare-sent = Wysłane wiadomości
wizard-compare-sent-imap = Zapisują się w folderze Wysłane na serwerze, więc widać je na każdym urządzeniu.
wizard-compare-sent-pop3 = Zostają tylko na komputerze, z którego je wysłano.

wizard-compare-state = Przeczytane i z odpowiedzią
wizard-compare-state-imap = Zapisywane na serwerze: inne Twoje urządzenia, a także osoby współużytkujące skrzynkę, widzą, co już przeczytano i na co odpowiedziano.
wizard-compare-state-pop3 = Wie o tym tylko ten komputer. Na innych urządzeniach każda wiadomość wygląda na nową.

wizard-compare-folders = Foldery i udostępnianie
wizard-compare-folders-imap = Foldery są na serwerze i wszędzie wyglądają tak samo. Jeśli dostawca na to pozwala, możesz udostępniać foldery innym osobom.
wizard-compare-folders-pop3 = Z serwera pochodzi tylko folder Odebrane. Pozostałe foldery istnieją wyłącznie na tym komputerze i niczego nie da się udostępnić.

wizard-compare-tags = Kolorowe etykiety
wizard-compare-tags-imap = Zapisywane na serwerze, jeśli serwer na to pozwala, więc widzą je też inne programy, np. Thunderbird.
wizard-compare-tags-pop3 = Tylko na tym komputerze.

wizard-compare-quota = Miejsce na serwerze
wizard-compare-quota-imap = Cała poczta wlicza się do pojemności skrzynki. Gdy skrzynka się przepełni, nowe wiadomości mogą być odrzucane – od czasu do czasu usuń albo zarchiwizuj starą pocztę.
wizard-compare-quota-pop3 = Skrzynka na serwerze opróżnia się w miarę pobierania i kasowania poczty, więc rzadko się przepełnia – chyba że zostawiasz kopie na serwerze.

wizard-compare-interrupted = Gdy połączenie zostanie przerwane
wizard-compare-interrupted-imap = Nic nie przepada: Posta wznawia pracę tam, gdzie przerwała. Najpierw pobiera listę wiadomości, a treść i załączniki dopiero wtedy, gdy otworzysz wiadomość.
wizard-compare-interrupted-pop3 = Posta pamięta, co już pobrała, i pobiera tylko resztę (starsze programy zaczynały od początku). Dużą wiadomość trzeba jednak pobrać w całości, zanim da się ją przeczytać.

wizard-compare-connections = Kilka urządzeń naraz
wizard-compare-connections-imap = Jednocześnie może być połączonych dowolnie wiele urządzeń i osób.
wizard-compare-connections-pop3 = Zwykle tylko jedno połączenie naraz: gdy jedno urządzenie pobiera pocztę, inne może dostać komunikat, że skrzynka jest zajęta. Taka skrzynka nie nadaje się do współużytkowania.

wizard-compare-speed = Szybkość
wizard-compare-speed-imap = Lista wiadomości pojawia się szybko; wiadomość, której jeszcze nie otwierano, wymaga chwili połączenia. Przy bardzo dużych skrzynkach serwer działa wolniej.
wizard-compare-speed-pop3 = Po pobraniu wszystko jest na tym komputerze i działa szybko. Pierwsze pobieranie dużej skrzynki trochę trwa.

wizard-compare-note = Jeśli nie masz pewności, wybierz IMAP: poczta zostaje na serwerze, więc nic nie przepadnie, gdy ten komputer się zepsuje, a w każdej chwili możesz zacząć korzystać z kolejnego urządzenia.

## POP3: what happens to the server's copy

wizard-keep-title = Co ma się dziać z kopią na serwerze?
wizard-keep-lead = W POP3 Posta pobiera każdą nową wiadomość na ten komputer. Wybierz, co potem ma się dziać z jej kopią na serwerze dostawcy.
wizard-keep-keep = Zostawiaj kopię na serwerze
wizard-keep-keep-means = Telefon, inne komputery i poczta przez WWW nadal widzą każdą wiadomość. Skrzynka na serwerze rośnie, dopóki nie usuniesz z niej poczty; gdy się przepełni, nowe wiadomości mogą być odrzucane.
wizard-keep-days = Usuwaj z serwera po
wizard-keep-days-unit = dniach
wizard-keep-days-means = Inne urządzenia mają tyle dni na pobranie każdej wiadomości, a skrzynka na serwerze się nie przepełnia.
wizard-keep-until-deleted = Usuwaj z serwera, gdy usunę wiadomość tutaj
wizard-keep-until-deleted-means = Na serwerze zostaje to, co zostawiasz u siebie. Wiadomość usunięta w programie Posta zniknie z serwera przy następnym sprawdzaniu poczty.
wizard-keep-delete = Usuwaj z serwera zaraz po pobraniu
wizard-keep-delete-means = Każda wiadomość będzie wtedy tylko na tym komputerze. Telefon, inne komputery i poczta przez WWW jej nie zobaczą, a jeśli dysk tego komputera ulegnie awarii, a nie masz kopii zapasowej, poczta przepadnie.
wizard-keep-days-invalid = Wpisz liczbę dni od 1 do 3650.
wizard-keep-safe-title = Posta niczego nie usuwa, zanim Twoja kopia będzie bezpieczna
wizard-keep-safe = Wiadomość znika z serwera dopiero wtedy, gdy zostanie zapisana na dysku tego komputera.
# $days (number)
wizard-keep-provider-days =
    { $days ->
        [one] Twój dostawca zaleca zostawianie kopii na serwerze przez { $days } dzień.
        [few] Twój dostawca zaleca zostawianie kopii na serwerze przez { $days } dni.
        [many] Twój dostawca zaleca zostawianie kopii na serwerze przez { $days } dni.
       *[other] Twój dostawca zaleca zostawianie kopii na serwerze przez { $days } dnia.
    }
wizard-keep-provider-keep = Twój dostawca zaleca zostawianie kopii na serwerze.
wizard-keep-provider-delete = Twój dostawca zaleca usuwanie kopii z serwera po pobraniu.

## Your details

wizard-details-title = Twoje dane
wizard-details-lead = Podaj adres i hasło, którymi logujesz się do poczty przez WWW u swojego dostawcy.
wizard-name = Imię i nazwisko
wizard-name-placeholder = np. Anna Nowak
wizard-name-help = Zobaczą je osoby, do których piszesz.
wizard-email = Adres e-mail
wizard-email-placeholder = ty@przyklad.pl
wizard-email-invalid = To jeszcze nie jest adres e-mail: potrzebna jest nazwa, znak @ i domena, np. anna@przyklad.pl.
wizard-password = Hasło
wizard-password-placeholder = Hasło do poczty
wizard-password-show = Pokaż hasło
wizard-password-help = Jeśli Twój dostawca stosuje weryfikację dwuetapową, zamiast zwykłego hasła może być potrzebne hasło do aplikacji, utworzone na jego stronie.
wizard-why-email = Wpisz adres e-mail, aby znaleźć jego ustawienia.
wizard-why-password = Wpisz hasło, aby przejść dalej.
wizard-details-find = Znajdź ustawienia

## Detection

wizard-detect-title = Wyszukiwanie ustawień
# $domain (text): the part of the address after the @.
wizard-detect-lead = Posta szuka serwerów dla domeny { $domain }. Zwykle trwa to kilka sekund.
wizard-detect-step-list = Lista znanych dostawców w programie Posta
wizard-detect-step-autoconfig = Ustawienia opublikowane przez dostawcę
wizard-detect-step-well-known = Ustawienia opublikowane na stronie Twojej domeny
wizard-detect-step-mx = Dostawca, który odbiera pocztę Twojej domeny
wizard-detect-step-srv = Nazwy serwerów w rekordach DNS Twojej domeny
wizard-detect-step-probe = Sprawdzanie typowych nazw serwerów
wizard-detect-waiting = Czeka
wizard-detect-running = Sprawdzanie…
wizard-detect-found = Znaleziono
wizard-detect-nothing = Brak
wizard-detect-skipped = Niepotrzebne
wizard-detect-privacy = Wysyłana jest tylko nazwa Twojej domeny – a do strony z ustawieniami dostawcy także Twój adres. Hasło zostanie użyte dopiero podczas testu połączenia.
wizard-detect-stop = Przerwij i wpisz ustawienia ręcznie

## Review or manual settings

wizard-review-title = Sprawdź ustawienia serwerów
wizard-review-lead = Posta przetestuje te ustawienia, zanim cokolwiek zapisze. Zmień je, jeśli strony pomocy Twojego dostawcy podają inne.
wizard-review-incoming = Poczta przychodząca
wizard-review-outgoing = Poczta wychodząca (SMTP)
wizard-review-outgoing-help = Służy do wysyłania Twoich wiadomości.
wizard-review-outgoing-later = Nie podano jeszcze serwera wychodzącego: możesz już teraz czytać pocztę, a wysyłanie ustawić później w Ustawieniach.
# $port (text, e.g. "143"), $expected (text: SSL/TLS or STARTTLS).
wizard-mismatch-title = Port { $port } wymaga { $expected } — przełączyć?
# $chosen (text), $expected (text): kinds of security.
wizard-mismatch-why = Ten port działa zwykle z { $expected }, a wybrano { $chosen }, więc połączenie najpewniej się nie uda.
# $security (text: SSL/TLS or STARTTLS).
wizard-mismatch-switch = Przełącz na { $security }
# After SSL/TLS failed on a port Posta does not know. $expected (text).
wizard-mismatch-plain-title = Spróbować { $expected }?
# $chosen (text), $expected (text): kinds of security.
wizard-mismatch-plain-why = Serwer nie nawiązał bezpiecznego połączenia przez { $chosen }. Wiele serwerów oczekuje na takim porcie { $expected }: połączenie zaczyna się bez szyfrowania i jest szyfrowane, zanim zostanie wysłane hasło.
wizard-why-host = Wpisz nazwę serwera poczty przychodzącej, aby przetestować połączenie.
wizard-why-port = Wpisz port serwera poczty przychodzącej – liczbę od 1 do 65535.
wizard-why-user = Wpisz nazwę użytkownika dla serwera poczty przychodzącej.
wizard-why-smtp = Wpisz nazwę i port serwera wychodzącego albo zostaw nazwę pustą, aby ustawić wysyłanie później.
wizard-why-smtp-user = Wpisz nazwę użytkownika dla serwera wychodzącego albo zostaw jego nazwę pustą, aby ustawić wysyłanie później.
wizard-why-insecure = Zaznacz powyżej „Rozumiem ryzyko”, aby przetestować połączenie bez szyfrowania.
wizard-why-keep-days = Wpisz, po ilu dniach (od 1 do 3650) usuwać kopię z serwera.
wizard-review-protocol = Protokół
wizard-review-host = Serwer
wizard-review-port = Port
wizard-review-security = Zabezpieczenia
wizard-review-user = Nazwa użytkownika
wizard-review-test = Testuj połączenie
# A port preset button. $port (text, e.g. "993"), $protocol (text: IMAP,
# POP3 or SMTP), $security (text: SSL/TLS or STARTTLS).
wizard-preset = { $port } · { $protocol } · { $security }

wizard-source-list = Znaleziono na liście dostawców programu Posta
# $provider (text): the provider's name, e.g. "Poczta Wirtualna Polska".
wizard-source-list-body = To opublikowane ustawienia dostawcy { $provider }.
wizard-source-published = Opublikowane przez Twojego dostawcę
# $url (text): the address the settings were read from.
wizard-source-published-body = Posta odczytała je spod adresu { $url }.
# $domain (text)
wizard-source-srv-body = Rekordy DNS domeny { $domain } wskazują jej serwery pocztowe.
wizard-source-mx = Znaleziono przez dostawcę, który odbiera Twoją pocztę
# $domain (text), $host (text): its MX host, $provider (text): the provider's name.
wizard-source-mx-body = Pocztę dla domeny { $domain } odbiera serwer { $host }, należący do dostawcy { $provider }. To opublikowane ustawienia dostawcy { $provider }.
wizard-source-guess = Ustawienia zgadnięte – sprawdź je
wizard-source-guess-body = Te serwery odpowiedziały pod typowymi nazwami i portami, ale Twój dostawca nie publikuje swoich ustawień. Zanim przejdziesz dalej, porównaj je ze stronami pomocy dostawcy.
wizard-source-none = Posta nie znalazła Twoich ustawień
# $domain (text), $protocol (text: IMAP or POP3)
wizard-source-none-body = Dla domeny { $domain } nic nie opublikowano i żaden serwer nie odpowiedział pod typowymi nazwami. Wpisz ustawienia ze stron pomocy swojego dostawcy – szukaj hasła „ustawienia { $protocol }” albo „konfiguracja programu pocztowego”.
wizard-source-manual = Wpisz swoje ustawienia
# $protocol (text: IMAP or POP3)
wizard-source-manual-body = Przepisz je ze stron pomocy swojego dostawcy – szukaj hasła „ustawienia { $protocol }” albo „konfiguracja programu pocztowego”.
wizard-source-oauth = Ten dostawca pozwala programom pocztowym logować się tylko przez własną stronę (OAuth2), czego Posta jeszcze nie potrafi, więc test najpewniej się nie powiedzie. Jeśli dostawca oferuje hasła do aplikacji, utwórz takie hasło na jego stronie i wpisz je zamiast zwykłego.
# $chosen (text), $offered (text): protocol names, IMAP or POP3.
wizard-source-switched = Twój dostawca nie oferuje protokołu { $chosen }, więc Posta użyje protokołu { $offered }.

wizard-insecure-title = To połączenie nie byłoby szyfrowane
wizard-insecure-why = Twoje hasło i każda wiadomość przechodziłyby przez sieć otwartym tekstem. Każdy w tej samej sieci Wi-Fi, u Twojego dostawcy internetu albo po drodze mógłby je odczytać lub przejąć Twoją skrzynkę. Wybierz SSL/TLS albo STARTTLS, chyba że dostawca nie oferuje żadnego z nich.
wizard-insecure-accept = Rozumiem ryzyko i chcę połączenia bez szyfrowania

## Connection test

wizard-test-title = Test połączenia
wizard-test-title-ok = Działa
wizard-test-title-failed = Coś trzeba poprawić
wizard-test-title-receive-only = Odbieranie działa, wysyłanie jeszcze nie
wizard-test-lead = Posta raz zaloguje się na serwery dostawcy, żeby to sprawdzić. Żadna wiadomość nie zostanie wysłana, pobrana ani usunięta.
# $protocol (text: IMAP or POP3), $host (text), $port (text, e.g. "993"),
# $security (text: SSL/TLS, STARTTLS or unencrypted).
wizard-test-incoming = Przychodząca: { $protocol } na { $host }, port { $port }, { $security }
# $host (text), $port (text), $security (text)
wizard-test-outgoing = Wychodząca: SMTP na { $host }, port { $port }, { $security }
wizard-test-running = Łączenie…
wizard-test-cert-decide = Posta się nie zalogowała: najpierw zdecyduj powyżej, czy ufasz certyfikatowi serwera.
wizard-test-incoming-ok-imap = Połączono i zalogowano. Twoja skrzynka oferuje:
wizard-test-incoming-ok-pop3 = Połączono i zalogowano.
wizard-test-outgoing-ok = Połączono bezpiecznie; serwer przyjął logowanie.
wizard-test-outgoing-ok-no-login = Połączono bezpiecznie; serwer nie wymagał logowania.
wizard-test-outgoing-later = Możesz mimo to zapisać konto i czytać pocztę; wysyłanie zadziała, gdy ustawienia serwera wychodzącego będą poprawne.
wizard-test-outgoing-none = Wychodząca: jeszcze nieustawiona
wizard-test-outgoing-skipped = Wysyłanie zostawiono na później; serwer wychodzący możesz dodać w każdej chwili w Ustawieniach.
wizard-test-retry = Spróbuj ponownie
wizard-test-save = Zapisz konto

wizard-cert-title = Czy ufasz temu certyfikatowi?
wizard-cert-host = Serwer
wizard-cert-subject = Wystawiony dla
wizard-cert-issuer = Wystawca
# $issuer (text): the issuer's name.
wizard-cert-self-signed = { $issuer } (podpisany przez siebie samego)
wizard-cert-validity = Ważny
# $from (text), $until (text): dates, already written the local way.
wizard-cert-valid-range = od { $from } do { $until }
wizard-cert-fingerprint = Odcisk cyfrowy (SHA-256)
wizard-cert-advice = Zaufaj mu tylko wtedy, gdy dostawca potwierdzi ten odcisk, np. na swoich stronach pomocy albo przez telefon. Posta będzie wtedy akceptować dokładnie ten certyfikat, tylko dla tego konta, i ostrzeże Cię, jeśli kiedykolwiek się zmieni.
wizard-cert-trust = Ufaj mu dla tego konta
wizard-cert-distrust = Nie ufaj
wizard-cert-refused = Posta nie połączy się z tym serwerem. Sprawdź nazwę serwera albo zapytaj dostawcę, jakiego certyfikatu używa jego serwer.
wizard-cert-second = Ten certyfikat należy do serwera poczty wychodzącej i różni się od zaufanego już certyfikatu serwera poczty przychodzącej. Przed zaufaniem sprawdź także jego odcisk.

## Saving

wizard-save-title = Zapisywanie konta
wizard-save-busy = Zapisywanie ustawień i umieszczanie hasła w magazynie haseł…
wizard-save-done-title = Gotowe
# $email (text)
wizard-save-done = Konto { $email } jest gotowe
wizard-save-done-settings = Ustawienia konta możesz w każdej chwili zmienić w Ustawieniach.
# The name of an account whose address another account already has.
# $email (text), $protocol (text: IMAP or POP3), $host (text): the incoming server.
wizard-account-name-twin = { $email } ({ $protocol }, { $host })
# $name (text), $number (number): 2, 3…
wizard-account-name-numbered = { $name } { $number }
wizard-save-done-keyring = Hasło jest przechowywane w systemowym magazynie haseł.
wizard-save-done-session = Hasło jest przechowywane w pamięci do zamknięcia programu Posta; następnym razem trzeba będzie wpisać je ponownie.
wizard-save-open = Otwórz pocztę
wizard-save-failed = Nie udało się zapisać konta

wizard-keyring-unavailable = Brak magazynu haseł
wizard-keyring-unavailable-why = Posta przechowuje hasła wyłącznie w systemowym magazynie haseł (np. GNOME Keyring albo KWallet), a w tej sesji żaden nie działa.
wizard-keyring-locked = Magazyn haseł jest zablokowany
wizard-keyring-locked-why = Systemowy magazyn haseł jest zablokowany i nie został odblokowany. Odblokuj go (zwykle hasłem, którym logujesz się do komputera) i spróbuj ponownie.
wizard-keyring-failed = Magazyn haseł nie przyjął hasła
# $details (text): the keyring's own words.
wizard-keyring-failed-why = Magazyn haseł zgłosił: { $details }
wizard-keyring-session-explained = Posta nigdy nie zapisuje hasła we własnych plikach. Możesz pozwolić jej przechowywać hasło w pamięci do zamknięcia programu; następnym razem trzeba będzie wpisać je ponownie.
wizard-keyring-session = Zachowaj hasło tylko na tę sesję
wizard-keyring-retry = Spróbuj ponownie z magazynem haseł

## The accounts on the home screen

wizard-home-accounts = Twoje konta
# $email (text), $protocol (text: IMAP or POP3), $host (text)
wizard-home-account-line = { $email } – { $protocol }, { $host }
wizard-home-session-only = (hasło tylko na tę sesję)
wizard-home-add-first = Dodaj konto pocztowe
wizard-home-add = Dodaj kolejne konto
