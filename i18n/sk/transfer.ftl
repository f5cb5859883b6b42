## Import a export (úloha 32): posta import, posta export.

transfer-import-progress = Prečítané správy: { $count }…
transfer-import-done = { $count ->
    [one] Do priečinka { $folder } účtu { $account } sa preniesla 1 správa.
    [few] Do priečinka { $folder } účtu { $account } sa preniesli { $count } správy.
    [many] Do priečinka { $folder } účtu { $account } sa prenieslo { $count } správy.
   *[other] Do priečinka { $folder } účtu { $account } sa prenieslo { $count } správ.
}
transfer-import-already = { $count ->
    [one] 1 správa tam už bola a druhýkrát sa nepridala.
    [few] { $count } správy tam už boli a druhýkrát sa nepridali.
    [many] { $count } správy tam už bolo a druhýkrát sa nepridali.
   *[other] { $count } správ tam už bolo a druhýkrát sa nepridali.
}
transfer-import-deleted = { $count ->
    [one] 1 správa bola v zdroji vymazaná a vynechala sa.
    [few] { $count } správy boli v zdroji vymazané a vynechali sa.
    [many] { $count } správy bolo v zdroji vymazaných a vynechali sa.
   *[other] { $count } správ bolo v zdroji vymazaných a vynechali sa.
}
transfer-import-headerless = { $origin } nemá hlavičky; preniesla sa bez zmeny.
transfer-import-cut-off = Súbor končí uprostred { $origin } (vyzerá odrezaný); prenieslo sa to, čo v ňom je.
transfer-import-resume = Nič z toho, čo sa už prenieslo, sa nestratilo; spustite ten istý príkaz znova a prenesie sa zvyšok.
transfer-not-mbox = { $path } nie je súbor mbox: nezačína riadkom „From “.
transfer-not-maildir = { $path } nie je Maildir: nemá priečinok cur ani new.
transfer-too-large = Správa { $index } v { $path } je na správu príliš veľká; súbor môže byť poškodený.
transfer-unreadable = { $path } sa nepodarilo prečítať: { $details }
transfer-folder-not-found = Účet { $account } nemá priečinok „{ $folder }“.
transfer-export-progress = Zapísané správy: { $count }…
transfer-export-fetching = { $folder }: stiahnuté správy: { $count }…
transfer-export-done = { $folders ->
    [one] Zapísané správy: { $count } z 1 priečinka.
    [few] Zapísané správy: { $count } z { $folders } priečinkov.
    [many] Zapísané správy: { $count } z priečinkov: { $folders }.
   *[other] Zapísané správy: { $count } z { $folders } priečinkov.
}
transfer-export-skipped = Vynechané (nestiahnuté): { $folder }, { $date }, „{ $subject }“
transfer-export-incomplete = { $count ->
    [one] 1 správa sa vynechala, lebo jej text nie je v tomto počítači; s --fetch sa najprv stiahne.
    [few] { $count } správy sa vynechali, lebo ich text nie je v tomto počítači; s --fetch sa najprv stiahnu.
    [many] { $count } správy sa vynechalo, lebo ich text nie je v tomto počítači; s --fetch sa najprv stiahnu.
   *[other] { $count } správ sa vynechalo, lebo ich text nie je v tomto počítači; s --fetch sa najprv stiahnu.
}

