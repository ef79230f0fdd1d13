<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AssignCommand</name>
    <message numerus="yes">
        <source>%n client(s) kept the coach given to them after this step.</source>
        <translation>
            <numerusform>%n client kept the coach given to them after this step.</numerusform>
            <numerusform>%n clients kept the coach given to them after this step.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>assign %n client(s) to %1</source>
        <translation>
            <numerusform>assign %n client to %1</numerusform>
            <numerusform>assign %n clients to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message numerus="yes">
        <source>%n client(s) imported</source>
        <translation>
            <numerusform>%n client imported</numerusform>
            <numerusform>%n clients imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(of %n row(s))</source>
        <translation>
            <numerusform>(of %n row)</numerusform>
            <numerusform>(of %n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
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
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention period over; %n record(s) anonymised</source>
        <translation>
            <numerusform>Retention period over; %n record anonymised</numerusform>
            <numerusform>Retention period over; %n records anonymised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invented client(s)</source>
        <translation>
            <numerusform>%n invented client</numerusform>
            <numerusform>%n invented clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n client(s)
</source>
        <translation>
            <numerusform>%n client
</numerusform>
            <numerusform>%n clients
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s).
</source>
        <translation>
            <numerusform>Exported %n client.
</numerusform>
            <numerusform>Exported %n clients.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1
</source>
        <translation>
            <numerusform>%n backup in %1
</numerusform>
            <numerusform>%n backups in %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) past the retention term of %1 years after the end of the duty.
</source>
        <translation>
            <numerusform>%n dossier past the retention term of %1 years after the end of the duty.
</numerusform>
            <numerusform>%n dossiers past the retention term of %1 years after the end of the duty.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n dossier(s); the file was vacuumed.
</source>
        <translation>
            <numerusform>Anonymised %n dossier; the file was vacuumed.
</numerusform>
            <numerusform>Anonymised %n dossiers; the file was vacuumed.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups: %n (restore one with: koers-cli --db FILE restore N), newest first:
</source>
        <translation>
            <numerusform>Backups: %n (restore one with: koers-cli --db FILE restore N), newest first:
</numerusform>
            <numerusform>Backups: %n (restore one with: koers-cli --db FILE restore N), newest first:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fault(s), the first: %1</source>
        <translation>
            <numerusform>%n fault: %1</numerusform>
            <numerusform>%n faults, the first: %1</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n municipalit(y/ies)
</source>
        <translation>
            <numerusform>%n municipality
</numerusform>
            <numerusform>%n municipalities
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n client(s) to %1.
</source>
        <translation>
            <numerusform>Assigned %n client to %1.
</numerusform>
            <numerusform>Assigned %n clients to %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) had this coach already.
</source>
        <translation>
            <numerusform>%n client had this coach already.
</numerusform>
            <numerusform>%n clients had this coach already.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 records): %n client(s) handed over on %3; here they are now moved away.
</source>
        <translation>
            <numerusform>Wrote %1 (%2 records): %n client handed over on %3; here they are now moved away.
</numerusform>
            <numerusform>Wrote %1 (%2 records): %n clients handed over on %3; here they are now moved away.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Letterhead of %1 set: %n address line(s), %2.
</source>
        <translation>
            <numerusform>Letterhead of %1 set: %n address line, %2.
