// The dossier CSV of an access request opens in Dutch Excel as a table, and free text that looks like a
// formula stays text.
#include <catch2/catch.hpp>

#include "report/DossierExport.h"

#include <QBuffer>

using namespace koers;

TEST_CASE("Dossier CSV: Excel dialect, one row per field, formulas in notes neutralised", "[report][dossier]") {
    Dossier d;
    d.client.meta.id = QStringLiteral("c-1");
    d.client.firstNames = QStringLiteral("Testa");
    d.client.lastName = QStringLiteral("Voorbeeld");
    Contact talk;
    talk.meta.id = QStringLiteral("t-1");
    talk.clientId = d.client.meta.id;
    talk.date = QDate(2026, 3, 2);
    talk.summary = QStringLiteral("=HYPERLINK(\"http://example.org\";\"klik\")");
    talk.nextStep = QStringLiteral("-5 uur taalles; daarna \"werk\"");
    d.contacts.push_back(talk);

    QBuffer out;
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(DossierExport::writeCsv(d, out).ok());
    REQUIRE(out.data().startsWith("\xEF\xBB\xBF"
                                  "section;record;field;value\r\n"));
    const QString csv = QString::fromUtf8(out.data());
    REQUIRE(csv.contains(QStringLiteral("client;c-1;last_name;Voorbeeld\r\n")));
    REQUIRE(csv.contains(
        QStringLiteral("contact;t-1;summary;\"'=HYPERLINK(\"\"http://example.org\"\";\"\"klik\"\")\"\r\n")));
    REQUIRE(csv.contains(QStringLiteral("contact;t-1;next_step;\"'-5 uur taalles; daarna \"\"werk\"\"\"\r\n")));
}
