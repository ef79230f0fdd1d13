<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AssignCommand</name>
    <message>
        <source>Could not undo or redo</source>
        <translation>Ongedaan maken of opnieuw doen is niet gelukt</translation>
    </message>
    <message>
        <source>Assign to coach</source>
        <translation>Toewijzen aan coach</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) kept the coach given to them after this step.</source>
        <translation>
            <numerusform>%n klant hield de coach die na deze stap is gekozen.</numerusform>
            <numerusform>%n klanten hielden de coach die na deze stap is gekozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>assign %n client(s) to %1</source>
        <translation>
            <numerusform>%n klant toewijzen aan %1</numerusform>
            <numerusform>%n klanten toewijzen aan %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>file created</source>
        <translation>bestand gemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>anonymised (retention)</source>
        <translation>geanonimiseerd (bewaartermijn)</translation>
    </message>
    <message>
        <source>passphrase changed</source>
        <translation>wachtwoordzin gewijzigd</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>back-up teruggezet</translation>
    </message>
    <message>
        <source>file format updated</source>
        <translation>bestandsformaat bijgewerkt</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>instellingen gewijzigd</translation>
    </message>
    <message>
        <source>clients imported</source>
        <translation>klanten geïmporteerd</translation>
    </message>
    <message>
        <source>caseload exported</source>
        <translation>caseload geëxporteerd</translation>
    </message>
    <message>
        <source>dossier exported (access request)</source>
        <translation>dossier geëxporteerd (inzageverzoek)</translation>
    </message>
    <message>
        <source>report made</source>
        <translation>rapportage gemaakt</translation>
    </message>
    <message>
        <source>PIP decision letter printed</source>
        <translation>PIP-beschikking afgedrukt</translation>
    </message>
    <message>
        <source>audit log exported</source>
        <translation>logboek geëxporteerd</translation>
    </message>
    <message>
        <source>sync package written</source>
        <translation>synchronisatiepakket gemaakt</translation>
    </message>
    <message>
        <source>sync package imported</source>
        <translation>synchronisatiepakket ingelezen</translation>
    </message>
    <message>
        <source>conflict: other version restored</source>
        <translation>conflict: andere versie teruggezet</translation>
    </message>
    <message>
        <source>conflict dismissed</source>
        <translation>conflict afgehandeld</translation>
    </message>
    <message>
        <source>synchronised with the server</source>
        <translation>gesynchroniseerd met de server</translation>
    </message>
    <message>
        <source>client left this caseload (server)</source>
        <translation>klant uit deze caseload (server)</translation>
    </message>
    <message>
        <source>file copied: new device</source>
        <translation>bestand gekopieerd: nieuw apparaat</translation>
    </message>
    <message>
        <source>names set</source>
        <translation>namen ingesteld</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Gewijzigd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported</source>
        <translation>
            <numerusform>%n klant geïmporteerd</numerusform>
            <numerusform>%n klanten geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n bijgewerkt</numerusform>
            <numerusform>%n bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(of %n row(s))</source>
        <translation>
            <numerusform>(van %n regel)</numerusform>
            <numerusform>(van %n regels)</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: </source>
        <translation>Van %1: </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nieuw</numerusform>
            <numerusform>%n nieuw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n ongewijzigd</numerusform>
            <numerusform>%n ongewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Heel bestand</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Alleen wijzigingen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n verzonden</numerusform>
            <numerusform>%n verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n ontvangen</numerusform>
            <numerusform>%n ontvangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klant</numerusform>
            <numerusform>%n klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message numerus="yes">
        <source>Retention period over; %n record(s) anonymised</source>
        <translation>
            <numerusform>Bewaartermijn verstreken; %n record geanonimiseerd</numerusform>
            <numerusform>Bewaartermijn verstreken; %n records geanonimiseerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie van %1</translation>
    </message>
    <message>
        <source>Format %1</source>
        <translation>Formaat %1</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>Sync limits</source>
        <translation>Grenzen voor synchronisatie</translation>
    </message>
    <message>
        <source>Import profile saved</source>
        <translation>Importprofiel opgeslagen</translation>
    </message>
    <message>
        <source>Import profile removed</source>
        <translation>Importprofiel verwijderd</translation>
    </message>
    <message>
        <source>No longer in this login&apos;s caseload on the server; removed from this file</source>
        <translation>Niet meer in de caseload van deze login op de server; uit dit bestand verwijderd</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Code handeling</translation>
    </message>
    <message>
        <source>demo data made</source>
        <translation>demogegevens gemaakt</translation>
    </message>
    <message numerus="yes">
        <source>%n invented client(s)</source>
        <translation>
            <numerusform>%n verzonnen klant</numerusform>
            <numerusform>%n verzonnen klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>clients assigned to another coach</source>
        <translation>klanten aan een andere coach toegewezen</translation>
    </message>
    <message>
        <source>assignment to another coach undone</source>
        <translation>toewijzing aan een andere coach ongedaan gemaakt</translation>
    </message>
    <message>
        <source>clients handed over (package written)</source>
        <translation>klanten overgedragen (pakket gemaakt)</translation>
    </message>
</context>
<context>
    <name>CaseloadService</name>
    <message>
        <source>No clients were chosen.</source>
        <translation>Er zijn geen klanten gekozen.</translation>
    </message>
    <message>
        <source>There is no client with id %1 in this file.</source>
        <translation>Er is geen klant met id %1 in dit bestand.</translation>
    </message>
    <message>
        <source>That coach is not in this file.</source>
        <translation>Die coach staat niet in dit bestand.</translation>
    </message>
    <message>
        <source>%1 is no longer active; clients cannot be assigned to this coach.</source>
        <translation>%1 is niet meer actief; aan deze coach kunnen geen klanten worden toegewezen.</translation>
    </message>
    <message>
        <source>A handover needs its date.</source>
        <translation>Een overdracht heeft een datum nodig.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtwoordzin: </translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation>Geen wachtwoordzin opgegeven.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Herhaal de wachtwoordzin: </translation>
    </message>
    <message>
        <source>No passphrase given, or the two entries differ.</source>
        <translation>Geen wachtwoordzin opgegeven, of de twee invoeren verschillen.</translation>
    </message>
    <message>
        <source>Created %1 (encrypted, schema %2).
</source>
        <translation>%1 aangemaakt (versleuteld, schema %2).
</translation>
    </message>
    <message>
        <source>Number of clients.</source>
        <translation>Aantal klanten.</translation>
    </message>
    <message>
        <source>Seed of the generator.</source>
        <translation>Startwaarde van de generator.</translation>
    </message>
    <message>
        <source>--clients and --seed take a whole number.</source>
        <translation>--clients en --seed verwachten een geheel getal.</translation>
    </message>
    <message>
        <source>Added %1 demo clients (%2 records) in %3 s.
</source>
        <translation>%1 demoklanten toegevoegd (%2 records) in %3 s.
</translation>
    </message>
    <message>
        <source>Unknown option for list: %1</source>
        <translation>Onbekende optie voor list: %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Volgende mijlpaal</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)
</source>
        <translation>
            <numerusform>%n klant
</numerusform>
            <numerusform>%n klanten
</numerusform>
        </translation>
    </message>
    <message>
        <source>show takes one client id.</source>
        <translation>show verwacht één klant-id.</translation>
    </message>
    <message>
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
    </message>
    <message>
        <source>Encrypted file header</source>
        <translation>Versleutelde bestandskop</translation>
    </message>
    <message>
        <source>NO - plain SQLite</source>
        <translation>NEE - onversleuteld SQLite</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <source>Broken references</source>
        <translation>Verbroken verwijzingen</translation>
    </message>
    <message>
        <source>Rows in %1</source>
        <translation>Rijen in %1</translation>
    </message>
    <message>
        <source>Check passed.
</source>
        <translation>Controle geslaagd.
</translation>
    </message>
    <message>
        <source>Check FAILED.
</source>
        <translation>Controle MISLUKT.
</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Herhaal de nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <source>Passphrase changed. The previous version is kept as an encrypted backup under the old passphrase.
</source>
        <translation>Wachtwoordzin gewijzigd. De vorige versie is bewaard als versleutelde reservekopie met de oude wachtwoordzin.
</translation>
    </message>
    <message>
        <source>Unknown option %1 (see --help).</source>
        <translation>Onbekende optie %1 (zie --help).</translation>
    </message>
    <message>
        <source>No command given (see --help).</source>
        <translation>Geen opdracht opgegeven (zie --help).</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db BESTAND is verplicht.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init verwacht geen argumenten.</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check verwacht geen argumenten.</translation>
    </message>
    <message>
        <source>passwd takes no arguments.</source>
        <translation>passwd verwacht geen argumenten.</translation>
    </message>
    <message>
        <source>Unknown command %1 (see --help).</source>
        <translation>Onbekende opdracht %1 (zie --help).</translation>
    </message>
    <message>
        <source>The spreadsheet (CSV) to import.</source>
        <translation>Het te importeren CSV-bestand.</translation>
    </message>
    <message>
        <source>Check the file and report, without writing.</source>
        <translation>Het bestand controleren en rapporteren, zonder iets weg te schrijven.</translation>
    </message>
    <message>
        <source>What to do with clients already stored: skip or update.</source>
        <translation>Wat te doen met klanten die al zijn opgeslagen: skip (overslaan) of update (bijwerken).</translation>
    </message>
    <message>
        <source>Write the refused rows with their reason to this CSV file.</source>
        <translation>De afgewezen rijen met hun reden naar dit CSV-bestand schrijven.</translation>
    </message>
    <message>
        <source>Map the columns with this saved import profile.</source>
        <translation>De kolommen indelen met dit opgeslagen importprofiel.</translation>
    </message>
    <message>
        <source>import-clients takes one file.</source>
        <translation>import-clients verwacht één bestand.</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip or update.</source>
        <translation>--on-duplicate verwacht skip of update.</translation>
    </message>
    <message>
        <source>Cannot open the file %1.</source>
        <translation>Kan het bestand %1 niet openen.</translation>
    </message>
    <message>
        <source>row %1 refused: %2
</source>
        <translation>rij %1 afgewezen: %2
</translation>
    </message>
    <message>
        <source>row %1: %2
</source>
        <translation>rij %1: %2
</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.
</source>
        <translation>Proefrun: er is niets weggeschreven.
</translation>
    </message>
    <message>
        <source>export-clients takes one output file.</source>
        <translation>export-clients verwacht één uitvoerbestand.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s).
</source>
        <translation>
            <numerusform>%n klant geëxporteerd.
</numerusform>
            <numerusform>%n klanten geëxporteerd.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Package passphrase: </source>
        <translation>Pakketwachtwoordzin: </translation>
    </message>
    <message>
        <source>Repeat the package passphrase: </source>
        <translation>Herhaal de pakketwachtwoordzin: </translation>
    </message>
    <message>
        <source>The package to write.</source>
        <translation>Het te schrijven pakket.</translation>
    </message>
    <message>
        <source>The device or person the package is for.</source>
        <translation>Het apparaat of de persoon waarvoor het pakket bedoeld is.</translation>
    </message>
    <message>
        <source>Everything, not only the changes since the last package for the peer.</source>
        <translation>Alles, niet alleen de wijzigingen sinds het vorige pakket voor de ontvanger.</translation>
    </message>
    <message>
        <source>File whose first line is the package passphrase.</source>
        <translation>Bestand waarvan de eerste regel de pakketwachtwoordzin is.</translation>
    </message>
    <message>
        <source>sync-export takes one output file.</source>
        <translation>sync-export verwacht één uitvoerbestand.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 records) in %4 s.
</source>
        <translation>%1 geschreven (%2, %3 records) in %4 s.
</translation>
    </message>
    <message>
        <source>full package</source>
        <translation>volledig pakket</translation>
    </message>
    <message>
        <source>changes since the last package for this peer</source>
        <translation>wijzigingen sinds het vorige pakket voor deze ontvanger</translation>
    </message>
    <message>
        <source>The package to import.</source>
        <translation>Het te importeren pakket.</translation>
    </message>
    <message>
        <source>sync-import takes one package file.</source>
        <translation>sync-import verwacht één pakketbestand.</translation>
    </message>
    <message>
        <source>No package passphrase given.</source>
        <translation>Geen pakketwachtwoordzin opgegeven.</translation>
    </message>
    <message>
        <source>Imported a package from device %1 made %2: %3 new, %4 updated, %5 unchanged, %6 conflicts (%7 s).
</source>
        <translation>Pakket van apparaat %1 (gemaakt op %2) geïmporteerd: %3 nieuw, %4 bijgewerkt, %5 ongewijzigd, %6 conflicten (%7 s).
</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Eerste dag van de periode.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Laatste dag van de periode.</translation>
    </message>
    <message>
        <source>Only this municipality (repeatable).</source>
        <translation>Alleen deze gemeente (kan vaker worden opgegeven).</translation>
    </message>
    <message>
        <source>Write the report to this PDF file.</source>
        <translation>De rapportage naar dit PDF-bestand schrijven.</translation>
    </message>
    <message>
        <source>Write the figures to this CSV file.</source>
        <translation>De cijfers naar dit CSV-bestand schrijven.</translation>
    </message>
    <message>
        <source>Hide numbers below this (default 5).</source>
        <translation>Aantallen onder deze drempel verbergen (standaard 5).</translation>
    </message>
    <message>
        <source>report takes no arguments besides its options.</source>
        <translation>report verwacht geen argumenten naast de opties.</translation>
    </message>
    <message>
        <source>--from and --to take a date as yyyy-mm-dd or dd-mm-yyyy.</source>
        <translation>--from en --to verwachten een datum als jjjj-mm-dd of dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>--from lies after --to.</source>
        <translation>--from ligt na --to.</translation>
    </message>
    <message>
        <source>--threshold takes a whole number of at least 2.</source>
        <translation>--threshold verwacht een geheel getal van minstens 2.</translation>
    </message>
    <message>
        <source>report needs --pdf OUT.pdf.</source>
        <translation>report vereist --pdf UIT.pdf.</translation>
    </message>
    <message>
        <source>Unknown municipality: %1</source>
        <translation>Onbekende gemeente: %1</translation>
    </message>
    <message>
        <source>Report for %1 written to %2.
</source>
        <translation>Rapportage over %1 geschreven naar %2.
</translation>
    </message>
    <message>
        <source>The client&apos;s id.</source>
        <translation>Het id van de klant.</translation>
    </message>
    <message>
        <source>Write the dossier to this PDF file.</source>
        <translation>Het dossier naar dit PDF-bestand schrijven.</translation>
    </message>
    <message>
        <source>Write the dossier to this CSV file.</source>
        <translation>Het dossier naar dit CSV-bestand schrijven.</translation>
    </message>
    <message>
        <source>dossier takes one client id.</source>
        <translation>dossier verwacht één klant-id.</translation>
    </message>
    <message>
        <source>dossier needs --pdf OUT.pdf.</source>
        <translation>dossier vereist --pdf UIT.pdf.</translation>
    </message>
    <message>
        <source>Dossier written to %1. The file is not encrypted: hand it over and delete it.
</source>
        <translation>Dossier geschreven naar %1. Het bestand is niet versleuteld: overhandig het en verwijder het daarna.
</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1
</source>
        <translation>
            <numerusform>%n back-up in %1
</numerusform>
            <numerusform>%n back-ups in %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>restore takes --list or one backup (number, name or path).</source>
        <translation>restore verwacht --list of één back-up (nummer, naam of pad).</translation>
    </message>
    <message>
        <source>No backup %1 (see restore --list).</source>
        <translation>Back-up %1 bestaat niet (zie restore --list).</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Wachtwoordzin van de back-up: </translation>
    </message>
    <message>
        <source>Restored %1. The replaced file is kept as %2. The file now opens with the backup&apos;s passphrase.
</source>
        <translation>%1 teruggezet. Het vervangen bestand is bewaard als %2. Het bestand opent nu met de wachtwoordzin van de back-up.
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>List the dossiers past the retention term (the default).</source>
        <translation>De dossiers tonen waarvan de bewaartermijn is verstreken (standaard).</translation>
    </message>
    <message>
        <source>Anonymise every dossier past the retention term.</source>
        <translation>Alle dossiers anonimiseren waarvan de bewaartermijn is verstreken.</translation>
    </message>
    <message>
        <source>Years after the end of the duty (default: the rule setting).</source>
        <translation>Aantal jaren na het einde van de inburgeringsplicht (standaard: volgens de instellingen).</translation>
    </message>
    <message>
        <source>retention takes no file or id.</source>
        <translation>retention verwacht geen bestand of id.</translation>
    </message>
    <message>
        <source>--years takes a whole number.</source>
        <translation>--years verwacht een geheel getal.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) past the retention term of %1 years after the end of the duty.
</source>
        <translation>
            <numerusform>%n dossier waarvan de bewaartermijn van %1 jaar na het einde van de inburgeringsplicht is verstreken.
</numerusform>
            <numerusform>%n dossiers waarvan de bewaartermijn van %1 jaar na het einde van de inburgeringsplicht is verstreken.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n dossier(s); the file was vacuumed.
</source>
        <translation>
            <numerusform>%n dossier geanonimiseerd; het bestand is opgeschoond.
</numerusform>
            <numerusform>%n dossiers geanonimiseerd; het bestand is opgeschoond.
</numerusform>
        </translation>
    </message>
    <message>
        <source>  list [--csv]                  the caseload as a table or CSV
</source>
        <translation>  list [--csv]                  de werkvoorraad als tabel of CSV
</translation>
    </message>
    <message>
        <source>  show ID                       one client&apos;s dossier
</source>
        <translation>  show ID                       het dossier van één klant
</translation>
    </message>
    <message>
        <source>  import-clients FILE [--dry-run] [--on-duplicate skip|update] [--rejected OUT.csv]
                 [--profile NAME]
                                import a spreadsheet of clients (CSV, dialect detected)
</source>
        <translation>  import-clients BESTAND [--dry-run] [--on-duplicate skip|update] [--rejected UIT.csv]
                 [--profile NAAM]
                                een CSV-bestand met klanten importeren (CSV-indeling wordt herkend)
</translation>
    </message>
    <message>
        <source>  export-clients OUT.csv        all clients as a CSV for Excel
</source>
        <translation>  export-clients UIT.csv        alle klanten als CSV-bestand voor Excel
</translation>
    </message>
    <message>
        <source>  init                          create a new encrypted file
</source>
        <translation>  init                          een nieuw versleuteld bestand aanmaken
</translation>
    </message>
    <message>
        <source>  demo --clients N [--seed S]   add synthetic demo clients (creates the file if needed)
</source>
        <translation>  demo --clients N [--seed S]   verzonnen demoklanten toevoegen (maakt zo nodig het bestand aan)
</translation>
    </message>
    <message>
        <source>  check                         integrity and cipher check
</source>
        <translation>  check                         integriteit en versleuteling controleren
</translation>
    </message>
    <message>
        <source>  passwd                        change the passphrase
</source>
        <translation>  passwd                        de wachtwoordzin wijzigen
</translation>
    </message>
    <message>
        <source>  restore --list | restore BACKUP
                                list the encrypted backups, or put one in place of the file
</source>
        <translation>  restore --list | restore BACK-UP
                                de versleutelde back-ups tonen, of er één terugzetten in plaats
                                van het bestand
</translation>
    </message>
    <message>
        <source>  retention [--list] [--delete-expired] [--years N]
                                dossiers past the retention term; anonymise them
</source>
        <translation>  retention [--list] [--delete-expired] [--years N]
                                dossiers waarvan de bewaartermijn is verstreken; die anonimiseren
</translation>
    </message>
    <message>
        <source>  report --from DATE --to DATE [--municipality NAME]... --pdf OUT.pdf [--csv OUT.csv]
         [--threshold N]        anonymous report for the college van B&amp;W (dates as
                                yyyy-mm-dd or dd-mm-yyyy)
</source>
        <translation>  report --from DATUM --to DATUM [--municipality NAAM]... --pdf UIT.pdf [--csv UIT.csv]
         [--threshold N]        anonieme rapportage voor het college van B&amp;W (datums als
                                jjjj-mm-dd of dd-mm-jjjj)
</translation>
    </message>
    <message>
        <source>  dossier ID --pdf OUT.pdf [--csv OUT.csv]
                                one client&apos;s whole dossier for an access request (AVG)
</source>
        <translation>  dossier ID --pdf UIT.pdf [--csv UIT.csv]
                                het hele dossier van één klant voor een inzageverzoek (AVG)
</translation>
    </message>
    <message>
        <source>Usage: koers-cli --db FILE [--passphrase-file F] COMMAND [options]

Commands:
</source>
        <translation>Gebruik: koers-cli --db BESTAND [--passphrase-file F] OPDRACHT [opties]