</numerusform>
            <numerusform>Letterhead of %1 set: %n address lines, %2.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientImporter</name>
    <message numerus="yes">
        <source>Same name and date of birth as %n stored clients: add the BSN to say which one is meant.</source>
        <translation>
            <numerusform>Same name and date of birth as a stored client: add the BSN to say which one is meant.</numerusform>
            <numerusform>Same name and date of birth as %n stored clients: add the BSN to say which one is meant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message numerus="yes">
        <source>Within %n weeks</source>
        <translation>
            <numerusform>Within %n week</numerusform>
            <numerusform>Within %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Norm: %n weeks</source>
        <translation>
            <numerusform>Norm: %n week</numerusform>
            <numerusform>Norm: %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brede intake completed (norm %n weeks)</source>
        <translation>
            <numerusform>Brede intake completed (norm %n week)</numerusform>
            <numerusform>Brede intake completed (norm %n weeks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First PIP decided (norm %n weeks)</source>
        <translation>
            <numerusform>First PIP decided (norm %n week)</numerusform>
            <numerusform>First PIP decided (norm %n weeks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohorts: PIP within %n weeks</source>
        <translation>
            <numerusform>Cohorts: PIP within %n week</numerusform>
            <numerusform>Cohorts: PIP within %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipLetter</name>
    <message numerus="yes">
        <source>%n year(s), from %1 to %2</source>
        <translation>
            <numerusform>%n year, from %1 to %2</numerusform>
            <numerusform>%n years, from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your coach discusses your progress with you in a progress talk (voortgangsgesprek) at least every %n month(s). When your situation changes, or the plan no longer fits, we change it with you; you then get a new decision.</source>
        <translation>
            <numerusform>Your coach discusses your progress with you in a progress talk (voortgangsgesprek) at least every month. When your situation changes, or the plan no longer fits, we change it with you; you then get a new decision.</numerusform>
            <numerusform>Your coach discusses your progress with you in a progress talk (voortgangsgesprek) at least every %n months. When your situation changes, or the plan no longer fits, we change it with you; you then get a new decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>koers::AuditView</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n entry written to %1.</numerusform>
            <numerusform>%n entries written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>koers::ConflictsView</name>
    <message numerus="yes">
        <source>%n conflict(s): the version kept is the newest; the losing version of a concurrent edit is shown beside it.</source>
        <translation>
            <numerusform>%n conflict: the version kept is the newest; the losing version of a concurrent edit is shown beside it.</numerusform>
            <numerusform>%n conflicts: the version kept is the newest; the losing version of a concurrent edit is shown beside it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>koers::DashboardView</name>
    <message numerus="yes">
        <source>%n municipalities</source>
        <translation>
            <numerusform>%n municipality</numerusform>
            <numerusform>%n municipalities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>koers::HandoverDialog</name>
    <message numerus="yes">
        <source>%n client(s) are handed over to another municipality or provider. Koers writes a package of exactly their dossiers, which the receiver imports as a normal sync package.</source>
        <translation>
            <numerusform>%n client is handed over to another municipality or provider. Koers writes a package of exactly their dossier, which the receiver imports as a normal sync package.</numerusform>
            <numerusform>%n clients are handed over to another municipality or provider. Koers writes a package of exactly their dossiers, which the receiver imports as a normal sync package.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>koers::HubSyncDialog</name>
    <message numerus="yes">
        <source>Sending changes: %n record(s)…</source>
        <translation>
            <numerusform>Sending changes: %n record…</numerusform>
            <numerusform>Sending changes: %n records…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching changes: %n record(s)…</source>
        <translation>
            <numerusform>Fetching changes: %n record…</numerusform>
            <numerusform>Fetching changes: %n records…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchronised. Sent: %n change(s).</source>
        <translation>
            <numerusform>Synchronised. Sent: %n change.</numerusform>
            <numerusform>Synchronised. Sent: %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received: %n new or changed record(s).</source>
        <translation>
            <numerusform>Received: %n new or changed record.</numerusform>
            <numerusform>Received: %n new or changed records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting edit(s) kept for review (File &gt; Synchronise &gt; Conflicts).</source>
        <translation>
            <numerusform>%n conflicting edit kept for review (File &gt; Synchronise &gt; Conflicts).</numerusform>
            <numerusform>%n conflicting edits kept for review (File &gt; Synchronise &gt; Conflicts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) handed to another coach were removed from this laptop.</source>
        <translation>
            <numerusform>%n client handed to another coach was removed from this laptop.</numerusform>
            <numerusform>%n clients handed to another coach were removed from this laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) outside your caseload were not sent.</source>
        <translation>
            <numerusform>%n record outside your caseload was not sent.</numerusform>
            <numerusform>%n records outside your caseload were not sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>koers::ImportValidationPage</name>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>%n row read: </numerusform>
            <numerusform>%n rows read: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>koers::MainWindow</name>
    <message numerus="yes">
        <source>%n client(s) written to %1. The file is not encrypted: keep it safe and delete it when done.</source>
        <translation>
            <numerusform>%n client written to %1. The file is not encrypted: keep it safe and delete it when done.</numerusform>
            <numerusform>%n clients written to %1. The file is not encrypted: keep it safe and delete it when done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected client(s) to:</source>
        <translation>
            <numerusform>Give the selected client to:</numerusform>
            <numerusform>Give the %n selected clients to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) assigned to %1.</source>
        <translation>
            <numerusform>%n client assigned to %1.</numerusform>
            <numerusform>%n clients assigned to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) handed over on %1. Give the package and its passphrase to the receiver separately; here the clients are now moved away.</source>
        <translation>
            <numerusform>%n client handed over on %1. Give the package and its passphrase to the receiver separately; here the client is now moved away.</numerusform>
            <numerusform>%n clients handed over on %1. Give the package and its passphrase to the receiver separately; here the clients are now moved away.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>koers::RetentionView</name>
    <message numerus="yes">
        <source>Dossiers whose integration duty ended more than %n year(s) ago (the end of the duty, else the date of the closing status). Anonymising removes the personal data for good and keeps an anonymous record that the figures still count.</source>
        <translation>
            <numerusform>Dossiers whose integration duty ended more than %n year ago (the end of the duty, else the date of the closing status). Anonymising removes the personal data for good and keeps an anonymous record that the figures still count.</numerusform>
            <numerusform>Dossiers whose integration duty ended more than %n years ago (the end of the duty, else the date of the closing status). Anonymising removes the personal data for good and keeps an anonymous record that the figures still count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) past the retention period.</source>
        <translation>
            <numerusform>%n dossier past the retention period.</numerusform>
            <numerusform>%n dossiers past the retention period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n dossier(s)? Names, BSN, contact details, notes, conversations and involved parties are removed for good; this cannot be undone. Existing backups still hold the old data until they are rotated out.</source>
        <translation>
            <numerusform>Anonymise %n dossier? Names, BSN, contact details, notes, conversations and involved parties are removed for good; this cannot be undone. Existing backups still hold the old data until they are rotated out.</numerusform>
            <numerusform>Anonymise %n dossiers? Names, BSN, contact details, notes, conversations and involved parties are removed for good; this cannot be undone. Existing backups still hold the old data until they are rotated out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) anonymised.</source>
        <translation>
            <numerusform>%n dossier anonymised.</numerusform>
            <numerusform>%n dossiers anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>koers::SyncDialog</name>
    <message numerus="yes">
        <source>Wrote a full package for %1: %n record(s).</source>
        <translation>
            <numerusform>Wrote a full package for %1: %n record.</numerusform>
            <numerusform>Wrote a full package for %1: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the changes since the last package for %1: %n record(s).</source>
        <translation>
            <numerusform>Wrote the changes since the last package for %1: %n record.</numerusform>
            <numerusform>Wrote the changes since the last package for %1: %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>koers::WorkDialog</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
</context>
</TS>
