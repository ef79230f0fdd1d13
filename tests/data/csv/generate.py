#!/usr/bin/env python3
"""Writes the CSV test files byte for byte. Names and data are made up.

The files are committed; run this again only to change them (python3 generate.py in this folder).
Golden writer output is spelled out here by hand, independently of CsvWriter.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
BOM = b"\xef\xbb\xbf"


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


# RFC 4180 cases, CRLF between records, the last record without a line break.
RFC_ROWS = [
    "id,naam,opmerking,leeg",
    '1,"Jansen, Piet","Zei ""goedemorgen"" bij de deur",',
    '2,Bakker,"regel een\r\nregel twee",""',
    '3,"de Vries","alleen\nLF",x',
    '4,Şeyma Yılmaz,"",',
    "5,Laatste,geen regeleinde,z",
]
write("rfc4180_crlf.csv", "\r\n".join(RFC_ROWS).encode("utf-8"))
# The same rows with LF between records and a final LF.
write("rfc4180_lf.csv", ("\n".join(RFC_ROWS) + "\n").encode("utf-8"))

# One file per delimiter; the other candidates appear inside fields to make the choice non-trivial.
write("delimiter_semicolon.csv", (
    "Voornaam;Achternaam;Geboortedatum;Uren per week\r\n"
    "Jan;Jansen;01-02-1990;12,5\r\n"
    "Fatima;El Amrani;15-07-1985;8\r\n"
    "Daniel;Tesfaye;30-11-2001;10,25\r\n"
    "\"Anna, Marie\";de Boer;02-03-1978;16\r\n"
).encode("utf-8"))
write("delimiter_comma.csv", (
    "first name,last name,city,note\n"
    "Jan,Jansen,Tiel,\"belt terug; dinsdag\"\n"
    "Fatima,El Amrani,Culemborg,\n"
    "Daniel,Tesfaye,Geldermalsen,\"a|b\"\n"
).encode("utf-8"))
write("delimiter_tab.tsv", (
    "Voornaam\tAchternaam\tOpmerking\r\n"
    "Jan\tJansen\tkomt, soms\r\n"
    "Fatima\tEl Amrani\tgeen; opmerking\r\n"
    "Daniel\tTesfaye\t\r\n"
).encode("utf-8"))
write("delimiter_pipe.csv", (
    "Voornaam|Achternaam|Bedrag\r\n"
    "Jan|Jansen|1,50\r\n"
    "Fatima|El Amrani|2;00\r\n"
    "Daniel|Tesfaye|3\r\n"
).encode("utf-8"))

# Windows-1252, as Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)".
write("windows1252.csv", (
    "Voornaam;Achternaam;Woonplaats;Opmerking\r\n"
    "Ömer;Çelik;Zaltbommel;Voorschot €12,50 – “betaald”\r\n"
    "François;Lefèvre;Tiel;‘Eén’ afspraak… Œuvre • Š Ž š ž Ÿ ™ ‰\r\n"
    "Zoë;Øyvindsen;Buren;ƒ „x‚ † ‡ ˆ ˜ ‹ › — œ\r\n"
).encode("cp1252"))

# Every byte 0x80-0xFF on one line; the expected text goes beside it in UTF-8. Python's cp1252 leaves
# five bytes undefined; Windows maps them to the C1 control of the same value, and so do we.
UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
all_bytes = bytes(range(0x80, 0x100))
expected = "".join(chr(b) if b in UNDEFINED else bytes([b]).decode("cp1252") for b in all_bytes)
write("cp1252_all.csv", all_bytes)
write("cp1252_all.expected.txt", expected.encode("utf-8"))

write("utf8_bom.csv", BOM + (
    "Voornaam;Achternaam;Land\r\n"
    "Şeyma;Yılmaz;Türkiye\r\n"
    "Ömer;Demir;Turkije\r\n"
    "Nguyễn;Thị Hoa;Việt Nam\r\n"
    "نور;حسن;Syrië 🇸🇾\r\n"
).encode("utf-8"))

# Windows-1252 text whose first bytes happen to be valid UTF-8 ("Ã©" is C3 A9, UTF-8 for "é"); the
# "ë" further on (EB followed by ASCII) is not. Reading it as UTF-8 would silently turn "Ã©" into "é".
write("invalid_utf8.csv", (
    "Naam;Plaats\r\n"
    "Ã©lise;Zoë-ville\r\n"
).encode("cp1252"))

# Cut off inside a quoted field: the row starts on line 3, the open field on line 4.
write("truncated_quote.csv", (
    "id;naam;opmerking\r\n"
    "1;Jan;ok\r\n"
    "2;\"twee\r\nregels\";\"open\r\nnooit dicht"
).encode("utf-8"))

write("ragged.csv", (
    "a;b;c\r\n"
    "1;2;3\r\n"
    "4;5\r\n"
    "6;7;8;9\r\n"
    "10;11;12\r\n"
).encode("utf-8"))

# Quotes where RFC 4180 does not allow them, kept literally like Excel does.
write("lenient.csv", (
    "naam,opmerking\r\n"
    "O\"Brien,zegt \"hoi\"\r\n"
    "\"Jan\"sen,x\r\n"
).encode("utf-8"))

# Golden writer output for the rows in CsvWriterTest.cpp.
write("writer_excel_expected.csv", BOM + (
    "Voornaam;Achternaam;Opmerking;Telefoon;Saldo\r\n"
    "Şeyma;Yılmaz;\"Zegt \"\"hallo\"\"; twee regels\r\nregel 2\";+31 6 1234 5678;-12\r\n"
    "Ömer;'=SUM(A1);'@cmd;'\tx;-3,5\r\n"
    "\" Zoë \";'-;'+;'=1+1;'-2 (vorig jaar)\r\n"
    ";\"\"\"\"\"\";\"a\nb\";\"'\rcr\";\r\n"
    "\"\"\r\n"
).encode("utf-8"))
write("writer_rfc4180_expected.csv", (
    "Voornaam,Achternaam,Opmerking,Telefoon,Saldo\r\n"
    "Şeyma,Yılmaz,\"Zegt \"\"hallo\"\"; twee regels\r\nregel 2\",+31 6 1234 5678,-12\r\n"
    "Ömer,=SUM(A1),@cmd,\"\tx\",\"-3,5\"\r\n"
    "\" Zoë \",-,+,=1+1,-2 (vorig jaar)\r\n"
    ",\"\"\"\"\"\",\"a\nb\",\"\rcr\",\r\n"
    "\"\"\r\n"
).encode("utf-8"))