Opdrachten:
</translation>
    </message>
    <message>
        <source>
The passphrase is read from --passphrase-file, else from the first line of standard input
when it is not a terminal, else asked without echo. Exit codes: 0 ok, 1 error, 2 usage,
3 wrong passphrase, 4 file in use by another instance.
The package passphrase is read from --package-passphrase-file, else from the next line of
standard input, else asked without echo.
</source>
        <translation>
De wachtwoordzin komt uit --passphrase-file, anders uit de eerste regel van standaardinvoer
als dat geen terminal is, anders wordt erom gevraagd zonder echo. Afsluitcodes: 0 goed, 1 fout,
2 verkeerd gebruik, 3 verkeerde wachtwoordzin, 4 bestand in gebruik door een ander programma.
De pakketwachtwoordzin komt uit --package-passphrase-file, anders uit de volgende regel van
standaardinvoer, anders wordt erom gevraagd zonder echo.
</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Kan niet naar de standaarduitvoer schrijven.</translation>
    </message>
    <message>
        <source>Backups: none in %1
</source>
        <translation>Back-ups: geen in %1
</translation>
    </message>
    <message numerus="yes">
        <source>Backups: %n (restore one with: koers-cli --db FILE restore N), newest first:
</source>
        <translation>
            <numerusform>Back-ups: %n (terugzetten met: koers-cli --db BESTAND restore N), nieuwste eerst:
</numerusform>
            <numerusform>Back-ups: %n (terugzetten met: koers-cli --db BESTAND restore N), nieuwste eerst:
</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1
</source>
        <translation>Bestand: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n fault(s), the first: %1</source>
        <translation>
            <numerusform>%n fout, namelijk: %1</numerusform>
            <numerusform>%n fouten, de eerste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept a package that deletes or empties up to N clients (asked otherwise).</source>
        <translation>Een pakket accepteren dat tot N klanten verwijdert of leegmaakt (anders wordt het geweigerd).</translation>
    </message>
    <message>
        <source>--allow-deletions takes a whole number.</source>
        <translation>--allow-deletions verwacht een geheel getal.</translation>
    </message>
    <message>
        <source>Clients deleted: %1, emptied: %2, anonymised: %3. The file as it was before is kept as the backup %4 (see restore --list).
</source>
        <translation>Klanten verwijderd: %1, leeggemaakt: %2, geanonimiseerd: %3. Het bestand zoals het was, is bewaard als de back-up %4 (zie restore --list).
</translation>
    </message>
    <message>
        <source>  sync-import FILE.koerssync [--package-passphrase-file F] [--allow-deletions N]
                                merge a sync package from another device (one that
                                deletes or empties many clients needs --allow-deletions)
</source>
        <translation>  sync-import BESTAND.koerssync [--package-passphrase-file F] [--allow-deletions N]
                                een synchronisatiepakket van een ander apparaat samenvoegen
                                (een pakket dat veel klanten verwijdert of leegmaakt, vraagt
                                --allow-deletions)
</translation>
    </message>
    <message>
        <source>Usage: %1 (see --help).</source>
        <translation>Gebruik: %1 (zie --help).</translation>
    </message>
    <message>
        <source>%1 needs the client&apos;s id.</source>
        <translation>%1 heeft het id van de klant nodig.</translation>
    </message>
    <message>
        <source>%1: unknown value &quot;%2&quot;; one of: %3.</source>
        <translation>%1: onbekende waarde &quot;%2&quot;; kies uit: %3.</translation>
    </message>
    <message>
        <source>--%1: not a date (use yyyy-mm-dd or dd-mm-yyyy).</source>
        <translation>--%1: geen datum (gebruik jjjj-mm-dd of dd-mm-jjjj).</translation>
    </message>
    <message>
        <source>The intake topic, by its code (e.g. language_level, health).</source>
        <translation>Het onderwerp van de intake, met zijn code (bijv. language_level, health).</translation>
    </message>
    <message>
        <source>Its score, 1 to 5 (0: not assessed).</source>
        <translation>De score, 1 tot en met 5 (0: niet beoordeeld).</translation>
    </message>
    <message>
        <source>A note on the topic.</source>
        <translation>Een notitie bij het onderwerp.</translation>
    </message>
    <message>
        <source>Usage: intake ID --section NAME --score N [--note T].</source>
        <translation>Gebruik: intake ID --section NAME --score N [--note T].</translation>
    </message>
    <message>
        <source>--score takes a number from 0 to 5.</source>
        <translation>--score verwacht een getal van 0 tot en met 5.</translation>
    </message>
    <message>
        <source>Intake %1: %2 scored %3.
</source>
        <translation>Intake %1: %2 kreeg score %3.
</translation>
    </message>
    <message>
        <source>The date of decision (dagtekening).</source>
        <translation>De dagtekening van het besluit.</translation>
    </message>
    <message>
        <source>The route, by its code (b1, education, z).</source>
        <translation>De leerroute, met zijn code (b1, education, z).</translation>
    </message>
    <message>
        <source>Usage: plan add ID --date D --route R.</source>
        <translation>Gebruik: plan add ID --date D --route R.</translation>
    </message>
    <message>
        <source>Added PIP version %1 (%2, %3): %4.
</source>
        <translation>PIP-versie %1 toegevoegd (%2, %3): %4.
</translation>
    </message>
    <message>
        <source>The life domain, by its code (language, work_income, health, ...).</source>
        <translation>Het leefgebied, met zijn code (language, work_income, health, ...).</translation>
    </message>
    <message>
        <source>What is done.</source>
        <translation>Wat er gebeurt.</translation>
    </message>
    <message>
        <source>The goal itself.</source>
        <translation>Het doel zelf.</translation>
    </message>
    <message>
        <source>Who does it.</source>
        <translation>Wie het doet.</translation>
    </message>
    <message>
        <source>By when.</source>
        <translation>Uiterlijk wanneer.</translation>
    </message>
    <message>
        <source>Usage: goal add ID --domain D --action T [--due D].</source>
        <translation>Gebruik: goal add ID --domain D --action T [--due D].</translation>
    </message>
    <message>
        <source>Added goal %1 to PIP version %2.
</source>
        <translation>Doel %1 toegevoegd aan PIP-versie %2.
</translation>
    </message>
    <message>
        <source>The day of the conversation.</source>
        <translation>De dag van het gesprek.</translation>
    </message>
    <message>
        <source>The kind, by its code (progress_talk, home_visit, phone, ...).</source>
        <translation>De soort, met zijn code (progress_talk, home_visit, phone, ...).</translation>
    </message>
    <message>
        <source>What was discussed.</source>
        <translation>Wat er besproken is.</translation>
    </message>
    <message>
        <source>With whom.</source>
        <translation>Met wie.</translation>
    </message>
    <message>
        <source>The next step agreed.</source>
        <translation>De afgesproken volgende stap.</translation>
    </message>
    <message>
        <source>When the next step is due.</source>
        <translation>Wanneer de volgende stap uiterlijk klaar moet zijn.</translation>
    </message>
    <message>
        <source>Usage: contact add ID --date D --kind K --summary T [--next-step T --next-due D].</source>
        <translation>Gebruik: contact add ID --date D --kind K --summary T [--next-step T --next-due D].</translation>
    </message>
    <message>
        <source>Added conversation %1.
</source>
        <translation>Gesprek %1 toegevoegd.
</translation>
    </message>
    <message>
        <source>The role, by its code (social_support, language_school, key_person, ...).</source>
        <translation>De rol, met zijn code (social_support, language_school, key_person, ...).</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>De naam van de persoon.</translation>
    </message>
    <message>
        <source>The organisation.</source>
        <translation>De organisatie.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Telefoonnummer.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-mailadres.</translation>
    </message>
    <message>
        <source>Usage: involvement add ID --kind K --name T [--organisation T].</source>
        <translation>Gebruik: involvement add ID --kind K --name T [--organisation T].</translation>
    </message>
    <message>
        <source>Added involved party %1.
</source>
        <translation>Betrokkene %1 toegevoegd.
</translation>
    </message>
    <message>
        <source>Usage: milestone achieve ID KIND [--date D] | milestone waive ID KIND --reason T.</source>
        <translation>Gebruik: milestone achieve ID KIND [--date D] | milestone waive ID KIND --reason T.</translation>
    </message>
    <message>
        <source>The day it was achieved (default: today).</source>
        <translation>De dag waarop het behaald is (standaard: vandaag).</translation>
    </message>
    <message>
        <source>Why it is waived.</source>
        <translation>Waarom het vervalt.</translation>
    </message>
    <message>
        <source>Milestone %1 waived.
</source>
        <translation>Mijlpaal %1 laten vervallen.
</translation>
    </message>
    <message>
        <source>Milestone %1 achieved on %2.
</source>
        <translation>Mijlpaal %1 behaald op %2.
</translation>
    </message>
    <message>
        <source>  intake ID --section NAME --score N [--note T]
                                score one topic of the broad intake (0-5)
</source>
        <translation>  intake ID --section NAAM --score N [--note T]
                                één onderwerp van de brede intake scoren (0-5)
</translation>
    </message>
    <message>
        <source>  plan add ID --date D --route R
                                add a PIP version (route b1, education or z)
</source>
        <translation>  plan add ID --date D --route R
                                een PIP-versie toevoegen (route b1, education of z)
</translation>
    </message>
    <message>
        <source>  goal add ID --domain D --action T [--goal T] [--owner T] [--due D]
                                add a goal to the latest PIP version
</source>
        <translation>  goal add ID --domain D --action T [--goal T] [--owner T] [--due D]
                                een doel toevoegen aan de nieuwste PIP-versie
</translation>
    </message>
    <message>
        <source>  contact add ID --date D --kind K --summary T [--with T] [--next-step T --next-due D]
                                add a conversation
</source>
        <translation>  contact add ID --date D --kind K --summary T [--with T] [--next-step T --next-due D]
                                een gesprek toevoegen
</translation>
    </message>
    <message>
        <source>  involvement add ID --kind K --name T [--organisation T] [--phone T] [--email T]
                                add a person or organisation involved
</source>
        <translation>  involvement add ID --kind K --name T [--organisation T] [--phone T] [--email T]
                                een betrokken persoon of organisatie toevoegen
</translation>
    </message>
    <message>
        <source>  milestone achieve ID KIND [--date D] | milestone waive ID KIND --reason T
                                mark a milestone (KIND e.g. intake_done, exam_knm)
</source>
        <translation>  milestone achieve ID KIND [--date D] | milestone waive ID KIND --reason T
                                een mijlpaal markeren (KIND bijv. intake_done, exam_knm)
</translation>
    </message>
    <message>
        <source>libpq connection string or URI of the hub.</source>
        <translation>libpq-verbindingstekst of URI van de server (hub).</translation>
    </message>
    <message>
        <source>Do not put the password into --hub: use PGPASSWORD, ~/.pgpass or the prompt.</source>
        <translation>Zet het wachtwoord niet in --hub: gebruik PGPASSWORD, ~/.pgpass of de vraag om het wachtwoord.</translation>
    </message>
    <message>
        <source>Hub password: </source>
        <translation>Wachtwoord voor de server: </translation>
    </message>
    <message>
        <source>setup, grant, revoke or status.</source>
        <translation>setup, grant, revoke of status.</translation>
    </message>
    <message>
        <source>grant: the coach whose caseload the login syncs.</source>
        <translation>grant: de coach van wie deze login de caseload synchroniseert.</translation>
    </message>
    <message>
        <source>grant: a team lead, who syncs every client.</source>
        <translation>grant: een teamleider, die alle cliënten synchroniseert.</translation>
    </message>
    <message>
        <source>grant --lead: only the clients of this municipality (repeatable).</source>
        <translation>grant --lead: alleen de cliënten van deze gemeente (mag vaker).</translation>
    </message>
    <message>
        <source>hub needs an action: setup, grant, revoke or status.</source>
        <translation>hub heeft een actie nodig: setup, grant, revoke of status.</translation>
    </message>
    <message>
        <source>hub %1 needs --hub CONNINFO.</source>
        <translation>hub %1 heeft --hub CONNINFO nodig.</translation>
    </message>
    <message>
        <source>hub %1 takes one login.</source>
        <translation>hub %1 verwacht één login.</translation>
    </message>
    <message>
        <source>hub %1 takes no further arguments.</source>
        <translation>hub %1 verwacht verder geen argumenten.</translation>
    </message>
    <message>
        <source>hub grant needs either --coach NAME or --lead.</source>
        <translation>hub grant heeft --coach NAAM of --lead nodig.</translation>
    </message>
    <message>
        <source>--municipality belongs to hub grant --lead.</source>
        <translation>--municipality hoort bij hub grant --lead.</translation>
    </message>
    <message>
        <source>Unknown hub action %1 (setup, grant, revoke, status).</source>
        <translation>Onbekende hub-actie %1 (setup, grant, revoke, status).</translation>
    </message>
    <message>
        <source>The hub is up to date (schema version %1).
</source>
        <translation>De server is bijgewerkt (schemaversie %1).
</translation>
    </message>
    <message>
        <source>Hub schema version %1 -&gt; %2.
</source>
        <translation>Schemaversie van de server %1 -&gt; %2.
</translation>
    </message>
    <message>
        <source>Login %1 may now sync with the hub.
</source>
        <translation>Login %1 mag nu synchroniseren met de server.
</translation>
    </message>
    <message>
        <source>Login %1 may no longer sync with the hub.
</source>
        <translation>Login %1 mag niet meer synchroniseren met de server.
</translation>
    </message>
    <message>
        <source>This database is not a Koers hub yet (run hub setup).
</source>
        <translation>Deze database is nog geen Koers-server (voer hub setup uit).
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Hub %1, schema version %2
</source>
        <translation>Server %1, schemaversie %2
</translation>
    </message>
    <message>
        <source>Records: %1
</source>
        <translation>Records: %1
</translation>
    </message>
    <message>
        <source>Open conflicts: %1; changes logged: %2; audit entries: %3
</source>
        <translation>Open conflicten: %1; vastgelegde wijzigingen: %2; regels in het auditlog: %3
</translation>
    </message>
    <message>
        <source>Logins:
</source>
        <translation>Logins:
</translation>
    </message>
    <message>
        <source>  %1: %2; %3 clients, %4 leaving
</source>
        <translation>  %1: %2; %3 cliënten, %4 vertrekkend
</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>Devices:
</source>
        <translation>Apparaten:
</translation>
    </message>
    <message>
        <source>  %1 (%2): last push %3 (%4 records), last pull %5 (%6 records)
</source>
        <translation>  %1 (%2): laatst verstuurd %3 (%4 records), laatst opgehaald %5 (%6 records)
</translation>
    </message>
    <message>
        <source>sync takes --hub CONNINFO and nothing else.</source>
        <translation>sync verwacht --hub CONNINFO en verder niets.</translation>
    </message>
    <message>
        <source>Pushed %1 records: %2 new on the hub, %3 updated, %4 unchanged, %5 conflicts, %6 outside this login&apos;s scope (not sent).
</source>
        <translation>Verstuurd: %1 records: %2 nieuw op de server, %3 bijgewerkt, %4 ongewijzigd, %5 conflicten, %6 buiten het bereik van deze login (niet verstuurd).
</translation>
    </message>
    <message>
        <source>Pulled %1 records: %2 new, %3 updated, %4 unchanged, %5 conflicts; %6 clients left this login&apos;s scope and were removed, %7 kept until their changes are pushed (%8 s).
</source>
        <translation>Opgehaald: %1 records: %2 nieuw, %3 bijgewerkt, %4 ongewijzigd, %5 conflicten; %6 cliënten vielen buiten het bereik van deze login en zijn verwijderd, %7 blijven tot hun wijzigingen zijn verstuurd (%8 s).
</translation>
    </message>
    <message>
        <source>  hub setup|status --hub CONNINFO
  hub grant LOGIN --coach NAME | --lead [--municipality NAME]... --hub CONNINFO
  hub revoke LOGIN --hub CONNINFO
                                the regional hub on PostgreSQL, as the owner of its database
                                (no --db)
</source>
        <translation>  hub setup|status --hub CONNINFO
  hub grant LOGIN --coach NAAM | --lead [--municipality NAAM]... --hub CONNINFO
  hub revoke LOGIN --hub CONNINFO
                                de regionale server op PostgreSQL, als eigenaar van de database
                                (zonder --db)
</translation>
    </message>
    <message>
        <source>  sync --hub CONNINFO           push this file&apos;s changes to the hub and pull what changed there
                                that this login may see
</source>
        <translation>  sync --hub CONNINFO           wijzigingen van dit bestand naar de server sturen en ophalen wat
                                daar veranderde en deze login mag zien
</translation>
    </message>
    <message>
        <source>Only this coach&apos;s caseload (repeatable).</source>
        <translation>Alleen de caseload van deze coach (mag vaker).</translation>
    </message>
    <message>
        <source>Only this municipality&apos;s clients (repeatable).</source>
        <translation>Alleen de cliënten van deze gemeente (mag vaker).</translation>
    </message>
    <message>
        <source>  sync-export OUT.koerssync [--peer NAME] [--full] [--package-passphrase-file F]
              [--coach NAME]... [--municipality NAME]...
                                write an encrypted sync package (for a peer: only the changes
                                since its last package, unless --full; with --coach or
                                --municipality only that caseload)
</source>
        <translation>  sync-export UIT.koerssync [--peer NAAM] [--full] [--package-passphrase-file F]
              [--coach NAAM]... [--municipality NAAM]...
                                een versleuteld synchronisatiepakket schrijven (voor een peer: alleen
                                de wijzigingen sinds het vorige pakket, tenzij --full; met --coach of
                                --municipality alleen die caseload)
</translation>
    </message>
    <message>
        <source>The PIP version (default: the latest).</source>
        <translation>De PIP-versie (standaard: de laatste).</translation>
    </message>
    <message>
        <source>Write the letter to this PDF file.</source>
        <translation>De brief naar dit PDF-bestand schrijven.</translation>
    </message>
    <message>
        <source>The sender&apos;s name (default: the client&apos;s municipality).</source>
        <translation>De naam van de afzender (standaard: de gemeente van de klant).</translation>
    </message>
    <message>
        <source>An address line of the letterhead (repeatable).</source>
        <translation>Een adresregel van het briefhoofd (herhaalbaar).</translation>
    </message>
    <message>
        <source>The municipality&apos;s logo (PNG or JPEG).</source>
        <translation>Het logo van de gemeente (PNG of JPEG).</translation>
    </message>
    <message>
        <source>pip-letter takes one client id.</source>
        <translation>pip-letter verwacht één klant-id.</translation>
    </message>
    <message>
        <source>pip-letter needs --pdf OUT.pdf.</source>
        <translation>pip-letter heeft --pdf UIT.pdf nodig.</translation>
    </message>
    <message>
        <source>--version takes a version number (1, 2, ...).</source>
        <translation>--version verwacht een versienummer (1, 2, ...).</translation>
    </message>
    <message>
        <source>Decision letter for PIP version %1 written to %2. The file is not encrypted: send it and delete it.
</source>
        <translation>Beschikking voor PIP-versie %1 geschreven naar %2. Het bestand is niet versleuteld: verstuur het en verwijder het daarna.
</translation>
    </message>
    <message>
        <source>  pip-letter ID [--version N] --pdf OUT.pdf [--letterhead-name T] [--letterhead-address T]...
         [--logo FILE]          the PIP as the decision letter (beschikking) for the
                                client; a later version as a wijzigingsbeschikking
</source>
        <translation>  pip-letter ID [--version N] --pdf UIT.pdf [--letterhead-name T] [--letterhead-address T]...
         [--logo BESTAND]       het PIP als beschikking voor de klant; een latere
                                versie als wijzigingsbeschikking
</translation>
    </message>
    <message>
        <source>%1 takes one name (in quotes when it has spaces).</source>
        <translation>%1 verwacht één naam (tussen aanhalingstekens als er spaties in staan).</translation>
    </message>
    <message>
        <source>coach list takes no options.</source>
        <translation>coach list heeft geen opties.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message numerus="yes">
        <source>%n coach(es)
</source>
        <translation>
            <numerusform>%n coach
</numerusform>
            <numerusform>%n coaches
</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: coach add NAME [--email E] [--team T] | coach list | coach deactivate NAME.</source>
        <translation>Gebruik: coach add NAAM [--email E] [--team T] | coach list | coach deactivate NAAM.</translation>
    </message>
    <message>
        <source>The coach&apos;s e-mail address.</source>
        <translation>Het e-mailadres van de coach.</translation>
    </message>
    <message>
        <source>The coach&apos;s team.</source>
        <translation>Het team van de coach.</translation>
    </message>
    <message>
        <source>Added coach %1.
