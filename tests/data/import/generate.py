#!/usr/bin/env python3
"""Writes the committed import test files, byte for byte. Invented people only; every BSN passes the
elfproef and lies in the 99 range (never issued) or is a well-known test number."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def bsn(seed):
    """The first 99xxxxxxx number from 990000000 + seed * 7919 that passes the elfproef."""
    n = 990000000 + seed * 7919
    while True:
        d = [int(c) for c in f"{n:09d}"]
        if (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0:
            return f"{n:09d}"
        n += 1


def write(name, rows, delimiter=";", encoding="utf-8", bom=False, eol="\r\n", cut=None):
    def field(f):
        if any(c in f for c in (delimiter, '"', "\r", "\n")):
            return '"' + f.replace('"', '""') + '"'
        return f
    text = eol.join(delimiter.join(field(f) for f in r) for r in rows) + eol
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    if cut is not None:
        data = data[: data.index(cut.encode(encoding)) + len(cut.encode(encoding))]
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


NL_HEADER = ["Voornaam", "Achternaam", "BSN", "Geboortedatum", "Geslacht", "Geboorteland", "Nationaliteit",
             "Gemeente", "Datum koppeling", "Leerroute", "Coach", "Telefoon", "E-mail", "Opmerking"]

# Dutch Excel: semicolon, UTF-8 with BOM, CRLF, dd-mm-jjjj. Rows 2-7 are good, 8-15 are each wrong in one way.
write("clients_excel_nl.csv", [
    NL_HEADER,
    ["Şeyma", "Yılmaz", bsn(1), "14-03-1990", "V", "Turkije", "Turks", "Baarn", "02-01-2025", "B1", "Anna de Boer",
     "+31 6 1234 5678", "seyma@example.org", "Spreekt ook \"een beetje\" Engels; wil werken"],
    ["Ömer", "Çelik", bsn(2), "1-2-1985", "m", "Syrië", "Syrisch", "Soest", "3-4-2025", "Z route", "",
     "", "", "eerste regel\r\ntweede regel"],
    ["Amina", "Haddad", "123456782", "1992-07-30", "vrouw", "Eritrea", "Eritrees", "Baarn", "2025-05-06",
     "onderwijs", "Anna de Boer", "", "", ""],
    ["Yonas", "Tesfay", "", "30-11-2001", "", "Eritrea", "", "Bunschoten", "", "zelfredzaamheidsroute",
     "Onbekende Coach", "", "", "=SOM(A1)"],
    ["Lina", "Mansour", bsn(3), "05-05-1979", "F", "Syrië", "Syrisch", "soest", "10-10-2024", "B1-route", "", "",
     "", ""],
    ["", "Nadir", "", "12-12-2000", "", "", "", "", "", "", "", "", "", "alleen een achternaam"],
    ["Fout", "Bsn", "123456789", "01-01-1990", "", "", "", "", "", "", "", "", "", ""],
    ["Toekomst", "Geboren", "", "01-01-2030", "", "", "", "", "", "", "", "", "", ""],
    ["Onmogelijk", "Datum", "", "31-02-1990", "", "", "", "", "", "", "", "", "", ""],
    ["Andere", "Route", "", "", "", "", "", "", "", "C2-route", "", "", "", ""],
    ["", "", bsn(4), "01-01-1990", "", "", "", "", "", "", "", "", "", "geen naam"],
    ["Dubbel", "Bsn", bsn(1), "02-02-1991", "", "", "", "", "", "", "", "", "", ""],
    ["Lina", "Mansour", "", "05-05-1979", "", "", "", "", "", "", "", "", "", "zelfde naam en datum"],
    ["Latere", "Koppeling", "", "01-01-1990", "", "", "", "", "01-01-2031", "", "", "", "", ""],
], bom=True)

# Windows-1252 from an older Excel: names with diacritics that code page holds (Ş is not among them).
write("clients_cp1252.csv", [
    ["Voornaam", "Achternaam", "Geboortedatum", "Gemeente", "Leerroute", "Opmerking"],
    ["Ömer", "Çelik", "21-06-1986", "Zaltbommel", "B1", "Voorschot €12,50 – “betaald”"],
    ["François", "Lefèvre", "12-12-1970", "Tiel", "onderwijsroute", "‘Eén’ afspraak…"],
    ["Zoë", "Øyvindsen", "07-07-2000", "Buren", "Z", ""],
], encoding="cp1252")

# An English system export: comma, LF, plain UTF-8, ISO dates, other header words and order.
write("clients_comma_lf.csv", [
    ["last name", "First Name", "date of birth", "citizen service number", "Learning route", "municipality",
     "target group", "e-mail"],
    ["Okafor", "Chidi", "1988-08-08", bsn(5), "b1", "Baarn", "family migrant", "chidi@example.org"],
    ["Nguyen", "Thi Hoa", "1995-09-15", bsn(6), "education", "Soest", "gezinsmigrant", ""],
    ["Haile", "Selam", "2000-01-31", "", "Z-route", "Baarn", "asielstatushouder", ""],
], delimiter=",", eol="\n")

# Tab-separated, as copied out of a spreadsheet.
write("clients_tab.tsv", [
    ["Achternaam", "Voornamen", "Geboortedatum", "BSN", "Leerroute"],
    ["Rahimi", "Farid", "03-03-1983", bsn(7), "B1"],
    ["Rahimi", "Soraya", "04-04-1986", bsn(8), "B1"],
], delimiter="\t")

# Cut off in the middle of a quoted field in the third data row: the import must fail and write nothing.
write("clients_truncated.csv", [
    ["Voornaam", "Achternaam", "Geboortedatum", "Opmerking"],
    ["Piet", "Jansen", "01-01-1980", "goed"],
    ["Kees", "de Vries", "02-02-1981", "ook goed"],
    ["Sara", "Bakker", "03-03-1982", "deze opmerking \"stopt\" halverwege, zonder sluitend aanhalingsteken"],
], cut="halverwege")
