<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
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
        <translation><numerusform>%n klant
</numerusform><numerusform>%n klanten
</numerusform></translation>
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
        <source>No new passphrase given, or the two entries differ.</source>
        <translation>Geen nieuwe wachtwoordzin opgegeven, of de twee invoeren verschillen.</translation>
    </message>
    <message>
        <source>Passphrase changed. The previous version is kept as an encrypted backup under the old passphrase.
</source>
        <translation>Wachtwoordzin gewijzigd. De vorige versie is bewaard als versleutelde reservekopie met de oude wachtwoordzin.
</translation>
    </message>
    <message>
        <source>Usage: koers-cli --db FILE [--passphrase-file F] COMMAND [options]

Commands:
  init                          create a new encrypted file
  demo --clients N [--seed S]   add synthetic demo clients (creates the file if needed)
  list [--csv]                  the caseload as a table or CSV
  show ID                       one client's dossier
  check                         integrity and cipher check
  passwd                        change the passphrase

The passphrase is read from --passphrase-file, else from the first line of standard input
when it is not a terminal, else asked without echo. Exit codes: 0 ok, 1 error, 2 usage,
3 wrong passphrase.
</source>
        <translation>Gebruik: koers-cli --db BESTAND [--passphrase-file F] OPDRACHT [opties]

Opdrachten:
  init                          een nieuw versleuteld bestand aanmaken
  demo --clients N [--seed S]   verzonnen demoklanten toevoegen (maakt zo nodig het bestand aan)
  list [--csv]                  de werkvoorraad als tabel of CSV
  show ID                       het dossier van één klant
  check                         integriteit en versleuteling controleren
  passwd                        de wachtwoordzin wijzigen

De wachtwoordzin komt uit --passphrase-file, anders uit de eerste regel van standaardinvoer
als dat geen terminal is, anders wordt erom gevraagd zonder echo. Afsluitcodes: 0 goed, 1 fout,
2 verkeerd gebruik, 3 verkeerde wachtwoordzin.
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
        <source>LATE</source>
        <translation>TE LAAT</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>binnenkort</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
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
        <source>This is not a Koers file, or the file is damaged and cannot be read.</source>
        <translation>Dit is geen Koers-bestand, of het bestand is beschadigd en kan niet worden gelezen.</translation>
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
</context>
</TS>