</source>
        <translation>Coach %1 toegevoegd.
</translation>
    </message>
    <message>
        <source>Deactivated coach %1; the clients keep their coach.
</source>
        <translation>Coach %1 is niet meer actief; de klanten houden hun coach.
</translation>
    </message>
    <message>
        <source>municipality list takes no options.</source>
        <translation>municipality list heeft geen opties.</translation>
    </message>
    <message>
        <source>CBS code</source>
        <translation>CBS-code</translation>
    </message>
    <message numerus="yes">
        <source>%n municipalit(y/ies)
</source>
        <translation>
            <numerusform>%n gemeente
</numerusform>
            <numerusform>%n gemeenten
</numerusform>
        </translation>
    </message>
    <message>
        <source>The CBS code, GM and four digits (e.g. GM0308).</source>
        <translation>De CBS-code, GM en vier cijfers (bijv. GM0308).</translation>
    </message>
    <message>
        <source>Added municipality %1.
</source>
        <translation>Gemeente %1 toegevoegd.
</translation>
    </message>
    <message>
        <source>  coach add NAME [--email E] [--team T] | coach list | coach deactivate NAME
                                the file&apos;s coaches
</source>
        <translation>  coach add NAME [--email E] [--team T] | coach list | coach deactivate NAME
                                de coaches van het bestand
</translation>
    </message>
    <message>
        <source>: %1 of %2 (%3 %)</source>
        <translation>: %1 van %2 (%3 %)</translation>
    </message>
    <message>
        <source>Folder to write the copy into (default: the backups folder).</source>
        <translation>Map waarin de kopie komt (standaard: de map met back-ups).</translation>
    </message>
    <message>
        <source>backup takes no file; use --to DIR for another folder.</source>
        <translation>backup neemt geen bestand; gebruik --to MAP voor een andere map.</translation>
    </message>
    <message>
        <source>--to takes a folder.</source>
        <translation>--to neemt een map.</translation>
    </message>
    <message>
        <source>Backup written: %1 (encrypted, opens with the file&apos;s passphrase).
</source>
        <translation>Back-up geschreven: %1 (versleuteld, opent met de wachtwoordzin van het bestand).
</translation>
    </message>
    <message>
        <source>  backup [--to DIR]             an encrypted copy now, beside the file or into DIR
</source>
        <translation>  backup [--to MAP]             nu een versleutelde kopie, naast het bestand of in MAP
</translation>
    </message>
    <message>
        <source>%1 has no clients.</source>
        <translation>%1 heeft geen klanten.</translation>
    </message>
    <message>
        <source>%1 takes either --ids ID... or --%2 NAME.</source>
        <translation>%1 verwacht --ids ID... of --%2 NAAM.</translation>
    </message>
    <message>
        <source>--ids needs at least one client id.</source>
        <translation>--ids verwacht ten minste één klant-id.</translation>
    </message>
    <message>
        <source>Client ids go after --ids.</source>
        <translation>Klant-ids horen na --ids.</translation>
    </message>
    <message>
        <source>The coach who takes the clients over.</source>
        <translation>De coach die de klanten overneemt.</translation>
    </message>
    <message>
        <source>The clients are the ids that follow.</source>
        <translation>De klanten zijn de ids die volgen.</translation>
    </message>
    <message>
        <source>The whole caseload of this coach.</source>
        <translation>De hele caseload van deze coach.</translation>
    </message>
    <message>
        <source>Client ids (with --ids).</source>
        <translation>Klant-ids (met --ids).</translation>
    </message>
    <message>
        <source>assign needs --to COACH.</source>
        <translation>assign verwacht --to COACH.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n client(s) to %1.
</source>
        <translation>
            <numerusform>%n klant toegewezen aan %1.
</numerusform>
            <numerusform>%n klanten toegewezen aan %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) had this coach already.
</source>
        <translation>
            <numerusform>%n klant had deze coach al.
</numerusform>
            <numerusform>%n klanten hadden deze coach al.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of the handover (default today).</source>
        <translation>De datum van de overdracht (standaard vandaag).</translation>
    </message>
    <message>
        <source>transfer needs --out F.koerssync.</source>
        <translation>transfer verwacht --out B.koerssync.</translation>
    </message>
    <message>
        <source>--date takes a date as yyyy-mm-dd or dd-mm-yyyy.</source>
        <translation>--date verwacht een datum als jjjj-mm-dd of dd-mm-jjjj.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 records): %n client(s) handed over on %3; here they are now moved away.
</source>
        <translation>
            <numerusform>%1 geschreven (%2 records): %n klant overgedragen op %3; hier is die nu verhuisd.
</numerusform>
            <numerusform>%1 geschreven (%2 records): %n klanten overgedragen op %3; hier zijn ze nu verhuisd.
</numerusform>
        </translation>
    </message>
    <message>
        <source>  assign --to COACH (--ids ID... | --from COACH)
                                give these clients, or a coach&apos;s whole caseload,
                                to another coach
</source>
        <translation>  assign --to COACH (--ids ID... | --from COACH)
                                deze klanten, of de hele caseload van een coach,
                                aan een andere coach geven
</translation>
    </message>
    <message>
        <source>  transfer (--ids ID... | --coach NAME) --out F.koerssync [--date YYYY-MM-DD]
           [--package-passphrase-file F]
                                hand clients over to another municipality or provider: a
                                package of exactly their dossiers; here they become moved away
</source>
        <translation>  transfer (--ids ID... | --coach NAAM) --out B.koerssync [--date JJJJ-MM-DD]
           [--package-passphrase-file B]
                                klanten overdragen aan een andere gemeente of aanbieder: een
                                pakket met precies hun dossiers; hier worden ze verhuisd
</translation>
    </message>
    <message>
        <source>An address line of the letterhead (repeatable; replaces them).</source>
        <translation>Een adresregel van het briefhoofd (herhaalbaar; vervangt de bestaande).</translation>
    </message>
    <message>
        <source>No address lines.</source>
        <translation>Geen adresregels.</translation>
    </message>
    <message>
        <source>The logo, a PNG or JPEG of at most 256 KB.</source>
        <translation>Het logo, een PNG of JPEG van hoogstens 256 KB.</translation>
    </message>
    <message>
        <source>No logo.</source>
        <translation>Geen logo.</translation>
    </message>
    <message>
        <source>Give a new value or take it away, not both.</source>
        <translation>Geef een nieuwe waarde of haal hem weg, niet allebei.</translation>
    </message>
    <message>
        <source>There is no municipality named %1.</source>
        <translation>Er is geen gemeente met de naam %1.</translation>
    </message>
    <message numerus="yes">
        <source>Letterhead of %1 set: %n address line(s), %2.
</source>
        <translation>
            <numerusform>Briefhoofd van %1 ingesteld: %n adresregel, %2.
</numerusform>
            <numerusform>Briefhoofd van %1 ingesteld: %n adresregels, %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>geen logo</translation>
    </message>
    <message>
        <source>a logo</source>
        <translation>een logo</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Briefhoofd</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>Usage: municipality add NAME [--cbs CODE] | municipality letterhead NAME ... | municipality list.</source>
        <translation>Gebruik: municipality add NAAM [--cbs CODE] | municipality letterhead NAAM ... | municipality list.</translation>
    </message>
    <message>
        <source>  municipality add NAME [--cbs CODE] | municipality list
  municipality letterhead NAME [--address LINE]... [--no-address] [--logo FILE | --no-logo]
                                the file&apos;s municipalities, and what their letters print
                                at the top
</source>
        <translation>  municipality add NAAM [--cbs CODE] | municipality list
  municipality letterhead NAAM [--address REGEL]... [--no-address] [--logo BESTAND | --no-logo]
                                de gemeenten van het bestand, en wat hun brieven bovenaan
                                afdrukken
</translation>
    </message>
</context>
<context>
    <name>ClientExporter</name>
    <message>
        <source>Writing the caseload</source>
        <translation>De caseload wegschrijven</translation>
    </message>
