<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
</TS>
