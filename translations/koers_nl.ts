<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
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
</TS>