</context>
<context>
    <name>ClientImporter</name>
    <message>
        <source>%1 is not a date (use dd-mm-jjjj or jjjj-mm-dd).</source>
        <translation>%1 is geen datum (gebruik dd-mm-jjjj of jjjj-mm-dd).</translation>
    </message>
    <message>
        <source>The BSN is not valid (it fails the elfproef).</source>
        <translation>Het BSN is ongeldig (het voldoet niet aan de elfproef).</translation>
    </message>
    <message>
        <source>Unknown sex.</source>
        <translation>Onbekend geslacht.</translation>
    </message>
    <message>
        <source>Unknown target group (use asielstatushouder, gezinsmigrant or overige migrant).</source>
        <translation>Onbekende doelgroep (gebruik asielstatushouder, gezinsmigrant of overige migrant).</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Onbekende status.</translation>
    </message>
    <message>
        <source>Unknown learning route (use B1, onderwijs or Z).</source>
        <translation>Onbekende leerroute (gebruik B1, onderwijs of Z).</translation>
    </message>
    <message>
        <source>Cannot open the file %1.</source>
        <translation>Kan het bestand %1 niet openen.</translation>
    </message>
    <message>
        <source>The column separator cannot be used.</source>
        <translation>Het scheidingsteken kan niet worden gebruikt.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>No column is mapped to a first or last name.</source>
        <translation>Er is geen kolom toegewezen aan een voornaam of achternaam.</translation>
    </message>
    <message>
        <source>Same BSN as row %1.</source>
        <translation>Zelfde BSN als rij %1.</translation>
    </message>
    <message>
        <source>Same name and date of birth as row %1.</source>
        <translation>Zelfde naam en geboortedatum als rij %1.</translation>
    </message>
    <message>
        <source>Unknown coach: the client has no coach yet.</source>
        <translation>Onbekende coach: de klant heeft nog geen coach.</translation>
    </message>
    <message>
        <source>Neither a BSN nor a date of birth: a later import cannot recognise this client.</source>
        <translation>Geen BSN en geen geboortedatum: een latere import kan deze klant niet herkennen.</translation>
    </message>
    <message>
        <source>The file or the stored clients changed since the check, so nothing was imported. Check the file again.</source>
        <translation>Het bestand of de opgeslagen klanten zijn gewijzigd sinds de controle, dus er is niets geïmporteerd. Controleer het bestand opnieuw.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message numerus="yes">
        <source>Same name and date of birth as %n stored clients: add the BSN to say which one is meant.</source>
        <translation>
            <numerusform>Zelfde naam en geboortedatum als een opgeslagen klant: vul het BSN in om aan te geven wie bedoeld is.</numerusform>
            <numerusform>Zelfde naam en geboortedatum als %n opgeslagen klanten: vul het BSN in om aan te geven wie bedoeld is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possibly the same person as row %1: same name and date of birth, another BSN.</source>
        <translation>Mogelijk dezelfde persoon als rij %1: zelfde naam en geboortedatum, ander BSN.</translation>
    </message>
    <message>
        <source>Possibly the same person as a stored client: same name and date of birth, another BSN.</source>
        <translation>Mogelijk dezelfde persoon als een opgeslagen klant: zelfde naam en geboortedatum, ander BSN.</translation>
    </message>
    <message>
        <source>The name holds a replacement character or a &quot;?&quot; inside a word: a sign of a wrong text encoding, in this file or in the program that made it. Check the name.</source>
        <translation>De naam bevat een vervangingsteken of een &quot;?&quot; midden in een woord: een teken van een verkeerde tekstcodering, in dit bestand of in het programma dat het maakte. Controleer de naam.</translation>
    </message>
    <message>
        <source>Importing clients</source>
        <translation>Klanten importeren</translation>
    </message>
    <message>
        <source>Checking the spreadsheet</source>
        <translation>Spreadsheet controleren</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>First name(s)</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Geboorteland</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Learning route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Residence permit date</source>
        <translation>Datum verblijfsvergunning</translation>
    </message>
    <message>
        <source>Koppeling date</source>
        <translation>Datum koppeling</translation>
    </message>
    <message>
        <source>Housing date</source>
        <translation>Datum huisvesting</translation>
    </message>
    <message>
        <source>BRP registration date</source>
        <translation>Datum inschrijving BRP</translation>
    </message>
    <message>
        <source>DUO notice date</source>
        <translation>Datum melding DUO</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(niet importeren)</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The delimiter must be a single ASCII character other than a quote or a line break.</source>
        <translation>Het scheidingsteken moet één ASCII-teken zijn, maar geen aanhalingsteken of regeleinde.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Het bestand kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field that starts on line %1.</source>
        <translation>Het bestand eindigt midden in een veld tussen aanhalingstekens dat op regel %1 begint.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text; the file may be in the Windows-1252 encoding.</source>
        <translation>Regel %1 is geen geldige UTF-8-tekst; het bestand is misschien in de Windows-1252-codering opgeslagen.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields instead of %3.</source>
        <translation>Regel %1 heeft %2 velden in plaats van %3.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>The row starting on line %1 is too large (more than %2 MB or %3 columns).</source>
        <translation>De rij die op regel %1 begint, is te groot (meer dan %2 MB of %3 kolommen).</translation>
    </message>
    <message>
        <source>The disk is full: the file could not be written. Free some space and try again.</source>
        <translation>De schijf is vol: het bestand kon niet worden geschreven. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>Caseload per coach</source>
        <translation>Werkvoorraad per coach</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Clients per phase</source>
        <translation>Klanten per fase</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>PIP decided</source>
        <translation>PIP vastgesteld</translation>
    </message>
    <message>
        <source>In route</source>
        <translation>In leerroute</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Milestones per coach</source>
        <translation>Mijlpalen per coach</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Op schema</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Behaald</translation>
    </message>
    <message>
        <source>Weeks from koppeling to first PIP</source>
        <translation>Weken van koppeling tot eerste PIP</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message numerus="yes">
        <source>Within %n weeks</source>
        <translation>
            <numerusform>Binnen %n week</numerusform>
            <numerusform>Binnen %n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message numerus="yes">
        <source>Norm: %n weeks</source>
        <translation>
            <numerusform>Norm: %n week</numerusform>
            <numerusform>Norm: %n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>Inflow per quarter</source>
        <translation>Instroom per kwartaal</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>With PIP</source>
        <translation>Met PIP</translation>
    </message>
    <message>
        <source>Without PIP yet</source>
        <translation>Nog zonder PIP</translation>
    </message>
    <message>
        <source>Share with PIP (%)</source>
        <translation>Aandeel met PIP (%)</translation>
    </message>
    <message>
        <source>Late milestones per month</source>
        <translation>Mijlpalen te laat per maand</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Milestones late at the end of the month</source>
        <translation>Mijlpalen te laat aan het eind van de maand</translation>
    </message>
    <message>
        <source>Late milestones</source>
        <translation>Mijlpalen te laat</translation>
    </message>
    <message>
        <source>No coach</source>
        <translation>Geen coach</translation>
    </message>
    <message>
        <source>Unknown coach</source>
        <translation>Onbekende coach</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figuur</translation>
    </message>
    <message>
        <source>Category key</source>
        <translation>Categoriesleutel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Series key</source>
        <translation>Reekssleutel</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Share within the norm (%)</source>
        <translation>Aandeel binnen de norm (%)</translation>
    </message>
    <message>
        <source>Median weeks</source>
        <translation>Mediaan (weken)</translation>
    </message>
    <message>
        <source>New clients per target group</source>
        <translation>Nieuwe klanten per doelgroep</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Clients per route</source>
        <translation>Klanten per leerroute</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Timeliness of brede intake and PIP</source>
        <translation>Tijdigheid van brede intake en PIP</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message numerus="yes">
        <source>Brede intake completed (norm %n weeks)</source>
        <translation>
            <numerusform>Brede intake afgerond (norm %n week)</numerusform>
            <numerusform>Brede intake afgerond (norm %n weken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First PIP decided (norm %n weeks)</source>
        <translation>
            <numerusform>Eerste PIP vastgesteld (norm %n week)</numerusform>
            <numerusform>Eerste PIP vastgesteld (norm %n weken)</numerusform>
        </translation>
    </message>
    <message>
        <source>Within the norm</source>
        <translation>Binnen de norm</translation>
    </message>
    <message>
        <source>Milestones achieved and late</source>
        <translation>Behaalde en te late mijlpalen</translation>
    </message>
    <message>
        <source>MAP, PVT and KNM completed</source>
        <translation>MAP, PVT en KNM afgerond</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Language exams passed</source>
        <translation>Behaalde taalexamens</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Behaald</translation>
    </message>
    <message>
        <source>Outflow by reason</source>
        <translation>Uitstroom per reden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Participation at the end of the period</source>
        <translation>Participatie aan het eind van de periode</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participatie</translation>
    </message>
    <message>
        <source>%1, asylum status holders</source>
        <translation>%1, asielstatushouders</translation>
    </message>
    <message>
        <source>%1, family and other migrants</source>
        <translation>%1, gezins- en overige migranten</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not (yet)</source>
        <translation>(Nog) niet</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Aandeel (%)</translation>
    </message>
    <message>
        <source>Cohorts: brede intake started in the first year</source>
        <translation>Cohorten: brede intake gestart in het eerste jaar</translation>
    </message>
    <message numerus="yes">
        <source>Cohorts: PIP within %n weeks</source>
        <translation>
            <numerusform>Cohorten: PIP binnen een week</numerusform>
            <numerusform>Cohorten: PIP binnen %n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohorts: PIP within 6 months</source>
        <translation>Cohorten: PIP binnen 6 maanden</translation>
    </message>
    <message>
        <source>Cohorts: in a learning route</source>
        <translation>Cohorten: in een leerroute</translation>
    </message>
    <message>
        <source>Cohorts: an exam passed</source>
        <translation>Cohorten: een examen gehaald</translation>
    </message>
    <message>
        <source>Cohorts: working or in education</source>
        <translation>Cohorten: aan het werk of in opleiding</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>Making demo clients</source>
        <translation>Demoklanten maken</translation>
    </message>
</context>
<context>
    <name>DeviceNames</name>
    <message>
        <source>A name cannot hold control characters.</source>
        <translation>Een naam kan geen stuurtekens bevatten.</translation>
    </message>
    <message>
        <source>A name can be at most %1 characters long.</source>
        <translation>Een naam is ten hoogste %1 tekens lang.</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>apparaat %1</translation>
    </message>
</context>
<context>
    <name>DossierCommand</name>
    <message>
        <source>Could not undo or redo</source>
        <translation>Ongedaan maken of opnieuw uitvoeren is mislukt</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>undo text: an intent, a client&apos;s name</comment>
        <translation>%1 bij %2</translation>
    </message>
</context>
<context>
    <name>DossierDocument</name>
    <message>
        <source>Dossier for an access request (AVG), made on %1</source>
        <translation>Dossier voor een inzageverzoek (AVG), gemaakt op %1</translation>
    </message>
    <message>
        <source>Dossier for an access request</source>
        <translation>Dossier voor een inzageverzoek</translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Geen vermeldingen.</translation>
    </message>
</context>
<context>
    <name>DossierTextTr</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Klant %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Geboorteland</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participatie</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Verblijfsvergunning</translation>
    </message>
    <message>
        <source>Koppeling</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>BRP registration</source>
        <translation>Inschrijving BRP</translation>
    </message>
    <message>
        <source>DUO notice</source>
        <translation>Melding DUO</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Broad intake</source>
        <translation>Brede intake</translation>
    </message>
    <message>
        <source>No intake yet.</source>
        <translation>Nog geen intake.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Learnability test</source>
        <translation>Leerbaarheidstoets</translation>
    </message>
    <message>
        <source>Plan (PIP)</source>
        <translation>Plan (PIP)</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Nog geen plan.</translation>
    </message>
    <message>
        <source>Version %1 of %2: %3, target %4, %5 hours a week at %6</source>
        <translation>Versie %1 van %2: %3, doel %4, %5 uur per week bij %6</translation>
    </message>
    <message>
        <source>   MAP %1, PVT %2, KNM %3, childcare %4</source>
        <translation>   MAP %1, PVT %2, KNM %3, kinderopvang %4</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>klaar %1</translation>
    </message>
    <message>
        <source>date set by hand: %1</source>
        <translation>datum met de hand gezet: %1</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nog geen.</translation>
    </message>
    <message>
        <source>Next step: %1 (%2)</source>
        <translation>Volgende stap: %1 (%2)</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>notitie: %1</translation>
    </message>
</context>
<context>
    <name>DueState</name>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Nog geen datum</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Not yet chosen</source>
        <translation>Nog niet gekozen</translation>
    </message>
    <message>
        <source>B1 route</source>
        <translation>B1-route</translation>
    </message>
    <message>
        <source>Education route</source>
        <translation>Onderwijsroute</translation>
    </message>
    <message>
        <source>Z route (self-reliance)</source>
        <translation>Z-route (zelfredzaamheid)</translation>
    </message>
    <message>
        <source>Obliged to integrate</source>
        <translation>Inburgeringsplichtig</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Vrijwillig</translation>
    </message>
    <message>
        <source>Exemption (diploma)</source>
        <translation>Vrijstelling (diploma)</translation>
    </message>
    <message>
        <source>Dispensation</source>
        <translation>Ontheffing</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Asylum status holder</source>
        <translation>Asielstatushouder</translation>
    </message>
    <message>
        <source>Family migrant</source>
        <translation>Gezinsmigrant</translation>
    </message>
    <message>
        <source>Other migrant</source>
        <translation>Overige migrant</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Paid work</source>
        <translation>Betaald werk</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Language level</source>
        <translation>Taalniveau</translation>
    </message>
    <message>
        <source>Learnability test (LBT)</source>
        <translation>Leerbaarheidstoets (LBT)</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Digitale vaardigheden</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivatie</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Work and income</source>
        <translation>Werk en inkomen</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Broad intake done</source>
        <translation>Brede intake afgerond</translation>
    </message>
    <message>
        <source>PIP decided</source>
        <translation>PIP vastgesteld</translation>
    </message>
    <message>
        <source>Language course started</source>
        <translation>Taalcursus gestart</translation>
    </message>
    <message>
        <source>Exam reading</source>
        <translation>Examen lezen</translation>
    </message>
    <message>
        <source>Exam listening</source>
        <translation>Examen luisteren</translation>
    </message>
    <message>
        <source>Exam writing</source>
        <translation>Examen schrijven</translation>
    </message>
    <message>
        <source>Exam speaking</source>
        <translation>Examen spreken</translation>
    </message>
    <message>
        <source>Exam KNM</source>
        <translation>Examen KNM</translation>
    </message>
    <message>
        <source>MAP completed</source>
        <translation>MAP afgerond</translation>
    </message>
    <message>
        <source>PVT signed</source>
        <translation>PVT ondertekend</translation>
    </message>
    <message>
        <source>Bridging year completed</source>
        <translation>Schakeljaar afgerond</translation>
    </message>
    <message>
        <source>Z route: 800 course hours</source>
        <translation>Z-route: 800 lesuren</translation>
    </message>
    <message>
        <source>Z route: 800 participation hours</source>
        <translation>Z-route: 800 participatie-uren</translation>
    </message>
    <message>
        <source>Relief of payments (ontzorgen) ended</source>
        <translation>Ontzorgen beëindigd</translation>
    </message>
    <message>
        <source>Last day to switch route</source>
        <translation>Laatste dag routewissel</translation>
    </message>
    <message>
        <source>End of integration term</source>
        <translation>Einde inburgeringstermijn</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Behaald</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Progress talk</source>
        <translation>Voortgangsgesprek</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Meeting with partner</source>
        <translation>Overleg met partner</translation>
    </message>
    <message>
        <source>Intake conversation</source>
        <translation>Intakegesprek</translation>
    </message>
    <message>
        <source>Social support (e.g. VluchtelingenWerk)</source>
        <translation>Maatschappelijke begeleiding (bijv. VluchtelingenWerk)</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>Taalschool</translation>
    </message>
    <message>
        <source>Employment service (WSP)</source>
        <translation>Werkbedrijf (WSP)</translation>
    </message>
    <message>
        <source>Key person (sleutelpersoon)</source>
        <translation>Sleutelpersoon</translation>
    </message>
    <message>
        <source>Volunteer / language buddy</source>
        <translation>Vrijwilliger / taalmaatje</translation>
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <source>No clients match the filters</source>
        <translation>Geen klanten voldoen aan de filters</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>This database is not a Koers hub yet: run hub setup first.</source>
        <translation>Deze database is nog geen Koers-server: voer eerst hub setup uit.</translation>
    </message>
    <message>
        <source>There is no PostgreSQL role %1. Create it first (CREATE ROLE ... LOGIN).</source>
        <translation>Er is geen PostgreSQL-rol %1. Maak die eerst aan (CREATE ROLE ... LOGIN).</translation>
    </message>
    <message>
        <source>The hub has no coach named %1. Synchronise the team lead&apos;s file with the hub first.</source>
        <translation>De server kent geen coach met de naam %1. Synchroniseer eerst het bestand van de teamleider met de server.</translation>
    </message>
    <message>
        <source>The hub has %1 coaches named %2; give them distinct names first.</source>
        <translation>De server kent %1 coaches met de naam %2; geef ze eerst verschillende namen.</translation>
    </message>
    <message>
        <source>The hub has no municipality named %1.</source>
        <translation>De server kent geen gemeente met de naam %1.</translation>
    </message>
    <message>
        <source>The hub sent a record of table %1 that this Koers cannot read. Nothing of it was stored.</source>
        <translation>De server stuurde een record van tabel %1 dat deze Koers niet kan lezen. Er is niets van opgeslagen.</translation>
    </message>
    <message>
        <source>The synchronisation was cancelled.</source>
        <translation>Het synchroniseren is afgebroken.</translation>
    </message>
    <message>
        <source>hub table %1, record %2</source>
        <translation>servertabel %1, record %2</translation>
    </message>
    <message>
        <source>The hub holds a record of table %1 that this Koers cannot read.</source>
        <translation>De server bevat een record van tabel %1 dat deze Koers niet kan lezen.</translation>
    </message>
    <message>
        <source>This database is not a Koers hub (run koers-cli hub setup).</source>
        <translation>Deze database is geen Koers-server (voer koers-cli hub setup uit).</translation>
    </message>
    <message>
        <source>The hub and this Koers have different schema versions (%1 and %2): update Koers, or run hub setup.</source>
        <translation>De server en deze Koers hebben verschillende schemaversies (%1 en %2): werk Koers bij, of voer hub setup uit.</translation>
    </message>
    <message>
        <source>This login has no grant on the hub: it may not sync. Ask the team lead (koers-cli hub grant).</source>
        <translation>Deze login heeft geen toegang tot de server en mag niet synchroniseren. Vraag het de teamleider (koers-cli hub grant).</translation>
    </message>
    <message>
        <source>The connection to the hub was lost: %1</source>
        <translation>De verbinding met de server is verbroken: %1</translation>
    </message>
    <message>
        <source>The hub refused this login access: it has no grant for these records, or its grant was revoked. Ask the team lead.</source>
        <translation>De server weigert deze login: die heeft geen toegang tot deze records, of de toegang is ingetrokken. Vraag het de teamleider.</translation>
    </message>
    <message>
        <source>This database is not a Koers hub, or of another version (run koers-cli hub setup).</source>
        <translation>Deze database is geen Koers-server, of van een andere versie (voer koers-cli hub setup uit).</translation>
    </message>
    <message>
        <source>The hub was busy with another device&apos;s changes to the same records. Nothing was changed; synchronise again.</source>
        <translation>De server was bezig met wijzigingen van een ander apparaat aan dezelfde records. Er is niets veranderd; synchroniseer opnieuw.</translation>
    </message>
    <message>
        <source>The hub is not available at the moment (shut down or overloaded).</source>
        <translation>De server is op dit moment niet bereikbaar (uitgeschakeld of overbelast).</translation>
    </message>
    <message>
        <source>The hub reported an error.</source>
        <translation>De server meldde een fout.</translation>
    </message>
    <message>
        <source>Out of memory while connecting to the hub.</source>
        <translation>Onvoldoende geheugen bij het verbinden met de server.</translation>
    </message>
    <message>
        <source>The hub asks for a password.</source>
        <translation>De server vraagt om een wachtwoord.</translation>
    </message>
    <message>
        <source>The hub did not accept the login or password: %1</source>
        <translation>De server accepteerde de login of het wachtwoord niet: %1</translation>
    </message>
    <message>
        <source>Cannot connect to the hub: %1</source>
        <translation>Kan geen verbinding maken met de server: %1</translation>
    </message>
</context>
<context>
    <name>ImportProfileStore</name>
    <message>
        <source>There is no import profile named %1.</source>
        <translation>Er is geen importprofiel met de naam %1.</translation>
    </message>
    <message>
        <source>The import profile %1 is damaged.</source>
        <translation>Het importprofiel %1 is beschadigd.</translation>
    </message>
    <message>
        <source>An import profile needs a name.</source>
        <translation>Een importprofiel heeft een naam nodig.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Te kort: gebruik minstens %1 tekens.</translation>
    </message>
    <message>
        <source>Weak: make it longer, e.g. a sentence of four or more words.</source>
        <translation>Zwak: maak hem langer, bijv. een zin van vier of meer woorden.</translation>
    </message>
    <message>
        <source>Fair: a few more words make it strong.</source>
        <translation>Redelijk: met een paar woorden meer wordt hij sterk.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
</context>
<context>
    <name>PipLetter</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>This client has no PIP yet.</source>
        <translation>Deze klant heeft nog geen PIP.</translation>
    </message>
    <message>
        <source>This client&apos;s PIP has no version %1.</source>
        <translation>Het PIP van deze klant heeft geen versie %1.</translation>
    </message>
    <message>
        <source>This PIP version has no date of decision.</source>
        <translation>Deze PIP-versie heeft geen dagtekening.</translation>
    </message>
    <message>
        <source>Date of decision (dagtekening): %1</source>
        <translation>Dagtekening: %1</translation>
    </message>
    <message>
        <source>Decision changing your personal plan for integration and participation (PIP), version %1</source>
        <translation>Wijzigingsbeschikking persoonlijk plan inburgering en participatie (PIP), versie %1</translation>
    </message>
    <message>
        <source>Decision on your personal plan for integration and participation (PIP)</source>
        <translation>Beschikking persoonlijk plan inburgering en participatie (PIP)</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Beste %1,</translation>
    </message>
    <message>
        <source>The college van burgemeester en wethouders of %1 changes your personal plan for integration and participation (PIP) under the Wet inburgering 2021. This decision replaces the plan of %2; what is not changed below stays as it was agreed with you.</source>
        <translation>Het college van burgemeester en wethouders van %1 wijzigt uw persoonlijk plan inburgering en participatie (PIP) op grond van de Wet inburgering 2021. Dit besluit vervangt het plan van %2; wat hieronder niet is gewijzigd, blijft zoals het met u is afgesproken.</translation>
    </message>
    <message>
        <source>The college van burgemeester en wethouders of %1 decides on your personal plan for integration and participation (PIP) under the Wet inburgering 2021. We drew up this plan together with you, after the brede intake. It says how you will integrate and take part, and what you and the municipality will do for it.</source>
        <translation>Het college van burgemeester en wethouders van %1 stelt uw persoonlijk plan inburgering en participatie (PIP) vast op grond van de Wet inburgering 2021. Wij hebben dit plan na de brede intake samen met u gemaakt. Er staat in hoe u inburgert en meedoet, en wat u en de gemeente daarvoor doen.</translation>
    </message>
    <message>
        <source>Learning route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Integration term</source>
        <translation>Inburgeringstermijn</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s), from %1 to %2</source>
        <translation>
            <numerusform>één jaar, van %1 tot en met %2</numerusform>
            <numerusform>%n jaar, van %1 tot en met %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Target language level</source>
        <translation>Taalniveau dat u wilt halen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>Language provider</source>
        <translation>Taalaanbieder</translation>
    </message>
    <message>
        <source>not yet chosen</source>
        <translation>nog niet gekozen</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>Your learning route</source>
        <translation>Uw leerroute</translation>
    </message>
    <message>
        <source>Module Arbeidsmarkt en Participatie (MAP)</source>
        <translation>Module Arbeidsmarkt en Participatie (MAP)</translation>
    </message>
    <message>
        <source>Participation statement (PVT)</source>
        <translation>Participatieverklaringstraject (PVT)</translation>
    </message>
    <message>
        <source>Knowledge of Dutch society (KNM)</source>
        <translation>Kennis van de Nederlandse Maatschappij (KNM)</translation>
    </message>
    <message>
        <source>Ontzorgen (rent, energy and health insurance paid from your benefit)</source>
        <translation>Ontzorgen (huur, energie en zorgverzekering betaald uit uw uitkering)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>van %1 tot en met %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(niet vastgelegd)</translation>
    </message>
    <message>
        <source>Budget coaching</source>
        <translation>Budgetcoaching</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>What your plan holds</source>
        <translation>Wat er in uw plan staat</translation>
    </message>
    <message>
        <source>action: %1</source>
        <translation>actie: %1</translation>
    </message>
    <message>
        <source>by: %1</source>
        <translation>door: %1</translation>
    </message>
    <message>
        <source>no later than %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>No goals have been set per life domain yet.</source>
        <translation>Er zijn nog geen doelen per leefgebied afgesproken.</translation>
    </message>
    <message>
        <source>Your goals</source>
        <translation>Uw doelen</translation>
    </message>
    <message>
        <source>How we follow your progress</source>
        <translation>Hoe wij uw voortgang volgen</translation>
    </message>
    <message numerus="yes">
        <source>Your coach discusses your progress with you in a progress talk (voortgangsgesprek) at least every %n month(s). When your situation changes, or the plan no longer fits, we change it with you; you then get a new decision.</source>
        <translation>
            <numerusform>Uw klantregisseur bespreekt uw voortgang met u in een voortgangsgesprek, ten minste elke maand. Verandert uw situatie, of past het plan niet meer, dan passen wij het samen met u aan; u krijgt dan een nieuwe beschikking.</numerusform>
            <numerusform>Uw klantregisseur bespreekt uw voortgang met u in een voortgangsgesprek, ten minste elke %n maanden. Verandert uw situatie, of past het plan niet meer, dan passen wij het samen met u aan; u krijgt dan een nieuwe beschikking.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do you disagree with this decision?</source>
        <translation>Bent u het niet eens met dit besluit?</translation>
    </message>
    <message>
        <source>Then you can object (bezwaar maken) within six weeks of the date of this letter, to the college van burgemeester en wethouders of %1 (article 6:7 of the Algemene wet bestuursrecht). Write down your name and address, the date, which decision you object to and why, and sign your letter. Your coach can help you with it.</source>
        <translation>Dan kunt u binnen zes weken na de dagtekening van deze brief bezwaar maken bij het college van burgemeester en wethouders van %1 (artikel 6:7 van de Algemene wet bestuursrecht). Schrijf in uw bezwaarschrift uw naam en adres, de datum, tegen welk besluit u bezwaar maakt en waarom, en onderteken het. Uw klantregisseur kan u daarbij helpen.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Met vriendelijke groet,</translation>
    </message>
    <message>
        <source>The college van burgemeester en wethouders of %1,</source>
        <translation>het college van burgemeester en wethouders van %1,</translation>
    </message>
    <message>
        <source>on its behalf,</source>
        <translation>namens dezen,</translation>
    </message>
    <message>
        <source>coach (klantregisseur)</source>
        <translation>klantregisseur</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Geannuleerd: er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>QtPrompts</name>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
