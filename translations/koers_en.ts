<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n client(s)
</source>
        <translation><numerusform>%n client
</numerusform><numerusform>%n clients
</numerusform></translation>
    </message>
</context>
</TS>