cli-import = Prenesie poštu zo súborov mbox, adresárov Maildir, súborov .eml alebo profilu Thunderbirdu.
cli-import-mbox = Prenesie súbory mbox (priečinky Thunderbirdu, exporty mbox).
cli-import-maildir = Prenesie adresáre Maildir (s priečinkami cur a new).
cli-import-eml = Prenesie súbory .eml alebo priečinky s nimi.
cli-export = Zapíše priečinky ako súbory mbox, Maildir alebo .eml, bajt po bajte tak, ako sú uložené.
cli-import-mbox--paths = Súbory alebo priečinky na prenesenie.
cli-import-mbox--account = Účet (názov alebo číslo), do ktorého pošta pôjde.
cli-import-mbox--folder = Cieľový priečinok (vytvorí sa, ak chýba); / oddeľuje úrovne.
cli-import-mbox--password-stdin = Heslo IMAP sa prečíta zo štandardného vstupu namiesto zväzku kľúčov.
cli-import-mbox--timeout = Koľko sekúnd čakať na každý krok v sieti.
cli-import-maildir--paths = Súbory alebo priečinky na prenesenie.
cli-import-maildir--account = Účet (názov alebo číslo), do ktorého pošta pôjde.
cli-import-maildir--folder = Cieľový priečinok (vytvorí sa, ak chýba); / oddeľuje úrovne.
cli-import-maildir--password-stdin = Heslo IMAP sa prečíta zo štandardného vstupu namiesto zväzku kľúčov.
cli-import-maildir--timeout = Koľko sekúnd čakať na každý krok v sieti.
cli-import-eml--paths = Súbory alebo priečinky na prenesenie.
cli-import-eml--account = Účet (názov alebo číslo), do ktorého pošta pôjde.
cli-import-eml--folder = Cieľový priečinok (vytvorí sa, ak chýba); / oddeľuje úrovne.
cli-import-eml--password-stdin = Heslo IMAP sa prečíta zo štandardného vstupu namiesto zväzku kľúčov.
cli-import-eml--timeout = Koľko sekúnd čakať na každý krok v sieti.
cli-export--account = Účet (názov alebo číslo).
cli-export--folder = Priečinok na zapísanie; OUT je potom súbor mbox alebo priečinok.
cli-export--all = Všetky priečinky; OUT je priečinok s jednou položkou pre každý priečinok.
cli-export--format = mbox, maildir alebo eml.
cli-export--fetch = Najprv stiahne správy, ktoré nie sú v tomto počítači (IMAP).
cli-export--password-stdin = Heslo IMAP sa prečíta zo štandardného vstupu namiesto zväzku kľúčov.
cli-export--timeout = Koľko sekúnd čakať na každý krok v sieti.
cli-export--out = Kam zapísať.

transfer-tb-no-profile = Profil Thunderbirdu sa nenašiel (ani v ~/.thunderbird, ani vo verziách snap a flatpak); zadajte jeho priečinok.
transfer-tb-review = Zatiaľ sa nič neuložilo. Skontrolujte zoznam vyššie a spustite ten istý príkaz s --yes; účty sa uložia a pošta sa prenesie.
transfer-tb-saved = { $count ->
    [one] Uložil sa 1 nový účet.
    [few] Uložili sa { $count } nové účty.
    [many] Uložilo sa { $count } nového účtu.
   *[other] Uložilo sa { $count } nových účtov.
}
transfer-tb-passwords = Heslá sa neprenášali (Thunderbird ich uchováva zašifrované); Posta si každé vypýta pri prvom pripojení.
transfer-tb-oauth2 = Účet { $account } sa v Thunderbirde prihlasoval cez stránku poskytovateľa (OAuth2); Posta vás požiada o prihlásenie rovnakým spôsobom.
transfer-tb-left-out = { $account } je účet diskusných skupín alebo kanálov, ktoré Posta nečíta; vynechal sa.
transfer-tb-unreadable-prefs = { $count ->
    [one] 1 riadok súboru prefs.js sa nedal prečítať a vynechal sa.
    [few] { $count } riadky súboru prefs.js sa nedali prečítať a vynechali sa.
    [many] { $count } riadka súboru prefs.js sa nedalo prečítať a vynechali sa.
   *[other] { $count } riadkov súboru prefs.js sa nedalo prečítať a vynechali sa.
}
cli-import-thunderbird = Prenesie účty, miestne priečinky a štítky z profilu Thunderbirdu (najprv na kontrolu; uloží sa s --yes).
cli-import-thunderbird--profile = Profil: jeho priečinok alebo názov v profiles.ini (predvolený, ak sa nezadá).
cli-import-thunderbird--yes = Uloží účty a prenesie poštu (bez toho len ukáže, čo by sa prenieslo).