</context>
<context>
    <name>RecordListActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Wijzigen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>CBS code</source>
        <translation>CBS-code</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Geboorteland</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status sinds</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participatie</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Verblijfsvergunning</translation>
    </message>
    <message>
        <source>Koppeling</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>BRP registration</source>
        <translation>Inschrijving BRP</translation>
    </message>
    <message>
        <source>DUO notice</source>
        <translation>Melding DUO</translation>
    </message>
    <message>
        <source>Integration duty ended</source>
        <translation>Inburgeringsplicht beëindigd</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Family reunification pending</source>
        <translation>Gezinshereniging loopt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Learnability test score</source>
        <translation>Score leerbaarheidstoets</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Date of decision</source>
        <translation>Dagtekening</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Doelniveau</translation>
    </message>
    <message>
        <source>Language provider</source>
        <translation>Taalaanbieder</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>PVT</source>
        <translation>PVT</translation>
    </message>
    <message>
        <source>KNM</source>
        <translation>KNM</translation>
    </message>
    <message>
        <source>Ontzorgen from</source>
        <translation>Ontzorgen vanaf</translation>
    </message>
    <message>
        <source>Ontzorgen until</source>
        <translation>Ontzorgen tot</translation>
    </message>
    <message>
        <source>Budget coaching</source>
        <translation>Budgetcoaching</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Due date set by hand</source>
        <translation>Uiterste datum met de hand gezet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Behaald op</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Next step by</source>
        <translation>Volgende stap uiterlijk</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Intake topic</source>
        <translation>Onderwerp intake</translation>
    </message>
    <message>
        <source>PIP version</source>
        <translation>PIP-versie</translation>
    </message>
    <message>
        <source>PIP goal</source>
        <translation>PIP-doel</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Involved party</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Importprofiel</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Synchronisatieconflict</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Coaches</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Intakes</translation>
    </message>
    <message>
        <source>Intake topics</source>
        <translation>Onderwerpen intake</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>PIP-versies</translation>
    </message>
    <message>
        <source>Plan goals</source>
        <translation>PIP-doelen</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Letterhead address</source>
        <translation>Adres in het briefhoofd</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>image of %1 KB</source>
        <translation>afbeelding van %1 KB</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The period of the report is not valid.</source>
        <translation>De periode van de rapportage is ongeldig.</translation>
    </message>
    <message>
        <source>The report names a municipality that does not exist.</source>
        <translation>De rapportage noemt een gemeente die niet bestaat.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>How many people started their integration with the municipality in this period (from the koppeling, or else the registration in the BRP or DUO&apos;s notice), by target group.</source>
        <translation>Hoeveel mensen in deze periode bij de gemeente met hun inburgering zijn begonnen (vanaf de koppeling, of anders de inschrijving in de BRP of de melding van DUO), per doelgroep.</translation>
    </message>
    <message>
        <source>Everyone the team guided during the period, by the learning route of their current plan (PIP) and by target group. &quot;No route yet&quot; are people without a decided plan.</source>
        <translation>Iedereen die het team in de periode heeft begeleid, per leerroute van het huidige plan (PIP) en per doelgroep. &quot;Nog niet gekozen&quot; zijn mensen zonder vastgesteld plan.</translation>
    </message>
    <message>
        <source>Were the brede intake and the plan (PIP) finished in time? Counted are the people whose intake was completed, or whose first PIP was decided, in this period: within the norm after the start, or later. The median is the middle value of the weeks it took.</source>
        <translation>Zijn de brede intake en het plan (PIP) op tijd afgerond? Geteld zijn de mensen van wie in deze periode de intake is afgerond of het eerste PIP is vastgesteld: binnen de norm na de start, of later. De mediaan is de middelste waarde van het aantal weken dat het duurde.</translation>
    </message>
    <message>
        <source>The steps in every person&apos;s plan (intake, PIP, course, exams, MAP, PVT and so on) of everyone guided in the period: achieved in the period, late at its end, or still on schedule, by learning route.</source>
        <translation>De stappen in het plan (intake, PIP, cursus, examens, MAP, PVT enzovoort) van iedereen die in de periode is begeleid: behaald in de periode, te laat aan het eind ervan, of nog op schema, per leerroute.</translation>
    </message>
    <message>
        <source>How many people completed the Module Arbeidsmarkt en Participatie (MAP), signed the participation statement (PVT) or passed the KNM exam in this period.</source>
        <translation>Hoeveel mensen in deze periode de Module Arbeidsmarkt en Participatie (MAP) hebben afgerond, de participatieverklaring (PVT) hebben ondertekend of het KNM-examen hebben behaald.</translation>
    </message>
    <message>
        <source>How many language exams were passed in this period, per part.</source>
        <translation>Hoeveel taalexamens in deze periode zijn behaald, per onderdeel.</translation>
    </message>
    <message>
        <source>How many people ended their integration path in this period, by reason: completed, dispensation, exemption, moved to another municipality, or stopped.</source>
        <translation>Hoeveel mensen in deze periode hun inburgeringstraject hebben beëindigd, per reden: afgerond, ontheffing, vrijstelling, verhuisd naar een andere gemeente, of gestopt.</translation>
    </message>
    <message>
        <source>What the people still in the caseload at the end of the period do besides their integration: paid work, education or volunteering, as currently recorded.</source>
        <translation>Wat de mensen die aan het eind van de periode nog in de werkvoorraad staan naast hun inburgering doen: betaald werk, onderwijs of vrijwilligerswerk, zoals nu vastgelegd.</translation>
    </message>
    <message>
        <source>Numbers from 1 to %1 are shown as &quot;%2&quot;; &quot;%3&quot; is a number hidden so that a total cannot reveal a small one.</source>
        <translation>Aantallen van 1 tot en met %1 worden getoond als &quot;%2&quot;; &quot;%3&quot; is een aantal dat is verborgen zodat een totaal geen klein aantal kan verraden.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Per cohort (the year people started with the municipality, asylum status holders apart from family and other migrants): how many started the brede intake by the end of that year (this year: by the end of the period).</source>
        <translation>Per cohort (het jaar waarin mensen bij de gemeente begonnen, asielstatushouders apart van gezins- en overige migranten): hoeveel mensen vóór het eind van dat jaar met de brede intake zijn begonnen (dit jaar: vóór het eind van de periode).</translation>
    </message>
    <message>
        <source>Per cohort: how many had their first PIP decided within the PIP norm after the start (10 weeks, unless the norm was set otherwise).</source>
        <translation>Per cohort: hoeveel mensen hun eerste PIP binnen de PIP-norm na de start vastgesteld kregen (10 weken, tenzij de norm anders is ingesteld).</translation>
    </message>
    <message>
        <source>Per cohort: how many had their first PIP decided within six months after the start.</source>
        <translation>Per cohort: hoeveel mensen hun eerste PIP binnen zes maanden na de start vastgesteld kregen.</translation>
    </message>
    <message>
        <source>Per cohort: how many are in a learning route at the end of the period (a PIP decided, with its route; also those who finished or left since).</source>
        <translation>Per cohort: hoeveel mensen aan het eind van de periode in een leerroute zitten (een vastgesteld PIP met een leerroute; ook wie inmiddels klaar of vertrokken is).</translation>
    </message>
    <message>
        <source>Per cohort: how many passed at least one exam (reading, listening, writing, speaking or KNM) by the end of the period.</source>
        <translation>Per cohort: hoeveel mensen aan het eind van de periode ten minste één examen hebben gehaald (lezen, luisteren, schrijven, spreken of KNM).</translation>
    </message>
    <message>
        <source>Per cohort: how many have paid work or follow education, as currently recorded (the file keeps no history of it).</source>
        <translation>Per cohort: hoeveel mensen betaald werk hebben of een opleiding volgen, zoals nu vastgelegd (het bestand houdt daar geen geschiedenis van bij).</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Civic integration report</source>
        <translation>Rapportage inburgering</translation>
    </message>
    <message>
        <source>For the college van burgemeester en wethouders</source>
        <translation>Voor het college van burgemeester en wethouders</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Cijfers per</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>This report holds anonymous figures only: no names, citizen service numbers or dates of birth. Numbers from 1 to %1 are shown as &quot;%2&quot;, and where a total would reveal such a number another one is hidden as &quot;%3&quot;. Charts draw hidden numbers as 0.</source>
        <translation>Deze rapportage bevat alleen anonieme cijfers: geen namen, burgerservicenummers of geboortedatums. Aantallen van 1 tot en met %1 worden getoond als &quot;%2&quot;, en waar een totaal zo&apos;n aantal zou verraden, wordt een ander aantal verborgen als &quot;%3&quot;. Grafieken tonen verborgen aantallen als 0.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorten</translation>
    </message>
    <message>
        <source>A cohort is everyone who started with the municipality in one year (from the koppeling, or else the BRP registration or DUO&apos;s notice), asylum status holders apart from family and other migrants, as the CBS (Statistiek Wet inburgering) and the Divosa benchmark count them. Each cohort is followed from its start to the end of this period, also the people who left since.</source>
        <translation>Een cohort is iedereen die in één jaar bij de gemeente begon (vanaf de koppeling, of anders de inschrijving in de BRP of de melding van DUO), asielstatushouders apart van gezins- en overige migranten, zoals het CBS (Statistiek Wet inburgering) en de Divosa-benchmark ze tellen. Elk cohort wordt gevolgd van de start tot het eind van deze periode, ook de mensen die inmiddels vertrokken zijn.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Checking the file</source>
        <translation>Het bestand controleren</translation>
    </message>
    <message>
        <source>Anonymising dossiers</source>
        <translation>Dossiers anonimiseren</translation>
    </message>
    <message>
        <source>Removing the old values from the file</source>
        <translation>De oude waarden uit het bestand verwijderen</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>De wachtwoordzin is leeg.</translation>
    </message>
    <message>
        <source>Could not switch to WAL mode.</source>
        <translation>Kon niet overschakelen naar WAL-modus.</translation>
    </message>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>De schemaversie kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this file.</source>
        <translation>De wachtwoordzin klopt niet voor dit bestand.</translation>
    </message>
    <message>
        <source>This is an unencrypted database. Koers only works with encrypted files.</source>
        <translation>Dit is een onversleutelde database. Koers werkt alleen met versleutelde bestanden.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of Koers. Update Koers to open it.</source>
        <translation>Dit bestand is gemaakt met een nieuwere versie van Koers. Werk Koers bij om het te openen.</translation>
    </message>
    <message>
        <source>This file is already open in another Koers window or program. Close it there first.</source>
        <translation>Dit bestand is al geopend in een ander Koers-venster of programma. Sluit het daar eerst.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file or its folder is read-only. Koers needs to be able to write to it.</source>
        <translation>Het bestand of de map is alleen-lezen. Koers moet erin kunnen schrijven.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Het bestand bestaat niet.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Er bestaat al een bestand met deze naam.</translation>
    </message>
    <message>
        <source>Encryption (SQLCipher) is not available. Koers refuses to run without it.</source>
        <translation>Versleuteling (SQLCipher) is niet beschikbaar. Koers werkt niet zonder.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Het bestand kon niet worden gelezen of geschreven.</translation>
    </message>
    <message>
        <source>The record does not exist.</source>
        <translation>Het record bestaat niet.</translation>
    </message>
    <message>
        <source>A database error occurred.</source>
        <translation>Er is een databasefout opgetreden.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Databasefout: %1</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup. A backup made before a passphrase change needs the old passphrase.</source>
        <translation>Met deze wachtwoordzin kan deze back-up niet worden geopend. Voor een back-up die vóór een wijziging van de wachtwoordzin is gemaakt, is de oude wachtwoordzin nodig.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>De huidige wachtwoordzin klopt niet.</translation>
    </message>
    <message>
        <source>The file is empty: making it was interrupted. Delete it and make it again, or restore a backup.</source>
        <translation>Het bestand is leeg: het aanmaken is onderbroken. Verwijder het en maak het opnieuw aan, of zet een back-up terug.</translation>
    </message>
    <message>
        <source>The file is damaged: it is cut off (its size is not a whole number of pages). Restore a backup (File → Back-ups, or koers-cli restore --list).</source>
        <translation>Het bestand is beschadigd: het is afgekapt (de grootte is geen geheel aantal pagina&apos;s). Zet een back-up terug (Bestand → Back-ups, of koers-cli restore --list).</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this file: it is the one it had before %1, when the passphrase was changed or a backup restored.</source>
        <translation>De wachtwoordzin is niet juist voor dit bestand: het is de wachtwoordzin van vóór %1, toen de wachtwoordzin is gewijzigd of een back-up is teruggezet.</translation>
    </message>
    <message>
        <source>The file is damaged: the passphrase is right (it opens the backup of %1), but the file&apos;s first page cannot be read. Restore that backup (File → Back-ups, or koers-cli restore --list).</source>
        <translation>Het bestand is beschadigd: de wachtwoordzin is juist (die opent de back-up van %1), maar de eerste pagina van het bestand is onleesbaar. Zet die back-up terug (Bestand → Back-ups, of koers-cli restore --list).</translation>
    </message>
    <message>
        <source>The file is damaged, so nothing was written to it. Restore a backup (File → Back-ups, or koers-cli restore --list).</source>
        <translation>Het bestand is beschadigd; er is daarom niets in geschreven. Zet een back-up terug (Bestand → Back-ups, of koers-cli restore --list).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>This would overwrite the open Koers file %1, its journal or one of its backups. Choose another file name or folder.</source>
        <translation>Hiermee zou het geopende Koers-bestand %1, het logboek ervan of een van de back-ups worden overschreven. Kies een andere bestandsnaam of map.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is een map, geen bestand.</translation>
    </message>
    <message>
        <source>This is not a Koers file, or the file is damaged and cannot be read. Restore a backup (File → Back-ups, or koers-cli restore --list).</source>
        <translation>Dit is geen Koers-bestand, of het bestand is beschadigd en onleesbaar. Zet een back-up terug (Bestand → Back-ups, of koers-cli restore --list).</translation>
    </message>
    <message>
        <source>The file has no device identity: it is damaged or was never made completely. Restore a backup (File → Back-ups).</source>
        <translation>Het bestand heeft geen apparaat-ID: het is beschadigd of nooit volledig aangemaakt. Zet een back-up terug (Bestand → Back-ups).</translation>
    </message>
    <message>
        <source>The file&apos;s clock is damaged. Restore a backup (File → Back-ups).</source>
        <translation>De klok in het bestand is beschadigd. Zet een back-up terug (Bestand → Back-ups).</translation>
    </message>
    <message>
        <source>Copying the file</source>
        <translation>Bestand kopiëren</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Copying the backup</source>
        <translation>De back-up kopiëren</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>De back-up controleren</translation>
    </message>
    <message>
        <source>Keeping the current file as a backup</source>
        <translation>Het huidige bestand als back-up bewaren</translation>
    </message>
    <message>
        <source>Putting the backup in place</source>
        <translation>De back-up terugzetten</translation>
    </message>
    <message>
        <source>Re-encrypting the file</source>
        <translation>Het bestand opnieuw versleutelen</translation>
    </message>
    <message>
        <source>Checking the current passphrase</source>
        <translation>De huidige wachtwoordzin controleren</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The sync package is damaged or incomplete (for example cut off while copying).</source>
        <translation>Het synchronisatiepakket is beschadigd of onvolledig (bijvoorbeeld afgebroken tijdens het kopiëren).</translation>
    </message>
    <message>
        <source>The package passphrase is not correct for this sync package.</source>
        <translation>De pakketwachtwoordzin klopt niet voor dit synchronisatiepakket.</translation>
    </message>
    <message>
        <source>The sync package could not be written.</source>
        <translation>Het synchronisatiepakket kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>The package passphrase is empty.</source>
        <translation>De pakketwachtwoordzin is leeg.</translation>
    </message>
    <message>
        <source>The package passphrase contains a NUL character.</source>
        <translation>De pakketwachtwoordzin bevat een NUL-teken.</translation>
    </message>
    <message>
        <source>The sync package %1 does not exist.</source>
        <translation>Het synchronisatiepakket %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The sync package could not be read.</source>
        <translation>Het synchronisatiepakket kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The sync package holds a file that is not encrypted; it was not made by Koers.</source>
        <translation>Het synchronisatiepakket bevat een bestand dat niet versleuteld is; het is niet door Koers gemaakt.</translation>
    </message>
    <message>
        <source>The conflict names an unknown table.</source>
        <translation>Het conflict verwijst naar een onbekende tabel.</translation>
    </message>
    <message>
        <source>The conflict does not exist.</source>
        <translation>Het conflict bestaat niet.</translation>
    </message>
    <message>
        <source>The stored losing version cannot be read.</source>
        <translation>De opgeslagen verliezende versie kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>This sync package was made on this device. Import it on another device.</source>
        <translation>Dit synchronisatiepakket is op dit apparaat gemaakt. Importeer het op een ander apparaat.</translation>
    </message>
    <message>
        <source>The package refers to records this file does not have. Import the earlier packages from that device first, or ask for a full package.</source>
        <translation>Het pakket verwijst naar records die niet in dit bestand staan. Importeer eerst de eerdere pakketten van dat apparaat, of vraag om een volledig pakket.</translation>
    </message>
    <message>
        <source>This is not a Koers sync package (its manifest is missing or unreadable).</source>
        <translation>Dit is geen synchronisatiepakket van Koers (het manifest ontbreekt of is onleesbaar).</translation>
    </message>
    <message>
        <source>The sync package has been altered or damaged: the checksum of %1 does not match its manifest.</source>
        <translation>Het synchronisatiepakket is gewijzigd of beschadigd: de controlesom van %1 komt niet overeen met het manifest.</translation>
    </message>
    <message>
        <source>The sync package lacks the file %1.</source>
        <translation>In het synchronisatiepakket ontbreekt het bestand %1.</translation>
    </message>
    <message>
        <source>The sync package&apos;s file %1 does not have the columns this Koers expects.</source>
        <translation>Het bestand %1 in het synchronisatiepakket heeft niet de kolommen die deze versie van Koers verwacht.</translation>
    </message>
    <message>
        <source>The sync package has format version %1; this Koers reads version %2. Update Koers on both devices.</source>
        <translation>Het synchronisatiepakket heeft formaatversie %1; deze versie van Koers leest formaatversie %2. Werk Koers op beide apparaten bij.</translation>
    </message>
    <message>
        <source>The sync package&apos;s file %1 has an invalid value on line %2.</source>
        <translation>Het bestand %1 in het synchronisatiepakket heeft een ongeldige waarde op regel %2.</translation>
    </message>
    <message>
        <source>The sync package unpacks to more than Koers accepts; it was not made by Koers.</source>
        <translation>Het synchronisatiepakket pakt uit tot meer dan Koers accepteert; het is niet door Koers gemaakt.</translation>
    </message>
    <message>
        <source>The disk is full: the sync package could not be written. Free some space and try again.</source>
        <translation>De schijf is vol: het synchronisatiepakket kon niet worden geschreven. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, regel %2</translation>
    </message>
    <message>
        <source>The sync data is refused: %1 has an invalid record (%2). Nothing was changed.</source>
        <translation>De synchronisatiegegevens zijn geweigerd: %1 bevat een ongeldig record (%2). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>the device in a stamp is not valid</source>
        <translation>het apparaat in een tijdstempel is ongeldig</translation>
    </message>
    <message>
        <source>The sync data is refused: device %1 stamped changes %2 hours ahead of this computer&apos;s clock, and at most %3 hours are allowed. Check the date and time on both computers. Nothing was changed.</source>
        <translation>De synchronisatiegegevens zijn geweigerd: apparaat %1 heeft wijzigingen %2 uur vóór de klok van deze computer gestempeld, en ten hoogste %3 uur is toegestaan. Controleer datum en tijd op beide computers. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>the id is not valid</source>
        <translation>de ID is ongeldig</translation>
    </message>
    <message>
        <source>the same record appears twice</source>
        <translation>hetzelfde record komt twee keer voor</translation>
    </message>
    <message>
        <source>its BSN belongs to another client</source>
        <translation>het BSN hoort bij een andere klant</translation>
    </message>
    <message>
        <source>This would delete %1, empty the name or BSN of %2 and anonymise %3 of the %4 clients in this file. Nothing was changed. If that is intended, confirm it (koers-cli: --allow-deletions %5); a backup of the file is made first.</source>
        <translation>Hiermee zouden van de %4 klanten in dit bestand er %1 worden verwijderd, bij %2 de naam of het BSN leeggemaakt en %3 geanonimiseerd. Er is niets gewijzigd. Als dat de bedoeling is, bevestig het dan (koers-cli: --allow-deletions %5); eerst wordt een back-up van het bestand gemaakt.</translation>
    </message>
    <message>
        <source>There is no coach named %1 in this file.</source>
        <translation>Dit bestand kent geen coach met de naam %1.</translation>
    </message>
    <message>
        <source>There is no municipality named %1 in this file.</source>
        <translation>Dit bestand kent geen gemeente met de naam %1.</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>Pakket schrijven</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>Pakket controleren</translation>
    </message>
    <message>
        <source>Making a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>What this file knows of a record could not be stored.</source>
        <translation>Wat dit bestand van een gegeven weet, kon niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Koers sync packages (*.koerssync)</source>
        <translation>Koers-synchronisatiepakketten (*.koerssync)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A name is required.</source>
        <translation>Een naam is verplicht.</translation>
    </message>
    <message>
        <source>The BSN is not valid (it fails the elfproef).</source>
        <translation>Het BSN is ongeldig (het voldoet niet aan de elfproef).</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>De geboortedatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The date of birth is too long ago.</source>
        <translation>De geboortedatum ligt te ver in het verleden.</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>verblijfsvergunning</translation>
    </message>
    <message>
        <source>koppeling</source>
        <translation>koppeling</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>huisvesting</translation>
    </message>
    <message>
        <source>BRP registration</source>
        <translation>inschrijving BRP</translation>
    </message>
    <message>
        <source>DUO notice</source>
        <translation>melding DUO</translation>
    </message>
    <message>
        <source>The date of %1 is in the future.</source>
        <translation>De datum van %1 ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The date of %1 is before the date of birth.</source>
        <translation>De datum van %1 ligt vóór de geboortedatum.</translation>
    </message>
    <message>
        <source>Housing cannot be before the koppeling.</source>
        <translation>Huisvesting kan niet vóór de koppeling liggen.</translation>
    </message>
    <message>
        <source>A PIP needs its date of decision.</source>
        <translation>Een PIP heeft een dagtekening nodig.</translation>
    </message>
    <message>
        <source>Give a reason for changing a computed date.</source>
        <translation>Geef een reden voor het wijzigen van een berekende datum.</translation>
    </message>
    <message>
        <source>This milestone no longer belongs to the client&apos;s route.</source>
        <translation>Deze mijlpaal hoort niet meer bij de leerroute van de klant.</translation>
    </message>
    <message>
        <source>The field %1 is longer than %2 characters.</source>
        <translation>Het veld %1 is langer dan %2 tekens.</translation>
    </message>
    <message>
        <source>The date in %1 lies outside %2 to %3.</source>
        <translation>De datum in %1 ligt buiten %2 tot en met %3.</translation>
    </message>
    <message>
        <source>The number in %1 is negative or too large.</source>
        <translation>Het getal in %1 is negatief of te groot.</translation>
    </message>
    <message>
        <source>A surname is required: the BRP records a single name as the surname.</source>
        <translation>Een achternaam is verplicht: de BRP legt één naam vast als achternaam.</translation>
    </message>
    <message>
        <source>The record belongs to no client.</source>
        <translation>Het gegeven hoort bij geen enkele klant.</translation>
    </message>
    <message>
        <source>The learnability test score cannot be negative.</source>
        <translation>De score van de leerbaarheidstoets kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>An intake score runs from 1 to 5 (0: not assessed).</source>
        <translation>Een intakescore loopt van 1 tot en met 5 (0: niet beoordeeld).</translation>
    </message>
    <message>
        <source>Describe the goal or its action.</source>
        <translation>Beschrijf het doel of de actie.</translation>
    </message>
    <message>
        <source>A goal belongs to a PIP version: add one first.</source>
        <translation>Een doel hoort bij een PIP-versie: voeg die eerst toe.</translation>
    </message>
    <message>
        <source>The goal&apos;s PIP version is not one of this client&apos;s.</source>
        <translation>De PIP-versie van het doel hoort niet bij deze klant.</translation>
    </message>
    <message>
        <source>A conversation needs its date.</source>
        <translation>Een gesprek heeft een datum nodig.</translation>
    </message>
    <message>
        <source>Write a short summary of the conversation.</source>
        <translation>Schrijf een korte samenvatting van het gesprek.</translation>
    </message>
    <message>
        <source>Enter an organisation or a name.</source>
        <translation>Vul een organisatie of een naam in.</translation>
    </message>
    <message>
        <source>A record cannot move to another client.</source>
        <translation>Een gegeven kan niet naar een andere klant verhuizen.</translation>
    </message>
    <message>
        <source>The client&apos;s route has no milestone &quot;%1&quot;.</source>
        <translation>De leerroute van de klant heeft geen mijlpaal &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A milestone cannot be achieved on a day still to come.</source>
        <translation>Een mijlpaal kan niet behaald zijn op een dag die nog moet komen.</translation>
    </message>
    <message>
        <source>There is no coach named %1.</source>
        <translation>Er is geen coach met de naam %1.</translation>
    </message>
    <message>
        <source>A coach needs a name.</source>
        <translation>Een coach heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The e-mail address %1 is not valid.</source>
        <translation>Het e-mailadres %1 is ongeldig.</translation>
    </message>
    <message>
        <source>There is a coach named %1 already.</source>
        <translation>Er is al een coach met de naam %1.</translation>
    </message>
    <message>
        <source>A municipality needs a name.</source>
        <translation>Een gemeente heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A CBS code is GM and four digits (e.g. GM0308), not %1.</source>
        <translation>Een CBS-code is GM en vier cijfers (bijv. GM0308), niet %1.</translation>
    </message>
    <message>
        <source>There is a municipality named %1 already.</source>
        <translation>Er is al een gemeente met de naam %1.</translation>
    </message>
    <message>
        <source>The CBS code %1 belongs to %2 already.</source>
        <translation>De CBS-code %1 hoort al bij %2.</translation>
    </message>
    <message>
        <source>Cannot read the logo %1.</source>
        <translation>Het logo %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image of at most %1 KB.</source>
        <translation>Het logo moet een PNG- of JPEG-afbeelding van hoogstens %1 KB zijn.</translation>
    </message>
</context>
<context>
    <name>koers::AboutDialog</name>
    <message>
        <source>About Koers</source>
        <translation>Over Koers</translation>
    </message>
    <message>
        <source>development build</source>
        <translation>ontwikkelversie</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>, SQLCipher %1</source>
        <translation>, SQLCipher %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Koers %1&lt;/h2&gt;&lt;p&gt;Case management for the civic-integration act (Wet inburgering 2021): dossiers, the personal plan, milestones and what is due, offline and encrypted.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Koers developers.&lt;/p&gt;&lt;p&gt;Koers is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It is distributed in the hope that it will be useful, but &lt;b&gt;without any warranty&lt;/b&gt;; see the licence, &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Koers %1&lt;/h2&gt;&lt;p&gt;Dossierbeheer voor de Wet inburgering 2021: dossiers, het persoonlijk plan, mijlpalen en wat er moet gebeuren, zonder internet en versleuteld.&lt;/p&gt;&lt;p&gt;Copyright © 2026 de ontwikkelaars van Koers.&lt;/p&gt;&lt;p&gt;Koers is vrije software: u mag het verspreiden en/of wijzigen onder de voorwaarden van de GNU General Public License zoals gepubliceerd door de Free Software Foundation, versie 3 of (naar uw keuze) een latere versie (GPL-3.0-or-later). Koers wordt verspreid in de hoop dat het nuttig is, maar &lt;b&gt;zonder enige garantie&lt;/b&gt;; zie de licentie, &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Gebouwd met %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>koers::AgendaView</name>
    <message>
        <source>Due</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda of coach</source>
        <translation>Agenda van coach</translation>
    </message>
    <message>
        <source>Coach:</source>
        <translation>Coach:</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>Alle coaches</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Deze week te doen</translation>
    </message>
    <message>
        <source>Due in the next %1 days</source>
        <translation>Te doen in de komende %1 dagen</translation>
    </message>
    <message>
        <source>Agenda error</source>
        <translation>Fout in de agenda</translation>
    </message>
    <message>
        <source>The agenda could not be read: %1</source>
        <translation>De agenda kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Milestone or next step</source>
        <translation>Mijlpaal of volgende stap</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Volgende stap: %1</translation>
    </message>
</context>
<context>
    <name>koers::AuditModel</name>
    <message>
        <source>(unknown client)</source>
        <translation>(onbekende klant)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>koers::AuditView</name>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Every device</source>
        <translation>Alle apparaten</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Alle handelingen</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Gebruiker:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Apparaat:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Handeling:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Vanaf:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Tot en met:</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n vermelding</numerusform>
            <numerusform>%n vermeldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport (CSV)...</source>
        <translation>E&amp;xporteren (CSV)...</translation>
    </message>
    <message>
        <source>Writes the entries shown, with the filters applied, for Excel. It names clients: keep it as carefully as the file.</source>
        <translation>Schrijft de getoonde regels, met de filters, voor Excel. Het bestand noemt klanten: bewaar het even zorgvuldig als het Koers-bestand.</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Logboek exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n regel geschreven naar %1.</numerusform>
            <numerusform>%n regels geschreven naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>koers::BackupDialog</name>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Terugzetten...</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vóór</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Wachtwoordzin van de back-up</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Wachtwoordzin van de back-up:</translation>
    </message>
    <message>
        <source>A backup made before a passphrase change opens with the old passphrase.</source>
        <translation>Een back-up die vóór een wijziging van de wachtwoordzin is gemaakt, opent met de oude wachtwoordzin.</translation>
    </message>
    <message>
        <source>client import</source>
        <translation>klantenimport</translation>
    </message>
    <message>
        <source>sync import</source>
        <translation>synchronisatie-import</translation>
    </message>
    <message>
        <source>passphrase change</source>
        <translation>wijziging van de wachtwoordzin</translation>
    </message>
    <message>
        <source>restore of a backup</source>
        <translation>terugzetting van een back-up</translation>
    </message>
    <message>
        <source>schema update to version %1</source>
        <translation>schema-update naar versie %1</translation>
    </message>
    <message>
        <source>Choose a backup.</source>
        <translation>Kies een back-up.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the backup.</source>
        <translation>Voer de wachtwoordzin van de back-up in.</translation>
    </message>
    <message>
        <source>Restore the backup made %1 (before a %2)? Koers closes the file, keeps the current state as a backup too, and then asks for the passphrase again.</source>
        <translation>De back-up van %1 (gemaakt vóór een %2) terugzetten? Koers sluit het bestand, bewaart de huidige toestand ook als back-up en vraagt daarna opnieuw om de wachtwoordzin.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>&amp;Nu een back-up maken</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder...</source>
        <translation>Back-up naar een &amp;map...</translation>
    </message>
    <message>
        <source>Koers keeps an encrypted copy of the file before every schema update, client import, sync import, passphrase change and restore; the last %1 are kept. Make one yourself, here or on a USB stick, before work you want to be able to undo.</source>
        <translation>Koers maakt een versleutelde kopie van het bestand vóór elke schema-update, klantenimport, synchronisatie-import, wijziging van de wachtwoordzin en elk herstel; de laatste %1 blijven bewaard. Maak er zelf een, hier of op een USB-stick, vóór werk dat u ongedaan wilt kunnen maken.</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>zelf gemaakt</translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation>Back-up naar een map</translation>
    </message>
    <message>
        <source>Back-up</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>An encrypted copy of the file was saved as %1. It opens with the passphrase of the file as it is now.</source>
        <translation>Een versleutelde kopie van het bestand is opgeslagen als %1. Die opent met de wachtwoordzin die het bestand nu heeft.</translation>
    </message>
    <message>
        <source>An encrypted copy of the file was made: %1.</source>
        <translation>Er is een versleutelde kopie van het bestand gemaakt: %1.</translation>
    </message>
</context>
<context>
    <name>koers::CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Volgende mijlpaal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Wordt gelezen...</translation>
    </message>
</context>
<context>
    <name>koers::CaseloadView</name>
    <message>
        <source>Show all clients</source>
        <translation>Alle klanten tonen</translation>
    </message>
    <message>
        <source>Search by name, BSN or V-number (Ctrl+F)</source>
        <translation>Zoeken op naam, BSN of V-nummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Klanten zoeken</translation>
    </message>
    <message>
        <source>Filter by coach</source>
        <translation>Filteren op coach</translation>
    </message>
    <message>
        <source>Filter by municipality</source>
        <translation>Filteren op gemeente</translation>
    </message>
    <message>
        <source>Filter by route</source>
        <translation>Filteren op leerroute</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <source>Filter by due date</source>
        <translation>Filteren op uiterste datum</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Alle leerroutes</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All due dates</source>
        <translation>Alle uiterste datums</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>Binnen 14 dagen te doen</translation>
    </message>
    <message>
        <source>Late or due within 14 days</source>
        <translation>Te laat of binnen 14 dagen te doen</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Werkvoorraad</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>Alle coaches</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>%1 of %2 clients</source>
        <translation>%1 van %2 klanten</translation>
    </message>
    <message>
        <source>Caseload error</source>
        <translation>Fout in de werkvoorraad</translation>
    </message>
    <message>
        <source>The caseload could not be read: %1 If the file is damaged, restore a backup (File → Back-ups).</source>
        <translation>De werkvoorraad kon niet worden gelezen: %1 Is het bestand beschadigd, zet dan een back-up terug (Bestand → Back-ups).</translation>
    </message>
    <message>
        <source>The caseload&apos;s next milestones could not be read: %1 If the file is damaged, restore a backup (File → Back-ups).</source>
        <translation>De volgende mijlpalen van de werkvoorraad konden niet worden gelezen: %1 Is het bestand beschadigd, zet dan een back-up terug (Bestand → Back-ups).</translation>
    </message>
    <message>
        <source>&amp;Assign to coach...</source>
        <translation>&amp;Toewijzen aan coach...</translation>
    </message>
    <message>
        <source>&amp;Hand over to another municipality...</source>
        <translation>Overdragen aan een andere &amp;gemeente...</translation>
    </message>
</context>
<context>
    <name>koers::ChangePassphraseDialog</name>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Wijzigen</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Herhaal de nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Koers first keeps an encrypted backup of the file under the current passphrase, then re-encrypts the whole file with the new one. There is no way back from a lost passphrase.</source>
        <translation>Koers maakt eerst een versleutelde back-up van het bestand met de huidige wachtwoordzin en versleutelt daarna het hele bestand opnieuw met de nieuwe. Een verloren wachtwoordzin kan op geen enkele manier worden hersteld.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>He&amp;rhaal:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Voer de huidige wachtwoordzin in.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>De twee nieuwe wachtwoordzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>koers::ClientForm</name>
    <message>
        <source>&amp;First names</source>
        <translation>&amp;Voornamen</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>&amp;BSN</source>
        <translation>BS&amp;N</translation>
    </message>
    <message>
        <source>&amp;V-number</source>
        <translation>V-&amp;nummer</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Geboortedat&amp;um</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <source>&amp;Coach</source>
        <translation>&amp;Coach</translation>
    </message>
    <message>
        <source>&amp;Target group</source>
        <translation>&amp;Doelgroep</translation>
    </message>
    <message>
        <source>&amp;Koppeling</source>
        <translation>&amp;Koppeling</translation>
    </message>
    <message>
        <source>BRP &amp;registration</source>
        <translation>Inschri&amp;jving BRP</translation>
    </message>
    <message>
        <source>&amp;DUO notice</source>
        <translation>&amp;Melding DUO</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>G&amp;eslacht</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Geboorteland</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Ad&amp;res</translation>
    </message>
    <message>
        <source>Residence &amp;permit</source>
        <translation>Verblij&amp;fsvergunning</translation>
    </message>
    <message>
        <source>&amp;Housing</source>
        <translation>Huis&amp;vesting</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status sinds</translation>
    </message>
    <message>
        <source>Partic&amp;ipation</source>
        <translation>&amp;Participatie</translation>
    </message>
    <message>
        <source>Integration duty ended</source>
        <translation>Inburgeringsplicht beëindigd</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Opmerking</translation>
    </message>
    <message>
        <source>Problems in the form</source>
        <translation>Problemen in het formulier</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>%1: not a date (use dd-mm-yyyy).</source>
        <translation>%1: geen datum (gebruik dd-mm-jjjj).</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (niet actief)</translation>
    </message>
</context>
<context>
    <name>koers::CoachesPage</name>
    <message>
        <source>Ac&amp;tive: offered for new clients</source>
        <translation>Ac&amp;tief: te kiezen voor nieuwe klanten</translation>
    </message>
    <message>
        <source>&amp;Save coach</source>
        <translation>Coach &amp;opslaan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Coaches</translation>
    </message>
    <message>
        <source>Name of the coach</source>
        <translation>Naam van de coach</translation>
    </message>
    <message>
        <source>&amp;New coach</source>
        <translation>&amp;Nieuwe coach</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;aam</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>Tea&amp;m</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (inactive)</source>
        <translation>nee (niet actief)</translation>
    </message>
    <message>
        <source>&amp;Add coach</source>
        <translation>Coach &amp;toevoegen</translation>
    </message>
</context>
<context>
    <name>koers::ConflictsView</name>
    <message>
        <source>Show resolved conflicts</source>
        <translation>Opgeloste conflicten tonen</translation>
    </message>
    <message>
        <source>Losing version</source>
        <translation>Verliezende versie</translation>
    </message>
    <message>
        <source>Winning version</source>
        <translation>Bewaarde versie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Huidige versie</translation>
    </message>
    <message>
        <source>Restore losing version</source>
        <translation>Verliezende versie terugzetten</translation>
    </message>
    <message>
        <source>Write the losing version back as a new change; it then wins on every device.</source>
        <translation>De verliezende versie terugzetten als nieuwe wijziging; die krijgt dan op elk apparaat voorrang.</translation>
    </message>
    <message>
        <source>Keep current version</source>
        <translation>Huidige versie behouden</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>opgelost</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Geen conflicten om te beoordelen.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the version kept is the newest; the losing version of a concurrent edit is shown beside it.</source>
        <translation>
            <numerusform>%n conflict: de bewaarde versie is de nieuwste; de verliezende versie van een gelijktijdige wijziging staat ernaast.</numerusform>
            <numerusform>%n conflicten: de bewaarde versie is steeds de nieuwste; de verliezende versie van een gelijktijdige wijziging staat ernaast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the current version of this record with the losing version? The change reaches the other devices with the next sync packages.</source>
        <translation>De huidige versie van dit record vervangen door de verliezende versie? De wijziging komt met de volgende synchronisatiepakketten op de andere apparaten terecht.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(client not in this file)</source>
        <translation>(klant niet in dit bestand)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Record %1 in table %2; losing version %3, winning version %4.</source>
        <translation>Record %1 in tabel %2; verliezende versie %3, winnende versie %4.</translation>
    </message>
</context>
<context>
    <name>koers::ContactsTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;Met wie</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Samen&amp;vatting</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>V&amp;olgende stap</translation>
    </message>
    <message>
        <source>Next step &amp;by</source>
        <translation>Volgende stap &amp;uiterlijk</translation>
    </message>
    <message>
        <source>Add &amp;conversation</source>
        <translation>Gesprek &amp;toevoegen</translation>
    </message>
    <message>
        <source>Conversation not added</source>
        <translation>Gesprek niet toegevoegd</translation>
    </message>
    <message>
        <source>Enter the date as dd-mm-yyyy.</source>
        <translation>Vul de datum in als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>Write a short summary.</source>
        <translation>Schrijf een korte samenvatting.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The selected conversation</source>
        <translation>Het gekozen gesprek</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Nog geen gesprekken.</translation>
    </message>
    <message>
        <source>Select a conversation to read it whole; Enter opens it to change.</source>
        <translation>Kies een gesprek om het helemaal te lezen; Enter opent het om te wijzigen.</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>met %1</translation>
    </message>
    <message>
        <source>Next step by %1: %2</source>
        <translation>Volgende stap uiterlijk %1: %2</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Volgende stap: %1</translation>
    </message>
    <message>
        <source>edit conversation</source>
        <translation>gesprek wijzigen</translation>
    </message>
    <message>
        <source>add conversation</source>
        <translation>gesprek toevoegen</translation>
    </message>
    <message>
        <source>Conversation not saved</source>
        <translation>Gesprek niet opgeslagen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>The conversation form holds text that is not saved. Save it first?</source>
        <translation>In het gespreksformulier staat tekst die nog niet is opgeslagen. Eerst opslaan?</translation>
    </message>
    <message>
        <source>Conversation of %1</source>
        <translation>Gesprek van %1</translation>
    </message>
    <message>
        <source>Save &amp;conversation</source>
        <translation>Gesprek &amp;opslaan</translation>
    </message>
    <message>
        <source>remove conversation</source>
        <translation>gesprek verwijderen</translation>
    </message>
</context>
<context>
    <name>koers::DashboardView</name>
    <message>
        <source>Period from</source>
        <translation>Periode vanaf</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode tot en met</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Read the data again, e.g. after an import or a sync</source>
        <translation>Lees de gegevens opnieuw in, bijv. na een import of synchronisatie</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>&amp;Municipalities</source>
        <translation>&amp;Gemeenten</translation>
    </message>
    <message>
        <source>&amp;Coach</source>
        <translation>&amp;Coach</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>Leer&amp;route</translation>
    </message>
    <message>
        <source>&amp;Target group</source>
        <translation>&amp;Doelgroep</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>Alle coaches</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Alle leerroutes</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alle doelgroepen</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message numerus="yes">
        <source>%n municipalities</source>
        <translation>
            <numerusform>%n gemeente</numerusform>
            <numerusform>%n gemeenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort figure</source>
        <translation>Cohortcijfer</translation>
    </message>
    <message>
        <source>Which cohort figure to show</source>
        <translation>Welk cohortcijfer getoond wordt</translation>
    </message>
</context>
<context>
    <name>koers::DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Not a date: use dd-mm-yyyy</source>
        <translation>Geen datum: gebruik dd-mm-jjjj</translation>
    </message>
</context>
<context>
    <name>koers::DirectoryDialog</name>
    <message>
        <source>Coaches and municipalities</source>
        <translation>Coaches en gemeenten</translation>
    </message>
    <message>
        <source>C&amp;oaches</source>
        <translation>&amp;Coaches</translation>
    </message>
    <message>
        <source>M&amp;unicipalities</source>
        <translation>&amp;Gemeenten</translation>
    </message>
</context>
<context>
    <name>koers::DossierView</name>
    <message>
        <source>&amp;Personal data</source>
        <translation>&amp;Persoonsgegevens</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>P&amp;lan (PIP)</source>
        <translation>Pl&amp;an (PIP)</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Mijlpalen</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Gesprekken</translation>
    </message>
    <message>
        <source>In&amp;volved</source>
        <translation>Be&amp;trokkenen</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>BSN %1</source>
        <translation>BSN %1</translation>
    </message>
    <message>
        <source>E&amp;xport for access request...</source>
        <translation>E&amp;xporteren voor inzage...</translation>
    </message>
    <message>
        <source>The whole dossier as PDF and CSV, for the client&apos;s access request (AVG)</source>
        <translation>Het hele dossier als PDF en CSV, voor het inzageverzoek van de klant (AVG)</translation>
    </message>
    <message>
        <source>Export for access request</source>
        <translation>Exporteren voor inzage</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The dossier was written to %1 and %2. These files are not encrypted: hand them to the client and delete them afterwards.</source>
        <translation>Het dossier is geschreven naar %1 en %2. Deze bestanden zijn niet versleuteld: geef ze aan de klant en verwijder ze daarna.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>koers::FigurePanel</name>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Show the numbers of this chart as a table</source>
        <translation>De cijfers van deze grafiek als tabel tonen</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation>De grafiek exporteren als PNG-afbeelding</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Export the numbers as CSV</source>
        <translation>De cijfers exporteren als CSV</translation>
    </message>
    <message>
        <source>Double-click a number to open those clients; Ctrl+C copies the selection</source>
        <translation>Dubbelklik op een getal om die klanten te openen; Ctrl+C kopieert de selectie</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>%1
%2: %3%</source>
        <translation>%1
%2: %3%</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>De grafiek kon niet worden opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Export numbers</source>
        <translation>Cijfers exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>koers::FigureTableModel</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>koers::GuideDialog</name>
    <message>
        <source>Koers user guide</source>
        <translation>Handleiding Koers</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>De handleiding ontbreekt in deze versie.</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Hoofdstukken</translation>
    </message>
    <message>
        <source>Search in the guide</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
</context>
<context>
    <name>koers::HandoverDialog</name>
    <message>
        <source>&amp;Hand over...</source>
        <translation>&amp;Overdragen...</translation>
    </message>
    <message>
        <source>Hand over to another municipality</source>
        <translation>Overdragen aan een andere gemeente</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) are handed over to another municipality or provider. Koers writes a package of exactly their dossiers, which the receiver imports as a normal sync package.</source>
        <translation>
            <numerusform>%n klant wordt overgedragen aan een andere gemeente of aanbieder. Koers schrijft een pakket met precies dat dossier, dat de ontvanger importeert als een gewoon synchronisatiepakket.</numerusform>
            <numerusform>%n klanten worden overgedragen aan een andere gemeente of aanbieder. Koers schrijft een pakket met precies hun dossiers, dat de ontvanger importeert als een gewoon synchronisatiepakket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Here they then become &quot;Moved away&quot; on the date below, and their dossiers follow the retention period from that date.</source>
        <translation>Hier krijgen ze daarna de status &quot;Verhuisd&quot; op de datum hieronder, en vanaf die datum telt de bewaartermijn van hun dossiers.</translation>
    </message>
    <message>
        <source>Date of the handover</source>
        <translation>Datum van de overdracht</translation>
    </message>
    <message>
        <source>Package passphrase</source>
        <translation>Pakketwachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the package passphrase</source>
        <translation>Herhaal de pakketwachtwoordzin</translation>
    </message>
    <message>
        <source>Date of the handover:</source>
        <translation>Datum van de overdracht:</translation>
    </message>
    <message>
        <source>Package passphrase:</source>
        <translation>Pakketwachtwoordzin:</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Herhaal de wachtwoordzin:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <source>Enter the date of the handover as dd-mm-yyyy.</source>
        <translation>Vul de datum van de overdracht in als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <source>Write the handover package</source>
        <translation>Het overdrachtspakket schrijven</translation>
    </message>
    <message>
        <source>handover-%1.koerssync</source>
        <translation>overdracht-%1.koerssync</translation>
    </message>
    <message>
        <source>Koers sync packages (*.koerssync)</source>
        <translation>Koers-synchronisatiepakketten (*.koerssync)</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <source>Cancelled; no package was written and nothing changed.</source>
        <translation>Geannuleerd; er is geen pakket geschreven en er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>koers::HubSyncDialog</name>
    <message>
        <source>Synchronise with server</source>
        <translation>Synchroniseren met server</translation>
    </message>
    <message>
        <source>Sends the changes made in this file to the team&apos;s server and fetches what changed there in your caseload. Clients that were handed to another coach are removed from this laptop once your changes to them have been sent.</source>
        <translation>Stuurt de wijzigingen in dit bestand naar de server van het team en haalt op wat daar in uw caseload is veranderd. Cliënten die aan een andere coach zijn overgedragen, verdwijnen van deze laptop zodra uw wijzigingen aan hen zijn verstuurd.</translation>
    </message>
    <message>
        <source>The server&apos;s connection string, as the team lead or the administrator gave it to you. Koers remembers it, never the password.</source>
        <translation>De verbindingsgegevens van de server, zoals u die van de teamleider of de beheerder kreeg. Koers onthoudt ze, nooit het wachtwoord.</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>alleen als de server erom vraagt</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Last synchronised:</source>
        <translation>Laatst gesynchroniseerd:</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Stopt na de huidige stap…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nog nooit</translation>
    </message>
    <message>
        <source>Leave the password out of the server&apos;s connection string: type it in the password field.</source>
        <translation>Laat het wachtwoord weg uit de verbindingsgegevens: typ het in het wachtwoordveld.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message numerus="yes">
        <source>Sending changes: %n record(s)…</source>
        <translation>
            <numerusform>Wijzigingen versturen: %n record…</numerusform>
            <numerusform>Wijzigingen versturen: %n records…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching changes: %n record(s)…</source>
        <translation>
            <numerusform>Wijzigingen ophalen: %n record…</numerusform>
            <numerusform>Wijzigingen ophalen: %n records…</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Afronden…</translation>
    </message>
    <message>
        <source>%1 Type the password and synchronise again.</source>
        <translation>%1 Typ het wachtwoord en synchroniseer opnieuw.</translation>
    </message>
    <message>
        <source>Not synchronised. %1</source>
        <translation>Niet gesynchroniseerd. %1</translation>
    </message>
    <message numerus="yes">
        <source>Synchronised. Sent: %n change(s).</source>
        <translation>
            <numerusform>Gesynchroniseerd. Verstuurd: %n wijziging.</numerusform>
            <numerusform>Gesynchroniseerd. Verstuurd: %n wijzigingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received: %n new or changed record(s).</source>
        <translation>
            <numerusform>Ontvangen: %n nieuw of gewijzigd record.</numerusform>
            <numerusform>Ontvangen: %n nieuwe of gewijzigde records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting edit(s) kept for review (File &gt; Synchronise &gt; Conflicts).</source>
        <translation>
            <numerusform>%n conflicterende wijziging bewaard om te beoordelen (Bestand &gt; Synchroniseren &gt; Conflicten).</numerusform>
            <numerusform>%n conflicterende wijzigingen bewaard om te beoordelen (Bestand &gt; Synchroniseren &gt; Conflicten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) handed to another coach were removed from this laptop.</source>
        <translation>
            <numerusform>%n cliënt die aan een andere coach is overgedragen, is van deze laptop verwijderd.</numerusform>
            <numerusform>%n cliënten die aan een andere coach zijn overgedragen, zijn van deze laptop verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) outside your caseload were not sent.</source>
        <translation>
            <numerusform>%n record buiten uw caseload is niet verstuurd.</numerusform>
            <numerusform>%n records buiten uw caseload zijn niet verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password of the server</source>
        <translation>Wachtwoord van de server</translation>
    </message>
</context>
<context>
    <name>koers::ImportConfirmPage</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Check the summary, then choose Import.</source>
        <translation>Controleer de samenvatting en kies dan Importeren.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>New clients: %1, each with the milestones of their learning route.</source>
        <translation>Nieuwe klanten: %1, elk met de mijlpalen van hun leerroute.</translation>
    </message>
    <message>
        <source>Clients to update: %1.</source>
        <translation>Bij te werken klanten: %1.</translation>
    </message>
    <message>
        <source>Clients already stored, skipped: %1.</source>
        <translation>Klanten die al zijn opgeslagen, overgeslagen: %1.</translation>
    </message>
    <message>
        <source>Refused rows, left out: %1.</source>
        <translation>Afgewezen rijen, weggelaten: %1.</translation>
    </message>
    <message>
        <source>New municipalities: %1.</source>
        <translation>Nieuwe gemeenten: %1.</translation>
    </message>
    <message>
        <source>Import writes all of this at once. If anything goes wrong, nothing is written.</source>
        <translation>Importeren schrijft dit alles in één keer weg. Gaat er iets mis, dan wordt er niets weggeschreven.</translation>
    </message>
    <message>
        <source>Imported %1 new clients, updated %2, skipped %3; %4 rows were refused.</source>
        <translation>%1 nieuwe klanten geïmporteerd, %2 bijgewerkt, %3 overgeslagen; %4 rijen afgewezen.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import afgebroken; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>koers::ImportDialectPage</name>
    <message>
        <source>The first row holds the column names</source>
        <translation>De eerste rij bevat de kolomnamen (kopregel)</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Controleer hoe het bestand wordt gelezen</translation>
    </message>
    <message>
        <source>Koers recognised the settings below. If the preview looks wrong, change them.</source>
        <translation>Koers heeft de onderstaande instellingen herkend. Ziet het voorbeeld er niet goed uit, pas ze dan aan.</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Puntkomma ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Verticale streep ( | )</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 met BOM (byte order mark)</translation>
    </message>
    <message>
        <source>Windows-1252 (older Excel)</source>
        <translation>Windows-1252 (oudere Excel)</translation>
    </message>
    <message>
        <source>Column separator:</source>
        <translation>Scheidingsteken:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Tekenset:</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Voorbeeld van de eerste rijen:</translation>
    </message>
</context>
<context>
    <name>koers::ImportFilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Kies het CSV-bestand</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel or another program. Nothing is written until the last step.</source>
        <translation>Een CSV-bestand dat is opgeslagen vanuit Excel of een ander programma. Er wordt pas iets weggeschreven bij de laatste stap.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren...</translation>
    </message>
    <message>
        <source>In Excel: File › Save as › CSV (semicolon delimited) or CSV UTF-8. The separator, the text encoding and the header row are recognised by themselves; you can correct them in the next step.</source>
        <translation>In Excel: Bestand › Opslaan als › CSV (gescheiden door lijstscheidingsteken) of CSV UTF-8. Het scheidingsteken, de tekenset en de kopregel worden automatisch herkend; u kunt ze in de volgende stap corrigeren.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Kies een CSV-bestand</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>koers::ImportIssueModel</name>
    <message>
        <source>Refused</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>koers::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Kolommen toewijzen</translation>
    </message>
    <message>
        <source>Choose for each column which client field it fills. Columns set to &quot;(do not import)&quot; are left out.</source>
        <translation>Kies per kolom welk klantveld ermee wordt gevuld. Kolommen met &quot;(niet importeren)&quot; worden weggelaten.</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>Opslaan als profiel...</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profiel:</translation>
    </message>
    <message>
        <source>Match at least one column to the first or the last name.</source>
        <translation>Wijs ten minste één kolom toe aan de voornaam of de achternaam.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <source>(by the column names)</source>
        <translation>(op kolomnamen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column in the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kolom in het bestand&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;First value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eerste waarde&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Client field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Klantveld&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Opslaan als profiel</translation>
    </message>
    <message>
        <source>Name of the profile (e.g. the list&apos;s source):</source>
        <translation>Naam van het profiel (bijv. de herkomst van de lijst):</translation>
    </message>
</context>
<context>
    <name>koers::ImportValidationPage</name>
    <message>
        <source>Skip clients who are already stored</source>
        <translation>Klanten die al zijn opgeslagen overslaan</translation>
    </message>
    <message>
        <source>Update clients who are already stored with the file&apos;s values</source>
        <translation>Klanten die al zijn opgeslagen bijwerken met de waarden uit het bestand</translation>
    </message>
    <message>
        <source>Save refused rows…</source>
        <translation>Afgewezen rijen opslaan...</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Rijen controleren</translation>
    </message>
    <message>
        <source>Every row has been checked. Nothing has been written yet.</source>
        <translation>Alle rijen zijn gecontroleerd. Er is nog niets weggeschreven.</translation>
    </message>
    <message>
        <source>Clients already stored (same BSN, or same name and date of birth):</source>
        <translation>Klanten die al zijn opgeslagen (zelfde BSN, of zelfde naam en geboortedatum):</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Het bestand kan niet worden geïmporteerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>%n rij gelezen: </numerusform>
            <numerusform>%n rijen gelezen: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 already stored and skipped, %4 refused.</source>
        <translation>%1 nieuw, %2 bij te werken, %3 al opgeslagen en overgeslagen, %4 afgewezen.</translation>
    </message>
    <message>
        <source>New municipalities: %1.</source>
        <translation>Nieuwe gemeenten: %1.</translation>
    </message>
    <message>
        <source>Refused rows are left out; save them, correct them and import them again.</source>
        <translation>Afgewezen rijen worden weggelaten; sla ze op, verbeter ze en importeer ze opnieuw.</translation>
    </message>
    <message>
        <source>-refused</source>
        <translation>-afgewezen</translation>
    </message>
    <message>
        <source>Save refused rows</source>
        <translation>Afgewezen rijen opslaan</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back and forward again to check the file.</source>
        <translation>De controle is afgebroken. Ga terug en weer verder om het bestand opnieuw te controleren.</translation>
    </message>
</context>
<context>
    <name>koers::ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation>Klanten importeren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>koers::IntakeTab</name>
    <message>
        <source>&amp;Save intake</source>
        <translation>Intake &amp;opslaan</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>niet afgenomen</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Gestart</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>&amp;Afgerond</translation>
    </message>
    <message>
        <source>&amp;Learnability test score</source>
        <translation>S&amp;core leerbaarheidstoets</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Score (1-5, 0 = not assessed)</source>
        <translation>Score (1-5, 0 = niet beoordeeld)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Intake topics</source>
        <translation>Onderwerpen intake</translation>
    </message>
    <message>
        <source>&amp;Start intake</source>
        <translation>Intake &amp;starten</translation>
    </message>
    <message>
        <source>Intake not saved</source>
        <translation>Intake niet opgeslagen</translation>
    </message>
    <message>
        <source>Enter dates as dd-mm-yyyy.</source>
        <translation>Vul datums in als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>save intake</source>
        <translation>intake opslaan</translation>
    </message>
</context>
<context>
    <name>koers::InvolvementsTab</name>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Involved partners and people</source>
        <translation>Betrokken partners en personen</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toe&amp;voegen</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>Selectie verwij&amp;deren</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Niet toegevoegd</translation>
    </message>
    <message>
        <source>Enter an organisation or a name.</source>
        <translation>Vul een organisatie of een naam in.</translation>
    </message>
    <message>
        <source>New involved party</source>
        <translation>Nieuwe betrokkene</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>edit involved party</source>
        <translation>betrokkene wijzigen</translation>
    </message>
    <message>
        <source>add involved party</source>
        <translation>betrokkene toevoegen</translation>
    </message>
    <message>
        <source>Involved party</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>The form holds text that is not saved. Save it first?</source>
        <translation>In het formulier staat tekst die nog niet is opgeslagen. Eerst opslaan?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>remove involved party</source>
        <translation>betrokkene verwijderen</translation>
    </message>
</context>
<context>
    <name>koers::MainWindow</name>
    <message>
        <source>Case&amp;load</source>
        <translation>W&amp;erkvoorraad</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Koers is locked.</source>
        <translation>Koers is vergrendeld.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New client...</source>
        <translation>&amp;Nieuwe klant...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Klant zoeken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>Show full &amp;BSN</source>
        <translation>Volledig BSN &amp;tonen</translation>
    </message>
    <message>
        <source>Koers</source>
        <translation>Koers</translation>
    </message>
    <message>
        <source>Koers - %1</source>
        <translation>Koers - %1</translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation>%1 geopend</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Changes discarded</source>
        <translation>Wijzigingen verworpen</translation>
    </message>
    <message>
        <source>&amp;Import clients...</source>
        <translation>Klanten &amp;importeren...</translation>
    </message>
    <message>
        <source>&amp;Export caseload...</source>
        <translation>Werkvoorraad e&amp;xporteren...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Export the caseload</source>
        <translation>De werkvoorraad exporteren</translation>
    </message>
    <message>
        <source>caseload.csv</source>
        <translation>werkvoorraad.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) written to %1. The file is not encrypted: keep it safe and delete it when done.</source>
        <translation>
            <numerusform>%n klant geschreven naar %1. Het bestand is niet versleuteld: bewaar het veilig en verwijder het als u klaar bent.</numerusform>
            <numerusform>%n klanten geschreven naar %1. Het bestand is niet versleuteld: bewaar het veilig en verwijder het als u klaar bent.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ynchronise...</source>
        <translation>S&amp;ynchroniseren...</translation>
    </message>
    <message>
        <source>&amp;Report for the college...</source>
        <translation>&amp;Rapportage voor het college...</translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>&amp;Wachtwoordzin wijzigen...</translation>
    </message>
    <message>
        <source>&amp;Back-ups...</source>
        <translation>&amp;Back-ups...</translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation>&amp;Logboek...</translation>
    </message>
    <message>
        <source>&amp;Retention period...</source>
        <translation>&amp;Bewaartermijn...</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup. A backup made before a passphrase change needs the old passphrase.</source>
        <translation>Met deze wachtwoordzin kan deze back-up niet worden geopend. Voor een back-up die vóór een wijziging van de wachtwoordzin is gemaakt, is de oude wachtwoordzin nodig.</translation>
    </message>
    <message>
        <source>The open changes were kept; nothing was restored.</source>
        <translation>De openstaande wijzigingen zijn bewaard; er is niets teruggezet.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>The backup was restored; the replaced state is kept as a backup too. Open the file with the passphrase of the backup.</source>
        <translation>De back-up is teruggezet; de vervangen toestand is ook als back-up bewaard. Open het bestand met de wachtwoordzin van de back-up.</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Er is geen bestand geopend.</translation>
    </message>
    <message>
        <source>Passphrase changed; the previous state is kept as a backup.</source>
        <translation>Wachtwoordzin gewijzigd; de vorige toestand is als back-up bewaard.</translation>
    </message>
    <message>
        <source>Synchronise with ser&amp;ver...</source>
        <translation>Synchroniseren met ser&amp;ver...</translation>
    </message>
    <message>
        <source>&amp;Undo:</source>
        <translation>Ongedaan &amp;maken:</translation>
    </message>
    <message>
        <source>&amp;Redo:</source>
        <translation>Opnie&amp;uw:</translation>
    </message>
    <message>
        <source>Coaches and &amp;municipalities...</source>
        <translation>Coaches en &amp;gemeenten...</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Not everything in the dossier of %1 could be saved:
%2</source>
        <translation>Niet alles in het dossier van %1 kon worden opgeslagen:
%2</translation>
    </message>
    <message>
        <source>The dossier of %1 has changes that are not saved yet (%2).

Save them?</source>
        <translation>In het dossier van %1 staan wijzigingen die nog niet zijn opgeslagen (%2).

Opslaan?</translation>
    </message>
    <message>
        <source>These changes could not be saved:
%1</source>
        <translation>Deze wijzigingen konden niet worden opgeslagen:
%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Koers locked while these changes could not be saved; they were discarded:
%1</source>
        <translation>Koers werd vergrendeld terwijl deze wijzigingen niet konden worden opgeslagen; ze zijn vervallen:
%1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Reading the figures</source>
        <translation>Cijfers inlezen</translation>
    </message>
    <message>
        <source>Koers locked while this was running; it was stopped before it changed anything: %1.</source>
        <translation>Koers vergrendelde terwijl dit bezig was; het is gestopt voordat het iets veranderde: %1.</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Nu een back-up &amp;maken</translation>
    </message>
    <message>
        <source>Back-up</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;About Koers</source>
        <translation>&amp;Over Koers</translation>
    </message>
    <message>
        <source>Da&amp;shboard</source>
        <translation>Da&amp;shboard</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Instellingen...</translation>
    </message>
    <message>
        <source>Cancelled: nothing was restored; the file is as it was.</source>
        <translation>Geannuleerd: er is niets teruggezet; het bestand is zoals het was.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Koers locked while this was finishing; it was completed first: %1.</source>
        <translation>Koers werd vergrendeld terwijl dit werd afgerond; het is eerst voltooid: %1.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Geannuleerd: er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Assign to coach</source>
        <translation>Toewijzen aan coach</translation>
    </message>
    <message>
        <source>There are no active coaches in this file. Add them under Edit, Coaches and municipalities.</source>
        <translation>Dit bestand heeft geen actieve coaches. Voeg ze toe onder Bewerken, Coaches en gemeenten.</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected client(s) to:</source>
        <translation>
            <numerusform>De gekozen klant geven aan:</numerusform>
            <numerusform>De %n gekozen klanten geven aan:</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected clients have %1 as their coach already.</source>
        <translation>De gekozen klanten hebben %1 al als coach.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) assigned to %1.</source>
        <translation>
            <numerusform>%n klant toegewezen aan %1.</numerusform>
            <numerusform>%n klanten toegewezen aan %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Overdragen</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) handed over on %1. Give the package and its passphrase to the receiver separately; here the clients are now moved away.</source>
        <translation>
            <numerusform>%n klant overgedragen op %1. Geef het pakket en de wachtwoordzin apart van elkaar aan de ontvanger; hier is de klant nu verhuisd.</numerusform>
            <numerusform>%n klanten overgedragen op %1. Geef het pakket en de wachtwoordzin apart van elkaar aan de ontvanger; hier zijn de klanten nu verhuisd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>koers::MilestonesTab</name>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <source>Mark &amp;achieved</source>
        <translation>&amp;Markeren als behaald</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>He&amp;ropenen</translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation>Laten &amp;vervallen</translation>
    </message>
    <message>
        <source>Change &amp;due date...</source>
        <translation>&amp;Uiterste datum wijzigen...</translation>
    </message>
    <message>
        <source>Set by hand: %1</source>
        <translation>Met de hand ingesteld: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Change the due date of %1</source>
        <translation>De uiterste datum van %1 wijzigen</translation>
    </message>
    <message>
        <source>Mark achieved</source>
        <translation>Markeren als behaald</translation>
    </message>
    <message>
        <source>%1 achieved on</source>
        <translation>%1 behaald op</translation>
    </message>
    <message>
        <source>due date of %1</source>
        <translation>uiterste datum van %1</translation>
    </message>
</context>
<context>
    <name>koers::MunicipalitiesPage</name>
    <message>
        <source>&amp;Save municipality</source>
        <translation>Gemeente &amp;opslaan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>CBS code</source>
        <translation>CBS-code</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>e.g. GM0308</source>
        <translation>bijv. GM0308</translation>
    </message>
    <message>
        <source>&amp;New municipality</source>
        <translation>&amp;Nieuwe gemeente</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;aam</translation>
    </message>
    <message>
        <source>&amp;CBS code</source>
        <translation>C&amp;BS-code</translation>
    </message>
    <message>
        <source>&amp;Add municipality</source>
        <translation>Gemeente &amp;toevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>Logo &amp;verwijderen</translation>
    </message>
    <message>
        <source>Letterhead address</source>
        <translation>Adres in het briefhoofd</translation>
    </message>
    <message>
        <source>Postbus 1
1234 AB Plaats</source>
        <translation>Postbus 1
1234 AB Plaats</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose lo&amp;go...</source>
        <translation>Logo &amp;kiezen...</translation>
    </message>
    <message>
        <source>Letterhead add&amp;ress</source>
        <translation>A&amp;dres in het briefhoofd</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Een logo kiezen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>The logo cannot be shown.</source>
        <translation>Het logo kan niet worden getoond.</translation>
    </message>
</context>
<context>
    <name>koers::NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>&amp;Add client</source>
        <translation>Klant &amp;toevoegen</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbel</translation>
    </message>
    <message>
        <source>This client may already exist:
%1

Add a new client anyway?</source>
        <translation>Deze klant bestaat mogelijk al:
%1

Toch een nieuwe klant toevoegen?</translation>
    </message>
    <message>
        <source>Client not added</source>
        <translation>Klant niet toegevoegd</translation>
    </message>
    <message>
        <source>another BSN, possibly the same person</source>
        <translation>ander BSN, mogelijk dezelfde persoon</translation>
    </message>
    <message>
        <source>Throw away what was typed for this new client?</source>
        <translation>Wat voor deze nieuwe klant is ingevuld weggooien?</translation>
    </message>
    <message>
        <source>a new client</source>
        <translation>een nieuwe klant</translation>
    </message>
    <message>
        <source>New client %1: %2</source>
        <translation>Nieuwe klant %1: %2</translation>
    </message>
    <message>
        <source>New client %1: may already exist, so it was not added.</source>
        <translation>Nieuwe klant %1: bestaat mogelijk al, dus niet toegevoegd.</translation>
    </message>
</context>
<context>
    <name>koers::PassphraseAids</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock staat aan.</translation>
    </message>
    <message>
        <source>Strength of the passphrase</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Wachtwoordzin verbergen</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Wachtwoordzin tonen</translation>
    </message>
</context>
<context>
    <name>koers::PersonalTab</name>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>edit personal data</source>
        <translation>persoonsgegevens wijzigen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>koers::PlanTab</name>
    <message>
        <source>&amp;MAP</source>
        <translation>&amp;MAP</translation>
    </message>
    <message>
        <source>&amp;PVT</source>
        <translation>&amp;PVT</translation>
    </message>
    <message>
        <source>&amp;KNM</source>
        <translation>&amp;KNM</translation>
    </message>
    <message>
        <source>C&amp;hildcare</source>
        <translation>K&amp;inderopvang</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Dagtekening</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doelniveau</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Taalaanbieder</translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation>Uur/week</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>PIP versions</source>
        <translation>PIP-versies</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>New PIP version</source>
        <translation>Nieuwe PIP-versie</translation>
    </message>
    <message>
        <source>&amp;Date of decision</source>
        <translation>Dag&amp;tekening</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>Leer&amp;route</translation>
    </message>
    <message>
        <source>Target &amp;level</source>
        <translation>Doel&amp;niveau</translation>
    </message>
    <message>
        <source>Language &amp;provider</source>
        <translation>Taal&amp;aanbieder</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>&amp;Uren per week</translation>
    </message>
    <message>
        <source>Add PIP &amp;version</source>
        <translation>PIP-&amp;versie toevoegen</translation>
    </message>
    <message>
        <source>New goal for the selected version</source>
        <translation>Nieuw doel voor de gekozen versie</translation>
    </message>
    <message>
        <source>Life d&amp;omain</source>
        <translation>Leef&amp;gebied</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ctie</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>Wi&amp;e</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Streefdatum</translation>
    </message>
    <message>
        <source>Add g&amp;oal</source>
        <translation>D&amp;oel toevoegen</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>PVT</source>
        <translation>PVT</translation>
    </message>
    <message>
        <source>KNM</source>
        <translation>KNM</translation>
    </message>
    <message>
        <source>childcare</source>
        <translation>kinderopvang</translation>
    </message>
    <message>
        <source>PIP not added</source>
        <translation>PIP niet toegevoegd</translation>
    </message>
    <message>
        <source>Enter the date of decision as dd-mm-yyyy.</source>
        <translation>Vul de dagtekening in als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>Add or select a PIP version first.</source>
        <translation>Voeg eerst een PIP-versie toe of selecteer er een.</translation>
    </message>
    <message>
        <source>Describe the goal; enter dates as dd-mm-yyyy.</source>
        <translation>Beschrijf het doel; vul datums in als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Enter or a double click opens a goal; Delete removes it</source>
        <translation>Enter of dubbelklikken opent een doel; Delete verwijdert het</translation>
    </message>
    <message>
        <source>add PIP version</source>
        <translation>PIP-versie toevoegen</translation>
    </message>
    <message>
        <source>PIP decided</source>
        <translation>PIP vastgesteld</translation>
    </message>
    <message>
        <source>Mark the milestone &quot;%1&quot; achieved on %2, the date of decision?</source>
        <translation>De mijlpaal &quot;%1&quot; markeren als behaald op %2, de dagtekening?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>edit goal</source>
        <translation>doel wijzigen</translation>
    </message>
    <message>
        <source>add goal</source>
        <translation>doel toevoegen</translation>
    </message>
    <message>
        <source>Goal not saved</source>
        <translation>Doel niet opgeslagen</translation>
    </message>
    <message>
        <source>The goal form holds text that is not saved. Save it first?</source>
        <translation>In het doelformulier staat tekst die nog niet is opgeslagen. Eerst opslaan?</translation>
    </message>
    <message>
        <source>Save g&amp;oal</source>
        <translation>D&amp;oel opslaan</translation>
    </message>
    <message>
        <source>remove goal</source>
        <translation>doel verwijderen</translation>
    </message>
    <message>
        <source>Prin&amp;t decision letter...</source>
        <translation>Beschikking a&amp;fdrukken...</translation>
    </message>
    <message>
        <source>Print decision letter</source>
        <translation>Beschikking afdrukken</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The %1 was written to %2. The file is not encrypted: print or send it, then delete it.</source>
        <translation>De %1 is geschreven naar %2. Het bestand is niet versleuteld: druk het af of verstuur het en verwijder het daarna.</translation>
    </message>
    <message>
        <source>decision changing the PIP</source>
        <translation>wijzigingsbeschikking van het PIP</translation>
    </message>
    <message>
        <source>PIP decision</source>
        <translation>PIP-beschikking</translation>
    </message>
</context>
<context>
    <name>koers::PreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation>Kolom %1</translation>
    </message>
</context>
<context>
    <name>koers::ReportDialog</name>
    <message>
        <source>&amp;Preview...</source>
        <translation>Afdruk&amp;voorbeeld...</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Opslaan als &amp;PDF...</translation>
    </message>
    <message>
        <source>Save figures as &amp;CSV...</source>
        <translation>Cijfers opslaan als &amp;CSV...</translation>
    </message>
    <message>
        <source>Report for the college van B&amp;W</source>
        <translation>Rapportage voor het college van B&amp;W</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Half year</source>
        <translation>Halfjaar</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>Andere periode</translation>
    </message>
    <message>
        <source>Numbers below this are hidden in the report.</source>
        <translation>Aantallen onder deze drempel worden in de rapportage verborgen.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Municipalities
(none ticked: all)</source>
        <translation>Gemeenten
(niets aangevinkt: alle)</translation>
    </message>
    <message>
        <source>Hide numbers below</source>
        <translation>Aantallen verbergen onder</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>K1</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>K2</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>K3</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>K4</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>Eerste halfjaar</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>Tweede halfjaar</translation>
    </message>
    <message>
        <source>Figures from %1 to %2; numbers below %3 are hidden.</source>
        <translation>Cijfers van %1 t/m %2; aantallen onder %3 worden verborgen.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>De periode eindigt voordat hij begint.</translation>
    </message>
    <message>
        <source>report-%1-%2.%3</source>
        <translation>rapportage-%1-%2.%3</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapportage</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Afdrukvoorbeeld van de rapportage</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Rapportage opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>De rapportage is opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Save the figures</source>
        <translation>Cijfers opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>The figures were saved as %1.</source>
        <translation>De cijfers zijn opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Reading the figures</source>
        <translation>Cijfers inlezen</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Rapportage berekenen</translation>
    </message>
</context>
<context>
    <name>koers::RetentionView</name>
    <message>
        <source>&amp;Anonymise selected...</source>
        <translation>Selectie &amp;anonimiseren...</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message numerus="yes">
        <source>Dossiers whose integration duty ended more than %n year(s) ago (the end of the duty, else the date of the closing status). Anonymising removes the personal data for good and keeps an anonymous record that the figures still count.</source>
        <translation>
            <numerusform>Dossiers waarvan de inburgeringsplicht meer dan %n jaar geleden is geëindigd (het einde van de plicht, of anders de datum van de afsluitende status). Anonimiseren verwijdert de persoonsgegevens definitief en bewaart een anoniem restant dat nog in de cijfers meetelt.</numerusform>
            <numerusform>Dossiers waarvan de inburgeringsplicht meer dan %n jaar geleden is geëindigd (het einde van de plicht, of anders de datum van de afsluitende status). Anonimiseren verwijdert de persoonsgegevens definitief en bewaart een anoniem restant dat nog in de cijfers meetelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duty ended</source>
        <translation>Einde plicht</translation>
    </message>
    <message>
        <source>Retention ended</source>
        <translation>Einde bewaartermijn</translation>
    </message>
    <message>
        <source>Dossiers past the retention period</source>
        <translation>Dossiers met verstreken bewaartermijn</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) past the retention period.</source>
        <translation>
            <numerusform>%n dossier met verstreken bewaartermijn.</numerusform>
            <numerusform>%n dossiers met verstreken bewaartermijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the dossiers to anonymise.</source>
        <translation>Selecteer de dossiers die u wilt anonimiseren.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n dossier(s)? Names, BSN, contact details, notes, conversations and involved parties are removed for good; this cannot be undone. Existing backups still hold the old data until they are rotated out.</source>
        <translation>
            <numerusform>%n dossier anonimiseren? Naam, BSN, contactgegevens, notities, gesprekken en betrokkenen worden definitief verwijderd; dit kan niet ongedaan worden gemaakt. Bestaande back-ups bevatten de oude gegevens nog totdat ze door nieuwere zijn vervangen.</numerusform>
            <numerusform>%n dossiers anonimiseren? Namen, BSN&apos;s, contactgegevens, notities, gesprekken en betrokkenen worden definitief verwijderd; dit kan niet ongedaan worden gemaakt. Bestaande back-ups bevatten de oude gegevens nog totdat ze door nieuwere zijn vervangen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) anonymised.</source>
        <translation>
            <numerusform>%n dossier geanonimiseerd.</numerusform>
            <numerusform>%n dossiers geanonimiseerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no dossier was anonymised.</source>
        <translation>Geannuleerd: er is geen dossier geanonimiseerd.</translation>
    </message>
</context>
<context>
    <name>koers::SettingsDialog</name>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>This &amp;device</source>
        <translation>Dit &amp;apparaat</translation>
    </message>
    <message>
        <source>&amp;Periods</source>
        <translation>&amp;Termijnen</translation>
    </message>
    <message>
        <source>The audit log names you with this as the one who made a change.</source>
        <translation>Met deze naam noemt het logboek u als degene die iets wijzigde.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Uw &amp;naam</translation>
    </message>
    <message>
        <source>for example: Laptop Fatima</source>
        <translation>bijvoorbeeld: Laptop Fatima</translation>
    </message>
    <message>
        <source>Sync packages carry this name, so the team lead&apos;s conflicts view and audit log say which laptop a version came from.</source>
        <translation>Synchronisatiepakketten nemen deze naam mee, zodat de conflicten en het logboek van de teamleider zeggen van welke laptop een versie kwam.</translation>
    </message>
    <message>
        <source>Name of this &amp;laptop</source>
        <translation>Naam van deze lapto&amp;p</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Loc&amp;k after no use for</source>
        <translation>Vergrendelen na niet-&amp;gebruik van</translation>
    </message>
    <message>
        <source>Counts below this are shown as &quot;&lt;N&quot; in the report for the college.</source>
        <translation>Aantallen hieronder staan als &quot;&lt;N&quot; in de rapportage voor het college.</translation>
    </message>
    <message>
        <source>Report: hide &amp;counts below</source>
        <translation>Rapportage: aantallen &amp;verbergen onder</translation>
    </message>
    <message>
        <source>These settings belong to this laptop. The periods are kept in the file; sync packages do not carry them, so set them the same on every laptop of the team.</source>
        <translation>Deze instellingen horen bij deze laptop. De termijnen staan in het bestand; synchronisatiepakketten nemen ze niet mee, dus stel ze op elke laptop van het team gelijk in.</translation>
    </message>
    <message>
        <source>Set by law or national guidance</source>
        <translation>Wettelijk of volgens landelijke richtlijn</translation>
    </message>
    <message>
        <source>The municipality&apos;s own planning targets</source>
        <translation>Eigen planningsdoelen van de gemeente</translation>
    </message>
    <message>
        <source>&amp;Standard values</source>
        <translation>&amp;Standaardwaarden</translation>
    </message>
    <message>
        <source>The periods of the Wi2021 and the guidance, as Koers starts with them.</source>
        <translation>De termijnen van de Wi2021 en de richtlijnen, zoals Koers ermee begint.</translation>
    </message>
    <message>
        <source>Due dates follow these periods at once, also of milestones already planned; a due date set by hand stays.</source>
        <translation>Uiterste data volgen deze termijnen meteen, ook van mijlpalen die al gepland zijn; een met de hand gezette datum blijft staan.</translation>
    </message>
    <message>
        <source>Broad intake within</source>
        <translation>Brede intake binnen</translation>
    </message>
    <message>
        <source>PIP decision within</source>
        <translation>PIP-beschikking binnen</translation>
    </message>
    <message>
        <source>Integration term</source>
        <translation>Inburgeringstermijn</translation>
    </message>
    <message>
        <source>Route switch possible until</source>
        <translation>Wisselen van leerroute kan tot</translation>
    </message>
    <message>
        <source>Ontzorgen at least</source>
        <translation>Ontzorgen ten minste</translation>
    </message>
    <message>
        <source>Housing after the koppeling</source>
        <translation>Huisvesting na de koppeling</translation>
    </message>
    <message>
        <source>Progress conversation every</source>
        <translation>Voortgangsgesprek elke</translation>
    </message>
    <message>
        <source>Keep the dossier after the duty ends</source>
        <translation>Dossier bewaren na einde plicht</translation>
    </message>
    <message>
        <source>&quot;Due soon&quot; looks ahead</source>
        <translation>&quot;Binnenkort&quot; kijkt vooruit</translation>
    </message>
    <message>
        <source>Language course starts within</source>
        <translation>Taalcursus begint binnen</translation>
    </message>
    <message>
        <source>MAP completed within</source>
        <translation>MAP afgerond binnen</translation>
    </message>
    <message>
        <source>PVT completed within</source>
        <translation>PVT afgerond binnen</translation>
    </message>
    <message>
        <source>Exams taken within</source>
        <translation>Examens afgelegd binnen</translation>
    </message>
    <message>
        <source>Bridging year completed within</source>
        <translation>Schakeljaar afgerond binnen</translation>
    </message>
    <message>
        <source>Z-route hours completed within</source>
        <translation>Uren Z-route gemaakt binnen</translation>
    </message>
</context>
<context>
    <name>koers::StartDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>Ont&amp;grendelen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Koers is locked</source>
        <translation>Koers is vergrendeld</translation>
    </message>
    <message>
        <source>Koers - open a file</source>
        <translation>Koers - een bestand openen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Koers was locked and the decrypted data removed from memory. Enter the passphrase of %1 to go on.</source>
        <translation>Koers is vergrendeld en de ontsleutelde gegevens zijn uit het geheugen verwijderd. Voer de wachtwoordzin van %1 in om verder te gaan.</translation>
    </message>
    <message>
        <source>&amp;Recent files:</source>
        <translation>&amp;Recente bestanden:</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>Dit bestand bestaat niet meer.</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Recente bestanden</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <source>Open &amp;another file...</source>
        <translation>&amp;Ander bestand openen...</translation>
    </message>
    <message>
        <source>&amp;New file...</source>
        <translation>&amp;Nieuw bestand...</translation>
    </message>
    <message>
        <source>&amp;Demo file...</source>
        <translation>&amp;Demobestand...</translation>
    </message>
    <message>
        <source>Open a Koers file</source>
        <translation>Een Koers-bestand openen</translation>
    </message>
    <message>
        <source>Koers files (*.koers)</source>
        <translation>Koers-bestanden (*.koers)</translation>
    </message>
    <message>
        <source>&amp;Close the file</source>
        <translation>Bestand &amp;sluiten</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Kies eerst een bestand.</translation>
    </message>
    <message>
        <source>Where the file is stored</source>
        <translation>Waar het bestand wordt opgeslagen</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren...</translation>
    </message>
    <message>
        <source>&amp;Stored at</source>
        <translation>Opslag&amp;locatie</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Herhaal</translation>
    </message>
    <message>
        <source>There is no way to recover a lost passphrase: without it, the data cannot be read by anyone, including us. Write it down and keep it safe.</source>
        <translation>Een verloren wachtwoordzin kan op geen enkele manier worden hersteld: zonder wachtwoordzin kan niemand de gegevens lezen, ook wij niet. Schrijf hem op en bewaar hem op een veilige plek.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>Aan&amp;maken</translation>
    </message>
    <message>
        <source>New Koers file</source>
        <translation>Nieuw Koers-bestand</translation>
    </message>
    <message>
        <source>caseload</source>
        <translation>werkvoorraad</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Voer de wachtwoordzin in.</translation>
    </message>
    <message>
        <source>Choose where to store the file.</source>
        <translation>Kies waar het bestand wordt opgeslagen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>koers::SyncDialog</name>
    <message>
        <source>Sync with other devices</source>
        <translation>Synchroniseren met andere apparaten</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicten (%1)</translation>
    </message>
    <message>
        <source>The device or colleague the package is for. Koers remembers what each peer got, so the next package holds only what changed since.</source>
        <translation>Het apparaat of de collega voor wie het pakket bedoeld is. Koers onthoudt wat elke ontvanger heeft gekregen, zodat het volgende pakket alleen bevat wat sindsdien is gewijzigd.</translation>
    </message>
    <message>
        <source>Everything (a full package), not only the changes since the last package</source>
        <translation>Alles (een volledig pakket), niet alleen de wijzigingen sinds het vorige pakket</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Pakket exporteren…</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Laatste pakket</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakketten</translation>
    </message>
    <message>
        <source>For peer:</source>
        <translation>Voor ontvanger:</translation>
    </message>
    <message>
        <source>Package passphrase:</source>
        <translation>Pakketwachtwoordzin:</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Herhaal wachtwoordzin:</translation>
    </message>
    <message>
        <source>Remembered peers:</source>
        <translation>Bekende ontvangers:</translation>
    </message>
    <message>
        <source>Import package…</source>
        <translation>Pakket importeren…</translation>
    </message>
    <message>
        <source>The whole package is checked before anything is changed.</source>
        <translation>Het hele pakket wordt gecontroleerd voordat er iets wordt gewijzigd.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Pakket exporteren</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a full package for %1: %n record(s).</source>
        <translation>
            <numerusform>Volledig pakket voor %1 geschreven: %n record.</numerusform>
            <numerusform>Volledig pakket voor %1 geschreven: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the changes since the last package for %1: %n record(s).</source>
        <translation>
            <numerusform>Wijzigingen sinds het vorige pakket voor %1 geschreven: %n record.</numerusform>
            <numerusform>Wijzigingen sinds het vorige pakket voor %1 geschreven: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Er is niets gewijzigd. %1</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>Pakket importeren</translation>
    </message>
    <message>
        <source>Imported a %1 from device %2, made %3.</source>
        <translation>Een %1 van apparaat %2 geïmporteerd, gemaakt op %3.</translation>
    </message>
    <message>
        <source>full package</source>
        <translation>volledig pakket</translation>
    </message>
    <message>
        <source>package of changes</source>
        <translation>pakket met wijzigingen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>This package deletes %1, empties the name or BSN of %2 and anonymises %3 of the %4 clients in this file.

Import it anyway? A backup of the file is made first, so it can be restored.</source>
        <translation>Dit pakket verwijdert van de %4 klanten in dit bestand er %1, maakt bij %2 de naam of het BSN leeg en anonimiseert er %3.

Toch importeren? Eerst wordt een back-up van het bestand gemaakt, zodat het kan worden teruggezet.</translation>
    </message>
    <message>
        <source>The file as it was before is kept as the backup %1 (File → Back-ups).</source>
        <translation>Het bestand zoals het was, is bewaard als de back-up %1 (Bestand → Back-ups).</translation>
    </message>
    <message>
        <source>Export sync package</source>
        <translation>Synchronisatiepakket exporteren</translation>
    </message>
    <message>
        <source>Import sync package</source>
        <translation>Synchronisatiepakket importeren</translation>
    </message>
    <message>
        <source>Export cancelled; no package was written.</source>
        <translation>Export afgebroken; er is geen pakket geschreven.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import afgebroken; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Package passphrase</source>
        <translation>Wachtwoordzin van het pakket</translation>
    </message>
    <message>
        <source>Repeat the package passphrase</source>
        <translation>Herhaal de wachtwoordzin van het pakket</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <source>Passphrase of the package</source>
        <translation>Wachtwoordzin van het pakket</translation>
    </message>
</context>
<context>
    <name>koers::WorkDialog</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>nog ongeveer %n seconde</numerusform>
            <numerusform>nog ongeveer %n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>nog ongeveer %n minuut</numerusform>
            <numerusform>nog ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <source>Stopping; nothing is changed…</source>
        <translation>Wordt gestopt; er wordt niets gewijzigd…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>This cannot be stopped; it takes a moment.</source>
        <translation>Dit kan niet worden onderbroken; het duurt even.</translation>
    </message>
</context>
</TS>
